import { describe, expect, it } from 'vitest';
import { textRelatedAndMessage } from './testing.js';

/** The direction findings of a plain-text article: the flagged text, the level it is compared with, and the message. */
const check = textRelatedAndMessage('change-direction');

describe('a level said to be below or above a level it names', () => {
  it('is checked against it in its sentence', () => {
    // Missed plant (review17 crime.md), written here in one sentence.
    expect(check('Police recorded 41,230 burglaries, below the peak of 38,000 in 2017.\n')).toEqual([
      { text: '41,230 burglaries', related: ['38,000'], message: '“41,230 burglaries” is said to be below “38,000”, but it is higher' },
    ]);
    expect(check('Police recorded 41,230 burglaries, below the peak of 48,000 in 2017.\n')).toEqual([]);
    expect(check('The average price reached £287,300, above the previous record of £291,000.\n').map((f) => f.text)).toEqual(['£287,300']);
    expect(check('The index closed at 8,214, still below its record high of 7,900.\n').map((f) => f.text)).toEqual(['8,214']);
    expect(check('The index closed at 8,214, still below its record high of 8,300.\n')).toEqual([]);
    // After the level it came from, the comparison is of the level the change led to (missed plant, review18 results.md).
    const text = 'The airline carried 14.2 million passengers in 2026, up from 12.9 million the year before, but still below the 2019 peak of 15.3 million.\n';
    expect(check(text)).toEqual([]);
    expect(check(text.replace('15.3 million', '13.6 million')).map((f) => f.text)).toEqual(['14.2 million passengers']);
  });

  it('is the last level counting the subject of a sentence that compares it, in the sentences before', () => {
    const text = 'Police recorded 41,230 burglaries in the year to June.\n\nThe Metropolitan Police recorded 9,870 thefts.\n\nBurglaries are now 6% lower than before the pandemic, but remain above the peak of 44,000 in 2017.\n';
    expect(check(text)).toEqual([
      { text: '41,230 burglaries', related: ['44,000'], message: '“41,230 burglaries” is said to be above “44,000”, but it is lower' },
    ]);
    expect(check(text.replace('44,000', '39,000'))).toEqual([]);
    // "Car burglaries" are not all burglaries: no level counts them. Two levels of burglaries: which is not said.
    expect(check(text.replace('Burglaries are now', 'Car burglaries are now'))).toEqual([]);
    expect(check(text.replace('9,870 thefts', '9,870 burglaries'))).toEqual([]);
  });

  it('leaves alone another clause, an approximate level within 10% and levels of another measure', () => {
    expect(check('Police recorded 41,230 burglaries, while thefts fell, below the peak of 38,000 in 2017.\n')).toEqual([]);
    expect(check('Police recorded about 41,000 burglaries, below the peak of 39,000 in 2017.\n')).toEqual([]);
    expect(check('Prices rose 4%, below the target of £3,000.\n')).toEqual([]);
  });
});
