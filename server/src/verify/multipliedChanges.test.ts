import { describe, expect, it } from 'vitest';
import { textAndMessage } from './testing.js';

/** The findings on multiples of change in a plain-text article: the flagged text and its message. */
const check = textAndMessage('multiple');

describe('a change written as a multiple', () => {
  it('is checked against the levels "to" and "from" in its sentence', () => {
    expect(check('Profits at the lender doubled to £4.1bn from £2.3bn.\n')).toEqual([]);
    expect(check('Profits at the lender more than doubled to £4.1bn from £2.3bn.\n')).toEqual([
      { text: 'more than doubled', message: '“more than doubled” does not match the change from “£2.3bn” to “£4.1bn”: that is 1.78 times' },
    ]);
    expect(check('Orders halved to 96 from 201 last year.\n')).toEqual([]);
    expect(check('Orders halved from 301 to 96 last year.\n')).toEqual([
      { text: 'halved', message: '“halved” does not match the change from “301” to “96”: that is 0.32 times' },
    ]);
    // A multiple the finder reads, after a verb of change.
    expect(check('Net income rose almost sevenfold to $9.2bn from $1.1bn.\n')).toEqual([
      { text: 'almost sevenfold', message: '“almost sevenfold” does not match the change from “$1.1bn” to “$9.2bn”: that is 8.36 times' },
    ]);
    expect(check('Net income rose almost sevenfold to $9.2bn from $1.4bn.\n')).toEqual([]);
  });

  it('compares shares as levels too', () => {
    expect(check('The Homeland party more than doubled its share to 15.2%, from 7.1%, and will have 24 seats.\n')).toEqual([]);
    expect(check('The Homeland party more than doubled its share to 15.2%, from 8.1%, and will have 24 seats.\n')).toEqual([
      { text: 'more than doubled', message: '“more than doubled” does not match the change from “8.1%” to “15.2%”: that is 1.88 times' },
    ]);
  });

  it('reads the levels in the next sentence when it is about the same quantity', () => {
    const lead = 'Its sales tripled in the three months to October. Revenue rose to $18.1bn, from ';
    expect(check(lead + '$5.9bn a year earlier.\n')).toEqual([]);
    expect(check(lead + '$7.9bn a year earlier.\n')).toEqual([
      { text: 'tripled', message: '“tripled” does not match the change from “$7.9bn” to “$18.1bn”: that is 2.29 times' },
    ]);
    // Another quantity in the next sentence, or levels in the multiple's own sentence, are not read together.
    expect(check('Its sales tripled last quarter. Profits rose to $9.1bn, from $7.9bn.\n')).toEqual([]);
    expect(check('Its sales tripled to $18.1bn last quarter. Revenue rose to $18.1bn, from $7.9bn.\n')).toEqual([]);
  });
});
