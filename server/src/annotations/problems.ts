import { problemsOf, type FindingData, type Problem, type SeveritySettings } from '../analysis/problems.js';
import type { Analysis, Span } from '../analysis/types.js';
import type { PlacedAnnotation } from './anchor.js';
import { statusLabels, type Annotation, type Status } from './types.js';

/**
 * The problems of an article once its annotations are taken into account: a finding the editor
 * has judged reports its status instead of "unchecked" (false → Error; disputed, misleading →
 * Warning; verified and ignored → nothing), judged words that changed report drift, and
 * annotations that cannot be placed are reported at the top of the article as orphans.
 */

const statusSeverity: Partial<Record<Status, Problem['severity']>> = {
  false: 'error',
  disputed: 'warning',
  misleading: 'warning',
  'partly-true': 'information',
  unverifiable: 'information',
};

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Words on one line, cut with an ellipsis after `max` characters, for messages. */
export function shortText(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}

export function annotatedProblems(analysis: Analysis, placed: PlacedAnnotation[], severities: SeveritySettings, sidecarName: string, text?: string, wellKnown?: (speaker: string) => boolean): Problem[] {
  return annotate(problemsOf(analysis, severities, text, undefined, wellKnown), placed, sidecarName);
}

/**
 * The findings' problems (in `problemsOf` order) with the annotations taken into account. A finding
 * no annotation matches is returned as the same object.
 */
export function annotate(findings: Problem[], placed: PlacedAnnotation[], sidecarName: string): Problem[] {
  const byStart = new Map<number, PlacedAnnotation[]>();
  for (const p of placed) {
    if (!p.anchor) continue;
    const list = byStart.get(p.anchor.start) ?? [];
    list.push(p);
    byStart.set(p.anchor.start, list);
  }
  const used = new Set<PlacedAnnotation>();
  const out: Problem[] = [];

  for (const problem of findings) {
    const match = byStart.get(problem.start)?.find((p) => sameSpan(p.anchor!, problem) && !used.has(p));
    if (!match) {
      out.push(problem);
      continue;
    }
    used.add(match);
    const data: FindingData = { ...problem.data, annotation: { id: match.annotation.id, status: match.annotation.status } };
    out.push(...statusProblems(match, problem.start, problem.end, data, problem));
  }
  // Annotations on words that are not (or no longer) a finding: selected text, or a figure the finder
  // stopped reporting. They still show their status.
  for (const p of placed) {
    if (!p.anchor || used.has(p)) continue;
    const data: FindingData = { kind: 'text', text: p.currentText ?? '', annotation: { id: p.annotation.id, status: p.annotation.status } };
    out.push(...statusProblems(p, p.anchor.start, p.anchor.end, data, null));
  }
  for (const p of placed) {
    if (p.anchor) continue;
    const exact = p.annotation.target.selector[0].exact;
    out.push({
      start: 0,
      end: 0,
      rule: 'annotation.orphan',
      severity: 'warning',
      message: `Annotation could not be placed (orphan): “${shortText(exact)}” (${statusLabels[p.annotation.status]}). It is kept in ${sidecarName}; run “Fact Check: Show Orphans”.`,
      data: { kind: 'text', text: exact, annotation: { id: p.annotation.id, status: p.annotation.status } },
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function statusProblems(p: PlacedAnnotation, start: number, end: number, data: FindingData, finding: Problem | null): Problem[] {
  const a: Annotation = p.annotation;
  const out: Problem[] = [];
  const label = statusLabels[a.status];
  const what = shortText(p.currentText ?? '');
  const severity = statusSeverity[a.status];
  if (severity) {
    const rule = `annotation.${a.status}` as Problem['rule'];
    const sources = a.sources.length === 1 ? '1 source' : `${a.sources.length} sources`;
    out.push({ start, end, rule, severity, message: `${label}: “${what}” (${sources})`, data });
  } else if (a.status === 'unchecked') {
    // Unchecked keeps the finding's own diagnostic; a plain-text annotation gets a hint.
    if (finding) out.push({ ...finding, data });
    else out.push({ start, end, rule: 'annotation.unchecked', severity: 'hint', message: `Unchecked: “${what}”`, data });
  }
  if (p.drift) {
    out.push({ start, end, rule: 'annotation.drift', severity: 'warning', message: `Changed since it was marked ${label.toLowerCase()}: “${what}”. Check it again, then set its status.`, data });
  }
  return out;
}
