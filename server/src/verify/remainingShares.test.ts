import { describe, expect, it } from 'vitest';
import { textAndMessage } from './testing.js';

/** The "rest" findings of a plain-text article: the flagged text and its message. */
const check = textAndMessage('percent-parts');

describe('a share called the rest', () => {
  it('completes the shares before it in its sentence to 100%', () => {
    expect(check('Norsk Kraft and Vendel each hold 40%, and the state fund the remaining 20%.\n')).toEqual([]);
    expect(check('Norsk Kraft and Vendel each hold 40%, and the state fund the remaining 30%.\n')).toEqual([
      { text: '30%', message: '“30%” called the rest does not complete the shares before it (line 1): 2 × 40% + 30% is 110%' },
    ]);
    expect(check('Local films took 37.5% of ticket sales, with imports taking the remaining 52.5%.\n')).toEqual([
      { text: '52.5%', message: '“52.5%” called the rest does not complete the shares before it (line 1): 37.5% + 52.5% is 90%' },
    ]);
  });

  it('leaves changes, rounding, and a rest that opens its own sentence alone', () => {
    expect(check('Sales rose 5%, and the family kept the remaining 30%.\n')).toEqual([]);
    expect(check('The Greens won 33%, Labour 33% and others the remaining 33%.\n')).toEqual([]);
    expect(check('A small number, 17%, said they would not miss it. The remaining 33% said they used it every day.\n')).toEqual([]);
  });
});
