import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Node, Parent } from 'unist';
import type { TableCell } from './figures/tableUnits.js';
import type { DocumentKind, Span } from './types.js';

/**
 * A leaf block of prose: a paragraph, heading or table cell. `text` has the block's exact length,
 * with every character that is not prose (Markdown syntax, inline code, HTML, link URLs, blockquote
 * markers) replaced by a space, so offsets in `text` are offsets in the source.
 */
export interface Block extends Span {
  text: string;
  /** Set for a Markdown table cell: where it sits, so that a column's header can give its unit. */
  cell?: TableCell;
}

const markdown = unified().use(remarkParse).use(remarkGfm);

const footnoteMark = /\[\^[^\]\s]{1,30}\]/g;
/** Node types whose text is prose to analyse. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell']);
/** Node types never analysed, nor their children. */
const skipped = new Set(['code', 'inlineCode', 'html', 'math', 'inlineMath', 'yaml', 'toml', 'definition', 'image', 'imageReference', 'footnoteReference']);

/** Leaf blocks of one chunk, offsets relative to the chunk. */
export function chunkBlocks(chunkText: string, kind: DocumentKind): Block[] {
  if (kind === 'plaintext') {
    return [{ start: 0, end: chunkText.length, text: chunkText }];
  }
  if (isPlainParagraph(chunkText)) return [{ start: 0, end: chunkText.length, text: chunkText }];
  const heading = plainHeading(chunkText);
  if (heading) return [heading];
  return plainTable(chunkText) ?? remarkBlocks(chunkText);
}

/** Leaf blocks of one Markdown chunk as remark parses it: what the fast paths above must give back. */
export function remarkBlocks(chunkText: string): Block[] {
  const tree = markdown.parse(chunkText) as Parent;
  const blocks: Block[] = [];
  let tables = 0;
  const visit = (node: Node, cell?: TableCell) => {
    if (skipped.has(node.type)) return;
    if (node.type === 'table') {
      const table = tables++;
      (node as Parent).children.forEach((row, r) => (row as Parent).children?.forEach((c, column) => visit(c, { table, row: r, column })));
      return;
    }
    if (proseBlocks.has(node.type)) {
      const block = maskedBlock(chunkText, node as Parent);
      if (block) blocks.push(cell ? { ...block, cell } : block);
      return;
    }
    for (const child of (node as Parent).children ?? []) visit(child);
  };
  visit(tree);
  return blocks;
}

/**
 * What may be Markdown syntax anywhere in a line: escapes, code, emphasis, links and images,
 * HTML and autolinks, character references ("&amp;", "&#8212;"; a bare "&" as in "AT&T" is text),
 * strikethrough, tables, and GFM's autolinked addresses. "#", ">" and "!" are text inside a line:
 * "#" opens a heading and ">" a blockquote only at a line's start, and "!" makes an image only
 * before "[".
 */
const inlineSyntax = /[\\`*_[\]<~|@\t\r\0]|&(?:#|[A-Za-z0-9]+;)|:\/\/|www\./;
/** Line starts that may open a block: lists, thematic breaks, setext underlines, headings, blockquotes, indented code. */
const blockStart = /^(?: {0,3}(?:[-+=#>]|\d{1,9}[.)](?:\s|$))| {4})/m;

/**
 * True when a chunk is one paragraph of plain prose that remark would give back unchanged: no
 * character that can be Markdown syntax and no line that can open a block, nor a space at either
 * end (remark leaves some trailing spaces out of the paragraph). Most of an article's paragraphs
 * are like this, and skipping remark for them is what keeps an edit to a paragraph cheap.
 */
export function isPlainParagraph(chunkText: string): boolean {
  return chunkText.length > 0 && chunkText.charCodeAt(0) > 32 && chunkText.charCodeAt(chunkText.length - 1) > 32 && !inlineSyntax.test(chunkText) && !blockStart.test(chunkText);
}

/**
 * An ATX heading of plain words on one line ("## Troops massed at the border"), without remark:
 * the block remark gives, the opening hashes masked. A heading with a closing sequence, trailing
 * spaces, an empty title or any syntax in its title goes to remark.
 */
const simpleHeading = /^#{1,6}[ \t]+(?=[^\s#])[^\n#]*[^\s#]$/;

export function plainHeading(chunkText: string): Block | null {
  if (!simpleHeading.test(chunkText)) return null;
  const title = chunkText.search(/[^#\s]/);
  if (inlineSyntax.test(chunkText.slice(title))) return null;
  return { start: 0, end: chunkText.length, text: ' '.repeat(title) + chunkText.slice(title) };
}

/** Inline syntax inside a table cell: `inlineSyntax` without the pipe, which only divides cells here. */
const cellSyntax = /[\\`*_[\]<~@\t\r\0]|&(?:#|[A-Za-z0-9]+;)|:\/\/|www\./;
const delimiterRow = /^\|(?:[ ]*:?-+:?[ ]*\|)+$/;

/**
 * A pipe table of plain cells, without remark: the blocks remark gives, one per non-empty cell,
 * from its pipe to the next (the last cell keeps the closing pipe), the cell's words unmasked.
 * remark-gfm reads tables at about 50 KB/s, so a keystroke in a results table of a few thousand rows
 * took seconds. Only the regular shape is read here: every line opened and closed by a pipe, a
 * delimiter row second, every row with the header's number of cells, no syntax in any cell; any
 * other table goes to remark.
 */
export function plainTable(chunkText: string): Block[] | null {
  if (chunkText.charCodeAt(0) !== 124 || cellSyntax.test(chunkText)) return null;
  const lines = chunkText.split('\n');
  if (lines.length < 2 || !delimiterRow.test(lines[1])) return null;
  const cells = (line: string) => line.length >= 2 && line.charCodeAt(0) === 124 && line.charCodeAt(line.length - 1) === 124 ? line.split('|').length - 2 : -1;
  const columns = cells(lines[0]);
  if (columns < 1 || cells(lines[1]) !== columns) return null;
  for (let k = 2; k < lines.length; k++) if (cells(lines[k]) !== columns) return null;
  const blocks: Block[] = [];
  let lineStart = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (k !== 1) {
      const row = k === 0 ? 0 : k - 1;
      let pipe = 0;
      for (let column = 0; column < columns; column++) {
        const next = line.indexOf('|', pipe + 1);
        const content = line.slice(pipe + 1, next);
        const first = content.search(/\S/);
        if (first >= 0) {
          const words = content.trim();
          const start = lineStart + pipe;
          const end = lineStart + (column === columns - 1 ? next + 1 : next);
          const at = pipe + 1 + first - pipe;
          const text = ' '.repeat(at) + words + ' '.repeat(end - start - at - words.length);
          blocks.push({ start, end, text, cell: { table: 0, row, column } });
        }
        pipe = next;
      }
    }
    lineStart += line.length + 1;
  }
  return blocks;
}

function maskedBlock(source: string, node: Parent): Block | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || end <= start) return null;
  const chars = new Array<string>(end - start).fill(' ');
  let hasText = false;
  const keepText = (n: Node) => {
    if (skipped.has(n.type)) return;
    if (n.type === 'text') {
      const s = n.position?.start.offset;
      const e = n.position?.end.offset;
      if (s === undefined || e === undefined) return;
      alignValue(source, s, e, (n as unknown as { value: string }).value, (i) => {
        chars[i - start] = source[i];
        hasText = true;
      });
      return;
    }
    if (n.type === 'break') return;
    for (const child of (n as Parent).children ?? []) keepText(child);
  };
  keepText(node);
  if (!hasText) return null;
  // Keep line breaks so sentences split where the writer broke lines.
  for (let i = start; i < end; i++) if (source[i] === '\n') chars[i - start] = '\n';
  // "euros[^1]": a footnote mark, which remark leaves as text when its definition is in another chunk.
  return { start, end, text: chars.join('').replace(footnoteMark, (mark) => ' '.repeat(mark.length)) };
}

/**
 * Marks the source characters of a text node that carry its value. Escapes, entity references
 * and container markers ("> " inside a blockquote) are in the source but not in the value; they are
 * skipped greedily. When the two cannot be aligned the whole source range is kept.
 */
function alignValue(source: string, start: number, end: number, value: string, keep: (i: number) => void): void {
  if (source.slice(start, end) === value) {
    for (let i = start; i < end; i++) keep(i);
    return;
  }
  const kept: number[] = [];
  let s = start;
  for (let k = 0; k < value.length; k++) {
    const ch = value[k];
    while (s < end && source[s] !== ch) s++;
    if (s >= end) {
      for (let i = start; i < end; i++) keep(i);
      return;
    }
    kept.push(s++);
  }
  for (const i of kept) keep(i);
}
