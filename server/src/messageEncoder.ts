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

/**
 * How a diagnostics array was put together (documentDiagnostics.ts): runs of consecutive diagnostics
 * of one kept list (a chunk's, unchanged from one keystroke to the next), and diagnostics on their
 * own (`lists[r]` undefined). A list's JSON is written once into one buffer, so a run is one copy:
 * writing a 1 MB article's 15,000 diagnostics one by one cost about 10 ms a keystroke here.
 */
export interface DiagnosticRuns {
  lists: Array<readonly object[] | undefined>;
  from: number[];
  to: number[];
}

const runsOf = new WeakMap<readonly unknown[], DiagnosticRuns>();

/** Says how `diagnostics` was made of runs; they are checked again when it is written. */
export function madeOfRuns(diagnostics: readonly unknown[], runs: DiagnosticRuns): void {
  runsOf.set(diagnostics, runs);
}

/** A kept list's diagnostics written one after another, each followed by a comma; `offsets[i]` is where the i-th starts. */
interface WrittenList {
  bytes: Buffer;
  offsets: Int32Array;
}

const writtenLists = new WeakMap<readonly object[], WrittenList>();

function writtenList(list: readonly object[]): WrittenList {
  let found = writtenLists.get(list);
  if (found === undefined) {
    const json = list.map((d) => JSON.stringify(d));
    const offsets = new Int32Array(json.length + 1);
    for (let i = 0; i < json.length; i++) offsets[i + 1] = offsets[i] + Buffer.byteLength(json[i], 'utf8') + 1;
    found = { bytes: Buffer.from(json.length ? json.join(',') + ',' : '', 'utf8'), offsets };
    writtenLists.set(list, found);
  }
  return found;
}

/**
 * The runs `diagnostics` was made of, if it is still made of them: the array may have been changed
 * after it was made (a diagnostic put before the others), and then it is written one by one.
 */
function runsFor(diagnostics: readonly unknown[]): DiagnosticRuns | undefined {
  const runs = runsOf.get(diagnostics);
  if (runs === undefined) return undefined;
  let n = 0;
  for (let r = 0; r < runs.lists.length; r++) {
    const list = runs.lists[r];
    if (list === undefined) {
      n++;
      continue;
    }
    const from = runs.from[r];
    const count = runs.to[r] - from;
    if (count < 1 || diagnostics[n] !== list[from] || diagnostics[n + count - 1] !== list[from + count - 1]) return undefined;
    n += count;
  }
  return n === diagnostics.length ? runs : undefined;
}

/** The JSON of every diagnostic in order, as few buffers as the runs allow (none with a comma between). */
function partsOf(diagnostics: readonly unknown[]): Buffer[] {
  const runs = runsFor(diagnostics);
  if (runs === undefined) return diagnostics.map(jsonOf);
  const parts = new Array<Buffer>(runs.lists.length);
  let n = 0;
  for (let r = 0; r < runs.lists.length; r++) {
    const list = runs.lists[r];
    if (list === undefined) {
      parts[r] = jsonOf(diagnostics[n++]);
      continue;
    }
    const { bytes, offsets } = writtenList(list);
    parts[r] = bytes.subarray(offsets[runs.from[r]], offsets[runs.to[r]] - 1);
    n += runs.to[r] - runs.from[r];
  }
  return parts;
}

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
  const parts = partsOf(params.diagnostics);
  let length = before.length + after.length + 2 + Math.max(0, parts.length - 1);
  for (let i = 0; i < parts.length; i++) length += parts[i].length;
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
  const runs = runsFor(diagnostics);
  if (runs !== undefined) {
    let n = 0;
    for (let r = 0; r < runs.lists.length; r++) {
      const list = runs.lists[r];
      if (list === undefined) jsonOf(diagnostics[n++]);
      else {
        writtenList(list);
        n += runs.to[r] - runs.from[r];
      }
      if ((r & 63) === 63 && slice.due()) await slice.yield();
    }
    return;
  }
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
