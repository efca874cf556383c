import { describe, expect, it } from 'vitest';
import { textRelatedAndMessage } from './testing.js';

/** The amount-change findings of a plain-text article. */
const check = textRelatedAndMessage('amount-change');

describe('a running total after an addition', () => {
  it('is the addition plus the level before it', () => {
    const text = 'The trust has recovered £730,000 by selling the villa. A further £410,000 is expected from the sale of the boats, which would bring the total recovered to £1.14m.\n';
    expect(check(text)).toEqual([]);
    expect(check(text.replace('£1.14m', '£1.34m'))).toEqual([
      { text: '£1.34m', related: ['£730,000', '£410,000'], message: '“£1.34m” is not “£730,000” plus “£410,000”: that is £1.14m' },
    ]);
    expect(check('Police held 30 people on Friday. Another 12 were held on Saturday, bringing the total to 52.\n').map((f) => f.message)).toEqual([
      '“52” is not “30 people” plus “12”: that is 42',
    ]);
  });

  it('allows any level before it, or their sum, and needs one', () => {
    expect(check('Divers found 14 bodies on Monday and 9 on Tuesday. Another 6 were found on Wednesday, bringing the death toll to 29.\n')).toEqual([]);
    expect(check('The chain has 300 shops and will open another 40 this year, taking the total to 340.\n')).toEqual([]);
    expect(check('Another 40 shops will open this year, taking the total to 390.\n')).toEqual([]);
  });
});
