import type { Figure } from '../analysis/types.js';
import { figuresWithin, formatAmount, intervalOf, isWholeAsWritten, lastDigitRounding, sentenceIndexOf, writtenInterval, sameMeasure, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "has risen to £66bn, £12bn more than the £54bn estimated in 2023", "now takes 49 minutes, 32
 * minutes less than today's 81 minutes": a level, the difference from another level, and that other
 * level. When the other level is named but not given ("£12bn more than the government's last
 * estimate"), it may be given in the next two sentences by the same noun ("the last estimate of
 * £54bn was published in 2023").
 */

/** Between the level and the difference: ", ", " - ", " (". */
const differenceAfterLevel = /^\s*(?:,|-|–|—|\()\s*(?:(?:about|almost|nearly|roughly|around|some|just)\s+)?$/i;

/** The words of a comparison, those that say more first. */
const comparatives = 'more|higher|greater|bigger|larger|longer|above|less|lower|fewer|smaller|shorter|below';

/** After the difference: the comparison and what it is made with, up to the other level or the sentence's end. */
const comparison = new RegExp(String.raw`^\s+(${comparatives})\s+than\s+((?:(?:the|its|their|today's|this\s+year's|last\s+year's)\s+)?(?:[\p{L}'’-]+\s+){0,4}?)(?:of\s+)?(?:(?:about|almost|nearly|roughly|around|some)\s+)?$`, 'iu');
/** The same comparison ending its clause, naming the other level without giving it: "more than the government's last estimate." */
const comparisonNamed = new RegExp(String.raw`^\s+(${comparatives})\s+than\s+(?:the|its|their)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s*[.;,]`, 'iu');

/** The comparison with a time, and the other level in a clause about that time: "fewer than in 2020, when it had". */
const comparisonWhen = /^\s+(more|higher|greater|bigger|larger|longer|less|lower|fewer|smaller|shorter)\s+than\s+(?:in\s+\d{4}|a\s+year\s+(?:earlier|ago|before)|(?:a\s+)?decade\s+ago|last\s+(?:year|month|week|season)|(?:\w+\s+)?years?\s+ago)\s*,\s+when\s+(?:[\p{L}'’-]+\s+){1,4}?(?:(?:about|almost|nearly|roughly|around|some|just)\s+)?$/iu;

const risingWords = new Set(['more', 'higher', 'greater', 'bigger', 'larger', 'longer', 'above']);

/** A level or a difference: a count, an amount, a measure or a length of time with a value and no range. */
function isQuantity(f: Figure): boolean {
  return (f.kind === 'count' || f.kind === 'money' || f.kind === 'measure' || (f.kind === 'duration' && !f.age)) &&
    f.value !== null && f.value > 0 && f.low === undefined && f.unit !== 'times' && f.unit !== 'fold' && !f.per;
}

/** The other level named by `noun` ("government's last estimate") in the two sentences after sentence `at`: "the last estimate of £54bn". */
function namedLevelAfter(doc: Prepared, at: number, noun: string, like: Figure): Figure | null {
  const head = noun.split(/\s+/).at(-1)!.toLowerCase();
  const namedBefore = new RegExp(`\\b${head.replace(/[^\p{L}]/gu, '')}\\s+of\\s+(?:(?:about|almost|nearly|roughly|around|some)\\s+)?$`, 'u');
  const end = doc.sentences[Math.min(doc.sentences.length - 1, at + 2)].end;
  const found = figuresWithin(doc, { start: doc.sentences[at].end, end }).filter((f) =>
    isQuantity(f) && sameMeasure(f, like) && namedBefore.test(doc.text.slice(Math.max(0, f.start - 40), f.start).toLowerCase()));
  return found.length === 1 ? found[0] : null;
}

/**
 * The other level given in a clause about the time compared with: "1,900 fewer than in 2020, when
 * it had 6,000 staff". The finder may read "more than a year earlier" as a duration; it is passed over.
 */
function levelWhen(doc: Prepared, figures: Figure[], k: number, at: number): { level: Figure; word: string } | null {
  let j = k + 1;
  if (figures[j]?.kind === 'duration' && /\b(?:earlier|ago|before)$/i.test(figures[j].text)) j++;
  const level = figures[j];
  if (!level || level.start >= doc.sentences[at].end) return null;
  const when = comparisonWhen.exec(doc.text.slice(figures[k].end, level.start));
  return when ? { level, word: when[1] } : null;
}

export function differences(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures.filter((f) => f.kind !== 'date' && f.kind !== 'ordinal');
  for (let k = 1; k < figures.length; k++) {
    const [a, d] = [figures[k - 1], figures[k]];
    if (!isQuantity(a) || !isQuantity(d) || !sameMeasure(a, d) || !differenceAfterLevel.test(doc.text.slice(a.end, d.start))) continue;
    const at = sentenceIndexOf(doc, d);
    if (at < 0) continue;
    let b: Figure | null = null;
    let word: string;
    const next = figures[k + 1];
    const given = next && next.start < doc.sentences[at].end ? comparison.exec(doc.text.slice(d.end, next.start)) : null;
    const when = given ? null : levelWhen(doc, figures, k, at);
    if (given && isQuantity(next) && sameMeasure(next, a)) {
      b = next;
      word = given[1];
    } else if (when && isQuantity(when.level) && sameMeasure(when.level, a)) {
      b = when.level;
      word = when.word;
    } else {
      const named = comparisonNamed.exec(doc.text.slice(d.end, doc.sentences[at].end));
      if (!named) continue;
      b = namedLevelAfter(doc, at, named[2], a);
      word = named[1];
    }
    if (!b) continue;
    const ia = writtenInterval(a);
    const ib = writtenInterval(b);
    const id = writtenInterval(d) ?? intervalOf(d, 'claim');
    if (!ia || !ib || !id) continue;
    const rising = risingWords.has(word.toLowerCase());
    const gap = rising ? a.value! - b.value! : b.value! - a.value!;
    if (isWholeAsWritten(a) && isWholeAsWritten(b) && isWholeAsWritten(d)) {
      if (gap === d.value) continue;
    } else {
      const lo = rising ? ia.lo - ib.hi : ib.lo - ia.hi;
      const hi = rising ? ia.hi - ib.lo : ib.hi - ia.lo;
      if (hi >= id.lo - 1e-9 && lo <= id.hi + 1e-9) continue;
    }
    const actual = a.value! - b.value!;
    // "32 minutes", "£12bn": the difference in the words the article gives it.
    const unitWords = /\d\s*(\p{L}.*)$/u.exec(d.text)?.[1];
    // "1.4 million": the gap in the same scale, "1.05 million", not "1,050,000 million".
    const scale = lastDigitRounding(d.text, d.value!)?.scale ?? 1;
    const said = a.kind === 'money' ? formatAmount(Math.abs(actual), a.unit) : `${Number((Math.abs(actual) / scale).toPrecision(6)).toLocaleString('en-GB')}${unitWords ? `${/^[a-z]{1,2}\b/i.test(unitWords) && scale > 1 ? '' : ' '}${unitWords}` : ''}`;
    out.push({
      kind: 'amount-change',
      start: d.start,
      end: d.end,
      text: d.text,
      message: `“${d.text} ${word.toLowerCase()}” does not match “${a.text}” against “${b.text}”: that is ${said} ${actual >= 0 ? 'more' : 'less'}`,
      related: [a, b].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
