import type { Analysis, Approx, Figure, Span } from '../analysis/types.js';
import { currencySymbols } from '../analysis/figures/describe.js';
import { smallNumbers } from '../analysis/figures/lexicon.js';
import type { Evidence, SourceStatus } from './types.js';

/**
 * Compares one article figure with the figures of one source. Each figure becomes an interval of the
 * values it allows (its qualifier and rounding decide how wide), and a source figure about the same
 * thing (its counted noun, unit or verb, or the words around it, match the article's) either
 * implies the article's interval (supported), lies outside it (contradicted), or overlaps it
 * without settling the question (inconclusive, reported as not found).
 */

/** "about 100,000" allows 10% either side: 98,000 supports it, 85,000 contradicts it. */
export const ABOUT_TOLERANCE = 0.1;

export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** Significant digits of a number as written in digits ("13000" → 2, "13100" → 3, "3.5" → 2). */
function significantDigits(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '');
  const trimmed = digits.replace(/0+$/, '');
  return Math.max(1, String(Math.abs(value)).includes('.') ? digits.length : trimmed.length);
}

/**
 * Half a unit of the second significant digit when the value is written with at most two ("13,000"
 * covers 12,500..13,500, "4.2bn" covers 4.15bn..4.25bn), or of the last non-zero digit of a whole
 * number ending in "00" ("18,400": 18,350..18,450), else 0: news copy rounds, and a precise value
 * ("13,150") means exactly that.
 */
export function roundingOf(value: number): number {
  if (value === 0) return 0;
  if (significantDigits(value) > 2) {
    // "18,400 patients" for 18,412: a whole number ending in two zeros or more is rounded to its last
    // non-zero digit (±50 there); "13,150" and "2,911" still mean exactly that.
    if (!Number.isInteger(value) || Math.abs(value) % 100 !== 0) return 0;
    let unit = 100;
    while (Math.abs(value) % (unit * 10) === 0) unit *= 10;
    return unit / 2;
  }
  return Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 1) / 2;
}

/**
 * Half a unit of the last digit written before a scale word: "14.2bn" is 14.15bn to 14.25bn, "SEK
 * 11,812 million" to the million. A number written out in full ("2,911", "83.9%") gets none here.
 */
function scaledRounding(text: string, value: number): number {
  const written = lastDigitRounding(text, value);
  return written && written.scale >= 1000 ? written.half : 0;
}

/**
 * Half a unit of the last digit of the first number written in `text`, in the units of `value`
 * ("$51.2bn": 0.05bn), and the scale between the two (1e9 there); null when no number is written.
 */
export function lastDigitRounding(text: string, value: number): { half: number; scale: number } | null {
  const m = /\d[\d,]*(?:\.(\d+))?/.exec(text);
  if (!m) return null;
  const written = Number(m[0].replace(/,/g, ''));
  if (!(written > 0)) return null;
  const scale = Math.abs(value) / written;
  return { half: (Math.pow(10, -(m[1]?.length ?? 0)) / 2) * scale, scale };
}

/** An amount in round figures for a message: "£127m", "$2.3bn", "9,600 SEK". */
export function formatAmount(value: number, currency: string | null): string {
  const abs = Math.abs(value);
  const n = abs >= 1e9 ? `${Number((value / 1e9).toPrecision(3))}bn` : abs >= 1e6 ? `${Number((value / 1e6).toPrecision(3))}m` : Math.round(value).toLocaleString('en-US');
  const sign = currency ? currencySymbols[currency] : undefined;
  return sign ? sign + n : currency ? `${n} ${currency}` : n;
}

/** "46C (115F)", "€4.2bn (£3.6bn)": what may stand between a figure and its conversion in brackets. */
export const bracketOpen = /^\s*\(\s*(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|c\.|approximately)\s+)?$/i;

/** A number written with a scale, which rounds it: "2m", "4.1bn", "3 million". */
export const scaleWritten = /\d\s*(?:k|m|bn|tn|million|billion|trillion|thousand)\b/i;

/** Whether a figure is a whole number written in full ("36 seats", "£15"), which is exact as written. */
export function isWholeAsWritten(f: Figure): boolean {
  return f.approx === 'exact' && f.value !== null && Number.isInteger(f.value) && !scaleWritten.test(f.text);
}

/**
 * The values a level allows as written: "$51.2bn" is rounded to a tenth of a billion, 51.15bn to
 * 51.25bn, since the figures a change is computed from are more precise than the ones printed.
 */
export function writtenInterval(f: Figure): { lo: number; hi: number } | null {
  const claimed = intervalOf(f, 'claim');
  if (!claimed || !Number.isFinite(claimed.hi) || f.value === null) return null;
  const written = lastDigitRounding(f.text, f.value);
  if (!written) return claimed;
  return { lo: Math.min(claimed.lo, f.value - written.half), hi: Math.max(claimed.hi, f.value + written.half) };
}

/**
 * The values a level with a qualifier allows where it is added up or divided: "nearly £1m" and
 * "almost £1m" up to a tenth under it, "about" a tenth either way (the written rounding of "£1m",
 * half a million, would let any sum or share pass), else the last written digit. With two
 * significant digits or more "about" keeps near them: "about €7.6bn" is twice its rounding either
 * way, at least 2% (€7.45bn to €7.75bn), not €6.8bn to €8.4bn. An exact amount of one digit and a
 * scale word ("£1bn") allows 15% either way rather than half its unit; a whole number under 1,000
 * written in full is exact.
 */
export function qualifiedInterval(f: Figure): { lo: number; hi: number } | null {
  if (f.approx === 'exact' && f.value !== null && f.value > 0) {
    // "13 seats" written in full is 13: five such parts would otherwise allow 2.5 seats either way.
    if (isWholeAsWritten(f) && f.value < 1000) return { lo: f.value, hi: f.value };
    // "£1bn" written with one digit and a scale word is about £1bn, not anything from £0.5bn to £1.5bn.
    const written = writtenInterval(f);
    return written && written.hi - f.value > 0.15 * f.value ? { lo: 0.85 * f.value, hi: 1.15 * f.value } : written;
  }
  if (f.approx !== 'about' || f.value === null) return writtenInterval(f);
  const v = f.value;
  const spread = significantDigits(v) >= 2 ? Math.min(0.1 * v, Math.max(0.02 * v, 2 * roundingOf(v))) : 0.1 * v;
  return /^(?:nearly|almost|just\s+under)\b/i.test(f.text) ? { lo: v - spread, hi: v } : { lo: v - spread, hi: v + spread };
}

/**
 * The values a figure allows. As a claim (the article) an exact round value allows its rounding; as
 * evidence (a source) an exact value is just that value.
 */
export function intervalOf(f: { value: number | null; low?: number; high?: number; approx: Approx; text?: string }, role: 'claim' | 'evidence'): Interval | null {
  if (f.value === null) return null;
  const v = f.value;
  if (f.low !== undefined && f.high !== undefined && f.high !== f.low) return { lo: f.low, hi: f.high, loOpen: false, hiOpen: false };
  const round = role === 'claim' ? Math.max(roundingOf(v), f.text === undefined ? 0 : scaledRounding(f.text, v)) : 0;
  // A source's "around 98,000" is its best estimate, 98,000; the article's "about 100,000" allows a spread.
  if (role === 'evidence' && f.approx === 'about') return { lo: v, hi: v, loOpen: false, hiOpen: false };
  switch (f.approx) {
    case 'about': {
      const spread = Math.max(Math.abs(v) * ABOUT_TOLERANCE, round);
      return { lo: v - spread, hi: v + spread, loOpen: false, hiOpen: false };
    }
    case 'more-than':
      return { lo: v, hi: Infinity, loOpen: true, hiOpen: true };
    case 'at-least':
      return { lo: v, hi: Infinity, loOpen: false, hiOpen: true };
    case 'less-than':
      return { lo: Math.min(0, v), hi: v, loOpen: false, hiOpen: true };
    case 'at-most':
      return { lo: Math.min(0, v), hi: v, loOpen: false, hiOpen: false };
    default:
      return { lo: v - round, hi: v + round, loOpen: false, hiOpen: round > 0 };
  }
}

const epsilon = 1e-9;

/** True when the lower bound a (open or not) is at or above the lower bound b: a's set starts inside b's. */
function notBelow(a: number, aOpen: boolean, b: number, bOpen: boolean): boolean {
  const same = a === b || (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= epsilon * Math.max(1, Math.abs(b)));
  if (same) return aOpen || !bOpen;
  return a > b;
}

/** True when every value `inner` allows, `outer` allows too. */
export function contains(outer: Interval, inner: Interval): boolean {
  const lowOk = notBelow(inner.lo, inner.loOpen, outer.lo, outer.loOpen);
  const highOk = notBelow(-inner.hi, inner.hiOpen, -outer.hi, outer.hiOpen);
  return lowOk && highOk;
}

/** True when no value is allowed by both. */
export function disjoint(a: Interval, b: Interval): boolean {
  const gap = (x: Interval, y: Interval) => x.hi < y.lo || (x.hi === y.lo && (x.hiOpen || y.loOpen));
  return gap(a, b) || gap(b, a);
}

export type Relation = 'supports' | 'contradicts' | 'inconclusive';

export function relate(claim: Interval, evidence: Interval): Relation {
  if (contains(claim, evidence)) return 'supports';
  if (disjoint(claim, evidence)) return 'contradicts';
  return 'inconclusive';
}

// Words: a crude stemmer and a few synonym groups, enough to tell that "13,100 deaths" and
// "killed more than 13,000 people" count the same thing.

const stopwords = new Set(
  'a an the of in on at to for from by with and or but as is are was were be been being has have had it its this that these those than then there their they he she his her we our you your i not no some any all more most less least about over under up down into out per also which who whom whose what when where while after before since until said says say according just only very'.split(
    ' ',
  ),
);

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/[^a-z0-9]/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const synonymGroups = [
  'kill killed killing death deaths dead died die fatality fatalities lives life',
  'injured injury injuries wounded hurt',
  'displaced displacement refugee refugees evacuated evacuee evacuees fled homeless',
  'troop troops soldier soldiers servicemen personnel forces',
  'people person persons resident residents civilian civilians citizen citizens individual individuals inhabitant inhabitants population',
  'home homes house houses household households dwelling dwellings',
  'job jobs employment employed worker workers employee employees staff workforce position positions post posts',
  'ship ships vessel vessels boat boats',
  'unemployment unemployed jobless joblessness',
  'price prices cost costs',
  'revenue revenues sales turnover',
  'damage damages loss losses',
  'aid assistance funding funds',
  'jail jailed jailing prison imprisoned imprisonment sentence sentenced sentencing custody',
  'patient patients participant participants volunteer volunteers enrollee enrollees',
];

const synonymOf = new Map<string, string>();
for (const group of synonymGroups) {
  const words = group.split(' ').map(stem);
  for (const w of words) if (!synonymOf.has(w)) synonymOf.set(w, words[0]);
}

/** The comparable key of a word: its stem, or its synonym group's first stem. */
export function termKey(word: string): string {
  let key = termKeys.get(word);
  if (key === undefined) {
    const s = stem(word);
    key = synonymOf.get(s) ?? s;
    if (termKeys.size >= termKeyLimit) termKeys.clear();
    termKeys.set(word, key);
  }
  return key;
}

/** Stems by word as written: the within-article checks stem the same words again for every pair of figures. */
const termKeys = new Map<string, string>();
const termKeyLimit = 100_000;

/** The people group is broad; a match on it alone is weak unless the article's noun is a person word too. */
const broadKeys = new Set([termKey('people')]);

const wordPattern = /[\p{L}][\p{L}\p{M}'’-]*/gu;

export interface Word extends Span {
  key: string;
}

export function wordsOf(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(wordPattern)) {
    const raw = m[0];
    if (stopwords.has(raw.toLowerCase())) continue;
    const key = termKey(raw);
    const start = offset + m.index!;
    if (key.length >= 3) out.push({ start, end: start + raw.length, key });
    // "search-and-rescue workers" against "search and rescue personnel": the parts count as words too.
    if (raw.includes('-')) {
      let at = start;
      for (const part of raw.split('-')) {
        const partKey = termKey(part);
        if (partKey.length >= 3 && partKey !== key && !stopwords.has(part.toLowerCase())) out.push({ start: at, end: at + part.length, key: partKey });
        at += part.length + 1;
      }
    }
  }
  return out;
}

/** A document prepared for matching: its text, analysis, and sentences. */
export interface Prepared {
  text: string;
  /** The source has pages (a PDF): evidence names the page, counting form feeds. */
  paged?: boolean;
  analysis: Analysis;
  /** Sentence spans in document order (from the claims pass, one per sentence). */
  sentences: Span[];
}

export function prepare(text: string, analysis: Analysis): Prepared {
  return { text, analysis, sentences: analysis.claims.map((c) => ({ start: c.start, end: c.end })) };
}

/** The 1-based line of an offset, for messages that point elsewhere in the article. */
export function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The index in `doc.sentences` of the sentence around `span`, or -1 (a heading, a table cell). */
export function sentenceIndexOf(doc: Prepared, span: Span): number {
  const sentences = doc.sentences;
  if (!inOrder(sentences)) return sentences.findIndex((s) => s.start <= span.start && span.end <= s.end);
  // Sentences in order and apart: the only one that can hold the span is the last that starts at or before it.
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].start <= span.start) low = mid + 1;
    else high = mid;
  }
  const k = low - 1;
  return k >= 0 && span.end <= sentences[k].end ? k : -1;
}

/** Whether spans are in document order and do not overlap, checked once per array. */
const orderedSpans = new WeakMap<Span[], boolean>();
function inOrder(spans: Span[]): boolean {
  let ordered = orderedSpans.get(spans);
  if (ordered === undefined) {
    ordered = spans.every((s, k) => k === 0 || spans[k - 1].end <= s.start);
    orderedSpans.set(spans, ordered);
  }
  return ordered;
}

/** The article's figures inside `span`, in order (the figures are in document order: a binary search finds the first). */
export function figuresWithin(doc: Prepared, span: Span): Figure[] {
  return figuresInSpan(doc.analysis.figures, span);
}

/**
 * The two ends of a change the finder read as one range ("from 36,180 to 28,040"): the level left
 * and the level reached, the lower one first when the change rises and last when it falls.
 */
export function rangeEnds(range: Figure, falling: boolean): { from: Figure; to: Figure } {
  const [first, second] = range.text.split(/ to /);
  const end = (text: string, value: number): Figure => ({ ...range, text, value, low: undefined, high: undefined, approx: 'exact' });
  return { from: end(first, falling ? range.high! : range.low!), to: end(second, falling ? range.low! : range.high!) };
}

/** The figures of a list in document order that lie within `span`, found by binary search. */
export function figuresInSpan(figures: Figure[], span: Span): Figure[] {
  let low = 0;
  let high = figures.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (figures[mid].start < span.start) low = mid + 1;
    else high = mid;
  }
  const out: Figure[] = [];
  for (let k = low; k < figures.length && figures[k].start < span.end; k++) if (figures[k].end <= span.end) out.push(figures[k]);
  return out;
}

/** The sentence of the claims pass around `span`, or its line when the pass covered none (a heading, a table cell). */
export function sentenceOf(doc: Prepared, span: Span): Span {
  const k = sentenceIndexOf(doc, span);
  if (k >= 0) return doc.sentences[k];
  // A heading or table cell the claims pass did not cover: the line is the sentence.
  const lineStart = doc.text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = doc.text.indexOf('\n', span.end);
  return { start: lineStart, end: lineEnd < 0 ? doc.text.length : lineEnd };
}

/** Words within `radius` words of the figure, in its sentence, excluding the figure's own words. */
export function windowKeys(doc: Prepared, figure: Span, radius: number): Set<string> {
  const sentence = sentenceOf(doc, figure);
  // A semicolon or a dash between clauses starts another statement ("inflation reached 7.4 percent;
  // the employers offered a 5% pay rise"): the window stays in the figure's clause.
  const text = doc.text.slice(sentence.start, sentence.end);
  const cut = /;|\s[—–]\s/g;
  let start = sentence.start;
  let end = sentence.end;
  for (const m of text.matchAll(cut)) {
    const at = sentence.start + m.index!;
    if (at < figure.start) start = at + m[0].length;
    else if (at >= figure.end) {
      end = at;
      break;
    }
  }
  const words = wordsOf(doc.text.slice(start, end), start);
  const before = words.filter((w) => w.end <= figure.start).slice(-radius);
  const after = words.filter((w) => w.start >= figure.end).slice(0, radius);
  return new Set([...before, ...after].map((w) => w.key));
}

/** The words that name what a figure counts: its noun and unit, and its verb (or what it is per). */
function ownKeys(f: Figure): { noun: Set<string>; verb: Set<string> } {
  const noun = new Set<string>();
  const verb = new Set<string>();
  const add = (into: Set<string>, text: string | undefined) => {
    if (!text) return;
    for (const w of wordsOf(text)) into.add(w.key);
  };
  add(noun, f.noun);
  // An earthquake's magnitude names what it measures, as a counted noun does.
  if (f.kind === 'count' || f.unit === 'magnitude') add(noun, f.unit ?? undefined);
  add(verb, f.context);
  add(verb, f.per);
  for (const k of noun) verb.delete(k);
  return { noun, verb };
}

/**
 * Units that convert exactly, by what one of them is in the family's base unit: "four hours and 21
 * minutes" in the article against "261 minutes" in the source, "1.5km" against "1,500 metres".
 * Months and days do not convert (a month has no fixed number of days).
 */
const unitFamilies: Array<Record<string, number>> = [
  { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, fortnight: 1209600 },
  { month: 1, year: 12, decade: 120, century: 1200 },
  { mm: 0.001, cm: 0.01, m: 1, km: 1000 },
  { mg: 0.001, g: 1, kg: 1000, t: 1e6, kt: 1e9, Mt: 1e12, Gt: 1e15 },
  { ml: 0.001, l: 1 },
];

/**
 * Units a measure is converted between across systems, by their size in one unit of the dimension:
 * metric and imperial lengths, areas, masses and speeds, defined exactly (article.ts checks a
 * conversion in brackets with them; sources are matched across them). Gallons and barrels are
 * left out (US and imperial gallons differ), and so are tonnes against tons, which the finder
 * writes alike.
 */
export const unitSizes: Record<string, { dimension: string; size: number }> = {};
for (const [dimension, sizes] of Object.entries({
  length: { mm: 0.001, cm: 0.01, m: 1, km: 1000, in: 0.0254, ft: 0.3048, yd: 0.9144, mi: 1609.344 },
  area: { 'm²': 1, ha: 1e4, 'km²': 1e6, acre: 4046.8564224, 'mi²': 2589988.110336, 'ft²': 0.09290304 },
  mass: { g: 0.001, kg: 1, lb: 0.45359237, oz: 0.028349523125, st: 6.35029318 },
  speed: { 'km/h': 1, mph: 1.609344, 'm/s': 3.6 },
} as Record<string, Record<string, number>>)) {
  for (const [unit, size] of Object.entries(sizes)) unitSizes[unit] = { dimension, size };
}

/**
 * A change by a fraction written in words ("rose by a third", "fell by almost a quarter"): a relative
 * change, as a percentage is, never an amount of the things counted.
 */
export function isFractionChange(f: Figure, text?: string): boolean {
  if (!isWordFraction(f)) return false;
  // "an increase of about two-thirds": the noun of change before it, which the finder does not mark.
  return f.change === 'increase' || f.change === 'decrease' || (text !== undefined && changeNounOf.test(text.slice(Math.max(0, f.start - 30), f.start)));
}

/** A fraction written in words ("a quarter", "two-thirds", "half"): a share or a relative change, never a count. */
export function isWordFraction(f: Figure): boolean {
  return f.kind === 'count' && f.value !== null && f.value > 0 && f.value < 1 && f.low === undefined && /\b(?:half|thirds?|quarters?|fifths?|tenths?)$/i.test(f.text);
}

/** A noun of change and "of" right before a figure: "an increase of", "a fall of", "a cut of". */
const changeNounOf = /\b(?:an?|the)\s+(?:[a-z]+\s+)?(?:rise|increase|jump|gain|growth|fall|drop|decline|decrease|reduction|cut)\s+of\s+$/i;

/**
 * The percentages a fraction in words allows, as a change or as a share. It is a loose figure ("a
 * quarter" for a rise of 22% to 28%): 15% of its value either way, 25% for "almost" or "about", and
 * no upper end after "more than", whose floor allows 5%.
 */
export function wordFractionInterval(f: Figure): { lo: number; hi: number } | null {
  if (f.value === null) return null;
  const v = f.value * 100;
  switch (f.approx) {
    case 'exact':
      return { lo: v * 0.85, hi: v * 1.15 };
    case 'about':
      return { lo: v * 0.75, hi: v * 1.25 };
    // A floor or a ceiling is the writer's deliberate claim: 5% of its value, not 15%.
    case 'more-than':
    case 'at-least':
      return { lo: v * 0.95, hi: Infinity };
    case 'less-than':
    case 'at-most':
      return { lo: 0, hi: v * 1.05 };
    default:
      return null;
  }
}

/** A fraction of a whole ("two-thirds of ships", "half of all homes"), which a percentage can state too. */
function isFraction(f: Figure): boolean {
  return f.kind === 'count' && f.value !== null && f.value > 0 && f.value < 1 && f.low === undefined;
}

/**
 * How a source figure is brought to the article figure's terms, or null when the two cannot be
 * compared: `factor` multiplies the source's values; `claim` replaces the article's interval;
 * `acrossSystems` marks metric against imperial ("830 miles" for "1,340km").
 */
function conversion(a: Figure, b: Figure): { factor: number; claim?: Interval; acrossSystems?: boolean } | null {
  if (a.kind === 'date' || a.kind === 'ordinal' || b.kind === 'date' || b.kind === 'ordinal') return null;
  // A person's age ("Pettigrew, 57,") is no length of time ("8 years 4 months' imprisonment").
  if (!!a.age !== !!b.age) return null;
  // "two-thirds of ships" against "67% of vessels": the fraction as a percentage, to the nearest point.
  if (isFraction(a) && b.kind === 'percent' && b.unit === '%') return { factor: 0.01, claim: fractionInterval(a) };
  if (a.kind === 'percent' && a.unit === '%' && isFraction(b)) return { factor: 100 };
  if (a.kind === 'count') return b.kind === 'count' ? { factor: 1 } : null;
  if (a.kind !== b.kind) return null;
  if (a.kind === 'money' || a.kind === 'percent' || a.kind === 'measure' || a.kind === 'duration') {
    if (a.unit === b.unit) return { factor: 1 };
    if (a.per || b.per || a.unit === null || b.unit === null) return null;
    for (const family of unitFamilies) {
      const from = family[b.unit];
      const to = family[a.unit];
      if (from !== undefined && to !== undefined) return { factor: from / to };
    }
    const from = unitSizes[b.unit];
    const to = unitSizes[a.unit];
    if (from && to && from.dimension === to.dimension) return { factor: from.size / to.size, acrossSystems: true };
    return null;
  }
  return { factor: 1 };
}

/** The denominator of "one in five", "nine out of 10". */
const outOf = /\b(?:in|out\s+of)\s+(\S+)$/i;

/**
 * A spelled fraction is a share to within half a percentage point: "two-thirds" allows 66.2% to
 * 67.2%. "One in five" rounds its denominator: one in 4.5 to one in 5.5, so 18.2% to 22.2%.
 */
function fractionInterval(f: Figure): Interval | undefined {
  if (f.approx !== 'exact' || f.value === null) return undefined;
  const of = outOf.exec(f.text);
  const n = of ? Number(of[1].replace(/,/g, '')) || smallNumbers.get(of[1].toLowerCase()) : undefined;
  if (n !== undefined && n >= 2) return { lo: (f.value * n) / (n + 0.5), hi: (f.value * n) / (n - 0.5), loOpen: false, hiOpen: false };
  return { lo: f.value - 0.005, hi: f.value + 0.005, loOpen: false, hiOpen: false };
}

function scaledInterval(i: Interval, factor: number): Interval {
  return factor === 1 ? i : { lo: i.lo * factor, hi: i.hi * factor, loOpen: i.loOpen, hiOpen: i.hiOpen };
}

export interface Candidate {
  figure: Figure;
  relation: Relation;
  /** How strongly the source figure is about the same thing: 2 per shared noun/unit/verb, 1 per shared nearby word. */
  score: number;
  strong: number;
}

/** The article figure's comparable key words: its own (strong) and its sentence's (weak). */
export interface ClaimContext {
  figure: Figure;
  /** The noun, unit and verb keys together. */
  own: Set<string>;
  noun: Set<string>;
  verb: Set<string>;
  near: Set<string>;
  /** True when the noun was read from "the number of ..." before the figure, not from the figure itself. */
  nounFromClause?: boolean;
}

const prepositions = new Set(['at', 'of', 'to', 'by', 'for', 'from', 'with', 'in', 'on']);
const reporting = new Set(['said', 'says', 'say', 'told', 'tells', 'according', 'reported', 'estimated', 'put', 'puts']);

/**
 * The key of the word just before the figure, past a preposition or two ("the damage at $4.2bn"),
 * and of a verb right before that word; none when that word is a reporting verb or another
 * function word ("the council said 13,000").
 */
function wordsBefore(doc: Prepared, figure: Span): string[] {
  const sentence = sentenceOf(doc, figure);
  const raw = doc.text.slice(sentence.start, figure.start).match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  for (let i = raw.length - 1, skipped = 0; i >= 0; i--) {
    const w = raw[i].toLowerCase();
    if (prepositions.has(w) && skipped < 2) {
      skipped++;
      continue;
    }
    if (reporting.has(w) || stopwords.has(w)) return [];
    const key = termKey(w);
    if (key.length < 3) return [];
    // "costing shippers an estimated £1.2bn": the verb before its object says what the amount is.
    const verb = raw[i - 1]?.toLowerCase();
    if (verb !== undefined && /(?:ing|ed)$/.test(verb) && !/(?:ing|ed)$/.test(w) && !reporting.has(verb) && !stopwords.has(verb)) return [key, termKey(verb)];
    return [key];
  }
  return [];
}

/** "62% of members", "61.8 per cent of union members": what a percentage is a share of. */
const shareOf = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|his\s+|her\s+|those\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;

function shareKeys(doc: Prepared, f: Figure): string[] {
  if (f.kind !== 'percent') return [];
  const m = shareOf.exec(doc.text.slice(f.end, f.end + 60));
  return m ? wordsOf(m[1]).map((w) => w.key) : [];
}

/** "the number of", "the death toll of" before a count, in its clause. */
const numberOf = /\b(?:number|total|toll|count|tally)\s+of\s+([^;]*)$/iu;

/**
 * What "the number of" names, up to three words, and the participle after them: "people killed by
 * the earthquake ... rose to 2,316" gives the noun "people" and the verb "killed".
 */
function numberOfKeys(text: string): { noun: string[]; verb: string[] } | null {
  const m = numberOf.exec(text);
  if (!m) return null;
  const noun: string[] = [];
  const verb: string[] = [];
  for (const raw of m[1].match(/[\p{L}][\p{L}\p{M}'’-]*/gu)?.slice(0, 4) ?? []) {
    const w = raw.toLowerCase();
    if (noun.length > 0 && /ed$/.test(w)) {
      verb.push(w);
      break;
    }
    if (stopwords.has(w) || noun.length === 3) break;
    noun.push(w);
  }
  return noun.length > 0 ? { noun: noun.map(termKey), verb: verb.map(termKey) } : null;
}

export function claimContext(article: Prepared, figure: Figure): ClaimContext {
  const { noun, verb } = ownKeys(figure);
  for (const k of shareKeys(article, figure)) noun.add(k);
  // With no verb recorded, the word just before the figure says what it counts ("has killed more
  // than 13,000 people", "put the damage at $4.2bn").
  if (verb.size === 0) {
    for (const previous of wordsBefore(article, figure)) if (!noun.has(previous)) verb.add(previous);
  }
  // "The number of people killed ... rose to at least 2,316": a count without a noun is of what the
  // clause's "number of" names, and a participle after it is its verb.
  // The figure finder may have read that noun already: it is then outside the figure's own text.
  const nounOutside = figure.noun !== undefined && !figure.text.toLowerCase().includes(figure.noun.toLowerCase());
  if ((noun.size === 0 || nounOutside) && figure.kind === 'count') {
    const sentence = sentenceOf(article, figure);
    const named = numberOfKeys(article.text.slice(sentence.start, figure.start));
    if (named) {
      for (const k of named.noun) noun.add(k);
      for (const k of named.verb) verb.add(k);
      return { figure, own: new Set([...noun, ...verb]), noun, verb, near: windowKeys(article, figure, 6), nounFromClause: true };
    }
  }
  return { figure, own: new Set([...noun, ...verb]), noun, verb, near: windowKeys(article, figure, 6) };
}

function isMeaningful(key: string, own: Set<string>): boolean {
  return !broadKeys.has(key) || [...own].every((k) => broadKeys.has(k));
}

/** Scores every comparable figure of the source against the claim. */
export function candidates(claim: ClaimContext, source: Prepared): Candidate[] {
  const f = claim.figure;
  const interval = intervalOf(f, 'claim');
  if (!interval) return [];
  const out: Candidate[] = [];
  for (const sf of source.analysis.figures) {
    // Two named statistics must be the same one: a hazard ratio is no evidence for an odds ratio.
    if (f.statistic && sf.statistic && f.statistic !== sf.statistic) continue;
    const convert = conversion(f, sf);
    if (!convert) continue;
    const found = intervalOf(sf, 'evidence');
    if (!found) continue;
    const evidence = scaledInterval(found, convert.factor);
    const theirs = ownKeys(sf);
    const theirOwn = new Set([...theirs.noun, ...theirs.verb, ...shareKeys(source, sf)]);
    const theirNear = windowKeys(source, sf, 8);
    let strong = 0;
    let weak = 0;
    // The article's noun must be the source figure's own noun, unit or verb ("homes" elsewhere in the
    // sentence is not what "13,100 people" counts); its verb may be anywhere near the source figure.
    for (const k of claim.noun) {
      if (!isMeaningful(k, claim.own)) continue;
      if (theirOwn.has(k)) strong++;
      else if (theirNear.has(k)) weak++;
    }
    // The verb the source figure itself belongs to ("11,342 have been injured") counts more than one
    // nearby ("2,316 have lost their lives and 11,342 have been injured" for 2,316).
    for (const k of claim.verb) {
      if (theirOwn.has(k)) {
        strong++;
        weak++;
      } else if (theirNear.has(k)) strong++;
    }
    for (const k of claim.near) {
      if (claim.own.has(k)) continue;
      if (theirOwn.has(k) || theirNear.has(k)) weak++;
    }
    // "fell by 7.4%" against "decline by 7.4%": the same direction of change is one word in common.
    if (f.change && sf.change === f.change) weak++;
    // "830 miles" against "1,340 km": the unit, converted, is the same unit.
    if (convert.acrossSystems) strong++;
    let claimed = convert.claim ?? interval;
    // Across unit systems the article's figure was converted from a rounded one and rounded again:
    // it may differ by the source's last written digit, converted, and 1% more.
    if (convert.acrossSystems && Number.isFinite(claimed.hi)) {
      const written = lastDigitRounding(sf.text, sf.value ?? 0);
      const spread = Math.max(roundingOf(sf.value ?? 0), written?.half ?? 0) * convert.factor + 0.01 * Math.abs(claimed.hi);
      claimed = { ...claimed, lo: claimed.lo - spread, hi: claimed.hi + spread };
    }
    let relation = relate(claimed, evidence);
    // "Payments ranged from £1,250 to £84,500" gives each end as a value: "The largest was £84,500".
    if (relation !== 'supports' && sf.approx === 'range' && sf.low !== undefined && sf.high !== undefined) {
      const end = (v: number) => scaledInterval({ lo: v, hi: v, loOpen: false, hiOpen: false }, convert.factor);
      if (contains(claimed, end(sf.low)) || contains(claimed, end(sf.high))) relation = 'supports';
    }
    out.push({ figure: sf, relation, score: strong * 2 + weak, strong });
  }
  return out;
}

export interface MatchResult {
  status: Extract<SourceStatus, 'supported' | 'contradicted' | 'not-found'>;
  candidate?: Candidate;
  /** A related figure that neither supports nor contradicts ("more than 12,000" for "more than 13,000"). */
  inconclusive?: Candidate;
}

/**
 * The source's verdict on the claim. Support needs a figure about the same thing (score 2: a shared
 * noun, unit or verb, or two shared nearby words); a count needs its noun or verb (strong). A
 * contradiction needs the same, and loses to any support: a source that gives 13,100 deaths in
 * one place and 9,000 (last year) in another supports "more than 13,000 people killed".
 */
export function matchClaim(claim: ClaimContext, source: Prepared): MatchResult {
  const all = candidates(claim, source);
  const f = claim.figure;
  // A count that names what it counts needs that noun or its verb; one with only a verb of level
  // ("rose to 2,911") can be matched by three words of its sentence instead.
  const needsStrong = f.kind === 'count' && claim.noun.size > 0 && !claim.nounFromClause;
  const noTerms = claim.own.size === 0 && claim.near.size === 0;
  const onlyVerb = f.kind === 'count' && (claim.noun.size === 0 || claim.nounFromClause === true) && claim.verb.size > 0;
  const enough = (c: Candidate) => c.score >= 2 && (!needsStrong || c.strong > 0) && (!onlyVerb || c.strong > 0 || c.score >= 3);
  const related = all.filter((c) => (noTerms ? true : enough(c)));
  const best = (relation: Relation) =>
    related.filter((c) => c.relation === relation).sort((a, b) => b.score - a.score || a.figure.start - b.figure.start)[0];
  // A precise value ("83.9%", "2,911": three significant digits or more, not a year) that the source
  // gives (to its rounding) needs only one word in common, and no other counted noun: such a number
  // is seldom there by chance.
  const precise = !noTerms && f.kind !== 'date' && f.value !== null && f.approx === 'exact' && significantDigits(f.value) >= 3 && !(Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100)
    ? all.filter((c) => c.relation === 'supports' && c.score >= 1 && (claim.noun.size === 0 || c.strong > 0 || !c.figure.noun)).sort((a, b) => b.score - a.score || a.figure.start - b.figure.start)[0]
    : undefined;
  const support = best('supports') ?? precise;
  if (support) return { status: 'supported', candidate: support };
  const contradiction = noTerms ? undefined : best('contradicts');
  if (contradiction) return { status: 'contradicted', candidate: contradiction };
  return { status: 'not-found', inconclusive: best('inconclusive') };
}

/** The source sentence around a figure, cut to at most 300 characters around it. */
export function evidenceOf(source: Prepared, figure: Figure): Evidence {
  const sentence = sentenceOf(source, figure);
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > 300) {
    start = Math.max(start, figure.start - 150);
    end = Math.min(end, figure.end + 150);
  }
  // Leading and trailing white space is not part of the passage.
  while (start < end && /\s/.test(source.text[start])) start++;
  while (end > start && /\s/.test(source.text[end - 1])) end--;
  return {
    passage: source.text.slice(start, end).replace(/\s+/g, ' '),
    start,
    end,
    match: { text: figure.text, start: figure.start, end: figure.end, value: figure.value, approx: figure.approx },
    ...placeIn(source.text, figure.start, source.paged),
  };
}

/**
 * The 1-based line of `offset` in a source's text, and its page when the text has pages: they are
 * separated by form feeds (pdf.ts writes them; so do some plain-text reports).
 */
export function placeIn(text: string, offset: number, paged = false): { line: number; page?: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return paged || text.includes('\f') ? { line, page: before.split('\f').length } : { line };
}

/** Dates are checked for presence only: a source names many dates, so another one is no contradiction. */
/**
 * A score or tally in the source with the same two numbers; the order is not compared, since a
 * report from the other side writes it the other way round ("lost 0-2" for "beat them 2-0").
 */
export function matchScore(figure: Figure, source: Prepared): Figure | undefined {
  if (!figure.score) return undefined;
  return source.analysis.figures.find((sf) => sf.score !== undefined && sf.low === figure.low && sf.high === figure.high);
}

export function matchDate(figure: Figure, source: Prepared): Figure | undefined {
  const want = figure.resolved ?? (figure.value !== null ? String(figure.value) : undefined);
  if (!want) return undefined;
  return source.analysis.figures.find((sf) => {
    if (sf.kind !== 'date') return false;
    const have = sf.resolved ?? (sf.value !== null ? String(sf.value) : undefined);
    return !!have && (have === want || have.startsWith(want + '-'));
  });
}

/**
 * Whether level `a`, said to have gone up (or down) from `b`, went the other way beyond any rounding:
 * whole numbers written in full ("36 seats", "35") are exact, others allow their last digit's
 * rounding, and an approximate level needs a gap of more than 10%. A floor or a ceiling ("at least
 * 14 people ..., down from eight") bounds one side, which is enough when that side is the wrong way.
 */
export function wentOtherWay(a: Figure, b: Figure, rising: boolean): boolean {
  const ia = writtenInterval(a) ?? intervalOf(a, 'claim');
  const ib = writtenInterval(b) ?? intervalOf(b, 'claim');
  if (!ia || !ib || a.value === null || b.value === null) return false;
  const wrong = isWholeAsWritten(a) && isWholeAsWritten(b) ? (rising ? a.value < b.value : a.value > b.value) : rising ? ia.hi <= ib.lo : ia.lo >= ib.hi;
  if (!wrong) return false;
  return (a.approx === 'exact' && b.approx === 'exact') || Math.abs(a.value - b.value) > 0.1 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** A count or an amount of money that is a level: positive, one value, no change, rate or age ("30 people", "£730,000"). */
export function isCountOrAmount(f: Figure): boolean {
  return (f.kind === 'count' || f.kind === 'money') && f.value !== null && f.value > 0 && f.low === undefined && !f.change && !f.per && !f.age && f.unit !== 'times';
}

/** Two levels of one quantity: the same kind and unit, or a count with no noun beside a count of one. */
export function sameMeasure(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  return (a.unit ?? '') === (b.unit ?? '') || (a.kind === 'count' && (!a.unit || !b.unit || termKey(a.unit) === termKey(b.unit) || workforce(a.unit, b.unit)));
}

/** "employs 4,100 people ..., when it had 5,000 staff": people beside a workforce's noun count the same. */
function workforce(a: string, b: string): boolean {
  const keys = [termKey(a), termKey(b)];
  return keys.includes(termKey('people')) && keys.includes(termKey('staff'));
}

/** Between a level and the one it changed from, perhaps after the time it is for: ", up from", " in 2026, up from". */
export const upFromAfterFrame = /^(?:\s+(?:in|during|over|for|at)\s+[^,.;:()]{1,30})?\s*(?:,|-|–|—|\()?\s*(?:up|down)\s+from\s+$/i;
