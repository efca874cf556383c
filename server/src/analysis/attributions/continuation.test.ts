import { describe, it } from 'vitest';
import { checkAttributions } from './testing.js';

// Sentences written for these tests in the style of wire copy.

describe('a quotation with no cue right after a named speaker', () => {
  it('opening the next paragraph, is the same speaker\'s, without taking the cue or source', () => {
    checkAttributions('“The ferries are too old,” said Anna Lindqvist, the port director.\n\n“Nobody will insure them.”\n\n“Not this winter.”', [
      { cue: 'said', source: 'Anna Lindqvist, the port director', content: '“The ferries are too old,”', speaker: 'Anna Lindqvist', role: 'port director' },
      { cue: null, source: null, content: '“Nobody will insure them.”', type: 'direct', speaker: 'Anna Lindqvist', role: 'port director' },
      { cue: null, source: null, content: '“Not this winter.”', type: 'direct', speaker: 'Anna Lindqvist' },
    ]);
  });

  it('stays unattributed after other words, or after an unnamed source', () => {
    checkAttributions('“The ferries are too old,” said Anna Lindqvist.\n\nThe council disagreed on Friday.\n\n“Nobody will insure them.”', [
      { cue: 'said', content: '“The ferries are too old,”', speaker: 'Anna Lindqvist' },
      { cue: null, source: null, content: '“Nobody will insure them.”', speaker: null },
    ]);
    checkAttributions('“The ferries are too old,” officials said.\n\n“Nobody will insure them.”', [
      { cue: 'said', content: '“The ferries are too old,”', anonymous: true },
      { cue: null, source: null, content: '“Nobody will insure them.”', speaker: null },
    ]);
  });

  it('in the same paragraph, is the speaker\'s even after a noun that is also a cue ("told analysts on a call." left the next quote unattributed)', () => {
    checkAttributions('“We moved too slowly,” Anna Lindqvist told investors on a call. “That is on me.”', [
      { cue: 'told', content: '“We moved too slowly,”', speaker: 'Anna Lindqvist' },
      { cue: 'told', content: '“That is on me.”', speaker: 'Anna Lindqvist' },
    ]);
  });
});
