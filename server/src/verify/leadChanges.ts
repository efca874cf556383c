import { figuresWithin, intervalOf, lastDigitRounding, sentenceIndexOf, writtenInterval, type Prepared } from './match.js';
import { isLevel, levelsIn, levelsVerb, sameSubject, wordBefore } from './multipliedChanges.js';
import type { ArticleFinding } from './types.js';

/**
 * "Harbourline reported a 41% rise in quarterly profit. Net income rose to $612m, from $434m a year
 * earlier": a lead gives the percentage and the next sentence the levels. The two are read together
 * only when the percentage's sentence has no level of its own and the next sentence's subject names
 * the same quantity (the same word, or sales / revenue / turnover, profit / earnings / income), as
 * multipliedChanges reads a multiple.
 */

/** After a percentage, the noun of change and what changed: "a 41% rise in quarterly profit". */
const changeIn = /^\s+(rise|increase|jump|gain|growth|fall|drop|decline|decrease)\s+in\s+(?:(?:its|their|the|quarterly|annual|yearly|half-year|full-year|first-half|pre-tax|underlying|net|operating)\s+)*([\p{L}]+)/iu;
/** Before a percentage, a verb of change: "Revenue climbed 12%", "prices rose by 4.6%". */
const verbBefore = /\b(rose|risen|grew|grown|increased|jumped|climbed|surged|soared|gained|fell|fallen|dropped|shrank|declined|decreased|slipped|slid)\s+(?:by\s+)?(?:(?:about|almost|nearly|roughly|some)\s+)?$/i;
const fallingWords = /^(?:fall|drop|decline|decrease|fell|fallen|dropped|shrank|declined|decreased|slipped|slid)$/i;

export function leadChanges(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (const p of figures) {
    if (p.kind !== 'percent' || p.unit !== '%' || p.value === null || p.value <= 0 || p.low !== undefined || (p.approx !== 'exact' && p.approx !== 'about')) continue;
    const at = sentenceIndexOf(doc, p);
    if (at < 0 || at + 1 >= doc.sentences.length) continue;
    const noun = changeIn.exec(doc.text.slice(p.end, p.end + 60));
    const verb = noun ? null : verbBefore.exec(doc.text.slice(Math.max(0, p.start - 40), p.start));
    if (!noun && !verb) continue;
    const sentence = doc.sentences[at];
    const own = figuresWithin(doc, sentence);
    // One percentage and no level in its sentence: "rose by 4.6% in the year to October" alone.
    if (own.some(isLevel) || own.filter((f) => f.kind === 'percent').length !== 1) continue;
    const subject = noun ? noun[2].toLowerCase() : wordBefore(doc.text, p.start - verb![0].length);
    const falling = fallingWords.test(noun ? noun[1] : verb![1]);
    const next = doc.sentences[at + 1];
    const said = levelsVerb.exec(doc.text.slice(next.start, next.end));
    if (!said || !sameSubject(subject, wordBefore(doc.text, next.start + said.index))) continue;
    // The next sentence's own percentage would be its own change: "Revenue climbed 12% to $4.93bn".
    const nextStart = next.start + said.index;
    if (figuresWithin(doc, { start: nextStart, end: next.end }).some((f) => f.kind === 'percent')) continue;
    const levels = levelsIn(doc, { start: nextStart, end: next.end }, falling);
    if (!levels) continue;
    const a = writtenInterval(levels.from);
    const b = writtenInterval(levels.to);
    const claimed = intervalOf(p, 'claim');
    if (!a || !b || !claimed || a.lo <= 0) continue;
    const half = lastDigitRounding(p.text, p.value)?.half ?? 0;
    const sign = falling ? -1 : 1;
    const lo = (b.lo / a.hi - 1) * 100 * sign;
    const hi = (b.hi / a.lo - 1) * 100 * sign;
    const [low, high] = lo <= hi ? [lo, hi] : [hi, lo];
    if (high >= claimed.lo - half - 1e-9 && low <= claimed.hi + half + 1e-9) continue;
    const actual = (levels.to.value! / levels.from.value! - 1) * 100;
    out.push({
      kind: 'percent-change',
      start: p.start,
      end: p.end,
      text: p.text,
      message: `“${p.text}” does not match the change from “${levels.from.text}” to “${levels.to.text}” in the next sentence: that is ${actual >= 0 ? 'a rise' : 'a fall'} of ${Number(Math.abs(actual).toFixed(1))}%`,
      related: [levels.from, levels.to].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
