import type { Block, Tok } from './finder/block.js';
import { clauseOpeners, closeQuotes, cueModifiers, determiners, subjectPronouns, type CueWord } from './lexicon.js';
import { cueWeights } from './cueWeights.js';

/**
 * The cue model: logistic regression deciding whether a word of the cue lexicon is an attribution
 * cue where it stands ("said" in "he said" but not in "the said property"; "support" in "voters
 * support the plan" but not in "his support"). Trained on PolNeAR train by
 * scripts/train-attributions.mjs, which writes cueWeights.ts; the rules of find.ts and finder/ still decide
 * the cue's extent, source and content, and whether they accept the word is one of the features.
 */
export interface CueModelFile {
  format: 1;
  bias: number;
  /** Probability at or above which a word is a cue. */
  threshold: number;
  /** Probability at or above which a noun-like word ("support", "calls") is a cue with no subject next to it. */
  nounThreshold?: number;
  /** Bits of the feature index (see `featureIndex`). */
  hashBits: number;
  /** Weights by feature index; the others are zero. */
  weights: Record<string, number>;
  /**
   * Words next to a cue word and whether the annotation puts them in the cue, keyed by side, lemma
   * and words ("r|say|in a statement", "l|say|to"), backed off to any lemma ("r|*|in a statement")
   * and to word shapes ("l|#|ADV"): 1 when the cue mostly ends (or starts) exactly there, or, for a
   * single word on the left, starts there more often than it leaves the word out; -1 when a single
   * neighbour is mostly left out; 0 otherwise.
   */
  extents: Record<string, number>;
}

/**
 * Feature templates: a feature is a template and one or two strings, hashed to a weight's index by
 * the template's place here, so new templates go at the end and old weights keep their meaning.
 */
const templates = ['rule', 'w', 'l', 'c', 'form', 'l+rule', 'p1', 'n1', 'p2', 'n2', 'l+p1', 'l+n1', 'w+p1', 'w+n1', 'sp1', 'sn1', 'sp', 'sn', 'l+sp1', 'l+sn1', 'form+sp1', 'form+sn1', 'cap', 'rule+form', 'qb', 'qa', 'titlecase'] as const;
/** The templates' names by index, for tests and for reading the features of a word. */
export const cueFeatureTemplates: readonly string[] = templates;
const T = Object.fromEntries(templates.map((name, id) => [name, id])) as Record<(typeof templates)[number], number>;

/** Receives one feature: its template and one or two values. */
export type FeatureSink = (template: number, a: string, b?: string) => void;

function hashString(text: string, h: number): number {
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * The weight index of a feature (the hashing trick: no feature strings are built, and the model
 * file holds only the indices that carry weight). Training and scoring share it.
 */
export function featureIndex(template: number, a: string, b?: string): number {
  let h = hashString(a, Math.imul(0x811c9dc5 ^ (template + 1), 0x01000193));
  if (b !== undefined) h = hashString(b, Math.imul(h ^ 0x1f, 0x01000193));
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) & ((1 << hashBits) - 1);
}

/** Bits of a feature index; the model file records them, and a file made with others is refused. */
export const hashBits = 18;
if (cueWeights.hashBits !== hashBits) throw new Error(`cueWeights.ts has ${cueWeights.hashBits}-bit features, the model ${hashBits}: run npm run train:attributions`);

const weights = new Float32Array(1 << hashBits);
for (const [index, weight] of Object.entries(cueWeights.weights)) weights[Number(index)] = weight;

// Only what scoring reads is kept: reading `cueWeights.bias` at each call kept the whole parsed file
// alive, its weights as an object of 2.3 MB besides the array above.
const bias = cueWeights.bias;
let score = 0;
const addWeight: FeatureSink = (template, a, b) => {
  score += weights[featureIndex(template, a, b)];
};

/** Probability that the cue word at token `i` is a cue (see `cueFeatures`). */
export function cueProbability(block: Block, i: number, cue: CueWord, ruled: boolean): number {
  score = bias;
  cueFeatures(block, i, cue, ruled, addWeight);
  return 1 / (1 + Math.exp(-score));
}

export const cueThreshold = cueWeights.threshold;
export const nounCueThreshold = cueWeights.nounThreshold ?? 1.01;

/** How many neighbouring words an extent key may hold. */
export const extentReach = 4;

/** A node of an extent trie: the words so far, outwards from the cue word. */
interface ExtentNode {
  decision?: number;
  next: Map<string, ExtentNode>;
}

/** Extent tries by side and lemma ("*" for any lemma, "#" for word shapes). */
const extentRoots = { l: new Map<string, ExtentNode>(), r: new Map<string, ExtentNode>() };
for (const [key, decision] of Object.entries(cueWeights.extents)) {
  const [side, lemma, phrase] = key.split('|') as ['l' | 'r', string, string];
  const words = phrase.split(' ');
  // The left side is walked outwards from the cue word, so its words are stored nearest first.
  if (side === 'l') words.reverse();
  let node: ExtentNode | undefined = extentRoots[side].get(lemma);
  if (!node) extentRoots[side].set(lemma, (node = { next: new Map() }));
  for (const w of words) {
    let child: ExtentNode | undefined = node.next.get(w);
    if (!child) node.next.set(w, (child = { next: new Map() }));
    node = child;
  }
  node.decision = decision;
}

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
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'NUM';
  if (t.lower.length > 4 && t.lower.endsWith('ly') && t.lower !== 'only') return 'ADV';
  return 'W';
}

/** Weekdays, which the annotation puts in the cue or leaves out alike ("said Tuesday", "said Friday"). */
const weekdayWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * A word as the extent keys hold it: a weekday stands for all seven, so that the table learns one
 * decision for "said Tuesday" and "said Friday" (PolNeAR train put "said Friday" in the cue and
 * "said Tuesday" not, each by the handful of its own cases, where annotators differ).
 */
function extentWord(t: Tok): string {
  return weekdayWords.has(t.lower) ? '<day>' : t.lower;
}

/** The three keys of the words `toks[from..to]` on one side of a cue word, most specific first (for training). */
export function extentKeys(toks: readonly Tok[], side: 'l' | 'r', lemma: string, from: number, to: number): [string, string, string] {
  let words = '';
  let shapes = '';
  for (let k = from; k <= to; k++) {
    words += (k > from ? ' ' : '') + extentWord(toks[k]);
    shapes += (k > from ? ' ' : '') + extentShape(toks[k]);
  }
  return [side + '|' + lemma + '|' + words, side + '|*|' + words, side + '|#|' + shapes];
}

/**
 * Walks the three tries of one side outwards from the cue word at `i` and returns the farthest
 * token whose words end the cue there (1), or -1 - k when only the nearest token `k` is marked as
 * left out (-1), or `none` when nothing is known.
 */
function extentWalk(block: Block, i: number, lemma: string, side: 'l' | 'r'): number {
  const roots = extentRoots[side];
  let specific = roots.get(lemma);
  let any = roots.get('*');
  let shaped = roots.get('#');
  const step = side === 'r' ? 1 : -1;
  let farthest = none;
  for (let n = 1; n <= extentReach; n++) {
    const k = i + step * n;
    if (!extentToken(block, i, k)) break;
    const t = block.toks[k];
    specific = specific?.next.get(extentWord(t));
    any = any?.next.get(extentWord(t));
    // Shapes back off only for the nearest two words, where they decide ("has ADV said").
    shaped = n <= 2 ? shaped?.next.get(extentShape(t)) : undefined;
    if (!specific && !any && !shaped) break;
    const decision = specific?.decision ?? any?.decision ?? shaped?.decision ?? 0;
    if (decision === 1) farthest = k;
    else if (decision === -1 && n === 1) farthest = -1 - k;
  }
  return farthest;
}

const none = Number.MIN_SAFE_INTEGER;

/**
 * The cue's extent after the rules gave [c0, c1] for the cue word at `i`: the longest run of
 * neighbours the training data puts in the cue, or the rules' choice less a neighbour it leaves out.
 */
export function extendCue(block: Block, i: number, lemma: string, c0: number, c1: number): [number, number] {
  const right = extentWalk(block, i, lemma, 'r');
  if (right > c1) c1 = right;
  else if (right === -1 - (i + 1) && c1 === i + 1) c1 = i;
  const left = extentWalk(block, i, lemma, 'l');
  if (left >= 0 && left < c0) c0 = left;
  else if (left === -1 - (i - 1) && c0 === i - 1) c0 = i;
  return [c0, c1];
}

const punctShapes = new Map<string, string>();

/** Marks that end a sentence. */
const terminalMarks = new Set(['.', '!', '?', '…']);

/** A coarse class of a neighbouring token, so that rare words still say something. */
function shape(block: Block, k: number): string {
  const t = block.toks[k];
  if (!t) return 'none';
  if (t.q >= 0 && (closeQuotes.has(t.text) || t.text === '"' || t.text === "''")) return 'quote';
  if (t.q >= 0) return 'inquote';
  if (t.kind === 'punct' || t.kind === 'symbol') {
    let p = punctShapes.get(t.text);
    if (p === undefined) punctShapes.set(t.text, (p = 'p' + t.text));
    return p;
  }
  if (subjectPronouns.has(t.lower)) return 'pron';
  if (determiners.has(t.lower)) return 'det';
  if (cueModifiers.has(t.lower)) return 'mod';
  if (clauseOpeners.has(t.lower)) return 'open';
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'num';
  if (t.cap) return 'cap';
  if (t.lower.endsWith('ly')) return 'adv';
  if (t.lower.endsWith("'s") || t.lower.endsWith('’s')) return 'poss';
  return 'low';
}

const bools = ['false', 'true'];

interface SentenceFacts {
  firstQuote: number;
  lastQuote: number;
  titlecase: boolean;
}

/** The last sentence's facts, kept because the cue words of a sentence come one after another. */
let factsOf: { block: Block | null; s: number; facts: SentenceFacts } = { block: null, s: -1, facts: { firstQuote: -1, lastQuote: -1, titlecase: false } };

function sentenceFacts(block: Block, s: number): SentenceFacts {
  if (factsOf.block === block && factsOf.s === s) return factsOf.facts;
  const { toks } = block;
  let firstQuote = -1;
  let lastQuote = -1;
  let caps = 0;
  let words = 0;
  for (let k = block.first[s]; k <= block.last[s]; k++) {
    const u = toks[k];
    if (u.q >= 0) {
      if (firstQuote < 0) firstQuote = k;
      lastQuote = k;
    } else if (u.kind === 'word' && words < 12) {
      words++;
      if (u.cap) caps++;
    }
  }
  factsOf = { block, s, facts: { firstQuote, lastQuote, titlecase: words >= 3 && caps >= words - 1 } };
  return factsOf.facts;
}

/**
 * Features of the cue word at token `i`, given to `emit`. `ruled` says whether the hand-written
 * patterns found a source and content for it; the rest describe the word and its neighbours.
 */
export function cueFeatures(block: Block, i: number, cue: CueWord, ruled: boolean, emit: FeatureSink): void {
  const { toks } = block;
  const t = toks[i];
  const s = t.s;
  const first = block.first[s];
  const last = block.last[s];
  // A sentence that a line break ends with no full stop (a headline, "..., poll finds") reads as if
  // it had one: PolNeAR has few headlines, so the model learnt next to nothing of a bare sentence end.
  const unstopped = !terminalMarks.has(toks[last].text);
  const end = (k: number, stop: string) => (unstopped && k === last + 1 ? stop : '</s>');
  const word = (k: number) => (k >= first && k <= last ? toks[k].lower : k < first ? '<s>' : end(k, '.'));
  const p1 = word(i - 1);
  const n1 = word(i + 1);
  const sp1 = i - 1 >= first ? shape(block, i - 1) : '<s>';
  const sp2 = i - 2 >= first ? shape(block, i - 2) : '<s>';
  const sn1 = i + 1 <= last ? shape(block, i + 1) : end(i + 1, 'p.');
  const sn2 = i + 2 <= last ? shape(block, i + 2) : end(i + 2, 'p.');
  const lower = t.lower;
  const form = cue.participle ? 'ing' : lower === cue.lemma ? 'base' : lower.endsWith('s') && !lower.endsWith('ss') ? 'third' : 'past';
  const rule = bools[ruled ? 1 : 0];
  emit(T.rule, rule);
  emit(T.w, lower);
  emit(T.l, cue.lemma);
  emit(T.c, cue.cls);
  emit(T.form, form);
  emit(T['l+rule'], cue.lemma, rule);
  emit(T.p1, p1);
  emit(T.n1, n1);
  emit(T.p2, word(i - 2));
  emit(T.n2, word(i + 2));
  emit(T['l+p1'], cue.lemma, p1);
  emit(T['l+n1'], cue.lemma, n1);
  emit(T['w+p1'], lower, p1);
  emit(T['w+n1'], lower, n1);
  emit(T.sp1, sp1);
  emit(T.sn1, sn1);
  emit(T.sp, sp2, sp1);
  emit(T.sn, sn1, sn2);
  emit(T['l+sp1'], cue.lemma, sp1);
  emit(T['l+sn1'], cue.lemma, sn1);
  emit(T['form+sp1'], form, sp1);
  emit(T['form+sn1'], form, sn1);
  emit(T.cap, t.cap ? (i === first ? 'first' : 'mid') : 'no');
  emit(T['rule+form'], rule, form);
  // A quotation in the same sentence, before or after, is the commonest content of a cue; a
  // headline in title case capitalises every verb ("Senator Says He Will Run").
  const facts = sentenceFacts(block, s);
  const quoteBefore = facts.firstQuote >= 0 && facts.firstQuote < i;
  const quoteAfter = facts.lastQuote > i;
  emit(T.qb, bools[quoteBefore ? 1 : 0]);
  emit(T.qa, bools[quoteAfter ? 1 : 0]);
  if (facts.titlecase) emit(T.titlecase, 'yes');
}
