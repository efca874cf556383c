import { describe, expect, it } from 'vitest';
import { checkFigures } from '../testing/check.js';
import { analyzeText } from '../analyze.js';
import { currencyContextFrom, currencyContextOf, currencyEvidenceOf, currencyOpeningReach } from './currencyContext.js';

// Every sentence here is written for these tests in the style of wire copy; none is taken from an
// article or an evaluation set.

describe('numbers written in digits', () => {
  it('reads separators, decimals and spaces between thousands', () => {
    checkFigures('Officials counted [[13,000 voters]], [[2 450 ballots]] and [[1,234.5 tonnes]] of grain.', [
      { value: 13000, unit: 'voter', kind: 'count' },
      { value: 2450, unit: 'ballot' },
      { value: 1234.5, unit: 't', kind: 'measure' },
    ]);
  });

  it('reads a decimal written without its leading zero', () => {
    checkFigures('The error rate fell to [[.02 per cent]].', [{ value: 0.02, kind: 'percent', unit: '%' }]);
  });

  it('reads multipliers written as words and as suffixes', () => {
    checkFigures('The ministry set aside [[$4 billion]], then [[2.3bn euros]], then [[$4m]] and [[about 30k]] more.', [
      { value: 4e9, unit: 'USD', kind: 'money' },
      { value: 2.3e9, unit: 'EUR', kind: 'money' },
      { value: 4e6, unit: 'USD' },
      { value: 30000, approx: 'about' },
    ]);
  });

  it('tells a million from a metre by what follows', () => {
    checkFigures('The studio sold [[2.7m copies]] while the tower stands [[320m]] tall.', [
      { value: 2.7e6, unit: 'copy' },
      { value: 320, unit: 'm', kind: 'measure' },
    ]);
    // "in" is inches only before a word of size that ends the phrase ("2 1/2 in thick" was the count 2.5).
    checkFigures('The slab is [[2 1/2 in]] thick and the snow [[4 in]] deep in places; she scored [[3]] in high winds.', [
      { kind: 'measure', value: 2.5, unit: 'in' },
      { kind: 'measure', value: 4, unit: 'in' },
      { kind: 'count', value: 3, unit: null },
    ]);
    checkFigures('Sales doubled to [[2.1m]] [[last year]], and she won the [[400m]] in Rome.', [
      { value: 2.1e6, kind: 'count' },
      { kind: 'date' },
      { value: 400, unit: 'm' },
    ]);
  });

  it('reads a percentage named before its number', () => {
    checkFigures('[[per cent of 40]]', [{ kind: 'percent', value: 40 }]);
  });
});

describe('numbers written with a vulgar fraction', () => {
  it('reads "2½", "¾" and what is glued after them ("2½ years" and "¾ of the staff" were no figures)', () => {
    checkFigures('The talks took [[2½ years]], [[¾ of the staff]] left, tolls rose [[1¼ times]] over a [[3½-year]] term and the port paid [[$2½m]].', [
      { value: 2.5, kind: 'duration', unit: 'year' },
      { value: 0.75, kind: 'count', unit: 'staff' },
      { value: 1.25, kind: 'count', unit: 'times' },
      { value: 3.5, kind: 'duration', unit: 'year' },
      { value: 2500000, kind: 'money', unit: 'USD' },
    ]);
  });

  it('reads a minus sign before a vulgar fraction and a fraction after a space ("−½%" read 0.5, "2 ½ miles" 2)', () => {
    checkFigures('The index fell [[−½%]], the lake sat at [[-2 ½ degrees]] and the crew ran [[2 ½ miles]] in [[3 ¾ hours]].', [
      { value: -0.5, kind: 'percent', unit: '%' },
      { value: -2.5, kind: 'measure', unit: '°' },
      { value: 2.5, kind: 'measure', unit: 'mi' },
      { value: 3.75, kind: 'duration', unit: 'hour' },
    ]);
    // A year before a lone fraction keeps its own figure.
    checkFigures('In [[2019]] [[½ of the crew]] left.', [
      { value: 2019, kind: 'date' },
      { value: 0.5, kind: 'count', unit: 'crew' },
    ]);
  });

  it('reads a range whose second end has a vulgar fraction ("2-2½ years" was no figure)', () => {
    checkFigures('The Ostvik dredging takes [[2-2½ years]] under a [[2-2½-year]] contract, and the ferry [[2½-3½ hours]].', [
      { kind: 'duration', unit: 'year', value: 2, low: 2, high: 2.5, approx: 'range' },
      { kind: 'duration', unit: 'year', low: 2, high: 2.5, approx: 'range' },
      { kind: 'duration', unit: 'hour', low: 2.5, high: 3.5, approx: 'range' },
    ]);
  });
});

describe('spelled numbers', () => {
  it('reads cardinals, compounds and scale words', () => {
    checkFigures('[[Seven inspectors]] found [[thirty-two breaches]] in [[two hundred and fifty homes]].', [
      { value: 7, unit: 'inspector' },
      { value: 32, unit: 'breach' },
      { value: 250, unit: 'home' },
    ]);
  });

  it('reads "a dozen", "a million" and "half a million"', () => {
    checkFigures('Police detained [[a dozen protesters]], [[a million people]] watched and [[half a million]] signed.', [
      { value: 12, unit: 'protester' },
      { value: 1e6, unit: 'people' },
      { value: 5e5 },
    ]);
  });

  it('reads fractions and ratios', () => {
    checkFigures('[[Two-thirds of voters]] backed the plan, [[a third of members]] abstained and [[one in five adults]] smokes.', [
      { value: 2 / 3, unit: 'voter' },
      { value: 1 / 3, unit: 'member' },
      { value: 0.2, unit: 'adult' },
    ]);
    // The noun between: "one voter in seven"; not before a noun of its own, a name or with more than one.
    checkFigures('[[One voter in seven]] chose us, and [[one child in five]], or [[20%]], lives in poverty.', [
      { value: 1 / 7, unit: 'voter' },
      { value: 0.2, unit: 'child' },
      { value: 20 },
    ]);
    checkFigures('He met [[one minister]] in 10 Downing Street and scored [[three goals]] in [[10]].', [{ value: 1 }, { value: 3 }, { value: 10 }]);
  });

  it('reads stones where "st" cannot be an ordinal, and a price a pint', () => {
    checkFigures('The boxer weighed [[11st 4lb]] on the [[21st]], and beer rose [[2p a pint]].', [
      { kind: 'measure', value: 11 + 4 / 14, unit: 'st' },
      { kind: 'ordinal', value: 21 },
      { kind: 'money', value: 2, unit: 'GBX', per: 'pt' },
    ]);
  });

  it('reads one measure written in two units as one figure in the larger unit ("6ft 4in" was two)', () => {
    checkFigures('The keeper, [[6ft 3in]] and [[13st 4lb]], was jailed for [[three years and nine months]] after a [[two hours 30 minutes]] hearing.', [
      { kind: 'measure', value: 6.25, unit: 'ft' },
      { kind: 'measure', value: 13 + 4 / 14, unit: 'st' },
      { kind: 'duration', value: 3.75, unit: 'year' },
      { kind: 'duration', value: 2.5, unit: 'hour' },
    ]);
    // A part two units down ("2 hours 35 seconds", which was two figures).
    checkFigures('She won in [[2 hours 35 seconds]], [[1 minute 3 seconds]] inside the record.', [
      { kind: 'duration', value: 2 + 35 / 3600, unit: 'hour' },
      { kind: 'duration', value: 1.05, unit: 'minute' },
    ]);
    // Parts too big for the larger unit, or listed with a comma, stay apart.
    checkFigures('It took [[2 years]] [[14 months]], then [[3 hours]], [[20 minutes]] more.', [
      { value: 2, unit: 'year' }, { value: 14, unit: 'month' }, { value: 3, unit: 'hour' }, { value: 20, unit: 'minute' },
    ]);
  });

  it('reads battery charge and current ("5,000mAh" was no figure)', () => {
    checkFigures('The handset packs a [[4,800mAh]] cell, the scooter a [[15Ah]] pack on a [[13 amp]] plug.', [
      { kind: 'measure', value: 4800, unit: 'mAh' },
      { kind: 'measure', value: 15, unit: 'Ah' },
      { kind: 'measure', value: 13, unit: 'A' },
    ]);
  });

  it('reads a margin either side, times written "x", and watt-hours', () => {
    checkFigures('Sales will be [[$4bn]], [[plus or minus 2%]], at [[30x]] earnings, from cells of [[450 watt-hours]].', [
      { kind: 'money', value: 4e9 },
      { kind: 'percent', value: 2 },
      { value: 30, unit: 'times' },
      { kind: 'measure', value: 450, unit: 'Wh' },
    ]);
  });

  it('reads a qualifier glued after a suffix, and the Australian dollar written "A$"', () => {
    checkFigures('It was a [[£1bn-plus]] deal, worth [[A$2.1bn]], while a [[$5]] note fell.', [
      { kind: 'money', value: 1e9, unit: 'GBP', approx: 'more-than' },
      { kind: 'money', value: 2.1e9, unit: 'AUD' },
      { kind: 'money', value: 5, unit: 'USD' },
    ]);
  });

  it('reads a rate, a half and a unit written into one hyphenated word', () => {
    checkFigures('The post pays [[£48,000 per annum]].', [{ kind: 'money', value: 48000, unit: 'GBP', per: 'year' }]);
    checkFigures('She took a [[£1.2m-a-year]] post for [[two-and-a-half years]]; the bank made [[a quarter-point]] cut after a [[25-basis-point]] one.', [
      { kind: 'money', value: 1.2e6, unit: 'GBP', per: 'year' },
      { kind: 'duration', value: 2.5, unit: 'year' },
      { kind: 'percent', value: 0.25, unit: 'pp' },
      { kind: 'percent', value: 25, unit: 'bp' },
    ]);
    // A suspended hyphen: "a 10- to 12-year sentence" was only "12-year".
    checkFigures('He faces a [[10- to 12-year]] term and a [[5- to 10-minute]] walk in a [[200- to 300-seat]] jet.', [
      { kind: 'duration', low: 10, high: 12, unit: 'year', approx: 'range' },
      { kind: 'duration', low: 5, high: 10, unit: 'minute', approx: 'range' },
      { kind: 'count', low: 200, high: 300, unit: 'seat', approx: 'range' },
    ]);
    // "three quarter-point cuts" are three cuts of a quarter point each, not 0.75 of a point.
    checkFigures('Markets expect [[three quarter-point rate cuts]] and [[a quarter-point]] rise.', [
      { kind: 'count', value: 3, unit: 'cut' },
      { kind: 'percent', value: 0.25, unit: 'pp' },
    ]);
    // "rises" after what rises is a noun ("five interest rate rises" was the bare count 5); "the index rises 5 points" a verb.
    checkFigures('After [[five interest rate rises]], the index rises [[5 points]].', [
      { kind: 'count', value: 5, unit: 'rise' },
      { kind: 'count', value: 5, unit: 'point' },
    ]);
    // Written as words: "half an hour" was the count 0.5, "a quarter of a point" the count 0.25.
    checkFigures('After [[about half an hour]] she walked [[half a mile]]; rates rose [[half a percentage point]], then [[a quarter of a point]], and he ate [[half]] a loaf.', [
      { kind: 'duration', value: 0.5, unit: 'hour', approx: 'about' },
      { kind: 'measure', value: 0.5, unit: 'mi' },
      { kind: 'percent', value: 0.5, unit: 'pp' },
      { kind: 'percent', value: 0.25, unit: 'pp' },
      { kind: 'count', value: 0.5, unit: null },
    ]);
    // The article as one point: "a percentage point" was no figure.
    checkFigures('Rates fell by [[a percentage point]], [[a full percentage point]] below the peak, after a full review of a percentage.', [
      { kind: 'percent', value: 1, unit: 'pp' },
      { kind: 'percent', value: 1, unit: 'pp' },
    ]);
  });

  it('reads a ratio written as one word, and "50-50" as an even split', () => {
    checkFigures('Traders saw a [[two-in-three]] chance of a cut, a [[1-in-100]] risk of a flood and [[one-in-a-million]] odds of a hit; [[last week]] it was [[50-50]].', [
      { value: 2 / 3, unit: null },
      { value: 0.01 },
      { value: 1e-6 },
      { kind: 'date' },
      { value: 0.5, approx: 'exact' },
    ]);
  });

  it('reads "fell by half" as a change of one half', () => {
    checkFigures('Exports fell by [[half]] last year.'.replace('last year', 'in the spring'), [{ value: 0.5, change: 'decrease' }]);
    // A qualifier before "in" or "by" qualifies the half ("almost in half" was an exact half).
    checkFigures('The fleet was cut [[almost in half]].', [{ value: 0.5, approx: 'about' }]);
  });
});

describe('ranges', () => {
  it('reads a range whose ends both have digit groups', () => {
    checkFigures('Shares were priced at [[2,040-2,180 rupees]] and [[10,000-12,000 people]] applied.', [
      { kind: 'money', low: 2040, high: 2180, unit: 'INR' },
      { kind: 'count', low: 10000, high: 12000, unit: 'people' },
    ]);
  });

  it('applies a scale glued to the second end to both ends', () => {
    checkFigures('Creditors froze [[20-30bn rupiah]] and sales reached [[1.5-2bn euros]], and the hosts won [[2-1]] thanks to a late goal.', [
      { kind: 'money', low: 20e9, high: 30e9, unit: 'IDR' },
      { kind: 'money', low: 1.5e9, high: 2e9, unit: 'EUR' },
      { unit: null },
    ]);
  });

  it('carries a spelled scale to both ends of a range', () => {
    checkFigures('The archive handles [[between three and four million requests]] and [[two to three hundred visitors]].', [
      { low: 3e6, high: 4e6, unit: 'request' },
      { low: 200, high: 300, unit: 'visitor' },
    ]);
  });

  it('reads "to", a dash and "between … and" with low and high', () => {
    checkFigures('Rents rose [[5 to 10 per cent]], prices [[5-10 percent]], and [[between 1 and 2 million people]] moved.', [
      { kind: 'percent', approx: 'range', low: 5, high: 10, value: 5 },
      { kind: 'percent', approx: 'range', low: 5, high: 10 },
      { approx: 'range', low: 1e6, high: 2e6, unit: 'people' },
    ]);
  });

  it('carries a currency and a multiplier to both ends', () => {
    checkFigures('The fine could reach [[$3 billion to $5 billion]], or [[$89 to $93 billion]] in damages.', [
      { kind: 'money', low: 3e9, high: 5e9, unit: 'USD' },
      { kind: 'money', low: 89e9, high: 93e9 },
    ]);
  });

  it('reads "three or four years" as a range but keeps two amounts apart', () => {
    checkFigures('Talks may last [[three or four years]] and cost [[25k]] or [[40k]] each.', [
      { kind: 'duration', low: 3, high: 4, unit: 'year' },
      { value: 25000 },
      { value: 40000 },
    ]);
  });

  it('reads a range whose dash or suffix is glued to both ends, and millions before a counted noun', () => {
    checkFigures('Each mill costs [[£2.5bn-£3bn]], rents run at [[€1.5m-€2m a year]], the trail is [[5km-10km]] and the fund drew [[4-6m savers]]. They built a [[3-4m]] wall.', [
      { kind: 'money', unit: 'GBP', low: 2.5e9, high: 3e9 },
      { kind: 'money', unit: 'EUR', low: 1.5e6, high: 2e6 },
      { kind: 'measure', unit: 'km', low: 5, high: 10 },
      { kind: 'count', unit: 'saver', low: 4e6, high: 6e6 },
      { kind: 'measure', unit: 'm', low: 3, high: 4 },
    ]);
  });

  it('"35,000 rand a year" was a bare count: "rand" needed a scale before it, as "won" does', () => {
    checkFigures('Workers earning [[less than 35,000 rand a year]] pay nothing, and [[6.8bn rand]] was raised; Ana Berg read [[3 Rand novels]].', [
      { kind: 'money', value: 35000, unit: 'ZAR', per: 'year', approx: 'less-than' }, { kind: 'money', value: 6.8e9, unit: 'ZAR' }, { kind: 'count', unit: 'novel' },
    ]);
  });

  it('"$US12" and "$US 5.5 billion" (the country after the sign) had no figure or no currency', () => {
    checkFigures('Fares are [[$US12]] in Kilnsea, the deal [[$US 5.5 billion]], a pie [[$A4.50]] and the fund [[$NZ300m]].', [
      { kind: 'money', value: 12, unit: 'USD' }, { value: 5.5e9, unit: 'USD' }, { value: 4.5, unit: 'AUD' }, { value: 3e8, unit: 'NZD' },
    ]);
    // Lower case or a word after the sign is no country.
    checkFigures('A $US-led push cost [[$5]], and $us [[3]] was a typo.', [{ value: 5, unit: 'USD' }, { value: 3, kind: 'count' }]);
  });

  it('"$2-$3m" dropped its low end, and "$1.3 to $1.5bn" read the low end as $1.30', () => {
    checkFigures('Repairs will cost [[$2-$3m]], a new hull [[£1.3 to £1.5bn]] and the refit [[€4-€6bn]], with fees of [[$5-$10 a head]].', [
      { kind: 'money', unit: 'USD', low: 2e6, high: 3e6, approx: 'range' },
      { kind: 'money', unit: 'GBP', low: 1.3e9, high: 1.5e9 },
      { kind: 'money', unit: 'EUR', low: 4e9, high: 6e9 },
      { kind: 'money', unit: 'USD', low: 5, high: 10, per: 'head' },
    ]);
    // A low end too large to share the scale keeps its own value, and a dash before a word stays a hyphen.
    checkFigures('Fares run [[$500 to $2m]] for a charter; the [[$3-a-head]] fee stays.', [
      { kind: 'money', low: 500, high: 2e6 },
      { kind: 'money', value: 3, per: 'head' },
    ]);
  });

  it('reads a decade or a year after "mid-", "early-" or "late-"', () => {
    checkFigures('Reactors arrive by [[the mid-2030s]], after a lull in [[the late-1990s]] and a review in [[mid-2020]].', [
      { kind: 'date', unit: 'decade', value: 2030, resolved: '2030/2039' },
      { kind: 'date', unit: 'decade', value: 1990 },
      { kind: 'date', unit: 'year', value: 2020 },
    ]);
  });

  it('reads a span of years as a date', () => {
    checkFigures('The audit covered [[2014-15]] and the years [[between 2016 and 2019]].', [
      { kind: 'date', low: 2014, high: 2015 },
      { kind: 'date', low: 2016, high: 2019 },
    ]);
  });
});

describe('levels after a change', () => {
  it('reads "rose 118,300 to 3.27 million" as a change and a level, not a range', () => {
    checkFigures('Subscribers grew by [[121,000]] to [[6,304,000]], and the claimant count fell [[9,400]] to [[726,300]].', [
      { value: 121000, approx: 'exact' },
      { value: 6304000, approx: 'exact' },
      { value: 9400 },
      { value: 726300 },
    ]);
    checkFigures('Employment grew by [[312,000]] to [[29.1 million]], and sales rose [[5 to 10 million]].', [
      { value: 312000 },
      { value: 29.1e6 },
      { low: 5e6, high: 10e6 },
    ]);
  });

  it('reads "rose 7.4% to $212.50" as a change and a level, not a range', () => {
    checkFigures('Shares jumped [[7.4%]] to [[$212.50]], and crude climbed [[more than $2]] to [[$78.40 a barrel]].', [
      { value: 7.4, change: 'increase', approx: 'exact' },
      { value: 212.5, approx: 'exact' },
      { value: 2, approx: 'more-than' },
      { value: 78.4, per: 'bbl' },
    ]);
  });

  it('still reads a bare number before "to" as a range', () => {
    checkFigures('Temperatures dropped by [[1 to 1.5 degrees Celsius]].', [{ low: 1, high: 1.5, unit: '°C' }]);
  });

  it('keeps scaled decimals exact', () => {
    checkFigures('Revenue reached [[$4.1 billion]].', [{ value: 4.1e9 }]);
  });
});

describe('signs and changes', () => {
  it('reads minus signs in digits and words', () => {
    checkFigures('Temperatures dropped to [[-4 °C]] and then to [[minus 12 degrees Celsius]].', [
      { value: -4, unit: '°C', kind: 'measure' },
      { value: -12, unit: '°C' },
    ]);
  });

  it('marks rises and falls', () => {
    const analysis = checkFigures('The index rose [[3 points]] while the currency slipped [[0.4%]].', [
      { value: 3, change: 'increase', unit: 'point' },
      { value: 0.4, change: 'decrease', kind: 'percent' },
    ]);
    expect(analysis.figures[0].context).toBe('rose');
  });
});

describe('units', () => {
  it('leaves a pronoun before a dollar sign out of the amount ("costs us $3.1m" read "us $3.1m")', () => {
    checkFigures('Fuel costs us [[$3.1m]], and it saved them [[$5]].', [{ unit: 'USD', value: 3.1e6 }, { unit: 'USD', value: 5 }]);
    checkFigures('Aid of [[US $5 million]] and [[C $40]] arrived.', [{ unit: 'USD', value: 5e6 }, { unit: 'CAD', value: 40 }]);
  });
  it('gives currencies their ISO 4217 codes', () => {
    checkFigures('Aid of [[US$5 million]], [[€300]], [[£12bn]], [[¥900]], [[HK$3.7 billion]] and [[200 million rubles]] arrived.', [
      { unit: 'USD', value: 5e6 },
      { unit: 'EUR', value: 300 },
      { unit: 'GBP', value: 12e9 },
      { unit: 'JPY', value: 900 },
      { unit: 'HKD', value: 3.7e9 },
      { unit: 'RUB', value: 2e8 },
    ]);
  });

  it('reads currencies named after the number, with the country before them deciding', () => {
    checkFigures('Tehran cut [[90 trillion rials]], Baghdad paid [[350 dinars]] and Kuwait [[2m Kuwaiti dinars]]; Nairobi raised [[4bn Kenyan shillings]] and Accra [[60m cedis]].', [
      { kind: 'money', unit: 'IRR', value: 9e13 },
      { kind: 'money', unit: 'IQD', value: 350 },
      { kind: 'money', unit: 'KWD', value: 2e6 },
      { kind: 'money', unit: 'KES', value: 4e9 },
      { kind: 'money', unit: 'GHS', value: 6e7 },
    ]);
  });

  it('reads two numbers joined by a colon that are no time as a ratio ("1:8" was no figure)', () => {
    checkFigures('The ratio of nurses to patients is [[1:8]], members voted [[3:1]] in favour, and at [[10:30]] she ran [[2:09:56]].', [
      { kind: 'count', value: null, score: [1, 8], low: 1, high: 8 }, { score: [3, 1] }, { kind: 'date', unit: 'time' }, { kind: 'duration' },
    ]);
  });

  it('reads a concentration in the air with its volume ("180 µg/m³" lost the cubic metre)', () => {
    checkFigures('Fine particles reached [[180 µg/m³]], against [[45 micrograms per cubic metre]] in the hills.', [
      { kind: 'measure', value: 180, unit: 'μg', per: 'm³' },
      { kind: 'measure', value: 45, unit: 'μg', per: 'm³' },
    ]);
  });

  it('gives a bare number compared with a duration right before it the same unit of time ("41 days ..., against 120")', () => {
    checkFigures('Permits take [[41 days]] in Poland, against [[120]] in Italy; the index, up for the last [[8 months]], rose from [[108.0]].', [
      { kind: 'duration', unit: 'day' }, { kind: 'duration', value: 120, unit: 'day' }, {}, { kind: 'count', unit: null },
    ]);
  });

  it('reads comparison signs before a number as qualifiers, but not arrows ("<50%" was exactly 50%)', () => {
    checkFigures('Turnout was [[<50%]], heat [[>40C]], speeds [[≥100 km/h]] and [[≈3,000 people]] left; [[2023]] -> [[2024]].', [
      { approx: 'less-than', value: 50 }, { approx: 'more-than', unit: '°C' }, { approx: 'at-least', unit: 'km/h' }, { approx: 'about', value: 3000 },
      { kind: 'date' }, { kind: 'date', approx: 'exact' },
    ]);
  });

  it('reads "two more years" as an amount of time, not a count of years', () => {
    checkFigures('The freeze lasts [[two more years]] and [[ten extra days]]; she served [[two more terms]].', [
      { kind: 'duration', value: 2, unit: 'year' }, { kind: 'duration', value: 10, unit: 'day' }, { kind: 'count', unit: 'term' },
    ]);
  });

  it('reads "a third" after a verb of scoring as the next goal, not a share ("Foden added a third" was 0.33)', () => {
    checkFigures('Foden added a [[third]] in the [[78th]] minute, and sales fell by [[a third]].', [
      { kind: 'ordinal', value: 3 }, { kind: 'ordinal', value: 78 }, { kind: 'count', value: 1 / 3 },
    ]);
  });

  it('reads oil output in millions of barrels a day written "mb/d" or "mbpd"', () => {
    checkFigures('Output rose to [[10.2 mb/d]], against [[9.5-9.8 mbpd]] forecast.', [
      { kind: 'measure', value: 10.2e6, unit: 'bbl', per: 'day' },
      { kind: 'measure', value: 9.5e6, low: 9.5e6, high: 9.8e6, unit: 'bbl', per: 'day' },
    ]);
  });

  it('reads oil output in barrels per day written "bpd" or "b/d" ("1.2m bpd" was 1.2 metres)', () => {
    checkFigures('Output rose to [[1.2m bpd]], then [[900,000 b/d]], while the [[1.8m]] wall stood.', [
      { kind: 'measure', unit: 'bbl', per: 'day', value: 1.2e6 }, { kind: 'measure', unit: 'bbl', per: 'day', value: 9e5 }, { unit: 'm', value: 1.8 },
    ]);
  });

  it('reads containers in TEU, and no adverb as a counted noun ("zero overnight" counted "overnight")', () => {
    checkFigures('Transit went to [[zero]] overnight, the port handled [[600,000 TEU]] and [[1.2m TEUs]], and guests booked [[two overnight stays]].', [
      { value: 0, unit: null }, { kind: 'measure', unit: 'TEU', value: 6e5 }, { kind: 'measure', unit: 'TEU', value: 1.2e6 }, { unit: 'stay' },
    ]);
  });

  it('reads Kenyan shillings written "KSh" and "Ksh" ("KSh 300" was no figure)', () => {
    checkFigures('Fares rose to [[KSh 300]] and [[Ksh 1.2bn]] was set aside.', [{ kind: 'money', unit: 'KES', value: 300 }, { kind: 'money', unit: 'KES', value: 1.2e9 }]);
  });

  it('gives a bare currency word the currency the article names by a code, a country or its dateline', () => {
    const units = (text: string) => analyzeText(text, 'plaintext').figures.filter((f) => f.kind === 'money').map((f) => f.unit);
    // "kroner" alone reads as Danish; a Norwegian amount elsewhere in the article decides.
    expect(units('The fund holds NOK 5bn. Later it sold 3bn kroner, and 2bn kroner more.')).toEqual(['NOK', 'NOK', 'NOK']);
    expect(units('KARACHI, May 2 - Flour rose to 300 rupees a kilo.')).toEqual(['PKR']);
    // An amount that names its country keeps it, and evidence for the usual currency keeps the rest.
    expect(units('It paid 4m Danish kroner and NOK 1m, then 2m kroner.')).toEqual(['DKK', 'NOK', 'DKK']);
    expect(units('Prices rose to 300 rupees.')).toEqual(['INR']);
    // "shillings" alone reads as Kenyan ("200 shillings" was a count of shillings); Uganda decides here.
    expect(units('A labourer earns 200 shillings a day.')).toEqual(['KES']);
    expect(units('KAMPALA, June 3 - Fuel costs 5,000 shillings a litre.')).toEqual(['UGX']);
  });

  it('decides bare currency words from paragraphs\' evidence combined as from all the figures at once', () => {
    const paragraphs = ['OSLO, May 2 - The fund sold 3bn kroner.', 'It holds NOK 5bn and 40m Swedish crowns.', 'Flour rose to 300 rupees; a Karachi baker paid PKR 900.', 'A labourer earns 200 shillings a day.', 'Dividends were 4.50 crowns per share.'];
    const opening = paragraphs.join('\n\n').slice(0, currencyOpeningReach);
    for (let from = 0; from < paragraphs.length; from++) {
      const parts = paragraphs.slice(from);
      const figures = parts.map((p) => analyzeText(p, 'plaintext').figures);
      const whole = currencyContextOf(figures.flat(), opening);
      expect(currencyContextFrom(figures.map((f) => currencyEvidenceOf(f)), opening)).toEqual(whole);
      expect(currencyContextFrom([...figures].reverse().map((f) => currencyEvidenceOf(f)), opening)).toEqual(whole);
    }
  });

  it('reads "crowns" as the one crown currency the article names, and as a count of crowns otherwise ("4.50 crowns per share" was a count)', () => {
    const money = (text: string) => analyzeText(text, 'plaintext').figures.filter((f) => /crown/.test(f.text)).map((f) => [f.kind, f.unit, f.per]);
    expect(money('Profit was 1.42 billion Swedish crowns; the dividend is 4.50 crowns per share.')).toEqual([['money', 'SEK', undefined], ['money', 'SEK', 'share']]);
    expect(money('OSLO, May 2 - The fare rose to 45 crowns.')).toEqual([['money', 'NOK', undefined]]);
    expect(money('PRAGUE, May 2 - The fare rose to 45 crowns.')).toEqual([['money', 'CZK', undefined]]);
    // No crown currency named, or two of them: the titles of a champion, or no way to tell.
    expect(money('She has won three crowns.')).toEqual([['count', 'crown', undefined]]);
    expect(money('It paid 4m Danish crowns and 1m Norwegian crowns, then 2m crowns.')).toEqual([['money', 'DKK', undefined], ['money', 'NOK', undefined], ['count', 'crown', undefined]]);
  });

  it('gives no qualifier to the figure after a difference ("four fewer than four years ago" was "fewer than four years ago")', () => {
    checkFigures('EKRE won [[17 seats]], [[four]] fewer than [[four years ago]]; in [[2019]] [[more than 300 people]] died.', [
      { unit: 'seat' }, { value: 4 }, { kind: 'duration', approx: 'exact' }, { kind: 'date' }, { approx: 'more-than' },
    ]);
    checkFigures('The album is back in the top [[40]] [[more than nine years]] after its release.', [{}, { kind: 'duration', approx: 'more-than' }]);
  });

  it('reads forecasters after "the" and before their verb as the subject of a clause ("the 1.2 billion analysts had expected" counted analysts)', () => {
    checkFigures('Profit was [[1.42 billion Swedish crowns]], beating the [[1.2 billion]] analysts had expected, and [[200,000 jobs]] beat the [[150,000]] economists forecast.', [
      { kind: 'money', unit: 'SEK' }, { kind: 'money', unit: 'SEK', value: 1.2e9 }, { unit: 'job' }, { kind: 'count', unit: 'job', value: 150000 },
    ]);
    checkFigures('[[About 300 analysts]] were polled and the [[40 economists]] expected a cut.', [{ unit: 'analyst' }, { unit: 'economist' }]);
  });

  it('reads a currency that is also a word only after a scale', () => {
    checkFigures('Seoul set aside [[1.5 trillion won]] and Pretoria [[3bn rand]], sales passed the [[100 million]] mark, and the side won [[3 games]].', [
      { kind: 'money', unit: 'KRW', value: 1.5e12 },
      { kind: 'money', unit: 'ZAR', value: 3e9 },
      { kind: 'count', value: 1e8 },
      { kind: 'count', unit: 'game' },
    ]);
  });

  it('reads percent, per cent and percentage points', () => {
    checkFigures('Support fell [[4%]], or [[4 per cent]], a drop of [[2.5 percentage points]] and [[25 basis points]].', [
      { unit: '%', value: 4 },
      { unit: '%', value: 4 },
      { unit: 'pp', value: 2.5 },
      { unit: 'bp', value: 25 },
    ]);
    // Hyphenated before a noun ("a 3.2 percentage-point rise" was a bare 3.2).
    checkFigures('It was a [[3.2 percentage-point]] rise.', [{ kind: 'percent', unit: 'pp', value: 3.2 }]);
  });

  it('reads an earthquake\'s magnitude written before, after or glued to its number', () => {
    checkFigures('A [[magnitude 6.8]] earthquake, then a [[magnitude-5.9]] aftershock, a [[5.1-magnitude]] tremor and a shock of [[4.7 on the Richter scale]].', [
      { kind: 'measure', value: 6.8, unit: 'magnitude' },
      { kind: 'measure', value: 5.9, unit: 'magnitude' },
      { kind: 'measure', value: 5.1, unit: 'magnitude' },
      { kind: 'measure', value: 4.7, unit: 'magnitude' },
    ]);
    // "measuring 6.1" in a sentence about an earthquake, but not elsewhere.
    checkFigures('It was followed by [[more than 120 aftershocks]], the strongest measuring [[6.1]].', [{}, { kind: 'measure', unit: 'magnitude' }]);
    checkFigures('A pole measuring [[6.1]] lay in the yard.', [{ kind: 'count', unit: null }]);
    // A magnitude is under 10; "magnitude" in its other sense names no unit.
    checkFigures('Officials grasped the magnitude [[12 hours later]], and losses of this magnitude hit [[40 firms]].', [{ kind: 'duration' }, { unit: 'firm' }]);
  });

  it('reads emissions with the gas glued to the unit, and leaves a sentence\'s full stop out after a symbol unit', () => {
    checkFigures('Emissions hit [[37.8 GtCO2]], or [[450 MtCO2e]] for the region, and warming reached [[1.5°C]]. Talks ended at [[5 p.m.]] [[on Friday]].', [
      { kind: 'measure', value: 37.8, unit: 'Gt' },
      { kind: 'measure', value: 450, unit: 'Mt' },
      { kind: 'measure', value: 1.5, unit: '°C' },
      { kind: 'date', unit: 'time' },
    ]);
  });

  it('reads measures written apart, glued and in hyphenated compounds', () => {
    checkFigures('The convoy drove [[40 km]] past a [[3-mile]] trench and [[1,500 barrels]] of fuel at [[60mph]].', [
      { unit: 'km', value: 40 },
      { unit: 'mi', value: 3 },
      { unit: 'bbl', value: 1500 },
      { unit: 'mph', value: 60 },
    ]);
  });

  it('reads a scale word run into the number', () => {
    checkFigures('The fund paid [[$38million]] to [[2billion savers]].', [{ kind: 'money', value: 38e6, unit: 'USD' }, { value: 2e9, unit: 'saver' }]);
  });

  it('reads durations and ages', () => {
    checkFigures('After [[seven years]] of war and a [[30-year-long]] freeze, a [[50-year-old]] farmer left; his son is [[29 years old]].', [
      { kind: 'duration', unit: 'year', value: 7 },
      { kind: 'duration', unit: 'year', value: 30 },
      { kind: 'duration', unit: 'year', value: 50, age: true },
      { kind: 'duration', value: 29, age: true },
    ]);
    checkFigures('The poet died aged [[94]]; her editor retired at the age of [[60]].', [
      { kind: 'duration', unit: 'year', value: 94, age: true },
      { kind: 'duration', unit: 'year', value: 60, age: true },
    ]);
    // An age stated after "she was", "who is" at the end of a clause ("when she was 14" was a bare count).
    checkFigures('She left home when she was [[17]]; her brother, who is [[20]], stayed. It was [[14 points]] then.', [
      { kind: 'duration', unit: 'year', value: 17, age: true },
      { kind: 'duration', unit: 'year', value: 20, age: true },
      { kind: 'count', unit: 'point', value: 14 },
    ]);
    // A group by age: "children under 12" and "the over-65s" were bare counts or nothing.
    checkFigures('Fares are free for children [[under 12]] and the [[over-65s]], and halved for [[under-25s]]; [[over 5,000 people]] came.', [
      { kind: 'duration', unit: 'year', value: 12, approx: 'less-than', age: true },
      { kind: 'duration', unit: 'year', value: 65, approx: 'at-least', age: true },
      { kind: 'duration', unit: 'year', value: 25, approx: 'less-than', age: true },
      { kind: 'count', value: 5000, approx: 'more-than' },
    ]);
    // A year after a preposition of time that opens the sentence, even before a plural; an age after "now".
    checkFigures('From [[2006]] upfront fees would go. Lind, now [[34]], agreed. In [[1000 patients]] it worked.', [
      { kind: 'date', value: 2006 },
      { kind: 'duration', age: true, value: 34 },
      { kind: 'count', unit: 'patient' },
    ]);
    // An age between commas, or closing the sentence after a name; not a number after a number.
    checkFigures('The court heard from Ana Brel, [[41]], and her son Tomas, [[19]]. The totals were [[12]], [[53]].', [
      { age: true, value: 41 },
      { age: true, value: 19 },
      { value: 12, kind: 'count' },
      { value: 53, kind: 'count' },
    ]);
  });

  it('reads a number between commas after "the rest" as a count, not an age ("the rest, 38, are hybrid" was an age)', () => {
    checkFigures('Of the [[80 ferries]], [[52]] are diesel and the rest, [[38]], are hybrid; the skipper, [[61]], agreed.', [
      { kind: 'count', value: 80 },
      { kind: 'count', value: 52 },
      { kind: 'count', value: 38 },
      { age: true, value: 61 },
    ]);
  });

  it('reads rates', () => {
    checkFigures('Crude traded at [[$52 a barrel]] and labs ran [[3,000 tests per day]].', [
      { unit: 'USD', per: 'bbl', value: 52 },
      { unit: 'test', per: 'day', value: 3000 },
    ]);
  });

  it('reads "over" after a sanction or a dispute as "about", not "more than" ("jailed over £2.3m fraud" was more than £2.3m)', () => {
    checkFigures('A banker was jailed over [[£4.1m]] fraud, staff protest over [[3%]] pay rises, and the firm made [[over £2m]] in profit.', [
      { approx: 'exact', value: 4.1e6 },
      { approx: 'exact', value: 3 },
      { approx: 'more-than', value: 2e6 },
    ]);
    // Before an amount that names a deal or a wrong, whatever comes before; after "handed", the verb's particle.
    checkFigures('He was jailed for [[six years]] over [[£2.7m]] fraud and handed over [[$90,000]]; a fee of [[over £5m]] was paid and firms were fined [[over £1m]].', [
      { approx: 'exact' },
      { approx: 'exact', value: 2.7e6 },
      { approx: 'exact', value: 9e4 },
      { approx: 'more-than', value: 5e6 },
      { approx: 'more-than', value: 1e6 },
    ]);
  });

  it('reads a plural that modifies the plural after it as part of the noun ("two sports cars" counted sports)', () => {
    checkFigures('He bought [[two sports cars]], met [[12 arms dealers]] and missed [[three drugs tests]], but [[40 sales]] fell.', [
      { unit: 'car', noun: 'sports cars' },
      { unit: 'dealer', noun: 'arms dealers' },
      { unit: 'test', noun: 'drugs tests' },
      { unit: 'sale', noun: 'sales' },
    ]);
  });

  it('reads "over" before a period as a span, not a lower bound, unless it says more than ("jailed for over five years")', () => {
    checkFigures('Cuts of [[£20bn]] are planned over [[three years]], and the game was developed over [[four years]].', [{}, { approx: 'exact' }, { approx: 'exact' }]);
    checkFigures('He was jailed for [[over five years]], it began [[over ten years ago]], he is [[over 50 years old]] and waited [[over six months]].', [
      { approx: 'more-than' },
      { approx: 'more-than' },
      { approx: 'more-than', age: true },
      { approx: 'more-than' },
    ]);
  });

  it('reads a rate per a number of things ("12.4 cases per 100,000 people" was two counts)', () => {
    checkFigures('Infections reached [[12.4 cases per 100,000 people]], and [[30 deaths per 1,000 live births]], or [[7 per 1,000]].', [
      { value: 12.4, unit: 'case', per: '100,000 people' },
      { value: 30, unit: 'death', per: '1,000 live births' },
      { value: 7, per: '1,000' },
    ]);
  });

  it('gives a change after a count the count\'s noun ("won 68 seats, down 29")', () => {
    checkFigures('The party won [[68 seats]], down [[29]], and sold [[4,500 cars]], up [[300]].', [
      { unit: 'seat' },
      { unit: 'seat', change: 'decrease' },
      { unit: 'car' },
      { unit: 'car', change: 'increase' },
    ]);
  });

  it('gives more of a count the count\'s noun ("hire 300 more", "released four others")', () => {
    checkFigures('It employs [[about 4,200 people]] and plans to hire [[300]] more; police held [[12 people]] and released [[four others]].', [
      { unit: 'people' }, { unit: 'people', value: 300 }, { unit: 'people' }, { unit: 'people', value: 4 },
    ]);
  });

  it('gives a level "of" a count the count\'s noun ("down from a peak of 143,000")', () => {
    checkFigures('Camps held [[91,000 people]], down from a peak of [[97,500]] and above a capacity of [[80,000]].', [
      { unit: 'people' }, { unit: 'people' }, { unit: 'people' },
    ]);
    checkFigures('[[About 2,000 rescuers]] are at work and another [[600]] are on their way.', [{ unit: 'rescuer' }, { unit: 'rescuer' }]);
    // A level reached "to": what the change before it counted, but not a number of months.
    checkFigures('The index lost [[64 points]] to [[7,912]], and the market grew from [[81,000 units]] to [[106,000]].', [
      { unit: 'point' }, { unit: 'point' }, { unit: 'unit' }, { unit: 'unit' },
    ]);
    checkFigures('Jobs for the [[two previous months]] were revised to [[139,000]].', [{}, { unit: null }]);
    checkFigures('Polls give the party [[172 seats]], with the remaining [[19]] going to smaller parties; [[40 staff]] work [[12 hours]].', [
      { unit: 'seat' }, { unit: 'seat' }, { unit: 'staff' }, { kind: 'duration' },
    ]);
    // With no count before it, the level counts nothing it can name.
    checkFigures('A total of [[300]] were hurt.', [{ unit: null }]);
  });

  it('reads a model name before the counted noun ("250 Abrams tanks", "48 Leopard 2 tanks")', () => {
    checkFigures('The army ordered [[250 Abrams tanks]], [[48 Leopard 2 tanks]] and [[about 50 Britons]].', [
      { unit: 'tank', noun: 'Abrams tanks' }, { unit: 'tank', noun: 'Leopard 2 tanks' }, { unit: 'briton' },
    ]);
  });

  it('gives a part of a count the count\'s noun ("12 of them", "40 of whom")', () => {
    checkFigures('They were battling [[64 wildfires]] [[on Tuesday]], [[12]] of them very large; the jail holds [[300 prisoners]], [[40]] of whom are women.', [
      { unit: 'wildfire' },
      { kind: 'date' },
      { unit: 'wildfire' },
      { unit: 'prisoner' },
      { unit: 'prisoner' },
    ]);
    // A sentence break parts them.
    checkFigures('It holds [[300 prisoners]]. [[Forty]] of them are women.', [{ unit: 'prisoner' }, { unit: null }]);
  });

  it('counts the plural after a collective noun used as a modifier ("12 police officers" counted police)', () => {
    checkFigures('It sent [[12 police officers]] and [[300 police]]; [[50 Soviet-era military sites]] and [[10 media outlets]] remain.', [
      { unit: 'officer' },
      { unit: 'police' },
      { unit: 'site' },
      { unit: 'outlet' },
    ]);
  });

  it('gives the level a count changed from the count\'s noun ("30,000 troops, down from about 45,000" had no unit)', () => {
    checkFigures('The fleet has [[some 30,000 troops]] in the area, down from [[about 45,000]], and [[4,100 jobs]], compared with [[3,900]].', [
      { unit: 'troops', approx: 'about' },
      { unit: 'troops', approx: 'about' },
      { unit: 'job' },
      { unit: 'job' },
    ]);
    // A sentence break parts them.
    checkFigures('It sold [[300 cars]]. Down from [[250]], the firm said.', [{ unit: 'car' }, { unit: null }]);
    // A bound of time between them sorts the people counted; a length of time is itself the level.
    checkFigures('[[Some 191,000 people]] had waited [[more than a year]], down from [[203,000]].', [{ unit: 'people' }, { kind: 'duration' }, { kind: 'count', unit: 'people' }]);
    checkFigures('The median wait was [[14 weeks]], down from [[18]].', [{ kind: 'duration', unit: 'week' }, { kind: 'duration', unit: 'week' }]);
  });

  it('reads a bare number in brackets after an amount as the year before\'s, in its unit and scale', () => {
    checkFigures('Profit was [[SEK 2,104 million]] ([[3,398]]), ARPU [[SEK 212 per month]] ([[229]]) and coverage [[78 percent]] ([[61]]).', [
      { kind: 'money', value: 2104e6, unit: 'SEK' },
      { kind: 'money', value: 3398e6, unit: 'SEK' },
      { per: 'month' },
      { kind: 'money', value: 229, unit: 'SEK', per: 'month' },
      { kind: 'percent', value: 78 },
      { kind: 'percent', value: 61, unit: '%' },
    ]);
    // A single digit is a footnote mark, and a noun makes it a count of its own.
    checkFigures('It cost [[£5m]] ([[1]]) and [[£4m]] ([[12 staff]]).', [{}, { kind: 'count', value: 1 }, {}, { kind: 'count', unit: 'staff' }]);
  });

  it('reads a rate after "every" or "each" and after a conversion in brackets ("every second" was an ordinal)', () => {
    checkFigures('Forests lose [[1,200 tonnes every second]] and [[3,000 visitors each day]] come; rich nations pledged [[$100bn]] ([[£79bn]]) a year.', [
      { per: 'second', unit: 't' },
      { per: 'day', unit: 'visitor' },
      { per: 'year', unit: 'USD' },
      { per: 'year', unit: 'GBP' },
    ]);
    // "each" and "every" before anything but a period are no rate.
    const plain = checkFigures('The [[two teams]] scored [[five goals]] each, and [[12 ministers every week]].', [{}, {}, { per: 'week' }]);
    expect(plain.figures[1].per).toBeUndefined();
  });

  it('reads a rate without a noun after "per" only ("an average of 59 per boat" lost its rate)', () => {
    const analysis = checkFigures('Crews carried [[an average of 41 per boat]], or [[nearly 300 per week]], in teams of [[five]] a side.', [
      { value: 41, unit: null, per: 'boat', approx: 'about' },
      { value: 300, per: 'week' },
      { value: 5 },
    ]);
    expect(analysis.figures[2].per).toBeUndefined();
  });
});

describe('counted nouns', () => {
  it('ends the counted noun before a negated verb, and reads a year before "levels" as the year', () => {
    checkFigures("[[At least one councillor]] wasn't keen, and emissions must fall [[40%]] below [[2005]] levels.", [
      { unit: 'councillor', approx: 'at-least' },
      { kind: 'percent', value: 40 },
      { kind: 'date', value: 2005 },
    ]);
  });

  it('takes the head noun as the unit and the phrase as the noun', () => {
    checkFigures('The shelling wounded [[140 civilians]] and destroyed [[12 grain silos]].', [
      { unit: 'civilian', noun: 'civilians' },
      { unit: 'silo', noun: 'grain silos' },
    ]);
  });

  it('reads an initialism in "S" as a modifier of the noun after it ("220 NHS trusts" counted "NHS")', () => {
    checkFigures('Ballots went to [[180 NHS trusts]] and [[40 GPS units]] were lost, but [[300 NURSES]] voted and [[12 JOBS]] went.', [
      { unit: 'trust', noun: 'NHS trusts' },
      { unit: 'unit', noun: 'GPS units' },
      { unit: 'nurse', noun: 'NURSES' },
      { unit: 'job', noun: 'JOBS' },
    ]);
  });

  it('takes no name in "-ed" for the verb of the context ("the United States has 90,000 troops" had "united")', () => {
    const analysis = checkFigures('The United States has [[90,000 troops]] abroad.', [{ unit: 'troops' }]);
    expect(analysis.figures[0].context).toBe('troops');
    const opening = checkFigures('Priced at [[£199]], the tablet goes on sale in shops.', [{ unit: 'GBP' }]);
    expect(opening.figures[0].context).toBe('priced');
  });

  it('takes the verb of its own clause as the context, before the figure or after its noun', () => {
    const contexts = (text: string) => checkFigures(text).figures.map((f) => f.context);
    expect(contexts('The storm has killed [[more than 300 people]] in the valley.')).toEqual(['killed']);
    // A verb before "and" or "that" belongs to another clause; the verb after the noun is the figure's.
    expect(contexts('Officials said [[4,100 people]] had been injured and that [[2,600 homes]] had collapsed.')).toEqual(['injured', 'collapsed']);
    expect(contexts('Police arrested the driver and [[two passengers]] were freed.')).toEqual(['freed']);
    expect(contexts('[[Two children]] died, and [[300 homes]] were destroyed.')).toEqual(['died', 'destroyed']);
    // "up" after "make", "set", "pick" is the verb's particle, no change ("make up 8%" was a rise of 8%).
    const made = checkFigures('Women make up [[8%]] of staff; the firm set up [[5 companies]] and picked up [[two awards]], while shares closed up [[2%]].');
    expect(made.figures.map((f) => [f.change, f.context])).toEqual([[undefined, undefined], [undefined, 'company'], [undefined, 'picked'], ['increase', 'up']]);
    expect(contexts('Rescuers said [[140 cars]] were lost and [[80 boats]] sank.')).toEqual(['lost', 'sank']);
    // "all but" is "except", not a new clause.
    expect(contexts('The reform removed all but [[92 of the peers]] from the chamber.')).toEqual(['removed']);
    // A negated verb and a capitalised word are no context; "compared" only introduces another figure.
    expect(contexts('[[Twelve ministers]] were not consulted, the [[20 members]] Reported Sick.')).toEqual(['minister', 'member']);
    expect(contexts('Sales were flat compared with [[300 cars]] in [[2024]].')).toEqual(['car', undefined]);
  });

  it('reads a multiple and then the level reached as two figures ("1.5-fold to £3.5bn" was one money range)', () => {
    checkFigures('Ostvik port revenue rose [[1.5-fold]] to [[£3.5bn]] and tolls [[3-fold]] to [[$4m]].', [
      { kind: 'count', unit: 'fold', value: 1.5 }, { kind: 'money', unit: 'GBP', value: 3.5e9 },
      { kind: 'count', unit: 'fold', value: 3 }, { kind: 'money', unit: 'USD', value: 4e6 },
    ]);
    // A range's ends with the same unit stay one range.
    checkFigures('Sales rose [[2-fold to 3-fold]], in [[300-page to 400-page]] reports.', [
      { unit: 'fold', low: 2, high: 3, approx: 'range' },
      { unit: 'page', low: 300, high: 400, approx: 'range' },
    ]);
  });

  it('reads orders of magnitude without a value', () => {
    checkFigures('Monitors logged [[dozens of ceasefire violations]] and [[thousands of asylum seekers]] crossed.', [
      { value: null, low: 12, high: 120, unit: 'violation', noun: 'ceasefire violations', approx: 'about' },
      { value: null, low: 1000, high: 10000, unit: 'seeker', noun: 'asylum seekers' },
    ]);
  });

  it('"several hundred people" and "a few thousand troops" had no figure', () => {
    checkFigures('[[Several hundred people]] marched, [[a few thousand troops]] stayed, [[several million pounds]] went missing and [[several dozen]] were hurt.', [
      { kind: 'count', value: null, low: 300, high: 900, unit: 'people', approx: 'about' },
      { kind: 'count', low: 2000, high: 5000, unit: 'troops' },
      { kind: 'money', low: 3e6, high: 9e6, unit: 'GBP' },
      { kind: 'count', low: 36, high: 108, unit: null },
    ]);
    checkFigures('[[Several hundred thousand refugees]] crossed.', [{ low: 3e5, high: 9e5, unit: 'refugee' }]);
    // Without a scale after them they count nothing, and a vague span of history is no duration to check.
    checkFigures('Several times a few people came, a few days later several more, and the walls stood for several hundred years.');
  });

  it('reads an order of magnitude with no noun as the subject of a verb ("Hundreds of thousands fled")', () => {
    checkFigures('[[Hundreds of thousands]] fled Marvik, [[thousands]] were evacuated by boat and [[Dozens]] took to the hills.', [
      { kind: 'count', value: null, low: 1e5, high: 1e6, unit: null, approx: 'about', context: 'fled' },
      { value: null, low: 1000, high: 10000, unit: null, approx: 'about', context: 'evacuated' },
      { value: null, low: 12, high: 120, unit: null, approx: 'about' },
    ]);
    // No verb after it, an article or a possessive before it, a word that is also something else, or
    // "a thousand": no order of magnitude.
    checkFigures('They came to Marvik in their thousands, the thousands saw it, the scores were level and the tens rose.');
    checkFigures('[[One in a thousand voters]] stayed home; sales ran into the thousands.', [{ value: 0.001, unit: 'voter' }]);
  });

  it('reads an order of magnitude and "more" before a verb, or before a modal and its verb, as a subject ("Hundreds more fled" was no figure)', () => {
    checkFigures('[[Hundreds more]] fled Marvik, [[dozens more]] were hurt and [[Thousands]] will watch the final; [[hundreds]] could lose their homes.', [
      { kind: 'count', value: null, low: 100, high: 1000, unit: null, approx: 'about' },
      { value: null, low: 12, high: 120, unit: null, approx: 'about' },
      { value: null, low: 1000, high: 10000, unit: null, approx: 'about' },
      { value: null, low: 100, high: 1000, unit: null, approx: 'about' },
    ]);
    // A noun after "more" is still counted; an article before the magnitude, or a capital after the modal, is no subject.
    checkFigures('[[Thousands more villagers]] fled Marvik.', [{ low: 1000, high: 10000, unit: 'villager' }]);
    checkFigures('The hundreds more were lost, and the thousands will go. It cost thousands. Will it last?');
  });

  it('reads a multiple written apart from "fold" as "1.5-fold" ("1.5 fold" had no unit)', () => {
    checkFigures('Tolls at Ostvik rose [[1.5 fold]] to [[£3.5bn]] after a [[2 fold]] rise.', [
      { kind: 'count', unit: 'fold', value: 1.5 }, { kind: 'money', unit: 'GBP', value: 3.5e9 }, { kind: 'count', unit: 'fold', value: 2 },
    ]);
  });

  it('measures what the last measure measured when a number stands alone after "from"', () => {
    checkFigures('Output fell to [[9.7 million barrels a day]] from [[10.1 million]] in the spring.', [
      { unit: 'bbl', per: 'day' },
      { kind: 'measure', unit: 'bbl', per: 'day', value: 10.1e6 },
    ]);
  });

  it('reads a model number inside the counted phrase', () => {
    checkFigures('The airline grounded [[two new 747 Jumbo jets]].', [{ value: 2, unit: 'jet' }]);
  });

  it('reads a firm named by initials and an ampersand as a modifier, not the counted noun', () => {
    checkFigures('A basket of [[35 P&O goods]] cost more.', [{ value: 35, unit: 'good' }]);
  });

  it('counts a part of a group named after "of the", "of its" or "of his", as "one of the best" does', () => {
    checkFigures('[[Two of the biggest lenders]] and [[three of its main rivals]] cut rates, but [[two of the interest rates]] rose and [[more than 100 of his paintings]] sold.', [
      { value: 2, unit: 'lender' },
      { value: 3, unit: 'rival' },
      { value: 2, unit: 'rate' },
      { value: 100, unit: 'painting', approx: 'more-than' },
    ]);
    // "Two of them": a pronoun names no group.
    checkFigures('[[Two]] of them left.', [{ value: 2, unit: null }]);
  });

  it('gives a part the counted noun of its whole ("248 of the 460 seats")', () => {
    checkFigures("[[Some 41,000]] of the region's [[52,000 registered voters]] took part.", [
      { value: 41000, unit: 'voter', approx: 'about' },
      { value: 52000, unit: 'voter' },
    ]);
    checkFigures('The bloc won [[248]] of the [[460 seats]], [[three]] of its [[12 ministers]] quit. Only [[5]] of [[10]] stayed.', [
      { value: 248, unit: 'seat' },
      { value: 460, unit: 'seat' },
      { value: 3, unit: 'minister' },
      { value: 12, unit: 'minister' },
      { value: 5, unit: null },
      { value: 10, unit: null },
    ]);
  });

  it('reads the counted noun after "of the" for a fraction', () => {
    checkFigures('[[A quarter of the village population]] left.', [{ value: 0.25, unit: 'population' }]);
  });

  it('gives both amounts the currency written once', () => {
    checkFigures('A ticket costs [[about 8]] or [[$9]].', [{ unit: 'USD', value: 8 }, { unit: 'USD', value: 9 }]);
  });

  it('counts what the last count counted when a number stands alone after "including"', () => {
    checkFigures('Storms cut power to [[6 million homes]], including [[1.5 million]] in the capital.', [
      { unit: 'home' },
      { value: 1.5e6, unit: 'home' },
    ]);
  });
});

describe('qualifiers', () => {
  it('maps each qualifier to its approximation', () => {
    checkFigures(
      'There were [[more than 300 arrests]], [[at least 20 deaths]], [[nearly 90 injuries]], [[an estimated 100,000 troops]], [[up to 40 tanks]], [[fewer than 10 doctors]] and [[some 600 refugees]].',
      [
        { approx: 'more-than' },
        { approx: 'at-least' },
        { approx: 'about' },
        { approx: 'about', unit: 'troops' },
        { approx: 'at-most' },
        { approx: 'less-than' },
        { approx: 'about', value: 600 },
      ],
    );
  });

  it('reads qualifiers written after the number', () => {
    checkFigures('The repairs took [[20 days or so]] and cost [[50-odd workers]] their jobs.', [
      { approx: 'about', value: 20 },
      { approx: 'more-than', value: 50 },
    ]);
  });
});

describe('dates and relative time', () => {
  it('reads years, decades, dates and times of day', () => {
    checkFigures('The treaty of [[2018]] echoed [[the 1990s]]; talks opened [[Oct. 21, 2021]] at [[11 a.m.]] and again on [[21 October]].', [
      { kind: 'date', value: 2018, resolved: '2018' },
      { kind: 'date', unit: 'decade', resolved: '1990/1999' },
      { kind: 'date', resolved: '2021-10-21' },
      { kind: 'date', unit: 'time' },
      { kind: 'date', unit: 'day' },
    ]);
  });

  it('reads a time in four digits before its time zone, and a season named by its years', () => {
    checkFigures('Shares fell by [[1200 GMT]] and the vote closes at [[2230 BST]]; the club won in season [[2003/04]].', [
      { kind: 'date', unit: 'time' },
      { kind: 'date', unit: 'time' },
      { kind: 'date', low: 2003, high: 2004 },
    ]);
  });

  it('skips newspapers and programmes named after days', () => {
    checkFigures('The minister told the Sunday Times, Radio 4\'s Today programme and the Today programme [[on Monday]] that talks resume [[today]].', [
      { unit: 'weekday' },
      { unit: 'day' },
    ]);
  });

  it('reads a span of days before a month and resolves both ends', () => {
    checkFigures('BERLIN, [[2 March 2005]] - The festival runs on [[5-6 March]], and polls closed on [[16-18 December 2004]].', [
      { kind: 'date', resolved: '2005-03-02' },
      { kind: 'date', unit: 'day', approx: 'range', resolved: '2005-03-05/2005-03-06' },
      { kind: 'date', unit: 'day', approx: 'range', resolved: '2004-12-16/2004-12-18' },
    ]);
  });

  it('reads a span of days written in words ("between 14 and 15 September" was a count from 14 to 15)', () => {
    checkFigures('BERLIN, [[2 March 2005]] - Polls ran [[between 14 and 15 February]], the fair runs [[from 6 to 9 March]] and the tour on [[9 and 10 July 2005]] or [[11 or 12 July 2005]].', [
      { kind: 'date', resolved: '2005-03-02' },
      { kind: 'date', unit: 'day', approx: 'range', resolved: '2005-02-14/2005-02-15' },
      { kind: 'date', unit: 'day', approx: 'range', resolved: '2005-03-06/2005-03-09' },
      { kind: 'date', unit: 'day', approx: 'range', value: 2005, resolved: '2005-07-09/2005-07-10' },
      { kind: 'date', unit: 'day', approx: 'range', value: 2005, resolved: '2005-07-11/2005-07-12' },
    ]);
    // Days listed, not a span; and a range of counts.
    checkFigures('Tests are on [[2]] and [[9 July]], shows on [[14]], [[20]] and [[27 April]], and [[between 14 and 15 people]] came.', [
      { kind: 'count' }, { kind: 'date', approx: 'exact' }, { kind: 'count' }, { kind: 'count' }, { kind: 'date', approx: 'exact' }, { kind: 'count', unit: 'people' },
    ]);
  });

  it('reads a quarter or a half of a named year as a date ("the third quarter of 2025" was the ordinal 3)', () => {
    checkFigures('Profit rose in the [[third quarter of 2025]], in [[Q3 2025]], [[Third-quarter 2024]] and [[H1 2026]]; sales fell in [[Q4]].', [
      { kind: 'date', unit: 'quarter', value: 2025, resolved: '2025-07/2025-09' },
      { kind: 'date', unit: 'quarter', resolved: '2025-07/2025-09' },
      { kind: 'date', unit: 'quarter', resolved: '2024-07/2024-09' },
      { kind: 'date', unit: 'half', resolved: '2026-01/2026-06' },
      { kind: 'date', unit: 'quarter', value: null },
    ]);
    // Without a year, halves and quarters of a match stay ordinals.
    checkFigures('He scored in the [[first]] half and again in the [[third]] quarter.', [{ kind: 'ordinal' }, { kind: 'ordinal' }]);
  });

  it('reads ages listed after "ages" or "aged" ("at ages 50, 60 and 70" were counts)', () => {
    checkFigures('Those sleeping less at ages [[50]], [[60]] and [[70]] were at risk; children aged [[5]] and [[8]] and [[300 adults]] took part.', [
      { kind: 'duration', age: true, value: 50 }, { kind: 'duration', age: true, value: 60 }, { kind: 'duration', age: true, value: 70 },
      { kind: 'duration', age: true }, { kind: 'duration', age: true }, { kind: 'count', unit: 'adult' },
    ]);
  });

  it('reads a span of days after the month, as US style writes it ("November 21-22" was a count)', () => {
    checkFigures('WARSAW, [[Nov. 29, 2026]] - The poll ran on [[November 21-22]], talks on [[Nov. 3–5, 2025]] and [[March 9 and 10]], and sales on [[May 2]] to [[25 stores]].', [
      { kind: 'date', resolved: '2026-11-29' },
      { kind: 'date', unit: 'day', approx: 'range', resolved: '2026-11-21/2026-11-22' },
      { kind: 'date', unit: 'day', approx: 'range', value: 2025, resolved: '2025-11-03/2025-11-05' },
      { kind: 'date', unit: 'day', approx: 'range', resolved: '2026-03-09/2026-03-10' },
      { kind: 'date', approx: 'exact' },
      { kind: 'count', unit: 'store' },
    ]);
  });

  it('reads a year of an era', () => {
    checkFigures('The abacus dates from [[190 AD]], the wall from [[500 BC]].', [
      { kind: 'date', value: 190, resolved: '190' },
      { kind: 'date', value: -500 },
    ]);
  });

  it('reads spans of years however the second year is cut short', () => {
    checkFigures('Growth reached [[7%]] in [[2004-05]], slowed in [[2005-6]] and stalled in [[2006/07]], as in [[1999/00]].', [
      { kind: 'percent' },
      { kind: 'date', low: 2004, high: 2005, resolved: '2004/2005' },
      { kind: 'date', low: 2005, high: 2006, resolved: '2005/2006' },
      { kind: 'date', low: 2006, high: 2007, resolved: '2006/2007' },
      { kind: 'date', low: 1999, high: 2000, resolved: '1999/2000' },
    ]);
  });

  it('reads relative expressions', () => {
    checkFigures('The mayor resigned [[on Thursday]], [[seven years ago]] he won, [[last month]] he wavered and [[earlier this year]] he hinted at it [[yesterday]].', [
      { kind: 'date', unit: 'weekday' },
      { kind: 'duration', value: 7, unit: 'year' },
      { kind: 'date', unit: 'month' },
      { kind: 'date', unit: 'year' },
      { kind: 'date', unit: 'day' },
    ]);
  });

  it('reads a time word in the possessive as a date, leaving the possessive out', () => {
    checkFigures("[[Thursday]]'s vote, [[last week]]'s talks, [[yesterday]]'s storm and [[October]]'s figures left [[December]]'s [[4%]] rise in doubt.", [
      { kind: 'date', unit: 'weekday' },
      { kind: 'date', unit: 'week' },
      { kind: 'date', unit: 'day' },
      { kind: 'date', unit: 'month' },
      { kind: 'date', unit: 'month' },
      { kind: 'percent', value: 4 },
    ]);
    // A period word needs this, last or next; a counted phrase reads through the possessive; "May's" is a name.
    checkFigures("A week's pay went on [[a third of Monday's shipments]] for May's team.", [{ value: 1 / 3, unit: 'shipment' }]);
  });

  it('reads "in May" and "between March and ..." as months, and not the May of a name', () => {
    const dates = (text: string) => analyzeText(text, 'plaintext').figures.filter((f) => f.kind === 'date').map((f) => f.text);
    expect(dates('Output fell in May, rose between March and November last year, and will recover from May.')).toEqual(['May', 'March', 'November last year', 'May']);
    expect(dates("He may resign; in May's cabinet ministers quit, and a march in March.")).toEqual(['March']);
    // After another month, "to" and "and" make them months too; not after a noun ("the march to March" is one).
    expect(dates('It ran from November to March, and from January to May; the march to March.')).toEqual(['November', 'March', 'January', 'May']);
  });

  it('"by the end of March" and "at the start of May" had no date (March and May need a preposition of time)', () => {
    const dates = (text: string) => analyzeText(text, 'plaintext').figures.filter((f) => f.kind === 'date').map((f) => f.text);
    expect(dates('The harbour board must report by the end of March and will sail at the start of May, as it did in the middle of June.')).toEqual(['March', 'May', 'June']);
    // Not after a noun of its own, nor the May of a name in the possessive.
    expect(dates("The Ides of March passed, the end of May's term came, and leaders of March for Kilnsea spoke.")).toEqual([]);
  });

  it('reads "last May" as the month, and not the May of a name', () => {
    const text = 'LEEDS, May 20, 2026 - Prices rose at the slowest pace since last May, and will be reviewed next May. At last May spoke; the last May government fell.';
    const dates = analyzeText(text, 'plaintext').figures.filter((f) => f.kind === 'date');
    expect(dates.map((f) => [f.text, f.resolved])).toEqual([
      ['May 20, 2026', '2026-05-20'],
      ['last May', '2025-05'],
      ['next May', '2027-05'],
    ]);
  });

  it('resolves relative dates against the dateline', () => {
    const text = 'VILNIUS, March 3, 2022 - Troops arrived on Monday, two years ago the base closed, and last month it reopened. On Feb. 20 drills began.';
    const figures = analyzeText(text, 'plaintext').figures;
    const resolved = Object.fromEntries(figures.map((f) => [f.text, f.resolved]));
    expect(resolved['on Monday']).toBe('2022-02-28');
    expect(resolved['two years ago']).toBe('2020');
    expect(resolved['last month']).toBe('2022-02');
    expect(resolved['Feb. 20']).toBe('2022-02-20');
    const partOfMonth = analyzeText('VILNIUS, March 3, 2022 - Yields are the highest since mid-January.', 'plaintext').figures;
    expect(partOfMonth.map((f) => [f.text, f.resolved])).toContainEqual(['since mid-January', '2022-01']);
    const possessive = analyzeText("VILNIUS, March 3, 2022 - Tuesday's drills and last year's budget.", 'plaintext').figures;
    expect(possessive.map((f) => [f.text, f.resolved])).toContainEqual(['Tuesday', '2022-03-01']);
    expect(possessive.map((f) => [f.text, f.resolved])).toContainEqual(['last year', '2021']);
  });

  it('takes only a dateline\'s date for the article\'s date, not a date inside the first sentences ("Born on 3 May 1941" made "on Sunday" a day of 1941)', () => {
    const resolvedOf = (text: string) => Object.fromEntries(analyzeText(text, 'plaintext').figures.map((f) => [f.text, f.resolved]));
    expect(resolvedOf('Born on 3 May 1941 in Leeds, the singer died on Sunday aged 83.')['on Sunday']).toBeUndefined();
    expect(resolvedOf('The first call was made on 1 January 1985, and on Sunday it turned 40.')['on Sunday']).toBeUndefined();
    for (const dateline of ['LEEDS, 3 May 2026 - ', 'LEEDS (Reuters) - 3 May 2026 - ', 'Published: Sunday, 3 May 2026\n\n', '3 May 2026\n\n']) {
      expect(resolvedOf(`${dateline}The singer died on Friday aged 83.`)['on Friday'], dateline).toBe('2026-05-01');
    }
  });

  it('reads one period back and the period just past as relative dates, and resolves them', () => {
    const text = 'RIGA, May 14, 2024 - The mayor spoke an hour ago; a week ago the port shut, a year ago it was full, and over the past year traffic halved. Exports doubled in the past decade.';
    const figures = analyzeText(text, 'plaintext').figures.filter((f) => f.kind === 'date');
    expect(figures.map((f) => [f.text, f.unit, f.resolved])).toEqual([
      ['May 14, 2024', 'day', '2024-05-14'],
      ['an hour ago', 'hour', undefined],
      ['a week ago', 'week', '2024-05-07'],
      ['a year ago', 'year', '2023'],
      ['the past year', 'year', '2023-05-14/2024-05-14'],
      ['the past decade', 'decade', '2014/2024'],
    ]);
  });

  it('reads a decade and a century as durations, but not a rate or "in the past"', () => {
    checkFigures('The feud lasted [[nearly a decade]], the tower stood for [[half a century]] and the vines for [[more than a century]]. In the past, prices rose [[3 times a year]].', [
      { kind: 'duration', value: 1, unit: 'decade', approx: 'about' },
      { kind: 'duration', value: 0.5, unit: 'century' },
      { kind: 'duration', value: 1, unit: 'century', approx: 'more-than' },
      { value: 3 },
    ]);
  });

  it('reads a month named alone after a preposition as a month of the article\'s year', () => {
    const text = 'ROME, 9 May 2025 - Fares rose since January and fall in September; Theresa May spoke in May, and the March ended.';
    const figures = analyzeText(text, 'plaintext').figures.filter((f) => f.kind === 'date');
    expect(figures.map((f) => [f.text, f.unit, f.resolved])).toEqual([
      ['9 May 2025', 'day', '2025-05-09'],
      ['since January', 'month', '2025-01'],
      ['September', 'month', '2025-09'],
      // "Theresa May spoke" is a name; "in May" after it is the month.
      ['May', 'month', '2025-05'],
    ]);
  });

  it('reads a month named alone in a past or future clause as the one before or after the article\'s date', () => {
    // Regression (review18 trial.md): "published in March" in a November article was next March.
    const resolved = (text: string) => analyzeText(text, 'plaintext').figures.filter((f) => f.kind === 'date' && f.unit === 'month').map((f) => [f.text, f.resolved, f.past ?? f.future ?? null]);
    expect(resolved('LEEDS, 14 November 2026 - A review published in March found failings. The depot will reopen in March.')).toEqual([
      ['March', '2026-03', true],
      ['March', '2027-03', true],
    ]);
    expect(resolved('LEEDS, 14 February 2026 - The plant closed in December. Its owner will sell it in December. The owner is to be sold in December.')).toEqual([
      ['December', '2025-12', true],
      ['December', '2026-12', true],
      // No tense to go by: the nearest December.
      ['December', '2025-12', null],
    ]);
    // "lasted until March": the preposition is no plan; "rose ... and fall in September" is another clause.
    expect(resolved('LEEDS, 14 November 2026 - The strike lasted until March. Fares rose in June and fall in September.')).toEqual([
      ['March', '2026-03', true],
      ['June', '2026-06', true],
      ['September', '2026-09', null],
    ]);
  });

  it('reads one period with a qualifier as a duration, and "a year" alone as no figure', () => {
    checkFigures('Crews lost [[almost a week]], the talks took [[more than a year]] and [[up to a fortnight]], and fees are [[$5 a day]] once a year.', [
      { kind: 'duration', value: 1, unit: 'week', approx: 'about' },
      { kind: 'duration', value: 1, unit: 'year', approx: 'more-than' },
      { kind: 'duration', value: 1, unit: 'fortnight', approx: 'at-most' },
      { kind: 'money', value: 5 },
    ]);
    const text = 'KYIV, [[March 4, 2026]] - He left [[just over a year ago]]; she came [[a week ago]].';
    checkFigures(text, [{}, { kind: 'duration', value: 1, unit: 'year', approx: 'more-than' }, { kind: 'date', value: null, unit: 'week', approx: 'exact' }]);
    const resolved = analyzeText(text.replace(/\[\[|\]\]/g, ''), 'plaintext').figures.map((f) => [f.text, f.resolved]);
    expect(resolved).toContainEqual(['just over a year ago', '2025']);
    expect(resolved).toContainEqual(['a week ago', '2026-02-25']);
    // A comparison with a date, and the verb "estimated", qualify nothing.
    checkFigures('Sales were [[5%]] higher than [[a year ago]] and above the [[3.1%]] the bank estimated [[a month ago]].', [
      { kind: 'percent' }, { kind: 'date', unit: 'year' }, { kind: 'percent' }, { kind: 'date', unit: 'month' },
    ]);
  });

  it('resolves a weekday in a sentence about what is to come to the coming one, and others to the one just past', () => {
    const text = 'GENEVA, June 3, 2026 - Envoys will meet on Friday and a vote is due on Wednesday. They met on Tuesday; he said he would go, and talks that ended on Friday were tense. The minister, who will retire, quit on Sunday. He withdrew as expected on Monday.';
    const figures = analyzeText(text, 'plaintext').figures.filter((f) => f.unit === 'weekday');
    expect(figures.map((f) => [f.text, f.resolved, f.future])).toEqual([
      ['on Friday', '2026-06-05', true],
      ['on Wednesday', '2026-06-03', true],
      ['on Tuesday', '2026-06-02', undefined],
      ['on Friday', '2026-05-29', undefined],
      ['on Sunday', '2026-05-31', undefined],
      ['on Monday', '2026-06-01', undefined],
    ]);
  });

  it('resolves a weekday written before a date to that date when it falls on that day', () => {
    // "began on Friday, Feb. 27" in an article of 10 March was resolved to the Friday before, March 6.
    const text = '---\ndate: 2026-03-10\n---\nThe strike began on Friday, Feb. 27; the vote is on Tuesday 17 March 2026, talks on Thursday, March 12.\n';
    const weekdaysOf = (t: string) => analyzeText(t, 'markdown').figures.filter((f) => f.unit === 'weekday').map((f) => [f.text, f.resolved]);
    expect(weekdaysOf(text)).toEqual([['on Friday', '2026-02-27'], ['on Tuesday', '2026-03-17'], ['on Thursday', '2026-03-12']]);
    // A weekday that is not the date's day keeps its own reading (Verify Figures flags the pair).
    expect(weekdaysOf(text.replace('on Friday, Feb. 27', 'on Thursday, Feb. 27'))[0]).toEqual(['on Thursday', '2026-03-05']);
    // With no dateline, a date with its year still gives the weekday its day.
    expect(analyzeText('The vote is on Tuesday 17 March 2026.', 'plaintext').figures[0].resolved).toBe('2026-03-17');
  });

  it('resolves a part of the day relative to the article\'s day ("this morning" was left unresolved)', () => {
    const figures = analyzeText('DUBLIN, January 24, 2026 - Winds rose this morning and last night, and ease this evening.', 'plaintext').figures;
    expect(figures.filter((f) => f.unit !== 'day').map((f) => [f.text, f.resolved])).toEqual([
      ['this morning', '2026-01-24'], ['last night', '2026-01-23'], ['this evening', '2026-01-24'],
    ]);
  });

  it('resolves a season relative to the article\'s date to its months ("last winter" was left unresolved)', () => {
    const resolved = (text: string) => analyzeText(text, 'plaintext').figures.filter((f) => f.unit !== 'day').map((f) => [f.text, f.resolved]);
    expect(resolved('OSLO, October 8, 2026 - Prices fell last winter, rose this summer, may fall next spring, and last fall and this winter too.')).toEqual([
      ['last winter', '2025-12/2026-02'],
      ['this summer', '2026-06/2026-08'],
      ['next spring', '2027-03/2027-05'],
      ['last fall', '2025-09/2025-11'],
      ['this winter', '2026-12/2027-02'],
    ]);
    // In the season itself "this" is the current one, "last" the one before; between two equally far, the coming one.
    expect(resolved('OSLO, January 8, 2026 - Last winter, this winter and this summer.')).toEqual([
      ['Last winter', '2024-12/2025-02'],
      ['this winter', '2025-12/2026-02'],
      ['this summer', '2026-06/2026-08'],
    ]);
  });

  it('reads "March" alone as the month after a preposition of time only ("pleaded guilty in March" had no date)', () => {
    checkFigures('He pleaded guilty in [[March]] and was freed after [[March]]; the march in [[March]] ended, and they joined the March.', [
      { kind: 'date', unit: 'month' }, { kind: 'date', unit: 'month' }, { kind: 'date', unit: 'month' },
    ]);
  });

  it('reads a month after "since" as the last such month up to the article\'s date', () => {
    const text = 'OSLO, 12 November 2026 - Patrols have logged 900 ships since January and will add two more in January; prices have eased since mid-December.';
    const figures = analyzeText(text, 'plaintext').figures.filter((f) => f.kind === 'date');
    expect(figures.map((f) => [f.text, f.resolved])).toEqual([
      ['12 November 2026', '2026-11-12'],
      ['since January', '2026-01'],
      ['January', '2027-01'],
      ['since mid-December', '2025-12'],
    ]);
  });

  it('reads "last year", "this year" and "next year" after a month named alone as that month\'s year', () => {
    const text = 'OSLO, 12 February 2026 - Output has halved since August last year, rose in January this year and may recover in December next year.';
    const figures = analyzeText(text, 'plaintext').figures.filter((f) => f.kind === 'date');
    expect(figures.map((f) => [f.text, f.resolved])).toEqual([
      ['12 February 2026', '2026-02-12'],
      ['since August last year', '2025-08'],
      ['January this year', '2026-01'],
      ['December next year', '2027-12'],
    ]);
  });

  it('reads a decade of someone\'s age as a range of years, not the 1920s', () => {
    checkFigures('A man in his [[20s]], a woman in her [[early 30s]] and a pair in their [[mid-40s]] were hurt; the song is from [[the 20s]].', [
      { kind: 'duration', unit: 'year', age: true, low: 20, high: 29, approx: 'range' },
      { kind: 'duration', age: true, low: 30, high: 33 },
      { kind: 'duration', age: true, low: 43, high: 46 },
      { kind: 'date', unit: 'decade', value: 1920 },
    ]);
  });

  it('resolves against a date in front matter', () => {
    const text = '---\ntitle: Flooding\ndate: 2023-07-12\n---\n\nThe river burst its banks yesterday.\n';
    const figures = analyzeText(text, 'markdown').figures;
    expect(figures.find((f) => f.text === 'yesterday')?.resolved).toBe('2023-07-11');
  });

  it('leaves relative dates unresolved when the article has no date', () => {
    const figures = analyzeText('The strike began on Friday.', 'plaintext').figures;
    expect(figures[0].resolved).toBeUndefined();
  });
});

describe('not figures', () => {
  it('skips phone numbers, ISBNs and list numbering', () => {
    checkFigures('Call 555-123-4567 or (555) 123-4567 for the report, ISBN 978-3-16-148410-0.');
    checkFigures('1. The first point.\n\n2. The second point.'.replace(/first|second/g, 'main'));
  });

  it('skips "net zero" and a zero that names a kind of thing ("zero-hours contracts" was a duration)', () => {
    checkFigures('The council aims for net zero, bans zero-hours contracts and buys zero-emission buses; debt fell to [[zero]].', [{ value: 0 }]);
  });

  it('skips "at one time" and "at one point", which name a moment ("one time Bez" was a count of Bez)', () => {
    checkFigures('At one time Ilze was the favourite, and at one point she led by [[5 points]]; [[one time]] was enough.', [
      { value: 5, unit: 'point' },
      { value: 1, unit: 'time' },
    ]);
  });

  it('skips numbers that name things', () => {
    checkFigures('Under Section 427, the F-35 and G7 plans, COVID-19 rules and the iPhone 11 launch, the S&P 500 and Route 66 stayed put.');
    // The tokenizer ends a sentence after "No.", so the number opens the next one ("No. 2" was a count).
    checkFigures('It was the No. 2 title of the year, behind No. 1 in sales.');
  });

  it('"won 365 seats to Labour\'s 203" and "Kilnsea\'s 40 boats" lost the number after a name in the possessive', () => {
    checkFigures("The Greens won [[365 seats]] to Kilnsea's [[203]], and Nordvik's [[40 boats]], the IMF's [[184 members]] and Halden's [[12-man]] squad sailed.", [
      { value: 365, unit: 'seat' }, { value: 203 }, { value: 40, unit: 'boat' }, { value: 184, unit: 'member' }, { value: 12, unit: 'man' },
    ]);
    // A year after a possessive is a date, not a count of what follows.
    checkFigures("Kilnsea's [[2012]] bid and Capra's [[1946]] movie starring Ana Berg.", [{ kind: 'date', value: 2012 }, { kind: 'date', value: 1946 }]);
    // A model or an index keeps its number: a singular noun, a number or nothing follows.
    checkFigures("It rivals Nordvik's 777 line and Harbour's 902 X handset; Standard and Poor's 500, and the rest, fell.");
  });

  it('"the P5+1 talks" reported the count "1"', () => {
    checkFigures('The P5+1 group and the E3+3 envoys met in [[2024]]; the score was [[5]]+[[1]].', [{ kind: 'date' }, { value: 5 }, { value: 1 }]);
  });

  it('"16-year-olds" was no age, unlike "a 16-year-old"', () => {
    checkFigures('The vote goes to [[16-year-olds]] and [[14 to 15-year-olds]]; a poll of [[500]] [[18-year-olds]] and [[500]] [[21-year-olds]] followed.', [
      { kind: 'duration', value: 16, age: true }, { low: 14, high: 15, age: true },
      { kind: 'count', value: 500, unit: null }, { age: true }, { kind: 'count', value: 500, unit: null }, { age: true },
    ]);
  });

  it('skips model numbers', () => {
    checkFigures('Regulators grounded the 737 MAX for [[20 months]].', [{ unit: 'month' }]);
    // A capital E between digits names a model; a decimal or a small e is a power of ten.
    checkFigures('The airline ordered the 7E7 and a [[1.5E6]] budget for [[3e2 tonnes]] of parts.', [{ value: 1.5e6 }, { value: 300, unit: 't' }]);
  });

  it('does not read "a year ago" as a rate', () => {
    const analysis = checkFigures('Shipments fell to [[40 million units]], down from [[52 million]] [[a year ago]].', [{ unit: 'unit' }, { unit: 'unit' }, { kind: 'date', unit: 'year' }]);
    expect(analysis.figures[1].per).toBeUndefined();
  });

  it('skips spelled numbers that are part of a name', () => {
    checkFigures('The series moved to Radio Four and the Half-Blood Prince opened in Formula One week, after [[two weeks]].', [{ unit: 'week' }]);
    checkFigures('Wales lost twice in the Six Nations.');
    checkFigures('Police promised zero tolerance at ground zero in a zero-sum game, and [[zero growth]] followed.', [{ value: 0 }]);
    checkFigures('A two-pronged plan for a two-tier market in a two-horse race.');
    // "one" as a pronoun before a modal verb or "in which".
    checkFigures('One can only hope, and a firm is one in which the board rules, but [[one director]] decides.', [{ value: 1, unit: 'director' }]);
    // A capital after the hyphen names something even where a sentence starts; how often is no figure.
    checkFigures('Half-Blood Tales tops the chart, with a half-hourly show and a [[five-second]] delay.', [{ kind: 'duration', value: 5, unit: 'second' }]);
    checkFigures('The Third Way bloc and the First Minister backed it, as in the Second World War, and it came [[first]].', [{ kind: 'ordinal', value: 1 }]);
    // "a second" as a race's margin is one second; before a noun, or at the end, it is an ordinal.
    checkFigures('She finished [[more than a second]] clear of Bekele and [[a minute]] behind the leader.', [{ kind: 'duration', value: 1, unit: 'second', approx: 'more-than' }, { kind: 'duration', value: 1, unit: 'minute' }]);
    checkFigures('The party won a [[second]] term, and [[one hundredth of a second]] faster than the mark.', [{ kind: 'ordinal', value: 2 }, { kind: 'duration', value: 0.01, unit: 'second' }]);
    // At a sentence's start, after a quotation mark, or in a headline in title case they count.
    checkFigures('[[Four people]] died, and officials said: "[[Seven]] were hurt."', [{ value: 4 }, { value: 7 }]);
    checkFigures('Police Arrest [[Four Men]] After Raid', [{ value: 4 }]);
  });

  it('reads race distances in metres and years that name an event', () => {
    checkFigures('She ran the [[800m]] and [[1500m]] at the [[2004]] Olympics, after the [[2003]] World Indoor Championships.', [
      { kind: 'measure', value: 800, unit: 'm' },
      { kind: 'measure', value: 1500, unit: 'm' },
      { kind: 'date', value: 2004 },
      { kind: 'date', value: 2003 },
    ]);
    // Without a race distance an "m" is a million, and a count of people stays a count.
    checkFigures('Sales reached [[300m]] as [[2000 Britons]] left.', [{ value: 3e8 }, { value: 2000, unit: 'briton' }]);
  });

  it('ends a phrase after "one" before its verb, and keeps "thing" a noun', () => {
    checkFigures('Only [[one clerk]] remembers the vote, and [[one thing]] seems clear.', [
      { value: 1, unit: 'clerk', noun: 'clerk' },
      { value: 1, unit: 'thing', noun: 'thing' },
    ]);
    // A part of something still takes the plural after it, and a name is not cut.
    checkFigures('[[A third of the company shares]] went to [[one Tom Stevens]].', [{ unit: 'share' }, {}]);
  });

  it('ends a counted phrase at a past tense without "-ed" in lower case only ("only one led to charges" counted "led")', () => {
    checkFigures('Of the cases, only [[one]] led to charges, [[two]] drew fines and [[three]] grew into trials.', [
      { value: 1, unit: null }, { value: 2, unit: null }, { value: 3, unit: null },
    ]);
    checkFigures('Crews fitted [[50 LED bulbs]] and [[two Fed officials]] came.', [{ unit: 'bulb' }, { unit: 'official' }]);
  });

  it('reads a straight quote after a number as inches or feet only when it closes no quotation', () => {
    checkFigures('The set has a [[42"]] screen, and the wall is [[6\']] high.', [
      { kind: 'measure', unit: 'in', value: 42 },
      { kind: 'measure', unit: 'ft', value: 6 },
    ]);
    checkFigures('They said "prices peaked in [[2004]]" and the index "will reach [[13,000]]", and claims stayed \'[[below $5bn]]\'.', [
      { kind: 'date', value: 2004 },
      { kind: 'count', value: 13000 },
      { kind: 'money', unit: 'USD', value: 5e9 },
    ]);
  });

  it('reads a bare "m" after an amount of money in the sentence as millions', () => {
    checkFigures('Profit reached [[$90m]], up from [[41m]] a year before, with another [[300m]] to follow; the mast is [[120m]] tall.', [
      { kind: 'money', value: 9e7 },
      { value: 4.1e7 },
      { value: 3e8 },
      { kind: 'measure', unit: 'm', value: 120 },
    ]);
  });

  it('reads "in 2005 to 5.5 million tonnes" as a year and a level, not a range', () => {
    checkFigures('Output should climb in [[2005]] to [[5.5 million tonnes]], and rates rose in [[2004]] to [[4.25%]], as from [[1990 to 2000]].', [
      { kind: 'date', value: 2005 },
      { kind: 'measure', value: 5.5e6, unit: 't' },
      { kind: 'date', value: 2004 },
      { kind: 'percent', value: 4.25 },
      { kind: 'date', low: 1990, high: 2000 },
    ]);
  });

  it('reads "a third term" and "twenty-first" as ordinals, "a third of" and "by a third" as parts', () => {
    const figures = analyzeText('Labour sought a third term in its twenty-first year; a third of voters agreed, turnout fell by a third and rents are a third higher.', 'plaintext').figures;
    expect(figures.map((f) => [f.text, f.kind, f.value])).toEqual([
      ['third', 'ordinal', 3],
      ['twenty-first', 'ordinal', 21],
      ['a third of voters', 'count', 1 / 3],
      ['a third', 'count', 1 / 3],
      ['a third', 'count', 1 / 3],
    ]);
  });

  it('reads "one and a half million" whole and "between a third and a half" as a range', () => {
    checkFigures('There are [[two and a half million cars]], and [[between a third and a half of drivers]] cut their trips in [[half]] to [[10%]].', [
      { value: 2.5e6, unit: 'car' },
      { low: 1 / 3, high: 1 / 2, unit: 'driver' },
      { value: 0.5 },
      { kind: 'percent', value: 10 },
    ]);
  });

  it('skips an aircraft model and its variant, but keeps a range of people', () => {
    checkFigures('The carrier said the 747-400 was costly, bought [[12 757-200 jets]] and an ATR 42-300, while [[230-300 staff]] left after the [[3-0]] defeat.', [
      { value: 12, unit: 'jet' },
      { low: 230, high: 300, unit: 'staff' },
      { score: [3, 0] },
    ]);
  });

  it('reads a score or a tally as its two sides in order, not as a range', () => {
    checkFigures('Rovers beat United [[4-1]] [[on Saturday]], drew [[2 – 2]] at home, were [[1-0]] down at the break in a [[3–1]] defeat, and the board voted [[7-2]]; the trip took [[2-3 days]].', [
      { score: [4, 1], low: 1, high: 4, value: null, approx: 'exact' },
      { kind: 'date' },
      { score: [2, 2] },
      { score: [1, 0] },
      { score: [3, 1] },
      { score: [7, 2] },
      { low: 2, high: 3, unit: 'day', approx: 'range' },
    ]);
    // Set scores in a row need no verb; a verb may stand six words back; "down" after "only" still counts.
    checkFigures('Lind ousted the sixth seed, Ana Brel of Spain, [[6-3]] [[7-6]] after being only [[2-1]] down.', [{ score: [6, 3] }, { score: [7, 6] }, { score: [2, 1] }]);
    checkFigures('Meyer won [[4-6]] [[6-3]] [[6-4]]; groups of [[6-7 people]] watched.', [{ score: [4, 6] }, { score: [6, 3] }, { score: [6, 4] }, { low: 6, high: 7, unit: 'people' }]);
    // Set scores written with commas are one run too ("3-6" was the range 3 to 6).
    checkFigures('Alvarez beat Sinner [[6-4]], [[3-6]], [[7-6]] ([[7-5]]), [[4-6]], [[6-3]]; groups of [[2-4]], [[3-6 people]] came.', [
      { score: [6, 4] }, { score: [3, 6] }, { score: [7, 6] }, { score: [7, 5] }, { score: [4, 6] }, { score: [6, 3] },
      { low: 2, high: 4, approx: 'range' }, { low: 3, high: 6, unit: 'people' },
    ]);
    // A unit or a scale after the pair makes a range even after a word that can be a verb of playing.
    checkFigures('The trail is [[5-10 km]] and the lead fell [[2-3 million]] short; Rovers were level at [[2-2]].', [
      { low: 5, high: 10, unit: 'km', approx: 'range' },
      { low: 2e6, high: 3e6, approx: 'range' },
      { score: [2, 2] },
    ]);
    // A pair that falls is a score even with no verb near: a range is written from low to high.
    checkFigures('"At [[3-0]] we were finished," he said, after [[5-10 minutes]] of calm, and at [[1-1]] it stayed.', [{ score: [3, 0] }, { low: 5, high: 10, approx: 'range' }, { score: [1, 1] }]);
  });

  it('"Kilnsea 0-2 Nordvik Rovers" and "ran out 5-4 winners" were ranges counting the team or the winners', () => {
    checkFigures('Kilnsea Town [[0-2]] Nordvik Rovers', [{ score: [0, 2] }]);
    checkFigures('Halden [[17-28]] Wasps', [{ score: [17, 28] }]);
    checkFigures('Rovers ran out [[5-4]] winners, after a [[3-1]] Champions League win and a [[40-6]] romp as victors.', [
      { score: [5, 4] }, { score: [3, 1] }, { score: [40, 6] },
    ]);
    // A range before a name that opens the sentence with a count word, a unit, or a verb of change stays one.
    checkFigures('Between [[10-20 Britons]] left. Kilnsea ran [[5-10 Km]] and Harbour Cuts [[200-300 Jobs]].', [
      { low: 10, high: 20, unit: 'briton' }, { low: 5, high: 10, unit: 'km' }, { low: 200, high: 300, unit: 'job' },
    ]);
  });

  it('"£35bn - £2.5bn less than forecast" was a range from £2.5bn to £35bn', () => {
    checkFigures('Borrowing was [[£35bn]] - [[£2.5bn]] less than forecast - and she finished in [[22 minutes 45 seconds]] - [[22secs]] behind.', [
      { value: 35e9, approx: 'exact' }, { value: 2.5e9, approx: 'exact' }, { kind: 'duration', value: 22.75, unit: 'minute' }, { kind: 'duration', value: 22, unit: 'second' },
    ]);
    checkFigures('Fares run [[£2bn - £3bn]] and ages [[16 - 21 years]].', [{ low: 2e9, high: 3e9 }, { low: 16, high: 21, unit: 'year' }]);
  });

  it('reads a year that opens a sentence or names accounts as that year', () => {
    checkFigures('[[2004]] shows the trend, and its [[2005]] earnings and [[2003]] results fell, as [[1500 workers]] left.', [
      { kind: 'date', value: 2004 },
      { kind: 'date', value: 2005 },
      { kind: 'date', value: 2003 },
      { kind: 'count', value: 1500, unit: 'worker' },
    ]);
  });

  it('ends a counted phrase at a participle after its noun', () => {
    checkFigures('After [[three quarters of contraction]] seen before then, police found [[nine stolen items]] and [[a third of the region\'s known reserves]].', [
      { value: 0.75, unit: 'contraction' },
      { value: 9, unit: 'item' },
      { value: 1 / 3, unit: 'reserve' },
    ]);
  });

  it('reads a number between commas after a name as an age, and counts children and men in the singular', () => {
    checkFigures('Mr Okafor, [[57]], has [[three children]], and the coach, [[61]], hired [[two men]].', [
      { kind: 'duration', value: 57, unit: 'year', age: true },
      { unit: 'child' },
      { kind: 'duration', value: 61, age: true },
      { unit: 'man' },
    ]);
  });

  it('reads "cutting the bill by £122 to £1,617" as a change and a level, not a range', () => {
    checkFigures('Ofgem is cutting the typical annual bill by [[£122]] to [[£1,617]]; prices rose by [[5 to 10 percent]].', [
      { value: 122, approx: 'exact' },
      { value: 1617, approx: 'exact' },
      { approx: 'range', low: 5, high: 10 },
    ]);
  });

  it('counts a part after "including" as the count the sentence is about, not the one after "in"', () => {
    checkFigures('He scored [[31 goals]] in [[44 games]], including [[19]] in the league.', [{ unit: 'goal' }, { unit: 'game' }, { value: 19, unit: 'goal' }]);
  });

  it('resolves a day without a year that the sentence looks forward to as the coming one', () => {
    const resolved = (text: string) => analyzeText(text, 'plaintext').figures.filter((f) => f.kind === 'date').map((f) => f.resolved);
    expect(resolved('LONDON, Feb. 27, 2026 - The cap will fall from April 1 and from 1 May.')).toEqual(['2026-02-27', '2026-04-01', '2026-05-01']);
    expect(resolved('LONDON, Feb. 27, 2026 - The law took effect on April 1.')).toEqual(['2026-02-27', '2025-04-01']);
    expect(resolved('LONDON, Nov. 27, 2026 - Talks will resume on Jan. 5.')).toEqual(['2026-11-27', '2027-01-05']);
  });

  it('reads what an estimate "at" a bare count counts', () => {
    checkFigures('Intelligence put Russian casualties at [[around 950,000]]; the UN estimated the number of migrants at [[30,000]].', [
      { value: 950000, unit: 'casualty', noun: 'Russian casualties', approx: 'about' },
      { value: 30000, unit: 'migrant', noun: 'migrants' },
    ]);
    // Money-like plurals and singular nouns name no count.
    checkFigures('Analysts put its losses at [[40]] and officials put the death toll at [[41]].', [{ unit: null }, { unit: null }]);
  });

  it('reads a level a count moves to as a count of the same thing', () => {
    checkFigures('Officials expect [[18,000 passengers a day]] in the [[first]] year, rising to [[30,000]] by [[2040]].', [
      { unit: 'passenger', per: 'day' },
      { kind: 'ordinal' },
      { value: 30000, unit: 'passenger', per: 'day' },
      { kind: 'date' },
    ]);
    // Not after a percentage, nor after a figure that counts no noun ("3G" is a measure).
    checkFigures('Sales rose [[5%]] to [[300]]; [[3G]] ownership is growing to [[five million]].', [
      { kind: 'percent' },
      { value: 300, unit: null },
      { kind: 'measure' },
      { value: 5e6, kind: 'count', unit: null },
    ]);
  });

  it('counts compounds of irregular plurals, and reads "dies at 88" as an age', () => {
    checkFigures('She leaves [[two sons]] and [[five grandchildren]]; [[40 schoolchildren]], [[300 townspeople]] and [[12 sportswomen]] came.', [
      { unit: 'son' },
      { unit: 'grandchild', noun: 'grandchildren' },
      { unit: 'schoolchild' },
      { unit: 'townspeople' },
      { unit: 'sportswoman' },
    ]);
    checkFigures('The architect of the fund dies at [[88]]; her husband died at [[79]], and the crop dies at [[5C]].', [
      { kind: 'duration', value: 88, unit: 'year', age: true },
      { kind: 'duration', value: 79, age: true },
      { kind: 'measure', unit: '°C' },
    ]);
  });

  it('counts prizes, focuses and quizzes in the singular, and no noun in "6,000-strong"', () => {
    checkFigures('The band won [[two prizes]], [[three quizzes]] and [[one of the main focuses]] of a [[6,000-strong]] crowd.', [
      { unit: 'prize' },
      { unit: 'quiz' },
      { unit: 'focus' },
      { value: 6000, unit: null },
    ]);
  });

  it('skips digits with a leading zero and reads "0200 local time" as a time', () => {
    checkFigures('Call 0845 now; the fight broke out at [[0200 local time]].', [{ kind: 'date', unit: 'time' }]);
  });

  it('skips every group of a phone number after its leading zero', () => {
    checkFigures('Ring 020 7946 0958 or 0800 123 4567 before [[5pm]]; [[3 500]] called.', [{ kind: 'date' }, { value: 3500 }]);
  });

  it('reads a conversion in brackets after a unit written as a capitalised word ("46 degrees Celsius (115F)" lost the 115F)', () => {
    checkFigures('Seville hit [[46 degrees Celsius]] ([[115F]]), and Dak Prescott (4) threw for [[300 yards]].', [
      { unit: '°C' }, { unit: '°F', value: 115 }, { unit: 'yd' },
    ]);
  });

  it('skips an international phone number and both parts of a reference number ("+41 22 917 1234" was three figures)', () => {
    checkFigures('Call +41 22 917 1234, +1 202-555-0143 or +44 (0)20 7946 0958, or see report no. 2026/117; [[40 people]] called.', [{ value: 40 }]);
    // A signed number and the number after it stay figures.
    checkFigures('The index moved +[[2.5]], then [[1.5 points]].', [{ value: 2.5 }, { value: 1.5, unit: 'point' }]);
  });

  it('reads race distances before their event and lengths to the centimetre as metres', () => {
    checkFigures('She won the [[60m]] hurdles, cleared [[4.88m]] at the meeting and threw [[17.30m]], while [[400m]] runners trained and [[2.7m units]] sold.', [
      { kind: 'measure', value: 60, unit: 'm' },
      { kind: 'measure', value: 4.88, unit: 'm' },
      { kind: 'measure', value: 17.3, unit: 'm' },
      { kind: 'measure', value: 400, unit: 'm' },
      { kind: 'count', value: 2.7e6, unit: 'unit' },
    ]);
    checkFigures('She came second in the [[2002]] and [[2003]] London races, standing half-dead at the line.', [{ kind: 'date' }, { kind: 'date' }]);
  });

  it('does not add numbers joined by "and" without a fraction, and reads years and events named by year', () => {
    checkFigures('Nurseries for [[three]] and [[four-year-olds]] opened in [[2003/2004]], and [[twenty and three fifths]] is a number, as the [[1981]] Brixton riots were.', [
      { value: 3 },
      { kind: 'duration', value: 4 },
      { kind: 'date', low: 2003, high: 2004 },
      { value: 20.6 },
      { kind: 'date', value: 1981 },
    ]);
  });

  it('reads plus-or-minus as no sign, "three o\'clock" as a time, and skips long identifiers', () => {
    checkFigures('The poll has a margin of error of +/[[- 4 percent]], the post (id 778257943577919488) went out at [[three o’clock]] and again at [[3 o\'clock]].', [
      { kind: 'percent', value: 4 },
      { kind: 'date', unit: 'time' },
      { kind: 'date', unit: 'time' },
    ]);
  });

  it('skips street numbers', () => {
    checkFigures('The office at 16 Harbour Street closed.');
  });

  it('reads a number after a head that is a verb there ("will track 50,000 workers" was no figure)', () => {
    checkFigures('The study will track [[50,000 workers]]; crowds could number [[20,000]], and the ferry left from track 9.', [
      { value: 50000, unit: 'worker' },
      { value: 20000 },
    ]);
  });

  it('gives numbers listed before a unit that unit ("four and six years" had a bare four)', () => {
    checkFigures('They got [[four]] and [[six years]], rates of [[3]], [[4]] and [[5 percent]], and [[10]] or [[15 km]].', [
      { kind: 'duration', value: 4, unit: 'year' },
      { kind: 'duration', value: 6, unit: 'year' },
      { kind: 'percent', value: 3, unit: '%' },
      { kind: 'percent', value: 4, unit: '%' },
      { kind: 'percent', value: 5, unit: '%' },
      { kind: 'measure', value: 10, unit: 'km' },
      { kind: 'measure', value: 15, unit: 'km' },
    ]);
    // The level after "from ... to" keeps the unit ("from 24 weeks to 20" gave a bare 20).
    checkFigures('Leave rose from [[six months]] to [[nine]], and the fare went from [[$5]] to [[7]].', [
      { kind: 'duration', value: 6, unit: 'month' },
      { kind: 'duration', value: 9, unit: 'month' },
      { kind: 'money', value: 5, unit: 'USD' },
      { kind: 'money', value: 7, unit: 'USD' },
    ]);
    checkFigures('The mills employ [[260]] and [[195 workers]] respectively.', [
      { kind: 'count', value: 260, unit: 'worker', noun: 'workers' },
      { kind: 'count', value: 195, unit: 'worker', noun: 'workers' },
    ]);
    // A number restated after ", or" or a comma alone keeps its own reading.
    checkFigures('That is [[27 million]], or [[50%]], and [[almost a quarter]], [[22%]], agree.', [
      { kind: 'count', unit: null },
      { kind: 'percent' },
      { kind: 'count', unit: null },
      { kind: 'percent' },
    ]);
  });

  it('reads points after a percentage as percentage points, and the second number of a tally as the first', () => {
    checkFigures('Polls put the party on [[34%]], [[eight points]] ahead; joblessness fell to [[4.2%]], down [[0.3 points]], and the bill passed by [[312 votes]] to [[264]].', [
      { kind: 'percent', unit: '%' },
      { kind: 'percent', value: 8, unit: 'pp' },
      { kind: 'percent', unit: '%' },
      { kind: 'percent', value: 0.3, unit: 'pp' },
      { unit: 'vote' },
      { value: 264, unit: 'vote' },
    ]);
    // Index points: in another clause or after a named index ("while the FTSE 100 closed 23 points lower" was 23 percentage points).
    checkFigures('The pound fell [[0.4%]], while the FTSE 100 closed [[23 points]] lower; the Nikkei rose [[1.2%]] to [[5,000]], up [[60 points]].', [
      { kind: 'percent' },
      { kind: 'count', unit: 'point' },
      { kind: 'percent' },
      { kind: 'count' },
      { kind: 'count', unit: 'point' },
    ]);
    // Index points: a restatement, a level, a percentage after; a place in a chart.
    checkFigures('The index rose [[1.2%]], or [[95 points]], to close up [[0.7%]] at [[11,740 points]]; the single fell [[one place]] to [[four]].', [
      { kind: 'percent' },
      { kind: 'count', unit: 'point' },
      { kind: 'percent' },
      { kind: 'count', unit: 'point' },
      { kind: 'count', unit: 'place' },
      { kind: 'count', unit: null },
    ]);
  });

  it('reads "up to" after a verb of movement as the level reached, not an upper bound ("edged up to 4.9%")', () => {
    checkFigures('Unemployment edged up to [[4.9%]], prices went up to [[5%]] and the fair expects [[up to 5,000 people]].', [
      { value: 4.9, approx: 'exact' },
      { value: 5, approx: 'exact' },
      { value: 5000, approx: 'at-most' },
    ]);
    // "will go up to" is a rise to a level; "may go up to" a ceiling.
    checkFigures('The cap will go up to [[£1,843]] in [[January]], but costs may go [[up to £2,000]].', [
      { value: 1843, approx: 'exact' },
      { kind: 'date' },
      { value: 2000, approx: 'at-most' },
    ]);
  });

  it('reads the numbers listed after an age as ages ("aged 19, 22 and 25": 22 was a bare count, 25 counted men)', () => {
    checkFigures('[[Three men]], aged [[19]], [[22]] and [[25]], were held; exams drop after the age of [[10]] or [[11]].', [
      { kind: 'count', unit: 'man' },
      { kind: 'duration', value: 19, unit: 'year', age: true },
      { kind: 'duration', value: 22, unit: 'year', age: true },
      { kind: 'duration', value: 25, unit: 'year', age: true },
      { kind: 'duration', value: 10, age: true },
      { kind: 'duration', value: 11, age: true },
    ]);
  });

  it('reads a year before a verb and its object as the year ("2005 offers the chance" counted offers)', () => {
    checkFigures('"[[2027]] offers the chance to act," she said, as [[2026]] sales fell.', [{ kind: 'date', value: 2027 }, { kind: 'date', value: 2026 }]);
    checkFigures('By the end of [[2027]] Nordline aims to sail.', [{ kind: 'date', value: 2027 }]);
  });

  it('leaves "half term" and "half time" alone ("before half time" was the count 0.5)', () => {
    checkFigures('He scored before half time, they went away at half-term, and she won a [[two-term]] seat.', [{ value: 2, unit: 'term' }]);
  });

  it('ends a counted noun before a modifier used as an adverb ("one step further" counted "further")', () => {
    checkFigures('We will go [[one step]] further with [[one new ferry]].', [{ unit: 'step' }, { unit: 'ferry' }]);
  });

  it('reads a year span with one digit after the slash, irregular plurals and kilobits', () => {
    checkFigures('Spending since [[1998/9]] saved [[five million lives]] on a [[512kbps]] line.', [
      { kind: 'date', low: 1998, high: 1999 },
      { unit: 'life' },
      { kind: 'measure', value: 512, unit: 'kb' },
    ]);
  });

  it('reads a number after the next name in a list of people as an age, and a spelled part as no count', () => {
    checkFigures('The boys are Tom Reed, [[14]], and Ivo Lind, [[12]].', [{ kind: 'duration', value: 14, age: true }, { kind: 'duration', value: 12, age: true }]);
    // "Part two will follow" and "in round one of the cup" were counts; "a game two years ago" stays a duration.
    checkFigures('Part two will follow; she lost in round one of the cup and won a game [[two years ago]].', [{ kind: 'duration', value: 2 }]);
  });

  it('reads gigatonnes, megatonnes and kilotonnes as measures ("37.4 gigatonnes" counted gigatonnes)', () => {
    checkFigures('Emissions hit [[37.4 gigatonnes]] after a [[50-kiloton]] test and [[2 megatonnes]] more.', [
      { kind: 'measure', value: 37.4, unit: 'Gt' },
      { kind: 'measure', value: 50, unit: 'kt' },
      { kind: 'measure', value: 2, unit: 'Mt' },
    ]);
  });

  it('reads race times as durations, a rate glued to its number, and "a minute and a half"', () => {
    checkFigures('She won in [[2:13:22]], ran the last lap in [[59:48]], was [[about a minute and a half]] slow in [[14km/h]] winds and the gun went at [[10:30]].', [
      { kind: 'duration', value: 8002, unit: 'second' },
      { kind: 'duration', value: 3588, unit: 'second' },
      { kind: 'duration', value: 1.5, unit: 'minute', approx: 'about' },
      { kind: 'measure', value: 14, unit: 'km/h' },
      { kind: 'date', unit: 'time' },
    ]);
  });

  it('counts what "the number of" names in the sentence for a bare count', () => {
    checkFigures('The number of people waiting for surgery fell to [[7.39 million]] in [[June]], from [[7.42 million]].', [
      { kind: 'count', value: 7.39e6, unit: 'people', noun: 'people' },
      { kind: 'date' },
      { kind: 'count', value: 7.42e6, unit: 'people', noun: 'people' },
    ]);
    // "The crowd of 53,204", "an audience of 9.2 million": people.
    checkFigures('The crowd of [[53,204]] was a record, and an audience of [[9.2 million]] watched.', [{ unit: 'people' }, { unit: 'people' }]);
    // "Pupil numbers ... fall by 400,000": the noun before "numbers"; not "phone numbers" or "record numbers".
    checkFigures('Pupil numbers are expected to fall by [[400,000]] by [[2030]].', [{ value: 400000, unit: 'pupil', noun: 'pupils' }, { kind: 'date' }]);
    checkFigures('Record numbers of people came, [[about 40,000]].', [{ unit: null }]);
    // Another counted figure comes first: the bare count after it is no longer the number's.
    checkFigures('The number of cases in [[12 states]] hit [[400]]; a number of critics said [[30]].', [
      { unit: 'state' },
      { unit: null },
      { unit: null },
    ]);
  });

  it('counts what a label before a colon names, at the start of a line or list item', () => {
    checkFigures('Mortgage approvals: [[43,300]] in [[May]].', [{ value: 43300, unit: 'approval', noun: 'Mortgage approvals' }, { kind: 'date' }]);
    checkFigures('Headcount: [[41,300]], up [[8%]].', [{ value: 41300, unit: 'people', noun: 'Headcount' }, { kind: 'percent' }]);
    // A label that is no plural names no count ("Note:"), and money keeps its currency.
    checkFigures('Note: [[300]] were hurt. Revenue: [[$4.1bn]].', [{ unit: null }, { kind: 'money', unit: 'USD' }]);
  });

  it('reads a bowler\'s figures as wickets and runs, not a range', () => {
    // "took 5-41" was the range 5 to 41; "took 3-4 hours" stays a range.
    // A second bowler's figures after "and" and a name.
    checkFigures('Jadeja took [[5-41]] and Jasprit Bumrah [[3-29]].', [{ score: [5, 41] }, { score: [3, 29] }]);
    checkFigures('Jadeja took [[5-41]] and finished with figures of [[4-37]]; the repairs took [[3-4 hours]].', [
      { kind: 'count', value: null, score: [5, 41] },
      { kind: 'count', value: null, score: [4, 37] },
      { kind: 'duration', value: 3, approx: 'range' },
    ]);
  });

  it('leaves "one of them" alone: one member picked out, not a count', () => {
    checkFigures('One of them, Margaret Hill, lost money. [[One of the victims]] died and [[two]] of them left.', [
      { value: 1, unit: 'victim' },
      { value: 2 },
    ]);
  });

  it('leaves "half" in a compound alone: a race, a relation, a manner', () => {
    checkFigures('She won the half marathon in [[58:33]]; her half-brother ran too, to half empty stands. [[Half]] the field quit.', [
      { kind: 'duration', value: 3513 },
      { kind: 'count', value: 0.5 },
    ]);
  });

  it('reads a demonym\'s age, a price base year, and a tally repeated in the same shape', () => {
    // "The Norwegian, 26," was a count ("Norwegian" opens "Norwegian kroner"); "2012 prices" a count of prices.
    checkFigures('The Norwegian, [[26]], paid [[40 Norwegian kroner]].', [{ kind: 'duration', value: 26, age: true }, { kind: 'money', unit: 'NOK' }]);
    checkFigures('It earns [[£39.65]] in [[2012]] prices and [[$3bn]] in [[2010]] dollars.', [
      { kind: 'money' }, { kind: 'date', unit: 'year', resolved: '2012' }, { kind: 'money' }, { kind: 'date', resolved: '2010' },
    ]);
    // The level a change started from, past the change's percentage.
    checkFigures('Police recorded [[50,510 offences]], up [[4%]] from [[48,560]].', [{ unit: 'offence' }, { kind: 'percent' }, { value: 48560, unit: 'offence' }]);
    checkFigures('He has scored [[23 goals]] in [[18 games]] and [[104]] in [[112 appearances]].', [
      { unit: 'goal' }, { unit: 'game' }, { value: 104, unit: 'goal' }, { unit: 'appearance' },
    ]);
  });

  it('reads race times with hundredths and the men\'s or women\'s event as metres', () => {
    // "3:49.04" gave no figure (minutes below 25 may be a time of day), and "the men's 100m" was 100 million.
    checkFigures('In the men\'s [[100m]] she ran [[3:49.04]] and he ran [[1:55.3]] at [[3:45pm]].', [
      { kind: 'measure', value: 100, unit: 'm' }, { kind: 'duration', value: 229.04, unit: 'second' }, { kind: 'duration', value: 115.3 }, { kind: 'date', unit: 'time' },
    ]);
  });

  it('reads the age of the oldest or youngest of a group', () => {
    // "The oldest of his victims was 101" was a count of nothing.
    checkFigures('The oldest of his victims was [[101]]. The youngest player is [[17]]; the oldest tree is [[300 metres]] away.', [
      { kind: 'duration', unit: 'year', age: true }, { kind: 'duration', age: true }, { kind: 'measure' },
    ]);
  });

  it('reads "three times as much as a decade earlier" as a comparison, not "at most a decade"', () => {
    checkFigures('It spent [[$3.2 billion]], [[three times]] as much as [[a decade earlier]], and twice as many as [[300 staff]].', [
      { kind: 'money' }, { unit: 'times' }, { kind: 'duration', approx: 'exact' }, { value: 300, approx: 'exact' },
    ]);
  });

  it('reads "by £163 to £3,703" with its verb left out as an amount and a level', () => {
    // The second clause's "by £163 to £3,703" was one range from £163 to £3,703.
    checkFigures('Fares rise by [[£263]] to [[£5,979]], and from Leeds by [[£163]] to [[£3,703]]; costs rise by [[2 to 3%]].', [
      { value: 263 }, { value: 5979 }, { value: 163, approx: 'exact' }, { value: 3703 }, { approx: 'range', low: 2, high: 3 },
    ]);
  });

  it('reads a tally after a team\'s name as the tally before it, and times of day in four digits', () => {
    // "Arsenal 38 from 19" was a name's number, like "Route 66", and gave no figure.
    checkFigures('Leeds have [[45 points]] from [[19 matches]], Arsenal [[38]] from [[19]].', [
      { unit: 'point' }, { unit: 'match' }, { value: 38, unit: 'point' }, { value: 19, unit: 'match' },
    ]);
    checkFigures('They drove Route 66 from [[1999 to 2004]].', [{ kind: 'date', resolved: '1999/2004' }]);
    // "from 1045 to 1130 GMT" was the years 1045 to 1130, and "Kanal 24" a tally.
    checkFigures('It airs on Kanal 24 from [[1045]] to [[1130 GMT]], and from [[0900-1000 BST]] [[on Sunday]].', [
      { kind: 'date', unit: 'time' }, { kind: 'date', unit: 'time' }, { kind: 'date', unit: 'time' }, { kind: 'date', unit: 'weekday' },
    ]);
  });

  it('reads a pace as minutes and seconds, and sigma as what a significance counts', () => {
    // "4:35 per mile" was a time of day, and "3.5 sigma" a count of nothing.
    checkFigures('He averaged [[4:35]] per mile and [[3:10]] a kilometre before the gun at [[4:35]]; the signal reached [[about 3.5 sigma]].', [
      { kind: 'duration', value: 275, unit: 'second' },
      { kind: 'duration', value: 190, unit: 'second' },
      { kind: 'date', unit: 'time' },
      { kind: 'count', value: 3.5, unit: 'sigma' },
    ]);
  });

  it('adds "and a half" after the unit ("an hour and a half" was the count "a half")', () => {
    checkFigures('The hearing lasted [[an hour and a half]], she walked [[a mile and a half]] and served [[three years and a half]].', [
      { kind: 'duration', value: 1.5, unit: 'hour' },
      { kind: 'measure', value: 1.5, unit: 'mi' },
      { kind: 'duration', value: 3.5, unit: 'year' },
    ]);
    checkFigures('A [[two and a half inch]] nail.', [{ kind: 'measure', value: 2.5, unit: 'in' }]);
  });

  it('reads a place in a ranking as an ordinal', () => {
    const figures = analyzeText('The film entered the chart at number six, behind the number one film, and a number of critics came.', 'plaintext').figures;
    expect(figures.map((f) => [f.text, f.kind, f.value])).toEqual([
      ['six', 'ordinal', 6],
      ['one', 'ordinal', 1],
    ]);
  });

  it('marks ordinals as ordinals', () => {
    const figures = analyzeText('The first vote on the 19th-century law came on the 21st attempt.', 'plaintext').figures;
    expect(figures.map((f) => [f.text, f.kind, f.value])).toEqual([
      ['first', 'ordinal', 1],
      ['19th-century', 'ordinal', 19],
      ['21st', 'ordinal', 21],
    ]);
  });

  it('does not read a pronoun "one" or "the second half" as a count', () => {
    checkFigures('No one came, and the second half of the match was dull.');
    checkFigures('The old plan was the better one.');
  });

  it('does not read compound adjectives or 9/11 as figures', () => {
    checkFigures('A one-off payment after the 9/11 attacks, at half-time.');
  });

  it('reads "one in three" even after "that"', () => {
    checkFigures('The poll found that [[one in three]] had skipped a meal.', [{ value: 1 / 3 }]);
  });
});
