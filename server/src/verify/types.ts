import type { Figure, Span } from '../analysis/types.js';

/**
 * Plain data produced by Verify Figures (docs/verify.md). Like the analysis contract, these shapes
 * serialise to JSON as they are: the CLI prints them and the server sends them to the client.
 */

/** What one source says about one figure. */
export type SourceStatus = 'supported' | 'contradicted' | 'not-found' | 'unreachable' | 'unsupported';

/** A figure's overall result; `no-sources` when no annotation attaches a source to it. */
export type VerifyStatus = SourceStatus | 'no-sources';

/** Where a source was read from, as the sidecar names it. */
export interface SourceRef {
  url?: string;
  path?: string;
  title?: string;
}

/** A figure found in a source: the passage around it and where both are in the source's text. */
export interface Evidence {
  /** The sentence (or a window of it) that holds the figure, as plain text. */
  passage: string;
  /** The passage's offsets in the source's text (UTF-16, end exclusive). */
  start: number;
  end: number;
  /** The figure in the source ("13,100 deaths") and its offsets in the source's text. */
  match: { text: string; start: number; end: number; value: number | null; approx: Figure['approx'] };
  /** 1-based line of the match in the source's text. */
  line: number;
  /** 1-based page of the match, for a source with pages (a PDF; text with form feeds). */
  page?: number;
}

/** Where a passage is, as a person looks it up: the page of a PDF, otherwise the line. */
export function evidencePlace(evidence: Pick<Evidence, 'line' | 'page'>): string {
  return evidence.page !== undefined ? `page ${evidence.page}` : `line ${evidence.line}`;
}

/** A snapshot of a fetched source, kept in the cache folder so a later `--offline` run reads the same bytes. */
export interface SnapshotInfo {
  url: string;
  /** The address the content came from after redirects. */
  finalUrl: string;
  /** ISO date-time of the fetch. */
  fetched: string;
  contentType: string;
  /** SHA-256 (hex) of the bytes as received. */
  sha256: string;
  bytes: number;
  /** True when this run read the snapshot instead of fetching. */
  fromCache: boolean;
}

export interface SourceCheck {
  source: SourceRef;
  status: SourceStatus;
  /** For supported, the supporting passage; for contradicted, the passage giving the other value. */
  evidence?: Evidence;
  /** One line for people: what was found, or why the source could not be read. */
  reason: string;
  snapshot?: SnapshotInfo;
}

export interface FigureVerification {
  figure: Figure;
  /** The annotation whose sources were read, when there is one. */
  annotationId?: string;
  status: VerifyStatus;
  /** One line for people, shown in diagnostics, the report and the CLI. */
  message: string;
  sources: SourceCheck[];
  /** The forms of the value that were looked for ("13,000", "13000", "thirteen thousand", ...). */
  forms: string[];
}

export type ArticleCheckKind = 'inconsistent-values' | 'duration-span' | 'percent-parts' | 'percent-change' | 'amount-change' | 'change-direction' | 'parts-over-total' | 'table-total' | 'table-text' | 'per-head' | 'multiple' | 'rate' | 'conversion' | 'relative-time' | 'inconsistent-ages' | 'time-gap' | 'parts-sum';

/** A figure that disagrees with the rest of the article; needs no source. */
export interface ArticleFinding extends Span {
  kind: ArticleCheckKind;
  text: string;
  message: string;
  /** The other figures it disagrees with. */
  related: Array<Span & { text: string }>;
}

/** What one source says about one quotation. */
export interface QuoteCheck {
  source: SourceRef;
  status: 'supported' | 'misquoted' | 'not-found' | 'unreachable' | 'unsupported';
  /** The source's passage: the quoted words, or for a near miss the words it has instead. */
  evidence?: Omit<Evidence, 'match'>;
  /** For a near miss, the quotation's words the source passage lacks. */
  missing?: string[];
  /** For a near miss, the passage's words the quotation leaves out with no ellipsis. */
  extra?: string[];
  reason: string;
  snapshot?: SnapshotInfo;
}

/** A quotation checked against the sources attached to its attribution. */
export interface QuoteVerification {
  /** The quoted words, without the quotation marks, and their offsets in the article. */
  quote: Span & { text: string };
  speaker: string | null;
  annotationId?: string;
  status: QuoteCheck['status'];
  message: string;
  sources: QuoteCheck[];
}

export type VerifyEvent = { type: 'figure'; result: FigureVerification } | { type: 'article'; finding: ArticleFinding } | { type: 'quote'; result: QuoteVerification };

export interface VerifyReport {
  figures: FigureVerification[];
  article: ArticleFinding[];
  /** Quotations whose attribution has a source attached (added after `figures` and `article`). */
  quotes: QuoteVerification[];
}
