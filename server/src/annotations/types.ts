/**
 * The sidecar format (docs/annotations.md, schemas/factcheck-sidecar.schema.json): one JSON file per
 * article holding the editor's annotations. Versioned; a reader refuses a newer version rather than
 * guessing, and nothing here is ever dropped on write.
 */

export const SIDECAR_VERSION = 1;

export const statuses = ['unchecked', 'verified', 'partly-true', 'misleading', 'disputed', 'false', 'unverifiable', 'ignored'] as const;
export type Status = (typeof statuses)[number];

export const annotationKinds = ['figure', 'attribution', 'claim', 'text'] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Target {
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface Source {
  /** An http(s) URL, or absent when `path` names a workspace file. */
  url?: string;
  /** A workspace-relative path to a local source document. */
  path?: string;
  title?: string;
  /** The supporting passage, as quoted from the source. */
  quote?: string;
  /** The date the source was read, YYYY-MM-DD. */
  accessed?: string;
}

export interface Annotation {
  id: string;
  kind: AnnotationKind;
  status: Status;
  target: Target;
  sources: Source[];
  note?: string;
  author?: string;
  created: string;
  modified: string;
  /** SHA-256 (hex) of the anchored text when the status was last set to a judgement. */
  verifiedHash?: string;
  /** Fields a newer tool or a person added; kept and written back unchanged. */
  [extra: string]: unknown;
}

export interface Sidecar {
  version: number;
  /** The article's file name, for people reading the sidecar on its own. */
  article?: string;
  annotations: Annotation[];
  [extra: string]: unknown;
}

/** schema.org ClaimReview rating for each status (1 = false … 5 = true). */
export const claimReviewRatings: Record<Status, { ratingValue: number | null; alternateName: string }> = {
  verified: { ratingValue: 5, alternateName: 'True' },
  'partly-true': { ratingValue: 3, alternateName: 'Partly true' },
  misleading: { ratingValue: 2, alternateName: 'Misleading' },
  disputed: { ratingValue: 3, alternateName: 'Disputed' },
  false: { ratingValue: 1, alternateName: 'False' },
  unverifiable: { ratingValue: null, alternateName: 'Unverifiable' },
  unchecked: { ratingValue: null, alternateName: 'Not yet checked' },
  ignored: { ratingValue: null, alternateName: 'Not checked (ignored)' },
};

export const statusLabels: Record<Status, string> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  'partly-true': 'Partly true',
  misleading: 'Misleading',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable',
  ignored: 'Ignored',
};

/** Statuses that are a person's judgement of the text; changing the text afterwards is drift. */
export function isJudgement(status: Status): boolean {
  return status !== 'unchecked' && status !== 'ignored';
}
