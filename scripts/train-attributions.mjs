#!/usr/bin/env node
// Trains the attribution cue model: logistic regression over the features of
// server/src/analysis/attributions/cueModel.ts, on PolNeAR train (a word of the cue lexicon is a
// positive example when a gold cue covers it). Writes server/src/analysis/attributions/cueWeights.ts.
// Run with `npm run train:attributions` (tsx loads the TypeScript). Deterministic: the optimum of a
// strictly convex objective, whatever the order of the examples.
//
// The thresholds are chosen by five-fold cross-validation over the training documents (each fifth
// held out from a model fitted on the other four, the counts of all five added), by the mean of the
// evaluation's three targets (exact cue F1, exact source F1, content token-overlap F1, with the
// rules' extents): the cue threshold, then the higher one at which a noun-like word is read as a
// verb with no subject next to it. The final model is then fitted on all of them. PolNeAR dev is
// never read here.
//
// Options: --data DIR (default ../shared/eval/attribution/polnear), --out FILE, --dry, --l2 X (L2 penalty on
// the mean log loss), --iterations N (L-BFGS at most),
// --holdout (leave out every fifth training document, k % 5 === 4, so that the finder can be
// measured on them: `FACTCHECK_EVAL_CORE=1 npx tsx scripts/eval/attribution.mjs --split holdout`; the
// committed weights are made without it), --fold N (leave out every fifth document k % 5 === N
// instead, 0 to 3, so that errors can be read on training documents the model has not seen without
// reading the hold-out fold's).
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../server/src/analysis/analyze.ts';
import { tokenize } from '../server/src/analysis/tokens.ts';
import { find } from '../server/src/analysis/attributions/find.ts';
import { cueFeatures, extentKeys, extentReach, extentToken, featureIndex, hashBits } from '../server/src/analysis/attributions/cueModel.ts';
import { loadSplit, predictedRelations, scoreDocument } from './eval/attribution.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dataDir = resolve(opt('data', join(root, '..', 'shared', 'eval', 'attribution', 'polnear')));
const outFile = resolve(opt('out', join(root, 'server/src/analysis/attributions/cueWeights.ts')));
const l2 = Number(opt('l2', 1e-4));
const maxIterations = Number(opt('iterations', 500));
const minCount = 3;

if (!existsSync(join(dataDir, 'train', 'attributions'))) {
  console.error(`train-attributions: no PolNeAR train data under ${dataDir}`);
  process.exit(1);
}

/**
 * Per extent key ("r|say|in a statement"): how often the words follow a gold cue word, how often
 * the cue ends (or, on the left, starts) exactly with them, and how often the nearest is inside.
 */
const extents = new Map();

function countExtents(block, i, lemma, part, offset) {
  const { toks } = block;
  const count = (keys, exact, inside) => {
    for (const key of new Set(keys)) {
      const c = extents.get(key) ?? [0, 0, 0];
      c[0]++;
      if (exact) c[1]++;
      if (inside) c[2]++;
      extents.set(key, c);
    }
  };
  const inPart = (k) => offset + toks[k].start >= part[0] && offset + toks[k].end <= part[1];
  const sameSentence = (k) => toks[k] !== undefined && toks[k].s === toks[i].s;
  for (let k = i + 1; k <= i + extentReach && extentToken(block, i, k); k++) {
    count(extentKeys(toks, 'r', lemma, i + 1, k), inPart(k) && !(sameSentence(k + 1) && inPart(k + 1)), inPart(k));
  }
  for (let k = i - 1; k >= i - extentReach && extentToken(block, i, k); k--) {
    count(extentKeys(toks, 'l', lemma, k, i - 1), inPart(k) && !(sameSentence(k - 1) && inPart(k - 1)), inPart(k));
  }
}

/** How often a key must be seen to be kept, by level: lemma and words, words, shapes. */
const minSeen = [3, 5, 10];

/** Extent decisions of the keys seen often enough (see CueModelFile.extents). */
function extentTable() {
  const table = {};
  for (const [key, [seen, exact, inside]] of [...extents].sort()) {
    const level = key.includes('|*|') ? 1 : key.includes('|#|') ? 2 : 0;
    if (seen < minSeen[level]) continue;
    const single = !key.slice(key.lastIndexOf('|') + 1).includes(' ');
    // A single word before the cue word joins the cue when the cue starts at it more often than it
    // leaves it out (cues that start further left are wrong either way: "plans to discuss");
    // everything else needs a majority.
    const left = key[0] === 'l';
    table[key] = exact / seen >= 0.5 || (left && single && exact > seen - inside) ? 1 : single && inside / seen < 0.5 ? -1 : 0;
  }
  return table;
}

/** One example per cue-lexicon word the finder meets: its features and whether a gold cue covers it. */
function examples(docs) {
  const analyzer = new Analyzer();
  const out = [];
  for (const doc of docs) {
    // The first annotator of a document annotated by several; most have one.
    const parts = doc.annotations[0].flatMap((relation) => relation.cue);
    const rows = [];
    for (const block of analyzer.blocks(doc.text, 'plaintext')) {
      const decide = (b, i, cue, ruled) => {
        const features = [];
        cueFeatures(b, i, cue, ruled, (template, x, y) => features.push(featureIndex(template, x, y)));
        const at = block.start + b.toks[i].start;
        const part = parts.find(([a, e]) => a <= at && at < e);
        rows.push({ features, y: part ? 1 : 0 });
        if (part) countExtents(b, i, cue.lemma, part, block.start);
        // Teacher forcing: later patterns ("..., adding that") see the gold decisions.
        return part !== undefined;
      };
      const confident = (b, i) => {
        const at = block.start + b.toks[i].start;
        return parts.some(([a, e]) => a <= at && at < e);
      };
      // Extents are left to the rules, so that the examples do not depend on a previous training.
      find(block.text, tokenize(block.text), { decide, extend: (_b, _i, _lemma, c0, c1) => [c0, c1], confident });
    }
    out.push(rows);
  }
  return out;
}

/**
 * L2-regularised logistic regression over features seen at least `minCount` times, minimised to
 * convergence by full-batch L-BFGS. The objective is strictly convex, so the weights are its one
 * optimum whatever the order of the examples: a rule change that alters a few training examples
 * moves the weights a little, where stochastic descent stopped after a fixed number of epochs took
 * a different path through every weight and flipped borderline words far from the change.
 */
function fit(rows) {
  const counts = new Map();
  for (const r of rows) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map();
  for (const [f, n] of [...counts].sort((a, b) => a[0] - b[0])) if (n >= minCount) index.set(f, index.size);
  const encoded = rows.map((r) => ({ x: Int32Array.from(r.features.map((f) => index.get(f)).filter((k) => k !== undefined)), y: r.y }));
  // Parameter 0 is the bias (not regularised); feature k is parameter k + 1.
  const n = index.size + 1;
  const loss = (theta, grad) => {
    grad.fill(0);
    let total = 0;
    for (const { x, y } of encoded) {
      let z = theta[0];
      for (const f of x) z += theta[f + 1];
      // log(1 + e^z) - y z, computed without overflow.
      total += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
      const g = 1 / (1 + Math.exp(-z)) - y;
      grad[0] += g;
      for (const f of x) grad[f + 1] += g;
    }
    const m = encoded.length;
    total /= m;
    for (let k = 0; k < n; k++) grad[k] /= m;
    for (let k = 1; k < n; k++) {
      total += 0.5 * l2 * theta[k] * theta[k];
      grad[k] += l2 * theta[k];
    }
    return total;
  };
  const theta = minimise(loss, n);
  const weights = {};
  for (const [f, k] of index) if (Math.abs(theta[k + 1]) >= 0.05) weights[f] = Math.round(theta[k + 1] * 1e3) / 1e3;
  return { bias: Math.round(theta[0] * 1e4) / 1e4, weights };
}

/** L-BFGS (memory 10) with a backtracking line search, from zero, until the gradient is flat. */
function minimise(loss, n) {
  const memory = 10;
  const theta = new Float64Array(n);
  let grad = new Float64Array(n);
  let value = loss(theta, grad);
  const steps = [];
  const dot = (a, b) => {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += a[k] * b[k];
    return sum;
  };
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (Math.sqrt(dot(grad, grad)) < 1e-7) break;
    // The two-loop recursion: the direction -H g from the last `memory` steps.
    const direction = Float64Array.from(grad, (g) => -g);
    const alphas = [];
    for (let k = steps.length - 1; k >= 0; k--) {
      const { s, y, rho } = steps[k];
      const alpha = rho * dot(s, direction);
      alphas[k] = alpha;
      for (let j = 0; j < n; j++) direction[j] -= alpha * y[j];
    }
    if (steps.length > 0) {
      const { s, y } = steps[steps.length - 1];
      const scale = dot(s, y) / dot(y, y);
      for (let j = 0; j < n; j++) direction[j] *= scale;
    }
    for (let k = 0; k < steps.length; k++) {
      const { s, y, rho } = steps[k];
      const beta = rho * dot(y, direction);
      for (let j = 0; j < n; j++) direction[j] += s[j] * (alphas[k] - beta);
    }
    let slope = dot(grad, direction);
    if (slope >= 0) {
      // Not a descent direction: start again from the gradient.
      steps.length = 0;
      for (let j = 0; j < n; j++) direction[j] = -grad[j];
      slope = dot(grad, direction);
    }
    // Backtracking until the Armijo condition holds.
    let step = iteration === 0 ? 1 / Math.max(1, Math.sqrt(dot(grad, grad))) : 1;
    const next = new Float64Array(n);
    const nextGrad = new Float64Array(n);
    let nextValue = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let j = 0; j < n; j++) next[j] = theta[j] + step * direction[j];
      nextValue = loss(next, nextGrad);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextValue < value)) break;
    const s = Float64Array.from(next, (v, j) => v - theta[j]);
    const y = Float64Array.from(nextGrad, (v, j) => v - grad[j]);
    const sy = dot(s, y);
    if (sy > 1e-12) {
      steps.push({ s, y, rho: 1 / sy });
      if (steps.length > memory) steps.shift();
    }
    theta.set(next);
    grad = nextGrad;
    const improvement = value - nextValue;
    value = nextValue;
    if (improvement < 1e-10 * Math.max(1, Math.abs(value))) break;
  }
  return theta;
}

function probability(model, features) {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The evaluation's counts (which also see cue extents and the cues the rules then fail to complete)
 * on held-out documents, added to `totals` by role, with words accepted at probability `threshold`
 * and noun-like words read as verbs with no subject next to them at `nounThreshold`.
 */
function heldOutCounts(model, blocks, docs, threshold, nounThreshold, totals) {
  docs.forEach((doc, d) => {
    const attributions = [];
    for (const { block, sentences } of blocks[d]) {
      const p = (b, i, cue, ruled) => {
        const features = [];
        cueFeatures(b, i, cue, ruled, (template, x, y) => features.push(featureIndex(template, x, y)));
        return probability(model, features);
      };
      const decide = (b, i, cue, ruled) => p(b, i, cue, ruled) >= threshold;
      const confident = (b, i, cue) => p(b, i, cue, false) >= nounThreshold;
      for (const a of find(block.text, sentences, { decide, extend: (_b, _i, _lemma, c0, c1) => [c0, c1], confident })) {
        const shift = (span) => span && { start: span.start + block.start, end: span.end + block.start };
        attributions.push({ ...a, cue: shift(a.cue), source: shift(a.source), content: shift(a.content) });
      }
    }
    const counts = scoreDocument(doc.text, predictedRelations(attributions), doc.annotations[0]);
    for (const role of targetRoles) {
      const t = (totals[role] ??= { tp: 0, predicted: 0, gold: 0 });
      t.tp += counts[role].tp;
      t.predicted += counts[role].predicted;
      t.gold += counts[role].gold;
    }
  });
  return totals;
}

/** The evaluation's three targets: exact cue, exact source, content token overlap. */
const targetRoles = ['cue', 'source', 'contentTokens'];

/** The mean F1 of the targets over the counts of all folds. */
const meanF1 = (totals) => targetRoles.reduce((sum, role) => sum + (2 * totals[role].tp) / (totals[role].predicted + totals[role].gold), 0) / targetRoles.length;

/**
 * The threshold with the best held-out mean F1 of the targets, then the noun-reading threshold given
 * it. Each fifth of the documents is held out from a model fitted on the other four, and the counts
 * of all five are added: one fifth alone left the choice to a few borderline words, so that a small
 * change to the rules swung it from one end of the plateau to the other. The mean of the targets,
 * not cue F1 alone, since a stricter threshold that wins a little cue precision loses content.
 */
function bestThresholds(perDoc, docs) {
  const analyzer = new Analyzer();
  const folds = [0, 1, 2, 3, 4].map((fold) => {
    const held = docs.filter((_, k) => k % 5 === fold);
    return {
      model: fit(perDoc.filter((_, k) => k % 5 !== fold).flat()),
      docs: held,
      blocks: held.map((doc) => analyzer.blocks(doc.text, 'plaintext').map((block) => ({ block, sentences: tokenize(block.text) }))),
    };
  });
  const byRole = new Map();
  const f = (threshold, nounThreshold) => {
    const totals = {};
    for (const fold of folds) heldOutCounts(fold.model, fold.blocks, fold.docs, threshold, nounThreshold, totals);
    byRole.set(`${threshold}/${nounThreshold}`, targetRoles.map((role) => ((200 * totals[role].tp) / (totals[role].predicted + totals[role].gold)).toFixed(2)).join(' / '));
    return meanF1(totals);
  };
  // F1 is flat near its peak, so the threshold is the centre of the best three neighbouring grid points.
  const grid = [];
  for (let k = 3; k <= 15; k++) grid.push({ t: k / 20, f: f(k / 20, 1.01) });
  let best = { threshold: 0.5, nounThreshold: 1.01, f: 0 };
  let bestSmoothed = 0;
  for (let k = 1; k + 1 < grid.length; k++) {
    const smoothed = (grid[k - 1].f + grid[k].f + grid[k + 1].f) / 3;
    if (smoothed > bestSmoothed) [bestSmoothed, best] = [smoothed, { ...best, threshold: grid[k].t, f: grid[k].f }];
  }
  for (let k = Math.round(best.threshold * 20); k <= 19; k++) {
    const score = f(best.threshold, k / 20);
    if (score > best.f) best = { ...best, nounThreshold: k / 20, f: score };
  }
  return { ...best, byRole: byRole.get(`${best.threshold}/${best.nounThreshold}`) };
}

const allDocs = loadSplit(join(dataDir, 'train'));
const heldFold = args.includes('--holdout') ? 4 : args.includes('--fold') ? Number(opt('fold', 0)) : -1;
const docs = heldFold >= 0 ? allDocs.filter((_, k) => k % 5 !== heldFold) : allDocs;
const perDoc = examples(docs);
const { threshold, nounThreshold, f, byRole } = bestThresholds(perDoc, docs);
const all = perDoc.flat();
const model = fit(all);
console.log(`train-attributions: ${all.length} examples (${all.filter((r) => r.y).length} cues), ${Object.keys(model.weights).length} weights; cross-validated mean F1 of cue, source and content tokens ${(100 * f).toFixed(2)} (${byRole}) at threshold ${threshold} (noun-like words without a subject: ${nounThreshold})`);
if (!args.includes('--dry')) {
  const file = { format: 1, bias: model.bias, threshold, nounThreshold, hashBits, weights: model.weights, extents: extentTable() };
  writeFileSync(
    outFile,
    '// Generated by scripts/train-attributions.mjs (npm run train:attributions); do not edit by hand.\n' +
      "import type { CueModelFile } from './cueModel.js';\n\n" +
      // A JSON string: V8 reads it several times faster than the same object literal, and the
      // language server and every CLI worker load it at start (core load 147 → 107 ms here).
      `export const cueWeights: CueModelFile = JSON.parse(${JSON.stringify(JSON.stringify(file))});\n`,
  );
  console.log(`train-attributions: wrote ${outFile}`);
}
