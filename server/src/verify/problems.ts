import type { ArticleFinding, FigureVerification, QuoteVerification, VerifyReport } from './types.js';

/**
 * Verify results as problems, the one shape the CLI (text, JSON, SARIF) and the language server
 * (diagnostics) report: `figure.contradicted` (error) when a source or the article itself gives
 * another value, `figure.unsupported` (warning) when the sources say nothing or cannot be read, and
 * `figure.supported` (information) when a source supports the figure; for quotations,
 * `quote.misquoted` (warning) when a source has different words, `quote.unsupported` (warning) when
 * no source has them or none could be read, `quote.supported` (information).
 */

export type VerifyRule = 'figure.contradicted' | 'figure.unsupported' | 'figure.supported' | 'quote.misquoted' | 'quote.unsupported' | 'quote.supported';

export interface VerifyProblem {
  rule: VerifyRule;
  severity: 'error' | 'warning' | 'information';
  message: string;
  start: number;
  end: number;
  /** The result the problem reports, for hovers and code actions. */
  data: { kind: 'verify'; result: FigureVerification } | { kind: 'verify-article'; finding: ArticleFinding } | { kind: 'verify-quote'; result: QuoteVerification };
}

export const verifyRules: Record<VerifyRule, string> = {
  'figure.contradicted': 'A source, or the article itself, gives another value for the figure.',
  'figure.unsupported': 'No attached source gives the figure, or none could be read.',
  'figure.supported': 'An attached source gives the figure.',
  'quote.misquoted': 'An attached source has the quotation in different words.',
  'quote.unsupported': 'No attached source has the quoted words, or none could be read.',
  'quote.supported': 'An attached source has the quoted words.',
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

export function problemOfQuote(result: QuoteVerification): VerifyProblem {
  const base = { start: result.quote.start, end: result.quote.end, message: result.message, data: { kind: 'verify-quote' as const, result } };
  if (result.status === 'supported') return { ...base, rule: 'quote.supported', severity: 'information' };
  if (result.status === 'misquoted') return { ...base, rule: 'quote.misquoted', severity: 'warning' };
  return { ...base, rule: 'quote.unsupported', severity: 'warning' };
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
  for (const q of report.quotes ?? []) out.push(problemOfQuote(q));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** True when the report holds a contradiction or a misquotation (the CLI then exits 1). */
export function hasContradiction(report: VerifyReport): boolean {
  return report.article.length > 0 || report.figures.some((f) => f.status === 'contradicted') || (report.quotes ?? []).some((q) => q.status === 'misquoted');
}
