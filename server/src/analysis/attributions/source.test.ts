import { describe, expect, it } from 'vitest';
import { parseSource } from './source.js';

// Source phrases written for these tests in the style of wire copy.

describe('parseSource: titles before the name', () => {
  it('takes a hyphenated title into the role, not the name', () => {
    expect(parseSource('Alliance Secretary-General Ingrid Halvorsen')).toMatchObject({ name: 'Ingrid Halvorsen', role: 'Alliance Secretary-General' });
    expect(parseSource('Vice-President Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Vice-President' });
    expect(parseSource('Attorney-General Maria Lind')).toMatchObject({ name: 'Maria Lind', role: 'Attorney-General' });
  });

  it('keeps hyphenated names and other hyphenated words in the name', () => {
    expect(parseSource('Anna-Lena Vogel')).toMatchObject({ name: 'Anna-Lena Vogel', role: null });
    expect(parseSource('Jean-Pierre Martin-Duval')).toMatchObject({ name: 'Jean-Pierre Martin-Duval', role: null });
  });
});
