import type { Approx, Figure, FigureKind } from '../types.js';
import { numberAbbreviations, type Sentence, type Token } from '../tokens.js';
import { markStatistics } from './statistics.js';
import {
  isMarginOfOne, ambiguousUnitWords, caseSensitiveSuffixes, currencyCodesBefore, currencySigns, decreaseVerbs, denominators, dollarPrefixes,
  foldWords, identifierHeads, increaseVerbs, lyNouns, months, nounStops, notPlural, ordinalWords, perNouns,
  pastParticiples, pluralNouns, qualifiedPeriods, qualifiersByLastWord, scaleWords, smallNumbers, streetWords, suffixScales, unitBySpelling, unitsByFirstWord,
  vagueMagnitudes, weekdays, relativeDays, relativePeriods, type UnitInfo,
} from './lexicon.js';
import { parseLeadingNumber, readSpelled, startsSpelled } from './numbers.js';
import { dateAt, isPeriodAgo, isPossessiveTime, isYearLike, partOfMonth, periodOfYear } from './dates.js';
import { markedOffsets, markFigureStarts } from './gate.js';
import { codeUnitsOf } from '../codeUnits.js';

/** The words of one sentence with their lower-cased lookup keys; shared by the figure and date readers. */
export interface Scan {
  w: Token[];
  keys: string[];
  text: string;
}

export function isCapitalized(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * Finds the figures in one sentence. Offsets in the result are relative to the block text that the
 * sentence's tokens point into.
 *
 * Most sentences hold no figure. `markFigureStarts` reads the sentence's text once and marks where
 * a figure may start (a digit, a symbol, a spelled number, a month or relative-time word in the
 * right company); without a mark the tokens are never touched. Otherwise one pass collects the words
 * with their lookup keys, and at each marked word that `startsFigure` confirms the readers below take
 * as many words as belong to the figure and the pass resumes after them.
 */
export function findFigures(sentence: Sentence, text: string): Figure[] {
  const markCount = markFigureStarts(text, sentence.start, sentence.end);
  if (markCount === 0) return [];
  return figuresOf(scanOf(sentence.tokens, text, markedOffsets(), markCount));
}

/** `findFigures` without the gate, trying every word: the reference the gate's tests compare with. */
export function findFiguresTryingEveryWord(sentence: Sentence, text: string): Figure[] {
  const everyToken = Int32Array.from(sentence.tokens, (t) => t.start);
  return figuresOf(scanOf(sentence.tokens, text, everyToken, everyToken.length));
}

/** The figures starting at the scan's marked words (the first `markedCount` of `markedWords`), in order. */
function figuresOf(scan: Scan & { markedCount: number }): Figure[] {
  const { keys } = scan;
  const figures: Figure[] = [];
  let done = 0;
  for (let m = 0; m < scan.markedCount; m++) {
    const i = markedWords[m];
    if (i < done) continue;
    if (scan.w[i].text === '+') {
      const after = afterPhoneNumber(scan, i);
      if (after > i) {
        done = after;
        continue;
      }
    }
    // Only marked words need it, so the keys of the other words are left as they are.
    keys[i] = possessiveTimeKey(keys[i], keys[i - 1]);
    if ((keys[i] === 'this' || keys[i] === 'last' || keys[i] === 'next') && i + 1 < keys.length) keys[i + 1] = possessiveTimeKey(keys[i + 1], keys[i]);
    if (!startsFigure(scan, i)) continue;
    const found = ordinalWords.has(keys[i]) ? periodOfYear(scan, i) ?? ordinalAt(scan, i) : dateAt(scan, i) ?? colonRatioAt(scan, i) ?? quantityAt(scan, i, figures) ?? ordinalAt(scan, i);
    if (found?.figure && keys[i] === 'ago' && found.figure.kind === 'date') qualifiedAgo(scan, i, found.figure);
    if (found) {
      // A figure read back from its last word ("a year ago") must not overlap the one before it.
      const last = figures[figures.length - 1];
      if (found.figure && last !== undefined && found.figure.start < last.end) continue;
      if (found.figure) figures.push(found.figure);
      done = Math.max(found.next, i + 1);
    }
  }
  if (figures.length > 1) {
    comparativeInBrackets(figures, scan.text);
    changeOfCount(figures, scan.text);
    ratePastConversion(figures, scan.text);
    joinCompoundMeasures(figures, scan.text);
    shareListedUnit(figures, scan.text);
    levelAfterFrom(figures, scan.text);
    pointsAfterPercent(figures, scan.text);
    listedAges(figures, scan.text);
  }
  if (figures.length > 0) {
    estimatedAt(figures, scan.text);
    numberOfSubject(figures, scan.text, scan.w[0].start);
    labelledCount(figures, scan.text, scan.w[0].start);
    crowdOf(figures, scan.text);
  }
  return scan.w.length === 0 ? figures : markStatistics(figures, scan.text, scan.w[0].start, scan.w[scan.w.length - 1].end);
}

/**
 * "put Russian casualties at around 950,000", "estimated the number of migrants at 30,000": a verb
 * of estimating names what a bare count after "at" counts. The noun phrase must end in a plural noun
 * ("put the cost at 400" is left alone: no count of a noun).
 */
const estimatedNounAt = /\b(?:put|puts|putting|placed|places|place|estimated|estimates|estimate|estimating)\s+(?:the\s+(?:number|total)\s+of\s+|the\s+|its\s+|their\s+)?((?:[A-Za-z][\w'’-]*\s+){0,2}([a-z][a-z-]*s))\s+at\s+$/;

function estimatedAt(figures: Figure[], text: string): void {
  for (const f of figures) {
    if (f.kind !== 'count' || f.unit !== null || f.noun !== undefined || f.value === null || f.score) continue;
    // The qualifier is part of the figure ("around 950,000"): the words before it end with "at". Tested
    // on the last few characters first, since a pattern anchored at the end is tried from every position.
    if (!/\bat\s+$/.test(text.slice(Math.max(0, f.start - 8), f.start))) continue;
    const m = estimatedNounAt.exec(text.slice(Math.max(0, f.start - 80), f.start));
    if (!m || !isPluralNoun(m[2].toLowerCase()) || notCountedAt.has(m[2].toLowerCase())) continue;
    f.noun = m[1];
    f.unit = singularOf(m[2].toLowerCase());
  }
}

/**
 * "The number of people waiting fell to 7.39 million in May, from 7.42 million": a bare count after
 * "the number of" + a plural in its sentence counts that plural. No other counted figure may come
 * between ("the number of cases rose in 12 states to 400" counts states, then nothing).
 */
const numberOfNoun = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:total\s+|overall\s+)?number\s+of\s+((?:[A-Za-z][\w'’-]*\s+){0,2}?[a-z][a-z-]*)\b/g;

/** "Pupil numbers", "passenger numbers": a count of the noun before "numbers". */
const nounNumbers = /\b([A-Za-z][a-z]+)\s+numbers\b/g;
/** Words before "numbers" that name no counted thing ("phone numbers", "record numbers", "big numbers"). */
const notNumberNouns = new Set(['the', 'these', 'those', 'record', 'big', 'small', 'large', 'huge', 'high', 'low', 'higher', 'lower', 'greater', 'phone', 'telephone',
  'serial', 'house', 'page', 'lottery', 'winning', 'round', 'prime', 'even', 'odd', 'bank', 'account', 'registration', 'sheer', 'official', 'real', 'raw', 'total',
  'overall', 'final', 'early', 'latest', 'new', 'same', 'different', 'other', 'such', 'any', 'all', 'some', 'their', 'its', 'our', 'your', 'his', 'her', 'in', 'by',
  'of', 'on', 'at', 'to', 'and', 'or', 'with', 'from', 'as', 'that', 'this', 'what', 'which', 'whose', 'trading', 'growing', 'rising', 'falling', 'record-breaking',
  'vast', 'significant', 'unprecedented', 'good', 'bad', 'strong', 'weak', 'similar', 'comparable', 'exact', 'precise', 'rough', 'random', 'lucky', 'magic', 'index', 'identification', 'id']);

/** A count of nothing yet, at least `min`, that no score or statistic claims: what the rules below may give a noun. */
function isBareCount(f: Figure, min: number): boolean {
  return f.kind === 'count' && f.unit === null && f.noun === undefined && f.value !== null && f.value >= min && !f.score && !f.statistic;
}

/** "a crowd of 53,204", "an attendance of 61,000", "an audience of 9.2 million": people, counted. */
const peopleOf = /\b(?:crowd|attendance|audience|congregation|gate)\s+of\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?$/i;

function crowdOf(figures: Figure[], text: string): void {
  for (const f of figures) {
    if (!isBareCount(f, 2)) continue;
    if (!peopleOf.test(text.slice(Math.max(0, f.start - 40), f.start))) continue;
    f.unit = 'people';
  }
}

function numberOfSubject(figures: Figure[], text: string, sentenceStart: number): void {
  const firstBare = figures.findIndex((f) => isBareCount(f, 1));
  if (firstBare < 0) return;
  const limit = figures[firstBare].start;
  // Most sentences name no number of anything: look for the word before running the patterns.
  if (text.slice(sentenceStart, limit).indexOf('number') < 0) return;
  numberOfNoun.lastIndex = sentenceStart;
  let phrase: { noun: string; head: string; end: number } | null = null;
  for (let m = numberOfNoun.exec(text); m !== null && m.index < limit; m = numberOfNoun.exec(text)) {
    const words = m[1].split(/\s+/);
    const headAt = words.findIndex((word) => isPluralNoun(word.toLowerCase()));
    if (headAt < 0) continue;
    const noun = words.slice(0, headAt + 1).join(' ');
    phrase = { noun, head: words[headAt].toLowerCase(), end: m.index + m[0].length };
  }
  // "Pupil numbers are expected to fall by 400,000", "visitor numbers rose to 2.1 million".
  if (phrase === null) {
    nounNumbers.lastIndex = sentenceStart;
    for (let m = nounNumbers.exec(text); m !== null && m.index < limit; m = nounNumbers.exec(text)) {
      const word = m[1].toLowerCase();
      if (notNumberNouns.has(word) || isPluralNoun(word) || /(?:ing|ed|ly)$/.test(word)) continue;
      const plural = /(?:s|sh|ch|x|z)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
      phrase = { noun: plural, head: plural, end: m.index + m[0].length };
    }
  }
  if (phrase === null || notCountedAt.has(phrase.head)) return;
  for (const f of figures) {
    if (f.start < phrase.end) continue;
    if (f.kind === 'count' && (f.noun !== undefined || f.unit !== null)) return;
    // "about half that of a normal day": a fraction is a share of something, not a number of it.
    if (f.kind !== 'count' || f.value === null || f.value < 1 || f.score || f.statistic) continue;
    f.noun = phrase.noun;
    f.unit = singularOf(phrase.head);
  }
}

/**
 * "Mortgage approvals: 43,300 in September", "Headcount: 41,300": a label and a colon opening a
 * line or list item name what the bare count right after them counts.
 */
const countLabel = /^[-*+•]?\s*([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}):\s*$/;
const collectiveLabels = new Set(['headcount', 'workforce', 'staff', 'population', 'membership', 'attendance', 'turnout', 'enrolment', 'enrollment']);

function labelledCount(figures: Figure[], text: string, sentenceStart: number): void {
  const f = figures[0];
  if (!isBareCount(f, 1)) return;
  const m = countLabel.exec(text.slice(sentenceStart, f.start));
  if (!m) return;
  const words = m[1].split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  if (collectiveLabels.has(head)) {
    f.noun = m[1];
    f.unit = head === 'headcount' || head === 'workforce' || head === 'staff' ? 'people' : head;
  } else if (isPluralNoun(head) && !notCountedAt.has(head)) {
    f.noun = m[1];
    f.unit = singularOf(head);
  }
}

/** Plurals after "put ... at" that name no things counted ("put its losses at 40" is money, not a count). */
const notCountedAt = new Set(['losses', 'costs', 'profits', 'earnings', 'sales', 'savings', 'damages', 'odds', 'chances', 'prices', 'rates', 'levels', 'figures', 'totals', 'numbers', 'estimates']);

/**
 * "more than a year ago", "almost a week ago": a qualified period back from the article's date is a
 * duration of one period, as "more than two years ago" is of two, and keeps its qualifier.
 */
function qualifiedAgo(scan: Scan, ago: number, figure: Figure): void {
  const qualifier = periodQualifierBefore(scan, ago - 2);
  if (qualifier === null) return;
  figure.start = scan.w[qualifier.first].start;
  figure.text = scan.text.slice(figure.start, figure.end);
  figure.kind = 'duration';
  figure.value = 1;
  figure.approx = qualifier.approx;
}

/** Two numbers joined by a colon that is no time: "1:8", "3:1" ("10:30" and "2:09:56" are times). */
const colonRatio = /^(\d{1,3}):(\d{1,3})$/;

/**
 * "a ratio of nurses to patients of 1:8", "voted 3:1 in favour": the two sides in the order written,
 * as a score or a tally is read (`score`, `low`/`high`), after dateAt has ruled out a time of day.
 */
function colonRatioAt(scan: Scan, i: number): Found | null {
  const t = scan.w[i];
  if (t.kind !== 'number') return null;
  const sides = colonRatio.exec(t.text);
  if (!sides) return null;
  return { next: i + 1, figure: pairFigure(scan, i, t.start, t.end, Number(sides[1]), Number(sides[2])) };
}

/** A score, a tally or a ratio: a count with no value, the two sides in the order written and sorted. */
function pairFigure(s: Scan, start: number, startOffset: number, endOffset: number, first: number, second: number): Figure {
  const figure = figureOf(s, start, startOffset, endOffset, { kind: 'count', value: null, unit: null, approx: 'exact' });
  figure.low = Math.min(first, second);
  figure.high = Math.max(first, second);
  figure.score = [first, second];
  return figure;
}

/** Between a count and its change: ", down", ", up by". */
const changeAfter = /^\s*,\s*(?:up|down)\s+(?:by\s+)?$/i;

/**
 * "won 68 seats, down 29", "4,500 cars, up 300": the change counts what the count before it counts;
 * so does the level it changed from.
 */
function changeOfCount(figures: Figure[], text: string): void {
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1];
    const b = figures[k];
    if (a.kind !== 'count' || a.unit === null || a.low !== undefined || b.kind !== 'count' || b.unit !== null || b.noun !== undefined || b.change === undefined) continue;
    if (!changeAfter.test(text.slice(a.end, b.start))) continue;
    b.unit = a.unit;
  }
  // "some 30,000 troops in the area, down from about 45,000", "4,100 jobs, up from 3,900 a year
  // earlier": the level it came from counts the same thing.
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1];
    const b = figures[k];
    if (a.kind !== 'count' || a.unit === null || a.low !== undefined || b.kind !== 'count' || b.unit !== null || b.noun !== undefined) continue;
    const gap = text.slice(a.end, b.start);
    if (gap.length > 80 || /[.;:!?]/.test(gap) || !levelFrom.test(gap)) continue;
    b.unit = a.unit;
  }
  // "battling 64 wildfires, 12 of them very large": a part of the count before it.
  for (let k = 1; k < figures.length; k++) {
    const b = figures[k];
    if (b.kind !== 'count' || b.unit !== null || b.noun !== undefined || b.low !== undefined || !partOf.test(text.slice(b.end, b.end + 16))) continue;
    for (let m = k - 1; m >= 0; m--) {
      const a = figures[m];
      if (a.kind === 'date' || a.kind === 'ordinal' || a.kind === 'duration') continue;
      if (a.kind === 'count' && a.unit !== null && a.low === undefined && !/[.;!?]/.test(text.slice(a.end, b.start))) b.unit = a.unit;
      break;
    }
  }
  // "plans to hire 300 more", "released four others": more of what the count before it counts.
  for (let k = 1; k < figures.length; k++) {
    const b = figures[k];
    if (b.kind !== 'count' || b.low !== undefined || b.value === null) continue;
    const others = b.unit === 'other' && b.noun === 'others';
    if (!others && (b.unit !== null || b.noun !== undefined || !moreOfThem.test(text.slice(b.end, b.end + 12)))) continue;
    for (let m = k - 1; m >= 0; m--) {
      const a = figures[m];
      if (a.kind === 'date' || a.kind === 'ordinal' || a.kind === 'duration') continue;
      if (a.kind === 'count' && a.unit !== null && a.unit !== 'other' && a.low === undefined && !/[.;!?]/.test(text.slice(a.end, b.start))) {
        b.unit = a.unit;
        if (others) delete b.noun;
      }
      break;
    }
  }
}

/** After a count with no noun, more of the same: "300 more", "two fewer", "500 extra". */
const moreOfThem = /^\s+(?:more|fewer|extra|additional)\b/i;
/** After a part of a count: "12 of them", "two of which" ("half of those phones" may name its own noun). */
const partOf = /^\s+of\s+(?:them|which|whom)\b/i;

/** Between a count and the level it changed from: ", down from", ", up from", ", compared with". */
const levelFrom = /,\s*(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+$/i;

/** The first number written in a figure's text, without its group separators: "2,104" in "SEK 2,104 million". */
const writtenNumber = /\d[\d,]*(?:\.(\d+))?/;

/**
 * "SEK 2,104 million (3,398)", "78 percent (61)": a bare number in brackets right after an amount is
 * the amount a year before, as company reports write it, in the same unit and scale. A single digit
 * is left alone (a footnote mark, "£5m (1)").
 */
function comparativeInBrackets(figures: Figure[], text: string): void {
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1];
    const b = figures[k];
    if ((a.kind !== 'money' && a.kind !== 'percent' && a.kind !== 'measure') || a.value === null || a.low !== undefined) continue;
    if (b.kind !== 'count' || b.unit !== null || b.noun !== undefined || b.value === null || !/^\s*\($/.test(text.slice(a.end, b.start)) || text.charCodeAt(b.end) !== 41 /* ) */) continue;
    const mantissa = writtenNumber.exec(a.text);
    const written = writtenNumber.exec(b.text);
    if (!mantissa || !written || written[0] !== b.text) continue;
    if (/^\d$/.test(b.text)) continue;
    const scale = a.value / Number(mantissa[0].replace(/,/g, ''));
    b.kind = a.kind;
    b.unit = a.unit;
    b.value = Number((b.value * scale).toPrecision(12));
    if (a.per !== undefined) b.per = a.per;
    delete b.context;
  }
}

/** A period after the bracket that closes a converted amount: ") a year", ") per day". */
const rateAfterBracket = /^\)\s+(?:a|an|per|every|each)\s+(second|minute|hour|day|week|month|year)\b/i;

/**
 * "$100bn (£79bn) a year": an amount and its conversion in brackets share the rate written after
 * the bracket, which neither reached.
 */
function ratePastConversion(figures: Figure[], text: string): void {
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1];
    const b = figures[k];
    if (a.kind !== 'money' || b.kind !== 'money' || a.per !== undefined || b.per !== undefined || !/^\s*\($/.test(text.slice(a.end, b.start))) continue;
    const rate = rateAfterBracket.exec(text.slice(b.end, b.end + 24));
    if (!rate) continue;
    a.per = rate[1].toLowerCase();
    b.per = a.per;
  }
}

/** "from 24 weeks to ", "from $5 to ": the start of a change, whose end may leave the unit out. */
const fromBefore = /\bfrom\s+$/i;
const toBetween = /^\s+to\s+$/;

/**
 * "cut the limit from 26 weeks to 22", "went from $5 to 7": the number after "to" is a level in the
 * unit of the one after "from" (the 20 was a bare count).
 */
function levelAfterFrom(figures: Figure[], text: string): void {
  for (let k = 1; k < figures.length; k++) {
    const f = figures[k];
    const from = figures[k - 1];
    if (f.kind !== 'count' || f.unit !== null || f.value === null || f.low !== undefined || f.score || from.unit === null || from.low !== undefined) continue;
    if (from.kind !== 'duration' && from.kind !== 'measure' && from.kind !== 'money' && from.kind !== 'percent') continue;
    if (!toBetween.test(text.slice(from.end, f.start)) || !fromBefore.test(text.slice(Math.max(0, from.start - 6), from.start))) continue;
    f.kind = from.kind;
    f.unit = from.unit;
    if (from.per) f.per = from.per;
  }
}

/** For a unit, the smaller unit written after it in one measure, and how many of those make one of it. */
const compoundParts = new Map<string, [string, number]>([
  ['ft', ['in', 12]], ['st', ['lb', 14]], ['lb', ['oz', 16]], ['m', ['cm', 100]], ['year', ['month', 12]], ['week', ['day', 7]],
  ['day', ['hour', 24]], ['hour', ['minute', 60]], ['minute', ['second', 60]],
]);
/** `part` as a smaller unit of `whole`, with how many of it make one `whole`, over the chain ("2 hours 35 seconds"). */
function smallerUnit(whole: string, part: string): [string, number] | undefined {
  let factor = 1;
  for (let next = compoundParts.get(whole); next !== undefined; next = compoundParts.get(next[0])) {
    factor *= next[1];
    if (next[0] === part) return [part, factor];
  }
  return undefined;
}
/** Between the parts: a space, or "and" ("four hours and 21 minutes"). */
const compoundJoint = /^\s+(?:and\s+)?$/;

/**
 * "6ft 4in", "9st 7lb", "four hours and 21 minutes", "two years and six months": one measure written
 * in two units is one figure, valued in the larger unit (6.333 ft), as Recognizers-Text values "5 ft 2 in".
 */
function joinCompoundMeasures(figures: Figure[], text: string): void {
  for (let k = figures.length - 2; k >= 0; k--) {
    const whole = figures[k];
    const part = figures[k + 1];
    const smaller = whole.unit === null || part.unit === null ? undefined : smallerUnit(whole.unit, part.unit);
    if (smaller === undefined || part.kind !== whole.kind || whole.value === null || part.value === null) continue;
    if (whole.low !== undefined || part.low !== undefined || part.approx !== 'exact' || part.value >= smaller[1] || whole.value < 0 || part.value < 0) continue;
    if (!compoundJoint.test(text.slice(whole.end, part.start))) continue;
    whole.value += part.value / smaller[1];
    whole.end = part.end;
    whole.text = text.slice(whole.start, whole.end);
    figures.splice(k + 1, 1);
  }
}

/**
 * "Labour on 34%, eight points ahead", "4.2%, down 0.3 points": points after a percentage in the
 * same clause are percentage points. Index points stay counts: "rose 30 points, or 0.4%" (the
 * percentage after), "rose 1.2%, or 95 points" (a restatement), "up 0.6% at 12,480 points" (a
 * level). Also "by 312 votes to 264": the second number of a tally counts what the first counts.
 */
const otherClause = /,\s*(?:while|whereas|but)\s/i;
const namedIndex = /\b(?:FTSE|Dow|Nasdaq|Nikkei|S&P|DAX|CAC|Hang Seng|Kospi|Sensex|Nifty)\b/;
const stockIndex = new RegExp(`${namedIndex.source}|\\bindex\\b`, 'i');

function pointsAfterPercent(figures: Figure[], text: string): void {
  let percentBefore = false;
  let percentStart = 0;
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    const gap = k > 0 ? text.slice(figures[k - 1].end, f.start) : '';
    // A new clause about a share index ("Sterling fell 0.4%, while the FTSE 100 closed 23 points
    // lower") counts index points. The patterns are read only when there is a percentage to forget.
    if (percentBefore && (gap.includes(';') || otherClause.test(gap) || stockIndex.test(gap))) percentBefore = false;
    // "The FTSE 100 rose 1.2% to 5,000, up 60 points": a share index named before the percentage counts its points.
    if (percentBefore && f.unit === 'point' && namedIndex.test(text.slice(Math.max(0, percentStart - 60), percentStart).split(';').pop()!)) percentBefore = false;
    if (f.kind === 'percent' && (f.unit === '%' || f.unit === 'pp')) {
      percentBefore = true;
      percentStart = f.start;
    } else if (f.kind === 'count' && f.unit === 'point' && percentBefore && f.value !== null && Math.abs(f.value) < 100 && !restatement.test(gap) &&
      !restatedAfter.test(text.slice(f.end, f.end + 12)) && !/\bat\s+$/.test(gap)) {
      // "at one point last year" is a moment, not a margin.
      f.kind = 'percent';
      f.unit = 'pp';
      delete f.noun;
    } else if (k > 0 && f.kind === 'count' && f.unit === null && f.value !== null && f.noun === undefined && !f.score) {
      const before = figures[k - 1];
      // "slipped one place to four": a place in a chart, not a count of places.
      if (before.kind === 'count' && before.unit !== null && !rankUnits.has(before.unit) && before.noun !== undefined && /^\s+to\s+$/.test(gap)) f.unit = before.unit;
    }
  }
}
const rankUnits = new Set(['place', 'spot', 'position', 'rank', 'notch']);

/** ", and Ivo Kalns, " between two ages: another name, whose age follows. */
const nextNamed = /^,\s+(?:and\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+,\s+$/u;

/**
 * "Three men, aged 19, 22 and 25", "two boys aged 16 and 17": the numbers listed after an age are
 * ages too; so is a number after the next name in a list of people ("Ann Lee, 14, and Tom Reed, 12").
 */
function listedAges(figures: Figure[], text: string): void {
  for (let k = 1; k < figures.length; k++) {
    const before = figures[k - 1];
    const f = figures[k];
    if (!before.age || before.low !== undefined || !/^\d{1,3}$/.test(f.text) || (f.value ?? 200) > 120) continue;
    const joint = text.slice(before.end, f.start);
    if (!listComma.test(joint) && !listEnd.test(joint) && !nextNamed.test(joint)) continue;
    f.kind = 'duration';
    f.unit = 'year';
    f.age = true;
    delete f.noun;
    delete f.context;
  }
}

/** Words that open the object of a verb: after "2005 offers", "the" shows "offers" is the verb. */
const objectOpeners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'new', 'more', 'us', 'them']);

/** "and" or "or" between two numbers of a list, after an optional comma. */
const listEnd = /^,?\s+(?:and|or)\s+$/;
/** A comma alone between two numbers of a list. */
const listComma = /^,\s+$/;
/** ", or" before a number restates the one before it ("27 million, or 50%"); after one, it restates that one. */
const restatement = /,\s*or\s+$/;
const restatedAfter = /^\s*,?\s*or\b/;
/** A number written with its scale ("100m", "8 million"), which a unit after the list does not measure. */
const scaledNumber = /(?:\d[mkb]n?|million|billion|trillion|thousand)$/i;

/** Inside a list a comma joins; its last joint is "and" or "or", never the ", or" of a restatement. */
function joinedInList(joint: string, listed: boolean): boolean {
  return listed ? joint === ', ' : listEnd.test(joint) && !restatement.test(joint);
}

/**
 * "sentences of four and six years", "3, 4 and 5 percent", "480 and 370 people": numbers listed
 * before a unit or counted noun that is written once, after the last of them, are of that unit. Read from the end, so the unit passes back
 * along the list; a comma joins only numbers of a list that ends in "and" or "or".
 */
function shareListedUnit(figures: Figure[], text: string): void {
  let listed = false;
  for (let k = figures.length - 2; k >= 0; k--) {
    const f = figures[k];
    const next = figures[k + 1];
    // The figures are looked at before the text between them, which most pairs never need.
    const shares: boolean = f.kind === 'count' && f.unit === null && f.value !== null && f.low === undefined && f.noun === undefined && !f.score &&
      (next.kind === 'percent' || next.kind === 'duration' || next.kind === 'measure' || (next.kind === 'count' && next.noun !== undefined)) &&
      next.unit !== null && next.low === undefined && !scaledNumber.test(f.text) && joinedInList(text.slice(f.end, next.start), listed);
    listed = shares;
    if (!shares) continue;
    f.kind = next.kind;
    f.unit = next.unit;
    if (next.noun !== undefined) f.noun = next.noun;
    if (next.per) f.per = next.per;
  }
}

/**
 * The lookup key of a word: lower-cased and with a trailing full stop removed ("Oct." → "oct",
 * "U.S." → "u.s"). Capitals are looked for in the first two letters only ("Oct", "US", "kW",
 * "iPhone"); a word capitalised further in ("mAh") keeps its case, and no lexicon entry is written
 * that way. A word already in lower case is its own key, which spares most words an allocation.
 */
function keyOf(x: string): string {
  const n = x.length;
  let k = x;
  if (isUpperCode(x.charCodeAt(0)) || isUpperCode(x.charCodeAt(1))) k = k.toLowerCase();
  if (n > 1 && x.charCodeAt(n - 1) === 46) k = k.slice(0, -1);
  return k;
}

/**
 * The sentence's words (spaces left out) with their keys (any token but a word is its own key), and
 * the indices of the words that hold one of the gate's marks (the first `count` of `marks`).
 */
/**
 * The indices of the words that hold a mark, for the sentence scanOf read last: one array kept from
 * call to call (a sentence's own array was 7% of what the finder allocated), read by figuresOf before
 * the next sentence is scanned.
 */
let markedWords = new Int32Array(64);

function scanOf(tokens: Token[], text: string, marks: Int32Array, count: number): Scan & { markedCount: number } {
  // Arrays of the words' exact count: growing them by push reallocated each one two or three times
  // a sentence, half of what the finder allocated.
  let words = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind !== 'space') words++;
  const w: Token[] = new Array(words);
  const keys: string[] = new Array(words);
  let n = 0;
  if (markedWords.length < count) markedWords = new Int32Array(Math.max(count, markedWords.length * 2));
  let markedCount = 0;
  // The gate has just read this text into code units; a word's key is judged from them, and a key
  // that differs from the word is made from the text the gate has just read: the token's own string
  // lies elsewhere in memory, and lower-casing the corpus's capitalised token strings took about
  // 130 ns a word against 30 for the same words laid out together.
  const units = codeUnitsOf(text);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const kind = t.kind;
    if (kind === 'space') continue;
    const start = t.start;
    const end = t.end;
    while (m < count && marks[m] < start) m++;
    if (m < count && marks[m] < end) markedWords[markedCount++] = n;
    w[n] = t;
    keys[n++] = kind === 'word' && keyChanges(units, start, end) ? keyOf(text.slice(start, end)) : t.text;
  }
  return { w, keys, text, markedCount };
}

/** Whether `keyOf` changes the word text[start..end): a capital in its first two letters or a final full stop. */
function keyChanges(units: Uint16Array, start: number, end: number): boolean {
  return isUpperCode(units[start]) || (end - start > 1 && (isUpperCode(units[start + 1]) || units[end - 1] === 46));
}

/**
 * "Thursday's election", "last week's vote", "yesterday's storm": a time word in the possessive is
 * read as the word itself, so its date is found; `make` in dates.ts leaves the "'s" out of the span.
 * A period word only after this, last or next ("a week's pay" stays as it was).
 */
function possessiveTimeKey(k: string, previousKey: string | undefined): string {
  const n = k.length;
  if (n < 5 || k.charCodeAt(n - 1) !== 115 /* s */) return k;
  const apostrophe = k.charCodeAt(n - 2);
  if (apostrophe !== 39 && apostrophe !== 0x2019) return k;
  const base = k.slice(0, -2);
  if (weekdays.has(base) || months.has(base) || relativeDays.has(base)) return base;
  if (relativePeriods.has(base) && base !== 'season' && (previousKey === 'this' || previousKey === 'last' || previousKey === 'next')) return base;
  return k;
}

/** The length of "mid-", "early-" or "late-" before digits at the start of a key, else 0. */
function partOfPeriodLength(k: string): number {
  // Called for most words that may start a figure, so the dash and the digit are looked at first.
  const c = k.charCodeAt(0);
  const n = c === 109 /* m */ ? 4 : c === 108 /* l */ ? 5 : c === 101 /* e */ ? 6 : 0;
  if (n === 0 || k.charCodeAt(n - 1) !== 45 || !isDigitCode(k.charCodeAt(n))) return 0;
  return k.startsWith(n === 4 ? 'mid' : n === 5 ? 'late' : 'early') ? n : 0;
}

/** Whether a figure can start at word i, judged from it and the word after it. */
function startsFigure(s: Scan, i: number): boolean {
  const t = s.w[i];
  const kind = t.kind;
  if (kind === 'number' || kind === 'symbol' || vulgarNumber.test(t.text)) return true;
  if (kind === 'punct') {
    // A sign or a bare decimal point starts a figure only right before digits ("-5", ".08", "~1.2mm").
    const x = t.text;
    return (x === '-' || x === '.' || x === '~' || x === '−' || x === '--') && isDigitsToken(s.w[i + 1]);
  }
  const x = t.text;
  // Digits inside the word: "RM3", "US$5", "3-5" written as one word.
  if (isDigitCode(x.charCodeAt(1)) || isDigitCode(x.charCodeAt(2)) || isDigitCode(x.charCodeAt(3)) || isDigitCode(x.charCodeAt(x.length - 1))) return true;
  const k = s.keys[i];
  if (partOfPeriodLength(k) > 0) return true;
  const flag = startWords.get(k);
  if (flag === undefined) {
    const dash = k.indexOf('-');
    return dash > 0 && (startsSpelled(k) || triggerWords.has(k.slice(0, dash)) || ageGroupWord.test(k) || partOfMonth.test(k));
  }
  // A conditional word longer than three letters counts only when capitalised ("May", "Sunday").
  if (flag === 2 && !isUpperCode(x.charCodeAt(0)) && !isUpperCode(x.charCodeAt(1)) && k.length > 3) return false;
  const next = s.w[i + 1];
  const nextKey = s.keys[i + 1];
  if (k === 'a' || k === 'an') {
    // "A$2.1bn": an "A" glued to "$" is the Australian dollar, not an article.
    if (k === 'a' && next?.text === '$' && next.start === t.end) return true;
    // "Foden added a third", "he scored a fifth": the next goal, not a share of anything.
    if (scoringVerbs.has(s.keys[i - 1]) && ordinalWords.has(nextKey ?? '') && s.keys[i + 2] !== 'of') return false;
    return afterArticle.has(nextKey) || (nextKey !== undefined && (startsSpelled(nextKey) || fractionOfPoint.test(nextKey) ||
      // "almost a week", "more than a year": one period with a qualifier is a duration; "a year" alone is most often a rate.
      (qualifiedPeriods.has(nextKey) && periodQualifierBefore(s, i) !== null) || isMarginOfOne(s.keys, i) || isOnePoint(s.keys, i)));
  }
  if (k === 'this' || k === 'last' || k === 'next' || k === 'past') return afterRelative.has(nextKey);
  if (k === 'percent' || k === 'percents' || k === 'per') return percentOf(s, i) !== null;
  if (k === 'ago') return isPeriodAgo(s.keys, i);
  if (flag === 1) return true;
  if (next === undefined) return false;
  if ((months.has(k) || weekdays.has(k)) && isCapitalized(t)) return true;
  if (dollarPrefixes.has(k) && next.text === '$') return true;
  return currencyCodesBefore.has(k) && next.kind === 'number';
}

export interface Found {
  figure: Figure | null;
  next: number;
}

const triggerWords = new Set<string>([
  ...smallNumbers.keys(), ...vagueMagnitudes.keys(), ...ordinalWords.keys(), ...foldWords.keys(), 'a', 'an', 'half', 'minus', 'negative',
  'this', 'last', 'next', 'past', 'today', 'yesterday', 'tomorrow', 'tonight', 'dozen', 'dozens', 'percent', 'percents', 'per', 'ago', 'several',
]);
/**
 * Words that start a figure only in some company: a month or weekday name when capitalised ("may" is
 * a verb), a currency prefix before "$" ("us", "can"), a currency code before a number ("try").
 */
const conditionalWords = new Set<string>([...months.keys(), ...weekdays.keys(), ...dollarPrefixes.keys(), ...currencyCodesBefore.keys()]);
/** Both lists in one map: 1 for a trigger word, 2 for a conditional one. */
const startWords = new Map<string, number>([...[...conditionalWords].map((k): [string, number] => [k, 2]), ...[...triggerWords].map((k): [string, number] => [k, 1])]);
/** Verbs of scoring in a match report, after which "a third" is the third goal or point. */
const scoringVerbs = new Set<string | undefined>(['scored', 'scores', 'added', 'adds', 'netted', 'nets', 'grabbed', 'headed', 'heads', 'struck', 'slotted', 'bagged', 'fired', 'nodded', 'smashed', 'curled', 'drilled', 'tapped', 'kicked']);
/** "a quarter-point cut", "a half-point rise": a fraction of a percentage point. */
const fractionOfPoint = /^(quarter|half)-points?$/;
/** Words after "a" that make a figure ("a dozen", "a third", "a million", "a decade"). */
const afterArticle = new Set<string | undefined>([...scaleWords.keys(), ...denominators.keys(), 'dozen', 'half', 'hundred', 'decade', 'century', 'few']);
/** "a fall of a full percentage point", "cut by a percentage point": the article is one point. */
function isOnePoint(keys: Array<string | undefined>, i: number): boolean {
  if (keys[i] !== 'a') return false;
  const at = keys[i + 1] === 'full' || keys[i + 1] === 'whole' || keys[i + 1] === 'single' ? i + 2 : i + 1;
  return keys[at] === 'percentage' && keys[at + 1] === 'point';
}

/** Words after "this", "last", "next" that make a relative date. */
const afterRelative = new Set<string | undefined>([...relativePeriods, ...months.keys(), ...weekdays.keys()]);

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

interface Core {
  /** Token index where the figure starts (a currency sign or sign word included). */
  first: number;
  /** Token index after the last token of the number. */
  end: number;
  value: number | null;
  low?: number;
  high?: number;
  digits: boolean;
  vague: boolean;
  scaled: boolean;
  fraction: boolean;
  /** Text glued after the number in its last token, not yet interpreted ("kW", "-year-long"). */
  rest: string;
  /** Character offset where the written number ends (inside the last token when `rest` is set). */
  endOffset: number;
  /** The number is a plain integer of 4 digits with no separators. */
  plainInteger: boolean;
  currency: string | null;
  /** Set when the core is itself a range ("5-10"). */
  range: boolean;
  /** A unit read from the glued rest. */
  unit?: UnitInfo;
  /** A noun written as the second half of a hyphenated word ("a 300-page report"). */
  hyphenNoun?: string;
  /** Age ("50-year-old"). */
  age?: boolean;
  /** Relative direction read inside the token ("-year-long" gives none). */
  kindOverride?: FigureKind;
  reject?: boolean;
  /** A dash glued after the number's suffix leads to a range's other end ("£2.5bn-£3bn"). */
  dashAfter?: boolean;
  /** A rate glued to the number ("£1.2m-a-year"): what it is per. */
  per?: string;
  /** A vague multiple of a scale ("several hundred", "a few thousand"), which counts the noun right after it. */
  several?: boolean;
}

/**
 * A Core with every field present, in one order. The readers load its fields at many sites; fields
 * added later in varying order gave each path its own object shape and made those loads slow. The
 * fields are arguments rather than an object, which was allocated too wherever this is not inlined.
 */
function makeCore(
  first: number, end: number, value: number | null, digits: boolean, vague: boolean, scaled: boolean, fraction: boolean, rest: string,
  endOffset: number, plainInteger: boolean, currency: string | null, low?: number, high?: number,
): Core {
  return {
    first, end, value, low, high, digits, vague, scaled, fraction, rest, endOffset, plainInteger, currency, range: false,
    unit: undefined, hyphenNoun: undefined, age: undefined, kindOverride: undefined, reject: undefined, dashAfter: undefined, per: undefined,
    several: undefined,
  };
}

const minusSigns = new Set(['-', '−', '–']);

/** The values of Unicode's vulgar fractions ("½", "¾"), which news copy writes after whole numbers ("2½"). */
const vulgarFractions: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};
/** A whole number of up to six digits and a vulgar fraction, or the fraction alone, and what is glued after it: "2½", "¾", "3½-year", "2½m". */
const vulgarNumber = new RegExp(`^(\\d{0,6})([${Object.keys(vulgarFractions).join('')}])`, 'u');

/** Whether a token is a number in digits or with a vulgar fraction, as a minus sign may stand before ("−½%", "-0.5"). */
function isDigitsToken(t: Token | undefined): boolean {
  return !!t && (t.kind === 'number' || vulgarNumber.test(t.text));
}

/** A product rounded to 14 significant digits, so that 4.1 × 10⁹ is 4,100,000,000 and not …999.9995. */
function scaled(value: number, factor: number): number {
  const v = value * factor;
  return Number.isInteger(v) && Math.abs(v) < 1e15 ? v : Number(v.toPrecision(14));
}
/** The currency read before the number being parsed; it decides whether a glued "m" is a million. */
let pendingCurrency: string | null = null;

/** Reads the number at token j (after any currency sign). */
function readCore(s: Scan, j: number, currency: string | null = null): Core | null {
  const { w, keys } = s;
  pendingCurrency = currency;
  const t = w[j];
  if (!t) return null;
  let sign = 1;
  let first = j;
  if (keys[j] === 'minus' || keys[j] === 'negative') {
    // "plus or minus 2%": a margin either side, not a negative number.
    sign = keys[j] === 'minus' && keys[j - 1] === 'or' && keys[j - 2] === 'plus' ? 1 : -1;
    j++;
  } else if (t.kind !== 'number' && minusSigns.has(t.text) && isDigitsToken(w[j + 1])) {
    // A dash right before a number is a minus sign unless a number precedes it ("5 - 10" is a range).
    const before = w[j - 1];
    if (before && (before.kind === 'number' || (before.kind === 'word' && /\d$/.test(before.text)))) return null;
    if (w[j + 1].start - t.end > 1) return null;
    if (w[j + 1].start !== t.end && before && before.kind === 'word' && !/^(minus|is|at|to|of|by|convert)$/.test(keys[j - 1])) return null;
    // "BERLIN (Reuters) - 3 May": a spaced dash after a closing bracket or a comma joins, it is no minus.
    if (w[j + 1].start !== t.end && before && before.kind === 'punct' && before.text !== '(' && before.text !== '[' && before.text !== '/') return null;
    // "a margin of error of +/- 4 percent": plus or minus, not a negative number.
    sign = before?.text === '/' && before.start === t.start - 1 && s.text.charCodeAt(before.start - 1) === 43 /* + */ ? 1 : -1;
    j++;
  } else if (t.kind === 'word' && keys[j].startsWith('minus-')) {
    const n = parseLeadingNumber(t.text, 6);
    if (!n) return null;
    return finishDigits(s, first, j, -n.value, n, t.text, t.start + 6);
  }
  const u = w[j];
  if (!u) return null;
  // "2½ years", "¾ of the staff": a vulgar fraction, after a whole number or alone.
  const vulgar = vulgarNumber.exec(u.text);
  if (vulgar) {
    const value = Number(((vulgar[1] ? Number(vulgar[1]) : 0) + vulgarFractions[vulgar[2]]).toPrecision(12));
    const read = { value, end: vulgar[1].length + 1, grouped: false, decimal: true, intDigits: vulgar[1].length };
    const core = finishDigits(s, first, j, sign * value, read, u.text, u.start);
    // "¾ of the staff" is a share, as "three-quarters of" is.
    if (!vulgar[1]) core.fraction = true;
    return core;
  }
  if (u.kind === 'number') {
    const n = parseLeadingNumber(u.text, 0);
    if (!n) return null;
    return finishDigits(s, first, j, sign * n.value, n, u.text, u.start);
  }
  if (u.kind === 'punct' && u.text === '.' && w[j + 1]?.kind === 'number' && w[j + 1].start === u.end && (j === 0 || w[j - 1].end < u.start)) {
    // ".08": a decimal without its leading zero.
    const n = parseLeadingNumber('.' + w[j + 1].text, 0);
    if (!n) return null;
    return finishDigits(s, first, j + 1, sign * n.value, n, '.' + w[j + 1].text, w[j + 1].start - 1);
  }
  if (u.kind !== 'word') return null;
  if (u.text.charCodeAt(0) === 46 && isDigitCode(u.text.charCodeAt(1))) {
    const n = parseLeadingNumber(u.text, 0);
    if (n) return finishDigits(s, first, j, sign * n.value, n, u.text, u.start);
  }
  if (keys[j].startsWith('magnitude-') && isDigitCode(keys[j].charCodeAt(10))) {
    // "a magnitude-7.8 earthquake".
    const n = parseLeadingNumber(u.text, 10);
    if (n && n.value < 10 && u.text.length === n.end) {
      const core = finishDigits(s, first, j, n.value, n, u.text, u.start);
      core.unit = { kind: 'measure', unit: 'magnitude' };
      return core;
    }
  }
  if (keys[j].startsWith('sub-') && isDigitCode(keys[j].charCodeAt(4))) {
    const n = parseLeadingNumber(u.text, 4);
    if (n) return finishDigits(s, first, j, sign * n.value, n, u.text, u.start);
  }
  const part = partOfPeriodLength(keys[j]);
  if (part > 0) {
    // "the mid-2030s", "late-1990s", "mid-2020": a decade or a year, from its part written before it.
    const n = parseLeadingNumber(u.text, part);
    const rest = n ? u.text.slice(n.end) : '';
    // "in his mid-20s": the same parts of a decade of age.
    const ageDecade = n !== null && rest === 's' && n.value >= 10 && n.value <= 90 && n.value % 10 === 0 && possessives.has(keys[j - 1]);
    if (n && !n.grouped && !n.decimal && (isYearLike(n.value) || ageDecade) && (rest === '' || rest === 's')) return finishDigits(s, first, j, n.value, n, u.text, u.start);
  }
  if ((keys[j] === 'several' || (keys[j] === 'a' && keys[j + 1] === 'few')) && sign === 1) return severalCore(s, first, j);
  const vague = vagueMagnitudes.get(keys[j]);
  if (vague !== undefined && sign === 1) {
    // "dozens of", "hundreds of", "tens of thousands of": an order of magnitude (NewsQuant reads
    // "thousands" as 1,000 to 10,000).
    let scale = vague;
    let end = j + 1;
    if (keys[j + 1] === 'of' && vagueMagnitudes.has(keys[j + 2]) && keys[j] !== 'dozens') {
      scale *= vagueMagnitudes.get(keys[j + 2])!;
      end = j + 3;
    }
    if (keys[end] !== 'of' && keys[end] !== 'more' && !isVagueSubject(s, first, j, end)) return null;
    return makeCore(first, end, null, false, true, scale >= 1000, false, '', w[end - 1].end, false, null, scale, scale * 10);
  }
  const spelled = readSpelled(keys, j);
  if (!spelled) return null;
  const core = makeCore(first, spelled.end, sign * spelled.value, false, false, spelled.value >= 100, spelled.fraction,
    spelled.tail ? '-' + spelled.tail : '', w[spelled.end - 1].end, false, null);
  if (spelled.tail) {
    core.endOffset = w[spelled.end - 1].end - spelled.tail.length - 1;
    interpretRest(s, core);
  }
  return core;
}

/**
 * "several hundred people", "a few thousand troops", "several million pounds", "several dozen": a
 * vague multiple of a scale, read as three to nine of it after "several" and two to five after "a
 * few"; a second scale multiplies ("several hundred thousand"). Null before anything else ("several
 * times", "a few days").
 */
function severalCore(s: Scan, first: number, j: number): Core | null {
  const { w, keys } = s;
  const at = keys[j] === 'a' ? j + 2 : j + 1;
  let scale = keys[at] === 'dozen' ? 12 : keys[at] === 'hundred' || keys[at] === 'thousand' || keys[at] === 'million' || keys[at] === 'billion' ? scaleWords.get(keys[at]!)! : 0;
  if (scale === 0 || !isWordToken(w[at])) return null;
  let end = at + 1;
  const more = keys[end] === 'thousand' || keys[end] === 'million' ? scaleWords.get(keys[end]!)! : 0;
  if (more > scale) {
    scale *= more;
    end++;
  }
  const [low, high] = keys[j] === 'a' ? [2, 5] : [3, 9];
  const core = makeCore(first, end, null, false, true, scale >= 1000, false, '', w[end - 1].end, false, null, low * scale, high * scale);
  core.several = true;
  return core;
}

/**
 * A vague magnitude with no noun that is the subject of a verb: "Hundreds of thousands fled the
 * city", "Thousands were evacuated", "Dozens have died". Alone, only the magnitudes that are no other
 * word ("the scores were level", "the tens column"), and not after an article or a possessive
 * ("came in their thousands").
 */
function isVagueSubject(s: Scan, first: number, j: number, end: number): boolean {
  if (end === j + 1 && !loneVagueSubjects.has(s.keys[j])) return false;
  return !possessiveOrArticle.has(s.keys[first - 1]) && (verbAfter(s, end) >= 0 || (crowdPastTenses.has(s.keys[end]) && isWordToken(s.w[end])) || modalVerbAfter(s, end));
}

/** A modal and a verb in its plain form right after `end`: "Thousands will watch", "Hundreds could lose their homes". */
function modalVerbAfter(s: Scan, end: number): boolean {
  return modals.has(s.keys[end]) && isWordToken(s.w[end]) && isWordToken(s.w[end + 1]) && !isCapitalized(s.w[end + 1]);
}

const modals = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);

/** Whether "more" after a vague magnitude is followed by what its crowd did: "Hundreds more fled", "Dozens more were hurt". */
function isVagueSubjectMore(s: Scan, core: Core): boolean {
  return s.keys[core.end] === 'more' && isVagueSubject(s, core.first, core.first, core.end + 1);
}

const loneVagueSubjects = new Set(['dozens', 'hundreds', 'thousands', 'millions']);
/** Past tenses not in "-ed" that a crowd does ("Thousands took to the streets", "Hundreds came to the vigil"). */
const crowdPastTenses = new Set(['took', 'came', 'went', 'stood', 'ran', 'sat', 'fought', 'gave', 'saw']);

function finishDigits(s: Scan, first: number, j: number, value: number, n: ReturnType<typeof parseLeadingNumber> & object, tokenText: string, tokenStart: number): Core {
  const rest = tokenText.slice(n.end);
  const core = makeCore(first, j + 1, value, true, false, false, false, rest, tokenStart + n.end,
    !n.grouped && !n.decimal && n.intDigits === 4 && rest === '' && value > 0, pendingCurrency);
  if (!n.grouped && !n.decimal && n.intDigits === 4 && value > 0 && /^(s|'s|’s|-\d{1,2}|-\d{4})$/.test(rest)) core.plainInteger = true;
  interpretRest(s, core);
  if (rest === '') powerAfter(s, core);
  return core;
}

const exponentRest = /^[eE]([+-]?\d+)$/;

/** "1.1^23", "2.5^-1", "-1.1^--23": a power written with a caret. */
function powerAfter(s: Scan, core: Core): void {
  const { w } = s;
  const caret = w[core.end];
  if (!caret || caret.text !== '^' || caret.start !== w[core.end - 1].end || core.value === null) return;
  let j = core.end + 1;
  let negative = false;
  while (w[j] && (w[j].text === '-' || w[j].text === '+' || w[j].text === '--') && w[j].start === w[j - 1].end) {
    if (w[j].text === '-') negative = !negative;
    j++;
  }
  const e = w[j];
  if (!e || e.kind !== 'number' || e.start !== w[j - 1].end || !/^\d+(\.\d+)?$/.test(e.text)) return;
  const exponent = (negative ? -1 : 1) * Number(e.text);
  const sign = core.value < 0 ? -1 : 1;
  core.value = sign * Math.pow(Math.abs(core.value), exponent);
  core.end = j + 1;
  core.endOffset = e.end;
  core.plainInteger = false;
}
const ordinalRest = /^(st|nd|rd|th)(-[a-z-]+)?$/i;
const suffixAtBothEnds = /^([A-Za-z]+)-(\d[\d.,]*)([A-Za-z]+)$/;
const gluedRate = /-(?:a|an|per)-([A-Za-z]+)$/;
const gluedQualifier = /-(?:plus|odd|something)$/;
const timesUnit: UnitInfo = { kind: 'count', unit: 'times' };
const fractionRest = /^[/⁄](\d+)$/;

/** Interprets what is glued after the digits: multipliers, units, hyphenated compounds, fractions. */
/** Whether an "m" glued to a number is metres rather than millions; `value` is the number read so far. */
function isMetre(s: Scan, core: Core, value: number): boolean {
  // "$4m" and "2.7m sales" are millions; "1.8m tall" and "a 100m sprint" are metres.
  const next = s.keys[core.end];
  const prev = s.keys[core.first - 1];
  const phrase = next !== undefined && isWordToken(s.w[core.end]) && !unitsByFirstWord.has(next) ? nounPhrase(s, core.end, false) : null;
  // A currency, a rate unit or containers after it ("1.2m bpd", "1.2m TEUs") count millions, as a plural does.
  const nextUnit = next !== undefined ? unitsByFirstWord.get(next)?.[0].info : undefined;
  const plural = next !== undefined && (isPluralNoun(next) || nextUnit?.kind === 'money' || nextUnit?.per !== undefined || nextUnit?.unit === 'TEU' ||
    (phrase !== null && isPluralNoun(phrase.head)));
  // Metres: "1.8m tall", "the 100m", "a 50m pool"; millions otherwise ("2.1m last year").
  const dimension = next !== undefined && dimensionWords.has(next);
  const attributive = isWordToken(s.w[core.end]) && next !== undefined && !nounStops.has(next) && !isPluralNoun(next);
  // After an amount of money earlier in the sentence, "up from 38m in 2003" and "another 550m to
  // follow" are millions too: only a word of size ("tall", "deep") or a race distance still makes metres.
  const afterMoney = !raceDistances.has(value) && !(dimension && sizeWords.has(next)) && moneyBefore(s, core.first);
  // "the 60m hurdles", "400m runners": a race before its event, though the word is plural.
  // "the men's 100m", "the women's 400m": an event of a race's length.
  const race = raceLengths.has(value) && (raceNouns.has(next) || eventOwners.has(prev));
  // "cleared 5.05m", "threw 17.30m": centimetres written out measure a length.
  const centimetres = /^\d{1,2}\.\d\dm$/.test(s.w[core.end - 1].text);
  return !core.currency && (race || (!plural && !afterMoney && (dimension || prev === 'the' || prev === 'a' || prev === 'an' || attributive || raceDistances.has(value) || centimetres)));
}

function interpretRest(s: Scan, core: Core): void {
  let rest = core.rest;
  if (rest === '') return;
  let tokenEnd = s.w[core.end - 1].end;
  const after = s.w[core.end];
  if (rest.charCodeAt(rest.length - 1) === 45 /* - */ && after && after.start === tokenEnd && (after.kind === 'symbol' || (after.kind === 'number' && rest.length > 1))) {
    // "£2.5bn-£3bn", "$2-$3m": the dash is the range's, and the suffix before it is read alone.
    rest = rest.slice(0, -1);
    core.rest = rest;
    core.dashAfter = true;
    tokenEnd--;
    if (rest === '') {
      consumeRest(core, tokenEnd);
      return;
    }
  }
  // "£1bn-plus", "30m-odd": a qualifier after the suffix, which quantityAt reads from the token.
  const qualified = rest.length > 2 ? gluedQualifier.exec(rest) : null;
  if (qualified && qualified.index > 0) {
    rest = rest.slice(0, qualified.index);
    core.rest = rest;
  }
  const glued = rest.length > 4 && rest.charCodeAt(rest.length - 1) !== 45 ? gluedRate.exec(rest) : null;
  if (glued) {
    // "£1.2m-a-year", "50p-a-day", "$40-a-barrel": a rate written as one word.
    const period = glued[1].toLowerCase();
    const info = unitBySpelling.get(period);
    const per = info?.kind === 'duration' ? info.unit : perNouns.has(period) ? period : undefined;
    if (per !== undefined) {
      core.per = per;
      rest = rest.slice(0, glued.index);
      core.rest = rest;
      if (rest === '') {
        consumeRest(core, tokenEnd);
        return;
      }
    }
  }
  const scale = suffixScales.get(rest);
  if (scale !== undefined && core.value !== null) {
    if (rest === 'G' && core.digits && core.value < 10 && Number.isInteger(core.value)) {
      core.unit = { kind: 'measure', unit: 'G' };
    } else {
      core.value = scaled(core.value, scale);
      core.scaled = true;
    }
    consumeRest(core, tokenEnd);
    return;
  }
  if (rest === 'm' && core.value !== null) {
    if (!isMetre(s, core, core.value)) {
      core.value = scaled(core.value, 1e6);
      core.scaled = true;
    } else {
      core.unit = { kind: 'measure', unit: 'm' };
    }
    consumeRest(core, tokenEnd);
    return;
  }
  const exp = exponentRest.exec(rest);
  // "7E7", "3E8": digits around a capital E name a model more often than a power of ten in news.
  if (exp && rest.charCodeAt(0) === 69 /* E */ && !core.fraction && Number.isInteger(core.value) && /^E\d+$/.test(rest)) {
    core.reject = true;
    return;
  }
  if (exp && core.value !== null) {
    core.value = scaled(core.value, Math.pow(10, Number(exp[1])));
    consumeRest(core, tokenEnd);
    return;
  }
  if ((rest === 'e' || rest === 'E') && core.value !== null) {
    const sign = s.w[core.end];
    const power = s.w[core.end + 1];
    if (sign && power && (sign.text === '+' || sign.text === '-') && power.kind === 'number' && sign.start === tokenEnd && power.start === sign.end && /^\d+$/.test(power.text)) {
      core.value = scaled(core.value, Math.pow(10, (sign.text === '-' ? -1 : 1) * Number(power.text)));
      core.end += 2;
      core.rest = '';
      core.endOffset = power.end;
      return;
    }
  }
  if (rest === 's' || rest === "'s" || rest === '’s') return;
  // "8st 4lb": "st" after a number that takes no "st" as an ordinal (8th, 12th) is stones.
  if (rest === 'st' && core.value !== null && Number.isInteger(core.value) && (core.value % 10 !== 1 || core.value % 100 === 11)) {
    core.unit = { kind: 'measure', unit: 'st' };
    consumeRest(core, tokenEnd);
    return;
  }
  if (ordinalRest.test(rest)) return;
  const frac = fractionRest.exec(rest);
  if (frac && core.value !== null) {
    const d = Number(frac[1]);
    if (d > 0 && Math.abs(core.value) < d && !(core.value === 24 && d === 7) && !(core.value === 9 && d === 11) && !(core.value === 7 && d === 7)) {
      core.value /= d;
      core.fraction = true;
      consumeRest(core, tokenEnd);
    } else {
      core.reject = true;
    }
    return;
  }
  if (rest.charCodeAt(0) === 45 /* - */) {
    interpretHyphen(s, core, rest.slice(1), tokenEnd);
    return;
  }
  const bothEnds = suffixAtBothEnds.exec(rest);
  if (bothEnds && bothEnds[1] === bothEnds[3] && !/^[ap]m$/i.test(bothEnds[1])) {
    // "2bn-3bn", "5km-10km": a range in one word with its suffix at both ends, read as "2-3bn".
    interpretHyphen(s, core, rest.slice(bothEnds[1].length + 1), tokenEnd);
    return;
  }
  // "40x earnings", "a 2x speed-up": so many times.
  const unit = (rest === 'x' ? timesUnit : undefined) ?? caseSensitiveSuffixes.get(rest) ?? unitBySpelling.get(rest.toLowerCase()) ?? gluedScaleUnit(core, rest);
  if (unit) {
    // "10km/h", "3kg/m": the tokenizer splits a rate glued to its number after the first unit.
    const slash = s.w[core.end];
    const per = s.w[core.end + 1];
    const rate = slash?.text === '/' && slash.start === tokenEnd && per?.kind === 'word' && per.start === slash.end
      ? unitBySpelling.get(`${rest}/${per.text}`.toLowerCase()) : undefined;
    if (rate) {
      core.unit = rate;
      core.end += 2;
      consumeRest(core, per.end);
      return;
    }
    core.unit = unit;
    consumeRest(core, tokenEnd);
    return;
  }
  core.reject = true;
}

/** Events named after their year ("the 2004 Olympics", "the 2003 Nordic Indoor Championships"), as counted nouns. */
const yearEvents = new Set(['olympic', 'olympics', 'championship', 'game', 'award', 'final', 'election', 'cup', 'open', 'series', 'summit', 'festival', 'games', 'finals',
  'race', 'marathon', 'tour', 'derby', 'grand']);

/** What a year names in business news ("2005 earnings", "its 2004 results", "2004 sales"), as counted nouns. */
const periodNouns = new Set(['result', 'earning', 'earnings', 'sale', 'profit', 'figure', 'revenue', 'forecast', 'target', 'account', 'loss', 'report',
  'budget', 'accounts', 'guidance', 'estimate', 'outlook', 'deficit', 'surplus', 'harvest', 'crop', 'election', 'model']);

/** Whether word i opens its sentence, perhaps after an opening quotation mark or bracket. */
function opensSentence(s: Scan, i: number): boolean {
  return i === 0 || (i === 1 && isQuoteOrOpen(s.w[0]));
}

/** Distances of races in metres ("the 800m and 1500m"): never millions without a currency or a counted noun. */
const raceDistances = new Set([60, 110, 800, 1500, 3000, 5000, 10000]);
/** Every distance run or swum in a race, and the words for the event after it ("60m hurdles", "400m runners"). */
const raceLengths = new Set([50, 60, 100, 110, 200, 400, 800, 1000, 1500, 3000, 5000, 10000]);
/** Whose event a race is: "the men's 100m", "the women's 400m". */
const eventOwners = new Set<string | undefined>(["men's", "women's", 'men’s', 'women’s', "boys'", "girls'", 'mixed']);
const raceNouns = new Set<string | undefined>(['hurdles', 'hurdle', 'hurdler', 'hurdlers', 'runner', 'runners', 'relay', 'sprint', 'sprinter',
  'sprinters', 'freestyle', 'breaststroke', 'backstroke', 'butterfly', 'medley', 'steeplechase', 'final', 'finals', 'heat', 'heats', 'title',
  'champion', 'record', 'gold', 'silver', 'bronze', 'race', 'races', 'event', 'events', 'crown']);

/** The last scale word inside a spelled number ("four million" → 1e6), or 0. */
function spelledScale(s: Scan, core: Core): number {
  for (let k = core.end - 1; k >= core.first; k--) {
    const scale = s.keys[k].length > 3 ? scaleWords.get(s.keys[k]) : undefined;
    if (scale !== undefined) return scale;
  }
  return 0;
}

/** Words after a length that say it is one ("1.8m tall"), unlike "in", "to" or "from". */
const sizeWords = new Set<string | undefined>(['tall', 'long', 'high', 'wide', 'deep', 'thick', 'away', 'above', 'below', 'across', 'under']);

/** Whether an amount of money comes before word i in the sentence: a currency sign or a currency named after a number. */
function moneyBefore(s: Scan, i: number): boolean {
  for (let j = 0; j < i; j++) {
    const t = s.w[j];
    if (t.kind === 'symbol' && currencySigns.has(t.text)) return true;
    if (j > 0 && s.w[j - 1].kind === 'number' && unitsByFirstWord.get(s.keys[j])?.some((c) => c.info.kind === 'money' && !ambiguousUnitWords.has(c.words[0]))) return true;
  }
  return false;
}

/** The glued rest is read: the figure ends with its token. */
function consumeRest(core: Core, tokenEnd: number): void {
  core.rest = '';
  core.endOffset = tokenEnd;
}

/** "2.8bnkm" is never written, but "4.2bn" followed by a unit word is; a scale glued to a unit ("10kW") is a unit. */
function gluedScaleUnit(core: Core, rest: string): UnitInfo | undefined {
  for (const [suffix, scale] of suffixScales) {
    if (rest.startsWith(suffix) && rest.length > suffix.length) {
      const unit = unitBySpelling.get(rest.slice(suffix.length).toLowerCase());
      if (unit && (unit.kind === 'measure' || unit.kind === 'money') && suffix.length > 1 && core.value !== null) {
        core.value = scaled(core.value, scale);
        core.scaled = true;
        return unit;
      }
    }
  }
  return undefined;
}

const phoneLike = /^\d{3}-\d{4}$/;
/** "rate rises", "price falls", "quarter-point cuts": verbs of change used as nouns after what changes. */
const changeNouns = new Set(['rises', 'falls', 'costs']);
const changeModifiers = /^(?:rate|price|pay|tax|fare|rent|wage|salary|interest-rate|(?:quarter|half)-point)$/;

/** Words for a person before "was" or "is" and an age ("she was 14", "who is 52"). */
const agePronouns = new Set<string | undefined>(['he', 'she', 'i', 'who']);

/** Whether the clause ends at word `j`: a full stop, a comma or a semicolon, "when" or the sentence's end. */
function clauseEnds(s: Scan, j: number): boolean {
  const t = s.w[j];
  return t === undefined || t.text === '.' || t.text === ',' || t.text === ';' || t.text === '!' || t.text === '?' || s.keys[j] === 'when';
}

/** People named as a group by age ("children under 12", "those over 80"). */
const peopleGroups = new Set<string | undefined>(['people', 'children', 'adults', 'those', 'pupils', 'patients', 'women', 'men', 'anyone',
  'residents', 'drivers', 'voters', 'workers', 'kids', 'teenagers', 'girls', 'boys', 'pensioners', 'everyone', 'persons']);
/** "the over-65s", "under-18s": a group by age written as one word. */
const ageGroupWord = /^(under|over)-(\d{1,3})s$/i;

/** Whether a key can match ageGroupWord, judged from its first letter and length before the pattern is run. */
function isAgeGroupHead(k: string): boolean {
  const c = k.charCodeAt(0);
  return (c === 117 /* u */ || c === 111 /* o */) && k.length >= 7;
}

/** Nouns of "at one time", "at one point": a moment in the past. */
const momentNouns = new Set<string | undefined>(['time', 'point', 'stage', 'moment']);
/** Words between a suspended hyphen and the number that completes it ("10- to 12-year"). */
const suspendedJoints = new Set<string | undefined>(['to', 'or', 'and']);
/** Second halves of hyphenated words that make an adjective or a name of a thing, not a count. */
const adjectiveTails = new Set(['off', 'time', 'way', 'sided', 'on', 'up', 'out', 'liner', 'shot', 'stop', 'dimensional', 'hearted', 'dead', 'empty',
  'full', 'baked', 'naked', 'asleep', 'open', 'closed', 'finished', 'built', 'cocked',
  'brother', 'sister', 'back', 'armed', 'eyed', 'legged', 'handed', 'party', 'nil', 'all', 'love', 'and', 'or', 'to',
  // "a half-hourly service", "twice-weekly": how often, not how many.
  'hourly', 'daily', 'nightly', 'weekly', 'monthly', 'yearly', 'sum', 'volley', 'pronged', 'tier', 'tiered', 'horse']);

/** "2005/06", "2003/2004": a span of years written with a slash, read as "2005-06" is. */
function yearSpanWithSlash(s: Scan, core: Core): void {
  const slash = s.w[core.end];
  const second = s.w[core.end + 1];
  if (!core.plainInteger || core.rest !== '' || core.value === null || !isYearLike(core.value) || slash?.text !== '/' || slash.start !== core.endOffset) return;
  // "2005/06", "2005/2006", and "1998/9", whose second year is its last digit.
  if (second?.kind !== 'number' || second.start !== slash.end || !/^\d(\d(\d\d)?)?$/.test(second.text)) return;
  const high = second.text.length === 4 ? Number(second.text) : nextYearEndingIn(core.value, Number(second.text), second.text.length === 1 ? 10 : 100);
  if (high <= core.value) return;
  if (high - core.value > 9) return;
  core.kindOverride = 'date';
  core.low = core.value;
  core.high = high;
  core.range = true;
  core.end += 2;
  core.endOffset = second.end;
}

/** The first year after `year` that ends in `ending` modulo `modulus` ("2005-6" → 2006, "1999/00" → 2000). */
function nextYearEndingIn(year: number, ending: number, modulus: number): number {
  const candidate = year - (year % modulus) + ending;
  return candidate > year ? candidate : candidate + modulus;
}

/** "5-10", "30-year-long", "0-to-60-mph", "12-cent-a-share", "2014-15"; phone numbers and ISBNs are rejected. */
function interpretHyphen(s: Scan, core: Core, tail: string, tokenEnd: number): void {
  // "a 10- to 12-year sentence": a suspended hyphen; the unit comes with the range's second number.
  if (tail === '' && suspendedJoints.has(s.keys[core.end]) && s.w[core.end + 1]?.kind === 'number' && s.w[core.end + 1].text.includes('-')) {
    core.rest = '';
    core.endOffset = tokenEnd;
    return;
  }
  // "two-and-a-half years", "a three-and-a-half-year term": a half or a quarter added in the same word.
  const added = /^and-a-(half|quarter)(?:-|$)/i.exec(tail);
  if (added && core.value !== null) {
    core.value += (core.value < 0 ? -1 : 1) * (added[1].toLowerCase() === 'half' ? 0.5 : 0.25);
    core.fraction = true;
    tail = tail.slice(added[0].length);
    if (tail === '') {
      core.rest = '';
      core.endOffset = tokenEnd;
      return;
    }
  }
  const parts = tail.split('-');
  const token = s.w[core.end - 1].text;
  // "two-in-three", "1-in-100": a ratio written as one word.
  if (parts[0] === 'in' && parts.length >= 2 && core.value !== null) {
    const digits = parseLeadingNumber(parts[1], 0);
    const of = digits && digits.end === parts[1].length ? digits.value
      : parts[1] === 'a' && parts.length > 2 ? scaleWords.get(parts[2].toLowerCase()) : smallNumbers.get(parts[1].toLowerCase());
    if (of !== undefined && of > Math.abs(core.value)) {
      core.value /= of;
      core.fraction = true;
      core.rest = '';
      core.endOffset = tokenEnd;
      return;
    }
  }
  const second = parseLeadingNumber(parts[0], 0);
  // "2-2½ years", "a 2-2½-year term": the second end with a vulgar fraction.
  const secondFraction = second && !second.decimal ? vulgarFractions[parts[0].charAt(second.end)] : undefined;
  const secondEnd = second ? second.end + (secondFraction === undefined ? 0 : 1) : 0;
  if (second && secondEnd === parts[0].length || (second && parts.length === 1)) {
    if (parts.length > 1 && parseLeadingNumber(parts[1], 0) || phoneLike.test(token) || parts.length > 2) {
      core.reject = true;
      return;
    }
    let low = core.value!;
    let high = secondFraction === undefined ? second.value : Number((second.value + secondFraction).toPrecision(12));
    const secondRest = parts[0].slice(secondEnd);
    // "a 50-50 chance", "a 50-50 joint venture": an even split, not a range.
    if (low === 50 && high === 50 && secondRest === '' && parts.length === 1) {
      core.value = 0.5;
      core.fraction = true;
      core.rest = '';
      core.endOffset = tokenEnd;
      return;
    }
    const yearDigit = parts[0].length === 1 && isYearLike(low);
    if (core.plainInteger && (parts[0].length === 2 || parts[0].length === 4 || yearDigit) && secondRest === '') {
      // "2014-15", "2005-6" or "1998-2004": a span of years.
      core.kindOverride = 'date';
      core.low = low;
      core.high = parts[0].length === 4 ? high : parts[0].length === 2 ? Math.floor(low / 100) * 100 + high : nextYearEndingIn(low, high, 10);
      core.range = true;
      core.rest = '';
      core.endOffset = tokenEnd;
      return;
    }
    if (secondRest !== '') {
      const unit = caseSensitiveSuffixes.get(secondRest) ?? unitBySpelling.get(secondRest.toLowerCase());
      // "5-6m people" are millions, "a 5-6m wall" metres, decided as for "5m".
      const scale = secondRest === 'm' ? (isMetre(s, core, high) ? undefined : 1e6) : suffixScales.get(secondRest);
      if (scale !== undefined && secondRest !== 'G') {
        // "20-30bn": the scale written once applies to both ends, as in "5-10 million".
        high = scaled(high, scale);
        low = scaled(low, scale);
        core.scaled = true;
      } else if (unit) {
        core.unit = unit;
      } else {
        core.reject = true;
        return;
      }
    }
    core.low = Math.min(low, high);
    core.high = Math.max(low, high);
    core.value = core.low;
    core.range = true;
    core.rest = parts.length > 1 ? '-' + parts.slice(1).join('-') : '';
    core.endOffset = tokenEnd;
    if (core.rest) applyHyphenUnit(core, parts.slice(1));
    return;
  }
  if (parts[0] === 'to' && parts.length >= 2) {
    const high = parseLeadingNumber(parts[1], 0);
    if (high && high.end === parts[1].length) {
      core.low = Math.min(core.value!, high.value);
      core.high = Math.max(core.value!, high.value);
      core.value = core.low;
      core.range = true;
      core.endOffset = tokenEnd;
      applyHyphenUnit(core, parts.slice(2));
      core.rest = '';
      return;
    }
  }
  core.endOffset = tokenEnd;
  core.rest = '';
  applyHyphenUnit(core, parts);
}

function applyHyphenUnit(core: Core, parts: string[]): void {
  if (parts.length === 0) return;
  const word = parts[0].toLowerCase();
  if (word === 'odd' || word === 'plus' || word === 'something') return;
  // "a half-point rise", "a quarter-point cut": in news a fraction of a point is a percentage point.
  if ((word === 'point' || word === 'points') && core.fraction && core.value !== null && Math.abs(core.value) < 1) {
    core.unit = { kind: 'percent', unit: 'pp' };
    return;
  }
  // "zero-hours contracts", "zero-emission vehicles": a kind of thing, not a quantity of none.
  if (core.value === 0 && !core.digits) {
    core.reject = true;
    return;
  }
  // "a 25-basis-point cut": a unit of several words written with hyphens.
  const lower = parts.map((p) => p.toLowerCase());
  const unit = unitsByFirstWord.get(word)?.find((u) => u.words.length <= lower.length && u.words.every((w, m) => w === lower[m]))?.info ?? unitBySpelling.get(word);
  if (unit) {
    core.unit = unit;
    // "a 16-year-old", and "16-year-olds" for a group of that age.
    if ((parts[1] === 'old' || parts[1] === 'olds') && unit.kind === 'duration') core.age = true;
    return;
  }
  if (adjectiveTails.has(word)) {
    // "one-off", "one-time", "two-way": a compound adjective, not a count.
    core.reject = true;
    return;
  }
  // "a 6,000-strong community": a group that many strong, with no noun to count.
  if (word === 'strong') return;
  if (/^[a-z]+$/.test(word)) core.hyphenNoun = word;
  else core.reject = true;
}

/** A number at word j, at most one space after the word before it, or a minus sign and a number ("$-50.8bn", "$ - 5"). */
function numberAt(w: Token[], j: number): boolean {
  const n = w[j];
  if (!n) return false;
  if (n.kind === 'number') return n.start - w[j - 1].end <= 1;
  return minusSigns.has(n.text) && w[j + 1]?.kind === 'number';
}

/** Currency written before the number at token i: "$", "US$", "C $", "HK$", "EUR", "Rs", "€". */
function currencyBefore(s: Scan, i: number): { currency: string; next: number } | null {
  const { w, keys } = s;
  const t = w[i];
  if (!t) return null;
  if (t.kind === 'symbol' || t.kind === 'punct') {
    const code = currencySigns.get(t.text);
    if (code && code !== 'cent' && numberAt(w, i + 1)) return { currency: code, next: i + 1 };
    // "$US 5.5 billion", "$A 20": the country written after the sign, in capitals and glued to it.
    const after = w[i + 1];
    if (t.text === '$' && after?.kind === 'word' && after.start === t.end && after.text === after.text.toUpperCase() && numberAt(w, i + 2)) {
      const prefix = dollarPrefixes.get(keys[i + 1]);
      if (prefix) return { currency: prefix, next: i + 2 };
    }
    return null;
  }
  if (t.kind !== 'word') return null;
  const prefix = dollarPrefixes.get(keys[i]);
  if (prefix && w[i + 1]?.text === '$' && numberAt(w, i + 2)) {
    const glued = w[i + 1].start === t.end;
    // A lone capital "A" or "S" before " $5" is an article or an initial, not a currency prefix; "us"
    // and "can" apart from the sign count only with a capital ("costs us $3m" is a pronoun).
    const word = keys[i] === 'a' || keys[i] === 's' || ((keys[i] === 'us' || keys[i] === 'can') && !isUpperCode(t.text.charCodeAt(0)));
    if (glued || !word || t.text === 'S') return { currency: prefix, next: i + 2 };
  }
  const code = currencyCodesBefore.get(keys[i]);
  // Codes count in capitals ("USD 5"), and the abbreviations written in mixed case: "Rs 500", "KSh 300".
  if (code && numberAt(w, i + 1) && (t.text === t.text.toUpperCase() || keys[i] === 'rs' || keys[i] === 'sen' || keys[i] === 'ksh') && keys[i] !== 'try') {
    return { currency: code, next: i + 1 };
  }
  return null;
}

/** A word token with an amount glued to a currency code or sign word: "RM3.06mil", "EUR50m", "US$5". */
function gluedCurrencyWord(s: Scan, i: number): { currency: string; text: string; offset: number } | null {
  const t = s.w[i];
  const x = t.text;
  if (!(isDigitCode(x.charCodeAt(1)) || isDigitCode(x.charCodeAt(2)) || isDigitCode(x.charCodeAt(3)) || isDigitCode(x.charCodeAt(4)))) return null;
  const m = /^([A-Za-z]{1,3})(\$?)(\d)/.exec(t.text);
  if (!m) return null;
  const code = m[2] ? dollarPrefixes.get(m[1].toLowerCase()) : currencyCodesBefore.get(m[1].toLowerCase());
  if (!code || (m[1] !== m[1].toUpperCase())) return null;
  const offset = m[1].length + m[2].length;
  return { currency: code, text: t.text.slice(offset), offset };
}

function isPluralNoun(key: string): boolean {
  if (pluralNouns.has(key)) return true;
  const n = key.length;
  if (n > 6 && key.charCodeAt(n - 1) !== 115 /* s */ && compoundPlural.test(key) && !singularInMen.has(key)) return true;
  if (n < 3 || key.charCodeAt(n - 1) !== 115 /* s */) return false;
  const before = key.charCodeAt(n - 2);
  // "M&S", "P&O": an initialism with an ampersand names a firm.
  if (before === 115 /* ss */ || before === 117 /* us */ || before === 39 /* 's */ || before === 0x2019 || before === 38 /* &s */) return false;
  if (notPlural.has(key)) return false;
  return !(before === 105 /* is */ && n > 4);
}

/** A word of two to four capitals ("NHS", "IRS"); "MPs" and "NGOs" are plurals, and so is "NURSES" in a headline. */
function isInitialism(text: string): boolean {
  if (text.length < 2 || text.length > 4) return false;
  for (let c = 0; c < text.length; c++) if (!isUpperCode(text.charCodeAt(c))) return false;
  return true;
}

/** Words after a length in metres ("1.8m tall", "100m from"), which "2.1m" in millions does not take. */
const dimensionWords = new Set(['tall', 'long', 'high', 'wide', 'deep', 'away', 'above', 'below', 'across', 'thick', 'in', 'from', 'of', 'under', 'over', 'down', 'up', 'to']);
/** Words after "a year" that make it a time, not a rate ("52.2 million a year ago"). */
const timeAnchors = new Set<string | undefined>(['ago', 'earlier', 'later', 'before', 'after']);
/** "dozen" and its abbreviations after digits ("3 dozen", "2 doz"). */
const dozenWords = new Set<string | undefined>(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']);
/** Adverbs without "-ly" that end a sentence after a number, never its counted noun. */
const adverbHeads = new Set(['overnight', 'abroad', 'indoors', 'outdoors', 'upstairs', 'downstairs', 'online', 'offline', 'apiece', 'altogether', 'instead']);

/** People who forecast a number, as the subject of a clause right after it ("the 1.2 billion analysts had expected"). */
const forecasterNouns = new Set(['analysts', 'economists', 'forecasters', 'experts', 'traders', 'strategists', 'pollsters', 'investors', 'markets']);
/** What such a subject does: a verb of forecasting, perhaps after "had" or "have". */
const forecastVerbs = new Set<string | undefined>(['expected', 'forecast', 'forecasted', 'predicted', 'estimated', 'anticipated', 'projected',
  'expect', 'predict', 'pencilled', 'penciled']);
/** After the clause's verb: its end, so the verb has no object ("had expected.", "forecast for May"). */
const afterForecast = new Set<string | undefined>([undefined, 'for', 'in', 'on', 'at', 'and', 'but', 'from', 'by', 'ahead', 'before', 'last', 'this', 'earlier']);

/**
 * "beating the 1.2 billion analysts had expected": after "the", forecasters and a verb of
 * forecasting that ends its clause, an object relative clause ("About 300 analysts were polled" and
 * "the 40 economists expected a cut" count economists).
 */
function forecastSubject(s: Scan, start: number, phrase: { head: string; end: number }): boolean {
  const { keys, w } = s;
  if (keys[start - 1] !== 'the' || !forecasterNouns.has(phrase.head)) return false;
  let verb = phrase.end;
  if (keys[verb] === 'had' || keys[verb] === 'have') verb++;
  if (!forecastVerbs.has(keys[verb])) return false;
  const after = w[verb + 1];
  return after === undefined || after.kind === 'punct' || afterForecast.has(keys[verb + 1]);
}

/** Words before a second number that measures what the last figure did ("including 1.5 million"). */
const comparedAfter = new Set<string | undefined>(['and', 'or', 'from', 'including', 'vs', 'versus', 'than', 'another', 'against']);
/**
 * Whether the words before a bare number say it measures what a figure before it did: a word of
 * comparison ("including 1.5 million", "another 4,000"), a level "of" ("a peak of 143,000"), a level
 * reached right after a figure ("from 80 ships to 47"), or the rest ("the remaining 19").
 */
function measuresAsBefore(s: Scan, start: number, previous: Figure[]): boolean {
  const { keys } = s;
  return comparedAfter.has(keys[start - 1]) || (keys[start - 1] === 'of' && levelNouns.has(keys[start - 2])) || levelReachedAfterFigure(s, start, previous) || restOfCount(s, start) ||
    (keys[start - 1] === 'to' && changeVerbsBeforeTo.has(keys[start - 2]) && lastCountHasNoun(previous));
}

/** Whether the last figure before, dates and ordinals aside, counts a noun ("18,000 passengers"; not "3G"). */
function lastCountHasNoun(previous: Figure[]): boolean {
  for (let p = previous.length - 1; p >= 0; p--) {
    const f = previous[p];
    if (f.kind === 'date' || f.kind === 'ordinal') continue;
    return f.kind === 'count' && f.noun !== undefined;
  }
  return false;
}

/** "18,000 passengers a day in the first year, rising to 30,000": a level the count moves to. */
const changeVerbsBeforeTo = new Set([
  'rising', 'rose', 'risen', 'rises', 'falling', 'fell', 'fallen', 'falls', 'growing', 'grew', 'grown', 'grows', 'climbing', 'climbed',
  'climbs', 'increasing', 'increased', 'increases', 'dropping', 'dropped', 'drops', 'declining', 'declined', 'declines', 'jumping',
  'jumped', 'jumps', 'shrinking', 'shrank', 'shrunk', 'shrinks',
]);

/**
 * "cut its order from 80 ships to 47", "from 72,000 units in 2003 to 94,000": a level reached
 * right after another figure. After a noun ("the pension age to 65") the level is of that noun.
 */
function levelReachedAfterFigure(s: Scan, start: number, previous: Figure[]): boolean {
  if (s.keys[start - 1] !== 'to' || start < 2) return false;
  const before = s.w[start - 2].end;
  return previous.some((f) => f.end === before);
}

/** A period after a word of more: "more years", "additional months", "extra days". */
const morePeriod = /^(?:more|additional|extra|further|other)\s+(year|month|week|day|hour|minute|decade)s?$/i;

/**
 * Between a duration and a bare number that is the same amount of time: "41 days in Poland, against
 * 120", "six years, up from four", "81 days from 53", "three hours or 90". Only a place may come
 * between, no verb ("the last 8 months, climbed to 110.0 ... from 108.0" is an index level), and
 * not "and" ("for two years and 300 ..." goes on to something else).
 */
const durationThen = /^[\s,;]*(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*[\s,;]*)?(?:(?:up|down)\s+)?(?:against|from|than|versus|vs\.?|or)\s+$/;

/** Signs read as qualifiers ("<50%", "≥100 km/h"), unless they make an arrow. */
const comparisonSigns = new Set(['<', '>', '≤', '≥']);

/**
 * "with the remaining 19 going to smaller parties", "the other 12": the rest of what the count
 * before it counted. The number ends its noun phrase, so "the other 12 hours" is not read so.
 */
function restOfCount(s: Scan, start: number): boolean {
  const { w, keys } = s;
  const after = w[start + 1];
  if (after && after.kind === 'word' && !restEnds.has(keys[start + 1])) return false;
  return (keys[start - 1] === 'remaining' || keys[start - 1] === 'other') && keys[start - 2] === 'the';
}
const restEnds = new Set<string | undefined>(['and', 'or', 'while', 'with', 'in', 'on', 'at', 'going', 'went', 'were', 'are', 'each', 'apiece']);

/** Moves in a ranking ("fell one place to four"): the number after them is a rank, not more places. */
const rankMoves = new Set(['place', 'spot', 'position', 'rank', 'notch', 'rung']);
/** A level of the same quantity before "of" and a number: "down from a peak of 143,000", "a capacity of 100,000". */
const levelNouns = new Set<string | undefined>(['peak', 'high', 'low', 'total', 'record', 'level', 'figure', 'average', 'tally', 'maximum', 'minimum', 'capacity', 'target']);

/**
 * "killed", "rising": a verb form, not the head of a counted noun phrase. What comes before the
 * ending must hold a vowel, so "thing", "king", "spring" and "shed" stay nouns.
 */
function endsInEdOrIng(k: string): boolean {
  const n = k.length;
  if (n >= 2 && k.charCodeAt(n - 2) === 101 /* e */ && k.charCodeAt(n - 1) === 100 /* d */) return hasVowelBefore(k, n - 2);
  return n >= 3 && k.charCodeAt(n - 3) === 105 /* i */ && k.charCodeAt(n - 2) === 110 /* n */ && k.charCodeAt(n - 1) === 103 /* g */ && hasVowelBefore(k, n - 3);
}

function hasVowelBefore(k: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = k.charCodeAt(i);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) return true;
  }
  return false;
}

function isPossessive(k: string): boolean {
  return k.endsWith("'s") || k.endsWith('’s');
}

function isWordToken(t: Token | undefined): boolean {
  return !!t && t.kind === 'word';
}

interface Phrase {
  end: number;
  head: string;
  text: string;
}

/** Allowed inside a counted noun phrase although they are stop words elsewhere. */
const phraseModifiers = new Set(['more', 'other', 'additional', 'new', 'extra', 'former', 'further']);

/**
 * The counted noun phrase starting at word i: up to five words ending at the first plural noun
 * ("700 heart transplants", "1,100 public housing properties"); singular heads only for one and
 * for parts ("a third of the company shares"). After "one", a word ending in "s" that follows the
 * first noun is a verb ("one man recognises", "one thing seems").
 */
function nounPhrase(s: Scan, i: number, singular: boolean, one = false): Phrase | null {
  const { w, keys } = s;
  let end = i;
  let head = -1;
  let sawAnd = false;
  while (end < w.length && end - i < 6) {
    const t = w[end];
    if (
      t.kind === 'number' &&
      ((end > i && isCapitalized(w[end + 1]) && /^\d+$/.test(t.text)) ||
        (/^\d+-\d+$/.test(t.text) && modelNouns.has(keys[end + 1])) ||
        (end > i && isCapitalized(w[end - 1]) && /^\d+$/.test(t.text) && isWordToken(w[end + 1]) && !isCapitalized(w[end + 1]) && isPluralNoun(keys[end + 1])))
    ) {
      // "two new 737 Max jets", "10 737-800 planes", "48 Leopard 2 tanks": a model number inside the phrase.
      end++;
      continue;
    }
    if (!isWordToken(t)) break;
    const k = keys[end];
    // A time word in the possessive only modifies the head: "a third of Monday's shipments" (see possessiveTimeKey).
    if (isPossessiveTime(s, end)) {
      end++;
      continue;
    }
    if (k === 'and' || k === 'or') {
      // "digital and physical sales": a coordination of modifiers before one plural head.
      if (head >= 0 || sawAnd || end === i || !isWordToken(w[end + 1]) || nounStops.has(keys[end + 1])) break;
      sawAnd = true;
      end++;
      continue;
    }
    if (nounStops.has(k) && !(phraseModifiers.has(k) && end === i && isWordToken(w[end + 1]) && !nounStops.has(keys[end + 1])) && !(t.text === 'US' || t.text === 'UK') &&
      !(end > i && changeNouns.has(k) && changeModifiers.test(keys[end - 1]))) break;
    // A negated auxiliary ("wasn't", "don’t") is a verb: the phrase ended before it.
    if (k.endsWith("n't") || k.endsWith('n’t') || (end > i && pastParticiples.has(k) && !isPossessive(keys[end - 1]))) break;
    if (lowerCasePastTenses.has(t.text)) break;
    // "won 2-1 thanks to a late goal": a preposition, not a plural.
    if (k === 'thanks' && keys[end + 1] === 'to') break;
    if (k.length > 3 && k.endsWith('ly') && !lyNouns.has(k) && k.indexOf('-') < 0) break;
    if (smallNumbers.has(k) || months.has(k) || weekdays.has(k)) break;
    if (t.text.endsWith('.') && t.text.length > 2 && end > i && !/^[A-Z]/.test(t.text)) {
      // A full stop glued to the word ends the sentence after it.
      end++;
      head = end - 1;
      break;
    }
    end++;
    // "220 NHS trusts": a short initialism in "S" before a lower-case word of the phrase modifies it.
    const plural = isPluralNoun(k) && !(isInitialism(t.text) && isWordToken(w[end]) && !isUpperCode(w[end].text.charCodeAt(0)) && !nounStops.has(keys[end])) &&
      // "two sports cars", "three arms dealers": a plural used as a modifier of the plural after it;
      // "250 Abrams tanks": a name in "s" before a lower-case plural names the model, not the head.
      !((attributivePlurals.has(k) || isCapitalized(t)) && isWordToken(w[end]) && !isCapitalized(w[end]) && isPluralNoun(keys[end]) && !nounStops.has(keys[end]));
    if (plural || (singular && end - i >= 1 && !endsInEdOrIng(k))) {
      head = end - 1;
      if (plural || singular) {
        if (!singular || plural || !isWordToken(w[end]) || nounStops.has(keys[end]) || (one && end - i === 1 && !isCapitalized(w[end])) || !isPluralNoun(keys[end] ?? '')) {
          // "one step further": a modifier after the noun is an adverb, not the head.
          if (singular && !isPluralNoun(k) && isWordToken(w[end]) && !nounStops.has(keys[end]) && !phraseModifiers.has(keys[end]) && !/(ed|ing|ly)$/.test(keys[end]) && !(one && end - i === 1 && !isCapitalized(w[end]) && isPluralNoun(keys[end])) && end - i < 3) continue;
          break;
        }
      }
    }
  }
  if (head < 0) return null;
  if (endsInEdOrIng(keys[head]) && !pluralNouns.has(keys[head])) return null;
  // "went to zero overnight", "two abroad": an adverb without "-ly" is no head ("two overnight stays" keeps "stays").
  if (adverbHeads.has(keys[head])) return null;
  const a = w[i].start;
  let b = w[head].end;
  if (s.text.charCodeAt(b - 1) === 46 /* . */) b--;
  let headKey = keys[head];
  if (headKey.endsWith("'s") || headKey.endsWith('’s')) return null;
  return { end: head + 1, head: headKey, text: s.text.slice(a, b) };
}

function qualifierStart(s: Scan, i: number): number {
  const q = qualifierBefore(s, i);
  return q ? q.first : i;
}

/** Looks back from token i for a qualifier ("more than", "an estimated"). */
function qualifierBefore(s: Scan, i: number): { first: number; approx: Approx } | null {
  const prev = s.keys[i - 1];
  if (prev === undefined) return null;
  const list = qualifiersByLastWord.get(prev);
  if (!list) return null;
  for (const [phrase, approx] of list) {
    const first = i - phrase.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length - 1; k++) {
      if (s.keys[first + k] !== phrase[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "some" is a qualifier before a number ("some 300 residents"), "over" and "under" too, but
    // "c" only as "c." or "c" written right before digits.
    if (phrase[0] === 'c' && s.w[first].text !== 'c.') continue;
    // "2023 -> 2024", "300 => 450": an arrow, not "more than".
    if (comparisonSigns.has(phrase[0]) && first > 0 && s.w[first - 1].end === s.w[first].start && /^[-=–—<>]$/.test(s.w[first - 1].text.slice(-1))) continue;
    // "unemployment edged up to 4.9%", "prices went up to 5%": the verb's "up", then the level reached.
    if (phrase[0] === 'up' && phrase[1] === 'to' && (movedUp(s.keys[first - 1]) || willGoUp(s.keys, first - 1))) continue;
    // "jailed over £2.3m fraud", "a row over $5bn in aid": "over" says what the sentence or the row
    // is about, not that the amount is exceeded.
    if (phrase.length === 1 && phrase[0] === 'over' && aboutWhat.has(s.keys[first - 1])) continue;
    // "handed over $103,500", "signed over £2m": the verb's "over", then the amount.
    if (phrase.length === 1 && phrase[0] === 'over' && overParticleVerbs.has(s.keys[first - 1])) continue;
    // "four fewer than four years ago", "300 more than the": a difference before the comparison, which
    // qualifies nothing after it.
    if (phrase[phrase.length - 1] === 'than' && first > 0 && isDifference(s, first - 1)) continue;
    // "three times as much as a decade earlier", "twice as many as 300": a multiple's comparison, not "at most".
    if (phrase[0] === 'as' && phrase.length === 3 && multipleWords.has(s.keys[first - 1])) continue;
    return { first, approx };
  }
  return null;
}

/** Words that end a multiple before "as much as": "three times", "twice", "half". */
const multipleWords = new Set<string | undefined>(['times', 'twice', 'thrice', 'half', 'fold']);

/**
 * A qualifier of an amount of time before word i ("almost", "more than", "up to"), but not a
 * comparison ("higher than a year ago", "below a year") nor the verb "estimated" ("the 3.1% the
 * government estimated a month ago").
 */
function periodQualifierBefore(s: Scan, i: number): { first: number; approx: Approx } | null {
  const qualifier = qualifierBefore(s, i);
  if (qualifier === null || notPeriodQualifiers.has(s.keys[qualifier.first]) || notPeriodQualifiers.has(s.keys[i - 1])) return null;
  return qualifier;
}
const notPeriodQualifiers = new Set<string | undefined>(['higher', 'greater', 'lower', 'fewer', 'above', 'below', 'exceeding', 'sub', 'estimated']);

/**
 * Whether word i is a number that can be a difference: digits or a spelled number, but not a year
 * ("In 2019 more than 300 died") nor a number that names ("the top 40", "FTSE 100").
 */
function isDifference(s: Scan, i: number): boolean {
  const t = s.w[i];
  // "climbed back into the top 20 nearly eight years after": a number that names, not a difference.
  if (identifierHeads.has(s.keys[i - 1]) || isCapitalized(s.w[i - 1])) return false;
  return smallNumbers.has(s.keys[i]) || (t.kind === 'number' && !isYearLike(parseLeadingNumber(t.text, 0)?.value ?? 0));
}

/** Words after which "over" means "about": sanctions, disputes and alarm ("jailed over", "row over", "fears over"). */
const aboutWhat = new Set<string | undefined>(['jailed', 'sentenced', 'convicted', 'arrested', 'sued', 'suing', 'sues', 'prosecuted',
  'investigated', 'questioned', 'sacked', 'fired', 'suspended', 'quizzed', 'row', 'rows', 'dispute', 'disputes', 'probe', 'probes', 'inquiry', 'investigation',
  'clash', 'clashes', 'battle', 'fight', 'fears', 'concern', 'concerns', 'anger', 'outrage', 'fury', 'criticism', 'criticised', 'criticized',
  'protest', 'protests', 'strike', 'strikes', 'scandal', 'lawsuit', 'trial', 'accused', 'blamed', 'apologises', 'apologizes', 'quits', 'resigns']);

/** Plurals that modify another noun as they are ("sports cars", "arms dealers", "savings accounts"). */
const attributivePlurals = new Set(['sports', 'arms', 'savings', 'customs', 'goods', 'sales', 'systems', 'services', 'operations', 'communications',
  'drugs', 'weapons', 'parts', 'claims', 'securities', 'rights', 'games', 'news', 'admissions', 'emissions', 'benefits', 'earnings', 'ratings',
  'measles', 'mumps', 'diabetes', 'series', 'species',
  // Collective nouns counted as they are ("300 police", "40 staff") modify a plural after them: "12 police officers", "50 military sites".
  'police', 'staff', 'crew', 'media', 'youth', 'military', 'militia', 'cattle', 'fish', 'data', 'livestock', 'poultry', 'clergy', 'infantry']);

const magnitudeVerbs = new Set<string | undefined>(['measuring', 'measured', 'measures', 'registering', 'registered', 'registers']);

/** Words of an earthquake, for a magnitude written without the word "magnitude". */
const quakeWords = /quake|aftershock|tremor|seismic/i;

/** The text of the scan's sentence, from its first word to its last. */
function sentenceText(s: Scan): string {
  return s.w.length > 0 ? s.text.slice(s.w[0].start, s.w[s.w.length - 1].end) : '';
}

/** Words before "over" and a duration after which "over" is "more than": "for over five years", "after over a year". */
const overAsMoreThan = new Set<string | undefined>(['for', 'of', 'after', 'in', 'within', 'lasting', 'lasted', 'lasts', 'took', 'takes', 'take', 'spent', 'spend',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'served', 'serving', 'waited', 'waiting', 'wait', 'waits', 'spanning', 'spanned', 'spans', 'aged',
  'just', 'well', 'little', 'than']);
/** Words after a duration that make "over" before it "more than": "over five years ago", "over 50 years old". */
const durationEnds = new Set<string | undefined>(['ago', 'old', 'later', 'earlier', 'before', 'after', 'long', 'of']);

/** Verbs whose particle is "over" ("handed over", "signed over", "turned over"): no qualifier after them. */
const overParticleVerbs = new Set<string | undefined>(['hand', 'hands', 'handed', 'handing', 'sign', 'signs', 'signed', 'signing', 'turn', 'turns', 'turned', 'turning']);

/**
 * Nouns of a deal or a wrong that an amount can name ("a £2.7m fraud", "$5bn deal"): "over" before
 * such an amount says what something is about ("jailed for eight years over £2.7m fraud").
 */
const overWhatNouns = new Set<string | undefined>(['fraud', 'frauds', 'scam', 'scams', 'theft', 'thefts', 'swindle', 'embezzlement', 'heist', 'robbery',
  'deal', 'deals', 'contract', 'contracts', 'takeover', 'bid', 'bids', 'bribe', 'bribes', 'bribery', 'lawsuit', 'settlement', 'bailout', 'payout',
  'blunder', 'overspend']);

/** Verbs of movement after which "up to" is the verb's "up" and the level reached ("edged up to 4.9%"). */
const movedUpVerbs = new Set([...increaseVerbs, 'went', 'gone', 'shot', 'crept', 'came', 'moved', 'edges', 'ticks', 'creeps']);

/**
 * "will go up to £1,843", "is going up to 6%": a rise to a level. After "may", "might", "could" or
 * "can" the reach is a ceiling ("may rise to $15bn or more").
 */
function willGoUp(keys: string[], verb: number): boolean {
  const k = keys[verb];
  if (k !== 'go' && k !== 'goes' && k !== 'going') return false;
  const before = keys[verb - 1];
  return before !== 'may' && before !== 'might' && before !== 'could' && before !== 'can';
}

function movedUp(verb: string | undefined): boolean {
  return verb !== undefined && verb !== 'up' && movedUpVerbs.has(verb);
}

/**
 * Currencies whose names are also English words ("he won", "the real thing"). "mark" and "real"
 * stay words even after a scale ("the 100 million mark", "in real terms").
 */
const wordCurrencies = new Set(['mark', 'marks', 'real', 'won', 'rand', 'dong', 'lei']);
const scaledWordCurrencies = new Set([...wordCurrencies].filter((w) => w !== 'mark' && w !== 'real'));

/** A unit written after the number at token j: the longest listed spelling that matches. */
/** Words of size after "in" that make it inches. */
const inchSizeWords = new Set<string | undefined>(['thick', 'wide', 'long', 'tall', 'high', 'deep', 'across', 'diameter']);
/** Words that may follow the word of size ("3 in thick and", "5 in deep in places"). */
const afterSize = new Set<string | undefined>(['and', 'or', 'by', 'in', 'at', 'with', 'of', 'than', 'but']);

function inchesBeforeSize(s: Scan, i: number): boolean {
  if (!inchSizeWords.has(s.keys[i]) || s.w[i].kind !== 'word') return false;
  const next = s.w[i + 1];
  return next === undefined || next.kind !== 'word' || afterSize.has(s.keys[i + 1]);
}

function unitAt(s: Scan, j: number, core: Core): { info: UnitInfo; end: number } | null {
  const { w, keys } = s;
  const t = w[j];
  if (!t) return null;
  let k = keys[j];
  if ((t.text === '(' || t.text === '[' || t.text === '{' || t.text === '<') && w[j + 2] && /^[)\]}>]$/.test(w[j + 2].text)) {
    // "20 (kg)": a unit in brackets.
    const inner = unitAt(s, j + 1, core);
    if (inner && inner.end === j + 2 && inner.info.kind === 'measure') return { info: inner.info, end: j + 3 };
    return null;
  }
  if (t.kind === 'punct' && k !== '%' && k !== "'" && k !== '"' && k !== '″') return null;
  if (k === 'mb' && core.digits) return { info: { kind: 'measure', unit: t.text === 'MB' ? 'MB' : 'Mb' }, end: j + 1 };
  // "6.1 on the Richter scale": not in the unit list, where a unit opening with "on" would stop scores ("3-1 on penalties").
  if (k === 'on' && keys[j + 1] === 'the' && keys[j + 2] === 'richter' && keys[j + 3] === 'scale' && core.digits) return { info: { kind: 'measure', unit: 'magnitude' }, end: j + 4 };
  const candidates = unitsByFirstWord.get(k);
  if (!candidates) return null;
  for (const c of candidates) {
    if (j + c.words.length > w.length) continue;
    let ok = true;
    for (let m = 1; m < c.words.length && ok; m++) if (keys[j + m] !== c.words[m]) ok = false;
    if (!ok) continue;
    if (c.words.length === 1 && ambiguousUnitWords.has(k)) {
      // "5 m", "3 ft" need digits; a lone "in", "a", "p" after a spelled number is a word. A
      // currency that is also a word ("won", "real") needs a scale before it ("1.2 trillion won");
      // "rand" in lower case after digits is the currency ("35,000 rand a year"), "Rand" a name.
      const scaledCurrency = (core.scaled && scaledWordCurrencies.has(k)) || (k === 'rand' && core.digits && t.text === 'rand');
      if (!core.digits && !scaledCurrency) continue;
      // "2 in thick", "5 in deep in places": "in" before a word of size that ends the phrase is
      // inches; otherwise a preposition ("3 in high winds").
      if (k === 'in' && (core.currency || !inchesBeforeSize(s, j + 1))) continue;
      if (k === 'a' || k === 'k' || k === 'c' || k === 'v' || (k === 'w' && t.text !== 'W') || k === 't' || k === 'min' && keys[j + 1] === 'of') continue;
      if ((k === "'" || k === '"' || k === '″') && (t.start !== w[j - 1].end || core.currency || core.scaled || closesQuotation(s.text, t.start))) continue;
      if ((wordCurrencies.has(k) && !scaledCurrency) || k === 'try' || k === 'stone' || k === 'night' || k === 'nights') continue;
      if (k === 'p' && isCapitalized(w[j + 1]) && w[j + 1].start === t.end + 1) continue;
      if (k === 'g' && t.text === 'G') continue;
      if (k === 'm' && (core.currency || t.text === 'M')) continue;
    }
    if (c.words.length === 1 && (k === 'pound' || k === 'pounds')) {
      // "361 million pounds" and "pounds sterling" are money; "25 pounds" is weight.
      if (core.scaled || keys[j + 1] === 'sterling') return { info: { kind: 'money', unit: 'GBP' }, end: j + (keys[j + 1] === 'sterling' ? 2 : 1) };
      return { info: { kind: 'measure', unit: 'lb' }, end: j + 1 };
    }
    if (c.info.kind === 'duration' && (k === 'second' || k === 'minute') && !core.digits && core.value === 1 && s.keys[core.first] === 'a' && !isAndAHalf(keys, j + 1) && !isMarginOfOne(keys, core.first)) {
      // "a second" is a unit only when the reader took "a" as one: "a second time" is an ordinal;
      // "a minute and a half" and a race's margin, "more than a second clear of", are durations.
      return null;
    }
    return { info: c.info, end: j + c.words.length };
  }
  if (k === 'pound' || k === 'pounds') {
    if (core.scaled || keys[j + 1] === 'sterling') return { info: { kind: 'money', unit: 'GBP' }, end: j + (keys[j + 1] === 'sterling' ? 2 : 1) };
    return { info: { kind: 'measure', unit: 'lb' }, end: j + 1 };
  }
  return null;
}

/**
 * Whether the straight quote at `at` closes a quotation opened before it in the paragraph, which
 * makes it no foot or inch mark ('the "Markets 2004" report', "'less than 10'"). A double quote
 * closes one after an odd number of them; a single quote when one opened at a word's start (after a
 * space or bracket, before a letter or digit) and none closed since, apostrophes inside words aside.
 */
function closesQuotation(text: string, at: number): boolean {
  const mark = text.charCodeAt(at);
  let open = false;
  for (let i = 0; i < at; i++) {
    if (text.charCodeAt(i) !== mark) continue;
    if (mark === 34 /* " */) {
      open = !open;
      continue;
    }
    const before = i > 0 ? text[i - 1] : ' ';
    const after = text[i + 1] ?? ' ';
    if (/[\s([{]/.test(before) && /[\p{L}\p{N}$£€]/u.test(after)) open = true;
    else if (/\S/.test(before) && /[\s.,;:!?)\]]/.test(after)) open = false;
  }
  return open;
}

/** A rate after a unit: "a barrel", "per square foot", "/hr", "a-year". Returns the unit and the index after it. */
function perAt(s: Scan, j: number): { per: string; end: number } | null {
  const found = perAtRaw(s, j);
  // "52.2 million a year ago" names a time, not a rate.
  if (found && timeAnchors.has(s.keys[found.end])) return null;
  return found;
}

/** A whole number a rate can be per: "100,000", "1000". */
const roundCount = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;

function perAtRaw(s: Scan, j: number): { per: string; end: number } | null {
  const { w, keys } = s;
  const k = keys[j];
  if (k === undefined) return null;
  if (k.startsWith('a-') && perNouns.has(k)) return { per: k.slice(2), end: j + 1 };
  let n = -1;
  if (k === 'per') n = j + 1;
  else if ((k === '/' && w[j].start === w[j - 1].end) || k === 'a' || k === 'an') n = j + 1;
  else if (k === 'every' || k === 'each') {
    // "1,330 tonnes every second", "400 deaths each year": a rate per a period only.
    const period = unitsByFirstWord.get(keys[j + 1])?.find((c) => c.words.length === 1 && c.info.kind === 'duration');
    return period ? { per: period.info.unit, end: j + 2 } : null;
  }
  if (k === 'per' && w[n]?.kind === 'number' && roundCount.test(w[n].text)) {
    // "12.4 cases per 100,000 people", "30 deaths per 1,000 live births": a rate per a number of things.
    const phrase = isWordToken(w[n + 1]) ? nounPhrase(s, n + 1, false) : null;
    return phrase ? { per: `${w[n].text} ${phrase.text}`, end: phrase.end } : { per: w[n].text, end: n + 1 };
  }
  if (n < 0 || !isWordToken(w[n])) return null;
  // "£30,000 per annum": Latin for a year.
  if (keys[n] === 'annum' && k === 'per') return { per: 'year', end: n + 1 };
  const unit = unitsByFirstWord.get(keys[n]);
  if (unit) {
    for (const c of unit) {
      let ok = true;
      for (let m = 1; m < c.words.length && ok; m++) if (keys[n + m] !== c.words[m]) ok = false;
      if (ok && (k === 'per' || perNouns.has(c.words[0]) || c.info.kind === 'duration' || k === '/')) {
        return { per: c.info.kind === 'duration' || c.info.kind === 'measure' ? c.info.unit : c.words.join(' '), end: n + c.words.length };
      }
    }
  }
  if (k === 'per' || perNouns.has(keys[n])) {
    if (nounStops.has(keys[n]) && keys[n] !== 'each') return null;
    return { per: singularOf(keys[n]), end: n + 1 };
  }
  return null;
}

/**
 * "Tom Reed, 52, is charged", "The film-maker, 68, won": a whole number between commas
 * right after a person's name or role is their age.
 */
function ageBetweenCommas(s: Scan, first: number, end: number, core: Core): boolean {
  const { w } = s;
  if (core.end !== first + 1 || !/^\d{1,3}$/.test(w[first].text) || core.value === null || core.value < 1 || core.value > 120) return false;
  // "Agassi, now 34, has": "now" may stand before the age.
  if (s.keys[first - 1] === 'now' && w[first - 2]?.text === ',' && w[end]?.text === ',' && isCapitalized(w[first - 3])) return core.value >= 16 && core.value <= 110;
  if (w[first - 1]?.text !== ',') return false;
  // "said Hynde, 53." ends the sentence with the age: only after a name, and only an adult's age.
  const closes = w[end]?.text === '.' && end === w.length - 1 && isCapitalized(w[first - 2]) && core.value >= 16 && core.value <= 110;
  if (w[end]?.text !== ',' && !closes) return false;
  const before = w[first - 2];
  // "The Norwegian, 26,": a people's name that also opens a currency ("Norwegian kroner") is a person here.
  const demonym = isCapitalized(before) && s.keys[first - 3] === 'the';
  return before !== undefined && before.kind === 'word' && (!unitsByFirstWord.has(s.keys[first - 2]) || demonym) && !months.has(s.keys[first - 2]) && !weekdays.has(s.keys[first - 2]) && !partNouns.has(s.keys[first - 2]);
}

/** Nouns for a part or a number of things, after which ", 38," counts them ("the rest, 38, are hybrid"). */
const partNouns = new Set<string | undefined>(['rest', 'remainder', 'balance', 'total', 'majority', 'minority', 'others', 'number', 'figure', 'tally']);

/** Whether "oldest" or "youngest" opens the subject before the verb at word `verb`, with no punctuation between ("The oldest of his victims was"). */
function superlativeOfAgeBefore(s: Scan, verb: number): boolean {
  for (let j = verb - 1; j >= 0 && j >= verb - 7; j--) {
    if (s.w[j].kind === 'punct' || s.w[j].kind === 'number') return false;
    if (s.keys[j] === 'oldest' || s.keys[j] === 'youngest') return true;
  }
  return false;
}

/** Verbs after which "at" and a whole number give the age a person died at. */
const deathVerbs = new Set(['dies', 'died', 'dying', 'die']);

/** Pronouns after "one of" that pick out one member of a group already named. */
const onePronouns = new Set<string | undefined>(['them', 'those', 'us', 'you', 'whom', 'which', 'these']);

/** Words after "half" that make a compound noun or adjective, not a fraction. */
const halfCompounds = new Set<string | undefined>(['term', 'time', 'marathon', 'marathons', 'brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings', 'empty', 'full', 'jokingly', 'hearted', 'heartedly', 'asleep', 'naked', 'dressed', 'finished', 'built', 'baked']);

/** Compounds of irregular plurals: "grandchildren", "schoolchildren", "townspeople", "sportswomen", "fishermen". */
const compoundPlural = /(?:children|people|women|men)$/;
/** Singular words that end like a plural of "man". */
const singularInMen = new Set(['specimen', 'abdomen', 'regimen', 'acumen', 'bitumen', 'albumen', 'cyclamen']);

/** Irregular plurals and their singulars; other listed plurals ("people", "staff", "troops") stay as they are. */
const irregularSingulars = new Map([
  ['lives', 'life'], ['wives', 'wife'], ['knives', 'knife'], ['halves', 'half'], ['leaves', 'leaf'], ['wolves', 'wolf'], ['shelves', 'shelf'],
  ['thieves', 'thief'], ['calves', 'calf'], ['loaves', 'loaf'],
  ['children', 'child'], ['feet', 'foot'], ['teeth', 'tooth'], ['geese', 'goose'], ['mice', 'mouse'], ['oxen', 'ox'], ['lice', 'louse'],
  ['alumni', 'alumnus'], ['criteria', 'criterion'], ['phenomena', 'phenomenon'], ['bacteria', 'bacterium'], ['fungi', 'fungus'],
  ['cacti', 'cactus'], ['nuclei', 'nucleus'], ['stimuli', 'stimulus'], ['indices', 'index'], ['matrices', 'matrix'],
  ['vertices', 'vertex'], ['persons', 'person'], ['crises', 'crisis'], ['analyses', 'analysis'], ['theses', 'thesis'],
]);

export function singularOf(word: string): string {
  const irregular = irregularSingulars.get(word);
  if (irregular !== undefined) return irregular;
  // "men", "women", "fishermen", "businessmen"; "grandchildren", "townspeople".
  if (word.endsWith('men') && (pluralNouns.has(word) || isPluralNoun(word))) return word.slice(0, -3) + 'man';
  if (word.endsWith('children') && word.length > 8) return word.slice(0, -8) + 'child';
  if (word.endsWith('people') && word.length > 6) return word;
  if (!isPluralNoun(word) || pluralNouns.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  // "focuses", "viruses", "bonuses": a singular that ends in s takes "es".
  if (word.endsWith('es') && notPlural.has(word.slice(0, -2))) return word.slice(0, -2);
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('zzes')) return word.slice(0, -3);
  return word.slice(0, -1);
}

/** Change verbs just before a figure: "rose 3 points", "fell by half", "down 68p". */
/**
 * Verbs whose particle is "up" or "down" without a change of level: "set up 5 companies", "signed
 * up 300 members", "add up over five years", "turned down 12 offers" ("went up 5%", and in market
 * reports "closed up 2%", "opened down 1%", "ended up 5 points", are changes).
 */
const particleVerbs = new Set(['set', 'sets', 'setting', 'sign', 'signs', 'signed', 'signing', 'pick', 'picks', 'picked', 'picking', 'take', 'takes',
  'took', 'taken', 'taking', 'add', 'adds', 'added', 'adding', 'make', 'makes', 'made', 'making', 'step', 'stepped', 'stepping', 'break', 'broke',
  'broken', 'shut', 'show', 'shows', 'showed', 'line', 'lined', 'sum', 'summed', 'team', 'teamed', 'hold', 'held', 'hand', 'handed', 'put', 'give',
  'gave', 'given', 'tie', 'tied', 'wrap', 'wrapped', 'follow', 'followed', 'bring', 'brought', 'stand', 'stood', 'rack', 'racked', 'run', 'ran',
  'play', 'played', 'mark', 'marked', 'write', 'wrote', 'written', 'settle', 'settled', 'turn', 'turned', 'turns']);

/** "up" or "down" as a verb's particle ("set up"), not a change. */
function isParticle(s: Scan, j: number): boolean {
  const k = s.keys[j];
  return (k === 'up' || k === 'down') && particleVerbs.has(s.keys[j - 1]);
}

function changeBefore(s: Scan, first: number): 'increase' | 'decrease' | undefined {
  let j = first - 1;
  if (s.keys[j] === 'by') j--;
  const k = s.keys[j];
  if (k === undefined || isParticle(s, j)) return undefined;
  return changeVerbs.get(k);
}

/** The verbs of increaseVerbs and decreaseVerbs with the change each says, for one look-up instead of two. */
const changeVerbs = new Map<string, 'increase' | 'decrease'>([
  ...[...decreaseVerbs].map((k): [string, 'decrease'] => [k, 'decrease']), ...[...increaseVerbs].map((k): [string, 'increase'] => [k, 'increase']),
]);

/** The word a figure belongs to, for the hover: the verb just before it or the counted noun. */
/** Words that open another clause: a verb before them is not the figure's ("had been injured and that 5,606 buildings"). */
const clauseOpeners = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'while', 'whereas', 'because', 'although', 'though', 'if', 'when', 'where']);

/** Auxiliaries and adverbs between a counted noun and its verb ("had been", "were reportedly"). */
const verbAuxiliaries = new Set(['have', 'has', 'had', 'was', 'were', 'is', 'are', 'been', 'being', 'be', 'also', 'now', 'reportedly', 'already', 'since', 'all']);

/**
 * Past tenses without "-ed" that end a counted noun phrase only in lower case: "only one led to
 * charges", "two drew praise", but "50 LED bulbs", "two Fed officials" (nounStops are compared by key).
 */
const lowerCasePastTenses = new Set(['led', 'fed', 'drew', 'grew', 'withdrew', 'shook', 'dug', 'slid', 'spun', 'swung', 'clung', 'stung', 'wept', 'crept',
  'knelt', 'sped', 'bled', 'bred', 'lent', 'overtook', 'undertook', 'mistook', 'foresaw', 'forbade']);
/** Past participles not in "-ed" that say what happened to what a figure counts. */
const irregularParticiples = new Set(['died', 'hurt', 'lost', 'left', 'held', 'built', 'sold', 'taken', 'shot', 'stolen', 'sent', 'fled', 'struck', 'hit', 'cut', 'paid', 'spent', 'made', 'born', 'found', 'seen', 'given', 'won', 'brought', 'caught', 'bought', 'kept', 'laid', 'freed']);

function isContextVerb(s: Scan, j: number): boolean {
  const k = s.keys[j];
  if (isParticle(s, j)) return false;
  // A capitalised word in "-ed" is a name ("the United States", "Mr Sayeed"), not a verb, unless
  // it opens the sentence ("Priced at £229").
  return changeVerbs.has(k) || (k.length > 4 && k.endsWith('ed') && !notContextVerbs.has(k) && (!isCapitalized(s.w[j]) || (j === 0 && !k.includes('-'))));
}

/** Words in "-ed" that introduce a comparison or a basis, not what happened ("compared with 300"). */
const notContextVerbs = new Set(['compared', 'based', 'related', 'adjusted', 'indexed', 'linked', 'pegged']);

/**
 * The verb the figure belongs to: one of the three words before it ("killed more than 13,000"),
 * else, for an amount, the verb after it ("5,606 buildings had collapsed", "2,000 homes destroyed");
 * the counted noun when there is none.
 */
function contextOf(s: Scan, first: number, end: number, kind: FigureKind, noun: string | undefined): string | undefined {
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) {
    const k = s.keys[j];
    // "removed all but 92 of them": "all but" is "except", not a new clause.
    if (!isWordToken(s.w[j]) || (clauseOpeners.has(k) && !(k === 'but' && s.keys[j - 1] === 'all'))) break;
    if (isContextVerb(s, j)) return k;
  }
  if (kind !== 'date' && kind !== 'ordinal' && kind !== 'duration') {
    const j = verbAfter(s, end);
    if (j >= 0) return s.keys[j];
  }
  return noun;
}

/** The token index of a verb in the past right after `end`, past auxiliaries ("had collapsed", "were destroyed"); -1 if none. */
function verbAfter(s: Scan, end: number): number {
  let j = end;
  while (j < end + 3 && verbAuxiliaries.has(s.keys[j]) && isWordToken(s.w[j])) j++;
  return isWordToken(s.w[j]) && !isCapitalized(s.w[j]) && (isContextVerb(s, j) || irregularParticiples.has(s.keys[j])) ? j : -1;
}

function scaleAfter(s: Scan, core: Core): void {
  // "4 billion", "2.3 million", "3 lakh crore", "- 10  k", "1,674.5 M".
  if (core.value === null || core.vague || core.range && !core.digits) return;
  let j = core.end;
  if (!core.digits && !core.scaled) return;
  if (core.rest !== '' || core.unit) return;
  while (j < s.w.length) {
    const t = s.w[j];
    if (t.kind !== 'word') break;
    let scale = scaleWords.get(s.keys[j]);
    if (scale === undefined && (t.text === 'M' || t.text === 'G' || t.text === 'K' || t.text === 'B')) scale = suffixScales.get(t.text);
    const dash = s.keys[j].indexOf('-');
    if (scale === undefined && dash > 0 && scaleWords.has(s.keys[j].slice(0, dash))) {
      // "1.8 billion-mile journey", "a 5 million-dollar deal".
      core.value = scaled(core.value, scaleWords.get(s.keys[j].slice(0, dash))!);
      core.scaled = true;
      core.end = j + 1;
      core.endOffset = t.end;
      applyHyphenUnit(core, s.keys[j].slice(dash + 1).split('-'));
      return;
    }
    if (scale === undefined && core.digits && dozenWords.has(s.keys[j])) scale = 12;
    if (scale === undefined) break;
    if (s.keys[j] === 'k' && t.text === 'k' && !core.digits) break;
    if (scale === 100 && core.digits && core.value >= 100 && core.scaled) break;
    core.value = scaled(core.value, scale);
    if (core.low !== undefined) core.low = scaled(core.low, scale);
    if (core.high !== undefined) core.high = scaled(core.high, scale);
    core.scaled = true;
    core.end = j + 1;
    core.endOffset = t.end;
    j++;
  }
}

/**
 * The number written at word j before any scale: 1.5 in "1.5 billion" and in "1.5bn" (whose glued
 * suffix readCore applies at once, so that "$1.3 to $1.5bn" lost the scale of its low end).
 */
function numberBeforeScale(s: Scan, j: number, fallback: number): number {
  const core = readCore(s, j);
  if (core && core.value !== null && !core.scaled) return core.value;
  return parseLeadingNumber(s.w[j].text, 0)?.value ?? core?.value ?? fallback;
}

/** Reads a second number after a connector ("5 to 10", "between 1 and 2 million", "three or four"). */
function rangeAfter(s: Scan, core: Core, j: number, startTok: number = core.first, firstComplete = false): { core: Core; currency: string | null } | null {
  const k = s.keys[j];
  if (k === undefined || core.value === null || core.vague || core.range) return null;
  const gluedDash = core.dashAfter === true && j === core.end;
  const dash = gluedDash || k === '-' || k === '–' || k === '—';
  let between = false;
  let from = false;
  for (let b = startTok - 1; b >= 0 && b >= startTok - 3; b--) {
    if (s.keys[b] === 'between') between = true;
    if (s.keys[b] === 'from') from = true;
  }
  // "rose 7.4% to $212.50": after a verb of change, "to" leads to the new level, not to a range end.
  if ((k === 'to' || dash) && firstComplete && !from && !between && changeBefore(s, qualifierStart(s, startTok)) !== undefined) return null;
  if (!(k === 'to' || k === 'through' || dash || (k === 'and' && between) || k === 'or')) return null;
  let n = gluedDash ? j : j + 1;
  const cur = currencyBefore(s, n);
  if (cur) n = cur.next;
  const second = readCore(s, n, cur ? cur.currency : null);
  if (!second || second.value === null || second.vague || second.reject || second.range) return null;
  if (second.first !== n) return null;
  if (k === 'or' && !(second.value > core.value && Number.isInteger(core.value) && second.value <= core.value * 2 + 2 && !cur && !core.digits && !second.digits)) return null;
  if (dash && !second.digits !== !core.digits) return null;
  second.currency = cur ? cur.currency : null;
  // "rose 1.5-fold to £3.5bn": a multiple and then the level reached; a range's ends share a unit.
  const firstUnit = core.unit?.unit ?? core.hyphenNoun;
  if (firstUnit !== undefined && (second.currency || (second.unit && second.unit.unit !== firstUnit))) return null;
  scaleAfter(s, second);
  // "rise 2.5% in 2005 to 4.5 million tonnes": a year, then the level reached, not a range.
  if (core.plainInteger && isYearLike(core.value) && (second.scaled || !Number.isInteger(second.value) || second.value < core.value)) return null;
  // "cut its share in half to 12%": a part and a number are the change and the new level.
  if (core.fraction !== second.fraction) return null;
  // "£35bn - £2.5bn less than forecast", "45 seconds - 22secs behind": a dash set off by spaces
  // before a lower number is a break in the sentence, since a range is written from low to high.
  if (dash && !gluedDash && second.value < core.value && s.w[j].start > s.w[j - 1].end && s.w[j + 1]?.start !== s.w[j].end) return null;
  const changed = k === 'to' && !from && !between && (changeBefore(s, qualifierStart(s, startTok)) !== undefined || changedObjectBy(s, qualifierStart(s, startTok)));
  // "unemployment rose 184,300 to 3.72 million": a whole number, then a level in millions.
  if (changed && !core.scaled && core.value >= 1000 && second.scaled) return null;
  // "grew by 121,000 to 6,304,000", "cutting the typical bill by £122 to £1,617": after a verb of
  // change, a level many times the first number is the level reached ("rose 5 to 10 percent" and
  // "rose 5 to 10 million" stay ranges).
  if (changed && core.value > 0 && second.value >= 5 * core.value && (core.scaled || !second.scaled)) return null;
  // "and from Leeds by £163 to £3,703": the verb of change left out after the sentence's first; a
  // level ten times the amount of change is no range's end ("by 2 to 3%" stays one).
  if (k === 'to' && !between && s.keys[qualifierStart(s, startTok) - 1] === 'by' && core.value > 0 && second.value >= 10 * core.value && (core.scaled || !second.scaled)) return null;
  return { core: second, currency: second.currency };
}

/** Verbs of change in the forms that may take an object before "by" ("cutting the bill by £122"). */
const changeWithObject = new Set(['cutting', 'raising', 'reducing', 'lowering', 'increasing', 'boosting', 'lifting', 'trimming', 'raise', 'raised',
  'raises', 'boosted', 'lifted', 'increased', 'reduced', 'lowered', 'cut', 'cuts', 'trimmed', 'slashed', 'slashing']);

/** "cutting the typical annual bill by £122": a verb of change, its object, then "by" before the figure. */
function changedObjectBy(s: Scan, first: number): boolean {
  if (s.keys[first - 1] !== 'by') return false;
  for (let j = first - 2; j >= 0 && j >= first - 8; j--) {
    if (s.w[j].kind === 'punct') return false;
    if (changeWithObject.has(s.keys[j])) return true;
  }
  return false;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function figureOf(s: Scan, firstTok: number, startOffset: number, endOffset: number, fields: Pick<Figure, 'kind' | 'value' | 'unit' | 'approx'> & Partial<Figure>): Figure {
  void firstTok;
  // A sentence's full stop glued to its last word ("per cent.") is not part of the figure; an
  // abbreviation with inner stops ("a.m.", "m.p.h.") keeps its own.
  if (s.text.charCodeAt(endOffset - 1) === 46 && isLetterCode(s.text.charCodeAt(endOffset - 2))) {
    // Back over the letters and stops that end the figure: "C." in "1.5°C." has no inner stop.
    let k = endOffset - 2;
    while (k > startOffset && (isLetterCode(s.text.charCodeAt(k - 1)) || s.text.charCodeAt(k - 1) === 46)) k--;
    if (s.text.indexOf('.', k) === endOffset - 1) endOffset--;
  }
  const figure: Figure = { start: startOffset, end: endOffset, text: s.text.slice(startOffset, endOffset), kind: fields.kind, value: fields.value, unit: fields.unit, approx: fields.approx };
  if (fields.low !== undefined) figure.low = fields.low;
  if (fields.high !== undefined) figure.high = fields.high;
  if (fields.resolved !== undefined) figure.resolved = fields.resolved;
  return figure;
}

/** "percent of 10", "per cent of twenty-two": a percentage named before its number. */
function percentOf(s: Scan, i: number): Found | null {
  const { w, keys } = s;
  let j = i + 1;
  if (keys[i] === 'per') {
    if (keys[i + 1] !== 'cent') return null;
    j++;
  }
  if (keys[j] !== 'of') return null;
  const before = w[i - 1];
  if (before && (before.kind === 'number' || smallNumbers.has(keys[i - 1]) || scaleWords.has(keys[i - 1]))) return null;
  const core = readCore(s, j + 1);
  if (!core || core.value === null || core.vague || core.reject || core.rest !== '' || core.unit || core.first !== j + 1) return null;
  const after = w[core.end];
  // "percent of 18 year olds" counts people, not a percentage of 18.
  if (after && after.kind === 'word' && !nounStops.has(keys[core.end])) return null;
  return { next: core.end, figure: figureOf(s, i, w[i].start, core.endOffset, { kind: 'percent', value: core.value, unit: '%', approx: 'exact' }) };
}

/**
 * Reads an amount, percentage, measure, duration or count starting at word i; `previous` are the
 * sentence's figures so far, whose unit a bare number after "including" or "from" may take.
 */
function quantityAt(s: Scan, i: number, previous: Figure[]): Found | null {
  const { w, keys } = s;
  if (keys[i] === 'percent' || keys[i] === 'percents' || keys[i] === 'per') return percentOf(s, i);
  const fold = foldWords.get(keys[i]);
  if (fold !== undefined) {
    const q = qualifierBefore(s, i);
    const a = q ? q.first : i;
    const figure = figureOf(s, a, w[a].start, w[i].end, { kind: 'count', value: fold, unit: 'fold', approx: q ? q.approx : 'exact' });
    const change = changeBefore(s, a);
    if (change) figure.change = change;
    return { next: i + 1, figure };
  }
  // "an hour and a half": read back from the half to the article, which opens no figure on its own.
  if (keys[i] === 'a' && isAndAHalf(keys, i - 1) && (keys[i - 3] === 'a' || keys[i - 3] === 'an')) {
    const whole = quantityAt(s, i - 3, previous);
    if (whole?.figure && whole.next === i + 2) return whole;
  }
  // "the over-65s", "free for under-16s": the age of a group.
  const ageGroup = w[i].kind === 'word' && isAgeGroupHead(keys[i]) ? ageGroupWord.exec(w[i].text) : null;
  if (ageGroup) {
    const figure = figureOf(s, i, w[i].start, w[i].end, { kind: 'duration', value: Number(ageGroup[2]), unit: 'year', approx: ageGroup[1].toLowerCase() === 'under' ? 'less-than' : 'at-least' });
    figure.age = true;
    return { next: i + 1, figure };
  }
  if (isOnePoint(keys, i)) {
    const at = keys[i + 1] === 'percentage' ? i + 1 : i + 2;
    const figure = figureOf(s, i, w[i].start, w[at + 1].end, { kind: 'percent', value: 1, unit: 'pp', approx: 'exact' });
    const change = changeBefore(s, i);
    if (change) figure.change = change;
    return { next: at + 2, figure };
  }
  // "net zero by 2050": a target's name, not a figure.
  if (keys[i] === 'zero' && keys[i - 1] === 'net') return { figure: null, next: i + 1 };
  // "at one time", "at one point", "at one stage": a moment, not a count.
  if (keys[i] === 'one' && keys[i - 1] === 'at' && momentNouns.has(keys[i + 1])) return { figure: null, next: i + 2 };
  let j = i;
  let currency: string | null = null;
  const before = currencyBefore(s, i);
  let core: Core | null = null;
  if (before) {
    currency = before.currency;
    j = before.next;
    core = readCore(s, j, currency);
  } else if (w[i].kind === 'word') {
    const glued = gluedCurrencyWord(s, i);
    if (glued) {
      const n = parseLeadingNumber(glued.text, 0);
      if (!n) return null;
      currency = glued.currency;
      pendingCurrency = currency;
      core = finishDigits(s, i, i, n.value, n, glued.text, w[i].start + glued.offset);
    }
  } else if (w[i].text === '$') {
    // "$US12", "$A20": the Australian way of writing the country after the sign, glued to the amount.
    const m = w[i + 1]?.start === w[i].end ? /^([A-Z]{1,2})(\d)/.exec(w[i + 1].text) : null;
    const code = m ? dollarPrefixes.get(m[1].toLowerCase()) : undefined;
    const n = code ? parseLeadingNumber(w[i + 1].text, m![1].length) : null;
    if (n) {
      currency = code!;
      pendingCurrency = currency;
      core = finishDigits(s, i, i + 1, n.value, n, w[i + 1].text, w[i + 1].start);
    }
  }
  if (!core) core = readCore(s, j);
  if (!core || core.reject) {
    // Skip a whole rejected token ("555-123-4567") so its parts are not read again.
    return core?.reject ? { figure: null, next: core.end } : null;
  }
  core.currency = currency;
  const start = i;
  decimalComma(s, core);
  groupContinuation(s, core);
  // A number glued to a word before it, or after "#", "No." and the like, names something.
  const prevTok = w[start - 1];
  if (core.digits && !currency) {
    if (prevTok && (prevTok.text === '#' || (prevTok.end === w[start].start && (prevTok.kind === 'word' || prevTok.text === '-' && isWordToken(w[start - 2]) && w[start - 2].end === prevTok.start)))) {
      return { figure: null, next: core.end };
    }
    if (minusSigns.has(w[start].text) && isCapitalized(prevTok)) return { figure: null, next: core.end };
    if (isIdentifier(s, start, core)) return { figure: null, next: core.end };
  }
  yearSpanWithSlash(s, core);
  const score = scoreAt(s, start, core);
  if (score) return score;
  if (core.kindOverride === 'date') {
    const first = w[start].start;
    return { next: core.end, figure: figureOf(s, start, first, core.endOffset, { kind: 'date', value: core.low!, low: core.low, high: core.high, unit: 'year', approx: 'range', resolved: `${core.low}/${core.high}` }) };
  }
  if (core.rest === 's' || core.rest === "'s" || core.rest === '’s') {
    return decade(s, start, core);
  }
  if (core.rest !== '' && ordinalRest.test(core.rest)) {
    const t = w[core.end - 1];
    return { next: core.end, figure: figureOf(s, start, t.start, t.end, { kind: 'ordinal', value: core.value, unit: null, approx: 'exact' }) };
  }
  if (keys[core.first] === 'half' && core.end === core.first + 1) {
    // "the second half", "first half": a part of a period, not a figure.
    const prev = keys[core.first - 1];
    if (prev === 'the' || prev === 'second' || prev === 'first' || prev === 'other' || prev === 'latter' || prev === 'former' || prev === 'back' || ordinalWords.has(prev ?? '')) return null;
    // "on half term", "at half time": a school holiday or the break in a match; "the half marathon",
    // "her half brother", "half empty": a race, a relation and a manner, not a fraction of anything.
    if (halfCompounds.has(keys[core.end])) return null;
  }
  if (keys[start] === 'half-term' || keys[start] === 'half-time' || /^half-(?:marathons?|brothers?|sisters?|siblings?)$/.test(keys[start] ?? '')) return { figure: null, next: core.end };
  if (!core.digits && spelledNumberNames(s, start)) return { figure: null, next: core.end };
  // "Part two will follow", "in round two of the talks", "Game three": a numbered part, not a count.
  const after = keys[core.end];
  if (!core.digits && core.value !== null && Number.isInteger(core.value) && spelledPartHeads.has(keys[start - 1]) && !beforeVerb.has(keys[start - 2]) &&
    (after === undefined || !isWordToken(w[core.end]) || (nounStops.has(after) && after !== 'times' && !unitsByFirstWord.has(after)))) {
    return { figure: null, next: core.end };
  }
  // "One of them, Margaret Hill, told the court": one person picked out, not a count ("two of them" is).
  if (keys[start] === 'one' && core.end === start + 1 && keys[core.end] === 'of' && onePronouns.has(keys[core.end + 1])) return { figure: null, next: core.end };
  // "zero tolerance", "a zero-sum game", "ground zero": idioms, not counts.
  if (keys[start] === 'zero' && core.end === start + 1 && (zeroIdioms.has(keys[core.end]) || keys[start - 1] === 'ground')) return { figure: null, next: core.end };
  // "at number six", "world number one": a place in a ranking.
  if (!core.digits && !core.vague && keys[start - 1] === 'number' && core.value !== null && Number.isInteger(core.value) && core.value < 100 && keys[core.end] !== 'of') {
    const t = w[core.end - 1];
    return { next: core.end, figure: figureOf(s, start, w[start].start, t.end, { kind: 'ordinal', value: core.value, unit: null, approx: 'exact' }) };
  }
  if (!core.digits && !core.vague && core.value !== null) {
    const lone = core.end - core.first === 1 ? keys[core.first] : '';
    if (lone === 'one' || lone === 'a' || lone === 'an') {
      const k = keys[core.end];
      const ratioFollows = (k === 'in' || k === 'out') && ratioAfter(s, core) !== null;
      const longPeriod = lone !== 'one' && (k === 'decade' || k === 'century' || (qualifiedPeriods.has(k) && periodQualifierBefore(s, core.first) !== null));
      // "an hour and a half", "a mile and a half": the half makes the unit a figure.
      const andAHalf = lone !== 'one' && isAndAHalf(keys, core.end + 1);
      if (!ratioFollows && !longPeriod && !andAHalf && !isMarginOfOne(keys, core.first) && !oneIsFigure(s, core)) return null;
    }
  }
  scaleAfter(s, core);
  // "10 1/2 miles", "2 1/4": a whole number and a fraction.
  const fracTok = w[core.end];
  if (core.digits && !core.fraction && core.rest === '' && !core.unit && fracTok?.kind === 'number' && fractionRest.test(fracTok.text.replace(/^\d+/, '')) && /^\d+[/⁄]\d+$/.test(fracTok.text)) {
    const [a, b] = fracTok.text.split(/[/⁄]/).map(Number);
    if (b > a && b > 0) {
      core.value! += (core.value! < 0 || Object.is(core.value, -0) ? -1 : 1) * (a / b);
      core.end++;
      core.endOffset = fracTok.end;
      core.fraction = true;
    }
  } else if (core.digits && !core.fraction && core.rest === '' && !core.unit && fracTok?.start === w[core.end - 1].end + 1 && vulgarFractions[fracTok.text] !== undefined && Number.isInteger(core.value) && Math.abs(core.value!) < 1000) {
    // "2 ½ miles": a whole number and a vulgar fraction after a space, as "2 1/2" (the figure read 2);
    // not a year ("In 2019 ½ of them").
    core.value! += (core.value! < 0 || Object.is(core.value, -0) ? -1 : 1) * vulgarFractions[fracTok.text];
    core.end++;
    core.endOffset = fracTok.end;
  } else if (core.digits && fracTok?.kind === 'number' && w[core.end + 1]?.text === '⁄' && w[core.end + 2]?.kind === 'number') {
    // Not a pattern in practice; the fraction slash is read below.
  }
  if (core.digits && w[core.end]?.text === '⁄' && w[core.end + 1]?.kind === 'number' && core.rest === '') {
    const d = Number(w[core.end + 1].text);
    if (d > 0) {
      core.value! /= d;
      core.fraction = true;
      core.endOffset = w[core.end + 1].end;
      core.end += 2;
    }
  }
  // "two and a half"; not after a part ("between a third and a half" is a range).
  if (isAndAHalf(keys, core.end) && core.value !== null && !core.fraction) {
    core.value += 0.5;
    core.end += 3;
    core.endOffset = w[core.end - 1].end;
  }
  // Ratios: "one in five", "nine out of 10", "one over three".
  const ratio = ratioAfter(s, core);
  let approx: Approx = 'exact';
  // "cut almost in half": a qualifier before "in" or "by" qualifies the half.
  const overAbout = currency !== null && keys[start - 1] === 'over' && overWhatNouns.has(keys[core.end]);
  const qualifier = overAbout ? null : qualifierBefore(s, start) ??
    (keys[start] === 'half' && core.end === start + 1 && (keys[start - 1] === 'in' || keys[start - 1] === 'by') ? qualifierBefore(s, start - 1) : null);
  if (qualifier) approx = qualifier.approx;
  let figStartTok = qualifier ? qualifier.first : start;
  if (!qualifier && keys[start] === 'minus' && keys[start - 1] === 'or' && keys[start - 2] === 'plus') figStartTok = start - 2;
  if (w[start - 1]?.text === '~' && !qualifier) {
    approx = 'about';
    figStartTok = start - 1;
  }
  let end = core.end;
  let endOffset = core.endOffset;
  let kind: FigureKind = 'count';
  let unit: string | null = null;
  let noun: string | undefined;
  let per: string | undefined;
  let age = core.age ?? false;
  let inherited: Figure | undefined;
  let low = core.low;
  let high = core.high;
  let value = core.value;
  if (ratio) {
    value = ratio.value;
    end = ratio.end;
    endOffset = w[end - 1].end;
  }
  // A range: "5 to 10", "$3 billion to $5 billion", "between 1 and 2 million".
  let unitInfo: UnitInfo | undefined = core.unit;
  let unitEnd = -1;
  if (!unitInfo && !ratio && core.rest === '' && !core.dashAfter) {
    const u = unitAt(s, end, core);
    if (u) {
      unitInfo = u.info;
      unitEnd = u.end;
    }
  }
  const afterFirst = unitEnd >= 0 ? unitEnd : end;
  const range = !ratio ? rangeAfter(s, core, afterFirst, start, unitEnd >= 0 || !!currency || !!core.unit) : null;
  if (range) {
    const second = range.core;
    let secondUnit: UnitInfo | undefined = second.unit;
    let secondEnd = second.end;
    if (!secondUnit && second.rest === '') {
      const u = unitAt(s, second.end, second);
      if (u) {
        secondUnit = u.info;
        secondEnd = u.end;
      }
    }
    const firstUnitKey = unitInfo ? unitInfo.kind + unitInfo.unit : currency ?? '';
    const secondUnitKey = secondUnit ? secondUnit.kind + secondUnit.unit : range.currency ?? '';
    const compatible = (!firstUnitKey || firstUnitKey === secondUnitKey || (currency && range.currency === currency)) && !(firstUnitKey && !secondUnitKey && unitEnd >= 0);
    const yearRange = core.plainInteger && second.plainInteger && !unitInfo && !secondUnit && !currency && isYearLike(core.value!) && isYearLike(second.value!);
    if (compatible && !(core.plainInteger !== second.plainInteger && !secondUnit && !unitInfo && !currency && (isYearLike(core.value!) || isYearLike(second.value!)))) {
      let lowValue = core.value!;
      const highValue = second.value!;
      if (second.scaled && !core.scaled && !unitInfo && lowValue < highValue) {
        // "89 to 93 billion", "three to four million": the multiplier belongs to both ends. A spelled
        // second end is read with its scale word, so its factor is that word's.
        const factor = second.digits ? highValue / numberBeforeScale(s, second.first, highValue) : spelledScale(s, second);
        if (factor > 1 && lowValue * factor <= highValue * 1.0001 && lowValue <= highValue / factor) {
          lowValue = scaled(lowValue, factor);
        }
      }
      low = Math.min(lowValue, highValue);
      high = Math.max(lowValue, highValue);
      value = low;
      approx = 'range';
      if (keys[figStartTok - 1] === 'between' && figStartTok === start) figStartTok--;
      if (!currency && range.currency) currency = range.currency;
      if (!unitInfo && secondUnit) unitInfo = secondUnit;
      end = secondUnit ? secondEnd : second.end;
      endOffset = secondUnit ? w[secondEnd - 1].end : second.endOffset;
      unitEnd = -1;
      if (second.age) age = true;
      // "the 100- to 150-seat market": the second number's hyphenated noun is counted by both.
      if (!core.hyphenNoun && second.hyphenNoun) core.hyphenNoun = second.hyphenNoun;
      if (yearRange) {
        return { next: end, figure: figureOf(s, figStartTok, w[figStartTok].start, endOffset, { kind: 'date', value: low, low, high, unit: 'year', approx: 'range', resolved: `${low}/${high}` }) };
      }
    }
  }
  if (approx !== 'range' && unitEnd >= 0) {
    // "two hours and a half", "an hour and a half": the half follows the unit of time or measure.
    if (value !== null && !ratio && (unitInfo?.kind === 'duration' || unitInfo?.kind === 'measure' || unitInfo?.kind === 'percent') && isAndAHalf(keys, unitEnd) && !core.fraction) {
      value += 0.5;
      unitEnd += 3;
    }
    end = unitEnd;
    endOffset = w[unitEnd - 1].end;
  }
  if (core.range) approx = 'range';
  if (!currency && !unitInfo && !range && keys[end] === 'or' && core.digits) {
    // "about 8 or $9": the currency written once belongs to both amounts.
    const other = currencyBefore(s, end + 1);
    if (other) currency = other.currency;
  }
  if (currency) {
    kind = 'money';
    unit = currency;
  }
  if (unitInfo) {
    if (unitInfo.kind === 'money' && currency) {
      // "$76 US", "US$ 5 dollars": the sign already named the currency.
    } else {
      kind = unitInfo.kind;
      unit = unitInfo.unit;
    }
    if (unitInfo.scale !== undefined && value !== null && unitEnd >= 0) {
      value *= unitInfo.scale;
      if (low !== undefined) low *= unitInfo.scale;
      if (high !== undefined) high *= unitInfo.scale;
    }
  }
  // "several hundred years", "a few thousand years ago": a vague span of history, not a duration to check.
  if (core.several && kind === 'duration') return { figure: null, next: end };
  // "a magnitude 7.4 earthquake": an earthquake's magnitude, named before its number.
  if (!unitInfo && !currency && !ratio && !range && core.digits && value !== null && value > 0 && value < 10 && keys[start - 1] === 'magnitude' && w[start - 1].end < w[start].start) {
    kind = 'measure';
    unit = 'magnitude';
    if (!qualifier) figStartTok = start - 1;
  }
  // "an aftershock measuring 6.1", "the quake registered 7.2": a number with a decimal after such a
  // verb, in a sentence about an earthquake.
  if (!unitInfo && !currency && !ratio && !range && kind === 'count' && value !== null && value > 0 && value < 10 && magnitudeVerbs.has(keys[start - 1]) &&
    /^\d\.\d$/.test(w[start].text) && quakeWords.test(sentenceText(s))) {
    kind = 'measure';
    unit = 'magnitude';
  }
  // Percent written before the number ("percent of 10") is not read; a trailing "%" glued or spaced is.
  if (!unitInfo && !currency && !ratio && (w[end]?.text === '%' || w[end]?.text === '٪')) {
    kind = 'percent';
    unit = '%';
    endOffset = w[end].end;
    end++;
  }
  // "6 years old", "95 years of age", "the 50 year-old".
  if (kind === 'duration') {
    const k = keys[end];
    if (k === 'old' || k === 'olds' || (k === 'of' && keys[end + 1] === 'age')) {
      age = true;
      end += k === 'of' ? 2 : 1;
      endOffset = w[end - 1].end;
    } else if (k === 'ago' || k === 'later' || k === 'earlier' || k === 'long' || k === 'running' || k === 'straight' || k === 'old') {
      end++;
      endOffset = w[end - 1].end;
    } else if (k === '-old' || k === 'year-old') {
      age = true;
      end++;
      endOffset = w[end - 1].end;
    }
  } else if (kind === 'count' && keys[end]?.endsWith('-old') && /^(year|month|week|day)s?-old$/.test(keys[end]) && value !== null) {
    // "a 50 year-old man".
    age = true;
    kind = 'duration';
    unit = keys[end].replace(/s?-old$/, '');
    end++;
    endOffset = w[end - 1].end;
  }
  if (core.hyphenNoun && kind === 'count' && !unitInfo) {
    unit = singularOf(core.hyphenNoun);
    noun = core.hyphenNoun;
  }
  // The counted noun phrase: "13,000 people", "dozens of ceasefire violations", "a third of voters".
  // A vague magnitude that is a verb's subject ("Thousands fled the city", "Hundreds more fled") counts no noun.
  const moreSubject = core.vague && isVagueSubjectMore(s, core);
  if (moreSubject) {
    end = core.end + 1;
    endOffset = w[end - 1].end;
  }
  if (kind === 'count' && !unit && value !== null || (core.vague && !moreSubject && (keys[core.end] === 'of' || keys[core.end] === 'more' || (core.several && !unit)))) {
    let from = end;
    if ((core.vague || core.fraction) && keys[from] === 'of') from++;
    if ((core.vague || core.fraction) && from > end && keys[from] === 'the') from++;
    const moneyUnit = core.vague ? unitAt(s, from, { ...core, digits: false }) : null;
    if (moneyUnit && moneyUnit.info.kind !== 'duration') {
      kind = moneyUnit.info.kind;
      unit = moneyUnit.info.unit;
      end = moneyUnit.end;
      endOffset = w[end - 1].end;
    } else if (moneyUnit && core.vague) {
      kind = 'duration';
      unit = moneyUnit.info.unit;
      end = moneyUnit.end;
      endOffset = w[end - 1].end;
    } else if ((keys[from] === 'times' || (keys[from] === 'fold' && core.digits)) && !core.vague) {
      // "three times", and "1.5 fold" written apart as "1.5-fold" is.
      unit = keys[from];
      end = from + 1;
      endOffset = w[end - 1].end;
    } else if (core.fraction && (keys[from] === 'a' || keys[from] === 'an') && (from > end || keys[end - 1] === 'half')) {
      // "1/16 of a US pint", "half an hour", "half a mile"; "a quarter of a point" and "half a point"
      // are of a percentage point, as "a quarter-point cut" is.
      const at = isCapitalized(w[from + 1]) && w[from + 1].text === w[from + 1].text.toUpperCase() ? from + 2 : from + 1;
      const u = unitAt(s, at, { ...core, digits: true });
      if (u) {
        kind = u.info.kind;
        unit = u.info.unit;
        end = u.end;
        endOffset = w[end - 1].end;
      } else if (keys[at] === 'point' && w[at].kind === 'word') {
        kind = 'percent';
        unit = 'pp';
        end = at + 1;
        endOffset = w[at].end;
      }
    } else if (keys[end] === 'of' && !core.vague && !core.fraction && !ratio && value !== null && Number.isInteger(value) &&
      (keys[core.first] === 'one' ? value === 1 : value >= 2 && (keys[end + 1] === 'the' || possessiveOrArticle.has(keys[end + 1])) && !isNumberStart(s, end + 2))) {
      // "one of the best wireless speakers", "two of the biggest brands", "25 of its channels": part of a counted group.
      let at = end + 1;
      if (/^(the|his|her|their|its|our|my|your|these|those)$/.test(keys[at] ?? '') || keys[at]?.endsWith("'s") || keys[at]?.endsWith('’s') || isPossessiveTime(s, at)) at++;
      if (keys[at] === 'most' || keys[at] === 'least') at++;
      const phrase = nounPhrase(s, at, false);
      if (phrase) {
        noun = phrase.text;
        unit = singularOf(phrase.head);
        end = phrase.end;
        endOffset = w[end - 1].end;
      }
    } else if (!(core.fraction && from === end && !ratio)) {
      const singular = !core.vague && (value === 1 || core.fraction || (value !== null && value < 1) || !!ratio);
      const phrase = nounPhrase(s, from, singular && !ratio, value === 1 && from === core.first + 1 && !core.fraction && !ratio);
      // "2005 offers the chance", "2004 brings new rules": a year before a verb and its object is the subject.
      const yearAsSubject = phrase !== null && core.plainInteger && !qualifier && isYearLike(value!) &&
        // "By the end of 2004 Nordvik plans to": a name after the year is the subject of what follows.
        // One capitalised plural after the year is counted ("2000 Britons left").
        ((phrase.end === from + 1 && objectOpeners.has(keys[phrase.end])) ||
          (isCapitalized(w[from]) && phrase.end > from + 1 && !yearEvents.has(singularOf(phrase.head)) && !yearEvents.has(phrase.head)));
      const forecast = phrase !== null && forecastSubject(s, start, phrase);
      if (forecast) {
        // "beating the 1.2 billion analysts had expected", "the 150,000 economists forecast": the
        // forecasters are the subject of what follows, and the number is of what the figure before it measured.
        for (let p = previous.length - 1; p >= 0; p--) {
          const f = previous[p];
          if (f.kind === 'date' || f.kind === 'ordinal' || f.kind === 'duration' || f.kind === 'percent') continue;
          if (f.unit && f.low === undefined && !f.age) {
            unit = f.unit;
            inherited = f;
          }
          break;
        }
      } else if (phrase && !yearAsSubject && !(core.plainInteger && !qualifier && isYearLike(value!) && !isPluralNoun(phrase.head))) {
        noun = phrase.text;
        unit = singularOf(phrase.head);
        end = phrase.end;
        endOffset = w[end - 1].end;
        if (s.text.charCodeAt(endOffset - 1) === 46) endOffset--;
        // "One voter in seven chose us": a ratio with its noun between the two numbers.
        const over = !ratio && !currency && value !== null && phrase.end === from + 1 ? nounInRatio(s, value, phrase.end) : null;
        if (over) {
          value = value! / over.value;
          end = over.end;
          endOffset = w[end - 1].end;
        }
        // "two more years", "three extra months": an amount of time, however many words come between.
        const period = morePeriod.exec(phrase.text);
        if (period && !currency && !ratio) {
          kind = 'duration';
          unit = period[1].toLowerCase();
          noun = undefined;
        }
      } else if (core.vague && !core.several) {
        return null;
      } else if (isTallyFrom(s, end) && (inherited = tallyBefore(s, previous)) !== undefined) {
        // "45 points from 19 matches, Arsenal 38 from 19": the same tally again counts the same thing.
        unit = inherited.unit!;
      } else if (keys[start - 1] === 'from' && (inherited = tallyGamesBefore(s, start, previous)) !== undefined) {
        // The "19" of "Arsenal 38 from 19" counts what the earlier tally's "19 matches" counted.
        unit = inherited.unit!;
      } else if (!core.plainInteger && measuresAsBefore(s, start, previous) && w[end]?.text !== ')') {
        // "6 million homes ... including 1.5 million", "9.7 million barrels a day ... from 10.1 million":
        // the number measures what the last count or measure did.
        for (let p = previous.length - 1; p >= 0; p--) {
          const f = previous[p];
          // A move in a ranking or a number of months before it: the number is a rank or a level of
          // something the sentence does not name ("fell one place to four").
          if (f.kind === 'count' && f.unit && (rankMoves.has(f.unit) || qualifiedPeriods.has(f.unit))) break;
          // "31 goals in 44 games, including 19": a part of the count the sentence is about, not of
          // the one in its prepositional phrase.
          // "23 goals in 18 games and 104 in 112 appearances": the same shape again counts the same thing.
          if ((keys[start - 1] === 'including' || (keys[start - 1] === 'and' && keys[end] === 'in')) && p > 0 && previous[p - 1].kind === 'count' && previous[p - 1].unit && /\b(?:in|over|across|from|during|after)\s+$/.test(s.text.slice(Math.max(0, f.start - 8), f.start))) continue;
          // "191,000 people had waited more than a year, down from 203,000": a bound of time sorts the
          // people counted before it, and the number counts them.
          if (f.kind === 'duration' && f.approx !== 'exact' && f.approx !== 'about' && previous.slice(0, p).some((c) => c.kind === 'count' && c.unit)) continue;
          if ((f.kind === 'count' || f.kind === 'measure' || (f.kind === 'duration' && p === previous.length - 1 && durationThen.test(s.text.slice(f.end, w[start].start)))) && f.unit && f.unit !== 'fold' && f.unit !== 'times' && !f.age) {
            unit = f.unit;
            inherited = f;
            break;
          }
          // "50,510 offences, up 4% from 48,560": the change's percentage stands between the two levels.
          if (f.kind === 'percent' && keys[start - 1] === 'from' && p === previous.length - 1 && f.unit === '%') continue;
          if (f.kind === 'money' || f.kind === 'percent') break;
        }
      }
    }
  }
  if (inherited) {
    kind = inherited.kind;
    if (inherited.per) per = inherited.per;
  }
  // "won 248 of the 460 seats", "three of its 12 members", "312,000 of the island's 355,000 voters":
  // a part counts what the whole counts.
  if (kind === 'count' && unit === null && !core.vague && !core.fraction && !ratio && value !== null && keys[end] === 'of') {
    let at = possessiveOrArticle.has(keys[end + 1]) ? end + 2 : end + 1;
    if (at === end + 2 && isWordToken(w[at]) && isPossessive(keys[at])) at++;
    const whole = w[at];
    if (whole && (whole.kind === 'number' || startsSpelled(keys[at])) && !isYearLike(Number(whole.text))) {
      const wholeCore = readCore(s, at);
      const phrase = wholeCore && wholeCore.value !== null && wholeCore.value > value && wholeCore.rest === '' && !wholeCore.unit ? nounPhrase(s, wholeCore.end, false) : null;
      if (phrase && isPluralNoun(phrase.head)) unit = singularOf(phrase.head);
    }
  }
  if (core.vague && approx === 'exact') approx = 'about';
  if (value === null && !core.vague) return null;
  // "-odd", "-plus", "or so", "or more": qualifiers after the number.
  const lastText = w[core.end - 1].text;
  if (lastText.endsWith('-odd') || lastText.endsWith('-plus') || lastText.endsWith('-something')) approx = 'more-than';
  if (keys[end] === 'or' && keys[end + 1] === 'so') {
    approx = 'about';
    end += 2;
    endOffset = w[end - 1].end;
  } else if (keys[end] === 'or' && (keys[end + 1] === 'more' || keys[end + 1] === 'above' || keys[end + 1] === 'over')) {
    approx = 'at-least';
    end += 2;
    endOffset = w[end - 1].end;
  } else if (keys[end] === 'or' && (keys[end + 1] === 'less' || keys[end + 1] === 'fewer' || keys[end + 1] === 'under')) {
    approx = 'at-most';
    end += 2;
    endOffset = w[end - 1].end;
  }
  // Years: a plain four-digit number with nothing counted is a date ("in 2014", "the 2018 election"),
  // and so is one that names what follows ("below 2005 levels", "the 2004 Olympics").
  const yearNamesNoun = core.plainInteger && kind === 'count' && unit !== null && (
    ((unit === 'level' || unit === 'levels') && keys[core.end]?.startsWith('level')) ||
    // "the 1987 Halden floods", "the 2000 Sydney Games": an event named by its year and place.
    (keys[start - 1] === 'the' && isCapitalized(w[core.end])) ||
    // "Halden's 2005 Lions", "the club's 1998 squads": a year after a possessive names its season.
    (isPossessive(keys[start - 1] ?? '') && value !== null && value >= 1900) ||
    (yearEvents.has(unit) && isCapitalized(w[core.end])) ||
    // A year names the accounts of its period ("2005 earnings", "its 2004 results").
    periodNouns.has(unit) ||
    // A sentence opens with digits only for a year ("2004 shows that ..."), or with a preposition of
    // time before one ("From 2006 higher ferry fares ...", "By 2010 most homes ...").
    (!qualifier && opensSentence(s, start)) ||
    (start === 1 && yearPrepositions.has(keys[0]) && value !== null && value >= 1950 && value <= 2100));
  if (yearNamesNoun) unit = null;
  if (core.plainInteger && !core.range && kind === 'count' && !unit && !currency && value !== null && isYearLike(value) && (!qualifier || yearNamesNoun || /^(around|about|circa|c|by|since|before|after)$/.test(keys[start - 1]))) {
    const t = w[start];
    return { next: core.end, figure: figureOf(s, start, t.start, t.end, { kind: 'date', value, unit: 'year', approx: 'exact', resolved: String(value) }) };
  }
  if (kind === 'count' && !unit && core.digits && !currency && value !== null && bareNumberIsNoise(s, start, core)) return { figure: null, next: end };
  // Rates: "$52 a barrel", "40 hours a week", "3,000 tests per day"; "an average of 59 per boat"
  // without a noun, but only with "per" ("five a side" is no rate).
  if (kind !== 'percent' && kind !== 'date' && (unit !== null || kind === 'money' || (kind === 'count' && keys[end] === 'per'))) {
    const rate = perAt(s, end);
    if (rate) {
      per = rate.per;
      end = rate.end;
      endOffset = w[end - 1].end;
    }
  }
  if (per === undefined && core.per !== undefined && kind !== 'date') per = core.per;
  if (per === undefined && unitInfo?.per !== undefined && kind === unitInfo.kind) per = unitInfo.per;
  // "km/hr", "miles per hour": a speed is one unit.
  if (kind === 'measure' && per === 'hour' && (unit === 'km' || unit === 'mi')) {
    unit = unit === 'km' ? 'km/h' : 'mph';
    per = undefined;
  }
  if (kind === 'money' && value !== null && approx !== 'range' && unit !== 'cent' && unit !== 'GBX') {
    const cents = centsAfter(s, end);
    if (cents) {
      value = Math.round((value + (value < 0 ? -1 : 1) * cents.cents / 100) * 100) / 100;
      end = cents.end;
      endOffset = w[end - 1].end;
    }
  }
  // "aged 87", "age 30", "at the age of 87": an age without "years old".
  // "children under 12", "people over 65": a group of people under or over a whole number is an age.
  const groupAge = (approx === 'less-than' || approx === 'more-than') && peopleGroups.has(keys[figStartTok - 1]) &&
    value !== null && Number.isInteger(value) && value <= 120 && !core.scaled && !core.fraction && core.rest === '' && keys[end] !== 'of';
  // "when she was 14.", "his daughter, who was 10,": a person's age after "was" or "is", ending the clause.
  const statedAge = !qualifier && (keys[figStartTok - 1] === 'was' || keys[figStartTok - 1] === 'is') && agePronouns.has(keys[figStartTok - 2]) &&
    value !== null && Number.isInteger(value) && value > 0 && value <= 120 && !core.scaled && core.rest === '' && clauseEnds(s, end);
  // "The oldest of his victims was 101.": the oldest or youngest of a group of people, by age.
  const extremeAge = !qualifier && (keys[figStartTok - 1] === 'was' || keys[figStartTok - 1] === 'is') && superlativeOfAgeBefore(s, figStartTok - 1) &&
    value !== null && Number.isInteger(value) && value > 0 && value <= 120 && !core.scaled && core.rest === '' && clauseEnds(s, end);
  // "at ages 50, 60 and 70": the ages listed after the first one.
  const lastFigure = previous[previous.length - 1];
  // An age is 120 at most ("500 16-year-olds and 500 21-year-olds": the second 500 is no age).
  const listedAge = (keys[figStartTok - 1] === ',' || keys[figStartTok - 1] === 'and' || keys[figStartTok - 1] === 'or') && lastFigure?.age === true &&
    figStartTok >= 2 && lastFigure.end === w[figStartTok - 2].end && value !== null && value <= 120;
  // "dies at 88", "died at 79": the age a person died at.
  const deathAge = keys[figStartTok - 1] === 'at' && deathVerbs.has(keys[figStartTok - 2]) && !qualifier &&
    value !== null && Number.isInteger(value) && value > 0 && value <= 120 && !core.scaled && core.rest === '';
  const ageBefore = keys[figStartTok - 1] === 'aged' || keys[figStartTok - 1] === 'age' || keys[figStartTok - 1] === 'ages' ||
    (keys[figStartTok - 1] === 'of' && keys[figStartTok - 2] === 'age') || groupAge || statedAge || extremeAge || listedAge || deathAge;
  if (kind === 'count' && !unit && value !== null && (ageBefore || ageBetweenCommas(s, figStartTok, end, core))) {
    kind = 'duration';
    unit = 'year';
    age = true;
  }
  // "$76 US": the currency named again after the amount.
  if (kind === 'money' && currency === 'USD' && w[end]?.text === 'US' && !isCapitalized(w[end + 1])) {
    end++;
    endOffset = w[end - 1].end;
  }
  // "£20bn of cuts over five years", "spread over three years": a span of time, not more than it
  // ("for over five years", "over five years ago" and "over five years old" stay lower bounds).
  if (kind === 'duration' && approx === 'more-than' && figStartTok === start - 1 && keys[figStartTok] === 'over' && !age &&
    !overAsMoreThan.has(keys[figStartTok - 1]) && !keys[figStartTok - 1]?.endsWith('ly') && !durationEnds.has(keys[end]) && !durationEnds.has(keys[end - 1])) {
    approx = 'exact';
    figStartTok = start;
  }
  const figure = figureOf(s, figStartTok, w[figStartTok].start, endOffset, { kind, value, unit, approx });
  if (low !== undefined && high !== undefined) {
    figure.low = low;
    figure.high = high;
  }
  if (noun !== undefined) figure.noun = noun;
  if (per !== undefined) figure.per = per;
  if (age) figure.age = true;
  const change = changeBefore(s, figStartTok);
  if (change) figure.change = change;
  const context = contextOf(s, figStartTok, end, kind, unit && kind === 'count' ? unit : undefined);
  if (context) figure.context = context;
  void previous;
  return { next: end, figure };
}

/**
 * "5,00" and "1,3": a comma followed by one or two digits, glued on both sides and not part of a
 * list ("22,24,26"), is a decimal comma.
 */
function decimalComma(s: Scan, core: Core): void {
  const { w } = s;
  const comma = w[core.end];
  const frac = w[core.end + 1];
  if (!core.digits || core.rest !== '' || core.value === null || !comma || comma.text !== ',' || !frac || frac.kind !== 'number') return;
  if (comma.start !== w[core.end - 1].end || frac.start !== comma.end || !/^\d{1,2}$/.test(frac.text)) return;
  if (w[core.end + 2]?.text === ',' && w[core.end + 2].start === frac.end) return;
  const before = w[core.first - 1];
  if (before && before.text === ',' && before.end === w[core.first].start) return;
  if (!/^\d{1,3}$/.test(w[core.end - 1].text)) return;
  core.value = Number(w[core.end - 1].text + '.' + frac.text);
  core.end += 2;
  core.endOffset = frac.end;
  core.plainInteger = false;
}

/** "1 234 567.89": the tokenizer leaves a last group with decimals apart; it continues the number. */
function groupContinuation(s: Scan, core: Core): void {
  const { w } = s;
  const last = w[core.end - 1];
  const next = w[core.end];
  if (!core.digits || core.rest !== '' || core.value === null || !next || next.kind !== 'number' || next.start !== last.end + 1) return;
  const sep = s.text[last.end];
  if (!/^[\u00a0\u202f\u2009 ]$/.test(sep) || !/^\d{3}\.\d+$/.test(next.text) || !last.text.includes(sep)) return;
  core.value = Number((last.text + next.text).split(sep).join(''));
  core.end++;
  core.endOffset = next.end;
  core.plainInteger = false;
}

/** Whether a number starts at word j (the whole of "248 of the 460 seats" is read by the part-whole rule instead). */
function isNumberStart(s: Scan, j: number): boolean {
  return s.w[j]?.kind === 'number' || startsSpelled(s.keys[j] ?? '');
}

/** Words between a part and its whole ("248 of the 460 seats", "three of its 12 members"). */
const possessiveOrArticle = new Set<string | undefined>(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'these', 'those']);

/** Verbs that a result or a tally follows ("beat City 2-0", "drew 1-1", "led 3-2 at half-time", "voted 10-2"). */
const scoreVerbs = new Set<string | undefined>(['beat', 'beats', 'beating', 'won', 'win', 'wins', 'winning', 'lost', 'lose', 'loses', 'losing',
  'drew', 'draw', 'draws', 'drawing', 'led', 'lead', 'leads', 'leading', 'trailed', 'trail', 'trails', 'trailing', 'defeated', 'defeat', 'beaten',
  'defeats', 'edged', 'thrashed', 'crushed', 'hammered', 'routed', 'downed', 'overcame', 'finished', 'ended', 'score', 'scoreline',
  'voted', 'vote', 'votes', 'ousted', 'swept', 'trounced', 'stunned', 'upset', 'eliminated', 'dumped', 'clinched', 'levelled', 'leveled']);
const zeroIdioms = new Set<string | undefined>(['tolerance', 'hour', 'hours']);
/** Verbs right before a bowler's figures ("took 5-41", "returned 4-37"). */
const bowlingVerbs = new Set<string | undefined>(['took', 'take', 'takes', 'taking', 'claimed', 'claims', 'claiming', 'returned', 'returning']);
/** Prepositions of time that open a sentence before a year ("From 2006 ...", "Since 2001 ..."). */
const yearPrepositions = new Set<string | undefined>(['from', 'since', 'until', 'till', 'by', 'in', 'during', 'before', 'after']);
/** Words that make "at 31-31" a score: "level at", "locked at", "tied at". */
const scoreStates = new Set<string | undefined>(['level', 'levelled', 'leveled', 'locked', 'tied', 'all', 'square', 'scores']);
/** Nouns that a result or a tally comes before ("a 3-1 win", "a 9-2 lead", "the 2-2 draw", "a 5-4 ruling"). */
const scoreNouns = new Set<string | undefined>(['win', 'wins', 'victory', 'victories', 'defeat', 'defeats', 'loss', 'losses', 'lead', 'draw',
  'draws', 'deficit', 'scoreline', 'triumph', 'thrashing', 'drubbing', 'success', 'home', 'away', 'aggregate', 'half-time', 'full-time',
  'vote', 'ruling', 'verdict', 'majority', 'decision', 'split', 'winners', 'winner', 'victors', 'victor']);

/** Whether the run holds two set scores of tennis ("6-3", "7-6"), each with a side at 6 or 7. */
function isSetRun(w: Token[], from: number, to: number): boolean {
  let sets = 0;
  for (let k = from; k < to; k++) {
    const m = /^(\d)-(\d)$/.exec(w[k].text);
    if (m && w[k - 1]?.text !== '(' && (m[1] === '6' || m[1] === '7' || m[2] === '6' || m[2] === '7')) sets++;
  }
  return sets >= 2;
}

/** Two sides of a score written as one token ("2-0", "31-31"). */
const scorePair = /^(\d{1,3})-(\d{1,3})$/;

function isScoreToken(t: Token): boolean {
  return t.kind === 'number' && scorePair.test(t.text);
}

/** Words before a score that "down" or "up" follows ("at 2-0 down", "were 1-0 up"). */
const beforeDownOrUp = new Set<string | undefined>(['at', 'was', 'were', 'is', 'are', 'being', 'went', 'going', 'fell', 'from', 'only', 'just', 'already', 'still']);

/**
 * "beat City 2-0", "a 3–1 win", "at 2-0 down", "voted 10-2": two whole numbers joined by a dash after a
 * verb of playing or voting, or before a word for a result, are a score or a tally, not a range from the
 * smaller to the larger.
 */
function scoreAt(s: Scan, start: number, core: Core): Found | null {
  const { w, keys } = s;
  if (!core.digits || core.currency || core.unit || core.first !== start) return null;
  let sides: RegExpExecArray | null = null;
  let end = start + 1;
  if (core.range) sides = scorePair.exec(w[start].text);
  else if (w[start + 1] && (w[start + 1].text === '-' || w[start + 1].text === '–') && w[start + 2]?.kind === 'number' &&
    w[start + 1].start - w[start].end <= 1 && w[start + 2].start - w[start + 1].end <= 1) {
    sides = /^(\d{1,3})\s?[-–]\s?(\d{1,3})$/.exec(s.text.slice(w[start].start, w[start + 2].end));
    end = start + 3;
  }
  if (!sides) return null;
  // Set scores in a row ("won 4-6 6-3 7-6 (7-4)", "6-4, 3-6, 7-6 (7-5)"): the context is read around
  // the whole run; a comma joins two scores of it.
  const inRun = (k: number) => {
    const t = w[k];
    if (isScoreToken(t) || t.text === '(' || t.text === ')') return true;
    return t.text === ',' && w[k - 1] !== undefined && w[k + 1] !== undefined && (isScoreToken(w[k - 1]) || w[k - 1].text === ')') && isScoreToken(w[k + 1]);
  };
  let runStart = start;
  while (runStart > 0 && inRun(runStart - 1)) runStart--;
  let runEnd = end;
  while (runEnd < w.length && inRun(runEnd)) runEnd++;
  const next = keys[runEnd];
  let verb = false;
  for (let b = runStart - 1; b >= 0 && b >= runStart - 6; b--) {
    if (w[b].kind === 'punct' || w[b].kind === 'symbol') break;
    if (scoreVerbs.has(keys[b])) verb = true;
  }
  if (keys[runStart - 1] === 'at' && scoreStates.has(keys[runStart - 2])) verb = true;
  // "Jadeja took 5-41", "bowling figures of 4-37": a bowler's wickets and runs, the wickets ten at most.
  if (Number(sides[1]) <= 10 && (bowlingVerbs.has(keys[runStart - 1]) || (keys[runStart - 1] === 'of' && keys[runStart - 2] === 'figures') || afterBowlingFigures(s, runStart))) verb = true;
  const after = scoreNouns.has(next) || ((next === 'down' || next === 'up') && beforeDownOrUp.has(keys[runStart - 1])) || scoreNounAfterName(s, runEnd) ||
    betweenTeams(s, runStart, runEnd);
  // "6-3 6-2", "6-7 (2-7) 7-6": two or more set scores in a row need no other context.
  if (!verb && !after && isSetRun(w, runStart, runEnd)) verb = true;
  // "won 2-3 seats", "lost 4-5 kg", "saw 5-10 km": a counted noun, a unit or a scale makes it a range again.
  const counted = next !== undefined && isWordToken(w[runEnd]) && (isPluralNoun(next) || (unitsByFirstWord.has(next) && !ambiguousUnitWords.has(next)) || scaleWords.has(next));
  // "At 2-0 we had a fight", "remains at 1-1": a range is written from low to high, so a pair
  // that falls or stays level is a score.
  if (!verb && !after && !counted && Number(sides[1]) >= Number(sides[2])) verb = true;
  if (!after && (!verb || counted)) return null;
  return { next: end, figure: pairFigure(s, start, w[start].start, w[end - 1].end, Number(sides[1]), Number(sides[2])) };
}

/** "a 5-1 Champions League win": a score noun after the name of a competition (three words at most). */
function scoreNounAfterName(s: Scan, at: number): boolean {
  let j = at;
  while (j < at + 3 && s.w[j] && s.w[j].kind === 'word' && isCapitalized(s.w[j])) j++;
  return j > at && scoreNouns.has(s.keys[j]);
}

/** Words that may open a sentence before a range ("Between 10-20 Britons", "Some 2-3 Kilnsea firms"). */
const notTeamWords = new Set<string | undefined>(['between', 'about', 'around', 'some', 'nearly', 'almost', 'only', 'just', 'roughly', 'perhaps',
  'maybe', 'the', 'a', 'an', 'and', 'or', 'of', 'by', 'from', 'to', 'with', 'in', 'on', 'at', 'for', 'over', 'under', 'up', 'another', 'all']);

/**
 * "Mansfield 0-1 Leyton Orient", "Italy 8-38 Wales": a result line, a pair between two names. The
 * word after must not be a unit or a scale, and the word before no verb of change nor a word that
 * opens a count ("Between 10-20 Britons").
 */
function betweenTeams(s: Scan, runStart: number, runEnd: number): boolean {
  const before = s.w[runStart - 1];
  const after = s.w[runEnd];
  if (!before || !after || before.kind !== 'word' || after.kind !== 'word' || !isCapitalized(before) || !isCapitalized(after)) return false;
  const prev = s.keys[runStart - 1];
  const next = s.keys[runEnd];
  if (notTeamWords.has(prev) || changeVerbs.has(prev) || scoreVerbs.has(prev) || months.has(prev!) || weekdays.has(prev!)) return false;
  return !((unitsByFirstWord.has(next) && !ambiguousUnitWords.has(next)) || scaleWords.has(next));
}

/** "took 5-41 and Bumrah 3-29": a second bowler's figures after a name, "and" and the first bowler's. */
function afterBowlingFigures(s: Scan, at: number): boolean {
  const { w, keys } = s;
  let j = at - 1;
  let names = 0;
  while (j >= 0 && names < 3 && isCapitalized(w[j]) && w[j].kind === 'word') {
    j--;
    names++;
  }
  if (names === 0 || (keys[j] !== 'and' && w[j]?.text !== ',')) return false;
  const k = j - 1;
  return k >= 1 && isScoreToken(w[k]) && bowlingVerbs.has(keys[k - 1]);
}

/** "first", "third", "twenty-first": an ordinal written as a word. */
function ordinalAt(s: Scan, i: number): Found | null {
  const k = s.keys[i];
  let value = ordinalWords.get(k);
  if (value === undefined) {
    const dash = k.indexOf('-');
    const tens = dash > 0 ? smallNumbers.get(k.slice(0, dash)) : undefined;
    const unit = dash > 0 ? ordinalWords.get(k.slice(dash + 1)) : undefined;
    if (tens === undefined || unit === undefined || tens < 20 || tens % 10 !== 0 || unit >= 10) return null;
    value = tens + unit;
  }
  // "the Third Way alliance", "the Second World War": an ordinal in capitals inside a name.
  if (spelledNumberNames(s, i)) return { next: i + 1, figure: null };
  const t = s.w[i];
  let end = t.end;
  if (s.text.charCodeAt(end - 1) === 46) end--;
  return { next: i + 1, figure: figureOf(s, i, t.start, end, { kind: 'ordinal', value, unit: null, approx: 'exact' }) };
}

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "C$100 and fifty": cents after an amount. */
function centsAfter(s: Scan, j: number): { cents: number; end: number } | null {
  const { keys, w } = s;
  let n = j;
  if (keys[n] === 'and') n++;
  if (!w[n] || (w[n].kind !== 'number' && !startsSpelled(keys[n]))) return null;
  const core = readCore(s, n);
  if (!core || core.value === null || core.vague || core.rest !== '' || core.unit || core.first !== n || core.value >= 100 || core.value < 0 || !Number.isInteger(core.value)) return null;
  const after = keys[core.end];
  if (after === 'cents' || after === 'cent' || after === 'pence' || after === 'p') return { cents: core.value, end: core.end + 1 };
  const next = w[core.end];
  if (!next || (next.kind === 'punct' && next.text !== '-') || after === 'and') return { cents: core.value, end: core.end };
  return null;
}

/** "one" is a figure when it counts something ("one solution", "one of the best"), not as a pronoun. */
function oneIsFigure(s: Scan, core: Core): boolean {
  const prev = s.keys[core.first - 1];
  const next = s.keys[core.end];
  if (s.keys[core.first] !== 'one') return false;
  // "BBC One", "Formula One": a capitalised "One" inside a sentence is part of a name.
  if (isCapitalized(s.w[core.first]) && core.first > 0 && !isQuoteOrOpen(s.w[core.first - 1])) return false;
  if (prev === 'same' || prev === 'another' || prev === 'last' || prev === 'big' || prev === 'new' || prev === 'old') return false;
  // "the appropriate one", "a better one": a pronoun after an adjective.
  const before = s.keys[core.first - 2];
  const pronounPosition = next === undefined || nounStops.has(next) || !isWordToken(s.w[core.end]);
  if (pronounPosition && prev !== undefined && !smallNumbers.has(prev) && (before === 'the' || before === 'a' || before === 'an' || before === 'this' || before === 'that') && !nounStops.has(prev)) return false;
  if (prev === 'no' || prev === 'the' || prev === 'this' || prev === 'that' || prev === 'any' || prev === 'every' || prev === 'each' ||
    prev === 'which' || prev === 'someone' || prev === 'little' || prev === 'loved' || prev === 'only' && next === 'who') return false;
  if (next === 'another' || next === 'who' || next === 'that' || next === 'which' || next === 'day' && s.keys[core.end + 1] !== 'later') {
    return next === 'day' ? false : false;
  }
  // "one should not ...", "one in which ...": the pronoun, not a count.
  if (modalVerbs.has(next) || (next === 'in' && s.keys[core.end + 1] === 'which')) return false;
  return true;
}

/** Words before a spelled number that name a part or stage of something ("part two", "phase three"). */
const spelledPartHeads = new Set<string | undefined>(['part', 'chapter', 'section', 'act', 'episode', 'series', 'season', 'book', 'volume', 'phase',
  'stage', 'round', 'game', 'level', 'page', 'track', 'leg', 'heat', 'lap', 'test', 'match', 'day', 'week']);

/** Whether "and a half" starts at word j. */
function isAndAHalf(keys: string[], j: number): boolean {
  return keys[j] === 'and' && keys[j + 1] === 'a' && keys[j + 2] === 'half';
}

const modalVerbs = new Set<string | undefined>(['should', 'would', 'could', 'must', 'can', 'might', 'may', 'shall', 'will', "can't", 'cannot']);
/** Words after which a head such as "track", "top" or "number" is a verb ("will track 50,000 workers", "they number 300"). */
const beforeVerb = new Set<string | undefined>([...modalVerbs, "won't", "wouldn't", "couldn't", 'did', 'does', 'do', "didn't", "doesn't", "don't",
  'not', 'they', 'we', 'i', 'you']);

/** Ratios "one in five", "nine out of 10", "one over three". */
/**
 * The "in seven" of "one voter in seven": after "one" and its one noun, "in" and a
 * larger number with no noun of its own ("two goals in three minutes" is a rate over time, "one
 * adult in five smokes" may be, and "10 Downing Street" a name).
 */
function nounInRatio(s: Scan, value: number, at: number): { value: number; end: number } | null {
  // One only: "three goals in 10" is most often in 10 games.
  if (s.keys[at] !== 'in' || value !== 1) return null;
  const second = readCore(s, at + 1);
  if (!second || second.value === null || second.first !== at + 1 || second.vague || second.range || second.rest !== '' || second.unit || second.value <= value || second.value > 1000) return null;
  const after = s.w[second.end];
  if (after && after.kind === 'word' && (isCapitalized(after) || isPluralNoun(s.keys[second.end]) || unitsByFirstWord.has(s.keys[second.end]) || nounPhrase(s, second.end, false) !== null)) return null;
  return { value: second.value, end: second.end };
}

function ratioAfter(s: Scan, core: Core): { value: number; end: number } | null {
  if (core.value === null || core.rest !== '' || core.unit || core.vague || core.range) return null;
  const k = s.keys[core.end];
  let n = -1;
  if (k === 'in' && core.value >= 1 && core.value <= 10 && Number.isInteger(core.value)) n = core.end + 1;
  else if (k === 'out' && s.keys[core.end + 1] === 'of') n = core.end + 2;
  else if (k === 'over' && Math.abs(core.value) >= 1) n = core.end + 1;
  if (n < 0) return null;
  const second = readCore(s, n);
  if (!second || second.value === null || second.vague || second.reject || second.range || second.rest !== '' || second.unit || second.first !== n) return null;
  if (second.value <= Math.abs(core.value) && k !== 'over') return null;
  if (k === 'in' && !(second.digits ? second.value <= 1000 : true)) return null;
  if (k === 'over') {
    // "1 over 3" is a fraction; "$2000 over 3 years" is not.
    const after = s.w[second.end];
    if (after && after.kind === 'word' && !nounStops.has(s.keys[second.end])) return null;
    if (core.currency || s.keys[core.first - 1] === '$') return null;
  }
  if (second.value === 0) return null;
  return { value: core.value / second.value, end: second.end };
}

/** "the 1990s", "the '90s", "1990's". */
function decade(s: Scan, start: number, core: Core): Found | null {
  const v = core.value!;
  if (!(v >= 1000 && v <= 2100 && v % 10 === 0) && !(v >= 10 && v <= 90 && v % 10 === 0 && core.digits)) return null;
  if (v < 100) {
    const age = decadeOfAge(s, start, core);
    if (age) return age;
  }
  const det = s.keys[start - 1] === 'the' || s.keys[start - 1] === "'" ? start - 1 : start;
  let startTok = det;
  if (s.keys[start - 1] === "'" && s.keys[start - 2] === 'the') startTok = start - 2;
  const t = s.w[core.end - 1];
  let year = v;
  let resolved: string;
  if (v < 100) {
    year = 1900 + v;
    resolved = `${year}/${year + 9}`;
  } else if (v % 100 === 0 && s.keys[start - 1] === 'the' && false) {
    resolved = `${v}/${v + 99}`;
  } else {
    resolved = `${v}/${v + 9}`;
  }
  return { next: core.end, figure: figureOf(s, startTok, s.w[startTok].start, t.end, { kind: 'date', value: year, unit: 'decade', approx: 'exact', resolved }) };
}

/** Words that make "20s" an age ("in his 20s", "in their early 30s"). */
const possessives = new Set<string | undefined>(['his', 'her', 'their', 'my', 'your', 'our']);

/**
 * "a man in his 20s", "in their early 30s", "in her mid-40s": an age within a decade of life, a
 * range of years (the early, middle or late third of the decade when it says so), not the 1920s.
 */
function decadeOfAge(s: Scan, start: number, core: Core): Found | null {
  const { keys, w } = s;
  const v = core.value!;
  const glued = /^(early|mid|late)-/i.exec(w[start].text);
  let part = glued ? glued[1].toLowerCase() : undefined;
  let first = start;
  if (!part && (keys[start - 1] === 'early' || keys[start - 1] === 'mid' || keys[start - 1] === 'late')) {
    part = keys[start - 1];
    first = start - 1;
  }
  if (!possessives.has(keys[first - 1])) return null;
  const low = part === 'early' ? v : part === 'mid' ? v + 3 : part === 'late' ? v + 6 : v;
  const high = part === 'early' ? v + 3 : part === 'mid' ? v + 6 : v + 9;
  const figure = figureOf(s, first, w[first].start, w[core.end - 1].end, { kind: 'duration', value: low, unit: 'year', approx: 'range' });
  figure.low = low;
  figure.high = high;
  figure.age = true;
  return { next: core.end, figure };
}

/**
 * "Kilnsea's 40 boats", "the IMF's 184 members", "GB's 46-strong team", "won 365 seats to Labour's
 * 203": a name in the possessive owns what the number counts when a plural noun, a scale or a noun
 * joined by a hyphen follows, or nothing follows after a figure earlier in the sentence; or the
 * number is a year ("London's 2012 bid"). A model
 * keeps its number ("Boeing's 777 line", "Sharp's 902 3G phone", "Standard and Poor's 500, and").
 */
function possessiveCount(s: Scan, start: number, core: Core): boolean {
  const { w, keys } = s;
  if (!isPossessive(keys[start - 1]) || keys[start - 1] === "poor's" || keys[start - 1] === 'poor’s') return false;
  // "London's 2012 bid": a year, which the date reading takes.
  if (w[core.end - 1].text.includes('-') || (core.plainInteger && core.value !== null && core.value >= 1900 && core.value <= 2100)) return true;
  const next = w[core.end];
  if (next && next.kind === 'word') return isPluralNoun(keys[core.end]) || scaleWords.has(keys[core.end]);
  if (next && next.kind === 'number') return false;
  for (let k = 0; k < start - 1; k++) if (w[k].kind === 'number') return true;
  return false;
}

/**
 * Numbers that name rather than count: "Section 427", "iPhone 11", "Route 66", "16 Industrial
 * Avenue", list numbering ("2." opening a line) and numbers in parentheses before a phone number.
 */
function isIdentifier(s: Scan, start: number, core: Core): boolean {
  const { w, keys } = s;
  // "the No. 2 seller": "No." heads the number as "No 10" does; "report no. 2026/117" both parts.
  if (afterNumberAbbreviation(s, start)) return true;
  if (w[start - 1]?.text === '/' && w[start - 2]?.kind === 'number' && gluedTogether(w[start - 2], w[start - 1], w[start]) && afterNumberAbbreviation(s, start - 2)) return true;
  const prev = keys[start - 1];
  const integer = core.value !== null && Number.isInteger(core.value) && !core.scaled && core.rest === '' && !core.range;
  if (core.range && !core.unit && isCapitalized(w[core.end]) && streetWords.has(keys[core.end + 1] ?? '')) return true;
  // "the P5+1 talks", "E3+3": a number glued by "+" to a name with digits is part of the name.
  if (w[start - 1]?.text === '+' && w[start - 2]?.kind === 'word' && gluedTogether(w[start - 2], w[start - 1], w[start]) && /^[A-Z]+\d+$/.test(w[start - 2].text)) return true;
  // "season 2005/06" names a year, "Season 3" an episode.
  if (prev !== undefined && identifierHeads.has(prev) && integer && !(prev === 'p' && w[start - 1].text !== 'p.') && !core.unit && !(prev === 'season' && isYearLike(core.value!)) &&
    !beforeVerb.has(keys[start - 2])) {
    if (!((prev === 'day' || prev === 'week' || prev === 'act' || prev === 'world' || prev === 'top' || prev === 'big') && !isCapitalized(w[start - 1]))) return true;
  }
  // "Route 66", "Kanal 24": a name before a number names it, but not a name in the possessive that
  // owns what the number counts (see possessiveCount).
  if (integer && !core.unit && start >= 1 && isCapitalized(w[start - 1]) && start - 1 > 0 && w[start - 1].kind === 'word' && !possessiveCount(s, start, core) &&
    !months.has(prev!) && !weekdays.has(prev!) && !qualifiersByLastWord.has(prev!) && !isQuoteOrOpen(w[start - 2]) &&
    (core.value ?? 0) < 10000 && !unitsByFirstWord.has(prev!) && prev !== 'i' && w[start - 1].text !== w[start - 1].text.toUpperCase() &&
    !unitAt(s, core.end, core) && !isTallyFrom(s, core.end)) {
    return true;
  }
  // "the 737-800", "ATR 72-500", "747-400 jets": an aircraft and its variant, not a range.
  if (isModelVariant(s, start, core)) return true;
  // "tweet_id=778257943577919488": sixteen or more digits without separators are an identifier.
  if (integer && w[start].text.length >= 16 && /^\d+$/.test(w[start].text)) return true;
  // "0800 028 9276", "007": digits with a leading zero are a code or a phone number.
  if (integer && w[start].text.length > 1 && w[start].text.charCodeAt(0) === 48 && /^0\d+$/.test(w[start].text)) return true;
  // "020 7946 0958", "0800 123 4567": the groups after a leading zero belong to the same number.
  if (integer && inPhoneNumber(s, start)) return true;
  // "Dak Prescott (4)": a number alone in brackets after a name is a shirt number or a reference.
  // Digits alone: "46 degrees Celsius (115F)" is a conversion.
  if (integer && w[start - 1]?.text === '(' && w[core.end]?.text === ')' && isCapitalized(w[start - 2]) && /^\d+$/.test(w[start].text)) return true;
  // "S P 500", "S&P 500".
  if (integer && prev === 'p' && (keys[start - 2] === 's' || keys[start - 2] === '&')) return true;
  if (integer && !core.unit && start >= 1 && isCapitalized(w[start - 1]) && w[start - 1].text.length >= 2 && w[start - 1].text === w[start - 1].text.toUpperCase() && /[A-Z]/.test(w[start - 1].text) && /^\d{1,4}$/.test(w[start].text) && start - 1 > 0 && !unitsByFirstWord.has(prev!) && !currencyCodesBefore.has(prev!)) {
    // "S&P 500", "TA 35", "FTSE 100": an upper-case name followed by a number.
    if (!isPluralNoun(keys[core.end] ?? '')) return true;
  }
  // "the 737 MAX", "a 320 XL": a model number before an upper-case name.
  const after = w[core.end];
  if (integer && (prev === 'the' || prev === 'a' || prev === 'an') && after && after.kind === 'word' && after.text.length >= 2 &&
    after.text === after.text.toUpperCase() && /^[A-Z]/.test(after.text) && !unitsByFirstWord.has(keys[core.end]) && !currencyCodesBefore.has(keys[core.end])) return true;
  // "16 Industrial Avenue".
  if ((integer || core.range) && isCapitalized(w[core.end]) && streetWords.has(keys[core.end + 1] ?? '') && isCapitalized(w[core.end + 1])) return true;
  // "2." or "3)" opening a sentence is list numbering.
  if (start === 0 && integer && (w[core.end]?.text === '.' || w[core.end]?.text === ')') && (core.value ?? 0) < 100 && (w.length <= core.end + 1 || isCapitalized(w[core.end + 1]))) return true;
  // "(555) 123-4567".
  if (w[start - 1]?.text === '(' && w[core.end]?.text === ')' && w[core.end + 1]?.kind === 'number' && /^\d{3}-\d{4}/.test(w[core.end + 1].text)) return true;
  return false;
}

/**
 * "Arsenal 38 from 19": a number after a name and before "from" and another number is a tally
 * (points from games played), not a name's number such as "Route 66".
 */
function isTallyFrom(s: Scan, end: number): boolean {
  // "Radio Halden from 1030 to 1115": a span of times or years after "from" is no tally.
  return s.keys[end] === 'from' && s.w[end + 1]?.kind === 'number' && /^\d{1,3}$/.test(s.w[end + 1].text) && s.keys[end + 2] !== 'to' && s.w[end + 2]?.text !== '-';
}

/** The last count before with a unit and "from" and a number right after it ("45 points from 19"). */
function tallyBefore(s: Scan, previous: Figure[]): Figure | undefined {
  for (let p = previous.length - 1; p >= 0; p--) {
    const f = previous[p];
    if (f.kind === 'count' && f.unit && !f.age && /^\s+from\s+\d/.test(s.text.slice(f.end, f.end + 12))) return f;
  }
  return undefined;
}

/**
 * For the number after "from" in a repeated tally ("Arsenal 38 from 19"), the figure after "from" in
 * the tally it repeats ("19 matches" of "45 points from 19 matches").
 */
function tallyGamesBefore(s: Scan, start: number, previous: Figure[]): Figure | undefined {
  const last = previous[previous.length - 1];
  if (!last || last.noun !== undefined || last.end !== s.w[start - 2]?.end || !isTallyFrom(s, start - 1)) return undefined;
  const earlier = previous.slice(0, -1);
  const tally = tallyBefore(s, earlier);
  if (!tally || tally.unit !== last.unit) return undefined;
  const games = earlier[earlier.indexOf(tally) + 1];
  return games?.kind === 'count' && games.unit ? games : undefined;
}

/** Whether word `start` follows "No." or "no." written with its full stop. */
function afterNumberAbbreviation(s: Scan, start: number): boolean {
  const stop = s.w[start - 1];
  return stop?.text === '.' && s.w[start - 2]?.end === stop.start && numberAbbreviations.has(s.w[start - 2].text);
}

/** Whether three tokens are written with no space between them ("2026/117"). */
function gluedTogether(a: Token, b: Token, c: Token): boolean {
  return a.end === b.start && b.end === c.start;
}

/**
 * Whether the digits at word i follow, group after group with one space between, a group that
 * starts with a zero (a phone number's area or service code).
 */
function inPhoneNumber(s: Scan, i: number): boolean {
  const { w } = s;
  for (let b = i - 1; b >= 0 && b >= i - 3; b--) {
    const group = w[b];
    if (group.kind !== 'number' || w[b + 1].start - group.end !== 1 || !/^\d{2,5}$/.test(group.text)) return false;
    if (group.text.charCodeAt(0) === 48) return true;
  }
  return false;
}

/**
 * An international phone number: "+", a country code, an optional trunk "(0)" and two or more
 * groups set off by spaces or hyphens ("+41 22 917 1234", "+1 202-555-0143", "+44 (0)20 7946 0958").
 */
const internationalNumber = /\+\d{1,3}(?:[ \u00a0]\(0\)\d{1,5})?(?:[ \u00a0-]\(?\d{1,5}\)?){2,}(?![\d.,]\d)/y;

/**
 * The index of the first word after an international phone number starting at the "+" of word i,
 * or i when none starts there.
 */
function afterPhoneNumber(s: Scan, i: number): number {
  const { w } = s;
  const start = w[i].start;
  const before = s.text.charCodeAt(start - 1);
  if (start > 0 && !(before === 32 || before === 40 /* ( */ || before === 58 /* : */ || before === 0xa0)) return i;
  internationalNumber.lastIndex = start;
  if (!internationalNumber.test(s.text)) return i;
  const end = internationalNumber.lastIndex;
  let j = i + 1;
  while (j < w.length && w[j].start < end) j++;
  return j;
}

/** Words after a model number that name what it is. */
const modelNouns = new Set<string | undefined>(['plane', 'planes', 'jet', 'jets', 'jetliner', 'jetliners', 'aircraft', 'airliner', 'airliners',
  'freighter', 'freighters', 'series', 'model', 'models', 'variant']);

/**
 * "737-800", "747-400": digits, a hyphen and a round hundred (so no score such as "3-0"), where
 * the first number is not round, after "the" (and before no plural), after a name in capitals
 * ("ATR 72-500"), or before a word for an aircraft. A range such as "175-200 people" has a counted
 * noun after it instead.
 */
function isModelVariant(s: Scan, start: number, core: Core): boolean {
  if (!core.range) return false;
  const variant = /^(\d+)-(\d+)$/.exec(s.w[start].text);
  const variantNumber = variant ? Number(variant[2]) : 0;
  if (!variant || start + 1 !== core.end || variantNumber < 100 || variantNumber % 100 !== 0 || Number(variant[1]) % 10 === 0) return false;
  const prev = s.w[start - 1];
  const next = s.keys[core.end];
  if (modelNouns.has(next)) return true;
  if (prev && prev.kind === 'word' && prev.text.length >= 2 && prev.text === prev.text.toUpperCase()) return true;
  return s.keys[start - 1] === 'the' && !isPluralNoun(next ?? '');
}

/**
 * A spelled number in capitals inside a sentence names something: next to another capitalised word
 * ("BBC Four", "Formula One", "the Six Nations") or joined to one ("the Half-Sunk Ship"). Not at a
 * sentence's start, after a quotation mark or colon, nor in a headline written in title case
 * ("Police Arrest Four Men"), where every word has a capital.
 */
function spelledNumberNames(s: Scan, i: number): boolean {
  const t = s.w[i];
  if (!isCapitalized(t)) return false;
  const dash = t.text.indexOf('-');
  const joined = dash > 0 && isUpperCode(t.text.charCodeAt(dash + 1));
  // "Half-Life 2 was released": a capital after the hyphen makes a name even where a sentence starts.
  if (isQuoteOrOpen(s.w[i - 1]) && !joined) return false;
  if (!joined && !isCapitalized(s.w[i - 1]) && !/^[A-Z]{2,}$/.test(s.w[i - 1].text) && !isCapitalized(s.w[i + 1])) return false;
  // Title case: no word of four letters or more starts in lower case.
  return s.w.some((w) => w.kind === 'word' && w.text.length >= 4 && !isUpperCode(w.text.charCodeAt(0)));
}

function isQuoteOrOpen(t: Token | undefined): boolean {
  return !t || (t.kind === 'punct' && /^["'“‘(\[:—–-]$/.test(t.text));
}

/** Times of day and scores read as bare numbers ("11 a.m." is handled as a date before this). */
function bareNumberIsNoise(s: Scan, start: number, core: Core): boolean {
  const next = s.keys[core.end];
  // "a 9 - iron", "Game 6": handled by identifiers; "24/7" by fractions.
  if (next === 'a.m' || next === 'p.m' || next === 'am' || next === 'pm') return true;
  void start;
  return false;
}
