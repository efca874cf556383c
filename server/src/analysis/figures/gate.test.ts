import { describe, expect, it } from 'vitest';
import { checkFigures } from '../testing/check.js';
import { markedOffsets, markFigureStarts } from './gate.js';

// Sentences written for these tests; none is taken from an article or an evaluation set.

/** The words of `text` that hold a mark. */
function markedWords(text: string): string[] {
  const count = markFigureStarts(text, 0, text.length);
  const offsets = Array.from(markedOffsets().subarray(0, count));
  const words: string[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const start = match.index!;
    if (offsets.some((p) => p >= start && p < start + match[0].length)) words.push(match[0]);
  }
  return words;
}

describe('the quick gate before the figure finder', () => {
  it('marks nothing in a sentence without a figure, whatever its everyday words', () => {
    const text = 'They may go home at last, said a spokesman for the city.';
    expect(markFigureStarts(text, 0, text.length + 5)).toBe(0);
    expect(markedWords('A cold night in Zürich passed, per the café owner.')).toEqual([]);
  });

  it('marks digits, symbols and the word or sign written before them', () => {
    expect(markedWords('The fare rose to C $5 while EUR 50 and - 5 and .08 bought little.')).toEqual(['C', '$5', 'EUR', '50', '-', '5', '.08']);
    expect(markedWords('Smith & Sons')).toEqual(['Smith', '&']);
  });

  it('marks spelled numbers, and article, relative and percent words only in the right company', () => {
    expect(markedWords('seven first yesterday twenty-one six-year a-year')).toEqual(['seven', 'first', 'yesterday', 'twenty-one', 'six-year', 'a-year']);
    expect(markedWords('a dozen, a cat, last week, the last word, per cent of, percent rise')).toEqual(['a', 'dozen,', 'last', 'per']);
    expect(markedWords('on Monday they may go in May')).toEqual(['Monday', 'May']);
    expect(markedWords('Café seven')).toEqual(['seven']);
  });

  it('only looks between the offsets it is given', () => {
    const text = 'No figure here. But seven there.';
    expect(markFigureStarts(text, 0, 15)).toBe(0);
    expect(markFigureStarts(text, 16, text.length)).toBe(1);
  });

  it('lets every kind of figure start through to the finder', () => {
    checkFigures('The fare rose to [[C $5]] and then to [[HK $ 12]] while [[EUR 50]] bought little.', [
      { unit: 'CAD', value: 5 }, { unit: 'HKD', value: 12 }, { unit: 'EUR', value: 50 },
    ]);
    checkFigures('Owners in Zürich counted [[seven tables]] and [[a dozen chairs]] [[last week]].', [{ value: 7 }, { value: 12 }, { kind: 'date' }]);
    checkFigures('Only [[percent of 10]] came, and [[an eighth]] of them left [[next Monday]] after a [[six-year]] wait.', [
      { kind: 'percent', value: 10 }, { value: 0.125 }, { unit: 'weekday' }, { unit: 'year', value: 6 },
    ]);
  });
});
