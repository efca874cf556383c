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

describe('a measure shared out per member of a group', () => {
  it('"20,000 tonnes of waste a year, or two tonnes each" for 40,000 residents was not checked', () => {
    expect(check('Kilnsea\'s 40,000 residents produce 20,000 tonnes of waste a year, or half a tonne each.\n')).toEqual([]);
    expect(check('Kilnsea\'s 40,000 residents produce 20,000 tonnes of waste a year, or two tonnes each.\n')).toEqual([
      {
        text: 'two tonnes',
        related: ['20,000 tonnes', '40,000 residents'],
        message: '“two tonnes” does not match “20,000 tonnes” shared among “40,000 residents”: that is about 0.5 tonnes each',
      },
    ]);
    // Another unit of the same mass, and a member named after "per".
    expect(check('The town\'s 40,000 residents throw away 20,000 tonnes of rubbish a year - about 500kg per resident.\n')).toEqual([]);
    expect(check('The town\'s 40,000 residents throw away 20,000 tonnes of rubbish a year - about 50kg per resident.\n').map((f) => f.message)).toEqual([
      '“about 50kg per resident” does not match “20,000 tonnes” shared among “40,000 residents”: that is about 500 kg each',
    ]);
    // The group counted between the total and the share.
    expect(check('The harbour handled 1.8 million tonnes of freight last year for Kilnsea\'s 90,000 residents, or 20 tonnes each.\n')).toEqual([]);
    expect(check('The harbour handled 1.8 million tonnes of freight last year for Kilnsea\'s 90,000 residents, or 40 tonnes each.\n').map((f) => f.text)).toEqual(['40 tonnes']);
  });

  it('leaves alone a share that is not the total over the group', () => {
    expect(check('The 12 ships carry 3,000 tonnes, or 250 tonnes each.\n')).toEqual([]);
    // "the heaviest 25 tonnes each" is one of them, not the share; a percentage is no measure.
    expect(check('The 40 lorries carried 800 tonnes, the heaviest 25 tonnes each.\n')).toEqual([]);
    expect(check('The 30 farms lost 2,000 tonnes of grain, or 10% each.\n')).toEqual([]);
    // A share per day of a yearly total.
    expect(check('Kilnsea\'s 40,000 residents produce 20,000 tonnes of waste a year, or about 1.4kg each a day.\n')).toEqual([]);
    // Two groups in one sentence: each share is of the count nearest its total.
    const two = 'Kilnsea\'s 40,000 residents produce 20,000 tonnes of waste a year, or half a tonne each, and its 3,000 businesses produce 9,000 tonnes, or three tonnes each.\n';
    expect(check(two)).toEqual([]);
    expect(check(two.replace('three tonnes', 'six tonnes')).map((f) => f.text)).toEqual(['six tonnes']);
  });
});
