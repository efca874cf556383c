import { describe, expect, it } from 'vitest';
import { textRelatedAndMessage } from './testing.js';

/** The amount-change findings of a plain-text article, which margins between two shares are. */
const check = textRelatedAndMessage('amount-change');

describe('a margin in points between two shares', () => {
  it('"a lead of 12 points" after 41% and 33% was not checked', () => {
    expect(check('In the first round Berg won 41%, ahead of Reed on 33%, a lead of eight points.\n')).toEqual([]);
    expect(check('In the first round Berg won 41%, ahead of Reed on 33%, a lead of 12 points.\n')).toEqual([
      { text: '12 points', related: ['41%', '33%'], message: '“12 points” is not the margin between “41%” and “33%”: that is 8 points' },
    ]);
    expect(check('Berg won 41% to Reed\'s 33%, an eight-point lead.\n')).toEqual([]);
    expect(check('Berg won 41% to Reed\'s 33%, a 12-point lead.\n').map((f) => f.text)).toEqual(['12-point']);
    expect(check('Berg (41%) is eight points ahead of Reed (33%).\n')).toEqual([]);
    expect(check('Berg (41%) is 12 points ahead of Reed (33%).\n').map((f) => f.text)).toEqual(['12 points']);
    expect(check('In a staff ballot, 62% backed the pay offer and 35% opposed it, a margin of 27 points.\n')).toEqual([]);
    expect(check('In a staff ballot, 62% backed the pay offer and 35% opposed it, a margin of 17 points.\n').map((f) => f.text)).toEqual(['17 points']);
  });

  it('"beat Reed by 12 points, 41% to 33%" was not checked (the shares read as one range, the margin as a count of points)', () => {
    expect(check('Berg beat Reed by eight points, 41% to 33%.\n')).toEqual([]);
    expect(check('Berg beat Reed by 12 points, 41% to 33%.\n')).toEqual([
      { text: '12 points', related: ['41%', '33%'], message: '“12 points” is not the margin between “41%” and “33%”: that is 8 points' },
    ]);
    // Points of a league table are no margin between shares.
    expect(check('City beat United by 12 points, 41 to 33.\n')).toEqual([]);
  });

  it('allows the rounding of each share, and leaves alone shares that are not the two rivals\'', () => {
    expect(check('Berg won 41.4% to Reed\'s 33.1%, a lead of 8 percentage points.\n')).toEqual([]);
    // Turnout in another clause, a third party's share, another change in points, or three shares.
    expect(check('Turnout was 64%, and Berg won 41%, a lead of eight points over Reed.\n')).toEqual([]);
    expect(check('Berg, on 41%, leads Reed by eight points, with Lind on 12%.\n')).toEqual([]);
    expect(check('With Lind on 12%, Berg on 41% leads Reed by eight points.\n')).toEqual([]);
    expect(check('Labour is on 38%, up two points, a lead of 11 points over the Conservatives on 27%.\n')).toEqual([]);
    expect(check('Berg won 41%, Reed 33% and Lind 12%, a lead of eight points.\n')).toEqual([]);
    // A third party named between the shares and the margin.
    expect(check('Berg won 41% and Reed 33%, with Lind a further 10 points behind.\n')).toEqual([]);
    expect(check('Labour leads with 41%, eight points ahead of the Conservatives, while Reform is on 33%.\n')).toEqual([]);
    // A margin in percent may be relative: not compared.
    expect(check('Berg won 41%, ahead of Reed on 33%, a lead of 12%.\n')).toEqual([]);
  });
});
