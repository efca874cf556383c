import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze.js';
import type { Figure } from '../types.js';
import { describeFigure, formatNumber } from './describe.js';
import { figureMessage } from '../problems.js';

function described(text: string): string[] {
  return analyzeText(text, 'plaintext').figures.map(describeFigure);
}

describe('describeFigure', () => {
  it('keeps the qualifier as written and names the bound', () => {
    expect(described('The war has killed more than 13,000 people.')).toEqual(['more than 13,000 people (lower bound)']);
    expect(described('An estimated 100,000 troops massed near the border.')).toEqual(['An estimated 100,000 troops (approximate)']);
    expect(described('Up to 5,000 people fled.')).toEqual(['Up to 5,000 people (upper bound, inclusive)']);
  });

  it('writes money with its currency and a scale word', () => {
    expect(described('The bank lent $4.2bn and €300,000.')).toEqual(['$4.2 billion', '€300,000']);
    expect(described('The fund holds 9 billion yuan.')).toEqual(['9 billion CNY']);
  });

  it('writes ranges, rates and orders of magnitude', () => {
    expect(described('Homes sell for $370,000 to $5.5 million.')).toEqual(['$370,000 to $5.5 million (range)']);
    expect(described('Brent traded at $52 a barrel.')).toEqual(['$52 per bbl']);
    expect(described('Monitors logged dozens of ceasefire violations.')).toEqual(['dozens of ceasefire violations (roughly 12 to 120)']);
  });

  it('says that a month named alone was given the year nearest the article\'s date', () => {
    const text = 'LISBON, March 2, 2026 - Rents rose 8% in January, after a record in December, and 2% last March.';
    expect(described(text).filter((d) => /January|December|March/.test(d) && !d.startsWith('LISBON') && !d.startsWith('March 2'))).toEqual([
      "January (2026-01, the year nearest the article's date assumed)",
      "December (2025-12, the year nearest the article's date assumed)",
      'last March (2025-03)',
    ]);
  });

  it('writes "times" and "fold" without a plural s (the message said "3 timess" and "6 folds")', () => {
    expect(described('Fares rose three times as fast, and sales sixfold. The pump beats 78,000 times a minute.')).toEqual(['3 times (increase)', '6 fold', '78,000 times per minute']);
    const messages = analyzeText('Fares rose three times as fast.', 'plaintext').figures.map(figureMessage);
    expect(messages).toEqual(['Figure: three times — unchecked (count, 3 times, exact)']);
  });

  it('writes a share written as a fraction as a fraction ("0.6667 ships"), and decimals as written', () => {
    const text = 'Two-thirds of the Kessel ferries, ⅔ of the crews, one in three drivers and 3/4 of staff stayed; between a third and a half of voters left.';
    expect(described(text)).toEqual(['2/3 of Kessel ferries', '2/3 of crews', '1/3 of drivers', '3/4 of staff', '1/3 to 1/2 of voters (range)']);
    expect(analyzeText(text, 'plaintext').figures.map(figureMessage).slice(0, 2)).toEqual([
      'Figure: Two-thirds of the Kessel ferries — unchecked (count, 2/3 of ferries, exact)',
      'Figure: ⅔ of the crews — unchecked (count, 2/3 of crews, exact)',
    ]);
    // The contract's value stays the number.
    expect(analyzeText(text, 'plaintext').figures[0].value).toBeCloseTo(2 / 3, 12);
    // Decimals as the article wrote them, and a whole number with a fraction as a decimal.
    expect(described('Women had 0.8 children each; the works took 2½ years.')).toEqual(['0.8 children', '2.5 years']);
  });

  it('keeps decimals with no leading zero, and says a unit after a fraction in the singular', () => {
    expect(described('The Orsa club stocked .25 calibre rifles.')).toEqual(['0.25 calibre rifles']);
    expect(described('The crossing took half an hour; the bank made a quarter-point cut.')).toEqual(['1/2 hour', '1/4 percentage point']);
    expect(analyzeText('The crossing took half an hour.', 'plaintext').figures.map(figureMessage)).toEqual(['Figure: half an hour — unchecked (duration, 1/2 hour, exact)']);
    expect(described('The crossing took 2½ hours.')).toEqual(['2.5 hours']);
  });

  it('writes a pair with a colon as a ratio', () => {
    expect(described('The ratio of nurses to patients is 1:8.')).toEqual(['1:8 (ratio)']);
  });

  it('says how a month after "since" and a weekday ahead were resolved', () => {
    const text = 'OSLO, November 12, 2026 - Rents have risen since January, and the council will vote on Friday.';
    expect(described(text).filter((d) => /January|Friday/.test(d))).toEqual([
      "since January (2026-01, the last one up to the article's date assumed)",
      'on Friday (2026-11-13, the coming one: the sentence speaks of what is to come)',
    ]);
    expect(described('OSLO, November 12, 2026 - Ice closed the port last winter.').filter((d) => /winter/.test(d))).toEqual([
      'last winter (2025-12 to 2026-02, northern-hemisphere seasons assumed)',
    ]);
  });

  it('writes an earthquake\'s magnitude before its number, and a rate per a number of things', () => {
    expect(described('A 6.2-magnitude quake shook the coast.')).toEqual(['magnitude 6.2']);
    expect(described('The rate was 12.4 cases per 100,000 people.')).toEqual(['12.4 cases per 100,000 people']);
  });

  it('writes a score in the order written', () => {
    expect(described('The visitors won 2-3 after extra time.')).toEqual(['2–3 (score)']);
  });

  it('writes the unit of a range once, an age range as "aged", and a bare unit in the plural', () => {
    expect(described('The walk is 5-10 km; a man in his 20s won 248 of the 460 seats.')).toEqual(['5 to 10 km (range)', 'aged 20 to 29 (range)', '248 seats', '460 seats']);
  });

  it('writes percentages, measures, ages and changes', () => {
    expect(described('Turnout rose 4.5 percentage points.')).toEqual(['4.5 percentage points (increase)']);
    expect(described('The column stretched 40 km in -4 °C.')).toEqual(['40 km', '-4 °C']);
    expect(described('A 50-year-old farmer was hurt.')).toEqual(['50 years old']);
    expect(described('She won in 2:13:22.')).toEqual(['2:13:22 (8,002 seconds, 2 h 13 min 22 s)']);
    // One measure in two parts as written, then its value ("6ft 4in" was "6.333 ft").
    expect(described('The 6ft 4in keeper was out for three years and six months.')).toEqual(['6ft 4in (6.333 ft)', 'three years and six months (3.5 years)']);
    expect(described('The trip took about 2.5 hours.')).toEqual(['about 2.5 hours (approximate)']);
  });

  it('shows the resolution of dates', () => {
    expect(described('LONDON, May 5, 2020 - The vote came seven years ago, and the 1990s were calmer.')).toEqual([
      'May 5, 2020 (2020-05-05)',
      '7 years ago (2013)',
      'the 1990s (1990 to 1999)',
    ]);
  });

  it('marks ordinals', () => {
    const ordinal: Figure = { start: 0, end: 4, text: '19th', kind: 'ordinal', value: 19, unit: null, approx: 'exact' };
    expect(describeFigure(ordinal)).toBe('19th (ordinal)');
  });
});

describe('formatNumber', () => {
  it('uses a scale word only for round amounts', () => {
    expect(formatNumber(4.2e9)).toBe('4.2 billion');
    expect(formatNumber(13000)).toBe('13,000');
    expect(formatNumber(1234567.891)).toBe('1,234,567.891');
    expect(formatNumber(1 / 3)).toBe('0.3333');
  });
});
