import type { Figure, Span } from '../analysis/types.js';
import { sentenceIndexOf, figuresWithin, rangeEnds, termKey, writtenInterval, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "Sales tripled to $18.1bn from $5.9bn", "profits halved to £96m from £201m", "rose almost
 * sevenfold": a change written as a multiple against the two levels it relates. A lead often gives
 * the multiple alone ("its sales tripled in the three months to October") and the next sentence the
 * levels ("Revenue rose to $18.1bn, from $5.9bn a year earlier"); the two are read together when
 * that sentence's subject is the same quantity. Rounding a rise from 5.9 to 7.9 up to "tripled" is
 * the error this finds.
 */

/** A verb of a multiple, with an optional qualifier before it: "more than doubled", "almost halved". */
const multipleVerb = /\b(?:(more\s+than|over|almost|nearly|about|roughly|at\s+least)\s+)?(doubled|doubling|tripled|tripling|trebled|trebling|quadrupled|quadrupling|halved|halving)\b/gi;
const verbValues: Record<string, number> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4, halv: 0.5 };
/** A verb of change before a multiple the finder read ("rose almost sevenfold", "jumped fivefold"). */
const changeVerbBefore = /\b(?:rose|risen|rising|grew|grown|increased|jumped|climbed|surged|soared|up|fell|dropped|shrank|declined)\s+(?:(?:more\s+than|over|almost|nearly|about|roughly|some)\s+)?$/i;
/** Right before the level reached and the level left. */
const toBefore = /\bto\s+(?:(?:about|around|almost|nearly|roughly|some|just\s+over|just\s+under)\s+)?$/i;
const fromBefore = /\bfrom\s+(?:(?:about|around|almost|nearly|roughly|some|just\s+over|just\s+under)\s+)?$/i;
/** A verb of change in the sentence that gives the levels: "Revenue rose to". */
export const levelsVerb = /\b(rose|risen|rising|grew|grown|increased|jumped|climbed|surged|soared|fell|dropped|shrank|declined|was|were|reached|totalled|totaled)\b/i;
/** A joint between two clauses: ", while", ", but", ", whereas", a semicolon. */
/** Where the next clause starts: ", while", "; ", or ", and" before a new subject (", and the company said it expected to cut it to"). */
const clauseJoint = /[,;]\s*(?:while|but|whereas|although|though)\b|;|,\s*and\s+(?:the|a|an|its|it|he|she|they|we|this|that)\b/i;
/** Names of one quantity in company and economic reports. */
const sameQuantity = [
  ['sales', 'revenue', 'revenues', 'turnover'],
  ['profit', 'profits', 'earnings', 'income'],
];

interface Multiple extends Span {
  text: string;
  interval: { lo: number; hi: number };
}

export function isLevel(f: Figure): boolean {
  return (f.kind === 'count' || f.kind === 'money' || f.kind === 'measure') && f.unit !== 'times' && f.unit !== 'fold' && f.value !== null && f.value > 0 && f.low === undefined;
}

/** A level of a multiple, a share too: "more than doubled its share to 15.2%, from 7.1%". */
function isLevelOrShare(f: Figure): boolean {
  return isLevel(f) || (f.kind === 'percent' && f.unit === '%' && f.value !== null && f.value > 0 && f.low === undefined);
}

/**
 * The ratios a multiple allows: a whole one half a unit either way ("tripled" is 2.5 to 3.5 times),
 * "halved" 0.4 to 0.6; "more than" and "at least" have no upper end, "almost" and "nearly" none
 * above the multiple, "about" twice the spread.
 */
function allowed(value: number, qualifier: string | undefined): { lo: number; hi: number } {
  const spread = value < 1 ? 0.1 : 0.5;
  const q = qualifier?.toLowerCase().replace(/\s+/g, ' ');
  if (q === 'more than' || q === 'over' || q === 'at least') return { lo: value, hi: Infinity };
  if (q === 'almost' || q === 'nearly') return { lo: value - 2 * spread, hi: value };
  if (q === 'about' || q === 'roughly') return { lo: value - 2 * spread, hi: value + 2 * spread };
  return { lo: value - spread, hi: value + spread };
}

function multiplesOf(doc: Prepared): Multiple[] {
  const found: Multiple[] = [];
  for (const m of doc.text.matchAll(multipleVerb)) {
    const stem = Object.keys(verbValues).find((k) => m[2].toLowerCase().startsWith(k))!;
    found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], interval: allowed(verbValues[stem], m[1]) });
  }
  for (const f of doc.analysis.figures) {
    if (f.unit !== 'fold' || f.value === null || f.low !== undefined || f.value < 2) continue;
    if (!changeVerbBefore.test(doc.text.slice(Math.max(0, f.start - 30), f.start))) continue;
    const q = /^(more than|over|almost|nearly|about|roughly|at least)\s/i.exec(f.text)?.[1] ?? (f.approx === 'about' ? 'about' : f.approx === 'more-than' ? 'more than' : undefined);
    found.push({ start: f.start, end: f.end, text: f.text, interval: allowed(f.value, q) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The one level after "to" and the one after "from" in a span, or null. "from 301 to 96", which the
 * finder reads as one range, gives its two ends in the multiple's direction.
 */
export function levelsIn(doc: Prepared, whole: Span, falling: boolean, levelOf: (f: Figure) => boolean = isLevel): { from: Figure; to: Figure } | null {
  // Up to the next clause, which may have a change of its own: "rose £300m, to £700m, while
  // another's rose from £320m to £380m".
  const joint = clauseJoint.exec(doc.text.slice(whole.start, whole.end));
  const span = joint ? { start: whole.start, end: whole.start + joint.index } : whole;
  const all = figuresWithin(doc, span);
  const before = (f: Figure) => doc.text.slice(Math.max(span.start, f.start - 30), f.start);
  const range = all.find((f) => f.low !== undefined && f.high !== undefined && / to /.test(f.text) && fromBefore.test(before(f)));
  if (range && levelOf({ ...range, low: undefined })) return rangeEnds(range, falling);
  const levels = all.filter(levelOf);
  const to = levels.filter((f) => toBefore.test(before(f)));
  const from = levels.filter((f) => fromBefore.test(before(f)));
  if (to.length !== 1 || from.length !== 1 || to[0] === from[0]) return null;
  const [a, b] = [from[0], to[0]];
  if (a.kind !== b.kind || ((a.unit ?? '') !== (b.unit ?? '') && !(a.kind === 'count' && (!a.unit || !b.unit || termKey(a.unit) === termKey(b.unit))))) return null;
  return { from: a, to: b };
}

/** The word right before a span, lower-cased: the subject's head in "its sales tripled", "Revenue rose". */
export function wordBefore(text: string, at: number): string | undefined {
  return /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1].toLowerCase();
}

export function sameSubject(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return termKey(a) === termKey(b) || sameQuantity.some((group) => group.includes(a) && group.includes(b));
}

export function multipliedChanges(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const m of multiplesOf(doc)) {
    const at = sentenceIndexOf(doc, m);
    if (at < 0) continue;
    const sentence = doc.sentences[at];
    const falling = m.interval.hi < 1;
    let levels = levelsIn(doc, { start: m.end, end: sentence.end }, falling, isLevelOrShare);
    if (!levels && !figuresWithin(doc, { start: m.end, end: sentence.end }).some(isLevelOrShare) && at + 1 < doc.sentences.length) {
      // The multiple alone in its sentence: the next sentence may give the levels of the same quantity.
      const next = doc.sentences[at + 1];
      const verb = levelsVerb.exec(doc.text.slice(next.start, next.end));
      const subject = wordBefore(doc.text, m.start - (m.text.length - m.text.trimStart().length));
      if (verb && sameSubject(subject, wordBefore(doc.text, next.start + verb.index))) levels = levelsIn(doc, { start: next.start + verb.index, end: next.end }, falling, isLevelOrShare);
    }
    if (!levels) continue;
    const a = writtenInterval(levels.from);
    const b = writtenInterval(levels.to);
    if (!a || !b || a.lo <= 0) continue;
    const lo = b.lo / a.hi;
    const hi = b.hi / a.lo;
    if (hi >= m.interval.lo - 1e-9 && lo <= m.interval.hi + 1e-9) continue;
    const actual = levels.to.value! / levels.from.value!;
    out.push({
      kind: 'multiple',
      start: m.start,
      end: m.end,
      text: m.text,
      message: `“${m.text}” does not match the change from “${levels.from.text}” to “${levels.to.text}”: that is ${Number(actual.toFixed(2))} times`,
      related: [levels.from, levels.to].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
