import { describe, expect, it } from 'vitest';
import { describeAttribution, speakersOutline } from './index.js';
import { attributionsOf, checkAttributions } from './testing.js';

describe('direct quotes', () => {
  it('ties a curly quote to a speaker named after the cue, with an appositive role', () => {
    checkAttributions('“The harbour will not reopen this winter,” said Anna Lindqvist, the port director at the Baltic Shipping Authority.', [
      {
        cue: 'said',
        source: 'Anna Lindqvist, the port director at the Baltic Shipping Authority',
        content: '“The harbour will not reopen this winter,”',
        type: 'direct',
        speaker: 'Anna Lindqvist',
        role: 'port director',
        organisation: 'Baltic Shipping Authority',
      },
    ]);
  });

  it('reads straight quotes and a pronoun source before the cue', () => {
    checkAttributions('Lindqvist spoke first. "We were not warned," she said.', [
      { cue: 'said', source: 'she', content: '"We were not warned,"', type: 'direct' },
    ]);
  });

  it('reads an opening straight mark after a full stop as a new quotation, not the close of the last one', () => {
    // The convention of the BBC and others: each quoted sentence opens anew, only the last closes.
    // Pairing the marks in turn made '. "' the close of the first sentence and left the last open.
    checkAttributions('"The port is busy," he said. "Ships wait for days. "The crews are tired."', [
      { cue: 'said', source: 'he', content: '"The port is busy,"' },
      { cue: 'said', source: 'he', content: '"Ships wait for days.' },
      { cue: 'said', source: 'he', content: '"The crews are tired."' },
    ]);
  });

  it('keeps a quotation of several sentences whole', () => {
    checkAttributions('“Nobody told us. We learned it from the radio,” a fisherman, Jonas Berg, said.', [
      { cue: 'said', content: '“Nobody told us. We learned it from the radio,”', type: 'direct' },
    ]);
  });

  it('continues a quotation broken by its cue, and the next quoted sentence', () => {
    checkAttributions('“We will rebuild,” Mayor Tove Ek said, “but not this year.” “The money is gone.”', [
      { cue: 'said', source: 'Mayor Tove Ek', content: '“We will rebuild,”', speaker: 'Tove Ek', role: 'Mayor' },
      { cue: 'said', source: 'Mayor Tove Ek', content: '“but not this year.”', speaker: 'Tove Ek' },
      { cue: 'said', source: 'Mayor Tove Ek', content: '“The money is gone.”', speaker: 'Tove Ek' },
    ]);
  });

  it('keeps a relative clause about the speaker after the cue whole ("who has studied the port since 1990" lost the source at "since")', () => {
    checkAttributions('“The yard will close,” said Ana Lima, a historian at Riga University who has studied the port since 1990.', [
      { cue: 'said', source: 'Ana Lima, a historian at Riga University who has studied the port since 1990', speaker: 'Ana Lima', organisation: 'Riga University', content: '“The yard will close,”' },
    ]);
    checkAttributions('“The yard will close,” said Ana Lima, who has studied the port since 1990.', [
      { cue: 'said', source: 'Ana Lima, who has studied the port since 1990', speaker: 'Ana Lima', content: '“The yard will close,”' },
    ]);
  });

  it('keeps an employer and a title after the name in the source ("said Jonas Dale, NUJ General Secretary" lost its role)', () => {
    checkAttributions('"Jobs will go," said Jonas Dale, NUJ General Secretary.', [
      { cue: 'said', source: 'Jonas Dale, NUJ General Secretary', speaker: 'Jonas Dale', role: 'NUJ General Secretary', content: '"Jobs will go,"' },
    ]);
    // An owner's title ("Latvia's minister for ...") opens an appositive too, however long its portfolio.
    checkAttributions('"The wind turned," said Ivo Lind, Latvia\'s minister for climate crisis and civil protection.', [
      { cue: 'said', source: "Ivo Lind, Latvia's minister for climate crisis and civil protection", speaker: 'Ivo Lind', content: '"The wind turned,"' },
    ]);
    checkAttributions('"Jobs will go," said Isa Kron at Halden Bank.', [
      { cue: 'said', source: 'Isa Kron at Halden Bank', speaker: 'Isa Kron', organisation: 'Halden Bank', content: '"Jobs will go,"' },
    ]);
    // So does an owner's role in lower case that ends the sentence ("Hera's project scientist" was left out).
    checkAttributions('"The ice is thinner," said Ola Berg, Kiruna\'s glacier researcher.', [
      { cue: 'said', source: "Ola Berg, Kiruna's glacier researcher", speaker: 'Ola Berg', content: '"The ice is thinner,"' },
    ]);
    // A capitalised place with no title after the comma is no appositive.
    checkAttributions('"Jobs will go," said Isa Kron, Halden Bank.', [{ cue: 'said', source: 'Isa Kron', content: '"Jobs will go,"' }]);
  });

  it('takes a quotation introduced by a colon', () => {
    checkAttributions('The minister was blunt: she told the chamber: “This budget is final.”', [
      { cue: 'told', source: 'she', content: '“This budget is final.”', type: 'direct' },
    ]);
  });

  it('keeps a nested quotation inside the outer one', () => {
    checkAttributions('“He looked at me and said ‘go home’, so I went,” the driver said.', [
      { cue: 'said', source: 'the driver', content: '“He looked at me and said ‘go home’, so I went,”', type: 'direct' },
    ]);
  });

  it('joins a quotation that runs on into the next paragraph', () => {
    const found = checkAttributions('“The first convoy left at dawn,” said Piotr Nowak, a logistics officer. “The second never came.\n\n“We waited for three days.”', [
      { cue: 'said', content: '“The first convoy left at dawn,”', speaker: 'Piotr Nowak' },
      { cue: 'said', content: '“The second never came.', speaker: 'Piotr Nowak' },
      { cue: 'said', content: '“We waited for three days.”', speaker: 'Piotr Nowak', role: 'logistics officer' },
    ]);
    expect(found.every((a) => a.type === 'direct')).toBe(true);
  });

  it('reports a whole quoted sentence with no speaker in sight as unattributed', () => {
    checkAttributions('The crowd dispersed at noon.\n\n“They will be back next week.”', [
      { cue: null, source: null, content: '“They will be back next week.”', speaker: null, type: 'direct' },
    ]);
  });
});

describe('scare quotes and mixed quotes', () => {
  it('does not treat a short quoted phrase with no speaker as an attribution', () => {
    checkAttributions('The so-called “volunteer” brigades crossed the river on Monday.', []);
  });

  it('makes a partial quote inside reported speech a mixed attribution', () => {
    const [a] = checkAttributions('Mr. Halvorsen said the new tariff was a “declaration of war” on small farms.', [
      { cue: 'said', source: 'Mr. Halvorsen', content: 'the new tariff was a “declaration of war” on small farms', type: 'mixed', speaker: 'Halvorsen' },
    ]);
    const text = 'Mr. Halvorsen said the new tariff was a “declaration of war” on small farms.';
    expect(a.quotes?.map((q) => text.slice(q.start, q.end))).toEqual(['“declaration of war”']);
  });

  it('keeps the words that lead into a quoted predicate before the cue, but not an introductory phrase', () => {
    checkAttributions('The ferry “will not sail again,” the harbour master said.', [
      { cue: 'said', source: 'the harbour master', content: 'The ferry “will not sail again,”', type: 'mixed' },
    ]);
    checkAttributions('In a memo, “The ferry will not sail again,” the harbour master said.', [
      { cue: 'said', source: 'the harbour master', content: '“The ferry will not sail again,”', type: 'direct' },
    ]);
    // A word that is as often a noun ("plan") does not make the lead-in another attribution.
    checkAttributions('The plan would “end every ferry we know,” Ms. Ek declared in an interview.', [
      { cue: 'declared', source: 'Ms. Ek', content: 'The plan would “end every ferry we know,”', type: 'mixed' },
    ]);
  });

  it('keeps a lead-in that holds a quoted phrase of its own (the content was the last quotation alone)', () => {
    checkAttributions('Fees are “a tax on the poor” and “will drive families away,” Anna Berg said.', [
      { cue: 'said', source: 'Anna Berg', content: 'Fees are “a tax on the poor” and “will drive families away,”', type: 'mixed' },
    ]);
    // A quoted sentence before it is someone's words of their own, and the content the last quotation.
    checkAttributions('The notice “Keep out!” was torn down and the square “will stay shut for months,” Anna Berg said.', [
      { cue: 'said', source: 'Anna Berg', content: '“will stay shut for months,”', type: 'direct' },
    ]);
    // With no comma after it, the quotation is the subject of the verb after it.
    checkAttributions('The ferry is “always late” and “too slow by half” was written on the pier gate.', [
      { cue: 'was written', source: null, content: '“too slow by half”', type: 'direct' },
    ]);
  });

  it('does not take a title or an earlier sentence\'s quotation before the cue as its content', () => {
    checkAttributions('In an interview on “Morning Report,” the minister said the budget would pass.', [
      { cue: 'said', source: 'the minister', content: 'the budget would pass', type: 'indirect' },
    ]);
    checkAttributions('Fishermen gave him the nickname “Big Ed.” He called the new quota a disgrace.', [
      { cue: 'called', source: 'He', content: 'the new quota a disgrace', type: 'indirect' },
    ]);
  });

  it('runs reported content on to the close of a quotation it opens, across sentences', () => {
    checkAttributions('The harbour master said the ferries were “too old to insure. Nobody will cover them.” The council meets on Friday.', [
      { cue: 'said', source: 'The harbour master', content: 'the ferries were “too old to insure. Nobody will cover them.”', type: 'mixed' },
    ]);
    // A quotation that closes inside the sentence leaves the next sentence out.
    checkAttributions('The harbour master said the ferries were “too old” to insure. Nobody will cover them.', [
      { cue: 'said', source: 'The harbour master', content: 'the ferries were “too old” to insure', type: 'mixed' },
    ]);
  });
});

describe('reported speech', () => {
  it('ends the content of a cue in an opening subordinate clause at the clause\'s comma ("While the mayor said ..., auditors found ..." ran on into the main clause)', () => {
    checkAttributions('While the mayor said the budget was sound, auditors found a gap of two million.', [
      { cue: 'said', source: 'the mayor', content: 'the budget was sound' },
    ]);
    checkAttributions('After Ms Reed accused the board of bias, the chairman resigned.', [{ cue: 'accused', source: 'Ms Reed', content: 'the board of bias' }]);
    // A comma before the cue closed the subordinate clause already; "as" reports the other way.
    checkAttributions('When the ferry docked, the captain said the crossing had been rough, and that two cars were damaged.', [
      { cue: 'said', source: 'the captain', content: 'the crossing had been rough, and that two cars were damaged' },
    ]);
  });

  it('ends the content of a cue in a subordinate clause further into the sentence where its main clause begins ("Two years after the council promised a new bridge, the ferry is ..." ran on into the main clause)', () => {
    checkAttributions('Two years after the council promised a new bridge, the ferry is still the only way across.', [
      { cue: 'promised', source: 'the council', content: 'a new bridge' },
    ]);
    checkAttributions('Even as the minister vowed to stay in office, her party began looking for a successor.', [
      { cue: 'vowed', source: 'the minister', content: 'to stay in office' },
    ]);
    checkAttributions('But as the mayor announced that the pool would reopen, the contractor went bankrupt.', [
      { cue: 'announced', source: 'the mayor', content: 'that the pool would reopen' },
    ]);
    // Between commas after the subject it interrupts, the clause ends before that subject's verb.
    checkAttributions('Ana Lima, though she said the levy was unfair, voted for it.', [{ cue: 'said', source: 'she', content: 'the levy was unfair' }]);
    // A comma with no clause after it stays inside the content.
    checkAttributions('Two years after the council promised a new bridge, a ferry and a road, the crossing is still closed.', [
      { cue: 'promised', source: 'the council', content: 'a new bridge, a ferry and a road' },
    ]);
  });

  it('ends the content before a comment that names the statement or what it set off (", a swipe at ...", ", drawing jeers ..." were reported)', () => {
    checkAttributions('The mayor backed a toll on the bridge, a sharp reversal of her stance in May.', [
      { cue: 'backed', source: 'The mayor', content: 'a toll on the bridge' },
    ]);
    checkAttributions('Lund said the plant would close in May, drawing jeers from the workers.', [{ cue: 'said', source: 'Lund', content: 'the plant would close in May' }]);
    // A figure's noun after a reported figure is as often part of the report.
    checkAttributions('Ana Berg said the fund had grown to nine million, an increase of two million in a year.', [
      { cue: 'said', source: 'Ana Berg', content: 'the fund had grown to nine million, an increase of two million in a year' },
    ]);
    // An appositive between commas, a list, a second predicate and a list of participles go on with the content.
    checkAttributions('Ruiz blamed the losses on the strike, a shift in prices and a wet summer.', [
      { cue: 'blamed', content: 'the losses on the strike, a shift in prices and a wet summer' },
    ]);
    checkAttributions('Ruiz said viewers could skip the adverts, putting together their own evening.', [
      { cue: 'said', content: 'viewers could skip the adverts, putting together their own evening' },
    ]);
    checkAttributions('The minister said the tax, a plan drawn up in 2019, would raise four million.', [
      { cue: 'said', source: 'The minister', content: 'the tax, a plan drawn up in 2019, would raise four million' },
    ]);
    checkAttributions('Ruiz said the town needed a bridge, a plan and a budget.', [{ cue: 'said', content: 'the town needed a bridge, a plan and a budget' }]);
    checkAttributions('Ruiz said the team was drawing crowds, putting on shows and selling shirts.', [
      { cue: 'said', content: 'the team was drawing crowds, putting on shows and selling shirts' },
    ]);
  });

  it('leaves the medium of a report out of an object content ("praised the mayor in an interview with the Herald" is the cue\'s adjunct)', () => {
    checkAttributions('The senator praised the mayor in an interview with the Herald.', [{ cue: 'praised', source: 'The senator', content: 'the mayor' }]);
    checkAttributions('Ruiz defended the new budget in a statement on Friday.', [{ cue: 'defended', source: 'Ruiz', content: 'the new budget' }]);
    checkAttributions('The singer thanked his family and his hero, Ana Lima, in his speech.', [
      { cue: 'thanked', source: 'The singer', content: 'his family and his hero, Ana Lima' },
    ]);
    // After a clause, an -ing form or a single word, the medium stays.
    checkAttributions('Lund said the bus was late in a letter to the council.', [{ cue: 'said', source: 'Lund', content: 'the bus was late in a letter to the council' }]);
    checkAttributions('The coach was criticised for giving vague answers during an interview.', [
      { cue: 'was criticised for', content: 'The coach' },
      { cue: 'was criticised for', content: 'giving vague answers during an interview' },
    ]);
  });

  it('keeps the main clause after an "as" aside and a time before a cue\'s clause ("As the Tribune reported on Monday, ..." reports the main clause)', () => {
    checkAttributions('As the Tribune reported on Monday, the council has run out of money.', [
      { cue: 'reported', source: 'the Tribune', content: 'on Monday, the council has run out of money' },
    ]);
    checkAttributions('As I mentioned earlier, the bridge was built in 1904.', [{ cue: 'mentioned', source: 'I', content: 'earlier, the bridge was built in 1904' }]);
    // "before the vote" is a time, not a subordinate clause: the comma inside the content stays.
    checkAttributions('The clerk told the board before the vote that the plan, which cost two million, had failed.', [
      { cue: 'told', source: 'The clerk', content: 'that the plan, which cost two million, had failed' },
    ]);
    // "such as" opens no clause.
    checkAttributions('Towns such as Ardmore said the rules were unfair, the fees were too high and the roads were poor.', [
      { cue: 'said', content: 'the rules were unfair, the fees were too high and the roads were poor' },
    ]);
  });

  it('reports nothing for "said little" or "said nothing about it", but does for "said something:" and a quotation', () => {
    checkAttributions('The foreman said little and left early.', []);
    checkAttributions('The foreman said nothing about the strike.', []);
    checkAttributions('She said something: “We are not done.”', [{ cue: 'said', source: 'She', content: 'something: “We are not done.”' }]);
  });

  it('reads an infinitive after the cue as its content, not as a place ("On his website, Ruiz promises to end the tax" had "On his website" as content)', () => {
    checkAttributions('On his website, Ruiz promises to end the tax.', [{ cue: 'promises', source: 'Ruiz', content: 'to end the tax' }]);
    checkAttributions('Ruiz promises to “end” the tax.', [{ cue: 'promises', source: 'Ruiz', content: 'to “end” the tax', type: 'mixed' }]);
    // "continued to fall" says how prices went, not what anyone said.
    checkAttributions('Prices continued to fall in March.', []);
    checkAttributions('“We will not stop,” she continued.', [{ cue: 'continued', source: 'she', content: '“We will not stop,”' }]);
  });

  it('ends the content at the comma closing a relative clause whose object the pronoun is ("which he described as unfair, was dropped")', () => {
    // The pronoun is content too (see "a relative pronoun before the subject of a cue").
    checkAttributions('The levy, which he described as unfair, was dropped in May.', [
      { cue: 'described', source: 'he', content: 'which' },
      { cue: 'described', source: 'he', content: 'as unfair' },
    ]);
  });

  it('finds "X said that ..." with the content from "that"', () => {
    checkAttributions('The finance ministry said that revenue had fallen by a fifth.', [
      { cue: 'said', source: 'The finance ministry', content: 'that revenue had fallen by a fifth', type: 'indirect' },
    ]);
  });

  it('keeps auxiliaries and adverbs in the cue and skips a time adjunct before "that"', () => {
    checkAttributions('The union has repeatedly warned on Thursday that the strike would go ahead.', [
      { cue: 'has repeatedly warned', source: 'The union', content: 'that the strike would go ahead' },
    ]);
    // Any adverb in -ly before the verb, after an auxiliary ("have effectively conceded" lost its
    // auxiliary and its source unless the trained extents knew the adverb).
    checkAttributions('The port officials have effectively conceded that the yard would close.', [
      { cue: 'have effectively conceded', source: 'The port officials', content: 'that the yard would close' },
    ]);
  });

  it('starts the content at a subject pronoun after the addressee when "that" is left out', () => {
    checkAttributions('Ana Lima told reporters she would stay until the yard closed.', [{ cue: 'told', source: 'Ana Lima', content: 'she would stay until the yard closed' }]);
    checkAttributions('The mayor told Radio Gdansk they had no buyer.', [{ cue: 'told', source: 'The mayor', content: 'they had no buyer' }]);
    checkAttributions('The mayor told the harbour workers they would be paid.', [{ cue: 'told', source: 'The mayor', content: 'they would be paid' }]);
    checkAttributions('Ruiz told reporters in Gdansk on Friday.', []);
  });

  it('starts the content at a determiner after a short addressee ("told reporters the port would reopen" had no attribution)', () => {
    checkAttributions('Ana Lima told reporters the yard would close in May.', [{ cue: 'told', source: 'Ana Lima', content: 'the yard would close in May' }]);
    checkAttributions('Ana Lima told the court the records were lost.', [{ cue: 'told', source: 'Ana Lima', content: 'the records were lost' }]);
    checkAttributions('Ana Lima told her the records were lost.', [{ cue: 'told', source: 'Ana Lima', content: 'the records were lost' }]);
    // A clause after a verb that names no addressee here is the content as a whole.
    checkAttributions('The firm warned the change would lower its earnings by a third next year.', [
      { cue: 'warned', source: 'The firm', content: 'the change would lower its earnings by a third next year' },
    ]);
  });

  it('skips the addressee of "told"', () => {
    checkAttributions('Ms. Varga told reporters in Budapest that the deal was dead.', [
      { cue: 'told', source: 'Ms. Varga', content: 'that the deal was dead', speaker: 'Varga' },
    ]);
  });

  it('skips a long addressee with a place and a time before "that" ("told a packed meeting in Harwich, Essex, ..." was content), but no "so that"', () => {
    checkAttributions('Ms Dale told a packed meeting in Harwich, Essex, on the final day of the campaign that she had few regrets.', [
      { cue: 'told', source: 'Ms Dale', content: 'that she had few regrets' },
    ]);
    checkAttributions('The lawyer told the Harbour Post last spring that earlier figures may have been wrong.', [
      { cue: 'told', source: 'The lawyer', content: 'that earlier figures may have been wrong' },
    ]);
    // "so that" gives a purpose and opens nothing that was said.
    checkAttributions('Fans have written new versions for laptops, tablets and even the oldest phones so that the games can still be played.', [
      { cue: 'have written', source: 'Fans', content: 'new versions for laptops, tablets and even the oldest phones so that the games can still be played' },
    ]);
  });

  it('skips an aside between commas or dashes after the cue ("said, however, that" had no attribution)', () => {
    checkAttributions('Mr Vane said, however, that the judge had been fair.', [{ cue: 'said', source: 'Mr Vane', content: 'that the judge had been fair' }]);
    checkAttributions('She believes, for example, that rents should be capped.', [{ cue: 'believes', source: 'She', content: 'that rents should be capped' }]);
    checkAttributions('Her spokesman said — on the radio, as it happens — that the deal was done.', [
      { cue: 'said', source: 'Her spokesman', content: 'that the deal was done' },
    ]);
  });

  it('reads a clause with its subject after an aside between commas as the content, with the aside ("says, win or lose next week, she is staying" had no attribution)', () => {
    checkAttributions('Mayor Ana Berg says, win or lose in next week’s vote, she is staying in the race.', [
      { cue: 'says', source: 'Mayor Ana Berg', content: 'win or lose in next week’s vote, she is staying in the race' },
    ]);
    checkAttributions('The harbour master said, by 2030, he wanted every ferry to run on batteries.', [
      { cue: 'said', source: 'The harbour master', content: 'by 2030, he wanted every ferry to run on batteries' },
      { cue: 'wanted', source: 'he', content: 'every ferry to run on batteries' },
    ]);
    // An aside with a verb goes on with the sentence the cue interrupts.
    const late = 'The ferry, the captain said, was late, the crew left.';
    expect(attributionsOf(late).map((a) => late.slice(a.content.start, a.content.end))).not.toContain('the crew left');
  });

  it('leaves out a time that closes a noun phrase content, not a clause ("endorsed Ms Hale on Thursday" had the content "Ms Hale on Thursday")', () => {
    checkAttributions('The union endorsed Ms Hale on Thursday.', [{ cue: 'endorsed', source: 'The union', content: 'Ms Hale' }]);
    checkAttributions('Police reported no arrests late Monday.', [{ cue: 'reported', source: 'Police', content: 'no arrests' }]);
    checkAttributions('Ms Hale said the plant would close on Monday.', [{ cue: 'said', source: 'Ms Hale', content: 'the plant would close on Monday' }]);
  });

  it('reads "seen by" after a document as no attribution ("in a letter seen by the Herald" had the cue "seen by")', () => {
    checkAttributions('In a letter seen by the Herald, the firm said it would close the plant.', [{ cue: 'said', source: 'the firm', content: 'it would close the plant' }]);
    checkAttributions('He told staff in a memo seen by the Herald that the plant would close.', [{ cue: 'told', source: 'He', content: 'that the plant would close' }]);
  });

  it('takes a whole subject that ends in a relative clause as the source ("homes that were never built told" had the source "never built")', () => {
    checkAttributions('A landlord accused of taking rent for flats that were never finished told the tribunal he had run out of money.', [
      { cue: 'told', source: 'A landlord accused of taking rent for flats that were never finished', content: 'he had run out of money' },
    ]);
    checkAttributions('Some of the fans who have been banned by the club said they were being punished for others.', [
      { cue: 'said', source: 'Some of the fans who have been banned by the club', content: 'they were being punished for others' },
    ]);
  });

  it('reads no attribution in an indirect question ("whether anyone had promised her" had the cue "had promised")', () => {
    // The question is what "Asked" reports, its asker the source; nothing inside it is a cue.
    checkAttributions('Asked by the judge whether anyone had promised her a refund, Ms Cole said no.', [
      { cue: 'Asked', source: 'the judge', content: 'whether anyone had promised her a refund' },
      { cue: 'said', source: 'Ms Cole', content: 'no' },
    ]);
  });

  it('finds "according to" after and before its content', () => {
    checkAttributions('Turnout fell to 41 percent, according to the electoral commission. According to local police, about 2,000 people marched.', [
      { cue: 'according to', source: 'the electoral commission', content: 'Turnout fell to 41 percent' },
      { cue: 'According to', source: 'local police', content: 'about 2,000 people marched', anonymous: true },
    ]);
  });

  it('reads "according to" as "in line with" or "depending on" before a plan, a value or a question, not as a source ("taxed according to their value in 2010", "according to how many parcels they deliver" had sources)', () => {
    checkAttributions('The tunnel works went ahead according to plan.', []);
    checkAttributions('Farms are taxed according to their value in 2010.', []);
    checkAttributions('Grants are shared out according to the size of each parish.', []);
    checkAttributions('Voters in Eastvale pick a party according to their instinctive preference.', []);
    checkAttributions('Drivers are paid according to how many parcels they deliver.', []);
    checkAttributions('According to her wishes, there will be no memorial service.', []);
    // A plan's author, or officials with a modifier, still speak.
    checkAttributions('Costs will rise, according to the plan\'s author.', [{ cue: 'according to', source: "the plan's author", content: 'Costs will rise' }]);
    checkAttributions('Fares will rise, according to senior transport officials.', [{ cue: 'according to', source: 'senior transport officials', content: 'Fares will rise', anonymous: true }]);
  });

  it('reads an infinitive with no source after a noun or an adjective as no cue ("used an expletive to describe the administration" had a cue with no speaker)', () => {
    checkAttributions('A woman at the rally used a crude word to describe the senator.', []);
    checkAttributions('Lind is the first mayor to confirm her attendance.', []);
    // After a verb the infinitive belongs to a cue with its subject.
    // Annotators split on whether the infinitive joins the cue ("declined to comment" or "declined");
    // the cue model's weights decide, so the infinitive here is no cue word ("confirm" is a close call).
    checkAttributions('Ruiz declined to give the figures.', [{ cue: 'declined', source: 'Ruiz', content: 'to give the figures' }]);
  });

  it('reads an infinitive of saying after "be" and an adjective of readiness as a cue from the linking verb, its subject the source', () => {
    checkAttributions('Olsen was quick to point out that not all farmers agreed.', [{ cue: 'was quick to point out', source: 'Olsen', content: 'that not all farmers agreed' }]);
    checkAttributions('Ferry crews are all quick to point out that the timetable is new.', [
      { cue: 'are all quick to point out', source: 'Ferry crews', content: 'that the timetable is new' },
    ]);
    checkAttributions('Mara Lind was quick to note that the bridge had opened on time.', [{ cue: 'was quick to note', source: 'Mara Lind', content: 'that the bridge had opened on time' }]);
    // With no linking verb the adjective describes a noun, and "it" names no speaker.
    checkAttributions('The town has a mayor quick to point out its faults.', []);
    checkAttributions('It is easy to see why the ferry stopped.', []);
  });

  it('reads "show off", "back down", "back out", "call off", "call in" and "call up" as phrasal verbs that report nothing ("showed off the new machine", "backing out of a pledge" had cues)', () => {
    checkAttributions('Nordvik showed off a folding phone at the fair.', []);
    checkAttributions('Anna Lind backed out of the debate on Friday.', []);
    checkAttributions('Tarvik Shipping called in administrators on Friday.', []);
    // With no such particle the verbs stay cues.
    checkAttributions('Olsen called the decision a disgrace.', [{ cue: 'called', source: 'Olsen', content: 'the decision a disgrace' }]);
    checkAttributions('Lind backed the plan on Monday.', [{ cue: 'backed', source: 'Lind', content: 'the plan' }]);
  });

  it('reads "called" with no subject after a comma or a noun and before a name as naming ("a drama for Radio Eastvale, called The Long Winter" and "the so called “Harbour Initiative”" were cues)', () => {
    checkAttributions('Lind has been working on a drama for Radio Eastvale, called The Long Winter.', []);
    checkAttributions('The danger then was a shy young clerk called Jan Olsen.', []);
    checkAttributions('The so called "Harbour Initiative" was launched in May.', []);
    // A judgement after a pronoun stays a cue.
    checkAttributions('Berg called him "third-rate" on Monday.', [{ cue: 'called', source: 'Berg', content: 'him "third-rate" on Monday' }]);
  });

  it('reads idioms with "say" as reporting nothing ("Having said that, Mark is ..." had the content "that, Mark is ...")', () => {
    checkAttributions('Having said that, prices fell in June.', []);
    checkAttributions('Cutting the deficit is easier said than done.', []);
    checkAttributions('Needless to say, the talks failed.', []);
    checkAttributions('Ruiz said that, in her view, the plan was sound.', [{ cue: 'said', source: 'Ruiz', content: 'that, in her view, the plan was sound' }]);
  });

  it('reads a gerund with no source after "of" as the act a phrase is about ("accused him of telling lies about ..." and "stopped short of calling for ..." had cues with no speaker)', () => {
    checkAttributions('The party accused Berg of telling lies about its plans.', [{ cue: 'accused', source: 'The party', content: 'Berg of telling lies about its plans' }]);
    checkAttributions('The union stopped short of calling for a strike.', []);
  });

  it('finds content before the speaker', () => {
    checkAttributions('The bridge will reopen in May, the council said on Friday.', [
      { cue: 'said', source: 'the council', content: 'The bridge will reopen in May' },
    ]);
  });

  it('reads a clause between an opening comma and the cue as content, not as an appositive source ("Currently, a ferry crossing can take ..., says Mr Dean" had the clause as source and "Mr Dean" as content)', () => {
    checkAttributions('Currently, a ferry crossing can take up to three hours, says Mr Dale.', [
      { cue: 'says', source: 'Mr Dale', content: 'Currently, a ferry crossing can take up to three hours' },
    ]);
    checkAttributions('In the end, the new timetable would be a disaster, said Mr Dale.', [
      { cue: 'said', source: 'Mr Dale', content: 'In the end, the new timetable would be a disaster' },
    ]);
    // An appositive, one with a relative clause and one with a clause after a conjunction, is still the source.
    checkAttributions('Ana Lind, who is an adviser to the mayor, said fares would rise.', [{ cue: 'said', source: 'Ana Lind, who is an adviser to the mayor', content: 'fares would rise' }]);
    checkAttributions('Ana Lind, elected mayor after Ivo Berg was ousted, said fares would rise.', [{ cue: 'said', source: 'Ana Lind, elected mayor after Ivo Berg was ousted', content: 'fares would rise' }]);
  });

  it('finds cognition verbs and "has learned"', () => {
    checkAttributions('The coach believes the team can still qualify. The Herald has learned that two players were injured.', [
      { cue: 'believes', source: 'The coach', content: 'the team can still qualify' },
      { cue: 'has learned', source: 'The Herald', content: 'that two players were injured' },
    ]);
  });

  it('leaves a dateline out of content that opens the article ("OSLO, March 4, 2026 — Norway opened ..., officials said" had the dateline in the content)', () => {
    checkAttributions('RIGA, May 4, 2026 — The port shut its gates on Monday, harbour officials said.', [
      { cue: 'said', source: 'harbour officials', content: 'The port shut its gates on Monday' },
    ]);
    checkAttributions('TALLINN (AP) — Ferry fares will rise, according to the operator.', [
      { cue: 'according to', source: 'the operator', content: 'Ferry fares will rise' },
    ]);
  });

  it('leaves a dateline, in Markdown bold or not, out of a subject with an appositive ("**LONDON** — Harrow & Vane, the brewer, said" had the speaker "LONDON Harrow & Vane")', () => {
    checkAttributions('RIGA — Nordline, the ferry operator, said fares would rise.', [
      { cue: 'said', source: 'Nordline, the ferry operator', content: 'fares would rise', speaker: 'Nordline' },
    ]);
    checkAttributions('**RIGA** — Nordline, the ferry operator, said fares would rise.', [
      { cue: 'said', source: 'Nordline, the ferry operator', content: 'fares would rise', speaker: 'Nordline' },
    ], 'markdown');
    checkAttributions('**RIGA** — The port shut its gates on Monday, harbour officials said.', [
      { cue: 'said', source: 'harbour officials', content: 'The port shut its gates on Monday' },
    ], 'markdown');
  });

  it('gives a participle cue the subject of its sentence', () => {
    checkAttributions('Senator Ruth Okafor voted against the bill, saying it would hurt renters.', [
      { cue: 'voted against', source: 'Senator Ruth Okafor', content: 'the bill' },
      { cue: 'saying', source: 'Senator Ruth Okafor', content: 'it would hurt renters', speaker: 'Ruth Okafor' },
    ]);
    // Not an introductory phrase or a dateline before the subject.
    checkAttributions('For months, the mayor has stayed out of the dispute, arguing it was a matter for the port.', [
      { cue: 'arguing', source: 'the mayor', content: 'it was a matter for the port' },
    ]);
    checkAttributions('GDANSK, Poland (AP) — The port authority raised its fees, citing fuel costs.', [
      { cue: 'citing', source: 'The port authority', content: 'fuel costs' },
    ]);
    // A dateline in title case with a wire tag, and a time phrase before a comma ("Hours later" was the source).
    checkAttributions('Riga (AFP) - The harbour board raised its fees, citing fuel costs.', [
      { cue: 'citing', source: 'The harbour board', content: 'fuel costs' },
    ]);
    checkAttributions('A few days later, the mayor reversed course, saying the ferry would run.', [
      { cue: 'saying', source: 'the mayor', content: 'the ferry would run' },
    ]);
  });

  it('finds the subject of a participle behind a role in lower case or a noun-like head ("Acting Latvian port director Anna Lind" was "Acting Latvian", "The judge" was "The")', () => {
    checkAttributions('Acting Latvian port director Anna Lind spoke on Friday, saying the yard would close.', [
      { cue: 'saying', source: 'Acting Latvian port director Anna Lind', content: 'the yard would close', speaker: 'Anna Lind' },
    ]);
    checkAttributions('The judge left the court early, saying the fee was unlawful.', [{ cue: 'saying', source: 'The judge', content: 'the fee was unlawful' }]);
  });

  it('skips a participle\'s phrase that opens the sentence, with a place and its region, to find the subject ("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling" had no source)', () => {
    checkAttributions('Speaking at a town hall in Narva, Estonia, Lind went after the mayor, calling him reckless.', [{ cue: 'calling', source: 'Lind', content: 'him reckless' }]);
  });

  it('gives a participle after a verb and its object the verb\'s subject ("The town released a statement saying" had the source "The town released a statement")', () => {
    checkAttributions('The harbour board released a statement confirming the closure.', [
      { cue: 'released a statement confirming', source: 'The harbour board', content: 'the closure' },
    ]);
    checkAttributions('Ana Lima, the port director, sent a letter saying the yard would close.', [
      { cue: 'saying', source: 'Ana Lima, the port director', content: 'the yard would close', speaker: 'Ana Lima', role: 'port director' },
    ]);
  });

  it('gives a participle after a quotation that ends in a comma the subject too ("was “ready for winter,” adding that" had no source, and "saying" took the quotation before it)', () => {
    checkAttributions('The minister insisted that the port was “ready for winter,” adding that ships would wait.', [
      { cue: 'insisted', source: 'The minister', content: 'that the port was “ready for winter,”' },
      { cue: 'adding', source: 'The minister', content: 'that ships would wait' },
    ]);
    checkAttributions('Ana Lima gave a stern defence of “the harbour,” saying the city owed it everything.', [
      { cue: 'saying', source: 'Ana Lima', content: 'the city owed it everything' },
    ]);
  });

  it('gives a participle that opens the sentence the subject after its clause, and the clause as content', () => {
    checkAttributions('Conceding that the deal was close, the minister said talks would resume on Monday.', [
      { cue: 'Conceding', source: 'the minister', content: 'that the deal was close' },
      { cue: 'said', source: 'the minister', content: 'talks would resume on Monday' },
    ]);
    // A comma inside the clause ("Gdansk, Poland,") is not its end: no subject and verb follow it.
    checkAttributions('Promising that the shipyard in Gdansk, Poland, would stay open, Lund toured the docks.', [
      { cue: 'Promising', source: 'Lund', content: 'that the shipyard in Gdansk, Poland, would stay open' },
    ]);
    // A subject with "of the" in it ("the chairman of the port authority" ended at "the", so the
    // participle had no source and took the whole sentence as content).
    checkAttributions('Commenting on the plans, the chairman of the port authority said the cost was too high.', [
      { cue: 'Commenting on', source: 'the chairman of the port authority', content: 'the plans' },
      { cue: 'said', source: 'the chairman of the port authority', content: 'the cost was too high' },
    ]);
  });

  it('ends an opening participle phrase at a comma before the closing mark of its quotation (\'Citing the report and its "grave errors," Ruiz urged\' took the whole sentence)', () => {
    checkAttributions('Calling the plan "a disgrace," Ruiz said the board must resign.', [
      { cue: 'Calling', source: 'Ruiz', content: 'the plan "a disgrace,"' },
      { cue: 'said', source: 'Ruiz', content: 'the board must resign' },
    ]);
    // The quotation is the participle's, not the main verb's.
    checkAttributions('Citing the audit and its "serious failings," Ruiz urged the board to resign.', [
      { cue: 'Citing', source: 'Ruiz', content: 'the audit and its "serious failings,"' },
      { cue: 'urged', source: 'Ruiz', content: 'the board to resign' },
    ]);
    // A gerund with a verb of its own is the subject of the quotation, which the inverted cue reports.
    checkAttributions('Closing the yard was "the only way to save the firm," said Ana Lima.', [
      { cue: 'said', source: 'Ana Lima', content: 'Closing the yard was "the only way to save the firm,"' },
    ]);
  });

  it('reads a quotation after the comma that closes an opening participle phrase as the main clause\'s (\'Leaving the talks, the minister "was tired," Lund said\' had no attribution)', () => {
    checkAttributions('Leaving the talks, the minister "was tired," Mr. Lund said.', [{ cue: 'said', source: 'Mr. Lund', content: 'the minister "was tired,"' }]);
    checkAttributions('Leaving three hours of talks with the union, the mayor "looked drained," her aide said.', [
      { cue: 'said', source: 'her aide', content: 'the mayor "looked drained,"' },
    ]);
    // With no comma before the quotation's subject the quotation stays the participle's.
    checkAttributions('Citing the audit and its "serious failings," Ruiz urged the board to resign.', [
      { cue: 'Citing', source: 'Ruiz', content: 'the audit and its "serious failings,"' },
      { cue: 'urged', source: 'Ruiz', content: 'the board to resign' },
    ]);
  });

  it('ends the subject of a participle after a comma at its verb ("The bank gave no details, saying" had the source "The bank gave no")', () => {
    checkAttributions('The port gave no details, saying the files were lost.', [{ cue: 'saying', source: 'The port', content: 'the files were lost' }]);
    checkAttributions('The ferry company spent four days at sea, claiming the engines had failed.', [
      { cue: 'claiming', source: 'The ferry company', content: 'the engines had failed' },
    ]);
  });

  it('reads no attribution in why a source is unnamed ("not authorised to discuss the plans" was one, with no source)', () => {
    checkAttributions('The fleet will sail, an officer said, speaking on condition of anonymity because he was not authorised to discuss the plans.', [
      { cue: 'said', source: 'an officer', content: 'The fleet will sail' },
    ]);
  });

  it('reads a label and a colon as a speaker only when the label is words that can speak', () => {
    checkAttributions('Poll: voters turn on the mayor', [{ cue: ':', source: 'Poll', content: 'voters turn on the mayor' }]);
    // "Budget 2026: 7 things" and "Contact: press@..." had the speakers "Budget 2026" and "Contact".
    checkAttributions('Budget 2026: five things to know', []);
    checkAttributions('Contact: the press office on weekdays.', []);
    // One act of declining is one attribution ("declined" and "declined to say" were two).
    checkAttributions('A spokeswoman declined to say whether the plan would change.', [
      { cue: 'declined to say', source: 'A spokeswoman', content: 'whether the plan would change' },
    ]);
    // "Footnote: figures in euros" had the speaker "Footnote".
    checkAttributions('Footnote: all prices are in euros.', []);
    checkAttributions('Methodology: we asked 1,200 adults online.', []);
    // A storm and the labels of article types name no one ("Storm Eowyn: record winds", "Profile: ...").
    checkAttributions('Storm Eowyn: record winds leave homes without power', []);
    checkAttributions('Profile: the quiet rise of the new leader', []);
    // Nor do the exclamations that sell a headline ("BOOM: ..." had the speaker "BOOM").
    checkAttributions('BOOM: Harbour Board Drops Its Ferry Plan', []);
    checkAttributions('Revealed: the hidden cost of the new bridge', []);
  });

  it('reads no label before a figure that stands alone as a speaker ("- Headcount: 41,300, up 8%" had the source "Headcount")', () => {
    checkAttributions('The bank closed more branches this year.\n\n- Branches: 212, down from 240\n- Deposits: £4.1bn, up 3%\n', [], 'markdown');
    // A figure that goes on as a clause is a headline's speaker's words.
    checkAttributions('Poll: 64% back the new tram line', [{ cue: ':', source: 'Poll', content: '64% back the new tram line' }]);
  });

  it('reads no label before a list of names as a speaker ("Contributing: Ana Ruiz and Ole Berg." had the source "Contributing")', () => {
    checkAttributions('The ferry will run again in May.\n\nContributing: Ana Ruiz and Ole Berg.', []);
    // So is a credit or contact line with one name ("Contributing: Ana Ruiz", "Twitter: @anaruiz").
    checkAttributions('The ferry will run again in May.\n\nContributing: Ana Ruiz\n\nTwitter: @anaruiz', []);
    checkAttributions('Nordland: Tove Ek, D.J. Halvorsen, Per Lind-Aas, Sara Moe.', []);
    // A headline in title case with two parts, or with words that make a clause, is a speaker's words.
    checkAttributions('Lund: Ferries Run, Bridges Close', [{ cue: ':', source: 'Lund', content: 'Ferries Run, Bridges Close' }]);
    checkAttributions('Lund: It Rains, We Sail, They Wait', [{ cue: ':', source: 'Lund', content: 'It Rains, We Sail, They Wait' }]);
  });

  it('reads a transcript line quoted with its speaker\'s label in capitals', () => {
    checkAttributions('"MODERATOR: Senator, did you read the memo?\n\n"LIND: I did not.', [
      { cue: ':', source: 'MODERATOR', content: 'Senator, did you read the memo', type: 'direct' },
      { cue: ':', source: 'LIND', content: 'I did not', type: 'direct' },
    ]);
    // A word in lower case or a title-case label inside a quotation is no speaker.
    checkAttributions('"Hope: the river will rise again," she wrote.', [{ cue: 'wrote', source: 'she', content: '"Hope: the river will rise again,"' }]);
  });

  it('reads a transcript turn after a label in capitals to the end of its line (the content was its first sentence)', () => {
    checkAttributions('HALE: We will not close the port. The ferries run as usual.\nLUND: Thank you.', [
      { cue: ':', source: 'HALE', content: 'We will not close the port. The ferries run as usual' },
    ]);
    // A headline's label in title case keeps one sentence.
    checkAttributions('Poll: voters turn on the mayor. The mayor said nothing.', [{ cue: ':', source: 'Poll', content: 'voters turn on the mayor' }]);
  });

  it('ends reported content before a second attribution joined by a comma and a conjunction', () => {
    checkAttributions('Nearly half of renters said rents were too high, and most landlords said they would not lower them.', [
      { cue: 'said', source: 'Nearly half of renters', content: 'rents were too high' },
      { cue: 'said', source: 'most landlords', content: 'they would not lower them' },
    ]);
    // The second subject may carry a name between commas, after a quotation that ends in a comma
    // ("has called the plan a “red line,” and Latvia's deputy foreign minister, Anna Berzina, warned" ran on).
    checkAttributions('Mr. Lind has called the plan a “red line,” and Latvia’s deputy foreign minister, Anna Berzina, warned that it would fail.', [
      { cue: 'has called', source: 'Mr. Lind', content: 'the plan a “red line,”' },
      { cue: 'warned', source: 'Latvia’s deputy foreign minister, Anna Berzina', content: 'that it would fail' },
    ]);
    // Or a "who" clause between the commas ("called the reports “fantasy,” and a senior diplomat, who asked ..., said" ran on).
    checkAttributions('The mayor called the figures “nonsense,” and a senior Danish official, who asked not to be named, said they were right.', [
      { cue: 'called', source: 'The mayor', content: 'the figures “nonsense,”' },
      { cue: 'said', source: 'a senior Danish official', content: 'they were right' },
    ]);
  });

  it('ends reported content before ", and" and a clause with its own subject and verb ("accused the Kremlin of ..., and several of those ships have been linked" ran on)', () => {
    checkAttributions('Nordic officials have long accused Moscow of running a fleet of ageing tankers, and several of those ships have been linked to damaged cables.', [
      { cue: 'have long accused', source: 'Nordic officials', content: 'Moscow of running a fleet of ageing tankers' },
    ]);
    // After a reported clause, a pronoun with a verb in the past goes on in the writer's voice.
    checkAttributions('The mayor said the ferry was safe, and she rejected calls for an inquiry.', [
      { cue: 'said', source: 'The mayor', content: 'the ferry was safe' },
      { cue: 'rejected', source: 'she', content: 'calls for an inquiry' },
    ]);
    // A second "that" clause, a clause in the present after a reported one, and a list are still reported.
    checkAttributions('The minister said that fares would rise, and that wages would fall.', [
      { cue: 'said', source: 'The minister', content: 'that fares would rise, and that wages would fall' },
    ]);
    checkAttributions('The company said its focus will be on profits, and it is planning to sell two plants.', [
      { cue: 'said', source: 'The company', content: 'its focus will be on profits, and it is planning to sell two plants' },
      { cue: 'is planning', source: 'it', content: 'to sell two plants' },
    ]);
    checkAttributions('Unions have warned that ports such as Riga, Tallinn, and Klaipeda lost trade last year.', [
      { cue: 'have warned', source: 'Unions', content: 'that ports such as Riga, Tallinn, and Klaipeda lost trade last year' },
    ]);
  });

  it('ends reported content where an appended cue starts', () => {
    checkAttributions('The mayor said the plan was sound, adding that costs would be published.', [
      { cue: 'said', source: 'The mayor', content: 'the plan was sound' },
      { cue: 'adding', source: 'The mayor', content: 'that costs would be published' },
    ]);
  });

  it('ends reported content before a subject and a verb of saying that close the sentence ("on Friday, his office said" ran the content through the cue)', () => {
    checkAttributions('The governor announced she would resign on Friday, her office said.', [
      { cue: 'said', source: 'her office', content: 'The governor announced she would resign on Friday' },
      { cue: 'announced', source: 'The governor', content: 'she would resign on Friday' },
    ]);
    checkAttributions('Lund told staff that the mill would close in June, two union officials said on Monday.', [
      { cue: 'said', source: 'two union officials', content: 'Lund told staff that the mill would close in June' },
      { cue: 'told', source: 'Lund', content: 'that the mill would close in June' },
    ]);
    // A time after the cue, then a new clause: the content is still the clause before ("the statistics
    // office said last month, while ..." had the content "last month").
    checkAttributions('Output grew by 0.1%, the statistics office said last month, while prices rose.', [
      { cue: 'said', source: 'the statistics office', content: 'Output grew by 0.1%' },
    ]);
    checkAttributions('Output grew by 0.1%, the statistics office said on Monday, while prices rose.', [
      { cue: 'said', source: 'the statistics office', content: 'Output grew by 0.1%' },
    ]);
    // A participle with its object after the time opens a new clause too ("the regulator announced on
    // Wednesday, adding £35 a year" had the content "on Wednesday"); "adding" a sum is no speech.
    checkAttributions('Ferry fares will go up by 6% in May, the port authority announced on Friday, adding £3 to a return crossing.', [
      { cue: 'announced', source: 'the port authority', content: 'Ferry fares will go up by 6% in May' },
    ]);
    checkAttributions('Output grew by 0.1%, the statistics office said in Oslo, raising hopes of a recovery.', [
      { cue: 'said', source: 'the statistics office', content: 'Output grew by 0.1%' },
    ]);
    // A relative clause or a second predicate after the comma is part of the content (one that ends
    // the sentence is the writer's comment).
    checkAttributions('Lund said the mill hired a foreman, who said little, and two clerks.', [
      { cue: 'said', source: 'Lund', content: 'the mill hired a foreman, who said little, and two clerks' },
    ]);
  });

  it('reports both parts of a sentence the cue interrupts under one cue', () => {
    checkAttributions('The levy, the minister said, would be scrapped next year.', [
      { cue: 'said', source: 'the minister', content: 'The levy' },
      { cue: 'said', source: 'the minister', content: 'would be scrapped next year' },
    ]);
    // The rest may open with a conjunction; a participle after the cue is a cue of its own.
    checkAttributions('There is no risk of a strike, the union insists, because the pay deal holds.', [
      { cue: 'insists', source: 'the union', content: 'There is no risk of a strike' },
      { cue: 'insists', source: 'the union', content: 'because the pay deal holds' },
    ]);
    // A connective alone before the cue is no part ("However, he said, ..." reported "However").
    checkAttributions('However, he said, the alliance would not build new bases.', [{ cue: 'said', source: 'he', content: 'the alliance would not build new bases' }]);
  });

  it('reports only the clause after a colon before the cue (the words that announce it were content)', () => {
    checkAttributions('The result was clear: 40 towns voted no, the survey found.', [{ cue: 'found', source: 'the survey', content: '40 towns voted no' }]);
    checkAttributions('Harbour fees rose sharply: the port earned 3 million, according to the annual report.', [
      { cue: 'according to', source: 'the annual report', content: 'the port earned 3 million' },
    ]);
    // Not an -ing phrase that spells out the words before the colon.
    checkAttributions('Lund took the same tack: visiting every town, aides said.', [{ cue: 'said', source: 'aides', content: 'Lund took the same tack: visiting every town' }]);
    // Nor a colon in a title inside a longer phrase with no verb.
    checkAttributions('Five games, including Harbour Run: Deep Water 2, sold a million copies, according to the chart firm.', [
      { cue: 'according to', source: 'the chart firm', content: 'Five games, including Harbour Run: Deep Water 2, sold a million copies' },
    ]);
  });

  it('reports only the words after an open dash before a cue that interrupts them (the clause before the dash was content)', () => {
    checkAttributions('The bill would bar new waivers - a provision, Senator Lund said, that keeps Congress in charge.', [
      { cue: 'said', source: 'Senator Lund', content: 'a provision' },
      { cue: 'said', source: 'Senator Lund', content: 'that keeps Congress in charge' },
    ]);
    // An "and" after the dash joins the clause, and is left out with it.
    checkAttributions('The fees were high – and the permit, his office said, had been hard to get.', [
      { cue: 'said', source: 'his office', content: 'the permit' },
      { cue: 'said', source: 'his office', content: 'had been hard to get' },
    ]);
    // An aside closed by a second dash, and a cue that closes the sentence, keep the whole clause.
    checkAttributions('The fees - which rose in May - were high, his office said, and will rise again.', [
      { cue: 'said', source: 'his office', content: 'The fees - which rose in May - were high' },
      { cue: 'said', source: 'his office', content: 'and will rise again' },
    ]);
    checkAttributions('The ferry will not sail again - the hull is cracked, the harbour master said.', [
      { cue: 'said', source: 'the harbour master', content: 'The ferry will not sail again - the hull is cracked' },
    ]);
  });

  it('reports the subject of a passive cue with its agent as the source, and makes no attribution of the subject alone (a passive subject was an extra attribution)', () => {
    // With no agent, the subject is reported with the words after the cue, under the same cue (as
    // PolNeAR's content of "is expected" is: "Its army ... to grow" had only the infinitive).
    checkAttributions('The mayor was criticized for closing the ferry terminal.', [
      { cue: 'was criticized', source: null, content: 'The mayor' },
      { cue: 'was criticized', source: null, content: 'for closing the ferry terminal' },
    ]);
    checkAttributions('The new bridge is expected to open in May, officials said.', [
      { cue: 'is expected', source: null, content: 'The new bridge' },
      { cue: 'said', source: 'officials', content: 'The new bridge is expected to open in May' },
      { cue: 'is expected', source: null, content: 'to open in May' },
    ]);
    checkAttributions('The closure was first reported by the Harbour Gazette on Monday.', [
      { cue: 'was first reported', source: 'the Harbour Gazette', content: 'The closure' },
    ]);
    // The subject of a passive verb that names an addressee is no content; its agent is the source.
    // (A sentence the cue model accepts with a margin: this tests the rule, not a borderline decision.)
    checkAttributions('The panel was told by the harbour master that the cranes were unsafe.', [
      { cue: 'was told', source: 'the harbour master', content: 'that the cranes were unsafe' },
    ]);
  });

  it('ends the agent of "was accused by ... of" before "of" and a gerund, the charge ("accused by rivals of hiding the cost" had the source "rivals of hiding the cost")', () => {
    checkAttributions('The mayor was accused by rival councillors of hiding the cost of the bridge.', [
      { cue: 'was accused', source: 'rival councillors', content: 'The mayor' },
      { cue: 'was accused', source: 'rival councillors', content: 'of hiding the cost of the bridge' },
    ]);
    // With no agent, one relation under one cue, as above; an agent's own "of" phrase stays.
    checkAttributions('The mayor has also been accused of hiding the cost of the bridge.', [
      { cue: 'has also been accused of', source: null, content: 'The mayor' },
      { cue: 'has also been accused of', source: null, content: 'hiding the cost of the bridge' },
    ]);
    checkAttributions('The mayor was accused by supporters of the ring road.', [{ cue: 'was accused', source: 'supporters of the ring road', content: 'The mayor' }]);
  });

  it('reads no attribution in a wish not to be named ("who asked not to be named" was one, with the source "who")', () => {
    checkAttributions('A second analyst, who asked not to be named, said the bid was too low.', [
      { cue: 'said', source: 'A second analyst', content: 'the bid was too low', anonymous: true },
    ]);
    checkAttributions('She asked not to be identified.', []);
  });

  it('reads "questioned" with a person as its object as an interrogation, and with a claim as doubt ("had questioned three people" was a cue)', () => {
    checkAttributions('Detectives said they had questioned two men.', [{ cue: 'said', source: 'Detectives', content: 'they had questioned two men' }]);
    checkAttributions('Officers questioned him.', []);
    checkAttributions('The auditor questioned the figures.', [{ cue: 'questioned', source: 'The auditor', content: 'the figures' }]);
  });

  it('reads a passive of "dismissed" or "questioned" with a person for its subject and an agent as an act on the person ("She was dismissed by the airline" was a cue)', () => {
    checkAttributions('She was dismissed by the ferry company in May.', []);
    checkAttributions('Tomas Berg was questioned by detectives for six hours.', []);
    checkAttributions('Two workers from the depot were questioned by police.', []);
    checkAttributions('The figures were questioned by economists.', [{ cue: 'were questioned', source: 'economists', content: 'The figures' }]);
    checkAttributions('Her claim was dismissed by the council.', [{ cue: 'was dismissed', source: 'the council', content: 'Her claim' }]);
  });

  it('reads "agree" with a deal or a fee as its object as a transaction, with a clause or a particle as agreeing ("have agreed a £85m fee" was a cue)', () => {
    checkAttributions('United have agreed a club-record €60m fee with Lyon.', []);
    checkAttributions('Harbour Line agree £2bn takeover of ferry rival', []);
    // A clause after the object is no part of it (review21 takeover.md's headline was a cue).
    checkAttributions('Miller agrees £2bn takeover as investors revolt over pay', []);
    // A headline drops the determiner before a word for a deal.
    checkAttributions('Brewer agrees takeover deal', []);
    checkAttributions('Dock workers agree pay deal with port owner', []);
    checkAttributions('Unions agree ministers misled them', [{ cue: 'agree', source: 'Unions', content: 'ministers misled them' }]);
    checkAttributions('Most economists agree the slowdown looks temporary.', [
      { cue: 'agree', source: 'Most economists', content: 'the slowdown looks temporary' },
    ]);
    checkAttributions('The council agreed with the auditors.', [{ cue: 'agreed with', source: 'The council', content: 'the auditors' }]);
  });

  it('reads an infinitive with no source of its own as no attribution, unless a reported clause follows it ("voted 7-2 to reject a challenge" had the cue "to reject")', () => {
    checkAttributions('The council voted 6-3 on Monday to reject the appeal.', []);
    checkAttributions('Regulators met on Friday to discuss the merger.', []);
    // PolNeAR gives an infinitive the subject of the clause it stands in as its source.
    checkAttributions('Ruiz has yet to explain why the port closed.', [{ cue: 'to explain', source: 'Ruiz', content: 'why the port closed' }]);
  });

  it('gives an infinitive that reports a clause the subject of its clause ("Ministers will meet ... to agree how ..." had no source), but not an expletive "it"', () => {
    checkAttributions('Finance ministers will meet again next month to agree how the new levy should be collected.', [
      { cue: 'to agree', source: 'Finance ministers', content: 'how the new levy should be collected' },
    ]);
    checkAttributions('The mayor said she plans to explain why the port closed.', [
      { cue: 'said', source: 'The mayor', content: 'she plans to explain why the port closed' },
      { cue: 'to explain', source: 'she', content: 'why the port closed' },
    ]);
    checkAttributions('It was hard to explain why the port closed.', [{ cue: 'It was hard to explain', source: null, content: 'why the port closed' }]);
    // The object before "to" is no subject of the clause; it is the infinitive's own source (see below).
    checkAttributions('Falling fares led Nordline to conclude that the route was lost.', [{ cue: 'to conclude', source: 'Nordline', content: 'that the route was lost' }]);
  });

  it('reads a passive with no source and only a time or place after it as no attribution ("are not expected before 2035" had that content), but keeps its infinitive or its complement', () => {
    checkAttributions('Repairs are not expected before 2031, Ana Ruiz said.', [
      { cue: 'said', source: 'Ana Ruiz', content: 'Repairs are not expected before 2031' },
    ]);
    checkAttributions('A share sale could not be ruled out before the spring.', []);
    // PolNeAR marks "is expected" with an infinitive as an attribution with no source.
    checkAttributions('The striker is expected to make his debut on Sunday.', [
      { cue: 'is expected', source: null, content: 'The striker' },
      { cue: 'is expected', source: null, content: 'to make his debut on Sunday' },
    ]);
    checkAttributions('Low prices were blamed for the fall.', [
      { cue: 'were blamed', source: null, content: 'Low prices' },
      { cue: 'were blamed', source: null, content: 'for the fall' },
    ]);
  });

  it('reads "heard" or "was told" closing a sentence after a comma as evidence given to its subject (", Cardiff Crown Court heard." had no attribution)', () => {
    checkAttributions('Owen Price, 47, of Bangor, kept the rent for himself, Swansea Crown Court heard.', [
      { cue: 'heard', source: 'Swansea Crown Court', content: 'Owen Price, 47, of Bangor, kept the rent for himself' },
    ]);
    checkAttributions('The boiler had not been serviced for years, the inquest was told.', [
      { cue: 'was told', source: 'the inquest', content: 'The boiler had not been serviced for years' },
    ]);
    checkAttributions('It was the loudest bang anyone had heard.', []);
  });

  it('reads a word that is as often a plural noun as a verb when it closes the sentence after a comma and a short subject (", the Resolution Foundation think tank estimates." had no attribution)', () => {
    checkAttributions('Bus fares will double within five years, the Northern Transport Forum think tank estimates.', [
      { cue: 'estimates', source: 'the Northern Transport Forum think tank', content: 'Bus fares will double within five years' },
    ]);
    checkAttributions('Bus fares will double, the council forecasts.', [{ cue: 'forecasts', source: 'the council', content: 'Bus fares will double' }]);
    // A plural noun after a preposition or a possessive stays a noun.
    checkAttributions('Growth slowed to 1%, below the bank’s estimates.', []);
    checkAttributions('Growth slowed to 1%, in line with forecasts.', []);
    checkAttributions('Bad loans fell to 9.1%, down about 2 percentage points.', []);
  });

  it('reads "think tank" as a noun, not the verb "think" ("A leading think tank says" had the cue "think")', () => {
    checkAttributions('A think tank says rents will rise.', [{ cue: 'says', source: 'A think tank', content: 'rents will rise' }]);
    checkAttributions('I think tanks are obsolete.', [{ cue: 'think', source: 'I', content: 'tanks are obsolete' }]);
  });

  it('reads a capitalised cue word after another capitalised word as the end of a name ("the Free State Project that ..." and "the Washington Post that ..." had the cues "Project" and "Post")', () => {
    checkAttributions('Jan Olsen, the founder of the Green Valley Project that helps farmers, said he was worried.', [
      { cue: 'said', source: 'Jan Olsen, the founder of the Green Valley Project that helps farmers', content: 'he was worried' },
    ]);
    checkAttributions('Maria Berg told the Harbour Post that the ferry would stop in May.', [{ cue: 'told', source: 'Maria Berg', content: 'that the ferry would stop in May' }]);
    checkAttributions('Tilda Roos won her first Grand Slam title on Sunday.', []);
    // After a title opening the sentence too (a peer's surname that is a cue word was the cue).
    checkAttributions('Lord Tells agreed to step down from the harbour committee.', [{ cue: 'agreed', source: 'Lord Tells', content: 'to step down from the harbour committee' }]);
    // A headline capitalises its verbs too, though it keeps short words in lower case.
    checkAttributions('Senator Jan Olsen Says He Will Run for Mayor of Eastvale Again', [{ cue: 'Says', source: 'Senator Jan Olsen', content: 'He Will Run for Mayor of Eastvale Again' }]);
    checkAttributions('Mayor Roos Blasts Council for Delaying the Bridge', [{ cue: 'Blasts', source: 'Mayor Roos', content: 'Council for Delaying the Bridge' }]);
  });

  it('reads a participle graded by "most" or "less" before a noun as an adjective ("the No. 2 most cited ruling" had the cue "cited")', () => {
    checkAttributions('It was the second most cited ruling of the decade.', []);
    checkAttributions('The fire was the least reported disaster of the year.', []);
  });

  it('gives a verb joined by "and" inside a subordinate clause that clause\'s subject ("fell after the supplier cut its forecast and said" had the source "Shares")', () => {
    checkAttributions('Shares in Tarvo fell 9% after the insurer cut its dividend and said claims would rise.', [
      { cue: 'said', source: 'the insurer', content: 'claims would rise' },
    ]);
    // With no verb found after its subject, the sentence's subject stays.
    checkAttributions('Ruiz spoke after the vote and said the plan was dead.', [{ cue: 'said', source: 'Ruiz', content: 'the plan was dead' }]);
  });

  it('gives a verb joined by "and" after an opening subordinate clause the main clause\'s subject ("After the vote in the hall, Ana Berg smiled and said" had the source "the vote")', () => {
    checkAttributions('After the vote in the hall, Ana Berg smiled and said the council had erred.', [
      { cue: 'said', source: 'Ana Berg', content: 'the council had erred' },
    ]);
    checkAttributions('When the ferry docked, the captain turned and said the crossing had been rough.', [
      { cue: 'said', source: 'the captain', content: 'the crossing had been rough' },
    ]);
    // A comma inside the subordinate clause opens no subject; the next one does.
    checkAttributions('After the vote in the hall, which ran late, the mayor stood up and said the plan was dead.', [
      { cue: 'said', source: 'the mayor', content: 'the plan was dead' },
    ]);
    // So does a participle cue's subject.
    checkAttributions('Although the mayor stayed away, the council left the hall, saying the bridge would close.', [
      { cue: 'saying', source: 'the council', content: 'the bridge would close' },
    ]);
    // With no opening subordinator, the sentence's subject stays.
    checkAttributions('The mayor, after the vote, stood up and said the plan was dead.', [
      { cue: 'said', source: 'The mayor', content: 'the plan was dead' },
    ]);
  });

  it('keeps an addressee and an infinitive in the content when a "that" after the infinitive is its object or a relative pronoun ("asked parliament to raise that to 3.5%" had the content "that to 3.5%")', () => {
    checkAttributions('The council has asked ministers to raise that to 4% by 2030.', [
      { cue: 'has asked', source: 'The council', content: 'ministers to raise that to 4% by 2030' },
    ]);
    checkAttributions('He also urged the board to drop rules that slow down repairs.', [
      { cue: 'also urged', source: 'He', content: 'the board to drop rules that slow down repairs' },
    ]);
  });

  it('ignores verbs of saying used as nouns, prepositions or passives', () => {
    checkAttributions('Several states passed the law. Critics of his remarks were many. Leaders like Ms. Ek stayed home. The move was first reported last week.', []);
  });

  it('reads a naming verb after a common noun and before a name that ends the phrase as a reduced relative ("a class called “Perception” on his page" was an attribution)', () => {
    checkAttributions('Lind shared a syllabus for a class called “Perception” on her page.', []);
    checkAttributions('The dockers formed a union called Harbour Voice in May.', []);
    // A verb with its object and complement is still a cue.
    checkAttributions('The mayor called Ruiz a liar.', [{ cue: 'called', source: 'The mayor', content: 'Ruiz a liar' }]);
  });

  it('ignores questions put with an auxiliary', () => {
    checkAttributions('Who do you think will win the cup?', []);
  });
});

describe('sources and speakers', () => {
  it('resolves a later surname, a pronoun and a role noun to the first full mention', () => {
    checkAttributions(
      'Mikhail Orlov, a senior Russian diplomat, said talks would resume. Mr. Orlov added that no date was set. He said Moscow was patient. The diplomat told reporters that the mood was calm.',
      [
        { cue: 'said', speaker: 'Mikhail Orlov', role: 'senior Russian diplomat', content: 'talks would resume' },
        { cue: 'added', source: 'Mr. Orlov', speaker: 'Mikhail Orlov', content: 'that no date was set' },
        { cue: 'said', source: 'He', speaker: 'Mikhail Orlov', content: 'Moscow was patient' },
        { cue: 'told', source: 'The diplomat', speaker: 'Mikhail Orlov', content: 'that the mood was calm' },
      ],
    );
  });

  it('keeps a source in its sentence after a word that retext takes for an abbreviation ("War.")', () => {
    checkAttributions('The institute said the bill was the largest since the Second World War. Its chair, Edith Munro, said it would not be paid off for decades.', [
      { cue: 'said', source: 'The institute', content: 'the bill was the largest since the Second World War' },
      { cue: 'said', source: 'Its chair, Edith Munro', speaker: 'Edith Munro', content: 'it would not be paid off for decades' },
    ]);
  });

  it('keeps a source in its sentence after an initialism that retext takes for an abbreviation ("SEC.")', () => {
    checkAttributions('The merger is under review by the SEC. The company said it expected approval by June.', [
      { cue: 'said', source: 'The company', content: 'it expected approval by June' },
    ]);
  });

  it('reads a name with its organisation after "of"', () => {
    checkAttributions('Dr. Helen Marsh of the Coastal Research Institute said erosion had doubled.', [
      { cue: 'said', source: 'Dr. Helen Marsh of the Coastal Research Institute', speaker: 'Helen Marsh', organisation: 'Coastal Research Institute', content: 'erosion had doubled' },
    ]);
  });

  it('takes the role from a "who" clause about a named speaker, inside or after the source span', () => {
    checkAttributions('Ana Ribeiro, who runs a shelter in Narva, said the queue had doubled since March.', [
      { cue: 'said', source: 'Ana Ribeiro, who runs a shelter in Narva', content: 'the queue had doubled since March', speaker: 'Ana Ribeiro', role: 'runs a shelter in Narva' },
    ]);
    checkAttributions('“We have no beds left,” said Ana Ribeiro, who runs a shelter in Narva.', [{ cue: 'said', content: '“We have no beds left,”', speaker: 'Ana Ribeiro', role: 'runs a shelter in Narva' }]);
    checkAttributions('Tomas Vilkas, who is the head of operations at the Port of Klaipeda, said traffic fell.', [
      { cue: 'said', content: 'traffic fell', speaker: 'Tomas Vilkas', role: 'head of operations', organisation: 'Port of Klaipeda' },
    ]);
  });

  it('gives no role from a clause about an unnamed source, or from a clause that is not about the speaker', () => {
    checkAttributions('Officials, who spoke on condition of anonymity, said the talks had stalled.', [{ cue: 'said', content: 'the talks had stalled', speaker: null, anonymous: true, role: 'Officials' }]);
    checkAttributions('Ana Ribeiro said the queue, which had doubled, was longest in March.', [
      { cue: 'said', content: 'the queue, which had doubled, was longest in March', speaker: 'Ana Ribeiro', role: undefined },
    ]);
  });

  it('splits a title and role before the name from the name', () => {
    checkAttributions('Estonian Foreign Minister Kaja Lepp said the border was secure.', [
      { cue: 'said', speaker: 'Kaja Lepp', role: 'Estonian Foreign Minister', content: 'the border was secure' },
    ]);
  });

  it('marks anonymous sources and leaves their speaker empty', () => {
    checkAttributions(
      'Officials said the convoy had turned back. A source familiar with the talks said no deal was near. Two people briefed on the plan said it was delayed.',
      [
        { cue: 'said', source: 'Officials', speaker: null, anonymous: true, content: 'the convoy had turned back' },
        { cue: 'said', source: 'A source familiar with the talks', speaker: null, anonymous: true, content: 'no deal was near' },
        { cue: 'said', source: 'Two people briefed on the plan', speaker: null, anonymous: true, content: 'it was delayed' },
      ],
    );
  });

  it('keeps a named organisation as the speaker and does not call it anonymous', () => {
    checkAttributions('The Kremlin said the exercise was routine.', [
      { cue: 'said', source: 'The Kremlin', speaker: 'Kremlin', anonymous: false, content: 'the exercise was routine' },
    ]);
  });
});

describe('source shapes', () => {
  it('ends a name at a verb in -ed after it, which is no role before a second name ("Mr Lowe sued Mr Hart" was the source)', () => {
    checkAttributions('Mr Lowe sued Mr Hart in 2019, claiming he had copied the design.', [
      { cue: 'claiming', source: 'Mr Lowe', content: 'he had copied the design' },
    ]);
  });

  it('leaves out of the source a relative clause in which the speaker says something else ("Mr. Ravnsborg, who noted that prices fell" was the source), but keeps one that only describes the speaker', () => {
    checkAttributions('“Sales are up,” said Mr. Ravnsborg, who noted that prices fell.', [
      { cue: 'said', source: 'Mr. Ravnsborg', content: '“Sales are up,”' },
      { cue: 'noted', source: 'who', content: 'that prices fell' },
    ]);
    checkAttributions('Tom Cruz, who trails in Iowa, said he would stay.', [{ cue: 'said', source: 'Tom Cruz, who trails in Iowa', content: 'he would stay' }]);
    // After a surname alone the clause tells more about someone named before, and is left out.
    checkAttributions('Cruz, who trails in Iowa, said he would stay.', [{ cue: 'said', source: 'Cruz', content: 'he would stay' }]);
    // A name given ("known as Zapad") is nothing said (review18 baltic.txt).
    checkAttributions('The drills, known as Iron Wolf, were last held on this scale in 2021.', []);
    // Regression (review18 study.txt): where the speaker is from, then the clause, had no source at all.
    checkAttributions('Prof Ilona Varga, of the University of Szeged, who was not involved in the trial, said the results were encouraging.', [
      { cue: 'said', source: 'Prof Ilona Varga, of the University of Szeged, who was not involved in the trial', content: 'the results were encouraging', speaker: 'Ilona Varga', organisation: 'University of Szeged' },
    ]);
    // The next quotation is still the speaker's: a cue word in the clause left out names no one new.
    checkAttributions('“I can win,” said Tom Kiprop, who is keen to add the record to his titles. “The field is strong.”', [
      { cue: 'said', source: 'Tom Kiprop', content: '“I can win,”' },
      { cue: 'said', source: 'Tom Kiprop', content: '“The field is strong.”' },
    ]);
  });

  it('ends an appositive after the source before a second verb of saying and its subject (", reports the Daily Post" was in the source)', () => {
    checkAttributions('“The plan leaves us out,” said Kay Dean, director of Farmers for Change, reports the Daily Post.', [
      { cue: 'said', source: 'Kay Dean, director of Farmers for Change', content: '“The plan leaves us out,”' },
    ]);
  });

  it('takes a poll\'s share written in words as the source, like one in digits ("Two in three said" had none)', () => {
    checkAttributions('Two in three said they would vote early.', [{ cue: 'said', source: 'Two in three', content: 'they would vote early' }]);
    checkAttributions('One of four said the buses were late.', [{ cue: 'said', source: 'One of four', content: 'the buses were late' }]);
  });

  it('keeps a party tag in the source, and a "who" clause after a noun or a full name, and leaves a participial clause out', () => {
    checkAttributions('Sen. Maria Ortiz (D-NM) said the vote was rigged. Ortiz, who chairs the panel, said hearings would start.', [
      { cue: 'said', source: 'Sen. Maria Ortiz (D-NM)', content: 'the vote was rigged', speaker: 'Maria Ortiz' },
      { cue: 'said', source: 'Ortiz', content: 'hearings would start', speaker: 'Maria Ortiz' },
    ]);
    checkAttributions('The port authority, facing higher fuel costs, said fees would rise in April.', [
      { cue: 'said', source: 'The port authority', content: 'fees would rise in April' },
    ]);
    // After the cue too: "said a senior official who ...".
    checkAttributions('“We want answers,” said a senior harbour official who backs the mayor.', [
      { cue: 'said', source: 'a senior harbour official who backs the mayor', content: '“We want answers,”' },
    ]);
    // A second appositive and a party and state stay in a source after the cue; a participle does not.
    checkAttributions('“Rents will rise,” said Ana Lima, director of the Tenants Union, a housing group.', [
      { cue: 'said', source: 'Ana Lima, director of the Tenants Union, a housing group', content: '“Rents will rise,”' },
    ]);
    checkAttributions('“Rents will rise,” said Senator Ana Lima, Democrat of Maine.', [
      { cue: 'said', source: 'Senator Ana Lima, Democrat of Maine', content: '“Rents will rise,”' },
    ]);
    checkAttributions('“Rents will rise,” said Rep. Ana Lima (D-Maine), head of the housing caucus.', [
      { cue: 'said', source: 'Rep. Ana Lima (D-Maine), head of the housing caucus', content: '“Rents will rise,”' },
    ]);
    // A time or place after the comma is no appositive.
    checkAttributions('“Rents will rise,” said Lima, on her first day in the job.', [{ cue: 'said', source: 'Lima', content: '“Rents will rise,”' }]);
    checkAttributions('“Rents will rise,” said Ana Lima, director of the Tenants Union, adding that nothing would change.', [
      { cue: 'said', source: 'Ana Lima, director of the Tenants Union', content: '“Rents will rise,”' },
      { cue: 'adding', source: 'Ana Lima, director of the Tenants Union', content: 'that nothing would change' },
    ]);
  });

  it('reads "As X observed, ..." as X\'s content after the comma, but not "As expected, ..."', () => {
    checkAttributions('As Ms. Okafor observed, the queue had tripled since May.', [{ cue: 'observed', source: 'Ms. Okafor', content: 'the queue had tripled since May' }]);
    checkAttributions('As expected, the council approved the budget.', []);
  });

  it('reads a noun-like cue word as a verb without a subject next to it only when the model is confident', () => {
    // A sentence the model is sure of (0.99), not one at the threshold that each retraining may move across it.
    checkAttributions('A new poll shows the mayor trailing by six points.', [{ cue: 'shows', source: 'A new poll', content: 'the mayor trailing by six points' }]);
    checkAttributions('Three shows sold out in May.', []);
    checkAttributions('The theatre shows were cancelled.', []);
  });

  it('takes the content before ", as X suggested" and a quotation closed in a later paragraph', () => {
    checkAttributions('The yard can still be saved, as the union lawyer suggested after the vote.', [{ cue: 'suggested', source: 'the union lawyer', content: 'The yard can still be saved' }]);
    checkAttributions('The ferry was late again, as usual.', []);
    checkAttributions('“The yard fed three generations of this town.\n\nWe built the cranes with our own hands,” Ruiz explained. He left soon after.', [
      { cue: null, content: '“The yard fed three generations of this town.' },
      { cue: 'explained', source: 'Ruiz', content: 'We built the cranes with our own hands,”' },
    ]);
  });

  it('gives a verb joined by "and" the sentence\'s subject as its source', () => {
    checkAttributions('The minister toured the shipyard on Monday and criticized the plan to close it.', [{ cue: 'criticized', source: 'The minister', content: 'the plan to close it' }]);
    checkAttributions('Ruiz met the dockworkers and endorsed their demands.', [{ cue: 'endorsed', source: 'Ruiz', content: 'their demands' }]);
    // A passive joined by "and" has no source: not the yard's.
    checkAttributions('The yard closed in May and the workers were told that talks would resume.', [{ cue: 'were told', source: null, content: 'that talks would resume' }]);
  });

  it('ends a sentence at a line break, so a headline or a signed quotation never joins the next line\'s source', () => {
    checkAttributions('Harbour cranes to stay in Gdynia\nThe union said the yard would stay open.', [{ cue: 'said', source: 'The union', content: 'the yard would stay open' }]);
    checkAttributions('“The yard is our history and our future.” — Teresa Lima, crane operator\n“Nobody asked the workers.” — Piotr Nowak\nThe union said the cranes would stay.', [
      { cue: '—', source: 'Teresa Lima, crane operator', content: '“The yard is our history and our future.”' },
      { cue: '—', source: 'Piotr Nowak', content: '“Nobody asked the workers.”' },
      { cue: 'said', source: 'The union', content: 'the cranes would stay' },
    ]);
  });

  it('gives a participle after the speaker its own content, not the quotation before the speaker', () => {
    checkAttributions('“We will not sell,” Mayor Duarte told reporters, referring to the harbour cranes.', [
      { cue: 'told', source: 'Mayor Duarte', content: '“We will not sell,”' },
      { cue: 'referring to', source: 'Mayor Duarte', content: 'the harbour cranes' },
    ]);
  });

  it('puts the verb of a retort with "back" in the cue ("Trump shot back" had the cue "back" and the source "Trump shot")', () => {
    checkAttributions('The mayor shot back that the port had never been safer.', [{ cue: 'shot back', source: 'The mayor', content: 'that the port had never been safer' }]);
    checkAttributions('The union pushed back against the plan.', [{ cue: 'pushed back against', source: 'The union', content: 'the plan' }]);
  });

  it('puts an infinitive\'s "to" in the cue without taking the word before it as the source', () => {
    checkAttributions('The council met on Friday to discuss whether the levy was legal.', [{ cue: 'to discuss', source: null, content: 'whether the levy was legal' }]);
    checkAttributions('She went on to say that the yard would close.', [{ cue: 'went on to say', source: 'She', content: 'that the yard would close' }]);
  });

  it('puts a contracted auxiliary in the cue and leaves the pronoun as the source, but not a possessive', () => {
    checkAttributions("He's said the yard will close by June.", [{ cue: "'s said", source: 'He', content: 'the yard will close by June' }]);
    checkAttributions('They’ve argued that the fee is unfair.', [{ cue: '’ve argued', source: 'They', content: 'that the fee is unfair' }]);
    // After "not" or an adverb too ("He’s not saying" had the source "He’s").
    checkAttributions('She’s not saying what the port will do.', [{ cue: '’s not saying', source: 'She', content: 'what the port will do' }]);
    // A name's "'s" may be a possessive ("Ruiz's stated aim"): it never joins the cue.
    for (const text of ["Ruiz's stated aim is to keep the yard.", "Duarte's argued case won the day."]) {
      for (const a of attributionsOf(text)) expect(text.slice(a.cue.start, a.cue.end)).not.toMatch(/^['’]s/);
    }
  });

  it('never takes a quotation that ends the line before as the content of the next line\'s cue', () => {
    checkAttributions('“The cranes will stay,” said Mayor Ines Duarte. “We will not sell the port.”\nTeresa Lima, a crane operator, criticized the plan.', [
      { cue: 'said', source: 'Mayor Ines Duarte', content: '“The cranes will stay,”' },
      { cue: 'said', source: 'Mayor Ines Duarte', content: '“We will not sell the port.”' },
      { cue: 'criticized', source: 'Teresa Lima, a crane operator', content: 'the plan' },
    ]);
  });

  it('takes a short surname in "-ing" and a subject before "however" ("King says" and "Carter however said" had no source)', () => {
    checkAttributions('King says the boxer talked the talk.', [{ cue: 'says', source: 'King', content: 'the boxer talked the talk' }]);
    checkAttributions('Lind however said she would welcome a deal.', [{ cue: 'said', source: 'Lind', content: 'she would welcome a deal' }]);
  });

  it('skips a time phrase between the subject and the verb, and keeps one after a participle in the source ("Police had last month charged" had the source "last month")', () => {
    checkAttributions('The police had last month charged the driver with speeding.', [{ cue: 'had last month charged', source: 'The police', content: 'the driver with speeding' }]);
    checkAttributions('Ana Lima, who runs the port, on Friday described the plan as reckless.', [
      { cue: 'described', source: 'Ana Lima, who runs the port', content: 'the plan as reckless', speaker: 'Ana Lima' },
    ]);
    checkAttributions('A harbour report published on Monday night found that the port had lost money.', [
      { cue: 'found', source: 'A harbour report published on Monday night', content: 'that the port had lost money' },
    ]);
  });

  it('leaves a time adjunct and a second cue out of the source', () => {
    checkAttributions('Sen. Lena Ruiz on Tuesday said the vote was rigged.', [{ cue: 'said', source: 'Sen. Lena Ruiz', content: 'the vote was rigged' }]);
    checkAttributions('The harbour master last week warned that the quay was unsafe.', [{ cue: 'warned', source: 'The harbour master', content: 'that the quay was unsafe' }]);
    // A name that holds a weekday is no time adjunct.
    checkAttributions('The Saturday Evening Post reported that sales had doubled.', [{ cue: 'reported', source: 'The Saturday Evening Post', content: 'that sales had doubled' }]);
    checkAttributions('“We will not sell the port,” said Mayor Ines Duarte, adding that talks would resume.', [
      { cue: 'said', source: 'Mayor Ines Duarte', content: '“We will not sell the port,”' },
      { cue: 'adding', source: 'Mayor Ines Duarte', content: 'that talks would resume' },
    ]);
  });

  it('keeps a speaker and their companions together: "Ruiz and his aides", "She and other lawmakers"', () => {
    checkAttributions('Governor Ruiz and his aides argue the levy is fair.', [{ cue: 'argue', source: 'Governor Ruiz and his aides', content: 'the levy is fair' }]);
    checkAttributions('She and other lawmakers said the bill would pass.', [{ cue: 'said', source: 'She and other lawmakers', content: 'the bill would pass' }]);
    // Two clauses joined by "and" stay apart: only the second subject speaks.
    checkAttributions('The mayor left early and his deputy said the budget was final.', [{ cue: 'said', source: 'his deputy', content: 'the budget was final' }]);
  });

  it('keeps a capitalised -ly word that opens the source, but drops a lower-case adverb', () => {
    checkAttributions('Early polls show the senator trailing by ten points.', [{ cue: 'show', source: 'Early polls', content: 'the senator trailing by ten points' }]);
    checkAttributions('Family spokesman Omar Haddad said the funeral would be private.', [{ cue: 'said', source: 'Family spokesman Omar Haddad', content: 'the funeral would be private' }]);
    checkAttributions('Then suddenly the minister said the talks were over.', [{ cue: 'said', source: 'the minister', content: 'the talks were over' }]);
  });

  it('leaves an adverb opening the sentence out of the source, and reads no cue in a participle between it and a noun ("Recently announced changes" had the source "Recently")', () => {
    checkAttributions('Recently announced changes to the ferry timetable include longer gaps between sailings.', []);
    checkAttributions('Separately, the UK’s largest ferry operator, Nordline, said it had ordered two ships.', [
      { cue: 'said', source: 'the UK’s largest ferry operator, Nordline', content: 'it had ordered two ships' },
      { cue: 'had ordered', source: 'it', content: 'two ships' },
    ]);
    // A name in "-ly" and a word that approximates a quantity stay in the source.
    checkAttributions('Carly Lind said fares would rise.', [{ cue: 'said', source: 'Carly Lind', content: 'fares would rise' }]);
    checkAttributions('Nearly half of voters said fares were too high.', [{ cue: 'said', source: 'Nearly half of voters', content: 'fares were too high' }]);
  });

  it('takes the clause before the source as content when "before" or "after" and a participle follow the cue ("the council said before announcing a review" had that as content)', () => {
    checkAttributions('Recently announced cuts will hit rural bus routes hardest, the council said before announcing a review.', [
      { cue: 'said', source: 'the council', content: 'Recently announced cuts will hit rural bus routes hardest' },
      { cue: 'announcing', source: 'the council', content: 'a review' },
    ]);
  });

  it('reads poll sources with percentages and an age in an inverted appositive', () => {
    checkAttributions('About 62% of young voters said they would not vote. “It is all noise,” said Tom Reyes, 24, a cook from Fresno.', [
      { cue: 'said', source: 'About 62% of young voters', content: 'they would not vote' },
      { cue: 'said', source: 'Tom Reyes, 24, a cook from Fresno', content: '“It is all noise,”', speaker: 'Tom Reyes' },
    ]);
    // An approximation before the quantity stays in the source.
    checkAttributions('Among renters, nearly half said rents were too high. In the suburbs, more than 4 in 10 said they would move.', [
      { cue: 'said', source: 'nearly half', content: 'rents were too high' },
      { cue: 'said', source: 'more than 4 in 10', content: 'they would move' },
    ]);
  });

  it('takes a quotation after an addressee and a question with no source', () => {
    checkAttributions('Mr. Baptiste told his supporters, “We will win this seat.” Asked whether he would resign, the mayor laughed.', [
      { cue: 'told', source: 'Mr. Baptiste', content: '“We will win this seat.”', type: 'direct' },
      { cue: 'Asked', source: null, content: 'whether he would resign' },
    ]);
  });

  it('takes the named speaker with a role after a question that opens the sentence (review21 embassy.txt had no cue for "replied")', () => {
    checkAttributions('Asked whether the city would appeal, Lena Vogt, the mayor\'s spokeswoman, replied: "We are studying the ruling."', [
      { cue: 'Asked', source: null, content: 'whether the city would appeal' },
      { cue: 'replied', source: 'Lena Vogt, the mayor\'s spokeswoman', content: '"We are studying the ruling."', type: 'direct', speaker: 'Lena Vogt' },
    ]);
    checkAttributions('Asked whether the city would appeal, Lena Vogt, the mayor\'s spokeswoman, said no decision had been made.', [
      { cue: 'Asked', source: null, content: 'whether the city would appeal' },
      { cue: 'said', source: 'Lena Vogt, the mayor\'s spokeswoman', content: 'no decision had been made' },
    ]);
  });

  it('takes the subject after a phrase that opens the sentence with no comma ("On Monday Ana Ruiz said" had no source)', () => {
    checkAttributions('On Monday Ana Ruiz said the ferry would run again.', [{ cue: 'said', source: 'Ana Ruiz', content: 'the ferry would run again' }]);
    checkAttributions('In a statement the port authority said the berth was safe.', [{ cue: 'said', source: 'the port authority', content: 'the berth was safe' }]);
    checkAttributions('During his speech Mr Varga told delegates the tax would go.', [{ cue: 'told', source: 'Mr Varga', content: 'the tax would go' }]);
    checkAttributions('Last week the minister told MPs the line would reopen.', [{ cue: 'told', source: 'the minister', content: 'the line would reopen' }]);
    checkAttributions('In 2019 Norlink said it had doubled its fleet.', [{ cue: 'said', source: 'Norlink', content: 'it had doubled its fleet' }]);
    // A role before the name stays with it; a title after a place opens the name.
    checkAttributions('On Tuesday Green party leader Ilse Dahl said the vote was close.', [{ cue: 'said', source: 'Green party leader Ilse Dahl', content: 'the vote was close' }]);
    checkAttributions('At a conference in Riga Dr Ozols said the trial had worked.', [{ cue: 'said', source: 'Dr Ozols', content: 'the trial had worked' }]);
    // The first subject after the phrase: "last July" is still part of it.
    checkAttributions('In a report published last July the harbour board said the quay was unsafe.', [
      { cue: 'said', source: 'the harbour board', content: 'the quay was unsafe' },
    ]);
  });

  it('reads an aside between dashes that is no noun phrase of its own as part of the source ("Maria Lopez – a former adviser to the ministry – said" had no source)', () => {
    checkAttributions('Maria Lopez – a former adviser to the ministry – said the plan would fail.', [
      { cue: 'said', source: 'Maria Lopez – a former adviser to the ministry', content: 'the plan would fail' },
    ]);
    checkAttributions('Unions — and some employers — say the rules are unclear.', [{ cue: 'say', source: 'Unions — and some employers', content: 'the rules are unclear' }]);
    // A hyphen with a space on each side is a dash.
    checkAttributions('But Norlink - itself the target of a lawsuit - said the papers were forged.', [
      { cue: 'said', source: 'Norlink - itself the target of a lawsuit', content: 'the papers were forged' },
    ]);
    checkAttributions('Ivo Berg, head of Tarvik - a firm that builds ferries - said the yard would close.', [
      { cue: 'said', source: 'Ivo Berg, head of Tarvik - a firm that builds ferries', content: 'the yard would close' },
    ]);
    // An aside with a verb of its own, or one that says when, is left out.
    checkAttributions('One reader - all are anonymous - wrote that the game had ruined his marriage.', [
      { cue: 'wrote', source: 'One reader', content: 'that the game had ruined his marriage' },
    ]);
    checkAttributions('Mr Berg — after a long pause — told the court he was sorry.', [{ cue: 'told', source: 'Mr Berg', content: 'he was sorry' }]);
  });

  it('reads a noun-like cue word in a source named after the cue as its noun ("said the report", "wrote the judges" had no source)', () => {
    checkAttributions('"The harbour will close," said the report.', [{ cue: 'said', source: 'the report', content: '"The harbour will close,"' }]);
    checkAttributions('"The book is brave," wrote the judges.', [{ cue: 'wrote', source: 'the judges', content: '"The book is brave,"' }]);
    checkAttributions('"It was a fine season," said the two-time champion.', [{ cue: 'said', source: 'the two-time champion', content: '"It was a fine season,"' }]);
    checkAttributions('"It is a bold choice," said judge Ilse Dahl.', [{ cue: 'said', source: 'judge Ilse Dahl', content: '"It is a bold choice,"' }]);
    // An ampersand joins one name.
    checkAttributions('"Prices will fall," said economist Tomas Berg of Hart & Sons.', [
      { cue: 'said', source: 'economist Tomas Berg of Hart & Sons', content: '"Prices will fall,"' },
    ]);
    // After a clause, a phrase with an article closing the sentence is the source (it was the content).
    checkAttributions('Ferry traffic rose 12% last year, said the report.', [{ cue: 'said', source: 'the report', content: 'Ferry traffic rose 12% last year' }]);
    // Not after a name with its relative clause.
    checkAttributions('Ana Lima, who ran the yard, acknowledged the point.', [{ cue: 'acknowledged', source: 'Ana Lima, who ran the yard', content: 'the point' }]);
    // A clause after the comma that follows an inverted source is no appositive of it.
    checkAttributions('"Fares will rise," said Ivo Berg, founder of Norlink, and soon the others will follow.', [
      { cue: 'said', source: 'Ivo Berg, founder of Norlink', content: '"Fares will rise,"' },
    ]);
  });

  it('takes a capitalised name in "-ing" and an age after an article as the source ("Pickering added", "The 31-year-old said" had none)', () => {
    checkAttributions('Harding added that the team had trained well.', [{ cue: 'added', source: 'Harding', content: 'that the team had trained well' }]);
    checkAttributions('"We were lucky," said Fielding.', [{ cue: 'said', source: 'Fielding', content: '"We were lucky,"' }]);
    checkAttributions('The 29-year-old said he would retire in May.', [{ cue: 'said', source: 'The 29-year-old', content: 'he would retire in May' }]);
    // A participle opening the sentence is still no source.
    checkAttributions('Speaking to reporters, she said the plan had failed.', [{ cue: 'said', source: 'she', content: 'the plan had failed' }]);
  });

  it('takes a percentage and an unnamed person with a "who" clause as the source ("16% said", "However, one trader, who ..., told" had none or swapped)', () => {
    checkAttributions('Among renters, 16% said their landlord had raised the rent.', [{ cue: 'said', source: '16%', content: 'their landlord had raised the rent' }]);
    checkAttributions('Some 87% said the service had got worse.', [{ cue: 'said', source: 'Some 87%', content: 'the service had got worse' }]);
    checkAttributions('However, one trader, who asked not to be named, told Reuters the sales were weak.', [
      { cue: 'told', source: 'one trader', content: 'the sales were weak' },
    ]);
  });

  it('takes into a source named after the cue a phrase with "from", "by" or "and" that ends in a name ("said Ana Ruiz from ferry operator Nordlink" stopped at "from")', () => {
    checkAttributions('"Demand has never been higher," said Ana Ruiz from ferry operator Nordlink.', [
      { cue: 'said', source: 'Ana Ruiz from ferry operator Nordlink', content: '"Demand has never been higher,"' },
    ]);
    checkAttributions('Sales of tablets will double by 2027, says a report from analysts Meridian.', [
      { cue: 'says', source: 'a report from analysts Meridian', content: 'Sales of tablets will double by 2027' },
    ]);
    checkAttributions('"It was a hard year," said chairman and chief executive Tom Hale.', [
      { cue: 'said', source: 'chairman and chief executive Tom Hale', content: '"It was a hard year,"' },
    ]);
    checkAttributions('"The cells work," said Ana Ruiz and Tom Hale.', [{ cue: 'said', source: 'Ana Ruiz and Tom Hale', content: '"The cells work,"' }]);
    // A means or a place after "by" or "from" is no part of the source.
    checkAttributions('"We will appeal," said Ms Lee by telephone from Paris.', [{ cue: 'said', source: 'Ms Lee', content: '"We will appeal,"' }]);
  });

  it('leaves out of a source named after a quotation a relative clause that runs on past it (\'"..." said Mr Hart, who wants it to move from "advice" to rules\' had no source)', () => {
    // The relative clause is a report of its own.
    checkAttributions('"The board must act now" said Mr Hart, who says it must move from "advice" to rules.', [
      { cue: 'said', source: 'Mr Hart', content: '"The board must act now"' },
      { cue: 'says', source: 'who', content: 'it must move from "advice" to rules' },
    ]);
    checkAttributions('"We have seen attacks," said Ana Ruiz, sales director for Norlink Systems which built the filter.', [
      { cue: 'said', source: 'Ana Ruiz, sales director for Norlink Systems', content: '"We have seen attacks,"' },
    ]);
  });

  it('takes "Neither X nor" and "whose" into the subject before the cue, as PolNeAR marks them (the source was the last name, or the noun alone)', () => {
    checkAttributions('Neither Ms Ruiz nor Mr Hale would comment on the report.', [
      { cue: 'would comment on', source: 'Neither Ms Ruiz nor Mr Hale', content: 'the report' },
    ]);
    checkAttributions('The judge ruled for the union, whose lawyers argued that the strike was legal.', [
      { cue: 'ruled for', source: 'The judge', content: 'the union, whose lawyers argued that the strike was legal' },
      { cue: 'argued', source: 'whose lawyers', content: 'that the strike was legal' },
    ]);
  });

  it('takes a "no" right before the subject into the source, as PolNeAR marks it (the source was the noun phrase after it)', () => {
    checkAttributions('No official at the harbour board said the pier was safe.', [
      { cue: 'said', source: 'No official at the harbour board', content: 'the pier was safe' },
    ]);
    checkAttributions('By Friday, no senior aide had claimed the vote was lost.', [
      { cue: 'had claimed', source: 'no senior aide', content: 'the vote was lost' },
    ]);
    // "No" as an answer, set off by a comma, and "no" inside what was said are not.
    checkAttributions('No, Mira Holt said, the ferry will not run.', [{ cue: 'said', source: 'Mira Holt', content: 'the ferry will not run' }]);
    checkAttributions('There was no damage, the coastguard said.', [{ cue: 'said', source: 'the coastguard', content: 'There was no damage' }]);
  });

  it('takes the object of a verb that makes someone speak or think as the source of the infinitive after it (the source was the sentence subject, or none after a comma)', () => {
    checkAttributions('The delay has led some analysts to question whether the port would reopen.', [
      { cue: 'to question', source: 'some analysts', content: 'whether the port would reopen' },
    ]);
    checkAttributions('The closure came suddenly, leaving many to wonder whether the mill would reopen.', [
      { cue: 'to wonder', source: 'many', content: 'whether the mill would reopen' },
    ]);
    // With no such verb, the infinitive keeps the sentence's subject; a place left is no source.
    checkAttributions('Ana Berg left the hall to tell reporters that the talks had failed.', [
      { cue: 'to tell', source: 'Ana Berg', content: 'that the talks had failed' },
    ]);
    checkAttributions('Ana Berg stormed out, leaving the stage to tell reporters that the deal was dead.', [
      { cue: 'to tell', source: null, content: 'that the deal was dead' },
    ]);
  });

  it('leaves a "who" clause that says why the source goes unnamed out of the source: set off by commas, or "who requested anonymity" (the source ran on to the clause\'s end)', () => {
    const sourceOf = (text: string) => attributionsOf(text).find((a) => text.slice(a.cue.start, a.cue.end) === 'said');
    const check = (text: string, source: string) => expect(text.slice(sourceOf(text)!.source!.start, sourceOf(text)!.source!.end)).toBe(source);
    check('"The ferry will run," said a senior aide who requested anonymity to speak freely.', 'a senior aide');
    check('A harbour official, who spoke on condition of anonymity to discuss the talks, said the pier was unsafe.', 'A harbour official');
    // A clause with no comma about the condition of anonymity stays, as does one about something else.
    check('A harbour official who spoke on condition of anonymity said the pier was unsafe.', 'A harbour official who spoke on condition of anonymity');
    check('Tom Lund, who ran the harbour for a decade, said the pier was unsafe.', 'Tom Lund, who ran the harbour for a decade');
  });

  it('leaves an adjunct at the end of a source that says by what means it spoke out of the source ("in a blog post", "via email"), but not a role\'s field or a job', () => {
    checkAttributions('Jon Hale in a blog post said the ferry would run.', [{ cue: 'said', source: 'Jon Hale', content: 'the ferry would run' }]);
    checkAttributions('"It is over," said Ana Ruiz, an analyst at Nordbank, via email.', [{ cue: 'said', source: 'Ana Ruiz, an analyst at Nordbank', content: '"It is over,"' }]);
    checkAttributions('"We object," said Tom Lund, senior adviser on mobile media at Nordbank.', [
      { cue: 'said', source: 'Tom Lund, senior adviser on mobile media at Nordbank', content: '"We object,"' },
    ]);
    checkAttributions('Residents in the media district said the ferry would run.', [{ cue: 'said', source: 'Residents in the media district', content: 'the ferry would run' }]);
    // "the news media" names one already spoken of: part of the noun phrase.
    checkAttributions('Reports in the news media said the ferry would run.', [{ cue: 'said', source: 'Reports in the news media', content: 'the ferry would run' }]);
  });

  it('takes a plural noun for people with a word or two before it after the cue as the source, also between commas ("say security experts." and "Most importantly, say analysts, ..." had none)', () => {
    checkAttributions('Fraud cases doubled last year, say security experts.', [{ cue: 'say', source: 'security experts', content: 'Fraud cases doubled last year' }]);
    checkAttributions('Most importantly, say analysts, the port deal has stalled.', [{ cue: 'say', source: 'analysts', content: 'the port deal has stalled' }]);
    // A relative clause about them is no content.
    checkAttributions('Ticket prices will rise, say industry experts, who met in Leeds last week.', [
      { cue: 'say', source: 'industry experts', content: 'Ticket prices will rise' },
    ]);
    // A noun with a verb after it is the clause reported, not the source.
    checkAttributions('Ana Ruiz, the port director, says cargo traffic grows every year.', [
      { cue: 'says', source: 'Ana Ruiz, the port director', content: 'cargo traffic grows every year' },
    ]);
  });

  it('takes a count alone after a clause boundary as the source, as "Some say" ("Two said", "..., 43 said" had none)', () => {
    checkAttributions('Two said they would leave the town.', [{ cue: 'said', source: 'Two', content: 'they would leave the town' }]);
    checkAttributions('Of the 60 members, 14 said they would abstain.', [{ cue: 'said', source: '14', content: 'they would abstain' }]);
    checkAttributions('The board has 12 members; 9 said they opposed the plan.', [{ cue: 'said', source: '9', content: 'they opposed the plan' }]);
    // The end of a range is no count alone ("34" was the source; the whole phrase is not found yet).
    checkAttributions('Voters aged between 18 and 34 said they never voted.', [{ cue: 'said', source: null, content: 'they never voted' }]);
  });

  it('walks back over a word in "-ing" with no vowel before the ending, which is no verb form ("Several swing states say" had the source "states")', () => {
    checkAttributions('Several swing states say they will count the votes again.', [
      { cue: 'say', source: 'Several swing states', content: 'they will count the votes again' },
    ]);
  });

  it('skips a length of time that opens the sentence with "later" or "after" before the subject of a later verb ("A few minutes later they ... and said" had the source "A few minutes")', () => {
    checkAttributions('A few minutes later they opened the doors and said the count would go on.', [
      { cue: 'said', source: 'they', content: 'the count would go on' },
    ]);
    checkAttributions('Two days after the vote, the mayor resigned, saying she had lost the trust of the council.', [
      { cue: 'saying', source: 'the mayor', content: 'she had lost the trust of the council' },
    ]);
  });

  it('ends a subject with a determiner before its verb and the verb\'s object ("the mayor met the crowd and said" had the source "the mayor met the")', () => {
    checkAttributions('Hours later, the harbour master met the crews and said the port would reopen.', [
      { cue: 'said', source: 'the harbour master', content: 'the port would reopen' },
    ]);
    checkAttributions('The ferry company lost its licence and said it would appeal.', [
      { cue: 'said', source: 'The ferry company', content: 'it would appeal' },
    ]);
  });

  it('takes a name after a verb of thinking that follows what is thought as its source ("..., thinks Mr Dean." had none)', () => {
    checkAttributions('If buyers will not pay more, the studios will listen, thinks Mr Dean.', [
      { cue: 'thinks', source: 'Mr Dean', content: 'If buyers will not pay more, the studios will listen' },
    ]);
    checkAttributions('"We will learn together," agreed Ana Ruiz, head of sales at Nordlink.', [
      { cue: 'agreed', source: 'Ana Ruiz, head of sales at Nordlink', content: '"We will learn together,"' },
    ]);
  });

  it('reads "seen by" in an aside after a document as who has read it, no cue ("The memo, seen by the Courier, says" had a cue "seen by")', () => {
    checkAttributions('The memo, seen by the Courier, says the ferry will run until May.', [
      { cue: 'says', source: 'The memo, seen by the Courier', content: 'the ferry will run until May' },
    ]);
  });

  it('reads no source after a cue when the words after it make a clause (\'... as "deeply flawed" said the fees would rise\' had the source "the fees would rise")', () => {
    const text = 'Ms Hale, whose party calls the plan "deeply flawed" said the fees would rise.';
    const sources = attributionsOf(text).map((a) => (a.source ? text.slice(a.source.start, a.source.end) : null));
    expect(sources).not.toContain('the fees would rise');
  });

  it('takes a name after a role named after the cue into the source, and an "-ing" field after "of" or before a title ("said the director of planning" had none, "said the bureau\'s director, Ana Ruiz" stopped at the comma)', () => {
    checkAttributions('"The yard is safe," said the director of planning.', [{ cue: 'said', source: 'the director of planning', content: '"The yard is safe,"' }]);
    checkAttributions('"The yard is safe," said planning director Tom Hale.', [{ cue: 'said', source: 'planning director Tom Hale', content: '"The yard is safe,"' }]);
    checkAttributions('"We will appeal," said the bureau\'s director, Ana J. Ruiz.', [
      { cue: 'said', source: "the bureau's director, Ana J. Ruiz", content: '"We will appeal,"' },
    ]);
    checkAttributions('Prices will rise, said the director of sales, Tom Hale.', [
      { cue: 'said', source: 'the director of sales, Tom Hale', content: 'Prices will rise' },
    ]);
  });

  it('walks over a role with no article between commas before a "which" clause to the name before it ("Ana Ruiz, editor of Harbour News, which ran the survey, said" had no source)', () => {
    checkAttributions('Ana Ruiz, editor of Harbour News, which ran the survey, said the figures were worrying.', [
      { cue: 'said', source: 'Ana Ruiz, editor of Harbour News', content: 'the figures were worrying' },
    ]);
  });
});

describe('learned cues and extents', () => {
  it('reads no speech in a thing added ("Cole added a second", "added the trophy to his titles"), but does in a clause or a quotation', () => {
    checkAttributions('Joe Hart added a second with a long shot in injury time.', []);
    checkAttributions('They added an electronic element to the old guitar sound.', []);
    checkAttributions('Federer added the Dubai trophy to his long list of titles.', []);
    checkAttributions('He added the situation would be watched closely.', [{ cue: 'added', source: 'He', content: 'the situation would be watched closely' }]);
    checkAttributions('“We were lucky,” added a local farmer.', [{ cue: 'added', source: 'a local farmer', content: '“We were lucky,”' }]);
  });

  it('reads no speech in a work written ("joined the band, writing lyrics" had the cue "writing" and the content "lyrics"), but does in a clause', () => {
    checkAttributions('Ivo Lind joined the band in 2004, writing lyrics for its first album.', []);
    checkAttributions('Ana Lima wrote a bill on housing in 2013.', []);
    checkAttributions('Ola Sand wrote two novels about the war.', []);
    checkAttributions('Ivo Lind wrote the plan was flawed.', [{ cue: 'wrote', source: 'Ivo Lind', content: 'the plan was flawed' }]);
    checkAttributions('Paul Berg left the council, writing that the budget was a fraud.', [{ cue: 'writing', source: 'Paul Berg', content: 'that the budget was a fraud' }]);
  });

  it('reads a noun phrase with a verb in the past after "wrote" as a clause, not a work ("wrote the guards knew the risk" had no attribution)', () => {
    checkAttributions('Ivo Lind also wrote the guards knew the risk.', [{ cue: 'also wrote', source: 'Ivo Lind', content: 'the guards knew the risk' }]);
    checkAttributions('Ana Lima wrote the ferry crews took the blame.', [{ cue: 'wrote', source: 'Ana Lima', content: 'the ferry crews took the blame' }]);
    // A participle after the work describes it.
    checkAttributions('Ana Lima wrote the score for an opera based on a folk tale.', []);
  });

  it('reads "said", "thought", "felt" or "told" before "to" or "by" after the work as a participle describing it ("wrote a song said to be about her" reported the song)', () => {
    const cues = (text: string) => attributionsOf(text).map((a) => text.slice(a.cue.start, a.cue.end));
    expect(cues('Ana Lima wrote a song said to be about the mayor.')).not.toContain('wrote');
    expect(cues('Ivo Lind wrote a memo thought by many to be lost.')).not.toContain('wrote');
    // Before anything else they are the clause's past tense.
    expect(cues('Ivo Lind wrote the ferry crews felt the strain.')).toContain('wrote');
  });

  it('leaves a medium that is a cue word out of the content ("wrote in an email that" had "in an email" in the content)', () => {
    checkAttributions('Nina Dal wrote in an email that the port would close.', [{ cue: 'wrote', source: 'Nina Dal', content: 'that the port would close' }]);
    checkAttributions('Nina Dal added in an email that the port would close.', [{ cue: 'added', source: 'Nina Dal', content: 'that the port would close' }]);
    // A relative "that" describes the email.
    checkAttributions('Nina Dal wrote in an email that was leaked that the port would close.', [
      { cue: 'wrote', source: 'Nina Dal', content: 'in an email that was leaked that the port would close' },
    ]);
  });

  it('reads no cue in a passive participle with no auxiliary before "on", "of" or "for" ("The crash, later blamed on pilot error," had the crash as source)', () => {
    checkAttributions('The crash, later blamed on pilot error, killed six people.', []);
    checkAttributions('She blamed the council for the delay.', [{ cue: 'blamed', source: 'She', content: 'the council for the delay' }]);
  });

  it('reads no cue in a word right after an article ("An expected rise", "a written answer" and "The hope for" were cues)', () => {
    checkAttributions('The hope for a quick deal faded within a week.', []);
    checkAttributions('An expected rise in bus fares never came.', []);
    checkAttributions('He gave a written answer to the committee on Monday.', []);
    checkAttributions('The backing singers were paid late.', []);
  });

  it('keeps the words the annotation puts in the cue: "said in a statement"', () => {
    checkAttributions('Ms. Varga said in a statement that the bridge would reopen in May.', [
      { cue: 'said in a statement', source: 'Ms. Varga', content: 'that the bridge would reopen in May' },
    ]);
  });

  it('takes a verb of stance the rules alone would leave out', () => {
    checkAttributions('Farmers in the valley have long opposed the new canal.', [{ cue: 'have long opposed', source: 'Farmers in the valley', content: 'the new canal' }]);
  });

  it('leaves a noun before its verb alone, even in a headline', () => {
    checkAttributions('Ferries stay in port as harbour dispute deepens', []);
    checkAttributions('Ms. Varga said talks would resume on Friday.', [{ cue: 'said', source: 'Ms. Varga', content: 'talks would resume on Friday' }]);
  });

  it('puts a verb and "to" before the cue word in the cue, and takes the subject before them', () => {
    checkAttributions('The harbour master went on to say the pier was unsafe.', [{ cue: 'went on to say', source: 'The harbour master', content: 'the pier was unsafe' }]);
  });

  it('starts an infinitive cue at the verb that governs it ("continues to insist", "was prompted to say"), not at the object of "led voters to say"', () => {
    checkAttributions('The mayor of Dunmore continues to insist that the bridge is safe.', [
      { cue: 'continues to insist', source: 'The mayor of Dunmore', content: 'that the bridge is safe' },
    ]);
    checkAttributions('The ministry was prompted to say that the tests were sound.', [{ cue: 'was prompted to say', source: 'The ministry', content: 'that the tests were sound' }]);
    checkAttributions('The board was trying repeatedly to explain why the fares rose.', [{ cue: 'was trying repeatedly to explain', source: 'The board', content: 'why the fares rose' }]);
    // "want" and "want to know" are one attribution.
    checkAttributions('Parents want to know whether the school will reopen.', [{ cue: 'want to know', source: 'Parents', content: 'whether the school will reopen' }]);
    // An object between the verb and the infinitive: the infinitive alone is the cue.
    const cues = (text: string) => attributionsOf(text).map((a) => text.slice(a.cue.start, a.cue.end));
    expect(cues('The strike led teachers to say that pay was too low.')).toEqual(['to say']);
    expect(cues('The closure leaves many commuters to wonder whether the line will ever open.')).toEqual(['to wonder']);
  });

  it('starts an infinitive cue after an adjective after "be" at "be" ("is correct to note"), or at "it" before it ("It is important to note")', () => {
    checkAttributions('Ana Berg is correct to note that the budget is small.', [{ cue: 'is correct to note', source: 'Ana Berg', content: 'that the budget is small' }]);
    checkAttributions('Commuters are more likely to say that fares are too high.', [{ cue: 'are more likely to say', source: 'Commuters', content: 'that fares are too high' }]);
    checkAttributions('It is important to note that the ferry is late.', [{ cue: 'It is important to note', content: 'that the ferry is late' }]);
    checkAttributions('It’s hard to know whether the port will reopen.', [{ cue: 'It’s hard to know', content: 'whether the port will reopen' }]);
    // "it" as an object, a noun after an article, negation alone: the infinitive stays the cue.
    const cues = (text: string) => attributionsOf(text).map((a) => text.slice(a.cue.start, a.cue.end));
    expect(cues('I find it hard to believe that the port is full.')).toContain('to believe');
    expect(cues('Tom Reed was the first to say that the dam would fail.')).toEqual(['to say']);
  });

  it('starts a gerund cue after "by" at a verb of sequence ("concluded by warning", "followed up by asking"), not at any verb ("won the seat by promising")', () => {
    checkAttributions('Tom Reed concluded by warning that fares would rise.', [{ cue: 'concluded by warning', source: 'Tom Reed', content: 'that fares would rise' }]);
    checkAttributions('The host followed up by asking whether the port was safe.', [{ cue: 'followed up by asking', source: 'The host', content: 'whether the port was safe' }]);
    checkAttributions('Ana Lind thanked the crew and opened by arguing that the fleet was too old.', [
      { cue: 'thanked', source: 'Ana Lind', content: 'the crew' },
      { cue: 'opened by arguing', source: 'Ana Lind', content: 'that the fleet was too old' },
    ]);
    checkAttributions('The party won the seat by promising that fares would fall.', [{ cue: 'promising', source: 'The party', content: 'that fares would fall' }]);
  });

  it('keeps a manner adverb that closes the cue\'s clause in the cue ("said sarcastically.", "replied evenly, “...”"), not one before more words', () => {
    checkAttributions('“What a surprise,” Ana Berg said sarcastically.', [{ cue: 'said sarcastically', source: 'Ana Berg', content: '“What a surprise,”' }]);
    checkAttributions('Tom Reed replied evenly, “We will see.”', [{ cue: 'replied evenly', source: 'Tom Reed', content: '“We will see.”' }]);
    checkAttributions('Then she added warily: “There is always something.”', [{ cue: 'added warily', source: 'she', content: '“There is always something.”' }]);
    // The adverb modifies the words after it.
    checkAttributions('The mill reported sharply higher sales.', [{ cue: 'reported', source: 'The mill', content: 'sharply higher sales' }]);
    // A name in "-ly" is no adverb.
    checkAttributions('“The pier is closed,” said Kelly.', [{ cue: 'said', source: 'Kelly', content: '“The pier is closed,”' }]);
  });

  it('keeps a look that closes the cue\'s clause in the cue ("said with a grin."), not a thing given in reply ("responded with a second letter")', () => {
    checkAttributions('“They think we ride camels,” he said with a grin.', [{ cue: 'said with a grin', source: 'he', content: '“They think we ride camels,”' }]);
    checkAttributions('Ana Lind answered with a wry smile, “Not yet.”', [{ cue: 'answered with a wry smile', source: 'Ana Lind', content: '“Not yet.”' }]);
    checkAttributions('The mayor responded with a second letter.', [{ cue: 'responded with', source: 'The mayor', content: 'a second letter' }]);
  });

  it('takes a quantifier alone as the source, and a relative pronoun up to its comma', () => {
    checkAttributions('Some say the canal is too costly.', [{ cue: 'say', source: 'Some', content: 'the canal is too costly' }]);
    checkAttributions('Some of the money went to schools.', []);
    checkAttributions('The county board, which ruled that the fee was unlawful, met on Monday.', [{ cue: 'ruled', source: 'which', content: 'that the fee was unlawful' }]);
  });

  it('joins a coordinated source: "Democrats and civil rights groups say"', () => {
    checkAttributions('Teachers and school nurses say the schedule leaves no time for lunch.', [
      { cue: 'say', source: 'Teachers and school nurses', content: 'the schedule leaves no time for lunch' },
    ]);
    // A list of names, a pronoun and a name, a name and a noun phrase, "current and former".
    // Two short noun phrases that open the sentence ("The company and its main shareholders" was "its main shareholders").
    for (const source of ['Ek, Lund and Berg', 'He and Lund', 'Ms. Ek and the ministry', 'Current and former officials', 'The company and its main lenders', 'Both the mayor and Ana Lind', 'Veteran Labour MP and former minister Ana Lind']) {
      checkAttributions(`${source} said the yard would close.`, [{ cue: 'said', source, content: 'the yard would close' }]);
    }
    // An introductory phrase before the names is not listed with them.
    checkAttributions('In Gdansk, Ek and Lund said the yard would close.', [{ cue: 'said', source: 'Ek and Lund', content: 'the yard would close' }]);
    // A clause before "and" is not (the verb of "Shares fell" ends the phrase).
    checkAttributions('Shares fell and analysts said the yard would close.', [{ cue: 'said', source: 'analysts', content: 'the yard would close' }]);
  });

  it('leaves a clause before the conjunction out of the source', () => {
    checkAttributions('The council met on Monday and the mayor said the vote would wait.', [{ cue: 'said', source: 'the mayor', content: 'the vote would wait' }]);
  });

  it('leaves an adverbial between commas out of the source', () => {
    checkAttributions('The harbour master, for his part, has denied that the pier is unsafe.', [
      { cue: 'has denied', source: 'The harbour master', content: 'that the pier is unsafe' },
    ]);
  });

  it('stops the source at a preposition or a verb before it', () => {
    checkAttributions('Tourists stayed away, with residents saying the pier is unsafe.', [{ cue: 'saying', source: 'residents', content: 'the pier is unsafe' }]);
    checkAttributions('Cargo was sent to Kiel and the port authority said the pier was unsafe.', [{ cue: 'said', source: 'the port authority', content: 'the pier was unsafe' }]);
    // A phrase opening with a preposition is no source ("At the moment the port authority" was one), but a quantity is;
    // the noun phrase after the preposition's object is ("the moment the port authority": two phrases).
    checkAttributions('At the moment the port authority says the quay is safe.', [{ cue: 'says', source: 'the port authority', content: 'the quay is safe' }]);
    checkAttributions('About four in 10 residents said the port should close.', [{ cue: 'said', source: 'About four in 10 residents', content: 'the port should close' }]);
  });

  it('reads "In a poll ..., content" with the poll as source, and no other "In ..., "', () => {
    checkAttributions('In a survey released Tuesday, 41 percent of residents were in favour of the canal.', [
      { cue: 'In', source: 'a survey released Tuesday', content: '41 percent of residents were in favour of the canal' },
    ]);
    checkAttributions('In the morning, the ferries left for the islands.', []);
    // "In other words" is the writer rephrasing ("other words" was a source), unlike "In Lind's words".
    checkAttributions('In other words, the port will close.', []);
    checkAttributions("In Lind's words, the port is dead.", [{ cue: 'In', source: "Lind's words", content: 'the port is dead' }]);
    // All of the sentence is what the poll found, past a second clause that would end a speaker's content.
    checkAttributions('In the latest Tide poll, 40 percent were over 60, although most of them live far from the coast.', [
      { cue: 'In', source: 'the latest Tide poll', content: '40 percent were over 60, although most of them live far from the coast' },
    ]);
    // So does a time right after the poll.
    checkAttributions('In a Tide poll the same month, 38 percent were over 60.', [{ cue: 'In', source: 'a Tide poll the same month', content: '38 percent were over 60' }]);
    // Those asked belong to the poll, not to the content ("of 1,200 residents, ..." was content).
    checkAttributions('In a survey of 1,200 residents in Kessel, 40 percent were over 60.', [
      { cue: 'In', source: 'a survey of 1,200 residents in Kessel', content: '40 percent were over 60' },
    ]);
    // Only a poll takes the words after it as a tail ("my opinion this is ..." was a source).
    checkAttributions('In my opinion this is just a stunt by the council.', [{ cue: 'In', source: 'my opinion', content: 'this is just a stunt by the council' }]);
    // A participle set off by commas that dates the poll belongs to it, as does a long name of who conducted it.
    checkAttributions('In the latest Tide poll, conducted in May, Lind led Berg by six points.', [
      { cue: 'In', source: 'the latest Tide poll, conducted in May', content: 'Lind led Berg by six points' },
    ]);
    checkAttributions('In a poll conducted by the Kessel Courier and Tide Radio News, 40 percent of residents were over 60.', [
      { cue: 'In', source: 'a poll conducted by the Kessel Courier and Tide Radio News', content: '40 percent of residents were over 60' },
    ]);
  });

  it('reads "clause in a particular poll" with "in" as the cue, the poll as source and the clause before it as content', () => {
    checkAttributions('Mara Lind leads by nine points in the latest Harbour Post poll.', [
      { cue: 'in', source: 'the latest Harbour Post poll', content: 'Mara Lind leads by nine points' },
    ]);
    checkAttributions('But the mayor fell to 12 percent in a Tide Radio survey released Tuesday, down from 15 percent.', [
      { cue: 'in', source: 'a Tide Radio survey released Tuesday', content: 'the mayor fell to 12 percent' },
    ]);
    checkAttributions("Support for the tunnel rose in Monday's poll, although most residents still oppose it.", [
      { cue: 'in', source: "Monday's poll", content: 'Support for the tunnel rose' },
    ]);
    checkAttributions('Berg had 30 percent in a Kessel Courier poll last month.', [{ cue: 'in', source: 'a Kessel Courier poll last month', content: 'Berg had 30 percent' }]);
    checkAttributions('Lind moved from third to second in a survey from Norrby College.', [{ cue: 'in', source: 'a survey from Norrby College', content: 'Lind moved from third to second' }]);
    // What goes on with the clause after the poll is content too; the dates the poll was taken are not its name.
    checkAttributions('Lind led Berg in a Tide/Harbour Post poll Jan. 17-23 by six points.', [
      { cue: 'in', source: 'a Tide/Harbour Post poll', content: 'Lind led Berg' },
      { cue: 'in', source: 'a Tide/Harbour Post poll', content: 'by six points' },
    ]);
    // "by" before a name, with a few words describing it, says who ran the poll.
    checkAttributions('The two were named the funniest people on television, in a poll by listings magazine Kessel Weekly.', [
      { cue: 'in', source: 'a poll by listings magazine Kessel Weekly', content: 'The two were named the funniest people on television' },
    ]);
  });

  it('reads no "in a poll" report in a subject, in what someone said, after those asked, or for "the polls" in general', () => {
    checkAttributions('Some 40 percent of voters in a recent Tide poll said they back the bridge.', [
      { cue: 'said', source: 'Some 40 percent of voters in a recent Tide poll', content: 'they back the bridge' },
    ]);
    checkAttributions('Lind said she was ahead in a Kessel Courier poll.', [{ cue: 'said', source: 'Lind', content: 'she was ahead in a Kessel Courier poll' }]);
    checkAttributions("Lind's lead in a new Tide poll is her largest yet.", []);
    checkAttributions('Residents surveyed in a Tide poll were younger than in May.', []);
    checkAttributions('Lind has a wide lead in the polls.', []);
    checkAttributions('Berg trails Lind in national polls.', []);
    checkAttributions('Berg had 6 percent in the poll.', []);
    checkAttributions('The council met in the hall on Monday.', []);
    checkAttributions('Turnout was low in the poll stations of Kessel.', []);
    // The second term of a comparison is what the poll gives, not the clause.
    checkAttributions('The index stood at plus 4, compared with minus 7 in the last survey.', []);
    checkAttributions('Lind rose to 40 percent, up from 35 percent in a May poll.', []);
  });

  it('reads "The question is whether ..." with no source, and "Berg\'s point was that ..." with the holder as source', () => {
    checkAttributions('The question is whether the council will approve the budget before June.', [
      { cue: 'The question is', source: null, content: 'whether the council will approve the budget before June' },
    ]);
    checkAttributions('One open question was how the port would pay for the dredging.', [{ cue: 'One open question was', source: null, content: 'how the port would pay for the dredging' }]);
    checkAttributions("Berg's point was that the ferry had never made money.", [{ cue: 'point was', source: "Berg's", content: 'that the ferry had never made money' }]);
    checkAttributions('Their fear is that the mill will close.', [{ cue: 'fear is', source: 'Their', content: 'that the mill will close' }]);
    // With no holder the point is the writer's, and a question put to someone asks nothing here.
    checkAttributions('The point is that the ferry never made money.', []);
    checkAttributions('The question was put to the mayor on Monday.', []);
    checkAttributions("Its answer is that the mill will close.", []);
  });

  it('reads "To people, clause" opening a sentence as their view, with "To" as the cue', () => {
    checkAttributions('To Mara Lind, the new stadium is a waste of public money.', [{ cue: 'To', source: 'Mara Lind', content: 'the new stadium is a waste of public money' }]);
    checkAttributions('But to many voters in Kessel, the ferry remains a lifeline.', [{ cue: 'to', source: 'many voters in Kessel', content: 'the ferry remains a lifeline' }]);
    checkAttributions('To them, it marks the end of an era.', [{ cue: 'To', source: 'them', content: 'it marks the end of an era' }]);
    // An appositive on the people is neither source nor content.
    checkAttributions('To Berg, who runs the ferry line, the timetable was a mistake.', [{ cue: 'To', source: 'Berg', content: 'the timetable was a mistake' }]);
    // Idioms and infinitives name no one; "For" and "As for" name a topic.
    checkAttributions('To date, the council has spent four million euros on the bridge.', []);
    checkAttributions('To his credit, the mayor stayed until the end.', []);
    checkAttributions('To win the seat, the party needs every vote in Kessel.', []);
    checkAttributions('For the Greens, the week ended badly.', []);
    checkAttributions('As to Ivo Lind, he left the board in May.', []);
    checkAttributions('To Ivo, of Kessel: when the mill closed, the town lost its heart.', []);
  });
});

describe('adjectives of certainty before "that"', () => {
  it('reads adjectives of concern before "that" the same way, past auxiliaries and "growing"', () => {
    checkAttributions('Some residents are concerned that the new road will bring more traffic.', [
      { cue: 'are concerned', source: 'Some residents', content: 'that the new road will bring more traffic' },
    ]);
    checkAttributions("The mayor's allies have long been concerned that the budget will not pass.", [
      { cue: 'have long been concerned', source: "The mayor's allies", content: 'that the budget will not pass' },
    ]);
    checkAttributions('Local traders are growing increasingly frustrated that the bridge remains closed.', [
      { cue: 'are growing increasingly frustrated', source: 'Local traders', content: 'that the bridge remains closed' },
    ]);
    // No one holds the concern of "it is", nor is "concerned" as a verb a stance.
    checkAttributions('It is concerning that the bridge remains closed.', []);
    checkAttributions('The inquiry concerned the ferry timetable.', []);
  });

  it('reads "are confident that" as a cue with its linking verb, the subject as source and the clause as content', () => {
    checkAttributions('Harbour officials are not convinced that the repairs will last.', [
      { cue: 'are not convinced', source: 'Harbour officials', content: 'that the repairs will last' },
    ]);
    checkAttributions('She remained adamant that the port would stay open.', [{ cue: 'remained adamant', source: 'She', content: 'that the port would stay open' }]);
    // After a comma the sentence's subject is the source.
    checkAttributions('The crews worked through the night, confident that the dam would hold.', [
      { cue: 'confident', source: 'The crews', content: 'that the dam would hold' },
    ]);
  });

  it('leaves an impersonal "it is certain that" alone', () => {
    checkAttributions('It is far from certain that the dam will hold.', []);
  });

  it('reads an adjective of feeling with its preposition ("have been critical of") as a cue, the phrase after it as content', () => {
    checkAttributions('Fishing crews have long been critical of the new quota system.', [
      { cue: 'have long been critical of', source: 'Fishing crews', content: 'the new quota system' },
    ]);
    checkAttributions('Councillors remain uneasy about the cost of the bridge.', [{ cue: 'remain uneasy about', source: 'Councillors', content: 'the cost of the bridge' }]);
    checkAttributions('The two unions were deeply divided over the pay offer.', [{ cue: 'were deeply divided over', source: 'The two unions', content: 'the pay offer' }]);
    // After a comma the sentence's subject is the source.
    checkAttributions('Landlords, unhappy with the new rules, plan to appeal.', [{ cue: 'unhappy with', source: 'Landlords', content: 'the new rules' }]);
  });

  it('leaves such an adjective alone with another preposition, and inside what another cue reports', () => {
    checkAttributions('The harbour was critical to the town for centuries.', []);
    checkAttributions('She said the crews were critical of the plan.', [{ cue: 'said', source: 'She', content: 'the crews were critical of the plan' }]);
    // A time after "on", a question, the verb of a pseudo-cleft, and an aside after a noun that is no subject.
    checkAttributions('Analysts were divided on Thursday about whether the brewer would bid.', []);
    checkAttributions('Do you feel confident about your work?', []);
    checkAttributions('All she is concerned about is the match.', []);
    checkAttributions('The search tool has rung alarm bells for rights groups, concerned about privacy.', []);
  });
});

describe('reportedly', () => {
  it('reads "reportedly" as a cue with no source, the subject and the predicate as content', () => {
    checkAttributions('The shipyard has reportedly cut 300 jobs since May.', [
      { cue: 'reportedly', source: null, content: 'The shipyard has' },
      { cue: 'reportedly', source: null, content: 'cut 300 jobs since May' },
    ]);
    checkAttributions('Reportedly, the ferry was sold to a Danish firm.', [{ cue: 'Reportedly', source: null, content: 'the ferry was sold to a Danish firm' }]);
  });

  it('leaves it to a verb of saying after it', () => {
    checkAttributions('The mayor reportedly said that the ferry would stay.', [{ cue: 'reportedly said', source: 'The mayor', content: 'that the ferry would stay' }]);
  });
});

describe('as X put it', () => {
  it('reads "As X put it" as a cue with X as source and the words after it as content', () => {
    checkAttributions('As the economist Ana Lima put it, “The port is finished.”', [{ cue: 'put it', source: 'the economist Ana Lima', content: '“The port is finished.”' }]);
    // Past an introductory phrase, and past where it was put.
    checkAttributions('But at the time, as Lima put it in a memo to staff, the yard was doomed.', [{ cue: 'put it', source: 'Lima', content: 'the yard was doomed' }]);
  });

  it('reads an aside between commas as attributing the clause around it', () => {
    checkAttributions('The ferry deal, as one trader puts it, is dead.', [
      { cue: 'puts it', source: 'one trader', content: 'The ferry deal' },
      { cue: 'puts it', source: 'one trader', content: 'is dead' },
    ]);
  });

  it('needs "as" before its subject', () => {
    checkAttributions('The mayor put it on the agenda.', []);
  });
});

describe('made it clear', () => {
  it('reads "made (it) clear" as a cue with its subject as source and the clause after it as content', () => {
    checkAttributions('The minister made it clear that the ferry tax would stay.', [{ cue: 'made it clear', source: 'The minister', content: 'that the ferry tax would stay' }]);
    // Past an addressee or a time to the clause; auxiliaries join the cue.
    checkAttributions('Ruiz has made clear to reporters on Monday that she will not resign.', [{ cue: 'has made clear', source: 'Ruiz', content: 'that she will not resign' }]);
    // An object with a clause of its own is the content, from the object.
    checkAttributions('The audit did not make clear evidence that the pier was unsafe was thin.', [
      { cue: 'did not make clear', source: 'The audit', content: 'evidence that the pier was unsafe was thin' },
    ]);
  });

  it('needs something made clear', () => {
    checkAttributions('The harbour master made it clear.', []);
  });
});

describe('would like', () => {
  it('reads "would like to" as wanting, its subject the source and the infinitive the content', () => {
    checkAttributions('The harbour board would like to sell the old ferry terminal next year.', [
      { cue: 'would like', source: 'The harbour board', content: 'to sell the old ferry terminal next year' },
    ]);
    // An adverb between the modal and "like" joins the cue.
    checkAttributions('Residents of Varholm would also like to keep the bus route.', [
      { cue: 'would also like', source: 'Residents of Varholm', content: 'to keep the bus route' },
    ]);
  });

  it('leaves "like" as a preposition or a verb with no modal alone', () => {
    checkAttributions('The new pier looks like a ship.', []);
    checkAttributions('Tourists like the old pier.', []);
    checkAttributions('It would like to rain all week, by the look of the sky.', []);
  });

  it('leaves a "would like" inside another cue\'s content to that cue', () => {
    checkAttributions('Mayor Lina Vos said she would like to see more ferries.', [{ cue: 'said', source: 'Mayor Lina Vos', content: 'she would like to see more ferries' }]);
  });
});

describe('verbs of seeming', () => {
  it('reads "X seems to ..." as the writer\'s judgement: no source, the subject and the complement as content', () => {
    checkAttributions('The ferry company appears to have run out of money.', [
      { cue: 'appears', source: null, content: 'The ferry company' },
      { cue: 'appears', source: null, content: 'to have run out of money' },
    ]);
    // Auxiliaries are the cue's; an expletive "it" is no content.
    checkAttributions('The harbour master does not seem worried by the storm.', [
      { cue: 'does not seem', source: null, content: 'The harbour master' },
      { cue: 'does not seem', source: null, content: 'worried by the storm' },
    ]);
    checkAttributions('It seems that the bridge will stay shut until spring.', [{ cue: 'seems', source: null, content: 'that the bridge will stay shut until spring' }]);
  });

  it('leaves showing up, trying to seem and relative clauses alone', () => {
    checkAttributions('The mayor appeared on local radio on Monday.', []);
    checkAttributions('A new ferry appeared last month on the northern route.', []);
    checkAttributions('The councillor tried to appear calm at the meeting.', []);
    checkAttributions('The krone, which seems to be in decline - makes the fish cheap abroad.', []);
  });

  it('ends the judgement at a dash and a subordinate clause at its comma', () => {
    checkAttributions('Because the pier seemed safe enough, the ferries kept sailing.', [
      { cue: 'seemed', source: null, content: 'the pier' },
      { cue: 'seemed', source: null, content: 'safe enough' },
    ]);
  });
});

describe('Markdown', () => {
  it('finds attributions in Markdown paragraphs with document offsets', () => {
    checkAttributions('# Port closes\n\n> “We had no choice,” said *Anna Lindqvist*.\n', [
      { cue: 'said', content: '“We had no choice,”', speaker: 'Anna Lindqvist' },
    ], 'markdown');
  });

  it('never starts or ends a span inside a link or an emphasis it holds one side of ("the [Halden Institute" and "900 km** — the length" were spans)', () => {
    checkAttributions('1. **900 km** — the length of the new pipeline, according to the [Halden Institute](https://example.org/halden/2026).\n', [
      { cue: 'according to', source: 'the [Halden Institute](https://example.org/halden/2026)', content: '**900 km** — the length of the new pipeline' },
    ], 'markdown');
    checkAttributions('The [Halden Institute](https://example.org/halden) said **ferry fares** rose by 9% in May.\n', [
      { cue: 'said', source: 'The [Halden Institute](https://example.org/halden)', content: '**ferry fares** rose by 9% in May' },
    ], 'markdown');
    // Syntax wholly inside a span leaves it as it was.
    checkAttributions('Ferry fares rose by 9% in May, said *Ana Lima*, an economist at the [Halden Institute](https://example.org/halden).\n', [
      { cue: 'said', source: '*Ana Lima*, an economist at the [Halden Institute](https://example.org/halden)', content: 'Ferry fares rose by 9% in May' },
    ], 'markdown');
  });
});

describe('editor helpers', () => {
  const text = '“We had no choice,” said Anna Lindqvist, the port director. Officials said the port would stay shut. “It is a disaster.”\n\n“Nobody came.”';
  const found = attributionsOf(text);

  it('describes an attribution in plain fields for a hover', () => {
    expect(describeAttribution(found[0], text)).toEqual({
      type: 'direct',
      typeLabel: 'direct quote',
      speaker: 'Anna Lindqvist',
      role: 'port director',
      organisation: null,
      anonymous: false,
      organisationSpeaks: false,
      source: 'Anna Lindqvist, the port director',
      cue: 'said',
      content: '“We had no choice,”',
    });
  });

  it('groups attributions by speaker for the outline, unnamed and unattributed apart', () => {
    const outline = speakersOutline(found);
    expect(outline.map((g) => [g.label, g.kind, g.attributions.length])).toEqual([
      ['Anna Lindqvist', 'named', 1],
      ['anonymous', 'anonymous', 2],
      ['unattributed', 'unattributed', 1],
    ]);
  });
});

describe('phrases around a cue that are no part of it', () => {
  it('reads a role in lower case before a name after "told" as the addressee, not the content ("told state broadcaster ERT" was the content)', () => {
    checkAttributions('The ferry was lost within minutes, a coastguard officer, Per Holm, told public radio station NRK.', [
      { cue: 'told', source: 'a coastguard officer, Per Holm', content: 'The ferry was lost within minutes' },
    ]);
    checkAttributions('A coastguard officer told public radio station NRK the ferry sank within minutes.', [
      { cue: 'told', source: 'A coastguard officer', content: 'the ferry sank within minutes' },
    ]);
    // So are up to three plain words before the clause ("told police the car ...").
    checkAttributions('The driver told police the brakes had failed.', [{ cue: 'told', source: 'The driver', content: 'the brakes had failed' }]);
    checkAttributions('The skipper told state television it was over.', [{ cue: 'told', source: 'The skipper', content: 'it was over' }]);
  });

  it('ends a source before a participle clause (", making it the wettest ..." was in the source after "according to")', () => {
    checkAttributions('Rain fell for 40 days, according to the national weather office, making it the wettest spring on record.', [
      { cue: 'according to', source: 'the national weather office', content: 'Rain fell for 40 days' },
    ]);
    // A role in -ing before a noun still opens an appositive.
    checkAttributions('"Rents will rise," said Lena Berg, acting director of the housing board.', [
      { cue: 'said', source: 'Lena Berg, acting director of the housing board', content: '"Rents will rise,"' },
    ]);
  });

  it('leaves a word that approximates a quantity after the cue in the content ("said only a third" had the cue "said only")', () => {
    checkAttributions('The auditor said only a quarter of the grant had reached the schools.', [
      { cue: 'said', source: 'The auditor', content: 'only a quarter of the grant had reached the schools' },
    ]);
  });

  it('leaves "about" before a sum of money in the content, after a cue with nothing else to report ("had been expecting about" was the cue)', () => {
    checkAttributions('Traders had been expecting about €240m.', [{ cue: 'had been expecting', source: 'Traders', content: 'about €240m' }]);
  });

  it('reads a preposition after a participle opening the sentence as where or for whom, not what ("Writing for" had the content "the majority")', () => {
    checkAttributions('Writing for the full bench, Judge Mira Sand said the levy was unlawful.', [
      { cue: 'said', source: 'Judge Mira Sand', content: 'the levy was unlawful' },
    ]);
    checkAttributions('Writing in a trade journal, Ivo Lind argued the port was too small.', [
      { cue: 'argued', source: 'Ivo Lind', content: 'the port was too small' },
    ]);
    // A particle of the verb, an infinitive or a later "that" still opens what was said.
    checkAttributions('Responding to the audit, Ivo Lind said the port was too small.', [
      { cue: 'Responding to', source: 'Ivo Lind', content: 'the audit' },
      { cue: 'said', source: 'Ivo Lind', content: 'the port was too small' },
    ]);
    checkAttributions('After announcing in May that she would retire, Mira Sand said the levy was unlawful.', [
      { cue: 'announcing', source: 'Mira Sand', content: 'in May that she would retire' },
      { cue: 'said', source: 'Mira Sand', content: 'the levy was unlawful' },
    ]);
  });

  it('keeps a percentage and its group whole in an agent ("reported by 33.4% of those ..." had the source "33.4")', () => {
    checkAttributions('Headaches were reported by 12.5% of those given the vaccine.', [
      { cue: 'were reported', source: '12.5% of those given the vaccine', content: 'Headaches' },
    ]);
  });

  it('ends a source before a figure compared with another (", up from 42.1% a year earlier" was in the source after "according to")', () => {
    // The last: an appositive with no figure after a comma still describes the source.
    const cases: [content: string, source: string, tail: string][] = [
      ['Solar panels made 18% of the island’s power in June', 'the grid operator', ', up from 12.5% a year before'],
      ['Exports fell to $2.4bn', 'the customs office', ', down 7% on the month'],
      ['Rents rose by 9%', 'Lena Holm, a surveyor in Malmo', ''],
      ['Norway spent $9bn on its army', 'the Halden Defence Institute (HDI)', ', a 21% rise on 2023'],
      ['Ferry traffic fell to 2.1 million passengers', 'the port authority', ', a drop of nearly a fifth'],
      // A person's appositive with a figure in it still describes the source.
      ['Rents rose by 9%', 'Ana Lima, a 5% shareholder in the agency', ''],
    ];
    for (const [content, source, tail] of cases) {
      checkAttributions(`${content}, according to ${source}${tail}.`, [{ cue: 'according to', source, content }]);
    }
  });

  it('takes the clause before the source as content when the cue is followed by a time and a change in the figure (", the ministry said on Monday, a fall of nearly a third" had the time and the change as content)', () => {
    checkAttributions('About 4,100 people crossed the border in May, the interior ministry said on Monday, a fall of nearly a third on last year.', [
      { cue: 'said', source: 'the interior ministry', content: 'About 4,100 people crossed the border in May' },
    ]);
    checkAttributions('Exports to Asia rose to $3.2bn in June, the customs office said on Friday, up 12% on the month.', [
      { cue: 'said', source: 'the customs office', content: 'Exports to Asia rose to $3.2bn in June' },
    ]);
    // A clause after the time is still what was said.
    checkAttributions('The ministry said on Monday that about 4,100 people had crossed.', [{ cue: 'said', source: 'The ministry', content: 'that about 4,100 people had crossed' }]);
  });

  it('ends a source after "according to" before a verb in the past that goes on with the sentence (", scored twice in the final" was in the source)', () => {
    checkAttributions('Okafor, the league’s No 3 ranked keeper according to one scouting firm, saved two penalties.', [
      { cue: 'according to', source: 'one scouting firm', content: 'Okafor, the league’s No 3 ranked keeper' },
    ]);
    // A tenure in -ed still opens an appositive.
    checkAttributions('"Rents will rise," said Lena Berg, retired director of the housing board.', [
      { cue: 'said', source: 'Lena Berg, retired director of the housing board', content: '"Rents will rise,"' },
    ]);
  });

  it('keeps an ampersand between capitalised words in an "according to" source ("Standard & Poor\'s" was "Standard")', () => {
    checkAttributions('According to Marsh & Lowe, which rates the bonds, the outlook is stable.', [
      { cue: 'According to', source: 'Marsh & Lowe', content: 'the outlook is stable' },
    ]);
  });

  it('keeps a time inside a relative clause in the source ("who served as foreign minister until last year" ended at "until")', () => {
    checkAttributions('"It is the same playbook," said Elina Valtonen, who served as foreign minister until last year.', [
      { cue: 'said', source: 'Elina Valtonen, who served as foreign minister until last year', content: '"It is the same playbook,"' },
    ]);
  });

  it('starts the content after a relative clause about an "according to" source (it started at "who spoke on condition of anonymity")', () => {
    checkAttributions('According to a senior official, who spoke on condition of anonymity, the army has rebuilt its forces.', [
      { cue: 'According to', source: 'a senior official', content: 'the army has rebuilt its forces' },
    ]);
  });

  it('ends a source after a cue before a phrase that says where or when (", at a news conference" was in the source), but keeps an employer', () => {
    checkAttributions('"We will not be bullied," said Ilze Ozola, Latvia\'s defence minister, at a news conference on Monday.', [
      { cue: 'said', source: "Ilze Ozola, Latvia's defence minister", content: '"We will not be bullied,"' },
    ]);
    checkAttributions('"Margins are thin," said Tom Hale, chief economist, at Halden Bank.', [
      { cue: 'said', source: 'Tom Hale, chief economist, at Halden Bank', content: '"Margins are thin,"' },
    ]);
  });

  it('ends a source before a participle with a plural object (", raising fears of a clash" was in the source)', () => {
    checkAttributions('Ships gathered off the coast, according to Western naval officials, raising fears of a clash.', [
      { cue: 'according to', source: 'Western naval officials', content: 'Ships gathered off the coast' },
    ]);
  });

  it('keeps "with knowledge of" inside a source, before the cue and closing a sentence', () => {
    checkAttributions('The merger will be announced next week, three people with knowledge of the deal told the Baltic Times.', [
      { cue: 'will be announced', source: null, content: 'The merger' },
      { cue: 'told', source: 'three people with knowledge of the deal', content: 'The merger will be announced next week' },
      { cue: 'will be announced', source: null, content: 'next week' },
    ]);
  });

  it('reads "were forecast" as a passive, whose subject is not its source', () => {
    checkAttributions('Storms were forecast to reach the coast by Sunday.', [
      { cue: 'were forecast', source: null, content: 'Storms' },
      { cue: 'were forecast', source: null, content: 'to reach the coast by Sunday' },
    ]);
  });

  it('finds no speaker in a sum of money before a verb ("the €150 million promised for ..." was a source)', () => {
    checkAttributions('Only half of the £80 million pledged for flood defences in 2023 has been spent.', []);
  });

  it('reads a participle before its agent as describing the noun before it, never with "by ..." as content', () => {
    checkAttributions('The bill, opposed by most unions, never became law.', [{ cue: 'opposed', source: 'most unions', content: 'The bill' }]);
    // A name after a preposition is no subject of the participle ("the shortfall of homes in Germany" was the source).
    checkAttributions('1.9 million — the shortfall of flats in Germany reported by the Halden Institute, up from 700,000 in 2022.', [
      { cue: 'reported', source: 'the Halden Institute', content: 'the shortfall of flats in Germany' },
    ]);
    // "by" before an -ing word names a means, not an agent; the verb of answering and the participle are one cue.
    checkAttributions('Ana Ruiz responded by saying the plan was unfair.', [{ cue: 'responded by saying', source: 'Ana Ruiz', content: 'the plan was unfair' }]);
  });

  it('reads a count backing one side after "with" as how a vote fell, not as a stance', () => {
    checkAttributions('The board voted 5-4 to keep the fare, with four members backing a cut.', []);
    // Also when the count is too long to be read as a source ("with 87% of those who took part backing" was a cue).
    checkAttributions('With 91% of those who voted backing a strike, the union said talks were over.', [
      { cue: 'said', source: 'the union', content: 'talks were over' },
    ]);
    checkAttributions('Opinion is split, with 40 percent saying the fare is too high.', [
      { cue: 'saying', source: '40 percent', content: 'the fare is too high' },
    ]);
  });

  it('gives a pull quote the speaker named after a dash, with a successor "as" a post in the source', () => {
    checkAttributions('“We were robbed.” — The successor as fund chair, Ivo Lind, said in a statement.', [
      { cue: 'said in a statement', source: 'The successor as fund chair, Ivo Lind', content: '“We were robbed.”', type: 'direct' },
    ]);
  });
});

describe('a named source after a cue that interrupts a sentence', () => {
  it('ends the source of an interrupting cue before the verb that goes on with the sentence (", is that ..." was in the source)', () => {
    checkAttributions('The trouble with the levy, says Ivo Lind, an economist, is that nobody pays it.', [
      { cue: 'says', source: 'Ivo Lind, an economist', content: 'The trouble with the levy' },
      { cue: 'says', source: 'Ivo Lind, an economist', content: 'is that nobody pays it' },
    ]);
  });
});

describe('verbs of refusal that also tell of a fall', () => {
  it('reads "declined" before a time, a figure or a measure as a fall, and before an infinitive or an object as a refusal', () => {
    checkAttributions('However, imports declined in the first half of 2019, widening the gap with exports.', []);
    checkAttributions('Orders declined sharply from a year earlier, the trade body said.', [
      { cue: 'said', source: 'the trade body', content: 'Orders declined sharply from a year earlier' },
    ]);
    checkAttributions('The ministry declined to say how many officers were hurt.', [
      { cue: 'declined to say', source: 'The ministry', content: 'how many officers were hurt' },
    ]);
    checkAttributions('The mayor declined an offer to meet the strikers.', [
      { cue: 'declined', source: 'The mayor', content: 'an offer to meet the strikers' },
    ]);
  });

  it('reads "declined to" as a fall only before a figure, so a headline\'s capitalised infinitive stays a refusal', () => {
    checkAttributions('Unemployment declined to 4.1% in June.', []);
    const headline = 'Governor Declining To Debate Rivals, Aides Say';
    expect(attributionsOf(headline).map((a) => headline.slice(a.cue.start, a.cue.end))).toContain('Declining');
  });
});

describe('an -ing word describing the source', () => {
  it('keeps "the ruling", "a leading" in a source that opens the clause, and reads "think tank" as a noun', () => {
    checkAttributions('A leading think tank says the new levy will raise almost nothing.', [
      { cue: 'says', source: 'A leading think tank', content: 'the new levy will raise almost nothing' },
    ]);
    checkAttributions('The governing coalition said the vote would go ahead in May.', [
      { cue: 'said', source: 'The governing coalition', content: 'the vote would go ahead in May' },
    ]);
    // After a preposition the phrase is its object, not the source.
    checkAttributions('Under the existing rules, officials said the fees would stay.', [
      { cue: 'said', source: 'officials', content: 'the fees would stay' },
    ]);
  });
});

describe('a noun-like cue word after a one-word modifier', () => {
  it('reads "demand", "support", "offer" after a singular word as a noun, and after a plural or a pronoun as a verb', () => {
    checkAttributions('Strong demand lifts copper prices', []);
    checkAttributions('Takeover offer for Harbour Mills', []);
    checkAttributions('Power demand hit a record on Tuesday, the grid operator said.', [
      { cue: 'said', source: 'the grid operator', content: 'Power demand hit a record on Tuesday' },
    ]);
    checkAttributions('Nurses demand a pay rise of 10%.', [{ cue: 'demand', source: 'Nurses', content: 'a pay rise of 10%' }]);
    checkAttributions('We support the new timetable.', [{ cue: 'support', source: 'We', content: 'the new timetable' }]);
  });
});

describe('a participle describing the word that opens the sentence', () => {
  it('reads "X backed by ... were" with no commas as a description, not as what the agent backed', () => {
    checkAttributions('Crews backed by 20 helicopters were fighting the fire on Sunday.', []);
    // A verb of saying with "by" and no later verb keeps its reading.
    checkAttributions('Lind responded by saying the fund was safe.', [{ cue: 'responded by saying', source: 'Lind', content: 'the fund was safe' }]);
  });
});

describe('a cue inside the content of another', () => {
  it('keeps the inner source inside the outer content ("Polls show most Poles back" had the source "Polls show most Poles")', () => {
    checkAttributions('Polls show most Danes want a tougher line on migration.', [
      { cue: 'show', source: 'Polls', content: 'most Danes want a tougher line on migration' },
      { cue: 'want', source: 'most Danes', content: 'a tougher line on migration' },
    ]);
  });
});

describe('a phrase opening the sentence before a speaker with appositives', () => {
  it('leaves out "In an interview with X," and "Speaking to X," (the speaker was "Financial Times")', () => {
    checkAttributions("In an interview with the Harbour Gazette, Nordline's chief executive, Ana Ruiz, said the ferries would stay.", [
      { cue: 'said', source: "Nordline's chief executive, Ana Ruiz", content: 'the ferries would stay', speaker: 'Ana Ruiz', organisation: 'Nordline' },
    ]);
    checkAttributions('Speaking to the Harbour Gazette, Ana Ruiz, the chief executive, said the ferries would stay.', [
      { cue: 'said', source: 'Ana Ruiz, the chief executive', content: 'the ferries would stay', speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('a phrase opening the sentence with no comma before a speaker with appositives', () => {
  it('starts the source at the subject inside the phrase ("After the vote Ana Ruiz, ..." had the source "the vote Ana Ruiz, ...")', () => {
    checkAttributions('After the vote Ana Ruiz, the chief executive, said the ferries would stay.', [
      { cue: 'said', source: 'Ana Ruiz, the chief executive', content: 'the ferries would stay', speaker: 'Ana Ruiz' },
    ]);
    checkAttributions('After the announcement Nordline spokesman Ivo Kalns, of Riga, said the berth would reopen.', [
      { cue: 'said', source: 'Nordline spokesman Ivo Kalns, of Riga', content: 'the berth would reopen', speaker: 'Ivo Kalns' },
    ]);
  });
});

describe('a cue with its speaker after it that interrupts a sentence', () => {
  it('takes the name after the cue, not the subject before it ("The new terminal, said Anna Berg, ..., will open" had the source "The new terminal")', () => {
    checkAttributions("The new ferry, said Ilse Marr, the port's director, will sail in May.", [
      { cue: 'said', source: "Ilse Marr, the port's director", content: 'The new ferry', speaker: 'Ilse Marr' },
      { cue: 'said', source: "Ilse Marr, the port's director", content: 'will sail in May' },
    ]);
  });
});

describe('a place after the appositive of a speaker named after the cue', () => {
  it('ends the source before "outside", as before "at" ("..., outside the talks in central London" was in the role)', () => {
    checkAttributions('"We will not back down," said Ruth Ames, the union\'s president, outside the court in Leeds.', [
      { cue: 'said', source: 'Ruth Ames, the union\'s president', content: '"We will not back down,"' },
    ]);
  });
});

describe('a time before a cue that opens with a preposition', () => {
  it('takes no time phrase for the source ("on Wednesday without agreeing on" had the source "on Wednesday")', () => {
    checkAttributions('Delegates ended two days of talks on Wednesday without agreeing on rules for fishing boats.', [
      { cue: 'without agreeing on', source: null, content: 'rules for fishing boats' },
    ]);
  });
});

describe('a participle ending the opening phrase of a sentence', () => {
  it('reads "In a statement posted on its website" as describing the statement, not as a cue with no speaker', () => {
    checkAttributions('In a statement posted on its website, the ministry said the decision was final.', [
      { cue: 'said', source: 'the ministry', content: 'the decision was final' },
    ]);
    checkAttributions('In a video released on Sunday, the governor warned that the river would rise.', [
      { cue: 'warned', source: 'the governor', content: 'that the river would rise' },
    ]);
  });
});

describe('a source that runs into the next clause', () => {
  it('ends an "according to" source at the comma where another speaker\'s clause begins, and keeps a described speaker whole', () => {
    checkAttributions('Exports grew by 4% in June, according to customs data, the finance ministry said the surplus had doubled.', [
      { cue: 'according to', source: 'customs data', content: 'Exports grew by 4% in June' },
      { cue: 'said', source: 'the finance ministry', content: 'the surplus had doubled' },
    ]);
    // A passive participle in the source describes the speaker: the source stays whole.
    const text = '“We were not consulted,” said Ivo Lind, a union official quoted in the Baltic Times.';
    const said = attributionsOf(text).find((a) => text.slice(a.cue.start, a.cue.end) === 'said');
    expect(said && text.slice(said.source!.start, said.source!.end)).toBe('Ivo Lind, a union official quoted in the Baltic Times');
  });
});

describe('an "according to" aside before an adverb and the verb', () => {
  it('takes the rest of the sentence after "still" or "also" ("Most residents, according to a county survey, still oppose" lost the rest)', () => {
    checkAttributions('Ferry fares, according to the operator, also rose in May.', [
      { cue: 'according to', source: 'the operator', content: 'Ferry fares' },
      { cue: 'according to', source: 'the operator', content: 'also rose in May' },
    ]);
  });
});

describe('a reported clause with no "that" after "warned" or "told reporters"', () => {
  it('is the content, not an addressee ("Tom Reed warned the port would close." and "told reporters ferries stopped running" found nothing)', () => {
    checkAttributions('Ana Lima warned the yard would close.', [{ cue: 'warned', source: 'Ana Lima', content: 'the yard would close' }]);
    checkAttributions('Officials told reporters ferries stopped running in May.', [{ cue: 'told', source: 'Officials', content: 'ferries stopped running in May' }]);
    checkAttributions('Officials told reporters fuel prices will rise.', [{ cue: 'told', source: 'Officials', content: 'fuel prices will rise' }]);
    // "there" and a verb after the addressee open the clause ("told BBC News there were" put the addressee in the content).
    checkAttributions('Ana Lima told the Harbour Gazette there would be no cuts.', [{ cue: 'told', source: 'Ana Lima', content: 'there would be no cuts' }]);
    // A title or a time after a named addressee ends it ("told the Sunday Times Mr X would" put the paper in the content).
    checkAttributions('A party source told the Harbour Gazette Mr Lund would run the campaign.', [
      { cue: 'told', source: 'A party source', content: 'Mr Lund would run the campaign' },
    ]);
    checkAttributions('Ana Lima told the Harbour Gazette on Monday 40 barges were idle.', [{ cue: 'told', source: 'Ana Lima', content: '40 barges were idle' }]);
    // An addressee alone reports nothing.
    checkAttributions('Ana Lima warned the board.', []);
  });
});

describe('a reported clause with no "that" opening with a bare plural or a count', () => {
  it('is the content after a time or an addressee ("said on Monday ferries stopped", "told reporters more than 13,000 people had" found nothing or kept the addressee)', () => {
    checkAttributions('Ana Lima said on Tuesday barges stopped sailing in June.', [{ cue: 'said', source: 'Ana Lima', content: 'barges stopped sailing in June' }]);
    checkAttributions('The council said on Friday more than 2,400 homes were without power.', [{ cue: 'said', source: 'The council', content: 'more than 2,400 homes were without power' }]);
    checkAttributions('Ana Lima told reporters about 60 trawlers had left the bay.', [{ cue: 'told', source: 'Ana Lima', content: 'about 60 trawlers had left the bay' }]);
    checkAttributions('Ana Lima told reporters two inspectors will visit the yard.', [{ cue: 'told', source: 'Ana Lima', content: 'two inspectors will visit the yard' }]);
    // After a named addressee too ("told Reuters more than 13,000 people had left" kept "Reuters" in the content).
    checkAttributions('Ana Lima told Harbour Radio barges stopped sailing in June.', [{ cue: 'told', source: 'Ana Lima', content: 'barges stopped sailing in June' }]);
    checkAttributions('The council told Kestrel News more than 300 homes were flooded.', [{ cue: 'told', source: 'The council', content: 'more than 300 homes were flooded' }]);
    // A count with no verb after it is no clause: the addressee is an object, the count an amount.
    checkAttributions('Ana Lima told reporters 40 times.', []);
  });
});

describe('a plural noun that ends the sentence after a quotation or after "warned"', () => {
  it('is the source ("“The port will close,” added officials." and "..., warned officials." had no source or took it for the content)', () => {
    checkAttributions('“The yard will close,” added officials.', [{ cue: 'added', source: 'officials', content: '“The yard will close,”' }]);
    checkAttributions('“Fares will rise,” said economists at the bank.', [{ cue: 'said', source: 'economists at the bank', content: '“Fares will rise,”' }]);
    checkAttributions('Barges stopped sailing in June, warned engineers.', [{ cue: 'warned', source: 'engineers', content: 'Barges stopped sailing in June' }]);
    // Right after its subject, the plural is what the verb takes.
    checkAttributions('The mayor warned residents, “Stay indoors.”', [{ cue: 'warned', source: 'The mayor', content: '“Stay indoors.”' }]);
  });
});

describe('a verb of saying in a whole report frame that the cue model declines', () => {
  it('is a cue when a clause follows its subject ("Tom Reed estimated the cost had doubled" and "The director added the cost had doubled" found nothing)', () => {
    checkAttributions('Ana Lima estimated the repairs had cost €3m.', [{ cue: 'estimated', source: 'Ana Lima', content: 'the repairs had cost €3m' }]);
    checkAttributions('The harbour master added the cost of dredging had tripled.', [{ cue: 'added', source: 'The harbour master', content: 'the cost of dredging had tripled' }]);
    checkAttributions('Kestrel Freight estimates about 900 containers were lost.', [{ cue: 'estimates', source: 'Kestrel Freight', content: 'about 900 containers were lost' }]);
    // After a subject that closes with an appositive's comma too.
    checkAttributions('Ana Lima, who runs the yard, added the cost of dredging had tripled.', [{ cue: 'added', source: 'Ana Lima, who runs the yard', content: 'the cost of dredging had tripled' }]);
  });

  it('is a cue between a clause and a name or a plural that ends the sentence ("The port will close, added Tom Reed." found nothing)', () => {
    checkAttributions('The yard will close, added Ana Lima.', [{ cue: 'added', source: 'Ana Lima', content: 'The yard will close' }]);
    checkAttributions('The yard will close, added engineers.', [{ cue: 'added', source: 'engineers', content: 'The yard will close' }]);
    checkAttributions('“The yard will close,” Ana Lima of the Tallinn Institute estimated.', [{ cue: 'estimated', source: 'Ana Lima of the Tallinn Institute', content: '“The yard will close,”' }]);
  });

  it('leaves an object and a participle, a restrictive relative clause and a noun alone', () => {
    // "based" describes the musical; the score is what was written.
    checkAttributions('He led a group called Lantern in 1992, and he wrote the music for a play based on Ivo Lind\'s novel.', []);
    checkAttributions('Skippers who maintain their own boats were able to sail.', []);
    checkAttributions('The yard was busy, the Harbour Trust report showed.', [{ cue: 'showed', source: 'the Harbour Trust report', content: 'The yard was busy' }]);
  });
});

describe('an appositive after an opening "According to X,"', () => {
  it('is the source\'s, not the content\'s ("According to Tom Reed, the director, the port will close." took "the director" into the content)', () => {
    checkAttributions('According to Ana Lima, the head of the port authority, barges stopped sailing in June.', [{ cue: 'According to', source: 'Ana Lima, the head of the port authority', content: 'barges stopped sailing in June' }]);
    checkAttributions('According to Ivo Lind, 61, a retired pilot, the channel will silt up.', [{ cue: 'According to', source: 'Ivo Lind, 61, a retired pilot', content: 'the channel will silt up' }]);
    // An adjunct is no appositive, and words between commas before a verb are the subject's.
    checkAttributions('According to the council, in the first quarter, fares rose.', [{ cue: 'According to', source: 'the council', content: 'in the first quarter, fares rose' }]);
    checkAttributions('According to Kestrel Data, the harbour economy, has doubled since 2019.', [{ cue: 'According to', source: 'Kestrel Data', content: 'the harbour economy, has doubled since 2019' }]);
    checkAttributions('According to the survey, Lind Freight, the largest carrier, will cut routes.', [{ cue: 'According to', source: 'the survey', content: 'Lind Freight, the largest carrier, will cut routes' }]);
  });
});

describe('a reported clause with no "that" after "in a statement" or "in an interview"', () => {
  it('is the content ("Tom Reed said in a statement the port will close." found nothing)', () => {
    checkAttributions('Lind Freight said in a statement the ferry will stop in May.', [{ cue: 'said in a statement', source: 'Lind Freight', content: 'the ferry will stop in May' }]);
    checkAttributions('The council said in an email barges stopped sailing in June.', [{ cue: 'said in an email', source: 'The council', content: 'barges stopped sailing in June' }]);
    // With no clause after it, the phrase reports nothing.
    checkAttributions('Ana Lima said in a statement on Monday.', []);
  });
});

describe('a participle aside set off by commas after its subject', () => {
  it('ends its content at the comma before the sentence\'s own verb ("The ferry, dubbed the “Iron Lady”, sails at dawn." ran on to "sails at dawn")', () => {
    checkAttributions('The barge, dubbed the “Grey Whale”, sails at dawn.', [{ cue: 'dubbed', content: 'the “Grey Whale”' }]);
    checkAttributions('The mayor, asked about the bridge by reporters, said it would reopen.', [
      { cue: 'asked about', source: 'The mayor', content: 'the bridge by reporters' },
      { cue: 'said', content: 'it would reopen' },
    ]);
  });
});

describe('a short clause, then a name and an appositive before the cue', () => {
  it('is the content, not part of the source ("The port will close, Tom Reed, the director, said." found nothing)', () => {
    checkAttributions('The ferry will stop, Ana Lima, the port director, said.', [{ cue: 'said', source: 'Ana Lima, the port director', content: 'The ferry will stop' }]);
    checkAttributions('The yard closed, Tom Reed, a union organiser, said.', [{ cue: 'said', source: 'Tom Reed, a union organiser', content: 'The yard closed' }]);
    // A description before the name with a participle in it is still the source.
    checkAttributions('The newly appointed director, Tom Reed, said the yard would close.', [
      { cue: 'said', source: 'The newly appointed director, Tom Reed', content: 'the yard would close' },
    ]);
  });
});

describe('an inverted source followed by a manner adverb', () => {
  it('leaves the adverb out of the source ("said Reed quietly." had the source "Reed quietly")', () => {
    checkAttributions('"Fine," said Tom Reed quietly.', [{ cue: 'said', source: 'Tom Reed', content: '"Fine,"', speaker: 'Tom Reed' }]);
    checkAttributions('"Fine," said the mayor quietly, "we will see."', [
      { cue: 'said', source: 'the mayor', content: '"Fine,"' },
      { cue: 'said', source: 'the mayor', content: '"we will see."' },
    ]);
    // A name in "-ly" is no adverb, nor one before the words it modifies.
    checkAttributions('"Fine," said Ana Kelly.', [{ cue: 'said', source: 'Ana Kelly', content: '"Fine,"' }]);
    checkAttributions('"Fine," said Tom Reed, a deeply unpopular mayor.', [{ cue: 'said', source: 'Tom Reed, a deeply unpopular mayor', content: '"Fine,"' }]);
  });

  it('leaves an adverb after the appositive out too ("said Tom Reed, the mayor, quietly." kept the adverb in the role)', () => {
    checkAttributions('"Fine," said Tom Reed, the mayor, quietly.', [{ cue: 'said', source: 'Tom Reed, the mayor', content: '"Fine,"', speaker: 'Tom Reed', role: 'mayor' }]);
    // An adverb that modifies words after it belongs to a second appositive.
    checkAttributions('"Fine," said Tom Reed, the mayor, formerly a judge.', [{ cue: 'said', source: 'Tom Reed, the mayor, formerly a judge', content: '"Fine,"' }]);
  });
});

describe('an inverted source whose appositive names the person with an employer', () => {
  it('keeps the name and the employer ("said another port lawyer, NAME of the firm ORG" stopped at "lawyer")', () => {
    checkAttributions('"The harbour will close," said another port lawyer, Tom Reed of the firm Reed Berg.', [
      { cue: 'said', source: 'another port lawyer, Tom Reed of the firm Reed Berg', content: '"The harbour will close,"', speaker: 'Tom Reed', role: 'port lawyer', organisation: 'Reed Berg' },
    ]);
    // A place after the name is no employer: the source ends at the role, as before.
    checkAttributions('"The harbour will close," said a port lawyer, Tom Reed of all people.', [{ cue: 'said', source: 'a port lawyer', content: '"The harbour will close,"' }]);
  });
});

describe('an inverted source whose appositive quotes the title of a work', () => {
  it('keeps the title in the source ("said NAME, the author of \'\'TITLE\'\'" had no source)', () => {
    checkAttributions('"The harbour will close," said Tom Reed, the author of "The Long Harbour."', [{ cue: 'said', source: 'Tom Reed, the author of "The Long Harbour."', content: '"The harbour will close,"', speaker: 'Tom Reed' }]);
    checkAttributions("''The harbour will close,'' said Tom Reed, a co-host of ''Harbour Nights,'' who lives in Riga.", [{ cue: 'said', source: "Tom Reed, a co-host of ''Harbour Nights,'' who lives in Riga", content: "''The harbour will close,''", speaker: 'Tom Reed' }]);
    // A quotation after the name that is no title stays out: the source ends at the name.
    checkAttributions('"We will win," said Tom Reed, calling the plan "a farce."', [
      { cue: 'said', source: 'Tom Reed', content: '"We will win,"' },
      { cue: 'calling', source: 'Tom Reed', content: 'the plan "a farce."' },
    ]);
  });

  it('ends the source at a title whose closing mark holds the comma (\'..., the author of "TITLE," adding ...\' ran on to the end of the sentence)', () => {
    checkAttributions('"The harbour will close," said Tom Reed, the author of "The Long Harbour," adding that the port was old.', [
      { cue: 'said', source: 'Tom Reed, the author of "The Long Harbour,"', content: '"The harbour will close,"', speaker: 'Tom Reed' },
      { cue: 'adding', source: 'Tom Reed, the author of "The Long Harbour,"', content: 'that the port was old' },
    ]);
    // Another part of the appositive after that comma stays in it.
    checkAttributions('"The harbour will close," said Tom Reed, the host of "Harbour Nights," a show on Radio Calvorn.', [
      { cue: 'said', source: 'Tom Reed, the host of "Harbour Nights," a show on Radio Calvorn', content: '"The harbour will close,"', speaker: 'Tom Reed' },
    ]);
  });
});

describe('a body or an office described with "the" as an inverted source at the end of the sentence', () => {
  it('is the source ("The port will close, added the ministry." found nothing)', () => {
    checkAttributions('The port will close, added the ministry.', [{ cue: 'added', source: 'the ministry', content: 'The port will close' }]);
    checkAttributions('The ferry will stop, warned the port authority.', [{ cue: 'warned', source: 'the port authority', content: 'The ferry will stop' }]);
  });
});

describe('a name that is also a modal, before an appositive', () => {
  it('is the name ("Yin May, a doctor at the clinic, said" had no source: "May" was read as the modal)', () => {
    checkAttributions('Lina May, a nurse at the clinic, said the ward was full.', [{ cue: 'said', source: 'Lina May, a nurse at the clinic', content: 'the ward was full' }]);
  });
});

describe('a plural of people between a noun and a verb of naming', () => {
  it('is the source of the relative clause with no pronoun ("a move critics called a gift" had no source)', () => {
    checkAttributions('The port signed the lease, a move critics called a giveaway.', [{ cue: 'called', source: 'critics', content: 'a giveaway' }]);
    // After an interrupting cue, such an appositive is the writer's, no rest of what was said.
    checkAttributions('The port signed the lease on Friday, the ministry said, a move critics called a giveaway.', [
      { cue: 'said', source: 'the ministry', content: 'The port signed the lease on Friday' },
      { cue: 'called', source: 'critics', content: 'a giveaway' },
    ]);
  });
});

describe('a participle used as an adjective after a possessive or an article', () => {
  it('is no cue ("Moscow\'s alleged crimes" was a cue with the source "the list of Moscow\'s")', () => {
    checkAttributions('The list of Riga’s alleged failings grew longer.', []);
    checkAttributions('Their claimed savings never appeared.', []);
    checkAttributions("The port's reported losses doubled.", []);
    // After a noun it is the verb.
    checkAttributions("The council's lawyer claimed the vote was void.", [{ cue: 'claimed', source: "The council's lawyer", content: 'the vote was void' }]);
  });
});

describe('"According to" a name and its appositive at the start of a sentence', () => {
  it('keeps the appositive in the source ("According to X, a trade publication, ..." put the appositive in the content)', () => {
    checkAttributions('According to Harbour Freight Monitor, a trade newsletter, waiting times at Riga have tripled.', [
      { cue: 'According to', source: 'Harbour Freight Monitor, a trade newsletter', content: 'waiting times at Riga have tripled' },
    ]);
    // A subject with an aside after a description is still the content.
    checkAttributions('According to the bank, the economy, already weak, will shrink.', [{ cue: 'According to', source: 'the bank', content: 'the economy, already weak, will shrink' }]);
  });
});

describe('an "according to" aside after a verb that wants an object', () => {
  it('takes what follows the aside too ("The airline earns, according to one estimate, $40 million" lost the amount)', () => {
    checkAttributions('The ferry line earns, according to one estimate, about €9 million a year from the route.', [
      { cue: 'according to', source: 'one estimate', content: 'The ferry line earns' },
      { cue: 'according to', source: 'one estimate', content: 'about €9 million a year from the route' },
    ]);
    checkAttributions('Fares rose, according to the operator, by 4% in May.', [
      { cue: 'according to', source: 'the operator', content: 'Fares rose' },
      { cue: 'according to', source: 'the operator', content: 'by 4% in May' },
    ]);
    // A new clause after the aside is no part of the content.
    checkAttributions('Fares rose, according to the operator, and wages fell.', [{ cue: 'according to', source: 'the operator', content: 'Fares rose' }]);
  });
});

describe('a long "according to" source', () => {
  it('reads "more than" as part of a quantity and never ends a source cut at its length limit on a preposition', () => {
    checkAttributions('Deaths fell by a third, according to a study of more than 9,000 patients published in the Lancet.', [
      { cue: 'according to', source: 'a study of more than 9,000 patients published in the Lancet', content: 'Deaths fell by a third' },
    ]);
    const text = 'Deaths fell by a third, according to a study of fewer than 900 patients carried out by doctors at the Royal Infirmary of Edinburgh in the spring.';
    const [found] = attributionsOf(text);
    expect(text.slice(found.source!.start, found.source!.end)).toMatch(/^a study of fewer than 900 patients carried out by doctors .*[A-Z]\w+$/);
  });
});

describe('a noun-like verb before "that" after a plural subject', () => {
  it('reads "Economists ... estimate that" as a cue where the model declines, and leaves "the estimate that" a noun', () => {
    checkAttributions('Economists at two Dutch banks in Amsterdam estimate that exports will fall this year.', [
      { cue: 'estimate', source: 'Economists at two Dutch banks in Amsterdam', content: 'that exports will fall this year' },
    ]);
    checkAttributions('The estimate that exports will fall proved wrong.', []);
    checkAttributions("Labour's hope that voters would return proved wrong.", []);
  });
});

describe('a participle after a subject with an indefinite article', () => {
  it('gives ", calling ..." the sentence\'s subject though it opens with "A" (read as "a program called ...")', () => {
    const text = 'A ministry spokeswoman, Eva Lind, denied the report, calling it "pure invention."';
    const calling = attributionsOf(text).find((a) => text.slice(a.cue.start, a.cue.end) === 'calling');
    expect(calling && [text.slice(calling.source!.start, calling.source!.end), calling.speaker]).toEqual(['A ministry spokeswoman, Eva Lind', 'Eva Lind']);
  });
});

describe('content before a participle cue of the same source', () => {
  it('ends the content of "denied the reports" before ", calling them ...", as before ", adding that ..."', () => {
    checkAttributions('The spokesman denied the reports, calling them "a provocation."', [
      { cue: 'denied', source: 'The spokesman', content: 'the reports' },
      { cue: 'calling', source: 'The spokesman', content: 'them "a provocation."' },
    ]);
  });

  it('ends the content of a participle inside the subject before the main verb ("announcing the lawsuit, said the law ..." ran on)', () => {
    checkAttributions('Tom Reed, the mayor, announcing the lawsuit, said the law was unfair.', [
      { cue: 'announcing', source: 'Tom Reed, the mayor', content: 'the lawsuit' },
      { cue: 'said', source: 'Tom Reed, the mayor', content: 'the law was unfair' },
    ]);
    const [participle] = checkAttributions('Tom Reed, the state attorney general announcing the lawsuit, said the law was unfair.', [
      { cue: 'announcing', source: 'the state attorney general', content: 'the lawsuit' },
      { cue: 'said', source: 'Tom Reed, the state attorney general announcing the lawsuit', content: 'the law was unfair' },
    ]);
    expect(participle.speaker).toBe('Tom Reed');
  });
});

describe('a second predicate joined by "and" after a content that is the cue\'s object', () => {
  it('ends the content before "and" with a verb in the cue\'s form, and keeps a reported clause\'s verbs', () => {
    checkAttributions('The mayor called the plan "reckless" and walked out of the meeting.', [
      { cue: 'called', source: 'The mayor', content: 'the plan "reckless"' },
    ]);
    // Not a second verb of saying ("and has asked its members to reject it"), which the cue model
    // judges at its threshold (p 0.246 at 0.25) and a retrained model may accept as a cue of its own.
    checkAttributions('The union has criticised the offer and has closed its offices.', [
      { cue: 'has criticised', source: 'The union', content: 'the offer' },
    ]);
    checkAttributions('The firm said it found errors in its accounts and hired outside auditors.', [
      { cue: 'said', source: 'The firm', content: 'it found errors in its accounts and hired outside auditors' },
    ]);
    // A plural noun after "and" is no verb in "-s".
    // A verb the cue model accepts with a margin ("The treaty envisions" sat at p 0.252).
    checkAttributions('The minister proposes sending ships and aircraft to the region.', [
      { cue: 'proposes', source: 'The minister', content: 'sending ships and aircraft to the region' },
    ]);
  });
});

/** The content of the attribution whose cue is `cue`, as text. */
function contentOfCue(text: string, cue: string): string | undefined {
  const found = attributionsOf(text).find((a) => text.slice(a.cue.start, a.cue.end) === cue);
  return found && text.slice(found.content.start, found.content.end);
}

describe('a second predicate after a comma following a content that is the cue\'s object', () => {
  it('ends the content at a comma before a verb in the cue\'s form with an object of its own', () => {
    checkAttributions('Councillor Brask praised the budget, visited the new depot and left the chamber.', [
      { cue: 'praised', source: 'Councillor Brask', content: 'the budget' },
    ]);
    // A verb found as a cue of its own takes any object.
    expect(contentOfCue('The tribunal rejected both appeals, ruled Dr Ossen fit to practise and closed the case.', 'rejected')).toBe('both appeals');
    checkAttributions('Edda Morn denied the charges, said she had acted alone and left the court.', [
      { cue: 'denied', source: 'Edda Morn', content: 'the charges' },
      { cue: 'said', source: 'Edda Morn', content: 'she had acted alone and left the court' },
    ]);
  });

  it('keeps a list of nouns, and an appositive closed by a later comma before its own verb', () => {
    checkAttributions('Councillor Brask praised the nurses, retired teachers and volunteers.', [
      { cue: 'praised', source: 'Councillor Brask', content: 'the nurses, retired teachers and volunteers' },
    ]);
    // A verb of naming found as a cue names the noun before it.
    expect(contentOfCue('Councillor Brask praised the new depot, dubbed Harbour One, in a speech.', 'praised')).toMatch(/^the new depot, dubbed Harbour One/);
    checkAttributions('Ms Okafor denied Mr Tell, her housing spokesman, called the scheme a fraud.', [
      { cue: 'denied', source: 'Ms Okafor', content: 'Mr Tell, her housing spokesman, called the scheme a fraud' },
      { cue: 'called', source: 'Mr Tell, her housing spokesman', content: 'the scheme a fraud' },
    ]);
  });
});

describe('a participle clause after the speaker named after the cue', () => {
  it('ends the source before ", standing in front of ...", and the next quotation stays the speaker\'s', () => {
    checkAttributions('"The water rose in minutes," said Ana Ruiz, the mayor of Valdor, standing outside the flooded school. "Nobody was ready."', [
      { cue: 'said', source: 'Ana Ruiz, the mayor of Valdor', content: '"The water rose in minutes,"' },
      { cue: 'said', source: 'Ana Ruiz, the mayor of Valdor', content: '"Nobody was ready."' },
    ]);
    checkAttributions('"The water rose in minutes," said Ana Ruiz, speaking at the town hall.', [
      { cue: 'said', source: 'Ana Ruiz', content: '"The water rose in minutes,"' },
    ]);
  });
});

describe('"In" with an opinion or a view', () => {
  it('names whose opinion follows ("In his view"), but not in "In a 40-page opinion" or "In an opinion piece"', () => {
    checkAttributions('In his view, the deal was dead.', [{ cue: 'In', source: 'his view', content: 'the deal was dead' }]);
    checkAttributions('In a 40-page opinion, the judge wrote that the rule was void.', [
      { cue: 'wrote', source: 'the judge', content: 'that the rule was void' },
    ]);
  });
});

describe('"told" with a pronoun as addressee before a clause', () => {
  it('reports the clause where the model alone declines ("Judge ... told him he had ..." had no attribution)', () => {
    checkAttributions('Judge Ana Lima told him he had committed a gross betrayal.', [
      { cue: 'told', source: 'Judge Ana Lima', content: 'he had committed a gross betrayal' },
    ]);
  });
});

describe('a subject with a relative clause and no commas', () => {
  it('is the source of the verb after the clause ("An official who spoke on condition of anonymity said" had none)', () => {
    checkAttributions('An official who spoke on condition of anonymity said the talks had stalled.', [
      { cue: 'said', source: 'An official who spoke on condition of anonymity', content: 'the talks had stalled', anonymous: true },
    ]);
  });
});

describe('a name that lists its parts after "for" or "of"', () => {
  it('stays whole in the source ("Department for Environment, Food and Rural Affairs" gave "Food and Rural Affairs")', () => {
    checkAttributions("A spokeswoman for the Department for Transport, Housing and Regions said the plan was under review.", [
      { cue: 'said', source: 'A spokeswoman for the Department for Transport, Housing and Regions', content: 'the plan was under review' },
    ]);
    checkAttributions('The Ministry of Culture, Media and Sport said the plan was under review.', [
      { cue: 'said', source: 'The Ministry of Culture, Media and Sport', content: 'the plan was under review' },
    ]);
  });
});

describe('a quotation that ended the sentence before the speaker\'s', () => {
  it('is no content of a cue with a clause of its own after it ("told reporters the decision was ...")', () => {
    checkAttributions('Oslo would "keep its programmes." The minister, Eva Berg, told reporters the decision was "short-sighted."', [
      { cue: 'told', source: 'The minister, Eva Berg', content: 'the decision was "short-sighted."' },
    ]);
  });
});

describe('a source walked back over a verb in the past after an auxiliary', () => {
  it('starts after that verb, at the participle\'s subject ("had kept scientists ... talking about" had the source "kept scientists ...")', () => {
    checkAttributions('The council had kept scientists and officials from both sides talking about fishing quotas.', [
      { cue: 'talking about', source: 'scientists and officials from both sides', content: 'fishing quotas' },
    ]);
  });
});

describe('content before "but" and a second cue of the same source', () => {
  it('ends the first content there ("said ... but declined to say whether ..." ran on)', () => {
    // "would not say" rather than the bug's "declined to say": whether "say" joins "declined" is the
    // cue model's close call, and this test is about where the first content ends.
    checkAttributions('A ministry spokesman said Oslo was "watching closely" but would not say whether ships would be sent.', [
      { cue: 'said', source: 'A ministry spokesman', content: 'Oslo was "watching closely"' },
      { cue: 'would not say', source: 'A ministry spokesman', content: 'whether ships would be sent' },
    ]);
  });
});

describe('a base form after "and" inside the reported clause', () => {
  it('stays in the content ("was to gather donors ... and ask them ..."), while "and added" still ends it', () => {
    checkAttributions('Ana Lima said the plan was to gather donors in one room and ask them for money.', [
      { cue: 'said', source: 'Ana Lima', content: 'the plan was to gather donors in one room and ask them for money' },
    ]);
    checkAttributions('Ana Lima said the port would close and added that jobs would go.', [
      { cue: 'said', source: 'Ana Lima', content: 'the port would close' },
      { cue: 'added', source: 'Ana Lima', content: 'that jobs would go' },
    ]);
  });
});

describe('"push" that moves a quantity or a thing', () => {
  it('is no attribution when its object goes up, down, above or to a figure ("pushed prices up 42%"), while "pushed the council to drop" and "pushed for" are', () => {
    checkAttributions('The strike pushed diesel prices in Oslo up 12% on Friday.', []);
    checkAttributions('Heavy rain pushed the river above its flood mark by Sunday.', []);
    checkAttributions('The rally pushed the index to a record 1,820 points.', []);
    checkAttributions('The union pushed the council to drop the levy.', [{ cue: 'pushed', source: 'The union', content: 'the council to drop the levy' }]);
    checkAttributions('Campaigners pushed for changes to the fishing rules.', [{ cue: 'pushed for', source: 'Campaigners', content: 'changes to the fishing rules' }]);
  });
});

describe('a noun phrase right before a subject, with no relative pronoun between them', () => {
  it('is left out of the source: the clause after it is a relative one whose object it is ("a move Moscow denounced" gave the source "a move Moscow")', () => {
    checkAttributions('The army shelled the depot, an attack Kyiv condemned as a "war crime".', [
      { cue: 'condemned as', source: 'Kyiv', content: 'The army shelled the depot' },
    ]);
    checkAttributions('Finance director Omar Sayed told investors the group expected margins to recover.', [
      { cue: 'told', source: 'Finance director Omar Sayed', content: 'the group expected margins to recover' },
      { cue: 'expected', source: 'the group', content: 'margins to recover' },
    ]);
  });

  it('makes a verb of perceiving that reports nothing after it no attribution ("the amount the area usually sees in a year")', () => {
    checkAttributions('Rainfall reached 80mm, twice the amount the valley usually sees in a month.', []);
    checkAttributions('Rainfall reached 80mm. Forecasters see the river rising further.', [
      { cue: 'see', source: 'Forecasters', content: 'the river rising further' },
    ]);
  });
});

describe('a relative clause whose verb is the cue, run into by its antecedent', () => {
  /** Each cue's source text, in document order. */
  const sourcesOf = (text: string) => attributionsOf(text).map((a) => [text.slice(a.cue.start, a.cue.end), a.source && text.slice(a.source.start, a.source.end)]);

  it('keeps the clause\'s pronoun subject alone ("the first time she named" gave the source "the first time she")', () => {
    checkAttributions('It was the first time she named the donor.', [{ cue: 'named', source: 'she', content: 'the donor' }]);
  });

  it('keeps the subject after a thing its clause has no "that" for ("Nothing the mayor said" gave the source "Nothing the mayor")', () => {
    expect(sourcesOf('Nothing the mayor said on Monday changed the plan.')[0]).toEqual(['said', 'the mayor']);
    expect(sourcesOf('It was a result Mayor Ana Lima believes was avoidable.')[0]).toEqual(['believes', 'Mayor Ana Lima']);
    // The whole phrase, clause included, is still the subject of the verb after it.
    expect(sourcesOf('The photo Anna Berg posted showed the flooded road.')).toEqual([
      ['posted', 'Anna Berg'],
      ['showed', 'The photo Anna Berg posted'],
    ]);
  });

  it('keeps the subject after a relative pronoun ("Voters who the pollsters say" gave the source "Voters who the pollsters")', () => {
    expect(sourcesOf('Voters who the pollsters say are undecided will decide the race.')[0]).toEqual(['say', 'the pollsters']);
  });

  it('keeps a subject of capitalised words and a noun after a relative pronoun ("a ring of smugglers who Danish officials say" kept the antecedent)', () => {
    expect(sourcesOf('Police cited a ring of smugglers who Danish officials say is based in Rostock.')[1]).toEqual(['say', 'Danish officials']);
  });

  it('keeps a one-word subject after a thing, after "one of" or "the kind of" ("One of the projects Olsen talks about" gave the source "One of the projects Olsen")', () => {
    expect(sourcesOf('One of the projects Olsen talks about most is the new harbour.')[0]).toEqual(['talks about', 'Olsen']);
    expect(sourcesOf('It was the kind of race Lindqvist hoped to avoid.')[0]).toEqual(['hoped', 'Lindqvist']);
    expect(sourcesOf('It was a plan the Westland Party believes will fail.')[0]).toEqual(['believes', 'the Westland Party']);
    // A plural noun after a name is read as a verb, and a noun of a person before a name is an appositive.
    expect(sourcesOf('Lopez issues a note apologising for the mix-up.')[0]).toEqual(['apologising for', 'Lopez issues a note']);
    expect(sourcesOf('His oldest friend Lindqvist said the pier was safe.')[0]).toEqual(['said', 'His oldest friend Lindqvist']);
  });

  it('keeps a word that makes one subject with an indefinite pronoun, and a noun of a body before its name', () => {
    checkAttributions('Not everyone agrees that the bridge is safe.', [{ cue: 'agrees', source: 'Not everyone', content: 'that the bridge is safe' }]);
    checkAttributions('Almost everyone agrees that the bridge is safe.', [{ cue: 'agrees', source: 'Almost everyone', content: 'that the bridge is safe' }]);
    checkAttributions('The ferry operator Nordline said the route would close.', [
      { cue: 'said', source: 'The ferry operator Nordline', content: 'the route would close' },
    ]);
  });

  it('takes the subject after a time or a sentence adverb that opens the sentence ("Likewise" was the source of "called for")', () => {
    expect(sourcesOf('Likewise, Ruiz went after the mayor for the delay and called for her to resign.')).toEqual([['called for', 'Ruiz']]);
    expect(sourcesOf('This week, two farm groups rolled out radio advertisements tying the mayor to the port and criticizing them as careless.')).toEqual([
      ['criticizing', 'two farm groups'],
    ]);
    expect(sourcesOf('Now, after weeks of talks, the union is holding out, insisting that the offer is too low.')).toEqual([['insisting', 'the union']]);
    expect(sourcesOf('On Friday, the harbour board stood firm, arguing that the pier was safe.')).toEqual([['arguing', 'the harbour board']]);
    // With no comma after the adverb, too; a word of degree before a number stays.
    expect(sourcesOf('Ultimately 60 percent of the members voted to accept the offer.')).toEqual([['voted', '60 percent of the members']]);
    expect(sourcesOf('Nearly 60 percent of the members said the offer was fair.')).toEqual([['said', 'Nearly 60 percent of the members']]);
  });

  it('takes the whole subject of a participle cue: a cue word after "of", a prefixed adjective, people named before a verb', () => {
    expect(sourcesOf('The attorney general of the state of Oregon filed suit, alleging that the firm misled buyers.')).toEqual([
      ['alleging', 'The attorney general of the state of Oregon'],
    ]);
    expect(sourcesOf('Anti-toll groups on the council were holding out, seeking to delay the vote.')).toEqual([['seeking', 'Anti-toll groups']]);
    expect(sourcesOf('Halden dockworkers walked out at noon, claiming the new shifts were unsafe.')).toEqual([['claiming', 'Halden dockworkers']]);
    expect(sourcesOf('Many retired dockers joined the march, saying the pension cuts were unfair.')).toEqual([['saying', 'Many retired dockers']]);
    // Negatives: a verb after a quantifier, a verb in "-ers" before its object.
    expect(sourcesOf('Many voted against the plan, arguing that the port was safe.')).toEqual([['arguing', 'Many']]);
    expect(sourcesOf('Lund delivers the speech, saying the port is unsafe.')).toEqual([['saying', 'Lund']]);
  });

  it('gives a verb of saying in a list of verbs that "and" closes the subject of the sentence ("told" had no source)', () => {
    expect(sourcesOf('Tom Berg praised the harbour plan, told reporters the mayor was a coward and warned that the pier would close.').filter(([cue]) => cue === 'told')).toEqual([
      ['told', 'Tom Berg'],
    ]);
    // Negative: no list that "and" closes with a verb in the past.
    expect(sourcesOf('The pier will stay shut, claimed the union, and the ferries will wait.').map(([, source]) => source)).not.toContain('The pier');
  });

  it('does not join a name that is the object of an earlier clause to the subject after "and"', () => {
    expect(sourcesOf('The ferry sailed on Monday and Ana Lima said the port would reopen.')).toEqual([['said', 'Ana Lima']]);
    expect(sourcesOf('The pier reopened in Kelby and Tom Berg said the delay was over.')).toEqual([['said', 'Tom Berg']]);
    // Negatives: two places after a preposition with no verb before, and two names.
    expect(sourcesOf('Farmers in Halden and Marsby said the floods were the worst in years.')).toEqual([['said', 'Farmers in Halden and Marsby']]);
    expect(sourcesOf('Ana Lima and Tom Berg said the port would reopen.')).toEqual([['said', 'Ana Lima and Tom Berg']]);
    // "after" opens a clause here, whose subject the two names are.
    expect(sourcesOf('The krone rose on Tuesday after Halden and Marsby denied they would sell the port.')).toEqual([['denied', 'Halden and Marsby']]);
  });
});

describe('a list of speakers whose last part alone was the source', () => {
  it('takes in the speakers before "and" after a party in brackets or an age ("Ana Lima (Westland) and Tomas Berg" gave "Tomas Berg")', () => {
    checkAttributions('Ana Lima (Westland) and Tomas Berg (Eastvale) said the plan had failed.', [
      { cue: 'said', source: 'Ana Lima (Westland) and Tomas Berg (Eastvale)', content: 'the plan had failed' },
    ]);
    checkAttributions('Ana Lima, 54, and Tomas Berg, 60, said the plan had failed.', [
      { cue: 'said', source: 'Ana Lima, 54, and Tomas Berg, 60', content: 'the plan had failed' },
    ]);
  });

  it('takes in the list back to a phrase that opens the sentence or the word that introduces the list', () => {
    checkAttributions('Throughout the night, his family, friends and neighbours talked about his kindness.', [
      { cue: 'talked about', source: 'his family, friends and neighbours', content: 'his kindness' },
    ]);
    checkAttributions('Last month, Nordline, Westport Ferries and Baltic Lines said they would raise fares.', [
      { cue: 'said', source: 'Nordline, Westport Ferries and Baltic Lines', content: 'they would raise fares' },
    ]);
    checkAttributions('The market is crowded as Lumo, Brightfield, Parvex and many smaller firms tout their tools.', [
      { cue: 'tout', source: 'Lumo, Brightfield, Parvex and many smaller firms', content: 'their tools' },
    ]);
  });

  it('leaves out a capitalised word that opens the sentence without naming anyone ("Unlike Lima", "First")', () => {
    checkAttributions('Unlike Lima, Berg and Sayed said the plan had failed.', [{ cue: 'said', source: 'Berg and Sayed', content: 'the plan had failed' }]);
    checkAttributions('First, she and other councillors refused to say whether the plan had failed.', [
      { cue: 'refused to say', source: 'she and other councillors', content: 'whether the plan had failed' },
    ]);
  });
});

describe('a subordinate clause opening the sentence before the clause of a participle cue', () => {
  it('gives the cue the main clause\'s subject, not the subordinate one\'s ("After the board met, Ana Lima resigned, saying" gave "the board")', () => {
    checkAttributions('After the board met, Ana Lima resigned, saying the port was too costly.', [
      { cue: 'saying', source: 'Ana Lima', content: 'the port was too costly' },
    ]);
    checkAttributions('When Ana Lima took office, she cut the budget, saying the port was too costly.', [
      { cue: 'saying', source: 'she', content: 'the port was too costly' },
    ]);
    checkAttributions('While the Greens plot their campaign, the Reds are doing the same, hoping to win Westland.', [
      { cue: 'hoping', source: 'the Reds', content: 'to win Westland' },
    ]);
  });

  it('keeps a source that is already outside the subordinate clause', () => {
    checkAttributions('If Lima is right, the port will close, officials said.', [
      { cue: 'said', source: 'officials', content: 'If Lima is right, the port will close' },
    ]);
    checkAttributions('Because the ferry was late, the mayor said the port would close.', [
      { cue: 'said', source: 'the mayor', content: 'the port would close' },
    ]);
  });
});

describe('a surname alone before a clause set off by commas', () => {
  it('is the source without the clause, which tells more about someone named before ("Berg, who chairs the board," was all the source)', () => {
    checkAttributions('Berg, who chairs the port board, said the ferry would run.', [
      { cue: 'said', source: 'Berg', content: 'the ferry would run', speaker: 'Berg', role: 'chairs the port board' },
    ]);
    // A full name keeps its clause, which introduces the speaker.
    checkAttributions('Tomas Berg, who chairs the port board, said the ferry would run.', [
      { cue: 'said', source: 'Tomas Berg, who chairs the port board', content: 'the ferry would run', speaker: 'Tomas Berg' },
    ]);
  });

  it('keeps the role of the first mention, as it did with the clause in the source', () => {
    const found = checkAttributions(
      'Film director Ana Lima has said the sequel will wait. Lima, who is filming a remake of a Westland classic, said she thought the studio sale was bad.',
      [
        { cue: 'has said', source: 'Film director Ana Lima', content: 'the sequel will wait', speaker: 'Ana Lima' },
        { cue: 'said', source: 'Lima', content: 'she thought the studio sale was bad', speaker: 'Ana Lima' },
      ],
    );
    expect(found.map((a) => a.role)).toEqual(['Film director', 'Film director']);
  });
});

describe('a passive that decides on or directs its subject', () => {
  it('is no attribution: "can be considered for parole", "was ordered to pay" (a court\'s order, nobody\'s words)', () => {
    checkAttributions('He must serve half his term before he can be considered for parole.', []);
    checkAttributions('A second driver was ordered to pay £300 in costs.', []);
    checkAttributions('Analysts consider the plan a long shot.', [{ cue: 'consider', source: 'Analysts', content: 'the plan a long shot' }]);
    checkAttributions('The judge ordered the driver to pay £300.', [{ cue: 'ordered', source: 'The judge', content: 'the driver to pay £300' }]);
  });

  it('shares its auxiliary with a participle after "and": the subject is the one ordered or told, not the speaker', () => {
    checkAttributions('A second driver was fined and ordered to pay £300 in costs.', []);
    checkAttributions('Lund was sentenced to six years and told he must serve half.', [{ cue: 'told', source: null, content: 'he must serve half' }]);
    checkAttributions('Lund was freed on bail and told reporters he was innocent.', [{ cue: 'told', source: 'Lund', content: 'he was innocent' }]);
  });
});

describe('a weekday after "on" right after the cue', () => {
  it('is a time adjunct, in neither cue nor content, before a clause or an infinitive ("agreed on Tuesday to keep" had the cue "agreed on")', () => {
    checkAttributions('Ministers agreed on Monday to extend the scheme until 2030.', [{ cue: 'agreed', source: 'Ministers', content: 'to extend the scheme until 2030' }]);
    checkAttributions('Mr Berg said on Friday he had met the candidate twice.', [{ cue: 'said', source: 'Mr Berg', content: 'he had met the candidate twice' }]);
    checkAttributions('Mr Berg said on Friday night that the talks had failed.', [{ cue: 'said', source: 'Mr Berg', content: 'that the talks had failed' }]);
    // "agreed on a plan" keeps its particle.
    checkAttributions('The two parties agreed on a plan to cut fares.', [{ cue: 'agreed on', source: 'The two parties', content: 'a plan to cut fares' }]);
  });
});

describe('a second cue after "but" or "and" when the first has a reported clause with its own cue', () => {
  it('takes the subject of the outer cue, whose content ends before it ("told analysts the company expected ... but warned" gave "warned" the company)', () => {
    checkAttributions('Finance director Omar Sayed told investors the group expected margins to recover but warned that costs would rise.', [
      { cue: 'told', source: 'Finance director Omar Sayed', content: 'the group expected margins to recover' },
      { cue: 'expected', source: 'the group', content: 'margins to recover' },
      { cue: 'warned', source: 'Finance director Omar Sayed', content: 'that costs would rise' },
    ]);
  });
});

describe('a quotation closing with its comma before "and" and another speaker\'s cue', () => {
  it('ends the first content ("described ... as a "red line," and officials in Moscow have warned" ran on)', () => {
    checkAttributions('Ms. Ruiz has called the tax a "disgrace," and farmers in the north have warned that they will protest.', [
      { cue: 'has called', source: 'Ms. Ruiz', content: 'the tax a "disgrace,"' },
      { cue: 'have warned', source: 'farmers in the north', content: 'that they will protest' },
    ]);
  });
});

describe('a verb of evidence inside reported content', () => {
  it('is part of what is reported, not an attribution of its own ("retorted that the deployment showed ..."), while "the figures showed" alone is one', () => {
    checkAttributions('The minister retorted that the vote showed the opposition\'s "contempt for voters."', [
      { cue: 'retorted', source: 'The minister', content: 'that the vote showed the opposition\'s "contempt for voters."' },
    ]);
    checkAttributions('The figures showed a sharp fall in exports.', [{ cue: 'showed', source: 'The figures', content: 'a sharp fall in exports' }]);
  });

  it('keeps "who" the subject of a verb after a time phrase ("who on Tuesday endorsed ...", "who last year threatened to ..." had no attribution), not of a verb that reports nothing', () => {
    const cues = (text: string) => attributionsOf(text).map((a) => [text.slice(a.cue.start, a.cue.end), a.source ? text.slice(a.source.start, a.source.end) : null, text.slice(a.content.start, a.content.end)]);
    expect(cues('Tom Reed, who last year threatened to close the port, said he would stay.')).toContainEqual(['threatened', 'who', 'to close the port']);
    expect(cues('The minister, who this week criticised the unions, said talks would resume.')).toContainEqual(['criticised', 'who', 'the unions']);
    expect(cues('Tom Reed, who on Tuesday visited the port, said he would stay.').map((c) => c[0])).toEqual(['said']);
  });

  it('takes a share of a group reported inside a poll\'s content for the poll\'s finding ("a survey found that 54 percent of voters backed ..." gave the share a cue of its own), not a count, nor a share no one reports', () => {
    checkAttributions('The survey found that 54 percent of residents backed the levy.', [
      { cue: 'found', source: 'The survey', content: 'that 54 percent of residents backed the levy' },
    ]);
    checkAttributions('In a Tide poll released Monday, 8 in 10 voters said they feared the canal would flood.', [
      { cue: 'In', source: 'a Tide poll released Monday', content: '8 in 10 voters said they feared the canal would flood' },
    ]);
    checkAttributions('A Harbour Radio poll showed a majority of farmers support the new quota.', [
      { cue: 'showed', source: 'A Harbour Radio poll', content: 'a majority of farmers support the new quota' },
    ]);
    checkAttributions('About 62% of young voters said they would not vote.', [{ cue: 'said', source: 'About 62% of young voters', content: 'they would not vote' }]);
    checkAttributions('Ana Ruiz said two dozen of her neighbours had backed the levy.', [
      { cue: 'said', source: 'Ana Ruiz', content: 'two dozen of her neighbours had backed the levy' },
      { cue: 'had backed', source: 'two dozen of her neighbours', content: 'the levy' },
    ]);
  });
});

describe('an appositive after a comma whose own cue reports the clause before it', () => {
  it('ends the content of that clause\'s cue at the comma ("agreed to keep troops ..., a move Moscow denounced as ..." ran on)', () => {
    checkAttributions('Ministers agreed on Monday to extend the scheme until 2030, a move Berlin condemned as "reckless".', [
      { cue: 'condemned as', source: 'Berlin', content: 'Ministers agreed on Monday to extend the scheme until 2030' },
      { cue: 'agreed', source: 'Ministers', content: 'to extend the scheme until 2030' },
    ]);
  });
});

describe('a bare weekday after the cue', () => {
  it('is left out of the cue whichever day it is (the extent table held "said Friday" in and "said Tuesday" out)', () => {
    checkAttributions('Mr Berg said Friday that the talks had failed.', [{ cue: 'said', source: 'Mr Berg', content: 'that the talks had failed' }]);
    checkAttributions('Mr Berg said Tuesday that the talks had failed.', [{ cue: 'said', source: 'Mr Berg', content: 'that the talks had failed' }]);
  });
});

describe('an -ing word after an article inside a source', () => {
  it('is a noun the source goes on over ("A person familiar with the plans for ... says" had no source)', () => {
    checkAttributions('A person familiar with the plans for Friday\'s summit says the talks will go ahead.', [
      { cue: 'says', source: 'A person familiar with the plans for Friday\'s summit', content: 'the talks will go ahead' },
    ]);
    checkAttributions('A source with knowledge of the bidding process said the offer was low.', [
      { cue: 'said', source: 'A source with knowledge of the bidding process', content: 'the offer was low' },
    ]);
    // Not on past the verb before the article, which with the participle is the cue.
    checkAttributions('Late on Friday the party sent out a fundraising letter saying donors had given $2m.', [
      { cue: 'sent out a fundraising letter saying', source: 'the party', content: 'donors had given $2m' },
    ]);
  });
});

describe('a participle with a prepositional phrase after "said on Tuesday,"', () => {
  it('opens a new clause: the content is the clause before the source ("..., the WMO said on Tuesday, edging past the 1.5C threshold" took the participle clause)', () => {
    checkAttributions('Inflation rose in March, the statistics office said on Tuesday, rising to 3.2% from 2.9%.', [
      { cue: 'said', source: 'the statistics office', content: 'Inflation rose in March' },
    ]);
    checkAttributions('The river broke its banks overnight, the agency said on Friday, edging past the 1998 record.', [
      { cue: 'said', source: 'the agency', content: 'The river broke its banks overnight' },
    ]);
  });
});

describe('a figure right before the subject of a verb of expecting', () => {
  it('is what was expected, and the subject alone the source ("beating the 1.2 billion analysts had expected" had the source "the 1.2 billion analysts")', () => {
    checkAttributions('Sales rose 4% in May, below the 5% economists had forecast.', [{ cue: 'had forecast', source: 'economists', content: 'the 5%' }]);
    // With an object after the verb, the words before its subject are its subject.
    checkAttributions('The 12 jurors had expected a verdict by noon.', [{ cue: 'had expected', source: 'The 12 jurors', content: 'a verdict by noon' }]);
  });
});

describe('a time adverb with a phrase opening the sentence', () => {
  it('is no subject for a participle cue after a comma ("Later on Sunday, Carson ..., writing" had the source "Later")', () => {
    checkAttributions('Earlier in the day, the minister visited the port, saying the repairs would take weeks.', [
      { cue: 'saying', source: 'the minister', content: 'the repairs would take weeks' },
    ]);
  });
});

describe('a participle cue after "before" or "after" inside a sentence', () => {
  it('takes the sentence\'s subject, and the cue before it keeps its own content ("responded before adding that" had no source)', () => {
    checkAttributions('"We will win the state," Ms Lind replied before adding that she would stay in the race.', [
      { cue: 'replied', source: 'Ms Lind', content: '"We will win the state,"' },
      { cue: 'adding', source: 'Ms Lind', content: 'that she would stay in the race' },
    ]);
    // Not a participle that describes an action: "before signing it" reports nothing.
    checkAttributions('Ms Lind read the report before signing it.', []);
  });
});

describe('an adverb opening the sentence before its subject', () => {
  it('is no source of a participle cue ("Elsewhere on the chart, ...", "Recently, ...")', () => {
    checkAttributions('Elsewhere on the island, the mayor toured the harbour before saying the repairs would take weeks.', [
      { cue: 'saying', source: 'the mayor', content: 'the repairs would take weeks' },
    ]);
  });
});

describe('"add" with a quantity for its object', () => {
  it('reports nothing ("Shares rose 9%, adding about $48bn to the company\'s market value" had the cue "adding")', () => {
    checkAttributions('Ferry operator shares jumped 12% on Friday, adding nearly £900m to the group\'s market value.', []);
    checkAttributions('The port handled 2,000 more containers, adding £3m to its income, the harbour board said.', [
      { cue: 'said', source: 'the harbour board', content: 'The port handled 2,000 more containers, adding £3m to its income' },
    ]);
    // A market's move to a level, though another clause with a verb follows ("zinc added 1.1% to
    // $2,910 and nickel fell" had the cue "added" and the source "zinc").
    checkAttributions('Copper rose 0.8% to $9,745 a tonne, tin added 1.1% to $31,910 and lead fell 0.4% to $2,020.', []);
    // "adding that" and a clause after a figure are words.
    checkAttributions('The council said it would cut fares, adding that 300 buses would be replaced.', [
      { cue: 'said', source: 'The council', content: 'it would cut fares' },
      { cue: 'adding', source: 'The council', content: 'that 300 buses would be replaced' },
    ]);
  });
});

describe('a verb of feeling whose object feels it', () => {
  it('reports nothing ("it worries me" had the cue "worries", the source "it" and the content "me")', () => {
    checkAttributions('The deficit is real, and it worries me.', []);
    // A report that worries ministers that prices will rise still reports.
    checkAttributions('The report worries ministers that prices will rise.', [
      { cue: 'worries', source: 'The report', content: 'ministers that prices will rise' },
    ]);
  });
});

describe('"rail" without its particle', () => {
  it('is the noun ("Rail line delayed again" had the cue "Rail", "A new rail line" the source "A new")', () => {
    checkAttributions('Tram line delayed again as rail costs soar', []);
    checkAttributions('A new rail link to the airport will open in 2028, the council said.', [
      { cue: 'said', source: 'the council', content: 'A new rail link to the airport will open in 2028' },
    ]);
    // With "against" or "at" it is the verb.
    checkAttributions('The mayor railed against the new fares on Monday.', [{ cue: 'railed against', source: 'The mayor', content: 'the new fares' }]);
  });
});

describe('an -ing cue after a verb of going on or stopping', () => {
  it('reports nothing with no object of its own ("kept writing, publishing nine books" had the cue "writing" and the source "kept")', () => {
    checkAttributions('Ms Berg retired in 2010 but kept writing, publishing four novels.', []);
    // With a clause of its own it reports it.
    checkAttributions('The minister kept insisting that the figures were wrong.', [
      { cue: 'kept insisting', source: 'The minister', content: 'that the figures were wrong' },
    ]);
  });
});

describe('a participle after a noun phrase that a preposition makes an object', () => {
  it('reports the phrase with no source, a reduced relative clause ("a £12bn package of northern transport schemes announced in 2023" had that phrase as source)', () => {
    checkAttributions('The work is part of a €4bn programme of flood defences announced in 2022, of which little has been built.', [
      { cue: 'announced', source: null, content: 'a €4bn programme of flood defences' },
      { cue: 'announced', source: null, content: 'in 2022, of which little has been built' },
    ]);
    // The subject of the sentence is the source.
    checkAttributions('The mayor of the city announced in March that the tram would close.', [
      { cue: 'announced', source: 'The mayor of the city', content: 'that the tram would close' },
    ]);
  });
});

describe('a stance after "be"', () => {
  it('is the subject\'s, not a passive ("are worried that" had no source and the subject as content)', () => {
    checkAttributions('Residents of the estate are worried that the plant will close.', [
      { cue: 'are worried', source: 'Residents of the estate', content: 'that the plant will close' },
    ]);
    // A passive with an agent is still one: "opposed" takes "to" as a stance.
    checkAttributions('The toll was opposed in 2019 by the ferry companies.', []);
  });
});

describe('a verb of backing that opens a headline', () => {
  it('does not stop the analysis ("Backing for the tram grows, poll finds" threw a TypeError)', () => {
    expect(() => attributionsOf('Backing for the tram grows, poll finds')).not.toThrow();
    checkAttributions('Backing for the tram grows, a poll finds.', [{ cue: 'finds', source: 'a poll', content: 'Backing for the tram grows' }]);
  });
});

describe('a long subject of a verb of stance with an appositive set off by commas', () => {
  it('is the source when the head before the first comma is short ("..., former chief of staff of ..., agreed that" had no attribution)', () => {
    checkAttributions('Ana Ruiz, former chief of staff of the joint committee on taxation in the senate, agreed that the ministry had little power to stop it.', [
      { cue: 'agreed', source: 'Ana Ruiz, former chief of staff of the joint committee on taxation in the senate', content: 'that the ministry had little power to stop it' },
    ]);
    checkAttributions('The governor, eager all evening to show his toughness on crime and failing to win the crowd over, attacked the minister for not answering the question.', [
      { cue: 'attacked', source: 'The governor, eager all evening to show his toughness on crime and failing to win the crowd over', content: 'the minister for not answering the question' },
    ]);
  });

  it('is not when the head before the first comma is long, or no comma closes the phrase before the verb', () => {
    checkAttributions('The members of the regional transport board who met the union leaders in May, all of them from the north, believe that the plan will fail.', [
      { cue: 'believe', source: null, content: 'that the plan will fail' },
    ]);
    checkAttributions('Ruiz, who chairs the board, and the members of the regional transport board who met the union leaders last spring believe that the plan will fail.', []);
  });
});

describe('a verb of stance whose object is one name or pronoun', () => {
  it('takes it as content once the model accepts the verb ("34,000 people supported Lopez" had no reading)', () => {
    checkAttributions('In the northern wards, 34,000 people supported Lopez.', [{ cue: 'supported', source: '34,000 people', content: 'Lopez' }]);
    checkAttributions('The teachers’ union, which has endorsed her, will march on Friday.', [{ cue: 'has endorsed', source: 'which', content: 'her' }]);
  });

  it('not a lower-case noun, or a name after a capitalised verb in a title', () => {
    checkAttributions('In the northern wards, 34,000 people supported reform.', []);
    // "Finding Nordvik": a film's title in a list, not a verb and its object.
    checkAttributions('Other films tipped for awards include Harbour, starring Ana Berg and Tom Reed, Finding Nordvik, with Ola Strand as the painter.', []);
  });
});

describe('a cue and a colon that close their paragraph', () => {
  it('introduce the next paragraph as content ("Lopez writes:" before a block quotation had no content in its own paragraph)', () => {
    checkAttributions('The film ignores the council.\n\nLopez writes:\n\nThe book names neither the mayor nor the council.\n\nThe council did not reply.', [
      { cue: 'writes', source: 'Lopez', content: 'The book names neither the mayor nor the council.', type: 'indirect' },
    ]);
    // A quotation in the next paragraph, found with no cue, takes this cue and source.
    checkAttributions('The senator continued:\n\n“You look at the questions. Is the mayor a villain?”', [
      { cue: 'continued', source: 'The senator', content: '“You look at the questions. Is the mayor a villain?”', type: 'direct' },
    ]);
    // So does "that:" closing the paragraph ("Soerens argued that:" had the content "that:").
    checkAttributions('The mayor argued that:\n\nThe tram line would pay for itself within ten years.', [
      { cue: 'argued', source: 'The mayor', content: 'The tram line would pay for itself within ten years.' },
    ]);
    // A list runs on over its items.
    checkAttributions('As part of the budget he has announced:\n\n- Duty cuts on raw materials\n- A wider service tax\n\nThe survey was published on Friday.', [
      { cue: 'has announced', source: 'he', content: '- Duty cuts on raw materials\n- A wider service tax' },
    ]);
  });

  it('take the next paragraph after a phrase before the cue, which is its time or place ("In a speech last May, he said:" had that phrase as content)', () => {
    checkAttributions('In a speech last May, Ana Lindqvist said:\n\nThe tram line would pay for itself within ten years.\n\nThe council did not reply.', [
      { cue: 'said', source: 'Ana Lindqvist', content: 'The tram line would pay for itself within ten years.' },
    ]);
    // With no colon the clause before the cue is its content.
    checkAttributions('The tram line would pay for itself, Ana Lindqvist said.\n\nThe council did not reply.', [
      { cue: 'said', source: 'Ana Lindqvist', content: 'The tram line would pay for itself' },
    ]);
  });

  it('report nothing when no paragraph follows, and keep the content on the same line', () => {
    checkAttributions('The film ignores the council.\n\nLopez writes:', []);
    checkAttributions('Lopez writes: the book names neither the mayor nor the council.', [
      { cue: 'writes', source: 'Lopez', content: 'the book names neither the mayor nor the council' },
    ]);
  });
});

describe('"as" after a verb whose object is a relative pronoun before its subject', () => {
  it('opens the content ("the mayor, whom he described as “volatile”" had no reading)', () => {
    checkAttributions('Lopez praised the governor and criticised the mayor, whom he described as a poor manager.', [
      { cue: 'praised', source: 'Lopez', content: 'the governor' },
      { cue: 'described', source: 'he', content: 'whom' },
      { cue: 'described', source: 'he', content: 'as a poor manager' },
    ]);
    checkAttributions('The ministry published a report on the scheme, which it describes as “encouraging”.', [
      { cue: 'describes', source: 'it', content: 'which' },
      { cue: 'describes', source: 'it', content: 'as “encouraging”' },
    ]);
  });

  it('not after a relative pronoun that is the subject', () => {
    checkAttributions('Ruiz, who described himself as a moderate, won the seat.', [{ cue: 'described', source: 'who', content: 'himself as a moderate' }]);
  });
});

describe('an adverb alone after a closing cue', () => {
  it('leaves the clause before the source as the content ("..., the Office for National Statistics said separately." had the content "separately")', () => {
    checkAttributions('Ferry fares will rise by 6% in May, the operator said separately.', [
      { cue: 'said separately', source: 'the operator', content: 'Ferry fares will rise by 6% in May' },
    ]);
  });
});

describe('an adverb in -ly between a verb of saying and "that"', () => {
  it('belongs to the cue, not the content ("He said privately that ..." had the content "privately that ...")', () => {
    checkAttributions('Party officials said privately that the defeat was worse than their own polling had suggested.', [
      { cue: 'said privately', source: 'Party officials', content: 'that the defeat was worse than their own polling had suggested' },
    ]);
  });
});

describe('"opposed to" after "be"', () => {
  it('keeps "to" in the cue, as PolNeAR does ("are opposed to" left "to" out)', () => {
    checkAttributions('Most fishermen are strongly opposed to the new wind farm.', [
      { cue: 'are strongly opposed to', source: 'Most fishermen', content: 'the new wind farm' },
    ]);
  });
});

describe('a verb of going on or starting before an -ing cue', () => {
  it('belongs to the cue, and the subject before it is the source ("She kept saying" had the source "She kept")', () => {
    checkAttributions('Standing outside her flooded shop, she kept saying, "We will rebuild."', [
      { cue: 'kept saying', source: 'she', content: '"We will rebuild."' },
    ]);
    checkAttributions('The coach began talking about a move abroad.', [{ cue: 'began talking about', source: 'The coach', content: 'a move abroad' }]);
  });
});

describe('an order joined by "and" to a passive some words back', () => {
  it('has no speaker ("He was also banned from being a company director for 12 years and ordered to repay £1.6m" had the source "He")', () => {
    checkAttributions('The former treasurer was also banned from being a charity trustee for ten years and ordered to repay £240,000.', []);
    // An active verb after the passive is still the subject's.
    checkAttributions('The report was published on Monday and warned that rents would rise.', [
      { cue: 'warned', source: 'The report', content: 'that rents would rise' },
    ]);
  });
});

describe('a participle between commas with no auxiliary, no object and no agent', () => {
  it('describes the noun before it and reports nothing ("The line, first promised in 2019, was due to ..." had the cue "first promised")', () => {
    checkAttributions('The new bypass, first promised in 2017, was due to open last spring.', []);
    // With an agent it is what the agent did.
    checkAttributions('The bypass, opposed by most residents, was never built.', [{ cue: 'opposed', source: 'most residents', content: 'The bypass' }]);
  });
});

describe('a comparison of size after a source', () => {
  it('is no appositive of the source ("..., an area roughly twice the size of Manhattan" ran on in the source)', () => {
    checkAttributions('The blaze has destroyed 9,000 hectares of pine forest, according to the regional forestry agency, an area about three times the size of Paris.', [
      { cue: 'according to', source: 'the regional forestry agency', content: 'The blaze has destroyed 9,000 hectares of pine forest' },
    ]);
  });
});

describe('a name with its appositive closing the sentence after the cue', () => {
  it('is the source, though the clause before the comma reads as a subject with an appositive ("..., forcing her to ..., said Brad Hollis, a pollster" had the source "the convention")', () => {
    checkAttributions('The reservoir holds 40 million cubic metres, said Ana Ruiz, the head of the water board.', [
      { cue: 'said', source: 'Ana Ruiz, the head of the water board', content: 'The reservoir holds 40 million cubic metres' },
    ]);
    checkAttributions('The merger would save the bank £300m a year, forcing rivals to cut costs, said Tom Hale, an analyst at Barclays.', [
      { cue: 'said', source: 'Tom Hale, an analyst at Barclays', content: 'The merger would save the bank £300m a year, forcing rivals to cut costs' },
    ]);
    // A subject with an appositive before the cue still wins when a clause follows it.
    checkAttributions('Brian Tolland, an adviser to the mayor, said Ana Ruiz would stay.', [
      { cue: 'said', source: 'Brian Tolland, an adviser to the mayor', content: 'Ana Ruiz would stay' },
    ]);
  });
});

describe('a verb of change after a determiner and a noun that open the sentence, before "and"', () => {
  it('ends a clause the next subject does not run back over ("The yard closes and unions say" had the source "The yard closes and unions")', () => {
    checkAttributions('The mine closes and miners say they were never warned.', [{ cue: 'say', source: 'miners', content: 'they were never warned' }]);
    // Two plural nouns joined by "and" stay one source.
    checkAttributions('The union leaders and ministers say the deal is done.', [
      { cue: 'say', source: 'The union leaders and ministers', content: 'the deal is done' },
    ]);
  });
});

describe('the one asked before "if" or "whether"', () => {
  it('is left out of the content, as PolNeAR does ("asked workers if they planned to ..." had the content "workers if ...")', () => {
    checkAttributions('Reporters asked the minister whether the deal was dead.', [{ cue: 'asked', source: 'Reporters', content: 'whether the deal was dead' }]);
    // Not past an infinitive: "if" opens a condition of what was asked.
    checkAttributions('The mayor asked residents to report leaks if they could.', [{ cue: 'asked', source: 'The mayor', content: 'residents to report leaks if they could' }]);
  });

  it('is left out before "how", "what" or "why" too ("asked the mayor how ..." had the content "the mayor how ..."), but not before a relative "who"', () => {
    checkAttributions('Anna Berg asked the mayor how the ferry would be paid for.', [{ cue: 'asked', source: 'Anna Berg', content: 'how the ferry would be paid for' }]);
    checkAttributions('Berg asked the council why the pier was closed.', [{ cue: 'asked', source: 'Berg', content: 'why the pier was closed' }]);
    checkAttributions('Berg asked the mayor of Dover why the pier was closed.', [{ cue: 'asked', source: 'Berg', content: 'why the pier was closed' }]);
    checkAttributions('Berg asked officials who had seen the plan to resign.', [{ cue: 'asked', source: 'Berg', content: 'officials who had seen the plan to resign' }]);
    // Not past an infinitive: its verb asks the question ("asked to explain how ...").
    checkAttributions('Berg asked the council to explain how the pier was closed.', [
      { cue: 'asked', source: 'Berg', content: 'the council to explain how the pier was closed' },
      { cue: 'to explain', source: null, content: 'how the pier was closed' },
    ]);
  });
});

describe('"on" and a weekday after the cue, before a preposition the verb takes', () => {
  it('is in neither cue nor content ("responded on Sunday to claims ..." had the content "on Sunday to claims ...")', () => {
    checkAttributions('The club apologised on Monday for the delay.', [{ cue: 'apologised', source: 'The club', content: 'for the delay' }]);
  });
});

describe('a length of time right after the cue', () => {
  it('is in neither cue nor content ("have said for years that ..." had the content "for years that ...")', () => {
    checkAttributions('Fishermen have said for years that the quotas are too low.', [
      { cue: 'have said', source: 'Fishermen', content: 'that the quotas are too low' },
    ]);
  });
});

describe('"that" and a comma before an interjected "according to"', () => {
  it('reports the whole clause ("reported that, according to an analysis of ..., 85 of ..." had the content "that")', () => {
    checkAttributions('The paper reported that, according to its own count, 40 of the 90 meetings were with donors.', [
      { cue: 'reported', source: 'The paper', content: 'that, according to its own count, 40 of the 90 meetings were with donors' },
      { cue: 'according to', source: 'its own count', content: '40 of the 90 meetings were with donors' },
    ]);
  });
});

describe('a verb in the past after "is" or "was" before a participle cue', () => {
  it('is no source ("is heard asking reporter Oliver Penrose if ..." had the source "heard")', () => {
    const found = attributionsOf('The editor, a critic on the paper, is heard asking a reporter if he is a spy.');
    expect(found.map((a) => a.source && 'The editor, a critic on the paper, is heard asking a reporter if he is a spy.'.slice(a.source.start, a.source.end))).not.toContain('heard');
  });
});

describe('a relative pronoun before the subject of a cue', () => {
  it('is part of the content, as PolNeAR marks it ("which he said would fail" had only "would fail")', () => {
    checkAttributions('The council dropped the levy, which the mayor said would hurt small shops.', [
      { cue: 'said', source: 'the mayor', content: 'which' },
      { cue: 'said', source: 'the mayor', content: 'would hurt small shops' },
    ]);
    // Not after a preposition: "during which" is when, not what.
    const text = 'The talks, during which he described the budget as fair, ended early.';
    expect(attributionsOf(text).map((a) => text.slice(a.content.start, a.content.end))).not.toContain('which');
  });
});

describe('a noun-like cue word before a modal after a relative pronoun', () => {
  it('is a verb whose reported clause lost its subject to the pronoun ("a move that the kingdom hopes will ..." had no cue)', () => {
    checkAttributions('The port is building a terminal that the council hopes can attract cruise ships.', [
      { cue: 'hopes', source: 'the council', content: 'that' },
      { cue: 'hopes', source: 'the council', content: 'can attract cruise ships' },
    ]);
    checkAttributions('Lawmakers debated a bill which critics claim would weaken the courts.', [
      { cue: 'claim', source: 'critics', content: 'which' },
      { cue: 'claim', source: 'critics', content: 'would weaken the courts' },
    ]);
  });

  it('stays a noun after a possessor or with no relative pronoun before it', () => {
    checkAttributions('Their hopes will be dashed if the ferry stops.', []);
    checkAttributions('The hopes of the town can wait.', []);
  });
});

describe('", but that ..." after reported content', () => {
  it('is a second clause of the same report ("said ..., but that he would not ..." ended at the comma)', () => {
    checkAttributions('The minister said the port would reopen in May, but that fares would rise.', [
      { cue: 'said', source: 'The minister', content: 'the port would reopen in May, but that fares would rise' },
    ]);
    // "that" before a singular noun or a verb is a demonstrative that opens a clause of the writer's.
    const text = 'The mayor said the audit had been fair, but that report has since been withdrawn.';
    expect(attributionsOf(text).map((a) => text.slice(a.content.start, a.content.end))).not.toContain('the audit had been fair, but that report has since been withdrawn');
  });
});

describe('", with" and a figure after reported content', () => {
  it('goes on with the figures of the report (", with 12 percent still undecided" was cut off)', () => {
    checkAttributions('A survey by the Tarnow Institute found Berg ahead of Lund by nine points, with 12 percent of voters still undecided.', [
      { cue: 'found', source: 'A survey by the Tarnow Institute', content: 'Berg ahead of Lund by nine points, with 12 percent of voters still undecided' },
    ]);
    checkAttributions('The union said most drivers joined the strike, with fewer than 200 voting against.', [
      { cue: 'said', source: 'The union', content: 'most drivers joined the strike, with fewer than 200 voting against' },
    ]);
  });

  it('still ends before ", with" and no figure, or a year', () => {
    checkAttributions('The union said most drivers joined the strike, with the vote due in May.', [
      { cue: 'said', source: 'The union', content: 'most drivers joined the strike' },
    ]);
    checkAttributions('The council said the bridge would close, with 2031 the latest date.', [
      { cue: 'said', source: 'The council', content: 'the bridge would close' },
    ]);
  });
});

describe('a noun phrase with a relative clause after an interrupting cue', () => {
  it('comments on what was said and is no second part of the content (", a policy that ..." was reported)', () => {
    checkAttributions('Migrants would count as a distinct group, Anna Lund said, a policy that could ease their stay.', [
      { cue: 'said', source: 'Anna Lund', content: 'Migrants would count as a distinct group' },
    ]);
    // A clause after the cue goes on with the report.
    checkAttributions('The levy would fall next year, Anna Lund said, and the tram would run again.', [
      { cue: 'said', source: 'Anna Lund', content: 'The levy would fall next year' },
      { cue: 'said', source: 'Anna Lund', content: 'and the tram would run again' },
    ]);
  });
});

describe('a plural noun after a closing cue', () => {
  it('is the source ("..., say analysts." had the clause as source and "analysts" as content)', () => {
    checkAttributions('Rents will keep rising next year, say analysts.', [{ cue: 'say', source: 'analysts', content: 'Rents will keep rising next year' }]);
    checkAttributions('Output will fall by a fifth, said economists at Nordbank.', [
      { cue: 'said', source: 'economists at Nordbank', content: 'Output will fall by a fifth' },
    ]);
    // A subject with an appositive before the cue keeps its clause.
    checkAttributions('Brian Tolland, an adviser to the mayor, said prices would rise.', [
      { cue: 'said', source: 'Brian Tolland, an adviser to the mayor', content: 'prices would rise' },
    ]);
  });
});

describe('a headline that ends without a full stop', () => {
  it('reads its closing cue as if it had one ("Support for four-day week reaches record 64%, poll finds" had no cue "finds")', () => {
    checkAttributions('Rents rise at fastest pace since 2008, survey finds', [{ cue: 'finds', source: 'survey', content: 'Rents rise at fastest pace since 2008' }]);
  });
});

describe('a time between the addressee and the reported clause', () => {
  it('is in neither addressee nor content ("telling reporters on Thursday he viewed ..." had the content "reporters on Thursday he ...")', () => {
    checkAttributions('The coach told reporters on Thursday he would stay until the summer.', [
      { cue: 'told', source: 'The coach', content: 'he would stay until the summer' },
    ]);
  });
});

describe('a live blog\'s time stamp before the subject', () => {
  it('is no part of the source ("**14:05** The chancellor confirms" had the source "**14:05** The chancellor")', () => {
    checkAttributions('16:20 The chancellor confirms the top rate of income tax stays at 45p.', [
      { cue: 'confirms', source: 'The chancellor', content: 'the top rate of income tax stays at 45p' },
    ]);
  });
});

describe('a word that approximates a quantity after a verb that takes it as a particle', () => {
  it('stays out of the cue ("which asks about 35,000 households about their experiences" had the cue "asks about")', () => {
    const text = 'The survey, which asks about 12,000 families about their savings, found debts rising.';
    expect(attributionsOf(text).map((a) => text.slice(a.cue.start, a.cue.end))).not.toContain('asks about');
  });
});

describe('a headline topic before a colon', () => {
  it('is no speaker ("# Heatwave: UK records hottest June day" and "# Results: Lisbon half marathon" had the sources "Heatwave" and "Results")', () => {
    checkAttributions('Heatwave: Spain records its hottest April day\n\nTemperatures reached 38C in Seville.', []);
    checkAttributions('Results: Berlin marathon\n\nThe race was won in 2:02:10.', []);
  });
});

describe('a passive with its agent before "and" and a verb of saying', () => {
  it('ends the agent at "and", and the verb after it has the subject of the sentence ("was questioned by MPs and said ..." had the source "MPs and said the plan was sound" twice)', () => {
    checkAttributions('The minister was questioned by MPs and said the plan was sound.', [
      { cue: 'was questioned', source: 'MPs', content: 'The minister' },
      { cue: 'said', source: 'The minister', content: 'the plan was sound' },
    ]);
    // A participle after a comma is still the agent's, whether or not the passive is a cue ("drafted"
    // is no cue word, so the cue model's threshold cannot move this).
    checkAttributions('The bill was drafted by some hi-tech firms, saying they needed its protections.', [
      { cue: 'saying', source: 'some hi-tech firms', content: 'they needed its protections' },
    ]);
    checkAttributions('The plan was praised by Ana Lima, the mayor, adding it would help.', [
      { cue: 'was praised', source: 'Ana Lima', content: 'The plan' },
      { cue: 'adding', source: 'Ana Lima', content: 'it would help' },
    ]);
  });
});

describe('a "that" clause before its verb', () => {
  it('goes on over ", while" and ", with" ("argue that, while the tax may ..., workers ..." had the content "that")', () => {
    checkAttributions('Union leaders argue that, while the levy may cut fares, drivers will get no rise in pay.', [
      { cue: 'argue', source: 'Union leaders', content: 'that, while the levy may cut fares, drivers will get no rise in pay' },
    ]);
    checkAttributions('The inspector said that the checks, with more staff and better records, were now working.', [
      { cue: 'said', source: 'The inspector', content: 'that the checks, with more staff and better records, were now working' },
    ]);
    // Once the clause has its verb, ", while" still opens the writer's clause.
    checkAttributions('The inspector said that the checks were working, while the backlog kept growing.', [
      { cue: 'said', source: 'The inspector', content: 'that the checks were working' },
    ]);
  });
});

describe('a cue set off by commas inside a sentence whose verb comes after it', () => {
  it('reports the rest of the sentence after "according to X," ("Other divides, according to the poll, include ..." had the source "the poll, include ...")', () => {
    checkAttributions('Other big divides, according to the survey, include age and income.', [
      { cue: 'according to', source: 'the survey', content: 'Other big divides' },
      { cue: 'according to', source: 'the survey', content: 'include age and income' },
    ]);
    checkAttributions('Growth in the region, according to the central bank, a state agency, will slow next year.', [
      { cue: 'according to', source: 'the central bank, a state agency', content: 'Growth in the region' },
      { cue: 'according to', source: 'the central bank, a state agency', content: 'will slow next year' },
    ]);
    // A clause with its verb before the cue keeps the appositive or the role after the source.
    checkAttributions('The fares rose 4%, according to the operator, a private firm.', [
      { cue: 'according to', source: 'the operator, a private firm', content: 'The fares rose 4%' },
    ]);
    checkAttributions('The price, according to Jan Olsen, editor of the trade magazine.', [
      { cue: 'according to', source: 'Jan Olsen, editor of the trade magazine', content: 'The price' },
    ]);
  });

  it('reports the rest after a time phrase ("The new rules, officials said on Monday, will ..." had the content "on Monday, will ...")', () => {
    checkAttributions('The new rules, officials said on Monday, will take effect in March.', [
      { cue: 'said', source: 'officials', content: 'The new rules' },
      { cue: 'said', source: 'officials', content: 'will take effect in March' },
    ]);
  });

  it('reports the sentence around a cue with an addressee or a place of saying before its comma ("The answer, the coach told them, was patience" had the content "them, was patience")', () => {
    checkAttributions('The ferry, the harbour master told reporters, would not sail before Friday.', [
      { cue: 'told', source: 'the harbour master', content: 'The ferry' },
      { cue: 'told', source: 'the harbour master', content: 'would not sail before Friday' },
    ]);
    checkAttributions('The answer, the coach told them, was patience.', [
      { cue: 'told', source: 'the coach', content: 'The answer' },
      { cue: 'told', source: 'the coach', content: 'was patience' },
    ]);
    checkAttributions('If anything, the auditor argued in her report, the rules are too loose.', [
      { cue: 'argued', source: 'the auditor', content: 'If anything' },
      { cue: 'argued', source: 'the auditor', content: 'the rules are too loose' },
    ]);
    // After a subordinate clause the main clause goes on with what is said.
    checkAttributions('If the count is right, she wrote in her email, the party has lost the seat.', [
      { cue: 'wrote', source: 'she', content: 'If the count is right' },
      { cue: 'wrote', source: 'she', content: 'the party has lost the seat' },
    ]);
    // A "that" after the place of saying goes on with the clause before the cue, as after "he said,".
    checkAttributions('The records show, the auditor said in an interview, that the fund was never checked.', [
      { cue: 'said', source: 'the auditor', content: 'The records show' },
      { cue: 'said', source: 'the auditor', content: 'that the fund was never checked' },
    ]);
    // A time before the cue is its own, not what is said.
    checkAttributions('On Monday, the mayor told reporters, the bridge would stay shut.', [
      { cue: 'told', source: 'the mayor', content: 'the bridge would stay shut' },
    ]);
  });

  it('leaves the rest after an addressee or a place of saying when it is no part of what is said', () => {
    // A clause of its own before the cue is the content; a participle after the comma is another cue's.
    checkAttributions('The figures are wrong, the minister said on Tuesday in Leeds, noting that the count had been rushed.', [
      { cue: 'said', source: 'the minister', content: 'The figures are wrong' },
      { cue: 'noting', source: 'the minister', content: 'that the count had been rushed' },
    ]);
    // An appositive after the comma describes the figure before the cue.
    checkAttributions('Exports rose 4%, the ministry said in a statement, the steepest rise since 2008.', [
      { cue: 'said in a statement', source: 'the ministry', content: 'Exports rose 4%' },
    ]);
    // "told the story of ..." names what was told, no addressee; a relative clause after the
    // comma is no rest.
    const told = attributionsOf('Her film, she told the BBC, which was shot in Wales, took four years.');
    expect(told.some((a) => a.content.start === 0)).toBe(false);
  });
});

describe('an addressee and a place of speech after "told" that end the sentence', () => {
  it('leave the content before the cue ("..., chief executive Lukas Hoffmann told analysts on a conference call." had the content "analysts on a conference call")', () => {
    checkAttributions('The closures will save about €900m a year, finance chief Greta Sund told investors on a conference call.', [
      { cue: 'told', source: 'finance chief Greta Sund', content: 'The closures will save about €900m a year' },
    ]);
    // The particle of a cue is no such preposition: what is worried about is the content.
    checkAttributions('Shares fell as traders worry about the state of the bond market.', [
      { cue: 'worry about', source: 'traders', content: 'the state of the bond market' },
    ]);
  });
});

describe('"opposed to" with no "be" before it and a verb after its object', () => {
  it('describes the noun before it and reports nothing ("Farmers opposed to the canal held a rally" had the content "to the canal held a rally ...")', () => {
    checkAttributions('Fishermen opposed to the wind farm staged a protest in the harbour on Saturday.', []);
    checkAttributions('Fishermen are opposed to the wind farm.', [
      { cue: 'are opposed to', source: 'Fishermen', content: 'the wind farm' },
    ]);
  });
});

describe('a day between a subject and "show" that closes the sentence', () => {
  it('leaves "show" a verb ("..., NHS England figures published on Thursday show." had no attribution)', () => {
    checkAttributions('Rail fares rose 4.1% in January, regulator figures published on Tuesday show.', [
      { cue: 'show', source: 'regulator figures published on Tuesday', content: 'Rail fares rose 4.1% in January' },
    ]);
    // A show on a day is a noun.
    checkAttributions('She was a guest on the Tuesday show.', []);
  });
});

describe('a quotation in lower case after a comma, before its cue', () => {
  it('takes the words of its sentence before it (\'The party, held every four years, "allows us ...," he said\' had the quotation alone)', () => {
    checkAttributions('The fair, held every spring since 1890, “draws visitors from across the region,” the organiser said.', [
      { cue: 'said', source: 'the organiser', content: 'The fair, held every spring since 1890, “draws visitors from across the region,”' },
    ]);
    // A quotation that opens in capitals is a sentence of its own.
    checkAttributions('In a letter to staff, “We will not sell the paper,” the owner wrote.', [
      { cue: 'wrote', source: 'the owner', content: '“We will not sell the paper,”' },
    ]);
  });
});

describe('a stance verb in a relative clause with no comma after its object', () => {
  it('ends its content before the main clause ("Farmers who opposed the canal held a rally" had the content "the canal held a rally")', () => {
    checkAttributions('Fishermen who opposed the wind farm staged a protest in the harbour.', [
      { cue: 'opposed', source: 'who', content: 'the wind farm' },
    ]);
    checkAttributions('Two senators who had opposed a similar bill in 2019 and once again voted against it were thanked.', [
      { cue: 'had opposed', source: 'who', content: 'a similar bill in 2019' },
    ]);
  });
});

describe('a noun-like cue after an article or a possessive and an adverb of time', () => {
  it('is a noun with no "that" after it ("had revised its earlier estimates several times" had the cue "earlier estimates")', () => {
    checkAttributions('The institute said the bureau had cut its earlier estimates several times, and that the total could still rise.', [
      { cue: 'said', source: 'The institute', content: 'the bureau had cut its earlier estimates several times, and that the total could still rise' },
    ]);
  });
});

describe('a name with an employer after "of" that closes the sentence after the cue', () => {
  it('is the source ("..., supported by 24 helicopters ..., said Captain Luis Ortega of the Los Angeles County Fire Department." had the source "the blaze, supported by ...")', () => {
    checkAttributions('Volunteers cleared the beach, said Inspector Mia Holm of the Kent Coastguard Service.', [
      { cue: 'said', source: 'Inspector Mia Holm of the Kent Coastguard Service', content: 'Volunteers cleared the beach' },
    ]);
  });
});

describe('a form of "say" that the rules read as SOURCE said CONTENT', () => {
  it('is a cue whatever the model weighs its neighbours ("A nurse who worked under Pike said staff had complained" had only the inner cue)', () => {
    checkAttributions('A midwife who trained under Pike said staff had complained about the rota.', [
      { cue: 'said', source: 'A midwife who trained under Pike', content: 'staff had complained about the rota' },
      { cue: 'had complained about', source: 'staff', content: 'the rota' },
    ]);
  });
});

describe('an -ing word after a possessive in the source', () => {
  it('describes the noun after it ("Chile\'s mining minister, Aurora Vidal, said" had the source "minister, Aurora Vidal")', () => {
    checkAttributions("Peru's fishing minister, Ana Rojas, said the ban would be lifted in March.", [
      { cue: 'said', source: "Peru's fishing minister, Ana Rojas", content: 'the ban would be lifted in March', speaker: 'Ana Rojas', role: 'fishing minister', organisation: 'Peru' },
    ]);
    checkAttributions("The airline's operating chief, Lars Berg, said flights would resume on Friday.", [
      { cue: 'said', source: "The airline's operating chief, Lars Berg", content: 'flights would resume on Friday' },
    ]);
    // "he's" is a pronoun and a verb: the -ing word after it is no noun's.
    checkAttributions("He's leading the talks, she said.", [{ cue: 'said', source: 'she', content: "He's leading the talks" }]);
  });
});

describe('"which" as the subject of a verb of saying', () => {
  it('is the source, the body named before it ("Corvex, which said it had 1.4 million customers, owes ..." had no attribution of its own)', () => {
    checkAttributions('Lumora, which said it had 2.3 million users in 12 countries, owes lenders about $1.2bn, according to court papers filed in Texas.', [
      { cue: 'according to', source: 'court papers filed in Texas', content: 'Lumora, which said it had 2.3 million users in 12 countries, owes lenders about $1.2bn' },
      { cue: 'said', source: 'which', content: 'it had 2.3 million users in 12 countries', speaker: 'Lumora' },
    ]);
  });

  it('is the source after a noun too ("an email ... which said the firm had \"fooled\" the market")', () => {
    checkAttributions('The board was sent a memo which said the fund had lost £40m.', [
      { cue: 'said', source: 'which', content: 'the fund had lost £40m' },
    ]);
    // "asked which states": "which" before a noun asks a question; nobody speaks through it.
    checkAttributions('He asked which states he could win.', [{ cue: 'asked', source: 'He', content: 'which states he could win' }]);
  });
});

describe('"expects" with an object and an infinitive in a sentence\'s own clause', () => {
  it('is a forecast with its subject as source ("The OBR now expects the economy to grow 1.1%" was missed), not inside what another cue reports', () => {
    checkAttributions('The central bank expects the economy to grow 1.8% next year.', [
      { cue: 'expects', source: 'The central bank', content: 'the economy to grow 1.8% next year' },
    ]);
    checkAttributions('The minister added that she expected the strike to end soon.', [
      { cue: 'added', source: 'The minister', content: 'that she expected the strike to end soon' },
    ]);
  });
});

describe('"refers to" with "this" or "that" alone as its subject', () => {
  it('says what a term means, no attribution ("since that refers to a 20-year average" had the cue "refers to" and the source "that")', () => {
    checkAttributions('The chief economist said the target was not missed, since that refers to a five-year average.', [
      { cue: 'said', source: 'The chief economist', content: 'the target was not missed, since that refers to a five-year average' },
    ]);
    // A relative "that" stands for the ads, which do refer to him.
    checkAttributions('The group spent $9m on ads that refer to the senator.', [{ cue: 'refer to', source: 'that', content: 'the senator' }]);
  });
});

describe('a cue closing its sentence with a phrase about where it was said', () => {
  it('reports the clause before it, through a title in capitals and a "which" clause about the report ("the WMO said in its annual State of the Climate report, which pools ..." had that phrase as content)', () => {
    checkAttributions('Glaciers lost 1.3 metres of ice last year, the agency said in its annual State of the Glaciers report, which draws on 40 sites.', [
      { cue: 'said', source: 'the agency', content: 'Glaciers lost 1.3 metres of ice last year' },
    ]);
    checkAttributions('Sales rose 4% in 2024, the carmaker said at the Geneva Motor Show.', [
      { cue: 'said', source: 'the carmaker', content: 'Sales rose 4% in 2024' },
    ]);
  });

  it('reads "in" right after the cue and a possessive as a place, not a particle ("said in its annual report." had that phrase as content)', () => {
    checkAttributions('Sea levels rose 4mm last year, the agency said in its annual report.', [
      { cue: 'said', source: 'the agency', content: 'Sea levels rose 4mm last year' },
    ]);
  });
});

describe('quotations read from written things, and other cues next to a quotation', () => {
  it('reads "The letter reads:" and "“...,” the statement read." with the written thing as source', () => {
    checkAttributions('The harbour board’s letter reads: “We will not accept these terms.”', [
      { cue: 'reads', source: 'The harbour board’s letter', content: '“We will not accept these terms.”', type: 'direct' },
    ]);
    checkAttributions('“The harbour board has failed its tenants,” the statement read.', [
      { cue: 'read', source: 'the statement', content: '“The harbour board has failed its tenants,”' },
    ]);
    checkAttributions('“We are sorry for the delay,” it read.', [{ cue: 'read', source: 'it', content: '“We are sorry for the delay,”' }]);
    // The written thing may follow "read", up to the sentence's end or a comma; not a person reading from it.
    checkAttributions('“The ferry will run all winter,” read the email, which was sent on Monday.', [
      { cue: 'read', source: 'the email', content: '“The ferry will run all winter,”' },
    ]);
    checkAttributions('“The council must act,” the Courier editorial read.', [{ cue: 'read', source: 'the Courier editorial', content: '“The council must act,”' }]);
    checkAttributions('“Close the mill,” read Berg from the letter.', []);
    // An aside after the written thing stays in the source; its participle ("seen by") reports nothing of it.
    checkAttributions('The memo, seen by the Courier, reads: “Staff must not speak to the press.”', [
      { cue: 'reads', source: 'The memo, seen by the Courier', content: '“Staff must not speak to the press.”' },
    ]);
    // The relative pronoun stands for the sign; the quotation alone is what it reads, and the walk back stops before the verb.
    checkAttributions('Ana Holm carried a banner that read “No new runway” past the terminal.', [
      { cue: 'read', source: 'a banner', content: '“No new runway”' },
    ]);
  });

  it('reads an adverb between the written thing and "read" as part of the cue', () => {
    checkAttributions('The ferryman’s note simply read: “Sorry.”', [{ cue: 'simply read', source: 'The ferryman’s note', content: '“Sorry.”' }]);
    checkAttributions('“Closed until spring,” the sign just read.', [{ cue: 'just read', source: 'the sign', content: '“Closed until spring,”' }]);
    checkAttributions('The harbour master then went on: “The pier stays shut.”', [{ cue: 'then went on', source: 'The harbour master', content: '“The pier stays shut.”' }]);
  });

  it('leaves "read" alone where nothing written is quoted', () => {
    checkAttributions('She read the harbour report twice before the meeting.', []);
    checkAttributions('The report was read aloud to the council.', []);
  });

  it('reads "went on" next to a quotation and "is quoted as saying" with its subject as source', () => {
    checkAttributions('The mayor spoke first. She went on: “Nobody in this town will be left behind.”', [
      { cue: 'went on', source: 'She', content: '“Nobody in this town will be left behind.”' },
    ]);
    checkAttributions('The governor is quoted as saying that the budget would be balanced by March.', [
      { cue: 'is quoted as saying', source: 'The governor', content: 'that the budget would be balanced by March' },
    ]);
    checkAttributions('“The ferry will run,” Lind is quoted as saying.', [{ cue: 'is quoted as saying', source: 'Lind', content: '“The ferry will run,”' }]);
    // The agent after "saying" is no content; the clause before the comma is.
    checkAttributions('The ferry will run all winter, Lind was quoted as saying by the Courier.', [
      { cue: 'was quoted as saying', source: 'Lind', content: 'The ferry will run all winter' },
    ]);
  });

  it('reads "with N troops expected to" as a passive with no source, as "are expected to" is (review18 baltic.txt)', () => {
    checkAttributions('The drills will last a week, with as many as 40,000 soldiers expected to take part.', [
      { cue: 'expected', source: null, content: '40,000 soldiers' },
      { cue: 'expected', source: null, content: 'to take part' },
    ]);
  });

  it('reads "states" after a modifier of states as the noun, not a cue (review18 baltic.txt)', () => {
    checkAttributions('Baltic states brace for larger naval drills', []);
    checkAttributions('Gulf states will meet in Doha next week.', []);
    checkAttributions('It states that the pier is unsafe.', [{ cue: 'states', source: 'It', content: 'that the pier is unsafe' }]);
  });

  it('reads "yelled" and "screamed" as verbs of saying', () => {
    checkAttributions('“Shame on you!” one woman yelled from the gallery.', [{ cue: 'yelled', source: 'one woman', content: '“Shame on you!”' }]);
  });
});

describe('estimates with "put ... at"', () => {
  it('reads "put X at <figure>" as an estimate, its subject the source and the object with the figure the content', () => {
    checkAttributions('The coastguard puts the number of missing fishermen at about 40.', [
      { cue: 'puts', source: 'The coastguard', content: 'the number of missing fishermen at about 40' },
    ]);
    checkAttributions('Analysts have put the cost of the new quay at £3bn.', [{ cue: 'have put', source: 'Analysts', content: 'the cost of the new quay at £3bn' }]);
  });

  it('leaves "put" alone with no figure after "at"', () => {
    checkAttributions('The storm put the harbour at risk.', []);
    checkAttributions('The new rules would put the port at a disadvantage.', []);
  });
});

describe('an appositive with a relative clause that closes the sentence after the content', () => {
  it('ends the content before a comment on what was said ("a decision that ...", "an increase which ...")', () => {
    checkAttributions('The ferry operator said it would cut winter sailings by half, a decision that angered island councillors.', [
      { cue: 'said', source: 'The ferry operator', content: 'it would cut winter sailings by half' },
    ]);
    checkAttributions('The council reported that rents rose 9% last year, an increase which outpaced wages.', [
      { cue: 'reported', source: 'The council', content: 'that rents rose 9% last year' },
    ]);
  });

  it('ends the content before an appositive of its last noun', () => {
    checkAttributions('The minister praised Harbourline, the shipping firm that rescued the crew.', [
      { cue: 'praised', source: 'The minister', content: 'Harbourline' },
    ]);
  });

  it('keeps an appositive that a comma closes before the verb, and one in a list', () => {
    checkAttributions('Police said Ms Ferreira, the nurse who lives next door, rang them at once.', [
      { cue: 'said', source: 'Police', content: 'Ms Ferreira, the nurse who lives next door, rang them at once' },
    ]);
    checkAttributions('The film portrays Lund, a banker who lent to everyone in town, as a victim of his own kindness.', [
      { cue: 'portrays', source: 'The film', content: 'Lund, a banker who lent to everyone in town, as a victim of his own kindness' },
    ]);
    checkAttributions('Colleagues described her as a patient listener, a manager who avoids feuds, and a hard worker.', [
      { cue: 'described', source: 'Colleagues', content: 'her as a patient listener, a manager who avoids feuds, and a hard worker' },
    ]);
  });

  it('keeps a quotation that goes on after the appositive', () => {
    checkAttributions('She said the plan was “a gamble, a bet that nobody can win.”', [
      { cue: 'said', source: 'She', content: 'the plan was “a gamble, a bet that nobody can win.”' },
    ]);
  });
});

describe('a dash before a word of contrast or concession after the content', () => {
  it('ends the content at the dash, as at ", but" ("— though", "- although", "— despite"), and a cue after it is read on its own', () => {
    checkAttributions('The operator apologised for the delays — though it blamed the storm for most of them.', [
      { cue: 'apologised for', source: 'The operator', content: 'the delays' },
      { cue: 'blamed', source: 'it', content: 'the storm for most of them' },
    ]);
    checkAttributions('Mrs Adeyemi said the clinic would stay open - although its hours would be cut.', [
      { cue: 'said', source: 'Mrs Adeyemi', content: 'the clinic would stay open' },
    ]);
    checkAttributions('He promised more concerts in the park — despite the complaints after the last one.', [
      { cue: 'promised', source: 'He', content: 'more concerts in the park' },
    ]);
  });

  it('keeps a dash before other words and a contrast inside a quotation', () => {
    checkAttributions('She said the port would reopen — probably by the end of the month.', [
      { cue: 'said', source: 'She', content: 'the port would reopen — probably by the end of the month' },
    ]);
    checkAttributions('He said: “We will rebuild — though it will take years.”', [
      { cue: 'said', source: 'He', content: '“We will rebuild — though it will take years.”' },
    ]);
  });
});

describe('the words before an interrupting cue that a quotation goes on from', () => {
  it('adds them to the quotation as content of the same cue', () => {
    checkAttributions('While exports rose in the spring, the minister said, “the outlook for the winter is grim.”', [
      { cue: 'said', source: 'the minister', content: 'While exports rose in the spring' },
      { cue: 'said', source: 'the minister', content: '“the outlook for the winter is grim.”', type: 'direct' },
    ]);
    checkAttributions("The harbour's new crane, Ms Lund said, “is a perfect example of what the port needs.”", [
      { cue: 'said', source: 'Ms Lund', content: "The harbour's new crane" },
      { cue: 'said', source: 'Ms Lund', content: '“is a perfect example of what the port needs.”' },
    ]);
    checkAttributions('Building the bridge in winter, he said, “was a mistake.”', [
      { cue: 'said', source: 'he', content: 'Building the bridge in winter' },
      { cue: 'said', source: 'he', content: '“was a mistake.”' },
    ]);
  });

  it('leaves out a connective, a phrase of time or manner and a participle before a new sentence', () => {
    checkAttributions('However, he said, “we will not give up.”', [{ cue: 'said', source: 'he', content: '“we will not give up.”' }]);
    checkAttributions('In a statement on Friday, the union said, “Our members will not accept this.”', [
      { cue: 'said', source: 'the union', content: '“Our members will not accept this.”' },
    ]);
    checkAttributions('Looking back on the flood, the mayor said, “We were lucky.”', [{ cue: 'said', source: 'the mayor', content: '“We were lucky.”' }]);
  });
});

describe('a verb of naming in a relative clause whose object is the noun before its subject', () => {
  it('reads the subject as the source and the noun phrase with the judgement as the content', () => {
    checkAttributions('The navy put the losses at 12 ships, a figure Western analysts at the time called inflated.', [
      { cue: 'put', source: 'The navy', content: 'the losses at 12 ships, a figure Western analysts at the time called inflated' },
      { cue: 'called', source: 'Western analysts', content: 'a figure' },
      { cue: 'called', source: 'Western analysts', content: 'inflated' },
    ]);
    checkAttributions('It was a move that the opposition described as a betrayal of farmers.', [
      { cue: 'described', source: 'the opposition', content: 'a move' },
      { cue: 'described', source: 'the opposition', content: 'as a betrayal of farmers' },
    ]);
    checkAttributions('The council passed the budget, which critics called reckless.', [
      { cue: 'called', source: 'critics', content: 'which' },
      { cue: 'called', source: 'critics', content: 'reckless' },
    ]);
    checkAttributions('The minister cited a survey, a study the union called "deeply flawed".', [
      { cue: 'cited', source: 'The minister', content: 'a survey, a study the union called "deeply flawed"' },
      { cue: 'called', source: 'the union', content: 'a study' },
      { cue: 'called', source: 'the union', content: '"deeply flawed"' },
    ]);
  });

  it('leaves a verb with its own object, a particle or a passive alone', () => {
    checkAttributions('The fishing unions called the quota unfair.', [{ cue: 'called', source: 'The fishing unions', content: 'the quota unfair' }]);
    checkAttributions('The port called off the strike.', []);
    expect(attributionsOf('The new ferry is called Aurora.').some((a) => a.source !== null)).toBe(false);
  });
});

describe('a verb ending a relative clause whose object is the relative pronoun', () => {
  it('reads the subject as the source and the pronoun as the content ("a charge that the mayor has always denied" had no attribution)', () => {
    checkAttributions('The council cut the budget, which the mayor strongly opposed.', [{ cue: 'strongly opposed', source: 'the mayor', content: 'which' }]);
    checkAttributions('The council raised fees again, a charge that the mayor has always denied.', [{ cue: 'has always denied', source: 'the mayor', content: 'that' }]);
    checkAttributions('It was a claim that the ministry strongly disputes.', [{ cue: 'strongly disputes', source: 'the ministry', content: 'that' }]);
  });

  it('ends the report at the comma that closes the clause ("The charge, which Reed denied, was dropped." reported "was dropped" too)', () => {
    checkAttributions('The charge, which Tom Reed denied, was dropped on Monday.', [{ cue: 'denied', source: 'Tom Reed', content: 'which' }]);
    // With no relative pronoun, the comma after an opening "as" clause leads to the content.
    checkAttributions('As Ms. Berg observed, the port is too small.', [{ cue: 'observed', source: 'Ms. Berg', content: 'the port is too small' }]);
    checkAttributions('The memo that Tom Reed wrote, aides said, was leaked.', [
      { cue: 'said', source: 'aides', content: 'The memo that Tom Reed wrote' }, { cue: 'wrote', source: 'Tom Reed', content: 'that' }, { cue: 'said', source: 'aides', content: 'was leaked' },
    ]);
    // "that" after a verb or an adjective opens what was said ("It emerged that Reed warned," lost its content).
    checkAttributions('It emerged that Tom Reed warned, the Ostvik pier was unsafe.', [{ cue: 'warned', source: 'Tom Reed', content: 'the Ostvik pier was unsafe' }]);
    // A concession's main clause is no one's words.
    checkAttributions('Whatever Tom Reed says, the Ostvik pier will close.', []);
  });

  it('leaves a thing given or refused, a forecast figure, a passive and a "that" after a verb alone', () => {
    const offered = 'Voters liked the app, which the council offered.';
    expect(attributionsOf(offered).map((a) => offered.slice(a.cue.start, a.cue.end))).toEqual(['liked']);
    checkAttributions('The firm earned $2 a share, more than the $1.50 that analysts expected.', []);
    checkAttributions('The levy was opposed.', []);
    checkAttributions('He said that they objected.', [{ cue: 'said', source: 'He', content: 'that they objected' }]);
  });
});

describe('a verb joined by "and" to the verb of a "who" clause', () => {
  it('shares the relative pronoun as its source ("Lund, who endorsed Berg and said he would ..." had no cue "said")', () => {
    checkAttributions('Tom Lund, who endorsed Ana Berg in May and said he would campaign with her, did not show up.', [
      { cue: 'endorsed', source: 'who', content: 'Ana Berg in May', speaker: 'Tom Lund' },
      { cue: 'said', source: 'who', content: 'he would campaign with her', speaker: 'Tom Lund' },
    ]);
  });

  it('leaves a question\'s "who" alone', () => {
    expect(attributionsOf('Who saw the crash and said nothing?').some((a) => a.source !== null && a.cue.start === 'Who saw the crash and '.length)).toBe(false);
  });
});

describe('a name that is also a modal', () => {
  it('reads "May" or "Will" before a verb of saying in the past as the speaker, since no modal stands before a past tense ("Anna May said" had the cue "May said" and the source "Anna")', () => {
    checkAttributions('Home affairs spokeswoman Anna May said the plan would fail.', [
      { cue: 'said', source: 'Home affairs spokeswoman Anna May', content: 'the plan would fail' },
    ]);
    checkAttributions('“The tour is back on,” May wrote on his website.', [{ cue: 'wrote', source: 'May', content: '“The tour is back on,”' }]);
    checkAttributions('In short, Will wrote, the governor can still win.', [
      { cue: 'wrote', source: 'Will', content: 'In short' },
      { cue: 'wrote', source: 'Will', content: 'the governor can still win' },
    ]);
  });

  it('leaves a modal before a verb in its base form alone', () => {
    checkAttributions('Will voters back the plan?', []);
    checkAttributions('Prices May Rise, Analysts Say', [{ cue: 'Say', source: 'Analysts', content: 'Prices May Rise' }]);
  });

  it('reads a modal before a surname as a given name after a verb of saying or before one in the past ("said Will Brannock" had no source: "Will" was read as a question\'s modal)', () => {
    checkAttributions('“The squad played well,” said Will Brannock, the coach.', [
      { cue: 'said', source: 'Will Brannock, the coach', content: '“The squad played well,”', speaker: 'Will Brannock', role: 'coach' },
    ]);
    checkAttributions('“Rates will rise,” said May Larsen.', [{ cue: 'said', source: 'May Larsen', content: '“Rates will rise,”', speaker: 'May Larsen' }]);
    checkAttributions('Will Brannock said the squad had played well.', [{ cue: 'said', source: 'Will Brannock', content: 'the squad had played well', speaker: 'Will Brannock' }]);
    checkAttributions('“Rates will rise,” said Hope Tanner.', [{ cue: 'said', source: 'Hope Tanner', content: '“Rates will rise,”', speaker: 'Hope Tanner' }]);
    // A question opens with the modal, and a headline's capitals are no name.
    checkAttributions('Will Brannock say he is staying?', []);
    checkAttributions('Rates Will Rise Again, Brokers Say', [{ cue: 'Say', source: 'Brokers', content: 'Rates Will Rise Again' }]);
  });
});

describe('a subject whose relative clause about a person the walk back stopped inside', () => {
  it('takes the noun phrase before "who" or "whose" with its clause ("people who have fished the bay say" had the source "the bay")', () => {
    checkAttributions('On the coast, people who have fished the bay for decades say the stocks are gone.', [
      { cue: 'say', source: 'people who have fished the bay for decades', content: 'the stocks are gone' },
    ]);
    checkAttributions('But some who live near the harbour argue that it will cost too much.', [
      { cue: 'argue', source: 'some who live near the harbour', content: 'that it will cost too much' },
    ]);
    checkAttributions('Anyone who knows anything about Halden knows he will not resign.', [
      { cue: 'knows', source: 'Anyone who knows anything about Halden', content: 'he will not resign' },
    ]);
  });

  it('leaves a clause of its own before the subject alone', () => {
    checkAttributions('Voters can see who funds the parties but the watchdog says there are still doubts.', [
      { cue: 'says', source: 'the watchdog', content: 'there are still doubts' },
    ]);
    checkAttributions('Residents who elected the mayor walked out as two councillors claimed the vote was rigged.', [
      { cue: 'claimed', source: 'two councillors', content: 'the vote was rigged' },
    ]);
  });
});

describe('two subjects joined by "and" before the verb', () => {
  it('takes both when the second opens with a title or a determiner ("Ana Ruiz and former mayor Jan Lund said" had "former mayor Jan Lund")', () => {
    checkAttributions('Councillor Ana Ruiz and former mayor Jan Lund have both opposed the plan.', [
      { cue: 'have both opposed', source: 'Councillor Ana Ruiz and former mayor Jan Lund', content: 'the plan' },
    ]);
    checkAttributions('Since the vote, many economists and some bankers say the rate will rise.', [
      { cue: 'say', source: 'many economists and some bankers', content: 'the rate will rise' },
    ]);
    checkAttributions('Dr Berg, Ms Holm and other local doctors said the clinic should stay open.', [
      { cue: 'said', source: 'Dr Berg, Ms Holm and other local doctors', content: 'the clinic should stay open' },
    ]);
  });

  it('leaves an object or a time before "and" out of the subject', () => {
    checkAttributions('The ferry sails until midnight on 16 May and a port spokesman said it would be full.', [
      { cue: 'said', source: 'a port spokesman', content: 'it would be full' },
    ]);
  });
});

describe('a clause with no relative pronoun after a plain noun, opened by a quantifier or a possessive', () => {
  it('takes the clause\'s own subject as the source ("the coronation many pundits had forecast" had the whole phrase)', () => {
    checkAttributions('It was the coronation many pundits had forecast for the mayor.', [{ cue: 'had forecast for', source: 'many pundits', content: 'the mayor' }]);
    checkAttributions('Here are some ways her campaign hopes to win back rural voters.', [
      { cue: 'hopes', source: 'her campaign', content: 'to win back rural voters' },
    ]);
  });

  it('keeps a whole subject whose clause has a verb of its own, and a quantifier after a possessive', () => {
    checkAttributions('All the experts I interviewed said the bridge was safe.', [{ cue: 'said', source: 'All the experts I interviewed', content: 'the bridge was safe' }]);
    checkAttributions("The city's many critics say the plan is too costly.", [{ cue: 'say', source: "The city's many critics", content: 'the plan is too costly' }]);
  });
});

describe('a passive in a relative clause about a person', () => {
  it('has no source when no agent follows ("Ana Ruiz, who is expected to stand" had the source "who")', () => {
    checkAttributions('Ana Ruiz, who is expected to stand for mayor, toured the harbour.', [{ cue: 'is expected', source: null, content: 'to stand for mayor' }]);
  });
});

describe('a name after a word that opens the clause, with an appositive before the cue', () => {
  it('starts the source at the name ("Even Berg, a longtime ally, said" had only the appositive)', () => {
    checkAttributions('Even Berg, a longtime ally of the mayor, said the plan would fail.', [
      { cue: 'said', source: 'Berg, a longtime ally of the mayor', content: 'the plan would fail', speaker: 'Berg' },
    ]);
    checkAttributions('As Jan Lund, an expert on shipping at the Halden Institute, noted, the port is busy.', [
      { cue: 'noted', source: 'Jan Lund, an expert on shipping at the Halden Institute', content: 'the port is busy', speaker: 'Jan Lund' },
    ]);
  });

  it('leaves an opening phrase that is no name alone', () => {
    checkAttributions('As a result, the firm, a unit of Halden, said profits fell.', [{ cue: 'said', source: 'the firm, a unit of Halden', content: 'profits fell' }]);
  });
});

describe('a short quotation inside the appositive before the verb', () => {
  it('ends the subject, which keeps an appositive noun phrase and leaves out a clause ("a host of “The Hour,” refused" had no source)', () => {
    checkAttributions('Dana Berg, a host of “The Hour,” refused to go along with the plan.', [
      { cue: 'refused', source: 'Dana Berg, a host of “The Hour,”', content: 'to go along with the plan', speaker: 'Dana Berg' },
    ]);
    // The relative clause is an attribution of its own, ending with the quotation that holds its comma.
    checkAttributions('Berg, who calls the plan a “farce,” said it would fail.', [
      { cue: 'calls', source: 'who', content: 'the plan a “farce,”' },
      { cue: 'said', source: 'Berg', content: 'it would fail' },
    ]);
  });

  it('leaves a quotation before an inverted cue to its speaker after it', () => {
    checkAttributions('“We will win,” said Ruiz.', [{ cue: 'said', source: 'Ruiz', content: '“We will win,”' }]);
  });
});

describe('a subject pronoun written with its auxiliary', () => {
  it('is the whole source of a verb further on ("She\'s a supporter but concedes" had "She\'s a Ruiz")', () => {
    checkAttributions("She's a Ruiz supporter but concedes that the plan is weak.", [{ cue: 'concedes', source: 'She', content: 'that the plan is weak' }]);
    checkAttributions('He’s a farmer from Osage and says the rain came late.', [{ cue: 'says', source: 'He', content: 'the rain came late' }]);
  });
});

describe('a long phrase of a preposition between the subject and the verb', () => {
  it('is no part of the source ("Ana Ruiz, in a long interview about ..., said" had the phrase in the source)', () => {
    checkAttributions('Ana Ruiz, in a long interview about the future of the harbour and its workers, said the port would stay open.', [
      { cue: 'said', source: 'Ana Ruiz', content: 'the port would stay open' },
    ]);
  });
});

describe('whom the speaker serves after "to"', () => {
  it('stays in the source ("Aides to the mayor say" had the source "the mayor")', () => {
    checkAttributions('Aides to the mayor say the plan is dead.', [{ cue: 'say', source: 'Aides to the mayor', content: 'the plan is dead', speaker: null }]);
    checkAttributions('A longtime adviser to Ana Ruiz said the vote was close.', [
      { cue: 'said', source: 'A longtime adviser to Ana Ruiz', content: 'the vote was close', speaker: null, role: 'longtime adviser to Ana Ruiz' },
    ]);
  });

  it('leaves "to" after a word that serves no one alone', () => {
    checkAttributions('He sent the letter to aides and officials said it was lost.', [{ cue: 'said', source: 'aides and officials', content: 'it was lost' }]);
  });
});

describe('"another" alone as the subject', () => {
  it('is the source ("Another said" had none)', () => {
    checkAttributions('One trader said prices would fall. Another said they would rise.', [
      { cue: 'said', source: 'One trader', content: 'prices would fall' },
      { cue: 'said', source: 'Another', content: 'they would rise' },
    ]);
  });
});

describe('an opening curly quote mark typed where a closing one belongs', () => {
  it('closes the quotation (“Too late,“ he said had no cue: the mark opened a second quotation)', () => {
    checkAttributions('“Apparently not,“ he said. “The ferry never came.”', [
      { cue: 'said', source: 'he', content: '“Apparently not,“' },
      { cue: 'said', source: 'he', content: '“The ferry never came.”' },
    ]);
    checkAttributions('“The pier could close,“ said Tom Reed, a harbour pilot.', [{ cue: 'said', source: 'Tom Reed, a harbour pilot', content: '“The pier could close,“' }]);
  });

  it('still opens a quotation after a space', () => {
    checkAttributions('Tom Reed said: “The pier could close.”', [{ cue: 'said', source: 'Tom Reed', content: '“The pier could close.”' }]);
  });
});

describe('a tripled apostrophe ending a nested quotation and its outer one', () => {
  it("closes the quotation (''... the word 'reckless,''' said X had no cue)", () => {
    checkAttributions("''I would use the word 'reckless,''' said Ana Lima. ''It is all lies.''", [
      { cue: 'said', source: 'Ana Lima', content: "''I would use the word 'reckless,'''" },
      { cue: 'said', source: 'Ana Lima', content: "''It is all lies.''" },
    ]);
  });
});

describe('a title in quotation marks between the cue and "that"', () => {
  it('is part of the place ("said on Radio Kernow\'s “Morning Show” that" had no attribution)', () => {
    checkAttributions('Lima said on Radio Kernow’s “Morning Show” that she would review the plan.', [{ cue: 'said', source: 'Lima', content: 'that she would review the plan' }]);
    checkAttributions('Lima told the "Harbour Gazette" that she would review the plan.', [{ cue: 'told', source: 'Lima', content: 'that she would review the plan' }]);
  });

  it('is not a quotation of words in lower case', () => {
    checkAttributions('Lima said on "the worst day" that she would go.', []);
  });
});

describe('a relative clause set off by commas between the cue and "that"', () => {
  it('describes the place or addressee ("said on Sky, where he is now a pundit, that" had no attribution)', () => {
    checkAttributions('Tom Lane said on Sky, where he is now a pundit, that Reed should resign.', [{ cue: 'said', source: 'Tom Lane', content: 'that Reed should resign' }]);
    checkAttributions('Lima told the board, which met on Monday in the old customs house by the quay, that the pier was unsafe.', [
      { cue: 'told', source: 'Lima', content: 'that the pier was unsafe' },
    ]);
  });

  it('ends the role before "whom" ("a port rival whom Reed fired" was the role)', () => {
    checkAttributions('Tom Lane, a port rival whom Reed fired last year, said on Sky that Reed should resign.', [
      { cue: 'said', source: 'Tom Lane, a port rival whom Reed fired last year', content: 'that Reed should resign', role: 'port rival' },
    ]);
  });
});

describe('a work written as the object of "write"', () => {
  it('is no report ("he wrote the music for a play" depended on the cue model\'s weights)', () => {
    checkAttributions('In 2019 she wrote a novel about the harbour strike.', []);
    checkAttributions('He wrote the songs for the Truro pageant.', []);
  });

  it('keeps reports written in or beside a work', () => {
    checkAttributions('She wrote in her memoir that the strike was lost.', [{ cue: 'wrote', source: 'She', content: 'that the strike was lost' }]);
    checkAttributions('He wrote the book, and he wrote that the pier was unsafe.', [{ cue: 'wrote', source: 'he', content: 'that the pier was unsafe' }]);
  });
});

describe('a participle of saying after a comma with a reported clause of its own', () => {
  it('is a whole report frame the cue model need not weigh ("adding 40 tonnes of aid came" depended on its weights)', () => {
    checkAttributions('"We cannot stay," said Tom Reed, a pilot, adding 40 tonnes of aid had come.', [
      { cue: 'said', source: 'Tom Reed, a pilot', content: '"We cannot stay,"' },
      { cue: 'adding', source: 'Tom Reed, a pilot', content: '40 tonnes of aid had come' },
    ]);
  });

  it('leaves other participles and objects alone', () => {
    checkAttributions('The port closed on Monday, leaving 300 workers idle.', []);
    checkAttributions('She left the hall, saying nothing.', []);
  });
});

describe('a quotation ending a relative clause set off after the subject', () => {
  it('ends the clause\'s content, and the verb after it reports its own clause (\'Berg, who calls the plan a “farce,” said\' gave "said" the aside as content)', () => {
    checkAttributions('Lima, who has called the tax "theft," voted against it.', [{ cue: 'has called', source: 'who', content: 'the tax "theft,"' }]);
    checkAttributions('The mayor, who once said “we will never sell,” signed the deal.', [{ cue: 'once said', source: 'who', content: '“we will never sell,”' }]);
  });

  it('leaves a quotation before "said" with no relative clause to the verb', () => {
    checkAttributions('“We will never sell,” said the mayor.', [{ cue: 'said', source: 'the mayor', content: '“We will never sell,”' }]);
  });
});

describe('knowing something about a topic', () => {
  it('reports no view ("knows anything about Halden" was a cue)', () => {
    checkAttributions('Few people know much about the harbour.', []);
    checkAttributions('Ruiz knows the harbour will close.', [{ cue: 'knows', source: 'Ruiz', content: 'the harbour will close' }]);
  });
});

describe('a relative pronoun as the source', () => {
  it('reports what follows its verb, not the quotation before the pronoun ("which had warned of a fall of 9%" had the quotation and "said ..." as content)', () => {
    checkAttributions('"Prices will be flat," said Ines Varga of Harbour Analytics, which had warned of a fall of 9%.', [
      { cue: 'said', source: 'Ines Varga of Harbour Analytics', content: '"Prices will be flat,"' },
      { cue: 'had warned of', source: 'which', content: 'a fall of 9%' },
    ]);
  });
});

describe('"Asked" opening a sentence with a time, a place or the asker before the question', () => {
  it('reports the question, the asker after "by" its source ("Asked on Monday whether ..." and "Asked by reporters about ..." had no cue)', () => {
    checkAttributions('Asked on Monday whether the port would close, Reed said it would not.', [
      { cue: 'Asked', source: null, content: 'whether the port would close' },
      { cue: 'said', source: 'Reed', content: 'it would not' },
    ]);
    checkAttributions('Asked by the BBC to respond to the audit, Lima said it was wrong.', [
      { cue: 'Asked', source: 'the BBC', content: 'to respond to the audit' },
      { cue: 'said', source: 'Lima', content: 'it was wrong' },
    ]);
    checkAttributions('Asked about the strike, Lima said the talks would resume.', [
      { cue: 'Asked about', source: null, content: 'the strike' },
      { cue: 'said', source: 'Lima', content: 'the talks would resume' },
    ]);
  });

  it('needs a question before the comma', () => {
    checkAttributions('Asked in a loud voice, the crowd cheered.', []);
  });
});

describe('another past participle opening the sentence before a main clause', () => {
  it('reports up to its comma with no source ("Questioned about the crash, he said ..." reported the main clause too)', () => {
    checkAttributions('Questioned about the crash, Tom Reed said the ferry was safe.', [
      { cue: 'Questioned about', source: null, content: 'the crash' },
      { cue: 'said', source: 'Tom Reed', content: 'the ferry was safe' },
    ]);
    checkAttributions('Dubbed "the cost cutter" for his work at Nordvik, Tom Reed said the port would close.', [
      { cue: 'Dubbed', source: null, content: '"the cost cutter" for his work at Nordvik' },
      { cue: 'said', source: 'Tom Reed', content: 'the port would close' },
    ]);
  });

  it('reports nothing when an agent follows it ("Encouraged by the vote, Reed said" made the main clause its content)', () => {
    checkAttributions('Encouraged by the vote, Tom Reed said the port would reopen.', [{ cue: 'said', source: 'Tom Reed', content: 'the port would reopen' }]);
  });
});

describe('"asked" after "when" or "if" with no subject', () => {
  it('reports the question ("said when asked about the strike" had no cue)', () => {
    checkAttributions('"The talks will resume," Lima said when asked about the strike.', [
      { cue: 'said', source: 'Lima', content: '"The talks will resume,"' },
      { cue: 'asked about', source: null, content: 'the strike' },
    ]);
    checkAttributions('"Absolutely," he said when asked by a reporter if that remained his view.', [
      { cue: 'said', source: 'he', content: '"Absolutely,"' },
      { cue: 'asked', source: 'a reporter', content: 'if that remained his view' },
    ]);
    // "whom" asks a question as "who" does.
    checkAttributions('When asked whom she would back, Ms. Holm smiled.', [{ cue: 'asked', source: null, content: 'whom she would back' }]);
  });

  it('needs a question after it', () => {
    checkAttributions('He smiled when asked.', []);
  });
});

describe('the subject of a verb that is not the cue, read forward from the sentence start', () => {
  it('takes the head noun after an article and a word in -ed ("The retired surgeon ..., saying" had the source "The")', () => {
    checkAttributions('The retired surgeon has visited the clinic twice, saying that it would reopen.', [
      { cue: 'saying', source: 'The retired surgeon', content: 'that it would reopen' },
    ]);
  });

  it('takes the head noun after a name\'s possessive ("Lund\'s younger sister", "Halden\'s biggest union" had the source "Lund\'s")', () => {
    checkAttributions('Lund\'s younger sister went to school in Halden, saying the harbour was her home.', [
      { cue: 'saying', source: 'Lund\'s younger sister', content: 'the harbour was her home' },
    ]);
    checkAttributions('Halden\'s biggest union visited the port on Monday, saying that trade would grow.', [
      { cue: 'saying', source: 'Halden\'s biggest union', content: 'that trade would grow' },
    ]);
  });

  it('takes plain nouns ending in people after a name ("Harbour safety experts", "Berg aides" had the source "Harbour", "Berg")', () => {
    checkAttributions('Harbour safety experts have visited the pier, saying it is too weak.', [
      { cue: 'saying', source: 'Harbour safety experts', content: 'it is too weak', speaker: null },
    ]);
    checkAttributions('Berg aides also spent Sunday at the harbour, saying that the vote would hold.', [
      { cue: 'saying', source: 'Berg aides', content: 'that the vote would hold', speaker: null },
    ]);
  });

  it('leaves out the object of a verb after a name, and a word in -ed after a quantifier', () => {
    checkAttributions('Tom Reed greeted voters at the pier, saying the count was fair.', [{ cue: 'saying', source: 'Tom Reed', content: 'the count was fair' }]);
    checkAttributions('Tom Reed met voters at the pier, saying the count was fair.', [{ cue: 'saying', source: 'Tom Reed', content: 'the count was fair' }]);
    checkAttributions('Many greeted the mayor at the pier, saying the count was fair.', [{ cue: 'saying', source: 'Many', content: 'the count was fair' }]);
  });

  it('keeps a party tag after the name ("Sen. Tom Reed (D-Ohio) visited ..., calling" had the source "Sen. Tom Reed")', () => {
    checkAttributions('Sen. Tom Reed (D-Ohio) visited the pier, calling it a disgrace.', [
      { cue: 'calling', source: 'Sen. Tom Reed (D-Ohio)', content: 'it a disgrace', speaker: 'Tom Reed' },
    ]);
    checkAttributions('The Harbour Union (HU) visited the pier, calling it a disgrace.', [{ cue: 'calling', source: 'The Harbour Union', content: 'it a disgrace' }]);
  });

  it('keeps an appositive between commas before the verb ("Anna Berg, a former director of the Harbour Trust, visited ..., saying" had the source "Anna Berg")', () => {
    checkAttributions('Anna Berg, a former director of the Harbour Trust, visited the port on Monday, saying that trade would grow.', [
      { cue: 'saying', source: 'Anna Berg, a former director of the Harbour Trust', content: 'that trade would grow', speaker: 'Anna Berg' },
    ]);
    checkAttributions('Ivo Lund, president of the Halden Rowing Club, toured the pier, saying it was unsafe.', [
      { cue: 'saying', source: 'Ivo Lund, president of the Halden Rowing Club', content: 'it was unsafe', speaker: 'Ivo Lund' },
    ]);
  });

  it('leaves out a phrase after the subject\'s comma that no verb follows, or one that is no appositive', () => {
    checkAttributions('Tom Reed, the port director and Ana Lund left the hall, saying the count was fair.', [{ cue: 'saying', source: 'Tom Reed', content: 'the count was fair' }]);
    checkAttributions('Tom Reed, in his last week as director, toured the pier, saying it was unsafe.', [{ cue: 'saying', source: 'Tom Reed', content: 'it was unsafe' }]);
  });
});

describe('members of a group named after "including"', () => {
  it('stay in the source ("Several mayors, including Tom Reed, said" had the source "Several mayors")', () => {
    // The member named is the speaker, as parseSource reads "Critics, including former minister Arne Holm".
    checkAttributions('Several mayors, including Tom Reed, said the port would close.', [
      { cue: 'said', source: 'Several mayors, including Tom Reed', content: 'the port would close', speaker: 'Tom Reed' },
    ]);
    checkAttributions('Other dock unions, including the Halden Dockers Union, have visited the pier, saying it is unsafe.', [
      { cue: 'saying', source: 'Other dock unions, including the Halden Dockers Union', content: 'it is unsafe' },
    ]);
  });

  it('leaves out a participle clause between the subject and the cue as before', () => {
    checkAttributions('The board, facing higher costs, said the port would close.', [{ cue: 'said', source: 'The board', content: 'the port would close' }]);
  });
});

describe('a subject of two noun phrases joined by "and", read forward from the sentence start', () => {
  it('takes both into the source ("Tom Reed and Anna Berg stood ..., saying" had the source "Tom Reed")', () => {
    checkAttributions('Tom Reed and Anna Berg stood side by side on Thursday, saying the port would close.', [
      { cue: 'saying', source: 'Tom Reed and Anna Berg', content: 'the port would close' },
    ]);
    checkAttributions('The harbour board and the city council need to realize that the port is full.', [
      { cue: 'need to realize', source: 'The harbour board and the city council', content: 'that the port is full' },
    ]);
    checkAttributions('Dock workers and their families are rushing to the pier, fearing it will close.', [
      { cue: 'fearing', source: 'Dock workers and their families', content: 'it will close' },
    ]);
  });

  it('leaves out a clause joined by "and" after the subject\'s verb', () => {
    checkAttributions('Tom Reed visited the pier and the mayor stayed home, saying it was unsafe.', [{ cue: 'saying', source: 'Tom Reed', content: 'it was unsafe' }]);
  });
});

describe('a noun phrase that goes on past a preposition or a title', () => {
  it('keeps whom an unnamed source is close to or knows about after the cue ("said a source close" was the source)', () => {
    checkAttributions('“The port is full,” said a source close to the mayor.', [{ cue: 'said', source: 'a source close to the mayor', content: '“The port is full,”' }]);
    checkAttributions('“The port is full,” said one person with knowledge of the talks.', [
      { cue: 'said', source: 'one person with knowledge of the talks', content: '“The port is full,”' },
    ]);
    checkAttributions('“The port is full,” said a longtime adviser to the mayor.', [{ cue: 'said', source: 'a longtime adviser to the mayor', content: '“The port is full,”' }]);
  });

  it('ends the source after the cue at a time as before', () => {
    checkAttributions('“The port is full,” said a source close to the mayor on Tuesday.', [{ cue: 'said', source: 'a source close to the mayor', content: '“The port is full,”' }]);
  });

  it('reads a title after a capitalised word as part of the subject ("U.S. District Judge Tom Reed" was "U.S. District")', () => {
    checkAttributions('District Judge Tom Reed sided with the port, saying the ban was unlawful.', [
      { cue: 'sided with', source: 'District Judge Tom Reed', content: 'the port', speaker: 'Tom Reed' },
      { cue: 'saying', source: 'District Judge Tom Reed', content: 'the ban was unlawful', speaker: 'Tom Reed' },
    ]);
    checkAttributions('A Halden District Court judge sided with the port, saying the ban was unlawful.', [
      { cue: 'sided with', source: 'A Halden District Court judge', content: 'the port' },
      { cue: 'saying', source: 'A Halden District Court judge', content: 'the ban was unlawful' },
    ]);
  });

  it('keeps the time that dates a poll or a report ("A Halden poll out Monday showed" had the source "A Halden poll out")', () => {
    checkAttributions('A Halden poll out Monday showed Berg with a lead.', [{ cue: 'showed', source: 'A Halden poll out Monday', content: 'Berg with a lead', speaker: 'Halden' }]);
    checkAttributions('A Halden Herald poll last week found Berg with a lead.', [
      { cue: 'found', source: 'A Halden Herald poll last week', content: 'Berg with a lead', speaker: 'Halden Herald' },
    ]);
  });

  it('leaves out a time after "on" or after a name', () => {
    checkAttributions('The report on Friday said the port was closed.', [{ cue: 'said', source: 'The report', content: 'the port was closed' }]);
    checkAttributions('Sen. Reed on Friday said the port was closed.', [{ cue: 'said', source: 'Sen. Reed', content: 'the port was closed' }]);
  });
});

describe('an appositive after a name that follows the cue', () => {
  it('keeps an owner\'s relation closed by a comma and a party tag ("wrote Ivo Lund, Berg\'s nephew, on Facebook" had the source "Ivo Lund")', () => {
    checkAttributions('“The port is full,” wrote Ivo Lund, Berg\'s nephew, on Facebook.', [
      { cue: 'wrote', source: 'Ivo Lund, Berg\'s nephew', content: '“The port is full,”', speaker: 'Ivo Lund' },
    ]);
    checkAttributions('“The port is full,” said Sen. Tom Reed, R-Ohio.', [{ cue: 'said', source: 'Sen. Tom Reed, R-Ohio', content: '“The port is full,”', speaker: 'Tom Reed' }]);
  });

  it('leaves out an owner\'s noun that opens a clause', () => {
    checkAttributions('“The port is full,” said Ivo Lund, Berg\'s economy is weak.', [{ cue: 'said', source: 'Ivo Lund', content: '“The port is full,”' }]);
  });
});

describe('a "who" clause after a source named after the cue that says why it goes unnamed', () => {
  it('is left out ("said one person with knowledge of the talks, who spoke on the condition of anonymity" took the clause in)', () => {
    checkAttributions('“The port is full,” said one person with knowledge of the talks, who spoke on the condition of anonymity.', [
      { cue: 'said', source: 'one person with knowledge of the talks', content: '“The port is full,”' },
    ]);
    checkAttributions('“The port is full,” said a longtime adviser to the mayor, who declined to be identified.', [
      { cue: 'said', source: 'a longtime adviser to the mayor', content: '“The port is full,”' },
    ]);
  });

  it('stays when it describes the speaker', () => {
    checkAttributions('“The port is full,” said Ana Berg, who has run the port since 1990.', [
      { cue: 'said', source: 'Ana Berg, who has run the port since 1990', content: '“The port is full,”' },
    ]);
  });
});

describe('a long source after "according to"', () => {
  it('runs past 15 words to its comma or the sentence end ("... for the Nordic Press and Television Networks" lost "Networks")', () => {
    checkAttributions('The plan won 54%, according to early results of the exit poll conducted by Halden Research for the Nordic Press and Television Networks.', [
      { cue: 'according to', source: 'early results of the exit poll conducted by Halden Research for the Nordic Press and Television Networks', content: 'The plan won 54%' },
    ]);
  });

  it('takes no more than 15 words of a phrase that holds a clause of its own, with no comma after the source', () => {
    const text = 'According to Nordline the ships were sent via ports owned by the Halden Ministries of Fishing and Coastal Transport, and two more are due.';
    const source = attributionsOf(text).find((a) => text.slice(a.cue.start, a.cue.end) === 'According to')?.source;
    expect(source && text.slice(source.start, source.end).endsWith('Coastal Transport')).toBe(false);
  });
});

describe('a source that runs on over its subject’s own verb', () => {
  it('ends before that verb ("Mendez took the stage", "the campaign risks", "engineers cannot" were sources)', () => {
    checkAttributions('Mendez took the stage Friday at the Harbor Hall in Dunmore and called the tax plan “a disgrace.”', [
      { cue: 'called', source: 'Mendez', content: 'the tax plan “a disgrace.”' },
    ]);
    checkAttributions("Lund's campaign shrugged off Mendez's remarks, telling reporters the race was far from over.", [
      { cue: 'telling', source: "Lund's campaign", content: 'the race was far from over' },
    ]);
    checkAttributions('But the Lund campaign risks underestimating the appeal of Mr. Mendez by dismissing him as a fad.', [
      { cue: 'dismissing', source: 'the Lund campaign', content: 'him as a fad' },
    ]);
    checkAttributions('Dunmore engineers cannot necessarily claim the same.', [{ cue: 'necessarily claim', source: 'Dunmore engineers', content: 'the same' }]);
    checkAttributions('Anna Lund sternly reprimanded Mr. Mendez, saying at a rally that he had insulted the families.', [
      { cue: 'sternly reprimanded', source: 'Anna Lund', content: 'Mr. Mendez' },
      { cue: 'saying', source: 'Anna Lund', content: 'that he had insulted the families' },
    ]);
    checkAttributions('The mayor will soon say that the port is closed.', [{ cue: 'say', source: 'The mayor', content: 'that the port is closed' }]);
  });

  it('keeps a reduced relative, a naming participle and a relative clause in the source', () => {
    checkAttributions('A poll carried out by the Harbor Institute found that most residents back the plan.', [
      { cue: 'found', source: 'A poll carried out by the Harbor Institute', content: 'that most residents back the plan' },
    ]);
    checkAttributions('A letter signed by forty doctors warned that the ward was unsafe.', [
      { cue: 'warned', source: 'A letter signed by forty doctors', content: 'that the ward was unsafe' },
    ]);
    checkAttributions('Analysts polled by the bank expect rates to rise.', [{ cue: 'expect', source: 'Analysts polled by the bank', content: 'rates to rise' }]);
    checkAttributions('Ana Lima, who took the job in May, said the port would close.', [
      { cue: 'said', source: 'Ana Lima, who took the job in May', content: 'the port would close' },
    ]);
  });
});

describe('a name after a general noun such as "the place" or "the reason"', () => {
  it('opens a relative clause with no pronoun; the name is the source ("the place Navy officials" was the source)', () => {
    checkAttributions('Harbor Point is now the place Navy officials say the fleet might anchor.', [
      { cue: 'say', source: 'Navy officials', content: 'the fleet might anchor' },
    ]);
    checkAttributions('Those are the ones Harbor Council now says are unsafe.', [{ cue: 'now says', source: 'Harbor Council', content: 'are unsafe' }]);
    // What is asked or said heads such a clause too ("the questions Jimmy Calder" was the source, read as an organisation).
    checkAttributions('These are the questions Tomas Berg will be asking of young players.', [
      { cue: 'will be asking of', source: 'Tomas Berg', content: 'young players' },
    ]);
  });

  it('leaves a noun for a speaker before a name, and an adjective, in the source', () => {
    checkAttributions('The union Unite said the strike would go ahead.', [{ cue: 'said', source: 'The union Unite', content: 'the strike would go ahead' }]);
    checkAttributions('The influential Harbor Affairs Committee said the port would close.', [
      { cue: 'said', source: 'The influential Harbor Affairs Committee', content: 'the port would close' },
    ]);
  });
});

describe('an opening phrase before a speaker with an appositive', () => {
  it('is no part of the source: a sentence adverb, a past participle, a year, the object of a verb or a preposition', () => {
    checkAttributions('Moreover, Jan Lund, director of the Harbor Institute at Dunmore University, noted this week that most plans run only to 2030.', [
      { cue: 'noted', source: 'Jan Lund, director of the Harbor Institute at Dunmore University', content: 'that most plans run only to 2030' },
    ]);
    checkAttributions('Alarmed by the unrest in Dunmore, Senator Tom Reed, the minority leader, said that he spoke with Ms. Lund on Tuesday.', [
      { cue: 'said', source: 'Senator Tom Reed, the minority leader', content: 'that he spoke with Ms. Lund on Tuesday' },
    ]);
    checkAttributions('In a May 2012 message to Lund, Varga, head of the Harbor Center, recounted a conversation she had at a dinner.', [
      { cue: 'recounted', source: 'Varga, head of the Harbor Center', content: 'a conversation she had at a dinner' },
    ]);
    checkAttributions('While Berg did not spell out the path to the nomination in detail, Rep. Ana Ruiz, R-OH, says the plan is clear.', [
      { cue: 'says', source: 'Rep. Ana Ruiz, R-OH', content: 'the plan is clear' },
    ]);
    checkAttributions('Lund remains committed to seeing the race through to the convention, his top aide, Tom Reed, told the Harbor Post.', [
      { cue: 'told', source: 'his top aide, Tom Reed', content: 'Lund remains committed to seeing the race through to the convention' },
    ]);
    checkAttributions('And it was not a slip or an accident — Tom Reed, a spokesman for Lund, told the Post that the mayor knew.', [
      { cue: 'told', source: 'Tom Reed, a spokesman for Lund', content: 'that the mayor knew' },
    ]);
  });

  it('keeps a subject after a conjunction, a relative clause with no name, and a share after a noun', () => {
    checkAttributions('The port reopened, and Smith, a lawyer, said the deal was fair.', [{ cue: 'said', source: 'Smith, a lawyer', content: 'the deal was fair' }]);
    checkAttributions('The port was shut but his lawyer, Ana Ruiz, told reporters it would reopen.', [
      { cue: 'told', source: 'his lawyer, Ana Ruiz', content: 'it would reopen' },
    ]);
    checkAttributions('The delay began after one of its top engineers, Ana Ruiz, admitted hiding the faults.', [
      { cue: 'admitted', source: 'one of its top engineers, Ana Ruiz', content: 'hiding the faults' },
    ]);
    checkAttributions('Mr Lund said the man, who later fled, claimed he was innocent.', [
      { cue: 'said', source: 'Mr Lund', content: 'the man, who later fled, claimed he was innocent' },
      { cue: 'claimed', source: 'the man, who later fled', content: 'he was innocent' },
    ]);
    checkAttributions('To make matters worse 60% of the firms questioned had no plan.', [{ cue: 'questioned', source: '60% of the firms', content: 'had no plan' }]);
  });
});

describe('words before a subject that say when', () => {
  it('are no part of the source: a live blog\'s time, a year before an article, a length of time, an adverb of time', () => {
    checkAttributions('From 2010 to 2013 the Harbor Party led a series of votes arguing against the plan.', [
      { cue: 'arguing against', source: 'the Harbor Party', content: 'the plan' },
    ]);
    checkAttributions('It was not an abstract concern: soon Tom Reed had declared that he would build a wall.', [
      { cue: 'had declared', source: 'Tom Reed', content: 'that he would build a wall' },
    ]);
    checkAttributions('Within five to 10 years Dunmore will claim the whole bay.', [{ cue: 'will claim', source: 'Dunmore', content: 'the whole bay' }]);
    // A verb of saying: whether "’re seeing" is a cue is the cue model's call, which this test is not about.
    checkAttributions('But right now we say the comparison is fair.', [{ cue: 'say', source: 'we', content: 'the comparison is fair' }]);
  });

  it('leaves a year that describes the noun after it', () => {
    checkAttributions('2016 candidates said the rules were unfair.', [{ cue: 'said', source: '2016 candidates', content: 'the rules were unfair' }]);
  });
});

describe('an appositive after a participle’s clause between the name and the verb', () => {
  it('belongs to the clause, which is no part of the source ("a spirited challenge in Ohio, a swing state" was the source)', () => {
    checkAttributions('Sen. Tom Reed, facing a spirited challenge in Ohio, a swing state, said he would welcome the plan.', [
      { cue: 'said', source: 'Sen. Tom Reed', content: 'he would welcome the plan' },
    ]);
    checkAttributions('Tom Reed, speaking later at a rally in Dunmore, Ohio, did not mention the port.', [
      { cue: 'did not mention', source: 'Tom Reed', content: 'the port' },
    ]);
  });

  it('leaves a participle inside the appositive', () => {
    checkAttributions('Ana Ruiz, a lawyer representing the family, said the port was full.', [
      { cue: 'said', source: 'Ana Ruiz, a lawyer representing the family', content: 'the port was full' },
    ]);
  });
});

describe('a verb in "-s" or in the past between two names', () => {
  it('is no role before the second name ("Lund chides Dunmore" was the source, "chides" the role)', () => {
    checkAttributions('Lund chides Dunmore and praises Reed at news conference.', [
      { cue: 'chides', source: 'Lund', content: 'Dunmore' },
      { cue: 'praises', source: 'Lund', content: 'Reed at news conference' },
    ]);
  });

  it('leaves a plural noun for people and a noun in a role', () => {
    checkAttributions('Greek sprinters Tom Reed and Ana Ruiz said they were innocent.', [
      { cue: 'said', source: 'Greek sprinters Tom Reed and Ana Ruiz', content: 'they were innocent' },
    ]);
    checkAttributions('Anglo-Dutch consumer goods giant Harbor said profits rose.', [
      { cue: 'said', source: 'Anglo-Dutch consumer goods giant Harbor', content: 'profits rose' },
    ]);
  });
});

describe('a capitalised auxiliary or adverb after the subject of a headline in title case', () => {
  it('ends the source ("Ana Ruiz Finally" was the source and the speaker)', () => {
    checkAttributions('Ana Ruiz Finally Endorses Harbor Speaker Tom Reed', [{ cue: 'Endorses', source: 'Ana Ruiz', content: 'Harbor Speaker Tom Reed', speaker: 'Ana Ruiz' }]);
    checkAttributions('This Democrat Isn’t Saying Her Opponent Will Win', [{ cue: 'Saying', source: 'This Democrat', content: 'Her Opponent Will Win' }]);
  });

  it('leaves a sentence that is no headline', () => {
    checkAttributions('The Harbor Now group said the port would close.', [{ cue: 'said', source: 'The Harbor Now group', content: 'the port would close' }]);
  });
});

describe('an -ing word that describes the noun after it', () => {
  it('stays in the source ("But leading economists say" had the source "economists")', () => {
    checkAttributions('But leading economists say the levy will fail.', [{ cue: 'say', source: 'leading economists', content: 'the levy will fail' }]);
    checkAttributions('The heads of both shipping firms told reporters the port was safe.', [
      { cue: 'told', source: 'The heads of both shipping firms', content: 'the port was safe' },
    ]);
    checkAttributions("The council's own polling data suggests that support has fallen.", [
      { cue: 'suggests', source: "The council's own polling data", content: 'that support has fallen' },
    ]);
    checkAttributions('Critics fear that rising rents will push families out of Harwick.', [
      { cue: 'fear', source: 'Critics', content: 'that rising rents will push families out of Harwick' },
    ]);
  });

  it('walks over it after "and" that joins two clauses', () => {
    checkAttributions('Ana Ruiz backed the plan and leading bankers said it would work.', [
      { cue: 'backed', source: 'Ana Ruiz', content: 'the plan and leading bankers said it would work' },
      { cue: 'said', source: 'leading bankers', content: 'it would work' },
    ]);
  });

  it('leaves an -ing noun after a preposition\'s object out of the source', () => {
    checkAttributions('In its Chapter 11 filing Delmont Foods claimed it owed $5m.', [{ cue: 'claimed', source: 'Delmont Foods', content: 'it owed $5m' }]);
  });
});

describe('two phrases with no verb joined by "and" before the verb', () => {
  it('are both the source ("domestic and foreign critics say" had "foreign critics", "the senator and his allies" had "his allies")', () => {
    checkAttributions('Domestic and foreign critics have noted the cost of the bridge.', [
      { cue: 'have noted', source: 'Domestic and foreign critics', content: 'the cost of the bridge' },
    ]);
    checkAttributions('The talks have stalled, and the governor and his allies say they will block the levy.', [
      { cue: 'say', source: 'the governor and his allies', content: 'they will block the levy' },
    ]);
    checkAttributions('Ana Ruiz said that the ministry and regional leaders agree the port must close.', [
      { cue: 'said', source: 'Ana Ruiz', content: 'that the ministry and regional leaders agree the port must close' },
      { cue: 'agree', source: 'the ministry and regional leaders', content: 'the port must close' },
    ]);
    checkAttributions('She and local lawyers agree the appeal will be hard.', [{ cue: 'agree', source: 'She and local lawyers', content: 'the appeal will be hard' }]);
    checkAttributions('Some letters and other records described the payments.', [
      { cue: 'described', source: 'Some letters and other records', content: 'the payments' },
    ]);
  });

  it('leaves a clause, a verb with its object or a contraction before "and" out of the source', () => {
    checkAttributions('The port will close and officials said the ferries would stop.', [
      { cue: 'said', source: 'officials', content: 'the ferries would stop' },
    ]);
    checkAttributions("It's a fresh start and all the players feel it matters.", [{ cue: 'feel', source: 'all the players', content: 'it matters' }]);
    checkAttributions('The report explores rural poverty and local charities say it is timely.', [
      { cue: 'say', source: 'local charities', content: 'it is timely' },
    ]);
  });
});

describe('a list of subjects between commas before "and"', () => {
  it('is the whole source ("Unions, charities and many councillors say" had "charities and many councillors")', () => {
    checkAttributions('Unions, charities and many councillors say the cuts go too far.', [
      { cue: 'say', source: 'Unions, charities and many councillors', content: 'the cuts go too far' },
    ]);
    checkAttributions('Ferry workers, dock unions, and several local firms claim the levy will fail.', [
      { cue: 'claim', source: 'Ferry workers, dock unions, and several local firms', content: 'the levy will fail' },
    ]);
    checkAttributions('Lindqvist, Harbour Foods, Nordby Mills and Vantor said sales had slowed.', [
      { cue: 'said', source: 'Lindqvist, Harbour Foods, Nordby Mills and Vantor', content: 'sales had slowed', speaker: 'Lindqvist' },
    ]);
  });

  it('leaves an opening phrase, an adverb or a clause before the list alone', () => {
    checkAttributions('In Harwick, unions and charities say the cuts go too far.', [
      { cue: 'say', source: 'unions and charities', content: 'the cuts go too far' },
    ]);
    checkAttributions('Nevertheless, the Port Authority of Kiel and Lund says trade is strong.', [
      { cue: 'says', source: 'the Port Authority of Kiel and Lund', content: 'trade is strong' },
    ]);
    checkAttributions('As prices rose, unions and charities said the cuts went too far.', [
      { cue: 'said', source: 'unions and charities', content: 'the cuts went too far' },
    ]);
  });
});

describe('a role with no article before an appositive about its organisation', () => {
  it('leads back to the name before it ("Ana Ruiz, executive director of the Harbour Fund, a charity, said" had no source)', () => {
    checkAttributions('Marta Kolb, executive director of the Green Valley Fund, a conservation charity, said the river was clean.', [
      { cue: 'said', source: 'Marta Kolb, executive director of the Green Valley Fund, a conservation charity', content: 'the river was clean', speaker: 'Marta Kolb', role: 'executive director' },
    ]);
  });

  it('leaves a role with an article, the whole appositive, as it was', () => {
    checkAttributions('Marta Kolb, the director of the Green Valley Fund, said the river was clean.', [
      { cue: 'said', source: 'Marta Kolb, the director of the Green Valley Fund', content: 'the river was clean', speaker: 'Marta Kolb' },
    ]);
  });
});

describe('a subject whose noun an -ing clause follows', () => {
  it('is the whole phrase ("Democrats trying to regain control of the Senate say" had "regain control of the Senate")', () => {
    checkAttributions('Councillors trying to save the library say they have a plan.', [
      { cue: 'say', source: 'Councillors trying to save the library', content: 'they have a plan', role: 'Councillors' },
    ]);
    checkAttributions('Officials investigating the crash say the pilot was tired.', [
      { cue: 'say', source: 'Officials investigating the crash', content: 'the pilot was tired', role: 'Officials' },
    ]);
  });

  it('leaves an -ing word before a plain noun, and a clause after a dash, alone', () => {
    checkAttributions('Ruiz needs a long winning streak - something her aides say is likely.', [{ cue: 'say', source: 'her aides', content: 'is likely' }]);
  });
});

describe('a noun phrase and a preposition the walk back stops at, opening the clause', () => {
  it('is the whole subject ("A letter to committee members calls for" had "committee members")', () => {
    checkAttributions('A letter to council members calls for a new vote.', [{ cue: 'calls for', source: 'A letter to council members', content: 'a new vote' }]);
    checkAttributions("The deputy head of Norway's delegation to the forum said the talks were slow.", [
      { cue: 'said', source: "The deputy head of Norway's delegation to the forum", content: 'the talks were slow', role: 'deputy head' },
    ]);
  });

  it('leaves the object of a verb before the preposition alone', () => {
    checkAttributions('He gave the money to officials who say it was a gift.', [{ cue: 'say', source: 'who', content: 'it was a gift' }]);
  });

  it('leaves an adjective that takes the preposition, and a pronoun after it, alone', () => {
    const text = 'He ruled out a deal for fuel, similar to that concluded recently between Kelda and Norvik.';
    expect(attributionsOf(text).filter((a) => a.source && text.slice(a.source.start, a.source.end).startsWith('similar'))).toEqual([]);
  });
});

describe('a clause with "and" in its subject before an inverted cue', () => {
  it('is the content, not a coordinated source ("... homes and firms linked to the grid rose by 41%, said the NEB" had the clause as source)', () => {
    const text = 'The number of homes and firms linked to the grid rose by 41% in a year, said the Nordic Energy Board (NEB). In a report, it said there were more than 3 million links by June.';
    const [first] = attributionsOf(text);
    expect(text.slice(first.source!.start, first.source!.end)).toBe('the Nordic Energy Board (NEB)');
  });
});

describe('a report inside an aside between dashes', () => {
  it('ends its content at the closing dash (the content ran on over "– and monitors were ...")', () => {
    checkAttributions('The week brought new clashes – the army on Monday accused rebels of shelling two villages – and observers were barred from the town.', [
      { cue: 'accused', source: 'the army', content: 'rebels of shelling two villages' },
    ]);
    // Two dashes before the content close the aside: the content after them runs to the sentence end.
    checkAttributions('Ana Lima – the mayor since 2019 – said the ferry would run until May – weather permitting.', [
      { cue: 'said', source: 'Ana Lima – the mayor since 2019', content: 'the ferry would run until May – weather permitting' },
    ]);
  });
});

describe('a stretch of time as the subject of "see"', () => {
  it('is when things happened, no attribution ("This month alone has seen scores of delays" had the source "This month alone")', () => {
    checkAttributions('This month alone has seen scores of strikes at the port.', []);
    checkAttributions('The past decade saw rents in Tallinn double.', []);
    checkAttributions('2023 saw a record number of crossings.', []);
  });

  it('stays a cue with a person or a body as its subject', () => {
    checkAttributions('Analysts have seen a sharp rise in rents.', [{ cue: 'have seen', source: 'Analysts', content: 'a sharp rise in rents' }]);
  });
});

describe('a passive verb that names its addressee, with an agent', () => {
  it('has the agent as its source and the words after it as content ("was asked by host Tom Hale whether" had no source)', () => {
    checkAttributions('Lima was asked by host Tom Hale whether the plan would work.', [{ cue: 'was asked', source: 'host Tom Hale', content: 'whether the plan would work' }]);
    checkAttributions('Lima was told by the mayor that the quay would close.', [{ cue: 'was told', source: 'the mayor', content: 'that the quay would close' }]);
  });

  it('has no source without an agent, or when "by" names a means', () => {
    checkAttributions('Lima was asked whether the plan would work.', [{ cue: 'was asked', source: null, content: 'whether the plan would work' }]);
    checkAttributions('Lima was asked by email whether the plan would work.', [{ cue: 'was asked', content: 'whether the plan would work' }]);
  });
});

describe('a cue of several words joined to a clause by "and" or "but"', () => {
  it('shares the sentence\'s subject ("but went on to say" had no source)', () => {
    checkAttributions('Berg said the town was fine but went on to say the roads were poor.', [
      { cue: 'said', source: 'Berg', content: 'the town was fine' },
      { cue: 'went on to say', source: 'Berg', content: 'the roads were poor' },
    ]);
    checkAttributions('Ana Lima praised the crews and went on to warn that the dam was weak.', [
      { cue: 'praised', source: 'Ana Lima', content: 'the crews' },
      { cue: 'went on to warn', source: 'Ana Lima', content: 'that the dam was weak' },
    ]);
  });

  it('takes the subject right before it otherwise, and none after a verb of thinking the model declined, whose clause it may go on', () => {
    checkAttributions('The senator went on to say the roads were poor.', [{ cue: 'went on to say', source: 'The senator', content: 'the roads were poor' }]);
    checkAttributions('Overall I thought Ana Lima had a fine season and continued to show she is improving.', [{ cue: 'continued to show', source: null, content: 'she is improving' }]);
  });
});

describe('a cue word as a noun inside a subject', () => {
  it('after a determiner, before a preposition or its noun, is walked over ("Some advocates of safety said" had no source)', () => {
    checkAttributions('Some advocates of river safety said the new weir was too low.', [{ cue: 'said', source: 'Some advocates of river safety', content: 'the new weir was too low' }]);
    checkAttributions('The advocates of the bypass said it would save lives.', [{ cue: 'said', source: 'The advocates of the bypass', content: 'it would save lives' }]);
    checkAttributions('Lawyers for the alleged smugglers said the case was weak.', [{ cue: 'said', source: 'Lawyers for the alleged smugglers', content: 'the case was weak' }]);
  });

  it('in "-s" after a word counting plurals is no verb ("Many advocates for river safety" was the cue "advocates for")', () => {
    checkAttributions('Many advocates for river safety said the new weir was too low.', [{ cue: 'said', source: 'Many advocates for river safety', content: 'the new weir was too low' }]);
    checkAttributions('Several reports from the border said the road was shut.', [{ cue: 'said', source: 'Several reports from the border', content: 'the road was shut' }]);
  });

  it('stays the verb after "all" standing for everything, and a name after a cue word is no noun phrase with it', () => {
    checkAttributions('After the ruling Ana Lima, a lawyer for the families, said the inquiry must go on.', [{ cue: 'said', source: 'Ana Lima, a lawyer for the families', content: 'the inquiry must go on' }]);
    checkAttributions('The pace of change in the sector, and the fierce competition among its firms, all suggests that 2027 will be a good year.', [{ cue: 'suggests', content: 'that 2027 will be a good year' }]);
  });
});

describe('a quotation after a colon that closes a clause about a person', () => {
  it('is that person\'s words, the colon its cue (\'Mr Dean is confident though: "I think ..."\' had no speaker)', () => {
    checkAttributions('Mr Dean is confident though: "I think people will see the difference at once."', [
      { cue: ':', source: 'Mr Dean', content: '"I think people will see the difference at once."', type: 'direct' },
    ]);
    checkAttributions('Ozola was more restrained in her assessment: "I have to improve my serve first."', [
      { cue: ':', source: 'Ozola', content: '"I have to improve my serve first."', type: 'direct' },
    ]);
  });

  it('leaves a clause about a thing, a short quoted title and a conjunction alone', () => {
    checkAttributions('His message to the board was simple: "Spend less and sell more."', [
      { cue: null, source: null, content: '"Spend less and sell more."', type: 'direct' },
    ]);
    checkAttributions('The opening question put to the panel was: "Who opened the gate?"', [
      { cue: null, source: null, content: '"Who opened the gate?"', type: 'direct' },
    ]);
    checkAttributions('And some notes are even sadder: "Our daughter was two weeks old when we moved."', [
      { cue: null, source: null, content: '"Our daughter was two weeks old when we moved."', type: 'direct' },
    ]);
    checkAttributions('The new series has a one-word title: "Harbour".', []);
  });
});

describe('a verb of casting or naming with an object and an "as" phrase', () => {
  it('is a cue outside the lexicon, its subject the source and object and judgement the content', () => {
    checkAttributions('Throughout the debate, Senator Ana Ruiz cast herself as the heir of the reform movement.', [
      { cue: 'cast', source: 'Senator Ana Ruiz', content: 'herself as the heir of the reform movement' },
    ]);
    checkAttributions('The county coroner has identified the victim as Ivo Lind of Dunmore.', [
      { cue: 'has identified', source: 'The county coroner', content: 'the victim as Ivo Lind of Dunmore' },
    ]);
    checkAttributions('The port authority listed the old grain mill as a protected building.', [
      { cue: 'listed', source: 'The port authority', content: 'the old grain mill as a protected building' },
    ]);
    checkAttributions('Tom Reed named Lisbon as his first choice for the summit.', [{ cue: 'named', source: 'Tom Reed', content: 'Lisbon as his first choice for the summit' }]);
  });

  it('leaves acts, passives, nouns and a clause after "as" alone', () => {
    checkAttributions('Voters cast their ballots as the polling stations opened.', []);
    // A vote with its side is a cue of its own (`votedFrame`), not a judgement "as" anything.
    checkAttributions('Hundreds cast their votes for the mayor as the rain fell.', [
      { cue: 'cast their votes for', source: 'Hundreds', content: 'the mayor as the rain fell' },
    ]);
    checkAttributions('Mr Kell was named as the new chairman of the board.', []);
    checkAttributions('Three names mentioned as possible candidates are new.', []);
    checkAttributions('The shop sells film from brand names such as Kodak.', []);
    checkAttributions('She named her son after her grandfather as well.', []);
  });
});

describe('a verb of naming someone to a post, a list or a choice', () => {
  it('is a cue outside the lexicon with an active subject as source and the object as content', () => {
    checkAttributions('The club named a new coach on Monday.', [{ cue: 'named', source: 'The club', content: 'a new coach' }]);
    checkAttributions('Governor Ada Holm on Tuesday nominated Piet Varga to lead the harbour board.', [
      { cue: 'nominated', source: 'Governor Ada Holm', content: 'Piet Varga to lead the harbour board' },
    ]);
    checkAttributions('The Dunmore Herald later named her its reporter of the year.', [
      { cue: 'later named', source: 'The Dunmore Herald', content: 'her its reporter of the year' },
    ]);
    checkAttributions('Asked for a favourite city, 40 percent named Lisbon.', [{ cue: 'named', source: '40 percent', content: 'Lisbon' }]);
    checkAttributions('The jury nominated Ana Berg after she won the heat.', [{ cue: 'nominated', source: 'The jury', content: 'Ana Berg after she won the heat' }]);
  });

  it('leaves a name given, a passive, an adjective and a headline alone', () => {
    checkAttributions('The farm was bought by a builder named Oskar Lind.', []);
    checkAttributions('Turnout was low for candidates not named Ruiz.', []);
    checkAttributions('The bridge, named for a local poet, opened in 1910.', []);
    checkAttributions('Judges nominated by the governor must face a vote.', []);
    checkAttributions('Ana Berg was nominated for the award twice.', []);
    checkAttributions("The festival's nominated films are all short.", []);
    checkAttributions('The town hall opened, with its architect Ivo Lind named honorary citizen.', []);
    checkAttributions('Berg named harbour board chief', []);
  });
});

describe('a vote with its side or its aim', () => {
  it('is a cue outside the lexicon, the voters the source and what they voted for the content', () => {
    checkAttributions('The Dunmore council voted to close the old library.', [{ cue: 'voted', source: 'The Dunmore council', content: 'to close the old library' }]);
    checkAttributions('The harbour board voted Tuesday to raise the fees.', [{ cue: 'voted', source: 'The harbour board', content: 'to raise the fees' }]);
    checkAttributions('Senator Ana Ruiz voted against the port bill on Monday.', [{ cue: 'voted against', source: 'Senator Ana Ruiz', content: 'the port bill' }]);
    checkAttributions('Most of the delegates would vote for Lima.', [{ cue: 'would vote for', source: 'Most of the delegates', content: 'Lima' }]);
    checkAttributions('Sixty percent of the members voted in favour of the strike.', [
      { cue: 'voted in favour of', source: 'Sixty percent of the members', content: 'the strike' },
    ]);
    checkAttributions('Berg was one of three members who voted against the plan.', [{ cue: 'voted against', source: 'who', content: 'the plan' }]);
    checkAttributions('Hundreds of delegates cast their votes for other candidates.', [
      { cue: 'cast their votes for', source: 'Hundreds of delegates', content: 'other candidates' },
    ]);
  });

  it('leaves a vote with no side, a noun, a passive and a vote inside what someone says alone', () => {
    checkAttributions('She voted at 9am and went to work.', []);
    checkAttributions('The senators voted on the bill late at night.', []);
    checkAttributions('His vote for the plan surprised many.', []);
    checkAttributions('The prize is voted for by readers of the magazine.', []);
    checkAttributions('Would you still vote for him?', []);
    checkAttributions('Voters cast their ballots as the polls opened.', []);
    checkAttributions('She cast a vote at noon.', []);
    checkAttributions('Ivo Lind said he would vote for Berg.', [{ cue: 'said', source: 'Ivo Lind', content: 'he would vote for Berg' }]);
  });
});

describe('a phrasal verb of taking a stance in public', () => {
  it('is a cue outside the lexicon with its particle and preposition, the subject the source and the object the content', () => {
    checkAttributions('Mayor Ana Berg lashed out at the harbour board on Tuesday.', [{ cue: 'lashed out at', source: 'Mayor Ana Berg', content: 'the harbour board' }]);
    checkAttributions('Two ministers weighed in on the ferry dispute.', [{ cue: 'weighed in on', source: 'Two ministers', content: 'the ferry dispute' }]);
    checkAttributions('The dockers union also took issue with the new rota.', [{ cue: 'also took issue with', source: 'The dockers union', content: 'the new rota' }]);
    checkAttributions('Senator Ivo Lind took some shots at the budget.', [{ cue: 'took some shots at', source: 'Senator Ivo Lind', content: 'the budget' }]);
    checkAttributions('Ruiz came out against the bridge toll.', [{ cue: 'came out against', source: 'Ruiz', content: 'the bridge toll' }]);
    checkAttributions('The Westbury council has laid out its plan for the old docks.', [
      { cue: 'has laid out', source: 'The Westbury council', content: 'its plan for the old docks' },
    ]);
    checkAttributions('The farmers group outlined how the levy would work.', [{ cue: 'outlined', source: 'The farmers group', content: 'how the levy would work' }]);
    checkAttributions('Tom Reed, a longtime critic, sided with the mayor.', [{ cue: 'sided with', source: 'Tom Reed, a longtime critic', content: 'the mayor' }]);
    checkAttributions('Senator Ana Lima sounded a cautious note about the port budget.', [
      { cue: 'sounded a cautious note about', source: 'Senator Ana Lima', content: 'the port budget' },
    ]);
    checkAttributions('The nurses union sounded the alarm over staffing.', [{ cue: 'sounded the alarm over', source: 'The nurses union', content: 'staffing' }]);
    checkAttributions('Senator Tom Reed quickly distanced himself from the ferry deal.', [
      { cue: 'quickly distanced himself from', source: 'Senator Tom Reed', content: 'the ferry deal' },
    ]);
    checkAttributions('The mayor doubled down on her plan for the docks.', [{ cue: 'doubled down on', source: 'The mayor', content: 'her plan for the docks' }]);
    checkAttributions('Party elders lined up behind Ana Berg.', [{ cue: 'lined up behind', source: 'Party elders', content: 'Ana Berg' }]);
    checkAttributions('At the debate, Ana Lima interjected: "That is not true."', [
      { cue: 'interjected:', source: 'Ana Lima', content: '"That is not true."', type: 'direct' },
    ]);
    // A clause with its own subject after "and" ends the object.
    checkAttributions('The Greens outlined their plans for the port and the Liberals gave more details.', [
      { cue: 'outlined', source: 'The Greens', content: 'their plans for the port' },
    ]);
    checkAttributions('Lima sided with farmers and a group of growers who opposed the levy.', [
      { cue: 'sided with', source: 'Lima', content: 'farmers and a group of growers who opposed the levy' },
      { cue: 'opposed', source: 'who', content: 'the levy' },
    ]);
  });

  it('reads a verb of blame or praise with its object the same way', () => {
    checkAttributions('Senator Ana Lima rebuked the harbour board for the delays.', [
      { cue: 'rebuked', source: 'Senator Ana Lima', content: 'the harbour board for the delays' },
    ]);
    checkAttributions('The Westbury mayor also congratulated Ivo Lind on his win.', [{ cue: 'also congratulated', source: 'The Westbury mayor', content: 'Ivo Lind on his win' }]);
    checkAttributions('Critics have lambasted the new ferry timetable.', [{ cue: 'have lambasted', source: 'Critics', content: 'the new ferry timetable' }]);
    checkAttributions('Senator Ana Lima is congratulating the winner.', [{ cue: 'is congratulating', source: 'Senator Ana Lima', content: 'the winner' }]);
    checkAttributions('Party elders are lining up behind Ana Berg.', [{ cue: 'are lining up behind', source: 'Party elders', content: 'Ana Berg' }]);
  });

  it('reads a verb of saying, restating or taking back outside the lexicon the same way', () => {
    checkAttributions('The harbour board reaffirmed its support for the ferry.', [
      { cue: 'reaffirmed', source: 'The harbour board', content: 'its support for the ferry' },
    ]);
    checkAttributions('Mayor Ana Berg has downplayed the risk of flooding.', [{ cue: 'has downplayed', source: 'Mayor Ana Berg', content: 'the risk of flooding' }]);
    checkAttributions('Senator Ivo Lind quickly disavowed the remarks.', [{ cue: 'quickly disavowed', source: 'Senator Ivo Lind', content: 'the remarks' }]);
    checkAttributions('Two former ministers have vouched for Ana Lima.', [{ cue: 'have vouched for', source: 'Two former ministers', content: 'Ana Lima' }]);
    checkAttributions('The dockers union is trumpeting its new deal.', [{ cue: 'is trumpeting', source: 'The dockers union', content: 'its new deal' }]);
    checkAttributions('The harbour master has also implored sailors to stay ashore.', [
      { cue: 'has also implored', source: 'The harbour master', content: 'sailors to stay ashore' },
    ]);
    checkAttributions('Professor Ivo Lind opined on the state of the docks.', [{ cue: 'opined on', source: 'Professor Ivo Lind', content: 'the state of the docks' }]);
  });

  it('leaves such a verb in a passive, an infinitive or with no object alone, and a sense of no words said out', () => {
    checkAttributions('The claim was disavowed by the party.', []);
    checkAttributions('Ana Berg refused to disavow the group.', [{ cue: 'refused', source: 'Ana Berg', content: 'to disavow the group' }]);
    checkAttributions('These are the remarks he later retracted.', []);
    checkAttributions('The Westbury firm restated its earnings for 2003.', []);
    checkAttributions('The new ferry heralded a new era for the port.', []);
  });

  it('leaves a verb of blame with no object and a noun alone', () => {
    checkAttributions('These are the firms he derided.', []);
    checkAttributions('The plan drew rebukes from the unions.', []);
    checkAttributions('Ana Berg was ridiculed in the press.', []);
    checkAttributions('Congratulating the winner, Lima left early.', []);
  });

  it('leaves an infinitive, a passive, a participle with no object and a first predicate alone', () => {
    checkAttributions('The board vowed to lay out a plan.', [{ cue: 'vowed', source: 'The board', content: 'to lay out a plan' }]);
    checkAttributions('The park was laid out in 1890.', []);
    checkAttributions('The route outlined in the report is new.', []);
    checkAttributions('The rooms are well laid out and bright.', []);
    checkAttributions('The boxer weighed in at 80kg.', []);
    checkAttributions('She took a taxi at noon.', []);
    checkAttributions('The siren sounded a warning at noon.', []);
    checkAttributions('The bank doubled down the bets.', []);
    checkAttributions('Fans lined up outside the stadium.', []);
    checkAttributions('Ana Berg arrived late, took aim at the board and left.', []);
  });
});

describe('"made" with a noun of words given or a case put', () => {
  it('is a cue up to the noun\'s preposition or the clause it opens, the subject the source', () => {
    checkAttributions('Mayor Ana Berg made the case that the ferry should stay public.', [
      { cue: 'made the case', source: 'Mayor Ana Berg', content: 'that the ferry should stay public' },
    ]);
    checkAttributions('The harbour board has made no secret of its plans for the docks.', [
      { cue: 'has made no secret of', source: 'The harbour board', content: 'its plans for the docks' },
    ]);
    checkAttributions('Ivo Lind made conflicting statements about the levy.', [{ cue: 'made conflicting statements about', source: 'Ivo Lind', content: 'the levy' }]);
    checkAttributions('The dockers union made a commitment to hold talks.', [{ cue: 'made a commitment', source: 'The dockers union', content: 'to hold talks' }]);
    checkAttributions('Senator Tom Reed is making an urgent case for a new bridge.', [
      { cue: 'is making an urgent case for', source: 'Senator Tom Reed', content: 'a new bridge' },
    ]);
    checkAttributions('Ana Berg notably made no mention of the strike.', [{ cue: 'notably made no mention of', source: 'Ana Berg', content: 'the strike' }]);
    checkAttributions('The admiral makes no apologies for his candour.', [{ cue: 'makes no apologies for', source: 'The admiral', content: 'his candour' }]);
  });

  it('leaves remarks with no content, a place, a time, a legal claim and an infinitive alone', () => {
    checkAttributions('Tom Reed made his remarks during a breakfast on Friday.', []);
    checkAttributions('The bishop made the comments on Radio Dunmore.', []);
    checkAttributions('The chairman made similar comments on Friday.', []);
    checkAttributions('The group also made a claim for damages.', []);
    checkAttributions('It will be hard to make the case that the ferry pays.', []);
    checkAttributions('The Lind family have so far made no comment on the bid.', []);
  });
});

describe('a verb that puts out a document or answers, and the participle of saying after it', () => {
  it('is one cue from the verb to the participle, its source the verb\'s subject', () => {
    checkAttributions('The Westbury council released a statement on Tuesday saying the bridge would reopen.', [
      { cue: 'released a statement on Tuesday saying', source: 'The Westbury council', content: 'the bridge would reopen' },
    ]);
    checkAttributions('The dockers\' union sent an email to members urging a new vote on the deal.', [
      { cue: 'sent an email to members urging', source: "The dockers' union", content: 'a new vote on the deal' },
    ]);
    checkAttributions('The Ruiz campaign responded on Friday, saying the claims were false.', [
      { cue: 'responded on Friday, saying', source: 'The Ruiz campaign', content: 'the claims were false' },
    ]);
    checkAttributions('Tom Reed hit back by calling the report a smear.', [{ cue: 'hit back by calling', source: 'Tom Reed', content: 'the report a smear' }]);
  });

  it('leaves a participle after another verb, or one that is no saying, alone', () => {
    checkAttributions('She walked to the door, saying she was tired.', [{ cue: 'saying', source: 'She', content: 'she was tired' }]);
    const text = 'Markets responded by pushing the krona lower.';
    expect(attributionsOf(text).map((a) => text.slice(a.cue.start, a.cue.end))).not.toContain('responded by pushing');
    // A document inside a preposition's phrase is not what the verb puts out.
    const written = 'Lind wrote in a statement to the paper explaining why he would stay.';
    expect(attributionsOf(written).some((a) => written.slice(a.cue.start, a.cue.end).endsWith('paper explaining'))).toBe(false);
  });
});

describe('a verb of saying that opens the sentence before its subject', () => {
  it('has the words up to the colon or comma before the quotation as its source ("Said Wales assistant coach Scott Weller: ..." had the content "Wales assistant coach ...")', () => {
    checkAttributions('Said Ana Lima, who grew up near the port: "It was never quiet here."', [
      { cue: 'Said', source: 'Ana Lima, who grew up near the port', content: '"It was never quiet here."', type: 'direct' },
    ]);
    checkAttributions('Continued Lima: "So I think it is a real problem."', [{ cue: 'Continued', source: 'Lima', content: '"So I think it is a real problem."', speaker: 'Lima' }]);
    checkAttributions('Added the harbour master, "Nobody will sail tonight."', [{ cue: 'Added', source: 'the harbour master', content: '"Nobody will sail tonight."' }]);
  });

  it('is no such frame with no quotation after the mark, or a participle clause', () => {
    checkAttributions('Asked about the plan, Lima said: "It will work."', [
      { cue: 'Asked about', source: null, content: 'the plan' },
      { cue: 'said', source: 'Lima', content: '"It will work."' },
    ]);
  });
});

describe('a quantifier floated after the subject of "said"', () => {
  const spans = (text: string) => attributionsOf(text).map((a) => [text.slice(a.source?.start ?? 0, a.source?.end ?? 0), text.slice(a.content.start, a.content.end), a.speaker ?? null]);

  it('reads the list or the pronoun before "all" as the source ("Ana Berg, Tomas Lind, Ilze Ozola and Piet Mol all said sales had slowed" found nothing)', () => {
    expect(spans('Ana Berg, Tomas Lind, Ilze Ozola and Piet Mol all said sales had slowed.')).toEqual([['Ana Berg, Tomas Lind, Ilze Ozola and Piet Mol', 'sales had slowed', 'Ana Berg']]);
    expect(spans('Ana Berg and Piet Mol both said the port would stay open.')).toEqual([['Ana Berg and Piet Mol', 'the port would stay open', 'Ana Berg']]);
    expect(spans('They all said sales had slowed.').map((r) => r[0])).toEqual(['They']);
  });

  it('reads common nouns joined by "and" before "both" as the source ("The harbour master and the mayor both said" found nothing)', () => {
    expect(spans('The harbour master and the mayor both said the pier would reopen.').map((r) => r.slice(0, 2))).toEqual([['The harbour master and the mayor', 'the pier would reopen']]);
    expect(spans('The captains both said the crossing was rough.').map((r) => r[0])).toEqual(['The captains']);
  });

  it('leaves a determiner before an adjective, and a comment clause, alone', () => {
    expect(attributionsOf('The fund will need cash to finance all promised pensions.')).toEqual([]);
    expect(attributionsOf('The board wants to cover all promised repairs.').map((a) => a.cue.end - a.cue.start)).not.toContain('promised'.length);
    expect(spans('The league is hard to win, as we all know.').map((r) => r[0])).not.toContain('we');
  });
});

describe('a "which" clause after a comma that ends the sentence', () => {
  it('is the writer\'s comment, left out of the content ("said she would run again, which surprised her aides" ran on)', () => {
    checkAttributions('Mayor Ana Berg said she would run again, which surprised her aides.', [{ cue: 'said', source: 'Mayor Ana Berg', content: 'she would run again' }]);
    checkAttributions('Berg said the pier needed a new deck, which "would cost a fortune".', [{ cue: 'said', source: 'Berg', content: 'the pier needed a new deck' }]);
    checkAttributions('Lund praised Ana Berg, who has chaired the port board since 2019.', [{ cue: 'praised', source: 'Lund', content: 'Ana Berg' }]);
  });

  it('leaves a "who" clause inside the content, in a cleft or with a subject of its own alone', () => {
    checkAttributions('The mayor thanked Ana Berg, who she hired in May.', [{ cue: 'thanked', source: 'The mayor', content: 'Ana Berg, who she hired in May' }]);
    checkAttributions('Lund said Ana Berg, who chairs the board, would resign.', [{ cue: 'said', source: 'Lund', content: 'Ana Berg, who chairs the board, would resign' }]);
    checkAttributions('Lund said it was the ferry company, not the council, who had raised the fares.', [
      { cue: 'said', source: 'Lund', content: 'it was the ferry company, not the council, who had raised the fares' },
    ]);
  });

  it('leaves an aside closed by a comma, a quotation and a question after "if so," whole', () => {
    checkAttributions('Berg said the new pier, which cost $4m, would open in May.', [{ cue: 'said', source: 'Berg', content: 'the new pier, which cost $4m, would open in May' }]);
    checkAttributions('"We built the pier in May, which was too late," Berg said.', [{ cue: 'said', source: 'Berg', content: '"We built the pier in May, which was too late,"' }]);
    checkAttributions('Berg argued that the board should decide whether to sit and, if so, which judge should chair it.', [
      { cue: 'argued', source: 'Berg', content: 'that the board should decide whether to sit and, if so, which judge should chair it' },
    ]);
  });
});

describe('a phrase set against another after ", but not" or ", but also"', () => {
  it('goes on with the reported clause ("said she would back the plan, but not the levy" ended at the comma)', () => {
    checkAttributions('Berg said she would back the plan, but not the levy.', [{ cue: 'said', source: 'Berg', content: 'she would back the plan, but not the levy' }]);
    checkAttributions('Berg said the port needed cranes, but also new berths.', [{ cue: 'said', source: 'Berg', content: 'the port needed cranes, but also new berths' }]);
  });

  it('leaves a second predicate or a clause of its own out', () => {
    checkAttributions('Berg praised the plan, but also visited the site.', [{ cue: 'praised', source: 'Berg', content: 'the plan' }]);
    checkAttributions('Berg said the port was busy, but Lund disagreed.', [{ cue: 'said', source: 'Berg', content: 'the port was busy' }]);
    checkAttributions('Berg said the port would close, but instead it grew.', [{ cue: 'said', source: 'Berg', content: 'the port would close' }]);
  });
});

describe('a phrase after ", even", ", though" or ", although" with no clause of its own', () => {
  it('goes on with the reported words ("said the fund could pay, even in a bad year" ended at the comma)', () => {
    checkAttributions('Berg said the fund could pay the bonuses, even in a bad year.', [{ cue: 'said', source: 'Berg', content: 'the fund could pay the bonuses, even in a bad year' }]);
    checkAttributions('Berg said the harbour had a dark, even hostile, mood.', [{ cue: 'said', source: 'Berg', content: 'the harbour had a dark, even hostile, mood' }]);
    checkAttributions('Berg said she backed the process, though not the outcome.', [{ cue: 'said', source: 'Berg', content: 'she backed the process, though not the outcome' }]);
    checkAttributions('Berg said the ferry was a useful, although slow, link to the islands.', [{ cue: 'said', source: 'Berg', content: 'the ferry was a useful, although slow, link to the islands' }]);
  });

  it('leaves a clause or a conjunction after the word out', () => {
    checkAttributions('Berg said the ferry would run, even as the storm grew.', [{ cue: 'said', source: 'Berg', content: 'the ferry would run' }]);
    checkAttributions('Berg said the ferry would run, even if only twice a day.', [{ cue: 'said', source: 'Berg', content: 'the ferry would run' }]);
    checkAttributions('Berg said the ferry would run, though she did not say when.', [{ cue: 'said', source: 'Berg', content: 'the ferry would run' }]);
    checkAttributions('Berg said the ferry would run, even some critics agreed.', [{ cue: 'said', source: 'Berg', content: 'the ferry would run' }]);
  });
});

describe('a relative pronoun standing for what a cue inside its clause reports', () => {
  it('is a second content ("a finish that he said defied the polls" left "that" out)', () => {
    checkAttributions('Reed won in a finish that he said defied the polls.', [
      { cue: 'said', source: 'he', content: 'that' },
      { cue: 'said', source: 'he', content: 'defied the polls' },
    ]);
    checkAttributions('The pier was closed in what officials called a safety review.', [
      { cue: 'called', source: 'officials', content: 'what' },
      { cue: 'called', source: 'officials', content: 'a safety review' },
    ]);
  });

  it('is no content when the cue\'s content is whole, or when "that" follows a verb', () => {
    checkAttributions('Lund noted that officials said the pier would close.', [
      { cue: 'noted', source: 'Lund', content: 'that officials said the pier would close' },
      { cue: 'said', source: 'officials', content: 'the pier would close' },
    ]);
    checkAttributions('The council bought land that Reed said the state had sold.', [{ cue: 'said', source: 'Reed', content: 'the state had sold' }]);
  });

  it('is no content after a noun that the "that" clause completes ("speculation that Lund had said ...")', () => {
    const text = 'There was speculation that Lund had said was untrue.';
    expect(attributionsOf(text).map((a) => text.slice(a.content.start, a.content.end))).not.toContain('that');
  });
});

describe('the writer\'s own words after the last dash of a sentence', () => {
  it('are left out of the content: a clause, one after "and", a noun phrase with a relative clause ("said the port would close — a move that angered traders" ran on)', () => {
    checkAttributions('Berg said the port would close in May — a move that angered traders.', [{ cue: 'said', source: 'Berg', content: 'the port would close in May' }]);
    checkAttributions('Berg said the ferry had been late for weeks — and Lund closed the route a day later.', [
      { cue: 'said', source: 'Berg', content: 'the ferry had been late for weeks' },
    ]);
    checkAttributions('Lund opposed the levy — she was outvoted 7 to 2.', [{ cue: 'opposed', source: 'Lund', content: 'the levy' }]);
  });

  it('leave a dash inside the clause, a noun phrase that spells out the content and a second aside dash alone', () => {
    checkAttributions('Berg said that – in her own view – the port would close.', [{ cue: 'said', source: 'Berg', content: 'that – in her own view – the port would close' }]);
    checkAttributions('Lund discussed one of her plans — the bridge that would link the two islands.', [
      { cue: 'discussed', source: 'Lund', content: 'one of her plans — the bridge that would link the two islands' },
    ]);
    checkAttributions('Berg said the toll — now twice the old fare — would stay.', [{ cue: 'said', source: 'Berg', content: 'the toll — now twice the old fare — would stay' }]);
    checkAttributions('Berg said no deal had been made - the talks had stalled in March.', [{ cue: 'said', source: 'Berg', content: 'no deal had been made - the talks had stalled in March' }]);
    checkAttributions('Even her rivals agreed on one thing - she is a tireless campaigner.', [
      { cue: 'agreed on', source: 'her rivals', content: 'one thing - she is a tireless campaigner' },
    ]);
  });
});

describe('"this" after a cue', () => {
  it('opens the content when no time word follows it', () => {
    checkAttributions('Mira Holt said this was a costly mistake for the port.', [{ cue: 'said', source: 'Mira Holt', content: 'this was a costly mistake for the port' }]);
    checkAttributions('The ferry board admits this will delay the new route.', [{ cue: 'admits', source: 'The ferry board', content: 'this will delay the new route' }]);
  });

  it('is a time with a time word after it, in neither cue content nor source', () => {
    checkAttributions('Mira Holt said this week that the route would open in May.', [{ cue: 'said this week', source: 'Mira Holt', content: 'that the route would open in May' }]);
    checkAttributions('The route will open in May, Mira Holt said this morning.', [{ cue: 'said', source: 'Mira Holt', content: 'The route will open in May' }]);
  });
});

describe('an adverb between a verb and its particle', () => {
  it('belongs to the cue, which runs through the particle', () => {
    checkAttributions('At the hearing, Olav Brenner spoke warmly about the new harbour school.', [{ cue: 'spoke warmly about', source: 'Olav Brenner', content: 'the new harbour school' }]);
    checkAttributions('Tilde Marsh talked more about ferries than about roads.', [{ cue: 'talked more about', source: 'Tilde Marsh', content: 'ferries than about roads' }]);
    checkAttributions('The fishermen warned repeatedly of a collapse in cod stocks.', [{ cue: 'warned repeatedly of', source: 'The fishermen', content: 'a collapse in cod stocks' }]);
  });

  it('reads "spoke out against" and "talked up" as cues', () => {
    checkAttributions('The harbour master has spoken out against the new berth fees.', [{ cue: 'has spoken out against', source: 'The harbour master', content: 'the new berth fees' }]);
    checkAttributions('Tilde Marsh talked up her plan for a night ferry.', [{ cue: 'talked up', source: 'Tilde Marsh', content: 'her plan for a night ferry' }]);
  });

  it('finds no cue in "spoke out" or "talked" with no particle', () => {
    checkAttributions('Olav Brenner spoke out at the meeting in the town hall.', []);
    checkAttributions('The two captains talked quietly on the quay.', []);
  });
});

describe('a verb that names an addressee, after its particle', () => {
  it('takes the words after the particle as content, not as an addressee', () => {
    checkAttributions('Ina Rowe warned of a shortage of pilots.', [{ cue: 'warned of', source: 'Ina Rowe', content: 'a shortage of pilots' }]);
    checkAttributions('The mayor was asked about the ferry.', [{ cue: 'was asked about', content: 'the ferry' }]);
  });

  it('still reads an addressee with no particle', () => {
    checkAttributions('Ina Rowe told reporters the pilots were tired.', [{ cue: 'told', source: 'Ina Rowe', content: 'the pilots were tired' }]);
  });
});

describe('an infinitive after the addressee of a verb that names one', () => {
  it('is what was urged or asked, even in a short sentence', () => {
    checkAttributions('At the pier, the harbour master urged the council to close the quay.', [{ cue: 'urged', source: 'the harbour master', content: 'the council to close the quay' }]);
    checkAttributions('Nora Lind asked the ferry crews to wait.', [{ cue: 'asked', source: 'Nora Lind', content: 'the ferry crews to wait' }]);
  });

  it('is no content when no infinitive follows the addressee', () => {
    checkAttributions('Nora Lind wrote to the council in May.', []);
  });
});

describe('"known for"', () => {
  it('takes a word of degree before "known" into the cue', () => {
    checkAttributions('Tove Holm is best known for her songs about the sea.', [
      { cue: 'is best known for', source: null, content: 'Tove Holm' },
      { cue: 'is best known for', source: null, content: 'her songs about the sea' },
    ]);
  });

  it('is no cue with no auxiliary, describing the noun before it', () => {
    checkAttributions('Tove Holm, a singer known for her songs about the sea, opened the festival.', []);
  });
});

describe('an inverted cue with the comma before it left out', () => {
  it('reads the name ending the sentence as the source, not the content ("... to gamers said NAME, an analyst with ..." had the name as content)', () => {
    checkAttributions('Operators will have to offer more to gamers said Ilze Ozola, an analyst with research firm Harbour Data.', [
      { cue: 'said', source: 'Ilze Ozola, an analyst with research firm Harbour Data', content: 'Operators will have to offer more to gamers' },
    ]);
    checkAttributions('Banks must move to the new system said Tom Reed.', [{ cue: 'said', source: 'Tom Reed', content: 'Banks must move to the new system' }]);
  });

  it('leaves a subject with no clause before the cue as it was', () => {
    // A bare subject or one with a relative clause is the source; what follows is the content.
    checkAttributions('The report said Tom Reed.', [{ cue: 'said', source: 'The report', content: 'Tom Reed' }]);
    checkAttributions('The man who ran the yard said Ilze Ozola.', [{ cue: 'said', source: 'The man who ran the yard', content: 'Ilze Ozola' }]);
  });
});

describe('a word in "-ing" inside a source after a quotation or a comma', () => {
  it('keeps "housing" and "marketing" in the source (a quotation before "housing spokesman NAME said" had no attribution)', () => {
    checkAttributions('"Buyers have more power," housing spokesman Tom Reed said.', [{ cue: 'said', source: 'housing spokesman Tom Reed', content: '"Buyers have more power,"' }]);
    checkAttributions('"Buyers have more power," the marketing director said.', [{ cue: 'said', source: 'the marketing director', content: '"Buyers have more power,"' }]);
    checkAttributions('Buyers have more power, the housing minister said.', [{ cue: 'said', source: 'the housing minister', content: 'Buyers have more power' }]);
  });

  it('keeps a cue word in "-ing" that names a post, after a word of rank too ("planning director NAME said" after a quotation had no attribution)', () => {
    checkAttributions('"We need no new taxes," planning director Tom Reed said.', [{ cue: 'said', source: 'planning director Tom Reed', content: '"We need no new taxes,"' }]);
    checkAttributions('"We need no new taxes," deputy planning director Tom Reed said.', [{ cue: 'said', source: 'deputy planning director Tom Reed', content: '"We need no new taxes,"' }]);
    checkAttributions('"We need no new taxes," acting planning director Tom Reed said.', [{ cue: 'said', source: 'acting planning director Tom Reed', content: '"We need no new taxes,"' }]);
    checkAttributions('Sales fell, chief operating officer Ana Berg said.', [{ cue: 'said', source: 'chief operating officer Ana Berg', content: 'Sales fell' }]);
    // A cue word in "-ing" before a name, or right after "but", is a verb or a noun of its own.
    checkAttributions('After the ruling Ana Berg said she would appeal.', [{ cue: 'said', source: 'Ana Berg', content: 'she would appeal' }]);
    const but = 'Mr Reed wrote to the board, but suggesting presenter Ana Berg would have seen the joke.';
    const seen = attributionsOf(but).find((a) => but.slice(a.cue.start, a.cue.end) === 'would have seen');
    expect(seen?.source && but.slice(seen.source.start, seen.source.end)).toBe('presenter Ana Berg');
  });

  it('leaves a participle clause after a comma out of the source', () => {
    checkAttributions('Prices rose, reflecting recent Harbour figures, the agency said.', [{ cue: 'said', source: 'the agency', content: 'Prices rose, reflecting recent Harbour figures' }]);
  });
});

describe('cue verbs whose inflections double a consonant', () => {
  it('reads British "labelled" and "signalled", and "concurred" and "rebutted" ("concured" and "labeled" were the only forms known)', () => {
    checkAttributions('Ana Berg labelled the plan "a farce".', [{ cue: 'labelled', source: 'Ana Berg', content: 'the plan "a farce"' }]);
    checkAttributions('Ana Berg has signalled that she will stand again.', [{ cue: 'has signalled', source: 'Ana Berg', content: 'that she will stand again' }]);
    checkAttributions('"The plan will fail," Tom Reed concurred.', [{ cue: 'concurred', source: 'Tom Reed', content: '"The plan will fail,"' }]);
    checkAttributions('The minister rebutted claims that the plan had failed.', [{ cue: 'rebutted', source: 'The minister', content: 'claims that the plan had failed' }]);
  });
});

describe('two people joined by "and" after a quotation', () => {
  it('takes both into the source (a quotation before "singer NAME and drummer NAME said" had no attribution)', () => {
    checkAttributions('"It has been good for us," singer Ana Berg and drummer Tom Reed said.', [
      { cue: 'said', source: 'singer Ana Berg and drummer Tom Reed', content: '"It has been good for us,"' },
    ]);
  });

  it('does not join a person to a phrase quoted inside the sentence before', () => {
    checkAttributions('The union said it "defied reason" he and fellow managers could not remember how it started.', [
      { cue: 'said', source: 'The union', content: 'it "defied reason" he and fellow managers could not remember how it started' },
      { cue: 'could not remember', source: 'fellow managers', content: 'how it started' },
    ]);
  });
});

describe('a source with a role and a "who" clause, and surnames in "-ing"', () => {
  it('takes a name, its bare role and a "who" clause as the source ("NAME, head of ..., who made the call, said" had no source)', () => {
    checkAttributions('Ana Berg, head of the port unit, who made the call, said the penalty was low.', [
      { cue: 'said', source: 'Ana Berg, head of the port unit, who made the call', content: 'the penalty was low' },
    ]);
  });

  it('reads a surname in "-ing" as a name, not a participle ("Manning praised ..., saying" and "Fleming, the coach, said" had no source)', () => {
    checkAttributions('Manning praised the show, saying it was great.', [
      { cue: 'praised', source: 'Manning', content: 'the show' },
      { cue: 'saying', source: 'Manning', content: 'it was great' },
    ]);
    checkAttributions('Alan Fleming joined in May. Fleming, the coach, said it failed.', [{ cue: 'said', source: 'Fleming, the coach', content: 'it failed' }]);
    // A participle opening the sentence stays one.
    checkAttributions('Speaking to the council, Ana Berg said it failed.', [{ cue: 'said', source: 'Ana Berg', content: 'it failed' }]);
  });
});

describe('two roles of one speaker joined by "and"', () => {
  it('reads both roles as the source ("\\"...,\\" the senator and candidate said." had no attribution, and "said the senator and candidate" the source "the senator")', () => {
    checkAttributions('“We will carry the county,” the senator and candidate said.', [
      { cue: 'said', source: 'the senator and candidate', content: '“We will carry the county,”' },
    ]);
    checkAttributions('“We will carry the county,” the mayor and her deputy told reporters.', [
      { cue: 'told', source: 'the mayor and her deputy', content: '“We will carry the county,”' },
    ]);
    checkAttributions('“Costs have doubled,” president and chief executive Ilze Ozola said.', [
      { cue: 'said', source: 'president and chief executive Ilze Ozola', content: '“Costs have doubled,”', speaker: 'Ilze Ozola' },
    ]);
    checkAttributions('“We will carry the county,” said the senator and candidate.', [
      { cue: 'said', source: 'the senator and candidate', content: '“We will carry the county,”' },
    ]);
    // A verb after "and" opens a second cue of the same speaker; a second person keeps their own words.
    checkAttributions('“We will carry the county,” said the senator and added that turnout was high.', [
      { cue: 'said', source: 'the senator', content: '“We will carry the county,”' },
      { cue: 'added', source: 'the senator', content: 'that turnout was high' },
    ]);
  });
});

describe('a long place or occasion after the cue', () => {
  it('leaves the clause before the source as the content ("..., Reed said during his campaign speech to be a county delegate." reported the phrase)', () => {
    checkAttributions('His support has moved from Berg to Ozola to, now, Lind, Tom Reed said during his campaign speech to be a county delegate.', [
      { cue: 'said', source: 'Tom Reed', content: 'His support has moved from Berg to Ozola to, now, Lind' },
    ]);
    checkAttributions('The ferry will stop in May, Ana Berg wrote in a long memo to the harbour board and the council of Kilnsea.', [
      { cue: 'wrote', source: 'Ana Berg', content: 'The ferry will stop in May' },
    ]);
    // A clause in the phrase is still what was said: a verb, a subject pronoun or "not to".
    checkAttributions('Harbour Data has said in the past it sells its reports only to members of the board.', [
      { cue: 'has said', source: 'Harbour Data', content: 'it sells its reports only to members of the board' },
    ]);
    // After so long a phrase, a quotation after its comma is still the content.
    checkAttributions('Ana Berg lamented in an interview with the politics editor of the Kilnsea Post, "We have mocked the press for years."', [
      { cue: 'lamented', source: 'Ana Berg', content: '"We have mocked the press for years."' },
    ]);
  });

  it('reads "in" and a gerund after the cue as a phrase of occasion ("..., Berg said in posing the question to Reed." reported the phrase)', () => {
    checkAttributions('Many voters found the remark offensive, the journalist Ana Berg said in posing the question to Reed.', [
      { cue: 'said', source: 'the journalist Ana Berg', content: 'Many voters found the remark offensive' },
      { cue: 'found', source: 'Many voters', content: 'the remark offensive' },
    ]);
    // A "that" clause after the gerund's object is what was said.
    checkAttributions('Tom Reed said in closing the meeting that the pier would close.', [{ cue: 'said', source: 'Tom Reed', content: 'that the pier would close' }]);
  });
});

describe('a title in quotation marks after a noun for a work', () => {
  it('is no quotation ("The film, \\"Harbour Lights at Dawn,\\" opens on Friday." was an unattributed quotation, or went on with the last speaker)', () => {
    checkAttributions('The film, "Harbour Lights at Dawn," opens on Friday.', []);
    checkAttributions('Tom Reed praised the show. The show, "Nights in Kilnsea Harbour," returns in May.', [{ cue: 'praised', source: 'Tom Reed', content: 'the show' }]);
    // A quotation after a comma with no such noun is still one, with no speaker in sight.
    checkAttributions('The statement, "We will all be there on the night," was read out by the clerk.', [
      { cue: null, source: null, content: '"We will all be there on the night,"' },
    ]);
  });
});

describe('a quotation resumed after a cue\'s phrase that ends in a noun for a work', () => {
  it('goes on with the speaker ("..., Reed said after the game, \\"but ...\\"" was read as a title and dropped)', () => {
    checkAttributions('"We lost the match," Tom Reed said after the game, "but we will be back next week."', [
      { cue: 'said', source: 'Tom Reed', content: '"We lost the match,"' },
      { cue: 'said', source: 'Tom Reed', content: '"but we will be back next week."' },
    ]);
    checkAttributions('"We lost," Ana Berg said of the show, "We will be back."', [
      { cue: 'said', source: 'Ana Berg', content: '"We lost,"' },
      { cue: 'said', source: 'Ana Berg', content: '"We will be back."' },
    ]);
  });
});

describe('a part of the day after a weekday after the cue', () => {
  it('is in neither cue nor content ("he said Wednesday morning on Radio Kilnsea" reported "morning on Radio Kilnsea")', () => {
    checkAttributions('The plan was sound, he said Wednesday morning on Radio Kilnsea\'s "Morning Show."', [{ cue: 'said', source: 'he', content: 'The plan was sound' }]);
    checkAttributions('Tom Reed said Wednesday morning the plan was sound.', [{ cue: 'said', source: 'Tom Reed', content: 'the plan was sound' }]);
  });
});

describe('a relative clause with no comma inside an inverted source\'s appositive', () => {
  it('stays in the source ("..., said Berg, a graduate whose energy has driven others off the beat." had the content "Berg" and no source)', () => {
    checkAttributions('It will be true up to a point, said Berg, a graduate whose energy has driven others off the beat.', [
      { cue: 'said', source: 'Berg, a graduate whose energy has driven others off the beat', content: 'It will be true up to a point' },
    ]);
    // After a comma the relative clause is left out, as before.
    checkAttributions('"It is a first," said Ana Berg, director of Harbour Data, whose staff lobby every council.', [
      { cue: 'said', source: 'Ana Berg, director of Harbour Data', content: '"It is a first,"' },
    ]);
  });
});

describe('an inverted source with a role in lower case before the name', () => {
  it('is the source after a clause in the past ("The ferry sailed on time, said lobbyist Tom Reed." had the source "The ferry sailed on time")', () => {
    checkAttributions('The ferry sailed on time, said lobbyist Tom Reed.', [{ cue: 'said', source: 'lobbyist Tom Reed', content: 'The ferry sailed on time', role: 'lobbyist' }]);
    checkAttributions('Prices rose on Monday, said analyst Ana Berg.', [{ cue: 'said', source: 'analyst Ana Berg', content: 'Prices rose on Monday' }]);
  });
});

describe('an addressee with a plural\'s possessive before a colon', () => {
  it('leads to the quotation after the colon ("He told Kilnsea News\' Sunday show: \\"...\\"" left the quotation with no speaker)', () => {
    checkAttributions('Tom Reed spoke on Sunday. He told Kilnsea News\' Sunday show: "This is the politics of the playground."', [
      { cue: 'told', source: 'He', content: '"This is the politics of the playground."', speaker: 'Tom Reed' },
    ]);
  });
});

describe('a quotation introduced by a relative clause about its speaker', () => {
  it('reads the verb after ", who" as the cue of a quotation after its comma ("who said, “...”" was an unattributed quotation)', () => {
    checkAttributions('It was Ana Berg, who said, "We have spent years mocking the press."', [
      { cue: 'said', source: 'who', content: '"We have spent years mocking the press."', type: 'direct', speaker: 'Ana Berg' },
    ]);
    // After a place or a time, or one between commas.
    checkAttributions('Then came Ana Berg, who lamented in an interview, "We have spent years mocking the press."', [
      { cue: 'lamented', source: 'who', content: '"We have spent years mocking the press."', type: 'direct', speaker: 'Ana Berg' },
    ]);
    checkAttributions('Then came Tom Reed, who said, in a statement, "We will win."', [{ cue: 'said', source: 'who', content: '"We will win."', speaker: 'Tom Reed' }]);
    // A quotation that closes before the main clause goes on is the content alone.
    checkAttributions('Ana Berg, who said, "We will win," left the hall.', [{ cue: 'said', source: 'who', content: '"We will win,"', speaker: 'Ana Berg' }]);
  });

  it('leaves the colon after the verb out of the content ("who said: “...”" had the content ": “...”", a mixed quotation)', () => {
    checkAttributions('Then came Ana Berg, who said: "We have spent years mocking the press."', [
      { cue: 'said', source: 'who', content: '"We have spent years mocking the press."', type: 'direct', speaker: 'Ana Berg' },
    ]);
    checkAttributions('Then came Ilze Ozola, who told the paper: "The yard will close."', [{ cue: 'told', source: 'who', content: '"The yard will close."', speaker: 'Ilze Ozola' }]);
    checkAttributions('Then came Ana Berg, who said: the plan had failed.', [{ cue: 'said', source: 'who', content: 'the plan had failed', speaker: 'Ana Berg' }]);
    // An organisation's "which" did so already.
    checkAttributions('The deal was backed by Harbour Data, which said: "We welcome the decision."', [
      { cue: 'said', source: 'which', content: '"We welcome the decision."', speaker: 'Harbour Data' },
    ]);
  });

  it('reads a quotation after a time, place or addressee between commas as the content ("said, in a statement, “...”" had no cue)', () => {
    checkAttributions('Ana Berg said, in a statement, "We will win."', [{ cue: 'said', source: 'Ana Berg', content: '"We will win."', type: 'direct' }]);
    checkAttributions('He added, on Radio Kilnsea: "We will win."', [{ cue: 'added', source: 'He', content: '"We will win."', type: 'direct' }]);
    // The rules took the noun before "which" for the content.
    checkAttributions('Harbour Data, which said, in a statement, "We will grow."', [
      { cue: 'said', source: 'which', content: '"We will grow."', speaker: 'Harbour Data' },
    ]);
  });

  it('reads no speaker for a "who" that asks, or for a restrictive clause with no quotation', () => {
    checkAttributions('Who said, "We will win"?', []);
    checkAttributions('Tom Reed asked who said, "We will win."', [{ cue: 'asked', source: 'Tom Reed', content: 'who said, "We will win."' }]);
    checkAttributions('The clerk who said little kept the keys.', []);
  });

  it('ends a restrictive "who" clause at a quotation the main verb follows ("The man who said “no” was fired" had the content "“no” was fired")', () => {
    checkAttributions('The man who said "no" was fired.', [{ cue: 'said', source: 'who', content: '"no"', type: 'direct' }]);
    checkAttributions('The people who said "yes" outnumbered those who said "no".', [
      { cue: 'said', source: 'who', content: '"yes"' },
      { cue: 'said', source: 'who', content: '"no"' },
    ]);
  });
});

describe('a date, an appositive or a main clause after a noun phrase content', () => {
  it('leaves a closing date out of a noun phrase content ("endorsed Ana Berg in March" had the content "Ana Berg in March")', () => {
    checkAttributions('The union endorsed Ana Berg in March.', [{ cue: 'endorsed', source: 'The union', content: 'Ana Berg' }]);
    checkAttributions('Tom Reed announced his bid in June 2025.', [{ cue: 'announced', source: 'Tom Reed', content: 'his bid' }]);
    // A clause keeps its date, and so does a participle or a clause inside the phrase.
    checkAttributions('Ana Berg said the plant closed in 2019.', [{ cue: 'said', source: 'Ana Berg', content: 'the plant closed in 2019' }]);
    checkAttributions('Tom Reed backed a levy passed in 2019.', [{ cue: 'backed', source: 'Tom Reed', content: 'a levy passed in 2019' }]);
    checkAttributions('Ilze Ozola promised reform if the party wins in May.', [{ cue: 'promised', source: 'Ilze Ozola', content: 'reform if the party wins in May' }]);
    checkAttributions('Nordvik Shipping forecast growth of 2% in 2026.', [{ cue: 'forecast', source: 'Nordvik Shipping', content: 'growth of 2% in 2026' }]);
  });

  it('leaves an appositive to the sentence end out of a noun phrase content ("praised Ana Berg, the new chair of the board" had it all as content)', () => {
    checkAttributions('Tom Reed praised Ana Berg, the new chair of the board.', [{ cue: 'praised', source: 'Tom Reed', content: 'Ana Berg' }]);
    // A list goes on, and a clause content keeps an appositive inside it.
    checkAttributions('Tom Reed praised Ana Berg, the levy and the budget.', [{ cue: 'praised', source: 'Tom Reed', content: 'Ana Berg, the levy and the budget' }]);
    checkAttributions('Ana Berg said the vote, the first in a decade, was fair.', [{ cue: 'said', source: 'Ana Berg', content: 'the vote, the first in a decade, was fair' }]);
  });

  it('leaves a closing clause of time out of a noun phrase content ("praised the crew after they reached the shore" had it all as content)', () => {
    checkAttributions('Tom Reed praised the crew after they reached the shore.', [{ cue: 'praised', source: 'Tom Reed', content: 'the crew' }]);
    checkAttributions('The mayor announced the plan after meeting the unions.', [{ cue: 'announced', source: 'The mayor', content: 'the plan' }]);
    // A clause keeps it, and so do a gerund's, a length of time's, a forecast's and a comparison's.
    checkAttributions('Ana Berg said the port would close when the lease ends.', [{ cue: 'said', source: 'Ana Berg', content: 'the port would close when the lease ends' }]);
    checkAttributions('Tom Reed accused Ana Berg of hiding the cost when she ran the port.', [{ cue: 'accused', source: 'Tom Reed', content: 'Ana Berg of hiding the cost when she ran the port' }]);
    checkAttributions('Tom Reed praised the crew two days after they reached the shore.', [{ cue: 'praised', source: 'Tom Reed', content: 'the crew two days after they reached the shore' }]);
    checkAttributions('Harbour Data expects a rise in sales after the port opens.', [{ cue: 'expects', source: 'Harbour Data', content: 'a rise in sales after the port opens' }]);
    checkAttributions('Ana Berg cited the levy as a reason to leave.', [{ cue: 'cited', source: 'Ana Berg', content: 'the levy as a reason to leave' }]);
  });

  it('keeps an indirect question after the one asked or told ("asked the mayor when the ferry would sail" had the content "the mayor")', () => {
    checkAttributions('Tom Reed asked the mayor when the ferry would sail.', [{ cue: 'asked', source: 'Tom Reed', content: 'the mayor when the ferry would sail' }]);
    checkAttributions('Ana Berg told reporters when the port would open.', [{ cue: 'told', source: 'Ana Berg', content: 'reporters when the port would open' }]);
    // A verb that neither asks nor names its addressee still leaves the time out, and so does one
    // with a particle, whose object is the topic.
    checkAttributions('Tom Reed praised the crew when they reached the shore.', [{ cue: 'praised', source: 'Tom Reed', content: 'the crew' }]);
    checkAttributions('Tom Reed was asked about the levy and the budget when he appeared on Radio Kilnsea.', [{ cue: 'was asked about', source: null, content: 'the levy and the budget' }]);
  });

  it('ends the content of a cue in an opening phrase at its comma ("As Ana Berg attacked the levy, the crowd cheered" reported the crowd cheering)', () => {
    checkAttributions('As Ana Berg attacked the levy, the crowd cheered.', [{ cue: 'attacked', source: 'Ana Berg', content: 'the levy' }]);
    checkAttributions('By touting the new port, the mayor risked a backlash from Kilnsea.', [{ cue: 'touting', content: 'the new port' }]);
  });
});

describe('a comment on the report after the cue (h108)', () => {
  it('reports the clause before the cue, not the relative clause of ", in a move that ..." ("the company said on Tuesday, in a move that could lift prices" had the content "that could lift prices")', () => {
    checkAttributions('Nordvik Shipping has halted all sailings to Kilnsea, the company said on Tuesday, in a move that could lift fuel prices.', [
      { cue: 'said', source: 'the company', content: 'Nordvik Shipping has halted all sailings to Kilnsea', speaker: 'Nordvik Shipping' },
    ]);
    checkAttributions('Harbour Data will close its Kilnsea office, the firm said, in a step that surprised staff.', [
      { cue: 'said', source: 'the firm', content: 'Harbour Data will close its Kilnsea office' },
    ]);
  });

  it('still reads a "that" clause after a time or a place ("said on Tuesday, in a statement, that ...")', () => {
    checkAttributions('The company said on Tuesday, in a statement, that it would halt sailings.', [
      { cue: 'said', source: 'The company', content: 'that it would halt sailings' },
    ]);
    checkAttributions('The company said on Tuesday that the move would cost jobs.', [{ cue: 'said', source: 'The company', content: 'that the move would cost jobs' }]);
  });
});
