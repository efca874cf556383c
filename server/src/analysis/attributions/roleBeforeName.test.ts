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

  it('takes no source from lower-case words that lead to no name', () => {
    checkAttributions('“Prices will rise,” said investors who had sold early.', [{ cue: 'said', source: null, content: '“Prices will rise,”', type: 'direct' }]);
    checkAttributions('“Prices will rise,” said traders in London.', [{ cue: 'said', source: null, content: '“Prices will rise,”', type: 'direct' }]);
  });
});

describe('an ampersand inside a name', () => {
  it('keeps both sides of "&" in the source', () => {
    checkAttributions('Harbour firm Lind & Berg said the cranes were idle.', [
      { cue: 'said', source: 'Harbour firm Lind & Berg', content: 'the cranes were idle' },
    ]);
  });
});
