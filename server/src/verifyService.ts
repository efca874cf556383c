import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import type { Analysis, DocumentKind, Figure, Span } from './analysis/types.js';
import type { Sidecar, Status } from './annotations/types.js';
import { commandLink } from './hover.js';
import { escapeMarkdown } from './markdown.js';
import type { LineIndex, Position } from './positions.js';
import { problemOfFigure, problemOfFinding, problemOfQuote, type VerifyProblem } from './verify/problems.js';
import type { FetchOptions } from './verify/fetch.js';
import { evidencePlace, type ArticleFinding, type FigureVerification, type QuoteCheck, type QuoteVerification, type SourceCheck, type VerifyEvent, type VerifyReport } from './verify/types.js';
import { sourceName, verifyArticle } from './verify/verify.js';

/**
 * What the language server needs of Verify Figures, kept apart from the connection: it runs a
 * verification, remembers the last report per document, and turns it into diagnostics
 * (`figure.contradicted`, `figure.unsupported`), hover text and "Accept verification result" code
 * actions for the document as it is now. Results are matched to the current figures by their words,
 * so they survive edits elsewhere in the article. Verification never sets a status itself: only
 * accepting the code action does, through `factcheck.server.setStatus`.
 */

export interface VerifyRun {
  uri: string;
  version: number | null;
  text: string;
  kind: DocumentKind;
  sidecar: Sidecar | null;
  workspaceRoot: string;
  offline: boolean;
  analysis?: Analysis;
  fetch?: FetchOptions;
  signal?: AbortSignal;
  onEvent?: (event: VerifyEvent) => void;
}

/** A result as the client receives it: the result plus its range in the document. */
export interface WireFigure extends FigureVerification {
  range: { start: Position; end: Position };
}

export interface WireFinding extends ArticleFinding {
  range: { start: Position; end: Position };
}

export interface WireQuote extends QuoteVerification {
  range: { start: Position; end: Position };
}

export interface WireReport {
  uri: string;
  version: number | null;
  offline: boolean;
  figures: WireFigure[];
  article: WireFinding[];
  quotes: WireQuote[];
}

/** The status a person may accept for each result; unreachable sources settle nothing. */
export const acceptedStatus: Partial<Record<FigureVerification['status'] | 'article', Status>> = {
  supported: 'verified',
  contradicted: 'false',
  'not-found': 'unverifiable',
  article: 'disputed',
};

const severities = { error: 1, warning: 2, information: 3 } as const;

function rangeOf(lines: LineIndex, span: Span) {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/** The figure in `figures` with the same words and kind as `old`, nearest to where it was. */
function relocate<T extends Span & { text: string }>(old: T, figures: Array<Figure>): Figure | undefined {
  let best: Figure | undefined;
  for (const f of figures) {
    if (f.text !== old.text) continue;
    if (!best || Math.abs(f.start - old.start) < Math.abs(best.start - old.start)) best = f;
  }
  return best;
}

export class VerifyService {
  private readonly reports = new Map<string, VerifyReport>();

  async run(run: VerifyRun): Promise<VerifyReport> {
    const report = await verifyArticle({
      text: run.text,
      kind: run.kind,
      sidecar: run.sidecar,
      workspaceRoot: run.workspaceRoot,
      offline: run.offline,
      analysis: run.analysis,
      fetch: run.fetch,
      signal: run.signal,
      onResult: run.onEvent,
    });
    this.reports.set(run.uri, report);
    return report;
  }

  forget(uri: string): void {
    this.reports.delete(uri);
  }

  has(uri: string): boolean {
    return this.reports.has(uri);
  }

  /** The last report's results, moved onto the current figures; results whose words are gone are dropped. */
  current(uri: string, analysis: Analysis): { figures: Array<{ figure: Figure; result: FigureVerification }>; article: Array<{ figure: Figure; finding: ArticleFinding }> } {
    const report = this.reports.get(uri);
    if (!report) return { figures: [], article: [] };
    const figures: Array<{ figure: Figure; result: FigureVerification }> = [];
    for (const result of report.figures) {
      const figure = relocate(result.figure, analysis.figures);
      if (figure) figures.push({ figure, result });
    }
    const article: Array<{ figure: Figure; finding: ArticleFinding }> = [];
    for (const finding of report.article) {
      const figure = relocate(finding, analysis.figures);
      if (figure) article.push({ figure, finding });
    }
    return { figures, article };
  }

  /** The last report's quotations still in the text, at the occurrence nearest where each was. */
  private quotesNow(uri: string, text: string): QuoteVerification[] {
    const out: QuoteVerification[] = [];
    for (const q of this.reports.get(uri)?.quotes ?? []) {
      let best = -1;
      for (let at = text.indexOf(q.quote.text); at >= 0; at = text.indexOf(q.quote.text, at + 1)) {
        if (best < 0 || Math.abs(at - q.quote.start) < Math.abs(best - q.quote.start)) best = at;
      }
      if (best >= 0) out.push({ ...q, quote: { ...q.quote, start: best, end: best + q.quote.text.length } });
    }
    return out;
  }

  /** Problems for the document now: contradicted (error) and unsupported (warning); support shows in the hover. */
  problems(uri: string, analysis: Analysis, text?: string): VerifyProblem[] {
    const out: VerifyProblem[] = [];
    // Quotations found as quoted are left to the hover-free report; differences and misses are shown.
    if (text !== undefined) for (const q of this.quotesNow(uri, text)) if (q.status !== 'supported') out.push(problemOfQuote(q));
    const { figures, article } = this.current(uri, analysis);
    for (const { figure, result } of figures) {
      const p = problemOfFigure(result);
      if (p && p.rule !== 'figure.supported') out.push({ ...p, start: figure.start, end: figure.end });
    }
    for (const { figure, finding } of article) out.push({ ...problemOfFinding(finding), start: figure.start, end: figure.end });
    return out;
  }

  diagnostics(uri: string, analysis: Analysis, lines: LineIndex, text?: string): Diagnostic[] {
    return this.problems(uri, analysis, text).map((p) => ({
      range: rangeOf(lines, p),
      severity: severities[p.severity],
      code: p.rule,
      source: 'factcheck',
      message: p.message,
      data: p.data,
    }));
  }

  /** Hover Markdown for the figure's verification, or null when it has none. Everything from sources is escaped. */
  hover(uri: string, analysis: Analysis, figure: Figure, args: { uri: string; version: number; id?: string }): string | null {
    const { figures, article } = this.current(uri, analysis);
    const mine = figures.find((f) => f.figure.start === figure.start && f.figure.end === figure.end);
    const findings = article.filter((f) => f.figure.start === figure.start && f.figure.end === figure.end);
    if ((!mine || mine.result.status === 'no-sources') && findings.length === 0) return null;
    const parts: string[] = [];
    if (mine && mine.result.status !== 'no-sources') {
      parts.push(`**Verification:** ${escapeMarkdown(mine.result.message)}`);
      for (const check of mine.result.sources) parts.push(checkLine(check));
      const status = acceptedStatus[mine.result.status];
      if (status) {
        const target = { ...args, start: figure.start, end: figure.end, kind: 'figure', id: mine.result.annotationId ?? args.id, status };
        parts.push(commandLink(`Accept verification result (${status})`, 'factcheck.setStatus', target));
      }
    }
    for (const { finding } of findings) parts.push(`**Within the article:** ${escapeMarkdown(finding.message)}`);
    return parts.join('\n\n');
  }

  /** Hover Markdown for the checked quotation under `offset`, or null. Everything from sources is escaped. */
  quoteHover(uri: string, text: string, offset: number): string | null {
    const q = this.quotesNow(uri, text).find((x) => x.quote.start <= offset && offset <= x.quote.end);
    if (!q) return null;
    return [`**Quotation check:** ${escapeMarkdown(q.message)}`, ...q.sources.map(checkLine)].join('\n\n');
  }

  /** "Accept verification result" for the verify diagnostics given, and for verified figures under the selection. */
  codeActions(uri: string, version: number, analysis: Analysis, diagnostics: Diagnostic[], selection: Span): CodeAction[] {
    const actions: CodeAction[] = [];
    const seen = new Set<string>();
    const add = (figure: Span, status: Status, id: string | undefined, diagnostic?: Diagnostic) => {
      const key = `${figure.start}:${figure.end}:${status}`;
      if (seen.has(key)) return;
      seen.add(key);
      const args = { uri, version, start: figure.start, end: figure.end, kind: 'figure' as const, id, status };
      actions.push({
        title: `Accept verification result (${status})`,
        kind: 'quickfix',
        diagnostics: diagnostic ? [diagnostic] : undefined,
        command: { title: 'Accept verification result', command: 'factcheck.server.setStatus', arguments: [args] },
      });
    };
    const { figures, article } = this.current(uri, analysis);
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== 'factcheck') continue;
      const data = diagnostic.data as VerifyProblem['data'] | undefined;
      if (data?.kind === 'verify') {
        const here = figures.find((f) => f.result === data.result || (f.result.figure.text === data.result.figure.text && f.result.figure.start === data.result.figure.start));
        const status = acceptedStatus[data.result.status];
        if (here && status) add(here.figure, status, data.result.annotationId, diagnostic);
      } else if (data?.kind === 'verify-article') {
        const here = article.find((f) => f.finding.start === data.finding.start && f.finding.text === data.finding.text);
        if (here) add(here.figure, acceptedStatus.article!, undefined, diagnostic);
      }
    }
    for (const { figure, result } of figures) {
      if (figure.start > selection.end || figure.end < selection.start) continue;
      const status = acceptedStatus[result.status];
      if (status) add(figure, status, result.annotationId);
    }
    return actions;
  }
}

function checkLine(check: SourceCheck | QuoteCheck): string {
  const name = escapeMarkdown(sourceName(check.source));
  let line = `- ${check.status}: ${name}`;
  if (check.evidence) line += ` (${evidencePlace(check.evidence)}): “${escapeMarkdown(check.evidence.passage)}”`;
  else if (check.status !== 'supported') line += `: ${escapeMarkdown(check.reason)}`;
  if (check.snapshot) line += ` _(read ${escapeMarkdown(check.snapshot.fetched.slice(0, 10))}${check.snapshot.fromCache ? ' from the cache' : ''})_`;
  return line;
}

/** The report with ranges, as `factcheck.server.verify` answers it. */
export function toWire(uri: string, version: number | null, offline: boolean, report: VerifyReport, lines: LineIndex): WireReport {
  return {
    uri,
    version,
    offline,
    figures: report.figures.map((f) => ({ ...f, range: rangeOf(lines, f.figure) })),
    article: report.article.map((f) => ({ ...f, range: rangeOf(lines, f) })),
    quotes: (report.quotes ?? []).map((q) => ({ ...q, range: rangeOf(lines, q.quote) })),
  };
}

export function wireEvent(event: VerifyEvent, lines: LineIndex): { type: 'figure'; result: WireFigure } | { type: 'article'; finding: WireFinding } | { type: 'quote'; result: WireQuote } {
  if (event.type === 'figure') return { type: 'figure', result: { ...event.result, range: rangeOf(lines, event.result.figure) } };
  if (event.type === 'quote') return { type: 'quote', result: { ...event.result, range: rangeOf(lines, event.result.quote) } };
  return { type: 'article', finding: { ...event.finding, range: rangeOf(lines, event.finding) } };
}
