#!/usr/bin/env node
// Where the attribution finder's exact-span errors are: a census of PolNeAR that says what kind of
// error each unmatched cue and source is, so that work goes where the errors are. Run with tsx (it
// loads the analysis core's TypeScript):
//   npx tsx scripts/attribution-errors.mjs [--split train|dev] [--shared ../shared/eval] [--top N]
// `train` (the default) reads training folds 0-3 and never the hold-out fold (k % 5 === 4, see
// scripts/train-attributions.mjs). The cue model learned from these documents, so its scores here
// are higher than on unseen text; the census is about kinds of error, not about the score.
// `--top N` also prints the N most frequent missed cue strings, extent confusions and false alarms:
// those are the corpus's words, printed for reading and never to be copied into the project.
//
// Counts are weighted like `npm run eval`: a document with k annotators counts 1/k per annotator.
// Cue outcomes, per gold cue: exact (a predicted cue has the same span after trimming), extent (a
// predicted cue overlaps it with another span), missed (no predicted cue overlaps it); per predicted
// cue matching no gold cue exactly: extent or false alarm (no gold cue overlaps it). On documents
// that several people annotated, a false alarm against one annotator that another marks is counted
// too: a measure of how many false alarms are reports one annotator left out. A missed cue is
// "outside the lexicon" when none of its words is a word of the cue lexicon (lexicon.ts cueWords).
// Extent majority: for each predicted cue text, the gold cue texts it overlaps; the gain is how many
// more exact matches there would be if every predicted text were written as its most frequent gold
// text, which is what a better extent rule could win at most without reading context.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../server/src/analysis/analyze.ts';
import { cueWords } from '../server/src/analysis/attributions/lexicon.ts';
import { loadSplit, predictedRelations, spanKey as evaluationSpanKey, trimSpan } from './eval/attribution.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : fallback;
};
const split = opt('split', 'train');
const shared = path.resolve(opt('shared', path.join(root, '..', 'shared', 'eval')));
const top = Number(opt('top', 0));
const dir = path.join(shared, 'attribution', 'polnear', split);
if (!existsSync(path.join(dir, 'attributions'))) {
  console.error(`attribution-errors: ${dir} is absent`);
  process.exit(2);
}

/** Trimmed span parts as a key, as the evaluation compares them ('' when all parts trim away). */
const spanKey = (text, parts) => evaluationSpanKey(text, parts) ?? '';
const spanText = (text, parts) =>
  parts
    .map(([a, b]) => trimSpan(text, a, b))
    .filter(([a, b]) => b > a)
    .map(([a, b]) => text.slice(a, b))
    .join(' … ')
    .toLowerCase()
    .replace(/\s+/g, ' ');
const overlaps = (p, q) => p.some(([a0, b0]) => q.some(([a1, b1]) => a0 < b1 && a1 < b0));
const bump = (map, key, weight) => map.set(key, (map.get(key) ?? 0) + weight);

const docs = loadSplit(dir).filter((_, k) => split !== 'train' || k % 5 !== 4);
const analyzer = new Analyzer();
const cue = { exact: 0, extent: 0, missed: 0, missedOutsideLexicon: 0, predictedExtent: 0, falseAlarm: 0 };
/** False alarms on documents with several annotators, and how many of them another annotator marks. */
const multiple = { falseAlarms: 0, markedByAnother: 0 };
const source = { same: 0, bothNone: 0, overlapping: 0, disjoint: 0, predictedNone: 0, goldNone: 0 };
const missedTexts = new Map();
const falseAlarmTexts = new Map();
const confusions = new Map();
const goldByPredicted = new Map();

for (const doc of docs) {
  const predicted = predictedRelations(analyzer.analyze(doc.text, 'plaintext').attributions).filter((r) => r.cue.length);
  const weight = 1 / doc.annotations.length;
  for (const gold of doc.annotations) {
    const withCue = gold.filter((g) => spanKey(doc.text, g.cue));
    const goldKeys = new Set(withCue.map((g) => spanKey(doc.text, g.cue)));
    for (const g of withCue) {
      const key = spanKey(doc.text, g.cue);
      const same = predicted.find((p) => spanKey(doc.text, p.cue) === key);
      if (same) {
        cue.exact += weight;
        const gs = spanKey(doc.text, g.source);
        const ps = spanKey(doc.text, same.source);
        if (gs === ps) source[gs ? 'same' : 'bothNone'] += weight;
        else if (!gs) source.goldNone += weight;
        else if (!ps) source.predictedNone += weight;
        else source[overlaps(same.source, g.source) ? 'overlapping' : 'disjoint'] += weight;
        continue;
      }
      const near = predicted.find((p) => overlaps(p.cue, g.cue));
      if (near) {
        cue.extent += weight;
        bump(confusions, `${spanText(doc.text, near.cue)} -> ${spanText(doc.text, g.cue)}`, weight);
      } else {
        cue.missed += weight;
        const text = spanText(doc.text, g.cue);
        if (!text.split(/[\s…]+/).some((w) => cueWords.has(w))) cue.missedOutsideLexicon += weight;
        bump(missedTexts, text, weight);
      }
    }
    for (const p of predicted) {
      const text = spanText(doc.text, p.cue);
      const g = withCue.find((g) => overlaps(p.cue, g.cue));
      if (!goldByPredicted.has(text)) goldByPredicted.set(text, new Map());
      bump(goldByPredicted.get(text), g ? spanText(doc.text, g.cue) : null, weight);
      if (goldKeys.has(spanKey(doc.text, p.cue))) continue;
      if (g) cue.predictedExtent += weight;
      else {
        cue.falseAlarm += weight;
        bump(falseAlarmTexts, text, weight);
        if (doc.annotations.length > 1) {
          multiple.falseAlarms += weight;
          if (doc.annotations.some((other) => other !== gold && other.some((o) => o.cue.length && overlaps(p.cue, o.cue)))) multiple.markedByAnother += weight;
        }
      }
    }
  }
}

let majorityGain = 0;
for (const [text, golds] of goldByPredicted) {
  const exact = golds.get(text) ?? 0;
  const best = Math.max(0, ...[...golds].filter(([g]) => g !== null).map(([, n]) => n));
  if (best > exact) majorityGain += best - exact;
}

const round = (x) => Math.round(x);
const pct = (x, of) => `${((100 * x) / of).toFixed(1)}%`;
const goldCues = cue.exact + cue.extent + cue.missed;
const predictedCues = cue.exact + cue.predictedExtent + cue.falseAlarm;
console.log(`PolNeAR ${split}${split === 'train' ? ' folds 0-3' : ''}: ${docs.length} documents, ${round(goldCues)} gold cues, ${round(predictedCues)} predicted (annotator-weighted)`);
console.log(`gold cues: exact ${round(cue.exact)} (${pct(cue.exact, goldCues)}), other extent ${round(cue.extent)} (${pct(cue.extent, goldCues)}), missed ${round(cue.missed)} (${pct(cue.missed, goldCues)})`);
console.log(`missed cues with no word of the cue lexicon: ${round(cue.missedOutsideLexicon)} (${pct(cue.missedOutsideLexicon, cue.missed)} of the missed), ${missedTexts.size} distinct strings among all ${round(cue.missed)} missed`);
console.log(`predicted cues: exact ${round(cue.exact)}, other extent ${round(cue.predictedExtent)}, false alarms ${round(cue.falseAlarm)} (${pct(cue.falseAlarm, predictedCues)}), ${falseAlarmTexts.size} distinct strings`);
if (multiple.falseAlarms) console.log(`false alarms on documents with 2+ annotators: ${round(multiple.falseAlarms)}, of which another annotator of the same document marks ${pct(multiple.markedByAnother, multiple.falseAlarms)} as a cue`);
console.log(`extent majority: writing each predicted cue text as its most frequent gold text would add ${round(majorityGain)} exact cues (${pct(majorityGain, goldCues)} of gold)`);
const sourceTotal = Object.values(source).reduce((a, b) => a + b, 0);
console.log(
  `sources of exactly matched cues (${round(sourceTotal)}): same ${round(source.same + source.bothNone)} (${pct(source.same + source.bothNone, sourceTotal)}), ` +
    `overlapping ${round(source.overlapping)}, disjoint ${round(source.disjoint)}, none predicted ${round(source.predictedNone)}, none in gold ${round(source.goldNone)}`,
);
if (top > 0) {
  const list = (title, map) => {
    console.log(`\n${title}`);
    for (const [text, n] of [...map].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`${n.toFixed(1).padStart(7)}  ${text}`);
  };
  list('missed cues', missedTexts);
  list('extent confusions (predicted -> gold)', confusions);
  list('false alarms', falseAlarmTexts);
}
