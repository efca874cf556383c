import { describe, expect, it } from 'vitest';
import { textRelatedAndMessage } from './testing.js';

/** The per-head findings of a plain-text article, as text and the related figures' texts. */
const check = textRelatedAndMessage('per-head');

describe('an amount shared out per member of a group the article counts', () => {
  it('flags a share that does not match the amount over the group', () => {
    expect(check('Some 2.1 million households were hit. The repairs came to £630m, or £400 per household.\n')).toEqual([
      {
        text: '£400 per household',
        related: ['£630m', 'Some 2.1 million households'],
        message: '“£400 per household” does not match “£630m” shared among “Some 2.1 million households”: that is about £300 each',
      },
    ]);
    expect(check('Some 2.1 million households were hit. The repairs came to £630m - or £400 per household.\n').map((f) => f.text)).toEqual(['£400 per household']);
    const text = 'About 480,000 people live with the disease.\n\nIts cost is £21bn a year, or roughly £65,000 for each person with it.\n';
    expect(check(text).map((f) => f.text)).toEqual(['roughly £65,000']);
  });

  it('reads the group counted right after the share, and the total the sentence\'s subject names', () => {
    const text = (each: string) => `The town faces a £9m shortfall next year.\n\nThe shortfall amounts to about ${each} for each of the town's 60,000 residents.\n`;
    expect(check(text('£200')).map((f) => f.message)).toEqual(['“about £200” does not match “£9m” shared among “60,000 residents”: that is about £150 each']);
    expect(check(text('£150'))).toEqual([]);
    // No amount of the subject's noun before it: nothing to divide.
    expect(check('The gap amounts to about £200 for each of the town\'s 60,000 residents.\n')).toEqual([]);
  });

  it('allows qualifiers and rounding, and needs the group counted just before', () => {
    expect(check('About 480,000 people live with the disease.\n\nIts cost is £21bn a year, or roughly £44,000 for each person with it.\n')).toEqual([]);
    expect(check('Some 2.1 million households were hit. The repairs came to £630m, or £300 per household.\n')).toEqual([]);
    // No count of the group, or one of another group: nothing to divide by.
    expect(check('The repairs came to £630m, or £400 per household.\n')).toEqual([]);
    expect(check('Some 2.1 million cars were hit. The repairs came to £630m, or £400 per household.\n')).toEqual([]);
    // Too far back: three sentences before.
    expect(check('Some 2.1 million households were hit. Roads shut. Schools shut. The repairs came to £630m, or £400 per household.\n')).toEqual([]);
  });
});

describe('an amount for each member of a group and the total it makes', () => {
  it('flags a total that is not the amount times the group', () => {
    expect(check('Each of the 340 schools will receive £25,000, a total of £9.5m.\n')).toEqual([
      { text: '£9.5m', related: ['340 schools', '£25,000'], message: '“£9.5m” is not “£25,000” for each of “340 schools”: that is £8.5m' },
    ]);
    expect(check('Each of the 340 schools will receive £25,000, a total of £8.5m.\n')).toEqual([]);
    expect(check('The 1,200 nurses will each get £1,500, totalling about £1.8m.\n')).toEqual([]);
    expect(check('The 1,200 nurses will each get £1,500, totalling £2.4m.\n').map((f) => f.text)).toEqual(['£2.4m']);
  });

  it('needs "each" between the group and the amount', () => {
    expect(check('The 340 schools will receive £25,000 in grants, a total of £9.5m with the rest.\n')).toEqual([]);
  });
});
