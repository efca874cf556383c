import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysedBlock, Analyzer, PlacedChunk } from './analysis/analyze.js';
import { chunksFrom } from './analysis/chunks.js';
import type { Analysis, AnalysisOptions, DocumentKind } from './analysis/types.js';
import { LineIndex, type Position } from './positions.js';
import { TimeSlicer } from './scheduler.js';

/** What the server knows of one open document at one version. */
export interface DocumentState {
  version: number;
  analysis: Analysis;
  lines: LineIndex;
  text: string;
}

/** A chunk of the last analysed text with its analysed blocks (offsets relative to the chunk). */
interface ChunkEntry {
  start: number;
  end: number;
  skip: boolean;
  blocks: AnalysedBlock[];
}

interface Snapshot {
  version: number;
  text: string;
  kind: DocumentKind;
  chunks: ChunkEntry[];
}

interface Entry {
  state: DocumentState;
  kind: DocumentKind;
  threshold: number;
}

/**
 * Per-document analysis state for the language server, kept up to date incrementally: after an edit
 * only the chunks the edit touched are split and analysed again (the rest are shifted), the line
 * index is the document's own (which vscode-languageserver-textdocument updates incrementally), and
 * a long analysis (opening a 5 MB article) yields to the event loop between chunks, so requests for
 * other documents are answered meanwhile. A keystroke still costs O(findings) to assemble the
 * document's analysis, and the server then sends every diagnostic again, as LSP requires.
 */
export class DocumentStates {
  private readonly entries = new Map<string, Entry>();
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly running = new Map<string, Promise<DocumentState | undefined>>();
  /** Bumped when a document is forgotten, so a computation still running for it throws its result away. */
  private readonly generations = new Map<string, number>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly slicer = new TimeSlicer(),
  ) {}

  /** The last state computed for `uri`, whatever its version. */
  get(uri: string): DocumentState | undefined {
    return this.entries.get(uri)?.state;
  }

  /** Forgets a document (closed, or disabled). */
  delete(uri: string): void {
    this.entries.delete(uri);
    this.snapshots.delete(uri);
    this.running.delete(uri);
    this.generations.set(uri, (this.generations.get(uri) ?? 0) + 1);
  }

  /** Forgets every document's state (settings changed); the analyzer's caches keep the work. */
  clear(): void {
    for (const uri of [...this.entries.keys(), ...this.snapshots.keys(), ...this.running.keys()]) this.delete(uri);
  }

  /**
   * The state of the document's current version. Resolves to the newest version when the document
   * changes while a long analysis runs, and to an empty state of version -1 when the document is
   * forgotten meanwhile; callers compare `state.version` with the version they want.
   */
  async analyse(document: TextDocument, kind: DocumentKind, options: AnalysisOptions): Promise<DocumentState> {
    for (;;) {
      const entry = this.entries.get(document.uri);
      if (entry && entry.state.version === document.version && entry.kind === kind && entry.threshold === options.claimThreshold) return entry.state;
      let run = this.running.get(document.uri);
      if (!run) {
        run = this.compute(document, kind, options);
        this.running.set(document.uri, run);
        const clear = () => {
          if (this.running.get(document.uri) === run) this.running.delete(document.uri);
        };
        run.then(clear, clear);
      }
      const state = await run;
      // The document was forgotten meanwhile (closed, or settings changed, which analyses it again):
      // an empty state of no version, which callers comparing versions drop, rather than a
      // whole analysis that nothing keeps.
      if (!state) return { version: -1, analysis: { figures: [], attributions: [], claims: [] }, text: '', lines: new LineIndex('') };
      if (state.version === document.version) {
        const now = this.entries.get(document.uri);
        if (now && now.state === state && (now.kind !== kind || now.threshold !== options.claimThreshold)) continue;
        return state;
      }
    }
  }

  private async compute(document: TextDocument, kind: DocumentKind, options: AnalysisOptions): Promise<DocumentState | undefined> {
    const uri = document.uri;
    const generation = this.generations.get(uri) ?? 0;
    for (;;) {
      const version = document.version;
      const text = document.getText();
      const previous = this.snapshots.get(uri);
      const forgotten = () => (this.generations.get(uri) ?? 0) !== generation;
      const chunks = await this.rechunk(previous && previous.kind === kind ? previous : undefined, text, kind, () => document.version !== version || forgotten());
      if (forgotten()) return undefined;
      // The document changed while the analysis yielded: go again from the newest text (the chunks
      // analysed so far are in the analyzer's cache).
      if (!chunks) continue;
      this.snapshots.set(uri, { version, text, kind, chunks });
      const analysis = this.analyzer.assemble(text, placedChunks(chunks), options);
      const state: DocumentState = { version, analysis, text, lines: new DocumentLines(document, version, text) };
      this.entries.set(uri, { state, kind, threshold: options.claimThreshold });
      return state;
    }
  }

  /**
   * The chunks of `text`: re-split only from the chunk before the first one the change touches,
   * up to the first chunk after the change that lines up with a chunk of `previous`; the rest of
   * `previous` is reused, shifted. Undefined when `stale()` turned true while it yielded.
   */
  private async rechunk(previous: Snapshot | undefined, text: string, kind: DocumentKind, stale: () => boolean): Promise<ChunkEntry[] | undefined> {
    const old = previous?.chunks ?? [];
    const change = previous ? changedRange(previous.text, text) : { start: 0, oldEnd: 0, newEnd: text.length };
    if (previous && change.oldEnd === change.start && change.newEnd === change.start) return old;
    const delta = change.newEnd - change.oldEnd;
    // The first chunk that ends at or after the change, and one more before it: deleting the blank
    // line between two chunks joins them.
    let first = lowerBound(old, change.start);
    first = Math.max(0, first - 1);
    const restart = first === 0 || !previous ? 0 : old[first].start;
    const out = old.slice(0, first);
    let next = first;
    const slice = this.slicer.start();
    for (const chunk of chunksFrom(text, kind, restart)) {
      if (chunk.start >= change.newEnd && previous) {
        const was = chunk.start - delta;
        while (next < old.length && old[next].start < was) next++;
        const match = old[next];
        if (match && match.start === was && match.end === chunk.end - delta && match.skip === chunk.skip) {
          for (let i = next; i < old.length; i++) {
            const c = old[i];
            out.push(delta === 0 ? c : { start: c.start + delta, end: c.end + delta, skip: c.skip, blocks: c.blocks });
          }
          return out;
        }
      }
      out.push({ ...chunk, blocks: chunk.skip ? [] : this.analyzer.chunk(text.slice(chunk.start, chunk.end), kind) });
      if (slice.due()) {
        await slice.yield();
        if (stale()) return undefined;
      }
    }
    return out;
  }
}

function* placedChunks(chunks: ChunkEntry[]): Generator<PlacedChunk> {
  for (const chunk of chunks) if (!chunk.skip) yield { offset: chunk.start, blocks: chunk.blocks };
}

/** The first index whose chunk ends at or after `offset`. */
function lowerBound(chunks: ChunkEntry[], offset: number): number {
  let low = 0;
  let high = chunks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (chunks[mid].end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Where two texts differ: `[start, oldEnd)` of `before` became `[start, newEnd)` of `after`. Compares
 * in blocks (string equality is a memory compare) before narrowing down, so an unchanged megabyte
 * costs well under a millisecond.
 */
export function changedRange(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (start + step <= limit && before.slice(start, start + step) === after.slice(start, start + step)) start += step;
  }
  let suffix = 0;
  const maxSuffix = limit - start;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (suffix + step <= maxSuffix && before.slice(before.length - suffix - step, before.length - suffix) === after.slice(after.length - suffix - step, after.length - suffix)) suffix += step;
  }
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * Positions for one version of a document: the document's own line offsets while it is still at
 * that version (vscode-languageserver-textdocument keeps them up to date edit by edit), a line index
 * of the version's text, built when first needed, after it has moved on.
 */
class DocumentLines extends LineIndex {
  private own: LineIndex | undefined;

  constructor(
    private readonly document: TextDocument,
    private readonly version: number,
    private readonly snapshot: string,
  ) {
    super('');
  }

  private fallback(): LineIndex | undefined {
    if (this.document.version === this.version) return undefined;
    this.own ??= new LineIndex(this.snapshot);
    return this.own;
  }

  override positionAt(offset: number): Position {
    return this.fallback()?.positionAt(offset) ?? this.document.positionAt(offset);
  }

  override offsetAt(position: Position): number {
    return this.fallback()?.offsetAt(position) ?? this.document.offsetAt(position);
  }
}
