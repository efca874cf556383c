import type { Block, Tok } from './find.js';
import { clauseOpeners, closeQuotes, cueModifiers, determiners, subjectPronouns, type CueWord } from './lexicon.js';
import { cueWeights } from './cueWeights.js';

/**
 * The cue model: logistic regression deciding whether a word of the cue lexicon is an attribution
 * cue where it stands ("said" in "he said" but not in "the said property"; "support" in "voters
 * support the plan" but not in "his support"). Trained on PolNeAR train by
 * scripts/train-attributions.mjs, which writes cueWeights.ts; the rules of find.ts still decide
 * the cue's extent, source and content, and whether they accept the word is one of the features.
 */
export interface CueModelFile {
  format: 1;
  bias: number;
  /** Probability at or above which a word is a cue. */
  threshold: number;
  weights: Record<string, number>;
  /**
   * Words next to a cue word and whether the annotation puts them in the cue, keyed by side, lemma
   * and words ("r|say|in a statement", "l|say|to"), backed off to any lemma ("r|*|in a statement")
   * and to word shapes ("l|#|ADV"): 1 when the cue mostly ends (or starts) exactly there, -1 when a
   * single neighbour is mostly left out, 0 otherwise.
   */
  extents: Record<string, number>;
}

const model = new Map<string, number>(Object.entries(cueWeights.weights));

/** Probability that the features describe a cue. */
export function cueProbability(features: readonly string[]): number {
  let z = cueWeights.bias;
  for (const f of features) z += model.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export const cueThreshold = cueWeights.threshold;

const extents = new Map<string, number>(Object.entries(cueWeights.extents));
/** How many neighbouring words an extent key may hold. */
export const extentReach = 4;

/** True when token `k` may belong to a cue next to the word at `i`: same sentence, outside quotes. */
export function extentToken(block: Block, i: number, k: number): boolean {
  const t = block.toks[k];
  return t !== undefined && t.s === block.toks[i].s && t.q < 0 && (t.kind === 'word' || t.kind === 'number' || t.text === '-');
}

const shapeWords = new Set(['to', 'in', 'on', 'of', 'about', 'for', 'with', 'at', 'the', 'a', 'an', 'by', 'that', 'his', 'her', 'their', 'its', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'been', 'be', 'not', 'will', 'would', 'also', 'and', 'as', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/** A word's shape for the backed-off extent keys. */
function extentShape(t: Tok): string {
  if (shapeWords.has(t.lower)) return t.lower;
  if (t.cap) return 'CAP';
  if (/^\d/.test(t.text)) return 'NUM';
  if (t.lower.length > 4 && /ly$/.test(t.lower) && t.lower !== 'only') return 'ADV';
  return 'W';
}

/** The three keys of the words `toks[from..to]` on one side of a cue word, most specific first. */
export function extentKeys(toks: readonly Tok[], side: 'l' | 'r', lemma: string, from: number, to: number): [string, string, string] {
  let words = '';
  let shapes = '';
  for (let k = from; k <= to; k++) {
    words += (k > from ? ' ' : '') + toks[k].lower;
    shapes += (k > from ? ' ' : '') + extentShape(toks[k]);
  }
  return [side + '|' + lemma + '|' + words, side + '|*|' + words, side + '|#|' + shapes];
}

function extentDecision(keys: [string, string, string]): number {
  for (const key of keys) {
    const d = extents.get(key);
    if (d !== undefined) return d;
  }
  return 0;
}

/**
 * The cue's extent after the rules gave [c0, c1] for the cue word at `i`: the longest run of
 * neighbours the training data puts in the cue, or the rules' choice less a neighbour it leaves out.
 */
export function extendCue(block: Block, i: number, lemma: string, c0: number, c1: number): [number, number] {
  const { toks } = block;
  let right = -1;
  let k = i + 1;
  for (; k <= i + extentReach && extentToken(block, i, k); k++) if (extentDecision(extentKeys(toks, 'r', lemma, i + 1, k)) === 1) right = k;
  if (right > c1) c1 = right;
  else if (right < 0 && c1 === i + 1 && extentDecision(extentKeys(toks, 'r', lemma, i + 1, i + 1)) === -1) c1 = i;
  let left = -1;
  for (k = i - 1; k >= i - extentReach && extentToken(block, i, k); k--) if (extentDecision(extentKeys(toks, 'l', lemma, k, i - 1)) === 1) left = k;
  if (left >= 0 && left < c0) c0 = left;
  else if (left < 0 && c0 === i - 1 && extentDecision(extentKeys(toks, 'l', lemma, i - 1, i - 1)) === -1) c0 = i;
  return [c0, c1];
}

/** A coarse class of a neighbouring token, so that rare words still say something. */
function shape(block: Block, k: number): string {
  const t = block.toks[k];
  if (!t) return 'none';
  if (t.q >= 0 && (closeQuotes.has(t.text) || t.text === '"' || t.text === "''")) return 'quote';
  if (t.q >= 0) return 'inquote';
  if (t.kind === 'punct' || t.kind === 'symbol') return 'p' + t.text;
  if (subjectPronouns.has(t.lower)) return 'pron';
  if (determiners.has(t.lower)) return 'det';
  if (cueModifiers.has(t.lower)) return 'mod';
  if (clauseOpeners.has(t.lower)) return 'open';
  if (/^\d/.test(t.text)) return 'num';
  if (t.cap) return 'cap';
  if (/ly$/.test(t.lower)) return 'adv';
  if (/['’]s$/.test(t.lower)) return 'poss';
  return 'low';
}

/**
 * Features of the cue word at token `i`. `ruled` says whether the hand-written patterns found a
 * source and content for it; the rest describe the word and its neighbours.
 */
export function cueFeatures(block: Block, i: number, cue: CueWord, ruled: boolean): string[] {
  const { toks } = block;
  const t = toks[i];
  const s = t.s;
  const first = block.first[s];
  const last = block.last[s];
  const word = (k: number) => (k >= first && k <= last ? toks[k].lower : k < first ? '<s>' : '</s>');
  const p1 = word(i - 1);
  const p2 = word(i - 2);
  const n1 = word(i + 1);
  const n2 = word(i + 2);
  const sp1 = i - 1 >= first ? shape(block, i - 1) : '<s>';
  const sp2 = i - 2 >= first ? shape(block, i - 2) : '<s>';
  const sn1 = i + 1 <= last ? shape(block, i + 1) : '</s>';
  const sn2 = i + 2 <= last ? shape(block, i + 2) : '</s>';
  const form = cue.participle ? 'ing' : t.lower === cue.lemma ? 'base' : /s$/.test(t.lower) && !/ss$/.test(t.lower) ? 'third' : 'past';
  const out = [
    'rule:' + ruled,
    'w:' + t.lower,
    'l:' + cue.lemma,
    'c:' + cue.cls,
    'form:' + form,
    'l+rule:' + cue.lemma + ruled,
    'p1:' + p1,
    'n1:' + n1,
    'p2:' + p2,
    'n2:' + n2,
    'l+p1:' + cue.lemma + '|' + p1,
    'l+n1:' + cue.lemma + '|' + n1,
    'w+p1:' + t.lower + '|' + p1,
    'w+n1:' + t.lower + '|' + n1,
    'sp1:' + sp1,
    'sn1:' + sn1,
    'sp:' + sp2 + '|' + sp1,
    'sn:' + sn1 + '|' + sn2,
    'l+sp1:' + cue.lemma + '|' + sp1,
    'l+sn1:' + cue.lemma + '|' + sn1,
    'form+sp1:' + form + '|' + sp1,
    'form+sn1:' + form + '|' + sn1,
    'cap:' + (t.cap ? (i === first ? 'first' : 'mid') : 'no'),
    'rule+form:' + ruled + form,
  ];
  // A quotation in the same sentence, before or after, is the commonest content of a cue.
  let quoteBefore = false;
  let quoteAfter = false;
  for (let k = first; k <= last; k++) {
    if (toks[k].q < 0) continue;
    if (k < i) quoteBefore = true;
    else quoteAfter = true;
  }
  out.push('qb:' + quoteBefore, 'qa:' + quoteAfter);
  // A headline in title case capitalises every verb ("Senator Says He Will Run").
  let caps = 0;
  let words = 0;
  for (let k = first; k <= last && words < 12; k++) {
    if (toks[k].kind !== 'word') continue;
    words++;
    if (toks[k].cap) caps++;
  }
  if (words >= 3 && caps >= words - 1) out.push('titlecase');
  return out;
}
