import { describe, expect, it } from 'vitest';
import { textAndMessage } from './testing.js';

/** The rate findings of a plain-text article: the flagged text and its message. */
const check = textAndMessage('rate');

describe('a rate per head', () => {
  it('is checked against the count and the population its sentence gives', () => {
    expect(check('The county recorded 1,240 cases of mumps, a rate of 22.5 per 100,000 people in a population of 5.5 million.\n')).toEqual([]);
    expect(check('The county recorded 1,240 cases of mumps, a rate of 28.6 per 100,000 people in a population of 5.5 million.\n')).toEqual([
      { text: '28.6 per 100,000 people', message: '“28.6 per 100,000 people” does not match “1,240 cases” in “5.5 million”: that is 22.5 per 100,000 people' },
    ]);
    // A population written as a count of the rate's own noun.
    expect(check('Police logged 930 burglaries among 410,000 residents, or 3.1 per 1,000 residents.\n').map((f) => f.text)).toEqual(['3.1 per 1,000 residents']);
    expect(check('Police logged 930 burglaries among 410,000 residents, or 2.3 per 1,000 residents.\n')).toEqual([]);
  });

  it('leaves a rate alone without a population named as one', () => {
    expect(check('The county recorded 1,240 cases of mumps, a rate of 28.6 per 100,000 people, against 3.2 million last year.\n')).toEqual([]);
    expect(check('There were 4.1 deaths per 1,000 live births.\n')).toEqual([]);
  });
});
