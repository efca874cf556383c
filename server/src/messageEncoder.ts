import type { Message, NotificationMessage } from 'vscode-languageserver/node';
import type { TimeSlice } from './scheduler.js';

/**
 * The JSON text of an outgoing LSP message, as `JSON.stringify` writes it, but with each diagnostic
 * of a `textDocument/publishDiagnostics` notification written once and kept: after a keystroke the
 * server publishes every diagnostic of the document again (LSP has no partial update), and all but
 * those of the edited paragraph are the same objects as in the last publish (documentDiagnostics.ts
 * reuses them per chunk). On a 1 MB article that is 14,000 diagnostics and 3.5 MB of JSON per
 * keystroke, which `JSON.stringify` took about 50 ms to write here.
 *
 * A diagnostic object must therefore never be changed once published; the server makes a new one
 * instead (`shiftLines`, `toDiagnostic`).
 */
const written = new WeakMap<object, Buffer>();

/** Stands for the diagnostics array while the rest of the message is written. */
const placeholder = '\u0000factcheck:diagnostics\u0000';
const placeholderJson = JSON.stringify(placeholder);

/** The message as UTF-8 JSON. */
export function encodeMessage(message: Message): Buffer {
  const notification = message as NotificationMessage;
  const params = notification.method === 'textDocument/publishDiagnostics' ? (notification.params as { diagnostics?: unknown }) : undefined;
  if (!params || !Array.isArray(params.diagnostics)) return Buffer.from(JSON.stringify(message), 'utf8');
  const outline = JSON.stringify({ ...notification, params: { ...params, diagnostics: placeholder } });
  // The last one: a document URI could spell the placeholder, and the diagnostics come last in `params`.
  const at = outline.lastIndexOf(placeholderJson);
  const before = Buffer.from(outline.slice(0, at), 'utf8');
  const after = Buffer.from(outline.slice(at + placeholderJson.length), 'utf8');
  const diagnostics: unknown[] = params.diagnostics;
  const parts = new Array<Buffer>(diagnostics.length);
  let length = before.length + after.length + 2 + Math.max(0, diagnostics.length - 1);
  for (let i = 0; i < diagnostics.length; i++) {
    const part = jsonOf(diagnostics[i]);
    parts[i] = part;
    length += part.length;
  }
  // One copy into a buffer of the right size: joining the parts as strings first cost several times more.
  const out = Buffer.allocUnsafe(length);
  let o = 0;
  out.set(before, o);
  o += before.length;
  out[o++] = 0x5b; // [
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) out[o++] = 0x2c; // ,
    out.set(parts[i], o);
    o += parts[i].length;
  }
  out[o++] = 0x5d; // ]
  out.set(after, o);
  return out;
}

/**
 * Writes the JSON of every diagnostic not written yet, giving the event loop a turn when a slice of
 * time is used up, so that publishing them right after is one copy. The first publish of a 5 MB
 * article (13 MB of JSON) took 0.7 s in one go.
 */
export async function prepareEncoding(diagnostics: readonly unknown[], slice: TimeSlice): Promise<void> {
  for (let i = 0; i < diagnostics.length; i++) {
    jsonOf(diagnostics[i]);
    // Asking the clock costs more than looking up a diagnostic written before.
    if ((i & 63) === 63 && slice.due()) await slice.yield();
  }
}

/** The JSON of one diagnostic, written once per object. */
function jsonOf(d: unknown): Buffer {
  if (d === null || typeof d !== 'object') return Buffer.from(JSON.stringify(d) ?? 'null', 'utf8');
  let json = written.get(d);
  if (json === undefined) written.set(d, (json = Buffer.from(JSON.stringify(d), 'utf8')));
  return json;
}
