import type { Attribution, Span } from '../analysis/types.js';

/**
 * Checking a quotation against a source's text: are these the speaker's words? Words are compared
 * without case, punctuation or the kind of quotation mark. An ellipsis or a bracketed insertion
 * ("[the ministry]") splits a quotation into parts that must appear in order. When the words are
 * not there as quoted, the source passage holding most of them in the same order (at least 70%)
 * is returned as a near miss: a quotation that differs from its source.
 */

export interface QuoteMatch {
  status: 'supported' | 'misquoted' | 'not-found';
  /** The source's words: the span from the first matched word to the last. */
  start?: number;
  end?: number;
  /** For a near miss, the quotation's words the source passage lacks, in order. */
  missing?: string[];
  /** For a near miss, the source passage's words the quotation leaves out, in order (a cut with no ellipsis). */
  extra?: string[];
}

interface Word {
  key: string;
  start: number;
  end: number;
}

/** Words as compared: letters and digits, lower case, curly apostrophes straightened. */
function wordsOf(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    out.push({ key: m[0].toLowerCase().replace(/’/g, "'"), start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  return out;
}

/** The parts a quotation must show in order: split at ellipses and at bracketed insertions. */
export function quoteParts(quote: string): string[] {
  return quote
    .split(/\s*(?:\.\s?\.\s?\.|…|\[[^\]]*\])\s*/u)
    .map((p) => p.trim())
    .filter((p) => wordsOf(p).length > 0);
}

/** Where `needle` occurs in `hay` as consecutive words, from index `from`; -1 when it does not. */
function findWords(hay: Word[], needle: Word[], from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k].key !== needle[k].key) continue outer;
    return i;
  }
  return -1;
}

/** The longest common subsequence of two word lists: its length and the matched indexes of `a`. */
function lcs(a: Word[], b: Word[]): { length: number; matchedA: number[]; matchedB: number[]; firstB: number; lastB: number } {
  const n = a.length;
  const m = b.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = a[i].key === b[j].key ? table[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
    }
  }
  const matchedA: number[] = [];
  const matchedB: number[] = [];
  let firstB = -1;
  let lastB = -1;
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i].key === b[j].key) {
      matchedA.push(i);
      matchedB.push(j);
      if (firstB < 0) firstB = j;
      lastB = j;
      i++;
      j++;
    } else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return { length: table[0], matchedA, matchedB, firstB, lastB };
}

/** Longer quotations are compared on their first 120 words for a near miss. */
const maxNearWords = 120;
/** Near-miss windows tried per anchor word. */
const maxWindows = 300;

/** The last few sources' words and word counts: an article's quotations are checked against the same sources. */
const indexed = new Map<string, { words: Word[]; counts: Map<string, number> }>();

function indexOf(text: string): { words: Word[]; counts: Map<string, number> } {
  let entry = indexed.get(text);
  if (!entry) {
    const words = wordsOf(text);
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w.key, (counts.get(w.key) ?? 0) + 1);
    entry = { words, counts };
    indexed.set(text, entry);
    if (indexed.size > 4) indexed.delete(indexed.keys().next().value!);
  }
  return entry;
}

export function matchQuote(quote: string, sourceText: string): QuoteMatch {
  const { words: source, counts } = indexOf(sourceText);
  const parts = quoteParts(quote).map((p) => wordsOf(p));
  if (parts.length === 0 || source.length === 0) return { status: 'not-found' };
  let from = 0;
  let first = -1;
  let last = -1;
  for (const part of parts) {
    const at = findWords(source, part, from);
    if (at < 0) {
      first = -1;
      break;
    }
    if (first < 0) first = at;
    last = at + part.length - 1;
    from = at + part.length;
  }
  if (first >= 0) return { status: 'supported', start: source[first].start, end: source[last].end };

  // A near miss: windows of the source around its words that the quotation uses least often.
  const words = parts.flat().slice(0, maxNearWords);
  const anchors = [...new Set(words.map((w) => w.key))]
    .filter((k) => counts.has(k))
    .sort((x, y) => counts.get(x)! - counts.get(y)! || y.length - x.length)
    .slice(0, 3);
  let best: { score: number; result: ReturnType<typeof lcs>; offset: number } | null = null;
  const tried = new Set<number>();
  for (const key of anchors) {
    const at = words.findIndex((w) => w.key === key);
    // A quotation made only of common words would try a window at each of thousands of places.
    let windows = 0;
    for (let i = 0; i < source.length && windows < maxWindows; i++) {
      if (source[i].key !== key) continue;
      windows++;
      const start = Math.max(0, i - at - Math.ceil(words.length * 0.3));
      if (tried.has(start)) continue;
      tried.add(start);
      const window = source.slice(start, Math.min(source.length, start + Math.ceil(words.length * 1.6) + 2));
      const result = lcs(words, window);
      const score = result.length / words.length;
      if (!best || score > best.score) best = { score, result, offset: start };
    }
  }
  if (!best || best.score < 0.7 || words.length < 4) return { status: 'not-found' };
  const matched = new Set(best.result.matchedA);
  const used = new Set(best.result.matchedB);
  const extra: string[] = [];
  for (let j = best.result.firstB; j <= best.result.lastB; j++) {
    const w = source[best.offset + j];
    if (!used.has(j)) extra.push(sourceText.slice(w.start, w.end));
  }
  return {
    status: 'misquoted',
    start: source[best.offset + best.result.firstB].start,
    end: source[best.offset + best.result.lastB].end,
    missing: words.filter((_, i) => !matched.has(i)).map((w) => quote.slice(w.start, w.end)),
    extra,
  };
}

/** Opening and closing quotation marks, straight and curly, single (after a space) and double. */
const quotation = /["“”„«»]([^"“”„«»]{2,}?)["“”„«»]/gu;

/**
 * The quoted words of an attribution: each quotation in its content, without the marks, with its
 * offsets in the article. A quotation of fewer than two words is a term, not a quote to check.
 */
export function quotationsOf(text: string, attribution: Attribution): Array<Span & { text: string }> {
  const content = attribution.content;
  if (!content) return [];
  const out: Array<Span & { text: string }> = [];
  const slice = text.slice(content.start, content.end);
  let consumed = 0;
  for (const m of slice.matchAll(quotation)) {
    consumed = m.index! + m[0].length;
    const inner = m[1].trim().replace(/[,.]$/, '');
    if (wordsOf(inner).length < 2) continue;
    const start = content.start + m.index! + m[0].indexOf(inner);
    out.push({ start, end: start + inner.length, text: inner });
  }
  // A quotation that goes on into the next paragraph has no closing mark in this one.
  const open = /["“„«]/u.exec(slice.slice(consumed));
  if (open) {
    const from = consumed + open.index + 1;
    const inner = slice.slice(from).trim();
    if (wordsOf(inner).length >= 2 && !/["“”„«»]/u.test(inner)) {
      const start = content.start + from + slice.slice(from).indexOf(inner);
      out.push({ start, end: start + inner.length, text: inner });
    }
  }
  return out;
}
