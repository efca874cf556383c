import { describe, expect, it } from 'vitest';
import { textRelatedAndMessage } from './testing.js';

/** The percent-change findings of a plain-text article. */
const check = textRelatedAndMessage('percent-change');

describe('a percentage in a lead and its levels in the next sentence', () => {
  const lead = (percent: string) => `Harbourline reported a ${percent} rise in quarterly profit on Thursday.\n\nNet income rose to $612m in the three months to September, from $434m a year earlier.\n`;

  it('is checked when the next sentence is about the same quantity', () => {
    expect(check(lead('41%'))).toEqual([]);
    expect(check(lead('31%'))).toEqual([
      { text: '31%', related: ['$434m', '$612m'], message: '“31%” does not match the change from “$434m” to “$612m” in the next sentence: that is a rise of 41%' },
    ]);
    // A verb before the percentage names the quantity by the word before it.
    expect(check('Pre-tax profits fell 12% to the end of June.\n\nProfits dropped to £88m, from £130m.\n').map((f) => f.text)).toEqual(['12%']);
  });

  it('leaves the percentage alone when the next sentence is about something else or has its own', () => {
    expect(check('Harbourline reported a 31% rise in quarterly profit.\n\nPassenger numbers rose to 3.2 million, from 2.9 million.\n')).toEqual([]);
    expect(check('Harbourline reported a 31% rise in quarterly profit.\n\nNet income rose 41% to $612m, from $434m.\n')).toEqual([]);
    // A level in the percentage's own sentence: percentChanges reads that one.
    expect(check('Harbourline reported a 31% rise in quarterly profit, to $612m.\n\nNet income rose to $612m, from $434m.\n')).toEqual([]);
  });
});

describe('a percentage of change in a named quantity and that quantity\'s levels a few sentences on', () => {
  // Missed plant (review18 results.md): the lead's "increase in passenger numbers" against the second paragraph.
  const text = (percent: string) => `Kestrel Air reported a 31% rise in profit, helped by a ${percent} increase in passenger numbers and higher fares.\n\nRevenue rose to £2.1bn. The airline carried 14.2 million passengers in 2026, up from 12.9 million the year before.\n`;

  it('is checked against the one level of that noun and the level it went up from', () => {
    expect(check(text('10%'))).toEqual([]);
    expect(check(text('14%'))).toEqual([
      { text: '14%', related: ['12.9 million', '14.2 million passengers'], message: '“14%” does not match the change from “12.9 million” to “14.2 million passengers”: that is a rise of 10.1%' },
    ]);
  });

  it('is left alone with two such pairs, or a percentage of the later sentence\'s own', () => {
    expect(check(text('14%') + '\nIts partner carried 3.1 million passengers, up from 2.2 million.\n')).toEqual([]);
    expect(check(text('14%').replace('the year before.', 'the year before, a rise of 10%.'))).toEqual([]);
  });
});
