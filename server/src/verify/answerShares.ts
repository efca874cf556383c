import type { Figure } from '../analysis/types.js';
import { figuresWithin, lastDigitRounding, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "In a poll of 1,200 Lithuanians, 72% backed the increase and 24% opposed it, with 9% undecided":
 * the shares of one sentence giving the answers to one question (for, against, undecided) cannot add
 * up to more than 100%. Only a sentence with answers of two kinds is read, and only shares of all
 * asked: a share of a group ("72% of men") answers for that group alone.
 */

/** The answer a word after a share gives: for, against, or none yet. */
const answerAfter: Array<[RegExp, string]> = [
  [/^\s+(?:(?:of\s+(?:them|those\s+(?:asked|polled|surveyed)|respondents|voters))\s+)?(?:backed|support(?:ed|s)?|favou?r(?:ed|s)?|approved?|wanted|agreed|said\s+yes|were\s+in\s+favou?r|in\s+favou?r)\b/i, 'for'],
  [/^\s+(?:(?:of\s+(?:them|those\s+(?:asked|polled|surveyed)|respondents|voters))\s+)?(?:opposed?|against|disapproved?|rejected|disagreed|said\s+no|were\s+against)\b/i, 'against'],
  [/^\s+(?:(?:were|are|remained|remain)\s+)?(?:undecided|unsure|not\s+sure|did\s+not\s+know|didn['’]t\s+know|don['’]t\s+know|had\s+no\s+(?:view|opinion)|expressed\s+no\s+(?:view|opinion))\b/i, 'undecided'],
];

function answerOf(doc: Prepared, f: Figure): string | undefined {
  const after = doc.text.slice(f.end, f.end + 40);
  return answerAfter.find(([pattern]) => pattern.test(after))?.[1];
}

function isShare(f: Figure): boolean {
  return f.kind === 'percent' && f.unit === '%' && f.value !== null && f.value >= 0 && f.low === undefined && !f.change && (f.approx === 'exact' || f.approx === 'about');
}

export function answerShares(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const sentence of doc.sentences) {
    const shares = figuresWithin(doc, sentence).filter(isShare);
    if (shares.length < 2) continue;
    const answers = shares.map((f) => answerOf(doc, f));
    // Every share must be an answer, one per kind: "72% backed ... 60% backed" are two questions.
    if (answers.some((a) => a === undefined) || new Set(answers).size !== answers.length) continue;
    const sum = shares.reduce((s, f) => s + f.value!, 0);
    const slack = shares.reduce((s, f) => s + (lastDigitRounding(f.text, f.value!)?.half ?? 0.5) + (f.approx === 'about' ? 1 : 0), 0);
    if (sum <= 100 + slack + 1e-9) continue;
    const last = shares[shares.length - 1];
    out.push({
      kind: 'percent-parts',
      start: last.start,
      end: last.end,
      text: last.text,
      message: `The answers in this sentence add up to more than 100%: ${shares.map((f) => f.text).join(' + ')} = ${Number(sum.toFixed(2))}%`,
      related: shares.slice(0, -1).map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
