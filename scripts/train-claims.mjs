#!/usr/bin/env node
// Trains the claim scorer: logistic regression over the hand-made cues and hashed n-grams of
// server/src/analysis/claims/features.ts, on CheckThat! 2024 train, tuned on dev. Writes
// server/src/analysis/claims/weights.ts (a TypeScript module, so that tsc and esbuild take it as it is). Run with `npm run train:claims` (tsx loads the TypeScript).
//
// Options: --data DIR (default ../shared/eval/claims), --out FILE, --dry (do not write),
// --bits N, --l2 X, --epochs N (skip the grid search and use these).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../server/src/analysis/tokens.ts';
import { allCues, negativeCues, positiveCues, sentenceFeatures } from '../server/src/analysis/claims/features.ts';
import { averagePrecision, prf, readCheckThat } from './eval/claims.mjs';
import { mulberry32, shuffle } from './seededShuffle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dataDir = resolve(opt('data', join(root, '..', 'shared', 'eval', 'claims')));
const outFile = resolve(opt('out', join(root, 'server/src/analysis/claims/weights.ts')));
const dry = args.includes('--dry');

if (!existsSync(join(dataDir, 'checkthat2024', 'train.tsv'))) {
  console.error(`train-claims: no CheckThat! data under ${dataDir}`);
  process.exit(1);
}

/**
 * The features the scorer computes at run time, for a text given alone. Figures and attributions
 * are left out on purpose: their cues also have lexical tests, and training without the other
 * passes keeps the weights independent of how those passes change.
 */
function featuresOf(text, bits) {
  const sentences = tokenize(text);
  if (sentences.length === 0) return { cues: [], buckets: [] };
  const sentence = { start: sentences[0].start, end: sentences.at(-1).end, tokens: sentences.flatMap((s) => s.tokens) };
  return sentenceFeatures({ text, sentence, figures: [], attributions: [] }, bits);
}

function encode(rows, bits) {
  const size = 1 << bits;
  return rows.map((r) => {
    const f = featuresOf(r.text, bits);
    const idx = new Set(f.buckets);
    for (const c of f.cues) idx.add(size + allCues.indexOf(c));
    return { x: Int32Array.from(idx), y: r.label ? 1 : 0 };
  });
}

/**
 * AdaGrad on the L2-regularised log loss; the bias is not regularised. Cue weights keep their sign:
 * a reason never lowers a score and a negative cue never raises one, so the reasons shown stay honest.
 */
function train(samples, dim, { l2, epochs, lr = 0.1, seed = 7, scale }) {
  const w = new Float64Array(dim);
  const sign = new Int8Array(dim);
  const cueBase = dim - allCues.length;
  allCues.forEach((c, i) => (sign[cueBase + i] = positiveCues.includes(c) ? 1 : negativeCues.includes(c) ? -1 : 0));
  const g2 = new Float64Array(dim).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  const rand = mulberry32(seed);
  const order = samples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, rand);
    for (const k of order) {
      const { x, y } = samples[k];
      let z = bias;
      for (const i of x) z += w[i] * scale[i];
      const p = 1 / (1 + Math.exp(-z));
      const err = p - y;
      for (const i of x) {
        const g = err * scale[i] + l2 * w[i];
        g2[i] += g * g;
        w[i] -= (lr * g) / Math.sqrt(g2[i]);
        if (sign[i] * w[i] < 0) w[i] = 0;
      }
      b2 += err * err;
      bias -= (lr * err) / Math.sqrt(b2);
    }
  }
  // The feature scale is folded into the weights, so the model stays one weight per feature.
  for (let i = 0; i < dim; i++) w[i] *= scale[i];
  return { w, bias };
}

/**
 * Naive Bayes log-count ratios of the hashed features (Wang and Manning 2012, "NBSVM"): each
 * feature's value becomes how much more often it occurs in check-worthy sentences, which helps a
 * linear model on short texts. `strength` 0 gives plain binary features; cues always stay binary.
 */
function nbScale(samples, dim, strength) {
  const scale = new Float64Array(dim).fill(1);
  if (!strength) return scale;
  const pos = new Float64Array(dim).fill(1);
  const neg = new Float64Array(dim).fill(1);
  for (const { x, y } of samples) for (const i of x) (y ? pos : neg)[i]++;
  let pSum = 0, nSum = 0;
  for (let i = 0; i < dim; i++) {
    pSum += pos[i];
    nSum += neg[i];
  }
  const cueBase = dim - allCues.length;
  for (let i = 0; i < cueBase; i++) {
    const r = Math.log(pos[i] / pSum / (neg[i] / nSum));
    scale[i] = 1 - strength + strength * Math.abs(r);
  }
  return scale;
}

/** Averages models trained in different orders: cheaper than more data, and steadier than one run. */
function trainAveraged(samples, dim, params) {
  const runs = params.runs ?? 5;
  const scale = nbScale(samples, dim, params.nb ?? 0);
  params = { ...params, scale };
  const w = new Float64Array(dim);
  let bias = 0;
  for (let seed = 1; seed <= runs; seed++) {
    const m = train(samples, dim, { ...params, seed });
    for (let i = 0; i < dim; i++) w[i] += m.w[i] / runs;
    bias += m.bias / runs;
  }
  return { w, bias };
}

function predict(model, x) {
  let z = model.bias;
  for (const i of x) z += model.w[i];
  return 1 / (1 + Math.exp(-z));
}

/** Positive-class precision, recall and F1 at a threshold. */
function f1At(scores, labels, threshold) {
  return prf(scores.map((s) => s >= threshold), labels);
}

function bestThreshold(scores, labels) {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.95; t += 0.01) {
    const { f1 } = f1At(scores, labels, t);
    if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1 };
  }
  return best;
}

const read = (name) => readCheckThat(join(dataDir, 'checkthat2024', name + '.tsv'));
const allTrainRows = read('train');
// Sentence ids follow the debates' dates. The newest train debates are held out for tuning, since
// the model will meet debates and articles newer than anything it learnt from; the random dev
// split shares debates with train and rewards memorising them.
const tuneFrom = Number(opt('tune-from', 30000));
const trainRows = allTrainRows.filter((r) => Number(r.id) < tuneFrom);
const tuneRows = allTrainRows.filter((r) => Number(r.id) >= tuneFrom);
const devRows = read('dev');
const devTestRows = read('dev-test');
console.error(`train ${trainRows.length}, tune ${tuneRows.length}, dev ${devRows.length}, dev-test ${devTestRows.length}`);

const grid = opt('l2')
  ? [{ bits: Number(opt('bits', 16)), l2: Number(opt('l2')), epochs: Number(opt('epochs', 10)), nb: Number(opt('nb', 0)) }]
  : [16].flatMap((bits) => [0, 0.5, 1].flatMap((nb) => [1e-3].flatMap((l2) => [1, 2, 3].map((epochs) => ({ bits, l2, epochs, nb })))));

const encoded = new Map();
const encodeAll = (bits) => {
  if (!encoded.has(bits)) encoded.set(bits, { train: encode(trainRows, bits), tune: encode(tuneRows, bits), dev: encode(devRows, bits), devTest: encode(devTestRows, bits) });
  return encoded.get(bits);
};

let chosen;
for (const params of grid) {
  const data = encodeAll(params.bits);
  const model = trainAveraged(data.train, (1 << params.bits) + allCues.length, params);
  const tuneScores = data.tune.map((s) => predict(model, s.x));
  const tuneLabels = data.tune.map((s) => s.y);
  const best = bestThreshold(tuneScores, tuneLabels);
  // Settings are chosen by average precision, which is steadier than F1 at one threshold.
  const ap = averagePrecision(tuneScores, tuneLabels);
  const dtScores = data.devTest.map((s) => predict(model, s.x));
  const dtLabels = data.devTest.map((s) => s.y);
  const dt = f1At(dtScores, dtLabels, best.threshold);
  console.error(`bits ${params.bits} nb ${params.nb} l2 ${params.l2} epochs ${params.epochs}: tune AP ${ap.toFixed(3)} F1 ${best.f1.toFixed(3)} at ${best.threshold}  (dev-test F1 ${dt.f1.toFixed(3)}, AP ${averagePrecision(dtScores, dtLabels).toFixed(3)})`);
  if (!chosen || ap > chosen.ap) chosen = { ...params, ...best, ap };
}

// The final model learns from all of train with the chosen settings and the tuned threshold.
const data = encodeAll(chosen.bits);
chosen.model = trainAveraged([...data.train, ...data.tune], (1 << chosen.bits) + allCues.length, chosen);
const report = (name, set) => {
  const scores = set.map((s) => predict(chosen.model, s.x));
  const m = f1At(scores, set.map((s) => s.y), chosen.threshold);
  console.error(`${name}: P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)}`);
};
console.error(`chosen: bits ${chosen.bits} l2 ${chosen.l2} epochs ${chosen.epochs} threshold ${chosen.threshold}`);
report('dev', data.dev);
report('dev-test', data.devTest);

// The bias is shifted so that the tuned threshold lands on 0.5: a score of 0.5 is the cut-off.
const size = 1 << chosen.bits;
const hashedWeights = chosen.model.w.subarray(0, size);
let max = 0;
for (const v of hashedWeights) max = Math.max(max, Math.abs(v));
const hashScale = max / 127;
const bytes = Buffer.alloc(size);
for (let i = 0; i < size; i++) bytes.writeInt8(Math.round(hashedWeights[i] / hashScale), i);
const round = (v) => Math.round(v * 1e5) / 1e5;
const cues = Object.fromEntries(allCues.map((c, i) => [c, round(chosen.model.w[size + i])]));
const logit = Math.log(chosen.threshold / (1 - chosen.threshold));
const file = {
  format: 1,
  hashBits: chosen.bits,
  bias: round(chosen.model.bias - logit),
  cues,
  hashScale,
  hashed: bytes.toString('base64'),
  threshold: 0.5,
  trainedOn: `CheckThat! 2024 English train (${allTrainRows.length} sentences); l2 ${chosen.l2}, ${chosen.epochs} epochs, settings and threshold tuned on train ids >= ${tuneFrom}`,
};
if (!dry) {
  const source = [
    '// Generated by scripts/train-claims.mjs (npm run train:claims); do not edit by hand.',
    "import type { ModelFile } from './model.js';",
    '',
    `export const weights: ModelFile = ${JSON.stringify(file, null, 2)};`,
    '',
  ].join('\n');
  writeFileSync(outFile, source);
  console.error(`wrote ${outFile}`);
}
