// The tokenizer as it was built on retext-english, kept only as the reference that tokens.ts is
// compared with (tokens.test.ts, scripts/check-tokenizer.mjs). Nothing at run time imports it.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Node, Parent } from 'unist';
import { joinAfterNumberAbbreviations, splitAfterAbbreviationWords, type Sentence, type Token } from '../tokens.js';

const english = unified().use(retextEnglish);

/**
 * Sentences and tokens of one block of prose (offsets relative to the block). retext splits
 * "13,000" into "13" "," "000" and "4.2" into one word with inner punctuation; number tokens are
 * merged here so that later stages see one token per written number.
 */
export function retextTokenize(text: string): Sentence[] {
  const root = english.parse(text) as Parent;
  const sentences: Sentence[] = [];
  for (const paragraph of root.children as Parent[]) {
    for (const sentence of (paragraph.children ?? []) as Parent[]) {
      if (sentence.type !== 'SentenceNode') continue;
      const raw: Token[] = [];
      for (const child of sentence.children) flatten(child, text, raw);
      for (const tokens of splitAfterNumbers(retextMergeNumbers(raw, text))) {
        sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
      }
    }
  }
  return splitAfterAbbreviationWords(joinAfterNumberAbbreviations(sentences, text));
}

function offset(node: Node, which: 'start' | 'end'): number {
  return node.position?.[which].offset ?? 0;
}

function flatten(node: Node, text: string, out: Token[]): void {
  const start = offset(node, 'start');
  const end = offset(node, 'end');
  const value = text.slice(start, end);
  switch (node.type) {
    case 'WordNode': {
      // retext keeps the full stop of "in 2014." inside the word and then misses the sentence end.
      const stop = /^\d[\d.,]*\.$/.test(value) && !/\.\d/.test(value) ? 1 : 0;
      out.push({ start, end: end - stop, text: value.slice(0, value.length - stop), kind: /^\d/.test(value) ? 'number' : 'word' });
      if (stop) out.push({ start: end - 1, end, text: '.', kind: 'punct' });
      return;
    }
    case 'PunctuationNode':
      out.push({ start, end, text: value, kind: 'punct' });
      return;
    case 'SymbolNode':
      out.push({ start, end, text: value, kind: 'symbol' });
      return;
    case 'WhiteSpaceNode':
      out.push({ start, end, text: value, kind: 'space' });
      return;
    default:
      for (const child of (node as Parent).children ?? []) flatten(child, text, out);
  }
}

/**
 * Splits token runs at a standalone full stop followed by a capitalised word or an opening quote.
 * retext joins "It was 2014. Then" into one sentence when the stop follows a number.
 */
function splitAfterNumbers(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    current.push(tokens[i]);
    const t = tokens[i];
    if (t.kind === 'punct' && t.text === '.' && tokens[i - 1]?.kind === 'number') {
      const next = tokens[i + 1]?.kind === 'space' ? tokens[i + 2] : undefined;
      if (next && /^[A-Z\u201c"'\u2018]/.test(next.text)) {
        out.push(current);
        current = [];
        if (tokens[i + 1]) i++;
      }
    }
  }
  if (current.length) out.push(current);
  return out.filter((run) => run.some((t) => t.kind !== 'space')).map(trimSpaces);
}

function trimSpaces(run: Token[]): Token[] {
  let a = 0;
  let b = run.length;
  while (a < b && run[a].kind === 'space') a++;
  while (b > a && run[b - 1].kind === 'space') b--;
  return run.slice(a, b);
}

const digitGroup = /^\d{3}$/;
const leadingGroup = /^\d{1,3}$/;
/** Spaces that separate thousands in "13 000" (no-break and narrow no-break spaces, or one plain space). */
const groupSpace = /^[ \u00a0\u202f\u2009]$/;

/**
 * Joins "13" "," "000" into "13,000", "13" " " "000" into "13 000", and "1,234" "." "5" into "1,234.5".
 * A plain-space join needs 1-3 leading digits and exact groups of three, so "in 2014 000" stays apart.
 */
export function retextMergeNumbers(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind !== 'number') {
      out.push(t);
      i++;
      continue;
    }
    let end = t.end;
    let j = i + 1;
    let grouped = leadingGroup.test(t.text);
    while (j + 1 < tokens.length) {
      const sep = tokens[j];
      const next = tokens[j + 1];
      if (next.kind !== 'number' || sep.end !== next.start || sep.start !== end) break;
      const isComma = sep.text === ',' && grouped && digitGroup.test(next.text.replace(/[^\d].*$/, '')) && /^\d{3}(?![\d])/.test(next.text);
      const isSpace = groupSpace.test(sep.text) && grouped && digitGroup.test(next.text);
      const isDecimal = sep.text === '.' && /^\d+$/.test(text.slice(t.start, end).replace(/[,\s\u00a0\u202f\u2009]/g, '')) && /^\d/.test(next.text);
      if (!isComma && !isSpace && !isDecimal) break;
      end = next.end;
      j += 2;
      grouped = isDecimal ? false : digitGroup.test(next.text);
      if (isDecimal) break;
    }
    out.push({ start: t.start, end, text: text.slice(t.start, end), kind: 'number' });
    i = j;
  }
  return out;
}
