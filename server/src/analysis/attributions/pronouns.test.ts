import { describe, expect, it } from 'vitest';
import { attributionsOf } from './testing.js';

// Sentences written for these tests in the style of wire copy: who "he" and "she" stand for.

/** The speaker of each attribution, in document order. */
const speakers = (text: string) => attributionsOf(text).map((a) => a.speaker ?? null);

describe('"he" and "she"', () => {
  it('gives "she" to the woman a given name shows among the people met, past a man ("she added" went to the last man who spoke)', () => {
    expect(speakers('Linda Ozola said prices had doubled. Michael Berg said the ferry was late. "It is too much," she added.')).toEqual(['Linda Ozola', 'Michael Berg', 'Linda Ozola']);
    expect(speakers('Peter Ozola said prices had doubled. Anna Berg said the ferry was late. "It is too much," he added.')).toEqual(['Peter Ozola', 'Anna Berg', 'Peter Ozola']);
    // One both sexes have says nothing.
    expect(speakers('Linda Ozola said prices had doubled. Sam Berg said the ferry was late. "It is too much," she added.')).toEqual(['Linda Ozola', 'Sam Berg', 'Sam Berg']);
  });

  it('leaves "she" with no speaker when the only people met have men\'s given names ("she said" went to Peter Berg)', () => {
    expect(speakers('Peter Berg said the route would close. "We will manage," she said.')).toEqual(['Peter Berg', null]);
    expect(speakers('Tom Lind, the ferry operator\'s director, said fares would rise. Anna Berg of the passengers\' union said it was unfair. "They never ask us," he said.')).toEqual(['Tom Lind', 'Anna Berg', 'Tom Lind']);
    // A title of address says more than a given name: "Mr" makes Ana Berg a "he".
    expect(speakers('Ana Berg said the route would close. "We will manage," he said. Mr Berg has run the ferry since 2010.')).toEqual(['Ana Berg', 'Ana Berg']);
    expect(speakers('Peter Berg said the route would close. "We will manage," he said.')).toEqual(['Peter Berg', 'Peter Berg']);
  });

  it('reads the title of address only up to the name ("Lawyer Ana Lima, who represents Mr Berg" was a "he")', () => {
    const text = 'Lawyer Ilze Ozola, who represents Mr Berg and Mr Lind, said the men had been held unlawfully. She said: "They should be freed."';
    expect(speakers(text)).toEqual(['Ilze Ozola', 'Ilze Ozola']);
  });

  it('does not give "he" to a company "the company" stood for', () => {
    const text = 'Ostmark Group said profits fell. The company said costs rose. Chief executive Tomas Berg said the year was hard. The company said it would cut jobs. "We have no choice," he said.';
    expect(speakers(text)).toEqual(['Ostmark Group', 'Ostmark Group', 'Tomas Berg', 'Ostmark Group', 'Tomas Berg']);
  });
});

describe('"the MP"', () => {
  it('points "the Westbury MP" back to the MP who spoke, and "she" with it (the speaker was "Westbury MP")', () => {
    const text = 'Labour MP Ilze Ozola said the hospital must stay open. The Westbury MP said 4,000 people had signed a petition, and she would present it on Monday.';
    expect(speakers(text)).toEqual(['Ilze Ozola', 'Ilze Ozola']);
  });
});

describe('"the Dutchman", "the Scot"', () => {
  it('does not give a nationality to someone the article called by another ("the Irishman" went to the manager it had called "the Dutchman")', () => {
    const text = 'Martin Vos said the win was hard. "It was a professional performance," the Dutchman said. Later the captain was asked about the next round. "We are confident," the Irishman said.';
    expect(attributionsOf(text).map((a) => a.speaker ?? null)).toEqual(['Martin Vos', 'Martin Vos', null]);
    // The same nationality again is the same person.
    expect(attributionsOf('Martin Vos said the win was hard. "It was tough," the Dutchman said. "We go on," the Dutchman added.').map((a) => a.speaker ?? null)).toEqual(['Martin Vos', 'Martin Vos', 'Martin Vos']);
  });
});

describe('"she" after a titled name that opens the sentence before', () => {
  it('is not the person or company that spoke last ("President Ellen Hart approved ... she wrote" went to "Entergy Texas")', () => {
    const text = 'Alex Reed, the port director, said the ferries would stay in port. Governor Ana Lima approved money for repairs to the coast road. "We will rebuild," she wrote on social media.';
    expect(speakers(text)).toEqual(['Alex Reed', null]);
    // A company's arm in a region is an organisation, not a person "she" could stand for.
    expect(attributionsOf('Halden Texas said power would be back by Friday.').map((a) => [a.speaker ?? null, a.speakerKind ?? null])).toEqual([['Halden Texas', 'organisation']]);
    // A man's given name does not hold "she".
    expect(speakers('Ana Berg said the roads were closed. Governor Tom Reed approved money for repairs. "We will rebuild," she said.')).toEqual(['Ana Berg', 'Ana Berg']);
  });
});
