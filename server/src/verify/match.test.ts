import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analysis/analyze.js';
import type { Figure } from '../analysis/types.js';
import { surfaceForms } from './forms.js';
import { claimContext, intervalOf, matchClaim, matchScore, prepare, relate, roundingOf } from './match.js';
import { prepareSource } from './verify.js';

/** The article figure whose text is `words`, from a one-sentence article. */
function figureIn(article: string, words: string) {
  const doc = prepare(article, analyzeText(article, 'plaintext'));
  const figure = doc.analysis.figures.find((f) => f.text === words);
  if (!figure) throw new Error(`no figure "${words}" in: ${JSON.stringify(doc.analysis.figures.map((f) => f.text))}`);
  return { doc, figure };
}

function verdict(article: string, words: string, source: string) {
  const { doc, figure } = figureIn(article, words);
  const result = matchClaim(claimContext(doc, figure), prepareSource(source));
  return { status: result.status, evidence: result.candidate?.figure.text ?? result.inconclusive?.figure.text };
}

describe('surface forms', () => {
  it('lists the usual ways of writing a count, a sum of money and a percentage', () => {
    expect(surfaceForms({ kind: 'count', value: 13000, unit: 'people' })).toEqual(['13,000', '13000', '13 000', '13 thousand', '13k', 'thirteen thousand']);
    expect(surfaceForms({ kind: 'money', value: 4.2e9, unit: 'USD' })).toEqual(expect.arrayContaining(['$4.2bn', '$4.2 billion', '4.2 billion dollars', '$4,200,000,000']));
    expect(surfaceForms({ kind: 'percent', value: 3.5, unit: '%' })).toEqual(['3.5%', '3.5 percent', '3.5 per cent']);
    // Words take the word, not the sign.
    expect(surfaceForms({ kind: 'percent', value: 38, unit: '%' })).toEqual(['38%', '38 percent', '38 per cent', 'thirty-eight percent', 'thirty-eight per cent']);
  });

  // Verify compares parsed values, so each form must parse back to the value it was made from.
  it.each([
    ['count', 13000, 'people'],
    ['count', 250, 'households'],
    ['money', 4.2e9, 'USD'],
    ['money', 38e6, 'EUR'],
    ['percent', 3.5, '%'],
  ] as const)('every %s form of %d parses back to the value', (kind, value, unit) => {
    for (const form of surfaceForms({ kind, value, unit })) {
      const text = kind === 'count' ? `Officials counted ${form} ${unit} on the quay.` : `Officials said it was ${form} on Friday.`;
      const figures = analyzeText(text, 'plaintext').figures.filter((f) => f.kind === kind);
      expect(figures.map((f) => f.value), `${form} in "${text}"`).toEqual([value]);
    }
  });
});

describe('intervals and qualifiers', () => {
  const claim = (value: number, approx: Figure['approx']) => intervalOf({ value, approx }, 'claim')!;
  const evidence = (value: number, approx: Figure['approx'] = 'exact') => intervalOf({ value, approx }, 'evidence')!;

  it('rounds a two-figure value by half its last unit, and treats a precise value as exact', () => {
    expect(roundingOf(13000)).toBe(500);
    expect(roundingOf(4.2e9)).toBe(5e7);
    expect(roundingOf(3.5)).toBeCloseTo(0.05);
    expect(roundingOf(13150)).toBe(0);
    expect(relate(claim(13000, 'exact'), evidence(13100))).toBe('supports');
    expect(relate(claim(13000, 'exact'), evidence(13600))).toBe('contradicts');
    expect(relate(claim(13150, 'exact'), evidence(13100))).toBe('contradicts');
  });

  it('honours "more than", "at least", "less than" and "up to"', () => {
    expect(relate(claim(13000, 'more-than'), evidence(13100))).toBe('supports');
    expect(relate(claim(13000, 'more-than'), evidence(13000))).toBe('contradicts');
    expect(relate(claim(13000, 'at-least'), evidence(13000))).toBe('supports');
    expect(relate(claim(13000, 'more-than'), evidence(12000))).toBe('contradicts');
    expect(relate(claim(500, 'less-than'), evidence(480))).toBe('supports');
    expect(relate(claim(500, 'at-most'), evidence(520))).toBe('contradicts');
    // A source that also gives only a lower bound settles a lower bound at or above the claim's.
    expect(relate(claim(13000, 'more-than'), evidence(13000, 'more-than'))).toBe('supports');
    expect(relate(claim(13000, 'more-than'), evidence(12000, 'more-than'))).toBe('inconclusive');
  });

  it('lets "about" stray 10% either side', () => {
    expect(relate(claim(100000, 'about'), evidence(98000))).toBe('supports');
    expect(relate(claim(100000, 'about'), evidence(109000))).toBe('supports');
    expect(relate(claim(100000, 'about'), evidence(85000))).toBe('contradicts');
    expect(relate(claim(100000, 'about'), evidence(98000, 'about'))).toBe('supports');
  });
});

describe('matching a figure against a source', () => {
  it('finds a supporting figure about the same thing, whatever its form', () => {
    expect(verdict('The floods have displaced more than 13,000 people, officials said.', 'more than 13,000 people', 'Evacuations: 13,100 people have been displaced from their homes.')).toEqual({ status: 'supported', evidence: '13,100 people' });
    expect(verdict('The fighting has killed more than 13,000 people.', 'more than 13,000 people', 'The mission recorded 13,100 deaths by October.')).toEqual({ status: 'supported', evidence: '13,100 deaths' });
    expect(verdict('The army massed about 100,000 troops on the border.', 'about 100,000 troops', 'Satellite images show roughly 98,000 soldiers near the frontier.')).toEqual({ status: 'supported', evidence: 'roughly 98,000 soldiers' });
    expect(verdict('The county put the flood damage at $4.2bn.', '$4.2bn', 'Damage from the flood is estimated at 4.2 billion dollars.')).toEqual({ status: 'supported', evidence: '4.2 billion dollars' });
    expect(verdict('The regional council said more than 13,000 people had left their homes.', 'more than 13,000 people', 'So far 13,100 people have left their homes in the valley.')).toEqual({ status: 'supported', evidence: '13,100 people' });
    expect(verdict('The fighting has killed more than 13,000 people.', 'more than 13,000 people', 'Monitoring mission, October report\nBy the end of October the mission had counted 13,100\ndeaths in the region.\n')).toEqual({ status: 'supported', evidence: '13,100\ndeaths' });
    expect(verdict('Thirteen thousand soldiers were deployed.', 'Thirteen thousand soldiers', 'The ministry deployed 13k soldiers.')).toEqual({ status: 'supported', evidence: '13k soldiers' });
  });

  it('reports another value for the same thing as a contradiction, and shows it', () => {
    expect(verdict('The stoppage has left an estimated 12,000 containers on the quays.', 'an estimated 12,000 containers', 'Some 7,500 containers were stranded on the quays.')).toEqual({ status: 'contradicted', evidence: 'Some 7,500 containers' });
  });

  it('counts a trial\'s patients as its participants', () => {
    expect(verdict('The study followed 18,400 patients in nine countries.', '18,400 patients', 'We randomly assigned 18,412 participants aged 70 years or older.')).toEqual({ status: 'supported', evidence: '18,412 participants' });
  });

  it('matches a study\'s statistic only with the same statistic', () => {
    const article = 'Statins cut heart attacks, with a hazard ratio of 0.80 in the trial.';
    expect(verdict(article, '0.80', 'Results: heart attacks, hazard ratio 0.80 (95% CI 0.69 to 0.93).')).toEqual({ status: 'supported', evidence: '0.80' });
    expect(verdict(article, '0.80', 'Results: heart attacks, odds ratio 0.80 (95% CI 0.69 to 0.93).').status).toBe('not-found');
  });

  it('does not count a figure about something else, nor a noun that is only nearby', () => {
    expect(verdict('About 100,000 homes lost power.', 'About 100,000 homes', 'Evacuations: 13,100 people have left their homes.')).toEqual({ status: 'not-found', evidence: undefined });
    expect(verdict('The strike cost $38m a day.', '$38m a day', 'The first stone quay was built in 1871 for 38 workers.').status).toBe('not-found');
  });

  it('reads the words of the figure\'s own clause, not the next one after a semicolon', () => {
    expect(verdict('The union is demanding a pay rise of 7 percent.', '7 percent', 'Inflation reached 7.4 percent; the employers offered a 5% pay rise.')).toEqual({ status: 'contradicted', evidence: '5%' });
  });

  it('compares a value written in another unit, a fraction with a percentage, and a share of the same group', () => {
    // "four hours and 21 minutes" was "not found" against "261 minutes": the units differed.
    expect(verdict('Ships were delayed by four hours and 21 minutes on average.', 'four hours and 21 minutes', 'Average delays were 261 minutes.')).toEqual({ status: 'supported', evidence: '261 minutes' });
    expect(verdict('Ships were delayed by four hours on average.', 'four hours', 'Average delays were 300 minutes.')).toEqual({ status: 'contradicted', evidence: '300 minutes' });
    // "Two-thirds of ships" against "67% of vessels": a fraction, a percentage, synonyms.
    expect(verdict('Two-thirds of ships were delayed.', 'Two-thirds of ships', 'Delays hit 67% of vessels.')).toEqual({ status: 'supported', evidence: '67%' });
    expect(verdict('Two-thirds of ships were delayed.', 'Two-thirds of ships', 'Delays hit 61% of vessels.')).toEqual({ status: 'contradicted', evidence: '61%' });
    // A percentage is matched by what it is a share of, and workers by staff.
    expect(verdict('The strike was backed by 62% of members.', '62%', 'In the ballot, 61.8 per cent of union members voted for the strike.')).toEqual({ status: 'supported', evidence: '61.8 per cent' });
    expect(verdict('More than 13,000 workers walked out.', 'More than 13,000 workers', 'A total of 13,412 staff took part in the stoppage.')).toEqual({ status: 'supported', evidence: '13,412 staff' });
    // The verb before an amount's object says what the amount is ("costing shippers £1.2bn").
    expect(verdict('The strike ended, costing shippers an estimated £1.2bn.', 'an estimated £1.2bn', 'Estimates put the cost to shipping lines at 1.2 billion pounds.')).toEqual({ status: 'supported', evidence: '1.2 billion pounds' });
  });

  it('takes the source figure whose own verb is the article\'s, not one the verb is only near', () => {
    // "11,200 people had been injured" against "1,874 people have died and 11,342 have been injured": the injured.
    expect(verdict('Officials said 11,200 people had been injured.', '11,200 people', 'By noon 1,874 people have died and 11,342 have been injured.')).toEqual({ status: 'contradicted', evidence: '11,342' });
  });

  it('reads what "the number of" names for a count without a noun, a magnitude as its noun, and the parts of a hyphenated noun', () => {
    expect(verdict('The number of people killed by the storm rose to at least 1,874 on Tuesday.', 'at least 1,874', 'In all 1,874 residents have lost their lives.')).toEqual({ status: 'supported', evidence: '1,874 residents' });
    expect(verdict('The largest aftershock measured 5.9.', '5.9', 'A magnitude 5.9 aftershock struck at noon.')).toEqual({ status: 'supported', evidence: 'magnitude 5.9' });
    expect(verdict('Nearly 25,000 search-and-rescue workers were deployed.', 'Nearly 25,000 search-and-rescue workers', 'Some 24,400 search and rescue teams are in the field.')).toEqual({ status: 'supported', evidence: 'Some 24,400 search and rescue teams' });
  });

  it('needs less context for a precise value and for a ratio rounded to its denominator', () => {
    // Three significant digits given exactly: one word in common is enough ("age"/"year" here).
    expect(verdict('Uptake among five-year-olds has fallen to 83.9%.', '83.9%', 'Coverage at 5 years of age was 83.9% nationally.')).toEqual({ status: 'supported', evidence: '83.9%' });
    // But not against another counted noun, nor with no word in common.
    expect(verdict('The port employs 2,911 staff.', '2,911 staff', 'In all 2,911 ships called at the port.').status).toBe('not-found');
    expect(verdict('Uptake has fallen to 83.9%.', '83.9%', 'The index closed at 83.9% of its peak.').status).toBe('not-found');
    // A count with only a verb of level is matched by three words of its sentence.
    expect(verdict('Measles cases in England rose to 2,911 last year.', '2,911', 'There were 2,911 confirmed measles cases in England.')).toEqual({ status: 'supported', evidence: '2,911 confirmed measles cases' });
    // "One in five" is one in 4.5 to 5.5: 21% supports it.
    expect(verdict('One in five of those infected needed hospital care.', 'One in five', 'Around 21% of those infected were admitted to hospital.')).toEqual({ status: 'supported', evidence: 'Around 21%' });
  });

  it('counts the same direction of change as a word in common', () => {
    expect(verdict('EU emissions fell by 7.4%.', '7.4%', 'In the EU, emissions are set to decline by 7.4%.')).toEqual({ status: 'supported', evidence: '7.4%' });
    expect(verdict('Wages in the bloc fell by 7.4% last year.', '7.4%', 'Prices are estimated to decline by 7.4%.').status).toBe('not-found');
  });

  it('compares a sentence with a sentence, not with an age, and takes either end of a range as a stated value', () => {
    expect(verdict('Ana Lima was jailed for eight years and four months.', 'eight years and four months', 'Lima was sentenced to 8 years 4 months imprisonment.')).toEqual({ status: 'supported', evidence: '8 years 4 months' });
    // "Lima, 57," is an age; the source's sentence length is no contradiction of it.
    expect(verdict('Ana Lima, 57, was jailed on Friday.', '57', 'Ana Lima was sentenced to 8 years 4 months imprisonment.').status).toBe('not-found');
    expect(verdict('The largest single payment was £84,500.', '£84,500', 'Payments ranged from £1,250 to £84,500.')).toEqual({ status: 'supported', evidence: '£1,250 to £84,500' });
  });

  it('reads a company report: last year\'s figure in brackets, an amount to its last written digit', () => {
    const report = 'Profit before tax was SEK 11,812 million (14,930), down 21 percent.';
    expect(verdict('Full-year profit came to 11.8bn kronor, down 21% from 14.9bn kronor in 2025.', '11.8bn kronor', report)).toEqual({ status: 'supported', evidence: 'SEK 11,812 million' });
    expect(verdict('Full-year profit came to 11.8bn kronor, down 21% from 14.9bn kronor in 2025.', '14.9bn kronor', report)).toEqual({ status: 'supported', evidence: '14,930' });
    // "14.2bn" is 14.15bn to 14.25bn: SEK 14,216 million is no contradiction, SEK 14,316 million is.
    expect(verdict('Full-year profit came to 14.2bn kronor.', '14.2bn kronor', 'Full-year profit was SEK 14,316 million.').status).toBe('contradicted');
    expect(verdict('Full-year profit came to 14.2bn kronor.', '14.2bn kronor', 'Full-year profit was SEK 14,216 million.').status).toBe('supported');
    expect(verdict('The firm will shed about 900 jobs.', 'about 900 jobs', 'Approximately 900 positions will be affected.')).toEqual({ status: 'supported', evidence: 'Approximately 900 positions' });
  });

  it('converts tonnes to gigatonnes', () => {
    expect(verdict('Emissions rose to a record 37.8 billion tonnes of CO2.', '37.8 billion tonnes', 'Fossil emissions were a record 37.8 GtCO2 in 2026.')).toEqual({ status: 'supported', evidence: '37.8 GtCO2' });
  });

  it('compares metric and imperial measures, allowing the rounding of a converted figure', () => {
    expect(verdict('The frontier runs for 830 miles through forest.', '830 miles', 'The land border is 1,340 km long.')).toEqual({ status: 'supported', evidence: '1,340 km' });
    expect(verdict('The frontier runs for 1,340km through forest.', '1,340km', 'The land border is 833 miles long.')).toEqual({ status: 'supported', evidence: '833 miles' });
    expect(verdict('The fires burned 62,000 acres of forest.', '62,000 acres', 'Fires burned 25,000 hectares of forest.')).toEqual({ status: 'supported', evidence: '25,000 hectares' });
    expect(verdict('The frontier runs for 930 miles through forest.', '930 miles', 'The land border is 1,340 km long.')).toEqual({ status: 'contradicted', evidence: '1,340 km' });
    // Gallons are US or imperial: not compared with litres.
    expect(verdict('The tank holds 132 gallons of water.', '132 gallons', 'The water tank holds 500 litres.').status).toBe('not-found');
  });

  it('prefers support over a contradiction elsewhere in the same source', () => {
    expect(verdict('The fighting has killed more than 13,000 people.', 'more than 13,000 people', 'The war killed 9,000 people in its first year. By October the mission had recorded 13,100 deaths.')).toEqual({ status: 'supported', evidence: '13,100 deaths' });
  });
});

describe('scores', () => {
  it('finds a score in a source whichever side it is written from, and no other result', () => {
    const { figure } = figureIn('Harbour Town beat Millbrook 3-1 on Saturday.', '3-1');
    expect(matchScore(figure, prepareSource('Millbrook lost 1-3 at home to Harbour Town.'))?.text).toBe('1-3');
    expect(matchScore(figure, prepareSource('Millbrook lost 1-2 at home to Harbour Town.'))).toBeUndefined();
    expect(matchScore(figure, prepareSource('Between 1-3 per cent of tickets went unsold.'))).toBeUndefined();
  });
});
