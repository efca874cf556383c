import { isChangeHeader } from '../analysis/figures/tableUnits.js';
import type { Figure, Span } from '../analysis/types.js';
import { figuresInSpan, lastDigitRounding, writtenInterval } from './match.js';
import type { ArticleFinding } from './types.js';

/** One cell of a pipe table: its trimmed text and where that text is. */
interface Cell extends Span {
  text: string;
}

/** A pipe table: the header row's cells and the body rows' cells, in order. */
export interface PipeTable {
  header: Cell[];
  rows: Cell[][];
}

/** The row under a pipe table's header: "|---|:---:|". */
const delimiterRow = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;

/** The cells of one table line, split at pipes that are not escaped. */
function cellsOf(text: string, lineStart: number, lineEnd: number): Cell[] {
  const cells: Cell[] = [];
  let start = lineStart;
  const line = text.slice(lineStart, lineEnd);
  const leading = /^\s*\|/.exec(line);
  if (leading) start = lineStart + leading[0].length;
  const trailing = /\|\s*$/.exec(line);
  const end = trailing && lineStart + trailing.index >= start ? lineStart + trailing.index : lineEnd;
  let cellStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && (text[i] !== '|' || text[i - 1] === '\\')) continue;
    let a = cellStart;
    let b = i;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    cells.push({ start: a, end: b, text: text.slice(a, b) });
    cellStart = i + 1;
  }
  return cells;
}

/**
 * The GFM pipe tables of a text, read line by line: a header line with a pipe, the delimiter row,
 * then every following line with a pipe. Plain text has none unless it holds such lines.
 */
export function pipeTables(text: string): PipeTable[] {
  const lines: Span[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end: text[end - 1] === '\r' ? end - 1 : end });
    if (nl < 0) break;
    start = nl + 1;
  }
  const tables: PipeTable[] = [];
  const lineText = (k: number) => text.slice(lines[k].start, lines[k].end);
  for (let k = 0; k + 1 < lines.length; k++) {
    if (!lineText(k).includes('|') || !delimiterRow.test(lineText(k + 1)) || !lineText(k + 1).includes('-')) continue;
    const header = cellsOf(text, lines[k].start, lines[k].end);
    const rows: Cell[][] = [];
    let r = k + 2;
    for (; r < lines.length && lineText(r).includes('|') && lineText(r).trim() !== ''; r++) rows.push(cellsOf(text, lines[r].start, lines[r].end));
    tables.push({ header, rows });
    k = r - 1;
  }
  return tables;
}

/** A row that totals the rows above it: "Total", "**Total**", "All parties", "Combined" (a merger's two companies). */
const totalLabel = /^[*_\s]*(?:total|totals|all\b|combined\b)/i;
/** A row for the rest of a whole, which makes a column of shares the parts of one whole. */
const remainderLabel = /^[*_\s]*(?:others?|rest|remaining|other\s+\w+)\b/i;

/** The one figure inside a cell, or null when it holds none or several. */
function figureIn(cell: Cell | undefined, figures: Figure[]): Figure | null {
  if (!cell) return null;
  const inside = figuresInSpan(figures, cell);
  return inside.length === 1 && inside[0].value !== null && inside[0].low === undefined && inside[0].kind !== 'date' ? inside[0] : null;
}

/**
 * The values a cell allows: its last written digit's rounding ("29.4" is 29.35 to 29.45, "£1.8bn"
 * £1.75bn to £1.85bn). A whole number written as it is counts exactly ("60" seats is 60, not a round
 * "about 60"); a share ("31" %) or a number the header scales ("60" thousand) was rounded to its
 * last digit, so 33 + 33 + 33 + 2 may be 100%.
 */
function cellInterval(f: Figure): { lo: number; hi: number } | null {
  if (f.value === null || f.approx !== 'exact') return null;
  const whole = f.kind === 'count' && /^\d[\d,]*$/.test(f.text) && Number(f.text.replace(/,/g, '')) === f.value;
  const half = whole ? 0 : (lastDigitRounding(f.text, f.value)?.half ?? 0);
  return { lo: f.value - half, hi: f.value + half };
}

/** How much one written unit of a cell is worth: 1e6 for "312" under "(£m)". */
function writtenScale(f: Figure): number {
  return (f.value !== null && lastDigitRounding(f.text, f.value)?.scale) || 1;
}

const format = (n: number) => Number(n.toFixed(2)).toLocaleString('en-GB');

/** A finding on a whole column, placed on its header. */
function columnFinding(header: Cell, message: string, related: Figure[]): ArticleFinding {
  return { kind: 'table-total', start: header.start, end: header.end, text: header.text, message, related: related.map((f) => ({ start: f.start, end: f.end, text: f.text })) };
}

/** Before a whole in the article's words: "38 of the 150 seats", "all 150 seats". */
const wholeBefore = /\b(?:of\s+(?:the|its|all)|all)\s+$/i;

/**
 * The whole a table's counts make up, as the article's words state it outside the table: a count of
 * the same unit after "of the" or "all" ("won 38 of the 150 seats") or written as a compound ("the
 * 150-seat house"), larger than any row. None when the article states two different wholes.
 */
function statedWhole(text: string, figures: Figure[], unit: string, table: PipeTable, largest: number): Figure | null {
  const last = table.rows[table.rows.length - 1];
  const tableStart = table.header[0]?.start ?? 0;
  const tableEnd = last?.[last.length - 1]?.end ?? tableStart;
  const wholes = figures.filter((f) => f.kind === 'count' && f.unit === unit && f.value !== null && f.value > largest && f.approx === 'exact' && f.low === undefined &&
    (f.end <= tableStart || f.start >= tableEnd) && (wholeBefore.test(text.slice(Math.max(0, f.start - 12), f.start)) || /^\d[\d,]*-[a-z]+$/i.test(f.text)));
  return wholes.length > 0 && wholes.every((f) => f.value === wholes[0].value) ? wholes[0] : null;
}

/**
 * Checks the columns of an article's pipe tables: a "Total" row against the rows above it, and a
 * column of shares whose rows name the rest of a whole ("Others") against 100%. Each cell allows the
 * rounding of its last written digit, so "29.4" is 29.35 to 29.45 and a total that differs by no
 * more than those roundings added up is left alone. A column is checked only when every row above
 * the total holds exactly one figure of the same kind and unit.
 */
export function tableTotals(text: string, figures: Figure[]): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const table of pipeTables(text)) {
    const totalAt = table.rows.findIndex((row) => totalLabel.test(row[0]?.text ?? ''));
    const parts = totalAt >= 0 ? table.rows.slice(0, totalAt) : table.rows;
    if (parts.length < 2) continue;
    for (let column = 1; column < table.header.length; column++) {
      const cells = parts.map((row) => figureIn(row[column], figures));

      if (cells.some((f) => f === null)) continue;
      const values = cells as Figure[];
      const [first] = values;
      // A column of changes ("Change" beside "Seats") adds up to no whole.
      if (values.some((f) => f.kind !== first.kind || f.unit !== first.unit || f.change !== undefined)) continue;
      const intervals = values.map(cellInterval);
      if (intervals.some((i) => i === null)) continue;
      const lo = intervals.reduce((sum, i) => sum + i!.lo, 0);
      const hi = intervals.reduce((sum, i) => sum + i!.hi, 0);
      const sum = values.reduce((s, f) => s + f.value!, 0);
      const heading = table.header[column]?.text || `column ${column + 1}`;
      const total = totalAt >= 0 ? figureIn(table.rows[totalAt][column], figures) : null;
      if (total && total.kind === first.kind && total.unit === first.unit) {
        const t = cellInterval(total);
        if (t && (hi < t.lo - 1e-9 || lo > t.hi + 1e-9)) {
          out.push({
            kind: 'table-total',
            start: total.start,
            end: total.end,
            text: total.text,
            message: `“${total.text}” in the row “${table.rows[totalAt][0].text}” of “${heading}” does not match the rows above it: they add up to ${format(sum / writtenScale(total))}`,
            related: values.map((f) => ({ start: f.start, end: f.end, text: f.text })),
          });
        }
        continue;
      }
      const whole = totalAt < 0 && parts.some((row) => remainderLabel.test(row[0]?.text ?? ''));
      // Counts of one whole ("Seats" down to "Others"): the article may state the whole in its words.
      if (whole && first.kind === 'count' && first.unit) {
        const stated = statedWhole(text, figures, first.unit, table, Math.max(...values.map((f) => f.value!)));
        if (stated && (hi < stated.value! - 1e-9 || lo > stated.value! + 1e-9)) {
          out.push(columnFinding(table.header[column], `The rows of “${heading}” add up to ${format(sum)}, not the “${stated.text}” the article gives`, [stated, ...values]));
        }
        continue;
      }
      // Shares of one whole: the rows name the rest ("Others"), so together they are all of it.
      if (first.kind !== 'percent' || !whole) continue;
      if (lo > 100 + 1e-9 || hi < 100 - 1e-9) out.push(columnFinding(table.header[column], `The shares in “${heading}” add up to ${format(sum)}%, not 100%`, values));
    }
  }
  return out;
}

/** Words in a sentence that put its figure at another time or in a subgroup than a table's row. */
const otherFrame = /\b(?:[Aa]mong|ago|[Ll]ast|previous|earlier|before|since|until|then|was|were|had|would|could|forecast|expected|target|aims?)\b|\b[Ii]n\s+(?:\d{4}|\p{Lu})/u;

/** Words that may stand between a row's name and its figure: "puts Labour on 31%", "Liverpool have 45 points". */
/** The table's one column of counts, when it has exactly one. */
function onlyCountColumn<T>(rowsByKey: Map<string, T>): T | undefined {
  const counts = [...rowsByKey.keys()].filter((key) => key.startsWith('count:'));
  return counts.length === 1 ? rowsByKey.get(counts[0]) : undefined;
}

/** Between a row's level and its change in the words: ", down ", ", up by ". */
const changeGap = /^\s*,\s*(?:up|down)\s+(?:by\s+)?$/i;

/** A change cell's value with the sign written in the cell ("+9%" is read as 9, "−6%" as −6); null with none. */
function signedCell(text: string, cell: Figure): number | null {
  const sign = /[+−–-]\s*$/.exec(text.slice(Math.max(0, cell.start - 2), cell.start))?.[0].trim() ?? /^[+−–-]/.exec(cell.text)?.[0];
  if (sign === undefined) return cell.value === 0 ? 0 : null;
  return sign === '+' ? Math.abs(cell.value!) : -Math.abs(cell.value!);
}

/** Between two figures of one row in a list: " of the vote and ", ", ", " and ". */
const listGap = /^(?:\s+of\s+the\s+(?:vote|votes|poll|seats|total))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

const linkingWords = new Set(['on', 'at', 'with', 'has', 'have', 'is', 'are', 'took', 'takes', 'won', 'wins', 'scored', 'polled', 'polls', 'got', 'gets', 'secured', 'secures', 'holds', 'hold', 'now',
  'recorded', 'records', 'reported', 'reports', 'registered', 'logged',
  // "EKRE came second with 17.8%", "finished third on 9%": a place in the result, then the figure.
  'came', 'comes', 'finished', 'finishes', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'last',
  // "slumped to 8.9%": the level a verb of change reached is the row's.
  'rose', 'fell', 'slumped', 'dropped', 'climbed', 'jumped', 'surged', 'slipped', 'to']);
/** Words that end a body's name after a row's shorter label: "Metropolitan" for "the Metropolitan Police". */
const bodySuffixes = new Set(['Police', 'Constabulary', 'Council', 'Party', 'Trust', 'Board', 'Authority', 'Service']);

/** The sentence around [start, end) in plain prose: from after the last stop or line break before it to the next. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  while (a > 0 && text[a - 1] !== '\n' && !(/[.!?]/.test(text[a - 2] ?? '') && text[a - 1] === ' ')) a--;
  let b = end;
  while (b < text.length && text[b] !== '\n' && !(/[.!?]/.test(text[b]) && /\s/.test(text[b + 1] ?? ' '))) b++;
  return { start: a, end: b };
}

/** A row's label as a name to look for in the prose: "**Labour**" is Labour; none for "Total", short or lower-case labels. */
function rowName(cell: Cell | undefined): string | null {
  const name = cell?.text.replace(/[*_`]/g, '').trim() ?? '';
  if (name.length < 3 || !/^\p{Lu}/u.test(name) || totalLabel.test(name) || remainderLabel.test(name) || /\d/.test(name)) return null;
  return name;
}

/**
 * Checks the article's words against its tables: where a sentence names a row ("Labour", "Liverpool")
 * and right after it gives a figure of the one column with that kind and unit ("puts Labour on 31%"
 * beside "Share" 29%; "Liverpool have 47 points" beside "Pts" 45), the two must agree within their
 * written rounding. Only when at most three words stand between the name and the figure, the figure
 * is the first after the name, and the sentence puts it in no other time or group ("a fortnight
 * ago", "among voters aged 18 to 24", "in Scotland"), since a table holds one moment of one whole.
 */
export function tableText(text: string, figures: Figure[]): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const tables = pipeTables(text);
  if (tables.length === 0) return out;
  const spans = tables.map((t) => ({ start: t.header[0]?.start ?? 0, end: tableEndOf(t) }));
  const prose = figures.filter((f) => !spans.some((t) => f.start >= t.start && f.end <= t.end));
  for (const table of tables) {
    const columns = new Map<string, number[]>();
    for (let column = 1; column < table.header.length; column++) {
      const cells = table.rows.map((row) => figureIn(row[column], figures)).filter((f): f is Figure => f !== null);
      // A column of changes ("Change": "−6%", "+9%") is read against the words' changes ("down 6%").
      const changes = isChangeHeader(table.header[column]?.text ?? '');
      if (cells.length === 0 || (!changes && cells.some((f) => f.change !== undefined))) continue;
      const key = `${changes ? 'change ' : ''}${cells[0].kind}:${cells[0].unit}`;
      if (cells.some((f) => `${f.kind}:${f.unit}` !== `${cells[0].kind}:${cells[0].unit}`)) continue;
      columns.set(key, [...(columns.get(key) ?? []), column]);
    }
    // Two columns of the same unit ("2019" and "2024" shares): the prose may mean either.
    const rowsByKey = new Map<string, { column: number; rows: Map<string, Figure>; headingWord: string | undefined }>();
    for (const [key, list] of columns) {
      if (list.length !== 1) continue;
      const rows = new Map<string, Figure>();
      for (const row of table.rows) {
        // The row's name is its first cell of words: "Liverpool" after the "Pos" column's "1".
        const name = row.slice(0, list[0]).map(rowName).find((n) => n !== null) ?? null;
        const cell = figureIn(row[list[0]], figures);
        if (name && cell && !rows.has(name)) rows.set(name, cell);
      }
      const headingWord = /^[\p{L}]+/u.exec(table.header[list[0]]?.text.replace(/[*_`]/g, '').trim() ?? '')?.[0].toLowerCase();
      rowsByKey.set(key, { column: list[0], rows, headingWord: headingWord !== undefined && headingWord.length >= 3 ? headingWord : undefined });
    }
    // The row named before the last figure, which a list may carry on: "Civic Union had 27.4% of the
    // vote and 44 of the 150 seats".
    let lastRow: { name: string; figure: Figure } | null = null;
    for (let k = 0; k < prose.length; k++) {
      const figure = prose[k];
      // A bare number ("West Midlands Police recorded 5,120") is of the table's one column of counts.
      const entry = rowsByKey.get(`${figure.change !== undefined ? 'change ' : ''}${figure.kind}:${figure.unit}`) ??
        (figure.kind === 'count' && figure.unit === null && figure.change === undefined ? onlyCountColumn(rowsByKey) : undefined);
      const gapBefore: string | null = lastRow !== null && lastRow.figure === prose[k - 1] ? text.slice(lastRow.figure.end, figure.start) : null;
      const carried: string | null = gapBefore !== null && (listGap.test(gapBefore) || (figure.change !== undefined && changeGap.test(gapBefore))) ? lastRow!.name : null;
      if (!entry || figure.approx !== 'exact' || figure.low !== undefined) {
        if (!carried) lastRow = null;
        continue;
      }
      // "came second with 17.8%": a place in the result is read as words between the name and the figure;
      // a date ("who lost both their mayors this spring,") is left to otherFrame.
      let previous = k - 1;
      while (previous >= 0 && (prose[previous].kind === 'ordinal' || prose[previous].kind === 'date')) previous--;
      const notBefore = prose[previous]?.end ?? 0;
      const mention: { name: string; start: number; between: string[] } | null = rowNamedBefore(text, figure.start, entry.rows, notBefore) ??
        rowNamedBeforeClause(text, figure.start, entry.rows, notBefore) ?? (carried !== null && entry.rows.has(carried) ? { name: carried, start: lastRow!.figure.start, between: [] as string[] } : null);
      lastRow = mention ? { name: mention.name, figure } : null;
      if (!mention) continue;
      const cell = entry.rows.get(mention.name)!;
      const allowed = writtenInterval(cell);
      if (!allowed) continue;
      const sentence = sentenceAround(text, mention.start, figure.end);
      // The heading's word in the sentence ("sales of £4.6bn" under "Sales (£bn)"), or only linking
      // words between ("Halden bids £3.1bn" is a bid, not its sales).
      const named = entry.headingWord !== undefined && text.slice(sentence.start, sentence.end).toLowerCase().includes(entry.headingWord);
      // "West Midlands Police recorded 5,120": the rest of a body's name, then a linking word.
      const linking = mention.between.filter((w, i) => !(i === 0 && bodySuffixes.has(w)));
      if (!named && !linking.every((w) => linkingWords.has(w.toLowerCase()))) continue;
      // What the sentence says before the figure and in the figure's own clause: "31%, down two
      // points from a fortnight ago" is now; "31% a fortnight ago" is not.
      const clauseEnd = text.slice(figure.end, sentence.end).search(/[,;]/);
      // A change names the level it is from ("down 6% on the previous year"): only the words before it count.
      // Another clause before the name ("..., down 6% on the previous year, while West Midlands
      // Police recorded 5,120") frames its own figures, not this one.
      const joint = [...text.slice(sentence.start, mention.start).matchAll(/[,;]\s*(?:while|but|whereas|and)\b|;/gi)].at(-1);
      const clauseStart = joint ? sentence.start + joint.index! : sentence.start;
      if (otherFrame.test(text.slice(clauseStart, figure.change !== undefined ? figure.start : clauseEnd < 0 ? sentence.end : figure.end + clauseEnd))) continue;
      // What the words say and what the cell holds, written as the message gives them.
      let said = `“${figure.text}”`;
      let held = cell.text;
      if (figure.change !== undefined) {
        // A change in the words against the row's change, each with its sign.
        const wordsSigned = figure.change === 'decrease' ? -Math.abs(figure.value!) : Math.abs(figure.value!);
        const cellSigned = signedCell(text, cell);
        if (cellSigned === null || Math.abs(wordsSigned - cellSigned) <= (lastDigitRounding(figure.text, figure.value!)?.half ?? 0) + (lastDigitRounding(cell.text, Math.abs(cell.value!))?.half ?? 0) + 1e-9) continue;
        said += figure.change === 'decrease' ? ' down' : ' up';
        if (cellSigned > 0 && !cell.text.startsWith('+')) held = '+' + held;
      } else {
        const written = writtenInterval(figure);
        // Whole counts written in full ("45 seats" against "44") are exact on both sides: two such
        // intervals touch at 44.5, which is no agreement.
        const whole = (f: Figure) => f.kind === 'count' && Number.isInteger(f.value) && /^[+−–-]?[\d,]+(?:\s+[\p{L}-]+)*$/u.test(f.text);
        if (whole(figure) && whole(cell) ? figure.value === cell.value : !written || (written.hi >= allowed.lo - 1e-9 && written.lo <= allowed.hi + 1e-9)) continue;
      }
      const heading = table.header[entry.column]?.text || `column ${entry.column + 1}`;
      out.push({
        kind: 'table-text',
        start: figure.start,
        end: figure.end,
        text: figure.text,
        message: `${said} for ${mention.name} does not match “${held}” in the table's “${heading}” column`,
        related: [{ start: cell.start, end: cell.end, text: cell.text }],
      });
    }
  }
  return out;
}

/**
 * A row's name written right before a figure, with at most three words between and no punctuation
 * ("puts Labour on 31%", "the Conservatives on 27%": a plural's last letters may follow the name;
 * "EKRE came second with 17.8%"),
 * after the figure before it. Looked up from the words before each figure, so an article with a
 * long table costs one look-up per figure and name length, not a search of the text per row.
 */
function rowNamedBefore(text: string, at: number, rows: Map<string, Figure>, notBefore: number): { name: string; start: number; between: string[] } | null {
  const from = Math.max(notBefore, at - 120);
  const window = text.slice(from, at);
  const words = [...window.matchAll(/[\p{L}\p{N}'’&.-]+/gu)].map((m) => ({ text: m[0], start: from + m.index!, end: from + m.index! + m[0].length }));
  for (let gap = 0; gap <= 3; gap++) {
    const nameEnd = words.length - gap;
    if (nameEnd < 1) break;
    const between = text.slice(words[nameEnd - 1].end, at);
    if (/[.!?;:,()\n]/.test(between)) break;
    for (let length = 1; length <= 5 && nameEnd - length >= 0; length++) {
      const start = words[nameEnd - length].start;
      const written = text.slice(start, words[nameEnd - 1].end);
      if (/\n/.test(written)) break;
      for (const name of [written, written.replace(/\p{L}$/u, ''), written.replace(/\p{L}{2}$/u, '')]) {
        if (name.length > 0 && rows.has(name)) return { name, start, between: words.slice(nameEnd).map((w) => w.text) };
      }
    }
  }
  return null;
}

/** A relative clause between a row's name and what it did: ", which draws its support from ..., slumped to". */
const relativeClauseBefore = /,\s+(?:which|who)\b[^,.;:!?()\n]{0,120},\s*((?:[\p{L}'’-]+\s+){0,3})$/u;

/**
 * A row's name before a relative clause about it and then the figure: "The Centre Party, which draws
 * much of its support from the Russian-speaking minority, slumped to 8.9%". The clause is passed
 * over; the name may keep the rest of a body's name ("Party") and the words after the clause are
 * read as the words between.
 */
function rowNamedBeforeClause(text: string, at: number, rows: Map<string, Figure>, notBefore: number): { name: string; start: number; between: string[] } | null {
  const from = Math.max(notBefore, at - 200);
  const clause = relativeClauseBefore.exec(text.slice(from, at));
  if (!clause) return null;
  const named = rowNamedBefore(text, from + clause.index, rows, notBefore);
  if (!named || named.between.some((w, i) => !(i === 0 && bodySuffixes.has(w)))) return null;
  return { ...named, between: [...named.between, ...clause[1].trim().split(/\s+/).filter(Boolean)] };
}

function tableEndOf(table: PipeTable): number {
  const last = table.rows[table.rows.length - 1] ?? table.header;
  return last[last.length - 1]?.end ?? 0;
}
