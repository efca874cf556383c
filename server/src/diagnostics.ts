import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Problem } from './analysis/problems.js';
import type { LineIndex } from './positions.js';

const severities = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/** The only place problems become LSP diagnostics: offsets turn into positions here. */
export function toDiagnostic(problem: Problem, lines: LineIndex): Diagnostic {
  return {
    range: { start: lines.positionAt(problem.start), end: lines.positionAt(problem.end) },
    severity: severities[problem.severity],
    code: problem.rule,
    source: 'factcheck',
    message: problem.message,
    data: problem.data,
  };
}
