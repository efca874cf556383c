import type { ClaimScore } from './types.js';

/** Hover wording of each reason id; docs/extract-contract.md lists the same ids. */
export const reasonText: Record<string, string> = {
  figure: 'States a figure',
  comparison: 'Makes a comparison',
  superlative: 'Uses a superlative or a record',
  causal: 'Claims a cause or effect',
  attributed: 'Reports what a source said or found',
  'actor-action': 'Says who did what',
  'dated-event': 'Places an event in time',
  'quantity-change': 'Describes a change in a quantity',
  prediction: 'Makes a prediction',
};

export interface ClaimDescription {
  /** One line with the verdict and the score, e.g. "Check-worthy claim (score 0.82)". */
  title: string;
  /** The reasons in words, strongest first; unknown ids are passed through unchanged. */
  reasons: string[];
}

/** Describes a scored sentence for the hover. */
export function describeClaim(claim: ClaimScore, threshold = 0.5): ClaimDescription {
  const verdict = claim.score >= threshold ? 'Check-worthy claim' : 'Probably not worth checking';
  return {
    title: `${verdict} (score ${claim.score.toFixed(2)})`,
    reasons: claim.reasons.map((id) => reasonText[id] ?? id),
  };
}
