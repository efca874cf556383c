import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/**
 * Turning a source's bytes into plain text. HTML goes through rehype-parse and hast-util-to-text
 * (innerText rules: no scripts or styles, blocks separated by blank lines); plain text is decoded
 * as it is; anything else is refused with its type named, never guessed at.
 */

export type Decoded = { ok: true; text: string; format: 'html' | 'text' } | { ok: false; reason: string };

const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);
const textTypes = new Set(['text/plain', 'text/markdown', 'text/x-markdown', 'text/csv']);

function charsetOf(contentType: string): string {
  const m = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return m ? m[1].toLowerCase() : 'utf-8';
}

function decode(body: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** What a body with no declared type looks like: HTML, text, or binary (a NUL byte early on). */
function sniff(body: Uint8Array): 'html' | 'text' | 'binary' {
  const head = body.subarray(0, 1024);
  if (head.includes(0)) return 'binary';
  const start = new TextDecoder('utf-8').decode(head).trimStart().slice(0, 64).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') ? 'html' : 'text';
}

export function htmlToText(html: string): string {
  const tree = unified().use(rehypeParse).parse(html);
  return toText(tree);
}

export function decodeBody(body: Uint8Array, contentType: string): Decoded {
  const mime = contentType.split(';')[0].trim().toLowerCase();
  let format: 'html' | 'text' | 'binary';
  if (!mime) format = sniff(body);
  else if (htmlTypes.has(mime)) format = 'html';
  else if (textTypes.has(mime)) format = 'text';
  else return { ok: false, reason: `${mime} is not a type verify reads (HTML and plain text only); save the text as a workspace file and attach that` };
  if (format === 'binary') return { ok: false, reason: 'the content is binary, not HTML or plain text' };
  const text = decode(body, charsetOf(contentType));
  return { ok: true, text: format === 'html' ? htmlToText(text) : text, format };
}

/** The type implied by a workspace file's extension; null for types verify does not read. */
export function contentTypeForPath(path: string): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'text/html';
  if (ext === '' || ['txt', 'text', 'md', 'markdown', 'csv'].includes(ext)) return 'text/plain';
  return null;
}
