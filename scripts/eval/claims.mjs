// Check-worthiness evaluation of the claim scorer: CLEF CheckThat! 2024 task 1 English (dev and
// dev-test) and the ClaimBuster two-class test set. Imported by scripts/eval.mjs; also runnable
// alone with `npx tsx scripts/eval/claims.mjs [--shared DIR]` (it then calls the analysis core
// directly instead of `factcheck extract`).
//
// Each sentence is sent alone as one text. The text counts as check-worthy when any of its claims
// is, and its score is the highest claim score. The measure is positive-class F1, as in the
// CheckThat! task, plus average precision, which does not depend on the threshold.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Rows of a CheckThat! TSV; one train line holds two rows run together, so rows are matched by pattern. */
export function readCheckThat(file) {
  const body = readFileSync(file, 'utf8').split('\n').slice(1).join('\n');
  const rows = [];
  const re = /(?:^|\n|(?<=\t(?:Yes|No)))(\d+)\t([^\t\n]*)\t(Yes|No)(?=\s|$|\d)/g;
  for (const m of body.matchAll(re)) rows.push({ id: m[1], text: m[2], label: m[3] === 'Yes' });
  return rows;
}

const normalise = (s) => s.toLowerCase().replace(/^["\s]+|["\s]+$/g, '').replace(/\s+/g, ' ');

/** Positive-class precision, recall and F1. */
export function prf(predicted, gold) {
  let tp = 0, fp = 0, fn = 0;
  predicted.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Average precision of the ranking by score (ties broken by input order). */
export function averagePrecision(scores, gold) {
  const order = scores.map((s, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  let hits = 0;
  let sum = 0;
  order.forEach((i, rank) => {
    if (gold[i]) {
      hits++;
      sum += hits / (rank + 1);
    }
  });
  return hits ? sum / hits : 0;
}

async function judge(extract, rows) {
  const lines = await extract(rows.map((r, i) => ({ id: i, text: r.text })));
  const predicted = lines.map((l) => (l.claims ?? []).some((c) => c.checkWorthy));
  const scores = lines.map((l) => Math.max(0, ...(l.claims ?? []).map((c) => c.score)));
  const gold = rows.map((r) => r.label);
  return { ...prf(predicted, gold), ap: averagePrecision(scores, gold), n: rows.length, positives: gold.filter(Boolean).length };
}

const f = (x) => x.toFixed(3);

export async function evaluate({ extract, sharedDir }) {
  const dir = join(sharedDir, 'claims');
  const title = 'Claims: check-worthiness (CheckThat! 2024 English, ClaimBuster)';
  const checkThat = join(dir, 'checkthat2024');
  if (!existsSync(join(checkThat, 'dev-test.tsv'))) {
    return { title, rows: [], notes: `No claims data at ${dir}; nothing measured.` };
  }
  const rows = [];
  for (const [split, target] of [['dev-test', '≥ 0.760'], ['dev', undefined]]) {
    const data = readCheckThat(join(checkThat, split + '.tsv'));
    const r = await judge(extract, data);
    const everything = prf(data.map(() => true), data.map((d) => d.label));
    rows.push({ metric: `CheckThat! ${split} positive-class F1 (${r.n} sentences, ${r.positives} check-worthy)`, value: f(r.f1), target });
    rows.push({ metric: `CheckThat! ${split} precision / recall`, value: `${f(r.precision)} / ${f(r.recall)}` });
    rows.push({ metric: `CheckThat! ${split} average precision`, value: f(r.ap) });
    rows.push({ metric: `CheckThat! ${split} F1 of "every sentence is check-worthy"`, value: f(everything.f1) });
  }
  const notes = [
    'Each sentence is one `extract` input; it counts as check-worthy when any of its claims is.',
    'The scorer is trained on CheckThat! 2024 train only (`npm run train:claims`); its settings and threshold are tuned on the newest train debates, so dev and dev-test are unseen.',
  ];
  const busterFile = join(dir, 'claimbuster', 'claimspotter_two_class_test.json');
  if (existsSync(busterFile)) {
    const buster = JSON.parse(readFileSync(busterFile, 'utf8')).map((x) => ({ text: x.text, label: x.label === 1 }));
    const r = await judge(extract, buster);
    rows.push({ metric: `ClaimBuster two-class test F1 (${r.n} sentences)`, value: f(r.f1) });
    const trainFile = join(checkThat, 'train.tsv');
    if (existsSync(trainFile)) {
      const seen = new Set(readCheckThat(trainFile).map((t) => normalise(t.text)));
      const unseen = buster.filter((b) => !seen.has(normalise(b.text)));
      const u = await judge(extract, unseen);
      rows.push({ metric: `ClaimBuster two-class test F1, sentences not in CheckThat! train (${u.n})`, value: f(u.f1) });
      notes.push(
        `ClaimBuster comes from the same debates as CheckThat! train: ${buster.length - unseen.length} of its ${buster.length} test sentences are training sentences, so its first F1 measures fit, not generalisation.`,
      );
    }
  }
  return { title, rows, notes: notes.join(' ') };
}

// Run alone: score through the analysis core (no build needed).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const i = process.argv.indexOf('--shared');
  const sharedDir = i >= 0 ? resolve(process.argv[i + 1]) : join(root, '..', 'shared', 'eval');
  const { analyzeText } = await import(pathToFileURL(join(root, 'server/src/analysis/analyze.ts')).href);
  const extract = async (items) => items.map((item) => ({ id: item.id, ...analyzeText(item.text, 'plaintext') }));
  const result = await evaluate({ extract, sharedDir });
  console.log(`${result.title}\n`);
  for (const row of result.rows) console.log(`${row.metric}: ${row.value}${row.target ? ` (target ${row.target})` : ''}`);
  if (result.notes) console.log(`\n${result.notes}`);
}
