import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { pdfToText } from './pdf.js';

/**
 * Turning a source's bytes into plain text. HTML goes through rehype-parse and hast-util-to-text
 * (innerText rules: no scripts or styles, blocks separated by blank lines); plain text is decoded
 * as it is; PDF is read with PDF.js (pdf.ts); anything else is refused with its type named, never
 * guessed at.
 */

/** `pages` is set for a document with pages (PDF), whose evidence is then placed by page. */
export type Decoded = { ok: true; text: string; format: 'html' | 'text' | 'pdf'; pages?: number } | { ok: false; reason: string };

const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);
const textTypes = new Set(['text/plain', 'text/markdown', 'text/x-markdown', 'text/csv']);
const pdfTypes = new Set(['application/pdf', 'application/x-pdf']);

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

/** What a body with no declared type looks like: PDF, HTML, text, or binary (a NUL byte early on). */
function sniff(body: Uint8Array): 'pdf' | 'html' | 'text' | 'binary' {
  const head = body.subarray(0, 1024);
  if (isPdf(body)) return 'pdf';
  if (head.includes(0)) return 'binary';
  const start = new TextDecoder('utf-8').decode(head).trimStart().slice(0, 64).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') ? 'html' : 'text';
}

export function htmlToText(html: string): string {
  const tree = unified().use(rehypeParse).parse(html);
  return toText(tree);
}

/** A PDF file starts with "%PDF-" (some writers put a few bytes of junk before it). */
function isPdf(body: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(body.subarray(0, 1024));
  return head.includes('%PDF-');
}

export async function decodeBody(body: Uint8Array, contentType: string): Promise<Decoded> {
  const mime = contentType.split(';')[0].trim().toLowerCase();
  let format: 'html' | 'text' | 'pdf' | 'binary';
  if (!mime) format = sniff(body);
  else if (htmlTypes.has(mime)) format = 'html';
  else if (textTypes.has(mime)) format = 'text';
  // Servers often label a download as a generic binary; a PDF is read when the bytes say it is one.
  else if (pdfTypes.has(mime) || (mime === 'application/octet-stream' && isPdf(body))) format = 'pdf';
  else return { ok: false, reason: `${mime} is not a type verify reads (HTML, plain text and PDF); save the text as a workspace file and attach that` };
  if (format === 'binary') return { ok: false, reason: 'the content is binary, not HTML, plain text or PDF' };
  if (format === 'pdf') {
    const pdf = await pdfToText(body);
    return pdf.ok ? { ok: true, text: pdf.text, format: 'pdf', pages: pdf.pages } : { ok: false, reason: pdf.reason };
  }
  const text = decode(body, charsetOf(contentType));
  return { ok: true, text: format === 'html' ? htmlToText(text) : text, format };
}

/** The type implied by a workspace file's extension; null for types verify does not read. */
export function contentTypeForPath(path: string): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'text/html';
  if (ext === 'pdf') return 'application/pdf';
  if (ext === '' || ['txt', 'text', 'md', 'markdown', 'csv'].includes(ext)) return 'text/plain';
  return null;
}
