import type { Figure, Statistic } from '../types.js';

/**
 * Statistics of studies and polls: "a hazard ratio of 0.80 (95% CI 0.69-0.93; p=0.003)". Without
 * this the ratio reads as a count of nothing, the confidence level as a share of something, and the
 * p-value not at all; a health reporter checks each against the paper, and Verify Figures must not
 * compare "95%" with the article's other percentages.
 */

/** Any of the words below, to skip the sentences (nearly all) that name no statistic. */
const anyStatistic = /\bratios?\b|\b(?:HR|OR|RR|IRR|CI|CrI|[Cc]onfidence|[Cc]redible|[Rr]isk|[Cc]orrelat\w*|[pP]\s*-?\s*values?)\b|\b[pPr]\s*(?:=|<|>|≤|≥)/g;

/** Names of a statistic before its value, with what may stand between ("of", "was", "=", a bracket). */
const namedBefore: Array<[RegExp, Statistic]> = [
  [/\b(?:[Hh]azard\s+ratio|HR)\s*$/, 'hazard-ratio'],
  [/\b(?:[Oo]dds\s+ratio|OR)\s*$/, 'odds-ratio'],
  [/\b(?:[Rr]elative\s+risk|[Rr]isk\s+ratio|[Rr]ate\s+ratio|RR|IRR)\s*$/, 'risk-ratio'],
  [/\b(?:[Cc]orrelation(?:\s+coefficient)?|\br)\s*$/, 'correlation'],
  [/\b(?:CI|CrI|[Cc]onfidence\s+interval|[Cc]redible\s+interval)\s*$/, 'confidence-interval'],
];
/** What may stand between a statistic's name and its value. */
const linkBefore = /\s*(?:(?:of|was|is|were|at)\s+|[=:,]\s*|\(\s*)?(?:(?:about|around|approximately|roughly)\s+)?$/;
/** A confidence level: "95% CI", "a 95% confidence interval". */
const levelAfter = /^\s*(?:CI|CrI|confidence|credible)\b/;
/** "p=0.003", "p < .001", "P = 0.04", "p-value of 0.02", "p value < 0.05". */
const pValue = /\b[pP](?:\s*-?\s*values?\s*(?:of|was|is|=|<|>|≤|≥)?|\s*(?:=|<|>|≤|≥|<=|>=))\s*(=|<|>|≤|≥|<=|>=)?\s*(\d*\.\d+|[01](?![\d.,]))/g;

/** How far past a sentence's end its searches read, so that a match starting inside it ends as in the whole text. */
const searchSlack = 64;

const approxOf: Record<string, Figure['approx']> = { '<': 'less-than', '≤': 'at-most', '<=': 'at-most', '>': 'more-than', '≥': 'at-least', '>=': 'at-least' };

/**
 * Marks the figures of one sentence (`start` to `end` of `text`) that are statistics, and adds the
 * p-values the figure finder does not read; returns the figures in order.
 */
export function markStatistics(figures: Figure[], text: string, start: number, end: number): Figure[] {
  // The searches below read the sentence and a few characters after it, not the rest of the block:
  // searching to the block's end for every sentence made a long paragraph quadratic.
  const near = text.slice(0, Math.min(text.length, end + searchSlack));
  anyStatistic.lastIndex = start;
  const first = anyStatistic.exec(near);
  if (first === null || first.index >= end) return figures;
  for (const f of figures) {
    if (f.kind === 'percent' && f.unit === '%' && f.value !== null && f.value >= 80 && f.value < 100 && levelAfter.test(text.slice(f.end, f.end + 12))) {
      f.statistic = 'confidence-level';
      continue;
    }
    if (f.kind !== 'count' || f.noun || f.score) continue;
    const before = text.slice(Math.max(start, f.start - 40), f.start);
    const link = linkBefore.exec(before);
    const name = before.slice(0, link ? link.index : before.length);
    // "95% CI 0.69-0.93": the interval follows its level.
    const statistic = namedBefore.find(([pattern]) => pattern.test(name))?.[1];
    if (statistic && !(statistic === 'correlation' && /\br\s*$/.test(name) && !/=\s*$/.test(before))) f.statistic = statistic;
  }
  const added: Figure[] = [];
  pValue.lastIndex = start;
  for (let m = pValue.exec(near); m !== null && m.index < end; m = pValue.exec(near)) {
    const mEnd = m.index + m[0].length;
    if (mEnd > end) break;
    const sign = /(?:<=|>=|[=<>≤≥])/.exec(m[0])?.[0] ?? '=';
    const p: Figure = { start: m.index, end: mEnd, text: m[0], kind: 'count', value: Number(m[2]), unit: null, approx: approxOf[sign] ?? 'exact', statistic: 'p-value' };
    if (!(p.value! >= 0 && p.value! <= 1)) continue;
    added.push(p);
  }
  if (added.length === 0) return figures;
  // The finder may have read the number alone ("< 0.001"): the p-value replaces it.
  const kept = figures.filter((f) => !added.some((p) => f.start < p.end && p.start < f.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
