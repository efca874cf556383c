import type { Approx, Figure, FigureKind } from '../types.js';
import type { Sentence, Token } from '../tokens.js';
import { isScale, parseDigits, scales, spelledValue } from './numbers.js';

/**
 * Finds the figures in one sentence. Offsets in the result are relative to the block text that the
 * sentence's tokens point into.
 *
 * The finder walks the sentence's non-space tokens once: at each number it reads an optional
 * qualifier to the left ("more than", "an estimated") and a unit or counted noun to the right.
 */
export function findFigures(sentence: Sentence, text: string): Figure[] {
  const words = sentence.tokens.filter((t) => t.kind !== 'space');
  const figures: Figure[] = [];
  let i = 0;
  while (i < words.length) {
    const found = figureAt(words, i, text);
    if (found) {
      figures.push(found.figure);
      i = found.next;
    } else {
      i++;
    }
  }
  return figures;
}

interface Found {
  figure: Figure;
  next: number;
}

const qualifiers: Array<[string[], Approx]> = [
  [['more', 'than'], 'more-than'], [['over'], 'more-than'], [['above'], 'more-than'],
  [['at', 'least'], 'at-least'], [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'],
  [['nearly'], 'about'], [['almost'], 'about'], [['about'], 'about'], [['around'], 'about'],
  [['roughly'], 'about'], [['some'], 'about'], [['an', 'estimated'], 'about'], [['approximately'], 'about'],
  [['an', 'approximate'], 'about'], [['close', 'to'], 'about'], [['circa'], 'about'],
  [['up', 'to'], 'at-most'], [['as', 'many', 'as'], 'at-most'], [['as', 'much', 'as'], 'at-most'],
  [['at', 'most'], 'at-most'], [['fewer', 'than'], 'less-than'], [['less', 'than'], 'less-than'],
  [['under'], 'less-than'], [['below'], 'less-than'],
];

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthAbbrev = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const durationUnits = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);
const currencyWords: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  yen: 'JPY', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', yuan: 'CNY', rupee: 'INR',
  rupees: 'INR', hryvnia: 'UAH', hryvnias: 'UAH', francs: 'CHF', franc: 'CHF',
};
const currencySymbols: Record<string, string> = { $: 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR', 'C$': 'CAD', 'A$': 'AUD' };
const measureUnits: Record<string, string> = {
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', miles: 'mi', mile: 'mi',
  metres: 'm', meters: 'm', metre: 'm', meter: 'm', tonnes: 't', tons: 't', tonne: 't', ton: 't',
  barrels: 'bbl', barrel: 'bbl', kg: 'kg', kilograms: 'kg', kilogram: 'kg', litres: 'l', liters: 'l',
  hectares: 'ha', acres: 'acre', mw: 'MW', gw: 'GW', degrees: '°',
};
/** Words after which a number is an identifier, not a figure ("Section 427", "Flight 17"). */
const identifierHeads = new Set([
  'section', 'article', 'chapter', 'rule', 'resolution', 'flight', 'route', 'highway', 'room', 'no.', 'number',
  'item', 'part', 'title', 'amendment', 'page', 'line', 'gate', 'platform', 'bill', 'case', 'exhibit', 'paragraph', 'clause', 'version', 'covid', 'model',
]);
/** Words that end a counted noun phrase. */
const nounStops = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'near', 'into',
  'than', 'that', 'which', 'who', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'be', 'been', 'will', 'would',
  'could', 'should', 'may', 'might', 'since', 'during', 'after', 'before', 'across', 'along', 'as', 'per', 'ago',
  'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'it', 'they', 'he', 'she', 'we', 'there', 'here',
  'last', 'next', 'each', 'every', 'more', 'less', 'fewer', 'over', 'under', 'about', 'around', 'up', 'down', 'out',
  'so', 'too', 'very', 'also', 'still', 'only', 'just', 'not', 'no', 'if', 'when', 'while', 'where', 'because', 'earlier', 'later',
]);
const irregularPlurals = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish', 'data', 'troops', 'military']);

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : '';
}

function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word';
}

/** The numeric value of the number starting at words[i], and the index after it. */
function readNumber(words: Token[], i: number): { value: number | null; end: number; digits: boolean; rest: string; plural: boolean } | null {
  const t = words[i];
  if (!t) return null;
  if (t.kind === 'number') {
    const parsed = parseDigits(t.text);
    if (!parsed) return null;
    let value = parsed.value;
    let end = i + 1;
    if (!parsed.suffix && parsed.rest === '' && isScale(lower(words[end]))) {
      value *= scales[lower(words[end])];
      end++;
    }
    return { value, end, digits: true, rest: parsed.rest, plural: false };
  }
  if (!isWord(t)) return null;
  const w = lower(t);
  // "dozens of", "hundreds of", "thousands of": an order of magnitude, no exact value.
  if (/^(dozens|hundreds|thousands|millions|billions|tens)$/.test(w) && lower(words[i + 1]) === 'of') {
    return { value: null, end: i + 1, digits: false, rest: '', plural: true };
  }
  let value = spelledValue(w);
  let end = i + 1;
  if (value === null && (w === 'a' || w === 'one') && (lower(words[i + 1]) === 'dozen' || isScale(lower(words[i + 1])))) {
    value = 1;
  }
  if (value === null) return null;
  // "two hundred and fifty thousand"
  let total = 0;
  let current = value;
  while (end < words.length) {
    const next = lower(words[end]);
    if (next === 'dozen') { current *= 12; end++; continue; }
    if (isScale(next)) {
      const scale = scales[next];
      if (scale === 100) current *= 100; else { total += current * scale; current = 0; }
      end++;
      continue;
    }
    if (next === 'and' && spelledValue(lower(words[end + 1])) !== null && (current > 0 || total > 0) && words[end - 1] && isScale(lower(words[end - 1]))) {
      current += spelledValue(lower(words[end + 1]))!;
      end += 2;
      continue;
    }
    break;
  }
  if (w === 'a' && end === i + 1) return null;
  return { value: total + current, end, digits: false, rest: '', plural: false };
}

function figureAt(words: Token[], i: number, text: string): Found | null {
  const t = words[i];
  if (t.kind !== 'number' && t.kind !== 'word' && t.kind !== 'symbol') return null;

  // Money written with a symbol: "$4.2bn", "US$5", "€3m".
  let currency: string | null = null;
  let numberIndex = i;
  if (t.kind === 'symbol' || (t.kind === 'word' && /^(US|C|A)$/.test(t.text) && words[i + 1]?.text === '$')) {
    const sym = t.kind === 'word' ? t.text + '$' : t.text;
    const symEnd = t.kind === 'word' ? i + 2 : i + 1;
    if (!(sym in currencySymbols) || words[symEnd]?.kind !== 'number' || words[symEnd].start !== words[symEnd - 1].end) return null;
    currency = currencySymbols[sym];
    numberIndex = symEnd;
  }

  // Dates with a month name: "Oct. 21, 2021", "October 2021", "21 October".
  if (currency === null) {
    const date = dateAt(words, i, text);
    if (date) return date;
  }

  const num = readNumber(words, numberIndex);
  if (!num) return null;
  if (num.digits && identifierHeads.has(lower(words[i - 1]))) return null;
  if (num.digits && words[i - 1] && words[i - 1].end === t.start && words[i - 1].kind === 'punct' && /^[-–/]$/.test(words[i - 1].text)) return null;

  const qualifier = qualifierBefore(words, i);
  const start = qualifier ? qualifier.start : words[i].start;
  let approx: Approx = qualifier ? qualifier.approx : 'exact';
  let end = num.end;
  let kind: FigureKind = 'count';
  let unit: string | null = currency;
  let noun: string | undefined;
  let value = num.value;
  let resolved: string | undefined;
  if (currency) kind = 'money';

  const after = lower(words[end]);
  const rest = num.rest.toLowerCase();

  if (num.digits && /^s$|^'s$/.test(rest) && value !== null && value >= 1000 && value % 10 === 0 && value <= 2100) {
    // A decade: "the 1990s".
    const startYear = value;
    const det = lower(words[i - 1]) === 'the' && !qualifier ? words[i - 1] : null;
    return {
      next: end,
      figure: { start: det ? det.start : start, end: words[end - 1].end, text: text.slice(det ? det.start : start, words[end - 1].end), kind: 'date', value: startYear, unit: 'decade', approx, resolved: `${startYear}/${startYear + 9}` },
    };
  }
  if (num.digits && rest.startsWith('-')) {
    // "30-year-long", "six-year", "5-10": a compound with a unit, or a range.
    const range = /^-(\d+(?:\.\d+)?)$/.exec(rest);
    const compound = /^-(second|minute|hour|day|week|month|year|decade|century)s?(-[a-z]+)?$/.exec(rest);
    if (compound) {
      kind = 'duration';
      unit = compound[1];
    } else if (range) {
      approx = 'range';
      const high = Number(range[1]);
      return finishRange(words, i, start, end, value!, high, text);
    } else if (/^-(odd|plus)$/.test(rest)) {
      approx = 'more-than';
    } else {
      return null;
    }
  } else if (num.digits && /^(st|nd|rd|th)(-[a-z]+)?$/.test(rest)) {
    kind = 'ordinal';
    unit = null;
    return { next: end, figure: { start: words[i].start, end: words[end - 1].end, text: text.slice(words[i].start, words[end - 1].end), kind, value, unit, approx: 'exact' } };
  } else if (num.digits && rest === '%') {
    kind = 'percent';
    unit = '%';
  } else if (num.digits && rest !== '') {
    const unitWord = rest.replace(/^-/, '');
    if (unitWord in measureUnits) { kind = 'measure'; unit = measureUnits[unitWord]; } else return null;
  } else if (words[end]?.text === '%') {
    kind = 'percent'; unit = '%'; end++;
  } else if (after === 'percent' || after === 'pct') {
    kind = 'percent'; unit = '%'; end++;
  } else if (after === 'per' && lower(words[end + 1]) === 'cent') {
    kind = 'percent'; unit = '%'; end += 2;
  } else if (after === 'percentage' && /^points?$/.test(lower(words[end + 1]))) {
    kind = 'percent'; unit = 'pp'; end += 2;
  } else if (!currency && after in currencyWords) {
    kind = 'money'; unit = currencyWords[after]; end++;
  } else if (durationUnits.has(after.replace(/s$/, '').replace(/ies$/, 'y').replace(/centurie$/, 'century'))) {
    const durationUnit = after.replace(/ies$/, 'y').replace(/s$/, '');
    unit = durationUnit;
    end++;
    if (lower(words[end]) === 'ago') {
      kind = 'date';
      end++;
    } else {
      kind = 'duration';
      if (/^(long|old)$/.test(lower(words[end]))) end++;
    }
  } else if (after in measureUnits) {
    kind = 'measure'; unit = measureUnits[after]; end++;
  } else if (!currency) {
    // A bare year: "2018", "in 2014". A number in 1000..2100 with no counted noun is a year.
    if (num.digits && /^\d{4}$/.test(words[i].text) && value !== null && value >= 1000 && value <= 2100 && !qualifier) {
      const phrase = nounPhrase(words, end);
      if (!phrase || !/s$/.test(phrase.head) || irregularPlurals.has(phrase.head) === false && !/s$/.test(phrase.head)) {
        return { next: end, figure: { start: words[i].start, end: words[i].end, text: words[i].text, kind: 'date', value, unit: 'year', approx: 'exact', resolved: String(value) } };
      }
    }
    if (!num.digits && value !== null && value <= 1 && !qualifier && !num.plural) {
      // "one of the", "a dozen" excepted: a lone spelled "one" is rarely a figure.
      if (lower(words[i]) === 'one' && lower(words[end]) !== 'in') return null;
    }
    let ofIndex = end;
    if (num.plural && lower(words[end]) === 'of') ofIndex = end + 1;
    const phrase = nounPhrase(words, ofIndex);
    if (phrase) {
      noun = phrase.text(text);
      unit = phrase.head;
      end = phrase.end;
      if (num.plural) approx = 'about';
    } else if (num.plural) {
      return null;
    } else if (!num.digits) {
      return null;
    }
  }
  if (value === null && !num.plural) return null;
  if (kind === 'date' && approx === 'exact' && value !== null) resolved = undefined;
  const last = words[end - 1];
  const figure: Figure = { start, end: last.end, text: text.slice(start, last.end), kind, value, unit, approx };
  if (noun !== undefined) figure.noun = noun;
  if (resolved !== undefined) figure.resolved = resolved;
  return { next: end, figure };
}

function finishRange(words: Token[], i: number, start: number, end: number, low: number, high: number, text: string): Found {
  let unit: string | null = null;
  let kind: FigureKind = 'count';
  if (words[end]?.text === '%' || lower(words[end]) === 'percent') { kind = 'percent'; unit = '%'; end++; }
  const last = words[end - 1];
  return { next: end, figure: { start, end: last.end, text: text.slice(start, last.end), kind, value: low, low, high, unit, approx: 'range' } };
}

function qualifierBefore(words: Token[], i: number): { start: number; approx: Approx } | null {
  for (const [phrase, approx] of qualifiers) {
    const first = i - phrase.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length; k++) if (lower(words[first + k]) !== phrase[k]) { ok = false; break; }
    if (ok) return { start: words[first].start, approx };
  }
  return null;
}

interface Phrase {
  end: number;
  head: string;
  text: (text: string) => string;
}

/** A counted noun phrase starting at words[i]: up to four words, ending at a function word or punctuation. */
function nounPhrase(words: Token[], i: number): Phrase | null {
  let end = i;
  let headIndex = -1;
  while (end < words.length && end - i < 4) {
    const w = words[end];
    if (!isWord(w)) break;
    const lw = lower(w);
    if (nounStops.has(lw) || /ly$/.test(lw)) break;
    if (/(ed|ing)$/.test(lw) && end > i && !irregularPlurals.has(lw)) break;
    end++;
    headIndex = end - 1;
    if (irregularPlurals.has(lw) || /[^s]s$/.test(lw)) break;
  }
  if (headIndex < 0) return null;
  const first = words[i];
  const last = words[headIndex];
  return {
    end: headIndex + 1,
    head: lower(last),
    text: (text) => text.slice(first.start, last.end),
  };
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = months.indexOf(w);
  if (full >= 0) return full;
  return monthAbbrev.indexOf(w) >= 0 ? months.indexOf(monthsFromAbbrev(w)) : -1;
}

function monthsFromAbbrev(w: string): string {
  return months.find((m) => m.startsWith(w.slice(0, 3))) ?? '';
}

function dateAt(words: Token[], i: number, text: string): Found | null {
  const t = words[i];
  if (!isWord(t)) return null;
  const lw = lower(t);
  // Relative references: "this week", "last month", "earlier this year", "on Thursday".
  if (weekdays.includes(lw)) {
    const on = lower(words[i - 1]) === 'on' ? words[i - 1] : null;
    const s = on ? on.start : t.start;
    return { next: i + 1, figure: { start: s, end: t.end, text: text.slice(s, t.end), kind: 'date', value: null, unit: 'weekday', approx: 'exact' } };
  }
  if ((lw === 'this' || lw === 'last' || lw === 'next') && /^(week|month|year|weekend|spring|summer|autumn|fall|winter)$/.test(lower(words[i + 1]))) {
    const earlier = /^(earlier|later)$/.test(lower(words[i - 1])) ? words[i - 1] : null;
    const s = earlier ? earlier.start : t.start;
    const e = words[i + 1].end;
    return { next: i + 2, figure: { start: s, end: e, text: text.slice(s, e), kind: 'date', value: null, unit: lower(words[i + 1]), approx: 'exact' } };
  }
  const month = monthIndex(t.text);
  if (month < 0 || (lw === 'may' && words[i + 1]?.kind !== 'number') || (lw === 'march' && words[i + 1]?.kind !== 'number')) return null;
  if (!/^[A-Z]/.test(t.text)) return null;
  let end = i + 1;
  let day: number | null = null;
  let year: number | null = null;
  if (words[end]?.kind === 'number' && /^\d{1,2}(st|nd|rd|th)?$/.test(words[end].text)) {
    day = parseInt(words[end].text, 10);
    end++;
    if (words[end]?.text === ',' && /^\d{4}(?!\d)/.test(words[end + 1]?.text ?? '')) {
      year = Number(words[end + 1].text.slice(0, 4));
      end += 2;
    }
  } else if (words[end]?.kind === 'number' && /^\d{4}$/.test(words[end].text)) {
    year = Number(words[end].text);
    end++;
  } else {
    return null;
  }
  // A year glued to following text ("2021.Photo") ends after its four digits.
  const lastEnd = year !== null && words[end - 1].text.length > 4 && /^\d{4}/.test(words[end - 1].text) ? words[end - 1].start + 4 : words[end - 1].end;
  const mm = String(month + 1).padStart(2, '0');
  const resolved = year !== null ? (day !== null ? `${year}-${mm}-${String(day).padStart(2, '0')}` : `${year}-${mm}`) : undefined;
  const figure: Figure = { start: t.start, end: lastEnd, text: text.slice(t.start, lastEnd), kind: 'date', value: year, unit: day !== null ? 'day' : 'month', approx: 'exact' };
  if (resolved) figure.resolved = resolved;
  return { next: end, figure };
}
