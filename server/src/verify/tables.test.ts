import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analysis/analyze.js';
import { checkArticle } from './article.js';
import { pipeTables, tableText, tableTotals } from './tables.js';

/** The table findings of a Markdown article, as kind, text and the related cells' texts. */
function check(markdown: string) {
  return tableTotals(markdown, analyzeText(markdown, 'markdown').figures).map((f) => ({ kind: f.kind, text: f.text, related: f.related.map((r) => r.text) }));
}

const results = (shares: string[], seats: string[], total?: [string, string]) =>
  [
    'The party won the most seats.',
    '',
    '| Party | Vote share (%) | Seats |',
    '|:---|---:|---:|',
    `| Liberal Union | ${shares[0]} | ${seats[0]} |`,
    `| Workers' Party | ${shares[1]} | ${seats[1]} |`,
    `| Greens | ${shares[2]} | ${seats[2]} |`,
    ...(total ? [`| **Total** | ${total[0]} | ${total[1]} |`] : [`| Others | ${shares[3]} | ${seats[3]} |`]),
    '',
  ].join('\n');

describe('pipe tables', () => {
  it('reads the header and body cells with their places', () => {
    const text = 'Intro.\n\n| a | b \\| c |\n|---|---|\n| 1 | 2 |\n\nAfter.\n';
    const [table] = pipeTables(text);
    expect(table.header.map((c) => c.text)).toEqual(['a', 'b \\| c']);
    expect(table.rows.map((row) => row.map((c) => text.slice(c.start, c.end)))).toEqual([['1', '2']]);
    expect(pipeTables('A line with a | pipe.\nAnother line.\n')).toEqual([]);
  });
});

describe('table totals', () => {
  it('flags shares of one whole that do not add up to 100%', () => {
    expect(check(results(['41.2', '30.5', '18.1', '13.0'], ['60', '44', '25', '12']))).toEqual([
      { kind: 'table-total', text: 'Vote share (%)', related: ['41.2', '30.5', '18.1', '13.0'] },
    ]);
    // Within the rounding of the cells (99.9), and a column without a row for the rest, are left alone.
    expect(check(results(['41.2', '30.5', '18.1', '10.1'], ['60', '44', '25', '12']))).toEqual([]);
    expect(check(results(['33', '33', '33', '2'], ['60', '44', '25', '12']))).toEqual([]);
    const growth = '| Year | Growth (%) |\n|---|---|\n| 2023 | 41 |\n| 2024 | 38 |\n| 2025 | 35 |\n';
    expect(check(growth)).toEqual([]);
  });

  it('flags a total row that the rows above do not add up to', () => {
    expect(check(results(['41.2', '30.5', '18.1'], ['60', '44', '25'], ['89.8', '131']))).toEqual([
      { kind: 'table-total', text: '131', related: ['60', '44', '25'] },
    ]);
    expect(check(results(['41.2', '30.5', '18.1'], ['60', '44', '25'], ['89.8', '129']))).toEqual([]);
    // Money with its column's unit: £1.35bn + £0.8bn is £2.15bn, and "2.2" allows it.
    const budget = '| Item | Cost (£bn) |\n|---|---|\n| Roads | 1.35 |\n| Rail | 0.8 |\n| Total | 2.2 |\n';
    expect(check(budget)).toEqual([]);
    expect(check(budget.replace('| Total | 2.2 |', '| Total | 2.5 |'))).toEqual([{ kind: 'table-total', text: '2.5', related: ['1.35', '0.8'] }]);
    // "Combined" totals a merger's two companies.
    const merger = '| Company | Staff |\n|---|---|\n| Ardent | 12,500 |\n| Byre | 8,400 |\n| Combined | 23,000 |\n';
    expect(check(merger)).toEqual([{ kind: 'table-total', text: '23,000', related: ['12,500', '8,400'] }]);
    expect(check(merger.replace('23,000', '20,900'))).toEqual([]);
    // The sum is written as the column writes its numbers, not in pounds.
    const wrong = budget.replace('| Total | 2.2 |', '| Total | 2.5 |');
    expect(tableTotals(wrong, analyzeText(wrong, 'markdown').figures)[0].message).toBe('“2.5” in the row “Total” of “Cost (£bn)” does not match the rows above it: they add up to 2.15');
  });

  it('flags counts down to "Others" that do not add up to the whole the article states', () => {
    const table = (seats: string[], intro: string) => results(['41.2', '30.5', '18.1', '10.2'], seats).replace('The party won the most seats.', intro);
    expect(check(table(['60', '44', '25', '12'], 'The Liberal Union won 60 of the 140 seats.'))).toEqual([
      { kind: 'table-total', text: 'Seats', related: ['140 seats', '60', '44', '25', '12'] },
    ]);
    expect(check(table(['60', '44', '25', '11'], 'The Liberal Union won 60 of the 140 seats.'))).toEqual([]);
    // "the 140-seat chamber" states it too; two different wholes, or none, leave the column alone.
    expect(check(table(['60', '44', '25', '12'], 'The Liberal Union won 60 seats in the 140-seat chamber.'))).toHaveLength(1);
    expect(check(table(['60', '44', '25', '12'], 'It won 60 of the 140 seats, up from 50 of the 150 seats.'))).toEqual([]);
    expect(check(table(['60', '44', '25', '12'], 'The Liberal Union won 60 seats.'))).toEqual([]);
  });

  it('says what the rows add up to, and runs with the article checks', () => {
    const text = results(['41.2', '30.5', '18.1'], ['60', '44', '25'], ['89.8', '131']);
    const findings = checkArticle(text, analyzeText(text, 'markdown'));
    expect(findings.map((f) => f.message)).toEqual(['“131” in the row “**Total**” of “Seats” does not match the rows above it: they add up to 129']);
  });
});

/** The findings of the article's words against its tables, as the prose figure and the cell. */
function checkText(markdown: string) {
  return tableText(markdown, analyzeText(markdown, 'markdown').figures).map((f) => [f.text, f.related[0].text]);
}

describe('table against text', () => {
  const poll = (sentence: string) => `${sentence}\n\n| Party | Share | Change |\n|---|---|---|\n| Labour | 29% | -2 |\n| Conservative | 25% | +1 |\n| Others | 46% | +1 |\n`;
  const league = (sentence: string) => `${sentence}\n\n| Pos | Team | P | Pts |\n|---|---|---|---|\n| 1 | Riverside | 19 | 45 |\n| 2 | Eastport | 19 | 38 |\n`;

  it('flags a figure that names a row and disagrees with its cell', () => {
    expect(checkText(poll('The survey puts Labour on 31%, down two points from a fortnight ago.'))).toEqual([['31%', '29%']]);
    expect(checkText(poll('The survey puts Labour on 29% and the Conservatives on 27%.'))).toEqual([['27%', '25%']]);
    // The name is found after a "Pos" column, and the unit comes from "Pts".
    expect(checkText(league('Riverside have 47 points from 19 matches, Eastport 38 from 19.'))).toEqual([['47 points', '45']]);
    expect(checkText(league('Riverside have 45 points from 19 matches, Eastport 38 from 19.'))).toEqual([]);
    // It runs with the article's other checks.
    const text = poll('The survey puts Labour on 31%.');
    expect(checkArticle(text, analyzeText(text, 'markdown')).map((f) => f.message)).toEqual(['“31%” for Labour does not match “29%” in the table\'s “Share” column']);
  });

  it('reads a list of one row\'s figures, and whole counts exactly', () => {
    const result = (sentence: string) => `${sentence}\n\n| Party | Vote share | Seats | Change |\n|---|---|---|---|\n| Civic Union | 27.4% | 44 | +9 |\n| Greens | 11.8% | 19 | −2 |\n| Others | 60.8% | 87 | −7 |\n`;
    // "45" against "44": two whole counts one apart disagree (their roundings touched at 44.5).
    expect(checkText(result('Civic Union won 45 seats.'))).toEqual([['45 seats', '44']]);
    // The second figure of a list after the row's name: "and 45 of the 150 seats".
    expect(checkText(result('Civic Union won 27.4% of the vote and 45 of the 150 seats.'))).toEqual([['45', '44']]);
    expect(checkText(result('Civic Union won 27.4% of the vote and 44 of the 150 seats.'))).toEqual([]);
    // A list does not carry the name past another name or a clause.
    expect(checkText(result('Civic Union won 27.4% of the vote, while another party took 45 of the 150 seats.'))).toEqual([]);
    // A place in the result between the name and the figures (missed plants, review18 vote.md).
    expect(checkText(result('The Greens came second with 12.8% and 19 seats.'))).toEqual([['12.8%', '11.8%']]);
    expect(checkText(result('The Greens came second with 11.8% and 21 seats.'))).toEqual([['21 seats', '19']]);
    expect(checkText(result('The Greens came second with 11.8% and 19 seats.'))).toEqual([]);
    // A relative clause about the row between its name and the figures (missed plant, review18 vote.md).
    expect(checkText(result('The Greens Party, which draws much of its support from students, slumped to 11.8% and 17 seats.'))).toEqual([['17 seats', '19']]);
    expect(checkText(result('The Greens, who lost both their mayors this spring, slumped to 12.8% and 19 seats.'))).toEqual([['12.8%', '11.8%']]);
    expect(checkText(result('The Greens, who lost both their mayors this spring, slumped to 11.8% and 19 seats.'))).toEqual([]);
  });

  it('reads a change in the words against the row\'s change column, with its sign', () => {
    const forces = (change: string) => `The Metropolitan Police recorded 12,340 offences, down 6% on the previous year.\n\n| Force | Offences | Change |\n|---|---|---|\n| Metropolitan | 12,340 | ${change} |\n| West Midlands | 5,120 | +9% |\n`;
    expect(checkText(forces('−6%'))).toEqual([]);
    expect(checkText(forces('+6%'))).toEqual([['6%', '6%']]);
    expect(checkText(forces('−4%'))).toEqual([['6%', '−4%']]);
    // A cell with no sign says no direction.
    expect(checkText(forces('6%'))).toEqual([]);
    const text = forces('+6%');
    expect(checkArticle(text, analyzeText(text, 'markdown')).map((f) => f.message)).toEqual(['“6%” down for Metropolitan does not match “+6%” in the table\'s “Change” column']);
  });

  it('reads a body named in full and a bare number of the one column of counts', () => {
    const forces = (sentence: string) => `${sentence}\n\n| Force | Offences | Change |\n|---|---|---|\n| Metropolitan | 12,340 | −6% |\n| West Midlands | 5,120 | +9% |\n`;
    // "West Midlands Police recorded 5,420": the rest of the body's name, a linking verb, a bare count;
    // the clause before ("on the previous year") frames its own figure only.
    expect(checkText(forces('The Metropolitan Police recorded 12,340 offences, down 6% on the previous year, while West Midlands Police recorded 5,420.'))).toEqual([['5,420', '5,120']]);
    expect(checkText(forces('The Metropolitan Police recorded 12,340 offences, down 6% on the previous year, while West Midlands Police recorded 5,120.'))).toEqual([]);
    // Two columns of counts: a bare number may be of either.
    expect(checkText('West Midlands Police recorded 5,420.\n\n| Force | Offences | Officers |\n|---|---|---|\n| Metropolitan | 12,340 | 33,000 |\n| West Midlands | 5,120 | 6,900 |\n')).toEqual([]);
  });

  it('leaves alone a figure of another time, group or quantity', () => {
    expect(checkText(poll('Labour was on 31% a fortnight ago.'))).toEqual([]);
    expect(checkText(poll('Among voters under 25, Labour is on 38%.'))).toEqual([]);
    expect(checkText(poll('In Wales Labour is on 38%.'))).toEqual([]);
    // A word between that is no link ("bids", "moved") says the figure is something else.
    expect(checkText(league('Riverside moved seven points clear.'))).toEqual([]);
    const sales = '# Ardent bids £3.1bn for Byre\n\n| Company | Sales (£bn) |\n|---|---|\n| Ardent | 4.6 |\n| Byre | 2.8 |\n';
    expect(checkText(sales)).toEqual([]);
    // With the heading's word in the sentence, other words may stand between, two at most.
    expect(checkText(sales + '\nArdent sales reached £5.6bn.\n')).toEqual([['£5.6bn', '4.6']]);
    expect(checkText(sales + '\nArdent reported annual sales of £5.6bn.\n')).toEqual([]);
    // Two columns of one unit: the words may mean either.
    const twoYears = '| Party | 2019 | 2024 |\n|---|---|---|\n| Labour | 32% | 34% |\n| Reform | 2% | 14% |\n\nLabour won 33%.\n';
    expect(checkText(twoYears)).toEqual([]);
  });
});
