import { describe, expect, it } from 'vitest';
import { findingsOfKind, textAndMessage } from './testing.js';

/** The duration-span findings of a plain-text article: the flagged text and its message. */
const check = textAndMessage('duration-span');

describe('a length of time beside the years it spans', () => {
  it('flags a length the years do not give', () => {
    expect(check('He was mayor for four years, from 2011 to 2013.\n')).toEqual([
      { text: 'four years', message: '“four years” does not match “2011 to 2013”: that is 2 or 3 years' },
    ]);
    expect(check('In the 12 years from 2010 to 2016, output doubled.\n').map((f) => f.text)).toEqual(['12 years']);
  });

  it('allows counting between the ends or taking both in, and one more for "about"', () => {
    expect(check('Holt took the money over six years between 2017 and 2023.\n')).toEqual([]);
    expect(check('Holt took the money over seven years between 2017 and 2023.\n')).toEqual([]);
    expect(check('The dig ran for about eight years, from 2010 to 2016.\n')).toEqual([]);
  });

  it('leaves alone a time ago, a frequency, and a length that is not the range\'s', () => {
    expect(check('Two years ago, between 2019 and 2021, it closed.\n')).toEqual([]);
    expect(check('Prisoners died every two years between 1999 and 2013.\n')).toEqual([]);
    expect(check('A three-year study of records from 1950 to 2010 found nothing.\n')).toEqual([]);
  });
  it('checks months against the months they run between, across a new year too', () => {
    expect(check('Output fell for three months from January to June 2025.\n')).toEqual([
      { text: 'three months', message: '“three months” does not match “January to June 2025”: that is 5 or 6 months' },
    ]);
    expect(check('Prices rose for eight months between March and November last year.\n')).toEqual([]);
    expect(check('The strike lasted four months, from November to March.\n')).toEqual([]);
    expect(check('The strike lasted seven months, from November to March.\n').map((f) => f.text)).toEqual(['seven months']);
  });
});

describe('a length up to now beside the year it runs from', () => {
  const dated = (sentence: string) => `# Chief to step down\n\n*London, 12 March 2026*\n\n${sentence}\n`;
  const spans = (text: string) => findingsOfKind(text, 'duration-span').map((f) => ({ text: f.text, message: f.message }));

  it('checks a time later against an earlier date in its sentence or the one before', () => {
    const text = 'The treasurer was arrested in March 2023 after an audit. She was suspended the same month and dismissed in June, three months later.\n';
    expect(check(text)).toEqual([]);
    expect(check(text.replace('three months later', 'five months later'))).toEqual([
      { text: 'five months later', message: '“five months later” does not match “March 2023” and “June”: that is about 3 months' },
    ]);
    // The gap may run from any earlier date there; a year allows one either way; "later than" is no gap.
    expect(check('He joined the navy in 1990. He was wounded in 2003 and retired in 2005, 15 years later.\n')).toEqual([]);
    expect(check('He joined the navy in 1990. He was wounded in 2003 and retired in 2005, 11 years later.\n').map((f) => f.text)).toEqual(['11 years later']);
    expect(check('The line was approved in 2019 and opened in 2024, four years later. The depot opened in 2026, two years later than planned.\n')).toEqual([]);
  });

  it('is checked against the article\'s date', () => {
    expect(spans(dated('Ms Ortiz, who has led the company for 10 years, since 2016, will step down in June.'))).toEqual([]);
    expect(spans(dated('Ms Ortiz, who has led the company for nine years, since 2016, will step down in June.'))).toEqual([]);
    expect(spans(dated('Ms Ortiz, who has led the company for 12 years, since 2016, will step down in June.'))).toEqual([
      { text: '12 years', message: '“12 years” does not match “since 2016”: that is 9 or 10 years to the article\'s date (2026-03-12)' },
    ]);
    // The year first, the length after it; a month pins the start.
    // Six years and ten months: six, or seven rounded.
    expect(spans(dated('She has run the charity since May 2019, for eight years.')).map((f) => f.text)).toEqual(['eight years']);
    expect(spans(dated('She has run the charity since May 2019, for seven years.'))).toEqual([]);
    expect(spans(dated('She has run the charity since May 2019, for six years.'))).toEqual([]);
  });

  it('leaves alone a length that ended in the past or an article with no date', () => {
    expect(spans(dated('By then he had worked there for 12 years, since 2004.'))).toEqual([]);
    expect(spans('# Chief to step down\n\nMs Ortiz, who has led the company for 12 years, since 2016, will step down.\n')).toEqual([]);
  });
});

describe('a length an activity was spread over against the years the next sentence gives', () => {
  const theft = 'A bookkeeper who took £900,000 from a charity over seven years has been jailed for four years, a court heard on Monday.\n\nAnne Fell, 61, made 310 false claims between 2016 and 2023. She was caught by an auditor.\n';

  it('flags a length the years do not give', () => {
    expect(check(theft)).toEqual([]);
    expect(check(theft.replace('over seven years', 'over five years'))).toEqual([
      { text: 'five years', message: '“five years” does not match “between 2016 and 2023”: that is 7 or 8 years' },
    ]);
  });

  it('needs the range to be the only date of the next sentence, with no year between', () => {
    expect(check(theft.replace('over seven years', 'over five years').replace('She was caught', 'In 2019 she was promoted, and she was caught').replace('. In 2019', ', in 2019'))).toEqual([]);
    expect(check(theft.replace('over seven years has', 'over five years to 2023 has'))).toEqual([]);
    // "for four years" is a sentence, not the span of the theft.
    expect(check(theft.replace('over seven years has been jailed for four years', 'has been jailed for four years'))).toEqual([]);
  });
});

describe('a full date with its distance from the article\'s date', () => {
  const dated = (sentence: string) => `# Budget date set\n\n*Cardiff, 4 February 2027*\n\n${sentence}\n`;
  const relative = (text: string) => findingsOfKind(text, 'relative-time').map((f) => ({ text: f.text, message: f.message }));

  it('flags a distance the dates do not give', () => {
    expect(relative(dated('The minister will set out her plans on 11 February, a week from today.'))).toEqual([]);
    expect(relative(dated('The minister will set out her plans on 11 February, two weeks from today.'))).toEqual([
      { text: 'two weeks from today', message: '“two weeks from today” does not match “11 February”, which is 7 days after the article\'s date (2027-02-04)' },
    ]);
    expect(relative(dated('The talks resume on 7 February, three days from now.'))).toEqual([]);
    expect(relative(dated('The talks resume on 7 February, five days from now.')).map((f) => f.text)).toEqual(['five days from now']);
  });

  it('lets weeks be a day either way, and needs the article\'s date', () => {
    expect(relative(dated('The vote is on 12 February, a week away.'))).toEqual([]);
    expect(relative('The minister will set out her plans on 11 February, two weeks from today.\n')).toEqual([]);
  });
});

describe('a length in days beside the days it runs between', () => {
  it('"began on 3 March, lasted 25 days and ended on 21 March" was not checked', () => {
    expect(check('The strike, which began on 3 March, lasted 19 days and ended on 21 March.\n')).toEqual([]);
    expect(check('The strike, which began on 3 March, lasted 25 days and ended on 21 March.\n')).toEqual([
      { text: '25 days', message: '“25 days” does not match “3 March” to “21 March”: that is 18 or 19 days' },
    ]);
    expect(check('The strike lasted 15 days, from 2 to 16 May.\n')).toEqual([]);
    expect(check('The strike lasted 12 days, from 2 to 16 May.\n')).toEqual([{ text: '12 days', message: '“12 days” does not match “from 2 to 16 May”: that is 14 or 15 days' }]);
    expect(check('The 19-day strike ran from 3 March to 21 March.\n')).toEqual([]);
    expect(check('The 25-day strike ran from 3 March to 21 March.\n').map((f) => f.text)).toEqual(['25-day']);
  });

  it('allows a leap year when the year is not given, and leaves other lengths of days alone', () => {
    expect(check('The walkout began on 25 February and lasted 18 days, ending on 14 March.\n')).toEqual([]);
    expect(check('The walkout began on 25 February and lasted 20 days, ending on 14 March.\n').map((f) => f.message)).toEqual([
      '“20 days” does not match “25 February” to “14 March”: that is 17, 18 or 19 days',
    ]);
    expect(check('The festival, which began on 3 March and ended on 21 March, drew visitors for 10 days of events.\n')).toEqual([]);
    expect(check('The strike began on 3 March, three days after talks broke down, and ended on 21 March.\n')).toEqual([]);
    expect(check('The strike began on 3 March and ended on 21 March, 18 days later.\n')).toEqual([]);
    // Two lengths of days: which one spans the dates is unclear.
    expect(check('The strike began on 3 March and lasted 19 days, ending on 21 March; a second strike lasted 4 days.\n')).toEqual([]);
    // Across the turn of a year.
    expect(check('Prices are frozen for 31 days, from 20 December to 19 January.\n')).toEqual([]);
    expect(check('Prices are frozen for 20 days, from 20 December to 19 January.\n').map((f) => f.text)).toEqual(['20 days']);
  });

  it('"walked out on 3 March and returned on 21 March, 25 days later" was not checked', () => {
    expect(check('Dockers walked out on 3 March and went back on 21 March, 18 days later.\n')).toEqual([]);
    expect(check('Dockers walked out on 3 March and went back on 21 March, 25 days later.\n')).toEqual([
      { text: '25 days later', message: '“25 days later” does not match “3 March” to “21 March”: that is 18 days' },
    ]);
    // A release "two days later" than one date, with no start before it, is another gap.
    expect(check('The film opened in the US on 9 November, with a UK release two days later.\n')).toEqual([]);
  });
});
