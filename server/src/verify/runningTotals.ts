import { figuresWithin, formatAmount, isCountOrAmount, sameMeasure, sentenceIndexOf, writtenInterval, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "The council has recovered £730,000 ... A further £410,000 is expected, which would bring the
 * total recovered to £1.14m": a running total after an addition must be the addition plus what came
 * before it. What came before is a level of the same measure earlier in the sentence or in the two
 * sentences before; since it may be any of them ("14 bodies on Monday and 9 on Tuesday. Another 6
 * ..., bringing the total to 29" adds them), the total is flagged only when neither one of them nor
 * the sum of them all fits, each figure allowing its last written digit.
 */

/** Right before the addition: "a further", "another", "an extra", "an additional". */
const addition = /\b(?:a\s+further|another|an\s+extra|an\s+additional)\s+$/i;
/** Right before the new total: "bringing the total to", "which would bring the total recovered to", "taking the death toll to". */
const totalTo = /\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}(?:total|tally|toll|number|count)\s+(?:[a-z-]+\s+){0,2}to\s+(?:(?:about|almost|nearly|roughly|around|some|more\s+than|over)\s+)?$/i;

export function runningTotals(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (const total of figures) {
    if (!isCountOrAmount(total) || !totalTo.test(doc.text.slice(Math.max(0, total.start - 80), total.start))) continue;
    const at = sentenceIndexOf(doc, total);
    if (at < 0) continue;
    const sentence = doc.sentences[at];
    const inSentence = figuresWithin(doc, { start: sentence.start, end: total.start });
    const added = inSentence.filter((f) => isCountOrAmount(f) && sameMeasure(f, total) && addition.test(doc.text.slice(Math.max(sentence.start, f.start - 20), f.start)));
    if (added.length !== 1) continue;
    const before = figuresWithin(doc, { start: doc.sentences[Math.max(0, at - 2)].start, end: added[0].start }).filter((f) => isCountOrAmount(f) && sameMeasure(f, total) && (f.kind !== 'money' || f.unit === total.unit));
    if (before.length === 0) continue;
    const t = writtenInterval(total);
    const a = writtenInterval(added[0]);
    const levels = before.map(writtenInterval).filter((l): l is { lo: number; hi: number } => l !== null);
    if (!t || !a || levels.length !== before.length) continue;
    // What came before, as the total less the addition allows.
    const lo = t.lo - a.hi;
    const hi = t.hi - a.lo;
    const fits = (l: { lo: number; hi: number }) => l.hi >= lo - 1e-9 && l.lo <= hi + 1e-9;
    const sum = levels.reduce((s, l) => ({ lo: s.lo + l.lo, hi: s.hi + l.hi }), { lo: 0, hi: 0 });
    if (levels.some(fits) || fits(sum)) continue;
    const nearest = before[before.length - 1];
    const expected = nearest.value! + added[0].value!;
    out.push({
      kind: 'amount-change',
      start: total.start,
      end: total.end,
      text: total.text,
      message: `“${total.text}” is not “${nearest.text}” plus “${added[0].text}”: that is ${total.kind === 'money' ? formatAmount(expected, total.unit) : expected.toLocaleString('en-GB')}`,
      related: [nearest, added[0]].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
