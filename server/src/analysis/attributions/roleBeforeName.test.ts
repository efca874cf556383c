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

describe('a military rank written in full before the name (h108)', () => {
  it('keeps "Colonel", "Captain", "Admiral" and the like out of the speaker\'s name ("Colonel Arvid Lunde" was the speaker)', () => {
    checkAttributions('Colonel Arvid Lunde, a ministry spokesman, told reporters that the drone came from a boat.', [
      { cue: 'told', source: 'Colonel Arvid Lunde, a ministry spokesman', content: 'that the drone came from a boat', speaker: 'Arvid Lunde', role: 'ministry spokesman' },
    ]);
    checkAttributions('“The ship was never at risk,” said Lieutenant Commander Ana Berg.', [
      { cue: 'said', source: 'Lieutenant Commander Ana Berg', content: '“The ship was never at risk,”', speaker: 'Ana Berg', role: 'Lieutenant Commander' },
    ]);
    checkAttributions('Admiral Tom Reed said the patrols would go on.', [{ cue: 'said', source: 'Admiral Tom Reed', content: 'the patrols would go on', speaker: 'Tom Reed', role: 'Admiral' }]);
  });

  it('leaves alone a capitalised word that is no rank there ("Major" opening a name or a sentence)', () => {
    checkAttributions('Major League Rugby said the match would go ahead.', [{ cue: 'said', source: 'Major League Rugby', content: 'the match would go ahead', speaker: 'Major League Rugby' }]);
    checkAttributions('Commander Holdings said the plant would close.', [{ cue: 'said', source: 'Commander Holdings', content: 'the plant would close', speaker: 'Commander Holdings' }]);
    checkAttributions('Admiral Insurance said claims had doubled.', [{ cue: 'said', source: 'Admiral Insurance', content: 'claims had doubled', speaker: 'Admiral Insurance' }]);
  });
});
