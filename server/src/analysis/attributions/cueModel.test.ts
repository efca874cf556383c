import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.js';
import { cueFeatures, cueFeatureTemplates } from './cueModel.js';
import { find } from './find.js';
import type { Block } from './finder/block.js';
import type { CueWord } from './lexicon.js';

// Sentences written for these tests in the style of wire copy.

/** The features of the cue word `word` in `text`, as "template=a" or "template=a|b". */
function featuresOf(text: string, word: string): Set<string> {
  const asked: [Block, number, CueWord, boolean][] = [];
  find(text, tokenize(text), {
    decide: (block, i, cue, ruled) => {
      asked.push([block, i, cue, ruled]);
      return false;
    },
    extend: (_block, _i, _lemma, c0, c1) => [c0, c1],
    confident: () => false,
  });
  const found = asked.find(([block, i]) => block.toks[i].text === word);
  if (!found) throw new Error(`"${word}" was not asked about`);
  const [block, i, cue, ruled] = found;
  const features = new Set<string>();
  cueFeatures(block, i, cue, ruled, (template, a, b) => features.add(`${cueFeatureTemplates[template]}=${a}${b === undefined ? '' : '|' + b}`));
  return features;
}

describe('cue model features', () => {
  it('describe the word, its lemma and its neighbours', () => {
    const features = featuresOf('He said the quay was unsafe.', 'said');
    for (const f of ['w=said', 'l=say', 'form=past', 'p1=he', 'n1=the', 'p2=<s>', 'l+p1=say|he', 'sp1=pron', 'sn1=det', 'cap=no']) expect(features).toContain(f);
  });

  it('tell whether the rules found a reading', () => {
    expect(featuresOf('He said the quay was unsafe.', 'said')).toContain('rule=true');
    expect(featuresOf('The said property was sold.', 'said')).toContain('rule=false');
  });

  it('tell whether a quotation stands before or after the word in its sentence', () => {
    const before = featuresOf('“The quay is unsafe,” said Ana Berg.', 'said');
    expect(before).toContain('qb=true');
    expect(before).toContain('qa=false');
    expect(before).toContain('sp1=quote');
    const after = featuresOf('Ana Berg said: “The quay is unsafe.”', 'said');
    expect(after).toContain('qb=false');
    expect(after).toContain('qa=true');
  });

  it('read a sentence that ends with no full stop as if it had one', () => {
    const bare = featuresOf('Ferry fares rise again, survey finds', 'finds');
    const stopped = featuresOf('Ferry fares rise again, survey finds.', 'finds');
    for (const f of ['n1=.', 'sn1=p.', 'n2=</s>']) {
      expect(bare).toContain(f);
      expect(stopped).toContain(f);
    }
  });

  it('mark a sentence in title case', () => {
    expect(featuresOf('Harbour Chief Says Quay Will Close', 'Says')).toContain('titlecase=yes');
    expect([...featuresOf('The harbour chief says the quay will close.', 'says')].some((f) => f.startsWith('titlecase'))).toBe(false);
  });
});
