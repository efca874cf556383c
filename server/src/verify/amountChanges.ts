import type { Figure } from '../analysis/types.js';
import { figuresWithin, formatAmount, isFractionChange, intervalOf, isWholeAsWritten, isWordFraction, sentenceOf, writtenInterval, sameMeasure, type Prepared } from './match.js';
import { levelsIn } from './multipliedChanges.js';
import type { ArticleFinding } from './types.js';

/**
 * "The number of flights rose by 1,200 to 14,500 from 13,100": an amount of change against the
 * levels after "to" and "from" in its sentence. The difference of the two levels, each allowing the
 * rounding of its last written digit ("1.52 million" is 1.515 to 1.525 million), must reach the
 * amount as written (with its qualifier). The direction is the change-direction check's concern;
 * this one checks the size.
 */
export function amountChanges(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const amount of doc.analysis.figures) {
    if (!isAmountOfChange(amount)) continue;
    const sentence = sentenceOf(doc, amount);
    const levels = levelsIn(doc, { start: amount.end, end: sentence.end }, amount.change === 'decrease');
    if (!levels || !sameMeasure(amount, levels.to)) continue;
    // "more than £600" has no upper end; its claim still has a lower one.
    const a = writtenInterval(amount) ?? intervalOf(amount, 'claim');
    const to = writtenInterval(levels.to);
    const from = writtenInterval(levels.from);
    if (!a || !to || !from) continue;
    // The size of the change the levels allow, whichever way it went.
    const rise = amount.change === 'increase';
    const lo = rise ? to.lo - from.hi : from.lo - to.hi;
    const hi = rise ? to.hi - from.lo : from.hi - to.lo;
    if (hi < 0) continue;
    if (hi >= a.lo - 1e-9 && lo <= a.hi + 1e-9) continue;
    out.push(sizeFinding(amount, levels));
  }
  return out;
}

/** An amount of change that the difference of its two levels does not reach. */
function sizeFinding(amount: Figure, levels: { from: Figure; to: Figure }): ArticleFinding {
  const actual = Math.abs(levels.to.value! - levels.from.value!);
  return {
    kind: 'amount-change',
    start: amount.start,
    end: amount.end,
    text: amount.text,
    message: `“${amount.text}” does not match the change from “${levels.from.text}” to “${levels.to.text}”: that is ${amount.kind === 'money' ? formatAmount(actual, amount.unit) : Number(actual.toPrecision(6)).toLocaleString('en-GB')}`,
    related: [levels.from, levels.to].map((f) => ({ start: f.start, end: f.end, text: f.text })),
  };
}

function isAmountOfChange(f: Figure): boolean {
  // "fell by a quarter to 120,000" is a relative change (percentChanges), not 0.25 of the things counted.
  return (f.change === 'increase' || f.change === 'decrease') && !isFractionChange(f) && (f.kind === 'count' || f.kind === 'money' || f.kind === 'measure') &&
    f.unit !== 'times' && f.unit !== 'fold' && f.value !== null && f.value > 0 && f.low === undefined;
}

/** Between the level reached and the size of the change restated after it: ", a saving of", " in 2025, a drop of about". */
const differenceAfter = /^[^.;:,]{0,40},\s*(?:a|an)\s+(?:[a-z]+\s+)?(?:saving|cut|reduction|fall|drop|decline|decrease|rise|increase|jump|gain|difference)\s+of\s+(?:(?:about|almost|nearly|roughly|around|some|just\s+over|just\s+under)\s+)?$/i;

/** A level a difference may be taken of: a count, an amount, a measure or a length of time. */
function isDifferenceLevel(f: Figure): boolean {
  return (f.kind === 'count' || f.kind === 'money' || f.kind === 'measure' || f.kind === 'duration') && f.value !== null && !f.per && !f.age && f.unit !== 'times' && f.unit !== 'fold';
}

/**
 * The size of a change restated after its two levels: "cutting the journey from 81 minutes to 49
 * minutes, a saving of 32 minutes", "fell from 14,500 to 13,100, a drop of 1,400". The levels are the
 * "from" and "to" of the clause before it; the difference, whichever way it went, must reach the
 * size as written, each figure allowing the rounding of its last written digit.
 */
export function differencesAfterLevels(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const size of doc.analysis.figures) {
    // "fell from 12 to nine, a fall of a quarter" is a relative change (percentChanges), not 0.25 ferries.
    if (!isDifferenceLevel(size) || size.low !== undefined || !size.value || isWordFraction(size)) continue;
    const sentence = sentenceOf(doc, size);
    const before = figuresWithin(doc, { start: sentence.start, end: size.start });
    const last = before[before.length - 1];
    if (!last || !differenceAfter.test(doc.text.slice(last.end, size.start))) continue;
    const levels = levelsIn(doc, { start: Math.max(sentence.start, last.start - 200), end: last.end }, false, isDifferenceLevel);
    if (!levels || !sameMeasure(size, levels.to) || !sameMeasure(size, levels.from)) continue;
    const a = writtenInterval(size) ?? intervalOf(size, 'claim');
    const to = writtenInterval(levels.to);
    const from = writtenInterval(levels.from);
    if (!a || !to || !from) continue;
    // The ends of a range carry one value each whichever way it is written; only the gap and the rounding count.
    const gap = Math.abs(levels.to.value! - levels.from.value!);
    // Whole numbers written in full ("from £12 to £15, an increase of £4") are exact.
    if (isWholeAsWritten(size) && isWholeAsWritten(levels.to) && isWholeAsWritten(levels.from)) {
      if (gap === size.value) continue;
    } else {
      const slack = (to.hi - to.lo) / 2 + (from.hi - from.lo) / 2;
      if (gap + slack >= a.lo - 1e-9 && gap - slack <= a.hi + 1e-9) continue;
    }
    out.push(sizeFinding(size, levels));
  }
  return out;
}
