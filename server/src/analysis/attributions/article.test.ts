import { describe, expect, it } from 'vitest';
import { attributionsOf, checkAttributions } from './testing.js';

/** A short article in wire style, written for this test: every pattern of the issue in context. */
const article = `Alliance weighs new patrols as border dispute deepens

Kaja Lepp, the head of security policy at the Tallinn-based Centre for Defence Studies, said the buildup was the largest in a decade. "Nobody in the region believes this is an exercise," she said.

Ms. Lepp added that the so-called "training camps" near the frontier now held at least 20,000 troops.

Foreign Minister Andris Ozols accused the neighbouring government of pursuing a "nineteenth-century" policy. The minister told reporters in Riga that talks would continue.

"We have asked for observers. We have asked for a hotline. We have asked for maps.

"So far we have received nothing," Mr. Ozols said.

Two officials familiar with the talks said the next round had been postponed. According to a senior diplomat, the delay was "purely technical."
`;

describe('a seed-style article', () => {
  it('attributes every quote and reported statement, and no scare quote', () => {
    const found = checkAttributions(article, [
      { cue: 'said', source: 'Kaja Lepp, the head of security policy at the Tallinn-based Centre for Defence Studies', content: 'the buildup was the largest in a decade', type: 'indirect', speaker: 'Kaja Lepp', role: 'head of security policy', organisation: 'Centre for Defence Studies' },
      { cue: 'said', source: 'she', content: '"Nobody in the region believes this is an exercise,"', type: 'direct', speaker: 'Kaja Lepp' },
      { cue: 'added', source: 'Ms. Lepp', content: 'that the so-called "training camps" near the frontier now held at least 20,000 troops', type: 'indirect', speaker: 'Kaja Lepp' },
      { cue: 'accused', source: 'Foreign Minister Andris Ozols', content: 'the neighbouring government of pursuing a "nineteenth-century" policy', type: 'mixed', speaker: 'Andris Ozols', role: 'Foreign Minister' },
      { cue: 'told', source: 'The minister', content: 'that talks would continue', type: 'indirect', speaker: 'Andris Ozols' },
      { cue: 'said', source: 'Mr. Ozols', content: '"We have asked for observers. We have asked for a hotline. We have asked for maps.', type: 'direct', speaker: 'Andris Ozols' },
      { cue: 'said', source: 'Mr. Ozols', content: '"So far we have received nothing,"', type: 'direct', speaker: 'Andris Ozols' },
      { cue: 'said', source: 'Two officials familiar with the talks', content: 'the next round had been postponed', speaker: null, anonymous: true },
      { cue: 'According to', source: 'a senior diplomat', content: 'the delay was "purely technical."', type: 'mixed', speaker: null, anonymous: true },
    ]);
    // The scare quote in the third attribution is not one of its quoted parts.
    expect(found[2].quotes).toBeUndefined();
    expect(found[3].quotes?.map((q) => article.slice(q.start, q.end))).toEqual(['"nineteenth-century"']);
  });
});

describe('a company named like a person', () => {
  // Companies named like people got attribution.incomplete ("First mention of ... lacks a role").
  it('is an organisation when the article says so near the first mention, and a person otherwise', () => {
    const speakerOf = (text: string) => attributionsOf(text).map((a) => [a.speaker, a.organisation ?? null]);
    expect(speakerOf('Hallam Brooke, which owns 40 hotels, is for sale. Hallam Brooke said it had received two offers.')).toEqual([['Hallam Brooke', 'Hallam Brooke']]);
    expect(speakerOf('Hallam Brooke said its profits fell by a third.')).toEqual([['Hallam Brooke', 'Hallam Brooke']]);
    expect(speakerOf('Shares in Hallam Brooke fell 4%. Hallam Brooke said the sale would go ahead.')).toEqual([['Hallam Brooke', 'Hallam Brooke']]);
    expect(speakerOf('Hotel group Hallam Brooke said the sale would go ahead. Hallam Brooke shares fell.')).toEqual([['Hallam Brooke', 'Hallam Brooke']]);
    // "it" after a person's cue is too often about something else; a person keeps no organisation.
    expect(speakerOf('Hallam Brooke said it had been a long year.')).toEqual([['Hallam Brooke', null]]);
    // "he" and "she" do not refer to an organisation.
    expect(speakerOf('Hallam Brooke, which owns 40 hotels, said the sale would go ahead. "We are ready," he said.').map(([speaker]) => speaker)).toEqual(['Hallam Brooke', null]);
  });
});

describe('a headline quotation that names its speaker', () => {
  it('after it, with a colon, is a direct quote with that source ("# \\"We will not close ...\\": the new education secretary" was unattributed)', () => {
    checkAttributions('# "No ward will close this winter": the new health secretary\n\nThe health secretary spoke to us on Monday.\n', [
      { cue: ':', source: 'the new health secretary', content: '"No ward will close this winter"', type: 'direct' },
    ], 'markdown');
    // A label in lower case after its first word, before a colon and the quotation, names one too.
    checkAttributions('# Health secretary: "No ward will close this winter"\n\nShe spoke to us on Monday.\n', [
      { cue: ':', source: 'Health secretary', content: '"No ward will close this winter"', type: 'direct' },
    ], 'markdown');
    // Not a clause after the colon, nor a label with a verb or a preposition.
    checkAttributions('"No ward will close": the pledge was broken within a month.', [{ cue: null, source: null, content: '"No ward will close"' }]);
    checkAttributions('Quote of the week: "No ward will close."', [{ cue: null, source: null, content: '"No ward will close."' }]);
    checkAttributions('Ms Hale replied: "No ward will close."', [{ cue: 'replied', source: 'Ms Hale', content: '"No ward will close."' }]);
  });
});
