import type { Figure } from '../analysis/types.js';
import { figuresWithin, sentenceIndexOf, termKey, upFromAfterFrame, wentOtherWay, sameMeasure, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "50,510 knife offences, below the peak of 53,000", "£302,450, above the previous record of
 * £310,000": a level said to be below or above another level it names. Copy is revised as new
 * figures come in, and the comparison beside a figure is easily left as it was.
 */

/** The level compared with, up to its figure ("the previous record of", "its record high of about"), named by one of `nouns`. */
const namedLevel = (nouns: string) => String.raw`(?:(?:previous|earlier|former|all-time|record|pre-pandemic|\d{4})\s+)*(?:${nouns})\s+(?:high\s+|low\s+)?(?:of\s+)?(?:(?:about|almost|nearly|roughly|around|some)\s+)?$`;

/** The comparison and the level it names: ", below the peak of", " - still above its record high of". */
const comparedTo = new RegExp(String.raw`(?:,|-|–|—)\s*(?:(?:but|and|yet)\s+)?(?:(?:still|now|just|well|far|already|yet)\s+)?(below|under|above|over|beneath)\s+(?:the|its|their|a|an)\s+` + namedLevel('peak|record|high|low|level|figure|total|target|average|mark|ceiling|limit|threshold'), 'i');

/** A sentence whose subject is compared with a level: "Knife offences ... remain below the peak of". */
const subjectCompared = new RegExp(String.raw`^([A-Z][a-z]+(?:\s+[a-z]+){0,2})\b[^.;:!?]{0,80}?\b(?:remain|remains|remained|are|is|were|was|stay|stays|stayed)\s+(?:(?:still|now|just|well|far)\s+)?(below|under|above|over)\s+(?:the|its|their)\s+` + namedLevel('peak|record|high|low|level|total|target|average'));

/** A level: a count, an amount, a measure, a share or a length of time, with a value and no range. */
function isLevel(f: Figure): boolean {
  return (f.kind === 'count' || f.kind === 'money' || f.kind === 'measure' || f.kind === 'percent' || (f.kind === 'duration' && !f.age)) &&
    f.value !== null && f.low === undefined && !f.change && f.unit !== 'times' && f.unit !== 'fold';
}

/**
 * The level compared and the way: the figure right before ", below the peak of" in its sentence, or,
 * when the sentence's subject is compared ("Knife offences ... remain below the peak of"), the last
 * one level counting that noun ("50,510 knife offences", not "12,340 offences") in the five sentences
 * before.
 */
function comparedLevel(doc: Prepared, figures: Figure[], k: number): { a: Figure; below: boolean } | null {
  const b = figures[k];
  const at = sentenceIndexOf(doc, b);
  if (at < 0) return null;
  const sentence = doc.sentences[at];
  const before = doc.text.slice(sentence.start, b.start);
  const own = comparedTo.exec(before);
  if (own) {
    const levels = figuresWithin(doc, { start: sentence.start, end: sentence.start + own.index }).filter((f) => f.kind !== 'date' && f.kind !== 'ordinal');
    const last = levels.at(-1);
    // Only the level itself and words of its own between it and the comparison ("offences in 2025").
    if (!last || !isLevel(last) || /[,;:()]|\b(?:while|but|and|whereas)\b/i.test(doc.text.slice(last.end, sentence.start + own.index))) return null;
    // "21.6 million passengers, up from 19.8 million the year before, but still below the 2019 peak":
    // the level compared is the one the change led to, not the one it came from.
    const previous = levels.at(-2);
    const from = previous && upFromAfterFrame.test(doc.text.slice(previous.end, last.start));
    const a = from ? previous : last;
    return isLevel(a) ? { a, below: isBelow(own[1]) } : null;
  }
  const subject = subjectCompared.exec(before);
  // A level of the same measure in the sentence would be the one compared, not one of the sentences before.
  if (!subject || figuresWithin(doc, { start: sentence.start, end: b.start }).some((f) => isLevel(f) && sameMeasure(f, b))) return null;
  // The subject's words up to its verb ("Knife offences" of "Knife offences are now"), each of which the level's noun must hold.
  const words: string[] = [];
  for (const w of subject[1].split(/\s+/)) {
    if (subjectEnds.has(w.toLowerCase())) break;
    words.push(termKey(w.toLowerCase()));
  }
  if (words.length === 0) return null;
  const levels = figuresWithin(doc, { start: doc.sentences[Math.max(0, at - 5)].start, end: sentence.start }).filter((f) => {
    const noun = new Set((f.noun ?? '').toLowerCase().split(/\s+/).map(termKey));
    return isLevel(f) && words.every((w) => noun.has(w));
  });
  // Two such levels (the country's and one force's burglaries): which one is meant is not said.
  return levels.length === 1 ? { a: levels[0], below: isBelow(subject[2]) } : null;
}

/** Words that end a sentence's subject: its verb or an adverb before it. */
const subjectEnds = new Set(['are', 'is', 'were', 'was', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'have', 'has', 'had', 'now', 'still']);

function isBelow(word: string): boolean {
  return /^(?:below|under|beneath)$/i.test(word);
}

/**
 * A level said to be below (or above) a peak, record, target or other level it names must be so,
 * beyond the rounding of both (wentOtherWay: whole numbers written in full are exact, an
 * approximate level needs a gap of more than 10%).
 */
export function comparedLevels(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 0; k < figures.length; k++) {
    const b = figures[k];
    if (!isLevel(b)) continue;
    const found = comparedLevel(doc, figures, k);
    if (!found || !sameMeasure(found.a, b)) continue;
    const { a, below } = found;
    if (!wentOtherWay(a, b, !below)) continue;
    out.push({
      kind: 'change-direction',
      start: a.start,
      end: a.end,
      text: a.text,
      message: `“${a.text}” is said to be ${below ? 'below' : 'above'} “${b.text}”, but it is ${a.value! > b.value! ? 'higher' : 'lower'}`,
      related: [{ start: b.start, end: b.end, text: b.text }],
    });
  }
  return out;
}
