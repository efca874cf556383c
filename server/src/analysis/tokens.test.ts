import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retextTokenize } from './testing/retextTokens.js';
import { mergeNumbers, tokenize, type Token } from './tokens.js';

function words(text: string): string[][] {
  return tokenize(text).map((s) => s.tokens.filter((t) => t.kind !== 'space').map((t) => `${t.kind}:${t.text}`));
}

describe('tokenize', () => {
  it('merges digit groups that retext splits', () => {
    expect(words('It killed 13,000 people and 1,234.5 tonnes, 12,500,000 in all.')[0]).toEqual([
      'word:It', 'word:killed', 'number:13,000', 'word:people', 'word:and', 'number:1,234.5', 'word:tonnes', 'punct:,', 'number:12,500,000', 'word:in', 'word:all', 'punct:.',
    ]);
  });

  it('merges thousands separated by a no-break space, not a comma list of small numbers', () => {
    expect(words('About 13\u00a0000 people.')[0]).toContain('number:13\u00a0000');
    expect(words('Scores of 3,4 and 5.')[0]).toEqual(['word:Scores', 'word:of', 'number:3', 'punct:,', 'number:4', 'word:and', 'number:5', 'punct:.']);
  });

  it('ends a sentence after a number and a full stop', () => {
    const sentences = tokenize('It began in 2014. Then came 5. The end.');
    expect(sentences.map((s) => s.tokens.map((t) => t.text).join(''))).toEqual(['It began in 2014.', 'Then came 5.', 'The end.']);
  });

  it('keeps abbreviations inside a sentence', () => {
    expect(tokenize('Mr. Utkin met U.S. officials on Oct. 21 in Riga.')).toHaveLength(1);
  });

  it('keeps "No." before a number inside the sentence, which retext splits ("the No. 2 official")', () => {
    const text = 'The No. 2 official, Ilze Ozola, said no. Then she left.';
    const sentences = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The No. 2 official, Ilze Ozola, said no.', 'Then she left.']);
    // The tokens still cover the sentence without gaps.
    const [first] = sentences;
    expect(first.tokens.map((t) => t.text).join('')).toBe(text.slice(first.start, first.end));
  });

  it('ends a sentence after a word retext takes for an abbreviation when a pronoun or "The" opens the next', () => {
    const text = 'Rationing lasted until nine years after the Second World War. Its end was marked in Carmel, Ind. The town held a parade.';
    const sentences = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Rationing lasted until nine years after the Second World War.', 'Its end was marked in Carmel, Ind.', 'The town held a parade.']);
    expect(words(text)[0].slice(-2)).toEqual(['word:War', 'punct:.']);
    // Names and numbers after an abbreviation stay in its sentence.
    expect(tokenize('Gov. Ben Lee met Sen. Tex Ritter on Jan. 5 in Ind. Harbor.')).toHaveLength(1);
  });

  it('ends a sentence after "in." and after an acronym, which retext takes for the abbreviations of inches and seconds', () => {
    const text = 'The Kremlin also weighed in. Asked about the talks, its spokesman said little. The firm reported to the SEC. Analysts were surprised.';
    expect(tokenize(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The Kremlin also weighed in.',
      'Asked about the talks, its spokesman said little.',
      'The firm reported to the SEC.',
      'Analysts were surprised.',
    ]);
    // After a number "in." is inches, and the sentence goes on.
    expect(tokenize('The pipe is 5 in. Wide ones cost more.')).toHaveLength(1);
  });

  it('ends a sentence after an initialism in capitals that retext takes for an abbreviation ("the SEC. The company" was one sentence)', () => {
    const text = 'The deal is under review by the SEC. The company said it would comply. Mr Reed left the DEC. He said nothing.';
    expect(tokenize(text).map((s) => text.slice(s.start, s.end))).toEqual(['The deal is under review by the SEC.', 'The company said it would comply.', 'Mr Reed left the DEC.', 'He said nothing.']);
    expect(words(text)[0].slice(-2)).toEqual(['word:SEC', 'punct:.']);
  });

  it('gives offsets in UTF-16 code units, so text after an emoji keeps its place', () => {
    const text = 'Sales rose 📈 by 20%.';
    for (const token of tokenize(text)[0].tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(words(text)[0]).toEqual(['word:Sales', 'word:rose', 'symbol:📈', 'word:by', 'number:20', 'symbol:%', 'punct:.']);
  });

  it('joins a long run of abbreviations into one sentence, and splits a long text at every blank line', () => {
    expect(tokenize('Mr. a. '.repeat(5000) + 'End.')).toHaveLength(1);
    expect(tokenize('no full stop here\n\n'.repeat(5000))).toHaveLength(5000);
  });

  it('returns no sentence for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});

describe('mergeNumbers', () => {
  const token = (text: string, start: number, kind: Token['kind']): Token => ({ start, end: start + text.length, text, kind });

  it('joins a decimal part to a grouped number but not a second one', () => {
    const text = '1,234.5.6';
    const merged = mergeNumbers([token('1', 0, 'number'), token(',', 1, 'punct'), token('234', 2, 'number'), token('.', 5, 'punct'), token('5', 6, 'number'), token('.', 7, 'punct'), token('6', 8, 'number')], text);
    expect(merged.map((t) => t.text)).toEqual(['1,234.5', '.', '6']);
  });
});

/**
 * Sentences written for this test, each aimed at one of retext-english's rules: abbreviations,
 * initials, ellipses, closing quotes and brackets, line breaks, decimals, elisions, hyphens, URLs,
 * e-mail addresses, letters beyond ASCII, emoji and lone surrogates.
 */
const tricky = [
  'Mr. Okafor and Dr. Lindqvist met U.S. and E.U. envoys at 3 p.m. on Oct. 21, the ministry said.',
  'Mrs. Bell, Ms. Ito and Prof. Adeyemi arrived; Gov. Reyes and Sen. Park did not. St. Louis was next.',
  'J. R. Hartley wrote it. A. B. Cole agreed. The firm, Smith & Co., declined & left.',
  '"It\'s over." Then he left. "Is it?" she asked. (Nobody knew.) [Sources differ.] \u201cFine.\u201d \u2018Quite.\u2019',
  'Wait... what? Really?! Yes\u2026 no\u203d Perhaps!!! Or not?? Fine.',
  'The rate rose to 4.25% in 2019. In 2020 it fell to 3.9%. By 2021. it was 2.5 per cent. 2022 was flat.',
  'She sold 1,200,000 shares (about 13 000 in all) for $4.5bn, or \u00a32.75m, on 12.03.2021.',
  "Don't, won't, can't; rock 'n' roll in the '90s, 'tis true, o' course, 'cause we're o' the ol' school.",
  'A well-known, state-of-the-art pre- and post-war e-mail w/ attachments, w/o fees, at 80 km/h and/or 1/2 price.',
  'Visit https://example.org/news/2024?id=7&x=y or write to press.office@example.com before 5.30pm.',
  '\u00c9milie Dupont-M\u00fcller met \u0141ukasz in Z\u00fcrich. \u00c7a va? \u00e9t\u00e9 was hot. \u00dcber alles.',
  'Profits soared \ud83d\udcc8 by 20% \ud83d\ude80\ud83d\ude80. Analysts \ud83d\ude00 agreed. A lone \ud83d surrogate. And \u00a9\ud83d\ude00 marks.',
  'Line one of the wire\nline two continues\n\nA new paragraph starts. Another\r\n\r\nsplit here.',
  'approx. 5 km. away, i.e. near St. Paul\'s, etc. Next came vs. the No. 1 seed, e.g. in Jan. and Feb. too.',
  'It cost \u00a32.5m \u2014 up 3.5 per cent \u2014 in Q3. Done. 4.2.1 was the version. v2.0. and 3.14159.',
  '1. First point. 2. Second point. a. sub-point. iv. roman. 10. tenth.',
  'She said: "no." and left. he then said nothing. 5 people came. , and so on; ; fine.',
  'The __init__ file, foo_bar and a--b, a\u2010b, a\u2011b, x=y, a:b, who?me, a@b, l\u00b7l, soft\u00adhyphen, dot\u2027ted.',
  '\u00a0Leading no-break space.\u2003Em space.\u3000Ideographic space. Tabs\tinside.',
  'U.S.A. and U.K. talks. The U.S. Then 1.2.3. and A.1.b. e.g.. Mr.. Dr.Smith. Inc. Ltd. Corp.',
  '& Co. said - nothing - about it -- really -. "Quote" \u00bb and \u00ab French \u00bb. ) ) after.',
  'Really? yes. Really! 2 apples. Really. (yes). Really. "no". It ended.\u201d After.',
  'w/ her, W/ him, w/out. o\'clock and O\'Brien met \'n\' co. \'Twas \'em \'im \'er \'99 \'99s.',
  '...and then? ...!?... \u2026\u2026 ?! !? .?. a.?b',
  'Figures: 1.5. 2.5. 3. 4 . 5 .6 7. .8 9.. 10,000. 1,2,3. 1 000 000. 12 345.67.',
];

describe('tokenize agrees with retext-english', () => {
  it.each(tricky)('%s', (text) => {
    expect(tokenize(text)).toEqual(retextTokenize(text));
  });

  it('on random text made of the characters its rules look at', () => {
    const pieces = [
      'a', 'b', 'The', 'Mr', 'Dr', 'U', 'S', 'w', 'n', 'o', 'ol', 'tis', '90s', 'em', 'e', 'g', 'in', 'etc', 'Oct', 'al', 'x',
      '1', '12', '2014', '000', '3', ' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '.', '.', '.', '...', ',', ';', ':',
      '?', '!', '\u2026', '\u203d', "'", '\u2019', '\u2018', '"', '\u201c', '\u201d', '(', ')', '[', ']', '\u00bb', '-', '--', '\u2010', '/',
      '&', '@', '=', '_', '__', '\u00ad', '\u00b7', '$', '%', '\u00a3', '\u00e9', '\u00c9', '\u00df', '\ud83d\ude00', '\ud83d', '\u00b2', '\u0663',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(retextTokenize(text));
      }),
      { numRuns: 3000 },
    );
  });
});
