import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analysis/analyze.js';
import { matchQuote, quoteParts, quotationsOf } from './quotes.js';

const transcript = `Minister's remarks at the press conference, Tuesday.

Q: Will the ceasefire hold?
A: We have made it clear to both sides that the ceasefire must hold. There is no military solution to this conflict, and anyone who tells you otherwise is not being honest with you.
We will keep the crossing at Dunmore open for as long as it is safe to do so.`;

const at = (quote: string) => {
  const m = matchQuote(quote, transcript);
  return { status: m.status, words: m.start === undefined ? undefined : transcript.slice(m.start, m.end), missing: m.missing };
};

describe('matchQuote', () => {
  it('finds the quoted words whatever the case, punctuation and quotation marks', () => {
    expect(at('There is no military solution to this conflict')).toEqual({ status: 'supported', words: 'There is no military solution to this conflict', missing: undefined });
    expect(at('the ceasefire must hold.')).toMatchObject({ status: 'supported' });
    expect(at('There is no military solution to this conflict, and anyone who tells you otherwise is not being honest')).toMatchObject({ status: 'supported' });
  });

  it('takes an ellipsis or a bracketed insertion as a cut, with the parts in order', () => {
    expect(at('There is no military solution … anyone who tells you otherwise is not being honest with you')).toMatchObject({ status: 'supported', words: expect.stringMatching(/^There is no military solution.*honest with you$/s) });
    expect(at('We will keep the crossing at [the border town of] Dunmore open')).toMatchObject({ status: 'supported' });
    // The same parts in the wrong order are not the speaker's sentence.
    expect(at('anyone who tells you otherwise ... there is no military solution').status).not.toBe('supported');
  });

  it('reports a quotation whose words differ, with the source passage and the words it lacks', () => {
    const m = at('There is no diplomatic solution to this conflict');
    expect(m).toEqual({ status: 'misquoted', words: 'There is no military solution to this conflict', missing: ['diplomatic'] });
    expect(at('We will keep the crossing at Dunmore open for as long as it takes')).toMatchObject({ status: 'misquoted', missing: ['takes'] });
  });

  it('finds nothing for words the source does not have, or a short phrase with one word changed', () => {
    expect(at('The talks have collapsed and the army will advance').status).toBe('not-found');
    expect(at('military victory').status).toBe('not-found');
  });
});

describe('matchQuote on random text', () => {
  const word = fc.constantFrom('the', 'port', 'will', 'not', 'reopen', 'talks', 'until', 'blockade', 'ends', 'we', 'said', 'Monday', '4,500', 'O’Neill', 'dock');
  it('finds any run of a source\'s words, however it is punctuated, and never throws', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 3, maxLength: 60 }), fc.nat(), fc.nat(), fc.constantFrom(' ', ', ', '; ', '\n'), (words, a, b, glue) => {
        const source = words.join(glue);
        const from = a % words.length;
        const to = from + 1 + (b % (words.length - from));
        const quote = words.slice(from, to).join(' ');
        expect(matchQuote(quote, source).status).toBe('supported');
        expect(['supported', 'misquoted', 'not-found']).toContain(matchQuote(words.slice(0, 5).reverse().join(' '), source).status);
      }),
      { numRuns: 300 },
    );
  });
});

describe('quotationsOf', () => {
  it('gives each quotation of an attribution of two words or more, without its marks', () => {
    const text = '"We will keep the crossing open," the minister said, calling the attacks "cowardly" and "utterly unacceptable."';
    const analysis = analyzeText(text, 'plaintext');
    const quotes = analysis.attributions.flatMap((a) => quotationsOf(text, a).map((q) => q.text));
    expect(quotes).toContain('We will keep the crossing open');
    expect(quotes).toContain('utterly unacceptable');
    expect(quotes).not.toContain('cowardly');
  });

  it('takes a quotation that goes on into the next paragraph up to the end of its own', () => {
    const text = '"The border will stay closed until the talks resume. Nobody should expect a quick deal.\n\n"We have made our position clear," Ana Lima, the foreign minister, said.';
    const quotes = analyzeText(text, 'plaintext').attributions.flatMap((a) => quotationsOf(text, a).map((q) => q.text));
    expect(quotes).toEqual(['The border will stay closed until the talks resume. Nobody should expect a quick deal.', 'We have made our position clear']);
  });

  it('splits at ellipses and brackets', () => {
    expect(quoteParts('We will … keep it [the crossing] open...for now')).toEqual(['We will', 'keep it', 'open', 'for now']);
  });
});
