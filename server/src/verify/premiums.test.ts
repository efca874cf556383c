import { describe, expect, it } from 'vitest';
import { textRelatedAndMessage } from './testing.js';

/** The percent-change findings of a plain-text article, which premiums and discounts are. */
const check = textRelatedAndMessage('percent-change');

describe('a premium or a discount', () => {
  it('is checked against the offer and the price it is measured on', () => {
    expect(check('Kestrel is offering 310p a share in cash, a premium of 24% to the closing price of 250p on Friday.\n')).toEqual([]);
    expect(check('Kestrel is offering 310p a share in cash, a premium of 34% to the closing price of 250p on Friday.\n')).toEqual([
      { text: '34%', related: ['310p a share', '250p'], message: '“34%” does not match a premium of “310p a share” on “250p”: that is 24%' },
    ]);
    expect(check('The bid of $41.50 per share is a premium of about 27% over the 30-day average price of $32.60.\n')).toEqual([]);
    expect(check('The offer values Brightwell at £2.9bn, a discount of 12% to its net asset value of £3.3bn.\n')).toEqual([]);
    expect(check('The offer values Brightwell at £2.9bn, a discount of 21% to its net asset value of £3.3bn.\n').map((f) => f.text)).toEqual(['21%']);
  });

  it('takes the offer per share over a total beside it', () => {
    expect(check('Halden bid 245p a share, valuing the group at £2.9bn, a premium of 38% to the closing price of 177.5p.\n')).toEqual([]);
    expect(check('Halden bid £2.45 a share, valuing the group at £2.9bn, a premium of 38% to the closing price of £1.775.\n')).toEqual([]);
  });

  it('leaves a premium alone without both prices in its sentence', () => {
    expect(check('Shareholders will receive a premium of 38% to the closing price of 177.5p.\n')).toEqual([]);
    expect(check('The offer of 245p is generous. It is a premium of 30% to the closing price of 177.5p.\n')).toEqual([]);
    expect(check('Insurers charged 120p a policy, a premium of 5% on the 2.1bn pounds paid out.\n')).toEqual([]);
  });
});

/** The amount-change findings, which a premium given as an amount is. */
const amounts = textRelatedAndMessage('amount-change');

describe('a premium or a discount given as an amount', () => {
  it('"$42,000, a premium of $9,000 over the old one, which cost $36,000" was not checked', () => {
    expect(amounts('The new model costs $42,000, a premium of $6,000 over the old one, which cost $36,000.\n')).toEqual([]);
    expect(amounts('The new model costs $42,000, a premium of $9,000 over the old one, which cost $36,000.\n')).toEqual([
      { text: '$9,000', related: ['$42,000', '$36,000'], message: '“$9,000” does not match a premium of “$42,000” on “$36,000”: that is $6,000' },
    ]);
    expect(amounts('Tickets cost £45, a discount of £15 on the usual price of £60.\n')).toEqual([]);
    expect(amounts('Tickets cost £45, a discount of £25 on the usual price of £60.\n').map((f) => f.text)).toEqual(['£25']);
    expect(amounts('The flagship cost £84m, a premium of £20m over its sister ship, which cost £72m.\n').map((f) => f.text)).toEqual(['£20m']);
    expect(amounts('The shares closed at 250p, a discount of 60p to the offer price of 310p.\n')).toEqual([]);
    expect(amounts('The shares closed at 250p, a discount of 40p to the offer price of 310p.\n').map((f) => f.message)).toEqual([
      '“40p” does not match a discount of “250p” on “310p”: that is 60p',
    ]);
  });

  it('allows rounding and leaves alone a premium not tied to the price before it', () => {
    // "£450,000" is rounded to £10,000s: a premium of £40,000 to £60,000 fits.
    expect(amounts('The house sold for £450,000, a premium of £50,000 over the asking price of £400,000.\n')).toEqual([]);
    expect(amounts('The offer of £4.50 is generous. It is a premium of 90p over the closing price of £3.20.\n')).toEqual([]);
    // A price per share against a total, or no price after the premium.
    expect(amounts('Halden bid 245p a share, a premium of 60p to the total of 177p.\n')).toEqual([]);
    expect(amounts('The new model costs $42,000, a premium of $9,000 over the old one.\n')).toEqual([]);
  });
});
