import type { Figure } from '../analysis/types.js';
import { lastDigitRounding, lineOf, sentenceIndexOf, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "Equinor and SSE each hold 40%, and the state fund the remaining 20%", "Japanese films took
 * 37.5%, foreign films the remaining 62.5%": the share called the rest completes the shares named
 * before it to 100%. Stakes, vote and market shares are written this way, and an edit to one share
 * rarely reaches the rest.
 */

/** Right before the share that is the rest: "the remaining", "the rest,", "the other". */
const restBefore = /\b(?:the\s+)?(?:remaining|other)\s+$/i;
/** "X and Y each hold 40%": two holders of one share each. */
const eachOfTwo = /\b[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*\s+and\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*\s+each\s+(?:\w+\s+)?$/;
/** A share that is a change or a rate, which completes no whole: "rose 5%", "5% a year". */
const changeBefore = /\b(?:rose|fell|up|down|by|rise|fall|increase|decrease|grew|gained|lost|cut|raised|jumped|dropped)\s+(?:(?:about|almost|nearly|some)\s+)?$/i;

function isShare(f: Figure): boolean {
  return f.kind === 'percent' && f.unit === '%' && f.value !== null && f.low === undefined && f.change === undefined && !f.statistic && (f.approx === 'exact' || f.approx === 'about');
}

export function remainingShares(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 0; k < figures.length; k++) {
    const rest = figures[k];
    if (!isShare(rest) || !restBefore.test(doc.text.slice(Math.max(0, rest.start - 20), rest.start))) continue;
    const at = sentenceIndexOf(doc, rest);
    if (at < 0) continue;
    // The shares before it in its sentence. A sentence that opens with the rest ("The remaining 33%
    // said ...") completes shares spread over the sentences before, which are not read (on BBC
    // articles such a whole ran over three sentences and more).
    const parts = figures.slice(0, k).filter((f) => sentenceIndexOf(doc, f) === at);
    if (parts.length === 0 || parts.some((f) => !isShare(f) || changeBefore.test(doc.text.slice(Math.max(0, f.start - 20), f.start)))) continue;
    const weights = parts.map((f) => (eachOfTwo.test(doc.text.slice(Math.max(0, f.start - 80), f.start)) ? 2 : 1));
    const sum = parts.reduce((s, f, i) => s + f.value! * weights[i], 0) + rest.value!;
    // Each share allows its last written digit's rounding ("33%" is 32.5 to 33.5), "about" 1 point more.
    const slack = [...parts, rest].reduce((s, f, i) => s + (i < parts.length ? weights[i] : 1) * ((lastDigitRounding(f.text, f.value!)?.half ?? 0.5) + (f.approx === 'about' ? 1 : 0)), 0);
    if (Math.abs(sum - 100) <= slack + 1e-9) continue;
    const written = parts.map((f, i) => (weights[i] === 2 ? `2 × ${f.text}` : f.text)).join(' + ');
    out.push({
      kind: 'percent-parts',
      start: rest.start,
      end: rest.end,
      text: rest.text,
      message: `“${rest.text}” called the rest does not complete the shares before it (line ${lineOf(doc.text, parts[0].start)}): ${written} + ${rest.text} is ${Number(sum.toFixed(2))}%`,
      related: parts.map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
