import type { Span } from './types.js';
import { AFFIX_SYMBOL, LOWER_INITIAL, NUMERICAL, PUNCTUATION, SYMBOL, WHITE_SPACE, WORD, charClasses } from './charClasses.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'space';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
}

export interface Sentence extends Span {
  tokens: Token[];
}

/*
 * The sentences and tokens of retext-english (parse-english 7 on parse-latin 7), computed without
 * building its syntax tree: the same character classes (charClasses.ts, generated from
 * parse-latin), the same merges in the same order, on tokens that carry only their offsets. Every
 * pass below names the parse-latin or parse-english plugin it reproduces; where a plugin's loop
 * revisits or skips a node after changing the list, the pass does the same, since that decides
 * which merges happen. scripts/check-tokenizer.mjs and tokens.test.ts compare the result with
 * retext itself (testing/retextTokens.ts).
 *
 * A word's parts (what mergeInitialisms counts) are not stored: they are the runs of the raw
 * tokenizer inside the word's span, recomputed when needed. The typed arrays below are reused from
 * one call to the next, which is safe because a call runs to its end without yielding.
 */

/**
 * Sentences and tokens of one block of prose (offsets relative to the block), as retext-english
 * splits them, with number tokens merged ("13" "," "000" → "13,000", "4.2" one token) so that later
 * stages see one token per written number, and sentences retext misses after "in 2014." ended.
 */
export function tokenize(text: string): Sentence[] {
  if (text.length === 0) return [];
  joinedSentences = undefined;
  rawTokens(text);
  if (seen & (HAS_SLASH | HAS_APOSTROPHE)) mergeElisions(text);
  if (seen & HAS_AMPERSAND) mergeInitialWordSymbols(text);
  if (seen & HAS_HYPHEN) mergeFinalWordSymbols(text);
  if (seen & HAS_INNER_SYMBOL) mergeInnerWordSymbols(text);
  if (seen & HAS_SLASH) mergeInnerWordSlashes(text);
  if (seen & HAS_FULL_STOP) mergeInitialisms(text);
  const lineBreaks = (seen & HAS_LINE_BREAKS) !== 0;
  let paragraph = splitAtTerminalMarkers(text);
  // With one sentence, only the abbreviations change anything (retext's "came in." is one word).
  paragraph = mergeEnglishPrefixExceptions(text, paragraph);
  if (paragraph.length > 1) {
    paragraph = mergeNonWordSentences(paragraph);
    paragraph = mergeAffixSymbols(text, paragraph);
    paragraph = mergeInitialLowerCaseLetterSentences(text, paragraph);
    paragraph = mergeInitialDigitSentences(text, paragraph);
  }
  paragraph = mergePrefixExceptions(text, paragraph);
  if (paragraph.length > 1) paragraph = mergeAffixExceptions(text, paragraph);
  mergeRemainingFullStops(text, paragraph);
  let items = whiteSpaceSiblings(paragraph);
  if (lineBreaks) items = breakImplicitSentences(text, items);

  const sentences: Sentence[] = [];
  for (const item of items) {
    if (!Array.isArray(item) || item.length === 0) continue;
    const tokens = mergeNumbers(finishTokens(text, item), text);
    splitAfterNumbers(tokens, sentences);
  }
  return splitAfterAbbreviationWords(joinAfterNumberAbbreviations(sentences, text));
}

/**
 * Words that open a sentence and never follow an abbreviation inside one: a pronoun, determiner
 * or conjunction with a capital ("Its", "The", "He"). Names ("Gov. Ben Lee") and numbers ("Jan. 5")
 * are not among them.
 */
const sentenceOpeners = new Set(['The', 'Its', 'It', 'He', 'She', 'They', 'We', 'His', 'Her', 'Their', 'Our', 'This', 'These', 'Those', 'There', 'But', 'However', 'Meanwhile']);

/**
 * Splits a sentence after a capitalised word that retext takes for an abbreviation, with its full
 * stop, when the next word opens a sentence: "after the Second World War. Its director said" (retext
 * reads "War." as Warwickshire's) and "Carmel, Ind. The town" are two sentences each; and after
 * "in." or an acronym before any capitalised word (`misreadStop`). Like
 * joinAfterNumberAbbreviations, a deliberate difference from retext, which the reference tokenizer in
 * testing/retextTokens.ts applies too.
 */
export function splitAfterAbbreviationWords(sentences: Sentence[]): Sentence[] {
  for (let k = 0; k < sentences.length; k++) {
    const tokens = sentences[k].tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const word = tokens[i];
      if (word.kind !== 'word' || tokens[i + 1].kind !== 'space') continue;
      const next = tokens[i + 2].text;
      if (!(abbreviationWord.test(word.text) && sentenceOpeners.has(next)) && !(misreadStop(tokens, i) && /^\p{Lu}/u.test(next))) continue;
      const stop = word.end - 1;
      const head = [...tokens.slice(0, i), { start: word.start, end: stop, text: word.text.slice(0, -1), kind: 'word' as const }, { start: stop, end: word.end, text: '.', kind: 'punct' as const }];
      const tail = tokens.slice(i + 2);
      sentences.splice(k, 1, { start: sentences[k].start, end: word.end, tokens: head }, { start: tail[0].start, end: sentences[k].end, tokens: tail });
      break;
    }
  }
  return sentences;
}

/** A capitalised word with a full stop and no other mark ("War.", "Ind."), as retext joins them. */
const abbreviationWord = /^\p{Lu}\p{Ll}+\.$/u;

/**
 * Whether the word at `i` ends a sentence though retext's list read it as an abbreviation: "in."
 * after anything but a number ("The Kremlin also weighed in. Asked ..."; "5 in." stays inches) and
 * an acronym in capitals ("filed with the SEC. Analysts ..."; the list has "sec." for seconds).
 */
function misreadStop(tokens: Token[], i: number): boolean {
  const text = tokens[i].text;
  if (text === 'in.') return tokens[i - 1]?.kind === 'space' && tokens[i - 2] !== undefined && tokens[i - 2].kind !== 'number';
  return /^[A-Z]{2,}\.$/.test(text);
}

/**
 * Joins a sentence that ends in "No." (or "Nos.", "Nr.") to the next when that opens with a number:
 * "the No. 2 official" is one sentence, though retext, not knowing the abbreviation, splits it.
 * Like mergeNumbers and splitAfterNumbers, a deliberate difference from retext, which the reference
 * tokenizer in testing/retextTokens.ts applies too.
 */
export function joinAfterNumberAbbreviations(sentences: Sentence[], text: string): Sentence[] {
  for (let k = sentences.length - 2; k >= 0; k--) {
    const tokens = sentences[k].tokens;
    const next = sentences[k + 1];
    const n = tokens.length;
    if (n < 2 || next.tokens[0].kind !== 'number' || tokens[n - 1].text !== '.' || !numberAbbreviations.has(tokens[n - 2].text)) continue;
    if (tokens[n - 2].end !== tokens[n - 1].start) continue;
    const joined = [...tokens];
    if (next.start > sentences[k].end) joined.push({ start: sentences[k].end, end: next.start, text: text.slice(sentences[k].end, next.start), kind: 'space' });
    joined.push(...next.tokens);
    sentences[k] = { start: sentences[k].start, end: next.end, tokens: joined };
    sentences.splice(k + 1, 1);
  }
  return sentences;
}

/** Abbreviations written before a number ("No. 2", "Nos. 3 and 4"). */
export const numberAbbreviations = new Set(['No', 'no', 'Nos', 'nos', 'Nr', 'NO']);

const KIND_BY_CLASS: TokenKind[] = ['space', 'punct', 'word', 'symbol'];

/** A token under construction: `text` is filled in once the merges are done. */
type Node = Token;

/** The class parse-latin gives a character (WHITE_SPACE, PUNCTUATION, WORD or SYMBOL). */
function classOf(code: number): number {
  return charClasses[code] & 3;
}

function isSurrogate(code: number): boolean {
  return (code & 0xf800) === 0xd800;
}

/*
 * Until sentences are split, a block's tokens live in reused typed arrays: `kinds[i]` is a class
 * (or MERGED) and `starts[i]` an offset. Merges only ever join neighbours, so a token ends where
 * the next token that is not MERGED starts (`starts[count]` is the text's length). A merge marks
 * the later token MERGED, and the one left becomes a word, with the earlier start.
 *
 * Every merge before the split is set off by punctuation or a symbol, so the passes visit only
 * those tokens (`marks`, in text order) and skip what a merge has made into a word.
 */
const MERGED = 4;
let tokenKinds = new Uint8Array(1024);
let tokenStarts = new Int32Array(1025);
let markIndexes = new Int32Array(1024);

/** Characters that a merge before the sentence split looks for: a pass whose characters are absent is skipped. */
const HAS_SLASH = 1;
const HAS_APOSTROPHE = 2;
const HAS_AMPERSAND = 4;
const HAS_HYPHEN = 8;
const HAS_INNER_SYMBOL = 16;
const HAS_FULL_STOP = 32;
/** Two line breaks or more: the only way breakImplicitSentences can split. */
const HAS_LINE_BREAKS = 64;

/** What the last `rawTokens` found: its count of tokens and of marks, and the HAS_ flags. */
let tokenCount = 0;
let markCount = 0;
let seen = 0;

/**
 * parse-latin's `tokenize` into the typed arrays: runs of one class, where punctuation and symbols
 * run only while the character repeats (or continues with a surrogate).
 */
function rawTokens(text: string): void {
  const length = text.length;
  if (tokenKinds.length < length + 1) {
    tokenKinds = new Uint8Array(length + 1024);
    tokenStarts = new Int32Array(length + 1025);
    markIndexes = new Int32Array(length + 1024);
  }
  const kinds = tokenKinds;
  const starts = tokenStarts;
  const marks = markIndexes;
  const classes = charClasses;
  let found = 0;
  let lineBreaks = 0;
  let count = 0;
  let markTotal = 0;
  let previous = -1;
  let previousClass = -1;
  // One flat loop: on this engine it is faster than an inner loop per run.
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const cls = classes[code] & 3;
    if (cls === previousClass) {
      if (cls === WORD) continue;
      if (cls === WHITE_SPACE) {
        if (code === 0x0a || code === 0x0d) lineBreaks++;
        continue;
      }
      // A run of punctuation or symbols goes on while the character repeats or a surrogate follows.
      if (code === previous || isSurrogate(code)) {
        previous = code;
        continue;
      }
    }
    kinds[count] = cls;
    starts[count++] = i;
    previous = code;
    previousClass = cls;
    if (cls === WORD) continue;
    if (cls === WHITE_SPACE) {
      if (code === 0x0a || code === 0x0d) lineBreaks++;
      continue;
    }
    marks[markTotal++] = count - 1;
    switch (code) {
      case 0x2f:
        found |= HAS_SLASH;
        break;
      case 0x27:
      case 0x2019:
        found |= HAS_APOSTROPHE | HAS_INNER_SYMBOL;
        break;
      case 0x26:
        found |= HAS_AMPERSAND | HAS_INNER_SYMBOL;
        break;
      case 0x2d:
        found |= HAS_HYPHEN | HAS_INNER_SYMBOL;
        break;
      case 0x2e:
        found |= HAS_FULL_STOP | HAS_INNER_SYMBOL;
        break;
      case 0x3a: case 0x3d: case 0x3f: case 0x40: case 0x5f: case 0xad: case 0xb7: case 0x2010: case 0x2011: case 0x2027:
        found |= HAS_INNER_SYMBOL;
        break;
    }
  }
  kinds[count] = WHITE_SPACE;
  starts[count] = length;
  tokenCount = count;
  markCount = markTotal;
  seen = found | (lineBreaks >= 2 ? HAS_LINE_BREAKS : 0);
}

/** The token after i that is not merged (tokenCount, the end, if none). */
function nextOf(kinds: Uint8Array, i: number): number {
  do i++;
  while (kinds[i] === MERGED);
  return i;
}

/** The token before i that is not merged (-1 if none). */
function previousOf(kinds: Uint8Array, i: number): number {
  do i--;
  while (i >= 0 && kinds[i] === MERGED);
  return i;
}

function isMarkKind(kind: number): boolean {
  return kind === PUNCTUATION || kind === SYMBOL;
}

/** Token i (not merged) is this one character. */
function isCharAt(text: string, i: number, code: number): boolean {
  const starts = tokenStarts;
  return starts[nextOf(tokenKinds, i)] - starts[i] === 1 && text.charCodeAt(starts[i]) === code;
}

/** parse-english's apostrophe: one ' or ’ alone. */
function isApostropheAt(text: string, i: number): boolean {
  return isCharAt(text, i, 0x27) || isCharAt(text, i, 0x2019);
}

/** The text of token i, lower case, or '' when it is longer than `longest`. */
function lowerTextAt(text: string, i: number, longest: number): string {
  const start = tokenStarts[i];
  const end = tokenStarts[nextOf(tokenKinds, i)];
  return end - start <= longest ? text.slice(start, end).toLowerCase() : '';
}

const elisionPrefix = /^(ol?)$/;
const elisionAffix = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/;

/**
 * parse-english's mergeEnglishElisionExceptions: "w/", "o'", "'tis", "'90s", "'n'". It is a
 * visitChildren loop: when it removes a node, the node that takes its place is not visited.
 */
function mergeElisions(text: string): void {
  const kinds = tokenKinds;
  const starts = tokenStarts;
  const marks = markIndexes;
  let skip = -1;
  for (let m = 0; m < markCount; m++) {
    const child = marks[m];
    if (child === skip || !isMarkKind(kinds[child])) continue;
    const next = nextOf(kinds, child);
    if (starts[next] - starts[child] !== 1) continue;
    const code = text.charCodeAt(starts[child]);
    const previous = previousOf(kinds, child);
    if (code === 0x2f) {
      if (previous >= 0 && kinds[previous] === WORD && lowerTextAt(text, previous, 1) === 'w') {
        kinds[child] = MERGED;
        skip = next;
      }
    } else if (code === 0x27 || code === 0x2019) {
      const beforePrevious = previousOf(kinds, previous);
      if (
        beforePrevious >= 0 && previousOf(kinds, beforePrevious) >= 0 && next < tokenCount &&
        kinds[previous] === WORD && kinds[beforePrevious] === WHITE_SPACE && kinds[next] === WHITE_SPACE &&
        elisionPrefix.test(lowerTextAt(text, previous, 2))
      ) {
        kinds[child] = MERGED;
        skip = next;
        continue;
      }
      if (next < tokenCount && kinds[next] === WORD && (previous < 0 || kinds[previous] !== WORD)) {
        const value = lowerTextAt(text, next, 5);
        if (elisionAffix.test(value)) {
          kinds[child] = WORD;
          kinds[next] = MERGED;
          continue;
        }
        const other = nextOf(kinds, next);
        if (value === 'n' && other < tokenCount && kinds[other] === PUNCTUATION && isApostropheAt(text, other)) {
          kinds[child] = WORD;
          kinds[next] = MERGED;
          kinds[other] = MERGED;
        }
      }
    }
  }
}

/**
 * parse-latin's mergeInitialWordSymbol: "&" before a word that follows no word ("&c"). It then
 * visits the node before again, which cannot be another lone "&".
 */
function mergeInitialWordSymbols(text: string): void {
  const kinds = tokenKinds;
  const marks = markIndexes;
  for (let m = 0; m < markCount; m++) {
    const child = marks[m];
    if (!isMarkKind(kinds[child]) || !isCharAt(text, child, 0x26)) continue;
    const previous = previousOf(kinds, child);
    const next = nextOf(kinds, child);
    if ((previous >= 0 && kinds[previous] === WORD) || next >= tokenCount || kinds[next] !== WORD) continue;
    kinds[child] = WORD;
    kinds[next] = MERGED;
  }
}

/** parse-latin's mergeFinalWordSymbol: a hyphen after a word and before no word ("pre- and post-war"). */
function mergeFinalWordSymbols(text: string): void {
  const kinds = tokenKinds;
  const marks = markIndexes;
  for (let m = 0; m < markCount; m++) {
    const child = marks[m];
    if (!isMarkKind(kinds[child]) || !isCharAt(text, child, 0x2d)) continue;
    const previous = previousOf(kinds, child);
    const next = nextOf(kinds, child);
    if (previous >= 0 && kinds[previous] === WORD && !(next < tokenCount && kinds[next] === WORD)) kinds[child] = MERGED;
  }
}

/** parse-latin's wordSymbolInner: one of &'-.:=?@ soft hyphen, middle dot, hyphens, ’ ‧, or underscores. */
function isInnerWordSymbolAt(text: string, i: number): boolean {
  const start = tokenStarts[i];
  const code = text.charCodeAt(start);
  // A run of punctuation repeats one character, so a run that starts with "_" is all underscores.
  if (code === 0x5f) return true;
  if (tokenStarts[nextOf(tokenKinds, i)] - start !== 1) return false;
  switch (code) {
    case 0x26: case 0x27: case 0x2d: case 0x2e: case 0x3a: case 0x3d: case 0x3f: case 0x40:
    case 0xad: case 0xb7: case 0x2010: case 0x2011: case 0x2019: case 0x2027:
      return true;
    default:
      return false;
  }
}

/** parse-latin's mergeInnerWordSymbol: words joined by inner symbols ("don't", "4.2", "well-known", "U.S"). */
function mergeInnerWordSymbols(text: string): void {
  const kinds = tokenKinds;
  const marks = markIndexes;
  for (let m = 0; m < markCount; m++) {
    const child = marks[m];
    if (!isMarkKind(kinds[child])) continue;
    const previous = previousOf(kinds, child);
    if (previous < 0 || kinds[previous] !== WORD) continue;
    let lastWord = -1;
    for (let j = child; j < tokenCount; j = nextOf(kinds, j)) {
      const kind = kinds[j];
      if (kind === WORD) lastWord = j;
      else if (!isMarkKind(kind) || !isInnerWordSymbolAt(text, j)) break;
    }
    for (let j = child; j <= lastWord; j++) kinds[j] = MERGED;
  }
}

/** parse-latin's mergeInnerWordSlash: a slash between short words ("w/o", "km/h"). */
function mergeInnerWordSlashes(text: string): void {
  const kinds = tokenKinds;
  const starts = tokenStarts;
  const marks = markIndexes;
  for (let m = 0; m < markCount; m++) {
    const child = marks[m];
    if (!isMarkKind(kinds[child]) || !isCharAt(text, child, 0x2f)) continue;
    const previous = previousOf(kinds, child);
    if (previous < 0 || kinds[previous] !== WORD) continue;
    const next = nextOf(kinds, child);
    const nextIsWord = next < tokenCount && kinds[next] === WORD;
    if (starts[child] - starts[previous] < 3 && (!nextIsWord || starts[nextOf(kinds, next)] - starts[next] < 3)) {
      kinds[child] = MERGED;
      if (nextIsWord) kinds[next] = MERGED;
    }
  }
}

/**
 * parse-latin's mergeInitialisms: the full stop after single letters joined by full stops ("U.S" +
 * "." → "U.S."), unless they are all digits.
 */
function mergeInitialisms(text: string): void {
  const kinds = tokenKinds;
  const starts = tokenStarts;
  const marks = markIndexes;
  for (let m = 0; m < markCount; m++) {
    const child = marks[m];
    if (kinds[child] !== PUNCTUATION || !isCharAt(text, child, 0x2e)) continue;
    const previous = previousOf(kinds, child);
    if (previous >= 0 && kinds[previous] === WORD && isInitialism(text, starts[previous], starts[child])) kinds[child] = MERGED;
  }
}

/**
 * The word [start, end) is single characters joined by full stops, not all digits, counting its
 * parts as parse-latin does: the raw tokenizer's runs inside it.
 */
function isInitialism(text: string, start: number, end: number): boolean {
  if (end - start < 3 || text.charCodeAt(end - 2) !== 0x2e) return false;
  // Parts alternate single characters and full stops from the end; the first part that breaks the
  // pattern at an odd position stops the count, anywhere else it rules the word out.
  const parts = partsOf(text, start, end);
  const count = parts.length / 2;
  if (count === 1 || count % 2 === 0) return false;
  let allDigits = true;
  for (let position = count - 1; position >= 0; position--) {
    const from = parts[2 * position];
    const length = parts[2 * position + 1] - from;
    if (position % 2 === 0) {
      if (length > 1) return false;
      if ((charClasses[text.charCodeAt(from)] & NUMERICAL) === 0) allDigits = false;
    } else if (length !== 1 || text.charCodeAt(from) !== 0x2e) {
      if (position < count - 2) break;
      return false;
    }
  }
  return !allDigits;
}

/** The raw tokenizer's runs inside a word, as [start, end, start, end, …]. */
function partsOf(text: string, start: number, end: number): number[] {
  const parts: number[] = [];
  let from = start;
  let previous = text.charCodeAt(start);
  let previousClass = classOf(previous);
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls !== previousClass || (cls !== WORD && cls !== WHITE_SPACE && code !== previous && !isSurrogate(code))) {
      parts.push(from, i);
      from = i;
    }
    previous = code;
    previousClass = cls;
  }
  parts.push(from, end);
  return parts;
}

const isWord = (node: Node | undefined): boolean => node !== undefined && node.kind === 'word';
const isMark = (node: Node | undefined): boolean => node !== undefined && (node.kind === 'punct' || node.kind === 'symbol');

/** The node is this one character. */
function isChar(text: string, node: Node | undefined, code: number): boolean {
  return node !== undefined && node.end - node.start === 1 && text.charCodeAt(node.start) === code;
}

function lowerText(text: string, node: Node): string {
  return text.slice(node.start, node.end).toLowerCase();
}

/** A sentence is a list of nodes; the paragraph, once white space is moved out of sentences, holds both. */
type SentenceNodes = Node[];
type ParagraphItem = SentenceNodes | Node;

/**
 * The sentences of the current call that took in another's nodes. A sentence as split holds one
 * terminal marker at most, at its end, so only these can have a full stop inside for
 * mergeRemainingFullStops.
 */
let joinedSentences: Set<SentenceNodes> | undefined;

function joined(sentence: SentenceNodes): SentenceNodes {
  (joinedSentences ??= new Set()).add(sentence);
  return sentence;
}

/** parse-latin's terminalMarker: punctuation made of ! . ? … ‽ only (a run repeats one character). */
function isTerminalMarker(text: string, node: Node): boolean {
  return node.kind === 'punct' && isTerminalMarkerCode(text.charCodeAt(node.start));
}

function isTerminalMarkerCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x203d;
}

/**
 * parse-latin's tokenizeParagraph: a sentence ends after each terminal marker and at the end. The
 * tokens become objects here.
 */
function splitAtTerminalMarkers(text: string): SentenceNodes[] {
  const kinds = tokenKinds;
  const starts = tokenStarts;
  const count = tokenCount;
  const sentences: SentenceNodes[] = [];
  let sentence: SentenceNodes = [];
  let i = 0;
  while (i < count) {
    const kind = kinds[i];
    const start = starts[i];
    let next = i + 1;
    while (kinds[next] === MERGED) next++;
    sentence.push({ start, end: starts[next], text: '', kind: KIND_BY_CLASS[kind] });
    if (next === count || (kind === PUNCTUATION && isTerminalMarkerCode(text.charCodeAt(start)))) {
      sentences.push(sentence);
      sentence = [];
    }
    i = next;
  }
  return sentences;
}

const englishAbbreviations =
  /^(t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/;
const englishAbbreviationsSensitive =
  /^((?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/;
/** The longest word either list matches ("Northants", "Northumb"); longer words are not looked at. */
const longestEnglishAbbreviation = 9;

/** parse-latin's abbreviationPrefix. */
const latinAbbreviations = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;
const longestLatinAbbreviation = 4;

/*
 * The paragraph passes below were modifyChildren loops in parse-latin, which splice the paragraph
 * and may visit a sentence again; here each builds the new paragraph in one pass. Where a loop
 * went back to the sentence before, nothing could change there: what it looks at (its last nodes
 * for abbreviations, its first for closing marks) is as it was when it was visited.
 */

/**
 * parse-english's mergeEnglishPrefixExceptions and parse-latin's mergePrefixExceptions: a sentence
 * that ends in an abbreviation and a full stop ("Mr.", "Oct.", "etc.", "a.") goes on into the next.
 */
function mergeAbbreviations(text: string, paragraph: SentenceNodes[], isAbbreviation: (word: Node) => boolean): SentenceNodes[] {
  const out: SentenceNodes[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const sentence = paragraph[i];
    while (sentence.length >= 2) {
      const period = sentence[sentence.length - 1];
      const word = sentence[sentence.length - 2];
      if (!isMark(period) || !isChar(text, period, 0x2e) || !isWord(word) || !isAbbreviation(word)) break;
      word.end = period.end;
      sentence.pop();
      if (i + 1 === paragraph.length) break;
      for (const node of paragraph[++i]) joined(sentence).push(node);
    }
    out.push(sentence);
  }
  return out;
}

function mergeEnglishPrefixExceptions(text: string, paragraph: SentenceNodes[]): SentenceNodes[] {
  return mergeAbbreviations(text, paragraph, (word) => {
    if (word.end - word.start > longestEnglishAbbreviation) return false;
    const value = text.slice(word.start, word.end);
    return englishAbbreviations.test(value.toLowerCase()) || englishAbbreviationsSensitive.test(value);
  });
}

function mergePrefixExceptions(text: string, paragraph: SentenceNodes[]): SentenceNodes[] {
  return mergeAbbreviations(text, paragraph, (word) => word.end - word.start <= longestLatinAbbreviation && latinAbbreviations.test(lowerText(text, word)));
}

/** Appends a sentence's nodes to the one before it. */
function appendTo(previous: SentenceNodes, nodes: SentenceNodes, from = 0, to = nodes.length): void {
  joined(previous);
  for (let i = from; i < to; i++) previous.push(nodes[i]);
}

/**
 * parse-latin's mergeNonWordSentences: a sentence without a word joins the one before, or the first
 * one the next (which is then not looked at).
 */
function mergeNonWordSentences(paragraph: SentenceNodes[]): SentenceNodes[] {
  const out: SentenceNodes[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const sentence = paragraph[i];
    if (sentence.some(isWord)) out.push(sentence);
    else if (out.length > 0) appendTo(out[out.length - 1], sentence);
    else if (i + 1 < paragraph.length) {
      const next = joined(paragraph[++i]);
      next.unshift(...sentence);
      out.push(next);
    } else out.push(sentence);
  }
  return out;
}

/** parse-latin's affixSymbol: a run of one closing mark (" ' ) ] } ” » . ? ! …) that ends the sentence before. */
function isAffixSymbol(text: string, node: Node): boolean {
  const code = text.charCodeAt(node.start);
  return (charClasses[code] & AFFIX_SYMBOL) !== 0 && node.kind === 'punct';
}

/** parse-latin's mergeAffixSymbol: closing quotes and brackets after a terminal mark belong to its sentence. */
function mergeAffixSymbols(text: string, paragraph: SentenceNodes[]): SentenceNodes[] {
  const out: SentenceNodes[] = [];
  for (const sentence of paragraph) {
    if (out.length > 0) {
      let count = 0;
      while (count < sentence.length && isMark(sentence[count]) && isAffixSymbol(text, sentence[count])) count++;
      if (count > 0) {
        appendTo(out[out.length - 1], sentence, 0, count);
        sentence.splice(0, count);
      }
    }
    out.push(sentence);
  }
  return out;
}

/** A paragraph pass that appends a sentence to the one before when `joins` says so. */
function joinWithPrevious(paragraph: SentenceNodes[], joins: (sentence: SentenceNodes) => boolean): SentenceNodes[] {
  const out: SentenceNodes[] = [];
  for (const sentence of paragraph) {
    if (out.length > 0 && sentence.length > 0 && joins(sentence)) appendTo(out[out.length - 1], sentence);
    else out.push(sentence);
  }
  return out;
}

/** parse-latin's mergeInitialLowerCaseLetterSentences: a sentence whose first word is lower case goes on the one before. */
function mergeInitialLowerCaseLetterSentences(text: string, paragraph: SentenceNodes[]): SentenceNodes[] {
  return joinWithPrevious(paragraph, (sentence) => {
    for (const node of sentence) {
      if (node.kind === 'word') return (charClasses[text.charCodeAt(node.start)] & LOWER_INITIAL) !== 0;
      if (node.kind !== 'space') return false;
    }
    return false;
  });
}

/** parse-latin's mergeInitialDigitSentences: a sentence that starts with a digit goes on the one before. */
function mergeInitialDigitSentences(text: string, paragraph: SentenceNodes[]): SentenceNodes[] {
  return joinWithPrevious(paragraph, (sentence) => {
    const code = text.charCodeAt(sentence[0].start);
    return isWord(sentence[0]) && code >= 0x30 && code <= 0x39;
  });
}

/** parse-latin's mergeAffixExceptions: a sentence that starts with a comma or semicolon goes on the one before. */
function mergeAffixExceptions(text: string, paragraph: SentenceNodes[]): SentenceNodes[] {
  return joinWithPrevious(paragraph, (sentence) => {
    for (const node of sentence) {
      if (node.kind === 'word') return false;
      if (node.kind === 'punct' || node.kind === 'symbol') return isChar(text, node, 0x2c) || isChar(text, node, 0x3b);
    }
    return false;
  });
}

/**
 * parse-latin's mergeRemainingFullStops: a full stop inside a sentence (not its last terminal mark)
 * becomes part of the word before it, or else of the word after it. Merged stops are dropped in
 * one pass at the end; until then `removed` marks them.
 */
function mergeRemainingFullStops(text: string, paragraph: SentenceNodes[]): void {
  const candidates = joinedSentences;
  if (candidates === undefined) return;
  for (const sentence of paragraph) {
    if (!candidates.has(sentence)) continue;
    let removed: Uint8Array | undefined;
    // The index of the node after `position` that is still there (a merged stop is never next to another).
    const after = (position: number): number => (removed !== undefined && removed[position + 1] ? position + 2 : position + 1);
    let hasFoundDelimiter = false;
    for (let position = sentence.length - 1; position >= 0; position--) {
      const node = sentence[position];
      if (node.kind === 'word') {
        hasFoundDelimiter = true;
        continue;
      }
      if (node.kind === 'space' || !isTerminalMarker(text, node)) continue;
      if (!hasFoundDelimiter) {
        hasFoundDelimiter = true;
        continue;
      }
      if (!isChar(text, node, 0x2e)) continue;
      const previous = sentence[position - 1];
      const nextIndex = after(position);
      const next = sentence[nextIndex];
      if (isWord(previous)) {
        if (next !== undefined && next.kind === 'space' && isChar(text, sentence[after(nextIndex)], 0x2e)) continue;
        (removed ??= new Uint8Array(sentence.length))[position] = 1;
        previous.end = node.end;
        position--;
      } else if (isWord(next)) {
        (removed ??= new Uint8Array(sentence.length))[position] = 1;
        next.start = node.start;
      }
    }
    if (removed !== undefined) {
      let kept = 0;
      for (let i = 0; i < sentence.length; i++) if (!removed[i]) sentence[kept++] = sentence[i];
      sentence.length = kept;
    }
  }
}

/** parse-latin's makeInitialWhiteSpaceSiblings and makeFinalWhiteSpaceSiblings: white space at a sentence's edge leaves it. */
function whiteSpaceSiblings(paragraph: SentenceNodes[]): ParagraphItem[] {
  const items: ParagraphItem[] = [];
  for (const sentence of paragraph) {
    const head = sentence[0];
    if (head !== undefined && head.kind === 'space') {
      sentence.shift();
      items.push(head);
    }
    const tail = sentence[sentence.length - 1];
    if (tail !== undefined && tail.kind === 'space') {
      sentence.pop();
      items.push(sentence, tail);
    } else {
      items.push(sentence);
    }
  }
  return items;
}

/** True when white space holds two or more line breaks (\r\n counts as one). */
function hasBlankLine(text: string, node: Node): boolean {
  let breaks = 0;
  for (let i = node.start; i < node.end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a && i + 1 < node.end) i++;
      if (++breaks === 2) return true;
    }
  }
  return false;
}

/**
 * parse-latin's breakImplicitSentences: a blank line inside a sentence ends it. White space never
 * starts or ends a sentence here, so every such line breaks, all in one pass.
 */
function breakImplicitSentences(text: string, items: ParagraphItem[]): ParagraphItem[] {
  const out: ParagraphItem[] = [];
  for (const item of items) {
    if (!Array.isArray(item)) {
      out.push(item);
      continue;
    }
    let from = 0;
    for (let position = 1; position < item.length - 1; position++) {
      const node = item[position];
      if (node.kind !== 'space' || !hasBlankLine(text, node)) continue;
      out.push(item.slice(from, position), node);
      from = position + 1;
    }
    out.push(from === 0 ? item : item.slice(from));
  }
  return out;
}

/**
 * Fills in the text of a sentence's nodes and tells numbers from words. retext keeps the full stop
 * of "in 2014." inside the word; it becomes a token of its own.
 */
function finishTokens(text: string, nodes: Node[]): Token[] {
  let stops = 0;
  for (const node of nodes) {
    if (node.kind === 'word') {
      const first = text.charCodeAt(node.start);
      if (first >= 0x30 && first <= 0x39) {
        node.kind = 'number';
        if (endsWithYearStop(text, node.start, node.end)) stops++;
      }
    }
    node.text = text.slice(node.start, node.end);
  }
  if (stops === 0) return nodes;
  const tokens: Token[] = [];
  for (const node of nodes) {
    tokens.push(node);
    if (node.kind === 'number' && endsWithYearStop(text, node.start, node.end)) {
      node.end--;
      node.text = text.slice(node.start, node.end);
      tokens.push({ start: node.end, end: node.end + 1, text: '.', kind: 'punct' });
    }
  }
  return tokens;
}

/** "2014." and "1,200.": digits, commas and full stops ending in a full stop, with no full stop before a digit. */
function endsWithYearStop(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 0x2e) return false;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 < end && next >= 0x30 && next <= 0x39) return false;
    } else if (code !== 0x2c && (code < 0x30 || code > 0x39)) {
      return false;
    }
  }
  return true;
}

/** A token that starts a new sentence after "in 2014.": a capital A-Z or an opening quote. */
function opensSentence(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  return (code >= 0x41 && code <= 0x5a) || code === 0x201c || code === 0x22 || code === 0x27 || code === 0x2018;
}

/**
 * Appends the sentences of one retext sentence, split at a standalone full stop after a number and
 * followed by a capitalised word or an opening quote: retext joins "It was 2014. Then" into one.
 */
function splitAfterNumbers(tokens: Token[], out: Sentence[]): void {
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && i > 0 && tokens[i - 1].kind === 'number' && t.end - t.start === 1 && t.text === '.') {
      const next = tokens[i + 1]?.kind === 'space' ? tokens[i + 2] : undefined;
      if (next !== undefined && opensSentence(next)) {
        pushTrimmed(tokens, from, i + 1, out);
        from = i + 2;
        i++;
      }
    }
  }
  pushTrimmed(tokens, from, tokens.length, out);
}

/** Adds tokens[from, to) without white space at either end, unless nothing else is left. */
function pushTrimmed(tokens: Token[], from: number, to: number, out: Sentence[]): void {
  while (from < to && tokens[from].kind === 'space') from++;
  while (to > from && tokens[to - 1].kind === 'space') to--;
  if (from === to) return;
  const run = from === 0 && to === tokens.length ? tokens : tokens.slice(from, to);
  out.push({ start: run[0].start, end: run[run.length - 1].end, tokens: run });
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Exactly three ASCII digits. */
function isDigitGroup(token: Token): boolean {
  const t = token.text;
  return t.length === 3 && isDigit(t.charCodeAt(0)) && isDigit(t.charCodeAt(1)) && isDigit(t.charCodeAt(2));
}

/** A digit group, a hyphen and one to three digits ("040-1" of "1,040-1,160"): the second number's groups follow. */
function opensGroupAfterDash(token: Token): boolean {
  const t = token.text;
  if (t.length < 5 || t.length > 7 || t.charCodeAt(3) !== 45 /* - */) return false;
  for (let i = 0; i < t.length; i++) if (i !== 3 && !isDigit(t.charCodeAt(i))) return false;
  return true;
}

/** One to three ASCII digits: a number that may open digit groups. */
function isLeadingGroup(token: Token): boolean {
  const t = token.text;
  if (t.length < 1 || t.length > 3) return false;
  for (let i = 0; i < t.length; i++) if (!isDigit(t.charCodeAt(i))) return false;
  return true;
}

/** Three digits and then no digit: "000" of "13,000" and of "13,000s". */
function startsWithDigitGroup(token: Token): boolean {
  const t = token.text;
  return t.length >= 3 && isDigit(t.charCodeAt(0)) && isDigit(t.charCodeAt(1)) && isDigit(t.charCodeAt(2)) && !isDigit(t.charCodeAt(3));
}

/** Spaces that separate thousands in "13 000" (no-break and narrow no-break spaces, or one plain space). */
function isGroupSpace(token: Token): boolean {
  if (token.text.length !== 1) return false;
  const code = token.text.charCodeAt(0);
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** JavaScript's \s. */
function isJsSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The merged number so far is digits with group separators only, so a full stop and digits are its decimals. */
function isWholeNumber(text: string, start: number, end: number): boolean {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) digits++;
    else if (code !== 0x2c && !isJsSpace(code)) return false;
  }
  return digits > 0;
}

/**
 * Joins "13" "," "000" into "13,000", "13" " " "000" into "13 000", and "1,234" "." "5" into "1,234.5".
 * A plain-space join needs 1-3 leading digits and exact groups of three, so "in 2014 000" stays apart.
 */
export function mergeNumbers(tokens: Token[], text: string): Token[] {
  // Most sentences merge nothing; the copy is made at the first merge.
  let out: Token[] | undefined;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind !== 'number') {
      out?.push(t);
      i++;
      continue;
    }
    let end = t.end;
    let j = i + 1;
    let grouped = isLeadingGroup(t);
    while (j + 1 < tokens.length) {
      const sep = tokens[j];
      const next = tokens[j + 1];
      if (next.kind !== 'number' || sep.end !== next.start || sep.start !== end) break;
      const isComma = sep.text === ',' && grouped && startsWithDigitGroup(next);
      const isSpace = !isComma && grouped && isGroupSpace(sep) && isDigitGroup(next);
      const isDecimal = !isComma && !isSpace && sep.text === '.' && isDigit(next.text.charCodeAt(0)) && isWholeNumber(text, t.start, end);
      if (!isComma && !isSpace && !isDecimal) break;
      end = next.end;
      j += 2;
      if (isDecimal) break;
      grouped = isDigitGroup(next) || opensGroupAfterDash(next);
    }
    if (end === t.end) {
      out?.push(t);
    } else {
      out ??= tokens.slice(0, i);
      out.push({ start: t.start, end, text: text.slice(t.start, end), kind: 'number' });
    }
    i = j;
  }
  return out ?? tokens;
}
