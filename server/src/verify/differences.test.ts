import { describe, expect, it } from 'vitest';
import { textRelatedAndMessage } from './testing.js';

/** The amount-change findings of a plain-text article. */
const check = textRelatedAndMessage('amount-change');

describe('a difference between two levels beside one of them', () => {
  it('is checked against the level it is from in its sentence', () => {
    // Missed plant (review18 rail.txt), with the other level in the same sentence.
    expect(check('The bill has risen to £71bn, £15bn more than the £56bn forecast in 2022.\n')).toEqual([]);
    expect(check('The bill has risen to £71bn, £17bn more than the £56bn forecast in 2022.\n')).toEqual([
      { text: '£17bn', related: ['£71bn', '£56bn'], message: '“£17bn more” does not match “£71bn” against “£56bn”: that is £15bn more' },
    ]);
    expect(check('The crossing now takes 38 minutes, 25 minutes less than the 53 minutes it takes today.\n').map((f) => f.message)).toEqual([
      '“25 minutes less” does not match “38 minutes” against “53 minutes”: that is 15 minutes less',
    ]);
    expect(check('The crossing now takes 38 minutes, 15 minutes less than the 53 minutes it takes today.\n')).toEqual([]);
  });

  it('finds the level a sentence names but does not give in the two sentences after it', () => {
    const text = 'The bill has risen to £71bn, £15bn more than the council\'s last forecast. The last forecast of £56bn was made in 2022.\n';
    expect(check(text)).toEqual([]);
    expect(check(text.replace('£15bn more', '£19bn more')).map((f) => f.related)).toEqual([['£71bn', '£56bn']]);
    // The clause may go on after the noun.
    expect(check('The bill has risen to £71bn, £19bn more than the council\'s last forecast, and work will end in 2031. The last forecast of £56bn was made in 2022.\n').map((f) => f.text)).toEqual(['£19bn']);
    // Named by another noun, the level is not taken.
    expect(check(text.replace('£15bn more', '£19bn more').replace('The last forecast of', 'The first budget of'))).toEqual([]);
  });

  it('reads the other level in a clause about the time compared with', () => {
    expect(check('The mill employs 4,100 people, 1,900 fewer than in 2020, when it employed 5,000.\n')).toEqual([
      { text: '1,900', related: ['4,100 people', '5,000'], message: '“1,900 fewer” does not match “4,100 people” against “5,000”: that is 900 less' },
    ]);
    expect(check('The mill employs 4,100 people, 900 fewer than in 2020, when it employed 5,000.\n')).toEqual([]);
    // People and a workforce's noun count the same.
    expect(check('The mill employs 4,100 people, 1,900 fewer than in 2020, when it had 5,000 staff.\n').map((f) => f.related)).toEqual([['4,100 people', '5,000 staff']]);
    expect(check('The mill employs 4,100 people, 900 fewer than in 2020, when it had 5,000 staff.\n')).toEqual([]);
    // "more than a year earlier" is passed over; the gap is written in the difference's scale.
    expect(check('The ferry line carried 4.2 million passengers, 1.4 million more than a year earlier, when it carried 3.15 million.\n').map((f) => f.message)).toEqual([
      '“1.4 million more” does not match “4.2 million passengers” against “3.15 million”: that is 1.05 million more',
    ]);
    expect(check('The ferry line carried 4.2 million passengers, 1.05 million more than a year earlier, when it carried 3.15 million.\n')).toEqual([]);
  });

  it('leaves alone figures of another measure and levels with no difference between', () => {
    expect(check('The bill has risen to £71bn, 15% more than the £56bn forecast in 2022.\n')).toEqual([]);
    expect(check('The bill has risen to £71bn and the council expects £19bn more than the £56bn forecast.\n')).toEqual([]);
  });
});
