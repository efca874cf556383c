import type { Figure } from '../analysis/types.js';
import { figuresWithin, formatAmount, isCountOrAmount, qualifiedInterval, sameMeasure, sentenceIndexOf, termKey, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "Pellow stole £2.1m ... He spent about £640,000 on holidays, £310,000 on two cars and nearly £1m on
 * a house. The rest, about £150,000, was never traced": an amount called the rest closes a list, so
 * the list and the rest add up to a total. The total is not named next to the list: it is an amount
 * of the same measure in a paragraph before the list's, larger than every part. Since the article may name
 * several (the sum stolen, a salary, a fine), the rest is flagged only when none of them fits the
 * sum, each figure allowing its last written digit and its qualifier.
 */

/** Right before the rest: "The rest, ", "the remainder of the money – ", "the remaining ", "the balance, ". */
const restBefore = /\bthe\s+(?:(?:rest|remainder|balance)(?:\s+of\s+(?:it|them|(?:the|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}))?\s*(?:,|:|–|—|-|\()|remaining)\s*$/i;

/** Where the paragraph holding `offset` starts: after the last blank line before it. */
function paragraphStart(text: string, offset: number): number {
  const blank = /\n[ \t]*\n/g;
  let start = 0;
  for (let m = blank.exec(text); m && m.index < offset; m = blank.exec(text)) start = m.index + m[0].length;
  return start;
}

export function restOfTotal(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (const rest of figures) {
    if (!isCountOrAmount(rest) || !restBefore.test(doc.text.slice(Math.max(0, rest.start - 40), rest.start))) continue;
    const at = sentenceIndexOf(doc, rest);
    if (at < 0) continue;
    const like = (f: Figure) => isCountOrAmount(f) && sameMeasure(f, rest);
    const sentence = doc.sentences[at];
    const paragraph = paragraphStart(doc.text, rest.start);
    // A sentence that opens with the rest closes the list of the sentence before, in the same paragraph.
    const opensSentence = /^\W*(?:\w+\s+){0,6}$/.test(doc.text.slice(sentence.start, rest.start).replace(restBefore, ''));
    const previous = at > 0 ? doc.sentences[at - 1] : undefined;
    const listStart = opensSentence && previous && previous.start >= paragraph ? previous.start : sentence.start;
    const parts = figuresWithin(doc, { start: listStart, end: rest.start }).filter(like);
    if (parts.length === 0) continue;
    // Levels of the same measure in the paragraph before the list may be parts too ("44 of the 150 seats
    // ... 24 seats. The Greens took 19 seats, ... the remaining 13 seats"): the list is then not whole,
    // and the rest is left alone.
    if (figuresWithin(doc, { start: paragraph, end: listStart }).some(like)) continue;
    const largest = Math.max(rest.value!, ...parts.map((f) => f.value!));
    // A count's total must count the same noun as a part ("214 payments"); a count with no noun of its
    // own ("The remaining 16 are competitive") would take any earlier count for its total.
    const nouns = new Set([...parts, rest].filter((f) => f.kind === 'count' && f.unit).map((f) => termKey(f.unit!)));
    const named = (f: Figure) => f.kind === 'money' || (f.unit !== undefined && f.unit !== null && nouns.has(termKey(f.unit)));
    // A yearly total may share a year's parts out ("a budget of about €7.6bn a year ... Estonia will spend €1.6bn next year").
    const yearly = (f: Figure) => f.per === 'year' && isCountOrAmount({ ...f, per: undefined }) && sameMeasure(f, rest);
    const totals = figuresWithin(doc, { start: 0, end: paragraph }).filter((f) => (like(f) || yearly(f)) && named(f) && f.value! > largest);
    if (totals.length === 0) continue;
    const intervals = [...parts, rest].map(qualifiedInterval);
    const wholes = totals.map(qualifiedInterval);
    if (intervals.some((i) => i === null) || wholes.some((i) => i === null)) continue;
    const lo = intervals.reduce((s, i) => s + i!.lo, 0);
    const hi = intervals.reduce((s, i) => s + i!.hi, 0);
    if (wholes.some((w) => w!.hi >= lo - 1e-9 && w!.lo <= hi + 1e-9)) continue;
    const sum = [...parts, rest].reduce((s, f) => s + f.value!, 0);
    // The total named last before the list is the one the message names.
    const total = totals[totals.length - 1];
    const written = (v: number) => (rest.kind === 'money' ? formatAmount(v, rest.unit) : v.toLocaleString('en-GB'));
    out.push({
      kind: 'parts-sum',
      start: rest.start,
      end: rest.end,
      text: rest.text,
      message: `“${rest.text}” called the rest does not complete the parts before it to “${total.text}”: ${[...parts, rest].map((f) => `“${f.text}”`).join(' + ')} = ${written(sum)}`,
      related: [...parts, total].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
