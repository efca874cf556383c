import type { Sentence } from '../tokens.js';
import type { Attribution, Figure } from '../types.js';

/** What the claim scorer sees of one sentence; offsets are relative to the block text. */
export interface ClaimInput {
  /** The block's masked text; the sentence is `text.slice(sentence.start, sentence.end)`. */
  text: string;
  sentence: Sentence;
  /** Figures and attributions that overlap the sentence. */
  figures: Figure[];
  attributions: Attribution[];
}

export interface ClaimScore {
  score: number;
  reasons: string[];
}
