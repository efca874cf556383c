import { basename } from 'node:path';
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import type { Analysis } from './analysis/types.js';
import type { PlacedAnnotation } from './annotations/anchor.js';
import { pathOf } from './annotationService.js';
import { toClaimReview } from './report/claimReview.js';
import { renderHtml } from './report/html.js';
import { renderMarkdown } from './report/markdown.js';
import { buildReport } from './report/model.js';
import { toWebAnnotations } from './report/webAnnotation.js';

/**
 * The server side of "Fact Check: Show Report" and "Fact Check: Export ClaimReview": the command
 * `factcheck.server.report` renders the open article's report (HTML or Markdown) or its JSON-LD
 * exports from the server's current analysis and placed annotations, with the same pure code as the
 * CLI (server/src/report/).
 */

export const reportCommand = 'factcheck.server.report';

export type ReportFormat = 'html' | 'markdown' | 'claimreview' | 'webannotation';

export interface ReportRequest {
  uri: string;
  format: ReportFormat;
  /** A CSP nonce for the HTML report's style element (webviews). */
  nonce?: string;
  /** Add to each item a `command:factcheck.revealLine` link that shows its line in the editor. */
  reveal?: boolean;
  url?: string;
  publisher?: string;
}

export interface ReportResponse {
  format: ReportFormat;
  content: string;
  /** What a ClaimReview export lacks (no url, no publisher), for the user to see. */
  warnings: string[];
  /** Counts of judged items, so the client can say "nothing to export". */
  reviews: number;
}

/** What the server knows about an open document; the subset of server.ts's request context used here. */
export interface ReportContext {
  document: { uri: string; version: number };
  state: { analysis: Analysis; text: string };
  placed: PlacedAnnotation[];
  entry: { error: string | null };
}

const formats: ReportFormat[] = ['html', 'markdown', 'claimreview', 'webannotation'];

export async function runReportCommand(raw: unknown, context: (uri: string) => Promise<ReportContext | null>): Promise<ReportResponse | null> {
  const request = (raw ?? {}) as Partial<ReportRequest>;
  if (typeof request.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'Fact Check: the report needs {uri, format}.');
  const format = request.format ?? 'html';
  if (!formats.includes(format)) throw new ResponseError(ErrorCodes.InvalidParams, `Fact Check: unknown report format "${String(format)}".`);
  const ctx = await context(request.uri);
  if (!ctx) return null;
  const path = pathOf(ctx.document.uri);
  const article = path ? basename(path) : ctx.document.uri;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const model = buildReport({
    article,
    text: ctx.state.text,
    analysis: ctx.state.analysis,
    placed: ctx.placed,
    sidecarError: ctx.entry.error,
    meta: { url: str(request.url), publisher: str(request.publisher) },
  });
  switch (format) {
    case 'html': {
      // The client allows this one command in the webview; its argument names the article and a 1-based line.
      const revealHref = request.reveal ? (line: number) => `command:factcheck.revealLine?${encodeURIComponent(JSON.stringify([{ uri: ctx.document.uri, line }]))}` : undefined;
      return { format, content: renderHtml(model, { nonce: str(request.nonce), revealHref }), warnings: [], reviews: 0 };
    }
    case 'markdown':
      // The report is shown beside the article, so a link to the file name resolves next to it.
      return { format, content: renderMarkdown(model, { articleLink: article }), warnings: [], reviews: 0 };
    case 'claimreview': {
      const { reviews, warnings } = toClaimReview(model);
      return { format, content: JSON.stringify(reviews, null, 2) + '\n', warnings, reviews: reviews.length };
    }
    case 'webannotation': {
      const collection = toWebAnnotations(ctx.state.text, ctx.placed, model.meta.url ?? ctx.document.uri, model.meta.title);
      return { format, content: JSON.stringify(collection, null, 2) + '\n', warnings: [], reviews: 0 };
    }
  }
}
