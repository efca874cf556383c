/**
 * The finder's view of a block: its non-space tokens with what every rule asks of them (lower case,
 * sentence, capital, quotation depth), its top-level quotations, and the types the rules pass around
 * (`Found`, `Range`). Built once per block by `prepare`; nothing here knows about cues.
 */
import { numberAbbreviations, type Sentence, type Token } from '../../tokens.js';
import { closeQuotes, openQuotes, straightQuotes } from '../lexicon.js';
import { firstIndexWhere } from '../../sortedSearch.js';

/** A non-space token of the block with what the finder needs to know about it, computed once. */
export interface Tok extends Token {
  lower: string;
  /** Sentence index. */
  s: number;
  /** Starts with a capital letter (or a digit, for "2016 polls"). */
  cap: boolean;
  /** Index of the quote this token is inside or a mark of, -1 outside quotes. */
  q: number;
}

/** A top-level quotation: token indices of its marks; `close` is -1 when no mark closes it. */
export interface Quote {
  open: number;
  close: number;
  /** Its last token: the closing mark, or the token before the next opening, or the block's last. */
  last: number;
  start: number;
  end: number;
}

export interface Block {
  text: string;
  toks: Tok[];
  /** First and last token index of each sentence. */
  first: number[];
  last: number[];
  quotes: Quote[];
}

/** A token range, inclusive at both ends. */
export type Range = [number, number];

export interface Found {
  cue: Range;
  source: Range | null;
  content: Range;
  /** The rest of a sentence the cue interrupts ("The plan, he said, would fail"). */
  rest?: Range;
  /** Quoted speech that the content's range does not show: a transcript line after its label. */
  direct?: boolean;
}

const capital = /^[\p{Lu}\d]/u;
const wordLike = /[\p{L}\p{N}]/u;
export const terminal = new Set(['.', '!', '?', '…']);

/** Whether the token after tokens[at] in the sentence (past spaces) is a number. */
function nextIsNumber(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < tokens.length; k++) if (tokens[k].kind !== 'space') return tokens[k].kind === 'number';
  return false;
}

/** The finder's view of a block: its non-space tokens with their sentence, case and quotation, and its quotations. */
/**
 * Tokens after which a sentence is cut (`prepare`). The longest sentence in the BBC corpus and
 * PolNeAR (3,149 articles) has 242 tokens, so no real sentence reaches it.
 */
export const maxSentenceTokens = 400;

export function prepare(text: string, sentences: Sentence[]): Block {
  const toks: Tok[] = [];
  const first: number[] = [];
  const last: number[] = [];
  let s = -1;
  let cutBefore = false;
  const openSentence = () => {
    s++;
    first.push(toks.length);
    cutBefore = false;
  };
  for (const sentence of sentences) {
    openSentence();
    const tokens = sentence.tokens;
    for (let n = 0; n < tokens.length; n++) {
      const t = tokens[n];
      if (t.kind === 'space') {
        // A line break ends a sentence here: headlines, datelines and timestamps have no full stop,
        // and a source or content never runs from one paragraph into the next.
        if (toks.length > first[s] && t.text.includes('\n')) {
          last.push(toks.length - 1);
          openSentence();
        }
        continue;
      }
      // "the No. 2 official": the full stop of "No." before a number is no sentence end.
      const previous = toks[toks.length - 1];
      if (t.text === '.' && previous !== undefined && previous.end === t.start && previous.s === s && numberAbbreviations.has(previous.text) && nextIsNumber(tokens, n)) {
        previous.end = t.end;
        previous.text += '.';
        previous.lower += '.';
        continue;
      }
      // An explicit literal: spreading the token and adding fields costs V8 a slow path per token.
      const c = t.text.charCodeAt(0);
      const cap = c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : capital.test(t.text);
      if (cutBefore) {
        last.push(toks.length - 1);
        openSentence();
      }
      toks.push({ start: t.start, end: t.end, text: t.text, kind: t.kind, lower: t.text.toLowerCase(), s, cap, q: -1 });
      // A run-on "sentence" far longer than any in news copy (a pasted transcript with no stops) is
      // cut after a comma or semicolon, or anywhere past twice the limit, before the next token: the
      // rules read a cue's whole sentence, so their cost grows with its length squared.
      const length = toks.length - first[s];
      cutBefore = length >= maxSentenceTokens && (t.text === ',' || t.text === ';' || length >= 2 * maxSentenceTokens);
    }
    last.push(toks.length - 1);
  }
  readMistypedQuoteMarks(toks);
  const quotes = findQuotes(toks);
  quotes.forEach((quote, index) => {
    for (let i = quote.open; i <= quote.last; i++) toks[i].q = index;
  });
  return { text, toks, first, last, quotes };
}

/** Punctuation a closing quote mark follows with no space ("late,” he said"). */
const closingPunct = new Set([',', '.', '?', '!', '…', '—', '-', ';', ':']);

/**
 * Reads quote marks by their use rather than their glyph, rewriting a token's text (never its
 * offsets): an opening curly mark typed where a closing one belongs (“Too late,“ he said), which
 * autocorrect produces after punctuation, closes; and a tripled apostrophe (a nested quotation
 * ending with its outer one: ''the word 'reckless,''') is the doubled mark that closes or opens.
 */
function readMistypedQuoteMarks(toks: Tok[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'punct' && t.kind !== 'symbol') continue;
    if (t.text === "'''") {
      t.text = t.lower = "''";
      continue;
    }
    if (t.text !== '\u201c') continue;
    const before = toks[i - 1];
    const after = toks[i + 1];
    if (before === undefined || before.end < t.start || !closingPunct.has(before.text)) continue;
    if (after === undefined || after.start > t.end) t.text = t.lower = '\u201d';
  }
}

/**
 * Pairs double quote marks (curly, straight, or doubled apostrophes) into top-level quotations.
 * Single quotes only nest inside double ones and are left alone, since ’ is also the apostrophe.
 * An opening mark with no closing one runs to the block end: the news convention for a quote that
 * continues in the next paragraph.
 */
function findQuotes(toks: Tok[]): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  const push = (from: number, close: number, last: number) => {
    quotes.push({ open: from, close, last, start: toks[from].start, end: toks[last].end });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'punct' && t.kind !== 'symbol') continue;
    if (openQuotes.has(t.text)) {
      // Two openings in a row: the first quote was left open; it ends where the next begins.
      if (open >= 0) push(open, -1, i - 1);
      open = i;
    } else if (closeQuotes.has(t.text)) {
      if (open >= 0) push(open, i, i);
      open = -1;
    } else if (straightQuotes.has(t.text)) {
      // A straight mark's spacing tells an opening ('said. "The') from a closing one ('year," he'):
      // a quotation of several sentences that opens each one anew and closes only the last
      // ("... strong. "The exceptional ... public. "The expectations ...") has openings in a row.
      const before = toks[i - 1];
      const after = toks[i + 1];
      const spaceBefore = !before || before.end < t.start;
      const spaceAfter = !after || after.start > t.end;
      // So does a sentence ending in a quotation of its own in single marks ("... say 'wow.' "My ...").
      const ended = terminal.has(before?.text ?? '') || ((before?.text === "'" || before?.text === '\u2019') && terminal.has(toks[i - 2]?.text ?? ''));
      if (open < 0) open = i;
      else if (spaceBefore && !spaceAfter && ended && after !== undefined && isWord(after)) {
        push(open, -1, i - 1);
        open = i;
      } else {
        push(open, i, i);
        open = -1;
      }
    }
  }
  if (open >= 0) push(open, -1, toks.length - 1);
  return quotes;
}

export const isPunct = (t: Tok | undefined) => !!t && (t.kind === 'punct' || t.kind === 'symbol');
export const isWord = (t: Tok | undefined) => !!t && !isPunct(t) && wordLike.test(t.text);

/**
 * A block's attributions ordered by a token position each holds (its cue's start, say), for the
 * passes that look for another attribution near one. Searching this order replaces a scan of every
 * attribution for each one, which made a long block (paragraphs of one line each with no blank line
 * between them) quadratic. The keys are read once: while a pass uses the index it may change what
 * the keys were not read from, but neither a key nor the array's order.
 */
export interface FoundOrder {
  found: Found[];
  /** The key of each attribution, by its index in `found`. */
  keyOf: Array<number | undefined>;
  /** Indices into `found`, by key and then by index; null for a few attributions, read in turn. */
  order: number[] | null;
  /** The key of each entry of `order`. */
  keys: number[];
  /** Indices of the attributions with no key, which every search tries. */
  unplaced: number[];
}

/** Up to this many attributions (most blocks have a handful), reading them in turn is cheaper than ordering them. */
export const fewFound = 16;

/**
 * Orders `found` by `key`. An attribution whose key is undefined (its ranges do not bound where it
 * can be, as when one is empty) is tried by every search instead.
 */
export function orderFound(found: Found[], key: (f: Found) => number | undefined): FoundOrder {
  const keyOf = found.map(key);
  if (found.length <= fewFound) return { found, keyOf, order: null, keys: [], unplaced: [] };
  const order: number[] = [];
  const unplaced: number[] = [];
  keyOf.forEach((k, j) => (k === undefined ? unplaced : order).push(j));
  order.sort((x, y) => keyOf[x]! - keyOf[y]! || x - y);
  return { found, keyOf, order, keys: order.map((j) => keyOf[j]!), unplaced };
}

/**
 * The first attribution in the order of `found` whose key lies in [lo, hi] (or that has none) and
 * that `test` accepts: what `found.find(test)` gives when `test` accepts none outside that range.
 * `test` is given the attribution's index in `found` too.
 */
export function firstFound(index: FoundOrder, lo: number, hi: number, test: (g: Found, j: number) => boolean): Found | undefined {
  const { found, keyOf } = index;
  if (!index.order) {
    for (let j = 0; j < found.length; j++) if (keyWithin(keyOf[j], lo, hi) && test(found[j], j)) return found[j];
    return undefined;
  }
  let best = -1;
  eachFound(index, lo, hi, (g, j) => {
    if ((best < 0 || j < best) && test(g, j)) best = j;
  });
  return best < 0 ? undefined : found[best];
}

/** Visits each attribution whose key lies in [lo, hi], and each that has none, with its index in `found`. */
export function eachFound(index: FoundOrder, lo: number, hi: number, visit: (g: Found, j: number) => void): void {
  const { found, keyOf, order, keys, unplaced } = index;
  if (!order) {
    for (let j = 0; j < found.length; j++) if (keyWithin(keyOf[j], lo, hi)) visit(found[j], j);
    return;
  }
  for (let n = firstIndexWhere(keys.length, (m) => keys[m] >= lo); n < keys.length && keys[n] <= hi; n++) visit(found[order[n]], order[n]);
  for (const j of unplaced) visit(found[j], j);
}

/** Whether a key lies in [lo, hi], or there is none. */
function keyWithin(key: number | undefined, lo: number, hi: number): boolean {
  return key === undefined || (lo <= key && key <= hi);
}

/**
 * What the finder's main loop asks of the attributions it has found so far, kept up to date as it
 * adds them, so that a question does not read them all: a long block has tens of thousands. Per
 * token, how many contents (and rests) hold it, in a Fenwick tree; per sentence, the attributions
 * whose cue stands in it; per token, the attributions whose content starts there.
 */
interface LoopIndex {
  toks: Tok[];
  /** The attributions indexed, in the array's order. */
  members: Found[];
  /** Fenwick tree of the differences between neighbouring tokens' counts, 1-based. */
  tree: Int32Array;
  /** Indices of the members by their cue's sentence, ascending. */
  bySentence: Map<number, number[]>;
  /** Indices of the members by their content's first token, ascending. */
  byContentStart: Map<number, number[]>;
}

/** The loop being indexed (one at a time: the finder does not call itself), and its index once built. */
let indexed: { found: Found[]; toks: Tok[]; index: LoopIndex | null } | null = null;

/**
 * Indexes `found` for `containedIn`, `lastOfSentence` and `firstByContentStart` until
 * `stopIndexing`. Meanwhile an attribution's cue, source, content and rest must stay as they are:
 * `found` may only grow at its end and lose attributions, as in the finder's main loop, where
 * nothing changes an attribution once it is found.
 */
export function indexWhileFinding(found: Found[], toks: Tok[]): void {
  indexed = { found, toks, index: null };
}

export function stopIndexing(found: Found[]): void {
  if (indexed?.found === found) indexed = null;
}

/**
 * Whether token `i` lies in the content or the rest of an attribution of `found`; undefined when
 * `found` is not indexed (or `i` is no token of the block).
 */
export function containedIn(found: Found[], i: number): boolean | undefined {
  const index = caughtUp(found);
  if (!index || i < 0 || i >= index.toks.length) return undefined;
  let total = 0;
  for (let n = i + 1; n > 0; n -= n & -n) total += index.tree[n];
  return total > 0;
}

/**
 * The last attribution in the order of `found` whose cue stands in sentence `s` and that `test`
 * accepts, or null; undefined when `found` is not indexed.
 */
export function lastOfSentence(found: Found[], s: number, test: (f: Found) => boolean): Found | null | undefined {
  const index = caughtUp(found);
  if (!index) return undefined;
  const inSentence = index.bySentence.get(s) ?? [];
  for (let n = inSentence.length - 1; n >= 0; n--) if (test(found[inSentence[n]])) return found[inSentence[n]];
  return null;
}

/**
 * The first attribution in the order of `found` whose content starts at one of `starts` and that
 * `test` accepts, or null; undefined when `found` is not indexed.
 */
export function firstByContentStart(found: Found[], starts: number[], test: (f: Found) => boolean): Found | null | undefined {
  const index = caughtUp(found);
  if (!index) return undefined;
  let best = -1;
  for (const start of starts) for (const j of index.byContentStart.get(start) ?? []) if ((best < 0 || j < best) && test(found[j])) best = j;
  return best < 0 ? null : found[best];
}

/**
 * The index of `found` with the attributions added since the last question; undefined when there is
 * none. When one indexed is gone (the loop drops the cues inside a source it reads), indexes them
 * all again: the last one indexed no longer stands where it stood.
 */
function caughtUp(found: Found[]): LoopIndex | undefined {
  if (indexed?.found !== found) return undefined;
  // Built once the loop has found more than a few: until then, reading them all is cheaper.
  if (!indexed.index && found.length <= fewFound) return undefined;
  const { toks } = indexed;
  const index = (indexed.index ??= { toks, members: [] as Found[], tree: new Int32Array(toks.length + 1), bySentence: new Map(), byContentStart: new Map() });
  const { members } = index;
  if (found.length < members.length || (members.length > 0 && found[members.length - 1] !== members[members.length - 1])) {
    index.tree.fill(0);
    index.bySentence.clear();
    index.byContentStart.clear();
    members.length = 0;
  }
  for (let j = members.length; j < found.length; j++) {
    const f = found[j];
    addToCounts(index.tree, f.content);
    if (f.rest) addToCounts(index.tree, f.rest);
    listUnder(index.bySentence, index.toks[f.cue[0]]?.s ?? -1, j);
    listUnder(index.byContentStart, f.content[0], j);
    members.push(f);
  }
  return index;
}

function listUnder(lists: Map<number, number[]>, key: number, j: number): void {
  const list = lists.get(key);
  if (list) list.push(j);
  else lists.set(key, [j]);
}

/** Adds one to the count of every token in `r` (none when it is empty). */
function addToCounts(tree: Int32Array, [a, b]: Range): void {
  const from = Math.max(a, 0);
  const to = Math.min(b, tree.length - 2);
  if (from > to) return;
  for (let n = from + 1; n < tree.length; n += n & -n) tree[n]++;
  for (let n = to + 2; n < tree.length; n += n & -n) tree[n]--;
}
