/**
 * A quick look at a sentence's text that rules out most sentences before the finder touches their
 * tokens. It reads the characters once, in order, allocating nothing, and answers true whenever the
 * token-level test in findFigures (`figureStarts`) could find a word where a figure starts; it may
 * answer true more often. Most sentences hold no figure, and reading the text is several times
 * cheaper than reading the token objects, which lie scattered in memory.
 */
import {
  currencyCodesBefore, denominators, dollarPrefixes, foldWords, months, ordinalWords, qualifiedPeriods, relativePeriods, scaleWords, smallNumbers,
  vagueMagnitudes, weekdays,
} from './lexicon.js';
import { codeUnitsOf } from '../codeUnits.js';

// What a word (a run of ASCII letters, compared without case) does to the answer.
/** Starts a figure on its own ("seven", "third", "dozens", "yesterday"). */
const START = 1;
/** Starts one before a word marked AFTER_ARTICLE ("a dozen", "an eighth"). */
const ARTICLE = 2;
/** Starts one before a word marked AFTER_RELATIVE ("last week", "this May"). */
const RELATIVE = 4;
/** Starts one before "of" or "cent" ("percent of", "per cent of"). */
const PERCENT = 8;
/** Starts one when capitalised (a month or weekday name). */
const CAPITAL = 16;
const AFTER_ARTICLE = 32;
const AFTER_RELATIVE = 64;
const AFTER_PERCENT = 128;
/** Starts one as the head of a hyphenated word ("six-year", "a-year", "two-thirds"). */
const HEAD = 256;

/** The longest word listed; longer runs of letters are not looked up. */
const maxLetters = 12;

const words: string[] = [];
const flags: number[] = [];
const tableBits = 10;
const tableMask = (1 << tableBits) - 1;
/** Open addressing: the index + 1 of each word in `words`, by hash; 0 marks an empty slot. */
const table = new Int16Array(1 << tableBits);

/** A hash cheap enough to update at every letter the gate reads: one shift and one add. */
function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (h * 4 + word.charCodeAt(i)) | 0;
  return h;
}

/**
 * A bit per value of a hash's low 16 bits, set for the words that can start a figure themselves
 * (any flag but the AFTER_ ones, which only the word after such a word is looked up for). Most
 * words of a sentence fail this test, which is cheaper than a look-up in the table; a test by first
 * letter and length let through two words in three ("the", "said"), this one one in twelve, most of
 * them listed words ("a", "this").
 */
const startHashes = new Int32Array(1 << 11);
const startFlags = START | ARTICLE | RELATIVE | PERCENT | CAPITAL | HEAD;

function mayStart(h: number): boolean {
  return (startHashes[(h >>> 5) & 2047] & (1 << (h & 31))) !== 0;
}

function listWords(list: Iterable<string>, flag: number): void {
  for (const word of list) {
    if (!/^[a-z]+$/.test(word)) continue;
    const h = hashOf(word);
    if (flag & startFlags) startHashes[(h >>> 5) & 2047] |= 1 << (h & 31);
    let slot = h & tableMask;
    while (table[slot] !== 0 && words[table[slot] - 1] !== word) slot = (slot + 1) & tableMask;
    if (table[slot] === 0) {
      words.push(word);
      flags.push(0);
      table[slot] = words.length;
    }
    flags[table[slot] - 1] |= flag;
  }
}

// These lists mirror `triggerWords`, `conditionalWords`, `afterArticle`, `afterRelative` and
// `startsSpelled` in findFigures.ts and numbers.ts; a gate test checks the two agree on every sentence.
const startOnItsOwn = [
  ...smallNumbers.keys(), ...vagueMagnitudes.keys(), ...ordinalWords.keys(), ...foldWords.keys(), 'half', 'minus', 'negative',
  'today', 'yesterday', 'tomorrow', 'tonight', 'dozen', 'dozens', 'ago', 'several',
];
listWords(startOnItsOwn, START);
listWords(['a', 'an'], ARTICLE);
listWords(['this', 'last', 'next', 'past'], RELATIVE);
listWords(['percent', 'percents', 'per'], PERCENT);
listWords([...months.keys(), ...weekdays.keys()], CAPITAL);
listWords([...scaleWords.keys(), ...denominators.keys(), ...smallNumbers.keys(), 'dozen', 'dozens', 'dzs', 'dozs', 'half', 'hundred', 'decade', 'century', 'few',
  // A duration only after a qualifier ("almost a week"), which the token-level test judges.
  ...qualifiedPeriods,
  // A margin of one ("a second behind"), which the token-level test judges too.
  'second', 'minute',
  // One percentage point ("a full percentage point"), judged by the token-level test as well.
  'percentage', 'full', 'whole', 'single'], AFTER_ARTICLE);
listWords([...relativePeriods, ...months.keys(), ...weekdays.keys()], AFTER_RELATIVE);
listWords(['of', 'cent'], AFTER_PERCENT);
listWords([...startOnItsOwn, 'a', 'an', 'this', 'last', 'next', 'past', 'percent', 'percents', 'per', ...scaleWords.keys(), 'dzs', 'dozs'], HEAD);
// Currency prefixes and codes start a figure only before "$" or digits, which open the gate anyway.
void dollarPrefixes;
void currencyCodesBefore;

/** The flags of the letters text[a..b), compared without case; `h` is their hash over lower-cased letters. */
function flagsOf(text: Uint16Array, a: number, b: number, h: number): number {
  for (let slot = h & tableMask; ; slot = (slot + 1) & tableMask) {
    const entry = table[slot];
    if (entry === 0) return 0;
    const word = words[entry - 1];
    if (word.length === b - a && sameLetters(text, a, word)) return flags[entry - 1];
  }
}

function sameLetters(text: Uint16Array, a: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((text[a + i] | 32) !== word.charCodeAt(i)) return false;
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Letters of Latin-1 and Latin Extended-A/B (not × and ÷): part of a word, and never part of a listed one. */
function isLatinLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/**
 * ASCII characters that are neither letters nor digits and are read as spaces or punctuation, so
 * they start no figure without a digit nearby. Every other ASCII character ("$", "%", "&", "~") is
 * a symbol token, which the finder tries as a start, and opens the gate.
 */
const quietAscii = new Uint8Array(128);
for (const c of ' \t\n\v\f\r!"\'(),-./:;?[\\]_{}') quietAscii[c.charCodeAt(0)] = 1;

/** Spaces and punctuation outside ASCII: no-break and typographic spaces, quotes, dashes, ellipsis, «», primes. */
function isQuietOther(c: number): boolean {
  return c === 0xa0 || c === 0xab || c === 0xbb || c === 0xa1 || c === 0xbf || c === 0xb7 || c === 0xa7 || c === 0xb6 ||
    (c >= 0x2000 && c <= 0x200a) || (c >= 0x2010 && c <= 0x201f) || (c >= 0x2022 && c <= 0x2029) || c === 0x202f || (c >= 0x2032 && c <= 0x203a) ||
    c === 0x205f || c === 0x3000;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * The flags of the word after the letters ending at `i`: after an optional full stop ("a." keyed as
 * "a") and spaces, the next run of ASCII letters. 0 when something else comes first.
 */
function nextWordFlags(text: Uint16Array, i: number, end: number): number {
  if (i < end && text[i] === 46) i++;
  if (i >= end || !isSpaceCode(text[i])) return 0;
  while (i < end && isSpaceCode(text[i])) i++;
  const a = i;
  let h = 0;
  for (; i < end; i++) {
    const c = text[i];
    if (!isAsciiLetter(c)) break;
    h = (h * 4 + (c | 32)) | 0;
  }
  if (i === a || i - a > maxLetters) return 0;
  return flagsOf(text, a, i, h);
}

/** Character offsets where a figure may start, ascending; the first `marked` are the last call's. */
let marks = new Int32Array(64);
let marked = 0;

/** The offsets marked by the last `markFigureStarts` (as many as it returned), valid until the next call. */
export function markedOffsets(): Int32Array {
  return marks;
}

function mark(p: number): void {
  if (marked === marks.length) {
    const grown = new Int32Array(marks.length * 2);
    grown.set(marks);
    marks = grown;
  }
  marks[marked++] = p;
}

/**
 * A digit or a symbol at p: marks it and the last character before it that is not a space, which
 * belongs to a word or sign the figure may start with ("US $5", "EUR 50", "- 5", ".08").
 */
function markWithBefore(text: Uint16Array, start: number, p: number): void {
  let b = p - 1;
  while (b >= start && isSpaceCode(text[b])) b--;
  if (b >= start) mark(b);
  mark(p);
}

/**
 * Marks in `marks` every place in text[start..end) where a figure may start: each digit and symbol
 * and the character before it, and each word that starts a figure in the company it keeps ("seven",
 * "a dozen", "last week", "Monday", "six-year"). Returns how many were marked; 0 means the sentence
 * holds no figure. A token where `startsFigure` holds always contains a mark; the finder tries only
 * the words that do.
 */
export function markFigureStarts(source: string, start: number, end: number): number {
  marked = 0;
  if (end > source.length) end = source.length;
  const text = codeUnitsOf(source);
  let i = start;
  while (i < end) {
    const c = text[i];
    if (((c | 32) - 97) >>> 0 < 26) {
      const a = i;
      let h = c | 32;
      let after = 0;
      for (i++; i < end; i++) {
        after = text[i];
        const lower = after | 32;
        if ((lower - 97) >>> 0 >= 26) break;
        h = (h * 4 + lower) | 0;
      }
      if (i === end) after = 0;
      else if (after >= 0xc0 && isLatinLetter(after)) {
        // "Café", "Zürich": a word with other letters is no listed word; skip the rest of it.
        i = wordEnd(text, i, end);
        continue;
      }
      if (i - a > maxLetters || !mayStart(h)) continue;
      const f = flagsOf(text, a, i, h);
      if (f === 0) continue;
      if (f & START || (f & HEAD && after === 45 /* - */) || (f & CAPITAL && c <= 90)) mark(a);
      else if (f & (ARTICLE | RELATIVE | PERCENT)) {
        const next = nextWordFlags(text, i, end);
        if ((f & ARTICLE && next & AFTER_ARTICLE) || (f & RELATIVE && next & AFTER_RELATIVE) || (f & PERCENT && next & AFTER_PERCENT)) mark(a);
      }
      continue;
    }
    if (c < 128) {
      if (c - 48 >>> 0 < 10) {
        markWithBefore(text, start, i);
        // The rest of the digits belong to the same token.
        i++;
        while (i < end && text[i] - 48 >>> 0 < 10) i++;
        continue;
      }
      if (quietAscii[c] === 0) markWithBefore(text, start, i);
      i++;
    } else if (isLatinLetter(c)) {
      i = wordEnd(text, i, end);
    } else {
      if (!isQuietOther(c)) markWithBefore(text, start, i);
      i++;
    }
  }
  return marked;
}

/** The index after the letters (ASCII or Latin) from i. */
function wordEnd(text: Uint16Array, i: number, end: number): number {
  while (i < end) {
    const c = text[i];
    if (!isAsciiLetter(c) && !isLatinLetter(c)) break;
    i++;
  }
  return i;
}
