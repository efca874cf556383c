import { describe, expect, it } from 'vitest';
import { tokenize } from '../../tokens.js';
import { analyzeText } from '../../analyze.js';
import type { Attribution, Span } from '../../types.js';
import { findAttributions } from '../index.js';
import { maxSentenceTokens, prepare } from './block.js';

// A run-on paragraph written for these tests: a pasted transcript with commas and no full stop.

/** Token counts of the block's sentences. */
function sentenceLengths(text: string): number[] {
  const block = prepare(text, tokenize(text));
  return block.first.map((from, s) => block.last[s] - from + 1);
}

describe('a run-on sentence', () => {
  const runOn = (n: number, part: string) => Array.from({ length: n }, () => part).join(' ');

  it('is cut after a comma once it is longer than any sentence in news copy, so the rules stay linear in its length', () => {
    const text = 'Tomas Berg arrived. ' + runOn(300, 'Berg was here and he said so,') + ' the end.';
    const lengths = sentenceLengths(text);
    expect(lengths.length).toBeGreaterThan(2);
    // Each cut piece ends at the first comma past the limit: "Berg was here and he said so ," is 8 tokens.
    for (const n of lengths) expect(n).toBeLessThanOrEqual(maxSentenceTokens + 8);
    // Every report in it is still found, with its pronoun source.
    expect(analyzeText(text, 'plaintext').attributions.filter((a) => text.slice(a.cue.start, a.cue.end) === 'said')).toHaveLength(300);
  });

  it('is cut anywhere past twice the limit when it has no comma, and a sentence of news length is never cut', () => {
    expect(Math.max(...sentenceLengths(runOn(1000, 'word')))).toBeLessThanOrEqual(2 * maxSentenceTokens);
    const long = 'Ana Berg said ' + runOn(60, 'the port and') + ' the quay would reopen.';
    expect(sentenceLengths(long)).toEqual([long.split(' ').length + 1]);
  });
});

describe('a long block', () => {
  // One-line paragraphs with no blank line between them are one block; the passes that compare an
  // attribution with the others of its block look them up by position there, and must find the
  // same ones as in each line alone. Lines written for this test.
  const lines = [
    'Tom Reed, the mayor, said the port would reopen on Monday.',
    'Anna Berg told reporters the bridge would close, calling the repairs overdue.',
    'The ferry service was suspended, officials said.',
    'The plan, Lena Marsh said, would fail.',
    'Omar Hale lashed out at the council over the delays.',
    'A poll found that 54 percent of voters backed the levy.',
    'Ruth Moss made the case that the harbour should stay public.',
    '"We are ready," he said. "The ships can come in."',
  ];
  const find = (text: string) => findAttributions({ text, sentences: tokenize(text) });

  it('gives each line the attributions it has alone, at the line\'s offsets', () => {
    const block = Array.from({ length: 30 }, () => lines).flat();
    const text = block.join('\n');
    const expected: Attribution[] = [];
    let offset = 0;
    for (const line of block) {
      const shift = (s: Span): Span => ({ start: s.start + offset, end: s.end + offset });
      for (const a of find(line)) expected.push({ ...a, cue: shift(a.cue), source: a.source && shift(a.source), content: shift(a.content) });
      offset += line.length + 1;
    }
    expect(expected).toHaveLength(330);
    expect(find(text)).toEqual(expected);
  });
});
