/** Parsing of written numbers: digits with separators, and spelled-out numbers over lower-cased words. */
import { denominators, isMarginOfOne, nounStops, ordinalWords, qualifiedPeriods, scaleWords, smallNumbers } from './lexicon.js';

export interface LeadingNumber {
  value: number;
  /** Index in the string just after the number. */
  end: number;
  /** True when written with thousands separators ("13,000"). */
  grouped: boolean;
  /** True when written with a decimal part ("1.5", ".08"). */
  decimal: boolean;
  /** The number of digits before any separator or decimal point. */
  intDigits: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isGroupSeparator(c: number): boolean {
  return c === 44 || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Reads "13,000", "13 000", "1,234.5", "0.5", ".08" at `from`. Thousands groups need exactly three
 * digits each, so "22,24" is two numbers; the caller decides what the rest of the token means.
 */
export function parseLeadingNumber(s: string, from = 0): LeadingNumber | null {
  let k = from;
  while (k < s.length && isDigit(s.charCodeAt(k))) k++;
  const intDigits = k - from;
  let grouped = false;
  let digits = s.slice(from, k);
  if (intDigits > 0 && intDigits <= 3) {
    while (isGroupSeparator(s.charCodeAt(k)) && isDigit(s.charCodeAt(k + 1)) && isDigit(s.charCodeAt(k + 2)) &&
      isDigit(s.charCodeAt(k + 3)) && !isDigit(s.charCodeAt(k + 4))) {
      digits += s.slice(k + 1, k + 4);
      k += 4;
      grouped = true;
    }
  }
  let decimal = false;
  if (s.charCodeAt(k) === 46 && isDigit(s.charCodeAt(k + 1))) {
    decimal = true;
    const point = k;
    k++;
    while (k < s.length && isDigit(s.charCodeAt(k))) k++;
    digits += s.slice(point, k);
  }
  if (digits === '') return null;
  return { value: Number(digits), end: k, grouped, decimal, intDigits };
}

export interface Spelled {
  value: number;
  /** Index of the first word after the number. */
  end: number;
  /** The number ends in a fraction word ("two-thirds", "a half"). */
  fraction: boolean;
  /** The last word was only partly a number ("six-year"): the rest of that word, after the hyphen. */
  tail: string | null;
}

interface Part {
  word: string;
  token: number;
  /** The parts of the token that follow this one, joined with hyphens. */
  rest: string | null;
}

const numberParts = new Set<string>([...smallNumbers.keys(), ...scaleWords.keys(), ...denominators.keys(), ...ordinalWords.keys(),
  'and', 'a', 'an', 'point', 'dozen', 'dozens', 'dzs', 'dozs', 'half', 'firsts']);

/** Ordinals of one to nine, singular and plural, that can end a compound denominator ("thirty-fifths"). */
function unitOrdinal(word: string | undefined): number {
  if (!word) return 0;
  const v = ordinalWords.get(word.endsWith('s') ? word.slice(0, -1) : word) ?? 0;
  return v > 0 && v < 10 ? v : 0;
}

function isNumberWord(w: string): boolean {
  return smallNumbers.has(w) || (scaleWords.has(w) && w.length > 3) || w === 'dozen' || w === 'dozens' || w === 'dzs' || w === 'dozs';
}

/** The part of a word before its first hyphen ("thirty" of "thirty-two"), or the word. */
function headOf(key: string): string {
  const dash = key.indexOf('-');
  return dash < 0 ? key : key.slice(0, dash);
}

/** Number words that end a hyphenated word as a noun ("a half-point rise", "a five-second victory"). */
const nounParts = new Set(['point', 'points', 'second', 'seconds']);

/** Splits the words from `i` on into number parts; a hyphenated word is split when its first part is a number word. */
/** "quarter-point", "half-points": a fraction of a percentage point written as one word. */
const fractionOfPointWord = /^(?:quarter|half)-points?$/;

function partsFrom(keys: string[], i: number, limit: number): Part[] {
  const parts: Part[] = [];
  for (let t = i; t < keys.length && parts.length < limit; t++) {
    const key = keys[t];
    const dash = key.indexOf('-');
    if (dash > 0) {
      // Most hyphenated words are no number ("well-known"); their head says so before any split.
      if (!numberParts.has(key.slice(0, dash))) break;
      // "three quarter-point cuts", "two half-point rises": the number counts cuts of a fraction of a point each.
      if (parts.length > 0 && parts[parts.length - 1].word !== 'a' && parts[parts.length - 1].word !== 'an' && fractionOfPointWord.test(key)) break;
      const pieces = key.split('-').filter((p) => p !== '');
      let n = 0;
      // A last "point" is a noun ("a half-point rise", "a five-point plan"), not a decimal point.
      while (n < pieces.length && numberParts.has(pieces[n]) && pieces[n] !== 'a' && pieces[n] !== 'and' && !(n > 0 && n === pieces.length - 1 && nounParts.has(pieces[n]))) n++;
      for (let p = 0; p < n; p++) parts.push({ word: pieces[p], token: t, rest: p === n - 1 && n < pieces.length ? pieces.slice(n).join('-') : null });
      if (n < pieces.length) break;
      continue;
    }
    if (key === '-' && parts.length > 0 && t + 1 < keys.length && numberParts.has(headOf(keys[t + 1])) && smallNumbers.has(parts[parts.length - 1].word)) {
      // "fifty - two", "one - fourth": a hyphen written with spaces.
      continue;
    }
    if (!numberParts.has(key)) break;
    parts.push({ word: key, token: t, rest: null });
  }
  return parts;
}

/**
 * Reads a spelled number starting at word `i`: "seven", "thirty-two", "two hundred and fifty",
 * "a dozen", "half a million", "two-thirds", "one and a half", "five point five", "3 lakh crore" (from
 * the scale words). Returns null when no number starts there.
 */
export function readSpelled(keys: string[], i: number): Spelled | null {
  const parts = partsFrom(keys, i, 24);
  if (parts.length === 0) return null;
  let p = 0;
  let total = 0;
  let current = 0;
  let sinceAnd = 0;
  let group = 0;
  let lastKind: 'none' | 'unit' | 'tens' | 'teen' | 'scale' | 'hundred' = 'none';
  let any = false;
  let fraction = false;
  let multiplier = 1;
  /** True once "and" has started a new addend ("twenty and three fifths"), at part `splitAt` after `beforeSplit`. */
  let andSplit = false;
  let splitAt = 0;
  let beforeSplit = 0;
  let afterAnd = false;
  let sawAnd = false;
  const first = parts[0].word;
  if (first === 'a' || first === 'an' || (first === 'half' && (parts[1]?.word === 'a' || parts[1]?.word === 'an'))) {
    const next = parts[first === 'half' ? 2 : 1]?.word;
    // "nearly a decade", "half a century": one (or half) of a long period, which the unit reader
    // then takes. "A decade ago" is left to the reader of relative dates.
    const article = first === 'half' ? parts[1] : parts[0];
    const period = article && article.word !== 'half' && article.rest === null ? keys[article.token + 1] : undefined;
    // "quarter of a century" without its own article is left alone rather than read as one century.
    const partOf = keys[i - 1] === 'of' && denominators.has(keys[i - 2] ?? '');
    // "an hour and a half", "a mile and a half": one of the unit, to which the half is added later.
    const unit = keys[article.token + 1] ?? '';
    const andAHalf = first !== 'half' && !smallNumbers.has(unit) && !scaleWords.has(unit) && !denominators.has(unit) &&
      keys[article.token + 2] === 'and' && keys[article.token + 3] === 'a' && keys[article.token + 4] === 'half';
    // A shorter period ("almost a week") only reaches here after a qualifier (findFigures' startsFigure).
    if (((period === 'decade' || period === 'century' || (period !== undefined && qualifiedPeriods.has(period))) && keys[article.token + 2] !== 'ago' && !partOf) || andAHalf || (first === 'a' && isMarginOfOne(keys, article.token))) {
      return { value: first === 'half' ? 0.5 : 1, end: article.token + 1, fraction: first === 'half', tail: null };
    }
    if (!next || !(scaleWords.has(next) || next === 'dozen' || denominators.has(next) || (smallNumbers.get(next) ?? 0) >= 20)) {
      if (first === 'half') return { value: 0.5, end: parts[0].token + 1, fraction: true, tail: null };
      return null;
    }
    if (first === 'half') {
      multiplier = 0.5;
      p = 2;
    } else if (denominators.has(next) && !scaleWords.has(next)) {
      // "a third term", "a sixth month": an ordinal before its noun, which the ordinal reader takes.
      if (ordinalBeforeNoun(keys, parts[1])) return null;
      const d = denominators.get(next)!;
      return finishSpelled(parts, 2, 1 / d, true);
    } else {
      current = 1;
      group = 1;
      any = true;
      lastKind = 'unit';
      p = 1;
    }
  } else if (first === 'half') {
    return { value: 0.5, end: parts[0].token + 1, fraction: true, tail: parts[0].rest };
  }
  for (; p < parts.length; p++) {
    const w = parts[p].word;
    const small = smallNumbers.get(w);
    if (small !== undefined) {
      const nextOrdinal = unitOrdinal(parts[p + 1]?.word);
      if (small >= 20 && small % 10 === 0 && nextOrdinal && any && !afterAnd) {
        // "one hundred thirty fifths" is 100/35, "one twenty-fifth" 1/25: tens and an ordinal after a
        // numerator form one denominator.
        return finishSpelled(parts, p + 2, ((total + current) / (small + nextOrdinal)) * multiplier, true);
      }
      afterAnd = false;
      if (lastKind === 'tens' && small < 10 && small > 0) {
        current += small;
        group += small;
        sinceAnd += small;
        lastKind = 'unit';
      } else if (lastKind === 'unit' || lastKind === 'teen' || lastKind === 'tens') {
        // "one twenty-fifth", "three twenty-firsts": a tens word plus an ordinal is a compound denominator.
        const next = parts[p + 1]?.word;
        if (small >= 20 && small % 10 === 0 && next && ordinalWords.has(next.replace(/s$/, '')) && (ordinalWords.get(next.replace(/s$/, ''))! < 10)) {
          const denominator = small + ordinalWords.get(next.replace(/s$/, ''))!;
          return finishSpelled(parts, p + 2, (total + current) / denominator, true);
        }
        break;
      } else {
        current += small;
        group = small;
        sinceAnd += small;
        lastKind = small >= 20 ? 'tens' : small >= 10 ? 'teen' : 'unit';
      }
      any = true;
      continue;
    }
    if (w === 'hundred') {
      if (!any && lastKind === 'none') current = 1;
      current = (current - group) + (group || 1) * 100;
      if (current === 0) current = 100;
      sinceAnd = current;
      group = 0;
      lastKind = 'hundred';
      any = true;
      continue;
    }
    const scale = scaleWords.get(w);
    if (scale !== undefined && w.length > 3) {
      if (current === 0 && total > 0) total *= scale;
      else total += (current || 1) * scale;
      current = 0;
      group = 0;
      sinceAnd = 0;
      lastKind = 'scale';
      any = true;
      continue;
    }
    if (w === 'dozen' || w === 'dozens' || w === 'dzs' || w === 'dozs') {
      if (!any && multiplier !== 1) {
        // "half a dozen".
        current = 12;
        any = true;
        lastKind = 'scale';
        continue;
      }
      if (!any) break;
      const g = group || current || 1;
      current = current - g + g * 12;
      group = 0;
      lastKind = 'scale';
      continue;
    }
    if (w === 'and') {
      const next = parts[p + 1]?.word;
      if (!any || !next) break;
      if ((next === 'a' || next === 'an') && denominators.has(parts[p + 2]?.word ?? '')) {
        const d = denominators.get(parts[p + 2].word)!;
        const scaleWord = parts[p + 3]?.word;
        const scale = scaleWord !== undefined && scaleWord.length > 3 ? scaleWords.get(scaleWord) : undefined;
        // "one and a half million": the scale takes the whole of it.
        if (scale !== undefined && total === 0) return finishSpelled(parts, p + 4, (current + 1 / d) * scale * multiplier, false);
        return finishSpelled(parts, p + 3, (total + current + 1 / d) * multiplier, true);
      }
      if (!smallNumbers.has(next) && next !== 'hundred') break;
      sinceAnd = 0;
      group = 0;
      afterAnd = true;
      sawAnd = true;
      const keep = (lastKind as string) === 'scale' || (lastKind as string) === 'hundred';
      if (!keep) {
        lastKind = 'none';
        // "twenty and three fifths": a new addend after "and".
        total += current;
        current = 0;
        andSplit = true;
        splitAt = p;
        beforeSplit = total;
      }
      continue;
    }
    if (w === 'point' && any) {
      let digits = '';
      let q = p + 1;
      while (q < parts.length && smallNumbers.has(parts[q].word)) {
        const d = smallNumbers.get(parts[q].word)!;
        if (d >= 10 && digits === '') {
          let v = d;
          if (d >= 20 && parts[q + 1] && (smallNumbers.get(parts[q + 1].word) ?? 10) < 10) { v += smallNumbers.get(parts[q + 1].word)!; q++; }
          digits = String(v);
          q++;
          break;
        }
        if (d >= 10) break;
        digits += String(d);
        q++;
      }
      if (digits === '') break;
      return finishSpelled(parts, q, (total + current + Number('0.' + digits)) * multiplier, false);
    }
    const d = w === 'first' ? 1 : denominators.get(w);
    if (d !== undefined && any && lastKind === 'tens' && d < 10 && !w.endsWith('s') && total + current === group) {
      // "seventy-fifth" and "twenty-first" are ordinals, not seventy fifths or twenty.
      return null;
    }
    if (d !== undefined && any && w !== 'first' && w !== 'second') {
      if (d >= 100 && !w.endsWith('s') && (total + current) !== 1) break;
      // Halves and quarters after "and" add to what precedes ("one hundred and three quarters" is
      // 100.75), while other ordinals take the whole number ("one hundred and thirty fifths" is 26).
      const split = andSplit || (sawAnd && (d === 2 || d === 4));
      const numerator = split ? sinceAnd : total + current;
      const base = split ? total + current - sinceAnd : 0;
      return finishSpelled(parts, p + 1, (base + numerator / d) * multiplier, true);
    }
    break;
  }
  if (!any) return null;
  // "three and four-year-olds": without a fraction after it, "and" joined two numbers, which are not one sum.
  if (andSplit) return finishSpelled(parts, splitAt, beforeSplit * multiplier, fraction);
  // A trailing "and" was not consumed: step back over it.
  while (p > 0 && parts[p - 1].word === 'and') p--;
  return finishSpelled(parts, p, (total + current) * multiplier, fraction);
}

/** Words after "a third" that make it a part of something ("a third higher", "a third more"). */
const comparatives = new Set(['higher', 'lower', 'bigger', 'smaller', 'larger', 'greater', 'cheaper', 'dearer', 'worse', 'better',
  'longer', 'shorter', 'faster', 'slower', 'stronger', 'weaker', 'richer', 'poorer', 'lighter', 'heavier', 'cent', 'percent']);

/** Words before "a third" that make it a part ("nearly a fifth", "by a third", "only a third"). */
const partWordsBefore = new Set<string | undefined>(['nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'over',
  'under', 'than', 'just', 'barely', 'only', 'by', 'least', 'most', 'estimated']);

/**
 * Whether "a" and the denominator `part` are an ordinal before a noun ("a third term", "a fifth
 * straight day") rather than a part ("a third of", "a third higher", "cut by a third since"). Halves
 * and quarters stay parts ("a quarter century", "a half hour"), as do plurals.
 */
function ordinalBeforeNoun(keys: string[], part: Part): boolean {
  const word = part.word;
  if (part.rest !== null || word === 'half' || word === 'quarter' || word.endsWith('s')) return false;
  if (partWordsBefore.has(keys[part.token - 2])) return false;
  const after = keys[part.token + 1];
  return after !== undefined && /^[a-z]/.test(after) && !nounStops.has(after) && !comparatives.has(after);
}

function finishSpelled(parts: Part[], p: number, value: number, fraction: boolean): Spelled {
  const last = parts[p - 1];
  return { value, end: last.token + 1, fraction, tail: last.rest };
}

/** True for a lower-cased word that can start a spelled number. */
export function startsSpelled(key: string): boolean {
  const dash = key.indexOf('-');
  const head = dash > 0 ? key.slice(0, dash) : key;
  return isNumberWord(head) || head === 'half';
}
