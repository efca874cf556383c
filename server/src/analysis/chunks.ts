import type { DocumentKind, Span } from './types.js';

/**
 * Splits a document into top-level chunks separated by blank lines, so that each chunk can be
 * parsed and cached on its own. Fenced code blocks and YAML/TOML front matter stay whole even when
 * they contain blank lines; front matter is reported as `skip` so it is never analysed.
 *
 * Known limit: a chunk that only makes sense inside its parent (a list item's second paragraph
 * indented by four spaces) is parsed alone and may be read as indented code.
 */
export interface Chunk extends Span {
  skip: boolean;
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;

export function splitChunks(text: string, kind: DocumentKind): Chunk[] {
  return [...chunksFrom(text, kind, 0)];
}

/**
 * The chunks from `from` on, lazily. `from` must be where a chunk starts (or 0): the splitter then
 * starts outside any fence, so the language server can re-split from the chunk an edit touched and
 * stop as soon as a chunk lines up with one it already had.
 */
export function* chunksFrom(text: string, kind: DocumentKind, from: number): Generator<Chunk> {
  let pos = from;
  let chunkStart = -1;
  let fence: string | null = null;
  let frontMatter: string | null = null;
  let lineIndex = from === 0 ? 0 : 1;
  let closed: Chunk | null = null;

  const close = (end: number, skip = false) => {
    if (chunkStart >= 0 && end > chunkStart) closed = { start: chunkStart, end, skip };
    chunkStart = -1;
  };

  while (pos <= text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    const contentEnd = pos + line.length;

    if (kind === 'markdown' && lineIndex === 0 && (line === '---' || line === '+++')) {
      frontMatter = line;
      chunkStart = pos;
    } else if (frontMatter !== null) {
      if (line === frontMatter || (frontMatter === '---' && line === '...')) {
        close(contentEnd, true);
        frontMatter = null;
      }
    } else if (fence !== null) {
      const trimmed = line.trim();
      if (trimmed.startsWith(fence) && trimmed.replace(/[`~]/g, '') === '') {
        fence = null;
        close(contentEnd);
      }
    } else if (line.trim() === '') {
      close(lastContentEnd(text, chunkStart, pos));
    } else {
      if (chunkStart < 0) chunkStart = pos;
      const match = kind === 'markdown' ? fenceOpen.exec(line) : null;
      if (match) fence = match[1];
    }
    if (closed) {
      yield closed;
      closed = null;
    }

    lineIndex++;
    if (lineEnd >= text.length) break;
    pos = lineEnd + 1;
  }
  // An unterminated fence or front matter runs to the end of the document, as CommonMark says.
  if (chunkStart >= 0) {
    const end = trimEnd(text, chunkStart, text.length);
    if (end > chunkStart) yield { start: chunkStart, end, skip: frontMatter !== null };
  }
}


function lastContentEnd(text: string, start: number, blankLineStart: number): number {
  if (start < 0) return blankLineStart;
  return trimEnd(text, start, blankLineStart);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
