import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze.js';
import { columnUnit } from './tableUnits.js';

/** The figures of a Markdown text as [text, kind, value, unit]. */
function figuresOf(markdown: string) {
  return analyzeText(markdown, 'markdown').figures.map((f) => [f.text, f.kind, f.value, f.unit]);
}

describe('units from a table column header', () => {
  it('reads the unit of the header\'s last bracket, or after a comma', () => {
    expect(columnUnit('Solar added (GW)')).toEqual({ prefix: '', suffix: ' GW', header: 'Solar added (GW)' });
    expect(columnUnit('Cost (€bn)')).toEqual({ prefix: '€', suffix: 'bn', header: 'Cost (€bn)' });
    expect(columnUnit('Budget (USD m)')).toEqual({ prefix: '', suffix: 'm USD', header: 'Budget (USD m)' });
    expect(columnUnit('Turnout (per cent)')).toMatchObject({ suffix: '%' });
    expect(columnUnit('Price, $')).toMatchObject({ prefix: '$', suffix: '' });
    expect(columnUnit('Population (millions)')).toMatchObject({ suffix: ' million' });
    // A bracket that is no unit leaves the words before it.
    expect(columnUnit('Deaths (2024)')).toMatchObject({ suffix: ' deaths', header: 'Deaths (2024)' });
    expect(columnUnit('Team (2024 champions)')).toMatchObject({ suffix: ' team' });
    expect(columnUnit('Figures for the whole region (2024 est.)')).toBeNull();
  });

  it('reads a header of a few words as what the column counts, when the finder makes a count of it', () => {
    const table = '| Party | Votes | Seats | Change |\n|---|---|---|---|\n| Greens | 29,400 | 41 | 3 |\n';
    expect(figuresOf(table)).toEqual([
      ['29,400', 'count', 29400, 'vote'],
      ['41', 'count', 41, 'seat'],
      ['3', 'count', 3, 'seat'],
    ]);
  });

  it('reads a column of changes in the unit of the column before it, its sign as the direction', () => {
    // "-6" under "Change" beside "Seats" was a count of nothing.
    const table = '| Party | Seats | Change | +/- |\n|---|---|---|---|\n| Greens | 41 | -6 | +2 |\n';
    const figures = analyzeText(table, 'markdown').figures;
    expect(figures.map((f) => [f.text, f.value, f.unit, f.change ?? null])).toEqual([
      ['41', 41, 'seat', null],
      ['-6', -6, 'seat', 'decrease'],
      ['2', 2, null, null],
    ]);
    // Beside a column of percentages a change is in points; "+1" was "1 share", its sign lost.
    const poll = '| Party | Share | Change |\n|---|---|---|\n| Labour | 29% | -2 |\n| Green | 8% | +1 |\n';
    expect(analyzeText(poll, 'markdown').figures.map((f) => [f.text, f.value, f.unit, f.change ?? null])).toEqual([
      ['29%', 29, '%', null],
      ['-2', -2, 'pp', 'decrease'],
      ['8%', 8, '%', null],
      ['+1', 1, 'pp', 'increase'],
    ]);
    // Beside a column with no unit, a change stays a bare number.
    expect(figuresOf('| Party | W | Change |\n|---|---|---|\n| Greens | 4 | -1 |\n')).toEqual([
      ['4', 'count', 4, null],
      ['-1', 'count', -1, null],
    ]);
  });

  it('reads a league table: places as ranks, "Pts" as points, and no units from one-letter headers', () => {
    const table = '| Pos | Team | P | W | D | L | GD | Pts |\n|---|---|---|---|---|---|---|---|\n| 1 | Riverside | 31 | 21 | 7 | 3 | 38 | 70 |\n';
    expect(figuresOf(table)).toEqual([
      ['1', 'ordinal', 1, null],
      ['31', 'count', 31, null],
      ['21', 'count', 21, null],
      ['7', 'count', 7, null],
      ['3', 'count', 3, null],
      ['38', 'count', 38, null],
      ['70', 'count', 70, 'point'],
    ]);
    // A unit of two or three letters is still the column's unit.
    expect(figuresOf('| Plant | GW | km |\n|---|---|---|\n| Hornsea | 2.9 | 120 |\n')).toEqual([
      ['2.9', 'measure', 2.9, 'GW'],
      ['120', 'measure', 120, 'km'],
    ]);
  });

  it('gives a bare number in a cell its column\'s unit, and leaves other cells alone', () => {
    const table = [
      'Output grew.',
      '',
      '| Year | Wind added (GW) | Cost (£bn) | Share (%) | Homes (millions) | Notes |',
      '|---|---|---|---|---|---|',
      '| 2024 | 12.5 | 1.8 | 31 | 2.4 | 12 turbines |',
      '',
    ].join('\n');
    expect(figuresOf(table)).toEqual([
      ['2024', 'date', 2024, 'year'],
      ['12.5', 'measure', 12.5, 'GW'],
      ['1.8', 'money', 1.8e9, 'GBP'],
      ['31', 'percent', 31, '%'],
      ['2.4', 'count', 2.4e6, null],
      ['12 turbines', 'count', 12, 'turbine'],
    ]);
    expect(analyzeText(table, 'markdown').figures[1].context).toBe('Wind added (GW)');
  });

  it('keeps each table\'s own headers, and the header row\'s own numbers as they are', () => {
    const tables = [
      '| Plant | Output (MW) |',
      '|---|---|',
      '| North | 450 |',
      '',
      'Between the tables.',
      '',
      '| Plant | Staff (thousands) |',
      '|---|---|',
      '| North | 450 |',
      '',
    ].join('\n');
    expect(figuresOf(tables)).toEqual([
      ['450', 'measure', 450, 'MW'],
      ['450', 'count', 450000, null],
    ]);
  });
});
