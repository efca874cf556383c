import type { Diagnostic } from 'vscode-languageserver/node';
import { problemsOf, type Problem, type SeveritySettings } from './analysis/problems.js';
import type { PlacedAnnotation } from './annotations/anchor.js';
import { annotate } from './annotations/problems.js';
import { shiftLines, toDiagnostic } from './diagnostics.js';
import type { DatedFindings, DocumentState, PlacedFindings } from './documentState.js';
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
  for (const chunk of state.chunks) {
    chunkDiagnostics(chunk, severities, state);
    if (slice.due()) await slice.yield();
  }
}

export function documentDiagnostics(state: DocumentState, placed: PlacedAnnotation[], severities: SeveritySettings, sidecarName: string): Diagnostic[] {
  const chunks = state.chunks.map((chunk) => chunkDiagnostics(chunk, severities, state));
  const said = problemsOf({ figures: [], attributions: state.attributions, claims: [] }, severities, state.text, state.searches);
  if (placed.length === 0) {
    const out: Diagnostic[] = [];
    merge(
      state,
      chunks,
      said,
      (c, j) => out.push(c.diagnostics[j]),
      (p) => out.push(toDiagnostic(p, state.lines)),
    );
    return out;
  }
  const findings: Problem[] = [];
  const made = new Map<Problem, Diagnostic>();
  merge(
    state,
    chunks,
    said,
    (c, j, start, end) => {
      const problem = { ...c.problems[j], start, end };
      made.set(problem, c.diagnostics[j]);
      findings.push(problem);
    },
    (p) => findings.push(p),
  );
  return annotate(findings, placed, sidecarName).map((p) => made.get(p) ?? toDiagnostic(p, state.lines));
}

/**
 * Merges the chunks' figure and claim problems with the attribution problems in `problemsOf` order:
 * by start, then end, and at equal spans figures, then attributions, then claims.
 */
function merge(
  state: DocumentState,
  chunks: ChunkDiagnostics[],
  said: Problem[],
  chunkProblem: (chunk: ChunkDiagnostics, index: number, start: number, end: number) => void,
  attributionProblem: (problem: Problem) => void,
): void {
  let k = 0;
  chunks.forEach((chunk, i) => {
    const offset = state.chunks[i].start;
    chunk.problems.forEach((p, j) => {
      const start = p.start + offset;
      const end = p.end + offset;
      const claim = p.rule === 'claim.checkworthy';
      while (k < said.length && (said[k].start < start || (said[k].start === start && (said[k].end < end || (said[k].end === end && claim))))) attributionProblem(said[k++]);
      chunkProblem(chunk, j, start, end);
    });
  });
  while (k < said.length) attributionProblem(said[k++]);
}
