import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analysis/analyze.js';
import { checkArticle } from './article.js';
import { textRelatedAndMessage } from './testing.js';

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

/** The percent-parts findings with their messages. */
const withMessage = textRelatedAndMessage('percent-parts');

const recovered = (share: string) =>
  `A club treasurer who stole £2.4m has been jailed.\n\nHe spent nearly £1m on gambling.\n\nThe club said it had recovered £790,000, ${share}, by selling his flat.\n`;

describe('an amount given with its share of a total named earlier as a fraction in words', () => {
  it('flags a fraction that no earlier total fits', () => {
    expect(withMessage(recovered('about a third of the total'))).toEqual([]);
    expect(withMessage(recovered('less than a quarter of the sum stolen'))).toEqual([
      { text: 'less than a quarter of the sum', related: ['£790,000', '£2.4m'], message: '“less than a quarter of the sum” does not match “£790,000” of “£2.4m”: that is 32.9%' },
    ]);
  });

  it('takes "nearly" as at most the amount, not its written rounding', () => {
    // "nearly £1m" with the rounding of its last digit would be £500,000 to £1.5m, and £790,000
    // could then be half of it.
    expect(withMessage(recovered('about half of the total')).map((f) => f.text)).toEqual(['about half of the total']);
  });

  it('reads a count against an earlier count of the noun it names', () => {
    const rifles = (share: string) => `Police seized 60 weapons in raids across the city on Tuesday.\n\nThey included 40 rifles, ${share}, and a rocket launcher.\n`;
    expect(withMessage(rifles('two-thirds of the weapons'))).toEqual([]);
    expect(withMessage(rifles('a quarter of the weapons')).map((f) => f.text)).toEqual(['a quarter of the weapons']);
  });

  it('is left alone with no earlier total of its noun', () => {
    expect(withMessage('The firm made £40m last year.\n\nIt paid £20m, a third of its budget, to contractors.\n')).toEqual([]);
    expect(withMessage('Police seized 60 knives on Tuesday. They included 40 rifles, a quarter of the weapons.\n')).toEqual([]);
  });
});

describe('a count or amount with its percentage of a whole named right after it', () => {
  it('flags a percentage that does not match the level over the whole', () => {
    const cuts = 'The carmaker will cut 4,000 jobs, about 9% of its workforce of 44,000.\n';
    expect(withMessage(cuts)).toEqual([]);
    expect(withMessage(cuts.replace('about 9%', 'about 12%'))).toEqual([
      { text: 'about 12%', related: ['4,000 jobs', '44,000'], message: '“about 12%” does not match “4,000 jobs” of “44,000”: that is 9.1%' },
    ]);
  });

  it('reads a fraction after a place too ("in Sweden, half its workforce")', () => {
    const staff = 'The carmaker has a workforce of 44,000.\n\nIt employs about 22,000 people in Sweden, half its workforce.\n';
    expect(withMessage(staff)).toEqual([]);
    expect(withMessage(staff.replace('22,000', '32,000')).map((f) => f.text)).toEqual(['half']);
  });
});

describe('a fraction after "N of its M"', () => {
  it('reads the fraction as N over M, not M over an earlier total ("350 of its 1,400 jobs, a quarter" was flagged against the port\'s 4,200)', () => {
    const port = (fraction: string) =>
      `The port employs 4,200 people. Nordvik Shipping said it had cut 350 of its 1,400 jobs, ${fraction} of its workforce.\n`;
    expect(check(port('a quarter'))).toEqual([]);
    expect(check(port('a third'))).toEqual([{ text: 'a third', related: ['350', '1,400 jobs'] }]);
  });
});
