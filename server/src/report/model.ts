import { describeFigure } from '../analysis/figures/describe.js';
import type { Analysis, Attribution, Figure, Span } from '../analysis/types.js';
import type { PlacedAnnotation } from '../annotations/anchor.js';
import { statuses, type AnnotationKind, type Source, type Status } from '../annotations/types.js';
import { LineIndex } from '../positions.js';
import { readFrontMatter, type ArticleMeta } from './frontMatter.js';

/**
 * The state of one article as plain data: every figure, attribution and check-worthy claim with
 * its status, sources, evidence and note, every other annotation, the orphans, and the counts by
 * status. The Markdown and HTML reports, ClaimReview and Web Annotation exports all read this, in
 * the CLI and in the editor alike.
 */

export interface ReportItem {
  kind: AnnotationKind;
  /** The words as they stand in the article now. */
  text: string;
  status: Status;
  start: number;
  end: number;
  /** 1-based line and column (UTF-16 code units) of `start`, and the line of `end`. */
  line: number;
  column: number;
  endLine: number;
  /** What the finder made of it: "count, 13000 people, lower bound", "direct · Marta Kalnina". */
  detail: string;
  /** For an attribution, the speaker as first fully named; for a claim, the speaker whose words it reports. */
  speaker?: string;
  /** Set when that speaker is an organisation ("the Kremlin", "the council"), as the attribution says. */
  speakerKind?: 'organisation';
  annotationId?: string;
  sources: Source[];
  note?: string;
  author?: string;
  modified?: string;
  drift: boolean;
  /** The sentence the words are in (for ClaimReview's `claimReviewed`). */
  sentence: string;
}

export interface ReportOrphan {
  kind: AnnotationKind;
  text: string;
  status: Status;
  annotationId: string;
  sources: Source[];
  note?: string;
  author?: string;
  modified?: string;
}

export interface ReportModel {
  /** The article's path as given (relative to the working directory in the CLI). */
  article: string;
  meta: ArticleMeta;
  counts: Record<Status, number>;
  items: ReportItem[];
  orphans: ReportOrphan[];
  sidecarError: string | null;
  /** The article text, for the HTML report's view of it. */
  text: string;
}

export interface ReportInput {
  article: string;
  text: string;
  analysis: Analysis;
  placed: PlacedAnnotation[];
  sidecarError?: string | null;
  /** Overrides for the front matter (the CLI's `--url`, `--publisher`). */
  meta?: ArticleMeta;
}

/** The figure as the hover words it ("£1.2 billion", "on Wednesday (2026-02-25)", "about £100 (approximate)"): the report is read by editors, not parsed. */
function figureDetail(f: Figure): string {
  return describeFigure(f);
}

function attributionSpan(a: Attribution): Span {
  const spans = [a.cue, a.content, ...(a.source ? [a.source] : [])];
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

function attributionDetail(a: Attribution): string {
  const who = a.speaker ?? (a.anonymous ? 'unnamed source' : 'no identified speaker');
  const role = [a.role, a.organisation].filter(Boolean).join(', ');
  return `${a.type} · ${who}${role ? ` (${role})` : ''}`;
}

const key = (s: Span) => `${s.start}:${s.end}`;

export function buildReport(input: ReportInput): ReportModel {
  const { text, analysis, placed } = input;
  const lines = new LineIndex(text);
  const byKey = new Map<string, PlacedAnnotation>();
  for (const p of placed) if (p.anchor && !byKey.has(key(p.anchor))) byKey.set(key(p.anchor), p);
  const used = new Set<PlacedAnnotation>();
  const sentences = analysis.claims;
  const sentenceOf = (s: Span) => {
    const found = sentences.find((c) => c.start <= s.start && s.end <= c.end);
    return found ? text.slice(found.start, found.end).trim() : text.slice(s.start, s.end).trim();
  };
  const speakerOf = (s: Span) => analysis.attributions.find((a) => a.speaker && a.content.start <= s.start && s.end <= a.content.end);

  const items: ReportItem[] = [];
  const push = (kind: AnnotationKind, span: Span, detail: string, candidates: Span[], speaker?: Attribution) => {
    // An annotation may sit on any of the finding's spans (an attribution's source, its cue or its quote).
    const p = candidates.map((c) => byKey.get(key(c))).find((c) => c && !used.has(c));
    if (p) used.add(p);
    items.push(item(kind, span, detail, p, speaker));
  };
  const item = (kind: AnnotationKind, span: Span, detail: string, p: PlacedAnnotation | undefined, speaker?: Attribution): ReportItem => {
    const start = lines.positionAt(span.start);
    const end = lines.positionAt(span.end);
    const a = p?.annotation;
    return {
      kind,
      text: text.slice(span.start, span.end),
      status: a?.status ?? 'unchecked',
      start: span.start,
      end: span.end,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      detail,
      speaker: speaker?.speaker ?? undefined,
      ...(speaker?.speaker && speaker.speakerKind ? { speakerKind: speaker.speakerKind } : {}),
      annotationId: a?.id,
      sources: a?.sources ?? [],
      note: textField(a?.note),
      author: textField(a?.author),
      modified: textField(a?.modified),
      drift: p?.drift ?? false,
      sentence: sentenceOf(span),
    };
  };

  for (const f of analysis.figures) if (f.kind !== 'ordinal') push('figure', f, figureDetail(f), [f], speakerOf(f));
  for (const a of analysis.attributions) {
    const whole = attributionSpan(a);
    push('attribution', whole, attributionDetail(a), [a.source ?? a.cue, a.content, whole], a);
  }
  for (const c of analysis.claims) {
    const annotated = byKey.get(key(c));
    if (!c.checkWorthy && !annotated) continue;
    const reasons = c.reasons.length ? `: ${c.reasons.join(', ')}` : '';
    push('claim', c, `check-worthiness ${c.score.toFixed(2)}${reasons}`, [c], speakerOf(c));
  }
  for (const p of placed) {
    if (!p.anchor || used.has(p)) continue;
    used.add(p);
    items.push(item(p.annotation.kind, p.anchor, p.annotation.kind === 'text' ? 'selected words' : `${p.annotation.kind} (no longer found by the analysis)`, p, speakerOf(p.anchor)));
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end);

  const orphans: ReportOrphan[] = placed
    .filter((p) => !p.anchor)
    .map((p) => ({
      kind: p.annotation.kind,
      text: p.annotation.target.selector[0].exact,
      status: p.annotation.status,
      annotationId: p.annotation.id,
      sources: p.annotation.sources,
      note: textField(p.annotation.note),
      author: textField(p.annotation.author),
      modified: textField(p.annotation.modified),
    }));

  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
  for (const i of items) counts[i.status]++;

  const front = readFrontMatter(text);
  const overrides = Object.fromEntries(Object.entries(input.meta ?? {}).filter(([, v]) => typeof v === 'string' && v !== '')) as ArticleMeta;
  return { article: input.article, meta: { ...front, ...overrides }, counts, items, orphans, sidecarError: input.sidecarError ?? null, text };
}

/** Statuses in the order a report lists them: the worst first. */
export const statusOrder: Status[] = ['false', 'disputed', 'misleading', 'partly-true', 'unverifiable', 'unchecked', 'verified', 'ignored'];

/**
 * A sidecar's free-text field when it is text: the sidecar check does not type these optional
 * fields, and a hand-written one ("modified": 20270306) made the HTML report throw.
 */
function textField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
