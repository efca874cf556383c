import { tokenize } from '../tokens.js';
import type { Figure } from '../types.js';
import { findFigures } from './findFigures.js';
import { unitBySpelling } from './lexicon.js';

/** Where a block sits in a Markdown table: row 0 is the header row. */
export interface TableCell {
  /** The table's index in its chunk, so that two tables do not share headers. */
  table: number;
  row: number;
  column: number;
}

/** How a column header turns a bare number into a figure: the text written before and after it. */
export interface ColumnUnit {
  prefix: string;
  suffix: string;
  /** The header as written, for the hover ("Solar added (GW)"). */
  header: string;
  /** The column holds places in a ranking ("Pos", "Rank"): its whole numbers are ordinals. */
  rank?: true;
  /** The column holds changes of the column before it ("Seats", then "Change" or "+/-"): a sign says which way. */
  change?: true;
}

/** Headers of a column of changes in the quantity of the column before it. */
const changeHeader = /^(?:change|chg\.?|net\s+change|\+\s*\/\s*[-–−]|±|diff\.?|difference|gain\/loss|change\s+(?:on|since|from)\s+\d{4})$/i;

/** Whether a header names changes of the column before it: "Change", "+/-", "Change on 2023". */
export function isChangeHeader(header: string): boolean {
  return changeHeader.test(header.replace(/\s+/g, ' ').trim());
}

const scaleWords = /^(?:m|mn|bn|k|tn|million|millions|billion|billions|thousand|thousands|trillion|trillions|000s|'000|’000)$/i;
const scaleOf: Record<string, string> = { millions: ' million', billions: ' billion', thousands: ' thousand', trillions: ' trillion', '000s': ' thousand', "'000": ' thousand', '’000': ' thousand' };
/** A column of shares: "Share (%)", "Turnout (per cent)". */
const percentUnit = /^(?:%|per\s*cent|percent|pct)$/i;

/**
 * The unit a column header gives its numbers, from its last bracketed part ("Solar added (GW)",
 * "Spending (£bn)", "Share (%)", "Population (millions)") or a unit after a comma ("Price, $").
 * Newsroom tables put the unit in the header once and bare numbers in the cells; without it every
 * cell reads as a count of nothing and Verify Figures cannot compare a cell with the prose.
 */
export function columnUnit(header: string): ColumnUnit | null {
  const written = header.replace(/\s+/g, ' ').trim();
  const match = /\(([^()]{1,24})\)\s*$/.exec(written) ?? /,\s*([^,]{1,12})$/.exec(written);
  if (!match) return countedBy(written, written);
  const unit = match[1].trim();
  // A currency sign or code, perhaps with a scale: "£bn", "€ million", "USD m".
  const money = /^(US\$|[£$€¥₹]|[A-Z]{3})\s*(.*)$/.exec(unit);
  if (money && (money[2] === '' || scaleWords.test(money[2]))) {
    const scale = money[2] === '' ? '' : (scaleOf[money[2].toLowerCase()] ?? (money[2].length <= 2 ? money[2] : ' ' + money[2]));
    // A code goes after the amount ("3.1bn USD"), a sign before it ("£3.1bn").
    return /^[A-Z]{3}$/.test(money[1]) ? { prefix: '', suffix: `${scale} ${money[1]}`, header: written } : { prefix: money[1], suffix: scale, header: written };
  }
  if (percentUnit.test(unit)) return { prefix: '', suffix: '%', header: written };
  if (scaleWords.test(unit)) return { prefix: '', suffix: scaleOf[unit.toLowerCase()] ?? ' ' + unit, header: written };
  if (/^[\p{L}µ°][\p{L}\d/²³°µ.\s-]*$/u.test(unit)) return { prefix: '', suffix: ' ' + unit, header: written };
  // "Deaths (2024)": a bracket that is no unit leaves the words before it.
  return countedBy(written.slice(0, match.index).trim(), written);
}

/**
 * A header that names what the column counts ("Seats", "Deaths", "New cases"), in up to three
 * words: the finder decides whether the number and the words make a count.
 */
function countedBy(words: string, header: string): ColumnUnit | null {
  const key = words.toLowerCase().replace(/\.$/, '');
  if (rankHeaders.has(key)) return { prefix: '', suffix: '', header, rank: true };
  const spelled = headerAbbreviations[key];
  if (spelled) return { prefix: '', suffix: ' ' + spelled, header };
  // "W", "GD", "Pld": a league table's abbreviations, which read as units ("21 W" is watts) or as
  // nothing; a unit of two or three letters ("GW", "km") is one.
  if (words.length === 1 || (words.length <= 3 && !unitBySpelling.has(words) && !unitBySpelling.has(key))) return null;
  return /^[\p{L}][\p{L}'’ -]{0,30}$/u.test(words) && words.split(' ').length <= 3 ? { prefix: '', suffix: ' ' + words.toLowerCase(), header } : null;
}

/** Headers of a column of places in a ranking: its numbers are ranks, not counts. */
const rankHeaders = new Set(['pos', 'position', 'rank', 'ranking', 'place', '#', 'no']);
/** Abbreviated headers of league and results tables, spelled out. */
const headerAbbreviations: Record<string, string> = { pts: 'points', pld: 'games played', gp: 'games played', mp: 'matches played' };

/**
 * A cell's bare number read again with its column's unit: "14.6" under "Solar added (GW)" becomes
 * 14.6 GW, "3.1" under "Cost (€bn)" €3.1bn. The figure keeps its place, text and qualifier; its
 * context names the header. Returns the figure unchanged when it already has a unit, is a date, or
 * the header's unit does not make a figure of it.
 */
export function withColumnUnit(figure: Figure, unit: ColumnUnit): Figure {
  if (figure.kind !== 'count' || figure.unit !== null || figure.value === null || figure.score) return figure;
  if (unit.change && /^[+−–-]?[\d.,]+$/.test(figure.text)) {
    // "-6" under "Change" beside "Seats": six seats lost. The value keeps its sign, as written.
    const read = withColumnUnit({ ...figure, text: figure.text.replace(/^[+−–-]/, ''), value: Math.abs(figure.value) }, { ...unit, change: undefined });
    if (read.unit === null) return figure;
    const change: Figure['change'] = figure.value < 0 ? 'decrease' : figure.value > 0 ? 'increase' : undefined;
    return { ...read, text: figure.text, value: figure.value < 0 ? -read.value! : read.value, ...(change ? { change } : {}) };
  }
  if (!/^[\d.,]+$/.test(figure.text)) return figure;
  if (unit.rank) return Number.isInteger(figure.value) && figure.value >= 1 ? { ...figure, kind: 'ordinal', context: unit.header } : figure;
  const text = `${unit.prefix}${figure.text}${unit.suffix}`;
  const read = readWithUnit(text);
  // A scale alone ("Population (millions)") changes the value but names nothing counted.
  if (!read || read.value === null || (read.kind === 'count' && read.unit === null && read.value === figure.value)) return figure;
  return {
    ...figure,
    kind: read.kind,
    value: read.value,
    unit: read.unit,
    ...(read.per !== undefined ? { per: read.per } : {}),
    ...(read.noun !== undefined ? { noun: read.noun } : {}),
    context: unit.header,
  };
}

/**
 * What the finder reads in a cell's number with its unit, remembered by that text: the language
 * server rebuilds a chunk's findings at each keystroke in it, and a table is one chunk, so without
 * this a 5,000-row table paid about 400 ms a keystroke re-reading cells that did not change.
 */
const readCache = new Map<string, Figure | null>();
const readCacheLimit = 50_000;

function readWithUnit(text: string): Figure | null {
  const cached = readCache.get(text);
  if (cached !== undefined) return cached;
  const sentence = tokenize(text)[0];
  const read = (sentence && findFigures(sentence, text).find((f) => f.start === 0 && f.end === text.length)) || null;
  if (readCache.size >= readCacheLimit) readCache.clear();
  readCache.set(text, read);
  return read;
}
