import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFigures } from '../testing/check.js';
import { tokenize } from '../tokens.js';
import { findFigures, findFiguresTryingEveryWord } from './findFigures.js';
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

  it('changes nothing the finder would find by trying every word', () => {
    const article = readFileSync(new URL('../../../../test-fixtures/articles/baltic-border.txt', import.meta.url), 'utf8');
    const sentences = [
      'Officials counted 13,000 voters, 2 450 ballots and 1,234.5 tonnes of grain on Oct. 21, 2021.',
      'More than two hundred and fifty people, dozens of volunteers and a third of the staff left last month.',
      'The fund lost $4.2bn, or 12 per cent, while US $ 5 notes, EUR 50 and Rs. 500 changed hands at 9.30am.',
      'Prices fell - 5 points to .08, about -4 °C, in the 1990s; one in five shops shut for a six-year spell.',
      'Section 427 of the COVID-19 rules, the F-35 and G7 talks, call (555) 123-4567 or see 19th-century maps.',
      'Twenty-one days later, on Thursday, half a million tonnes arrived; earlier this year sales doubled twofold.',
      'The café in Zürich sold seven ½-litre jugs and 3½ pies; İstanbul fans paid £12 and ¥300.',
      'A dozen — no, a-dozen-and-a-half — boxes, per cent of 10, percent of twenty-two, and 24/7 service.',
      'Several hundred people, a few thousand troops and several times a few days passed.',
    ];
    for (const text of [article, ...sentences]) {
      for (const block of text.split(/\n\s*\n/)) {
        for (const sentence of tokenize(block)) {
          expect(findFigures(sentence, block), block.slice(sentence.start, sentence.end)).toEqual(findFiguresTryingEveryWord(sentence, block));
        }
      }
    }
  });
});
