/** A figure in words, for hovers: "more than 13,000 people (lower bound)". */
import type { Approx, Figure, Statistic } from '../types.js';
import { qualifierList, seasonStarts } from './lexicon.js';

const notes: Record<Approx, string> = {
  exact: '',
  about: 'approximate',
  'more-than': 'lower bound',
  'less-than': 'upper bound',
  'at-least': 'lower bound, inclusive',
  'at-most': 'upper bound, inclusive',
  range: 'range',
};

const plainQualifier: Record<Approx, string> = {
  exact: '',
  about: 'about',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'at-most': 'up to',
  range: '',
};

export const currencySymbols: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', RUB: '₽', UAH: '₴', KRW: '₩', ILS: '₪' };

const scales: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** 13000 → "13,000"; 4200000000 → "4.2 billion"; 0.333… → "0.333". */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  for (const [scale, word] of scales) {
    if (abs >= scale) {
      const scaled = value / scale;
      // Only round multiples read better with a scale word ("4.2 billion", not "4.213457 billion").
      if (Math.abs(scaled * 1000 - Math.round(scaled * 1000)) < 1e-6) return `${trim(scaled)} ${word}`;
    }
  }
  return trim(value);
}

// `toLocaleString` with options builds a new formatter at every call, which was about a tenth of the
// whole analysis (a message per figure); two formatters made once give the same text.
const upToThreeDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const upToFourDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/**
 * A figure's value as `formatNumber` writes it, but with the four decimals the article wrote for a
 * value below 1,000 ("$1.0925", an exchange rate, read $1.093), and a share the article wrote as a
 * fraction as one ("2/3", see `fractionOf`).
 */
export function formatValue(f: Figure, value: number): string {
  const fraction = fractionOf(f, value);
  if (fraction) return fraction;
  return Math.abs(value) < 1000 && value === f.value && /\.\d{4}(?!\d)/.test(f.text) ? upToFourDecimals.format(value) : formatNumber(value);
}

/**
 * "2/3" for a value below one (the figure's value or one end of its range) that the article wrote as
 * a fraction ("two-thirds", "2/3", "⅔", "one in three", "half"), whose decimals read badly ("0.6667
 * ships"); null for anything else, and for a share written with decimals ("0.8 children", and ".25"
 * with no leading zero). A whole number and a fraction ("2½ years") stays a decimal, which reads as
 * well ("2.5 years").
 */
export function fractionOf(f: Figure, value: number): string | null {
  if (!(value > 0 && value < 1) || /\.\d/.test(f.text)) return null;
  for (let denominator = 2; denominator <= 12; denominator++) {
    const numerator = Math.round(value * denominator);
    // The vulgar-fraction characters' values are rounded to twelve digits ("⅔" 0.666666666667).
    if (numerator > 0 && Math.abs(value - numerator / denominator) < 1e-9) return `${numerator}/${denominator}`;
  }
  return null;
}

/** The unit's word for this value: singular after a fraction ("1/2 hour", "1/4 percentage point"). */
export function unitFor(f: Figure, word: string, value: number | null): string {
  return plural(word, value !== null && fractionOf(f, value) ? 1 : value);
}

/** A count's amount with its noun: "4,200 crew", and a share of them as one, "2/3 of voters". */
export function countedAmount(value: string, noun: string): string {
  return value.includes('/') ? `${value} of ${noun}` : `${value} ${noun}`;
}

function trim(value: number): string {
  return (Math.abs(value) < 1 ? upToFourDecimals : upToThreeDecimals).format(value);
}

/** Count units that take no plural: "three times", "78,000 times a minute", "sixfold" (not "timess", "folds"). */
const invariantUnits = new Set(['times', 'fold']);

/** The unit's word for this many: "hour" → "hours" unless the value is 1. */
export function plural(word: string, value: number | null): string {
  return value === 1 || invariantUnits.has(word) ? word : word.endsWith('y') && !/[aeiou]y$/.test(word) ? word.slice(0, -1) + 'ies' : word === 'century' ? 'centuries' : word + 's';
}

/**
 * "2 h 0 min 35 s" for a time in seconds of a minute or more, read like a race time; null otherwise.
 * A finishing time written "2:00:35" is kept in seconds so it compares with any other form.
 */
function clockText(seconds: number): string | null {
  if (!(seconds >= 60)) return null;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round((seconds % 60) * 100) / 100;
  return `${h > 0 ? `${h} h ${m} min` : `${m} min`} ${s} s`;
}

/** Two numbers apart, or "and": "2 hours 35 seconds", "four hours and 21 minutes", not "2.5 hours". */
const twoNumbers = /\d[^\d\s]*\s+\D*\d|\sand\s/;

/**
 * The race-time reading of a duration: seconds of a minute or more, and hours or minutes with a
 * fraction ("2 hours 35 seconds" is 2.01 hours, "2 h 0 min 35 s"); null for other durations.
 */
export function clockOf(f: Figure): string | null {
  if (f.kind !== 'duration' || f.value === null) return null;
  if (f.unit === 'second') return clockText(f.value);
  // Only when written in parts: "about 2.5 hours" needs no "2 h 30 min 0 s".
  if ((f.unit === 'hour' || f.unit === 'minute') && !Number.isInteger(f.value) && twoNumbers.test(f.text)) return clockText(f.value * (f.unit === 'hour' ? 3600 : 60));
  return null;
}

/** One amount with its unit: "$4.2 billion", "60%", "7 mi", "seven years" as "7 years". */
function amount(f: Figure, value: number): string {
  const n = formatValue(f, value);
  switch (f.kind) {
    case 'money': {
      if (f.unit === 'cent') return `${n} ${unitFor(f, 'cent', value)}`;
      if (f.unit === 'GBX') return `${n}p`;
      const symbol = f.unit ? currencySymbols[f.unit] : undefined;
      if (symbol) return value < 0 ? `-${symbol}${formatNumber(-value)}` : `${symbol}${n}`;
      return `${n} ${f.unit ?? ''}`.trim();
    }
    case 'percent':
      if (f.unit === 'pp') return `${n} ${unitFor(f, 'percentage point', value)}`;
      if (f.unit === 'bp') return `${n} ${unitFor(f, 'basis point', value)}`;
      return `${n}%`;
    case 'measure':
      if (f.unit === 'magnitude') return `magnitude ${n}`;
      return f.unit && f.unit.startsWith('°') ? `${n}${f.unit === '°' ? '°' : ' ' + f.unit}` : `${n} ${f.unit ?? ''}`.trim();
    case 'duration': {
      const clock = value === f.value ? clockOf(f) : null;
      return f.unit ? `${n} ${unitFor(f, f.unit, value)}${clock ? `, ${clock}` : ''}` : n;
    }
    case 'ordinal':
      return n;
    default: {
      // A unit without the article's noun phrase is a singular head noun ("248 seats" for "248 of the 460 seats").
      const noun = f.noun ?? (f.unit ? plural(f.unit, value) : null);
      return noun ? countedAmount(n, noun) : n;
    }
  }
}

/** The qualifier as the article wrote it ("an estimated"), or a plain word for the approximation. */
function qualifierOf(f: Figure): string {
  if (f.approx === 'exact' || f.approx === 'range') return '';
  const lower = f.text.toLowerCase();
  for (const [words] of qualifierList) {
    const phrase = words.join(' ');
    if (lower.startsWith(phrase + ' ')) return f.text.slice(0, phrase.length);
  }
  return plainQualifier[f.approx];
}

/**
 * A figure in words for a hover: "more than 13,000 people (lower bound)", "an estimated 100,000
 * troops (approximate)", "$370,000 to $5.5 million (range)", "$52 per barrel", "dozens of ceasefire
 * violations (roughly 12 to 120)", "on Thursday (2021-10-14)".
 */
/** A measure written in two parts: two numbers apart ("6ft 4in") or joined by "and" ("two years and six months"). */
const writtenInParts = /\d\S*\s+\S*\d|\sand\s/;

/** A month without a year or a relative word: "December", "mid-April" (not "last March", "June 2024"). */
function isMonthAlone(f: Figure): boolean {
  return f.unit === 'month' && f.value === null && !/\b(?:last|next|this|past|ago|coming)\b/i.test(f.text);
}

/** The figure's text for reading: the spaces Markdown's emphasis left ("About 6.5 million** refugees") run together. */
export function written(f: Figure): string {
  return f.text.replace(/\s+/g, ' ');
}

/** A pair written with a colon ("1:8"): a ratio, where a dash writes a score. */
export function isColonRatio(f: Figure): boolean {
  return f.score !== undefined && /^\d+:\d+$/.test(f.text);
}

/** How a relative date's resolution was guessed, when the text leaves it open, for the reader to judge. */
function guessOf(f: Figure): string {
  if (isMonthAlone(f)) return /^since\b/i.test(f.text) ? ', the last one up to the article\'s date assumed' : ', the year nearest the article\'s date assumed';
  if (f.future) return ', the coming one: the sentence speaks of what is to come';
  if (f.unit !== null && seasonStarts.has(f.unit)) return ', northern-hemisphere seasons assumed';
  return '';
}

/** A statistic's name as a reader writes it. */
export const statisticNames: Record<Statistic, string> = {
  'hazard-ratio': 'hazard ratio',
  'odds-ratio': 'odds ratio',
  'risk-ratio': 'relative risk',
  correlation: 'correlation',
  'confidence-interval': 'confidence interval',
  'confidence-level': 'confidence level',
  'p-value': 'p-value',
};

export function describeFigure(f: Figure): string {
  const extra: string[] = [];
  let core: string;
  if (f.kind === 'date') {
    core = written(f);
    // A month named alone ("in December", "December's record") is given the year that puts it nearest
    // the article's date: a guess the reader should see, since it may be another year's.
    if (f.resolved && f.resolved !== f.text) extra.push(f.resolved.replace('/', ' to ') + guessOf(f));
  } else if (f.kind === 'ordinal') {
    core = written(f);
    extra.push('ordinal');
  } else if (f.score && isColonRatio(f)) {
    core = `${f.score[0]}:${f.score[1]}`;
    extra.push('ratio');
  } else if (f.score) {
    core = `${f.score[0]}–${f.score[1]}`;
    extra.push('score');
  } else if (f.value === null && f.low !== undefined && f.high !== undefined) {
    // "dozens of", "thousands of": an order of magnitude.
    core = written(f);
    extra.push(`roughly ${formatNumber(f.low)} to ${formatNumber(f.high)}`);
  } else if (f.low !== undefined && f.high !== undefined) {
    // The unit once, at the high end ("5 to 10 km", "aged 20 to 29"), except a currency sign, written at both.
    const bare = f.kind === 'count' || f.kind === 'duration' || (f.kind === 'measure' && !f.unit?.startsWith('°'));
    const low = amount({ ...f, noun: undefined, unit: bare ? null : f.unit }, f.low);
    core = f.age ? `aged ${formatNumber(f.low)} to ${formatNumber(f.high)}` : `${low} to ${amount(f, f.high)}`;
  } else if (f.kind === 'duration' && f.value !== null && f.text.includes(':')) {
    // "2:13:22": the time as written, then what it is in seconds.
    core = written(f);
    extra.push(amount(f, f.value));
  } else if ((f.kind === 'measure' || f.kind === 'duration') && f.value !== null && !Number.isInteger(f.value) && writtenInParts.test(f.text)) {
    // "6ft 4in", "four hours and 21 minutes", "a mile and a half": as written, then the one value.
    const q = qualifierOf(f);
    core = written(f);
    extra.push((q ? q + ' ' : '') + amount(f, f.value));
  } else if (f.value !== null) {
    const q = qualifierOf(f);
    core = (q ? q + ' ' : '') + amount(f, f.value);
  } else {
    core = written(f);
  }
  if (f.per) core += ` per ${f.per}`;
  if (f.age && !core.startsWith('aged ')) core += ' old';
  const relative = f.kind === 'duration' ? /\b(ago|later|earlier)$/.exec(f.text) : null;
  if (relative) core += ' ' + relative[1];
  const note = notes[f.approx];
  if (note && f.kind !== 'date' && !(f.value === null && f.low !== undefined)) extra.unshift(note);
  if (f.change) extra.push(f.change);
  if (f.kind === 'duration' && f.resolved) extra.push(f.resolved);
  if (f.statistic) extra.unshift(statisticNames[f.statistic]);
  return extra.length ? `${core} (${extra.join(', ')})` : core;
}
