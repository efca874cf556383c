import type { Diagnostic } from 'vscode-languageserver/node';
import { problemsOf, type Problem, type SeveritySettings } from './analysis/problems.js';
import type { PlacedAnnotation } from './annotations/anchor.js';
import { annotate } from './annotations/problems.js';
import { shiftLines, toDiagnostic, type DiagnosticData } from './diagnostics.js';
import type { DatedFindings, DocumentState, PlacedFindings } from './documentState.js';
import { madeOfRuns, type DiagnosticRuns } from './messageEncoder.js';
import type { TimeSlice } from './scheduler.js';

/**
 * A document's diagnostics, exactly `annotatedProblems(state.analysis, …)` turned into diagnostics,
 * but built per chunk: each chunk's figure and claim problems and their diagnostics are kept with
 * the chunk's findings and reused while the chunk is unchanged (moved down or up when lines were
 * added or removed above it). Only attribution problems, which depend on the whole article, are
 * made again for every version; they are few.
 */

interface ChunkDiagnostics {
  /** The severities the problems were made with (compared one by one: a key string made per chunk cost 0.9 ms a keystroke on 1 MB). */
  figure: SeveritySettings['figure'];
  claim: SeveritySettings['claim'];
  /** The line the diagnostics are placed for. */
  line: number;
  /** Figure and claim problems relative to the chunk, in `problemsOf` order. */
  problems: Problem[];
  diagnostics: Diagnostic[];
}

const perChunk = new WeakMap<DatedFindings, ChunkDiagnostics>();

function chunkDiagnostics(chunk: PlacedFindings, severities: SeveritySettings, state: DocumentState): ChunkDiagnostics {
  let cached = perChunk.get(chunk.findings);
  if (!cached || cached.figure !== severities.figure || cached.claim !== severities.claim) {
    const problems = problemsOf({ figures: chunk.findings.figures, attributions: [], claims: chunk.findings.base.claims }, severities);
    cached = { figure: severities.figure, claim: severities.claim, line: chunk.line, problems, diagnostics: problems.map((p) => toDiagnostic(p, state.lines, chunk.start)) };
    perChunk.set(chunk.findings, cached);
  } else if (cached.line !== chunk.line) {
    const by = chunk.line - cached.line;
    cached.diagnostics = cached.diagnostics.map((d) => shiftLines(d, by));
    cached.line = chunk.line;
  }
  return cached;
}

/**
 * Makes the diagnostics of every chunk not made yet, giving the event loop a turn between chunks
 * when a slice of time is used up, so that `documentDiagnostics` right after has little left to do.
 * Opening a 5 MB article makes some 56,000 diagnostics: half a second in one go.
 */
export async function prepareDocumentDiagnostics(state: DocumentState, severities: SeveritySettings, slice: TimeSlice): Promise<void> {
  // By index: `for…of` with an await in its body makes an iterator result per chunk.
  for (let i = 0; i < state.chunks.length; i++) {
    chunkDiagnostics(state.chunks[i], severities, state);
    if (slice.due()) await slice.yield();
  }
}

export function documentDiagnostics(state: DocumentState, placed: PlacedAnnotation[], severities: SeveritySettings, sidecarName: string, wellKnown?: (speaker: string) => boolean): Diagnostic[] {
  const chunks = state.chunks.map((chunk) => chunkDiagnostics(chunk, severities, state));
  const said = problemsOf({ figures: [], attributions: state.attributions, claims: [] }, severities, state.text, state.searches, wellKnown);
  if (placed.length === 0) {
    const kept = keptDiagnostics(state);
    // The chunks' kept diagnostics go out in runs, which the encoder writes from each chunk's kept JSON.
    // Every problem becomes one diagnostic, so the array is made at its length: pushing the 1 MB
    // article's 15,000 grew it step by step (0.4 MB of garbage a keystroke).
    let total = said.length;
    for (const c of chunks) total += c.problems.length;
    const out: Diagnostic[] = new Array(total);
    let n = 0;
    const runs: DiagnosticRuns = { lists: [], from: [], to: [] };
    merge(
      state,
      chunks,
      said,
      (c, from, to) => {
        for (let j = from; j < to; j++) out[n++] = c.diagnostics[j];
        runs.lists.push(c.diagnostics);
        runs.from.push(from);
        runs.to.push(to);
      },
      (p) => {
        out[n++] = kept(p);
        runs.lists.push(undefined);
        runs.from.push(0);
        runs.to.push(0);
      },
    );
    out.length = n;
    madeOfRuns(out, runs);
    return out;
  }
  const findings: Problem[] = [];
  const made = new Map<Problem, Diagnostic>();
  merge(
    state,
    chunks,
    said,
    (c, from, to, offset) => {
      for (let j = from; j < to; j++) {
        const p = c.problems[j];
        const problem = { ...p, start: p.start + offset, end: p.end + offset };
        made.set(problem, c.diagnostics[j]);
        findings.push(problem);
      }
    },
    (p) => findings.push(p),
  );
  return annotate(findings, placed, sidecarName).map((p) => made.get(p) ?? toDiagnostic(p, state.lines));
}

/**
 * The attribution problems' diagnostics of a document's last version, by what they say: one that says
 * the same in this version is the same object, whose JSON the encoder wrote before (messageEncoder.ts).
 * They are made again for every version (the speakers are resolved across the article), and writing
 * the 1 MB article's 600 of them cost about 2 ms a keystroke. Kept by the document's text searches,
 * which live as long as the document (none, no keeping).
 */
const lastSaid = new WeakMap<object, Map<string, Diagnostic>>();

function keptDiagnostics(state: DocumentState): (p: Problem) => Diagnostic {
  const owner = state.searches;
  const before = owner && lastSaid.get(owner);
  const now = new Map<string, Diagnostic>();
  if (owner) lastSaid.set(owner, now);
  return (p) => {
    const made = toDiagnostic(p, state.lines);
    if (!owner) return made;
    const { start, end } = made.range;
    const key = `${start.line},${start.character},${end.line},${end.character},${made.code}`;
    const was = before?.get(key);
    const found = was !== undefined && sameDiagnostic(was, made) ? was : made;
    now.set(key, found);
    return found;
  };
}

/** Whether two diagnostics at the same range with the same code say the same: every other field `toDiagnostic` writes, in its order. */
function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a.severity !== b.severity || a.message !== b.message || a.source !== b.source) return false;
  const x = a.data as DiagnosticData;
  const y = b.data as DiagnosticData;
  const keys = Object.keys(x);
  const others = Object.keys(y);
  if (keys.length !== others.length || keys.some((k, i) => others[i] !== k)) return false;
  return x.kind === y.kind && x.annotation === undefined && y.annotation === undefined && x.sidecarConflict === y.sidecarConflict && x.speaker === y.speaker &&
    (x.span === undefined ? y.span === undefined : y.span !== undefined && x.span.start === y.span.start && x.span.end === y.span.end);
}

/**
 * Merges the chunks' figure and claim problems with the attribution problems in `problemsOf` order:
 * by start, then end, and at equal spans figures, then attributions, then claims. A chunk's problems
 * come in runs `[from, to)` with no attribution problem among them (`offset` places them in the
 * document); most chunks are one run.
 */
function merge(
  state: DocumentState,
  chunks: ChunkDiagnostics[],
  said: Problem[],
  chunkRun: (chunk: ChunkDiagnostics, from: number, to: number, offset: number) => void,
  attributionProblem: (problem: Problem) => void,
): void {
  let k = 0;
  // Whether the next attribution problem comes before the chunk problem `p` placed at `offset`.
  const saidFirst = (p: Problem, offset: number) => {
    if (k >= said.length) return false;
    const start = p.start + offset;
    const next = said[k];
    return next.start < start || (next.start === start && (next.end < p.end + offset || (next.end === p.end + offset && p.rule === 'claim.checkworthy')));
  };
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    const offset = state.chunks[i].start;
    const problems = chunk.problems;
    if (problems.length === 0) continue;
    // No attribution problem before the chunk's last problem: the chunk is one run, and its problems
    // are not read (reading each of the 1 MB article's 15,000 was most of the merge's time).
    if (k >= said.length || said[k].start > problems[problems.length - 1].start + offset) {
      chunkRun(chunk, 0, problems.length, offset);
      continue;
    }
    let from = 0;
    while (from < problems.length) {
      while (saidFirst(problems[from], offset)) attributionProblem(said[k++]);
      let to = from + 1;
      while (to < problems.length && !saidFirst(problems[to], offset)) to++;
      chunkRun(chunk, from, to, offset);
      from = to;
    }
  }
  while (k < said.length) attributionProblem(said[k++]);
}
