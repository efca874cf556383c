import { loadModel, scoreWith, type LoadedModel } from './model.js';
import { weights } from './weights.js';
import type { ClaimInput, ClaimScore } from './types.js';

export type { ClaimInput, ClaimScore } from './types.js';
export { describeClaim } from './describe.js';

let model: LoadedModel | undefined;

/** The committed model, decoded on first use. */
export function claimModel(): LoadedModel {
  model ??= loadModel(weights);
  return model;
}

/** Scores one sentence's check-worthiness in 0..1 with reasons. Pure: cached by block text. */
export function scoreSentence(input: ClaimInput): ClaimScore {
  return scoreWith(claimModel(), input);
}
