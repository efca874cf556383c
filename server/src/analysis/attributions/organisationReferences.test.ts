import { describe, expect, it } from 'vitest';
import { parseSource } from './source.js';
import { attributionsOf } from './testing.js';

// Sentences written for these tests in the style of wire copy: an organisation named once, then
// described ("the company", "the ministry", "the council").

/** Speaker, role, organisation and kind of each attribution, in document order. */
const who = (text: string) => attributionsOf(text).map((a) => [a.speaker ?? null, a.role ?? null, a.organisation ?? null, a.speakerKind ?? null]);

describe('an organisation described after it was named ("the company said")', () => {
  it('points "the company" back to the company named before, though it never spoke (it was a role «company»)', () => {
    const text = 'Profits at Harlow Freight Holdings rose to £41m on Tuesday as container rates climbed. The company said it would raise its dividend.';
    expect(who(text)).toEqual([['Harlow Freight Holdings', null, 'Harlow Freight Holdings', 'organisation']]);
    // A company that spoke, named by a word that says it is a company's ("Shipping"), is an organisation too.
    const spoke = 'Ostmark Shipping reported a loss of 2.1 billion crowns on Friday. The company said freight rates had halved. The firm added that it would sell two ships.';
    expect(who(spoke)).toEqual([
      ['Ostmark Shipping', null, 'Ostmark Shipping', 'organisation'],
      ['Ostmark Shipping', null, 'Ostmark Shipping', 'organisation'],
      ['Ostmark Shipping', null, 'Ostmark Shipping', 'organisation'],
    ]);
  });

  it('takes the company the text names most, not a rival named once since', () => {
    const text = 'Shares in Velora fell 8% after Velora cut its forecast. Velora chief executive Ana Lima blamed the weather, while rival Brisk Foods kept its outlook. The company said sales would recover by the summer.';
    expect(who(text).at(-1)).toEqual(['Velora', null, 'Velora', 'organisation']);
  });

  it('points "the agriculture ministry" only to a ministry of agriculture, and "the council" to a council', () => {
    const ministry = 'The Ministry of Agriculture published the harvest figures on Monday. Wheat output fell by a fifth, the agriculture ministry said.';
    expect(who(ministry)).toEqual([['Ministry of Agriculture', null, 'Ministry of Agriculture', 'organisation']]);
    // Another ministry is not the one described.
    const other = 'The Ministry of Defence published the figures on Monday. Wheat output fell by a fifth, the agriculture ministry said.';
    expect(who(other)).toEqual([[null, null, 'agriculture ministry', 'organisation']]);
    const council = 'Bramley Borough Council approved the budget on Wednesday. The council said bin collections would move to fortnightly.';
    expect(who(council)).toEqual([['Bramley Borough Council', null, 'Bramley Borough Council', 'organisation']]);
  });

  it('points "the airport", "the bank" and "the club" to the one of their kind named before', () => {
    expect(who('About 300 flights were cancelled at Corran Airport, the airport said.')[0]).toEqual(['Corran Airport', null, 'Corran Airport', 'organisation']);
    expect(who('The Bank of Norland held rates at 3%. Inflation would ease next year, the bank said.')[0][0]).toBe('Bank of Norland');
    expect(who('Shares in Harrow Athletic FC rose on Monday. The club said a buyer had been found.')[0][0]).toBe('Harrow Athletic FC');
  });

  it('leaves "the council" unresolved when no council was named, as an organisation rather than a role (it was a role «council»)', () => {
    const text = 'A former finance officer was jailed for six years for stealing £1.2m. The council said it had since tightened its controls.';
    expect(who(text)).toEqual([[null, null, 'council', 'organisation']]);
    // The same for "the company" with no company named, and a body the source describes with capitals.
    expect(who('Prices rose again in March. The company said costs were to blame.')).toEqual([[null, null, 'company', 'organisation']]);
    expect(who('The Latvian railway company said fares would rise.')).toEqual([[null, null, 'Latvian railway company', 'organisation']]);
  });

  it('does not take people for an organisation: a group of people, a team, a person named with a word of a body', () => {
    // "a party of councillors", "the research team": people, described as written.
    expect(who('A party of councillors from Ashby said the road was unsafe.')[0][1]).toBe('party');
    expect(who('The research team said the results were early.')).toEqual([[null, 'research team', null, null]]);
    // A person stays a person, even next to a company (whose office she holds).
    const person = 'Ostmark Shipping reported a loss. Chief executive Mia Berg said the year had been hard.';
    expect(who(person)[1]).toEqual(['Mia Berg', 'Chief executive', 'Ostmark Shipping', null]);
  });

  it('does not point "the union" to the European Union, nor "the company" to a month', () => {
    expect(who('The European Union agreed new rules on Monday. The union said its members would strike.').at(-1)).toEqual([null, null, 'union', 'organisation']);
    expect(who('Sales rose in January. The company said demand was strong.').at(-1)).toEqual([null, null, 'company', 'organisation']);
  });
});

describe('organisations named before a source that describes them', () => {
  const who = (text: string) => attributionsOf(text).map((a) => [a.speaker ?? null, a.role ?? null, a.organisation ?? null, a.anonymous ?? false]);

  it('gives "the ministers" the holders named before with their body (the seed\'s "the ministers had endorsed" was an unnamed source)', () => {
    // "backed" rather than the seed's "endorsed": the cue model's weights, retrained with every rule
    // change, put "had endorsed" there on either side of the threshold; this test is about the source.
    const quote = ' said the ministers had backed "a plan to tax the largest firms".';
    expect(who(`G7 finance ministers met in Riga on Friday. Speaking after the meeting, Ana Lima${quote}`)[1]).toEqual([null, 'G7 finance ministers', 'G7', false]);
    // No body named with them, or another portfolio: still unnamed.
    expect(who(`Finance ministers met in Riga on Friday. Speaking after the meeting, Ana Lima${quote}`)[1]).toEqual([null, 'ministers', null, true]);
    expect(who(`G7 finance ministers met in Riga on Friday. Ana Lima said the defence ministers had backed "a plan to tax the largest firms".`)[1]).toEqual([null, 'defence ministers', null, true]);
  });

  it('gives a person whose description points back to "the company" or "the firm" that organisation ("Erik Sand, a banking analyst at the firm" had none after "Analysts at Nordea said")', () => {
    const analyst = 'Analysts at Nordbank said the price looked high. "It is a full price," said Tom Reed, a banking analyst at the firm.';
    expect(who(analyst)[1]).toEqual(['Tom Reed', 'banking analyst at the firm', 'Nordbank', false]);
    const founder = 'The fair was run by cheesemaker Halden this year.\n\nJudy Marsh, the company\'s founder, said sales had doubled.';
    expect(who(founder)).toEqual([['Judy Marsh', "company's founder", 'Halden', false]]);
    // A country is no company.
    expect(who("Norway's foreign minister, Lars Holm, said the talks had failed. Ana Lima, the company's founder, said sales had doubled.")[1]).toEqual(['Ana Lima', "company's founder", null, false]);
  });
});

describe('"the general staff" after an army\'s general staff spoke', () => {
  it('is that body, on the record ("The general staff also reported" had the anonymous hint)', () => {
    const text = "Two drones were shot down overnight, Latvia's general staff said on Tuesday.\n\nThe general staff also reported that shelling near the border had stopped.";
    expect(attributionsOf(text).map((a) => [a.speaker ?? null, a.anonymous ?? false])).toEqual([["Latvia's general staff", false], ["Latvia's general staff", false]]);
  });
});

describe('"The union\'s spokesman, Felix Braun"', () => {
  it('takes the union named before, set off after its noun ("The pilots\' union, VC, wants ..." was not found)', () => {
    const text = 'The drivers\' union, Fahrer, wants a rise of 9%. The company has offered 4%.\n\nThe union\'s spokesman, Tom Reed, said drivers had lost pay for years.';
    expect(attributionsOf(text).map((a) => [a.speaker ?? null, a.organisation ?? null]).at(-1)).toEqual(['Tom Reed', 'Fahrer']);
  });

  it('gives "the watchdog\'s" officer no company that spoke just before', () => {
    const text = 'Halden Group said its accounts were sound. The watchdog\'s chief accountant Tom Reed said they were not.';
    expect(attributionsOf(text).map((a) => [a.speaker ?? null, a.organisation ?? null])).toEqual([['Halden Group', 'Halden Group'], ['Tom Reed', null]]);
  });
});

describe('"Its prime minister" with no name', () => {
  it('works for the organisation that spoke just before ("Poland has ordered ... Its prime minister told" had no organisation)', () => {
    const text = 'Latvia has ordered 40 new tanks, its defence ministry said. Its prime minister told reporters that more would follow.';
    expect(attributionsOf(text).map((a) => [a.role ?? null, a.organisation ?? null]).at(-1)).toEqual(['prime minister', 'Latvia']);
    // What is no office is read too loosely to point back.
    const makers = 'Halden Robotics said its robot could now run. Its makers claim it is the fastest.';
    expect(attributionsOf(makers).map((a) => a.organisation ?? null).at(-1)).toBeNull();
  });
});

describe('a description of a body named before, in more words of a source', () => {
  it('gives "Analysts at the institute" the institute named before, and "the alliance\'s leader" the alliance, not the council that spoke', () => {
    const institute = 'Arms imports rose by 9%, according to the Riga Institute for Security Studies (RISS). Analysts at the institute cautioned that the figures were incomplete.';
    expect(attributionsOf(institute).map((a) => a.organisation ?? null).at(-1)).toBe('Riga Institute for Security Studies');
    const alliance = 'The Harbour Alliance won 31 seats, the Electoral Council said. The alliance\'s leader, Ana Lima, told supporters the result was historic.';
    expect(attributionsOf(alliance).map((a) => [a.speaker ?? null, a.organisation ?? null]).at(-1)).toEqual(['Ana Lima', 'Harbour Alliance']);
  });
});

describe('an organisation named in one word ("Halden said")', () => {
  it('makes a one-word name an organisation when its description says what kind of body or business it is', () => {
    expect(who('Ferrox, the state steel commission, said output fell 4% in May.')).toEqual([['Ferrox', 'state steel commission', 'Ferrox', 'organisation']]);
    expect(who('Marlow, Norway\'s biggest supermarket, said food prices had stopped rising.')).toEqual([['Marlow', "Norway's biggest supermarket", 'Marlow', 'organisation']]);
    expect(who('Brakka, the world\'s third-largest nickel producer, said it would close a smelter.')).toEqual([['Brakka', "world's third-largest nickel producer", 'Brakka', 'organisation']]);
    expect(who('Vantel, the Dutch maker of lithography machines, said orders had doubled.')).toEqual([['Vantel', 'Dutch maker of lithography machines', 'Vantel', 'organisation']]);
    // A producer with no rank and nothing made is a person.
    expect(who('Tom Reed, a film producer, said the festival would go ahead.')).toEqual([['Tom Reed', 'film producer', null, null]]);
  });

  it('makes a one-word name an organisation when the text around it shows one ("Shares in Halden"), not a person named in full before', () => {
    const text = 'Shares in Ostrava fell 6% on Tuesday. Ostrava said it would cut 300 jobs.';
    expect(who(text)).toEqual([['Ostrava', null, 'Ostrava', 'organisation']]);
    const person = 'Ken Tarrant has bought the club. Tarrant bought his stake through a company registered in Jersey. Tarrant said the fans would be pleased.';
    expect(who(person).at(-1)).toEqual(['Tarrant', null, null, null]);
    // A country speaks through its government, not as an organisation so named.
    expect(who('Shares in Latvia\'s banks fell. Latvia said it would not step in.').at(-1)).toEqual(['Latvia', null, null, null]);
  });
});

describe('a description of an organisation named only in passing ("the airline said")', () => {
  it('takes the company an appositive describes ("Veltra, Europe\'s fourth-largest carmaker, will cut ..., the company said" had the organisation «company»)', () => {
    const text = 'Brenmark, Denmark\'s second-largest chipmaker, will close three plants by 2027, the company said on Monday.';
    expect(who(text)).toEqual([['Brenmark', null, 'Brenmark', 'organisation']]);
    // A headline's "Carmaker Veltra" names it too.
    const headline = 'Carmaker Ostrel to cut 900 jobs\n\nAbout 900 jobs will go at two plants, the company said.';
    expect(who(headline)).toEqual([['Ostrel', null, 'Ostrel', 'organisation']]);
  });

  it('takes the employer of the trade that works for that kind of company ("pilots at Lufthavia walked out ..., the airline said")', () => {
    const text = 'About 400 flights were cancelled on Friday as pilots at Nordair walked out over pay, the airline said.';
    expect(who(text)).toEqual([['Nordair', null, 'Nordair', 'organisation']]);
    // Only that kind: nurses at a hospital are no airline's.
    expect(who('Nurses at Vallby walked out over pay, the airline said.')).toEqual([[null, null, 'airline', 'organisation']]);
  });

  it('gives "the central bank" no company that spoke just before', () => {
    const text = 'Halbank, the country\'s third-biggest lender, plans to sell shares, the firm told reporters. Growth slowed to 5%, the central bank said.';
    expect(who(text)).toEqual([['Halbank', null, 'Halbank', 'organisation'], [null, null, 'central bank', 'organisation']]);
  });
});

describe('a body described, then named after a comma the source stops at', () => {
  it('takes the name ("according to the national statistics office, CBS." had no speaker)', () => {
    expect(who('Unemployment rose to 4.1%, according to the national statistics office, Statec.')).toEqual([['Statec', 'national statistics office', 'Statec', 'organisation']]);
    // Two capitalised words after a public body's noun are a person's name, not the body's.
    expect(parseSource('the interior ministry, Tom Reed')).toMatchObject({ name: 'Tom Reed', organisation: null });
  });
});

describe('a company\'s office with no employer named ("chief executive Ken Murphy told")', () => {
  it('is held at the company whose attribution comes right before ("Tesco reported ... chief executive Ken Murphy" had no organisation)', () => {
    const text = 'Halvard Foods reported a 9% rise in profit. "Customers are coming back," chief executive Tom Reed told reporters.';
    expect(who(text)).toEqual([['Halvard Foods', null, 'Halvard Foods', 'organisation'], ['Tom Reed', 'chief executive', 'Halvard Foods', null]]);
    // Not a court named in what the company said, nor a person's other office.
    const court = 'Halvard Foods said the Supreme Court had backed its case. "We are pleased," said chief executive Tom Reed.';
    expect(who(court).at(-1)).toEqual(['Tom Reed', 'chief executive', null, null]);
    expect(who('Halvard Foods reported a loss. "We will recover," said Prime Minister Tom Reed.').at(-1)).toEqual(['Tom Reed', 'Prime Minister', null, null]);
    // Nor a newspaper that reports what the officer said ("According to the Financial Times" was the employer).
    expect(who('According to the Harbour Times, chief executive Tom Reed said that sales had doubled.').at(-1)).toEqual(['Tom Reed', 'chief executive', null, null]);
  });
});

describe('a short name for a body that spoke, with no "(ONS)" written', () => {
  it('is the body whose capitalised words\' initials it spells ("the ONS said" after "the Office for National Statistics" was the speaker "ONS")', () => {
    const text = 'Net migration fell to 431,000, according to the Office for Labour Statistics. The figure was revised, the OLS said.\n\nTom Reed, the OLS\'s director, said the method had changed.';
    expect(who(text)).toEqual([
      ['Office for Labour Statistics', null, 'Office for Labour Statistics', 'organisation'],
      ['Office for Labour Statistics', null, 'Office for Labour Statistics', 'organisation'],
      ['Tom Reed', 'director', 'Office for Labour Statistics', null],
    ]);
  });
});

describe('"the party"', () => {
  it('is the party named last as a sentence\'s subject, else named last ("The party says it would expect" after "Labour denies breaking rules" had no speaker)', () => {
    const spoke = 'The Liberal Democrats said the reshuffle showed a tired government, and the party called for a vote in the Commons.';
    expect(who(spoke).map((r) => r[0])).toEqual(['Liberal Democrats', 'Liberal Democrats']);
    const named = 'Labour denies breaking the rules on cold calls. The party says every call was to a member.';
    expect(who(named)).toEqual([['Labour', null, 'Labour', 'organisation'], ['Labour', null, 'Labour', 'organisation']]);
    const passing = 'Pensioners are promised cheaper heating by the Liberal Democrats. The party says the plan would save £100 a year.';
    expect(who(passing).at(-1)).toEqual(['Liberal Democrats', null, 'Liberal Democrats', 'organisation']);
    // The subject, not a party named in passing after it.
    const subject = 'Labour hit back at the Tory proposals on Monday. The party says the sums do not add up.';
    expect(who(subject).at(-1)?.[0]).toBe('Labour');
    // "Tory" and "Conservative" name one party.
    expect(who('A future Tory government would fund two hours of sport a week, the party has said.').at(-1)?.[0]).toBe('Conservatives');
    // With no party named, a description as before.
    expect(who('The party says the sums do not add up.')).toEqual([[null, null, 'party', 'organisation']]);
  });
});

describe('a company described by what it makes or mines ("the frozen-food maker")', () => {
  it('is the company named before ("the frozen-food maker admitted" after "Halvorsen Foods" was a person with that role)', () => {
    const text = 'The chief executive of Ostvik Foods, Ivo Kalns, resigned after the frozen-fish maker admitted it had overstated its profits. Ostvik\'s chairman, Anna Berg, said the board was shocked. The fish maker said it would restate its accounts.';
    expect(who(text)).toEqual([
      ['Ostvik Foods', null, 'Ostvik Foods', 'organisation'],
      ['Anna Berg', 'chairman', 'Ostvik', null],
      ['Ostvik Foods', null, 'Ostvik Foods', 'organisation'],
    ]);
    // With no company named, a company all the same, described as written.
    expect(who('The copper miner said output would fall.')).toEqual([[null, null, 'copper miner', 'organisation']]);
    // A maker of films, or one a person's word describes, is a person.
    expect(who('Ostvik Foods backed the festival. The film maker said the money came late.').at(-1)).toEqual([null, 'film maker', null, null]);
    expect(who('Ostvik Games released a hit. The veteran game maker says he is not done.')[0][0]).toBeNull();
  });
});

describe('"the club"', () => {
  it('is the club whose manager, chairman or fans the text named ("Rovers vice-chairman David Renn has said the club" and "the new Harbour manager ... The club have confirmed" had no speaker)', () => {
    expect(who('Harbour City vice-chairman Tomas Berg spoke to fans on Friday. The club hoped to sell more shares.').at(-1)?.[0]).toBe('Harbour City');
    expect(who('Ivo Kalns will be unveiled as the new Riverside manager on Tuesday. The club have confirmed the deal.').at(-1)?.[0]).toBe('Riverside');
    // By the full name it spoke under.
    const full = 'Ashby Rovers said they had agreed a record fee. Rovers manager Ivo Kalns said he was pleased. A spokesman said the club hoped to finish the deal soon.';
    expect(who(full).at(-1)?.[0]).toBe('Ashby Rovers');
  });

  it('is the club named as the lead\'s subject, and a league before the noun is no club\'s name ("the Premier League club announced" was the organisation "Premier League", "The club reported" went to "Rovers")', () => {
    const text = 'Kenton Rovers have signed the winger Ivo Kalns from Vestby for £12m. The 24-year-old has agreed a four-year deal, the Championship club announced. ' +
      'Rovers manager Tom Berg said he was delighted. The club reported a loss of £9m for the year.';
    expect(who(text).map((w) => w[0])).toEqual(['Kenton Rovers', 'Tom Berg', 'Kenton Rovers']);
    expect(who('Vestby agreed the fee on Friday. The Serie A side said the player had passed a medical.')[0]).toEqual([null, null, 'club', 'organisation']);
  });
});

describe('a possessive inside an organisation\'s name', () => {
  it('keeps the whole name when what follows the possessive is no person\'s ("Alzheimer\'s Research UK" was the speaker "Research UK" of "Alzheimer")', () => {
    expect(parseSource("Parkinson's Research UK")).toMatchObject({ name: "Parkinson's Research UK", organisation: null });
    const text = "About 150,000 people in the UK live with the condition, according to Parkinson's Research UK. The charity said the number would double by 2050.";
    expect(who(text)).toEqual([
      ["Parkinson's Research UK", null, "Parkinson's Research UK", 'organisation'],
      ["Parkinson's Research UK", null, "Parkinson's Research UK", 'organisation'],
    ]);
    // A person's name after the possessive, and a body's own body, are the possessor's.
    expect(parseSource("Nordline's Tomas Berg")).toMatchObject({ name: 'Tomas Berg', organisation: 'Nordline' });
    expect(parseSource("The Bank's Monetary Policy Committee")).toMatchObject({ name: 'Monetary Policy Committee', organisation: 'Bank' });
  });

  it('ends a list of employers before a second body described after its country\'s possessive ("from University College London and France\'s national health institute Inserm" was "University College London and France")', () => {
    expect(parseSource("The researchers, from Leeds University and Norway's national health institute Helsenor")).toMatchObject({ role: 'researchers', organisation: 'Leeds University' });
    expect(parseSource('The researchers, from Leeds University and Riga Technical University')).toMatchObject({ organisation: 'Leeds University and Riga Technical University' });
    // The country's possessive first: the body's name after its description.
    expect(parseSource("Ana Lima, from Norway's national health institute Helsenor")).toMatchObject({ name: 'Ana Lima', organisation: 'Helsenor' });
    // A body's possessive is the employer ("from the BBC's support group").
    expect(parseSource("Ana Lima, from the Vestlink's research group")).toMatchObject({ name: 'Ana Lima', organisation: 'Vestlink' });
  });
});

describe('a business that runs or trades, described with its country', () => {
  it('is an organisation ("Fingrid, the Finnish grid operator" was a person)', () => {
    const text = 'Power prices rose 20% overnight, according to Vestgrid, the Danish grid operator. The operator said it would add capacity.';
    expect(who(text)).toEqual([
      ['Vestgrid', 'Danish grid operator', 'Vestgrid', 'organisation'],
      ['Vestgrid', 'operator', 'Vestgrid', 'organisation'],
    ]);
    expect(parseSource('Vinoteca, the Latvian wine importer')).toMatchObject({ name: 'Vinoteca', organisation: 'Vinoteca' });
    // A person's full name keeps a person, and with no country the trade may be anyone's.
    expect(parseSource('Tom Reed, the Welsh crane operator')).toMatchObject({ name: 'Tom Reed', organisation: null });
    expect(parseSource('Reed, a crane operator')).toMatchObject({ name: 'Reed', organisation: null });
  });

  it('is an organisation after its trade opening the sentence ("Cruise operator Harbourline" was the organisation "Cruise")', () => {
    const text = 'Ferry operator Baltline reported a 28% rise in profit on Thursday. The company said it would restart its dividend.';
    expect(who(text)).toEqual([
      ['Baltline', 'Ferry operator', 'Baltline', 'organisation'],
      ['Baltline', 'Ferry operator', 'Baltline', 'organisation'],
    ]);
    // A person's full name after the trade is a person's.
    expect(parseSource('Ferry operator Tom Reed')).toMatchObject({ name: 'Tom Reed' });
  });
});

describe('a body named after a place\'s possessive, then its kind in lower case', () => {
  it('is that body, not the place ("an emergency doctor at Seville\'s Virgen del Rocío hospital" worked for "Seville")', () => {
    expect(parseSource("Dr Ana Lima, an emergency doctor at Porto's Santo António hospital")).toMatchObject({ name: 'Ana Lima', role: 'emergency doctor', organisation: 'Santo António hospital' });
    expect(parseSource("Ana Lima, a curator at Oslo's Munch museum")).toMatchObject({ organisation: 'Munch museum' });
    // A company's unit named by a place's adjective stays the company's.
    expect(parseSource("Ana Lima, a researcher at Nordline's European research centre")).toMatchObject({ organisation: 'Nordline' });
  });
});

describe('a body named by what it does and its field, before "which"', () => {
  it('is another body than the one that spoke ("the competition regulator, which has said" was the brewer of the headline)', () => {
    const text = '# Miller agrees £2bn takeover as investors revolt over pay\n\nThe miller Dunmore Grain has agreed to be bought by Aalto for £2bn, the companies announced on Tuesday.\n\nAalto will pay 640p a share. The deal still needs the approval of the competition regulator, which has said it will look closely at the mills.';
    expect(attributionsOf(text, 'markdown').map((a) => [a.speaker ?? null, a.organisation ?? null]).at(-1)).toEqual([null, 'competition regulator']);
    // With no field, "the regulator" is still the body that spoke last.
    expect(who('The Financial Conduct Authority said it would act. The regulator declined to say when.').at(-1)).toEqual(['Financial Conduct Authority', null, 'Financial Conduct Authority', 'organisation']);
  });
});
