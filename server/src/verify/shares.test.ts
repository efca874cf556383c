import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analysis/analyze.js';
import { checkArticle } from './article.js';

/** The findings of a plain-text article on shares of a total, as text and related figures. */
function check(text: string) {
  return checkArticle(text, analyzeText(text, 'plaintext'))
    .filter((f) => f.kind === 'percent-parts')
    .map((f) => ({ text: f.text, related: f.related.map((r) => r.text) }));
}

const budget = (care: string, children: string) =>
  `The city's budget for next year is £420m. Housing takes £105m, or ${care} of the total, schools £84m (${children}) and roads £21m (5%).\n`;

describe('amounts given with their share of the total the sentence before states', () => {
  it('flags a share that does not match its amount over the total', () => {
    expect(check(budget('30%', '20%'))).toEqual([{ text: '30%', related: ['£105m', '£420m'] }]);
    expect(check(budget('25%', '28%'))).toEqual([{ text: '28%', related: ['£84m', '£420m'] }]);
  });

  it('allows rounding, and leaves changes and totals in the same sentence alone', () => {
    expect(check(budget('25%', '20%'))).toEqual([]);
    // A change, not a share; and no total in the sentence before.
    expect(check('The city\'s budget is £420m. Housing takes £105m (up 12%) and schools £84m.\n')).toEqual([]);
    expect(check('Housing takes £105m, or 30% of the total, this year.\n')).toEqual([]);
  });
});
