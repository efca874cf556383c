import { describe, expect, it } from 'vitest';
import { textAndMessage } from './testing.js';

/** The age findings of a plain-text article: the flagged text and its message. */
const check = textAndMessage('inconsistent-ages');

const obituary = (born: string, aged: string, headline = 'dies at 88') =>
  `Ola Brekke, the engineer who built the fjord bridges, ${headline}\n\nBERGEN, Jan. 19, 2027 - Ola Brekke has died ${aged}, his family said on Monday.\n\nBorn in Voss on ${born}, he joined the roads agency in 1962. His wife, the painter Eva Brekke, died in 2015 aged 79.\n`;

describe('the age someone died at', () => {
  it('agrees with the birth date and the article\'s date', () => {
    expect(check(obituary('3 March 1938', 'aged 88'))).toEqual([]);
    // A birthday in the fortnight before the article: 88 if the death came before it, 89 after.
    expect(check(obituary('10 January 1938', 'aged 88'))).toEqual([]);
    expect(check(obituary('10 January 1938', 'aged 89', 'dies at 89'))).toEqual([]);
    // A birthday after the article's date has not come yet.
    expect(check(obituary('25 January 1938', 'aged 89', 'dies at 89')).map((f) => f.text)).toEqual(['89', '89']);
  });

  it('flags an age the birth date does not give, and only that one', () => {
    expect(check(obituary('3 March 1938', 'aged 87'))).toEqual([
      { text: '87', message: '“87” does not match the birth date “3 March 1938” (line 5): born then, the person was 88 at the article\'s date' },
    ]);
    expect(check(obituary('3 March 1941', 'aged 88')).map((f) => f.text)).toEqual(['88', '88']);
  });

  it('checks the headline against the lead when the article gives no birth date', () => {
    const text = obituary('3 March 1938', 'aged 87').replace('Born in Voss on 3 March 1938, he', 'He');
    expect(check(text)).toEqual([{ text: '87', message: '“87” is not the age “88” gives for the same death (line 1)' }]);
    expect(check(text.replace('aged 87', 'aged 88'))).toEqual([]);
  });

  it('leaves alone the deaths of others: a relative, or a death in another year', () => {
    const text = 'Lord Brekke died on Friday aged 92, just 11 days after his wife Eva died aged 91.\n';
    expect(check(text)).toEqual([]);
    expect(check('The poet died in 2001 aged 70. Her brother died in 1990 aged 64.\n')).toEqual([]);
  });
});

describe('an age at a dated event in the subject\'s life', () => {
  const life = (event: string) => `Ola Brekke, the engineer who built the fjord bridges, dies at 88\n\nBERGEN, Jan. 19, 2027 - Ola Brekke has died aged 88, his family said on Monday.\n\nBorn in Voss on 3 March 1938, ${event}\n`;

  it('agrees with the birth date', () => {
    expect(check(life('he opened his first bridge at the age of 31 in 1969.'))).toEqual([]);
    expect(check(life('he opened his first bridge at the age of 36 in 1969.'))).toEqual([
      { text: '36', message: '“36” does not match the birth date “3 March 1938” (line 5): born then, the person was 30 or 31 in 1969' },
    ]);
  });

  it('leaves other people\'s ages, and sentences without one year, alone', () => {
    expect(check(life('he married Eva Lund, aged 24, in 1965.'))).toEqual([]);
    expect(check(life('he retired. His son joined the agency at the age of 19 in 1988.'))).toEqual([]);
    expect(check(life('he opened bridges at the age of 36 in 1969 and 1974.'))).toEqual([]);
  });
});

describe('a living person\'s age beside the birth date', () => {
  const dated = (sentence: string) => `# Singer to retire\n\n*London, 12 March 2026*\n\n${sentence}\n`;

  it('is checked against the article\'s date', () => {
    expect(check(dated('John Marsh, 64, was born on 4 May 1961 in Leeds.'))).toEqual([]);
    expect(check(dated('John Marsh, 66, was born on 4 May 1961 in Leeds.'))).toEqual([
      { text: '66', message: '“66” does not match the birth date “4 May 1961” beside it: born then, the person is 64 at the article\'s date (2026-03-12)' },
    ]);
    // A year alone allows either side of the birthday.
    expect(check(dated('The singer, who was born in 1961, is now 65.'))).toEqual([]);
    expect(check(dated('The singer, who was born in 1961, is now 66.')).map((f) => f.text)).toEqual(['66']);
  });

  it('leaves alone a sentence with a death or another person, or an article with no date', () => {
    expect(check(dated('His wife, who was born in 1961, is now 70.'))).toEqual([]);
    expect(check('# Singer to retire\n\nJohn Marsh, 66, was born on 4 May 1961 in Leeds.\n')).toEqual([]);
  });
});

describe('an age at an event beside a birth date, with no death', () => {
  it('"born in 1961, was elected in 2010 at the age of 45" was not checked', () => {
    const reed = (age: string) => `Tom Reed, who was born in 1961, was elected in 2010 at the age of ${age} and served for 12 years until 2022.\n`;
    expect(check(reed('49'))).toEqual([]);
    expect(check(reed('48'))).toEqual([]);
    expect(check(reed('45'))).toEqual([{ text: '45', message: '“45” does not match the birth date “1961” (line 1): born then, the person was 48 or 49 in 2010' }]);
    // The next sentence, opening with "He", goes on about the person born.
    expect(check('Tom Reed was born in 1958. He took the job in 2012, aged 54, and retires this month.\n')).toEqual([]);
    expect(check('Tom Reed was born in 1958. He took the job in 2012, aged 50, and retires this month.\n').map((f) => f.text)).toEqual(['50']);
  });

  it('leaves alone another person\'s age and an age not beside its year', () => {
    expect(check('Reed, who was born in 1961, backed Lind, who was elected in 2010 at the age of 38.\n')).toEqual([]);
    expect(check('Reed, who was born in 1961, said his father was elected in 1970 at the age of 45.\n')).toEqual([]);
    expect(check('Tom Reed was born in 1961. Lind was elected in 2010 at the age of 38.\n')).toEqual([]);
    expect(check('Tom Reed, who was born in 1961, was elected at the age of 38, and re-elected in 2010.\n')).toEqual([]);
  });
});

describe('an age now, a time ago and the age then', () => {
  it('"Ilze Ozola, 38, joined the company a decade ago, when she was 24" was not checked', () => {
    expect(check('Ilze Ozola, 38, joined the company a decade ago, when she was 28.\n')).toEqual([]);
    expect(check('Ilze Ozola, 38, joined the company a decade ago, when she was 24.\n')).toEqual([
      { text: '24', message: '“24” does not match “38” now and “a decade ago”: that is 26 to 30' },
    ]);
    expect(check('Ms Ozola, 44, joined the company 15 years ago as a deck officer, when she was 29.\n')).toEqual([]);
    expect(check('Ms Ozola, 44, joined the company 15 years ago as a deck officer, when she was 25.\n').map((f) => f.message)).toEqual([
      '“25” does not match “44” now and “15 years ago”: that is 28 to 30',
    ]);
    expect(check('Ilze Ozola, 38, joined the company at the age of 28, ten years ago.\n')).toEqual([]);
    expect(check('Ilze Ozola, 38, joined the company at the age of 20, ten years ago.\n').map((f) => f.text)).toEqual(['20']);
  });

  it('"Ozola, now 38, was 24 when she joined the company a decade ago" was not checked (the finder reads 24 as a count)', () => {
    expect(check('Ozola, now 38, was 28 when she joined the company a decade ago.\n')).toEqual([]);
    expect(check('Ozola, now 38, was 24 when she joined the company a decade ago.\n').map((f) => f.message)).toEqual([
      '“24” does not match “38” now and “a decade ago”: that is 26 to 30',
    ]);
    expect(check('Lind, now 29, was 15 when the club was founded two decades ago.\n').map((f) => f.text)).toEqual(['15']);
    // A relative clause of the person herself ("Ana Berg, 52, who joined") is read; one of another person is not.
    expect(check('Ana Berg, 52, who joined the board a decade ago aged 42, chairs it now.\n')).toEqual([]);
    expect(check('Ana Berg, 52, who joined the board a decade ago aged 38, chairs it now.\n').map((f) => f.text)).toEqual(['38']);
    expect(check('Ana Berg, 52, backed Reed, who was elected a decade ago aged 38.\n')).toEqual([]);
    // Another subject between: "whose club was 15".
    expect(check('Lind, now 29, whose club was 15 when it moved two decades ago, plays in goal.\n')).toEqual([]);
  });

  it('leaves alone a relative\'s or another speaker\'s age', () => {
    expect(check('Tom Reed, 61, whose son was 12 when the family moved to Kilnsea 20 years ago, now chairs the board.\n')).toEqual([]);
    expect(check('Ana Berg, 52, said Tom Reed had joined the firm a decade ago, when he was 51.\n')).toEqual([]);
  });
});

describe('a length up to now since an age', () => {
  it('"Ozola, 38, has worked there for a decade, since she was 24" was not checked', () => {
    expect(check('Ilze Ozola, 38, has worked there for a decade, since she was 28.\n')).toEqual([]);
    expect(check('Ilze Ozola, 38, has worked there for a decade, since she was 24.\n')).toEqual([
      { text: '24', message: '“24” does not match “38” now and “a decade” since then: that is 26 to 30' },
    ]);
    // A length in the past may have ended long before now.
    expect(check('Ilze Ozola, 38, worked there for 10 years, since she was 20.\n')).toEqual([]);
    expect(check('Ilze Ozola, 38, had worked there for 10 years, since she was 20.\n')).toEqual([]);
  });
});

describe('the age a thing reached in a year', () => {
  const dated = (body: string) => `---\ndate: 2025-03-12\n---\n\n${body}\n`;

  it('"signed in 1949, turned 70 last year" was not checked in a dated article', () => {
    expect(check(dated('The treaty, signed in 1949, turned 75 last year.'))).toEqual([]);
    expect(check(dated('The treaty, signed in 1949, turned 70 last year.'))).toEqual([
      { text: '70', message: '“70” does not match “1949” and “last year” (2024): that is 75' },
    ]);
    expect(check(dated('The firm, set up in 1990, marks its 30th anniversary this year.')).map((f) => f.text)).toEqual(['30th']);
    // A year written out holds whatever the article's date.
    expect(check('The club, founded in 1901, celebrated its 125th anniversary in 2026.\n')).toEqual([]);
    expect(check('The club, founded in 1901, celebrated its 120th anniversary in 2026.\n').map((f) => f.message)).toEqual(['“120th” does not match “1901” and “2026”: that is 125']);
  });

  it('leaves an undated "last year" and two beginnings alone', () => {
    expect(check('The treaty, signed in 1949, turned 70 last year.\n')).toEqual([]);
    expect(check('Its stadium, opened in 1950, and the club, founded in 1901, turned 100 in 2001.\n')).toEqual([]);
    // The anniversary of something else, or of a marriage.
    expect(check('The club, founded in 1901, celebrated the 50th anniversary of its first title in 2012.\n')).toEqual([]);
    expect(check('Reed, born in 1961, and his wife celebrated their 25th anniversary in 2015.\n')).toEqual([]);
    expect(check('The treaty, signed in 1949, celebrated its 70th anniversary in April 2024.\n').map((f) => f.text)).toEqual(['70th']);
  });
});

describe('a living person\'s age beside a birth date', () => {
  it('took an age at another year of the sentence for the age now ("born in 1961, was elected in 2010 at the age of 49" in a dated article)', () => {
    const dated = (body: string) => `---\ndate: 2025-06-01\n---\n\n${body}\n`;
    expect(check(dated('Tom Reed, who was born in 1961, was elected in 2010 at the age of 49 and served until 2022.'))).toEqual([]);
    expect(check(dated('Tom Reed, who was born in 1961, was elected in 2010 at the age of 45 and served until 2022.')).map((f) => f.message)).toEqual([
      '“45” does not match the birth date “1961” (line 5): born then, the person was 48 or 49 in 2010',
    ]);
    expect(check(dated('Tom Reed, who was born in 1961, is now 60.')).map((f) => f.text)).toEqual(['60']);
  });
});
