import type { Sentence } from '../tokens.js';
import type { Attribution } from '../types.js';
import { find } from './find.js';
import { resolve, type ResolveMemo } from './resolve.js';
import { refinedSourceSpan } from './source.js';
import { firstIndexWhere } from '../sortedSearch.js';

/** How far `resolveAttributions` reads around a source and before a quotation mark, for callers that skip it. */
export { itSubjectReach, organisationNameReach, personClauseReach, researchBodyNouns, researchBodyReach, ResolveMemo, soCalledLookback, sourceLookback, studyPeople, subjectReach } from './resolve.js';

export { describeAttribution, speakersOutline, type AttributionDescription, type SpeakerGroup } from './describe.js';

/** Input of the per-block attribution pass: the block's masked text and its sentences. */
export interface AttributionBlock {
  text: string;
  sentences: Sentence[];
}

/**
 * Attributions inside one block, offsets relative to the block. Results are cached by block text,
 * so this must depend on nothing but its input.
 */
export function findAttributions(block: AttributionBlock): Attribution[] {
  const found = find(block.text, block.sentences);
  for (const a of found) if (a.source) a.source = refinedSourceSpan(block.text, a.source, a.cue, sentenceStart(block.sentences, a.source.start));
  return found;
}

/** Where the sentence holding `at` starts; 0 before the first. Sentences are in text order. */
function sentenceStart(sentences: Sentence[], at: number): number {
  // The sentence before the first that starts after `at`.
  const after = firstIndexWhere(sentences.length, (k) => sentences[k].start > at);
  return after > 0 ? sentences[after - 1].start : 0;
}

/**
 * Article-level pass over all attributions (absolute offsets, in document order): resolves later
 * mentions ("Mr. Kalns", "he") to the first full mention and joins quotes that run across
 * paragraphs. Runs on every analysis, so it must stay linear in the number of attributions.
 * `owned`: the attributions are the caller's fresh copies, to be completed in place rather than copied.
 * `memo`: one per document, kept from one call to the next (the language server's keystrokes).
 */
export function resolveAttributions(text: string, attributions: Attribution[], options?: { owned?: boolean; memo?: ResolveMemo }): Attribution[] {
  return resolve(text, attributions, options);
}
