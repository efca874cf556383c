// Figure finder evaluation. Imported by scripts/eval.mjs; also runnable alone, in which case the
// analysis core is bundled with esbuild and run in-process (no `npm run build` needed):
//   node scripts/eval/figures.mjs [--shared DIR] [--verbose]
//
// 1. NewsQuant dev (figures/newsquant-dev.json): value F1 and value+unit F1, scored the way CQE's
//    evaluate_models.py scores NewsQuant:
//    - Predictions are every figure except kind `date` and `ordinal` (NewsQuant annotates no dates).
//    - Per sentence, gold quantities are taken in order of their normalised unit; each one is compared
//      with the predictions in turn. The first prediction whose value matches counts one correct value
//      (at most as many as there are gold quantities in the sentence); if its unit also matches it counts
//      one correct value+unit and is used up; otherwise the search goes on. P = correct / predictions,
//      R = correct / gold.
//    - Values match within 1e-6 relative (1e-9 absolute). A gold value "a-b" is a range and matches only
//      a predicted range with the same sorted low/high pair; a prediction with `low`/`high` (a range, or
//      "dozens of", read as 12-120) is compared as that pair, otherwise by `value`.
//    - Units match after normalisation on both sides (CQE compares its normalised unit names; our units
//      are symbols and ISO codes): currencies by ISO 4217 code ($, US$, dollar, USD are all USD),
//      %/percent/percentage/pc, measures by symbol (kilometre/km/kilometer), durations by unit word,
//      ages ("year of age") by age, rates as "unit per unit", "times"/"fold"/"count" as count, and
//      for counted nouns the head noun in the singular. Gold "-" matches a figure without a unit. The
//      gold unit "p" normalised to "point" is a UK penny price ("164p") and is read as pence.
// 2. Recognizers-Text English specs (figures/recognizers-text-specs: Number/NumberModel, PercentModel,
//    OrdinalModel; NumberWithUnit/Age, Currency, Dimension, Temperature), skipping cases whose
//    NotSupported or NotSupportedByDesign names javascript. A case is fully right when every expected
//    result that has a value is matched by a distinct figure of the model's category whose span overlaps
//    it and whose value (or range end) matches, with the same unit after normalisation for the
//    NumberWithUnit models, and no figure of that category is left over. The category of a model:
//    Number, every figure except dates and ordinals; Percent, kind percent; Ordinal, kind ordinal; Age,
//    figures with `age`; Currency, kind money; Temperature, measures in °C, °F or °; Dimension, the other
//    measures. Expected results without a value (a bare unit such as "fahrenheit") are not required,
//    since the finder reports figures, not unit mentions.
// 3. quantulum3's English test cases (figures/quantulum3/quantities.json and
//    quantities.ambiguity.json): value F1 and value+unit F1 as for NewsQuant, its unit names
//    normalised the same way; its "dimensionless" is matched by a figure with no unit or a count.
// 4. Throughput of the figure finder alone (scripts/bench/finder.mjs): the BBC corpus is split into
//    paragraphs and tokenised first (not timed); then `findFigures` runs over every sentence, pass
//    after pass, and the median pass is reported (MB/s divides the corpus's UTF-8 bytes by its time).
import { existsSync, readFileSync, readdirSync, statSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import { finderThroughput } from '../bench/finder.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// ---------------------------------------------------------------------------------------------
// Unit normalisation shared by both benchmarks.

const unitSynonyms = new Map();
/** Canonical symbols by their exact spelling, so "MB" (megabyte) and "Mb" (megabit) stay apart. */
const exactUnits = new Map();
function synonyms(canonical, ...spellings) {
  exactUnits.set(canonical, canonical);
  for (const s of [canonical, ...spellings]) if (!unitSynonyms.has(s.toLowerCase())) unitSynonyms.set(s.toLowerCase(), canonical);
}
// Currencies (ISO 4217, plus cent and pence, which both benchmarks keep as units of their own).
synonyms('USD', '$', 'us$', 'u.s.$', 'dollar', 'dollars', 'us dollar', 'united states dollar', '$ us', 'us $', 'usd');
synonyms('CAD', 'c$', 'canadian dollar', 'c $', 'cad');
synonyms('AUD', 'a$', 'au$', 'au $', 'australian dollar', 'aud');
synonyms('NZD', 'nz$', 'nz $', 'new zealand dollar', 'nzd');
synonyms('HKD', 'hk$', 'hk $', 'hong kong dollar', 'hkd');
synonyms('SGD', 's$', 's $', 'singaporean dollar', 'singapore dollar', 'sgd');
synonyms('EUR', '€', 'euro', 'euros', 'eur');
synonyms('GBP', '£', 'pound sterling', 'sterling', 'gbp', '$ sterling');
synonyms('GBX', 'pence', 'penny', 'p');
synonyms('cent', 'cents', '¢');
synonyms('JPY', '¥', 'y', 'japanese yen', 'yen', 'jpy');
synonyms('CNY', 'chinese yuan', 'yuan', 'rmb', 'renminbi', 'cny', '元');
synonyms('ILS', 'shekel', 'israeli new shekel', 'ils');
synonyms('DKK', 'danish krone', 'dkk');
synonyms('MYR', 'malaysian ringgit', 'rm', 'myr');
synonyms('HRK', 'croatian kuna', 'kn', 'hrk');
synonyms('INR', 'rupee', 'indian rupee', 'inr');
synonyms('CHF', 'franc', 'swiss franc', 'chf');
synonyms('ESP', 'peseta');
synonyms('FIM', 'finnish markka');
synonyms('NLG', 'netherlands guilder', 'dutch guilder');
synonyms('CRC', 'costa rican colón');
synonyms('GEL', 'georgian lari');
synonyms('LAK', 'lao kip');
synonyms('LKR', 'sri lankan rupee');
synonyms('RUB', 'russian ruble', 'ruble', 'rouble');
// Percent.
synonyms('%', 'percent', 'percentage', 'per cent', 'pc', 'pct');
synonyms('pp', 'percentage point', 'percentage points');
synonyms('bp', 'basis point', 'basis points');
// Measures.
synonyms('km', 'kilometre', 'kilometer');
synonyms('m', 'metre', 'meter');
synonyms('cm', 'centimetre', 'centimeter');
synonyms('mm', 'millimetre', 'millimeter');
synonyms('dm', 'decimetre', 'decimeter');
synonyms('μm', 'micrometre', 'micrometer', 'µm');
synonyms('pm', 'picometre', 'picometer');
synonyms('mi', 'mile');
synonyms('ft', 'foot', 'feet');
synonyms('in', 'inch');
synonyms('yd', 'yard');
synonyms('km²', 'square kilometre', 'square kilometer');
synonyms('m²', 'square metre', 'square meter', 'sq m', 'sqm');
synonyms('ft²', 'square foot', 'sq ft');
synonyms('mi²', 'square mile');
synonyms('ha', 'hectare');
synonyms('acre', 'acres');
synonyms('l', 'litre', 'liter');
synonyms('ml', 'millilitre', 'milliliter');
synonyms('gal', 'gallon');
synonyms('pt', 'pint');
synonyms('qt', 'quart');
synonyms('dr', 'dram');
synonyms('bbl', 'barrel');
synonyms('ft³', 'cubic foot');
synonyms('kg', 'kilogram');
synonyms('g', 'gram');
synonyms('mg', 'milligram');
synonyms('μg', 'microgram');
synonyms('t', 'ton', 'tonne', 'metric ton');
synonyms('lb', 'pound-mass');
synonyms('oz', 'ounce');
synonyms('mph', 'mile per hour', 'm.p.h');
synonyms('km/h', 'kilometer per hour', 'kilometre per hour');
synonyms('mpg', 'mile per gallon');
synonyms('°C', 'celsius', 'c');
synonyms('°F', 'fahrenheit', 'f');
synonyms('°', 'degree');
synonyms('W', 'watt');
synonyms('kW', 'kilowatt');
synonyms('MW', 'megawatt');
synonyms('kWh', 'kilowatt hour');
synonyms('hp', 'horsepower');
synonyms('Hz', 'hertz');
synonyms('dB', 'decibel');
synonyms('ksi', 'kilopound per square inch');
synonyms('MPa', 'megapascal');
synonyms('ppm', 'part per million', 'parts-per-million');
synonyms('ppb', 'parts-per-billion', 'part per billion');
synonyms('GB', 'gigabyte');
synonyms('MB', 'megabyte');
synonyms('Mb', 'megabit');
synonyms('bit', 'bit');
synonyms('G', 'generation wireless');
synonyms('ppg', 'point per game');
synonyms('rpg', 'rebound per game');
synonyms('apg', 'assist per game');
// Durations.
for (const u of ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']) synonyms(u, u + 's');
synonyms('age:year', 'year of age');
// Counts.
synonyms('count', 'times', 'time', 'fold');

function singular(word) {
  const w = word.toLowerCase();
  if (/(people|police|staff|personnel|cattle|sheep|fish|data|media|military|aircraft)$/.test(w)) return w;
  if (w.endsWith('men')) return w.slice(0, -3) + 'man';
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** One unit written in words or as a symbol, to its canonical form; an unknown one is a counted noun. */
function canonicalSimple(unit) {
  if (exactUnits.has(unit.trim())) return exactUnits.get(unit.trim());
  const u = unit.trim().toLowerCase();
  if (u === '' || u === '-') return '-';
  if (unitSynonyms.has(u)) return unitSynonyms.get(u);
  const s = singular(u);
  if (unitSynonyms.has(s)) return unitSynonyms.get(s);
  const words = u.split(/\s+/);
  return singular(words[words.length - 1]);
}

/** A possibly compound unit ("dollar per square foot") to "USD/ft²". */
export function canonicalUnit(unit) {
  if (unit == null) return '-';
  // Units whose names contain "per" ("mile per hour", "point per game") are one unit, not a rate.
  if (unitSynonyms.has(String(unit).trim().toLowerCase())) return unitSynonyms.get(String(unit).trim().toLowerCase());
  const parts = String(unit).split(/ per | a (?=\w)|(?<=\S) an (?=\w)/);
  if (parts.length === 2) return canonicalSimple(parts[0]) + '/' + canonicalSimple(parts[1]);
  return canonicalSimple(String(unit));
}

/** The canonical unit of one predicted figure. */
export function predictedUnit(f) {
  let base;
  if (f.unit == null) base = '-';
  else if (f.kind === 'count') base = canonicalSimple(f.unit);
  else if (f.age) base = 'age:' + canonicalSimple(f.unit);
  else base = canonicalSimple(f.unit);
  return f.per ? base + '/' + canonicalSimple(f.per) : base;
}

/** The canonical unit of one NewsQuant gold quantity. */
function goldUnit(q) {
  if (q.unit === 'p' && q.normalized_unit === 'point') return 'GBX';
  return canonicalUnit(q.normalized_unit);
}

// ---------------------------------------------------------------------------------------------
// Values.

function close(a, b) {
  return Math.abs(a - b) <= Math.max(1e-9, 1e-6 * Math.max(Math.abs(a), Math.abs(b)));
}

/** A gold value: a number, or a [low, high] pair for "a-b" (CQE's rule: a dash not at the start, no exponent). */
function goldValue(v) {
  const s = String(v).trim();
  if (!s.startsWith('-') && !/e/i.test(s) && s.includes('-')) {
    const [a, b] = s.split('-').map((x) => Number(x.trim()));
    return [Math.min(a, b), Math.max(a, b)];
  }
  return Number(s);
}

function predictedValue(f) {
  if (typeof f.low === 'number' && typeof f.high === 'number') return [f.low, f.high];
  return f.value;
}

function valuesMatch(gold, predicted) {
  if (predicted === null || predicted === undefined) return false;
  if (Array.isArray(gold) !== Array.isArray(predicted)) return false;
  if (Array.isArray(gold)) return close(gold[0], predicted[0]) && close(gold[1], predicted[1]);
  return close(gold, predicted);
}

function f1(correct, gold, predicted) {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: +(100 * p).toFixed(1), r: +(100 * r).toFixed(1), f1: +(100 * f).toFixed(1) };
}

/** CQE's NewsQuant scoring (see the header); `unitMatches` decides the unit of a value match. */
export function scoreNewsQuant(items, outputs, { verbose = false, unitMatches = (gu, f) => predictedUnit(f) === gu } = {}) {
  let gold = 0;
  let predicted = 0;
  let correctValue = 0;
  let correctUnit = 0;
  const misses = [];
  items.forEach((item, index) => {
    const preds = (outputs[index]?.figures ?? []).filter((f) => f.kind !== 'date' && f.kind !== 'ordinal');
    gold += item.quantities.length;
    predicted += preds.length;
    let remaining = preds.slice();
    let valueBudget = item.quantities.length;
    const golds = item.quantities.slice().sort((a, b) => (a.normalized_unit < b.normalized_unit ? -1 : a.normalized_unit > b.normalized_unit ? 1 : 0));
    for (const q of golds) {
      const gv = goldValue(q.value);
      const gu = goldUnit(q);
      let valueHit = false;
      let unitHit = false;
      for (const f of remaining) {
        if (!valuesMatch(gv, predictedValue(f))) continue;
        if (valueBudget > 0 && !valueHit) {
          correctValue++;
          valueBudget--;
        }
        valueHit = true;
        if (unitMatches(gu, f)) {
          correctUnit++;
          unitHit = true;
          remaining = remaining.filter((x) => x !== f);
          break;
        }
      }
      if (verbose && !unitHit) misses.push(`  miss ${valueHit ? 'unit' : 'value'}: ${q.value} ${gu} | ${item.text}`);
    }
    if (verbose) {
      for (const f of remaining) {
        if (!item.quantities.some((q) => valuesMatch(goldValue(q.value), predictedValue(f)))) misses.push(`  extra: ${JSON.stringify(f.text)} ${predictedValue(f)} ${predictedUnit(f)} | ${item.text}`);
      }
    }
  });
  return { gold, predicted, value: f1(correctValue, gold, predicted), unit: f1(correctUnit, gold, predicted), misses };
}

// ---------------------------------------------------------------------------------------------
// quantulum3's English test cases (quantities.json, quantities.ambiguity.json), scored like NewsQuant.

synonyms('°C', 'degree celsius');
synonyms('°F', 'degree fahrenheit');

/**
 * quantulum3 cases as NewsQuant items. Its "dimensionless" unit (a bare number, or a count of things
 * it does not know as units) is matched by a predicted figure with no unit or by a count of any noun.
 */
function quantulumItems(cases) {
  return cases.map((c) => ({ text: c.req, quantities: c.res.map((r) => ({ value: r.value, normalized_unit: r.unit === 'dimensionless' ? '-' : r.unit })) }));
}

const quantulumUnitMatches = (gu, f) => (gu === '-' ? f.unit == null || f.kind === 'count' : predictedUnit(f) === gu);

export function scoreQuantulum(cases, outputs, options = {}) {
  return scoreNewsQuant(quantulumItems(cases), outputs, { ...options, unitMatches: quantulumUnitMatches });
}

// ---------------------------------------------------------------------------------------------
// Recognizers-Text specs.

const rtModels = [
  ['Number/NumberModel.json', 'number'],
  ['Number/PercentModel.json', 'percent'],
  ['Number/OrdinalModel.json', 'ordinal'],
  ['NumberWithUnit/AgeModel.json', 'age'],
  ['NumberWithUnit/CurrencyModel.json', 'currency'],
  ['NumberWithUnit/DimensionModel.json', 'dimension'],
  ['NumberWithUnit/TemperatureModel.json', 'temperature'],
];

const temperatureUnits = new Set(['°C', '°F', '°']);

function inCategory(f, model) {
  switch (model) {
    case 'number': return f.kind !== 'date' && f.kind !== 'ordinal';
    case 'percent': return f.kind === 'percent';
    case 'ordinal': return f.kind === 'ordinal';
    case 'age': return !!f.age;
    case 'currency': return f.kind === 'money';
    case 'temperature': return f.kind === 'measure' && temperatureUnits.has(f.unit);
    case 'dimension': return f.kind === 'measure' && !temperatureUnits.has(f.unit);
    default: return false;
  }
}

const rtUnits = new Map([
  ['dollar', 'USD'], ['united states dollar', 'USD'], ['canadian dollar', 'CAD'], ['australian dollar', 'AUD'], ['hong kong dollar', 'HKD'],
  ['pound', 'GBP'], ['euro', 'EUR'], ['cent', 'cent'], ['pence', 'GBX'], ['penny', 'GBX'], ['japanese yen', 'JPY'], ['chinese yuan', 'CNY'],
  ['c', '°C'], ['f', '°F'], ['degree', '°'], ['year', 'year'], ['month', 'month'], ['week', 'week'], ['day', 'day'], ['age', 'year'],
  ['metric ton', 't'], ['ton', 't'], ['square meter', 'm²'], ['square kilometer', 'km²'], ['cubic foot', 'ft³'],
]);

function rtUnit(unit, model) {
  const u = String(unit).toLowerCase();
  if (model === 'dimension' && u === 'pound') return 'lb';
  return rtUnits.get(u) ?? canonicalUnit(u);
}

function rtValue(result, model) {
  const v = result.Resolution?.value;
  if (v === null || v === undefined) return null;
  return Number(String(v).replace('%', ''));
}

function rtPredictedUnit(f, model) {
  if (model === 'age') return canonicalSimple(f.unit ?? '-');
  return predictedUnit({ ...f, per: undefined, age: false });
}

export function scoreRecognizers(cases, outputs, { verbose = false } = {}) {
  const perModel = new Map();
  const failures = [];
  cases.forEach((c, index) => {
    const figures = (outputs[index]?.figures ?? []).filter((f) => inCategory(f, c.model));
    const used = new Set();
    let ok = true;
    for (const r of c.expected) {
      const value = rtValue(r, c.model);
      if (value === null || Number.isNaN(value)) continue;
      const start = r.Start;
      const end = r.End + 1;
      const hit = figures.find((f, k) => {
        if (used.has(k) || f.end <= start || f.start >= end) return false;
        const values = typeof f.low === 'number' ? [f.low, f.high] : [f.value];
        if (!values.some((v) => typeof v === 'number' && close(v, value))) return false;
        if (c.model === 'number' || c.model === 'percent' || c.model === 'ordinal') return true;
        return rtPredictedUnit(f, c.model) === rtUnit(r.Resolution.unit, c.model);
      });
      if (!hit) {
        ok = false;
        break;
      }
      used.add(figures.indexOf(hit));
    }
    if (ok && figures.some((f, k) => !used.has(k))) ok = false;
    const m = perModel.get(c.model) ?? { right: 0, total: 0 };
    m.total++;
    if (ok) m.right++;
    perModel.set(c.model, m);
    if (!ok && verbose) failures.push(`  ${c.model}: ${JSON.stringify(c.input)} expected ${JSON.stringify(c.expected.map((r) => [r.Text, r.Resolution?.value, r.Resolution?.unit]))} got ${JSON.stringify(figures.map((f) => [f.text, f.value, f.unit]))}`);
  });
  let right = 0;
  let total = 0;
  for (const m of perModel.values()) {
    right += m.right;
    total += m.total;
  }
  return { right, total, perModel, failures };
}

function loadRecognizerCases(dir) {
  const cases = [];
  for (const [file, model] of rtModels) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    for (const c of data) {
      const unsupported = `${c.NotSupported ?? ''} ${c.NotSupportedByDesign ?? ''}`.toLowerCase();
      if (unsupported.includes('javascript')) continue;
      cases.push({ model, input: c.Input, expected: c.Results ?? [] });
    }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------
// The core, bundled in-process (throughput, and standalone runs).

let corePromise = null;
/** Bundles the tokenizer, the figure finder and the analyzer with esbuild and imports them. */
export function loadCore() {
  corePromise ??= (async () => {
    const esbuild = await import('esbuild');
    const dir = mkdtempSync(join(os.tmpdir(), 'factcheck-figures-'));
    const out = join(dir, 'core.mjs');
    await esbuild.build({
      stdin: {
        contents: [
          "export { tokenize } from './server/src/analysis/tokens.ts';",
          "export { findFigures } from './server/src/analysis/figures/findFigures.ts';",
          "export { analyzeText } from './server/src/analysis/analyze.ts';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'silent',
    });
    const mod = await import(pathToFileURL(out).href);
    rmSync(dir, { recursive: true, force: true });
    return mod;
  })();
  return corePromise;
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.txt$/i.test(name) && !/^readme/i.test(name)) out.push(path);
  }
  return out;
}

function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

// ---------------------------------------------------------------------------------------------

export async function evaluate({ extract, sharedDir, verbose = false }) {
  const title = 'Figures (issue 4)';
  const figuresDir = join(sharedDir, 'figures');
  if (!existsSync(figuresDir)) {
    return { title, rows: [{ metric: 'data', value: `absent: ${figuresDir} not found, nothing measured` }] };
  }
  const rows = [];
  const notes = [];
  const nqPath = join(figuresDir, 'newsquant-dev.json');
  if (existsSync(nqPath)) {
    const items = JSON.parse(readFileSync(nqPath, 'utf8'));
    const outputs = await extract(items.map((x, i) => ({ id: i, text: x.text })));
    const s = scoreNewsQuant(items, outputs, { verbose });
    rows.push({ metric: `NewsQuant dev value F1 (P / R), ${s.gold} gold, ${s.predicted} predicted`, value: `${s.value.f1} (${s.value.p} / ${s.value.r})`, target: '≥ 93' });
    rows.push({ metric: 'NewsQuant dev value+unit F1 (P / R)', value: `${s.unit.f1} (${s.unit.p} / ${s.unit.r})`, target: '≥ 87' });
    if (verbose) console.error(s.misses.join('\n'));
  } else {
    rows.push({ metric: 'NewsQuant dev', value: 'absent' });
  }
  const rtDir = join(figuresDir, 'recognizers-text-specs');
  if (existsSync(rtDir)) {
    const cases = loadRecognizerCases(rtDir);
    const outputs = await extract(cases.map((c, i) => ({ id: i, text: c.input })));
    const s = scoreRecognizers(cases, outputs, { verbose });
    const pct = (100 * s.right / s.total).toFixed(1);
    rows.push({ metric: `Recognizers-Text English specs fully right (${s.right} / ${s.total} applicable)`, value: `${pct} %`, target: '≥ 95 %' });
    for (const [model, m] of s.perModel) rows.push({ metric: `  ${model}`, value: `${m.right} / ${m.total}` });
    if (verbose) console.error(s.failures.join('\n'));
  } else {
    rows.push({ metric: 'Recognizers-Text specs', value: 'absent' });
  }
  const quantulumDir = join(figuresDir, 'quantulum3');
  if (existsSync(quantulumDir)) {
    for (const file of ['quantities.json', 'quantities.ambiguity.json']) {
      const path = join(quantulumDir, file);
      if (!existsSync(path)) continue;
      const cases = JSON.parse(readFileSync(path, 'utf8'));
      const outputs = await extract(cases.map((c, i) => ({ id: i, text: c.req })));
      const s = scoreQuantulum(cases, outputs, { verbose });
      rows.push({ metric: `quantulum3 ${file}: value F1 (P / R), ${cases.length} sentences, ${s.gold} gold, ${s.predicted} predicted`, value: `${s.value.f1} (${s.value.p} / ${s.value.r})` });
      rows.push({ metric: `quantulum3 ${file}: value+unit F1 (P / R)`, value: `${s.unit.f1} (${s.unit.p} / ${s.unit.r})` });
      if (verbose) console.error(s.misses.join('\n'));
    }
  } else {
    rows.push({ metric: 'quantulum3', value: 'absent' });
  }
  if (existsSync(join(sharedDir, 'corpus', 'bbc-news'))) {
    const load = os.loadavg()[0];
    const t = await finderThroughput(dirname(sharedDir));
    const range = (s) => `${s.min.toFixed(1)}–${s.max.toFixed(1)}`;
    rows.push({ metric: `Figure finder alone, MB/s of CPU time, median pass (slowest–fastest ${range(t.cpuMbps)}; ${t.passes} passes over ${(t.bytes / 1e6).toFixed(1)} MB, ${t.found} figures, tokenised beforehand)`, value: t.cpuMbps.median.toFixed(1), target: '≥ 20' });
    rows.push({ metric: `Figure finder alone, MB/s of wall time, median pass (${range(t.wallMbps)}; load average ${load.toFixed(1)} on ${os.cpus().length} cores)`, value: t.wallMbps.median.toFixed(1) });
  }
  notes.push('Matching rules are in the header of scripts/eval/figures.mjs: CQE\'s NewsQuant procedure (evaluate_models.py) with units compared after normalisation (ISO codes for money, symbols for measures, "unit per unit" for rates, the singular head noun for counts); dates and ordinals are not predictions; a gold range matches a predicted low/high pair.');
  notes.push('quantulum3 (its own English test cases, general text rather than news; no target): scored as NewsQuant, units after the same normalisation, its "dimensionless" matched by a figure with no unit or a count of any noun.');
  notes.push('Recognizers-Text: a case is fully right when every expected result with a value is matched (overlapping span, same value, same unit for NumberWithUnit models) and no extra figure of that model\'s category is reported.');
  notes.push('Throughput (scripts/bench/finder.mjs, also a row of `npm run bench`) is measured in a fresh Node process on the BBC corpus, tokenised beforehand: ten warm-up passes (until the compiler has settled), then each pass timed alone and the median pass reported; with a high load average the wall-time figure understates the finder, and CPU time is the steadier figure.');
  return { title, rows, notes: notes.join(' ') };
}

/** Standalone: `node scripts/eval/figures.mjs [--shared DIR] [--verbose]`, through the core bundled in-process. */
async function main() {
  const args = process.argv.slice(2);
  const sharedAt = args.indexOf('--shared');
  const shared = resolve(sharedAt >= 0 ? args[sharedAt + 1] : join(root, '..', 'shared'));
  const verbose = args.includes('--verbose');
  const { analyzeText } = await loadCore();
  const extract = async (items) => items.map((item) => ({ id: item.id, ...analyzeText(item.text, 'plaintext') }));
  const sharedDir = join(shared, 'eval');
  if (!existsSync(sharedDir)) {
    console.log(`figures: no evaluation data at ${sharedDir}; nothing to measure.`);
    return;
  }
  const result = await evaluate({ extract, sharedDir, verbose });
  console.log(`### ${result.title}\n`);
  for (const row of result.rows) console.log(`${row.metric}: ${row.value}${row.target ? `  (target ${row.target})` : ''}`);
  if (result.notes) console.log('\n' + result.notes);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
