import { describe, expect, it } from 'vitest';
import { Analyzer, analyzeText, type AnalysedBlock } from './analyze.js';
import type { Figure } from './types.js';

describe('Analyzer', () => {
  it('assembles a chunk with more figures than a call takes arguments (a 3 MB paragraph overflowed the stack)', () => {
    const count = 200_000;
    const text = '7 '.repeat(count);
    const figures: Figure[] = Array.from({ length: count }, (_, i) => ({ start: 2 * i, end: 2 * i + 1, text: '7', kind: 'count', value: 7, unit: null, approx: 'exact' }));
    const block: AnalysedBlock = { start: 0, end: text.length, text, analysis: { sentences: [], figures, attributions: [] } };
    const analysis = new Analyzer().assemble(text, [{ offset: 0, blocks: [block] }]);
    expect(analysis.figures).toHaveLength(count);
    expect(analysis.figures[count - 1].start).toBe(2 * (count - 1));
  });

  it('gives each sentence of a one-line paragraph the figures of that sentence only', () => {
    const text = 'The port handled 4,200 ships. Nobody was hurt. Tolls rose 3.5% last week.';
    const claims = analyzeText(text, 'plaintext').claims;
    expect(claims.map((c) => c.reasons.includes('figure'))).toEqual([true, false, true]);
  });
});
