import type { ArticleFinding, FigureVerification, VerifyReport } from './types.js';

/**
 * Verify results as problems, the one shape the CLI (text, JSON, SARIF) and the language server
 * (diagnostics) report: `figure.contradicted` (error) when a source or the article itself gives
 * another value, `figure.unsupported` (warning) when the sources say nothing or cannot be read, and
 * `figure.supported` (information) when a source supports the figure.
 */

export type VerifyRule = 'figure.contradicted' | 'figure.unsupported' | 'figure.supported';

export interface VerifyProblem {
  rule: VerifyRule;
  severity: 'error' | 'warning' | 'information';
  message: string;
  start: number;
  end: number;
  /** The result the problem reports, for hovers and code actions. */
  data: { kind: 'verify'; result: FigureVerification } | { kind: 'verify-article'; finding: ArticleFinding };
}

export const verifyRules: Record<VerifyRule, string> = {
  'figure.contradicted': 'A source, or the article itself, gives another value for the figure.',
  'figure.unsupported': 'No attached source gives the figure, or none could be read.',
  'figure.supported': 'An attached source gives the figure.',
};

export function problemOfFigure(result: FigureVerification): VerifyProblem | null {
  const base = { start: result.figure.start, end: result.figure.end, data: { kind: 'verify' as const, result } };
  switch (result.status) {
    case 'contradicted':
      return { ...base, rule: 'figure.contradicted', severity: 'error', message: result.message };
    case 'not-found':
    case 'unreachable':
    case 'unsupported':
      return { ...base, rule: 'figure.unsupported', severity: 'warning', message: result.message };
    case 'supported':
      return { ...base, rule: 'figure.supported', severity: 'information', message: result.message };
    default:
      return null;
  }
}

export function problemOfFinding(finding: ArticleFinding): VerifyProblem {
  return { rule: 'figure.contradicted', severity: 'error', message: finding.message, start: finding.start, end: finding.end, data: { kind: 'verify-article', finding } };
}

/** Every problem of a report, in document order. */
export function verifyProblems(report: VerifyReport): VerifyProblem[] {
  const out: VerifyProblem[] = [];
  for (const r of report.figures) {
    const p = problemOfFigure(r);
    if (p) out.push(p);
  }
  for (const f of report.article) out.push(problemOfFinding(f));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** True when the report holds a contradiction (the CLI then exits 1). */
export function hasContradiction(report: VerifyReport): boolean {
  return report.article.length > 0 || report.figures.some((f) => f.status === 'contradicted');
}
