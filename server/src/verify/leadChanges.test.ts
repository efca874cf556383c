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
