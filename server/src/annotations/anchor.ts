import { createHash } from 'node:crypto';
import type { Annotation, Target, TextPositionSelector, TextQuoteSelector } from './types.js';

/**
 * Anchoring after Hypothesis: a target is a TextQuoteSelector (exact text with 32 characters of
 * context either side) plus a TextPositionSelector. Re-anchoring tries, in order: the old position
 * still holds; the exact quote nearest the old position (context breaking ties); a fuzzy match
 * weighted over quote, prefix, suffix and position. What cannot be placed is an orphan, never dropped.
 */

export const CONTEXT_LENGTH = 32;

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for an exact placement, lower for a fuzzy one. */
  score: number;
}

export function createTarget(text: string, start: number, end: number): Target {
  return {
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
        suffix: text.slice(end, end + CONTEXT_LENGTH),
      },
      { type: 'TextPositionSelector', start, end },
    ],
  };
}

export function quoteOf(target: Target): TextQuoteSelector {
  return target.selector[0];
}

export function positionOf(target: Target): TextPositionSelector {
  return target.selector[1];
}

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The minimum fuzzy score for a placement; below it the annotation is an orphan. */
const FUZZY_THRESHOLD = 0.6;

export function anchor(text: string, target: Target): Anchor | null {
  const quote = quoteOf(target);
  const position = positionOf(target);
  const { exact } = quote;
  if (exact.length === 0) return null;
  if (text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const exactMatch = nearestExact(text, quote, position.start);
  if (exactMatch !== null) return { start: exactMatch, end: exactMatch + exact.length, method: 'quote', score: 1 };
  return fuzzy(text, quote, position.start);
}

/** Among exact occurrences, the one whose context matches best, then the nearest to the old start. */
function nearestExact(text: string, quote: TextQuoteSelector, oldStart: number): number | null {
  let best: number | null = null;
  let bestKey = -Infinity;
  let from = 0;
  for (;;) {
    const at = text.indexOf(quote.exact, from);
    if (at < 0) break;
    const context = commonSuffixLength(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix) + commonPrefixLength(text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length), quote.suffix);
    // Context dominates; distance only breaks ties between equally good contexts.
    const key = context * 1e9 - Math.abs(at - oldStart);
    if (key > bestKey) {
      bestKey = key;
      best = at;
    }
    from = at + 1;
  }
  return best;
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/**
 * Fuzzy placement. Candidate starts come from where the old context still stands (the end of the
 * prefix's tail, the start of the suffix's head), from pieces of the quote itself, and from the old
 * position; each candidate is aligned against the quote and scored.
 */
function fuzzy(text: string, quote: TextQuoteSelector, oldStart: number): Anchor | null {
  const { exact, prefix, suffix } = quote;
  const starts = new Set<number>();
  const ends = new Set<number>();
  const seeds = (needle: string, onHit: (at: number) => void) => {
    if (needle.length < 4) return;
    let from = 0;
    let hits = 0;
    for (;;) {
      const at = text.indexOf(needle, from);
      if (at < 0 || hits++ > 50) break;
      onHit(at);
      from = at + 1;
    }
  };
  const tail = prefix.slice(-Math.min(12, prefix.length));
  seeds(tail, (at) => starts.add(at + tail.length));
  const trimmedTail = tail.trimEnd();
  if (trimmedTail !== tail) seeds(trimmedTail, (at) => starts.add(at + trimmedTail.length + 1));
  const head = suffix.slice(0, Math.min(12, suffix.length));
  seeds(head, (at) => ends.add(at));
  const piece = Math.max(4, Math.min(10, Math.floor(exact.length / 3)));
  if (exact.length >= 8) {
    seeds(exact.slice(0, piece), (at) => starts.add(at));
    seeds(exact.slice(-piece), (at) => ends.add(at + piece));
  }
  if (oldStart <= text.length) starts.add(oldStart);

  let best: Anchor | null = null;
  const consider = (start: number, end: number) => {
    if (start < 0 || end > text.length || end <= start) return;
    const score = placementScore(text, quote, start, end, oldStart);
    if (score >= FUZZY_THRESHOLD && (!best || score > best.score)) best = { start, end, method: 'fuzzy', score };
  };
  for (const start of starts) {
    const end = bestEnd(text, exact, start);
    if (end !== null) consider(start, end);
  }
  for (const end of ends) {
    const start = bestStart(text, exact, end);
    if (start !== null) consider(start, end);
  }
  return best;
}

function placementScore(text: string, quote: TextQuoteSelector, start: number, end: number, oldStart: number): number {
  const quoteSim = similarity(text.slice(start, end), quote.exact);
  if (quoteSim < 0.5) return 0;
  const prefixSim = quote.prefix ? similarity(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix) : 1;
  const suffixSim = quote.suffix ? similarity(text.slice(end, end + quote.suffix.length), quote.suffix) : 1;
  const distance = Math.abs(start - oldStart);
  const positionSim = 1 / (1 + distance / Math.max(1000, text.length / 10));
  return 0.5 * quoteSim + 0.2 * prefixSim + 0.2 * suffixSim + 0.1 * positionSim;
}

/** 1 − normalised Levenshtein distance. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - levenshtein(a, b) / longest;
}

function levenshtein(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * Aligns the whole quote against the text starting at `start` with a free end (semi-global edit
 * distance) and returns the end that costs least, or null when nothing is close.
 */
function bestEnd(text: string, exact: string, start: number): number | null {
  const window = text.slice(start, start + Math.ceil(exact.length * 1.5) + 2);
  return alignFreeEnd(exact, window, (k) => start + k);
}

function bestStart(text: string, exact: string, end: number): number | null {
  const from = Math.max(0, end - Math.ceil(exact.length * 1.5) - 2);
  const window = reverse(text.slice(from, end));
  return alignFreeEnd(reverse(exact), window, (k) => end - k);
}

function reverse(s: string): string {
  return s.split('').reverse().join('');
}

function alignFreeEnd(pattern: string, window: string, toOffset: (k: number) => number): number | null {
  // dp[j] = edit distance between the whole pattern and window[0..j).
  let previous = new Array<number>(window.length + 1);
  let current = new Array<number>(window.length + 1);
  for (let j = 0; j <= window.length; j++) previous[j] = j;
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    for (let j = 1; j <= window.length; j++) {
      const cost = pattern.charCodeAt(i - 1) === window.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  let bestK = -1;
  let bestCost = Infinity;
  for (let j = 1; j <= window.length; j++) {
    if (previous[j] < bestCost) {
      bestCost = previous[j];
      bestK = j;
    }
  }
  if (bestK < 0 || bestCost > pattern.length / 2) return null;
  return toOffset(bestK);
}

export interface PlacedAnnotation {
  annotation: Annotation;
  /** Null for an orphan. */
  anchor: Anchor | null;
  /** The text the annotation now covers; null for an orphan. */
  currentText: string | null;
  /** True when the status is a judgement and the anchored text is no longer the text that was judged. */
  drift: boolean;
}

/** Places every annotation in the text. Orphans are returned too, with a null anchor. */
export function placeAll(text: string, annotations: Annotation[]): PlacedAnnotation[] {
  return annotations.map((annotation) => {
    const placed = anchor(text, annotation.target);
    const currentText = placed ? text.slice(placed.start, placed.end) : null;
    const drift = !!(placed && annotation.verifiedHash && hashText(currentText!) !== annotation.verifiedHash);
    return { annotation, anchor: placed, currentText, drift };
  });
}
