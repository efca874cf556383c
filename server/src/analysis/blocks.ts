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
