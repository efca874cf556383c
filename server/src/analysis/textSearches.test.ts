import fc from 'fast-check';
import { fraction } from './testing/arbitraries.js';
import { describe, expect, it } from 'vitest';
import { defaultSeverities, problemsOf } from './problems.js';
import { TextSearches } from './textSearches.js';
import type { Attribution } from './types.js';

/** The first qualifying position, read from scratch. */
function fresh(text: string, needle: string, test: (at: number) => boolean): number {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) if (test(at)) return at;
  return -1;
}

// A test that reads a window on both sides of the occurrence: a capitalised word right before it
// (within 6 characters) and no letter right after it.
const before = 6;
const after = 1;
const qualifies = (text: string, needle: string) => (at: number) =>
  /[A-Z][a-z]+ $/.test(text.slice(Math.max(0, at - before), at)) && !/[a-z]/.test(text.charAt(at + needle.length));

describe('TextSearches', () => {
  it('gives the answer of a search from scratch through any sequence of versions', () => {
    const piece = fc.constantFrom('Lowe', 'Lowes', 'Ann ', 'Mr ', ' ', '.', 'x', '\n\n', 'Ann Lowe', 'Lo', 'we');
    const textArb = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    const editArb = fc.record({ at: fraction(), length: fc.nat({ max: 12 }), insert: fc.array(piece, { maxLength: 4 }).map((p) => p.join('')) });
    // Each step either edits the last text or jumps to an unrelated one.
    const stepArb = fc.oneof({ weight: 4, arbitrary: editArb }, { weight: 1, arbitrary: textArb });
    fc.assert(
      fc.property(textArb, fc.array(stepArb, { maxLength: 12 }), fc.constantFrom('Lowe', 'we', 'Ann Lowe'), (start, steps, needle) => {
        const searches = new TextSearches();
        let text = start;
        for (let i = 0; i <= steps.length; i++) {
          if (i > 0) {
            const step = steps[i - 1];
            if (typeof step === 'string') text = step;
            else {
              const at = Math.floor(step.at * text.length);
              text = text.slice(0, at) + step.insert + text.slice(Math.min(text.length, at + step.length));
            }
          }
          searches.begin(text);
          expect(searches.first('anywhere', needle, 0, 0, () => true)).toBe(text.indexOf(needle));
          expect(searches.first('named', needle, before, after, qualifies(text, needle))).toBe(fresh(text, needle, qualifies(text, needle)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('forgets a name the run before did not ask for', () => {
    const searches = new TextSearches();
    searches.begin('Ann Lowe spoke.');
    expect(searches.first('anywhere', 'Lowe', 0, 0, () => true)).toBe(4);
    searches.begin('Ann Lowe spoke!');
    searches.begin('Lowe spoke!');
    expect(searches.first('anywhere', 'Lowe', 0, 0, () => true)).toBe(0);
  });
});

describe('attribution problems with searches kept across versions', () => {
  // "Lowe said" with the full name written elsewhere in the article, far from the speaker: an edit
  // there decides whether the surname-only speaker is incomplete.
  const filler = 'The court sat late into the evening. '.repeat(40);
  const said = (text: string): Attribution => {
    const start = text.indexOf('Lowe said');
    return { cue: { start: start + 5, end: start + 9 }, source: { start, end: start + 4 }, content: { start: start + 10, end: start + 30 }, type: 'indirect', speaker: 'Lowe', role: 'a baker', surnameOnly: true };
  };
  const messages = (text: string, searches?: TextSearches) => problemsOf({ figures: [], attributions: [said(text)], claims: [] }, defaultSeverities, text, searches).map((p) => p.message);

  it('reads an edit of the full name far from the speaker', () => {
    const versions = [
      `Lowe said the ovens were cold. ${filler}Gareth Lowe owns the bakery.`,
      `Lowe said the ovens were cold. ${filler}Lowe owns the bakery.`,
      `Lowe said the ovens were cold. ${filler}Mr Lowe owns the bakery.`,
      `Lowe said the ovens were cold. ${filler}Mr Gareth Lowe owns the bakery.`,
      `Lowe said the ovens were cold. ${filler.slice(20)}Mr Gareth Lowe owns the bakery.`,
      `Gareth Lowe, 54, ran it. Lowe said the ovens were cold. ${filler.slice(20)}Mr Lowe owns the bakery.`,
      `Lowe said the ovens were cold. ${filler.slice(20)}Mr Lowe owns the bakery.`,
    ];
    const searches = new TextSearches();
    const kept = versions.map((text) => messages(text, searches));
    expect(kept).toEqual(versions.map((text) => messages(text)));
    expect(kept.map((m) => m.length)).toEqual([0, 1, 1, 0, 0, 0, 1]);
  });
});
