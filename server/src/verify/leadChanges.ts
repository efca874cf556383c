import { figuresWithin, intervalOf, lastDigitRounding, sentenceIndexOf, termKey, upFromAfterFrame, writtenInterval, type Prepared } from './match.js';
import { isLevel, levelsIn, levelsVerb, sameSubject, wordBefore } from './multipliedChanges.js';
import type { Figure } from '../analysis/types.js';
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

/** Whether the change `p` says (rise or fall, with its rounding) is not the one from level `from` to level `to`. */
function disagrees(p: Figure, falling: boolean, from: Figure, to: Figure): boolean {
  const a = writtenInterval(from);
  const b = writtenInterval(to);
  const claimed = intervalOf(p, 'claim');
  if (!a || !b || !claimed || a.lo <= 0) return false;
  const half = lastDigitRounding(p.text, p.value!)?.half ?? 0;
  const sign = falling ? -1 : 1;
  const lo = (b.lo / a.hi - 1) * 100 * sign;
  const hi = (b.hi / a.lo - 1) * 100 * sign;
  const [low, high] = lo <= hi ? [lo, hi] : [hi, lo];
  return !(high >= claimed.lo - half - 1e-9 && low <= claimed.hi + half + 1e-9);
}

function changeFinding(p: Figure, from: Figure, to: Figure, where: string): ArticleFinding {
  const actual = (to.value! / from.value! - 1) * 100;
  return {
    kind: 'percent-change',
    start: p.start,
    end: p.end,
    text: p.text,
    message: `“${p.text}” does not match the change from “${from.text}” to “${to.text}”${where}: that is ${actual >= 0 ? 'a rise' : 'a fall'} of ${Number(Math.abs(actual).toFixed(1))}%`,
    related: [from, to].map((f) => ({ start: f.start, end: f.end, text: f.text })),
  };
}

/**
 * "helped by a 9% increase in passenger numbers" in the lead, and later "The company carried 21.6
 * million passengers in 2026, up from 19.8 million the year before": a percentage of change in a
 * named quantity against the one level of that noun, and the level it went up or down from, in the
 * six sentences after it. Left alone when the percentage's sentence gives that noun's levels itself
 * or the later sentence gives a percentage of its own.
 */
export function namedChanges(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (const p of figures) {
    if (p.kind !== 'percent' || p.unit !== '%' || p.value === null || p.value <= 0 || p.low !== undefined || (p.approx !== 'exact' && p.approx !== 'about')) continue;
    const noun = changeIn.exec(doc.text.slice(p.end, p.end + 60));
    const at = sentenceIndexOf(doc, p);
    if (!noun || at < 0 || at + 1 >= doc.sentences.length) continue;
    const key = termKey(noun[2].toLowerCase());
    const counts = (f: Figure) => isLevel(f) && f.unit !== null && termKey(f.unit.toLowerCase()) === key;
    if (figuresWithin(doc, doc.sentences[at]).some(counts)) continue;
    const later = figuresWithin(doc, { start: doc.sentences[at + 1].start, end: doc.sentences[Math.min(doc.sentences.length - 1, at + 6)].end }).filter((f) => f.kind !== 'date' && f.kind !== 'ordinal');
    const pairs: Array<{ from: Figure; to: Figure }> = [];
    for (let k = 0; k + 1 < later.length; k++) {
      const [to, from] = [later[k], later[k + 1]];
      if (counts(to) && from.kind === to.kind && isLevel(from) && upFromAfterFrame.test(doc.text.slice(to.end, from.start))) pairs.push({ from, to });
    }
    if (pairs.length !== 1) continue;
    const { from, to } = pairs[0];
    const their = doc.sentences[sentenceIndexOf(doc, to)];
    if (figuresWithin(doc, their).some((f) => f.kind === 'percent')) continue;
    if (!disagrees(p, fallingWords.test(noun[1]), from, to)) continue;
    out.push(changeFinding(p, from, to, ''));
  }
  return out;
}

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
    if (!disagrees(p, falling, levels.from, levels.to)) continue;
    out.push(changeFinding(p, levels.from, levels.to, ' in the next sentence'));
  }
  return out;
}
