import { describe, expect, it } from 'vitest';
import { textRelatedAndMessage } from './testing.js';

/** The exchange-rate findings of a plain-text article: the flagged text and its message. */
const check = textRelatedAndMessage('conversion');

describe('amounts converted into another currency in brackets', () => {
  it('flags a conversion at another rate than the article\'s first of the same two currencies', () => {
    const text = 'The lender agreed to pay €4.2bn (£3.6bn) for its rival.\n\nThe merger would save €150m (£150m) a year by 2028.\n';
    expect(check(text)).toEqual([
      {
        text: '£150m',
        related: ['£3.6bn', '€150m'],
        message: '“£150m” converts “€150m” at about £1.00 per €1, but “€4.2bn (£3.6bn)” at about £0.86 per €1: at that rate it is about £129m',
      },
    ]);
    expect(check(text.replace('£150m', '£129m'))).toEqual([]);
  });

  it('compares conversions of any currency the article names, not only those with a symbol', () => {
    // Missed plant (review18 markets.md): ringgit conversions were never compared.
    const text = 'Futures fell to 3,920 ringgit ($849) a tonne. Exports earned about 96bn ringgit ($26.3bn) last year.\n';
    expect(check(text).map((f) => f.text)).toEqual(['$26.3bn']);
    expect(check(text.replace('$26.3bn', '$20.8bn'))).toEqual([]);
  });

  it('compares conversions made in either direction', () => {
    const text = 'The club paid £50m ($63m) for the striker. A rival bid of $90m (£85m) was turned down.\n';
    expect(check(text).map((f) => f.text)).toEqual(['£85m']);
    expect(check(text.replace('£85m', '£71m'))).toEqual([]);
  });

  it('allows the rounding of both amounts and a small move of the rate', () => {
    // £1bn ($1.3bn) allows 1.25 to 1.35 dollars a pound; $2m (£1.5m) stays within it, give or take.
    const text = 'The fund holds £1bn ($1.3bn). Its fees came to $2m (£1.5m) last year.\n';
    expect(check(text)).toEqual([]);
  });

  it('leaves alone amounts of different currencies that are no conversion, and pence', () => {
    // Two conversions of one rate (SEK 9bn to €0.8bn, €3bn to SEK 34bn); "€2bn and SEK 9bn" and "against £1bn" are none.
    expect(check('The bank earned €2bn and SEK 9bn (€0.8bn), while its rival made €3bn (SEK 34bn) against £1bn.\n').map((f) => f.text)).toEqual([]);
    expect(check('Shares rose 40p (€0.47) to £3.20 (€3.75), and the dividend is 12p (€0.30).\n')).toEqual([]);
  });
});

describe('the article\'s rate', () => {
  it('is the one most conversions agree with, so one stray conversion is flagged and not the others', () => {
    const text = 'The film took $19.5m (£15m) in three days. Its rival made $75m (£40m), and the sequel $46.8m (£24.8m).\n';
    expect(check(text).map((f) => f.message)).toEqual([
      '“£15m” converts “$19.5m” at about £0.77 per $1, but “$75m (£40m)” at about £0.53 per $1: at that rate it is about £10.4m',
    ]);
  });

  it('is not compared across two different years', () => {
    const text = 'The carmaker turned a 512bn yen ($4.8bn) loss in 2001 into a 287bn yen ($2.3bn) profit the following year.\n';
    expect(check(text)).toEqual([]);
    expect(check(text.replace(' the following year', ' in 2001')).map((f) => f.text)).toEqual(['$2.3bn']);
  });
});

describe('a slip of scale', () => {
  it('is flagged even between two years', () => {
    const text = 'Streams were worth $30 million (£15.8 million) in 2005 and will be worth $2.4 billion (£12.6 million) by 2010.\n';
    expect(check(text).map((f) => f.text)).toEqual(['£12.6 million']);
    expect(check(text.replace('£12.6 million', '£1.26 billion'))).toEqual([]);
  });
});

describe('a conversion no other one checks', () => {
  it('is held to the rates its two currencies have had since 1995', () => {
    // "$10m (£19.2m)" is £1.92 a dollar; the pound has never been worth less than $1.03.
    expect(check('The firm earned $10m (£19.2m) in the quarter.\n')).toEqual([
      { text: '£19.2m', related: ['$10m'], message: '“£19.2m” converts “$10m” at about £1.92 per $1; since 1995 the rate has been between £0.47 per $1 and £0.97 per $1' },
    ]);
    expect(check('The firm earned $10m (£5.2m) in the quarter, and Beijing set aside 800bn yuan ($112bn).\n')).toEqual([]);
    expect(check('Beijing set aside 800bn yuan ($212bn).\n').map((f) => f.text)).toEqual(['$212bn']);
    // Currencies without a band (the rouble, redenominated and far more volatile) are left alone.
    expect(check('The deal is worth 90bn roubles ($900m).\n')).toEqual([]);
  });
});

describe('a rate the article states', () => {
  it('is the article\'s rate, whatever the conversions agree on', () => {
    const text = 'The fund lost $40m (€37m) and $25m (€23m), and sold assets for $10m (€7m).\n\n($1 = 0.9234 euros)\n';
    expect(check(text)).toEqual([
      {
        text: '€7m',
        related: ['0.9234 euros', '$10m'],
        message: '“€7m” converts “$10m” at about €0.70 per $1, but the article\'s rate is “$1 = 0.9234 euros”: at that rate it is about €9.23m',
      },
    ]);
    expect(check(text.replace('(€7m)', '(€9.2m)'))).toEqual([]);
    // One conversion alone is checked against the stated rate.
    expect(check('The fund sold assets for $10m (€7m).\n\n($1 = 0.9234 euros)\n').map((f) => f.text)).toEqual(['€7m']);
  });
});
