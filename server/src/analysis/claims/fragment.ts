import type { ClaimInput } from './types.js';

/**
 * How much a fragment's logit is lowered. Large enough that a fragment with one strong reason
 * ("Updated 14:05 GMT": figure, dated-event) falls well below the default threshold, small enough
 * that the score still orders fragments among themselves.
 */
export const fragmentPenalty = 4;

/** Marks that end a sentence, also inside a closing quote or bracket. */
const terminal = /[.!?;:…]["'”’»)\]]*$/;

/** Auxiliaries, modals and common irregular past tenses: words that make a line a clause. */
const verbWords = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might',
  'must', 'shall', 'should', 'do', 'does', 'did', 'said', 'won', 'lost', 'made', 'took', 'gave', 'got', 'went',
  'came', 'saw', 'told', 'sold', 'paid', 'left', 'fell', 'rose', 'hit', 'set', 'cut', 'put', 'held', 'met', 'led',
  'ran', 'began', 'became', 'found', 'kept', 'brought', 'bought', 'thought', 'spent', 'built', 'sent', 'struck',
  'beat', 'broke', 'chose', 'drew', 'grew', 'knew', 'shot', 'spoke', 'stood', 'threw', 'wrote', 'quit', 'sank',
]);
/**
 * How labels start: an article, a preposition, a question word, or a word that names a kind of
 * item ("Profile:", "Analysis:"). Headlines without a verb start with their subject instead ("Versace
 * art portfolio up for sale"), and those stay claims.
 */
const labelStart =
  /^[\s*_#>]*(?:(?:the|a|an|by|in|on|at|for|from|with|about|after|before|behind|beyond|between|inside|under|what|how|why|when|where|who|our|your|more)\s|(?:profile|photo|picture|image|video|watch|listen|analysis|comment|editorial|opinion|update|related|see also)\s*:)/i;

/** Words after "to" that do not make it an infinitive: "up to the border", "to its allies". */
const notInfinitive = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'date', 'power', 'court', 'work', 'war']);

/**
 * A lower-case word that may be a finite verb: one of the words above, or a form in -s or -ed
 * ("escapes", "approves", "urged"; "business" and "analysis" are not). Headlines are clauses of this
 * kind ("Brazil approves bankruptcy reform"); headings that only name a topic are not.
 */
function mayBeVerb(word: string): boolean {
  if (!/^[a-z]/.test(word)) return false;
  const lower = word.toLowerCase();
  return verbWords.has(lower) || /^[a-z'’-]+(?:[^su'’]s|ed)$/.test(lower);
}

/**
 * Whether a sentence is a fragment rather than a statement: fewer than three words with letters
 * (a table cell "14.6", a label "Analysis", "Photo: Reuters", "Saturday, 26 February"), or no
 * sentence-ending mark, no word that may be a verb and none of the reasons a claim is made of (a
 * heading "The north–south problem", a byline "By our energy correspondent"). The model learnt from
 * debate transcripts, where nearly every sentence is a clause ending with a mark, so it scores such
 * lines from their words alone; in an article they state nothing to check. A heading that states a
 * figure or an attribution ("Russia deploys 10,000 troops") or makes a claim as headlines do ("Brazil
 * approves bankruptcy reform") is no fragment.
 */
export function isFragment(input: ClaimInput, hasReason: boolean): boolean {
  let words = 0;
  let verb = false;
  let afterTo = false;
  for (const token of input.sentence.tokens) {
    if (token.kind !== 'word' || !/\p{L}/u.test(token.text)) continue;
    words++;
    // Headlines put what is to come as an infinitive: "Kalns to step down as Tory MP".
    if (!verb && (mayBeVerb(token.text) || (afterTo && /^[a-z]/.test(token.text) && !notInfinitive.has(token.text)))) verb = true;
    afterTo = token.text === 'to';
  }
  if (words < 3) return true;
  if (hasReason || verb || !labelStart.test(input.text.slice(input.sentence.start, input.sentence.end))) return false;
  return !terminal.test(input.text.slice(input.sentence.start, input.sentence.end).trimEnd());
}
