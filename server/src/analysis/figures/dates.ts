/**
 * Dates and relative time: "Oct. 21, 2021", "21 October", "June of 2018", "on Thursday", "last
 * month", "earlier this year", "yesterday", "11 a.m.", ISO dates; and the article-level pass that
 * resolves relative ones against the dateline or front-matter date.
 */
import type { Figure } from '../types.js';
import type { Token } from '../tokens.js';
import type { Found, Scan } from './findFigures.js';
import { months, relativeDays, relativePeriods, seasonStarts, smallNumbers, weekdays } from './lexicon.js';

export function isYearLike(v: number): boolean {
  return Number.isInteger(v) && v >= 1000 && v <= 2100;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+Z?)?$/;
const clock = /^(\d{1,2}):(\d{2})(?::\d{2})?(am|pm|a\.m\.|p\.m\.)?$/i;
/** "2:00:04" (hours, minutes, seconds) or "59:48" (minutes, seconds), with tenths perhaps ("9:58.3"). */
const elapsedTime = /^(\d{1,3}):(\d{2})(?::(\d{2}))?(\.\d+)?$/;
const dottedClock = /^(\d{1,2})\.(\d{2})(am|pm)?$/i;
const hourAmPm = /^(\d{1,2})(am|pm)$/i;
const dayNumber = /^(\d{1,2})(st|nd|rd|th)?$/;
const yearNumber = /^\d{4}$/;

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function make(s: Scan, a: number, b: number, fields: Omit<Figure, 'start' | 'end' | 'text'>, endOffset?: number): Figure {
  const start = s.w[a].start;
  let end = endOffset ?? s.w[b - 1].end;
  // A sentence-final full stop glued to "Thursday." belongs to the sentence, not the date.
  if (endOffset === undefined && s.text.charCodeAt(end - 1) === 46 && !/^(a|p)\.m\.$/i.test(s.w[b - 1].text) && s.w[b - 1].kind === 'word' && !months.has(s.keys[b - 1]) || (endOffset === undefined && s.text.charCodeAt(end - 1) === 46 && weekdays.has(s.keys[b - 1]))) {
    if (s.w[b - 1].text.length > 1 && !/^[A-Z][a-z]{2,3}\.$/.test(s.w[b - 1].text)) end--;
  }
  // "Thursday's", "last week's": the possessive's ending is no part of the date (see possessiveTimeKey).
  else if (endOffset === undefined && isPossessiveTime(s, b - 1) && s.w[b - 1].end === end) end -= 2;
  return { start, end, text: s.text.slice(start, end), ...fields };
}

/** "mid-January", "late-March": part of a month, written as one word. */
export const partOfMonth = /^(?:mid|early|late)-(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Whether a key can match partOfMonth, judged from its first letter and length before the pattern is run. */
function mayBePartOfMonth(k: string): boolean {
  const c = k.charCodeAt(0) | 32;
  return (c === 109 /* m */ || c === 101 /* e */ || c === 108 /* l */) && k.length >= 7;
}

/** Whether word i is a time word in the possessive ("Thursday's"), keyed as the word itself by findFigures' possessiveTimeKey. */
export function isPossessiveTime(s: Scan, i: number): boolean {
  const t = s.w[i];
  return t !== undefined && t.kind === 'word' && s.keys[i].length === t.text.length - 2;
}

function isCap(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Periods that "a ... ago" and "the past ..." name ("a week ago", "over the past year"). */
const pastPeriods = new Set<string | undefined>(['day', 'week', 'fortnight', 'month', 'year', 'decade', 'century']);

/** Whether word i is the "ago" of "a year ago", "an hour ago": one period back from the article's date. */
export function isPeriodAgo(keys: string[], i: number): boolean {
  return keys[i] === 'ago' && (pastPeriods.has(keys[i - 1]) || keys[i - 1] === 'hour') && (keys[i - 2] === 'a' || keys[i - 2] === 'an');
}

/** A date or relative-time expression starting at token i, or null. */
export function dateAt(s: Scan, i: number): Found | null {
  const { w, keys } = s;
  const t = w[i];
  const k = keys[i];
  // "a year ago", "an hour ago": read back from "ago", since "a year" alone is most often a rate.
  if (k === 'ago') {
    if (!isPeriodAgo(keys, i)) return null;
    return { next: i + 1, figure: make(s, i - 2, i + 1, { kind: 'date', value: null, unit: keys[i - 1], approx: 'exact' }) };
  }
  // "at three o'clock", "at 3 o'clock": a time of day.
  if ((keys[i + 1] === "o'clock" || keys[i + 1] === 'o’clock') && ((t.kind === 'number' ? Number(t.text) : smallNumbers.get(k)) ?? 13) <= 12) {
    return { next: i + 2, figure: make(s, i, i + 2, { kind: 'date', value: null, unit: 'time', approx: 'exact' }, w[i + 1].end) };
  }
  if (t.kind === 'number') return numericDate(s, i);
  if (t.kind !== 'word') return null;
  if (quarterToken.test(t.text) || /^(?:first|second|third|fourth)-(?:quarter|half)$/.test(k)) {
    const period = periodOfYear(s, i);
    if (period) return period;
  }
  // "since mid-January": part of a month, resolved as the month named alone is.
  if (mayBePartOfMonth(k) && partOfMonth.test(k)) return { next: i + 1, figure: make(s, withSince(s, i), i + 1, { kind: 'date', value: null, unit: 'month', approx: 'exact' }) };
  // "on Thursday", "Thursday night".
  const wd = weekdays.get(k);
  if (wd !== undefined && isCap(t) && (k.length > 3 || t.text.endsWith('.'))) {
    // "the Sunday Times", "The Sunday Telegraph": a newspaper's name.
    if (keys[i - 1] === 'the' && isCap(w[i + 1]) && w[i + 1].kind === 'word') return { next: i + 1, figure: null };
    let a = i;
    if (keys[i - 1] === 'on' || keys[i - 1] === 'last' || keys[i - 1] === 'next' || keys[i - 1] === 'this') a = i - 1;
    const figure = make(s, a, i + 1, { kind: 'date', value: null, unit: 'weekday', approx: 'exact' });
    if (keys[a] !== 'last' && keys[a] !== 'next' && keys[a] !== 'this' && futureBefore(s, a)) figure.future = true;
    return { next: i + 1, figure };
  }
  // "today", "yesterday"; a capital inside a sentence makes a name ("the Today programme", "USA Today").
  if (relativeDays.has(k)) {
    if (isCap(t) && w[i - 1] !== undefined && w[i - 1].kind !== 'punct') return { next: i + 1, figure: null };
    return { next: i + 1, figure: make(s, i, i + 1, { kind: 'date', value: null, unit: 'day', approx: 'exact' }) };
  }
  // "this week", "last month", "earlier this year", "next spring", "last August".
  if ((k === 'this' || k === 'last' || k === 'next' || k === 'past') && keys[i + 1] !== undefined) {
    const period = keys[i + 1];
    // "May" is a month here unless a name reads better: "at last May said", "the last May government".
    const isMonth = months.has(period) && isCap(w[i + 1]) && (period.length > 3 || (period === 'may' && keys[i - 1] !== 'at' && !mayAsName(s, i + 1)));
    // "over the past year": the period that ends at the article's date.
    if (k === 'past' && keys[i - 1] === 'the' && pastPeriods.has(period)) {
      return { next: i + 2, figure: make(s, i - 1, i + 2, { kind: 'date', value: null, unit: period, approx: 'exact' }) };
    }
    if ((relativePeriods.has(period) && k !== 'past') || isMonth) {
      let a = i;
      if (keys[i - 1] === 'earlier' || keys[i - 1] === 'later' || keys[i - 1] === 'early' || keys[i - 1] === 'late') a = i - 1;
      if (period === 'half' || period === 'term' || period === 'season' && k === 'this' && keys[i + 2] === "'s") return null;
      return { next: i + 2, figure: make(s, a, i + 2, { kind: 'date', value: null, unit: isMonth ? 'month' : period, approx: 'exact' }) };
    }
    return null;
  }
  const month = months.get(k);
  if (month !== undefined && isCap(t)) return monthDate(s, i, month);
  return null;
}

/** Words after "May" that make it Theresa May rather than the month ("May's", "May government"). */
const afterMayName = new Set(["'s", 'government', 'administration', 'cabinet', 'ministry', 'era', 'said', 'says', 'told']);

function mayAsName(s: Scan, at: number): boolean {
  const next = s.w[at + 1];
  return next !== undefined && (afterMayName.has(s.keys[at + 1]) || (isCap(next) && next.kind === 'word'));
}

const quarterToken = /^([QH])([1-4])$/;
const periodOrdinals = new Map<string, number>([['first', 1], ['second', 2], ['third', 3], ['fourth', 4]]);

/**
 * A quarter or half of a year: "Q3 2025", "H1 2024", "the third quarter of 2025", "fourth-quarter
 * 2024", "the first half of 2026" (resolved to its months, "2025-07/2025-09"); "Q3" alone is a quarter
 * of a year the article does not name. Without a year, "the third quarter" and "the first half" stay
 * ordinals, since matches have halves and quarters too.
 */
export function periodOfYear(s: Scan, i: number): Found | null {
  const { w, keys } = s;
  const t = w[i];
  let kind: 'Q' | 'H';
  let n: number;
  let end: number;
  const token = quarterToken.exec(t.text);
  if (token) {
    kind = token[1] as 'Q' | 'H';
    n = Number(token[2]);
    if (kind === 'H' && n > 2) return null;
    end = i + 1;
  } else {
    const dash = keys[i].indexOf('-');
    const [ordinal, period] = dash > 0 ? [keys[i].slice(0, dash), keys[i].slice(dash + 1)] : [keys[i], keys[i + 1]];
    const value = periodOrdinals.get(ordinal);
    if (value === undefined || (period !== 'quarter' && period !== 'half') || (period === 'half' && value > 2)) return null;
    kind = period === 'quarter' ? 'Q' : 'H';
    n = value;
    end = dash > 0 ? i + 1 : i + 2;
  }
  let yearAt = end;
  if (keys[yearAt] === 'of') yearAt++;
  const year = w[yearAt]?.kind === 'number' && /^\d{4}$/.test(w[yearAt].text) && isYearLike(Number(w[yearAt].text)) ? Number(w[yearAt].text) : null;
  if (year === null && !token) return null;
  if (year !== null) end = yearAt + 1;
  const unit = kind === 'Q' ? 'quarter' : 'half';
  const figure = make(s, i, end, { kind: 'date', value: year, unit, approx: 'exact' });
  if (year !== null) {
    const months = kind === 'Q' ? 3 : 6;
    const first = (n - 1) * months + 1;
    figure.resolved = `${year}-${pad(first)}/${year}-${pad(first + months - 1)}`;
  }
  return { next: end, figure };
}

/** Words that put what follows them ahead of the article's date ("will meet on Friday", "is due to vote on Monday"). */
const futureWords = new Set<string | undefined>(['will', 'shall', 'due', 'expected', 'scheduled', 'slated', 'planned', 'plans', 'plan', 'until', 'upcoming']);
/** Words that end the look back for a future word: a verb in the past or of speech, which starts another clause, or "ago". */
const pastWords = new Set<string | undefined>(['said', 'says', 'was', 'were', 'had', 'did', 'told', 'added', 'announced', 'ago']);

/**
 * Whether the clause before word i speaks of what is to come: a future word ("will", "'ll", "due",
 * "set to", "ahead of") among the eight words before it, with no punctuation or past verb between.
 */
function futureBefore(s: Scan, i: number): boolean {
  const { w, keys } = s;
  for (let b = i - 1; b >= 0 && b >= i - 8; b--) {
    const k = keys[b];
    if (w[b].kind === 'punct' || pastWords.has(k)) return false;
    if (futureWords.has(k) || k.endsWith("'ll") || k.endsWith('’ll') || ((k === 'set' || k === 'going') && keys[b + 1] === 'to') || (k === 'ahead' && keys[b + 1] === 'of')) {
      // "as expected on Sunday", "was due to take place on Wednesday": a plan seen from after it.
      return !pastPlan.has(keys[b - 1]) && !pastPlan.has(keys[b - 2]);
    }
  }
  return false;
}
/** Whether the sentence looks forward to the day starting at word `i`, past its preposition ("will fall from April 1"). */
function futureDay(s: Scan, i: number): boolean {
  return futureBefore(s, dayPrepositions.has(s.keys[i - 1]) ? i - 1 : i);
}
const dayPrepositions = new Set<string | undefined>(['on', 'from', 'by', 'until']);

/** Words before a future word that make it a plan seen from after it ("as expected", "was due"). */
const pastPlan = new Set<string | undefined>(['as', 'was', 'were', 'had', 'been']);

/** Parts of a day that "this", "last" and "next" name relative to the article's day. */
const partsOfDay = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Words before a month named alone that make it a date ("since January", "the end of June"). */
const monthPrepositions = new Set<string | undefined>(['in', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'during', 'before',
  'after', 'of', 'early', 'late', 'mid', 'between', 'and']);

/** Parts of a month named before "of" ("the end of March", "the middle of May"). */
const monthParts = new Set<string | undefined>(['end', 'start', 'beginning', 'middle', 'close', 'rest', 'first', 'last', 'second', 'third', 'fourth']);

/** Prepositions of time that make "March" alone the month. */
const marchPrepositions = new Set<string | undefined>(['in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'before', 'after', 'early', 'late', 'mid', 'between']);

/**
 * "since January", "by the end of September": a month named alone after a preposition, a month of
 * the year nearest the article's date (see resolveDatesFrom). Not "May" (a verb and a name), nor
 * "March" (a walk) unless a preposition of time comes before it, nor an abbreviation.
 */
function monthAlone(s: Scan, i: number): Found | null {
  const k = s.keys[i];
  // "October's figures": a month in the possessive is a date without a preposition, but "May's" is the name.
  const possessive = isPossessiveTime(s, i);
  if (k.length <= 3 && k !== 'may') return null;
  if (!possessive && !monthPrepositions.has(s.keys[i - 1])) return null;
  // "pleaded guilty in March", "since March": a preposition of time before it makes "March" the month;
  // "the march in March", "joined the March" keep the walk out. So for "May", and not before what
  // makes it a name ("since May took office", "in May's cabinet").
  // "from November to March", "between January and May": after another month, "to" and "and" do too.
  const afterMonth = (s.keys[i - 1] === 'to' || s.keys[i - 1] === 'and') && months.has(s.keys[i - 2]) && isCap(s.w[i - 2]);
  // "by the end of March", "the start of May": a part of the month before "of" names it too.
  const partOfIt = s.keys[i - 1] === 'of' && monthParts.has(s.keys[i - 2]) && s.keys[i - 3] === 'the';
  if ((k === 'march' || k === 'may') && (possessive || (!marchPrepositions.has(s.keys[i - 1]) && !afterMonth && !partOfIt))) return null;
  if (k === 'may' && mayAsName(s, i)) return null;
  // "in August last year", "since March this year": the year is named relative to the article's.
  const end = (s.keys[i + 1] === 'last' || s.keys[i + 1] === 'this' || s.keys[i + 1] === 'next') && s.keys[i + 2] === 'year' ? i + 3 : i + 1;
  const figure = make(s, withSince(s, i), end, { kind: 'date', value: null, unit: 'month', approx: 'exact' });
  // The look back starts before the preposition: "lasted until March" is no plan for March.
  if (!possessive && end === i + 1) {
    if (futureBefore(s, i - 1)) figure.future = true;
    else if (pastBefore(s, i - 1)) figure.past = true;
  }
  return { next: end, figure };
}

/** Past forms, not ending in "-ed", of verbs that put a month named alone before the article's date ("began in March"). */
const irregularPast = new Set<string | undefined>(['was', 'were', 'had', 'did', 'began', 'became', 'took', 'left', 'went', 'came', 'made', 'won',
  'lost', 'fell', 'rose', 'grew', 'paid', 'sold', 'bought', 'held', 'met', 'gave', 'saw', 'told', 'said', 'wrote', 'ran', 'spent', 'sent', 'built', 'broke', 'struck', 'ago']);
/** Words that join another clause, whose verb may be of another tense ("rose since January and fall in September"). */
const clauseJoins = new Set<string | undefined>(['and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'because', 'so']);
/** Words before a form in "-ed" that make it no past ("is expected", "to be published", "will be closed"). */
const notPastBefore = new Set<string | undefined>(['is', 'are', 'am', 'be', 'being', 'will', 'would', 'to', 'can', 'could', 'may', 'might', 'should', 'must', 'shall']);

/**
 * Whether the clause before word i puts what follows in the past: a verb in the past among the eight
 * words before it ("was published in March", "began in March"), with no punctuation or future word
 * between. A month named alone after it is then the last such month up to the article's date.
 */
function pastBefore(s: Scan, i: number): boolean {
  const { w, keys } = s;
  for (let b = i - 1; b >= 0 && b >= i - 8; b--) {
    const k = keys[b];
    if (w[b].kind === 'punct' || clauseJoins.has(k) || futureWords.has(k) || k.endsWith("'ll") || k.endsWith('’ll')) return false;
    if ((irregularPast.has(k) || (k.length > 4 && k.endsWith('ed'))) && !notPastBefore.has(keys[b - 1])) return true;
  }
  return false;
}

/**
 * Where a month named without a year starts: at "since" before it ("since January"), which says the
 * month is in the past and so decides its year (resolveDatesFrom), as "on" belongs to "on Thursday".
 */
function withSince(s: Scan, i: number): number {
  return s.keys[i - 1] === 'since' ? i - 1 : i;
}

/** "Oct. 21, 2021", "October 2021", "June of 2018", "September 8", "since January". */
function monthDate(s: Scan, i: number, month: number): Found | null {
  const { w, keys } = s;
  const t = w[i];
  const k = keys[i];
  const next = w[i + 1];
  // "May" and "March" are words too; abbreviations need their full stop or a number after them.
  // "December's 4% rise": the possessive ends the date.
  if (!next || isPossessiveTime(s, i)) return monthAlone(s, i);
  let day: number | null = null;
  let year: number | null = null;
  let end = i + 1;
  let endOffset: number | undefined;
  // "November 21-22", "Nov. 3–5, 2025", "November 21 to 23": days of the month as a span.
  const span = next.kind === 'number' ? daysAfterMonth(s, i + 1) : null;
  if (span) {
    let spanEnd = span.end;
    let spanYear: number | null = null;
    if (w[spanEnd]?.text === ',' && w[spanEnd + 1]?.kind === 'number' && yearNumber.test(w[spanEnd + 1].text)) {
      spanYear = Number(w[spanEnd + 1].text);
      spanEnd += 2;
    } else if (w[spanEnd]?.kind === 'number' && yearNumber.test(w[spanEnd].text)) {
      spanYear = Number(w[spanEnd].text);
      spanEnd++;
    }
    const figure = make(s, i, spanEnd, { kind: 'date', value: spanYear, unit: 'day', approx: 'range' }, w[spanEnd - 1].end);
    if (spanYear !== null) figure.resolved = `${spanYear}-${pad(month)}-${pad(span.first)}/${spanYear}-${pad(month)}-${pad(span.last)}`;
    return { next: spanEnd, figure };
  }
  if (next.kind === 'number' && dayNumber.test(next.text)) {
    day = Number(dayNumber.exec(next.text)![1]);
    if (day < 1 || day > 31) return null;
    end = i + 2;
    if (w[end]?.text === ',' && w[end + 1]?.kind === 'number' && /^\d{4}/.test(w[end + 1].text)) {
      year = Number(w[end + 1].text.slice(0, 4));
      endOffset = w[end + 1].start + 4;
      end += 2;
    } else if (w[end]?.kind === 'number' && yearNumber.test(w[end].text)) {
      year = Number(w[end].text);
      end++;
    }
  } else if (next.kind === 'number' && /^\d{4}/.test(next.text) && isYearLike(Number(next.text.slice(0, 4))) && (next.text.length === 4 || !/^\d/.test(next.text.slice(4)))) {
    year = Number(next.text.slice(0, 4));
    end = i + 2;
    endOffset = next.start + 4;
  } else if (keys[i + 1] === 'of' && w[i + 2]?.kind === 'number' && yearNumber.test(w[i + 2].text)) {
    year = Number(w[i + 2].text);
    end = i + 3;
  } else {
    return monthAlone(s, i);
  }
  if ((k === 'may' || k === 'march' || k === 'mar') && day === null && year === null) return null;
  if (endOffset === undefined) endOffset = w[end - 1].end;
  const resolved = year !== null ? (day !== null ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : undefined;
  const figure = make(s, i, end, { kind: 'date', value: year, unit: day !== null ? 'day' : 'month', approx: 'exact' }, endOffset);
  if (resolved) figure.resolved = resolved;
  // "will fall by 7% from April 1": a day without a year the sentence looks forward to is the coming one.
  else if (day !== null && futureDay(s, i)) figure.future = true;
  void t;
  return { next: end, figure };
}

/** What may follow the last day of "November 21 to 23" whatever it looks like: the sentence going on. */
const afterDaySpan = new Set<string | undefined>([undefined, ',', '.', ';', ':', ')', 'in', 'at', 'on', 'and', 'when', 'while', 'after', 'before', 'with', 'for', 'to']);

/**
 * Days after a month name that make a span: "21-22" in one token, or "21 to 23", "21 and 22" (next
 * to each other, as daysInWords reads "14 and 15 September"). Null for one day.
 */
function daysAfterMonth(s: Scan, at: number): { first: number; last: number; end: number } | null {
  const { w, keys } = s;
  const joined = dayRange.exec(w[at].text);
  if (joined) {
    const [first, last] = [Number(joined[1]), Number(joined[2])];
    return first >= 1 && last <= 31 && first < last ? { first, last, end: at + 1 } : null;
  }
  const a = dayNumber.exec(w[at].text);
  const b = w[at + 2]?.kind === 'number' ? dayNumber.exec(w[at + 2].text) : null;
  if (!a || !b || !dayJoints.has(keys[at + 1])) return null;
  const [first, last] = [Number(a[1]), Number(b[1])];
  if (first < 1 || last > 31 || first >= last || ((keys[at + 1] === 'and' || keys[at + 1] === 'or') && last !== first + 1)) return null;
  const after = w[at + 3];
  // "May 2 to 25 stores": the second number counts what follows it.
  if (after && after.kind === 'word' && !afterDaySpan.has(keys[at + 3]) && (/s$/.test(keys[at + 3]) && !/^(?:was|is|has|as|this|thus)$/.test(keys[at + 3]))) return null;
  if (after && after.kind !== 'word' && after.kind !== 'space' && !afterDaySpan.has(after.text) && !(after.kind === 'number' && yearNumber.test(after.text))) return null;
  return { first, last, end: at + 3 };
}

const eras = new Set(['ad', 'a.d', 'bc', 'b.c', 'bce', 'b.c.e', 'ce', 'c.e']);
const dayRange = /^(\d{1,2})[-–](\d{1,2})$/;
const twentyFourHour = /^([01]\d|2[0-3])[0-5]\d$/;
const priceBaseWords = new Set<string | undefined>(['prices', 'terms', 'money', 'dollars', 'pounds', 'euros', 'values']);
const paceUnits = new Set<string | undefined>(['mile', 'km', 'kilometre', 'kilometer', 'lap', 'length']);
const timeZones = new Set<string | undefined>(['gmt', 'bst', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'cet', 'cest', 'hrs']);

/** "21 October 2021", "1 September", ISO dates and times of day. */
function numericDate(s: Scan, i: number): Found | null {
  const { w, keys } = s;
  const t = w[i];
  const x = t.text;
  // Cheap tests first: most numbers are neither dates nor times.
  const next = keys[i + 1];
  // "190 A.D.", "500 BC": a year of an era.
  // Every number passes here: the words after it are looked up before its digits are read.
  if (next !== undefined && eras.has(next) && /^\d{1,4}$/.test(x)) {
    const bc = next.startsWith('b');
    const value = bc ? -Number(x) : Number(x);
    const figure = make(s, i, i + 2, { kind: 'date', value, unit: 'year', approx: 'exact' }, w[i + 1].end);
    if (!bc) figure.resolved = String(value);
    return { next: i + 2, figure };
  }
  // "in 2012 prices", "in 2024 terms", "in 2010 dollars": the year that real values are measured in.
  if (next !== undefined && keys[i - 1] === 'in' && priceBaseWords.has(next) && /^(?:1[89]|20)\d\d$/.test(x)) {
    const figure = make(s, i, i + 1, { kind: 'date', value: Number(x), unit: 'year', approx: 'exact' });
    figure.resolved = x;
    return { next: i + 1, figure };
  }
  // "0400 GMT", "1530 BST", "0200 local time": a time of day in four digits, named by its time zone.
  const zoneEnd = timeZones.has(next) ? i + 2 : next === 'local' && keys[i + 2] === 'time' ? i + 3 : 0;
  if (x.length === 4 && zoneEnd > 0 && twentyFourHour.test(x)) return { next: zoneEnd, figure: make(s, i, zoneEnd, { kind: 'date', value: null, unit: 'time', approx: 'exact' }, w[zoneEnd - 1].end) };
  // "from 1030 to 1115 GMT": the first time of a span whose second names the zone (was the years 1030 to 1115).
  if (x.length === 4 && (next === 'to' || next === 'until' || next === 'and') && twentyFourHour.test(x) && twentyFourHour.test(w[i + 2]?.text ?? '') && timeZones.has(keys[i + 3])) {
    return { next: i + 1, figure: make(s, i, i + 1, { kind: 'date', value: null, unit: 'time', approx: 'exact' }) };
  }
  // "0900-1000 BST": a span of two times in one word.
  if (x.length === 9 && timeZones.has(next) && /^\d{4}[-–]\d{4}$/.test(x) && twentyFourHour.test(x.slice(0, 4)) && twentyFourHour.test(x.slice(5))) {
    return { next: i + 2, figure: make(s, i, i + 2, { kind: 'date', value: null, unit: 'time', approx: 'range' }, w[i + 1].end) };
  }
  // "between 14 and 15 September", "from 14 to 16 May": a span of days written in words.
  if (next !== undefined && dayJoints.has(next)) {
    const days = daysInWords(s, i);
    if (days) return days;
  }
  if (x.indexOf(':') < 0 && x.indexOf('-') !== 4 && !(next !== undefined && (months.has(next) || next === 'a.m' || next === 'p.m' || next === 'am' || next === 'pm')) &&
    !(x.length <= 6 && (x.endsWith('am') || x.endsWith('pm') || x.endsWith('AM') || x.endsWith('PM')))) return null;
  const iso = isoDate.exec(t.text);
  if (iso) {
    const resolved = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return { next: i + 1, figure: make(s, i, i + 1, { kind: 'date', value: Number(iso[1]), unit: 'day', approx: 'exact', resolved }) };
  }
  // "won in 2:00:04", "ran the second half in 59:48": an elapsed time, not a time of day, unless
  // "at", "am" or a time zone says otherwise.
  const elapsed = elapsedTime.exec(t.text);
  if (elapsed && keys[i - 1] !== 'at' && !/^(a\.m|p\.m|am|pm)$/.test(next ?? '') && !timeZones.has(next)) {
    const [hours, minutes, seconds] = elapsed[3] !== undefined ? [Number(elapsed[1]), Number(elapsed[2]), Number(elapsed[3])] : [0, Number(elapsed[1]), Number(elapsed[2])];
    // "4:35 per mile", "3:10 a kilometre": a pace is minutes and seconds, never a time of day.
    const pace = next === 'per' || (next === 'a' && paceUnits.has(keys[i + 2]));
    // "ran 3:49.04": hundredths of a second make a race time, never a time of day.
    if ((elapsed[3] !== undefined || elapsed[4] !== undefined || minutes >= 25 || pace) && minutes < (elapsed[3] !== undefined ? 60 : 1000) && seconds < 60) {
      const fraction = elapsed[4] ? Number(elapsed[4]) : 0;
      return { next: i + 1, figure: make(s, i, i + 1, { kind: 'duration', value: hours * 3600 + minutes * 60 + seconds + fraction, unit: 'second', approx: 'exact' }) };
    }
  }
  let c = clock.exec(t.text);
  if (!c) {
    // "9.30am" and "9.30 p.m." are times; "4.28" alone is a decimal.
    const d = dottedClock.exec(t.text);
    if (d && (d[3] || /^(a\.m|p\.m|am|pm)$/.test(keys[i + 1] ?? ''))) c = d;
  }
  if (c && Number(c[1]) <= 24 && Number(c[2]) < 60) {
    let end = i + 1;
    if (/^(a\.m|p\.m|am|pm)$/.test(keys[end] ?? '') || timeZones.has(keys[end])) end++;
    return { next: end, figure: make(s, i, end, { kind: 'date', value: null, unit: 'time', approx: 'exact' }, w[end - 1].end) };
  }
  const h = hourAmPm.exec(t.text);
  if (h && Number(h[1]) <= 12) return { next: i + 1, figure: make(s, i, i + 1, { kind: 'date', value: null, unit: 'time', approx: 'exact' }) };
  if (/^\d{1,2}$/.test(t.text) && Number(t.text) <= 12 && (keys[i + 1] === 'a.m' || keys[i + 1] === 'p.m' || keys[i + 1] === 'am' || keys[i + 1] === 'pm') && w[i + 1].kind === 'word') {
    return { next: i + 2, figure: make(s, i, i + 2, { kind: 'date', value: null, unit: 'time', approx: 'exact' }, w[i + 1].end) };
  }
  // "21 October", "1 September 2004", and a span of days: "on 5-6 March", "19-20 March 2005".
  const range = dayRange.exec(t.text);
  const day = range ?? dayNumber.exec(t.text);
  const first = day ? Number(day[1]) : 0;
  const last = range ? Number(range[2]) : first;
  if (day && w[i + 1] && months.has(keys[i + 1]) && isCap(w[i + 1]) && first >= 1 && last <= 31 && (range ? first < last : true)) {
    return daysOfMonth(s, i, i + 1, first, range ? last : null);
  }
  return null;
}

/** Words between the two days of a span ("14 and 15 September", "14 to 16 May", "14 - 15 May"). */
const dayJoints = new Set(['and', 'or', 'to', '-', '–', 'until', 'till']);

/** "between 14 and 15 September", "from 14 to 16 May 2026", "14 and 15 September": days of one month, as a range. */
function daysInWords(s: Scan, i: number): Found | null {
  const { w, keys } = s;
  const a = dayNumber.exec(w[i].text);
  const b = w[i + 2]?.kind === 'number' ? dayNumber.exec(w[i + 2].text) : null;
  if (!a || !b || !dayJoints.has(keys[i + 1]) || !months.has(keys[i + 3]) || !isCap(w[i + 3])) return null;
  const first = Number(a[1]);
  const last = Number(b[1]);
  if (first < 1 || last > 31 || first >= last) return null;
  const start = (keys[i - 1] === 'between' && keys[i + 1] === 'and') || (keys[i - 1] === 'from' && keys[i + 1] !== 'and') ? i - 1 : i;
  // "on 2 and 9 July", "on 12, 19 and 26 May": dates listed, not a span, unless they are next to
  // each other ("9 and 10 July", "on 6 or 7 May", either of two days).
  if ((keys[i + 1] === 'and' || keys[i + 1] === 'or') && start === i && (last !== first + 1 || keys[i - 1] === ',')) return null;
  return daysOfMonth(s, start, i + 3, first, last);
}

/** The date from word `start` to the month at `monthAt` and a year after it if any: one day, or the days `first` to `last`. */
function daysOfMonth(s: Scan, start: number, monthAt: number, first: number, last: number | null): Found {
  const { w, keys } = s;
  const month = months.get(keys[monthAt])!;
  let end = monthAt + 1;
  let year: number | null = null;
  if (w[end]?.kind === 'number' && yearNumber.test(w[end].text)) {
    year = Number(w[end].text);
    end++;
  }
  const figure = make(s, start, end, { kind: 'date', value: year, unit: 'day', approx: last !== null ? 'range' : 'exact' }, w[end - 1].end);
  if (year !== null) figure.resolved = `${year}-${pad(month)}-${pad(first)}` + (last !== null ? `/${year}-${pad(month)}-${pad(last)}` : '');
  else if (futureDay(s, start)) figure.future = true;
  return { next: end, figure };
}

const dayMs = 86400000;

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / dayMs + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

const frontMatterDate = /^---\r?\n[\s\S]*?^(?:date|published|pubdate|publish_date|dateline):\s*["']?(\d{4}-\d{2}-\d{2})/im;
const isoInText = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/**
 * The article's date: a `date:` line in front matter, else the first full date (day, month and
 * year) in the opening 400 characters, which is where a dateline stands.
 */
/**
 * What may stand before a dateline's date on its line: nothing, a place in capitals or a name and a
 * comma or dash ("WARSAW — ", "LONDON, ", "BERLIN (Reuters) - "), a byline ("By Anna Keller, "), or
 * "Published:", "Updated"; then perhaps a weekday. A date inside a sentence ("Born on 3 May 1941")
 * is what the article is about, not when it was written.
 */
const datelinePrefix = new RegExp(
  String.raw`^[\s*_#>]*(?:By\s+[^
,]{1,60},\s*)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:\([^)
]{1,30}\)\s*)?(?:,|—|–|-)\s*|(?:Published|Updated|Posted|Last updated|First published)(?:\s+on)?:?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$`,
  'u',
);

export function articleDate(text: string, figures: Figure[]): Date | null {
  const fm = frontMatterDate.exec(text.slice(0, 2000));
  if (fm) return new Date(fm[1] + 'T00:00:00Z');
  for (const f of figures) {
    if (f.start > 400) break;
    if (f.kind === 'date' && f.resolved && /^\d{4}-\d{2}-\d{2}$/.test(f.resolved) && datelinePrefix.test(text.slice(text.lastIndexOf('\n', f.start - 1) + 1, f.start))) {
      return new Date(f.resolved + 'T00:00:00Z');
    }
  }
  const iso = isoInText.exec(text.slice(0, 400));
  if (iso) return new Date(`${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z`);
  return null;
}

/**
 * Resolves relative dates ("on Thursday", "last month", "seven years ago", "Sept. 30") against the
 * article's date, in place, and returns the figures. Called once per document after block analysis,
 * because a dateline in the first paragraph dates every later one. Figures that already carry a
 * resolution are left as they are.
 */
export function resolveDates(text: string, figures: Figure[]): Figure[] {
  return resolveDatesFrom(articleDate(text, figures), figures);
}

/** `resolveDates` against a given article date, for callers that resolve a document in parts. */
export function resolveDatesFrom(anchor: Date | null, figures: Figure[]): Figure[] {
  if (anchor) resolveAgainst(anchor, figures);
  return weekdaysOfDates(figures);
}

/**
 * "on Friday, March 6", "Tuesday 10 March 2026": a weekday written right before a date is that
 * date, whatever the weekday counted from the dateline would be, when the date falls on that day
 * (when it does not, Verify Figures says so).
 */
function weekdaysOfDates(figures: Figure[]): Figure[] {
  for (let k = 0; k + 1 < figures.length; k++) {
    const [f, g] = [figures[k], figures[k + 1]];
    if (f.kind !== 'date' || f.unit !== 'weekday' || g.kind !== 'date' || g.unit !== 'day' || !g.resolved || !/^\d{4}-\d{2}-\d{2}$/.test(g.resolved) || g.start - f.end > 2) continue;
    const lower = f.text.toLowerCase();
    const name = [...weekdays.keys()].find((d) => d.length > 3 && lower.includes(d));
    if (name !== undefined && weekdays.get(name) === new Date(`${g.resolved}T12:00:00Z`).getUTCDay()) f.resolved = g.resolved;
  }
  return figures;
}

function resolveAgainst(anchor: Date, figures: Figure[]): void {
  const year = anchor.getUTCFullYear();
  for (const f of figures) {
    if (f.resolved) continue;
    const lower = f.text.toLowerCase();
    if (f.kind === 'date' && f.unit === 'weekday') {
      const name = [...weekdays.keys()].find((d) => d.length > 3 && lower.includes(d));
      if (name === undefined) continue;
      const target = weekdays.get(name)!;
      let diff = target - anchor.getUTCDay();
      if (lower.startsWith('next')) {
        if (diff <= 0) diff += 7;
      } else if (f.future) {
        // "will meet on Wednesday" in a Wednesday article is most often that day.
        if (diff < 0) diff += 7;
      } else if (diff > 0 || (lower.startsWith('last') && diff === 0)) {
        diff -= 7;
      }
      f.resolved = isoDay(new Date(anchor.getTime() + diff * dayMs));
    } else if (f.kind === 'date' && f.unit === 'day' && f.value === null) {
      const word = [...relativeDays.keys()].find((d) => lower.includes(d));
      if (word !== undefined) f.resolved = isoDay(new Date(anchor.getTime() + relativeDays.get(word)! * dayMs));
      else {
        // "Sept. 30" or "30 September" without a year: the nearest such date not far after the dateline.
        const m = [...months.keys()].find((name) => new RegExp(`\\b${name}\\b`).test(lower));
        const days = [...lower.matchAll(/\b(\d{1,2})\b/g)];
        const day = days[0];
        if (m && day) {
          const month = months.get(m)!;
          let y = year;
          const candidate = Date.UTC(y, month - 1, Number(day[1]));
          if (f.future) {
            if (candidate < anchor.getTime()) y++;
          } else if (candidate > anchor.getTime() + 31 * dayMs) y--;
          f.resolved = `${y}-${pad(month)}-${pad(Number(day[1]))}`;
          // "5-6 March", "between 14 and 15 September": both days.
          if (days.length > 1) f.resolved += `/${y}-${pad(month)}-${pad(Number(days[1][1]))}`;
        }
      }
    } else if (f.kind === 'date' && f.value === null && /\bago$/.test(lower)) {
      const resolved = periodsBefore(anchor, f.unit, 1);
      if (resolved !== null) f.resolved = resolved;
    } else if (f.kind === 'date' && f.value === null && /^the past /.test(lower)) {
      if (f.unit === 'decade' || f.unit === 'century') f.resolved = `${periodsBefore(anchor, f.unit, 1)}/${year}`;
      else {
        // To the day: "the past year" from the 14th of May is from the 14th of May a year before.
        const from = f.unit === 'year' ? Date.UTC(year - 1, anchor.getUTCMonth(), anchor.getUTCDate())
          : f.unit === 'month' ? Date.UTC(year, anchor.getUTCMonth() - 1, anchor.getUTCDate()) : null;
        const day = from !== null ? isoDay(new Date(from)) : periodsBefore(anchor, f.unit, 1);
        if (day !== null) f.resolved = `${day}/${isoDay(anchor)}`;
      }
    } else if (f.kind === 'date' && f.value === null) {
      const step = lower.startsWith('last') || /\blast\b/.test(lower) ? -1 : /\bnext\b/.test(lower) ? 1 : 0;
      const monthName = [...months.keys()].find((name) => (name.length > 3 || name === 'may') && new RegExp(`\\b${name}\\b`).test(lower));
      if (f.unit === 'month' && monthName) {
        const month = months.get(monthName)!;
        let y = year;
        if (step < 0 && month >= anchor.getUTCMonth() + 1) y--;
        if (step > 0 && month <= anchor.getUTCMonth() + 1) y++;
        // A month named alone ("in December") is taken as the one nearest the article's date:
        // December in a February article is the December just gone. After "since" it is the last
        // such month up to the article's date: January in a November article is this year's.
        const relativeYear = / (last|this|next) year$/.exec(lower);
        if (relativeYear) y = year + (relativeYear[1] === 'last' ? -1 : relativeYear[1] === 'next' ? 1 : 0);
        else if (lower.startsWith('since ')) {
          if (month > anchor.getUTCMonth() + 1) y--;
        } else if (step === 0 && !/\bthis\b/.test(lower)) {
          const after = month - (anchor.getUTCMonth() + 1);
          // "was published in March" is the last March, "will open in March" the next one; with no
          // tense to go by, the nearest.
          if (f.past) {
            if (after > 0) y--;
          } else if (f.future) {
            if (after < 0) y++;
          } else if (after > 6) y--;
          else if (after < -6) y++;
        }
        f.resolved = `${y}-${pad(month)}`;
      } else if (f.unit !== null && partsOfDay.has(f.unit)) {
        // "this morning" is the article's day, "last night" the evening before it.
        f.resolved = isoDay(new Date(anchor.getTime() + step * dayMs));
      } else if (f.unit !== null && seasonStarts.has(f.unit)) {
        f.resolved = seasonOf(anchor, seasonStarts.get(f.unit)!, step < 0 ? 'last' : step > 0 ? 'next' : 'this');
      } else if (f.unit === 'year') f.resolved = String(year + step);
      else if (f.unit === 'month') {
        const d = new Date(Date.UTC(year, anchor.getUTCMonth() + step, 1));
        f.resolved = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
      } else if (f.unit === 'week') f.resolved = isoWeek(new Date(anchor.getTime() + step * 7 * dayMs));
      else if (f.unit === 'decade') f.resolved = `${Math.floor(year / 10) * 10 + step * 10}/${Math.floor(year / 10) * 10 + step * 10 + 9}`;
    } else if (f.kind === 'duration' && f.value !== null && /\bago$/.test(lower) && f.approx !== 'range') {
      const resolved = periodsBefore(anchor, f.unit, f.value);
      if (resolved !== null) f.resolved = resolved;
    }
  }
}

/**
 * The months of a season relative to the anchor ("2025-12/2026-02" for last winter from October
 * 2026): "this" is the one the anchor falls in, else the nearest; "last" the latest one ended before
 * the anchor's month; "next" the first one starting after it.
 */
function seasonOf(anchor: Date, startMonth: number, which: 'last' | 'this' | 'next'): string {
  // Months counted from year 0, so that seasons across a new year are plain ranges.
  const now = anchor.getUTCFullYear() * 12 + anchor.getUTCMonth();
  const startIn = (y: number) => y * 12 + startMonth - 1;
  const y = anchor.getUTCFullYear();
  const starts = [startIn(y - 2), startIn(y - 1), startIn(y), startIn(y + 1)];
  let start: number;
  if (which === 'last') start = starts.filter((m) => m + 3 <= now).at(-1)!;
  else if (which === 'next') start = starts.find((m) => m > now)!;
  // Between two such seasons equally far ("this summer" in January), the coming one.
  else start = starts.find((m) => m <= now && now < m + 3) ?? starts.reduce((a, b) => (Math.abs(b + 1 - now) <= Math.abs(a + 1 - now) ? b : a));
  const month = (m: number) => `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
  return `${month(start)}/${month(start + 2)}`;
}

/**
 * The date `n` periods before the anchor, as precise as the period: a year for years, decades and
 * centuries, a month for months, a day for shorter periods; null for a unit that is no period or a
 * period shorter than a day.
 */
function periodsBefore(anchor: Date, unit: string | null, n: number): string | null {
  const year = anchor.getUTCFullYear();
  if (unit === 'year') return Number.isInteger(n) ? String(year - n) : null;
  if (unit === 'decade' || unit === 'century') return Number.isInteger(n) ? String(year - (unit === 'decade' ? 10 : 100) * n) : null;
  if (unit === 'month') {
    if (!Number.isInteger(n)) return null;
    const d = new Date(Date.UTC(year, anchor.getUTCMonth() - n, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  const days = unit === 'day' ? 1 : unit === 'week' ? 7 : unit === 'fortnight' ? 14 : 0;
  return days === 0 ? null : isoDay(new Date(anchor.getTime() - n * days * dayMs));
}
