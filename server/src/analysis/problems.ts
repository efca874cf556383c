import type { Analysis, Attribution, Claim, Figure, Span } from './types.js';

/**
 * Findings turned into problems: a rule id, a severity name and a message, with UTF-16 offsets.
 * The language server and the CLI both report these; each converts offsets to its own positions.
 */

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export type RuleId =
  | 'figure.unchecked'
  | 'attribution.quote'
  | 'claim.checkworthy'
  | 'annotation.false'
  | 'annotation.disputed'
  | 'annotation.misleading'
  | 'annotation.partly-true'
  | 'annotation.unverifiable'
  | 'annotation.unchecked'
  | 'annotation.drift'
  | 'annotation.orphan'
  | 'annotation.sidecar';

export interface SeveritySettings {
  figure: SeverityName;
  attribution: SeverityName;
  claim: SeverityName;
}

export const defaultSeverities: SeveritySettings = {
  figure: 'information',
  attribution: 'off',
  claim: 'hint',
};

/** A reference to the sidecar annotation a problem is about (kept small: it travels in `data`). */
export interface AnnotationRef {
  id: string;
  status: string;
}

export type FindingData = (
  | { kind: 'figure'; figure: Figure }
  | { kind: 'attribution'; attribution: Attribution }
  | { kind: 'claim'; claim: Claim }
  | { kind: 'text'; text: string }
) & { annotation?: AnnotationRef };

export interface Problem extends Span {
  rule: RuleId;
  severity: Exclude<SeverityName, 'off'>;
  message: string;
  /** The finding the problem is about; code actions and hovers are rebuilt from it. */
  data: FindingData;
}

const approxWords: Record<Figure['approx'], string> = {
  exact: 'exact',
  about: 'approximate',
  'more-than': 'lower bound',
  'less-than': 'upper bound',
  'at-least': 'at least',
  'at-most': 'at most',
  range: 'range',
};

export function describeApprox(figure: Figure): string {
  return approxWords[figure.approx];
}

export function figureMessage(figure: Figure): string {
  const value = figure.low !== undefined && figure.high !== undefined ? `${figure.low}–${figure.high}` : figure.value ?? 'no exact value';
  const unit = figure.unit ? ` ${figure.unit}` : '';
  return `Figure: ${figure.text} — unchecked (${figure.kind}, ${value}${unit}, ${describeApprox(figure)})`;
}

/** The problems of one analysed document, in document order. */
export function problemsOf(analysis: Analysis, severities: SeveritySettings = defaultSeverities): Problem[] {
  const problems: Problem[] = [];
  if (severities.figure !== 'off') {
    for (const figure of analysis.figures) {
      if (figure.kind === 'ordinal') continue;
      problems.push({ start: figure.start, end: figure.end, rule: 'figure.unchecked', severity: severities.figure, message: figureMessage(figure), data: { kind: 'figure', figure } });
    }
  }
  if (severities.attribution !== 'off') {
    for (const attribution of analysis.attributions) {
      const span = attribution.source ?? attribution.cue;
      const who = attribution.speaker ?? 'unnamed speaker';
      problems.push({ start: span.start, end: span.end, rule: 'attribution.quote', severity: severities.attribution, message: `Attribution (${attribution.type}): ${who}`, data: { kind: 'attribution', attribution } });
    }
  }
  if (severities.claim !== 'off') {
    for (const claim of analysis.claims) {
      if (!claim.checkWorthy) continue;
      const why = claim.reasons.length ? `: ${claim.reasons.join(', ')}` : '';
      problems.push({ start: claim.start, end: claim.end, rule: 'claim.checkworthy', severity: severities.claim, message: `Check-worthy claim (score ${claim.score.toFixed(2)})${why}`, data: { kind: 'claim', claim } });
    }
  }
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}
