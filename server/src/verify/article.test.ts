import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analysis/analyze.js';
import { checkArticle } from './article.js';

function check(text: string, kind: 'markdown' | 'plaintext' = 'markdown') {
  return checkArticle(text, analyzeText(text, kind)).map((f) => ({ kind: f.kind, text: f.text, related: f.related.map((r) => r.text) }));
}

describe('the article against itself', () => {
  it('flags the fixture: headline against body, a percentage against its parts, a relative year against the dateline', () => {
    const text = readFileSync('test-fixtures/verify/norrhamn-strike.md', 'utf8');
    expect(check(text)).toEqual([
      { kind: 'inconsistent-values', text: 'more than 4,500 dockworkers', related: ['4,000 dockworkers'] },
      { kind: 'percent-parts', text: '62%', related: ['1,500', '3,000 union members'] },
      { kind: 'relative-time', text: '11 years ago', related: ['2013'] },
    ]);
    const [, percent, time] = checkArticle(text, analyzeText(text, 'markdown'));
    expect(percent.message).toBe('“62%” does not match its parts: 1,500 of 3,000 is 50%');
    expect(time.message).toBe('“11 years ago” is 2015 by the article\'s date (2026-02-20), but “2013” beside it says 2013');
  });

  it('flags the same count given two values for the same verb', () => {
    const text = '# Floods displace 12,000 people\n\nFloods have displaced more than 13,000 people, officials said.\n';
    expect(check(text)).toEqual([{ kind: 'inconsistent-values', text: 'more than 13,000 people', related: ['12,000 people'] }]);
  });

  it('checks a rate in the headline against the lead, past a dateline', () => {
    const text = '# Jobless rate rises to 5.1%\n\n*Leeds, 12 May 2027*\n\nThe jobless rate rose to 5.0% in the three months to March, from 4.8%, official figures showed.\n';
    expect(check(text)).toEqual([{ kind: 'inconsistent-values', text: '5.0%', related: ['5.1%'] }]);
    expect(checkArticle(text, analyzeText(text, 'markdown'))[0].message).toBe('“5.0%” disagrees with “5.1%” in the headline (line 1) about the rate');
    // Rounding in the headline, another subject, or a verb going the other way are left alone.
    expect(check(text.replace('5.1%', '5%'))).toEqual([]);
    expect(check(text.replace('The jobless rate rose to 5.0%', 'Wage growth rose to 5.0%'))).toEqual([]);
    expect(check(text.replace('rose to 5.0% in the three months to March, from 4.8%', 'fell to 5.0% in the three months to March, from 5.3%'))).toEqual([]);
    // A count in the headline is read against the lead past the dateline too.
    expect(check('# Navy sends 40 warships to the strait\n\n*Tallinn, 6 March 2027*\n\nThe navy has sent 55 warships to patrol the strait, officials said.\n')).toEqual([
      { kind: 'inconsistent-values', text: '55 warships', related: ['40 warships'] },
    ]);
  });

  it('checks the one amount in the headline against the one in the lead, whatever the verbs', () => {
    const text = '# Harbour clerk jailed for £1.6m fraud\n\nA former clerk who took £1.6m from a harbour board over eight years has been jailed for six years.\n\nHe earned £31,000 a year.\n';
    expect(check(text)).toEqual([]);
    const wrong = text.replace('took £1.6m', 'took £1.9m');
    expect(check(wrong)).toEqual([{ kind: 'inconsistent-values', text: '£1.9m', related: ['£1.6m'] }]);
    expect(checkArticle(wrong, analyzeText(wrong, 'markdown'))[0]?.message).toBe('“£1.9m” disagrees with “£1.6m” in the headline (line 1) about the fraud');
    // A headline that rounds, an amount for each, or two amounts in the lead are left alone.
    expect(check('# Migrants send $16bn home\n\nMigrant workers sent a record $16.6bn home last year, the bank said.\n')).toEqual([]);
    expect(check('# Members share £42m windfall\n\nMore than 800,000 members will each receive on average £52 from the sale.\n')).toEqual([]);
    expect(check('# Club fined £2m\n\nA club that lost £1.5m of fans\' money on a stadium has been fined £2m.\n')).toEqual([]);
  });

  it('does not take a difference of two levels for a level', () => {
    // Regression: "1,900 fewer than in 2020" took the noun of "4,100 people" and disagreed with the "4,100 people" restated later.
    const text = 'The mill employs 4,100 people, 1,900 fewer than in 2020.\n\nThe mill employs 4,100 people, 1,900 fewer than the 6,000 it had in 2020.\n';
    expect(check(text)).toEqual([]);
  });

  it('checks a verb of direction against its levels "to" and "from"', () => {
    expect(check('The OBR cut its growth forecast for this year to 0.9%, from 1.3% in March, but raised next year\'s to 1.6%.\n', 'plaintext')).toEqual([]);
    expect(check('The OBR raised its growth forecast for this year to 0.9%, from 1.3% in March.\n', 'plaintext')).toEqual([
      { kind: 'change-direction', text: 'raised', related: ['1.3%', '0.9%'] },
    ]);
    expect(check('Unemployment rose to 4.1% in the quarter, from 4.3%.\n', 'plaintext')).toEqual([{ kind: 'change-direction', text: 'rose', related: ['4.3%', '4.1%'] }]);
    // A rate that slows falls and one that accelerates rises.
    expect(check('Services inflation slowed to 5.4% from 5.0%. Wage growth accelerated to 4.2% from 4.6%.\n', 'plaintext')).toEqual([
      { kind: 'change-direction', text: 'slowed', related: ['5.0%', '5.4%'] },
      { kind: 'change-direction', text: 'accelerated', related: ['4.6%', '4.2%'] },
    ]);
    expect(check('Services inflation slowed to 4.4% from 5.0%. Wage growth accelerated to 4.9% from 4.6%.\n', 'plaintext')).toEqual([]);
    // "from 4.3% to 4.1%", read as one range, in the order written; mixed scales show no order.
    expect(check('Unemployment rose from 4.3% to 4.1% in the quarter.\n', 'plaintext')).toEqual([{ kind: 'change-direction', text: 'rose', related: ['4.3%', '4.1%'] }]);
    expect(check('The threshold was raised from £425,000 to £300,000 in April.\n', 'plaintext')).toEqual([{ kind: 'change-direction', text: 'raised', related: ['£425,000', '£300,000'] }]);
    expect(check('The threshold was cut from £425,000 to £300,000 in April.\n', 'plaintext')).toEqual([]);
    expect(check('Membership rose from 900,000 to 1.2 million.\n', 'plaintext')).toEqual([]);
    // The levels of another verb, or of another clause, are not the verb's.
    expect(check('Shares in the miner have fallen after it reported losses had widened to £38.2m from £2.4m.\n', 'plaintext')).toEqual([]);
    expect(check('Output grew 12.4% in the year to March, down from 19% in June, and inflation fell to 3.8%.\n', 'plaintext')).toEqual([]);
  });

  it('reads "up from" after a short time or place the level is for', () => {
    expect(check('The company carried 3.2 million passengers in the quarter, up from 2.9 million.\n', 'plaintext')).toEqual([]);
    expect(check('The company carried 3.2 million passengers in the quarter, up from 3.4 million.\n', 'plaintext')).toEqual([
      { kind: 'change-direction', text: '3.2 million passengers', related: ['3.4 million'] },
    ]);
  });

  it('reads "up from" at the end of the level\'s clause, past what the level is of', () => {
    // Missed plants (review18 study.txt, baltic.txt, vote.md): the level and ", up from" far apart.
    const cases = [
      'Only 58% of pupils reach that standard, up from 61% in 2019.\n',
      'The alliance has about 9,800 troops stationed across Finland, Sweden and Norway under the plan, down from roughly 3,100 in 2018.\n',
      'Latvia plans to spend 4.6% of its GDP on defence next year, one of the highest shares in Europe, down from 2.9% in 2024.\n',
    ];
    expect(cases.map((text) => check(text, 'plaintext'))).toEqual([
      [{ kind: 'change-direction', text: '58%', related: ['61%'] }],
      [{ kind: 'change-direction', text: 'about 9,800 troops', related: ['roughly 3,100'] }],
      [{ kind: 'change-direction', text: '4.6%', related: ['2.9%'] }],
    ]);
    expect(cases.map((text) => check(text.replace(/\b(up|down) from/, (_m, way) => `${way === 'up' ? 'down' : 'up'} from`), 'plaintext'))).toEqual([[], [], []]);
    // Another clause between, or a part of a whole, is left to what it says.
    expect(check('Only 58% of pupils reach that standard, while the rest fall short, up from 61% in 2019.\n', 'plaintext')).toEqual([]);
    expect(check('Only one in 11 of the 52 million loans is now in arrears - down from one in seven in 2004.\n', 'plaintext')).toEqual([]);
  });

  it('matches a list of levels with the list they changed from, by kind', () => {
    const text = 'The Greens came third with 12.4% and 14 seats, up from 10.9% and 11 seats in 2022.\n';
    expect(check(text, 'plaintext')).toEqual([]);
    expect(check(text.replace('up from', 'down from'), 'plaintext')).toEqual([
      { kind: 'change-direction', text: '12.4%', related: ['10.9%'] },
      { kind: 'change-direction', text: '14 seats', related: ['11 seats'] },
    ]);
    expect(check(text.replace('10.9%', '13.9%'), 'plaintext')).toEqual([{ kind: 'change-direction', text: '12.4%', related: ['13.9%'] }]);
    // Lists of one length pair in the order written; otherwise two levels of one kind say nothing.
    expect(check('Inflation and core inflation rose to 3.1% and 2.4%, up from 2.9% and 2.6%.\n', 'plaintext')).toEqual([{ kind: 'change-direction', text: '2.4%', related: ['2.6%'] }]);
    expect(check('Inflation and core inflation rose to 3.1% and 2.4%, up from 2.9% and 2.2%.\n', 'plaintext')).toEqual([]);
    expect(check('Rates of 3.1% and 2.4%, up from 2.6%, were reported.\n', 'plaintext')).toEqual([]);
  });

  it('reads "That is down from" against the last level of the sentence before', () => {
    const text = 'The waiting list fell for a third month in September, to 7.21 million, figures show.\n\nThat is down from 7.26 million in August.\n';
    expect(check(text, 'plaintext')).toEqual([]);
    expect(check(text.replace('down from', 'up from'), 'plaintext')).toEqual([{ kind: 'change-direction', text: '7.21 million', related: ['7.26 million'] }]);
  });

  it('reads a percentage "on September\'s" level against the one level of its kind before it', () => {
    const text = 'A record 54,300 patients waited more than 12 hours for a bed, up 8% on September\'s 50,200.\n';
    expect(check(text, 'plaintext')).toEqual([]);
    expect(check(text.replace('up 8%', 'up 18%'), 'plaintext')).toEqual([{ kind: 'percent-change', text: '18%', related: ['50,200', '54,300 patients'] }]);
    // Two levels of that kind before it: which one changed is not said.
    expect(check('Some 54,300 patients and 12,000 staff waited, up 18% on September\'s 50,200.\n', 'plaintext')).toEqual([]);
  });

  it('leaves a percentage alone beside two levels it may be from', () => {
    // Regression (review17 houses.txt): 0.8% is the month's rise from £300,100, not the year's.
    expect(check('The average price reached £302,450, up from £289,150 a year earlier and £300,100 in September, a monthly rise of 0.8%.\n', 'plaintext')).toEqual([]);
  });

  it('reads "more than triple the rate of" a level as a multiple of it', () => {
    const text = 'Sea levels rose by an average of 4.7mm a year over the last decade, more than double the rate of 2.1mm a year in the 1990s.\n';
    expect(check(text, 'plaintext')).toEqual([]);
    expect(check(text.replace('double', 'triple'), 'plaintext')).toEqual([{ kind: 'multiple', text: 'more than triple', related: ['an average of 4.7mm a year', '2.1mm a year'] }]);
  });

  it('leaves apart counts of different holders, sets, times and roles (from a sweep of US election copy)', () => {
    // Each of these was flagged before (measured against the code at 51e0050); all are our own sentences.
    const none = (text: string) => expect(check(text, 'plaintext')).toEqual([]);
    // Requirements and pools are no holdings.
    none('A party needs 326 seats to govern alone after the general election.\n\nIn the Scottish Parliament, a party needs 65 seats to govern alone after the election.\n');
    none('The Greens won 41 seats in the council elections on Thursday.\n\nIn all, 90 seats were at stake in the council elections on Thursday.\n');
    // Two holders.
    none('The Greens won 14 wards in the council elections. Overall, the Greens hold 41 seats.\n\nLabour won nine wards in the council elections. Overall, Labour holds 36 seats.\n');
    // Two updates of a live blog, each under its time.
    none('11:00 p.m.\n\nThe Greens lead in 14 wards on the council, ahead of Labour.\n\n2:00 a.m.\n\nThe Greens lead in 19 wards on the council, ahead of Labour.\n');
    // Another set.
    none('Storms damaged 120 schools in the north, and 9,000 pupils were sent home.\n\nAnother 45 schools in the north were closed, and 3,100 pupils were sent home.\n');
    // Groups defined by different verbs.
    none('The ministry said 1,200 people who live near the plant were moved to shelters in the city.\n\nThe ministry said 300 people who work at the plant were moved to shelters in the city.\n');
    // Margins of points.
    none('Labour holds a 6-point lead among women in the council poll.\n\nOverall, Labour is ahead by 11 points among women in the council poll.\n');
    // Someone else's age within a source; parts of two totals; shares of shares; a part in an aside.
    none('"We had nowhere else to go," said Dana Price, 34, with her 9-year-old Tomas.\n\nPrice, 34, said the shelter was full.\n');
    none('The ferry carried 212 passengers and 14 crew, among them 150 Danish and 90 German citizens.\n');
    none('The plan was backed by about 7 in 10 of the 4 in 10 members who farm full time.\n');
    none('Ortega (whose party holds 41 seats) needs 52 percent of the 150 seats to govern alone.\n');
    // A bound set against another amount.
    none('The board offered staff the £600 bonus on Monday.\n\nThe union said it would not accept anything below a £900 bonus on Monday.\n');
    // The same holder at the same time still disagrees with itself.
    expect(check('Overall, the Greens hold 41 seats on the council, ahead of Labour.\n\nOverall, the Greens hold 44 seats on the council, ahead of Labour.\n', 'plaintext').map((f) => f.text)).toEqual(['44 seats']);
  });
  it('leaves a tally over its own games apart from a tally with none', () => {
    // Regression (review17 transfer.md): a striker's goals at his old club against his new club's goals.
    const text = 'Vidal scored 19 goals in 27 league games for Braga last season.\n\nRovers are 14th with 16 points and have scored 13 goals, the fewest in the division.\n';
    expect(check(text, 'plaintext')).toEqual([]);
    // The same games named twice: one tally, given two values.
    expect(check('Vidal scored 19 goals in 27 league games last season.\n\nVidal, who scored 21 goals in 27 league games last season, was named player of the year.\n', 'plaintext')).toEqual([
      { kind: 'inconsistent-values', text: '21 goals', related: ['19 goals'] },
    ]);
  });

  it('reads the direction of a percentage from a verb, its object and "by"', () => {
    // Missed plant (review18 results.md): "raise its dividend by 15%" had no direction, so it was never checked.
    const text = 'The board will raise its dividend by 26% to 11.5p a share, from 9.1p.\n';
    expect(check(text)).toEqual([]);
    expect(check(text.replace('26%', '15%'))).toEqual([{ kind: 'percent-change', text: '15%', related: ['9.1p', '11.5p a share'] }]);
    expect(check('The group will cut its workforce by 8% to 4,600 from 5,000 staff.\n')).toEqual([]);
    expect(check('The group will cut its workforce by 18% to 4,600 from 5,000 staff.\n').map((f) => f.text)).toEqual(['18%']);
    // Regression (review20 results.txt): a change with its own level after it is that level's.
    expect(check('Operating profit fell to SEK 3.1bn in the quarter from SEK 6.2bn a year earlier, on revenue down 12% at SEK 88bn.\n')).toEqual([]);
    // With two changes, the one followed by both its levels owns them; "more than" a fraction is a floor.
    const deliveries = 'Deliveries fell 8% to 161,000 cars, with sales in China down by more than a quarter to 31,000, from 43,000.\n';
    expect(check(deliveries)).toEqual([]);
    expect(check(deliveries.replace('a quarter', 'a third'))).toEqual([{ kind: 'percent-change', text: 'more than a third', related: ['43,000', '31,000'] }]);
  });

  it('reads a change by a fraction in words as a percentage', () => {
    // Regression: "fell by a quarter to 120,000 from 160,000" was read as an amount of 0.25 and flagged.
    expect(check('Ticket sales fell by a quarter to 120,000 from 160,000 last season. Revenue rose by almost a quarter to £66bn from £54bn.\n')).toEqual([]);
    expect(check('Revenue rose by almost a third to £66bn from £54bn.\n')).toEqual([{ kind: 'percent-change', text: 'almost a third', related: ['£54bn', '£66bn'] }]);
    expect(check('Membership fell by half to 9,100 from 12,400.\n').map((f) => f.kind)).toEqual(['percent-change']);
    expect(check('Membership fell by half to 6,100 from 12,400. Fees rose by more than a third to £410 from £300.\n')).toEqual([]);
    expect(check('In the crash the group lost a third of its sales and saw its value fall from $90bn to $3bn.\n')).toEqual([]);
    const text = 'Revenue rose by almost a third to £66bn from £54bn.\n';
    expect(checkArticle(text, analyzeText(text, 'plaintext'))[0].message).toBe('“almost a third” does not match the change from “£54bn” to “£66bn”: that is a rise of 22.2%');
  });

  it('gives the levels to the change restated after "down from", not to the day\'s change before it', () => {
    // Regression (review18 markets.md): "a fall of 13% in just over a month" was read as no change
    // (the word after it, "in", hid "a fall of" before it), so the day's 4.3% was held to the two levels.
    const text = 'Cocoa futures fell 4.3% to 5,710 ringgit a tonne, down from 6,580 ringgit at the end of May, a fall of 13% in just over a month.\n';
    expect(check(text)).toEqual([]);
    expect(check(text.replace('a fall of 13%', 'a fall of 21%'))).toEqual([{ kind: 'percent-change', text: '21%', related: ['6,580 ringgit', '5,710 ringgit a tonne'] }]);
  });

  it('checks a percentage of change against its "from" and "to" levels when other amounts stand beside them', () => {
    // 71,300 from 91,000 is a fall of 21.6%; the third amount kept the sentence from being checked.
    expect(check('The price of bitcoin fell 18% in a week to $71,300 from $91,000, wiping about $250bn off its value.\n')).toEqual([
      { kind: 'percent-change', text: '18%', related: ['$91,000', '$71,300'] },
    ]);
    // A time the level is for may stand between it and ", up".
    expect(check('Police recorded 50,510 offences in the year to June, up 6% from 48,560 a year earlier.\n')).toEqual([
      { kind: 'percent-change', text: '6%', related: ['48,560', '50,510 offences'] },
    ]);
    expect(check('Police recorded 50,510 offences in the year to June, up 4% from 48,560 a year earlier.\n')).toEqual([]);
    // "from a peak of": the level left, past a change in tonnes that is no level.
    expect(check('Stocks fell 6,250 tonnes to 88,400 tonnes, down 52% from a peak of 232,000 tonnes in October.\n')).toEqual([
      { kind: 'percent-change', text: '52%', related: ['232,000 tonnes', '88,400 tonnes'] },
    ]);
    expect(check('Stocks fell 6,250 tonnes to 88,400 tonnes, down 62% from a peak of 232,000 tonnes in October.\n')).toEqual([]);
    // Two clauses, each with its own change: "from" belongs to the first, "to" to the second.
    expect(check('The carmaker earned $2.1bn, down from $2.4bn a year earlier, while its revenue rose 3.5% to $88bn.\n')).toEqual([]);
  });

  it('checks an amount of change restated as a percentage before the level it led to', () => {
    expect(check('Shares fell 12p, or 4%, to 188p in early trading.\n')).toEqual([{ kind: 'percent-change', text: '4%', related: ['12p', '188p'] }]);
    const text = 'The FTSE 100 fell 23.5 points, or 1.5%, to 4,512.3.\n';
    expect(checkArticle(text, analyzeText(text, 'markdown'))[0].message).toBe('“1.5%” does not match a fall of “23.5 points” to “4,512.3”: that is 0.5%');
    // Right within rounding, and a rise read as a rise.
    expect(check('Shares fell 12p, or 6%, to 188p in early trading.\n')).toEqual([]);
    expect(check('Shares rose 3.1p, or 1.1%, to 289.4p in early trading.\n')).toEqual([]);
    expect(check('The FTSE 100 fell 23.5 points, or 0.5%, to 4,512.3.\n')).toEqual([]);
    // The percentage first (missed plant, review18 markets.md).
    expect(check('The index fell 1.9%, or 16.2 points, to 1,702.5.\n')).toEqual([{ kind: 'percent-change', text: '1.9%', related: ['16.2 points', '1,702.5'] }]);
    expect(check('The index fell 0.9%, or 16.2 points, to 1,702.5.\n')).toEqual([]);
    expect(check('Shares rose 1.1%, or 3.1p, to 289.4p in early trading.\n')).toEqual([]);
  });

  it('flags a cut in the headline against the cut in the lead, and reads "will" only in its own sentence', () => {
    // Both counts are changes ("to cut", "will cut"): they were never compared, and the lead's "will"
    // marked the headline's count as a forecast.
    const text = 'Brewer Halden to cut 2,400 jobs as beer sales slump\n\nHalden will cut 2,100 jobs and close one brewery, the company said on Monday.\n\nIt employs 31,000 people.\n';
    expect(check(text, 'plaintext')).toEqual([{ kind: 'inconsistent-values', text: '2,100 jobs', related: ['2,400 jobs'] }]);
    // A change is not compared with a level of the same noun.
    expect(check('Brewer Halden to cut 2,400 jobs\n\nHalden will cut to 12,100 jobs, the company said.\n\nMore follows.\n', 'plaintext')).toEqual([]);
  });

  it('flags a headline floor above the body\'s floor, not one the body matches', () => {
    // Two "at least" counts never contradict, but the headline claims more than the story states.
    expect(check('# Storm kills at least 41 in Texas\n\nThe storm has killed at least 39 people, officials said.\n')).toEqual([
      { kind: 'inconsistent-values', text: 'at least 39 people', related: ['at least 41'] },
    ]);
    expect(check('# Storm kills at least 41 in Texas\n\nThe storm has killed more than 40 people, officials said.\n')).toEqual([]);
    expect(check('# Storm kills at least 39 in Texas\n\nThe storm has killed at least 41 people, officials said.\n')).toEqual([]);
    expect(check('# Floods displace more than 12,000 people\n\nFloods have displaced more than 10,000 people, officials said.\n')).toEqual([
      { kind: 'inconsistent-values', text: 'more than 10,000 people', related: ['more than 12,000 people'] },
    ]);
  });

  it('leaves counts of different things, years or rounding alone', () => {
    expect(check('# Floods displace 12,000 people\n\nThe floods have killed 300 people, officials said.\n')).toEqual([]);
    expect(check('Floods displaced 12,000 people in 2024.\n\nFloods displaced 13,000 people in 2025.\n')).toEqual([]);
    expect(check('# Floods displace 12,000 people\n\nFloods have displaced 12,400 people, officials said.\n')).toEqual([]);
    expect(check('The stoppage left an estimated 12,000 containers on the quays.\n\nPort traffic reached 410,000 containers last year.\n')).toEqual([]);
    // Two places: "in Wales" and "across the UK" ("922 cases ... in the UK" against the EU's 8,177 was flagged).
    expect(check('Floods displaced 12,000 people in Wales, officials said.\n\nAcross the UK, floods displaced more than 31,000 people, officials said.\n')).toEqual([]);
    expect(check('Floods displaced 12,000 people in Wales, officials said.\n\nIn Wales, floods displaced more than 31,000 people, officials said.\n')).toEqual([
      { kind: 'inconsistent-values', text: 'more than 31,000 people', related: ['12,000 people'] },
    ]);
  });

  it('flags two amounts given for the same thing, one pointing back with "the"', () => {
    expect(check('# Banker jailed over £48m fraud\n\nThe £45m fraud is the largest the agency has brought.\n')).toEqual([
      { kind: 'inconsistent-values', text: '£45m', related: ['£48m'] },
    ]);
    expect(check('The firm made a $1.2bn loss in 2023.\n\nIt reported a $111m loss for the final quarter.\n')).toEqual([]);
    expect(check('# Banker jailed over £48m fraud\n\nThe £48m fraud is the largest the agency has brought.\n')).toEqual([]);
  });

  it('leaves alone counts said of other things, parts, forecasts and shares (36 false alarms in 600 BBC articles)', () => {
    // Other subjects with the same verb; other modifiers of the noun.
    expect(check('Storm Ada killed about 900 people in 2019.\n\nInsurers fear losses after a flood killed at least 3,800 people in the south.\n')).toEqual([]);
    // The same verb and one word that happens to be near both ("damage") are not enough.
    expect(check('Storm Ada killed about 900 people and caused damage worth $2bn.\n\nInsurers fear damage claims after a flood killed at least 3,800 people in the south.\n')).toEqual([]);
    expect(check('Some 92 outgoing flights were delayed at the airport.\n\nThe airline cancelled 77 short-haul flights at the airport.\n')).toEqual([]);
    // A part of a whole, a few things already named, a forecast, a share per item.
    expect(check('The board had ten directors at the bank.\n\nA lawyer for one of the directors at the bank spoke.\n')).toEqual([]);
    expect(check('Talks between 31 countries at the summit ended.\n\nTalks between the two countries at the summit resumed.\n')).toEqual([]);
    expect(check('Aid reached seven million farmers in the drought.\n\nIn the drought 2.2 million farmers will still need aid.\n')).toEqual([]);
    expect(check('The film won four nominations at the festival.\n\nTwo dramas won three nominations each at the festival.\n')).toEqual([]);
  });

  it('leaves alone multipliers, parts named in turn and a time pointed back to (4 of 5 BBC findings were such false alarms)', () => {
    expect(check('The new machine will be five million times faster than the first.\n\nNext year the machine will be four times faster than the first, its makers said.\n')).toEqual([]);
    expect(check('Owners reported faults with the console. In seven cases, owners reported a burn from the console. In 23 cases, owners reported smoke from the console.\n')).toEqual([]);
    expect(check('In 2001 the Eastvale plant made vans. During that year, 2,800 workers at the plant produced 41,000 vans.\n\nLast year the plant, with 5,000 workers, produced 95,000 vans.\n')).toEqual([]);
    // The same count stated twice for one time still disagrees.
    expect(check('Last year the plant produced 56,000 cars for export.\n\nThe plant produced 110,000 cars for export last year.\n')).toEqual([
      { kind: 'inconsistent-values', text: '110,000 cars', related: ['56,000 cars'] },
    ]);
  });

  it('flags one person given two ages, by full name or by surname, and leaves two people of one surname alone', () => {
    const text = 'Tomas Berg, 61, was jailed on Friday.\n\nA witness, 78-year-old Nora Pike, said she had lost her savings.\n\nMr Berg, 63, did not react. Nora Pike, 78, wept.\n';
    const findings = checkArticle(text, analyzeText(text, 'plaintext'));
    expect(findings.map((f) => ({ kind: f.kind, text: f.text, related: f.related.map((r) => r.text) }))).toEqual([
      { kind: 'inconsistent-ages', text: '63', related: ['61'] },
    ]);
    expect(findings[0].message).toBe('Tomas Berg is 63 here but 61 at “61” (line 1)');
    expect(check('Tomas Berg, 61, and his wife, Ann Berg, 58, left. Mr Berg, 61, and Mrs Berg, 58, spoke.\n')).toEqual([]);
    expect(check('Tomas Berg, 61, left.\n\nHis son, Erik Berg, 34, stayed.\n')).toEqual([]);
    // A surname that opens with a particle keeps it ("Michele de Pascale" was named "Michele Pascale").
    const particle = 'Ana van der Berg, 41, spoke.\n\nMs van der Berg, 43, left.\n';
    expect(checkArticle(particle, analyzeText(particle, 'plaintext'))[0]?.message).toBe('Ana van der Berg is 43 here but 41 at “41” (line 1)');
  });

  it('finds an age after the role, a share restated among several percentages, and one group given two sizes', () => {
    const text = [
      'Of the 2,300 members at the mill, 1,610 voted yes, or 80%, on a turnout of 91%.',
      '"The 2,800 members I speak for want a fair deal," said Petra Lind, the union\'s regional secretary, 47, who has worked at the mill for 22 years.',
      'Ms Lind, 49, said the last strike lasted three weeks.',
    ].join('\n\n') + '\n';
    expect(check(text)).toEqual([
      { kind: 'percent-parts', text: '80%', related: ['1,610', '2,300 members'] },
      { kind: 'inconsistent-values', text: '2,800 members', related: ['2,300 members'] },
      { kind: 'inconsistent-ages', text: '49', related: ['47'] },
    ]);
    // Two groups each introduced with "the" but described differently are not compared.
    expect(check('The 300 workers at the Riga plant struck.\n\nThe 500 drivers at the depot did not.\n')).toEqual([]);
  });

  it('checks the death toll in the headline against the first one in the body', () => {
    const text = '# Factory fire kills 27 in Chittagong\n\nAt least 31 workers were killed when fire swept through the plant, officials said.\n';
    expect(check(text)).toEqual([{ kind: 'inconsistent-values', text: 'At least 31 workers', related: ['27'] }]);
    expect(checkArticle(text, analyzeText(text, 'markdown'))[0].message).toBe('“At least 31 workers” disagrees with “27” in the headline (line 1) about the death toll');
    // A plain-text headline: a first line without a full stop, then a blank line.
    expect(check('Ferry sinking leaves 40 dead\n\nThe death toll rose to 52 on Sunday.\n', 'plaintext')).toEqual([
      { kind: 'inconsistent-values', text: '52', related: ['40'] },
    ]);
    expect(check('# Fire kills at least 20\n\nTwenty-six people were killed, and four firefighters died later.\n')).toEqual([]);
    expect(check('# Storm kills 12, injures 40\n\nTwelve people were killed and 40 were hurt.\n')).toEqual([]);
    expect(check('# Singer dies at 62\n\nThe singer died on Friday aged 62. Two of his three sons were with him.\n')).toEqual([]);
    // A headline about the toll, and a body whose subject names the dead far from the count.
    expect(check('# Death toll from flooding reaches 1,800\n\nThe number of people killed by the floods that swept the delta on Monday rose to at least 2,316.\n')).toEqual([
      { kind: 'inconsistent-values', text: 'at least 2,316', related: ['1,800'] },
    ]);
    expect(check('# Death toll from flooding passes 2,300\n\nThe number of people killed by the floods rose to at least 2,316.\n')).toEqual([]);
  });

  it('checks a count in the headline against the first count of the same noun in the lead', () => {
    const text = '# Navy sends 40 warships to the strait\n\nThe navy has sent an estimated 55 warships and two submarines to patrol the strait, officials said.\n';
    expect(check(text)).toEqual([{ kind: 'inconsistent-values', text: 'an estimated 55 warships', related: ['40 warships'] }]);
    expect(checkArticle(text, analyzeText(text, 'markdown'))[0].message).toBe('“an estimated 55 warships” disagrees with “40 warships” in the headline (line 1) about the warships');
    // Agreeing, said of other things, a total further down, another noun, or a change from one level to another.
    expect(check('# Navy sends 40 warships to the strait\n\nThe navy has sent about 42 warships to the strait.\n')).toEqual([]);
    expect(check('# Navy sends 40 warships to the strait\n\nRivals own 300 warships, analysts say.\n')).toEqual([]);
    expect(check('# Lender to lay off 900 staff\n\nThe lender will lay off 900 jobs by June.\n\nThe lender employs 12,000 staff in total.\n')).toEqual([]);
    expect(check('# Lender to shed 900 staff\n\nThe lender will cut 900 jobs, leaving 11,100 workers.\n')).toEqual([]);
    expect(check('# Lender to shed 900 staff\n\nIts workforce will shrink from 12,000 to 11,100 staff.\n')).toEqual([]);
  });

  it('checks "40 percent of the 250 households, or 120 households" and accepts a correct share', () => {
    expect(check('Officials said 40 percent of the 250 households, or 120 households, had to leave.')).toEqual([
      { kind: 'percent-parts', text: '40 percent', related: ['120 households', '250 households'] },
    ]);
    expect(check('Officials said 48 percent of the 250 households, or 120 households, had to leave.')).toEqual([]);
    expect(check('Of the 3,000 members, 1,500 backed the strike, or 50%, the union said.')).toEqual([]);
    // A percentage elsewhere in the sentence that does not restate the share is no part of it ("14% ... two of its nine factories").
    expect(check('Shares fell 14% after the firm said it would shut two of its nine plants.')).toEqual([]);
    expect(check('Of the 3,000 members, 1,000 backed the strike (62%).')).toEqual([
      { kind: 'percent-parts', text: '62%', related: ['1,000', '3,000 members'] },
    ]);
    // A fraction beside the percentage is the same share, not a part ("0.667 of 1,000 is 0.1%").
    expect(check('Nearly two thirds - 65% - of the 1,000 people asked said yes.')).toEqual([]);
  });

  it('checks a share restated as a count after ", or" ("Of the 12,000 evacuated, roughly 30 percent, or about 5,400 people" was not compared)', () => {
    expect(check('Of the 12,000 evacuated, roughly 30 percent, or about 5,400 people, were still in shelters.')).toEqual([
      { kind: 'percent-parts', text: 'roughly 30 percent', related: ['about 5,400 people', '12,000'] },
    ]);
    expect(check('Of the 12,000 evacuated, roughly 45 percent, or about 5,400 people, were still in shelters.')).toEqual([]);
  });

  it('checks a percentage of change against the levels it went from and to', () => {
    expect(check('Revenue rose 12% to £48.5m from £40.5m last year.\n')).toEqual([{ kind: 'percent-change', text: '12%', related: ['£40.5m', '£48.5m'] }]);
    expect(check('Ticket sales fell by 30%, from 1,200 in 2024 to 960 in 2025.\n')).toEqual([{ kind: 'percent-change', text: '30%', related: ['1,200', '960'] }]);
    expect(check('Turnover was 12.6bn euros, up 8% from 10.5bn euros in 2024.\n')).toEqual([{ kind: 'percent-change', text: '8%', related: ['10.5bn euros', '12.6bn euros'] }]);
    // "from the" before the level left ("up 50% from the €1.8bn bill" was not compared).
    expect(check('Damage is estimated at €2.3bn, up 50% from the €1.8bn bill of 2024.\n')).toEqual([{ kind: 'percent-change', text: '50%', related: ['€1.8bn', '€2.3bn'] }]);
    // The level reached may follow "reach" or "hit" ("forecast to reach £118bn ..., up from £105bn").
    expect(check('Borrowing is forecast to reach £118bn this year, or 4.1% of GDP, up from £105bn last year, a rise of 18%.\n')).toEqual([
      { kind: 'percent-change', text: '18%', related: ['£105bn', '£118bn'] },
    ]);
    expect(check('Borrowing hit £118bn this year, up from £105bn last year, a rise of 12%.\n')).toEqual([]);
    // "from 36,180 to 28,040" is read as one range; its ends are taken in the order the change went.
    expect(check('Output fell 12% from 36,180 to 28,040.\n')).toEqual([{ kind: 'percent-change', text: '12%', related: ['36,180', '28,040'] }]);
    // The direction from a noun before the percentage ("a fall of"), and a period in the sentence is no level.
    expect(check('The average bill dropped to 212 kronor a month from 229 kronor, a fall of 9.4%, in the three months to June.\n')).toEqual([
      { kind: 'percent-change', text: '9.4%', related: ['229 kronor', '212 kronor a month'] },
    ]);
    const text = 'Revenue rose 12% to £48.5m from £40.5m last year.\n';
    expect(checkArticle(text, analyzeText(text, 'plaintext'))[0].message).toBe('“12%” does not match the change from “£40.5m” to “£48.5m”: that is a rise of 19.8%');
  });

  it('checks a level against the one it went up or down from', () => {
    expect(check('Unemployment was 4.1%, up from 4.3% a month earlier.\n')).toEqual([{ kind: 'change-direction', text: '4.1%', related: ['4.3%'] }]);
    expect(check('The party won 36 seats, down from 35 in 2023.\n')).toEqual([{ kind: 'change-direction', text: '36 seats', related: ['35'] }]);
    // Past the dates of the clause, and a part of a whole: the part is the level.
    expect(check("Reform won 38 of the 101 seats in Sunday's election, down from 37 in 2023.\n")).toEqual([{ kind: 'change-direction', text: '38', related: ['37'] }]);
    expect(check('It won 250 of the 460 seats on Sunday, down from 260.\n')).toEqual([]);
    const text = 'Exports reached $3.8bn, up from $3.9bn.\n';
    expect(checkArticle(text, analyzeText(text, 'plaintext'))[0].message).toBe('“$3.8bn” is said to be up from “$3.9bn”, but it is lower');
    // Rounding, an approximate level close to the other, and a bare number (a place in a chart) are left alone.
    expect(check('Output was 2.1m tonnes, down from 2.1m. Sales were about 500 cars, down from 490. The duo came in at five, up from 13.\n')).toEqual([]);
    // "up from a record", "down from a peak of"; thousands with no noun are no place in a chart.
    expect(check('Net migration fell to 431,000 in the year to June, up from a record 906,000 two years earlier.\n')).toEqual([
      { kind: 'change-direction', text: '431,000', related: ['906,000'] },
    ]);
    expect(check('Unemployment rose to 4.1%, down from a peak of 3.9% in May.\n')).toEqual([{ kind: 'change-direction', text: '4.1%', related: ['3.9%'] }]);
    expect(check('Net migration fell to 431,000 in the year to June, down from a record 906,000.\n')).toEqual([]);
    // A floor bounds the level from below, which is enough against "down from"; a time ago frames the clause.
    expect(check('At least 21 climbers have died on the mountain since the season opened six weeks ago, officials said, down from nine on Friday.\n')).toEqual([
      { kind: 'change-direction', text: 'At least 21 climbers', related: ['nine'] },
    ]);
    expect(check('At least 21 climbers have died on the mountain since the season opened six weeks ago, officials said, up from nine on Friday.\n')).toEqual([]);
    expect(check('At least 21 climbers have died this season, up from 30 last year.\n')).toEqual([]);
    expect(check('Fewer than 40 shops remain on the street, up from 52 in 2019.\n')).toEqual([{ kind: 'change-direction', text: 'Fewer than 40 shops', related: ['52'] }]);
  });

  it('checks that the parts listed after a total do not add up to more', () => {
    expect(check('The attack killed 41 people, including 25 soldiers and 19 civilians.\n')).toEqual([
      { kind: 'parts-over-total', text: '41 people', related: ['25 soldiers', '19 civilians'] },
    ]);
    expect(check('Congress approved a $4.2bn package, including $3.2bn for defence and $1.5bn for aid.\n')).toEqual([
      { kind: 'parts-over-total', text: '$4.2bn', related: ['$3.2bn', '$1.5bn'] },
    ]);
    const text = 'The attack killed 41 people, including 25 soldiers and 19 civilians.\n';
    expect(checkArticle(text, analyzeText(text, 'plaintext'))[0].message).toBe('The parts listed after “41 people” add up to more: “25 soldiers” + “19 civilians” = 44');
    // A list that may be incomplete, rounding ("$3bn" may be $2.6bn), qualifiers and a rank before the noun are left alone.
    expect(check('The attack killed 41 people, including 25 soldiers and 16 civilians. More than 300 were hurt, including 200 children and 150 adults.\n')).toEqual([]);
    expect(check('A $4.2bn package, including $3bn for defence and $1.5bn for aid, passed. They had eight top three hits, including four number ones.\n')).toEqual([]);
    // The last part called "the other" may follow a longer first one (review20 waits.md).
    const waits = 'Of the 52,300 long waits, 31,400 were patients waiting for a bed after a decision to admit, and the other 20,900 waited for a first assessment.\n';
    expect(check(waits)).toEqual([]);
    expect(check(waits.replace('31,400', '33,400'))).toEqual([{ kind: 'parts-over-total', text: '52,300', related: ['33,400', '20,900'] }]);
    // A part's own words may hold an "and": the joint is the last one (review20 floods.txt).
    expect(check('The cabinet approved €900m in aid, including €700m for rebuilding roads and bridges and €250m for farmers.\n')).toEqual([
      { kind: 'parts-over-total', text: '€900m', related: ['€700m', '€250m'] },
    ]);
    // A sentence that opens with the total: "Of the 700 items ..., 452 rose and 288 fell".
    expect(check('Of the 700 goods in the index, 452 rose in price and 288 fell, the statistics office said.\n')).toEqual([
      { kind: 'parts-over-total', text: '700 goods', related: ['452', '288'] },
    ]);
    expect(check('Of the 700 goods in the index, 412 rose in price and 288 fell. Of the 120 passengers, 80 were British, up from 60 last year.\n')).toEqual([]);
  });

  it('"Of the 80 ferries, 52 are diesel and the rest, 38, are hybrid" was not checked (the rest read as an age), nor a rest that falls short', () => {
    expect(check('Of the 80 ferries, 52 are diesel and the rest, 28, are hybrid.\n')).toEqual([]);
    expect(check('Of the 80 ferries, 52 are diesel and the rest, 38, are hybrid.\n')).toEqual([{ kind: 'parts-over-total', text: '80 ferries', related: ['52', '38'] }]);
    // "the remaining" closes the list, so a sum below the total is flagged too, on the rest.
    expect(check('Of the 80 ferries, 52 are diesel and the remaining 28 are hybrid. Of its 64 vessels, 40 are ferries; the remaining 24 are tugs.\n')).toEqual([]);
    const short = 'Of the 80 ferries, 52 are diesel and the remaining 18 are hybrid.\n';
    expect(check(short)).toEqual([{ kind: 'parts-over-total', text: '18', related: ['80 ferries', '52'] }]);
    expect(checkArticle(short, analyzeText(short, 'markdown'))[0].message).toBe('“18” called the rest does not complete the parts before it to “80 ferries”: “52” + “18” = 70');
    expect(check('Of the 120 staff, 80 work in Riga and 20 in Tallinn; the rest, 20, work from home.\n')).toEqual([]);
    // A part after the rest ("and 10 more are on leave") leaves the list open.
    expect(check('Of the 120 staff, 80 work in Riga; the remaining 30 are part-time, and 10 more are on leave.\n')).toEqual([]);
    // "the other 60" may leave others ("while the rest work from home"): only a sum above the total is flagged.
    expect(check('Of the 300 staff, 120 work in Riga and the other 60 in Tallinn, while the rest work from home.\n')).toEqual([]);
  });

  it('leaves a change alone when it matches within the rounding of its levels, or when the pairing is unclear', () => {
    // 61.4 / 58.5 is 5.0%, but the levels are rounded to a tenth: 61.35 / 58.55 is 4.8%.
    expect(check('Sales rose 4.8% to $61.4bn from $58.5bn.\n')).toEqual([]);
    // "£4m" may be £3.5m to £4.5m: a rise of 12% to £4.8m is possible.
    expect(check('Revenue rose 12% to £4.8m from £4m.\n')).toEqual([]);
    expect(check('Profit rose 44% to $205.4m (£110m) from $142m a year earlier.\n')).toEqual([]);
    expect(check('Output fell 22.5% from 36,180 to 28,040.\n')).toEqual([]);
    // A rate per year, two clauses with their own levels, no direction.
    expect(check('The economy will grow 6% a year, from 5bn euros in 2024 to 9bn euros by 2030.\n')).toEqual([]);
    expect(check('Profit went from $3.8bn to $3.7bn, while revenue rose 4.5% to $193bn from $150bn.\n')).toEqual([]);
    expect(check('The share was 12%, and sales went from £40.5m to £48.5m.\n')).toEqual([]);
  });

  it('checks a change between two percentages in percent or in points ("from 4.2% to 5.3%, an increase of 1.1%")', () => {
    const findings = (text: string) => checkArticle(text, analyzeText(text, 'plaintext')).map((f) => f.message);
    expect(findings('Unemployment rose from 4.2% to 5.3%, an increase of 1.1%.\n')).toEqual([
      '“1.1%” is the difference in percentage points between “4.2%” and “5.3%”; as a percentage, that is a rise of 26.2%',
    ]);
    expect(findings('Turnout rose to 52.2%, up 4.4 points on 46.8% four years ago.\n')).toEqual([
      '“4.4 points” does not match the change from “46.8%” to “52.2%”: that is a rise of 5.4 percentage points',
    ]);
    // Right in percent or in points, within the rounding of integer levels, or a growth rate compared with an earlier one.
    expect(findings('Unemployment rose from 4.2% to 5.3%, an increase of 26%.\n')).toEqual([]);
    expect(findings('The rate fell to 3.5% from 4.1%, a drop of 0.6 percentage points.\n')).toEqual([]);
    expect(findings('Its share rose to 12% from 10%, up 3 points.\n')).toEqual([]);
    expect(findings('Output grew 12.4% in the year to March, down from 19% in June, and inflation fell to 3.8%.\n')).toEqual([]);
    expect(findings('Revenue climbed 9.6% to SEK 8.7bn, while the net margin widened to 11.2% from 9.8% a year earlier.\n')).toEqual([]);
    // One point in words: "a full percentage point" allows no rounding from below.
    expect(findings('The jobless rate fell to 4.6% from 5.1%, a drop of a full percentage point.\n')).toEqual([
      '“a full percentage point” does not match the change from “5.1%” to “4.6%”: that is a fall of 0.5 percentage points',
    ]);
    expect(findings('The jobless rate fell to 4.1% from 5.1%, a drop of a full percentage point.\n')).toEqual([]);
  });

  it('reads a fraction after a noun of change as a change ("an increase of about two-thirds")', () => {
    const findings = (text: string) => checkArticle(text, analyzeText(text, 'plaintext')).map((f) => f.message);
    const troops = 'The official said the army now had 500,000 troops, up from 300,000 in 2023, an increase of about two-thirds.\n';
    expect(findings(troops)).toEqual([]);
    expect(findings(troops.replace('300,000', '400,000'))).toEqual(['“about two-thirds” does not match the change from “400,000” to “500,000 troops”: that is a rise of 25%']);
  });

  it('reads "and down from" after a level set against a target as the first level\'s change', () => {
    // Missed plant (review20 waits.md): the change was read as the target's.
    const text = 'Only 71.2% of patients were seen within four hours, against a target of 78% and down from 72.5% a month earlier.\n';
    expect(check(text, 'plaintext')).toEqual([]);
    expect(check(text.replace('and down from', 'and up from'), 'plaintext')).toEqual([{ kind: 'change-direction', text: '71.2%', related: ['72.5%'] }]);
  });

  it('checks a change since a time against the level then, in a "when" clause, and the level now', () => {
    const findings = (text: string) => checkArticle(text, analyzeText(text, 'plaintext')).map((f) => f.message);
    const rates = 'Mortgage rates have fallen by about a third since their peak in 2022, when the average deal reached 6.3%; it is now 4.2%.\n';
    expect(findings(rates)).toEqual([]);
    expect(findings(rates.replace('about a third', 'about a half'))).toEqual([
      '“about a half” does not match the change from “6.3%” to “4.2%”: that is a fall of 33.3%',
    ]);
    const members = 'Membership has grown by 60% since 2015, when the party had 12,000 members; it now has 19,500.\n';
    expect(findings(members)).toEqual([]);
    expect(findings(members.replace('60%', '40%'))).toEqual(['“40%” does not match the change from “12,000 members” to “19,500”: that is a rise of 62.5%']);
    // Between two rates a percentage that is their difference is points written as percent.
    expect(findings('Mortgage rates have fallen by 2.1% since their peak in 2022, when the average deal reached 6.3%; it is now 4.2%.\n')).toEqual([
      '“2.1%” is the difference in percentage points between “6.3%” and “4.2%”; as a percentage, that is a fall of 33.3%',
    ]);
  });

  it('checks a multiple after two levels set against each other', () => {
    // Missed plant (review17 nhs.txt): "against a target of 18 minutes, three times as long".
    const text = 'Fire crews took an average of 22 minutes and 40 seconds to reach callers, against a target of 11 minutes, twice as long as they should.\n';
    expect(check(text, 'plaintext')).toEqual([]);
    expect(check(text.replace('twice', 'three times'), 'plaintext')).toEqual([{ kind: 'multiple', text: 'three times', related: ['an average of 22 minutes and 40 seconds', '11 minutes'] }]);
    expect(check('Patients waited 63 days, compared with 21 days in 2019, twice as long.\n', 'plaintext')).toEqual([{ kind: 'multiple', text: 'twice', related: ['63 days', '21 days'] }]);
    // A multiple with a level of its own is multiples()'s; one after a single level says nothing here.
    expect(check('Patients waited 63 days, three times as long as the 21 days of 2019.\n', 'plaintext')).toEqual([]);
    expect(check('Patients waited 63 days, twice as long as before.\n', 'plaintext')).toEqual([]);
  });

  it('"twice as long as its predecessor: 240 metres against 150" was not checked (levels after a colon)', () => {
    expect(check('The ship is twice as long as its predecessor: 240 metres against 120.\n', 'plaintext')).toEqual([]);
    const text = 'The ship is twice as long as its predecessor: 240 metres against 150.\n';
    expect(check(text, 'plaintext')).toEqual([{ kind: 'multiple', text: 'twice', related: ['240 metres', '150'] }]);
    expect(checkArticle(text, analyzeText(text, 'plaintext'))[0].message).toBe('“twice” does not match “240 metres” against “150”: that is 1.6 times');
    expect(check('The new tower is half as tall as the old one: 75 metres against 150 metres.\n', 'plaintext')).toEqual([]);
    expect(check('The new tower is half as tall as the old one: 60 metres against 150 metres.\n', 'plaintext')).toEqual([{ kind: 'multiple', text: 'half', related: ['60 metres', '150 metres'] }]);
    // Two counts, one with no noun of its own.
    expect(check('The new stand holds 12,000 fans, three times as many as the old one: 12,000 against 4,000.\n', 'plaintext')).toEqual([]);
    expect(check('The new stand holds 12,000 fans, three times as many as the old one: 12,000 against 6,000.\n', 'plaintext')).toEqual([{ kind: 'multiple', text: 'three times', related: ['12,000', '6,000'] }]);
    // Levels of different units, or a multiple with no colon before its levels, are not read here.
    expect(check('The bridge is three times as long as the old one: 1.2km against 900 metres.\n', 'plaintext')).toEqual([]);
  });

  it('"At 240 metres, the ship is twice as long as its 150-metre predecessor" was not checked ("as long as", a level opening the sentence)', () => {
    expect(check('At 240 metres, the ship is twice as long as its 120-metre predecessor.\n', 'plaintext')).toEqual([]);
    expect(check('At 240 metres, the ship is twice as long as its 150-metre predecessor.\n', 'plaintext')).toEqual([{ kind: 'multiple', text: 'twice', related: ['240 metres', '150-metre'] }]);
    expect(check('At 80 metres, the new tower is twice as tall as its 50-metre neighbour.\n', 'plaintext').map((f) => f.text)).toEqual(['twice']);
    expect(check('At 240 metres, the ship is twice as long as its predecessor.\n', 'plaintext')).toEqual([]);
  });

  it('checks a multiple of a level named earlier by its noun', () => {
    // Missed plant (review20 floods.txt): "more than ten times the aid" two paragraphs after "€900m in aid".
    const text = 'The government approved €900m in aid, including €600m for roads.\n\nDamage in 2023 was estimated at €8.5bn, more than five times the aid approved this week.\n';
    expect(check(text, 'plaintext')).toEqual([]);
    expect(check(text.replace('more than five times', 'more than ten times'), 'plaintext')).toEqual([
      { kind: 'multiple', text: 'more than ten times', related: ['€8.5bn', '€900m'] },
    ]);
    // No earlier level named so: nothing to compare.
    expect(check(text.replace('more than five times the aid', 'more than ten times the budget'), 'plaintext')).toEqual([]);
  });

  it('checks a multiple of "that", the level now of the sentence before', () => {
    const text = 'Moscow now has 600,000 troops in Ukraine, up from 360,000 in 2023. The Baltic states\' armed forces, 70,000 active troops, are less than an eighth of that.\n';
    expect(check(text, 'plaintext')).toEqual([]);
    // Against 360,000, the level it came from, 70,000 would be 19%: "that" is the level now.
    expect(check(text.replace('70,000 active', '90,000 active'), 'plaintext')).toEqual([
      { kind: 'multiple', text: 'less than an eighth', related: ['90,000 active troops', '600,000 troops'] },
    ]);
  });

  it('checks a multiple after what its level is spent on', () => {
    // Missed plant (review20 waits.md): "47 minutes to reach heart attack and stroke patients, more than three times".
    const text = 'Crews took an average of 41 minutes to reach heart attack and stroke patients, more than twice the 18-minute target.\n';
    expect(check(text, 'plaintext')).toEqual([]);
    expect(check(text.replace('more than twice', 'more than three times'), 'plaintext')).toEqual([
      { kind: 'multiple', text: 'more than three times', related: ['an average of 41 minutes', '18-minute'] },
    ]);
    // Another clause between is not what the level is spent on.
    expect(check('Crews took 41 minutes to reach patients, while the rules allow three times the 18-minute target.\n', 'plaintext')).toEqual([]);
  });

  it('checks a multiple against the two levels it relates', () => {
    expect(check('Cases rose to 2,911, nearly six times the 768 recorded in 2025.\n')).toEqual([{ kind: 'multiple', text: 'nearly six times', related: ['2,911', '768'] }]);
    expect(check('The 212,000 jobs added in March were twice the 75,000 forecast.\n')).toEqual([{ kind: 'multiple', text: 'twice', related: ['212,000 jobs', '75,000'] }]);
    // Within rounding ("three times" for 2.8), and levels in other clauses, are left alone.
    expect(check('Cases rose to 2,911, nearly four times the 768 recorded in 2025.\n')).toEqual([]);
    expect(check('Sales hit 2,800, three times as many as the 1,000 sold in 2024.\n')).toEqual([]);
    expect(check('The firm sold 300 cars and plans to make twice the 100 vans.\n')).toEqual([]);
    // A time the level is for may stand before the comma; the level after may be "the 2023 figure of".
    expect(check('Cases rose to 2,911 in the 12 months to October, roughly four times the 2023 figure of 485.\n')).toEqual([
      { kind: 'multiple', text: 'roughly four times', related: ['2,911', '485'] },
    ]);
    expect(check('Cases rose to 2,911 last year, six times the 485 recorded in 2023.\n')).toEqual([]);
    expect(check('Exports hit £9m in 2025, three times last year\'s total of £5m.\n')).toEqual([
      { kind: 'multiple', text: 'three times', related: ['£9m', '£5m'] },
    ]);
    // Durations and measures, with a bare number after the multiple.
    expect(check('Permits take 120 days in Italy, nearly four times the 41 in Poland.\n')).toEqual([
      { kind: 'multiple', text: 'nearly four times', related: ['120 days', '41'] },
    ]);
    expect(check('Permits take 120 days in Italy, nearly three times the 41 in Poland.\n')).toEqual([]);
    // A place may come between a level and its multiple, but the level after must count the same thing.
    expect(check('The firm sold 300 cars in Germany, four times the 45 vans it sold.\n')).toEqual([]);
    // Rates are levels too, and the level after may be "the national rate of", "the previous record of".
    expect(check('Joblessness in the valley is 7.2%, more than double the national rate of 4.4%.\n')).toEqual([
      { kind: 'multiple', text: 'more than double', related: ['7.2%', '4.4%'] },
    ]);
    expect(check('Joblessness in the valley is 7.2%, more than double the national rate of 3.4%.\n')).toEqual([]);
    expect(check('The penalty of $2.3bn is almost four times the previous record of $900m.\n')).toEqual([
      { kind: 'multiple', text: 'almost four times', related: ['$2.3bn', '$900m'] },
    ]);
    expect(check('The penalty of $2.3bn is almost four times the previous record of $600m.\n')).toEqual([]);
    // What the level is called may stand between: "is the largest of its kind, almost four times".
    expect(check('The penalty of $2.3bn is the largest of its kind, almost four times the previous record of $900m.\n').map((f) => f.text)).toEqual(['almost four times']);
    expect(check('The penalty of $2.3bn is the largest of its kind, almost four times the previous record of $600m.\n')).toEqual([]);
    // A season the level is for may stand before the comma.
    expect(check('The food bank helped 12,400 families last winter, twice as many as the 8,100 it helped two years ago.\n')).toEqual([
      { kind: 'multiple', text: 'twice', related: ['12,400 families', '8,100'] },
    ]);
  });

  it('checks a fraction and a qualified multiple against the two levels', () => {
    // "less than half" was read as half (600,000 of 1.5 million, 40%, was flagged), and "a third" not at all.
    expect(check('Output fell to 600,000 tonnes, less than half the 1.5 million tonnes of a normal year.\n')).toEqual([]);
    expect(check('Output fell to 864,000 tonnes, less than half the 1.5 million tonnes of a normal year.\n')).toEqual([
      { kind: 'multiple', text: 'less than half', related: ['864,000 tonnes', '1.5 million tonnes'] },
    ]);
    const text = 'Output fell to 664,000 tonnes last season, less than a third of the 1.5 million tonnes of a normal year.\n';
    expect(check(text)).toEqual([{ kind: 'multiple', text: 'less than a third', related: ['664,000 tonnes', '1.5 million tonnes'] }]);
    expect(checkArticle(text, analyzeText(text, 'markdown'))[0].message).toBe('“less than a third” does not match “664,000 tonnes” against “1.5 million tonnes”: that is 44.3% of it');
    expect(check('Output fell to 520,000 tonnes, about a third of the 1.5 million tonnes of a normal year.\n')).toEqual([]);
    expect(check('Sales reached 5,000 cars, more than twice the 2,000 sold in 2023.\n')).toEqual([]);
    expect(check('Sales reached 3,000 cars, more than twice the 2,000 sold in 2023.\n')).toEqual([
      { kind: 'multiple', text: 'more than twice', related: ['3,000 cars', '2,000'] },
    ]);
  });

  it('checks an amount restated per another period', () => {
    expect(check('The NHS gets an extra £6.6bn next year, about £227m a week.\n')).toEqual([{ kind: 'rate', text: 'about £227m a week', related: ['£6.6bn'] }]);
    expect(check('The levy raises £24bn a year, or £3bn a month.\n')).toEqual([{ kind: 'rate', text: '£3bn a month', related: ['£24bn a year'] }]);
    // A bound restates one side: "or more than £6,400 a week" is above the £4,465 a week of £233,000 a year.
    expect(check('The fraud cost taxpayers about £233,000 a year, or more than £6,400 a week.\n')).toEqual([
      { kind: 'rate', text: 'more than £6,400 a week', related: ['about £233,000 a year'] },
    ]);
    expect(check('The fraud cost taxpayers about £233,000 a year, or more than £4,400 a week.\n')).toEqual([]);
    // The period may be named before the amount: "weekly earnings reached £712".
    expect(check('Average weekly earnings reached £712, about £47,000 a year.\n')).toEqual([{ kind: 'rate', text: 'about £47,000 a year', related: ['£712'] }]);
    expect(check('Average weekly earnings reached £712, about £37,000 a year. The typical monthly rent is £1,250, or £15,000 a year.\n')).toEqual([]);
    const text = 'The levy raises £24bn a year, or £3bn a month.\n';
    expect(checkArticle(text, analyzeText(text, 'plaintext'))[0].message).toBe('“£3bn a month” does not match “£24bn a year”: that is about £2bn a month');
    // Right to the rounding, and another price offered with a bare "or", are left alone.
    expect(check('The NHS gets an extra £6.6bn next year, about £127m a week.\n')).toEqual([]);
    expect(check('The service costs £4.99 per month or £50 per year.\n')).toEqual([]);
    // A year named after what the money is for; "£1bn" is about £1bn, not £0.5bn to £1.5bn.
    expect(check('The trust will spend £1bn on urgent care next year, about £20m a week.\n')).toEqual([]);
    expect(check('The trust will spend £1bn on urgent care next year, about £30m a week.\n')).toEqual([{ kind: 'rate', text: 'about £30m a week', related: ['£1bn'] }]);
    // The year it starts may stand between.
    expect(check('The cuts will save about SEK 6bn a year from 2027, or SEK 500m a month.\n')).toEqual([]);
    expect(check('The cuts will save about SEK 6bn a year from 2027, or SEK 800m a month.\n').map((f) => f.text)).toEqual(['SEK 800m a month']);
  });

  it('flags a part larger than the whole it is of', () => {
    expect(check('The samples held 24 of the 20 amino acids that life uses.\n')).toEqual([{ kind: 'parts-over-total', text: '24', related: ['20 amino acids'] }]);
    expect(check('The samples held 14 of the 20 amino acids, and the Greens won 3 of its 2,000 seats.\n')).toEqual([]);
    // Rounding and qualifiers: "about 1,000 of the 950" may be fewer than 950.
    expect(check('About 1,000 of the 950 staff signed the letter.\n')).toEqual([]);
  });

  it('checks a weekday against the date beside it, and needs a dateline to check relative times', () => {
    const dated = '---\ndate: 2026-02-20\n---\nThe talks ended on Tuesday, Feb. 18, without a deal.\n';
    expect(check(dated)).toEqual([{ kind: 'relative-time', text: 'on Tuesday', related: ['Feb. 18'] }]);
    expect(check('---\ndate: 2026-02-20\n---\nThe talks ended on Tuesday, Feb. 17, without a deal.\n')).toEqual([]);
    // The dateline is not a date the words after it state ("GENEVA, Jan. 14, 2027 - Last year was" was flagged).
    expect(check('GENEVA, Jan. 14, 2027 - Last year was the hottest on record, and 2025 the second.\n')).toEqual([]);
    // A weekday ahead is the coming one ("will meet on Friday, June 5" in a Wednesday article was a false alarm).
    expect(check('---\ndate: 2026-06-03\n---\nEnvoys will meet on Friday, June 5, in Geneva.\n')).toEqual([]);
    expect(check('---\ndate: 2026-06-03\n---\nEnvoys will meet on Friday, June 6, in Geneva.\n')).toEqual([{ kind: 'relative-time', text: 'on Friday', related: ['June 6'] }]);
    expect(check('The last strike, 11 years ago in 2013, lasted nine days.\n')).toEqual([]);
    // A weekday with its date is that date's weekday, however far from the dateline ("began on
    // Friday, Feb. 27" in an article of Tuesday 10 March was flagged as the Friday before, March 6).
    expect(check('---\ndate: 2026-03-10\n---\nThe strike began on Friday, Feb. 27, and ended on Monday 9 March.\n')).toEqual([]);
    const wrong = '---\ndate: 2026-03-10\n---\nThe strike began on Thursday, Feb. 27.\n';
    expect(checkArticle(wrong, analyzeText(wrong, 'markdown')).map((f) => f.message)).toEqual(['“on Thursday” does not match “Feb. 27” beside it, which is a Friday (2026-02-27)']);
  });

  it('reads a qualified time ago as a bound on the year beside it', () => {
    // Regression (review20 waits.md): "more than a decade ago" in an article of 2027 was taken for 2017 and flagged against July 2015.
    const dated = (phrase: string) => `---\ndate: 2027-03-12\n---\nThe target was last met in July 2015, ${phrase}.\n`;
    expect(check(dated('more than a decade ago'))).toEqual([]);
    expect(check(dated('less than a decade ago'))).toEqual([{ kind: 'relative-time', text: 'less than a decade ago', related: ['July 2015'] }]);
    expect(check(dated('almost a decade ago'))).toEqual([{ kind: 'relative-time', text: 'almost a decade ago', related: ['July 2015'] }]);
    expect(check(dated('about 11 years ago'))).toEqual([]);
  });

  it('checks "a year ago" against the year beside it, but not a month named alone, whose year is a guess', () => {
    const dated = '---\ndate: 2026-02-20\n---\nThe plant shut a year ago, in 2024. It reopened in May 2025, and since January last year, 2025 output rose.\n';
    expect(check(dated)).toEqual([{ kind: 'relative-time', text: 'a year ago', related: ['2024'] }]);
    // "January" alone is given 2026, the year nearest the article's date; "a year ago" (2025) is no contradiction of it.
    expect(check('---\ndate: 2026-02-20\n---\nThe plant shut a year ago, in January.\n')).toEqual([]);
  });

  it('flags a measure whose conversion in brackets does not match it', () => {
    const text = 'The town recorded 46.2C (105.2F) on Tuesday. Fires have burned 25,000 hectares (25,000 acres) since Friday. Highs of 38C to 40C (100F to 114F) are forecast.\n';
    expect(check(text)).toEqual([
      { kind: 'conversion', text: '105.2F', related: ['46.2C'] },
      { kind: 'conversion', text: '25,000 acres', related: ['25,000 hectares'] },
      { kind: 'conversion', text: '100F to 114F', related: ['38C to 40C'] },
    ]);
    expect(checkArticle(text, analyzeText(text, 'markdown')).map((f) => f.message)).toEqual([
      '“105.2F” does not match “46.2C”, which is about 115.2F',
      '“25,000 acres” does not match “25,000 hectares”, which is about 61,800 acres',
      '“100F to 114F” does not match “38C to 40C”, which is about 100F to 104F',
    ]);
    // A temperature's 1% is of its degrees, not of the other scale's reading (missed plant, review18 heat.txt).
    expect(check('The old record of 45.2C (114.4F) was set in 1965.\n')).toEqual([{ kind: 'conversion', text: '114.4F', related: ['45.2C'] }]);
    expect(check('The old record of 45.2C (113.4F) was set in 1965. Nights stayed above 25C (77F). It fell to -5C (23F).\n')).toEqual([]);
  });

  it('leaves conversions rounded as writers round them, temperature differences and other brackets alone', () => {
    for (const text of [
      'The border runs about 1,340 kilometres (830 miles) through forest.',
      'The fires burned an estimated 25,000 hectares (62,000 acres).',
      'The wall is 8 metres (26ft) high and the park covers 120 square kilometres (46 square miles).',
      'A 5-mile (8km) stretch was closed; the limit is 120km/h (75mph).',
      'The region has warmed by about 1.5C (2.7F) since 1900.',
      'It reached 46C (115F), the highest in the country.',
      'The barge carried 3,000 tonnes (3,300 tons) of grain.',
      'Profit was SEK 2,104 million (3,398).',
      'The fund is worth £3.24bn ($4.1bn).',
    ]) {
      expect(check(text), text).toEqual([]);
    }
  });
});
