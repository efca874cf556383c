import { describe, expect, it } from 'vitest';
import { findingsOfKind, textAndMessage } from './testing.js';

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

  it('reads its levels up to ", and" before a new subject', () => {
    // Missed plant (review18 results.md): the next clause's "to below £350m" was a second "to" level.
    const text = 'Net debt fell by £96m to £412m from £498m, the lowest since 2018, and the company said it expected to cut it to below £350m by 2027.\n';
    expect(check(text).map((f) => f.text)).toEqual(['£96m']);
    expect(check(text.replace('£96m', '£86m'))).toEqual([]);
  });

  it('leaves alone levels in another clause and amounts with no levels', () => {
    expect(check('Her wealth rose £300m, to £700m, while his rose from £340m to £400m.\n')).toEqual([]);
    expect(check('Fares rise by £263 to £5,979.\n')).toEqual([]);
  });

  it('restated after its two levels (", a saving of") is checked against them', () => {
    // Missed plant (review18 rail.txt): the size after the levels was never read.
    expect(check('The new line cuts the trip from 94 minutes to 58 minutes, a saving of 36 minutes.\n')).toEqual([]);
    expect(check('The new line cuts the trip from 94 minutes to 58 minutes, a saving of 46 minutes.\n')).toEqual([
      { text: '46 minutes', message: '“46 minutes” does not match the change from “94 minutes” to “58 minutes”: that is 36' },
    ]);
    // Whole numbers written in full are exact; rounded ones allow their last digit.
    expect(check('Tickets went from £12 to £15, an increase of £4.\n')).toEqual([{ text: '£4', message: '“£4” does not match the change from “£12” to “£15”: that is £3' }]);
    expect(check('Sales rose to £4.2m from £3.1m in 2025, an increase of about £1.1m.\n')).toEqual([]);
    expect(check('Sales rose to £4.2m from £3.1m in 2025, an increase of about £2.1m.\n').map((f) => f.text)).toEqual(['about £2.1m']);
    // Another clause after the levels holds its own change.
    expect(check('Fares rose from £12 to £15, and parking went up, an increase of £4.\n')).toEqual([]);
  });

  it('leaves a fraction in words after the levels to the check of relative changes ("from 12 to nine, a cut of a quarter" was "that is 3")', () => {
    const ferries = (size: string) => `The number of ferries fell from 12 to nine, ${size}.\n`;
    expect(check(ferries('a cut of a quarter'))).toEqual([]);
    expect(check(ferries('a fall of a third'))).toEqual([]);
    expect(findingsOfKind(ferries('a cut of a quarter'), 'percent-change')).toEqual([]);
    // The relative check reads "a cut of" as a change too, and flags a third of 12 that is a quarter.
    expect(findingsOfKind(ferries('a cut of a third'), 'percent-change').map((f) => f.message)).toEqual(['“a third” does not match the change from “12” to “nine”: that is a fall of 25%']);
  });
});
