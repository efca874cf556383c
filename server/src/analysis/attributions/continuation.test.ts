import { describe, expect, it } from 'vitest';
import { resolve, ResolveMemo } from './resolve.js';
import { attributionsOf, checkAttributions, unresolvedAttributionsOf } from './testing.js';

// Sentences written for these tests in the style of wire copy.

describe('a quotation with no cue right before a tagged one', () => {
  it('takes the cue, source and speaker of the tagged quotation that spaces alone part it from (a run of them too)', () => {
    checkAttributions('Lindqvist won the race on Sunday. "It was nice to get that done. I was nervous. "I felt strong. "I just had to relax," said Lindqvist.', [
      { cue: 'said', source: 'Lindqvist', content: '"It was nice to get that done. I was nervous.', type: 'direct', speaker: 'Lindqvist' },
      { cue: 'said', source: 'Lindqvist', content: '"I felt strong.', type: 'direct', speaker: 'Lindqvist' },
      { cue: 'said', source: 'Lindqvist', content: '"I just had to relax,"', type: 'direct', speaker: 'Lindqvist' },
    ]);
  });

  it('stays unattributed with words or a paragraph break between, or before a quotation with no cue', () => {
    checkAttributions('Lindqvist won the race on Sunday. "It was nice to get that done."\n\n"I just had to relax," said Lindqvist.', [
      { cue: null, source: null, content: '"It was nice to get that done."', speaker: null },
      { cue: 'said', source: 'Lindqvist', content: '"I just had to relax,"', speaker: 'Lindqvist' },
    ]);
    checkAttributions('"It was nice to get that done." The crowd cheered. "I just had to relax," said Lindqvist.', [
      { cue: null, source: null, content: '"It was nice to get that done."', speaker: null },
      { cue: 'said', source: 'Lindqvist', content: '"I just had to relax,"', speaker: 'Lindqvist' },
    ]);
  });
});

describe('a quotation with no cue after a sentence about someone who spoke', () => {
  it('is the speaker\'s whom that sentence makes its subject, and the quotations that go on from it too', () => {
    const text = 'Harbour City boss Ivo McKenna said the draw was fair. McKenna was relieved to get through after a tough night.\n\n"To be fair to Riga, they had a plan. "In the second half we were better."';
    checkAttributions(text, [
      { cue: 'said', source: 'Harbour City boss Ivo McKenna', content: 'the draw was fair', speaker: 'Ivo McKenna' },
      { cue: null, source: null, content: '"To be fair to Riga, they had a plan.', type: 'direct', speaker: 'Ivo McKenna' },
      { cue: null, source: null, content: '"In the second half we were better."', type: 'direct', speaker: 'Ivo McKenna' },
    ]);
  });

  it('is no one\'s after a sentence inside the quotation before, or about someone who never spoke', () => {
    checkAttributions('Ivo McKenna said the draw was fair. The crowd was small.\n\n"I always try to be there. McKenna wanted to try it out. "The pitch was heavy."', [
      { cue: 'said', content: 'the draw was fair', speaker: 'Ivo McKenna' },
      { cue: null, source: null, content: '"I always try to be there. McKenna wanted to try it out.', speaker: null },
      { cue: null, source: null, content: '"The pitch was heavy."', speaker: null },
    ]);
    checkAttributions('Ivo McKenna said the draw was fair. Berg was relieved to get through.\n\n"To be fair to Riga, they had a plan."', [
      { cue: 'said', content: 'the draw was fair', speaker: 'Ivo McKenna' },
      { cue: null, source: null, content: '"To be fair to Riga, they had a plan."', speaker: null },
    ]);
  });

  it('is no one\'s after a sentence whose subject is two people, one of whom spoke', () => {
    checkAttributions('Ivo McKenna said the draw was fair. McKenna and Berg were relieved to get through. "It was hard."', [
      { cue: 'said', content: 'the draw was fair', speaker: 'Ivo McKenna' },
      { cue: null, source: null, content: '"It was hard."', speaker: null },
    ]);
  });

  it('is no one\'s when the sentence right before, after a stop inside brackets or single quotation marks, is about no speaker', () => {
    for (const close of ["(who stayed to the end.)", "who sang 'Forward, Harbour.'"]) {
      checkAttributions(`Ivo McKenna said the draw was fair.\n\nMcKenna waved to the fans ${close} The team left early. "It was hard."`, [
        { cue: 'said', content: 'the draw was fair', speaker: 'Ivo McKenna' },
        { cue: null, source: null, content: '"It was hard."', speaker: null },
      ]);
    }
  });
});

describe('a quotation with no cue right after a named speaker', () => {
  it('opening the next paragraph, goes on with the same report: the cue, source and speaker of the quotation before its tag (PolNeAR puts both in one content)', () => {
    checkAttributions('“The ferries are too old,” said Anna Lindqvist, the port director.\n\n“Nobody will insure them.”\n\n“Not this winter.”', [
      { cue: 'said', source: 'Anna Lindqvist, the port director', content: '“The ferries are too old,”', speaker: 'Anna Lindqvist', role: 'port director' },
      { cue: 'said', source: 'Anna Lindqvist, the port director', content: '“Nobody will insure them.”', type: 'direct', speaker: 'Anna Lindqvist', role: 'port director' },
      { cue: 'said', source: 'Anna Lindqvist, the port director', content: '“Not this winter.”', type: 'direct', speaker: 'Anna Lindqvist' },
    ]);
  });

  it('takes only the speaker after reported speech that is not a quotation before its tag', () => {
    checkAttributions('Anna Lindqvist, the port director, said the ferries were too old.\n\n“Nobody will insure them.”', [
      { cue: 'said', content: 'the ferries were too old', speaker: 'Anna Lindqvist' },
      { cue: null, source: null, content: '“Nobody will insure them.”', type: 'direct', speaker: 'Anna Lindqvist' },
    ]);
  });

  it('takes the speaker after reported speech that a "who" clause closes, left out of its content', () => {
    checkAttributions('Anna Lindqvist said she trusted the new pilot, who joined the ferry line in May.\n\n“Nobody knows the strait better.”', [
      { cue: 'said', content: 'she trusted the new pilot', speaker: 'Anna Lindqvist' },
      { cue: null, source: null, content: '“Nobody knows the strait better.”', type: 'direct', speaker: 'Anna Lindqvist' },
    ]);
    // Another sentence in between is no such clause.
    checkAttributions('Anna Lindqvist said she trusted the new pilot, who joined in May. The ferry sailed at noon.\n\n“Nobody knows the strait better.”', [
      { cue: 'said', content: 'she trusted the new pilot', speaker: 'Anna Lindqvist' },
      { cue: null, source: null, content: '“Nobody knows the strait better.”', type: 'direct', speaker: null },
    ]);
  });

  it('takes the outer speaker after reported speech with a report nested in it ("the industry expects" left the next paragraph\'s quotation unattributed)', () => {
    checkAttributions('Ms Berg said the shipping industry expects to see investment worth $10bn by 2030.\n\n“With this money we will keep our lead.”', [
      { cue: 'said', source: 'Ms Berg', content: 'the shipping industry expects to see investment worth $10bn by 2030', speaker: 'Berg' },
      { cue: 'expects', source: 'the shipping industry', content: 'to see investment worth $10bn by 2030', speaker: null },
      { cue: null, source: null, content: '“With this money we will keep our lead.”', type: 'direct', speaker: 'Berg' },
    ]);
    // Not the person named inside the report: she is what the outer speaker talked about.
    checkAttributions('Tom Reed, the Harbour Party spokesman, reminded MPs that party chair Ana Berg had described the plan as a fraud.\n\n“How could anyone defend it?”', [
      { cue: 'reminded', content: 'that party chair Ana Berg had described the plan as a fraud', speaker: 'Tom Reed' },
      { cue: 'had described', content: 'the plan as a fraud', speaker: 'Ana Berg' },
      { cue: null, source: null, content: '“How could anyone defend it?”', type: 'direct', speaker: 'Tom Reed' },
    ]);
  });

  it('stays unattributed after other words, or after an unnamed source', () => {
    checkAttributions('“The ferries are too old,” said Anna Lindqvist.\n\nThe council disagreed on Friday.\n\n“Nobody will insure them.”', [
      { cue: 'said', content: '“The ferries are too old,”', speaker: 'Anna Lindqvist' },
      { cue: null, source: null, content: '“Nobody will insure them.”', speaker: null },
    ]);
    // After an unnamed source the quotation goes on with the same cue and source, and names no one.
    checkAttributions('“The ferries are too old,” officials said.\n\n“Nobody will insure them.”', [
      { cue: 'said', content: '“The ferries are too old,”', anonymous: true },
      { cue: 'said', source: 'officials', content: '“Nobody will insure them.”', speaker: null, anonymous: true },
    ]);
  });

  it('in the same paragraph, is the speaker\'s even after a noun that is also a cue ("told analysts on a call." left the next quote unattributed)', () => {
    checkAttributions('“We moved too slowly,” Anna Lindqvist told investors on a call. “That is on me.”', [
      { cue: 'told', content: '“We moved too slowly,”', speaker: 'Anna Lindqvist' },
      { cue: 'told', content: '“That is on me.”', speaker: 'Anna Lindqvist' },
    ]);
  });

  it('goes on after an abbreviation\'s full stop that ends the sentence ("told reporters in Salem, Ore. “...”" left it out)', () => {
    checkAttributions('“We moved too slowly,” Anna Lindqvist told reporters in Salem, Ore. “That is on me.”', [
      { cue: 'told', content: '“We moved too slowly,”', speaker: 'Anna Lindqvist' },
      { cue: 'told', content: '“That is on me.”', speaker: 'Anna Lindqvist' },
    ]);
    // A quotation after an abbreviation inside the sentence, in lower case, is no new sentence.
    checkAttributions('Anna Lindqvist said the mills in Salem, Ore. “were too old” to save.', [{ cue: 'said', content: 'the mills in Salem, Ore. “were too old” to save', speaker: 'Anna Lindqvist' }]);
  });
});

describe('a quotation opening the paragraph after a named speaker\'s quotation', () => {
  it('is the same speaker\'s when the rest of the cue\'s sentence follows the speaker ("told the council, which meets ...")', () => {
    checkAttributions('“The ferries are too old,” Anna Lindqvist told the council, which meets in the old customs house.\n\n“Nobody will insure them.”', [
      { cue: 'told', source: 'Anna Lindqvist', content: '“The ferries are too old,”', speaker: 'Anna Lindqvist' },
      { cue: 'told', source: 'Anna Lindqvist', content: '“Nobody will insure them.”', type: 'direct', speaker: 'Anna Lindqvist' },
    ]);
    checkAttributions('“We will rebuild the bridge,” said Tomas Berg, the mayor, speaking in the flooded market square on Saturday.\n\n“It will take two years.”', [
      { cue: 'said', source: 'Tomas Berg, the mayor', content: '“We will rebuild the bridge,”', speaker: 'Tomas Berg' },
      { cue: 'said', source: 'Tomas Berg, the mayor', content: '“It will take two years.”', speaker: 'Tomas Berg', role: 'mayor' },
    ]);
  });

  it('is the same speaker\'s inside a Markdown block quotation', () => {
    checkAttributions('> “The ferries are too old,” Anna Lindqvist told the council, which meets on Fridays.\n>\n> “Nobody will insure them.”\n', [
      { cue: 'told', content: '“The ferries are too old,”', speaker: 'Anna Lindqvist' },
      { cue: 'told', content: '“Nobody will insure them.”', speaker: 'Anna Lindqvist' },
    ], 'markdown');
  });

  it('is no one\'s after another sentence, or when the quotation has a tag of its own the finder did not read', () => {
    checkAttributions('“The ferries are too old,” Anna Lindqvist told the council. Its members voted to keep them.\n\n“Nobody will insure them.”', [
      { cue: 'told', content: '“The ferries are too old,”', speaker: 'Anna Lindqvist' },
      // A vote is a stance of the members, and a quotation after it is still no one's.
      { cue: 'voted', source: 'Its members', content: 'to keep them' },
      { cue: null, source: null, content: '“Nobody will insure them.”', speaker: null },
    ]);
    checkAttributions('“Who wants the ferries to stay?” asked Anna Lindqvist, turning to the dockers at the back of the hall.\n\n“No!” the dockers roared.', [
      { cue: 'asked', content: '“Who wants the ferries to stay?”', speaker: 'Anna Lindqvist' },
      { cue: null, source: null, content: '“No!”', speaker: null },
    ]);
  });

  it('is no one\'s when the speaker\'s cue came before the quotation: the words after it are another clause', () => {
    checkAttributions('Anna Lindqvist answered with a smile: “Not this year.” The council laughed.\n\n“Perhaps next year.”', [
      { cue: 'answered with a smile', content: '“Not this year.”', speaker: 'Anna Lindqvist' },
      { cue: null, source: null, content: '“Perhaps next year.”', speaker: null },
    ]);
  });
});

describe('a paragraph of a quotation that its speaker opened without closing it', () => {
  it('takes the cue and source of "He said:" even when the pronoun has no name to stand for', () => {
    checkAttributions('He said: "The ferries are too old, and the harbour is too shallow for the new ones.\n\n"Nobody will insure them.\n\n"Not this winter."', [
      { cue: 'said', source: 'He', content: '"The ferries are too old, and the harbour is too shallow for the new ones' },
      { cue: 'said', source: 'He', content: '"Nobody will insure them.', type: 'direct' },
      { cue: 'said', source: 'He', content: '"Not this winter."', type: 'direct' },
    ]);
  });
});

describe('a quotation in the sentence after its speaker\'s tag', () => {
  it('is the speaker\'s when the tag\'s sentence goes on with words that are also cues ("in her remarks", "called off", "speaking")', () => {
    checkAttributions('"We moved too slowly," Anna Lindqvist said in her remarks to the board. "That is on me."', [
      { cue: 'said', source: 'Anna Lindqvist', content: '"We moved too slowly,"', speaker: 'Anna Lindqvist' },
      { cue: 'said', source: 'Anna Lindqvist', content: '"That is on me."', speaker: 'Anna Lindqvist' },
    ]);
    checkAttributions('"We will rebuild the bridge," Tomas Berg, the mayor, said on Saturday shortly after the council had called off its vote. "It will take two years."', [
      { cue: 'said', source: 'Tomas Berg, the mayor', content: '"We will rebuild the bridge,"', speaker: 'Tomas Berg' },
      { cue: 'said', source: 'Tomas Berg, the mayor', content: '"It will take two years."', speaker: 'Tomas Berg' },
    ]);
  });
});

describe('a quotation after a label that names its speaker', () => {
  it('is that person\'s, with the role, in a round-up of reactions; so are the quotations run on after it', () => {
    checkAttributions('The replay is on Tuesday night.\n\n- Kilnsea boss Mark Hollis: "They are resolute but I fully expect us to progress. "It is a cup we want to win."\n\n- Redmoor manager Steve Carrow: "They will be fresh and we will be tired."\n', [
      { cue: null, source: null, content: '"They are resolute but I fully expect us to progress.', speaker: 'Mark Hollis', role: 'boss', organisation: 'Kilnsea' },
      { cue: null, source: null, content: '"It is a cup we want to win."', speaker: 'Mark Hollis' },
      { cue: null, source: null, content: '"They will be fresh and we will be tired."', speaker: 'Steve Carrow', role: 'manager' },
    ]);
  });

  it('is that person\'s in a list with the colon left out ("- Kilnsea boss Mark Hollis \\"...\\"" was no quotation at all)', () => {
    const roundUp = 'The replay is on Tuesday night.\n\n- Kilnsea boss Mark Hollis "They are resolute but I fully expect us to progress." "It is a cup we want to win."\n- Redmoor manager Steve Carrow "They will be fresh and we will be tired."\n';
    const expected = [
      { cue: null, source: null, content: '"They are resolute but I fully expect us to progress."', speaker: 'Mark Hollis', role: 'boss', organisation: 'Kilnsea' },
      { cue: null, source: null, content: '"It is a cup we want to win."', speaker: 'Mark Hollis' },
      { cue: null, source: null, content: '"They will be fresh and we will be tired."', speaker: 'Steve Carrow', role: 'manager', organisation: 'Redmoor' },
    ];
    checkAttributions(roundUp, expected);
    // In Markdown the list marker is no part of the paragraph; the quotation still opens after the label.
    checkAttributions(roundUp, expected, 'markdown');
    // A title a noun goes on after is no quotation ('Nordvik's "Go Green" campaign'), nor one after a possessive.
    checkAttributions('Harbour Data "Ship It Now, Pay It Later" campaign was a flop.', []);
    checkAttributions('- Nordvik Shipping\'s "We deliver, you relax." slogan was dropped.', []);
    // With no list marker, a headline in capitals or title case before a quotation is no label.
    for (const headline of ['PORT STRIKE ENDS', 'Ana Berg In Her Own Words']) {
      expect(attributionsOf(`${headline} "We will not close the port on Monday or on any other day."`), headline).toEqual([]);
    }
  });

  it('is no one\'s after a label that is no single name, or a clause', () => {
    for (const label of ['Transcript as follows', 'Ana Ruiz and Ola Berg']) {
      const [quote] = checkAttributions(`${label}: "We will not close the port."`, [{ cue: null, source: null, content: '"We will not close the port."' }]);
      expect(quote.speaker, label).toBeNull();
    }
    // A clause is no label, but its subject is the speaker (the colon is the cue), not "Ana Ruiz".
    const [clause] = checkAttributions('He had a short message for Ana Ruiz: "We will not close the port."', [{ cue: ':', source: 'He', content: '"We will not close the port."' }]);
    expect(clause.speaker).toBeNull();
  });
});

describe('a quotation signed with a dash and a name', () => {
  it('has the dash as its cue and the name as its source when the name ends the line ("” ― Sonya Whitlock" was unattributed)', () => {
    checkAttributions('“The buses never come.” ― Marta Lind\n“We pay twice for everything.”— Jonas Berg.', [
      { cue: '―', source: 'Marta Lind', content: '“The buses never come.”', type: 'direct', speaker: 'Marta Lind' },
      { cue: '—', source: 'Jonas Berg', content: '“We pay twice for everything.”', type: 'direct', speaker: 'Jonas Berg' },
    ]);
    // A dash before more than a name is no signature, and a cue after the name keeps its reading.
    checkAttributions('“Go home.” — and they did.', [{ cue: null, source: null, content: '“Go home.”' }]);
    checkAttributions('“This was theft.” — Ivo Lind, the director, said.', [{ cue: 'said', source: 'Ivo Lind, the director', content: '“This was theft.”' }]);
  });
});

describe('a quotation after a participle clause of the speaker', () => {
  it('goes on with the speaker\'s quoted words, not with the participle ("said Ana Ruiz, referring to ...")', () => {
    checkAttributions('"We need the law changed," said Ana Ruiz, referring to the rules for cities. "Give us the tool and we will finish the job."', [
      { cue: 'said', source: 'Ana Ruiz', content: '"We need the law changed,"' },
      { cue: 'referring to', source: 'Ana Ruiz', content: 'the rules for cities' },
      { cue: 'said', source: 'Ana Ruiz', content: '"Give us the tool and we will finish the job."' },
    ]);
  });
});

describe('a quotation running over paragraphs in a long article resolved again after each edit', () => {
  it('gives what a fresh run gives when an edit makes or breaks the speaker link, resumed from a saved state or not', () => {
    const filler = 'Rain fell on 12 days in May and the roads into the valley were closed for the whole week.\n\n';
    const quotation = (name: string) => `“The ferries are too old,” ${name} told the council, which meets in the old customs house.\n\n“Nobody will insure them.\n\n“Not this winter.”\n\n`;
    let text = filler.repeat(300) + quotation('Marta Lind') + filler.repeat(300) + quotation('Ida Berg') + filler.repeat(20);
    const memo = new ResolveMemo();
    const speakers = () => {
      const resolved = resolve(text, unresolvedAttributionsOf(text), { memo });
      expect(JSON.stringify(resolved)).toBe(JSON.stringify(resolve(text, unresolvedAttributionsOf(text))));
      return resolved.map((a) => a.speaker);
    };
    const type = (at: number, typed: string) => (text = text.slice(0, at) + typed + text.slice(at));
    expect(speakers()).toEqual(['Marta Lind', 'Marta Lind', 'Marta Lind', 'Ida Berg', 'Ida Berg', 'Ida Berg']);
    // Typing far on twice saves a state; then a new sentence after each tag in turn breaks its link.
    type(text.length - 50, 'x');
    speakers();
    type(text.length - 50, 'y');
    speakers();
    type(text.indexOf('customs house.', text.indexOf('Ida Berg')) + 'customs house.'.length, ' It voted.');
    expect(speakers()).toEqual(['Marta Lind', 'Marta Lind', 'Marta Lind', 'Ida Berg', null, null]);
    expect(memo.resumed).toBeGreaterThan(0);
    type(text.indexOf('customs house.') + 'customs house.'.length, ' It voted.');
    expect(speakers()).toEqual(['Marta Lind', null, null, 'Ida Berg', null, null]);
    // And deleted again.
    text = text.replace(' It voted.', '');
    expect(speakers()).toEqual(['Marta Lind', 'Marta Lind', 'Marta Lind', 'Ida Berg', null, null]);
  });
});

describe('a quotation after one sentence more about the speaker', () => {
  it('is the speaker\'s when that sentence\'s subject is the speaker again ("And he brushed off ... “If you look ...”" had no speaker)', () => {
    checkAttributions('Mr Hale said the vote would be close. And he brushed off talk of a pact with the Greens. "If you look at the last three by-elections, we won them all."', [
      { cue: 'said', source: 'Mr Hale', content: 'the vote would be close' },
      { cue: 'said', source: 'Mr Hale', content: '"If you look at the last three by-elections, we won them all."', type: 'direct' },
    ]);
    checkAttributions('She said the wards were full. She finished with an appeal to donors. "Every pound helps."', [
      { cue: 'said', source: 'She', content: 'the wards were full' },
      { cue: 'said', source: 'She', content: '"Every pound helps."', type: 'direct' },
    ]);
  });

  it('stays unattributed when that sentence is about someone else, or its pronoun disagrees with the title', () => {
    checkAttributions('Mr Hale said the vote would be close. And she brushed off talk of a pact with the Greens. "If you look at the last three by-elections, we won them all."', [
      { cue: 'said', source: 'Mr Hale', content: 'the vote would be close' },
      { cue: null, source: null, content: '"If you look at the last three by-elections, we won them all."', speaker: null },
    ]);
    checkAttributions('Mr Hale said the vote would be close. The Greens met in Leeds on Friday. "If you look at the last three by-elections, we won them all."', [
      { cue: 'said', source: 'Mr Hale', content: 'the vote would be close' },
      { cue: null, source: null, content: '"If you look at the last three by-elections, we won them all."', speaker: null },
    ]);
  });
});

describe('a quotation right after a sentence about a person named in full or with a title', () => {
  it('is that person\'s, with no cue ("Mr Hale, however, was dismissive. “Mistakes like that happen ...”" had no speaker)', () => {
    checkAttributions('Mr Hale, however, was dismissive. "Mistakes like that happen now and then."', [
      { cue: null, source: 'Mr Hale', content: '"Mistakes like that happen now and then."', type: 'direct', speaker: 'Hale' },
    ]);
    checkAttributions('Ana Lima went on to list the council\'s achievements. "So now we have a choice."', [
      { cue: null, source: 'Ana Lima', content: '"So now we have a choice."', type: 'direct', speaker: 'Ana Lima' },
    ]);
  });

  it('stays unattributed after a word alone, a noun or a body opening the sentence before', () => {
    for (const before of ['Advertising pays for the whole show.', 'Lima is keen to take it slowly.', 'The council met on Friday.']) {
      checkAttributions(`${before} "We could make a fortune from it."`, [{ cue: null, source: null, content: '"We could make a fortune from it."', speaker: null }]);
    }
  });
});

describe('a quotation of several sentences in straight marks, one of them ending in single marks', () => {
  it('opens the next sentence anew after "...,\'" ("say \'wow - that\'s interesting.\' "My personal ..." closed the quotation there, and the next one ran from the writer\'s words to a cue inside it)', () => {
    checkAttributions(`"The offer made us say 'wow, that is big.' "My own view is that we should take it." Some fans would hate the move, but Berg countered: "I see the risk."`, [
      { cue: null, source: null, content: `"The offer made us say 'wow, that is big.'`, type: 'direct' },
      { cue: null, source: null, content: '"My own view is that we should take it."', type: 'direct' },
      { cue: 'would hate', source: 'Some fans', content: 'the move' },
      { cue: 'countered', source: 'Berg', content: '"I see the risk."', type: 'direct' },
    ]);
  });
});
