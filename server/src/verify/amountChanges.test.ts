import { describe, expect, it } from 'vitest';
import { textAndMessage } from './testing.js';

/** The findings on amounts of change in a plain-text article: the flagged text and its message. */
const check = textAndMessage('amount-change');

describe('an amount of change', () => {
  it('is checked against the levels "to" and "from" in its sentence', () => {
    expect(check('The number of ferry crossings rose by 1,400 to 14,500 from 13,100 last year.\n')).toEqual([]);
    expect(check('The number of ferry crossings rose by 1,200 to 14,500 from 13,100 last year.\n')).toEqual([
      { text: '1,200', message: '“1,200” does not match the change from “13,100” to “14,500”: that is 1,400' },
    ]);
    // Each level allows its last written digit: 1.52 and 1.59 million are 60,000 to 80,000 apart.
    expect(check('Claimants fell by 70,000 to 1.52 million, from 1.59 million.\n')).toEqual([]);
    expect(check('Claimants fell by 40,000 to 1.52 million, from 1.59 million.\n')).toEqual([
      { text: '40,000', message: '“40,000” does not match the change from “1.59 million” to “1.52 million”: that is 70,000' },
    ]);
    // A qualifier bounds one side; the levels read as one range give their ends.
    expect(check('The asking price fell by more than £600 from £190,329 to £189,733.\n')).toEqual([
      { text: 'more than £600', message: '“more than £600” does not match the change from “£190,329” to “£189,733”: that is £596' },
    ]);
    expect(check('The asking price fell by almost £600 from £190,329 to £189,733.\n')).toEqual([]);
  });

  it('leaves alone levels in another clause and amounts with no levels', () => {
    expect(check('Her wealth rose £300m, to £700m, while his rose from £340m to £400m.\n')).toEqual([]);
    expect(check('Fares rise by £263 to £5,979.\n')).toEqual([]);
  });
});
