import { describe, it } from 'vitest';
import { checkAttributions } from './testing.js';

// Sentences written for these tests in the style of wire copy.

describe('a role in lower case before the name after the cue', () => {
  it('takes "said economist Marta Ripa" as the source, with the role', () => {
    checkAttributions('“Exports will slow before they recover,” said economist Marta Ripa.', [
      { cue: 'said', source: 'economist Marta Ripa', content: '“Exports will slow before they recover,”', type: 'direct', speaker: 'Marta Ripa', role: 'economist' },
    ]);
    checkAttributions('“The worst is behind us,” said central bank governor Park Min-jun.', [
      { cue: 'said', source: 'central bank governor Park Min-jun', type: 'direct', content: '“The worst is behind us,”', speaker: 'Park Min-jun', role: 'central bank governor' },
    ]);
  });

  it('takes a role whose first word is also a cue word ("credit analyst", "wrote credit analyst Helena Strom" had no source)', () => {
    checkAttributions('“Bond buyers have already priced in the cut,” wrote credit analyst Helena Strom.', [
      { cue: 'wrote', source: 'credit analyst Helena Strom', content: '“Bond buyers have already priced in the cut,”', type: 'direct', speaker: 'Helena Strom', role: 'credit analyst' },
    ]);
    checkAttributions('“Nobody came to help,” said support group leader Ana Reyes.', [
      { cue: 'said', source: 'support group leader Ana Reyes', speaker: 'Ana Reyes', role: 'support group leader', content: '“Nobody came to help,”' },
    ]);
    // A verb of saying is no role word.
    checkAttributions('“Nobody came to help,” said Ana Reyes.', [{ cue: 'said', source: 'Ana Reyes', content: '“Nobody came to help,”' }]);
  });

  it('takes no source from lower-case words that lead to no name', () => {
    checkAttributions('“Prices will rise,” said investors who had sold early.', [{ cue: 'said', source: null, content: '“Prices will rise,”', type: 'direct' }]);
    // A plural noun for people that ends the sentence is the source, as after a plain comma, though no name follows it.
    checkAttributions('“Prices will rise,” said traders in London.', [{ cue: 'said', source: 'traders in London', content: '“Prices will rise,”', type: 'direct' }]);
  });
});

describe('an ampersand inside a name', () => {
  it('keeps both sides of "&" in the source', () => {
    checkAttributions('Harbour firm Lind & Berg said the cranes were idle.', [
      { cue: 'said', source: 'Harbour firm Lind & Berg', content: 'the cranes were idle' },
    ]);
  });
});
