// PolNeAR evaluation of the attribution extractor: cue, source and content, exact F1 and
// token-overlap F1. Imported by scripts/eval.mjs; also runnable alone:
//   npx tsx scripts/eval/attribution.mjs [--split dev|train|holdout] [--shared ../shared/eval]
// (alone it uses dist/cli.js when built, else the analysis core through tsx). `holdout` is every fifth
// training document (k % 5 === 4), which `npm run train:attributions -- --holdout` leaves out.
//
// Gold: brat standoff, `text/NAME.txt` and `attributions/NAME_<annotator>.ann`. Relations are the
// E lines (Attribution or Attribution-no-source) with their Cue, Source* and Content* T lines; a T
// span may be discontinuous ("a b;c d"). Discard and Discuss spans are not relations and are ignored.
//
// Several annotators: a document annotated by k annotators is scored against each of them and the
// counts (true positives, predicted, gold) are divided by k, so every document weighs the same and
// no annotator is preferred. Scores are micro-averaged over documents.
//
// Spans are compared after trimming whitespace, quote marks and punctuation at both ends of every
// part. Predicted attributions that share a cue span are one relation whose content is the union
// of their contents (a quote continued after "she said." is reported as a second attribution with the
// same cue); a predicted cue of zero length (an unattributed quote) counts for content only.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const trimmable = /[\s"'“”‘’«»„‟‹›`.,;:!?()[\]{}\-–—…]/u;

/** Trims whitespace, quote marks and punctuation at both ends of text[start, end). */
export function trimSpan(text, start, end) {
  while (start < end && trimmable.test(text[start])) start++;
  while (end > start && trimmable.test(text[end - 1])) end--;
  return [start, end];
}

/** The key of a span's parts after trimming, as the evaluation compares them; null when all parts trim away. */
export function spanKey(text, parts) {
  const trimmed = parts.map(([a, b]) => trimSpan(text, a, b)).filter(([a, b]) => b > a);
  trimmed.sort((x, y) => x[0] - y[0]);
  return trimmed.length ? trimmed.map(([a, b]) => `${a}-${b}`).join(';') : null;
}

/** Parses one brat .ann file into relations with span parts per role. */
export function parseAnn(source) {
  const spans = new Map();
  const relations = [];
  for (const line of source.split('\n')) {
    const fields = line.split('\t');
    if (/^T\d+$/.test(fields[0]) && fields.length >= 2) {
      const [label, ...rest] = fields[1].split(' ');
      const parts = rest.join(' ').split(';').map((p) => p.trim().split(/\s+/).map(Number));
      spans.set(fields[0], { label, parts });
    } else if (/^E\d+$/.test(fields[0]) && fields.length >= 2) {
      const relation = { cue: [], source: [], content: [] };
      let kind = null;
      for (const arg of fields[1].trim().split(/\s+/)) {
        const [role, id] = arg.split(':');
        if (!kind) kind = role;
        const ref = () => spans.get(id)?.parts ?? [];
        if (/^Cue\d*$/.test(role)) relation.cue.push(...ref());
        else if (/^Source\d*$/.test(role)) relation.source.push(...ref());
        else if (/^Content\d*$/.test(role)) relation.content.push(...ref());
      }
      if (kind === 'Attribution' || kind === 'Attribution-no-source') relations.push(relation);
    }
  }
  return relations;
}

/** Documents of one split: `{ name, text, annotations: relations[][] }` (one list per annotator). */
export function loadSplit(dir) {
  const byName = new Map();
  for (const file of readdirSync(path.join(dir, 'attributions')).sort()) {
    if (!file.endsWith('.ann')) continue;
    const name = file.replace(/_[0-9a-z]+\.ann$/i, '');
    if (!byName.has(name)) {
      const text = readFileSync(path.join(dir, 'text', `${name}.txt`), 'utf8');
      byName.set(name, { name, text, annotations: [] });
    }
    byName.get(name).annotations.push(parseAnn(readFileSync(path.join(dir, 'attributions', file), 'utf8')));
  }
  return [...byName.values()];
}

/** Predicted relations from the extract output: attributions grouped by cue span. */
export function predictedRelations(attributions) {
  const byCue = new Map();
  const out = [];
  for (const a of attributions) {
    const empty = a.cue.end <= a.cue.start;
    const key = `${a.cue.start}-${a.cue.end}`;
    let relation = empty ? undefined : byCue.get(key);
    if (!relation) {
      relation = { cue: empty ? [] : [[a.cue.start, a.cue.end]], source: a.source ? [[a.source.start, a.source.end]] : [], content: [] };
      out.push(relation);
      if (!empty) byCue.set(key, relation);
    }
    relation.content.push([a.content.start, a.content.end]);
  }
  return out;
}

function multisetMatch(predictedKeys, goldKeys) {
  const pool = new Map();
  for (const k of goldKeys) pool.set(k, (pool.get(k) ?? 0) + 1);
  let tp = 0;
  for (const k of predictedKeys) {
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(k, n - 1);
    }
  }
  return { tp, predicted: predictedKeys.length, gold: goldKeys.length };
}

/** Indices of whitespace tokens of `text` overlapping any of the (trimmed) span parts. */
function tokenSet(text, tokenStarts, tokenEnds, parts) {
  const set = new Set();
  for (const [a0, b0] of parts) {
    const [a, b] = trimSpan(text, a0, b0);
    if (b <= a) continue;
    // Binary search for the first token ending after a.
    let lo = 0;
    let hi = tokenEnds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokenEnds[mid] <= a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokenStarts.length && tokenStarts[i] < b; i++) set.add(i);
  }
  return set;
}

/** Scores one document's predicted relations against one annotator's relations. */
export function scoreDocument(text, predicted, gold) {
  const keys = (relations, role) => relations.map((r) => spanKey(text, r[role])).filter((k) => k !== null);
  const counts = {
    cue: multisetMatch(keys(predicted, 'cue'), keys(gold, 'cue')),
    source: multisetMatch(keys(predicted, 'source'), keys(gold, 'source')),
    content: multisetMatch(keys(predicted, 'content'), keys(gold, 'content')),
  };
  const starts = [];
  const ends = [];
  for (const m of text.matchAll(/\S+/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const p = tokenSet(text, starts, ends, predicted.flatMap((r) => r.content));
  const g = tokenSet(text, starts, ends, gold.flatMap((r) => r.content));
  let both = 0;
  for (const i of p) if (g.has(i)) both++;
  counts.contentTokens = { tp: both, predicted: p.size, gold: g.size };
  return counts;
}

const f1 = ({ tp, predicted, gold }) => {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p: 100 * p, r: 100 * r, f: p + r ? (200 * p * r) / (p + r) : 0 };
};

const fmt = (x) => Math.round(x * 10) / 10;

/** Adds one document's counts by role into running totals, each count divided by `k`. */
function addCounts(totals, counts, k = 1) {
  for (const [role, c] of Object.entries(counts)) {
    const t = (totals[role] ??= { tp: 0, predicted: 0, gold: 0 });
    t.tp += c.tp / k;
    t.predicted += c.predicted / k;
    t.gold += c.gold / k;
  }
}

/**
 * How far annotators agree with each other: on the documents with two or more annotators, each
 * annotator's relations scored against each other annotator's, counts summed over ordered pairs.
 * Exact-span scores are read against it: spans that people draw differently cannot all be matched.
 */
export function annotatorAgreement(docs) {
  const shared = docs.filter((d) => d.annotations.length > 1);
  const totals = {};
  for (const doc of shared) {
    for (let i = 0; i < doc.annotations.length; i++) {
      for (let j = 0; j < doc.annotations.length; j++) if (i !== j) addCounts(totals, scoreDocument(doc.text, doc.annotations[i], doc.annotations[j]));
    }
  }
  return { documents: shared, totals };
}

export async function evaluate({ extract, sharedDir, split = 'dev' }) {
  const title = `Attribution: PolNeAR ${split}`;
  // scripts/eval.mjs passes ../shared/eval; ../shared itself is accepted too.
  const candidates = sharedDir ? [path.join(sharedDir, 'attribution'), path.join(sharedDir, 'eval', 'attribution')] : [];
  const base = candidates.find((c) => existsSync(c));
  const dir = base ? path.join(base, 'polnear', split === 'holdout' ? 'train' : split) : null;
  if (!dir || !existsSync(path.join(dir, 'attributions'))) {
    return { title, rows: [{ metric: 'status', value: `skipped: ${dir ?? path.join(sharedDir ?? '../shared/eval', 'attribution/polnear')} is absent` }] };
  }
  const docs = loadSplit(dir).filter((_, k) => split !== 'holdout' || k % 5 === 4);
  const outputs = await extract(docs.map((d) => ({ id: d.name, text: d.text })));
  const byId = new Map(outputs.map((o) => [o.id, o]));
  const totals = {};
  let goldRelations = 0;
  for (const doc of docs) {
    const predicted = predictedRelations(byId.get(doc.name)?.attributions ?? []);
    const k = doc.annotations.length;
    for (const gold of doc.annotations) {
      goldRelations += gold.length / k;
      addCounts(totals, scoreDocument(doc.text, predicted, gold), k);
    }
  }
  const rows = [];
  const add = (metric, counts, target) => {
    const s = f1(counts);
    rows.push({ metric: `${metric} F1`, value: fmt(s.f), ...(target ? { target } : {}) });
    rows.push({ metric: `${metric} precision / recall`, value: `${fmt(s.p)} / ${fmt(s.r)}` });
  };
  add('cue exact', totals.cue, '≥ 85');
  add('source exact', totals.source, '≥ 85');
  add('content token-overlap', totals.contentTokens, '≥ 85');
  add('content exact', totals.content);
  rows.push({ metric: 'documents / gold relations (annotator-averaged)', value: `${docs.length} / ${Math.round(goldRelations)}` });
  if (split === 'dev') rows.push(...agreementRows(docs, byId, path.join(base, 'polnear', 'train')));
  return {
    title,
    rows,
    notes:
      'Spans are compared after trimming whitespace, quote marks and punctuation at both ends. A document with k annotators ' +
      'is scored against each and its counts divided by k. Predicted attributions sharing a cue form one relation; ' +
      'token overlap counts whitespace tokens of the text covered by predicted and by gold content spans. Annotator ' +
      'agreement scores each annotator of a document against each other one (all ordered pairs summed), on the ' +
      'documents that several annotators marked: how differently people draw the same spans, which the ' +
      'targets should be read against.',
  };
}

/**
 * Rows comparing the extractor with the annotators: their agreement on dev's documents with several
 * annotators and the extractor's score on the same documents, and their agreement on train's (the
 * extractor is not scored there, since its cue model learned from those documents).
 */
function agreementRows(devDocs, outputsById, trainDir) {
  const triple = (t) => `${fmt(f1(t.cue).f)} / ${fmt(f1(t.source).f)} / ${fmt(f1(t.contentTokens).f)}`;
  const rows = [];
  const relationsOf = (documents) => documents.reduce((n, d) => n + d.annotations.reduce((m, a) => m + a.length, 0), 0);
  const dev = annotatorAgreement(devDocs);
  if (dev.documents.length) {
    const ours = {};
    for (const doc of dev.documents) {
      const predicted = predictedRelations(outputsById.get(doc.name)?.attributions ?? []);
      for (const gold of doc.annotations) addCounts(ours, scoreDocument(doc.text, predicted, gold));
    }
    rows.push({ metric: `annotator agreement, cue / source / content tokens F1 (dev, ${dev.documents.length} documents with 2+ annotators, ${relationsOf(dev.documents)} relations)`, value: triple(dev.totals) });
    rows.push({ metric: 'this extractor on the same documents, cue / source / content tokens F1', value: triple(ours) });
  }
  if (existsSync(path.join(trainDir, 'attributions'))) {
    const train = annotatorAgreement(loadSplit(trainDir));
    if (train.documents.length) {
      rows.push({ metric: `annotator agreement, cue / source / content tokens F1 (train, ${train.documents.length} documents with 2+ annotators, ${relationsOf(train.documents)} relations)`, value: triple(train.totals) });
    }
  }
  return rows;
}

/** Runs `factcheck extract` from dist/ when it is built, else the analysis core through tsx. */
async function defaultExtract(items) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const cli = path.join(root, 'dist', 'cli.js');
  if (existsSync(cli) && !process.env.FACTCHECK_EVAL_CORE) {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'extract'], { stdio: ['pipe', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
      child.on('error', reject);
      child.on('close', () => resolve(out.split('\n').filter(Boolean).map((line) => JSON.parse(line))));
      child.stdin.end(items.map((item) => JSON.stringify(item)).join('\n') + '\n');
    });
  }
  const { Analyzer } = await import(path.join(root, 'server', 'src', 'analysis', 'analyze.ts'));
  const analyzer = new Analyzer();
  return items.map((item) => ({ id: item.id, ...analyzer.analyze(item.text, 'plaintext') }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const result = await evaluate({ extract: defaultExtract, sharedDir: arg('--shared', path.resolve(root, '..', 'shared', 'eval')), split: arg('--split', 'dev') });
  console.log(`## ${result.title}\n`);
  console.log('| metric | value | target |\n|---|---|---|');
  for (const row of result.rows) console.log(`| ${row.metric} | ${row.value} | ${row.target ?? ''} |`);
  if (result.notes) console.log(`\n${result.notes}`);
}
