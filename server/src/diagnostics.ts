import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { AnnotationRef, FindingData, Problem } from './analysis/problems.js';
import type { Span } from './analysis/types.js';
import type { LineIndex } from './positions.js';

const severities = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/**
 * What a diagnostic's `data` carries: only what code actions need besides the diagnostic's range
 * (codeActions.ts), so that a 1 MB article's few thousand diagnostics stay small on the wire. The
 * finding's span is the range, except for a quote with no speaker, whose actions go to its cue.
 */
export interface DiagnosticData {
  kind: FindingData['kind'];
  annotation?: AnnotationRef;
  /** Where the code actions act when it is not the diagnostic's range (absolute offsets). */
  span?: Span;
  /** On `annotation.sidecar`: the file holds an unfinished git merge, which the server can merge. */
  sidecarConflict?: true;
  /** On `attribution.incomplete`: the speaker, whom the quick fix can add to the well-known people. */
  speaker?: string;
}

/**
 * The only place problems become LSP diagnostics: offsets turn into positions here. `offset` is
 * added to the problem's offsets (problems of one chunk are kept relative to the chunk).
 */
export function toDiagnostic(problem: Problem, lines: LineIndex, offset = 0): Diagnostic {
  return {
    range: { start: lines.positionAt(problem.start + offset), end: lines.positionAt(problem.end + offset) },
    severity: severities[problem.severity],
    code: problem.rule,
    source: 'factcheck',
    message: problem.message,
    data: dataOf(problem, offset),
  };
}

function dataOf(problem: Problem, offset: number): DiagnosticData {
  const data: DiagnosticData = { kind: problem.data.kind };
  if (problem.data.annotation) data.annotation = problem.data.annotation;
  if (problem.data.kind === 'attribution') {
    const a = problem.data.attribution;
    const span = a.source ?? a.cue;
    if (span.start !== problem.start || span.end !== problem.end) data.span = { start: span.start + offset, end: span.end + offset };
    if (problem.rule === 'attribution.incomplete' && a.speaker) data.speaker = a.speaker;
  }
  return data;
}

/** The same diagnostic `by` lines further down (a chunk moved after an edit above it). */
export function shiftLines(diagnostic: Diagnostic, by: number): Diagnostic {
  const { start, end } = diagnostic.range;
  return { ...diagnostic, range: { start: { line: start.line + by, character: start.character }, end: { line: end.line + by, character: end.character } } };
}
