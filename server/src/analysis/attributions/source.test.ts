import { describe, expect, it } from 'vitest';
import { parseSource, roleWords } from './source.js';

// Source phrases written for these tests in the style of wire copy.

describe('parseSource: titles before the name', () => {
  it('takes a hyphenated title into the role, not the name', () => {
    expect(parseSource('Alliance Secretary-General Ingrid Halvorsen')).toMatchObject({ name: 'Ingrid Halvorsen', role: 'Alliance Secretary-General' });
    expect(parseSource('Vice-President Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Vice-President' });
    expect(parseSource('Attorney-General Maria Lind')).toMatchObject({ name: 'Maria Lind', role: 'Attorney-General' });
  });

  it('takes an occupation written like a title into the role', () => {
    expect(parseSource('Economist Ruta Ozola')).toMatchObject({ name: 'Ruta Ozola', role: 'Economist' });
    expect(parseSource('Coach Arvid Lind')).toMatchObject({ name: 'Arvid Lind', role: 'Coach' });
    // A surname that is also a trade stays a name.
    expect(parseSource('Ruta Baker')).toMatchObject({ name: 'Ruta Baker', role: null });
  });

  it('keeps lower-case particles inside a name ("Jeremy de Souza" was the speaker "Souza" with the employer "Jeremy")', () => {
    expect(parseSource('Marta de la Fuente, a spokeswoman for the port')).toMatchObject({ name: 'Marta de la Fuente', role: 'spokeswoman for the port' });
    expect(parseSource('Nordline analyst Pieter van den Berg')).toMatchObject({ name: 'Pieter van den Berg', role: 'analyst', organisation: 'Nordline' });
  });

  it('reads a name that closes the appositive\'s first part after a relation or an employer ("Gareth Pryce\'s daughter, Ffion Pryce, 24, who ..." named no one)', () => {
    expect(parseSource("Tomas Berg's daughter, Ilze Berg, 24, who was in court")).toMatchObject({ name: 'Ilze Berg', role: "Tomas Berg's daughter", organisation: null });
    expect(parseSource("Ana Lima's counterpart in the talks, the Commission's chief negotiator Ruta Ozola")).toMatchObject({ name: 'Ruta Ozola', role: 'chief negotiator', organisation: 'Commission' });
    expect(parseSource("The board's chief executive, Prof. Ruta Ozola")).toMatchObject({ name: 'Ruta Ozola', role: "board's chief executive" });
    // A clause naming a work names no one.
    expect(parseSource("The award-winning actor, whose films include Harbour's Edge")).toMatchObject({ name: null, role: 'award-winning actor' });
    // An employer stays one.
    expect(parseSource("Latvia's transport minister, Ana Lima")).toMatchObject({ name: 'Ana Lima', role: 'transport minister', organisation: 'Latvia' });
  });

  it('reads a party before "shadow" as the organisation of a counterpart ("Her Conservative shadow, Oliver Grange" was the speaker "Conservative" with the role "Oliver Grange")', () => {
    expect(parseSource('His Labour shadow, Ruta Ozola')).toMatchObject({ name: 'Ruta Ozola', role: 'Labour shadow', organisation: 'Labour' });
    expect(parseSource('The Tory shadow health secretary, Arne Holm')).toMatchObject({ name: 'Arne Holm', role: 'Tory shadow health secretary', organisation: 'Tory' });
    expect(parseSource('Shadow chancellor Arne Holm')).toMatchObject({ name: 'Arne Holm', role: 'Shadow chancellor', organisation: null });
  });

  it('reads no role from the words that give a name as an example ("Some, like Keir Dawlish of Chatham House" had the role "like")', () => {
    expect(parseSource('Some, like Arne Holm')).toMatchObject({ name: 'Arne Holm', role: null });
    expect(parseSource('Others, such as Ruta Ozola of the IFS')).toMatchObject({ name: 'Ruta Ozola', role: null, organisation: 'IFS' });
    expect(parseSource('Critics, including former minister Arne Holm')).toMatchObject({ name: 'Arne Holm', role: 'former minister' });
  });

  it('reads the group as the speaker when its members after "including" give none ("Other carriers, including Nordline" had the role "including Nordline")', () => {
    expect(parseSource('Other ferry operators, including Nordline')).toMatchObject({ name: null, role: 'ferry operators', head: 'operators' });
    expect(parseSource('Film studios, including Halden Pictures and Lundgren')).toMatchObject({ name: null, head: 'studios' });
  });

  it('takes no name from a relative clause after the head ("A nurse who worked under Pike" was the speaker Pike with the role "nurse who worked under")', () => {
    expect(parseSource('A nurse who worked under Holm')).toMatchObject({ name: null, role: 'nurse', head: 'nurse' });
    expect(parseSource('Officials who met Ruta Ozola')).toMatchObject({ name: null, head: 'officials' });
    // A name before the clause stays the name.
    expect(parseSource('Home Secretary Ruta Ozola who said')).toMatchObject({ name: 'Ruta Ozola' });
  });

  it('takes a body after "at" as the employer of the name the appositive closes with ("Carvalho\'s former coach at Estrela, Jorge Pinto" was the speaker "Carvalho" with the role "Jorge Pinto")', () => {
    expect(parseSource("Lindgren's former coach at Vestby, Arne Holm")).toMatchObject({ name: 'Arne Holm', role: "Lindgren's former coach", organisation: 'Vestby' });
    expect(parseSource("the mayor's deputy at the Riga City Council, Ruta Ozola")).toMatchObject({ name: 'Ruta Ozola', organisation: 'Riga City Council' });
    expect(parseSource("Lindgren's former coach, Arne Holm")).toMatchObject({ name: 'Arne Holm', role: 'former coach', organisation: 'Lindgren' });
  });

  it('names one of a group and an office\'s holder from the appositive ("One of the victims, 74-year-old ..." and "Labour MP for Rhondda, Chris Bryant" named no one or "Labour")', () => {
    expect(parseSource('One of the passengers, 61-year-old Ruta Ozola from Liepaja')).toMatchObject({ name: 'Ruta Ozola', role: 'One of the passengers', anonymous: false });
    expect(parseSource('Green MP for Riga North, Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Green MP for Riga North' });
    expect(parseSource('Two of the passengers')).toMatchObject({ name: null, anonymous: true });
  });

  it('reads an employer or a home town after the appositive\'s closing name, and keeps a title of more than one word ("Dr. Li Wen-jun of the ... Academy" named no one; "State Rep. Janet Miller" had the role "State")', () => {
    expect(parseSource("The report's co-author, Dr. Kim Min-seo of the Baltic Marine Institute")).toMatchObject({ name: 'Kim Min-seo', role: "report's co-author", organisation: 'Baltic Marine Institute' });
    expect(parseSource('a neighbour, Tom Reed of Leeds')).toMatchObject({ name: 'Tom Reed', role: 'neighbour', organisation: null });
    expect(parseSource('Her Green colleague, State Rep. Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'State Rep.' });
  });

  it('names no one in a title written alone, and no person as an organisation ("Judge blocks ..." had the speaker "Judge"; "A spokesman for Mr. Burns" the organisation "Mr. Burns")', () => {
    expect(parseSource('Judge')).toMatchObject({ name: null, role: 'Judge', head: 'judge' });
    expect(parseSource('Correspondents')).toMatchObject({ name: null, role: 'Correspondents' });
    // A title that is a common surname stays a name.
    expect(parseSource('King')).toMatchObject({ name: 'King' });
    expect(parseSource('A spokesman for Mr. Berg, Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'spokesman for Mr. Berg', organisation: null });
    // A body of that person speaking is its own organisation still.
    expect(parseSource("Mr Berg's office")).toMatchObject({ name: "Mr Berg's office", organisation: "Mr Berg's office" });
  });

  it('names no one in "a Gulf official familiar with the planning" or "Not everyone" (they were the speakers "Gulf" and "Not")', () => {
    expect(parseSource('A Nordline official familiar with the planning')).toMatchObject({ name: null, role: 'Nordline official', organisation: 'Nordline', anonymous: true });
    // An organisation's body speaks under its own name; a kind of organisation describes the one named.
    expect(parseSource('the UN refugee agency (UNHCR)')).toMatchObject({ name: 'UN refugee agency', organisation: 'UN refugee agency' });
    expect(parseSource('the Kremlin press office')).toMatchObject({ name: 'Kremlin press office', organisation: 'Kremlin press office' });
    expect(parseSource('the Reuters news agency')).toMatchObject({ name: 'Reuters', organisation: 'Reuters' });
    // Offices in their own language are titles ("Taoiseach Micheál Martin" was one name); "Premier League" is not.
    expect(parseSource('Taoiseach Micheál Martin')).toMatchObject({ name: 'Micheál Martin', role: 'Taoiseach' });
    expect(parseSource('Premier League')).toMatchObject({ name: 'Premier League', role: null });
    // "who served as" names the office ("Elina Valtonen, who served as ..." had no role, and an incomplete hint).
    expect(parseSource("Elina Valtonen, who served as Finland's foreign minister")).toMatchObject({ name: 'Elina Valtonen', role: 'former foreign minister', organisation: 'Finland' });
    expect(parseSource('Tom Berg, who served in the army')).toMatchObject({ name: 'Tom Berg', role: null });
    // An office and the place it is held for is a person in a role ("the King of Spain" was an organisation).
    expect(parseSource('the King of Spain')).toMatchObject({ name: null, role: 'King of Spain', organisation: 'Spain', head: 'king' });
    expect(parseSource('Mayor of London Sadiq Khan')).toMatchObject({ name: 'Sadiq Khan', role: 'Mayor of London' });
    expect(parseSource('the Bank of England')).toMatchObject({ name: 'Bank of England', organisation: 'Bank of England' });
    expect(parseSource('the Chancellor of the Exchequer')).toMatchObject({ name: 'Chancellor of the Exchequer' });
    // "Military planners say" was the speaker "Military".
    expect(parseSource('Military planners')).toMatchObject({ name: null, role: 'Military planners', anonymous: true });
    expect(parseSource('specialists')).toMatchObject({ name: null, anonymous: true });
    expect(parseSource('Not everyone in the port')).toMatchObject({ name: null });
  });

  it('keeps particles that open a name or are joined to it ("Dr. al-Hakim" was the speaker "Dr.", "van Dijk" had the role "van")', () => {
    expect(parseSource('Dr. Samira al-Amin, a consultant in Leeds')).toMatchObject({ name: 'Samira al-Amin', role: 'consultant in Leeds' });
    expect(parseSource('Dr. al-Amin')).toMatchObject({ name: 'al-Amin', role: null });
    expect(parseSource('van Roon-Asante, 31')).toMatchObject({ name: 'van Roon-Asante', role: null });
    expect(parseSource('Prosecutor Gwenllian ap Rhys KC')).toMatchObject({ name: 'Gwenllian ap Rhys', role: 'Prosecutor', organisation: null });
    expect(parseSource('A port spokesman, Joost van der Wal')).toMatchObject({ name: 'Joost van der Wal', role: 'port spokesman' });
    // A lower-case noun before a name is no particle.
    expect(parseSource('a van driver')).toMatchObject({ name: null, head: 'driver' });
  });

  it('keeps hyphenated names and other hyphenated words in the name', () => {
    expect(parseSource('Anna-Lena Vogel')).toMatchObject({ name: 'Anna-Lena Vogel', role: null });
    expect(parseSource('Jean-Pierre Martin-Duval')).toMatchObject({ name: 'Jean-Pierre Martin-Duval', role: null });
  });
});

describe('parseSource: a word of mood or time before the name is no role', () => {
  it('gives no role for "An angry", "a tearful", "no good" or ", shortly" ("It was no good Ms Lind insisting" gave Ana Lind the role "good")', () => {
    expect(parseSource('An angry Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: null });
    expect(parseSource('a tearful Lind')).toMatchObject({ name: 'Lind', role: null });
    expect(parseSource('good Mr Berg')).toMatchObject({ role: null });
    expect(parseSource('Mr Berg, shortly')).toMatchObject({ role: null });
    // A role beside such a word is kept.
    expect(parseSource('Economist Ruta Ozola')).toMatchObject({ name: 'Ruta Ozola', role: 'Economist' });
  });
});

describe('parseSource: a time after a participle', () => {
  it('names no one in a closing weekday ("a survey released Sunday" had the speaker "Sunday")', () => {
    expect(parseSource('A survey released Sunday')).toMatchObject({ name: null });
    expect(parseSource('A harbour report published on Monday night')).toMatchObject({ name: null });
    expect(parseSource('The Saturday Evening Post')).toMatchObject({ name: 'Saturday Evening Post' });
  });
});

describe('parseSource: a name in the appositive', () => {
  it('takes a name that ends the appositive after a role, or that is the whole appositive', () => {
    expect(parseSource("the prosecution's key witness, former finance chief Ana Lima")).toMatchObject({ name: 'Ana Lima', role: 'former finance chief', anonymous: false, definite: false });
    expect(parseSource('her lawyer, Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'lawyer', anonymous: false });
  });

  it('leaves an age, a home town and letters after the name out of it ("78-year-old Joan Whitfield from Plymouth" named no one)', () => {
    expect(parseSource('One saver, 78-year-old Nora Pike from Truro')).toMatchObject({ name: 'Nora Pike', role: 'saver' });
    expect(parseSource('a neighbour, Tom Reed, 58')).toMatchObject({ name: 'Tom Reed', role: 'neighbour' });
    // A clause after the age still says what the person does ("Eleni Papadaki, 54, who runs a bakery" had no role).
    expect(parseSource('Nora Pike, 54, who runs a bakery in the village')).toMatchObject({ name: 'Nora Pike', role: 'runs a bakery in the village' });
    expect(parseSource('Dr Tomas Berg, 79, who has been in Rome for the talks')).toMatchObject({ name: 'Tomas Berg', role: null });
    // More occupations written like titles ("Treasurer Peter Costello" was the name); a company's first word is not one.
    expect(parseSource('Treasurer Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Treasurer' });
    expect(parseSource('Film-maker Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Film-maker' });
    expect(parseSource('Forward Planning Ltd')).toMatchObject({ name: 'Forward Planning Ltd', role: null });
    // A sentence adverb opening the source is no name ("Nevertheless, ..., Mahendra Wirawan" was the speaker "Nevertheless").
    expect(parseSource('Separately, the largest parcel carrier, Skylink')).toMatchObject({ name: 'Skylink', organisation: 'Skylink' });
    // A describing word before a group of countries names no one ("Donor nations" was the speaker "Donor").
    expect(parseSource('Donor nations')).toMatchObject({ name: null, role: 'Donor nations', head: 'nations' });
    expect(parseSource('Rich Lowry')).toMatchObject({ name: 'Rich Lowry' });
    // An office, then its holder with styles of address ("the Bishop of Nordvik, the Rt Rev Dr Ola Strand" was the speaker "Bishop of Nordvik").
    expect(parseSource('The Bishop of Riga, the Rt Rev Dr Janis Berg')).toMatchObject({ name: 'Janis Berg', role: 'Bishop of Riga' });
    expect(parseSource('the Rt Hon Ana Lima')).toMatchObject({ name: 'Ana Lima' });
    // Place adjectives before a common noun name no organisation ("unions at the Swedish truckmaker" had the organisation "Swedish").
    expect(parseSource('workers at the Latvian carmaker')).toMatchObject({ role: 'workers', organisation: null });
    expect(parseSource('analysts at the Latvian bank Citadele')).toMatchObject({ organisation: 'Citadele' });
    // A company's description opening the sentence is its role ("Carmaker Nissan" was a person's name).
    expect(parseSource('Carmaker Skoda')).toMatchObject({ name: 'Skoda', organisation: 'Skoda', role: 'Carmaker' });
    // A month or a day alone names no speaker ("last September it" was the speaker "September"); "May" may be a person.
    expect(parseSource('the 11 September attacks')).toMatchObject({ name: null, organisation: null });
    expect(parseSource('May')).toMatchObject({ name: 'May' });
    // Titles after an organisation's name name its title-holder, not the organisation ("EEF chief economist" was "EEF").
    expect(parseSource('NFA chief economist')).toMatchObject({ name: null, organisation: 'NFA', head: 'economist' });
    expect(parseSource('Halden Bank senior analyst')).toMatchObject({ name: null, organisation: 'Halden Bank' });
    // Where the speaker works, in an appositive with no role ("Kyle Brenton, at Citigroup" gave the role "at Citigroup").
    expect(parseSource('Ilze Ozola, at Baltic Auto Weekly')).toMatchObject({ name: 'Ilze Ozola', role: null, organisation: 'Baltic Auto Weekly' });
    expect(parseSource('Ana Lima, of the Institute for Fiscal Studies')).toMatchObject({ name: 'Ana Lima', organisation: 'Institute for Fiscal Studies' });
    expect(parseSource('The report, from the Centre for Port Studies')).toMatchObject({ name: null, role: 'report', organisation: 'Centre for Port Studies' });
    expect(parseSource('Tom Reed, of Leeds')).toMatchObject({ name: 'Tom Reed', role: null, organisation: null });
    // An organisation described, then named ("The employers' group, the CBI" gave the role "CBI").
    expect(parseSource("The growers' union, the NFA")).toMatchObject({ name: 'NFA', organisation: 'NFA', role: "growers' union", anonymous: false });
    expect(parseSource('the carrier, Skylink Air')).toMatchObject({ name: 'Skylink Air', organisation: 'Skylink Air', role: 'carrier' });
    // Groups quoted as a whole are unnamed sources, not names ("Forecasters" was a speaker's name).
    expect(parseSource('Forecasters')).toMatchObject({ name: null, role: 'Forecasters', anonymous: true });
    // A title before the name is the role; the clause after it says what the person did ("who visited the area" was the role).
    expect(parseSource('Mayor Nora Pike, who toured the flooded streets')).toMatchObject({ name: 'Nora Pike', role: 'Mayor' });
    expect(parseSource("the family's lawyer, Daniel Marsh KC")).toMatchObject({ name: 'Daniel Marsh', role: "family's lawyer" });
    expect(parseSource('Ann Lee MP')).toMatchObject({ name: 'Ann Lee', role: 'MP' });
    expect(parseSource('Labour MP Ann Lee')).toMatchObject({ name: 'Ann Lee', role: 'Labour MP' });
  });

  it('keeps the determiners inside a role ("spokesman for fire service" lost its "the") and gives no role that ends in a link word', () => {
    expect(parseSource('a spokesman for the fire service, Nikos Vale')).toMatchObject({ name: 'Nikos Vale', role: 'spokesman for the fire service' });
    expect(parseSource('The director of the film, Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'director of the film' });
    expect(parseSource('Other lenders, such as the Harbour Bank')).toMatchObject({ role: null });
  });

  it('leaves unnamed sources and organisations after a link word alone', () => {
    expect(parseSource('a spokesman for the port authority')).toMatchObject({ name: null, anonymous: true });
    expect(parseSource('officials, including the Department of Transport')).toMatchObject({ name: null, anonymous: true });
  });
});

describe('parseSource: an employer before the name', () => {
  it('takes the employer before a role in lower case as the organisation ("Morgan Stanley equity strategist ..." was the speaker "Morgan Stanley")', () => {
    expect(parseSource('Halden Bank equity strategist Mira Sato')).toMatchObject({ name: 'Mira Sato', role: 'equity strategist', organisation: 'Halden Bank' });
    expect(parseSource('Harbour Gazette film critic Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'film critic', organisation: 'Harbour Gazette' });
    // A title of address before the name is neither name nor role.
    expect(parseSource('Nordline boss Mr Dahl')).toMatchObject({ name: 'Dahl', role: 'boss', organisation: 'Nordline' });
    // Titles alone before the role are part of it.
    expect(parseSource('Chief executive Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Chief executive', organisation: null });
  });

  it('takes a possessive employer as the organisation ("Amazon\'s Robin Caddick" was one name)', () => {
    expect(parseSource("Vestra's Ana Lima")).toMatchObject({ name: 'Ana Lima', organisation: 'Vestra' });
    expect(parseSource("Kell Partners' chief economist Dr Ana Lima")).toMatchObject({ name: 'Ana Lima', role: 'chief economist', organisation: 'Kell Partners' });
    // A title alone after the possessive is no name: the appositive names the person ("Argentina's
    // President, Nestor Alvarado" was the name "Argentina President" with the role "Nestor Alvarado").
    expect(parseSource("Latvia's President, Ana Lima")).toMatchObject({ name: 'Ana Lima', role: 'President', organisation: 'Latvia' });
  });

  it('reads the organisation of an unnamed person and an institution under its own description', () => {
    // "a senior NATO officer" was the speaker "NATO", and "Russia's embassy in Oslo" the speaker "Russia".
    expect(parseSource('a senior Alliance officer')).toMatchObject({ name: null, role: 'senior Alliance officer', organisation: 'Alliance', anonymous: true });
    expect(parseSource('Harlow Bank analysts')).toMatchObject({ name: null, organisation: 'Harlow Bank', anonymous: true });
    expect(parseSource("Latvia's embassy in Rome")).toMatchObject({ name: "Latvia's embassy in Rome", organisation: "Latvia's embassy in Rome" });
    expect(parseSource("the club's spokesman")).toMatchObject({ name: null, role: "club's spokesman", anonymous: true });
    // A person of the possessor by office or kin speaks, not the possessor ("France's finance minister"
    // was the speaker "France"); a document of the possessor still speaks for it ("Apacs' figures").
    expect(parseSource("Latvia's finance minister")).toMatchObject({ name: null, role: 'finance minister', organisation: 'Latvia', anonymous: false });
    // A person's relation names no organisation ("Mr Pryce's former business partner" had the organisation "Mr Pryce").
    expect(parseSource("Mr Berg's deputy")).toMatchObject({ name: null, role: "Mr Berg's deputy", organisation: null });
    expect(parseSource("Nordline's figures")).toMatchObject({ name: 'Nordline' });
    // Unnamed organisations are unnamed sources unless "the" or "both" points back to named ones; a place
    // after an organisation or a group is no part of it.
    expect(parseSource('US shipping firms')).toMatchObject({ name: null, organisation: 'US', anonymous: true });
    expect(parseSource('Both companies')).toMatchObject({ name: null, anonymous: false });
    expect(parseSource('Lutheran charities in Riga')).toMatchObject({ name: null, role: 'Lutheran charities', anonymous: true });
    expect(parseSource('Ilze Berzina, an analyst at Baltic Capital in Riga')).toMatchObject({ name: 'Ilze Berzina', organisation: 'Baltic Capital' });
    expect(parseSource('A number of retailers')).toMatchObject({ name: null, role: 'number of retailers', head: 'retailers' });
    // An organisation's title-holder, described employers, a title with its office, number words.
    expect(parseSource('Nordline director')).toMatchObject({ name: null, role: 'Nordline director', organisation: 'Nordline' });
    expect(parseSource('Ilze Berzina, an analyst at brokerage Baltic Capital')).toMatchObject({ name: 'Ilze Berzina', role: 'analyst', organisation: 'Baltic Capital' });
    expect(parseSource('UK Chancellor of the Exchequer Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'UK Chancellor of the Exchequer', organisation: null });
    expect(parseSource('Eighteen shipping firms')).toMatchObject({ name: null, head: 'firms', anonymous: true });
    expect(parseSource('The Riga-born actor')).toMatchObject({ name: null, role: 'Riga-born actor', organisation: null });
    // Honours and titles of address are neither name nor role, and "the Rev" names a person.
    expect(parseSource('chief executive Sir Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'chief executive' });
    expect(parseSource('Dame Nora Pike')).toMatchObject({ name: 'Nora Pike', role: null });
    expect(parseSource('the Rev Ann Lee')).toMatchObject({ name: 'Ann Lee', organisation: null });
    expect(parseSource('the Justice Department')).toMatchObject({ organisation: 'Justice Department' });
    // "US" and "UK" before a company describe it ("The US company" was the speaker US); before
    // officials they are the state the officials speak for.
    expect(parseSource('The US company')).toMatchObject({ name: null, role: 'US company', organisation: null });
    // Pronouns that open a sentence are no names ("Others said" had the speaker "Others").
    expect(parseSource('Others')).toMatchObject({ name: null });
    expect(parseSource('Neither')).toMatchObject({ name: null });
    expect(parseSource('Neither Ms Ruiz nor Mr Hale')).toMatchObject({ name: 'Ruiz', role: null });
    expect(parseSource('Either the mayor or her deputy')).toMatchObject({ name: null, role: 'mayor and deputy', head: 'deputy' });
    // "of the firm" before the employer's name after an appositive's name made the name the role.
    expect(parseSource('a port lawyer, Tom Reed of the law firm Reed Berg')).toMatchObject({ name: 'Tom Reed', role: 'port lawyer', organisation: 'Reed Berg', anonymous: false });
    // Who has seen a document is no role of it; a person "seen by many as" something keeps it.
    expect(parseSource('A draft report, obtained by Reuters')).toMatchObject({ name: null, role: 'draft report', head: 'report' });
    expect(parseSource('Tom Reed, seen by many as the favourite')).toMatchObject({ name: 'Tom Reed', role: 'seen by many as the favourite' });
    // A firm's name may open with a number ("at 4Cast" stayed in the role); "3G" is no name.
    expect(parseSource('Ruta Ozola, a senior strategist at 4Sight')).toMatchObject({ name: 'Ruta Ozola', role: 'senior strategist', organisation: '4Sight' });
    expect(parseSource('a spokesman for 7-Eleven')).toMatchObject({ role: 'spokesman', organisation: '7-Eleven' });
    expect(parseSource('3G operators')).toMatchObject({ name: null, organisation: null });
    // After "at", a trade that is mostly a firm's keeps a name like a person's ("at the broker Peel Hunt" was all role); a lawyer stays a person.
    expect(parseSource('Dan Reed, an analyst at the broker Hale Barton')).toMatchObject({ role: 'analyst', organisation: 'Hale Barton' });
    expect(parseSource('Ana Lima, an intern at the lawyer Tom Reed')).toMatchObject({ organisation: null });
    // A dateline before the story's first source is no part of the name ("LONDON Harrow & Vane"); a dash after an initialism alone is no dateline.
    expect(parseSource('**RIGA** — Tom Reed, the port director')).toMatchObject({ name: 'Tom Reed', role: 'port director' });
    expect(parseSource('TALLINN, Estonia (AP) — Ana Lima')).toMatchObject({ name: 'Ana Lima' });
    expect(parseSource('NATO — the alliance')).toMatchObject({ name: 'NATO' });
    expect(parseSource('US officials')).toMatchObject({ name: null, organisation: 'US', anonymous: true });
    expect(parseSource('Swiss drugmaker Halden')).toMatchObject({ name: 'Halden', role: 'Swiss drugmaker', organisation: 'Halden' });
    expect(parseSource('Nora Pike, a fellow at the Institute of Sea Law and Shipping in Riga and Tartu')).toMatchObject({ organisation: 'Institute of Sea Law and Shipping' });
    // "on" between a body's word and capitals is inside its name ("the Council on Foreign Relations" was the "Council"); a date is not.
    expect(parseSource('Nora Pike, a fellow at the Baltic Council on Maritime Affairs')).toMatchObject({ role: 'fellow', organisation: 'Baltic Council on Maritime Affairs' });
    expect(parseSource('Ilze Ozola, who heads the Riga office of the Commission on Fair Trade')).toMatchObject({ organisation: 'Commission on Fair Trade' });
    expect(parseSource('Tom Reed, a spokesman for the Council on January 5')).toMatchObject({ organisation: 'Council' });
    expect(parseSource('Nora Pike of the Centre for Baltic Reform in Riga')).toMatchObject({ name: 'Nora Pike', organisation: 'Centre for Baltic Reform' });
    // A sentence's first word in capitals is no organisation when it is an adjective; "General" before a
    // company's word is no title ("General Motors" was the name "Motors").
    expect(parseSource('Legal experts')).toMatchObject({ organisation: null, anonymous: true });
    expect(parseSource('General Motors').name).toBe('General Motors');
    // Nor is a sector or a kind of person before an unnamed group ("Passenger groups" was the speaker
    // "Passenger", "Health officials" spoke for the organisation "Health").
    expect(parseSource('Passenger groups')).toMatchObject({ name: null, role: 'Passenger groups', organisation: null, anonymous: true });
    expect(parseSource('Health officials')).toMatchObject({ name: null, role: 'Health officials', organisation: null, anonymous: true });
    expect(parseSource('Defence lawyers')).toMatchObject({ name: null, organisation: null, anonymous: true });
    expect(parseSource('Kestrel Rail spokesmen')).toMatchObject({ name: null, organisation: 'Kestrel Rail', anonymous: true });
    // An organisation's name runs on over "of" or "for" ("the Office for National Statistics" was "Office");
    // a minister's portfolio is part of the role ("Finance" was the employer); people a named organisation
    // polled are unnamed; an age and a town after a name are no role and no employer.
    expect(parseSource('the Office for Budget Statistics')).toMatchObject({ name: 'Office for Budget Statistics', organisation: 'Office for Budget Statistics' });
    expect(parseSource('Health minister Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Health minister', organisation: null });
    expect(parseSource('Analysts polled by Harlow News')).toMatchObject({ name: null, organisation: 'Harlow News', anonymous: true });
    expect(parseSource('Tom Reed, 58, of Kettering')).toMatchObject({ name: 'Tom Reed', role: null, organisation: null });
    // A title word inside an organisation's name stays ("the Justice Department" was "Department"), an
    // institution of a possessor speaks under its own name, and a time phrase before a source is no part of it.
    expect(parseSource('the Justice Department').name).toBe('Justice Department');
    expect(parseSource("Latvia's Ministry of Transport").name).toBe("Latvia's Ministry of Transport");
    expect(parseSource('Last Friday the minister')).toMatchObject({ name: null, role: 'minister' });
    expect(parseSource('last week Finance Secretary Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Finance Secretary' });
    // An ampersand stays in a name; a sentence's opening adjective is no name; where a firm is based is
    // no part of its name; a participle with an object says what someone did, not who they are; a
    // source that opens with a preposition was misread and names no one.
    expect(parseSource('Pharmaceutical firm Harlow & Reed')).toMatchObject({ name: 'Harlow & Reed', organisation: 'Harlow & Reed' });
    expect(parseSource('Veteran actor Tom Reed')).toMatchObject({ name: 'Tom Reed', role: 'Veteran actor', organisation: null });
    expect(parseSource('Oslo-based Nordline').name).toBe('Nordline');
    expect(parseSource('Tom Reed, accepting his award in Rome').role).toBeNull();
    expect(parseSource('Tom Reed, acting chief executive').role).toBe('acting chief executive');
    expect(parseSource('Among the firms').name).toBeNull();
    expect(parseSource('Critics')).toMatchObject({ name: null, anonymous: true });
    expect(parseSource('Prosecutors')).toMatchObject({ name: null, anonymous: false });
    // An institution's name runs on over "of" before a role and a name ("Bank of England governor Ana
    // Lima" had the name "Bank"); a title alone after "the" is a person by office, not an organisation;
    // a sentence's opening document noun is no name; a month after a possessive is no name.
    expect(parseSource('Bank of Latvia governor Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'governor', organisation: 'Bank of Latvia' });
    expect(parseSource('Tom Reed of IT firm Harlow Data')).toMatchObject({ name: 'Tom Reed' });
    expect(parseSource('the Bishop')).toMatchObject({ name: null, role: 'Bishop', organisation: null });
    expect(parseSource('Data from the Harlow Bureau')).toMatchObject({ name: null, organisation: 'Harlow Bureau' });
    expect(parseSource("the Bank of Latvia's March survey").name).not.toBe('March');
    // A share of unnamed people ("About four in 10 residents" had the organisation "About"); an adjective of
    // place before a role is part of it ("Acting Latvian port director" had the employer "Latvian").
    expect(parseSource('About four in 10 residents')).toMatchObject({ name: null, organisation: null, head: 'residents', anonymous: true });
    expect(parseSource('Acting Latvian port director Anna Lind')).toMatchObject({ name: 'Anna Lind', role: 'Acting Latvian port director', organisation: null });
    // An institution after "by" keeps its title-like words, and a possessive before it is no role; a
    // clause after a name is no role.
    expect(parseSource("a study by the country's State Audit Office")).toMatchObject({ name: 'State Audit Office', role: null });
    expect(parseSource('Tom Reed, as the narrator, sings').role).toBeNull();
    // The author of a document speaks through it; the document is no role ("report by" was one).
    expect(parseSource('a report by the Baltic Security Institute')).toMatchObject({ name: 'Baltic Security Institute', role: null });
    // A possessive inside a role is kept ("parliament's" was "parliament").
    expect(parseSource("Ana Lima, who chairs parliament's budget committee").role).toBe("chairs parliament's budget committee");
  });

  it('makes the name after a company description the organisation speaking', () => {
    expect(parseSource('Danish shipping firm Nordline')).toMatchObject({ name: 'Nordline', role: 'Danish shipping firm', organisation: 'Nordline' });
    // A description that fits a person too names a person.
    expect(parseSource('film producer Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'film producer', organisation: null });
  });
});

describe('parseSource: institutions named with "of" or "for"', () => {
  it('keeps the whole name before a noun ("a Department of Health spokesperson" was the speaker "Department" of "Health")', () => {
    expect(parseSource('A Department of Transport spokesperson')).toMatchObject({ name: null, role: 'Department of Transport spokesperson', organisation: 'Department of Transport', anonymous: true });
    expect(parseSource('Ministry of Fisheries officials')).toMatchObject({ name: null, organisation: 'Ministry of Fisheries', head: 'officials', anonymous: true });
    expect(parseSource('Bank of Portugal figures')).toMatchObject({ name: 'Bank of Portugal', organisation: 'Bank of Portugal' });
    expect(parseSource('Office for Road Safety data')).toMatchObject({ name: 'Office for Road Safety' });
  });

  it('reads a bank named "Bank of" as one name, not a described company', () => {
    expect(parseSource('Bank of Lisbon')).toMatchObject({ name: 'Bank of Lisbon', role: null, organisation: 'Bank of Lisbon' });
    expect(parseSource("the Bank of Portugal's March survey")).toMatchObject({ name: 'Bank of Portugal' });
  });

  it('keeps a name that continues over "and the"', () => {
    expect(parseSource('the Commission for Trade and the Arts')).toMatchObject({ name: 'Commission for Trade and the Arts' });
  });

  it('splits an institution from the title and the name after it', () => {
    expect(parseSource('Bank of Portugal Governor Rui Lopes')).toMatchObject({ name: 'Rui Lopes', role: 'Governor', organisation: 'Bank of Portugal' });
    expect(parseSource('the Central Bank Chairman, Rui Lopes')).toMatchObject({ name: 'Rui Lopes', role: 'Chairman', organisation: 'Central Bank' });
  });

  it('leaves a name that ends in a place adjective as it was', () => {
    expect(parseSource('The Association of Irish growers')).toMatchObject({ name: 'Association' });
  });
});

describe('parseSource: the employer in the appositive', () => {
  it('takes a possessor before an office as the organisation ("Pat Cullen, the RCN\'s general secretary" had none)', () => {
    expect(parseSource("Ines Duarte, the TUC's general secretary")).toMatchObject({ name: 'Ines Duarte', role: 'general secretary', organisation: 'TUC' });
    expect(parseSource("Rui Lopes, Portugal's finance minister")).toMatchObject({ name: 'Rui Lopes', role: 'finance minister', organisation: 'Portugal' });
    expect(parseSource("Rui Lopes, Nordbank's director of retail markets")).toMatchObject({ role: 'director of retail markets', organisation: 'Nordbank' });
  });

  it('keeps a person, kin or a description of a company in the role', () => {
    expect(parseSource("Rui Lopes, President Ana Costa's spokesman")).toMatchObject({ role: "President Ana Costa's spokesman", organisation: null });
    expect(parseSource("Ines Duarte, Rui's wife")).toMatchObject({ role: "Rui's wife", organisation: null });
    // The company is itself the organisation, not Portugal.
    expect(parseSource("Nordbank, Portugal's second-biggest lender")).toMatchObject({ name: 'Nordbank', role: "Portugal's second-biggest lender", organisation: 'Nordbank' });
  });

  it('prefers a later employer to a capitalised word that modifies a role ("head of UK research at Knight Frank" worked for "UK Knight Frank")', () => {
    expect(parseSource('Ines Duarte, head of UK equities at Harbour Capital')).toMatchObject({ role: 'head of UK equities', organisation: 'Harbour Capital' });
    expect(parseSource('Ines Duarte, head of strategy for Latin American markets for Harbour Capital')).toMatchObject({ role: 'head of strategy for Latin American markets', organisation: 'Harbour Capital' });
    expect(parseSource('Ines Duarte, director of Harbour News in Porto')).toMatchObject({ role: 'director', organisation: 'Harbour News' });
  });
});

describe('parseSource: records', () => {
  it('names no one in a common noun opening the sentence before a record ("Satellite images" had the speaker "Satellite")', () => {
    expect(parseSource('Satellite images')).toMatchObject({ name: null, role: 'Satellite images', head: 'images' });
    expect(parseSource('Government figures')).toMatchObject({ name: null, role: 'Government figures' });
    expect(parseSource('Court documents')).toMatchObject({ name: null, head: 'documents' });
    // An institution's or an agency's name stays the author of its figures.
    expect(parseSource('Treasury figures')).toMatchObject({ name: 'Treasury' });
    expect(parseSource('ONS data')).toMatchObject({ name: 'ONS' });
  });
});

describe('parseSource: a document and its author', () => {
  it('takes the author after "by" ("an MRP projection by Electoral Calculus" had the speaker "MRP")', () => {
    expect(parseSource('a seat projection by Harbour Analytics')).toMatchObject({ name: 'Harbour Analytics' });
    expect(parseSource('the NIFS analysis by Ana Lima')).toMatchObject({ name: 'Ana Lima', organisation: 'NIFS' });
  });

  it('keeps the percent sign in a share of people ("Just 13% of voters" had the role "Just 13 of voters")', () => {
    expect(parseSource('Just 13% of voters')).toMatchObject({ role: 'Just 13% of voters', anonymous: true });
  });
});

describe('parseSource: police ranks and forces', () => {
  it('reads a rank as the role and a force after "of" as the employer ("Sergeant" was part of the name)', () => {
    expect(parseSource('Detective Sergeant Ana Lima, of North Harbour Police')).toMatchObject({ name: 'Ana Lima', role: 'Detective Sergeant', organisation: 'North Harbour Police' });
    // A place after "of" is where the person lives.
    expect(parseSource('Tom Reed, of North Harbour')).toMatchObject({ name: 'Tom Reed', organisation: null });
  });
});

describe('parseSource: sources kept unnamed on request', () => {
  it('marks a source that asked not to be named as anonymous ("A second trader, who asked not to be named" was not)', () => {
    expect(parseSource('A second trader, who asked not to be named')).toMatchObject({ name: null, head: 'trader', anonymous: true });
    expect(parseSource('A trader, who declined to be identified')).toMatchObject({ anonymous: true });
    // Kept unnamed by law: "The company's former bookkeeper, who cannot be named for legal reasons" was on the record.
    expect(parseSource("The firm's former cashier, who cannot be named for legal reasons")).toMatchObject({ name: null, head: 'cashier', anonymous: true });
    expect(parseSource('The boy, who can not be identified')).toMatchObject({ anonymous: true });
    // The owners of a thing the text names are on the record with it ("its owners said" of a wind farm was anonymous); owners of shops are not named.
    expect(parseSource('its owners')).toMatchObject({ head: 'owners', anonymous: false });
    expect(parseSource('its developers')).toMatchObject({ anonymous: false });
    expect(parseSource('Shop owners')).toMatchObject({ anonymous: true });
    // One unnamed person of a trade is an unnamed source too; "the economist" points back to one named before.
    expect(parseSource('A trader')).toMatchObject({ anonymous: true });
    expect(parseSource('another economist')).toMatchObject({ anonymous: true });
    expect(parseSource('The economist')).toMatchObject({ anonymous: false });
  });
});

describe('parseSource: shares of people, capitalised titles and bodies with a plural possessive', () => {
  it('names no one in a share of people that opens with a qualifier or names a place ("Almost a quarter of ... US consumers" had the speaker "Almost")', () => {
    expect(parseSource('Nearly half of Latvian voters')).toMatchObject({ name: null, head: 'voters', anonymous: true });
    expect(parseSource('About 200 Nordline workers')).toMatchObject({ name: null, organisation: 'Nordline', anonymous: true });
  });

  it('ends the role at a capitalised title after the employer ("India\'s commerce Minister Kamal Nath" had the name "Minister Kamal Nath")', () => {
    expect(parseSource("Latvia's trade Minister Ilze Ozola")).toMatchObject({ name: 'Ilze Ozola', role: 'trade Minister', organisation: 'Latvia' });
  });

  it('keeps a plural possessive inside a body\'s name ("The Actors\' Equity Association" was the Equity Association of "Actors")', () => {
    // The name as written, with its possessive ("the CBI's SME Council" was "CBI SME Council").
    expect(parseSource("the Dockers' Mutual Association")).toMatchObject({ name: "Dockers' Mutual Association", organisation: "Dockers' Mutual Association" });
    // A possessive in the singular too, before a body's noun ("the Norwegian Fishermen's Association" was the "Association" of "Norwegian Fishermen").
    expect(parseSource("the Latvian Fishermen's Association")).toMatchObject({ name: "Latvian Fishermen's Association" });
    expect(parseSource("The Harbour Supporters' Trust")).toMatchObject({ name: "Harbour Supporters' Trust" });
    expect(parseSource('Ana Lima, head of the Nordline Pilots\' Union')).toMatchObject({ name: 'Ana Lima', organisation: "Nordline Pilots' Union" });
    expect(parseSource("Nordline's Ilze Ozola")).toMatchObject({ name: 'Ilze Ozola', organisation: 'Nordline' });
    // Two roles joined by "and" between the employer and the name ("HFF founder and director Elliot Crane" was the speaker "HFF").
    expect(parseSource('Nordline founder and director Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'founder and director', organisation: 'Nordline' });
  });
});

describe('parseSource: plural initialisms', () => {
  it('reads "MPs" and "GPs" as unnamed people, not as a name ("Iranian MPs" was the speaker "Iranian MPs")', () => {
    expect(parseSource('Latvian MPs')).toMatchObject({ name: null, head: 'mps', anonymous: true });
    expect(parseSource('Over 100 GPs')).toMatchObject({ name: null, anonymous: true });
    expect(parseSource('Ilze Ozola MP')).toMatchObject({ name: 'Ilze Ozola', role: 'MP' });
  });
});

describe('parseSource: US party tags and peoples', () => {
  it('leaves out a party and state tag after the name (", D-N.Y." was the role)', () => {
    expect(parseSource('Senate Majority Leader Ana Lima, D-N.Y.')).toMatchObject({ name: 'Ana Lima', role: 'Senate Majority Leader' });
  });

  it('reads a share of a people as unnamed people ("About 31% of Americans" had the organisation "Americans")', () => {
    expect(parseSource('About 31% of Latvians')).toMatchObject({ name: null, organisation: null, role: 'About 31% of Latvians' });
  });
});

describe('parseSource: an adjective of place before unnamed people and where they work', () => {
  it('names no one, and takes the body after "of" or "at" as the organisation ("Western" was the speaker)', () => {
    expect(parseSource('The seven Western members of the Arctic Council')).toMatchObject({ name: null, role: 'seven Western members', organisation: 'Arctic Council' });
    expect(parseSource('The European members of Nato')).toMatchObject({ name: null, organisation: 'Nato' });
    expect(parseSource('Russian officials at the embassy')).toMatchObject({ name: null, role: 'Russian officials', organisation: null });
    // A document with a name is not people: the cut is only after a people noun.
    expect(parseSource('the quarterly Tankan survey of Japanese manufacturers').name).toBe('Tankan');
  });
});

describe('parseSource: an unnamed speaker for a body the appositive names', () => {
  it('takes a one-word name or a body\'s name after the body as the organisation ("Terna" was the role, "Italy" the organisation)', () => {
    expect(parseSource("A spokesman for Italy's electricity grid operator, Terna")).toMatchObject({ name: null, role: 'spokesman', organisation: 'Terna', anonymous: true });
    expect(parseSource('A spokesman for the regulator, the Financial Conduct Authority')).toMatchObject({ name: null, organisation: 'Financial Conduct Authority' });
    // A person's name there is the speaker's.
    expect(parseSource('A spokeswoman for the charity, Ruth Amis')).toMatchObject({ name: 'Ruth Amis', role: 'spokeswoman for the charity' });
  });
});

describe('parseSource: "and" inside a body\'s name', () => {
  it('keeps the words after "and" when the name ends in a body\'s noun ("US National Snow" was the speaker)', () => {
    expect(parseSource('the US National Snow and Ice Data Center')).toMatchObject({ name: 'US National Snow and Ice Data Center', organisation: 'US National Snow and Ice Data Center' });
    expect(parseSource('the Food and Drug Administration')).toMatchObject({ organisation: 'Food and Drug Administration' });
    // Two people are not one name.
    expect(parseSource('Ana Lima and Tom Berg').name).toBe('Ana Lima');
  });
});

describe('parseSource: a named hospital, museum or university of a place', () => {
  it('speaks itself ("Rome\'s Policlinico Umberto I hospital" was a person with the organisation "Rome")', () => {
    expect(parseSource("Rome's Policlinico Umberto I hospital")).toMatchObject({ name: 'Policlinico Umberto I', organisation: 'Policlinico Umberto I' });
  });
});

describe('parseSource: titles of two words', () => {
  it('keeps "Chief Executive" in the role ("Chief Executive Ana Lima" had the name "Executive Ana Lima")', () => {
    expect(parseSource('Chief Executive Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Chief Executive' });
    expect(parseSource('Chief Whip Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Chief Whip' });
    // The possessor of "chief executive" in the appositive employs the speaker.
    expect(parseSource("Ana Lima, Nordline's chief executive")).toMatchObject({ name: 'Ana Lima', role: 'chief executive', organisation: 'Nordline' });
    // A body whose name ends in the word is still one name.
    expect(parseSource('the Baltic Executive')).toMatchObject({ name: 'Baltic Executive' });
  });
});

describe('parseSource: a portfolio in two parts, and "the" before a title and a name', () => {
  it('keeps "Trade and Industry" in the role ("the Trade and Industry Secretary Ana Lima" was the speaker "Trade")', () => {
    expect(parseSource('Work and Pensions Secretary Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Work and Pensions Secretary' });
    expect(parseSource('the Trade and Industry Secretary Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Trade and Industry Secretary', organisation: null });
    expect(parseSource('the Trade and Industry Secretary')).toMatchObject({ name: 'Trade and Industry Secretary' });
    // Two people, the second with a portfolio.
    expect(parseSource('Tomas Berg and Health Secretary Ana Lima')).toMatchObject({ name: 'Tomas Berg' });
  });

  it('reads "the Foreign Secretary Tomas Berg" as a person with a role (it was an organisation of that name)', () => {
    expect(parseSource('the Foreign Secretary Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Foreign Secretary', organisation: null });
    expect(parseSource('the Deputy Prime Minister Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Deputy Prime Minister' });
    // A body whose name opens with a title word stays a body.
    expect(parseSource('the General Medical Council')).toMatchObject({ name: 'General Medical Council', organisation: 'General Medical Council' });
    expect(parseSource('the Justice Department')).toMatchObject({ name: 'Justice Department', organisation: 'Justice Department' });
  });
});

describe('parseSource: a party and what a spokesperson covers before the name', () => {
  it('keeps "for women" in the role ("Liberal Democrat spokeswoman for women Ana Lima" was the speaker "Liberal Democrat")', () => {
    expect(parseSource('Liberal Democrat spokeswoman for women Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'spokeswoman for women', organisation: 'Liberal Democrat' });
    expect(parseSource('Tory spokesman on health Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'spokesman on health', organisation: 'Tory' });
    // A person after "for" is whom the spokesman speaks for, no part of a role before a name.
    expect(parseSource('Labour spokesman for Mr Berg')).not.toMatchObject({ name: 'Berg' });
  });

  it('reads a party before a name as the role ("Liberal Democrat Ana Lima" was one name)', () => {
    expect(parseSource('Liberal Democrat Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Liberal Democrat' });
    expect(parseSource('Conservative Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Conservative' });
    // A name that only opens with a party's word is left whole.
    expect(parseSource('Green Day')).toMatchObject({ name: 'Green Day', role: null });
  });
});

describe('parseSource: a participle\'s phrase before the name', () => {
  it('leaves out "Speaking to the website" before "Mr Berg" (the speaker was "Speaking")', () => {
    expect(parseSource('Speaking to the Riga Times website Mr Berg')).toMatchObject({ name: 'Berg' });
    expect(parseSource('Launching the plan Home Secretary Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Home Secretary' });
    // An "-ing" word before a noun describes it.
    expect(parseSource('Prosecuting attorney Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Prosecuting attorney', organisation: null });
    // After a preposition the name's start is unclear: left as it was.
    expect(parseSource('Speaking at Riga Castle Ana Lima')).not.toMatchObject({ name: 'Ana Lima' });
  });
});

describe('parseSource: first words that are roles or open names, and participles in the appositive', () => {
  it('reads "Head of the unit, Ana Lima" as Ana Lima with that role (the speaker was "Head")', () => {
    expect(parseSource('Head of the unit, Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Head of the unit' });
  });

  it('keeps "New" in a name it opens ("New Line" was the speaker "Line" with the role "New")', () => {
    expect(parseSource('New Harbour Films')).toMatchObject({ name: 'New Harbour Films' });
    expect(parseSource('New figures')).toMatchObject({ name: null, head: 'figures' });
    expect(parseSource('Rival Nordline')).toMatchObject({ name: 'Nordline' });
  });

  it('names no one in a place after a participle ("The lawsuit, filed in Los Angeles" had the speaker "Los Angeles")', () => {
    expect(parseSource('The lawsuit, filed in Riga')).toMatchObject({ name: null, head: 'lawsuit', role: 'lawsuit' });
    expect(parseSource('The survey, conducted by the Baltic Research Institute')).toMatchObject({ name: null, organisation: 'Baltic Research Institute' });
  });

  it('takes the name after titles set off by commas ("..., Acting Detective Chief Inspector, Mick Harlow" was the speaker "Chief Inspector")', () => {
    expect(parseSource('The head of the unit, Acting Detective Chief Superintendent, Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Acting Detective Chief Superintendent' });
  });
});

describe('parseSource: clauses and common words read as a source', () => {
  it('names no one in a pronoun and its verb, or in "I\'m" and "Let\'s" ("He said" was the speaker "He", "he became" a role)', () => {
    for (const source of ['He said', 'he became', 'It features the singer', "I'm", "Let's", 'There']) {
      expect(parseSource(source), source).toMatchObject({ name: null, role: null, organisation: null });
    }
    // A name that closes the words is still read.
    expect(parseSource('he played down reports Mr Berg')).toMatchObject({ name: 'Berg' });
    expect(parseSource('US officials')).toMatchObject({ organisation: 'US' });
  });

  it('names no one in documents opening a sentence ("Reports" and "Surveys of economists" were speakers)', () => {
    expect(parseSource('Reports')).toMatchObject({ name: null, head: 'reports' });
    expect(parseSource('Surveys of economists')).toMatchObject({ name: null, head: 'surveys' });
  });

  it('reads an office in lower case after "of" before the name ("Director of television Ana Lima" was the speaker "Director")', () => {
    expect(parseSource('Director of television Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Director of television', organisation: null });
    expect(parseSource('Chancellor of the Exchequer Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Chancellor of the Exchequer' });
  });
});

describe('parseSource: words opening a sentence that name no one, and an employer cut at a second clause', () => {
  it('names no one in a sentence adverb, a holiday or a plural common noun ("Previously", "Christmas sales", "Businesses" were speakers)', () => {
    expect(parseSource('Previously')).toMatchObject({ name: null, role: null });
    expect(parseSource('Previously it')).toMatchObject({ name: null, pronoun: 'it' });
    expect(parseSource('Recently Tomas Berg')).toMatchObject({ name: 'Tomas Berg' });
    expect(parseSource('Christmas sales')).toMatchObject({ name: null, organisation: null });
    expect(parseSource('Bloggers')).toMatchObject({ name: null, head: 'bloggers' });
    expect(parseSource('Lots of ministers')).toMatchObject({ name: null, head: 'ministers', anonymous: true });
  });

  it('ends the employer where the appositive\'s second clause starts ("... committee and was part of the Butler inquiry" worked for "Commons of Butler")', () => {
    expect(parseSource('Ana Lima, a member of the Saeima budget committee and was part of the Ozola inquiry')).toMatchObject({ name: 'Ana Lima', organisation: 'Saeima' });
    // A description and then a name stay the employer.
    expect(parseSource('Tomas Berg, editor of Baltic film journal Screen Guide')).toMatchObject({ organisation: 'Screen Guide' });
  });
});

describe('parseSource: a common word before a role, and a pronoun clause before a name', () => {
  it('keeps "Shadow", "Committee" or "Festival" in the role (they were the organisation)', () => {
    expect(parseSource('Shadow home secretary Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Shadow home secretary', organisation: null });
    expect(parseSource('Committee chairman Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Committee chairman', organisation: null });
    // A company's name before the role stays the employer.
    expect(parseSource('Nordline boss Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'boss', organisation: 'Nordline' });
  });

  it('reads the name after "It claims" ("It claims Tony Blair" gave him the role "claims" at "It")', () => {
    expect(parseSource('It claims Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: null, organisation: null });
  });
});

describe('parseSource: a possessive employer that ends like a place adjective', () => {
  it('takes "Sonaptic\'s" as the employer ("Sonaptic\'s managing director" was the role; "-ic" read it as an adjective of place)', () => {
    expect(parseSource("Nordtic's managing director Ana Lima")).toMatchObject({ name: 'Ana Lima', role: 'managing director', organisation: 'Nordtic' });
    expect(parseSource('Acting Latvian port director Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Acting Latvian port director', organisation: null });
  });
});

describe('parseSource: a "who" clause that says what the person did', () => {
  it('gives no role from a verb after "has" or "had" ("Ines Varga of Harbour Analytics, who had forecast a fall" had the role "forecast a fall")', () => {
    expect(parseSource('Ines Varga of Harbour Analytics, who had forecast a fall of 9%')).toMatchObject({ name: 'Ines Varga', role: null, organisation: 'Harbour Analytics' });
    expect(parseSource('Ana Lima, who has cut prices twice this year')).toMatchObject({ name: 'Ana Lima', role: null });
    // "had been" still names what the person was.
    expect(parseSource('Ana Lima, who has been head of research at Nordbank since 2019')).toMatchObject({ role: 'head of research', organisation: 'Nordbank' });
  });

  it('leaves out an adverb of place closing a job ("who manages a terminal there" was the role "manages a terminal there")', () => {
    expect(parseSource('Nadia Petrenko, 52, who manages a grain terminal there')).toMatchObject({ name: 'Nadia Petrenko', role: 'manages a grain terminal' });
  });

  it('calls an office the clause says was left a former one, without when it ended ("who served as foreign minister until last year" was the role "foreign minister until last year")', () => {
    expect(parseSource('Ana Lima, who served as foreign minister until last year')).toMatchObject({ role: 'former foreign minister' });
    expect(parseSource('Ana Lima, who was chief executive of Nordbank until 2019')).toMatchObject({ role: 'former chief executive', organisation: 'Nordbank' });
    expect(parseSource('Ana Lima, who had been chief executive until recently')).toMatchObject({ role: 'former chief executive' });
    // Still held, or no end given to "was": no "former".
    expect(parseSource('Ana Lima, who has served as chairman since 2019')).toMatchObject({ role: 'chairman' });
    expect(parseSource('Ana Lima, who serves as the club\'s treasurer')).toMatchObject({ name: 'Ana Lima' });
    expect(parseSource('Ana Lima, who was chairman of the board')).toMatchObject({ role: 'chairman of the board' });
    expect(parseSource('Ana Lima, a former minister who served until 2019')).toMatchObject({ role: 'former minister' });
  });

  it('gives no role from an event or a statement ("who won the prize in 2003" and "who insists he is innocent" were roles)', () => {
    expect(parseSource('Ana Lima, who won the Riga prize in 2003')).toMatchObject({ name: 'Ana Lima', role: null });
    expect(parseSource('Ana Lima, who insists she is innocent')).toMatchObject({ name: 'Ana Lima', role: null });
    expect(parseSource('Ana Lima, who has played for Riga')).toMatchObject({ name: 'Ana Lima', role: null });
  });

  it('keeps a job or an office ("who runs a shelter", "who is the head of research")', () => {
    expect(parseSource('Ana Lima, who runs a shelter')).toMatchObject({ role: 'runs a shelter' });
    expect(parseSource('Ana Lima, who is the head of research at Nordbank')).toMatchObject({ role: 'head of research', organisation: 'Nordbank' });
    expect(parseSource('Ana Lima, who was chairman of the board')).toMatchObject({ role: 'chairman of the board' });
  });
});

describe('parseSource: a seat and the place it is for', () => {
  it('keeps the constituency in the role ("MP for Eastvale-on-Sea, Kent" worked for the constituency)', () => {
    expect(parseSource('Tomas Berg, MP for Riga North, Latvia')).toMatchObject({ name: 'Tomas Berg', role: 'MP for Riga North Latvia', organisation: null });
    expect(parseSource('Ana Lima, Labour MP for West Bay')).toMatchObject({ role: 'Labour MP for West Bay', organisation: null });
    // A spokeswoman for a body works for it.
    expect(parseSource('Ana Lima, a spokeswoman for the Riga Port Authority')).toMatchObject({ role: 'spokeswoman', organisation: 'Riga Port Authority' });
  });
});

describe('parseSource: a possessor\'s title in lower case before the name, and rank words', () => {
  it('reads "The film\'s director Ana Lima" as a person (it was the organisation "Ana Lima")', () => {
    expect(parseSource("The film's director Ilze Ozola")).toMatchObject({ name: 'Ilze Ozola', role: "film's director", organisation: null });
    expect(parseSource('DJ Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'DJ' });
    // What an organisation is stays its description.
    expect(parseSource('the energy watchdog Nordreg')).toMatchObject({ name: 'Nordreg', organisation: 'Nordreg', role: 'energy watchdog' });
  });

  it('keeps "former" and "senior" in a role before the name ("Former Labour MP Ana Lima" was a "Labour MP")', () => {
    expect(parseSource('Former Labour MP Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Former Labour MP' });
    expect(parseSource("The agency's former chief executive Tomas Berg")).toMatchObject({ name: 'Tomas Berg', role: "agency's former chief executive" });
  });
});

describe('parseSource: a relative named through a possessive, and more descriptions opening a sentence', () => {
  it('keeps the possessor of a relative in the role ("Nogar\'s son Stephen" worked for "Nogar")', () => {
    expect(parseSource("Berg's daughter Ilze")).toMatchObject({ name: 'Ilze', role: "Berg's daughter", organisation: null });
    expect(parseSource("Lord Ozola's nephew Tomas Berg")).toMatchObject({ name: 'Tomas Berg', role: "Lord Ozola's nephew", organisation: null });
  });

  it('reads "Bookmaker Nordbet" as the company and "Government guidance" as no one', () => {
    expect(parseSource('Bookmaker Nordbet')).toMatchObject({ name: 'Nordbet', organisation: 'Nordbet', role: 'Bookmaker' });
    expect(parseSource('Government guidance')).toMatchObject({ name: null, head: 'guidance' });
  });
});

describe('parseSource: an appositive that lists names, or names an employer before the role', () => {
  it('gives no role from the rest of a list ("Harbour Care, Shelterline and the National Ferry Trust" had the role "Shelterline and ...")', () => {
    expect(parseSource('Nordline, Baltic Air and the Riga Port Authority')).toMatchObject({ name: 'Nordline', role: null });
    // A portfolio with "and" is a role.
    expect(parseSource('Ana Lima, Commerce and Industry Minister')).toMatchObject({ name: 'Ana Lima', role: 'Commerce and Industry Minister' });
  });

  it('takes the employer before a role in lower case ("Ian Pratt, Jupiter analyst" had the role "Jupiter analyst")', () => {
    expect(parseSource('Tomas Berg, Nordbank chief economist')).toMatchObject({ name: 'Tomas Berg', role: 'chief economist', organisation: 'Nordbank' });
    expect(parseSource('Tomas Berg, Leeds')).toMatchObject({ name: 'Tomas Berg', organisation: null });
  });
});

describe('parseSource: "House of" names', () => {
  it('keeps a name that opens with "House of" whole ("House of Fraser" was the speaker "House" of "Fraser")', () => {
    expect(parseSource('House of Ozola, Nordline and Baltic Air')).toMatchObject({ name: 'House of Ozola', organisation: 'House of Ozola' });
    expect(parseSource('the House of Commons')).toMatchObject({ name: 'House of Commons' });
  });
});

describe('parseSource: a work in quotation marks, an adverb after the noun, and "Yet another"', () => {
  it('keeps a quoted title in the role ("the author of \'\'Destiny and Power,\'\'" worked for "Destiny and Power")', () => {
    expect(parseSource("Ana Lima, the author of ''Harbour Lights,'' a history of the port")).toMatchObject({ name: 'Ana Lima', role: 'author of Harbour Lights', organisation: null });
    expect(parseSource('Tomas Berg, host of “Riga Tonight”')).toMatchObject({ role: 'host of Riga Tonight', organisation: null });
  });

  it('reads "Executives there" as executives and "Yet another" as another (the heads were "there" and the name "Yet")', () => {
    expect(parseSource('Executives there')).toMatchObject({ head: 'executives', anonymous: true });
    expect(parseSource('Yet another')).toMatchObject({ name: null, head: 'another' });
  });
});

describe('parseSource: peoples, participles and hyphenated adjectives opening a sentence', () => {
  it('names no one in a people or a group alone ("British", "Muslims", "Europeans" were speakers)', () => {
    for (const source of ['British', 'Europeans', 'Muslims', 'Germans', 'Chinese']) expect(parseSource(source), source).toMatchObject({ name: null, head: source.toLowerCase() });
    // Countries and surnames that end alike stay names.
    for (const source of ['Iran', 'Japan', 'Campese']) expect(parseSource(source), source).toMatchObject({ name: source });
  });

  it('names no one in "Speaking" or "No-one", and reads a hyphenated adjective as no name ("Fly-half Charlie Rowntree" was one name)', () => {
    expect(parseSource('Speaking')).toMatchObject({ name: null, role: null });
    expect(parseSource('No-one')).toMatchObject({ name: null });
    expect(parseSource('Fly-half Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Fly-half' });
    expect(parseSource('Low-cost airlines')).toMatchObject({ name: null, head: 'airlines' });
    // A possessive company name with a hyphen stays the employer.
    expect(parseSource("Nord-line's chief executive, Ana Lima")).toMatchObject({ name: 'Ana Lima' });
  });
});

describe('parseSource: a verb in the past read as the source', () => {
  it('gives no role ("helped", "nominated for a best" were roles)', () => {
    for (const source of ['helped', 'nominated for a best', 'switched on it', 'based on documents']) expect(parseSource(source), source).toMatchObject({ name: null, role: null });
    // An adjective in "-ed" before a noun is part of an unnamed source.
    expect(parseSource('an unnamed agent in Riga')).toMatchObject({ role: 'unnamed agent', anonymous: true });
    expect(parseSource('Leaked documents')).toMatchObject({ head: 'documents' });
  });
});

describe('parseSource: "TV" before a common noun', () => {
  it('names no one ("TV station", "The TV host" were the speaker "TV")', () => {
    expect(parseSource('A TV station in Riga')).toMatchObject({ name: null, head: 'station' });
    expect(parseSource('The TV host')).toMatchObject({ name: null, head: 'host', definite: true });
    expect(parseSource('Baltic TV network Nord News')).toMatchObject({ name: 'Nord News' });
  });
});

describe('parseSource: a department named with "and", and a relation with "of"', () => {
  it('keeps "Department for Work and Pensions" whole before the speaker\'s noun (it was "Department for Work")', () => {
    expect(parseSource('A Department for Work and Pensions spokeswoman')).toMatchObject({ name: null, organisation: 'Department for Work and Pensions', anonymous: true });
  });

  it('reads "a friend of the party leader" as a role with no employer, whose words after "of" name someone else', () => {
    expect(parseSource('Ilze Ozola, a friend of the Green leader')).toMatchObject({ role: 'friend of the Green leader', organisation: null });
    expect(roleWords('friend of the Green leader')).toEqual(['friend']);
  });
});

describe('parseSource: an organisation, then the person who speaks for it', () => {
  it('names the person after the comma ("the WTO, Carlo Vitale" was the WTO with the role "Carlo Vitale")', () => {
    expect(parseSource('the OECD, Ana Lima')).toMatchObject({ name: 'Ana Lima', organisation: 'OECD', role: null });
    expect(parseSource("The Riga Times's correspondent in Oslo, Tomas Berg")).toMatchObject({ name: 'Tomas Berg', role: 'correspondent in Oslo' });
    // A second organisation or a place is no person.
    expect(parseSource('the Nordbank, Baltic Bank')).not.toMatchObject({ name: 'Baltic Bank' });
  });

  it('reads "Magistrate Ana Lima" as a title, and "The actor\'s friend Tomas Berg" as a person whose role words leave out "actor"', () => {
    expect(parseSource('Magistrate Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Magistrate' });
    expect(parseSource("The actor's friend Tomas Berg")).toMatchObject({ name: 'Tomas Berg', role: "actor's friend", organisation: null });
    expect(roleWords("actor's friend")).toEqual(['friend']);
  });
});

describe('parseSource: the person named at the end, after a show, a team or an employer', () => {
  it('names the person after "star", "director" or an occupation ("Harbour Lights and Shadows star Ana Lima" was the speaker "Lights")', () => {
    expect(parseSource('last week Harbour Lights and Shadows star Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'star', organisation: 'Harbour Lights and Shadows' });
    expect(parseSource('Lord of the Tides director Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'director', organisation: 'Lord of the Tides' });
    expect(parseSource('Nordbank senior economist Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'senior economist', organisation: 'Nordbank' });
    expect(parseSource('former Riga and Latvia defender Janis Berzins')).toMatchObject({ name: 'Janis Berzins', role: 'former defender', organisation: 'Riga and Latvia' });
    // Someone the person belongs to, or a second person, is no employer.
    expect(parseSource('the family of sound engineer Tomas Berg')).toMatchObject({ name: null, role: 'family' });
    expect(parseSource("a spokesman for EU trade commissioner Ana Lima")).not.toMatchObject({ name: 'Ana Lima' });
    expect(parseSource("Latvia's energy minister Mr Berzins and Estonian energy minister Ana Lima")).not.toMatchObject({ name: 'Ana Lima' });
  });

  it('leaves out a participle\'s clause before the source ("Welcoming the ruling, Ana Lima" and "Speaking in Riga Mr Berg" were the speakers "Welcoming" and "Speaking")', () => {
    expect(parseSource('Welcoming the ruling, Ana Lima, chief executive of the Harbour Trust')).toMatchObject({ name: 'Ana Lima', role: 'chief executive', organisation: 'Harbour Trust' });
    expect(parseSource('Speaking on Tuesday, the minister')).toMatchObject({ name: null, role: 'minister' });
    expect(parseSource('Speaking in Riga Mr Berg')).toMatchObject({ name: 'Berg', role: null });
    expect(parseSource("Appearing on Radio Riga's morning programme, Mr Berg, who is standing in the east")).toMatchObject({ name: 'Berg' });
    // A surname that ends like a participle, with an appositive, stays the name.
    expect(parseSource('Redding, a singer')).toMatchObject({ name: 'Redding', role: 'singer' });
  });
});

describe('parseSource: a member of a party named by the seat\'s letters', () => {
  it('reads "A Labour MP" as an unnamed member, not a speaker called "Labour"', () => {
    expect(parseSource('A Harbour Party MEP')).toMatchObject({ name: null, role: 'Harbour Party MEP', organisation: 'Harbour Party', anonymous: true });
    expect(parseSource('A Labour MP')).toMatchObject({ name: null, role: 'Labour MP', organisation: 'Labour', anonymous: true });
    // "the Labour MP" points back to one met before; a person's letters stay after the name.
    expect(parseSource('the Labour MP')).toMatchObject({ name: null, role: 'Labour MP', head: 'mp', definite: true, anonymous: false });
    expect(parseSource('the Westbury North MP')).toMatchObject({ name: null, role: 'Westbury North MP', organisation: null, head: 'mp', definite: true });
    expect(parseSource('Ilze Ozola MP')).toMatchObject({ name: 'Ilze Ozola', role: 'MP' });
  });
});

describe('parseSource: a capitalised word, an office or an employer before the one who speaks', () => {
  it('names no one in a capitalised word before common nouns ("Premiership clubs" had the speaker "Premiership")', () => {
    expect(parseSource('Harbour clubs')).toMatchObject({ name: null, role: 'Harbour clubs', head: 'clubs' });
    expect(parseSource('Mobile networks in the region')).toMatchObject({ name: null, role: 'Mobile networks' });
    // A headline's verb is no plural noun, and what a body publishes speaks for it.
    expect(parseSource('Ozola wins')).toMatchObject({ name: 'Ozola' });
    expect(parseSource('Treasury figures')).toMatchObject({ name: 'Treasury' });
  });

  it('names the person after an office set off by a comma, a ranking, an employer with a small word inside, a title in capitals', () => {
    expect(parseSource('Director of Harbour Prosecutions, Ana Lima QC, who sits on the board')).toMatchObject({ name: 'Ana Lima', role: 'Director of Harbour Prosecutions' });
    expect(parseSource('World number one Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'World number one', organisation: null });
    expect(parseSource("Stop the Harbour Closure's Tomas Berg")).toMatchObject({ name: 'Tomas Berg', organisation: 'Stop the Harbour Closure' });
    expect(parseSource("Nordline's CEO, Ana Lima")).toMatchObject({ name: 'Ana Lima', role: 'CEO', organisation: 'Nordline' });
    // A body's name after the possessive stays the body's.
    expect(parseSource("The Mail on Sunday's Financial Mail")).not.toMatchObject({ name: 'Financial Mail', organisation: 'The Mail on Sunday' });
    // A sentence adverb is no name.
    expect(parseSource('Currently, analysts')).toMatchObject({ name: null, role: 'analysts' });
  });
});

describe('parseSource: a department or a portfolio opening the sentence before a title', () => {
  it('reads it as part of the role, not the employer ("Finance director Omar Sayed" worked for "Finance")', () => {
    expect(parseSource('Finance director Omar Sayed')).toMatchObject({ name: 'Omar Sayed', role: 'Finance director', organisation: null });
    expect(parseSource('Managing director Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Managing director', organisation: null });
    expect(parseSource('Housing minister Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Housing minister', organisation: null });
    expect(parseSource('Joint assistant coach Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Joint assistant coach', organisation: null });
    // A company's or a club's name stays the employer, and so does a party's; inside the sentence the department is the role's.
    expect(parseSource('Nordvik director Omar Sayed')).toMatchObject({ name: 'Omar Sayed', role: 'director', organisation: 'Nordvik' });
    expect(parseSource('Labour chairman Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'chairman', organisation: 'Labour' });
    expect(parseSource('Nordvik finance director Omar Sayed')).toMatchObject({ name: 'Omar Sayed', role: 'finance director', organisation: 'Nordvik' });
  });
});

describe('parseSource: the appositive after a name and its employer', () => {
  it('ends the role before an adverb of time and the employer ("a former NATO planner now at ..." had the role "former NATO planner now")', () => {
    expect(parseSource('Ruta Ozola, a former army planner now at the Baltic Defence Institute')).toMatchObject({ name: 'Ruta Ozola', role: 'former army planner', organisation: 'Baltic Defence Institute' });
    // "now" inside a role with no employer stays.
    expect(parseSource('Ruta Ozola, a planner at the Baltic Defence Institute')).toMatchObject({ role: 'planner', organisation: 'Baltic Defence Institute' });
  });

  it('reads an appositive that says what the employer is as no role ("Lars Berg of Nordea, the Nordic bank" had the role "Nordic bank")', () => {
    expect(parseSource('Tomas Berg of Nordline, the Baltic ferry operator\'s parent company')).toMatchObject({ name: 'Tomas Berg', role: null, organisation: 'Nordline' });
    expect(parseSource('Tomas Berg of Nordline, Latvia\'s largest bank')).toMatchObject({ name: 'Tomas Berg', role: null, organisation: 'Nordline' });
    // A title in it is the person's role.
    expect(parseSource('Tomas Berg of Nordline, the bank\'s chief economist')).toMatchObject({ name: 'Tomas Berg', role: "bank's chief economist", organisation: 'Nordline' });
  });

  it('reads "a Nordline spokesman" as the role and its employer ("Michael Brandt, a Nordline spokesman" had no organisation)', () => {
    expect(parseSource('Ana Lima, a Nordline spokeswoman')).toMatchObject({ name: 'Ana Lima', role: 'spokeswoman', organisation: 'Nordline' });
    expect(parseSource('Ana Lima, the Nordline chief executive')).toMatchObject({ name: 'Ana Lima', role: 'chief executive', organisation: 'Nordline' });
    // An adjective of place or where someone is based is no employer.
    expect(parseSource('Ana Lima, a British diplomat')).toMatchObject({ name: 'Ana Lima', role: 'British diplomat', organisation: null });
    expect(parseSource('Ana Lima, a Riga-based fund manager')).toMatchObject({ name: 'Ana Lima', role: 'Riga-based fund manager', organisation: null });
  });

  it('reads up to four words of what the employer is before its name ("chief executive of ferry firm Nordvik Shipping" was all role, with no organisation)', () => {
    expect(parseSource('Ana Lima, chief executive of mobile payments firm Kvik')).toMatchObject({ name: 'Ana Lima', role: 'chief executive', organisation: 'Kvik' });
    expect(parseSource('Ana Lima, legal director of the human rights organisation Rettwatch')).toMatchObject({ role: 'legal director', organisation: 'Rettwatch' });
    expect(parseSource('Ana Lima, a director of a small firm in Riga')).toMatchObject({ organisation: null });
    // A kind of firm that is no body's noun, a trade in the plural, a fund manager ("at brokers TOV" was all role).
    expect(parseSource('Ana Lima, head of trading at brokers Kvist')).toMatchObject({ role: 'head of trading', organisation: 'Kvist' });
    expect(parseSource('Ana Lima, president of industry forecaster Baltic Retail Group')).toMatchObject({ role: 'president', organisation: 'Baltic Retail Group' });
    expect(parseSource('Ana Lima, an analyst at fund manager Kvist Advisors')).toMatchObject({ role: 'analyst', organisation: 'Kvist Advisors' });
    // After "at", a trade in the singular too ("a research director at analyst Gartner"), but not before a person.
    expect(parseSource('Ana Lima, a research director at analyst Kvist')).toMatchObject({ role: 'research director', organisation: 'Kvist' });
    expect(parseSource('Ana Lima, an intern at lawyer Tom Reed')).toMatchObject({ organisation: null });
    expect(parseSource("Ana Lima, a clerk at lawyer Tom Reed's office")).toMatchObject({ organisation: null });
    // Holders of an office are people: "for ministers Tom Reed and Ana Berg" names no employer.
    expect(parseSource('Ana Lima, a spokeswoman for ministers Tom Reed and Ana Berg')).toMatchObject({ organisation: null });
  });

  it('leaves what the employer is out of its name ("Housing charity the Ada Lind Trust" was the organisation "Housing Ada Lind Trust")', () => {
    expect(parseSource('Ana Lima, head of policy at housing charity the Riga Tenants Trust')).toMatchObject({ name: 'Ana Lima', role: 'head of policy', organisation: 'Riga Tenants Trust' });
    expect(parseSource('Ana Lima, deputy editor of UK magazine Baltic Business')).toMatchObject({ role: 'deputy editor', organisation: 'Baltic Business' });
    expect(parseSource('Ana Lima, head of research at the Riga Tenants Trust')).toMatchObject({ role: 'head of research', organisation: 'Riga Tenants Trust' });
  });
});

describe('parseSource: an employer\'s possessive opening the appositive', () => {
  it('employs the speaker in an office with a capital, a preposition or a trade in it ("Jan Kettner, Harbour Data\'s vice president of sales in Europe" had no organisation)', () => {
    expect(parseSource("Ana Lima, Nordline's vice president of sales in Europe")).toMatchObject({ name: 'Ana Lima', role: 'vice president of sales in Europe', organisation: 'Nordline' });
    expect(parseSource("Ana Lima, Nordline's Baltic strategy manager")).toMatchObject({ role: 'Baltic strategy manager', organisation: 'Nordline' });
    expect(parseSource("Ana Lima, Nordline's resident futurologist")).toMatchObject({ role: 'resident futurologist', organisation: 'Nordline' });
    expect(parseSource("Ana Lima, Nordline's principal consultant on shipping")).toMatchObject({ role: 'principal consultant on shipping', organisation: 'Nordline' });
    expect(parseSource("Ana Lima, who served as Latvia's foreign minister until last year")).toMatchObject({ role: 'former foreign minister', organisation: 'Latvia' });
    // A relation is no employer, nor is what is no office.
    expect(parseSource("Ana Lima, Tomas's older sister and a fellow choir member")).toMatchObject({ name: 'Ana Lima', organisation: null });
    expect(parseSource("Ana Lima, Riga's best-known baker this year")).toMatchObject({ name: 'Ana Lima', organisation: null });
  });

  it('takes the owner of the unit an office is in as the employer ("vice president in Nordbank\'s payments business unit")', () => {
    expect(parseSource("Ana Lima, a manager in Nordline's ferry division")).toMatchObject({ name: 'Ana Lima', role: "manager in Nordline's ferry division", organisation: 'Nordline' });
    expect(parseSource("Ana Lima, who lives in Riga's old town")).toMatchObject({ name: 'Ana Lima', organisation: null });
  });
});

describe('parseSource: a title inside the capitals before a name', () => {
  it('ends the role there ("Iraq\'s Trade Minister Mohammed Mustafa" and "Labour MP Jean Halloway" were names)', () => {
    expect(parseSource("Latvia's Transport Minister Ana Lima")).toMatchObject({ name: 'Ana Lima', role: 'Transport Minister', organisation: 'Latvia' });
    expect(parseSource('Committee chairman Green MP Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Committee chairman Green MP' });
    // A name of three words after the employer stays whole.
    expect(parseSource("Nordline's Ana Maria Lima")).toMatchObject({ name: 'Ana Maria Lima', organisation: 'Nordline' });
  });

  it('leaves letters after the name out of it ("Chairman of the ... Committee Peter Ainsworth MP" was the speaker "Ainsworth")', () => {
    expect(parseSource('Chairman of the Baltic Affairs Committee Tomas Berg MP')).toMatchObject({ name: 'Tomas Berg', role: 'Chairman of the Baltic Affairs Committee' });
    expect(parseSource('Chairman of the Baltic Affairs Committee Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Chairman of the Baltic Affairs Committee' });
  });
});

describe('parseSource: a relative clause and a kind of organisation in the appositive', () => {
  it('ends the role before a relative clause, which names no employer ("a senior army officer who became an informant for the British" worked for "British")', () => {
    expect(parseSource('Tomas Berg, a senior army officer who became an informant for the British')).toMatchObject({ name: 'Tomas Berg', role: 'senior army officer', organisation: null });
    expect(parseSource('Ana Lima, a former transport minister who now advises the government on ports')).toMatchObject({ role: 'former transport minister', organisation: null });
    expect(parseSource('Ana Lima, a lawyer who represents the families')).toMatchObject({ role: 'lawyer' });
    // "that" after a preposition is no relative pronoun.
    expect(parseSource('Ana Lima, head of that unit')).toMatchObject({ role: 'head of that unit' });
  });

  it('makes the name an organisation\'s when the appositive says what kind of organisation it is ("Nordbank, Norway\'s third-biggest bank" was a person)', () => {
    expect(parseSource("Nordbank, the country's third-biggest bank")).toMatchObject({ name: 'Nordbank', role: "country's third-biggest bank", organisation: 'Nordbank' });
    expect(parseSource('Sea Rescue, a German charity that runs rescue ships')).toMatchObject({ name: 'Sea Rescue', role: 'German charity', organisation: 'Sea Rescue' });
    // A person described by what they belong to or run stays a person.
    expect(parseSource('Tomas Berg, a member of the club')).toMatchObject({ name: 'Tomas Berg', organisation: null });
    expect(parseSource('Tomas Berg, the man behind the Nordline website')).toMatchObject({ name: 'Tomas Berg', organisation: null });
  });
});

describe('parseSource: capitals after "a" before a common noun', () => {
  it('describe an unnamed body or person, who is no speaker by that name ("A Dallas court" and "a Labour backbencher" were the speakers "Dallas" and "Labour")', () => {
    expect(parseSource('A Riga court')).toMatchObject({ name: null, role: 'Riga court', organisation: null, anonymous: false });
    expect(parseSource('a Green backbencher')).toMatchObject({ name: null, role: 'Green backbencher', organisation: 'Green', anonymous: true });
    expect(parseSource('A Baltic Assembly committee')).toMatchObject({ name: null, role: 'Baltic Assembly committee', organisation: 'Baltic Assembly' });
    expect(parseSource('a Latvian-born engineer')).toMatchObject({ name: null, organisation: null });
    // What a body issues speaks for the body, named.
    expect(parseSource('a Nordline statement')).toMatchObject({ name: 'Nordline' });
    expect(parseSource('a Nordline report')).toMatchObject({ name: 'Nordline' });
  });
});

describe('parseSource: a nationality or a description opening the sentence before a name', () => {
  it('describes the person, who is the name of two words after it ("American Serena Williams", "Referee Graham Poll" were names of three words)', () => {
    expect(parseSource('Canadian Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Canadian' });
    expect(parseSource('Referee Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Referee' });
    expect(parseSource('Swede Ana Lind')).toMatchObject({ name: 'Ana Lind', role: 'Swede' });
    // A mood is no role.
    expect(parseSource('Defiant Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: null });
    // One of a group or a party.
    expect(parseSource('Judges Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Judges' });
    expect(parseSource('Tories Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Tories' });
    expect(parseSource('Sands Tomas Berg')).toMatchObject({ name: 'Sands Tomas Berg' });
    // A body's or a company's name, and a name of three words, stay whole.
    expect(parseSource('Welsh Rugby Union')).toMatchObject({ name: 'Welsh Rugby Union' });
    expect(parseSource('British Gas Trading')).toMatchObject({ name: 'British Gas Trading' });
    expect(parseSource('Juan Carlos Berg')).toMatchObject({ name: 'Juan Carlos Berg' });
  });
});

describe('parseSource: "one of" and a possessive in the employer', () => {
  it('keeps "one of ..." whole as the role ("Tomas Berg, one of Ms Lima\'s lawyers" had the role "one")', () => {
    expect(parseSource("Tomas Berg, one of Ms Lima's lawyers")).toMatchObject({ name: 'Tomas Berg', role: "one of Ms Lima's lawyers", organisation: null });
    expect(parseSource('Ana Lima, one of the founders of Nordline')).toMatchObject({ role: 'one of the founders', organisation: 'Nordline' });
  });

  it('takes the owner, or the name after a description, from a possessive employer ("TI\'s Voip business" was "TI\'s Voip")', () => {
    expect(parseSource("Ana Lima, general manager of Nordline's ferry business")).toMatchObject({ role: 'general manager', organisation: 'Nordline' });
    expect(parseSource("Tomas Berg, coach of Lima's club side Riverside")).toMatchObject({ role: 'coach', organisation: 'Riverside' });
    expect(parseSource("Ana Lima, an analyst at Riga's Baltic Bank")).toMatchObject({ organisation: "Riga's Baltic Bank" });
  });
});

describe('parseSource: "who is" or "who was" before what the person did or is like', () => {
  it('gives no role ("Hewitt, who had never reached the last four" had the role "never reached the last four")', () => {
    expect(parseSource('Tomas Berg, who had never reached the final')).toMatchObject({ name: 'Tomas Berg', role: null });
    expect(parseSource('Ana Lima, who was upset to be dropped')).toMatchObject({ name: 'Ana Lima', role: null });
    // What the person is stays the role.
    expect(parseSource('Ana Lima, who is chairman of the committee')).toMatchObject({ role: 'chairman of the committee' });
  });
});

describe('parseSource: an army\'s general staff', () => {
  it('is a body on the record, not unnamed staff ("Ukraine\'s general staff said" was anonymous)', () => {
    expect(parseSource("Ukraine's general staff")).toMatchObject({ name: "Ukraine's general staff", organisation: "Ukraine's general staff", anonymous: false });
    expect(parseSource("the hospital's staff")).toMatchObject({ anonymous: true });
  });
});

describe('parseSource: a place\'s body named by its kind', () => {
  it('keeps the kind with the place ("A spokesman for the Jefferson County sheriff\'s office" had the organisation "Jefferson County")', () => {
    expect(parseSource("A spokesman for the Harlow County sheriff's office")).toMatchObject({ role: 'spokesman', organisation: "Harlow County sheriff's office" });
    expect(parseSource('A spokeswoman for the Westbury police department')).toMatchObject({ organisation: 'Westbury police department' });
    // A company's own noun is no body of the place: "the Nordea bank" is Nordea.
    expect(parseSource('an analyst at the Nordea bank')).toMatchObject({ organisation: 'Nordea' });
  });
});

describe('parseSource: an office in capitals set off before its holder', () => {
  it('keeps the whole office as the role ("The Transport Secretary, Hannah Price" had the role "Secretary" and the organisation "Transport")', () => {
    expect(parseSource('The Transport Secretary, Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Transport Secretary', organisation: null });
    expect(parseSource('The Foreign Minister, Ana Lima')).toMatchObject({ name: 'Ana Lima', role: 'Foreign Minister', organisation: null });
    // An employer's name before the title stays the organisation.
    expect(parseSource('the Nordbank Chairman, Tom Reed')).toMatchObject({ name: 'Tom Reed', organisation: 'Nordbank' });
  });
});

describe('parseSource: how long a role has been held', () => {
  it('is no part of the role ("her editor of 30 years" was the role "editor of 30 years")', () => {
    expect(parseSource('Ana Lima, his wife of 40 years')).toMatchObject({ name: 'Ana Lima', role: 'wife' });
    expect(parseSource('her agent of ten years, Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'agent' });
    // "of" and a number that is no duration stays.
    expect(parseSource('Ana Lima, one of 30 jurors')).toMatchObject({ role: 'one of 30 jurors' });
  });
});

describe('parseSource: working or speaking somewhere after the trade', () => {
  it('is no part of the role, and "working for" names the employer ("an economist working for Nordbank" was the role "economist working")', () => {
    expect(parseSource('Ana Lima, an economist working for Nordbank')).toMatchObject({ role: 'economist', organisation: 'Nordbank' });
    expect(parseSource('Ana Lima, a Nordbank economist speaking at a conference in Riga')).toMatchObject({ role: 'economist', organisation: 'Nordbank' });
    // A partner is no employer; the body named before the trade is ("a University of Eastvale librarian working with Harbour Data").
    expect(parseSource('Ana Lima, a University of Riga librarian working with Kvist')).toMatchObject({ role: 'librarian', organisation: 'University of Riga' });
    // What the person does in the story stays.
    expect(parseSource('Ana Lima, the lawyer leading the class action against Nordbank')).toMatchObject({ role: 'lawyer leading the class action against Nordbank' });
  });
});

describe('parseSource: capitals after a possessor, before an office', () => {
  it('are the office\'s, and the possessor the employer ("Labour\'s Holyrood leader" worked for "Labour\'s Holyrood")', () => {
    expect(parseSource("Labour's Holyrood leader Ana Lima")).toMatchObject({ name: 'Ana Lima', role: 'Holyrood leader', organisation: 'Labour' });
    expect(parseSource("Nordbank's Baltic strategy manager, Ana Lima")).toMatchObject({ name: 'Ana Lima', organisation: 'Nordbank' });
    // A body's name with a possessive inside stays whole.
    expect(parseSource("A Fishermen's Association spokesman")).toMatchObject({ organisation: "Fishermen's Association" });
    expect(parseSource("Women's Institute chief executive Ana Lima")).toMatchObject({ name: 'Ana Lima', organisation: "Women's Institute" });
  });
});

describe('parseSource: two descriptions joined by "and" and an article', () => {
  it('keep the office as the role, the one an employer follows if any ("the chair and a sixth-generation member of the family" was all role)', () => {
    expect(parseSource('Claire Vane, the chair and a fourth-generation member of the founding family')).toMatchObject({ name: 'Claire Vane', role: 'chair' });
    expect(parseSource('Ana Lima, a former minister and the chair of Nordvik Shipping')).toMatchObject({ name: 'Ana Lima', role: 'chair', organisation: 'Nordvik Shipping' });
    expect(parseSource('Tom Reed, report author and a senior adviser at the Harbour Trust')).toMatchObject({ name: 'Tom Reed', role: 'senior adviser', organisation: 'Harbour Trust' });
    // Two offices with no article between them are one role.
    expect(parseSource('Ana Lima, the chair and chief executive of Nordvik Shipping')).toMatchObject({ role: 'chair and chief executive', organisation: 'Nordvik Shipping' });
  });
});

describe('parseSource: a count before an unnamed source', () => {
  it('is no part of the role ("At least two other member states" was the role "At least member states", "More than 40 lawmakers" "than 40 lawmakers")', () => {
    expect(parseSource('At least two other member states')).toMatchObject({ role: 'member states' });
    expect(parseSource('More than 40 lawmakers')).toMatchObject({ role: 'lawmakers', anonymous: true });
    expect(parseSource('about a dozen diplomats')).toMatchObject({ role: 'diplomats', anonymous: true });
    // A quantifier with no number stays as before, and a count alone is kept whole.
    expect(parseSource('some officials')).toMatchObject({ role: 'officials' });
    expect(parseSource('24 million')).toMatchObject({ role: '24 million' });
  });
});

describe('parseSource: whom the speaker serves', () => {
  it('reads the capitals after "adviser to", "ambassador to" as part of the role ("a longtime adviser to Ana Ruiz" was the speaker "Ana Ruiz")', () => {
    expect(parseSource('a longtime adviser to Ana Ruiz')).toMatchObject({ name: null, role: 'longtime adviser to Ana Ruiz', anonymous: true });
    expect(parseSource('Nordic Union ambassador to the WTO, Lars Holm')).toMatchObject({ name: 'Lars Holm', role: 'Nordic Union ambassador to the WTO', organisation: 'Nordic Union' });
    expect(parseSource("Norway's ambassador to the UN, Kari Dahl")).toMatchObject({ name: 'Kari Dahl', role: 'ambassador to the UN', organisation: 'Norway' });
  });

  it('leaves the phrase in an appositive after the name as it was', () => {
    expect(parseSource('Kari Dahl, an adviser to the mayor')).toMatchObject({ name: 'Kari Dahl', role: 'adviser to the mayor' });
  });
});

describe('parseSource: a number inside a name', () => {
  it('joins the capitalised words around it ("Il Sole 24 Ore" was the speaker "Ore" with the role "24")', () => {
    expect(parseSource('Nord 24 Ore, a business daily')).toMatchObject({ name: 'Nord 24 Ore', role: 'business daily' });
    expect(parseSource("Harbour Radio 4's morning programme")).toMatchObject({ name: 'Harbour Radio 4' });
    expect(parseSource('About 200 Nordline workers')).toMatchObject({ name: null, organisation: 'Nordline' });
    // A date is no part of a name.
    expect(parseSource('The 9 November outage')).toMatchObject({ organisation: null });
  });
});

describe('parseSource: two roles joined by "and" before one name', () => {
  it('reads the name after them as the speaker, not the first capitalised word ("Dutch ferry firm and former champion Nordlys Line" had the speaker "Dutch")', () => {
    expect(parseSource('Dutch ferry firm and former market leader Nordlys Line')).toMatchObject({ name: 'Nordlys Line', role: 'former market leader' });
    expect(parseSource('World indoor record holder and BBC pundit Tom Reed')).toMatchObject({ name: 'Tom Reed', role: 'pundit', organisation: 'BBC' });
    expect(parseSource('Work and pensions minister Ana Ruiz')).toMatchObject({ name: 'Ana Ruiz', role: 'work and pensions minister' });
  });

  it('leaves two speakers joined by "and" alone', () => {
    expect(parseSource('Ana Ruiz and former mayor Jan Lund')).toMatchObject({ name: 'Ana Ruiz' });
    expect(parseSource('Labour and the Green Party')).toMatchObject({ name: 'Labour' });
  });
});

describe('parseSource: a list of names', () => {
  it('is spoken for by the first name, with no role from the others ("Lindqvist, Harbour Foods and Vantor" had the role "Harbour Foods")', () => {
    expect(parseSource('Lindqvist, Harbour Foods, Nordby Mills and Vantor')).toMatchObject({ name: 'Lindqvist', role: null, organisation: null });
    expect(parseSource('The UK, France, Austria and the Netherlands')).toMatchObject({ name: 'UK', role: null });
  });

  it('leaves a name with an office after it alone', () => {
    expect(parseSource('Tom Reed, Trade and Industry Secretary')).toMatchObject({ name: 'Tom Reed', role: 'Trade and Industry Secretary' });
  });
});

describe('parseSource: a noun and an -ing clause after it', () => {
  it('reads the noun as the role, not the name inside the clause ("Police investigating Stefan\'s murder" had the speaker "Stefan")', () => {
    expect(parseSource("Police investigating Ana Berg's death")).toMatchObject({ name: null, role: 'Police' });
    expect(parseSource('A lawyer representing Mr Holm')).toMatchObject({ name: null, role: 'lawyer' });
  });

  it('leaves an -ing word that describes the noun after it alone', () => {
    expect(parseSource('Tottenham sporting director Frank Lindqvist')).toMatchObject({ name: 'Frank Lindqvist', role: 'sporting director' });
    expect(parseSource('the two leading Greens')).toMatchObject({ name: 'Greens' });
  });
});

describe('parseSource: a plural noun and a preposition before a name', () => {
  it('reads the noun as the role ("Rivals to Kelda" had the speaker "Kelda" and the role "Rivals to")', () => {
    expect(parseSource('Rivals to Kelda')).toMatchObject({ name: null, role: 'Rivals' });
    expect(parseSource('officials with the Harbour Party')).toMatchObject({ name: null, role: 'officials' });
  });

  it('leaves a noun of service with its object alone', () => {
    expect(parseSource('aides to Ana Ruiz')).toMatchObject({ name: null, role: 'aides to Ana Ruiz' });
  });
});

describe('parseSource: capitals that name no person', () => {
  it('leaves out a work\'s title opening with a gerund ("Oxfam\'s Paying the Price report" had the speaker "Paying")', () => {
    expect(parseSource("Harbour Trust's Counting the Cost study this month")).toMatchObject({ name: 'Harbour Trust', role: null });
    expect(parseSource('the Closing the Gap report')).toMatchObject({ name: null });
    // A participle's phrase opening the source is no title: the name after it speaks.
    expect(parseSource('Leaving a Riga summit Mr Berg')).toMatchObject({ name: 'Berg', role: null });
  });

  it('names no one in a noun with an infinitive opening the sentence ("Failure to make cutbacks" was the speaker "Failure")', () => {
    expect(parseSource('Failure to cut costs')).toMatchObject({ name: null, role: null });
    expect(parseSource('Plans to merge the two ports')).toMatchObject({ name: null });
    // A name keeps its reading before "to have" and "to be", and a full name before "to".
    expect(parseSource('Nordline to have won a contract')).toMatchObject({ name: 'Nordline' });
    expect(parseSource('Tomas Berg to step down')).toMatchObject({ name: 'Tomas Berg' });
    expect(parseSource('Visitors to the park')).toMatchObject({ name: 'Visitors' });
  });

  it('reads a role and a full name closing the source after a title the capitals hold ("Essential Guide to ... author Dan Lewis" was the speaker "Essential Guide")', () => {
    expect(parseSource('Guide to Harbour Life 2024 author Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'author', organisation: null });
    expect(parseSource('Nordbank chief Baltic strategist Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'strategist', organisation: 'Nordbank' });
    // A body's name with "of the" is read as the employer, as before; so is the first of two named people.
    expect(parseSource('Friends of the Harbour campaigner Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'campaigner', organisation: 'Friends of the Harbour' });
    expect(parseSource('Rovers chief executive Tomas Berg and City vice-chairman Ilze Ozola')).toMatchObject({ name: 'Tomas Berg', role: 'chief executive', organisation: 'Rovers' });
  });
});

describe('parseSource: descriptions that are no role or employer', () => {
  it('reads a place with its region after "of" or "from" as where the person is from ("from Omaha, Nebraska" was the organisation "Omaha Nebraska")', () => {
    expect(parseSource('Tomas Berg, from Ventspils, Latvia')).toMatchObject({ name: 'Tomas Berg', role: null, organisation: null });
    expect(parseSource('Ilze Ozola, a native of Tartu, Estonia')).toMatchObject({ name: 'Ilze Ozola', role: null, organisation: null });
    expect(parseSource('Tomas Berg, a lawyer from Ventspils, Latvia')).toMatchObject({ role: 'lawyer', organisation: null });
    // A body's name before the place stays the employer.
    expect(parseSource('Tomas Berg, of Harbour Bank, Riga')).toMatchObject({ name: 'Tomas Berg', organisation: 'Harbour Bank' });
    expect(parseSource('Tomas Berg, of the Harbour Trust')).toMatchObject({ organisation: 'Harbour Trust' });
  });

  it('reads a sporting distinction or an adjective of place before a role as part of it ("Double Olympic gold medallist" worked for "Double Olympic")', () => {
    expect(parseSource('Double Olympic gold medallist Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Double Olympic gold medallist', organisation: null });
    expect(parseSource('World 400m champion Tomas Berg')).toMatchObject({ role: 'World 400m champion', organisation: null });
    expect(parseSource('Banned Latvian sprinter Ilze Ozola')).toMatchObject({ role: 'Banned Latvian sprinter', organisation: null });
    // A body's name stays the employer.
    expect(parseSource('World Bank economist Tomas Berg')).toMatchObject({ role: 'economist', organisation: 'World Bank' });
    expect(parseSource('Federal Harbour chairman Tomas Berg')).toMatchObject({ role: 'chairman', organisation: 'Federal Harbour' });
  });

  it('reads the possessor as the employer when capitals after "for" describe the office ("Harbour Data\'s managing director for European sales" worked for "European")', () => {
    expect(parseSource("Tomas Berg, Nordline's managing director for Baltic publishing")).toMatchObject({ role: 'managing director for Baltic publishing', organisation: 'Nordline' });
    // An employer named after the link stays.
    expect(parseSource('Tomas Berg, head of Baltic research at Harbour Bank')).toMatchObject({ role: 'head of Baltic research', organisation: 'Harbour Bank' });
    expect(parseSource('Tomas Berg, the mayor of Riga')).toMatchObject({ role: 'mayor', organisation: 'Riga' });
  });

  it('reads an office with its portfolio in lower case before a full name ("Gloucester director of rugby Nigel Ashworth" was the speaker "Gloucester")', () => {
    expect(parseSource('Harbour City director of football Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'director of football', organisation: 'Harbour City' });
    expect(parseSource("Nordline's head of research Ilze Ozola")).toMatchObject({ name: 'Ilze Ozola', role: 'head of research', organisation: 'Nordline' });
    expect(parseSource('the minister for civil aviation Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'minister for civil aviation', organisation: null });
    expect(parseSource('Shadow spokesman for sport Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Shadow spokesman for sport', organisation: null });
    // No office before the preposition, or an article in the portfolio: read as before.
    expect(parseSource('the family of sound engineer Tomas Berg')).toMatchObject({ name: null });
    expect(parseSource('Ilze Ozola, director of the Harbour Trust')).toMatchObject({ name: 'Ilze Ozola', role: 'director', organisation: 'Harbour Trust' });
  });

  it('reads a capitalised office of a body before a full name ("Chief Secretary to the Treasury Paul Boateng" was the speaker "Secretary")', () => {
    expect(parseSource('Chief Secretary to the Harbour Board Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Chief Secretary to the Harbour Board', organisation: null });
    expect(parseSource('Shadow leader of the Assembly Ilze Ozola')).toMatchObject({ name: 'Ilze Ozola', role: 'Shadow leader of the Assembly' });
    expect(parseSource('Minister of State for Ports and Shipping Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'Minister of State for Ports and Shipping' });
    // A body's name before a role in lower case stays the employer; letters after the name are no part of it.
    expect(parseSource('Friends of the Harbour campaigner Tomas Berg')).toMatchObject({ name: 'Tomas Berg', organisation: 'Friends of the Harbour' });
    expect(parseSource('Chairman of the Harbour Committee Tomas Berg MP')).toMatchObject({ name: 'Tomas Berg' });
  });

  it('reads capitals after one common noun that end the description as the employer ("editor of fansite Harbour.Fans.Org" had no organisation)', () => {
    expect(parseSource('Tomas Berg, editor of fansite Harbour.Net')).toMatchObject({ role: 'editor', organisation: 'Harbour.Net' });
    expect(parseSource('Tomas Berg, spokesman for organisers HMB Promoters')).toMatchObject({ role: 'spokesman', organisation: 'HMB Promoters' });
    // Not a person's name, nor a field the office covers.
    expect(parseSource('Tomas Berg, spokesman for lawyer Ana Lima')).toMatchObject({ organisation: null });
    expect(parseSource('Tomas Berg, head of research Harbour Bank')).toMatchObject({ organisation: null });
  });

  it('reads no role from what the person will do, nor "now" in one ("Berg, soon to reunite with Ana Lima" had the role "soon to reunite")', () => {
    expect(parseSource('Berg, soon to reunite with Ana Lima for a new series')).toMatchObject({ name: 'Berg', role: null, organisation: null });
    expect(parseSource('Tomas Berg, now chairman of Harbour TV')).toMatchObject({ role: 'chairman', organisation: 'Harbour TV' });
    // "adviser to" is an office.
    expect(parseSource('Tomas Berg, adviser to the Harbour Trust')).toMatchObject({ role: 'adviser to the Harbour Trust' });
  });

  it('reads a full name after "the" and words in lower case as a person\'s ("the questions Jimmy Calder (will be asking)" was the organisation "Jimmy Calder")', () => {
    expect(parseSource('the questions Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: null, organisation: null });
    expect(parseSource('the left-footed Tomas Berg')).toMatchObject({ name: 'Tomas Berg', organisation: null });
    // A role, a body's noun or a preposition before the name reads as before.
    expect(parseSource('the striker Tomas Berg')).toMatchObject({ name: 'Tomas Berg', role: 'striker' });
    expect(parseSource('the fan-based group Harbour United')).toMatchObject({ organisation: 'Harbour United' });
    expect(parseSource('the troubled Harbour Trust')).toMatchObject({ organisation: 'Harbour Trust' });
  });

  it('reads no role from a nickname ("Ellen Marchetti, known as Queen of the Sky" had the role "known as Queen" at "Sky")', () => {
    expect(parseSource('Ilze Ozola, known as Queen of the Harbour')).toMatchObject({ name: 'Ilze Ozola', role: null, organisation: null });
    expect(parseSource('Berg, nicknamed Tommy')).toMatchObject({ name: 'Berg', role: null });
    // A description in lower case stays.
    expect(parseSource('Tomas Berg, known as the father of the bridge')).toMatchObject({ role: 'known as the father of the bridge' });
  });
});
