import { describe, expect, it } from 'vitest';
import { defaultSeverities, problemsOf } from './problems.js';
import { wellKnownMatcher } from './wellKnown.js';
import { analyzeText } from './analyze.js';
import type { Analysis, Attribution } from './types.js';

function attribution(fields: Partial<Attribution>): Attribution {
  return { cue: { start: 0, end: 4 }, source: { start: 5, end: 10 }, content: { start: 11, end: 20 }, type: 'direct', speaker: null, ...fields };
}

function rules(attributions: Attribution[], severities = defaultSeverities) {
  const analysis: Analysis = { figures: [], attributions, claims: [] };
  return problemsOf(analysis, severities).map((p) => [p.rule, p.severity, p.message]);
}

describe('figure messages', () => {
  it('writes a time in seconds as a race time too ("2:00:35" was only 7,235 seconds)', () => {
    const text = 'She won in 2:00:35 and he in 59:41; the record is 2 hours 35 seconds, and the walk about 2.5 hours.';
    expect(problemsOf(analyzeText(text, 'plaintext'), defaultSeverities, text).filter((p) => p.rule === 'figure.unchecked').map((p) => p.message)).toEqual([
      'Figure: 2:00:35 — unchecked (duration, 7,235 seconds, 2 h 0 min 35 s, exact)',
      'Figure: 59:41 — unchecked (duration, 3,581 seconds, 59 min 41 s, exact)',
      'Figure: 2 hours 35 seconds — unchecked (duration, 2.01 hours, 2 h 0 min 35 s, exact)',
      'Figure: about 2.5 hours — unchecked (duration, 2.5 hours, approximate)',
    ]);
  });

  it('runs together the spaces Markdown emphasis leaves in a figure ("About 6.5 million   refugees")', () => {
    const text = '1. **About 6.5 million** refugees have registered abroad.\n';
    expect(problemsOf(analyzeText(text, 'markdown'), defaultSeverities, text).filter((p) => p.rule === 'figure.unchecked').map((p) => p.message)).toEqual([
      'Figure: About 6.5 million refugees — unchecked (count, 6.5 million refugees, approximate)',
    ]);
  });

  it('keeps the four decimals of an exchange rate ("$1.0925" read 1.093)', () => {
    const text = 'The euro rose to $1.0925, and the pound to $1.2701; he is 6ft 4in.\n';
    expect(problemsOf(analyzeText(text, 'plaintext'), defaultSeverities, text).filter((p) => p.rule === 'figure.unchecked').map((p) => p.message)).toEqual([
      'Figure: $1.0925 — unchecked (money, 1.0925 USD, exact)',
      'Figure: $1.2701 — unchecked (money, 1.2701 USD, exact)',
      'Figure: 6ft 4in — unchecked (measure, 6.333 ft, exact)',
    ]);
  });
});

describe('figure messages of counts with a unit from another figure', () => {
  it('write the unit in the plural ("8,420.3 point" read as one point)', () => {
    const text = 'The index rose to 8,445.8 points, beating its high of 8,420.3.\n';
    expect(problemsOf(analyzeText(text, 'plaintext'), defaultSeverities, text).filter((p) => p.rule === 'figure.unchecked').map((p) => p.message)).toEqual([
      'Figure: 8,445.8 points — unchecked (count, 8,445.8 points, exact)',
      'Figure: 8,420.3 — unchecked (count, 8,420.3 points, exact)',
    ]);
  });
});

describe('attribution problems', () => {
  it('flags a quote with no speaker as unattributed', () => {
    expect(rules([attribution({ source: null, speaker: null })])).toEqual([['attribution.unattributed', 'warning', 'Quote with no identifiable speaker']]);
  });

  it('flags an unnamed source as anonymous, at hint level by default', () => {
    expect(rules([attribution({ anonymous: true })])).toEqual([['attribution.anonymous', 'hint', 'Unnamed source: say who, or why the source cannot be named']]);
  });

  it('says that an unnamed spokesperson of a named organisation puts the organisation on the record', () => {
    const messages = (text: string) => problemsOf(analyzeText(text, 'plaintext'), defaultSeverities, text).filter((p) => p.rule === 'attribution.anonymous').map((p) => p.message);
    expect(messages('A spokeswoman for the port authority, Harbourwatch, said the cranes were safe.')).toEqual([
      'Unnamed spokesperson for Harbourwatch: the organisation is on the record; name the spokesperson if your style asks for it',
    ]);
    expect(messages('Officials said the cranes were safe.')).toEqual(['Unnamed source: say who, or why the source cannot be named']);
  });

  it('says that unnamed analysts of a named firm put the firm on the record, and unnamed officials do not', () => {
    const messages = (text: string) => problemsOf(analyzeText(text, 'plaintext'), defaultSeverities, text).filter((p) => p.rule === 'attribution.anonymous').map((p) => p.message);
    expect(messages('Analysts at the consultancy Brightwater estimate that each closure costs about £2m a week.')).toEqual([
      'Unnamed analysts at Brightwater: the organisation is on the record; name one of them if your style asks for it',
    ]);
    expect(messages('Economists at Harbour Bank said the rise was likely to be the last this year.')).toEqual([
      'Unnamed economists at Harbour Bank: the organisation is on the record; name one of them if your style asks for it',
    ]);
    expect(messages('Scientists warned that the ice was thinning.')).toEqual(['Unnamed source: say who, or why the source cannot be named']);
    expect(messages('Officials at the ministry said the cranes were safe.')).toEqual(['Unnamed source: say who, or why the source cannot be named']);
  });

  it('asks for the poll behind the opinion of a share of a population ("most Poles" was an unnamed source to name)', () => {
    const messages = (text: string) => problemsOf(analyzeText(text, 'plaintext'), defaultSeverities, text).filter((p) => p.rule === 'attribution.anonymous').map((p) => p.message);
    expect(messages('Most Estonians believe the new border fence is too expensive.')).toEqual(['Opinion of most Estonians with no source: name the poll or survey that measured it']);
    expect(messages('Many voters say the ferry fares are too high.')).toEqual(['Opinion of many voters with no source: name the poll or survey that measured it']);
    expect(messages('Some officials said the cranes were safe.')).toEqual(['Unnamed source: say who, or why the source cannot be named']);
  });

  it('gives no hint when the article says why the source is not named', () => {
    const anonymousRules = (text: string) => problemsOf(analyzeText(text, 'plaintext'), defaultSeverities, text).filter((p) => p.rule === 'attribution.anonymous').length;
    expect(anonymousRules('A senior official, who spoke on condition of anonymity to discuss the talks, said the deal was close.')).toBe(0);
    expect(anonymousRules('The deal was close, two officials said, speaking on condition of anonymity because they were not authorised to comment.')).toBe(0);
    expect(anonymousRules('A senior official, who did not want to be identified, said the deal was close.')).toBe(0);
    expect(anonymousRules('A senior official said the deal was close.')).toBe(1);
  });

  it('names an unnamed source once when two cues share it ("declined to say" gave two hints on one span)', () => {
    const unnamed = [attribution({ anonymous: true }), attribution({ anonymous: true, cue: { start: 21, end: 25 } }), attribution({ anonymous: true, source: { start: 40, end: 44 } })];
    expect(rules(unnamed).map(([rule]) => rule)).toEqual(['attribution.anonymous', 'attribution.anonymous']);
  });

  it('flags only the first mention of a speaker that lacks a role', () => {
    const first = attribution({ speaker: 'Marta Kalnina' });
    const later = attribution({ speaker: 'Marta Kalnina', source: { start: 30, end: 35 } });
    expect(rules([first, later])).toEqual([['attribution.incomplete', 'information', 'First mention of Marta Kalnina lacks a role or an organisation']]);
  });

  it('asks no role of a speaker the newsroom lists as well known', () => {
    const analysis = (speaker: string): Analysis => ({ figures: [], attributions: [attribution({ speaker })], claims: [] });
    const incomplete = (speaker: string, names: string[]) => problemsOf(analysis(speaker), defaultSeverities, undefined, undefined, wellKnownMatcher(names)).length;
    expect(incomplete('Vladimir Putin', ['President Vladimir V. Putin'])).toBe(0);
    expect(incomplete('Vladimir V. Putin', ['Vladimir Putin'])).toBe(0);
    expect(incomplete('Mr. Putin', ['Vladimir Putin'])).toBe(0);
    expect(incomplete('Vladimir Putin', ['Putin'])).toBe(0);
    // Another person, or an empty list, is still asked.
    expect(incomplete('Andris Ozols', ['Vladimir Putin', 'Putin'])).toBe(1);
    expect(incomplete('Vladimir Ozols', ['Vladimir Putin'])).toBe(1);
    expect(incomplete('Vladimir Putin', [])).toBe(1);
  });

  it('flags a speaker introduced by title and surname only', () => {
    expect(rules([attribution({ speaker: 'Mr. Kalnins', role: 'director' })])).toEqual([['attribution.incomplete', 'information', 'First mention of Mr. Kalnins lacks a full name']]);
  });

  it('flags a speaker the article names only as "Mr. Giles" (it never fired: the speaker is the bare surname)', () => {
    const text = 'Mr. Lind said the port was full.';
    const said = attribution({ speaker: 'Lind', role: 'harbour master', surnameOnly: true, source: { start: 0, end: 8 } });
    const analysis: Analysis = { figures: [], attributions: [said], claims: [] };
    expect(problemsOf(analysis, defaultSeverities, text).map((p) => p.message)).toEqual(['First mention of Lind lacks a full name']);
    // A full name written anywhere, outside any attribution, is enough.
    const named = 'Marta Lind runs the port. Mr. Lind said it was full.';
    const later = attribution({ speaker: 'Lind', role: 'harbour master', surnameOnly: true, source: { start: 26, end: 34 } });
    expect(problemsOf({ figures: [], attributions: [later], claims: [] }, defaultSeverities, named)).toEqual([]);
  });

  it('does not ask an organisation, a place or a misread time phrase for a role', () => {
    for (const speaker of ['Daugava Shipping Group', "Riga Airways'", 'Nordic Re', 'Baltic Telecom AG', 'South Korea', 'ABN Holdings', 'Last Tuesday', 'KLV Media', 'Passenger Focus', 'Baltic Rail', 'Coastal Water Watch', 'Orbital Devices', 'Halden Technologies', 'Sport England', 'Historic England']) {
      expect(rules([attribution({ speaker })]), speaker).toEqual([]);
    }
    // A person whose name shares no word with those is still asked.
    expect(rules([attribution({ speaker: 'Andris Ozols' })])).toEqual([['attribution.incomplete', 'information', 'First mention of Andris Ozols lacks a role or an organisation']]);
  });

  it('accepts a person the prose introduced by age or place before they speak ("Gareth Lowe, 54, of Salford, stole ... Lowe said" was asked for a role)', () => {
    const incomplete = (text: string) => problemsOf(analyzeText(text, 'plaintext'), defaultSeverities, text).filter((p) => p.rule === 'attribution.incomplete').length;
    expect(incomplete('Gareth Lowe, 54, of Salford, stole the money, the court heard.\n\nLowe said he was sorry.\n')).toBe(0);
    expect(incomplete('Gareth Lowe stole the money, the court heard.\n\nLowe said he was sorry.\n')).toBe(1);
  });

  it('accepts a person introduced by age or by where they are from ("Ingrid Weber, 74" was asked for a role)', () => {
    const text = 'Marta Lind, 74, said the water rose fast. "We lost everything," said 81-year-old Janis Berg.';
    const lind = attribution({ speaker: 'Marta Lind', source: { start: 0, end: 14 } });
    const berg = attribution({ speaker: 'Janis Berg', source: { start: 69, end: 91 } });
    expect(problemsOf({ figures: [], attributions: [lind, berg], claims: [] }, defaultSeverities, text)).toEqual([]);
    const from = 'Ilze Ozola, from Baltic Auto Weekly, said sales fell.';
    const ozola = attribution({ speaker: 'Ilze Ozola', source: { start: 0, end: 35 } });
    expect(problemsOf({ figures: [], attributions: [ozola], claims: [] }, defaultSeverities, from)).toEqual([]);
    // The description may follow the source's span ("said Kyle Brenton, at Citigroup ...").
    const after = 'Sales fell, said Ilze Ozola, at Baltic Auto Weekly.';
    const inverted = attribution({ speaker: 'Ilze Ozola', source: { start: 17, end: 27 } });
    expect(problemsOf({ figures: [], attributions: [inverted], claims: [] }, defaultSeverities, after)).toEqual([]);
    // Without an age or a place the role is still asked for.
    const plain = attribution({ speaker: 'Marta Lind', source: { start: 0, end: 10 } });
    expect(problemsOf({ figures: [], attributions: [plain], claims: [] }, defaultSeverities, 'Marta Lind said the water rose fast.').map((p) => p.rule)).toEqual(['attribution.incomplete']);
  });

  it('does not judge a one-word speaker, which is more often a group than a person', () => {
    expect(rules([attribution({ speaker: 'Aid' })])).toEqual([]);
  });

  it('accepts a full first mention, and respects severity settings', () => {
    expect(rules([attribution({ speaker: 'Marta Kalnina', role: 'director', organisation: 'Institute' })])).toEqual([]);
    expect(rules([attribution({ anonymous: true })], { ...defaultSeverities, anonymous: 'off' })).toEqual([]);
    expect(rules([attribution({ source: null })], { ...defaultSeverities, unattributed: 'error' })[0][1]).toBe('error');
  });
});

describe('figure messages', () => {
  it('writes the value as a reader would, not as a raw float', () => {
    const messages = (text: string) => problemsOf(analyzeText(text, 'plaintext'), defaultSeverities, text).filter((p) => p.rule === 'figure.unchecked').map((p) => p.message);
    expect(messages('About two-thirds of the 4,200 crew, paid $91bn in all, won 3-1.')).toEqual([
      'Figure: About two-thirds — unchecked (count, 2/3, approximate)',
      'Figure: 4,200 crew — unchecked (count, 4,200 crew, exact)',
      'Figure: $91bn — unchecked (money, 91 billion USD, exact)',
      'Figure: 3-1 — unchecked (count, score 3–1, exact)',
    ]);
    // A count's noun as written, a duration in the plural ("14 network" and "48 hour" read wrong).
    expect(messages('Drivers on 14 of the largest networks struck for 48 hours, then for one hour, and one worker quit.')).toEqual([
      "Figure: 14 of the largest networks — unchecked (count, 14 networks, exact)",
      'Figure: 48 hours — unchecked (duration, 48 hours, exact)',
      'Figure: one hour — unchecked (duration, 1 hour, exact)',
      'Figure: one worker — unchecked (count, 1 worker, exact)',
    ]);
    // An age reads as one, not as "duration, 61 years".
    expect(messages('Graham Pell, 61, was jailed.')).toEqual(['Figure: 61 — unchecked (age, 61 years, exact)']);
  });
});
