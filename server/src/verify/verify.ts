import { Analyzer } from '../analysis/analyze.js';
import type { Analysis, Attribution, DocumentKind, Figure, Span } from '../analysis/types.js';
import { placeAll } from '../annotations/anchor.js';
import type { Sidecar, Source } from '../annotations/types.js';
import { checkArticle } from './article.js';
import type { FetchOptions } from './fetch.js';
import { surfaceForms } from './forms.js';
import { claimContext, evidenceOf, matchClaim, matchDate, matchScore, placeIn, prepare, type Prepared } from './match.js';
import { SourceReader, type ReadResult } from './sources.js';
import { matchQuote, quotationsOf } from './quotes.js';
import type { ArticleFinding, FigureVerification, QuoteCheck, QuoteVerification, SourceCheck, SourceRef, VerifyEvent, VerifyReport, VerifyStatus } from './types.js';

/**
 * Verify Figures: every figure of an article against the sources its annotations attach, and the
 * article against itself. Results stream through `onResult` as they are ready (figures without
 * sources and within-article findings first, then each sourced figure when all its sources are
 * read); the returned report holds them all in document order. Nothing is fetched unless this runs,
 * and nothing at all with `offline`.
 */

export interface VerifyOptions {
  text: string;
  kind: DocumentKind;
  /** The article's annotations; figures are verified against the sources of those placed on them. */
  sidecar?: Sidecar | null;
  /** The article file, for messages. */
  articlePath?: string;
  /** Workspace files named by `path` sources are read from here; snapshots go in its `.factcheck/cache`. */
  workspaceRoot: string;
  cacheDir?: string;
  /** Read URL sources from the snapshot cache only. */
  offline?: boolean;
  fetch?: FetchOptions;
  signal?: AbortSignal;
  onResult?: (event: VerifyEvent) => void;
  /** Reuse an analyzer (and its caches) or an analysis already made. */
  analyzer?: Analyzer;
  analysis?: Analysis;
  /** Share one reader across articles, so a source cited by several is read once. */
  reader?: SourceReader;
}

/** Overall result of several sources: any support wins, then a contradiction, then silence, then failures. */
const precedence: VerifyStatus[] = ['supported', 'contradicted', 'not-found', 'unreachable', 'unsupported'];

function refOf(source: Source): SourceRef {
  const ref: SourceRef = {};
  if (source.url) ref.url = source.url;
  if (source.path) ref.path = source.path;
  if (source.title) ref.title = source.title;
  return ref;
}

export function sourceName(source: SourceRef): string {
  return source.title ?? source.url ?? source.path ?? 'the source';
}

const sourceAnalyzer = new Analyzer(2000);

/** Pieces of at most about `max` characters, cut after a sentence end where there is one. */
function pieces(line: string, max: number): Array<{ offset: number; text: string }> {
  const out: Array<{ offset: number; text: string }> = [];
  let at = 0;
  while (line.length - at > max) {
    const window = line.slice(at, at + max);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const end = cut > max / 4 ? at + cut + 2 : at + max;
    out.push({ offset: at, text: line.slice(at, end) });
    at = end;
  }
  out.push({ offset: at, text: line.slice(at) });
  return out;
}

/**
 * The text cut into segments of whole lines: a line is joined to the next when it does not end a
 * sentence and the next goes on in lower case or with a number, so hard-wrapped text ("counted
 * 13,100\npeople") stays together while headings and list lines stay apart.
 */
function segments(text: string): Array<{ offset: number; text: string }> {
  const out: Array<{ offset: number; text: string }> = [];
  let start = 0;
  let at = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    at += line.length + 1;
    const continues = next !== undefined && line.trim() !== '' && !/[.!?:;]["”’)]?\s*$/.test(line) && /^\s*[a-z0-9(“"$€£]/.test(next);
    if (continues) continue;
    out.push({ offset: start, text: text.slice(start, Math.min(at - 1, text.length)) });
    start = at;
  }
  return out;
}

/**
 * Source text prepared for matching, offsets kept true to the text as read. Each segment of lines
 * is analysed on its own (and a very long one in pieces), because the analysis of one block grows
 * faster than its length and a web page or a text file may hold a 200 KB paragraph.
 */
export function prepareSource(text: string, analyzer: Analyzer = sourceAnalyzer): Prepared {
  const analysis: Analysis = { figures: [], attributions: [], claims: [] };
  for (const segment of segments(text)) {
    for (const piece of pieces(segment.text, 3000)) {
      if (!/\d|[a-z]/i.test(piece.text)) continue;
      const base = segment.offset + piece.offset;
      const a = analyzer.analyze(piece.text, 'plaintext');
      for (const f of a.figures) analysis.figures.push({ ...f, start: f.start + base, end: f.end + base });
      for (const c of a.claims) analysis.claims.push({ ...c, start: c.start + base, end: c.end + base });
    }
  }
  return prepare(text, analysis);
}

/** A source's words on one line: PDF text breaks lines inside a figure ("SEK 312\nmillion"). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function checkSource(figure: Figure, article: Prepared, source: Source, read: ReadResult, prepared: Prepared | null): SourceCheck {
  const ref = refOf(source);
  const name = sourceName(ref);
  if (!read.ok) {
    return { source: ref, status: read.status, reason: read.status === 'unsupported' ? `${name} cannot be read: ${read.reason}` : `${name} is unreachable: ${read.reason}`, snapshot: read.snapshot };
  }
  const doc = prepared!;
  if (figure.kind === 'date' || figure.kind === 'ordinal') {
    const found = figure.kind === 'date' ? matchDate(figure, doc) : undefined;
    if (found) return { source: ref, status: 'supported', evidence: evidenceOf(doc, found), reason: `${name} gives “${oneLine(found.text)}”`, snapshot: read.snapshot };
    return { source: ref, status: 'not-found', reason: `${name} does not give ${figure.kind === 'date' ? 'this date' : 'this figure'}`, snapshot: read.snapshot };
  }
  if (figure.score) {
    const found = matchScore(figure, doc);
    if (found) return { source: ref, status: 'supported', evidence: evidenceOf(doc, found), reason: `${name} gives “${oneLine(found.text)}”`, snapshot: read.snapshot };
    return { source: ref, status: 'not-found', reason: `${name} does not give this score`, snapshot: read.snapshot };
  }
  if (figure.value === null) return { source: ref, status: 'not-found', reason: `“${figure.text}” states no value to look for`, snapshot: read.snapshot };
  const result = matchClaim(claimContext(article, figure), doc);
  if (result.status === 'supported') {
    const c = result.candidate!.figure;
    return { source: ref, status: 'supported', evidence: evidenceOf(doc, c), reason: `${name} gives “${oneLine(c.text)}”`, snapshot: read.snapshot };
  }
  if (result.status === 'contradicted') {
    const c = result.candidate!.figure;
    return { source: ref, status: 'contradicted', evidence: evidenceOf(doc, c), reason: `${name} gives “${oneLine(c.text)}”, not “${figure.text}”`, snapshot: read.snapshot };
  }
  const near = result.inconclusive ? `; the nearest is “${oneLine(result.inconclusive.figure.text)}”, which does not settle it` : '';
  return {
    source: ref,
    status: 'not-found',
    evidence: result.inconclusive ? evidenceOf(doc, result.inconclusive.figure) : undefined,
    reason: `${name} does not give this figure${near}`,
    snapshot: read.snapshot,
  };
}

function summarise(figure: Figure, checks: SourceCheck[]): { status: VerifyStatus; message: string } {
  const status = precedence.find((s) => checks.some((c) => c.status === s)) ?? 'not-found';
  const lead = checks.find((c) => c.status === status)!;
  let message: string;
  switch (status) {
    case 'supported':
      message = `Supported: ${lead.reason}`;
      break;
    case 'contradicted':
      message = `Contradicted: ${lead.reason}`;
      break;
    case 'not-found':
      message = checks.length === 1 ? `Not found: ${lead.reason}` : `Not found in any of its ${checks.length} sources`;
      break;
    default:
      message = checks.length === 1 ? lead.reason : `None of its ${checks.length} sources could be read: ${lead.reason}`;
  }
  const dissent = status === 'supported' ? checks.find((c) => c.status === 'contradicted') : undefined;
  if (dissent) message += ` (but ${dissent.reason})`;
  void figure;
  return { status, message };
}

/** Adds a source to a list unless the list already has it (the same URL or file). */
function addSource(list: Source[], source: Source): void {
  if (!list.some((t) => t.url === source.url && t.path === source.path)) list.push(source);
}

/** The sources attached to a figure: those of every annotation placed on or around its words. */
function sourcesFor(text: string, sidecar: Sidecar | null | undefined, figures: Figure[]): Map<Figure, { sources: Source[]; annotationId?: string }> {
  const out = new Map<Figure, { sources: Source[]; annotationId?: string }>();
  if (!sidecar) return out;
  const placed = placeAll(text, sidecar.annotations);
  for (const figure of figures) {
    const sources: Source[] = [];
    let annotationId: string | undefined;
    for (const p of placed) {
      if (!p.anchor || p.annotation.sources.length === 0) continue;
      const overlaps = p.anchor.start < figure.end && figure.start < p.anchor.end;
      if (!overlaps) continue;
      const exact = p.anchor.start === figure.start && p.anchor.end === figure.end;
      if (exact || annotationId === undefined) annotationId = p.annotation.id;
      for (const s of p.annotation.sources) {
        addSource(sources, s);
      }
    }
    if (sources.length) out.set(figure, { sources, annotationId });
  }
  return out;
}

/** Figure kinds verify reports on; ordinals ("third largest") are not quantities a source states. */
function checkable(f: Figure): boolean {
  return f.kind !== 'ordinal';
}

export async function verifyArticle(options: VerifyOptions): Promise<VerifyReport> {
  const { text, signal } = options;
  signal?.throwIfAborted();
  const analysis = options.analysis ?? (options.analyzer ?? new Analyzer()).analyze(text, options.kind);
  const article = prepare(text, analysis);
  const emit = (event: VerifyEvent) => {
    if (!signal?.aborted) options.onResult?.(event);
  };

  const findings: ArticleFinding[] = checkArticle(text, analysis);
  for (const finding of findings) emit({ type: 'article', finding });

  const figures = analysis.figures.filter(checkable);
  const attached = sourcesFor(text, options.sidecar, figures);
  const reader = options.reader ?? new SourceReader({ workspaceRoot: options.workspaceRoot, cacheDir: options.cacheDir, offline: options.offline, fetch: options.fetch, signal });
  const preparedSources = new Map<string, Prepared>();

  const results = new Map<Figure, FigureVerification>();
  for (const figure of figures) {
    if (attached.has(figure)) continue;
    const result: FigureVerification = { figure, status: 'no-sources', message: 'No source attached', sources: [], forms: surfaceForms(figure) };
    results.set(figure, result);
    emit({ type: 'figure', result });
  }

  const prepareOnce = (key: string, read: ReadResult): Prepared | null => {
    if (!read.ok) return null;
    let doc = preparedSources.get(key);
    if (!doc) {
      doc = prepareSource(read.text);
      if (read.pages !== undefined) doc.paged = true;
      preparedSources.set(key, doc);
    }
    return doc;
  };

  await Promise.all(
    [...attached].map(async ([figure, { sources, annotationId }]) => {
      const checks = await Promise.all(
        sources.map(async (source) => {
          const read = await reader.read(source);
          signal?.throwIfAborted();
          return checkSource(figure, article, source, read, prepareOnce(source.url ? 'url:' + source.url : 'path:' + source.path, read));
        }),
      );
      const { status, message } = summarise(figure, checks);
      const result: FigureVerification = { figure, status, message, sources: checks, forms: surfaceForms(figure) };
      if (annotationId) result.annotationId = annotationId;
      results.set(figure, result);
      emit({ type: 'figure', result });
    }),
  );
  signal?.throwIfAborted();
  const quotes = await verifyQuotes(text, analysis, options.sidecar, reader, emit, signal);
  return { figures: figures.map((f) => results.get(f)!), article: findings, quotes };
}

/**
 * Sources of the annotations placed on an attribution's words (its cue, speaker or quotation),
 * figures' own left out. A source attached to one attribution of a named speaker serves all of
 * that speaker's quotations (a transcript of the interview, a press release).
 */
function sourcesForAttributions(text: string, sidecar: Sidecar | null | undefined, attributions: Attribution[]): Map<Attribution, { sources: Source[]; annotationId?: string }> {
  const out = new Map<Attribution, { sources: Source[]; annotationId?: string }>();
  if (!sidecar) return out;
  const placed = placeAll(text, sidecar.annotations).filter((p) => p.anchor && p.annotation.kind !== 'figure' && p.annotation.sources.length > 0);
  if (placed.length === 0) return out;
  for (const a of attributions) {
    const spans = [a.cue, a.source, a.content].filter((s): s is Span => !!s);
    const sources: Source[] = [];
    let annotationId: string | undefined;
    for (const p of placed) {
      if (!spans.some((s) => p.anchor!.start < s.end && s.start < p.anchor!.end)) continue;
      annotationId ??= p.annotation.id;
      for (const s of p.annotation.sources) addSource(sources, s);
    }
    if (sources.length) out.set(a, { sources, annotationId });
  }
  const bySpeaker = new Map<string, Source[]>();
  for (const [a, { sources }] of out) {
    if (!a.speaker) continue;
    const list = bySpeaker.get(a.speaker) ?? [];
    for (const s of sources) addSource(list, s);
    bySpeaker.set(a.speaker, list);
  }
  for (const a of attributions) {
    const shared = a.speaker ? bySpeaker.get(a.speaker) : undefined;
    if (!shared) continue;
    const own = out.get(a);
    if (!own) out.set(a, { sources: [...shared] });
    else for (const s of shared) addSource(own.sources, s);
  }
  return out;
}

const quotePrecedence: QuoteCheck['status'][] = ['supported', 'misquoted', 'not-found', 'unreachable', 'unsupported'];

/** Each quotation of an attribution with sources, checked against every source: its words, or the nearest passage. */
async function verifyQuotes(text: string, analysis: Analysis, sidecar: Sidecar | null | undefined, reader: SourceReader, emit: (event: VerifyEvent) => void, signal?: AbortSignal): Promise<QuoteVerification[]> {
  const attached = sourcesForAttributions(text, sidecar, analysis.attributions);
  const out: QuoteVerification[] = [];
  for (const [attribution, { sources, annotationId }] of attached) {
    for (const quote of quotationsOf(text, attribution)) {
      const checks: QuoteCheck[] = [];
      for (const source of sources) {
        const read = await reader.read(source);
        signal?.throwIfAborted();
        const name = sourceName(refOf(source));
        if (!read.ok) {
          checks.push({ source: refOf(source), status: read.status, reason: read.status === 'unsupported' ? `${name} cannot be read: ${read.reason}` : `${name} is unreachable: ${read.reason}`, snapshot: read.snapshot });
          continue;
        }
        const match = matchQuote(quote.text, read.text);
        const check: QuoteCheck = { source: refOf(source), status: match.status, reason: '', snapshot: read.snapshot };
        if (match.start !== undefined && match.end !== undefined) {
          check.evidence = { passage: read.text.slice(match.start, match.end).replace(/\s+/g, ' '), start: match.start, end: match.end, ...placeIn(read.text, match.start, read.pages !== undefined) };
        }
        if (match.status === 'supported') check.reason = `${name} has these words`;
        else if (match.status === 'misquoted') {
          check.missing = match.missing;
          check.extra = match.extra;
          const differences = [match.missing!.length ? `not “${match.missing!.join(' ')}”` : '', match.extra!.length ? `also “${match.extra!.join(' ')}”` : ''].filter(Boolean).join('; ');
          check.reason = `${name} has “${check.evidence!.passage}”${differences ? ` (${differences})` : ''}`;
        } else check.reason = `${name} does not have these words`;
        checks.push(check);
      }
      const status = quotePrecedence.find((s) => checks.some((c) => c.status === s)) ?? 'not-found';
      const lead = checks.find((c) => c.status === status)!;
      const message =
        status === 'supported' ? `Quotation found: ${lead.reason}` : status === 'misquoted' ? `Quotation differs from its source: ${lead.reason}` : status === 'not-found' ? `Quotation not found: ${lead.reason}` : lead.reason;
      const result: QuoteVerification = { quote, speaker: attribution.speaker ?? null, status, message, sources: checks };
      if (annotationId) result.annotationId = annotationId;
      out.push(result);
      emit({ type: 'quote', result });
    }
  }
  return out.sort((a, b) => a.quote.start - b.quote.start);
}
