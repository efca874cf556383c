import type { Figure } from '../analysis/types.js';
import { figuresWithin, isCountOrAmount, qualifiedInterval, sameMeasure, sentenceIndexOf, termKey, windowKeys, wordFractionInterval, writtenInterval, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/** Between an amount and its share of a total: ", or", " (", " –", perhaps a qualifier. */
const shareBefore = /^\s*(?:,\s*or|\(|[—–-])\s*(?:(?:about|almost|nearly|roughly|around|some|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$/i;
/** After the share: what it is a share of ("of the total", "of the budget", "of all spending"), or the bracket closing. */
const shareAfter = /^\s*(?:\)|of\s+(?:the|its|their|all|total)\b)/i;
/** After a percentage, words that make it a change rather than a share ("(up 24%)" is read before it, "41% up"). */
const changeAfter = /^\s*(?:up|down|higher|lower|more|less|rise|fall|increase|decrease|growth|on\s+(?:the|last)\b)/i;

/**
 * Amounts given with their share of a total the sentence before states: "The council's net budget is
 * £312m. Adult social care takes £128m, or 41% of the total, children's services £76m (24%) and waste
 * £31m (10%)." The total is the largest amount in the same currency in the sentence before, larger
 * than every amount given a share; each share must match its amount over that total within the
 * rounding of the three figures. A percentage followed by words of change ("41% up") is no share.
 */
/** A share that does not match its part over its whole. */
function shareFinding(share: Figure, part: Figure, whole: Figure): ArticleFinding {
  return {
    kind: 'percent-parts',
    start: share.start,
    end: share.end,
    text: share.text,
    message: `“${share.text}” does not match “${part.text}” of “${whole.text}”: that is ${Number(((part.value! / whole.value!) * 100).toFixed(1))}%`,
    related: [part, whole].map((f) => ({ start: f.start, end: f.end, text: f.text })),
  };
}

export function sharesOfTotal(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  const sentenceOf = (f: Figure) => sentenceIndexOf(doc, f);
  for (let k = 1; k < figures.length; k++) {
    const amount = figures[k - 1];
    const share = figures[k];
    if (amount.kind !== 'money' || share.kind !== 'percent' || share.unit !== '%' || amount.value === null || share.value === null || amount.low !== undefined) continue;
    if (!shareBefore.test(doc.text.slice(amount.end, share.start)) || !shareAfter.test(doc.text.slice(share.end, share.end + 30)) || changeAfter.test(doc.text.slice(share.end, share.end + 20))) continue;
    const at = sentenceOf(amount);
    if (at <= 0) continue;
    const totals = figures.filter((f) => f.kind === 'money' && f.unit === amount.unit && f.value !== null && f.low === undefined && sentenceOf(f) === at - 1 && f.value > amount.value!);
    if (totals.length === 0) continue;
    const total = totals.reduce((a, b) => (b.value! > a.value! ? b : a));
    const a = writtenInterval(amount);
    const t = writtenInterval(total);
    const p = writtenInterval(share);
    if (!a || !t || !p || t.lo <= 0) continue;
    const lo = (a.lo / t.hi) * 100;
    const hi = (a.hi / t.lo) * 100;
    if (hi >= p.lo - 1e-9 && lo <= p.hi + 1e-9) continue;
    out.push(shareFinding(share, amount, total));
  }
  return out;
}

/** Between a level and a fraction in words that is its share: ", ", " (", " –", perhaps "or", perhaps after a place ("in Sweden, half"). */
const fractionBefore = /^(?:\s+(?:in|at|across)\s+[^,;.()]{1,30})?\s*(?:,|\(|[—–-])\s*(?:or\s+)?$/i;
/** A fraction in words, then what it is a share of: "a third of the total", "more than half the sum stolen", "two-thirds of its budget". */
const fractionOf = /^[\s\S]*?\b(?:half|thirds?|quarters?|fifths?|tenths?)\s+(?:of\s+)?(?:the|its|their|his|her|all\s+the|all)\s+([\p{L}-]+)/iu;
/** Nouns that name a total of whatever the level counts: any earlier level of its measure may be it. */
const wholeNouns = new Set(['total', 'sum', 'amount', 'money', 'figure', 'bill', 'tally']);

/**
 * A count or amount given with its share of a total as a fraction in words, the total named earlier
 * in the article: "The council has recovered £730,000, about a third of the total" after "stole
 * £2.1m"; "£1.14m, more than half the sum stolen"; "40 rifles, two-thirds of the weapons" after
 * "seized 60 weapons". The total is an earlier level of the same measure larger than the part: any
 * one for "the total", "the sum" or "the amount", else one whose noun, or a word within four words
 * of it ("a budget of £3m", "its workforce of 44,000"), is the share's noun. Since the article may name several, the share is
 * flagged only when none of them fits; a fraction in words allows 15% of its value either way (25%
 * with "about" or "almost").
 */
export function fractionsOfEarlierTotal(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 1; k < figures.length; k++) {
    const level = figures[k - 1];
    const share = figures[k];
    if (!isCountOrAmount(level) || share.kind !== 'count' || share.value === null || share.value <= 0 || share.value >= 1 || share.change) continue;
    if (!fractionBefore.test(doc.text.slice(level.end, share.start))) continue;
    const of = fractionOf.exec(doc.text.slice(share.start, Math.max(share.end, share.start) + 30));
    if (!of || of.index !== 0) continue;
    // "cut 350 of its 1,400 jobs, a quarter of its workforce": the share is of the part before "of
    // its", over the level; an earlier total of other things must not be read against it.
    const part = partOfLevel(doc, figures[k - 2], level);
    if (part) {
      const p = wordFractionInterval(share);
      const a = qualifiedInterval(part);
      const w = qualifiedInterval(level);
      if (p && a && w && w.lo > 0 && !((a.hi / w.lo) * 100 >= p.lo - 1e-9 && (a.lo / w.hi) * 100 <= p.hi + 1e-9)) out.push(shareFinding(share, part, level));
      continue;
    }
    const noun = of[1].toLowerCase();
    const key = termKey(noun);
    const totals = figuresWithin(doc, { start: 0, end: level.start }).filter((f) => {
      if (!isCountOrAmount(f) || f.value! <= level.value! || !(sameMeasure(f, level) || (level.kind === 'count' && f.kind === 'count'))) return false;
      if (f.kind === 'money' && f.unit !== level.unit) return false;
      if (wholeNouns.has(noun)) return sameMeasure(f, level);
      if (f.unit && termKey(f.unit) === key) return true;
      return windowKeys(doc, f, 4).has(key);
    });
    if (totals.length === 0) continue;
    const p = wordFractionInterval(share);
    const a = qualifiedInterval(level);
    if (!p || !a) continue;
    const fits = (t: Figure) => {
      const w = qualifiedInterval(t);
      return !w || w.lo <= 0 || ((a.hi / w.lo) * 100 >= p.lo - 1e-9 && (a.lo / w.hi) * 100 <= p.hi + 1e-9);
    };
    if (totals.some(fits)) continue;
    // The message names the largest: a total of what the level is part of more often than a sibling part.
    const total = totals.reduce((a, b) => (b.value! > a.value! ? b : a));
    out.push(shareFinding(share, level, total));
  }
  return out;
}

/** Between a part and the whole it is counted in: "350 of its 1,400 jobs", "12 of the 40 seats". */
const partOfWhole = /^\s+(?:out\s+)?of\s+(?:the|its|their|his|her|our)?\s*$/;

/** The figure before `level` when the text says it is a part of the level ("350 of its 1,400 jobs"). */
function partOfLevel(doc: Prepared, before: Figure | undefined, level: Figure): Figure | null {
  if (!before || !isCountOrAmount({ ...before, change: undefined }) || before.kind !== level.kind || before.value! >= level.value!) return null;
  if (before.kind === 'money' && before.unit !== level.unit) return null;
  return partOfWhole.test(doc.text.slice(before.end, level.start)) ? before : null;
}

/** After a share, the whole it is of, with its size: " of its workforce of 44,000", " of the 1,200 staff". */
const ofNamedWhole = /^\s+of\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?$/u;

/**
 * A count or amount given with its percentage of a whole named right after it: "cut 4,000 jobs,
 * about 12% of its workforce of 44,000" (9.1%). The share follows the level after a comma, a
 * bracket or a dash, the whole follows "of its ... of" or "of the"; the three figures' roundings
 * and qualifiers are allowed.
 */
export function sharesOfNamedWhole(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 1; k + 1 < figures.length; k++) {
    const [level, share, whole] = [figures[k - 1], figures[k], figures[k + 1]];
    // The level may be a cut or a rise ("cut 4,000 jobs, about 9% of its workforce"): a part all the same.
    if (!isCountOrAmount({ ...level, change: undefined }) || share.kind !== 'percent' || share.unit !== '%' || share.value === null || share.low !== undefined || share.change || !isCountOrAmount(whole)) continue;
    if (!fractionBefore.test(doc.text.slice(level.end, share.start)) || !ofNamedWhole.test(doc.text.slice(share.end, whole.start))) continue;
    if (level.kind !== whole.kind || (level.kind === 'money' && level.unit !== whole.unit) || whole.value! <= level.value!) continue;
    const a = qualifiedInterval(level);
    const w = qualifiedInterval(whole);
    const p = qualifiedInterval(share);
    if (!a || !w || !p || w.lo <= 0) continue;
    if ((a.hi / w.lo) * 100 >= p.lo - 1e-9 && (a.lo / w.hi) * 100 <= p.hi + 1e-9) continue;
    out.push(shareFinding(share, level, whole));
  }
  return out;
}
