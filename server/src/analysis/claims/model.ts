import { allCues, positiveCues, sentenceFeatures, type Cue, type PositiveCue } from './features.js';
import { fragmentPenalty, isFragment } from './fragment.js';
import type { ClaimInput, ClaimScore } from './types.js';

/** The committed weights file written by scripts/train-claims.mjs. */
export interface ModelFile {
  format: 1;
  /** The hashed n-gram table has 2^hashBits buckets. */
  hashBits: number;
  bias: number;
  cues: Partial<Record<Cue, number>>;
  /** Hashed weights are stored as signed bytes; multiply by this to get the weight. */
  hashScale: number;
  /** Base64 of the signed bytes, one per bucket. */
  hashed: string;
  /** The threshold that maximised positive-class F1 on the tuning set. */
  threshold: number;
  /** How the model was trained, for people reading the file. */
  trainedOn?: string;
}

export interface LoadedModel {
  hashBits: number;
  bias: number;
  cueWeights: Float64Array;
  /** Hashed weights as stored, in units of `hashScale`; bytes keep the table in the processor's cache. */
  hashed: Int8Array;
  hashScale: number;
  threshold: number;
  /** Scratch for counting each bucket once per sentence: seen[b] === stamp marks bucket b as added. */
  seen: Uint8Array;
  stamp: number;
}

/** Decodes the weights once; base64 keeps the file small and free of any training text. */
export function loadModel(file: ModelFile): LoadedModel {
  const bytes = atob(file.hashed);
  const size = 1 << file.hashBits;
  if (bytes.length !== size) throw new Error(`claims model: expected ${size} hashed weights, found ${bytes.length}`);
  const hashed = new Int8Array(size);
  for (let i = 0; i < size; i++) hashed[i] = bytes.charCodeAt(i);
  const cueWeights = new Float64Array(allCues.length);
  allCues.forEach((cue, i) => (cueWeights[i] = file.cues[cue] ?? 0));
  return { hashBits: file.hashBits, bias: file.bias, cueWeights, hashed, hashScale: file.hashScale, threshold: file.threshold, seen: new Uint8Array(size), stamp: 0 };
}

const cueIndex = new Map<Cue, number>(allCues.map((c, i) => [c, i]));
/** isPositive[i]: allCues[i] is a positive cue, one that can be a reason. */
const isPositive = allCues.map((cue) => (positiveCues as readonly Cue[]).includes(cue));

/**
 * Logistic score of one sentence. Reasons are the positive cues that fired, strongest first; the
 * training keeps their weights at or above zero, so none of them lowers the score. A fragment (a
 * heading, a byline, a table cell: see fragment.ts) is lowered by a fixed rule, not a learnt weight.
 */
export function scoreWith(model: LoadedModel, input: ClaimInput): ClaimScore {
  const { cues, buckets } = sentenceFeatures(input, model.hashBits);
  // A stamp per call avoids clearing or allocating a set for every sentence; the table is cleared
  // once every 255 calls, when the stamp wraps.
  const stamp = (model.stamp = (model.stamp % 255) + 1);
  if (stamp === 1) model.seen.fill(0);
  const { seen, hashed } = model;
  let sum = 0;
  for (let i = 0; i < buckets.length; i++) {
    const b = buckets[i];
    if (seen[b] === stamp) continue;
    seen[b] = stamp;
    sum += hashed[b];
  }
  let z = model.bias + sum * model.hashScale;
  const contributions: Array<[PositiveCue, number]> = [];
  for (const cue of cues) {
    const index = cueIndex.get(cue)!;
    const w = model.cueWeights[index];
    z += w;
    if (isPositive[index]) contributions.push([cue as PositiveCue, w]);
  }
  contributions.sort((a, b) => b[1] - a[1]);
  if (isFragment(input, contributions.length > 0)) z -= fragmentPenalty;
  return { score: 1 / (1 + Math.exp(-z)), reasons: contributions.map(([cue]) => cue) };
}
