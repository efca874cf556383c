import { expect } from 'vitest';
import { analyzeText } from '../analyze.js';
import type { Analysis, DocumentKind, Figure } from '../types.js';

/**
 * Parses an annotated input: `[[...]]` marks each span the analysis must find. Returns the plain
 * text and the marked spans in order.
 */
export function parseMarked(marked: string): { text: string; spans: Array<{ start: number; end: number; text: string }> } {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  let text = '';
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf('[[', i);
    if (open < 0) {
      text += marked.slice(i);
      break;
    }
    const close = marked.indexOf(']]', open);
    if (close < 0) throw new Error('unclosed [[ in test input');
    text += marked.slice(i, open);
    const inner = marked.slice(open + 2, close);
    spans.push({ start: text.length, end: text.length + inner.length, text: inner });
    text += inner;
    i = close + 2;
  }
  return { text, spans };
}

/**
 * The one figure test helper: every `[[marked]]` span must be found as a figure, nothing else may be,
 * and each figure must have the listed fields (only the fields given are compared).
 */
export function checkFigures(marked: string, expected: Array<Partial<Figure>> = [], kind: DocumentKind = 'plaintext'): Analysis {
  const { text, spans } = parseMarked(marked);
  const analysis = analyzeText(text, kind);
  const found = analysis.figures.filter((f) => f.kind !== 'ordinal' || spans.some((s) => s.start === f.start));
  expect(found.map((f) => f.text)).toEqual(spans.map((s) => s.text));
  expect(found.map((f) => [f.start, f.end])).toEqual(spans.map((s) => [s.start, s.end]));
  expected.forEach((fields, index) => {
    expect(found[index], `figure ${index} (${spans[index]?.text})`).toMatchObject(fields);
  });
  return analysis;
}
