import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeUnitsOf } from './codeUnits.js';

function expectUnits(read: (text: string) => Uint16Array, text: string): void {
  const expected = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  expect(Array.from(read(text).subarray(0, text.length))).toEqual(expected);
}

const samples = [
  'Officials counted 13,000 voters.',
  '“We will not leave,” said Ms Ødegård — 5 km away.',
  'An emoji 🙂 and a lone surrogate \ud800 stay as code units.',
  'x'.repeat(5000) + ' a text longer than the first array',
  'short again',
];

describe('codeUnitsOf', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('gives the UTF-16 code units of one-byte and two-byte texts, across texts of growing and shrinking length', () => {
    for (const text of samples) expectUnits(codeUnitsOf, text);
  });

  it('gives the same code units when asked for the same text again after another', () => {
    const first = samples[1];
    expectUnits(codeUnitsOf, first);
    expectUnits(codeUnitsOf, samples[0]);
    expectUnits(codeUnitsOf, first);
  });

  it('copies the code units itself where there is no Node Buffer', async () => {
    vi.stubGlobal('Buffer', undefined);
    vi.resetModules();
    const { codeUnitsOf: withoutBuffer } = await import('./codeUnits.js');
    for (const text of samples) expectUnits(withoutBuffer, text);
  });
});
