import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

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
});
