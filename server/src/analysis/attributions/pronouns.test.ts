import { describe, expect, it } from 'vitest';
import { attributionsOf } from './testing.js';

// Sentences written for these tests in the style of wire copy: who "he" and "she" stand for.

/** The speaker of each attribution, in document order. */
const speakers = (text: string) => attributionsOf(text).map((a) => a.speaker ?? null);

describe('"he" and "she"', () => {
  it('gives either to a person an age description named, as the age says no sex ("Kira Lenz ... the 34-year-old said. She added" had no speaker)', () => {
    expect(speakers('Greta Moll won the final in Lyon on Sunday. "I was calm," the 27-year-old said. She added that the wind had helped.')).toEqual(['Greta Moll', 'Greta Moll']);
    expect(speakers('Tomas Vidal won the final in Lyon on Sunday. "I was calm," the 27-year-old said. He added that the wind had helped.')).toEqual(['Tomas Vidal', 'Tomas Vidal']);
    // A given name still says the sex.
    expect(speakers('Michael Vidal won the final in Lyon on Sunday. "I was calm," the 27-year-old said. She added that the wind had helped.')).toEqual(['Michael Vidal', null]);
  });

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

  it('does not read a verb\'s object and the pronoun after it as the person\'s own ("Carr told him he had" made Carr a "he")', () => {
    const text = 'Lee Carr said the deal was done. Later Carr told him he had to sign, and Carr warned him he was late. "We are ready," she said.';
    expect(speakers(text)).toEqual(['Lee Carr', 'Lee Carr', 'Lee Carr', 'Lee Carr']);
    // Said of the person, it counts: "Carr said he" twice makes a "he".
    expect(speakers('Lee Carr said the deal was done. Carr said he was ready. Carr said he would sign. "We are ready," she said.').at(-1)).toBeNull();
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

describe('"he" and "she" after a report that names someone else', () => {
  it('gives the pronoun of the next sentence to who reported, not to the person inside the report ("Glenn Mackie said the mayor had asked for a review. He said" went to the mayor)', () => {
    const text = 'Correspondent Tomas Berg said the mayor, Peter Lind, had ordered a review of the ferry. He said: "We expect it within a month."';
    expect(speakers(text)).toEqual(['Tomas Berg', 'Peter Lind', 'Tomas Berg']);
    const inside = 'Tomas Berg said the cuts proposed by Peter Lind were the equivalent of closing every school, he told activists.';
    expect(speakers(inside).at(-1)).toBe('Tomas Berg');
  });

  it('gives the pronoun to a known person who is the subject of a clause after "but" in the sentence before ("Lind claimed the title was his, but Berg is unfazed. He admitted" went to Lind)', () => {
    const text = 'Tomas Berg said the race was hard. Peter Lind won last week and then claimed the title would be his, but Berg is unfazed.\n\nHe admitted: "He looked good."';
    expect(speakers(text)).toEqual(['Tomas Berg', 'Peter Lind', 'Tomas Berg']);
    // Someone not met is no referent; nor is a clause two sentences back.
    expect(speakers('Peter Lind won last week and then claimed the title would be his, but Berg is unfazed. He admitted: "He looked good."').at(-1)).toBe('Peter Lind');
    expect(speakers('Tomas Berg said the race was hard. Peter Lind then claimed the title would be his, but Berg is unfazed. The race is on Sunday. He admitted: "He looked good."').at(-1)).toBe('Peter Lind');
  });

  it('keeps the person met last after a clause joined by "but", a quoting verb, or a sentence between', () => {
    const joined = 'Tomas Berg said he was tired of asking for a faster court, but club director Peter Lind rejected his complaint. "We did make it faster," he said.';
    expect(speakers(joined).at(-1)).toBe('Peter Lind');
    const quoted = 'The Harbour Gazette quoted Peter Lind telling activists that he wanted a new bridge. "It is our duty," he said.';
    expect(speakers(quoted).at(-1)).toBe('Peter Lind');
    const later = 'Tomas Berg said the mayor, Peter Lind, had ordered a review of the ferry. The mayor\'s roots are in the islands. In Riga last week, he told a meeting that few people understood the stakes.';
    expect(speakers(later)[2]).toBe('Peter Lind');
  });
});

describe('"he" and "she" after a sentence about someone new', () => {
  it('gives the pronoun opening the next sentence to the person that sentence is about ("He said" after "Piers Goodwin is a senior housing officer" went to the union\'s spokesman)', () => {
    const text = 'Union spokesman Tomas Berg said the strike was solid. Kaspars Ozols is a senior clerk on the picket line at the tax office. He said: "We have no choice."';
    expect(speakers(text)).toEqual(['Tomas Berg', 'Kaspars Ozols']);
    // A sentence further on says less: the pronoun keeps the speaker.
    expect(speakers('Union spokesman Tomas Berg said the strike was solid. Kaspars Ozols is a senior clerk on the picket line. The queue was long. "We have no choice," he said.')[1]).toBe('Tomas Berg');
  });

  it('does not take a band or an employer before a role and a name for the subject ("Harbour Lights frontwoman Ana Lumen ... She told" went to "Harbour Lights")', () => {
    const text = 'Jonas Berg won the prize for best song. Silver Harbours frontwoman Ilze Ozola collected the album prize from a judge. She told the audience she was stunned.';
    expect(speakers(text)[0]).not.toBe('Silver Harbours');
  });
});

describe('"he" and "she" for a sentence\'s subject described before or after the name', () => {
  const who = (text: string) => attributionsOf(text).map((a) => [a.speaker ?? null, a.role ?? null, a.organisation ?? null]);

  it('reads a subject past a "who" clause ("Rebecca Sinclair, who ran the Treasury ..., returns as foreign secretary. She told reporters" had no speaker)', () => {
    const text = 'Ilze Ozola, who ran the treasury for two years before the election, returns as foreign minister. She told reporters that she was honoured.';
    expect(who(text)[0][0]).toBe('Ilze Ozola');
  });

  it('reads a subject past a short description in commas ("Ellen Marchetti, known as Queen of the Harbour, wrote ... she said" had no speaker once "wrote an account" was no cue)', () => {
    const text = 'Linda Moll, known as the Lady of the Dunes, wrote an anonymous account of her life. She was suspended by the airline in May. In a statement, she said she would sue.';
    expect(who(text).map((w) => w[0])).toEqual(['Linda Moll']);
    expect(speakers('Linda Moll, a former ferry captain, wrote a book about the strait. She said the crossing was safe.')).toEqual(['Linda Moll']);
    // A list of names is no description: the pronoun may be either woman's.
    expect(speakers('Linda Moll, Anna Berg and Ilze Ozola wrote a book about the strait. She said the crossing was safe.')).toEqual([null]);
  });

  it('reads a subject after a possessor ("Labour\'s Linda Moll won the seat in 2019. She says" had no speaker)', () => {
    expect(speakers('Labour\'s Linda Moll won the seat in 2019 and has a small majority. She says she will fight on.')).toEqual(['Linda Moll']);
    expect(speakers('The Harbour Post\'s Peter Lind wrote the story. "It took a year," he said.')).toEqual(['Peter Lind']);
    // "The" alone before capitals is no possessor: "The Liberal Democrat leader" names no one.
    expect(speakers('Charles Moll will speak in Leeds. The Liberal Democrat leader will visit a school. He will say the party is ready.')).toEqual(['Charles Moll']);
  });

  it('reads a surname alone opening the pronoun\'s own sentence, named in full before ("O\'Lind has been in talks ... and he said" went to the player named before)', () => {
    const text = 'Harbour FC\'s Tomas Vidal is waiting for news on the future of manager David O\'Lind before signing a new contract.\n\nO\'Lind has been in talks over a contract and he said: "I had a message from his agent."';
    expect(who(text).map((w) => w[0])).toEqual(['David O\'Lind']);
    // A capitalised name after the surname in that sentence may be whom the pronoun stands for.
    expect(speakers('Peter Lind met the minister. Lind gave champion Tomas Vidal a medal when he said the race was fair.')).not.toContain('Peter Lind');
  });

  it('reads a subject after a word of where the person is from ("Briton Kelly Lind won ... she said" had no speaker)', () => {
    expect(speakers('Briton Linda Moll won the final on Sunday. "It was hard," she said.')).toEqual(['Linda Moll']);
    expect(speakers('By any measure, New Yorker Peter Lind is a winner. He has worked for many parties. "It was hard," he said.')).toEqual(['Peter Lind']);
    expect(speakers('Australian Peter Lind beat the champion in Perth. "I was calm," he said.')).toEqual(['Peter Lind']);
    // A capitalised word that is neither a title nor a place of origin still names no one.
    expect(speakers('Harbour Peter Lind beat the champion in Perth. "I was calm," he said.')).toEqual([null]);
  });

  it('reads a subject after an employer and a title in lower case ("Rovers manager Steve Holloway had made ... He told" went to the agent who spoke before)', () => {
    const text = 'His agent, Janis Kalns, said the forward was happy. Harbour City manager Tomas Berg had made the striker his main target. He told a news conference that he was confident.';
    expect(who(text).map((r) => r[0])).toEqual(['Janis Kalns', 'Tomas Berg']);
    expect(who(text)[1]).toEqual(['Tomas Berg', 'manager', 'Harbour City']);
    // A nationality is part of the role.
    const national = 'Latvian striker Tomas Berg will miss the match. "I am sad," he said.';
    expect(who(national)).toEqual([['Tomas Berg', 'Latvian striker', null]]);
  });

  it('gives the pronoun to someone met before who is the subject again since another spoke ("Alicia Varnova spent the war ... she said" went to Diaghilev)', () => {
    const text = 'Dame Ilze Ozola, who has died aged 94, was the first prima ballerina of the age. When she was eight, she began ballet lessons.\n\n' +
      'The impresario, Pavel Novak, who wanted her to perform with his troupe, said she was gifted.\n\n' +
      'Ilze Ozola spent the war in America, where she danced to huge audiences. She retired in 1963, a sudden decision, she said.';
    expect(who(text).map((r) => r[0])).toEqual(['Pavel Novak', 'Pavel Novak', 'Ilze Ozola']);
  });

  it('reads a subject after a capitalised office or a qualifier ("Ex-Home Secretary David Pellow has given clues ... He told" had no speaker)', () => {
    const office = (title: string) => `Tom Lind said the vote was close. ${title} Piet Mol has given fresh clues about the date. He told reporters that Monday was likely.`;
    expect(who(office('Home Secretary')).at(-1)).toEqual(['Piet Mol', 'Home Secretary', null]);
    expect(who(office('Ex-Home Secretary')).at(-1)).toEqual(['Piet Mol', 'Ex-Home Secretary', null]);
    // "Former" qualifies the office and is no employer.
    expect(who(office('Former minister')).at(-1)).toEqual(['Piet Mol', 'Former minister', null]);
    // Capitals that end in no title are no office.
    expect(who(office('Harbour City')).at(-1)?.[0]).toBe('Tom Lind');
  });

  it('names in full a person met by surname alone when a subject gives the full name ("Pellow hints ... David Pellow has given ... He told" kept "Pellow")', () => {
    const text = 'Mol hints at a May vote\n\nEx-Home Secretary Piet Mol has given fresh clues about the date. He told reporters that Monday was likely.';
    expect(who(text).at(-1)).toEqual(['Piet Mol', 'Ex-Home Secretary', null]);
  });

  it('reads a subject who shares a speaker\'s surname as someone new ("Nigel Berg said ... Meanwhile, Matt Berg will not be fined ... He denies" went to Nigel Berg)', () => {
    const text = 'Referee Nigel Berg said: "I am sure the match was run fairly." Meanwhile, Matt Berg will not be fined for his remarks about the referees. He denies swearing.';
    expect(who(text).map((r) => r[0])).toEqual(['Nigel Berg', 'Matt Berg']);
    // The same full name again is the same person.
    const same = 'Referee Nigel Berg said: "I am sure the match was run fairly." Meanwhile, Nigel Berg will not be fined for his remarks about the referees. He denies swearing.';
    expect(who(same).map((r) => r[0])).toEqual(['Nigel Berg', 'Nigel Berg']);
  });

  it('reads a subject after an opener or a conjunction, and "Name\'s" as "is" ("For his part, Adam Kessler\'s carrying on ... He loves" went to the last speaker)', () => {
    const contracted = 'Tom Reed, the mayor, said the budget was tight. For his part, Piet Mol\'s pressing ahead with his plan for the harbour. He says the cost will fall.';
    expect(who(contracted).map((r) => r[0])).toEqual(['Tom Reed', 'Piet Mol']);
    const opener = 'Tom Reed, the mayor, said the budget was tight. But Piet Mol is doubtful. He thinks the cost will rise.';
    expect(who(opener).map((r) => r[0])).toEqual(['Tom Reed', 'Piet Mol']);
    // A possessive is no subject: the plan was rejected, not Piet Mol.
    const possessive = 'Tom Reed, the mayor, said the budget was tight. Piet Mol\'s plan for the harbour was dropped. He says the cost will fall.';
    expect(who(possessive).at(-1)?.[0]).toBe('Tom Reed');
    // A list of surnames opens no sentence with an adverbial.
    const list = 'Tom Reed, the mayor, said the budget was tight. Lind, Piet Mol and Berg voted against the plan. He says the cost will fall.';
    expect(who(list).at(-1)?.[0]).toBe('Tom Reed');
  });

  it('does not skip a person described by an office opening the sentence before ("Tony Blair faces ... Meanwhile, the chancellor is leaving ... he insisted" went to Blair)', () => {
    const text = 'Peter Berg faces his first questions of the year after a week of talk about his deputy.\n\nMeanwhile, the chancellor is leaving for a tour of Africa. But before doing so, he insisted he still trusted Mr Berg.';
    expect(who(text).at(-1)?.[0]).toBeNull();
    // Without it, the subject before is the one.
    const plain = 'Peter Berg faces his first questions of the year after a week of talk about his deputy.\n\nBut before doing so, he insisted he still trusted his team.';
    expect(who(plain).at(-1)?.[0]).toBe('Peter Berg');
  });

  it('gives the pronoun to a person introduced in the sentence before it ("The new health secretary is Priya Nandakumar" and "The jury heard from Sandra Okoye" left "she" with the last woman who spoke)', () => {
    const office = 'Ilze Ozola said the cabinet was ready. The new health minister is Anna Berg, a former doctor. Asked about the targets, she said she would look at the evidence.';
    expect(who(office).at(-1)).toEqual(['Anna Berg', 'health minister', null]);
    const court = 'Prosecutor Ilze Ozola said the builder had lied. The jury heard from Anna Berg, who paid a deposit in 2020. She said the builder had promised a date.';
    expect(who(court).map((r) => r[0])).toEqual(['Ilze Ozola', 'Anna Berg']);
    // Two sentences on, the one who spoke.
    const later = 'Prosecutor Ilze Ozola said the builder had lied. The jury heard from Anna Berg, who paid a deposit in 2020. The case was adjourned. She said the builder had promised a date.';
    expect(who(later).map((r) => r[0])).toEqual(['Ilze Ozola', 'Ilze Ozola']);
  });

  it('reads a surname with an age opening the sentence before as the subject, named in full before ("Lindqvist, 59, joined Halvorsen ... He told staff" had no speaker)', () => {
    const text = 'The chief executive of Ostvik Foods, Peter Kalns, resigned on Monday. The company said the board had accepted it.\n\nKalns, 59, joined Ostvik in 2017. He told staff in an email that he was sorry.';
    expect(who(text).at(-1)?.[0]).toBe('Peter Kalns');
    // Two sentences on, no.
    const later = 'The chief executive of Ostvik Foods, Peter Kalns, resigned on Monday. The company said the board had accepted it.\n\nKalns, 59, joined Ostvik in 2017. Sales fell. He told staff in an email that he was sorry.';
    expect(who(later).at(-1)?.[0]).toBeNull();
  });

  it('reads a title of address before a full name opening a sentence as its sex, and as no role ("Ms Kira Lenz won ... he said" went to her, with the role "Ms")', () => {
    expect(speakers('Ms Kira Lenz won the sprint in Bergen. The rain held off. "I was lucky," he said.')).toEqual([null]);
    const she = attributionsOf('Ms Kira Lenz won the sprint in Bergen. The rain held off. "I was lucky," she said.');
    expect(she.map((a) => [a.speaker ?? null, a.role ?? null])).toEqual([['Kira Lenz', null]]);
  });

  it('reads a surname alone opening the sentence before as the subject, named in full before ("Oberholz has now beaten Varga ... he said" had no speaker)', () => {
    const text = 'Second seed Tomas Varga lost to Jurgen Oberholz in the final of the Lakeside Open on Sunday. Oberholz has now beaten Varga in three of their four meetings. "I stuck to my plan," he said.';
    expect(speakers(text)).toEqual(['Jurgen Oberholz']);
    // After a sentence opener too.
    expect(speakers('Kira Lenz won the sprint in Bergen. Meanwhile, Lenz crossed the line well clear. "I was lucky," she said.')).toEqual(['Kira Lenz']);
    // Never named in full: no one.
    expect(speakers('Second seed Tomas Varga lost in the final. Oberholz has now beaten Varga twice. "I stuck to my plan," he said.')).toEqual([null]);
    // Two sentences on, or with another sentence between: no one.
    expect(speakers('Jurgen Oberholz won the final. Oberholz has now beaten Varga twice. The crowd cheered. "I stuck to my plan," he said.')).toEqual([null]);
    // Not a woman for "he" by her title of address.
    expect(speakers('Kira Lenz won the sprint in Bergen on Sunday. Ms Lenz is 24. Lenz crossed the line well clear. "I was lucky," he said.')).toEqual([null]);
    // A headline has no stop, so the sentence after it is read with it: only a pronoun opening the next sentence is its subject's.
    expect(speakers("Lenz wins in Oslo\n\nNorway's Kira Lenz took the sprint title on Sunday.\n\nShe said the ice was fast.")).toEqual(['Kira Lenz']);
    expect(speakers("Lenz wins in Oslo\n\nNorway's Kira Lenz took the sprint title on Sunday.\n\nThe ice was fast and she said it suited her.")).toEqual([null]);
    expect(speakers('Oberholz waits on Kerr\n\nSecond seed Jurgen Oberholz is waiting on his coach.\n\nKerr has been in talks and he said: "We will see."')).toEqual([null]);
  });

  it('gives a pronoun inside a clause of its own sentence to the name that opens it ("Actor Tomas Berg is suing Harbour Films over a fall he said he had" had no speaker)', () => {
    expect(speakers('Actor Tomas Berg is suing Harbour Films over a fall he said he had on set.')).toEqual(['Tomas Berg']);
    // A tag after a comma reports the sentence, which names someone else.
    expect(speakers('And Tomas Berg would lead the campaign, he said.')).toEqual([null]);
    // Another man named in full in between may be the one.
    expect(speakers('Actor Tomas Berg is suing director Ivan Kalns over a fall he said he had on set.')).toEqual([null]);
  });

  it('reads surnames with a capital inside as names ("McCready", "MacFarlane": "Rangers manager Alex McCready ... he added" had no speaker)', () => {
    expect(speakers('Rovers manager Alan McKenna watched his side lose 2-0 in Riga. "We were poor," he said.')).toEqual(['Alan McKenna']);
    expect(speakers('Alan McKenna won the final in Riga. McKenna has now beaten Varga twice. "I stuck to my plan," he said.')).toEqual(['Alan McKenna']);
  });

  it('reads a surname with a short description in commas as a subject ("Oberholz, who has won the title twice, will have a scan. He said" had no speaker)', () => {
    const text = 'Jurgen Oberholz pulled out of the Lakeside Open with a back injury. Oberholz, who has won the title twice, will have a scan on Monday. He said the pain had come on in the warm-up.';
    expect(speakers(text)).toEqual(['Jurgen Oberholz']);
    // A speaker known by surname alone, set off by a participle clause.
    const spoken = 'But Oberholz, speaking to the Herald, also admits Varga will decide his own future. He told reporters: "Tomas is not for sale."';
    expect(attributionsOf(spoken).filter((a) => spoken.slice(a.cue.start, a.cue.end) === 'told').map((a) => a.speaker ?? null)).toEqual(['Oberholz']);
    // A full name opening the pronoun's own sentence is its subject instead.
    const other = 'Jurgen Oberholz won the men\'s race. Oberholz, representing Latvia, moved clear over the last lap. Tomas Varga came in third as he continues his comeback from injury.';
    expect(attributionsOf(other).map((a) => a.speaker ?? null)).not.toContain('Jurgen Oberholz');
  });

  it('keeps the surname subject of the sentence before when a time or a place opens the pronoun\'s own sentence ("On Sunday he said" was read as a full name)', () => {
    for (const opening of ['On Sunday he', 'In Riga he', 'Last Sunday, he']) {
      const text = `Jurgen Oberholz pulled out of the Lakeside Open. Oberholz moved clear of the pack to win on Saturday. ${opening} said the race had been hard.`;
      expect(speakers(text), opening).toEqual(['Jurgen Oberholz']);
    }
  });

  it('does not give the pronoun to an unnamed source inside what the person before reported ("Ana Berg told reporters her son had told her ... she said" went to "son")', () => {
    const text = 'Anna Lind told reporters that her son had told her he was innocent. "I know him," she said.';
    expect(speakers(text)).toEqual(['Anna Lind', null, 'Anna Lind']);
    // An unnamed person who speaks after the report is still whom the pronoun stands for.
    const after = attributionsOf('Anna Lind said the ferry was late. A nurse on board said the crew had left. "It was cold," she said.');
    expect(after.map((a) => [a.speaker ?? null, a.role ?? null])).toEqual([['Anna Lind', null], [null, 'nurse'], [null, 'nurse']]);
    // A pronoun inside that same report may be anyone it tells of: no speaker, and not the unnamed one.
    const inside = attributionsOf('Karl Oberholz told the magazine that an assistant had noticed the player was ready when he smiled and asked: "Shall we?"');
    expect(inside.at(-1)?.speaker ?? null).toBeNull();
    expect(inside.at(-1)?.role ?? null).toBeNull();
  });

  it('does not give the pronoun to a subject before when its own sentence names someone after a description ("Riga gave chess champion Ivo Kalns a reward when he refused" went to the striker named before)', () => {
    const named = 'Latvian striker Peter Berg will not travel to Riga for the match on Wednesday. Riga gave chess champion Ivo Kalns a reward when he refused to play an opponent from the north, the club said.';
    expect(who(named).at(-1)?.[0]).toBeNull();
    const plain = 'Latvian striker Peter Berg will not travel to Riga for the match on Wednesday. The decision was made on Monday. He refused to play an opponent from the north, the club said.';
    expect(who(plain).at(-1)).toEqual(['Peter Berg', 'Latvian striker', null]);
    // "Latvian striker" names no club for "the club".
    expect(who(plain)[0]).toEqual([null, null, 'club']);
  });

  it('counts no subject inside a quotation, nor one whose own sentence says another spoke ("Gordon Brown knows it," Andrew Dunmore said. He added went to Brown)', () => {
    const quoted = 'Janis Kalns said the talks had failed. "Tomas Berg knows it as well as anyone. It is damaging," Mr Kalns said. He added that the rift was deep.';
    expect(who(quoted).map((r) => r[0])).toEqual(['Janis Kalns', 'Janis Kalns', 'Janis Kalns']);
    const framed = 'Janis Kalns, the party\'s strategist, said the leader was keen. Tomas Berg met him on Monday. The leader has the same passion for the job, he said. He said no date was set.';
    expect(who(framed).at(-1)?.[0]).not.toBe('Tomas Berg');
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
    // "was asked about the next round" is a question with no source (the third).
    expect(attributionsOf(text).map((a) => a.speaker ?? null)).toEqual(['Martin Vos', 'Martin Vos', null, null]);
    // The same nationality again is the same person.
    expect(attributionsOf('Martin Vos said the win was hard. "It was tough," the Dutchman said. "We go on," the Dutchman added.').map((a) => a.speaker ?? null)).toEqual(['Martin Vos', 'Martin Vos', 'Martin Vos']);
  });
});

describe('"she" after a titled name that opens the sentence before', () => {
  it('is that person, not the person or company that spoke last ("President Ellen Hart approved ... she wrote" went to "Entergy Texas", then to no one)', () => {
    const text = 'Alex Reed, the port director, said the ferries would stay in port. Governor Ana Lima approved money for repairs to the coast road. "We will rebuild," she wrote on social media.';
    expect(attributionsOf(text).map((a) => [a.speaker ?? null, a.role ?? null])).toEqual([['Alex Reed', 'port director'], ['Ana Lima', 'Governor']]);
    // A company's arm in a region is an organisation, not a person "she" could stand for.
    expect(attributionsOf('Halden Texas said power would be back by Friday.').map((a) => [a.speaker ?? null, a.speakerKind ?? null])).toEqual([['Halden Texas', 'organisation']]);
    // A man's given name does not hold "she".
    expect(speakers('Ana Berg said the roads were closed. Governor Tom Reed approved money for repairs. "We will rebuild," she said.')).toEqual(['Ana Berg', 'Ana Berg']);
  });
});

describe('"he" or "she" for someone named as a sentence\'s subject, never a source', () => {
  it('takes a full name with a title, an age or a given name of that sex opening a sentence before ("Graham Pike, 58, used ... He admitted" had no speaker)', () => {
    expect(speakers('Prime Minister Tom Okafor visited a rest centre in Selby on Sunday. Later he wrote that the government would help every family.')).toEqual(['Tom Okafor']);
    expect(speakers('Kevin Marsh, 58, spent the money on two flats in Lisbon, the court heard. He admitted fraud at an earlier hearing.')).toEqual([null, 'Kevin Marsh']);
    // Past the last person who spoke: the subject named since is whom "she" stands for.
    const since = 'Rita Holm, the agency\'s duty manager, said the river had peaked. "It will stay high," she said.\n\nMargaret Vale, 81, spent the night in a school hall. "I have never seen anything like it," she said.';
    expect(speakers(since)).toEqual(['Rita Holm', 'Rita Holm', 'Margaret Vale']);
  });

  it('takes a name whose next sentence opens with the pronoun, however far back ("Lena Marsh became education secretary in March. She spoke to ...")', () => {
    const text = '*Rina Talvik became health secretary in May. She spoke to our correspondent about waiting lists.*\n\n**How long is the wait?**\n\nUnions say 7,000 nurses left last year. The figure is real.\n\n**Will any wards close?**\n\n"We will not close a ward this winter," she said.';
    expect(speakers(text).at(-1)).toBe('Rina Talvik');
  });

  it('takes the office that sentence says the person took as the role ("Lena Marsh became education secretary in March" gave "she" no role)', () => {
    const roles = (text: string) => attributionsOf(text).map((a) => [a.speaker ?? null, a.role ?? null]);
    expect(roles('Rina Talvik became health secretary in May. She said waiting lists would fall.')).toEqual([['Rina Talvik', 'health secretary']]);
    expect(roles('Ana Lima was appointed chief executive last year. She said profits would rise.')).toEqual([['Ana Lima', 'chief executive']]);
    // A family's word is no office.
    expect(roles('Tom Reed became a father in May. He said he slept little.')).toEqual([['Tom Reed', null]]);
  });

  it('takes "Mr Blair" opening a sentence as the person named in full before, with what that mention said', () => {
    const text = 'Prime Minister Tom Reed will visit Oslo on Monday. Mr Reed told a news conference the talks would go well. "There is no question of a veto," he said.';
    expect(attributionsOf(text).map((a) => [a.speaker ?? null, a.role ?? null]).at(-1)).toEqual(['Tom Reed', 'Prime Minister']);
    // Not someone of the other sex named in full before: "Mrs Reed" is not Tom Reed.
    expect(speakers('Tom Reed will visit Oslo on Monday.\n\nMrs Reed made her first speech in Oslo. She said she was proud.')).toEqual(['Reed']);
  });

  it('takes no one named inside the pronoun\'s own sentence, nor a given name of the other sex, nor a name once another of that sex is named since', () => {
    expect(speakers('And Tom Reed would lead the campaign, he said.')).toEqual([null]);
    expect(speakers('Tom Reed opened the new bridge on Monday. "It is a great day," she said.')).toEqual([null]);
    expect(speakers('Tom Reed scored twice before the break. Midfielder Ivan Lind added a third. "We had chances," he said.')).toEqual(['Ivan Lind']);
  });
});

describe('"he" or "she" for a sentence\'s subject described by a word for a performer or by fame', () => {
  const roles = (text: string) => attributionsOf(text).map((a) => [a.speaker ?? null, a.role ?? null, a.organisation ?? null]);

  it('takes a name after "Songwriter", "frontwoman", "star" or "legend" as a titled one ("Songwriter Guy Chambers, who has worked with ..., has backed the scheme. He said" had no speaker)', () => {
    expect(roles('Songwriter Ilse Marten, who has worked with many bands, has joined the scheme. She said it would help young writers.').at(-1)).toEqual(['Ilse Marten', 'Songwriter', null]);
    expect(roles('The prizes were handed out in Oslo. Harbour Lights frontwoman Kari Lunde collected the best album prize. She told the crowd it was a dream.'))
      .toEqual([['Kari Lunde', 'frontwoman', 'Harbour Lights']]);
    expect(roles('The awards were given on Sunday. Soap star Dan Ferris won the prize for Harbour Town, which he wrote, directed and starred in.').at(-1)).toEqual(['Dan Ferris', 'star', 'Soap']);
  });

  it('takes no one further back when a relative of that sex opens the sentence before ("His wife Sharon ... agreed. "...," she said" went to "Rock star Ozzy Osbourne")', () => {
    const text = 'Rock star Kit Dunmore has grown tired of cameras at home. His wife Ilse, who also appears in the show, agreed. "Everybody is doing it now," she said.';
    expect(speakers(text).at(-1)).toBeNull();
    // A relative of the other sex does not stand in the way.
    expect(speakers('Singer Anna Dunmore won the prize on Sunday. Her husband Kit, who runs her label, was at home. "It is a dream," she said.').at(-1)).toBe('Anna Dunmore');
  });

  it('takes no one of the other sex, and no word that is no person\'s ("Harbour Sound" is no title)', () => {
    expect(speakers('Songwriter Tom Marten, who has worked with many bands, has joined the scheme. She said it would help young writers.').at(-1)).toBeNull();
    expect(speakers('Harbour Sound Kari Lunde collected the best album prize on Sunday. "It is a dream," she said.')).not.toContain('Kari Lunde');
  });
});

describe('"he" or "she" for the one person named after a role word in the sentence before', () => {
  const roles = (text: string) => attributionsOf(text).map((a) => [a.speaker ?? null, a.role ?? null, a.organisation ?? null]);

  it('takes a person named as an object at the end of that sentence ("Her comments did not impress shadow health secretary ... "...," he said" had no speaker)', () => {
    expect(roles('The row grew on Monday. Her plan did not impress Green shadow transport secretary Tom Arkwright. "It is a mess," he said.'))
      .toEqual([['Tom Arkwright', 'shadow transport secretary', 'Green']]);
    expect(roles('Rain fell all day. But before Ives scored, the best chance fell to Harbour striker Dario Fenn. Later he said the pitch was wet.').at(-1))
      .toEqual(['Dario Fenn', 'striker', 'Harbour']);
  });

  it('takes a person named with a role inside a phrase of that sentence ("That prompted the withdrawal of tycoon ..., who ... He" had no speaker)', () => {
    expect(speakers('The club is in talks. That prompted the withdrawal of tycoon Gregor Lunde, who grew tired of failed bids. He said he was sorry.')).toEqual(['Gregor Lunde']);
    expect(speakers('Oil rose. Following the comments by acting cartel secretary general Omar Haddad-Nour, light crude fell 30 cents. He said output would stay.')).toEqual(['Omar Haddad-Nour']);
  });

  it('takes a bare name there when its given name says the pronoun\'s sex ("a statement by Jack McConnell to the Scottish Parliament. He" had no speaker)', () => {
    expect(speakers('Nine people died in the storm. The figures came out in a statement by Peter Lindqvist to the Harbour Assembly on Monday. He said help was on its way.')).toEqual(['Peter Lindqvist']);
    // Not a given name of no known sex, nor of the other sex.
    expect(speakers('Nine people died in the storm. The figures came out in a statement by Kit Lindqvist on Monday. He said help was on its way.')).toEqual([null]);
    expect(speakers('Nine people died in the storm. The figures came out in a statement by Peter Lindqvist on Monday. She said help was on its way.')).toEqual([null]);
  });

  it('takes no one when the sentence names another person, says who told it, or goes on with someone of that sex', () => {
    // The name is in what its subject revealed: "he" goes on with Dowd, not the striker.
    expect(speakers('Kit Dowd spoke on Monday. Dowd revealed the club had asked about striker Pavel Nemec. He said it was not for sale.')).not.toContain('Pavel Nemec');
    // "The Brazilian" opening the sentence is a person: the pronoun may be theirs.
    expect(speakers('The game ended late. The Brazilian kept away from reports that a cup was thrown at United boss Sir Rob Ferrer. "I saw people pushing," he said.')).toEqual([null]);
    // "He ... looking after country star ..." goes on with the sentence's own "he".
    expect(speakers('Pop music lost a songwriter. He began as a singer before looking after country star Hal Dunmore. He said it was the best job.')).toEqual([null]);
    // The subject is what the name is: "was former ... president Tom Reed".
    expect(roles('Nine men have admitted fraud. The most senior to plead guilty was former Harbour vice president Tom Reed. He said he was sorry.').at(-1))
      .toEqual(['Tom Reed', 'vice president', 'Harbour']);
    // Two people named.
    expect(speakers('Rain fell all day. Tom Reed passed to Harbour striker Dario Fenn. He said the pitch was wet.')).not.toContain('Dario Fenn');
    // A given name of the other sex.
    expect(speakers('The row grew on Monday. Her plan did not impress transport secretary Tom Arkwright. "It is a mess," she said.')).toEqual([null]);
  });
});

describe('"he" or "she" for a person a sentence opens with "For" or "To"', () => {
  const roles = (text: string) => attributionsOf(text).map((a) => [a.speaker ?? null, a.role ?? null, a.organisation ?? null]);

  it('takes that person, whose view the sentence gives ("For Richard Tateson, who worked on ..., the need ... "...," he said" had no speaker)', () => {
    expect(speakers('The web is vast. For Colin Rusk, who worked on the Lumen project, the need for a new search grew out of frustration. "I went to a shop and found nothing," he said.')).toEqual(['Colin Rusk']);
    expect(roles('Shares fell. For Harbour analyst Piet Maas, the decision was an error. "They moved too soon," he said.')).toEqual([['Piet Maas', 'analyst', 'Harbour']]);
    expect(roles('Shares fell. For analyst Ana Berg, the decision was an error. "They moved too soon," she said.')).toEqual([['Ana Berg', 'analyst', null]]);
    // The description after the name gives the role, as it does for a later "Mr Dunmore".
    expect(roles('Films are going digital. For Rick Dunmore, director of sales at Harbour Sound, a sharper future is exciting. He has worked on many films. "It was a different world," he said.'))
      .toEqual([['Rick Dunmore', 'director of sales', 'Harbour Sound']]);
  });

  it('takes no one of the other sex, nor a phrase of time or purpose ("For years, Tom Reed")', () => {
    expect(speakers('Shares fell. For Tom Reed, the decision was an error. "They moved too soon," she said.')).toEqual([null]);
    expect(speakers('Shares fell. For Harbour Sound, the decision was an error. "They moved too soon," he said.')).toEqual([null]);
  });
});

describe('"he" or "she" after an unnamed spokesperson', () => {
  const roles = (text: string) => attributionsOf(text).map((a) => [a.speaker ?? null, a.role ?? null, a.organisation ?? null]);

  it('keeps the spokesperson past a name inside a quotation or of the other sex ("A spokeswoman said Lord Woolf agreed ... she said" lost the role)', () => {
    expect(roles('A Harbour Council spokesman told reporters the ferry would run. "It is not covered by the Coastal Transport Act," he said. He said fares would stay.').at(-1))
      .toEqual([null, 'Harbour Council spokesman', 'Harbour Council']);
    expect(roles('A Nordline spokeswoman said Lord Berg and Tom Reed agreed on the terms. "It is a small dispute," she said.').at(-1))
      .toEqual([null, 'Nordline spokeswoman', 'Nordline']);
  });

  it('keeps the spokesperson past a body\'s name of three capitalised words or after "the" ("compiled by the Official Charts Company" named someone)', () => {
    const text = 'A spokesman for the Harbour Music Board said the chart would start in May. The board spokesman described the chart, compiled by the Coastal Sales Company, as a success. "It has provided a focus," he said.';
    expect(roles(text).at(-1)).toEqual([null, 'spokesman', 'Harbour Music Board']);
  });

  it('gives "she" no unnamed source whose family word says a man ("her pop star son" took "she")', () => {
    const text = 'His mother Ilse Marten told a radio station that her son said he was innocent. Describing Mr Marten as kind, she said she feared for him. "I cannot sleep," she said.';
    expect(roles(text).at(-1)?.[1]).not.toBe('son');
  });

  it('gives the pronoun no spokesperson when a person of that sex is named in the narration between', () => {
    expect(roles('A Nordline spokeswoman said the terms were agreed. Anna Berg later signed them. She said it was a good day.').at(-1)?.[1]).not.toBe('Nordline spokeswoman');
    expect(roles('A Nordline spokesman said Sam Reed agreed the terms. He said it was a good day.').at(-1)?.[1]).not.toBe('Nordline spokesman');
  });
});

describe('"it" inside what an unnamed body said', () => {
  it('is that body, not an organisation that spoke before ("The miner has not said when it expects to restart" gave "it" the commission quoted before)', () => {
    const text = 'Output fell 6%, according to Minco, the state mining commission. The miner has not said when it expects to restart.';
    expect(attributionsOf(text).map((a) => [a.speaker ?? null, a.role ?? null, a.organisation ?? null]).at(-1)).toEqual([null, 'miner', null]);
    // A named company that spoke is "it" as before.
    expect(speakers('Shares in Halden fell. Halden has not said when it expects to restart.')).toEqual(['Halden', 'Halden']);
  });
});

describe('"It" opening a sentence', () => {
  it('is the organisation met before that opens the sentence before it, not the one that spoke last ("The OBR cut its growth forecast ... It said" went to the IFS)', () => {
    const text = 'The Port Authority of Vestby (PAV) said cargo fell 4% in May. The Riga Freight Council, a trade body, said rates would rise. ' +
      'The PAV raised its dredging budget to 3.4m, from 2.1m in March. It said tolls would stay frozen.';
    expect(speakers(text)).toEqual(['Port Authority of Vestby', 'Riga Freight Council', 'Port Authority of Vestby']);
    // A subject that never spoke leaves "It" with the organisation that spoke last.
    expect(speakers('The Riga Freight Council said rates would rise. The Baltic index fell 2% in May. It said tolls would stay frozen.')).toEqual(['Riga Freight Council', 'Riga Freight Council']);
  });

  it('and "Its" opening a source is that organisation\'s ("Its chief executive, Ana Lima" after another body spoke went to that body)', () => {
    const text = 'Nordvik Shipping said profits fell. The Riga Freight Council said rates would rise. Nordvik Shipping cut 300 jobs in May. Its chief executive, Ana Lima, said more cuts were likely.';
    expect(attributionsOf(text).map((a) => a.organisation ?? null).at(-1)).toBe('Nordvik Shipping');
  });
});

describe('"it" after a body named and described', () => {
  it('is the body opening the sentence before with a description of it, though it never spoke ("MMO2, the UK-based operator ..., has opted ... it will offer" went to the company quoted before)', () => {
    const text = 'Nordline said it would cut 300 jobs. Baltrail, the Riga-based rail operator with depots in Latvia, Estonia and Lithuania, has opted for German trains. ' +
      'Using money from the state, it said it would open two routes.';
    expect(speakers(text)).toEqual(['Nordline', 'Baltrail']);
    expect(speakers('Nordline said it would cut 300 jobs. Baltrail, the state rail company, bought six trains last year. It said the new ones would come in May.')).toEqual(['Nordline', 'Baltrail']);
    // A person so described is no "it".
    expect(speakers('Nordline said it would cut 300 jobs. Tom Reed, a union official, joined the board in May. It said talks would go on.')).toEqual(['Nordline', 'Nordline']);
  });
});

describe('"he" and "she" after a sentence whose subject is a speaker met before (h108)', () => {
  it('gives the pronoun to the speaker the sentence right before makes its subject, past the last speaker ("Mr. Aalto rejected that. ..., he wrote" went to Tom Reed)', () => {
    const text = 'Sven Aalto, a Nordvik envoy, said the talks were over. Tom Reed, a diplomat, described the walkout as "theatre." Mr. Aalto rejected that. "Ask the fishermen," he wrote on Twitter.';
    expect(speakers(text)).toEqual(['Sven Aalto', 'Tom Reed', 'Sven Aalto']);
    // Named in full, or by surname alone, it is the same.
    expect(speakers(text.replace('Mr. Aalto rejected', 'Sven Aalto rejected')).at(-1)).toBe('Sven Aalto');
    expect(speakers(text.replace('Mr. Aalto rejected', 'Aalto rejected')).at(-1)).toBe('Sven Aalto');
    // Another person named as an owner is no subject of a clause of their own.
    expect(speakers(text.replace('rejected that', "rejected Mr. Reed's account")).at(-1)).toBe('Sven Aalto');
    expect(speakers('Ilze Ozola, who heads the Harbour Institute, said the port was safe. Ana Berg, a trader, said it was not. Ms. Ozola was unmoved. "Nothing has changed," she said.').at(-1)).toBe('Ilze Ozola');
  });

  it('gives it to that subject past an unnamed source who spoke before the sentence ("A Western diplomat ... Mr. Aalto rejected that. ..., he wrote" went to the diplomat)', () => {
    const text = 'Sven Aalto said the talks were over. Paul Lenoir, who chaired them, said he was disappointed. A Western diplomat, speaking on condition of anonymity, described the walkout as "theatre." Mr. Aalto rejected that. "Ask the fishermen," he wrote.';
    expect(speakers(text)).toEqual(['Sven Aalto', 'Paul Lenoir', null, 'Sven Aalto']);
  });

  it('keeps the last speaker when that one spoke in the sentence itself, or when the sentence goes on to another person met', () => {
    // The last speaker spoke after the subject was named.
    expect(speakers('Sven Aalto said the talks were over. Tom Reed said Mr. Aalto was wrong. "He left too early," he said.').at(-1)).toBe('Tom Reed');
    // "..., but Reed is unworried": the clause after "but" has its own subject.
    expect(speakers('Sven Aalto said the talks were over. Tom Reed said they were not. Aalto left the hall, but Reed stayed on. "We will meet again," he said.').at(-1)).toBe('Tom Reed');
    // Someone of the other sex, by title, is not whom "he" stands for.
    expect(speakers('Ilze Ozola said the talks were over. Tom Reed said they were not. Ms. Ozola left the hall. "We will meet again," he said.').at(-1)).toBe('Tom Reed');
    // A subject met only as an organisation's one-word name is none.
    expect(speakers('Tom Reed said the plan was sound. Nordvik said it disagreed. Ana Berg, an analyst, said it was not. Nordvik sent a letter. "We will see," she said.').at(-1)).toBe('Ana Berg');
  });

  it('reads no sentence as opening after a title\'s abbreviation ("... with Mr. Lew had" made Lew the subject)', () => {
    const text = 'Sven Aalto said the talks were over. Tom Reed, a diplomat, said they were not. Mr. Reed said he had met Mr. Aalto twice and doubted Mr. Aalto wanted a deal. "It is theatre," he said.';
    expect(speakers(text).at(-1)).toBe('Tom Reed');
  });
});

describe('the sex a name is given by the pronouns after it (h108)', () => {
  it('reads no pronoun after a name that is an object ("spoken to Janssen, she said" made Piet Janssen a "she", and "He accused" had no speaker)', () => {
    const text = '"No ship will sail," chief executive Piet Janssen said. He accused the port of "hostage-taking." Ruta Sile said the case was for the courts. Asked whether she had spoken to Janssen, she said she had not. Asked again about Janssen, she said it was not her place.';
    // The reporter's questions ("Asked ...") have no speaker.
    expect(speakers(text)).toEqual(['Piet Janssen', 'Piet Janssen', 'Ruta Sile', null, 'Ruta Sile', null, 'Ruta Sile']);
    // As the subject, twice, the name still takes the pronoun after it: "Lind said she" makes Kim Lind a "she".
    expect(speakers('Kim Lind said the deal was done. Lind said she would sign. Lind said she was ready. "We are ready," he said.').at(-1)).toBeNull();
  });
});

describe('"he" and "she" after a sentence that introduces an unnamed person as its subject (h108)', () => {
  it('gives the pronoun the description, not the last speaker ("A senior Nordvik diplomat arrived ... "...," he told reporters" went to the analyst quoted before)', () => {
    const text = 'Ivo Kalns, an analyst, said the port was a target. A senior Nordvik diplomat arrived in Kilnsea on Monday. "We want calm," he told reporters.';
    const last = attributionsOf(text).at(-1)!;
    expect([last.speaker, last.role, last.organisation, last.anonymous ?? false]).toEqual([null, 'senior Nordvik diplomat', 'Nordvik', false]);
    // A later pronoun goes on with that person.
    expect(attributionsOf(`${text} "Nobody wants a war," he added.`).at(-1)!.role).toBe('senior Nordvik diplomat');
    expect(attributionsOf('Ana Berg, a trader, said prices had doubled. A Kilnsea port official spoke to reporters on Monday. "The cranes are idle," she said.').at(-1)!.role).toBe('Kilnsea port official');
  });

  it('keeps the last speaker for a description that may be another name for that person, or is no subject with a verb', () => {
    // "The chancellor", "The Dutch midfielder": a definite description is as often the person just quoted.
    expect(speakers('Ivo Kalns said the budget was sound. The chancellor flew to Riga on Monday. "We will manage," he said.')).toEqual(['Ivo Kalns', 'Ivo Kalns']);
    // An appositive opening the sentence, before the name it describes.
    expect(speakers('Tom Reed said the port was a target. A former harbour pilot, Ivo Lind runs the ferry. "We will sail," he said.').at(-1)).not.toBeNull();
    // Someone who spoke in that sentence, or one of the other sex, is not that person.
    expect(speakers('Ivo Kalns, an analyst, said the port was a target. A spokeswoman arrived on Monday. "We want calm," he said.').at(-1)).toBe('Ivo Kalns');
    expect(speakers('Ivo Kalns, an analyst, said the port was a target. A senior official said on Monday that talks would go on. "We want calm," he said.')).toEqual(['Ivo Kalns', null, null]);
  });
});
