import { articleDate, resolveDates } from '../analysis/figures/dates.js';
import { formatNumber } from '../analysis/figures/describe.js';
import { chunksFrom, type Chunk } from '../analysis/chunks.js';
import type { Figure, Span } from '../analysis/types.js';
import { eachTimesCount, perHeadShares } from './perHead.js';
import { fractionsOfEarlierTotal, sharesOfNamedWhole, sharesOfTotal } from './shares.js';
import { tableText, tableTotals } from './tables.js';
import { exchangeRates } from './exchangeRates.js';
import { lifeDates } from './lifeDates.js';
import { durationSpans } from './durationSpans.js';
import { remainingShares } from './remainingShares.js';
import { levelsIn, multipliedChanges } from './multipliedChanges.js';
import { amountChanges, differencesAfterLevels } from './amountChanges.js';
import { comparedLevels } from './comparisons.js';
import { differences } from './differences.js';
import { populationRates } from './populationRates.js';
import { timeGaps } from './timeGaps.js';
import { premiums } from './premiums.js';
import { shareMargins } from './margins.js';
import { answerShares } from './answerShares.js';
import { listTotals, restOfTotal } from './restOfTotal.js';
import { runningTotals } from './runningTotals.js';
import { leadChanges, namedChanges } from './leadChanges.js';
import { bracketOpen, figuresWithin, qualifiedInterval, wordFractionInterval, isFractionChange, rangeEnds, wentOtherWay, isWholeAsWritten, lineOf, sentenceIndexOf, sentenceOf, disjoint, intervalOf, type Interval, lastDigitRounding, prepare, roundingOf, termKey, unitSizes, wordsOf, writtenInterval, formatAmount, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';
import type { Analysis } from '../analysis/types.js';

/**
 * Checks of the article against itself, needing no source: the same quantity given two values
 * (headline 12,000, body 13,000), a percentage that does not match the parts it is computed from
 * or the levels a change went between, and a relative time ("28 years ago") that disagrees with the date beside it by the dateline.
 */



function ref(f: Figure): Span & { text: string } {
  return { start: f.start, end: f.end, text: f.text };
}

/** A function of one figure alone, computed once per figure (the checks ask it again for every pair). */
function perFigureAlone<T>(compute: (f: Figure) => T): (f: Figure) => T {
  const cache = new WeakMap<Figure, { value: T }>();
  return (f) => {
    let entry = cache.get(f);
    if (entry === undefined) cache.set(f, (entry = { value: compute(f) }));
    return entry.value;
  };
}

/** The verb a count belongs to, when the finder recorded one that is not the noun itself. */
const verbKey = perFigureAlone(function verbKeyOf(f: Figure): string | null {
  if (!f.context) return null;
  const key = termKey(f.context);
  if (f.unit && termKey(f.unit) === key) return null;
  if (f.noun && wordsOf(f.noun).some((w) => w.key === key)) return null;
  return key;
});

const windowKeys = perFigure(function windowKeysOf(doc: Prepared, f: Figure): Set<string> {
  const s = sentenceOf(doc, f);
  return new Set(wordsOf(doc.text.slice(s.start, s.end), s.start).filter((w) => w.end <= f.start || w.start >= f.end).map((w) => w.key));
});

/**
 * A function of one figure of one document, computed once per figure: the within-article checks ask
 * the same figure's sentence words, times and places again for every figure it is compared with.
 */
function perFigure<T>(compute: (doc: Prepared, f: Figure) => T): (doc: Prepared, f: Figure) => T {
  const byDoc = new WeakMap<Prepared, Map<Figure, T>>();
  return (doc, f) => {
    let cache = byDoc.get(doc);
    if (!cache) byDoc.set(doc, (cache = new Map()));
    let value = cache.get(f);
    if (value === undefined) cache.set(f, (value = compute(doc, f)));
    return value;
  };
}

/** The content words within six words either side of the figure, in its sentence: what the count is said of. */
const nearKeys = perFigure(function nearKeysOf(doc: Prepared, f: Figure): Set<string> {
  const s = sentenceOf(doc, f);
  const words = wordsOf(doc.text.slice(s.start, s.end), s.start);
  const before = words.filter((w) => w.end <= f.start).slice(-6);
  const after = words.filter((w) => w.start >= f.end).slice(0, 6);
  return new Set([...before, ...after].map((w) => w.key));
});

/**
 * "1.8 million Latvians will still need", "Up to three producers can be named", "received three
 * nominations each": a forecast, a rule or a share per item, which another count of the same noun
 * does not contradict.
 */
const notAStatedCount = /^[^.;:]{0,40}?\b(?:will|would|could|can|may|might|should|must|each|apiece|respectively|per)\b/i;

/**
 * The dates named in the figure's sentence, as resolved or as written, and the years of those
 * resolved: two figures in sentences about different years or dates are different quantities.
 */
const timesNear = perFigure(function timesNearOf(doc: Prepared, f: Figure): { years: Set<string>; dates: Set<string> } {
  const s = sentenceOf(doc, f);
  const years = new Set<string>();
  const dates = new Set<string>();
  for (const g of doc.analysis.figures) {
    if (g.kind !== 'date' || g.start < s.start || g.end > s.end) continue;
    if (g.resolved) years.add(g.resolved.slice(0, 4));
    dates.add(g.resolved ?? g.text.toLowerCase());
  }
  // "During that year, 2,400 workers built 31,000 boats": a time named earlier, which is no date
  // figure but is not the "Last year" of another sentence either.
  const pointedBack = pointedTime.exec(doc.text.slice(s.start, s.end));
  if (pointedBack) dates.add(pointedBack[0].toLowerCase());
  return { years, dates };
});
/** A time the sentence points back to: "that year", "the same month", "at the time". */
const pointedTime = /\b(?:that|the\s+same|the\s+previous|the\s+following)\s+(?:year|month|week|day|season|quarter)\b|\bat\s+the\s+time\b/i;

/** "one of the directors", "22 of the 30", "two out of 16", "a quarter of companies": a part, not the count of the whole. */
const partOfWhole = /\b(?:of|out of)\b/i;
/** "the two countries", "these two firms": a few things already named, not a figure the article states. */
const namedBefore = /\b(?:the|these|those|both|its|their|his|her)\s+$/i;

/** The words of a count's noun phrase ("outgoing flights"), which must match for two counts to be one quantity. */
const nounKeys = perFigureAlone(function nounKeysOf(f: Figure): string {
  return wordsOf(f.noun ?? f.unit ?? '').map((w) => w.key).sort().join(' ');
});

/** Before the whole of a part: "38 of the 150 seats", "three out of its 12 members". */
const wholeAfterPart = /(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+(?:of|out\s+of)\s+(?:the|its|their|all|all\s+the|only|just)\s+$/i;

/** Before a count that is a requirement, not a holding: "a party needs 326 seats", "would still require 40 more". */
const requirementBefore = /\b(?:takes?|took|needs?|needed|requires?|required|short\s+of)\s+(?:(?:at\s+least|another|a\s+further|only|just|about|some|roughly)\s+)?$/i;
/** After a count that is a pool or a requirement: "90 seats at stake", "326 seats to win", "the 50-seat threshold". */
const poolAfter = /^(?:\s+[a-z]+){0,2}?\s+(?:at\s+stake|up\s+for\s+grabs|to\s+win|to\s+clinch|needed|required|remain(?:ing)?\s+to\s+be|threshold|outstanding|still\s+available)\b/i;
/** After a count that is a part: "four of five states", "two out of 16". */
const partAfter = /^\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:\d|[a-z]+\s)/i;
/** Before a count of another set than the ones before it: "Another eight states", "compared with 14". */
const otherSetBefore = /\b(?:another|other|a\s+further|an\s+additional|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:about|some|nearly|almost|roughly|just|only)\s+)?$/i;
/** Around points that are a margin, not a total: "a 4-point edge", "leads by 7 points", "a net positive of 37 points". */
const marginAfter = /^[\s-]*(?:lead|edge|margin|advantage|gap|swing|deficit|ahead|behind|clear)\b/i;
const marginBefore = /\b(?:by|of|lead\s+of|up|down)\s+(?:(?:about|some|nearly|almost|roughly|just|only|more\s+than)\s+)?$/i;

function sentenceText(doc: Prepared, f: Figure): string {
  const s = sentenceOf(doc, f);
  return doc.text.slice(s.start, s.end);
}

const comparable = perFigure(function comparableOf(doc: Prepared, f: Figure): boolean {
  if (partOfWhole.test(f.text) || (f.value !== null && f.value < 1)) return false;
  const before = doc.text.slice(Math.max(0, f.start - 30), f.start);
  const after = doc.text.slice(f.end, f.end + 40);
  // "Another eight states", "compared with 14": another set, or the other side of a comparison.
  if (otherSetBefore.test(before) || /^\s*(?:Another|A\s+further|An\s+additional)\b/.test(sentenceText(doc, f))) return false;
  if (requirementBefore.test(before) || poolAfter.test(after) || /-\w+\s+threshold\b/i.test(doc.text.slice(f.start, f.end + 12)) || partAfter.test(after)) return false;
  if (f.unit === 'point' && (marginAfter.test(after) || marginBefore.test(before) || /margin\s+of\s+error/i.test(sentenceText(doc, f)))) return false;
  // "won 38 of the 150 seats": the size of the whole, not a count another count of seats restates.
  if (wholeAfterPart.test(doc.text.slice(Math.max(0, f.start - 24), f.start))) return false;
  return !(f.value !== null && f.value < 20 && namedBefore.test(doc.text.slice(Math.max(0, f.start - 12), f.start)));
});

/** A count's own words (its unit and noun), which two counts share by being counts of one thing. */
const ownKeys = perFigureAlone(function ownKeysOf(f: Figure): string[] {
  return [termKey(f.unit ?? ''), ...wordsOf(f.noun ?? '').map((w) => w.key)];
});

/** The noun right after an amount of money, which says what the money is ("£48m fraud", "a $4.2bn deal"). */
function moneyNoun(doc: Prepared, f: Figure): string | null {
  const m = /^[ \u00a0]+([a-z][a-z-]+)\b/.exec(doc.text.slice(f.end, f.end + 30));
  if (!m) return null;
  const key = termKey(m[1]);
  return wordsOf(m[1]).length && !moneyNounStops.has(m[1]) ? key : null;
}
/** Words after an amount that are no noun of it. */
const moneyNounStops = new Set(['a', 'an', 'the', 'in', 'on', 'of', 'for', 'to', 'from', 'by', 'and', 'or', 'but', 'last', 'this', 'next', 'each',
  'per', 'more', 'less', 'than', 'over', 'under', 'since', 'after', 'before', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'will',
  'would', 'could', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'annually', 'worth', 'apiece', 'respectively',
  'during', 'at', 'with', 'against', 'compared', 'down', 'up', 'as', 'into', 'while', 'when', 'which', 'that', 'it', 'they']);

/**
 * Two amounts of money given for the same thing: "£48m fraud" in the headline, "the £45m fraud" in
 * the body. Only amounts in one currency followed by the same noun are compared, and one of them
 * must point back with "the": "a $111m loss a year earlier" is another loss than "2003's $1.4bn loss".
 */
function sameAmount(doc: Prepared, a: Figure, b: Figure): boolean {
  if (a.kind !== 'money' || b.kind !== 'money' || a.unit !== b.unit || a.change || b.change || a.per || b.per) return false;
  const noun = moneyNoun(doc, a);
  if (noun === null || noun !== moneyNoun(doc, b)) return false;
  // "refused to pay more than a £900 bonus": a bound set against another amount, not a restatement.
  const bound = (f: Figure) => /\b(?:above|below|beyond|than|instead\s+of|rather\s+than)\s+(?:a|an|the)?\s*$/i.test(doc.text.slice(Math.max(0, f.start - 20), f.start));
  if (bound(a) || bound(b)) return false;
  return (definiteBefore(doc, a) || definiteBefore(doc, b)) && sameTime(doc, a, b) && !notAStated(doc, a) && !notAStated(doc, b);
}

/** Whether "the" comes right before the figure ("the 2,300 members"). */
function definiteBefore(doc: Prepared, f: Figure): boolean {
  return /\bthe\s+$/i.test(doc.text.slice(Math.max(0, f.start - 5), f.start));
}

const notAStated = perFigure(function notAStatedOf(doc: Prepared, f: Figure): boolean {
  // Only its own sentence: a headline has no full stop, and "will" in the lead says nothing of it.
  return notAStatedCount.test(doc.text.slice(f.end, Math.min(f.end + 60, sentenceOf(doc, f).end)));
});

/** Whether two figures are not said of two different years or dates. */
/**
 * A live blog's update headed by a clock time ("___. 5:15 p.m.", a paragraph opening "8:00 p.m."):
 * counts in two updates are counts at two times ("the Greens lead in 14 wards" at 11:00 p.m., in 19
 * at 2:00 a.m.).
 */
const updateStamp = /(?:^|\n|_{2,}\.?)[ \t]*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|ET|EST|EDT)(?=[\s.,:—–-])/gi;

const updateStarts = new WeakMap<Prepared, number[]>();
/** The number of live-blog updates begun before the figure, once per figure (sameTime asks it for every pair). */
const updateOf = perFigure(function updateOfFigure(doc: Prepared, f: Figure): number {
  let starts = updateStarts.get(doc);
  if (!starts) updateStarts.set(doc, (starts = [...doc.text.matchAll(updateStamp)].map((m) => m.index!)));
  // Binary search: a live blog may have hundreds of updates.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= f.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
});

function sameTime(doc: Prepared, a: Figure, b: Figure): boolean {
  if (updateOf(doc, a) !== updateOf(doc, b)) return false;
  const ta = timesNear(doc, a);
  const tb = timesNear(doc, b);
  const apart = (x: Set<string>, y: Set<string>) => x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v));
  // "on Friday" against "last year": figures at two stated times are two quantities.
  return !apart(ta.years, tb.years) && !apart(ta.dates, tb.dates);
}

/**
 * Places a sentence says its figures are of: "in the UK", "throughout the EU", "across Europe".
 * Without "the", a capitalised word that modifies a noun after it ("in EU funds") is no place; nor
 * is a month or a weekday ("in March").
 */
const placePhrase = /\b(?:[Ii]n|[Tt]hroughout|[Aa]cross|[Ww]ithin|[Oo]utside)\s+(?:the\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*)\b|((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*)\b(?!\s+[a-z]))/g;
const notPlaces = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|It|This|That)$/;

const placesNear = perFigure(function placesNearOf(doc: Prepared, f: Figure): Set<string> {
  const s = sentenceOf(doc, f);
  const places = new Set<string>();
  for (const m of doc.text.slice(s.start, s.end).matchAll(placePhrase)) {
    const place = m[1] ?? m[2];
    if (!notPlaces.test(place)) places.add(place.toLowerCase());
  }
  return places;
});

/**
 * Whether two figures are not said of two different places: "922 cases ... in the UK" and "fraud
 * throughout the EU dropped ... to 8,177 cases" are two quantities.
 */
function samePlace(doc: Prepared, a: Figure, b: Figure): boolean {
  const pa = placesNear(doc, a);
  const pb = placesNear(doc, b);
  return pa.size === 0 || pb.size === 0 || [...pa].some((p) => pb.has(p));
}

/**
 * Whether two counts' verbs do not tell them apart: the same verb, or no verb on one and the
 * other's verb in its sentence ("Floods displace 12,000 people" and "12,000 people were displaced"),
 * or no verb on either.
 */
function sameVerbs(doc: Prepared, a: Figure, b: Figure): boolean {
  const va = verbKey(a);
  const vb = verbKey(b);
  if (va && vb) return va === vb;
  if (va) return windowKeys(doc, b).has(va);
  if (vb) return windowKeys(doc, a).has(vb);
  return true;
}

/** Whether a count stands after "in" ("in seven cases"), a frame that names one part of several. */
function inFrame(doc: Prepared, f: Figure): boolean {
  return /\bin\s+$/i.test(doc.text.slice(Math.max(0, f.start - 4), f.start));
}

/** After a tally, the games it was made in: "19 goals in 27 league games", "six wins from 10 matches". */
const tallyOver = /^\s+(?:in|from)\s+(?:(?:his|her|their|its|the|just|only)\s+)?(?:first\s+|last\s+)?(\d+|[a-z]+)\s+(?:(?:league|cup|international|competitive|premier\s+league|test|senior)\s+)?(games|matches|appearances|starts|outings|races|innings|tests|fixtures)\b/i;

/** The games a tally was made in, "27 games", or "" when none are named. */
const tallyFrame = perFigure(function tallyFrameOf(doc: Prepared, f: Figure): string {
  const m = tallyOver.exec(doc.text.slice(f.end, f.end + 60));
  return m ? `${m[1].toLowerCase()} ${termKey(m[2])}` : '';
});

/** A name holding a count right before it: "Marsh leads with 41 seats", "Ortega has at least 36". */
const holderBefore = /(\p{Lu}[\p{L}'’-]+)\s+(?:(?:now|also|still|already|so\s+far)\s+)?(?:(?:has|have|had)\s+(?:(?:now|also|still|already)\s+)?)?(?:has|have|had|leads|led|won|wins|holds|held|gets|got|took|secured|received|collected|raised|scored|earned|gained|claimed|amassed|picked\s+up)\s+(?:(?:with|at\s+least|about|nearly|almost|more\s+than|just|only|some|roughly)\s+)*$/u;

/** The name that holds a count in its clause, or null: counts held by two names are two quantities. */
const holderOf = perFigure(function holderOfFigure(doc: Prepared, f: Figure): string | null {
  const m = holderBefore.exec(doc.text.slice(Math.max(sentenceOf(doc, f).start, f.start - 60), f.start));
  return m ? m[1].toLowerCase() : null;
});

/** After a count, the verb of a clause that says which ones: "people who voted for", "states going to the polls". */
const definingVerbAfter = /^\s+(?:(?:who|that|which)\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?([a-z]+)|((?!including\b|according\b)[a-z]+ing)\b)/i;

/** The verb that defines which things a count counts, or null. */
const definingVerb = perFigure(function definingVerbOf(doc: Prepared, f: Figure): string | null {
  const m = definingVerbAfter.exec(doc.text.slice(f.end, f.end + 40));
  return m ? termKey(m[1] ?? m[2]) : null;
});

/** After a difference of two levels: "1,900 fewer than", "300 more people than", "£2bn less than". */
const differenceThan = /^\s+(?:fewer|more|less|higher|lower|above|below)\b(?:\s+[a-z-]+){0,2}\s+than\b/i;

function isDifference(doc: Prepared, f: Figure): boolean {
  return differenceThan.test(doc.text.slice(f.end, f.end + 40));
}

function sameQuantity(doc: Prepared, a: Figure, b: Figure): boolean {
  const ha = holderOf(doc, a);
  const hb = holderOf(doc, b);
  if (ha !== null && hb !== null && ha !== hb) return false;
  // "1,200 people who live near the plant" and "300 people who work at it": two groups.
  const da = definingVerb(doc, a);
  const db = definingVerb(doc, b);
  if (da !== null && db !== null && da !== db) return false;
  if (a.kind === 'money') return sameAmount(doc, a, b);
  if (a.kind !== 'count' || b.kind !== 'count' || !a.unit || !b.unit) return false;
  if (termKey(a.unit) !== termKey(b.unit)) return false;
  if (a.change || b.change || a.per || b.per || a.age || b.age) return false;
  // "4,100 people, 1,900 fewer than in 2020": a difference between two levels is none of them.
  if (isDifference(doc, a) || isDifference(doc, b)) return false;
  // "five million times faster" and "four times what it is": multipliers and occasions, not things counted.
  if (a.unit === 'times' || a.unit === 'fold' || a.unit === 'time') return false;
  // "But in six cases, buyers reported cuts. In 19 cases, ...": parts named one after another.
  if (inFrame(doc, a) && inFrame(doc, b) && Math.abs(sentenceIndexOf(doc, a) - sentenceIndexOf(doc, b)) === 1) return false;
  // "19 goals in 27 league games" and "has scored 13 goals": a tally over its own games is another count.
  if (tallyFrame(doc, a) !== tallyFrame(doc, b)) return false;
  // "92 outgoing flights" and "77 short-haul flights", "140,000 Nordvik boats" and "31,000 boats": other things.
  if (nounKeys(a) !== nounKeys(b)) return false;
  if (!comparable(doc, a) || !comparable(doc, b)) return false;
  if (!sameVerbs(doc, a, b)) return false;
  const va = verbKey(a);
  const vb = verbKey(b);
  // "the 2,300 members" and later "The 2,800 members": both point back to one group the article names.
  if (definiteBefore(doc, a) && definiteBefore(doc, b) && a.noun === b.noun && !va && !vb) return sameTime(doc, a, b);
  if (notAStated(doc, a) || notAStated(doc, b)) return false;
  // What is said around the two counts must overlap: "the storm killed about 9,000 people and caused
  // damage" and "an earthquake killed at least 27,000 people" share the verb and, by chance, "damage".
  // With the same verb two more words near both are needed, otherwise three.
  const own = ownKeys(a);
  const nearA = nearKeys(doc, a);
  const nearB = nearKeys(doc, b);
  const sameVerb = (va !== null && (va === vb || nearB.has(va))) || (vb !== null && nearA.has(vb));
  let shared = 0;
  for (const k of nearA) if (nearB.has(k) && k !== va && k !== vb && !own.includes(k)) shared++;
  if (shared < (sameVerb ? 2 : 3)) return false;
  return sameTime(doc, a, b) && samePlace(doc, a, b);
}

/**
 * What two figures must share to be one quantity (sameQuantity, sameAmount): a count's unit, or an
 * amount's currency and the noun after it; null when a figure can be no such quantity.
 */
function quantityKey(doc: Prepared, f: Figure): string | null {
  if (f.kind === 'count') return f.unit ? `count ${termKey(f.unit)}` : null;
  const noun = moneyNoun(doc, f);
  return noun === null ? null : `money ${f.unit} ${noun}`;
}

/**
 * How many earlier figures of one quantity's key a figure is compared with, the nearest first: a
 * season's live blog with 15,000 "N points" would otherwise compare 100 million pairs. Two counts of
 * one thing 300 mentions of that unit apart are left alone.
 */
const pairReach = 300;

export function inconsistentValues(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const counts = doc.analysis.figures.filter((f) => (f.kind === 'count' || f.kind === 'money') && f.value !== null);
  // Only figures with the same key can be one quantity: pairing within a key keeps a long article
  // from comparing every count with every other (a 100 KB article took half a second).
  const earlier = new Map<string, Array<{ f: Figure; sentence: number; interval: Interval | null }>>();
  for (const b of counts) {
    const key = quantityKey(doc, b);
    if (key === null) continue;
    let same = earlier.get(key);
    if (!same) earlier.set(key, (same = []));
    const before = same.length;
    const sentence = sentenceIndexOf(doc, b);
    const ib = intervalOf(b, 'claim');
    same.push({ f: b, sentence, interval: ib });
    if (!ib) continue;
    const conflicts: Figure[] = [];
    for (let i = Math.max(0, before - pairReach); i < before; i++) {
      const { f: a, sentence: at, interval: ia } = same[i];
      if (at === sentence && at >= 0) continue;
      if (ia && disjoint(ia, ib) && sameQuantity(doc, a, b)) conflicts.push(a);
    }
    if (conflicts.length === 0) continue;
    const first = conflicts[0];
    out.push({
      kind: 'inconsistent-values',
      start: b.start,
      end: b.end,
      text: b.text,
      message: `“${b.text}” disagrees with “${first.text}” (line ${lineOf(doc.text, first.start)}) about the same ${b.kind === 'money' ? moneyNoun(doc, b) ?? 'amount' : b.noun ?? b.unit}`,
      related: conflicts.map(ref),
    });
  }
  return out;
}

/** Words of a death toll: "kills 27", "27 dead", "the death toll rose to 31", "31 people died". */
const deathWords = /^(?:kill|kills|killed|killing|dead|die|dies|died|death|deaths|toll|perish|perished|fatalities)$/i;

/**
 * The article's headline: its first Markdown heading, or a first line of plain text that ends
 * without a full stop and stands alone before a blank line; and the lead, the first paragraph after
 * it, which the headline sums up. The text is split as analysis splits it (chunks.ts), which knows
 * the forms of front matter; only the first two paragraphs are read.
 */
function articleTop(doc: Prepared): { headline: Span; lead: Span | null } | null {
  // Four headline checks read it; the chunks are split once per run.
  if (!tops.has(doc)) tops.set(doc, articleTopOf(doc.text));
  return tops.get(doc)!;
}

const tops = new WeakMap<Prepared, { headline: Span; lead: Span | null } | null>();

function articleTopOf(text: string): { headline: Span; lead: Span | null } | null {
  const [first, second, third] = paragraphs(text, 3);
  if (!first) return null;
  const headline = lineHeadline(text, first, second !== undefined);
  if (!headline) return null;
  // "*Tallinn, 6 March 2027*" under the headline is a dateline; the lead is the paragraph after it.
  const lead = second && dateline.test(text.slice(second.start, second.end).trim()) ? third : second;
  return { headline, lead: first.end > headline.end ? { start: headline.end, end: first.end } : lead ?? null };
}

/** A one-line paragraph of a place and a date, perhaps in italics, with no sentence: "*London, 19 November 2026*". */
const dateline = /^[*_]*[\p{Lu}][\p{L} .'’-]{0,40},\s+(?:\p{L}+\s+)?\d{1,2}\s+\p{L}+\s+\d{4}[*_]*$|^[*_]*[\p{Lu}][\p{L} .'’-]{0,40},\s+\p{L}+\s+\d{1,2},?\s+\d{4}[*_]*$/u;

/** The first `n` chunks of the text that are not skipped (front matter, code). */
function paragraphs(text: string, n: number): Chunk[] {
  const out: Chunk[] = [];
  for (const chunk of chunksFrom(text, 'markdown', 0)) {
    if (chunk.skip) continue;
    out.push(chunk);
    if (out.length === n) break;
  }
  return out;
}

/** Auxiliaries between a subject and its verb, skipped when looking for the verb before a count. */
const auxiliaries = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'could', 'may', 'might', 'to', 'also', 'now']);

/** The word right before a count in its sentence, auxiliaries skipped: its verb, in most news copy ("displace", "has killed"). */
function verbBefore(doc: Prepared, f: Figure): string | null {
  const s = sentenceOf(doc, f);
  const words = doc.text.slice(s.start, f.start).toLowerCase().match(/[a-z]+/g) ?? [];
  while (words.length && auxiliaries.has(words[words.length - 1])) words.pop();
  return words.length ? words[words.length - 1] : null;
}

function lineHeadline(text: string, chunk: Chunk, more: boolean): Span | null {
  const chunkText = text.slice(chunk.start, chunk.end);
  const lineEnd = chunkText.indexOf('\n');
  const line = (lineEnd < 0 ? chunkText : chunkText.slice(0, lineEnd)).trimEnd();
  const span = { start: chunk.start, end: chunk.start + line.length };
  if (/^#{1,2}\s/.test(line)) return span;
  return more && lineEnd < 0 && line.length <= 120 && !/[.!?:"”]$/.test(line) ? span : null;
}

/** Whether a death word is within `before` words before the count or `after` words after it, in its sentence. */
function tollWordNear(doc: Prepared, f: Figure, span: Span, before: number, after: number): boolean {
  const words = wordsOf(doc.text.slice(span.start, span.end), span.start);
  const near = [...words.filter((w) => w.end <= f.start).slice(-before), ...words.filter((w) => w.start >= f.end).slice(0, after)];
  return near.some((w) => deathWords.test(doc.text.slice(w.start, w.end)));
}

/** "The number of people killed by the earthquake ... rose to", "The death toll ... reached": the subject names the dead. */
const tollSubject = /\b(?:death\s+toll|number\s+of\s+(?:[a-z-]+\s+){0,2}(?:killed|dead|deaths|died|victims))\b(?:[^.;:]|\.(?=\d))*\b(?:rose|risen|climbed|reached|stood|hit|passed|topped|jumped|increased|is|was|stands)\s+(?:to\s+|at\s+)?(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some)\s+)?$/i;

function tollClauseBefore(doc: Prepared, f: Figure): boolean {
  const s = sentenceOf(doc, f);
  return tollSubject.test(doc.text.slice(s.start, f.start));
}

/**
 * "kills at least 41" over "at least 39 people were killed": two floors never contradict each
 * other, but the headline claims more than the story it sums up states.
 */
function floorAbove(headline: Interval, body: Interval): boolean {
  // Counts are whole: "more than 40" is "at least 41".
  const floor = (i: Interval) => (i.loOpen && Number.isInteger(i.lo) ? i.lo + 1 : i.lo);
  return headline.hi === Infinity && body.hi === Infinity && floor(headline) > floor(body);
}

/** What a body's count `b` does against the headline's `a`: disagree, or set a lower floor. */
function headlineMessage(doc: Prepared, a: Figure, b: Figure, ia: Interval, ib: Interval, what: string): string {
  const line = lineOf(doc.text, a.start);
  return disjoint(ia, ib)
    ? `“${b.text}” disagrees with “${a.text}” in the headline (line ${line}) about the ${what}`
    : `“${b.text}” is a lower floor than “${a.text}” in the headline (line ${line}) for the ${what}`;
}

/**
 * The death toll in the headline against the first one in the body: "Factory fire kills 27" over
 * "At least 31 workers were killed". Only the first toll of the body is compared, since later ones
 * may count part of the dead ("four firefighters were among those killed").
 */
export function headlineToll(doc: Prepared): ArticleFinding[] {
  const headline = articleTop(doc)?.headline;
  if (!headline) return [];
  const counts = doc.analysis.figures.filter((f) => f.kind === 'count' && f.value !== null && f.value >= 1 && !f.change && !f.age && !f.per);
  const headlineCounts = counts.filter((f) => f.start >= headline.start && f.end <= headline.end);
  // "Death toll from Anatolian earthquake passes 2,300": a headline about the toll with one count.
  const aboutToll = headlineCounts.length === 1 && /\btoll\b/i.test(doc.text.slice(headline.start, headline.end));
  const inHeadline = headlineCounts.filter((f) => aboutToll || tollWordNear(doc, f, headline, 2, 2));
  if (inHeadline.length !== 1) return [];
  const a = inHeadline[0];
  const b = counts.find((f) => f.start >= headline.end && !partOfWhole.test(f.text) && (tollWordNear(doc, f, sentenceOf(doc, f), 3, 4) || tollClauseBefore(doc, f)));
  const ia = intervalOf(a, 'claim');
  const ib = b && intervalOf(b, 'claim');
  if (!b || !ia || !ib || (!disjoint(ia, ib) && !floorAbove(ia, ib))) return [];
  return [{
    kind: 'inconsistent-values',
    start: b.start,
    end: b.end,
    text: b.text,
    message: headlineMessage(doc, a, b, ia, ib, 'death toll'),
    related: [ref(a)],
  }];
}

/**
 * A count in the headline against the first count of the same noun in the body: "Moscow masses
 * 30,000 troops" over "an estimated 38,000 troops". The headline sums up the story, so the body's
 * first count of that noun is the one it restates; later ones may count a part ("300 troops in Pskov").
 */
export function headlineCounts(doc: Prepared): ArticleFinding[] {
  const top = articleTop(doc);
  if (!top?.lead) return [];
  const { headline, lead } = top;
  // A range ("from 145,000 to 120,000 staff") is a change whose difference a headline may give.
  const counts = doc.analysis.figures.filter((f) => f.kind === 'count' && f.value !== null && f.low === undefined && f.unit && !f.age && !f.per && comparable(doc, f));
  const out: ArticleFinding[] = [];
  for (const a of counts.filter((f) => f.start >= headline.start && f.end <= headline.end)) {
    // The same words, not synonyms: "cut 45,000 jobs" is no restatement of "employs 50,000 staff".
    // A change ("to cut 9,500 jobs") restates only a change the same way: "cut 8,500 jobs", not the
    // "122,000" jobs left.
    const b = counts.find((f) => f.start >= headline.end && f.unit === a.unit && (f.noun ?? '').toLowerCase() === (a.noun ?? '').toLowerCase() && f.change === a.change);
    // The headline restates the lead: "Bank to cut 2,650 jobs" is not about the "more than 100,000
    // staff" it has, three paragraphs down. And it is said of the same thing: by the same verb, or,
    // with no verb on either, with a word near the headline's count in the body's sentence ("sends
    // 40 warships to the strait" and "55 warships and two submarines to patrol the strait").
    if (!b || b.start >= lead.end) continue;
    const va = verbBefore(doc, a);
    const vb = verbBefore(doc, b);
    if (va && vb) {
      // "sends" and "has sent", "kills" and "killed": the same verb, whatever its form.
      if (va.slice(0, 3) !== vb.slice(0, 3)) continue;
    } else {
      const own = new Set([termKey(a.unit!), ...wordsOf(a.noun ?? '').map((w) => w.key)]);
      const body = windowKeys(doc, b);
      if (![...nearKeys(doc, a)].some((k) => body.has(k) && !own.has(k))) continue;
    }
    const ia = intervalOf(a, 'claim');
    const ib = intervalOf(b, 'claim');
    if (!ia || !ib || (!disjoint(ia, ib) && !floorAbove(ia, ib)) || notAStated(doc, a) || notAStated(doc, b)) continue;
    out.push({
      kind: 'inconsistent-values',
      start: b.start,
      end: b.end,
      text: b.text,
      message: headlineMessage(doc, a, b, ia, ib, b.noun ?? b.unit ?? ''),
      related: [ref(a)],
    });
  }
  return out;
}

/** After an amount, words that make it an amount for each of many ("£52 each", "£30 a head"). */
const eachAfter = /^\s*(?:each|apiece|a\s+head|per\s+(?:head|person|member|household))\b/i;
/** Before an amount, words that make it an average ("worth on average £52"). */
const averageBefore = /\b(?:on\s+average|an\s+average\s+of|average)\s+$/i;

/**
 * The one amount of money in the headline against the one in the lead's first sentence: "Former
 * council finance chief jailed for £2.4m fraud" over "A former finance director who stole £2.1m from
 * a county council ...". With one amount on each side the lead restates the headline's, whatever
 * the verbs ("jailed for ... fraud", "stole"); a headline may round ("$16bn" for "$16.6bn"), so the
 * two must differ by more than a twentieth beyond both roundings, and by less than half (an amount
 * each, "£52 each" under "£42m windfall", is another quantity).
 */
export function headlineAmounts(doc: Prepared): ArticleFinding[] {
  const top = articleTop(doc);
  if (!top?.lead) return [];
  const { headline, lead } = top;
  const amount = (f: Figure) => f.kind === 'money' && f.value !== null && f.value > 0 && f.low === undefined && !f.change && !f.per &&
    !eachAfter.test(doc.text.slice(f.end, f.end + 20)) && !averageBefore.test(doc.text.slice(Math.max(0, f.start - 20), f.start));
  const inHeadline = doc.analysis.figures.filter((f) => f.start >= headline.start && f.end <= headline.end);
  if (inHeadline.filter((f) => f.kind === 'money').length !== 1) return [];
  const a = inHeadline.find((f) => f.kind === 'money')!;
  if (!amount(a)) return [];
  const first = doc.sentences.find((s) => s.start >= lead.start && s.start < lead.end);
  if (!first) return [];
  const inFirst = figuresWithin(doc, first).filter((f) => f.kind === 'money' && f.unit === a.unit);
  if (inFirst.length !== 1 || !amount(inFirst[0])) return [];
  const b = inFirst[0];
  const ia = intervalOf(a, 'claim');
  const ib = intervalOf(b, 'claim');
  if (!ia || !ib || !disjoint(ia, ib) || notAStated(doc, a) || notAStated(doc, b)) return [];
  const ratio = Math.max(a.value!, b.value!) / Math.min(a.value!, b.value!);
  const qa = qualifiedInterval(a);
  const qb = qualifiedInterval(b);
  if (!qa || !qb || ratio > 1.5) return [];
  const gap = Math.max(qa.lo - qb.hi, qb.lo - qa.hi);
  if (gap <= 0.05 * Math.max(a.value!, b.value!)) return [];
  const noun = /^[ \u00a0]+([a-z][a-z-]+)\b/.exec(doc.text.slice(a.end, a.end + 30))?.[1];
  return [{
    kind: 'inconsistent-values',
    start: b.start,
    end: b.end,
    text: b.text,
    message: headlineMessage(doc, a, b, ia, ib, noun && !moneyNounStops.has(noun) ? noun : 'amount'),
    related: [ref(a)],
  }];
}

/** Verbs a headline and its lead give a rate with, by the way it went; the tenses and forms of one verb read alike. */
const rateVerbs: Array<[RegExp, string]> = [
  [/^(?:rise|rises|rose|risen|rising|climbs?|climbed|jumps?|jumped|increases?|increased|accelerates?|accelerated)$/, 'up'],
  [/^(?:fall|falls|fell|fallen|falling|drops?|dropped|slips?|slipped|eases?|eased|slows?|slowed|declines?|declined)$/, 'down'],
  [/^(?:hits?|reach|reaches|reached|stays?|stayed|holds?|held|remains?|remained|stands?|stood)$/, 'level'],
];

function rateVerb(word: string): string | null {
  return rateVerbs.find(([verbs]) => verbs.test(word.toLowerCase()))?.[1] ?? null;
}

/** A subject, a verb of a rate and "to" or "at" before a percentage: "Inflation falls to", "unemployment rose to". */
const rateClause = /([\p{L}-]+)\s+([a-z]+)(?:\s+(?:to|at))?\s+(?:(?:about|almost|nearly|around|just\s+over|just\s+under)\s+)?$/u;

/**
 * A rate in the headline against the lead: "Inflation falls to 2.2%" over "Inflation fell to 2.3% in
 * October". The headline's percentage must follow a subject, a verb of a rate and "to" or "at", and
 * the first percentage of the lead that follows a verb going the same way is its restatement when the
 * headline's subject word stands before it in its sentence. Each allows its last digit's rounding
 * ("falls to 2%" over "2.3%" agrees).
 */
export function headlineRates(doc: Prepared): ArticleFinding[] {
  const top = articleTop(doc);
  if (!top?.lead) return [];
  const { headline, lead } = top;
  const percents = doc.analysis.figures.filter((f) => f.kind === 'percent' && f.unit === '%' && f.value !== null && f.low === undefined && !f.change);
  const out: ArticleFinding[] = [];
  for (const a of percents.filter((f) => f.start >= headline.start && f.end <= headline.end)) {
    const said = rateClause.exec(doc.text.slice(headline.start, a.start));
    const way = said ? rateVerb(said[2]) : null;
    if (!said || !way) continue;
    const subject = said[1].toLowerCase();
    const b = percents.find((f) => {
      if (f.start < lead.start || f.end > lead.end) return false;
      const clause = rateClause.exec(doc.text.slice(sentenceOf(doc, f).start, f.start));
      return clause !== null && rateVerb(clause[2]) === way;
    });
    if (!b) continue;
    const sentence = sentenceOf(doc, b);
    if (!doc.text.slice(sentence.start, b.start).toLowerCase().split(/[^\p{L}-]+/u).includes(subject)) continue;
    const ia = writtenInterval(a);
    const ib = writtenInterval(b);
    // Written to the same decimal ("2.2%" and "2.3%"), two values differ even where their roundings touch.
    const differ = lastDigitRounding(a.text, a.value!)?.half === lastDigitRounding(b.text, b.value!)?.half ? a.value !== b.value : !!ia && !!ib && disjoint({ ...ia, loOpen: false, hiOpen: false }, { ...ib, loOpen: false, hiOpen: false });
    if (!ia || !ib || !differ || a.approx !== 'exact' || b.approx !== 'exact') continue;
    out.push({
      kind: 'inconsistent-values',
      start: b.start,
      end: b.end,
      text: b.text,
      message: `“${b.text}” disagrees with “${a.text}” in the headline (line ${lineOf(doc.text, a.start)}) about the ${subject}`,
      related: [ref(a)],
    });
  }
  return out;
}

/** A name written right before an age: "Martin Greaves, 61", "Mrs Ann Lee, aged 58". */
const nameBeforeAge = /(?:\b(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){0,3}(?:(?:de|da|di|del|della|van|von|der|den|du|le|la|ter|bin|ibn)\s+){0,2}\p{Lu}[\p{L}'’-]+)\s*,\s*(?:aged\s+)?$/u;
/** A name written right after an age adjective: "78-year-old Joan Whitfield". */
const nameAfterAge = /^\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:(?:de|da|di|del|della|van|von|der|den|du|le|la|ter|bin|ibn)\s+){0,2}\p{Lu}[\p{L}'’-]+)/u;
/** The lower-case particles a surname may open with ("de Pascale", "van der Berg"). */
const surnameParticle = /^(?:de|da|di|del|della|van|von|der|den|du|le|la|ter|bin|ibn)$/;
/** Capitalised words that open a sentence or a phrase without being a first name. */
const notFirstNames = new Set(['The', 'A', 'An', 'But', 'And', 'Said', 'Says', 'When', 'Then', 'One', 'His', 'Her', 'Their', 'Its']);

interface AgeMention {
  figure: Figure;
  first: string | null;
  surname: string;
  honorific: string | null;
}

/** The person an age is written beside, if the text names one there. */
function ageMention(text: string, f: Figure): AgeMention | null {
  const before = nameBeforeAge.exec(text.slice(Math.max(0, f.start - 80), f.start));
  const after = /-year-old$/i.test(f.text) ? nameAfterAge.exec(text.slice(f.end, f.end + 80)) : null;
  // "Dana Price, 34, with her 9-year-old Tomas": the name after "-year-old" is its person.
  const name = after?.[1] ?? before?.[2];
  if (!name) return null;
  const parts = name.split(/\s+/).filter((w) => !notFirstNames.has(w));
  if (!parts.length) return null;
  // "Michele de Pascale": the particles belong to the surname.
  let opens = parts.length - 1;
  while (opens > 0 && surnameParticle.test(parts[opens - 1])) opens--;
  return { figure: f, first: opens > 0 ? parts[0] : null, surname: parts.slice(opens).join(' '), honorific: before?.[1] ?? null };
}

/**
 * An age inside a speaker's source, after the role: "said Petra Lind, the union's regional
 * secretary, 47, who ...". The person is the speaker the attribution names in full.
 */
function speakerAgeMention(doc: Prepared, f: Figure): AgeMention | null {
  // "said Dana Price, 34, with her 9-year-old Tomas": someone else's age within the source.
  if (/^\s+\p{Lu}/u.test(doc.text.slice(f.end, f.end + 3)) || /\b(?:with|and|his|her|their)\s+$/i.test(doc.text.slice(Math.max(0, f.start - 8), f.start))) return null;
  for (const a of doc.analysis.attributions) {
    if (!a.source || !a.speaker || a.source.start > f.start || a.source.end < f.end) continue;
    const parts = a.speaker.split(/\s+/);
    if (parts.length < 2 || !/^\p{Lu}/u.test(parts[0])) return null;
    return { figure: f, first: parts[0], surname: parts[parts.length - 1], honorific: null };
  }
  return null;
}

/**
 * One person given two ages: "Martin Greaves, 61" and later "Mr Greaves, 63". A mention by surname
 * alone is the person of that surname named in full elsewhere, and is left out when two people
 * share it ("Martin Greaves, 61, and his wife, Ann Greaves, 58").
 */
export function inconsistentAges(doc: Prepared): ArticleFinding[] {
  const mentions = doc.analysis.figures.filter((f) => f.age && f.value !== null && f.low === undefined)
    .map((f) => ageMention(doc.text, f) ?? speakerAgeMention(doc, f)).filter((m) => m !== null);
  const fullNames = new Map<string, Set<string>>();
  const addFull = (first: string, surname: string) => fullNames.set(surname, (fullNames.get(surname) ?? new Set()).add(first));
  for (const m of mentions) if (m.first) addFull(m.first, m.surname);
  for (const a of doc.analysis.attributions) {
    const parts = a.speaker?.split(/\s+/) ?? [];
    if (parts.length >= 2 && /^\p{Lu}/u.test(parts[0])) addFull(parts[0], parts[parts.length - 1]);
  }
  const byPerson = new Map<string, AgeMention[]>();
  for (const m of mentions) {
    let first = m.first;
    if (!first) {
      const known = fullNames.get(m.surname);
      if (known && known.size > 1) continue;
      first = known ? [...known][0] : `(${m.honorific ?? ''})`;
    }
    const key = `${first} ${m.surname}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), m]);
  }
  const out: ArticleFinding[] = [];
  for (const [person, said] of byPerson) {
    for (let j = 1; j < said.length; j++) {
      const b = said[j].figure;
      const conflicts = said.slice(0, j).map((m) => m.figure).filter((a) => a.value !== b.value);
      if (!conflicts.length) continue;
      const name = person.startsWith('(') ? said[j].surname : person;
      out.push({
        kind: 'inconsistent-ages',
        start: b.start,
        end: b.end,
        text: b.text,
        message: `${name} is ${b.value} here but ${conflicts[0].value} at “${conflicts[0].text}” (line ${lineOf(doc.text, conflicts[0].start)})`,
        related: conflicts.map(ref),
      });
    }
  }
  return out;
}

const ofBefore = /\b(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?$/i;
/** What comes right before a percentage that restates a share: "or", an opening bracket or a dash, and perhaps a qualifier. */
const restatedBefore = /(?:\bor|\(|[—–-])\s*(?:(?:about|almost|nearly|roughly|around|some|over|under|just|more|less|than)\s+){0,3}$/i;

/**
 * A percentage computed from parts in the same sentence: "40 percent of the 250 households, or 120
 * households", "1,500 of the 3,000 members (62%)", "Of the 3,000 members, 1,500 backed it, or 62%".
 * The total is the count after "of (the)"; the percentage is the one before "of", else the only one
 * in the sentence; the part is the count before "of", else another count of the same thing (or a
 * bare number) smaller than the total.
 */
export function percentParts(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let t = 0; t < figures.length; t++) {
    const total = figures[t];
    if (total.kind !== 'count' || total.value === null || total.value <= 0) continue;
    const s = sentenceOf(doc, total);
    const lead = doc.text.slice(s.start, total.start);
    const of = ofBefore.exec(lead);
    if (!of) continue;
    const inSentence = figuresWithin(doc, s).filter((f) => f !== total);
    const before = inSentence.filter((f) => f.end <= total.start).at(-1);
    const adjacent = before && /^\s*$/.test(doc.text.slice(before.end, s.start + of.index)) ? before : undefined;
    const percents = inSentence.filter((f) => f.kind === 'percent' && f.unit === '%' && f.value !== null);
    // Away from the "of", the percentage must restate the share ("..., or 62%", "(62%)"): "Shares fell 14%
    // after it said it would close two of its nine factories" is a change, not two ninths.
    // "1,610 voted in favour, or 80%, on a turnout of 91%": the restating one among several.
    const restated = percents.filter((p) => p.change === undefined && restatedBefore.test(doc.text.slice(s.start, p.start)));
    // A part is a number of things: "two thirds - 65% - of the 1,000 people" gives a share, not a part.
    const sameThing = (f: Figure) => f.kind === 'count' && f.value !== null && f.value >= 1 && f.value < total.value! && (!f.unit || !total.unit || termKey(f.unit) === termKey(total.unit));
    // "Of the 12,000 evacuated, roughly 30 percent, or about 5,400 people": the count restates the share.
    const restatingCount = adjacent || restated.length ? undefined : percentThenCount(doc, inSentence.filter((f) => f.start > total.end), sameThing);
    const percent = adjacent?.kind === 'percent' && adjacent.unit === '%' ? adjacent : restated.length === 1 ? restated[0] : restatingCount?.percent;
    const part = adjacent?.kind === 'count' ? adjacent : restatingCount?.part ?? inSentence.find((f) => f !== adjacent && sameThing(f));
    if (!percent || !part || percent.value === null || part.value === null || !sameThing(part)) continue;
    // "Ortega (whose party holds 41 seats) needs 52 percent of the 150": an aside's count is no part.
    if (part.start < percent.start && /\)/.test(doc.text.slice(part.end, percent.start)) && /\([^)]*$/.test(doc.text.slice(s.start, part.start))) continue;
    const interval = intervalOf(percent, 'claim')!;
    const actual = (part.value / total.value) * 100;
    if (actual >= interval.lo - 1e-9 && actual <= interval.hi + 1e-9) continue;
    out.push({
      kind: 'percent-parts',
      start: percent.start,
      end: percent.end,
      text: percent.text,
      message: `“${percent.text}” does not match its parts: ${part.value.toLocaleString('en-US')} of ${total.value.toLocaleString('en-US')} is ${Number(actual.toFixed(1))}%`,
      related: [ref(part), ref(total)],
    });
  }
  return out;
}

/** A percentage and, right after it behind ", or", a count of the same things: the share restated as a part. */
function percentThenCount(doc: Prepared, after: Figure[], sameThing: (f: Figure) => boolean): { percent: Figure; part: Figure } | undefined {
  let found: { percent: Figure; part: Figure } | undefined;
  for (let k = 0; k + 1 < after.length; k++) {
    const [p, c] = [after[k], after[k + 1]];
    if (p.kind !== 'percent' || p.unit !== '%' || p.value === null || p.change !== undefined || !sameThing(c) || !/^\s*,?\s*or\s+$/i.test(doc.text.slice(p.end, c.start))) continue;
    // Two such pairs in one sentence leave it unclear which total each belongs to.
    if (found) return undefined;
    found = { percent: p, part: c };
  }
  return found;
}

/** What comes right before the level a change reached: "to", "to a record", "to a high of". */
const toBefore = /\b(?:to|reach(?:ed|es|ing)?|hit(?:s|ting)?)\s+(?:(?:a|an)\s+(?:(?:new|record|all-time)\s+)?(?:record\s+|high\s+|low\s+)?(?:of\s+)?)?$/i;
/** What comes right before the level a change started from: "from", "up from", "down from", "from a peak of". */
const fromBefore = /\bfrom\s+(?:(?:the|a|an)\s+(?:(?:record|all-time|previous|recent)\s+)?(?:(?:peak|high|low|level|total|figure)\s+of\s+)?)?$/i;
/** A percentage per period ("6% a year"): a rate of growth, not the change between two levels. */
const ratePerPeriod = /^\s+(?:a|an|per|every|each)\s+(?:year|annum|month|quarter|week|day)\b/i;
/** Between a level and the change that led to it: ", up", " - down by", " in the year to June, up". */
const levelThenChange = /^(?:\s+(?:involving|including|with|of|among|across)\s+[a-z][a-z' -]{0,40}?(?=\s+(?:in|during|over|for|last)\b|\s*,))?(?:\s+(?:in|during|over|for)\s+the\s+(?:year|12\s+months|three\s+months|quarter|month|week|period)\s+(?:to|ending)\s+[A-Z][a-z]+(?:\s+\d{4})?|\s+(?:in|during)\s+(?:[A-Z][a-z]+\s+)?\d{4}|\s+(?:in|during)\s+[A-Z][a-z]+|\s+last\s+(?:year|month|quarter|week))?\s*(?:,|-|–|—)?\s*(?:[Uu]p|[Dd]own)\s+(?:by\s+)?(?:(?:about|almost|nearly|roughly|around|some|just|over|under)\s+)?$/;
/** Nouns after a percentage that say which way it went: "a 13% rise", "a 4% fall". */
const risingNouns = new Set(['rise', 'increase', 'jump', 'gain', 'growth', 'surge', 'rises', 'increases']);
const fallingNouns = new Set(['fall', 'drop', 'decline', 'decrease', 'cut', 'reduction', 'falls', 'drops', 'slump']);

/** Which way a percentage of change went, from the verb before it or the noun after it; null when it does not say. */
function directionOf(doc: Prepared, p: Figure): 'increase' | 'decrease' | null {
  if (p.change) return p.change;
  // "would raise its dividend by 15%", "cut its workforce by 8%": a verb of change, its object, "by".
  const verb = verbThenBy.exec(doc.text.slice(Math.max(0, p.start - 50), p.start));
  if (verb) return verb[1] ? 'increase' : 'decrease';
  // "a 13% rise", or "a fall of 7.4%" (which any word may follow: "a fall of 13% in a month").
  for (const word of [/^\s+([a-z]+)/i.exec(doc.text.slice(p.end, p.end + 20))?.[1], /\b([a-z]+)\s+of\s+$/i.exec(doc.text.slice(Math.max(0, p.start - 24), p.start))?.[1]]) {
    const key = word?.toLowerCase();
    if (key && risingNouns.has(key)) return 'increase';
    if (key && fallingNouns.has(key)) return 'decrease';
  }
  return null;
}

/** A verb of change, its object and "by" before a percentage: "raise its dividend by", "cut costs by". */
const verbThenBy = /\b(?:(raise|raises|raising|increase|increases|increasing|lift|lifts|lifting|boost|boosts|boosting)|(cut|cuts|cutting|reduce|reduces|reducing|lower|lowers|lowering|trim|trims|trimming))\s+(?:(?:its|their|the|his|her|our|this|that)\s+)?(?:[a-z-]+\s+){0,3}by\s+(?:(?:about|almost|nearly|roughly|around|some|more\s+than|less\s+than)\s+)?$/i;

/** Half a unit of the last decimal a percentage is written with: "12%" allows 11.5 to 12.5, "3.4%" 3.35 to 3.45. */
function writtenRounding(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return Math.pow(10, -decimals) / 2;
}

/** Each sentence that holds a percentage (or, with `fractions`, a change by a fraction in words), once, in document order. */
function* sentencesWithPercents(doc: Prepared, fractions = false): Generator<Span> {
  const seen = new Set<number>();
  for (const p of doc.analysis.figures) {
    if (p.kind !== 'percent' && !(fractions && isFractionChange(p, doc.text))) continue;
    const s = sentenceOf(doc, p);
    if (seen.has(s.start)) continue;
    seen.add(s.start);
    yield s;
  }
}

/** The values a change allows, negative for a fall: its interval widened by its last digit's rounding. */
function signedChange(doc: Prepared, change: Figure): { lo: number; hi: number } | null {
  const fraction = isFractionChange(change, doc.text);
  const claimed = fraction ? wordFractionInterval(change) : intervalOf(change, 'claim');
  if (!claimed) return null;
  // "a full percentage point" says the point was reached: no rounding from below.
  const spread = fraction || /^an?\s+(?:full|whole)\s/i.test(change.text) ? 0 : writtenRounding(change.value!);
  return directionOf(doc, change) === 'decrease' ? { lo: -(claimed.hi + spread), hi: -(claimed.lo - spread) } : { lo: claimed.lo - spread, hi: claimed.hi + spread };
}

/** A range "X to Y" after "from" as the change's two levels, [from, to], in the order the change went. */
function rangeEndsOf(doc: Prepared, range: Figure, change: Figure): [Figure[], Figure[]] {
  const { from, to } = rangeEnds(range, directionOf(doc, change) === 'decrease');
  return [[from], [to]];
}

/** Between the level a change started from and the change restated after it: " at the end of October, a fall of". */
const changeAfterFrom = /^(?:\s+(?:at|in|on|by|since|over)\b[^,.;:]{0,40})?\s*,\s*(?:a|an)\s+(?:[a-z]+\s+)?(?:rise|increase|jump|gain|growth|fall|drop|decline|decrease)\s+of\s+$/i;

/**
 * With two changes in a sentence, the one followed by both its levels owns them: "Deliveries fell
 * 8% to 161,000 cars, with sales in China down by more than a third to 31,000, from 43,000".
 */
function followedByBoth(doc: Prepared, changes: Figure[], levels: Figure[]): { change: Figure; to: Figure; from: Figure } | undefined {
  const owners = changes.flatMap((change) => {
    const to = levels.find((f) => f.start >= change.end);
    const from = to && levels.find((f) => f.start >= to.end);
    return to && from && /^\s+to\s+$/i.test(doc.text.slice(change.end, to.start)) && /^\s*,?\s*(?:(?:up|down)\s+)?from\s+$/i.test(doc.text.slice(to.end, from.start)) ? [{ change, to, from }] : [];
  });
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * With two changes in a sentence, the one written right after the "from" level owns the two levels:
 * "fell 4.3% to 3,710 ringgit, down from 4,280 ringgit at the end of October, a fall of 13%" (4.3%
 * is the day's fall, from a level the sentence does not give).
 */
function restatedAfterFrom(doc: Prepared, changes: Figure[], levels: Figure[]): Figure | undefined {
  if (changes.length !== 2) return undefined;
  const from = levels.filter((f) => fromBefore.test(doc.text.slice(Math.max(0, f.start - 40), f.start)));
  if (from.length !== 1) return undefined;
  const after = changes.filter((c) => c.start > from[0].end && changeAfterFrom.test(doc.text.slice(from[0].end, c.start)));
  return after.length === 1 ? after[0] : undefined;
}

/** A joint between two clauses, each of which may have a change of its own ("down from $3.8bn, while revenue rose 4.5% to $193bn"). */
const clauseJoint = /[,;]\s*(?:while|but|whereas|and|as|although|though)\b|;/i;

/**
 * A percentage of change against the two levels beside it in the same sentence: "rose 12% to £4.8m
 * from £4m" (a rise of 20%), "fell 30%, from 1,200 to 900". The levels are the figure after "to"
 * and the one after "from", of the same unit; the sentence must hold one such percentage and one of
 * each level (other amounts only with no joint of clauses between the three), so that nothing is
 * paired by guesswork. Each level allows the rounding of its last written digit, and the percentage
 * that of its own.
 */
export function percentChanges(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const s of sentencesWithPercents(doc, true)) {
    const inSentence = figuresWithin(doc, s);
    const before = (f: Figure) => doc.text.slice(Math.max(s.start, f.start - 40), f.start);
    // "rose by almost a third to £66bn from £54bn": a fraction in words is a change as a percentage is;
    // "lost one-quarter of its sales" is a part of another whole than the levels'.
    const changes = inSentence.filter((f) => ((isFractionChange(f, doc.text) && !/^\s+of\b/.test(doc.text.slice(f.end, f.end + 4))) || (f.kind === 'percent' && f.unit === '%' && f.value !== null && f.value > 0 && f.low === undefined && (f.approx === 'exact' || f.approx === 'about'))) && !ratePerPeriod.test(doc.text.slice(f.end, f.end + 20)) && !toBefore.test(before(f)) && !fromBefore.test(before(f)) && directionOf(doc, f) !== null);
    // "£3.24bn ($6.13bn)": an amount converted in brackets is the same level.
    const levels = inSentence.filter((f, k) => (f.kind === 'count' || f.kind === 'money' || f.kind === 'measure') && !isFractionChange(f, doc.text) && !(k > 0 && /^\s*\($/.test(doc.text.slice(inSentence[k - 1].end, f.start))));
    const owner = changes.length > 1 ? followedByBoth(doc, changes, levels) : undefined;
    const change = changes.length === 1 ? changes[0] : restatedAfterFrom(doc, changes, levels) ?? owner?.change;
    if (!change) continue;
    let from = levels.filter((f) => fromBefore.test(before(f)) || (f.start > change.end && onBase.test(doc.text.slice(change.end, f.start))));
    // "revenue was 12bn euros, up 6.4% from 11.28bn euros": the level before ", up" is the one reached.
    let to = levels.filter((f) => toBefore.test(before(f)) || (f.end <= change.start && levelThenChange.test(doc.text.slice(f.end, change.start))));
    const range = levels[0];
    if (levels.length === 1 && range.low !== undefined && range.high !== undefined && from.length === 1 && / to /.test(range.text)) {
      // "fell 22.5% from 36,180 to 28,040", read as one range.
      [from, to] = rangeEndsOf(doc, range, change);
    } else if (levels.length < 2) continue;
    // "A record 54,300 patients waited more than 12 hours ..., up 8% on September's 50,200": with no
    // level after "to", the one level of that kind before the change, in its clause, is the level reached.
    if (to.length === 0 && from.length === 1) {
      const reached = levels.filter((f) => f.end <= change.start && f !== from[0] && f.kind === from[0].kind && ((f.unit ?? '') === (from[0].unit ?? '') || (f.kind === 'count' && (!f.unit || !from[0].unit))));
      if (reached.length === 1 && !clauseJoint.test(doc.text.slice(reached[0].end, change.start))) to = reached;
    }
    // Other levels may stand beside the two ("to $71,300 from $91,000, wiping $250bn off its value"):
    // one "from" and one "to" still name them.
    if (owner && owner.change === change) [from, to] = [[owner.from], [owner.to]];
    if (to.length !== 1 || from.length !== 1 || to[0] === from[0]) continue;
    // "Operating profit fell to SEK 3.1bn ... from SEK 6.2bn ..., on revenue down 12% at SEK 88bn":
    // a change with its own level right after it is that level's, not the change between the two.
    const ownLevel = levels.find((f) => f.start >= change.end && /^\s+(?:at|to)\s+(?:(?:about|almost|nearly|roughly|around|some|just\s+over|just\s+under|more\s+than)\s+)?$/i.test(doc.text.slice(change.end, f.start)));
    if (ownLevel && ownLevel !== to[0]) continue;
    // "up from £289,150 a year earlier and £300,100 in September, a monthly rise of 0.8%": two levels
    // left, and the percentage may be from either.
    if (levels.some((f) => f.start > from[0].end && f.kind === from[0].kind && /^[^,.;:]{0,30}\band\s+$/.test(doc.text.slice(from[0].end, f.start)))) continue;
    if (levels.length > 2 && clauseJoint.test(doc.text.slice(Math.min(change.start, from[0].start, to[0].start), Math.max(change.end, from[0].end, to[0].end)))) continue;
    const [a, b] = [from[0], to[0]];
    if (a.value === null || b.value === null || a.value <= 0 || b.value < 0 || a.kind !== b.kind || a.low !== undefined || b.low !== undefined) continue;
    if ((a.unit ?? '') !== (b.unit ?? '') && !(a.kind === 'count' && (!a.unit || !b.unit || termKey(a.unit) === termKey(b.unit)))) continue;
    const ia = smallWholeOrWritten(a);
    const ib = smallWholeOrWritten(b);
    const claimed = signedChange(doc, change);
    if (!ia || !ib || !claimed || ia.lo <= 0) continue;
    const { lo, hi } = claimed;
    const actualLo = (ib.lo / ia.hi - 1) * 100;
    const actualHi = (ib.hi / ia.lo - 1) * 100;
    if (actualHi >= lo - 1e-9 && actualLo <= hi + 1e-9) continue;
    const actual = (b.value / a.value - 1) * 100;
    out.push({
      kind: 'percent-change',
      start: change.start,
      end: change.end,
      text: change.text,
      message: `“${change.text}” does not match the change from “${a.text}” to “${b.text}”: that is ${actual >= 0 ? 'a rise' : 'a fall'} of ${Number(Math.abs(actual).toFixed(1))}%`,
      related: [ref(a), ref(b)],
    });
  }
  return out;
}

/** After a change, the time it is counted from and a clause giving the level then: " since their peak in 2023, when ". */
const sinceWhen = /^\s+since\b[^.;:!?]{0,60}?,\s+when\s+/i;
/** Right before the level now: "it is now", "it now has", "now stands at". */
const nowBefore = /\bnow\s+(?:(?:has|have|stands\s+at|stand\s+at|is|are|at)\s+)?(?:(?:about|almost|nearly|roughly|around|some|just\s+over|just\s+under)\s+)?$/i;

/**
 * A change since a time, with the level then in a "when" clause and the level now after it:
 * "Mortgage rates have fallen by about a third since their peak in 2023, when the average deal
 * reached 6.9%; it is now 4.6%", "Membership has grown by 40% since 2015, when the party had 12,000
 * members; it now has 19,500". A fraction in words is a relative change, of a rate too; a percentage
 * between two rates that is their difference is points written as percent, as in pointChanges.
 */
export function changesSinceThen(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const s of sentencesWithPercents(doc, true)) {
    const inSentence = figuresWithin(doc, s);
    for (const change of inSentence) {
      const isPercent = change.kind === 'percent' && change.unit === '%' && change.value !== null && change.value > 0 && change.low === undefined && (change.approx === 'exact' || change.approx === 'about');
      if ((!isPercent && !isFractionChange(change, doc.text)) || directionOf(doc, change) === null) continue;
      const m = sinceWhen.exec(doc.text.slice(change.end, s.end));
      if (!m) continue;
      const whenStart = change.end + m[0].length;
      const levels = inSentence.filter((f) => f.start >= whenStart && (f.kind === 'count' || f.kind === 'money' || f.kind === 'measure' || (f.kind === 'percent' && f.unit === '%')) &&
        f.value !== null && f.value > 0 && f.low === undefined && !f.change && !f.age);
      const then = levels[0];
      const now = levels.filter((f) => then && f.start > then.end && nowBefore.test(doc.text.slice(Math.max(s.start, f.start - 30), f.start)));
      if (!then || now.length !== 1) continue;
      const [a, b] = [then, now[0]];
      if (a.kind !== b.kind || (a.kind !== 'count' && a.unit !== b.unit) || (a.kind === 'count' && a.unit && b.unit && termKey(a.unit) !== termKey(b.unit))) continue;
      // "£41 a square foot; it is now £31": the level now keeps the rate of the level then unless it names another.
      if (b.per && b.per !== a.per) continue;
      const ia = smallWholeOrWritten(a);
      const ib = smallWholeOrWritten(b);
      const claimed = signedChange(doc, change);
      if (!ia || !ib || !claimed || ia.lo <= 0) continue;
      const fits = (lo: number, hi: number) => hi >= claimed.lo - 1e-9 && lo <= claimed.hi + 1e-9;
      if (fits((ib.lo / ia.hi - 1) * 100, (ib.hi / ia.lo - 1) * 100)) continue;
      const actual = (b.value! / a.value! - 1) * 100;
      const said = `${actual >= 0 ? 'a rise' : 'a fall'} of ${Number(Math.abs(actual).toFixed(1))}%`;
      // As in pointChanges, a percentage that is the difference between two rates is points written as percent.
      const points = isPercent && a.kind === 'percent' && fits(ib.lo - ia.hi, ib.hi - ia.lo);
      out.push({
        kind: 'percent-change',
        start: change.start,
        end: change.end,
        text: change.text,
        message: points
          ? `“${change.text}” is the difference in percentage points between “${a.text}” and “${b.text}”; as a percentage, that is ${said}`
          : `“${change.text}” does not match the change from “${a.text}” to “${b.text}”: that is ${said}`,
        related: [ref(a), ref(b)],
      });
    }
  }
  return out;
}

/**
 * The values a level allows: a whole number under 100 written in full ("6p", "36 seats") is exact,
 * since half a unit of it would allow a change of 10% or more; others allow their last written digit.
 */
function smallWholeOrWritten(f: Figure): { lo: number; hi: number } | null {
  return isWholeAsWritten(f) && f.value! < 100 ? { lo: f.value!, hi: f.value! } : writtenInterval(f);
}

/** Between a percentage and the level it is measured on: " on September's", " on last year's", " on the previous year's". */
const onBase = /^\s+on\s+(?:(?:[A-Z][a-z]+|last\s+(?:year|month|week|quarter|season)|the\s+previous\s+(?:year|month|week|quarter)|a\s+year\s+earlier)(?:'s|’s)\s+)(?:(?:figure|total|level)\s+of\s+)?$/;

/** Between a change's amount and its percentage: "rose 3.1p, or 1.1%, to 289.4p". */
const orPercent = /^\s*,\s*or\s+(?:(?:about|almost|nearly|roughly|around|some|just\s+over|just\s+under)\s+)?$/i;
/** Between the percentage and the level reached: ", to", " to". */
const thenTo = /^\s*,?\s*to\s+$/i;
/** A verb of change right before the amount: "rose 3.1p", "fell by 12p", "added 2.3 points". */
const changeVerbBefore = /\b(?:(rose|risen|rises|rising|gained|gains|climbed|climbs|jumped|jumps|added|adds|increased|up)|(fell|fallen|falls|falling|lost|loses|dropped|drops|slid|slipped|shed|sheds|decreased|declined|down))\s+(?:by\s+)?(?:(?:about|almost|nearly|roughly|around|some)\s+)?$/i;

/**
 * An amount of change restated as a percentage before the level it led to: "Shares rose 3.1p, or
 * 1.1%, to 289.4p" (a rise of 3.1p to 289.4p is 1.08%), "the index fell 23.5 points, or 0.5%, to
 * 4,512.3", or the other way round, "fell 0.9%, or 14.6 points, to 1,598.2". The level left is the
 * level reached less the rise (or plus the fall); each figure
 * allows its last written digit's rounding.
 */
export function amountPercentChanges(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures.filter((f) => f.kind !== 'date');
  for (let k = 0; k + 2 < figures.length; k++) {
    // The amount first ("rose 3.1p, or 1.1%, to 289.4p") or the percentage ("fell 0.9%, or 14.6 points, to 1,598.2").
    const percentFirst = figures[k].kind === 'percent' && figures[k + 1].kind !== 'percent';
    const [a, p, b] = percentFirst ? [figures[k + 1], figures[k], figures[k + 2]] : [figures[k], figures[k + 1], figures[k + 2]];
    const [first, second] = percentFirst ? [p, a] : [a, p];
    if (p.kind !== 'percent' || p.unit !== '%' || p.value === null || a.value === null || b.value === null || a.low !== undefined || b.low !== undefined) continue;
    if (!orPercent.test(doc.text.slice(first.end, second.start)) || !thenTo.test(doc.text.slice(second.end, b.start))) continue;
    // "3.1p ... 289.4p", "23.5 points ... 4,512.3": the same unit, or points of an index with no unit.
    const sameUnit = a.kind === b.kind && a.unit === b.unit;
    const indexPoints = a.kind === 'count' && a.unit === 'point' && b.kind === 'count' && b.unit === null;
    if (!sameUnit && !indexPoints) continue;
    const verb = changeVerbBefore.exec(doc.text.slice(Math.max(0, first.start - 30), first.start));
    if (!verb) continue;
    const rise = verb[1] !== undefined;
    const ia = writtenInterval(a);
    const ib = writtenInterval(b);
    const ip = intervalOf(p, 'claim');
    if (!ia || !ib || !ip) continue;
    const spread = writtenRounding(p.value);
    // The level left: the level reached less the rise, or plus the fall.
    const leftLo = rise ? ib.lo - ia.hi : ib.lo + ia.lo;
    const leftHi = rise ? ib.hi - ia.lo : ib.hi + ia.hi;
    if (leftLo <= 0) continue;
    const lo = (ia.lo / leftHi) * 100;
    const hi = (ia.hi / leftLo) * 100;
    if (hi >= ip.lo - spread - 1e-9 && lo <= ip.hi + spread + 1e-9) continue;
    const actual = (a.value / (rise ? b.value - a.value : b.value + a.value)) * 100;
    out.push({
      kind: 'percent-change',
      start: p.start,
      end: p.end,
      text: p.text,
      message: `“${p.text}” does not match ${rise ? 'a rise' : 'a fall'} of “${a.text}” to “${b.text}”: that is ${Number(actual.toFixed(1))}%`,
      related: [ref(a), ref(b)],
    });
  }
  return out;
}

/** Right before the level a change is measured against: "from", "on" ("up 4.4 points on 47.8%"), "compared with". */
const baseBefore = /\b(?:from|on|compared\s+with|against)\s+(?:the\s+|a\s+|an\s+)?$/i;

/**
 * A change between two percentages in the same sentence: "rose from 4% to 5%, an increase of 1%"
 * says 1% where the rise is 25% (1 is the difference in percentage points), and "fell to 3.5% from
 * 4.1%, a drop of 0.6 percentage points" is checked as points. A change in percent that matches the
 * relative change passes; one that matches only the points is flagged as points written as percent;
 * one that matches neither, or points that do not match the difference, are flagged too. The sentence
 * must hold one change and one level of each side, as in percentChanges.
 */
export function pointChanges(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const s of sentencesWithPercents(doc)) {
    const inSentence = figuresWithin(doc, s).filter((f) => f.kind === 'percent' && f.value !== null);
    const before = (f: Figure) => doc.text.slice(Math.max(s.start, f.start - 40), f.start);
    const isLevel = (f: Figure) => f.unit === '%' && (toBefore.test(before(f)) || baseBefore.test(before(f)) || fromBefore.test(before(f)));
    // "Output grew 12.4% in the year to May, down from 19%": a rate of growth compared with an
    // earlier one is a level, not the change between the two.
    const comparedLater = (f: Figure) => /^[^.;]{0,40}?\b(?:up|down)\s+from\b/i.test(doc.text.slice(f.end, s.end));
    const changes = inSentence.filter((f) => (f.unit === 'pp' || f.unit === '%') && f.low === undefined && (f.approx === 'exact' || f.approx === 'about') && !isLevel(f) &&
      !comparedLater(f) && !ratePerPeriod.test(doc.text.slice(f.end, f.end + 20)) && directionOf(doc, f) !== null);
    if (changes.length !== 1) continue;
    const change = changes[0];
    let from = inSentence.filter((f) => f.unit === '%' && f !== change && f.low === undefined && (fromBefore.test(before(f)) || baseBefore.test(before(f))));
    let to = inSentence.filter((f) => f.unit === '%' && f !== change && f.low === undefined && (toBefore.test(before(f)) || (f.end <= change.start && levelThenChange.test(doc.text.slice(f.end, change.start)))));
    const range = inSentence.find((f) => f.unit === '%' && f.low !== undefined && f.high !== undefined && / to /.test(f.text) && fromBefore.test(before(f)));
    if (range && from.length === 0 && to.length === 0) {
      // "rose from 4% to 5%", read as one range.
      [from, to] = rangeEndsOf(doc, range, change);
    }
    if (from.length !== 1 || to.length !== 1 || from[0].value! <= 0) continue;
    const [a, b] = [from[0], to[0]];
    // "Revenue climbed 9.6% to SEK 8.7bn, while the net margin widened to 11.2% from 9.8%": the
    // change and the two levels must stand in one clause.
    const spanStart = Math.min(a.start, b.start, change.start);
    const spanEnd = Math.max(a.end, b.end, change.end);
    if (otherClause.test(doc.text.slice(spanStart, spanEnd))) continue;
    const ia = writtenInterval(a);
    const ib = writtenInterval(b);
    const claimed = signedChange(doc, change);
    if (!ia || !ib || !claimed) continue;
    const { lo, hi } = claimed;
    const pointsLo = ib.lo - ia.hi;
    const pointsHi = ib.hi - ia.lo;
    const fitsPoints = pointsHi >= lo - 1e-9 && pointsLo <= hi + 1e-9;
    const points = b.value! - a.value!;
    const relative = (b.value! / a.value! - 1) * 100;
    const said = (x: number) => Number(Math.abs(x).toFixed(1));
    let message: string | null = null;
    if (change.unit === 'pp') {
      if (!fitsPoints) message = `“${change.text}” does not match the change from “${a.text}” to “${b.text}”: that is ${points >= 0 ? 'a rise' : 'a fall'} of ${said(points)} percentage points`;
    } else {
      const relativeLo = (ib.lo / ia.hi - 1) * 100;
      const relativeHi = (ib.hi / ia.lo - 1) * 100;
      if (relativeHi >= lo - 1e-9 && relativeLo <= hi + 1e-9) continue;
      message = fitsPoints
        ? `“${change.text}” is the difference in percentage points between “${a.text}” and “${b.text}”; as a percentage, that is ${relative >= 0 ? 'a rise' : 'a fall'} of ${said(relative)}%`
        : `“${change.text}” does not match the change from “${a.text}” to “${b.text}”: that is ${said(points)} percentage points, or ${relative >= 0 ? 'a rise' : 'a fall'} of ${said(relative)}%`;
    }
    if (message) out.push({ kind: 'percent-change', start: change.start, end: change.end, text: change.text, message, related: [ref(a), ref(b)] });
  }
  return out;
}

/** A fraction written in words, other than a half (read with the multiples' words): "a third", "two fifths". */
const fractionWord = /\b(?:an?|one|two|three|four|five|seven)[\s-]+(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)$/i;
/** A qualifier right before a multiple's word: "less than half", "more than twice", "nearly double". */
const multipleQualifier = /\b(less\s+than|fewer\s+than|under|below|more\s+than|over|above|at\s+least|nearly|almost|about|around|roughly)\s+$/i;

function qualifierApprox(q: string): Figure['approx'] {
  const k = q.toLowerCase().replace(/\s+/g, ' ');
  if (k === 'less than' || k === 'fewer than' || k === 'under' || k === 'below') return 'less-than';
  if (k === 'more than' || k === 'over' || k === 'above') return 'more-than';
  if (k === 'at least') return 'at-least';
  return 'about';
}

/**
 * The values a multiple or fraction allows: its value and `spread` either way; a qualifier bounds one
 * side ("less than half" is below 0.5, "more than twice" above 2) and "about" or "nearly" doubles the spread.
 */
function boundedMultiple(value: number, spread: number, approx: Figure['approx']): { lo: number; hi: number } {
  switch (approx) {
    case 'less-than':
    case 'at-most':
      return { lo: 0, hi: value };
    case 'more-than':
    case 'at-least':
      return { lo: value, hi: Infinity };
    case 'about':
      return { lo: value - 2 * spread, hi: value + 2 * spread };
    default:
      return { lo: value - spread, hi: value + spread };
  }
}

/** Words of a multiple the finder does not read as a figure: "twice the", "double the 150". */
const multipleWords = /\b(twice|double|treble|triple|half)\s+(?:as\s+(?:many|much|high|large|big)\s+as\s+|that\s+of\s+|the\s+|its\s+|their\s+|(?=as\s+[a-z]+\b))/gi;
const multipleValues: Record<string, number> = { twice: 2, double: 2, treble: 3, triple: 3, half: 0.5 };
/**
 * Between a multiple and the level it multiplies: "the", "as many as the", "that of", "the 2023
 * figure of", "last year's total of".
 */
const multipleThen = /^\s+(?:as\s+(?:many|much|high|large|big|long|tall|heavy|wide|deep|fast|old|expensive|costly|far)\s+as\s+|that\s+of\s+|of\s+)?(?:the\s+|its\s+|their\s+)?(?:(?:(?:\d{4}|previous|last\s+year's|the\s+previous\s+year's|national|global|average|official|EU|UK|US)\s+)?(?:figure|total|level|number|tally|rate|pace|record|peak|average|estimate|forecast|target|budget)\s+of\s+)?(?:(?:about|almost|nearly|roughly|around|some)\s+)?$/i;

const qualifierWords = '(?:(?:about|almost|nearly|roughly|around|some|more\\s+than|over|just|under|less\\s+than|at\\s+least)\\s+)*';
/** Right after a level: ", nearly four times", " - twice", " or three times". */
const multipleBeside = new RegExp(`^\\s*(?:,|-|–|—|\\(|or)?\\s*${qualifierWords}$`, 'i');
/** After the rest of the level's clause, a verb of being: "337,000 jobs added in October was twice". */
const multipleByVerb = new RegExp(`^[^,;()]{0,60}?\\b(?:is|was|were|are|reached|hit|totalled|totaled|stood\\s+at)\\s+${qualifierWords}$`, 'i');
const otherClause = /\b(?:and|but|while|whereas|which|who|although|though)\b/i;

/**
 * After a level, a time it is for before the comma: "2,911 in the 12 months to October, nearly four
 * times", "£9m last year, twice". Only words of time, so that another noun the multiple could be of
 * ("300 cars in Germany, twice") does not come between.
 */
const multipleAfterTime = new RegExp(
  `^\\s+(?:(?:in|during|over|for|to|since|by)\\s+(?:the\\s+)?(?:(?:first|last|past|previous|next|\\d+|\\w+)\\s+)?(?:\\d+\\s+)?(?:years?|months?|weeks?|days?|quarters?|half|decades?|\\d{4})|(?:last|this)\\s+(?:year|month|week|season|winter|summer|spring|autumn)|in\\s+\\d{4})(?:\\s+(?:to|ending|until)\\s+(?:the\\s+end\\s+of\\s+)?[A-Z][a-z]+(?:\\s+\\d{4})?)?\\s*,\\s*${qualifierWords}$`,
);

/** After a level, the place it is for before the comma: "120 days in Italy, nearly four times". */
const multipleAfterPlace = new RegExp(`^\\s+(?:in|at)\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)*\\s*,\\s*${qualifierWords}$`);

/** After a level, what it is spent on, before the comma: "47 minutes to reach heart attack patients, more than twice". */
const multipleAfterPurpose = new RegExp(`^\\s+to\\s+[a-z]+\\b[^,;()]{0,50}?,\\s*${qualifierWords}$`, 'i');

/** Whether the text between a level and a multiple ties the two: beside it, or as subject and verb. */
/** A verb of being and what the level is called, then the multiple: "$2.3bn is the largest of its kind, almost four times". */
const multipleAfterDescription = new RegExp(`^[^,;()]{0,60}?\\b(?:is|was)\\s+(?:the|its|their)\\s+(?:largest|biggest|highest|lowest|smallest|most|least|best|worst)\\b[^,;()]{0,40},\\s*${qualifierWords}$`, 'i');

/** After a level opening its sentence with "At", the subject and a verb of being: "At 240 metres, the ship is". */
const atLevelThen = new RegExp(`^\\s*,\\s*(?:the|its|their|this|that|it)(?:\\s+[a-z-]+){0,2}\\s+(?:is|was|are|were)\\s+${qualifierWords}$`, 'i');

function multipleAfterLevel(between: string): boolean {
  // "to reach heart attack and stroke patients": an "and" inside the purpose's noun joins no clause.
  return multipleBeside.test(between) || multipleAfterTime.test(between) || multipleAfterPlace.test(between) ||
    ((multipleByVerb.test(between) || multipleAfterDescription.test(between)) && !otherClause.test(between)) ||
    (multipleAfterPurpose.test(between) && !/\b(?:but|while|whereas|which|who|although|though)\b/i.test(between));
}

/** Whether the ratio of two levels, each allowing its written rounding, falls in the multiple's interval; null when it cannot be said. */
function ratioFits(c: MultipleCandidate, before: Figure, after: Figure): boolean | null {
  const a = writtenInterval(before);
  const b = writtenInterval(after);
  if (!a || !b || b.lo <= 0) return null;
  return a.hi / b.lo >= c.interval.lo - 1e-9 && a.lo / b.hi <= c.interval.hi + 1e-9;
}

/** A multiple that the ratio of its two levels does not fall in. */
function multipleFinding(c: MultipleCandidate, before: Figure, after: Figure): ArticleFinding {
  const actual = before.value! / after.value!;
  return {
    kind: 'multiple',
    start: c.start,
    end: c.end,
    text: c.text,
    message: `“${c.text}” does not match “${before.text}” against “${after.text}”: that is ${actual < 1 ? `${Number((actual * 100).toFixed(1))}% of it` : `${Number(actual.toFixed(2))} times`}`,
    related: [ref(before), ref(after)],
  };
}

/** A multiple the article states, where it stands and the ratios it allows. */
interface MultipleCandidate {
  start: number;
  end: number;
  text: string;
  interval: { lo: number; hi: number };
}

/** A level a multiple relates: a count, an amount, a measure or a length of time (not an age). */
function isMultipliedLevel(f: Figure): boolean {
  // "a jobless rate of 7.2%, more than double the national rate of 3.4%": a rate is a level too.
  return (f.kind === 'count' || f.kind === 'money' || f.kind === 'measure' || f.kind === 'percent' || (f.kind === 'duration' && !f.age)) && f.unit !== 'times' && f.unit !== 'fold' && f.value !== null && f.low === undefined;
}

/**
 * A multiple against the two levels it relates in one sentence: "2,911 cases, nearly four times the
 * 768 recorded in 2025", "£9m, twice the £5m it made a year earlier". The level before the multiple
 * over the one right after it must fall in the multiple's interval, each level allowing the
 * rounding of its last written digit and a whole multiple ("three times") half a unit either way.
 */
export function multiples(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  // "in the 12 months to October": a duration that frames another level is none itself.
  const framing = (f: Figure) => f.kind === 'duration' && /\b(?:in|over|for|during|within)\s+(?:the\s+)?(?:(?:first|last|past|previous|next)\s+)?$/i.test(doc.text.slice(Math.max(0, f.start - 30), f.start));
  // "120 days, nearly four times the 41 in Poland": a bare number after the multiple is of the level's unit.
  const bare = (f: Figure) => f.kind === 'count' && f.unit === null;
  for (const c of multipleCandidates(doc)) {
    const s = sentenceOf(doc, c);
    const levels = figuresWithin(doc, s).filter((f) => isMultipliedLevel(f) && !framing(f));
    const after = levels.find((f) => f.start >= c.end);
    const before = levels.filter((f) => f.end <= c.start).at(-1);
    if (!after || !before || !multipleThen.test(doc.text.slice(c.end, after.start))) continue;
    const between = doc.text.slice(before.end, c.start);
    // "At 240 metres, the ship is twice as long as its 150-metre predecessor": the level opens the sentence.
    const opening = /^\W*At\s+$/.test(doc.text.slice(s.start, before.start)) && atLevelThen.test(between);
    if (!opening && !multipleAfterLevel(between)) continue;
    if (!(bare(after) && before.kind !== 'money') && (before.kind !== after.kind || (before.kind !== 'count' && before.unit !== after.unit))) continue;
    if (before.kind === 'count' && before.unit && after.unit && termKey(before.unit) !== termKey(after.unit)) continue;
    if (ratioFits(c, before, after) !== false) continue;
    out.push(multipleFinding(c, before, after));
  }
  return out;
}

/**
 * A multiple of a level the article named earlier by its noun: "Damage then was estimated at €8.5bn,
 * more than ten times the aid approved this week" after "approved €900m in aid" (9.4 times). With no
 * level after the multiple, "the <noun>" names it: an earlier level of the same kind and unit whose
 * noun follows it ("€900m in aid", "a £3m budget") or comes before it with "of" ("aid of €900m").
 * Since the article may name several, the multiple is flagged only when none fits.
 */
export function multiplesOfNamedLevel(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const c of multipleCandidates(doc)) {
    const noun = /^\s+(?:that\s+of\s+|of\s+)?the\s+([a-z][a-z-]+)\b/i.exec(doc.text.slice(c.end, c.end + 40))?.[1]?.toLowerCase();
    if (!noun) continue;
    const s = sentenceOf(doc, c);
    const levels = figuresWithin(doc, s).filter(isMultipliedLevel);
    // A level right after the noun ("the 768 recorded", "the aid of €900m") is multiples()' to read.
    if (levels.some((f) => f.start >= c.end)) continue;
    const before = levels.filter((f) => f.end <= c.start).at(-1);
    if (!before || !multipleAfterLevel(doc.text.slice(before.end, c.start))) continue;
    const named = new RegExp(`^\\s+(?:(?:in|of|for)\\s+)?(?:[a-z-]+\\s+)?${noun}\\b`, 'i');
    const namedBefore = new RegExp(`\\b${noun}\\s+(?:of|worth|totalling|totaling)\\s+(?:(?:about|almost|nearly|some)\\s+)?$`, 'i');
    const earlier = figuresWithin(doc, { start: 0, end: s.start }).filter((f) => isMultipliedLevel(f) && f.kind === before.kind && (f.unit ?? '') === (before.unit ?? '') &&
      (named.test(doc.text.slice(f.end, f.end + 40)) || namedBefore.test(doc.text.slice(Math.max(0, f.start - 40), f.start))));
    if (earlier.length === 0 || earlier.some((f) => ratioFits(c, before, f) !== false)) continue;
    out.push(multipleFinding(c, before, earlier[earlier.length - 1]));
  }
  return out;
}

/**
 * A multiple of "that", the last level of its kind in the sentence before: "Moscow now had about
 * 600,000 troops in Ukraine ... He said the Baltic states' forces, about 70,000 troops, were less than
 * an eighth of that" (11.7%, not under 12.5%). The level multiplied stands before the multiple as
 * multiples() reads it, or as the subject of "is", "was", "were" after an aside.
 */
export function multiplesOfThat(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const c of multipleCandidates(doc)) {
    if (!/^\s+(?:of\s+)?that\b(?!\s+(?:of|in|for|from|at)\b)/i.test(doc.text.slice(c.end, c.end + 20))) continue;
    const at = sentenceIndexOf(doc, c);
    if (at <= 0) continue;
    const before = figuresWithin(doc, { start: doc.sentences[at].start, end: c.start }).filter(isMultipliedLevel).at(-1);
    const between = before && doc.text.slice(before.end, c.start);
    if (!before || !between || !(multipleAfterLevel(between) || /^\s*,\s*(?:is|was|were|are)\s+(?:(?:about|almost|nearly|roughly|just|more\s+than|less\s+than|at\s+least)\s+)*$/i.test(between))) continue;
    // "600,000 troops, up from 360,000 in 2023": "that" is the level now, not the one it came from.
    const that = figuresWithin(doc, doc.sentences[at - 1]).filter((f) => isMultipliedLevel(f) && f.kind === before.kind && (f.unit ?? '') === (before.unit ?? '') &&
      !/\bfrom\s+$/i.test(doc.text.slice(Math.max(0, f.start - 8), f.start))).at(-1);
    if (!that || ratioFits(c, before, that) !== false) continue;
    out.push(multipleFinding(c, before, that));
  }
  return out;
}

/**
 * Between a level and the one it is set against, before a multiple with no level of its own: "36
 * minutes to reach patients, against a target of", "54 minutes, compared with".
 */
const setAgainst = /^[^,.;:()]{0,60}?,?\s*(?:against|compared\s+with|compared\s+to|versus)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+){0,2}(?:of\s+)?(?:(?:about|almost|nearly|roughly|around|some|just)\s+)?$/i;
/** Between the second level and the multiple: ", nearly", " in 2019,". */
const multipleAfterSecond = new RegExp(`^(?:\\s+in\\s+\\d{4}|\\s+(?:last|this)\\s+year|\\s+a\\s+year\\s+(?:earlier|before))?\\s*,\\s*${qualifierWords}$`, 'i');
/** After such a multiple: "as long", "as high" (and no level). */
const asAdjective = /^\s+as\s+[a-z]+\b(?!\s+as\s+(?:the|its|their|a|an)?\s*[\d£$€])/i;

/**
 * A multiple after two levels set against each other: "took 36 minutes, against a target of 18
 * minutes, three times as long" (twice). The first level over the second must fall in the
 * multiple's interval, with the rounding of multiples().
 */
export function multiplesOfComparison(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const c of multipleCandidates(doc)) {
    if (!asAdjective.test(doc.text.slice(c.end, c.end + 40))) continue;
    const levels = figuresWithin(doc, sentenceOf(doc, c)).filter((f) => isMultipliedLevel(f) && f.end <= c.start);
    const [before, after] = levels.slice(-2);
    if (!before || !after || !setAgainst.test(doc.text.slice(before.end, after.start)) || !multipleAfterSecond.test(doc.text.slice(after.end, c.start))) continue;
    if (before.kind !== after.kind || (before.unit ?? '') !== (after.unit ?? '')) continue;
    if (ratioFits(c, before, after) !== false) continue;
    out.push(multipleFinding(c, before, after));
  }
  return out;
}

/** After a multiple, what it compares and a colon or a dash: " as long as its predecessor: ", " as much as in 2020 – ". */
const asThenLevels = /^\s+as\s+[a-z]+\s+as\s+[^.;:!?\d()]{1,50}?\s*(?::|—|–|\s-)\s*(?:(?:about|almost|nearly|roughly|around|some|just)\s+)?$/i;
/** Between the two levels after it: " against ", " to ", " compared with ", " versus ". */
const levelAgainstLevel = /^\s*,?\s*(?:against|to|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:about|almost|nearly|roughly|around|some|just)\s+)?$/i;

/**
 * A multiple with the two levels it relates spelled out after a colon or a dash: "The ship is twice
 * as long as its predecessor: 240 metres against 120", "Exports are three times as high as in 2020
 * – $9.1bn to $3bn". The first level over the second must fall in the multiple's interval, with the
 * rounding of multiples(); a bare number second takes the first's unit.
 */
export function multiplesThenLevels(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const c of multipleCandidates(doc)) {
    const levels = figuresWithin(doc, sentenceOf(doc, c)).filter((f) => isMultipliedLevel(f) && f.start >= c.end);
    const [first, second] = levels;
    if (!first || !second || !asThenLevels.test(doc.text.slice(c.end, first.start)) || !levelAgainstLevel.test(doc.text.slice(first.end, second.start))) continue;
    const bare = second.kind === 'count' && second.unit === null && /^\d[\d,.]*$/.test(second.text);
    // Two counts, one with no noun of its own ("12,000 against 6,000" fans), are of one measure.
    const counts = first.kind === 'count' && second.kind === 'count' && (!first.unit || !second.unit || termKey(first.unit) === termKey(second.unit));
    if (!bare && !counts && (first.kind !== second.kind || (first.unit ?? '') !== (second.unit ?? ''))) continue;
    if (ratioFits(c, first, bare ? { ...second, kind: first.kind, unit: first.unit } : second) !== false) continue;
    out.push(multipleFinding(c, first, second));
  }
  return out;
}

/** Each article's multiples, found once for multiples() and multiplesOfComparison(). */
const candidatesOf = new WeakMap<Prepared, MultipleCandidate[]>();

/** Every multiple the article states: "three times" (a figure), "twice the", "double the", "a third of". */
function multipleCandidates(doc: Prepared): MultipleCandidate[] {
  let candidates = candidatesOf.get(doc);
  if (!candidates) candidatesOf.set(doc, (candidates = findMultipleCandidates(doc)));
  return candidates;
}

function findMultipleCandidates(doc: Prepared): MultipleCandidate[] {
  const figures = doc.analysis.figures;
  const candidates: MultipleCandidate[] = [];
  for (const f of figures) {
    if (f.unit !== 'times' || f.value === null || f.low !== undefined || f.value < 1.5) continue;
    const claimed = intervalOf(f, 'claim');
    if (!claimed) continue;
    const whole = f.approx === 'exact' && Number.isInteger(f.value) ? 0.5 : 0;
    candidates.push({ start: f.start, end: f.end, text: f.text, interval: { lo: claimed.lo - whole, hi: claimed.hi + whole } });
  }
  for (const m of doc.text.matchAll(multipleWords)) {
    const value = multipleValues[m[1].toLowerCase()];
    const spread = value === 0.5 ? 0.05 : 0.25;
    // "less than half the 1.5 million tonnes": the qualifier before the word bounds the multiple.
    const q = multipleQualifier.exec(doc.text.slice(Math.max(0, m.index! - 20), m.index!));
    const start = q ? m.index! - q[0].length : m.index!;
    candidates.push({ start, end: m.index! + m[1].length, text: doc.text.slice(start, m.index! + m[1].length), interval: boundedMultiple(value, spread, q ? qualifierApprox(q[1]) : 'exact') });
  }
  // "less than a third of the 1.5 million tonnes": a fraction the finder read, other than a half.
  for (const f of figures) {
    if (f.value === null || f.value >= 1 || f.low !== undefined || !fractionWord.test(f.text)) continue;
    candidates.push({ start: f.start, end: f.end, text: f.text, interval: boundedMultiple(f.value, f.value * 0.1, f.approx) });
  }
  return candidates;
}

/** How many of each period make a year, for amounts given per period. */
const periodsPerYear: Record<string, number> = { year: 1, month: 12, week: 365.25 / 7, day: 365.25 };
/** After an amount, a year it is for: "£6.6bn next year", "£24bn annually", "£1bn on urgent care next year". */
const yearAfter = /^\s+(?:(?:on|for|in)\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s+)?(?:(?:next|this|last|a|per|every|each)\s+year|annually|a\s+year)\b/i;
/**
 * Between an amount and the same amount per another period: ", about", ", or", " (", " - roughly",
 * perhaps after the year it starts ("SEK 6bn a year from 2027, or SEK 500m a month").
 * "or" alone offers another price ("£4.99 per month or £50 per year"), so it needs the comma.
 */
const restatedRate = /^(?:\s+(?:from|in|by|until)\s+\d{4})?\s*(?:,\s*(?:or\s+)?|\(|-|–|—)\s*(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than|over|under)\s+)?$/i;

function periodOf(doc: Prepared, f: Figure): string | undefined {
  if (f.per !== undefined) return periodsPerYear[f.per] !== undefined ? f.per : undefined;
  if (yearAfter.test(doc.text.slice(f.end, f.end + 50))) return 'year';
  // "Average weekly earnings reached £712": the period named before the amount, in its clause.
  const before = periodBefore.exec(doc.text.slice(Math.max(sentenceOf(doc, f).start, f.start - 60), f.start));
  return before ? periodAdjectives[before[1].toLowerCase()] : undefined;
}

const periodAdjectives: Record<string, string> = { weekly: 'week', monthly: 'month', annual: 'year', yearly: 'year', daily: 'day' };
/** A period adjective and its noun, then a verb or "of", before an amount, with no clause between: "weekly earnings reached", "monthly rent of". */
const periodBefore = /\b(weekly|monthly|annual|yearly|daily)\s+[a-z-]+(?:\s+[a-z-]+){0,3}\s+$/i;

/**
 * An amount restated per another period in the same sentence: "£6.6bn next year, about £127m a
 * week", "£24bn a year, or £2bn a month". The two, brought to a year, must agree within the
 * rounding of their last written digits and their qualifiers (a year is taken as 52.18 weeks).
 */
export function rateRestatements(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  // Amounts in order; a date between two ("£6.6bn next year, about £127m a week") does not part them.
  const figures = doc.analysis.figures.filter((f) => f.kind !== 'date');
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1];
    const b = figures[k];
    if (a.kind !== 'money' || b.kind !== 'money' || a.unit !== b.unit || a.value === null || b.value === null || a.low !== undefined || b.low !== undefined) continue;
    const pa = periodOf(doc, a);
    const pb = periodOf(doc, b);
    if (!pa || !pb || pa === pb || !restatedRate.test(doc.text.slice(a.end + (a.per === undefined ? (yearAfter.exec(doc.text.slice(a.end, a.end + 50))?.[0].length ?? 0) : 0), b.start))) continue;
    const ca = intervalOf(a, 'claim');
    const cb = intervalOf(b, 'claim');
    // "or more than £4,400 a week" has no upper end; its lower one still counts.
    const ia = qualifiedInterval(a) ?? ca;
    const ib = qualifiedInterval(b) ?? cb;
    if (!ia || !ib || !ca || !cb) continue;
    // The qualifier's spread ("about" allows 10%) and the written rounding, whichever is wider.
    const wide = (x: { lo: number; hi: number }, c: { lo: number; hi: number }) => ({ lo: Math.min(x.lo, c.lo), hi: Math.max(x.hi, Number.isFinite(c.hi) ? c.hi : x.hi) });
    const ya = a.approx === 'exact' ? ia : wide(ia, ca);
    const yb = b.approx === 'exact' ? ib : wide(ib, cb);
    const fa = periodsPerYear[pa];
    const fb = periodsPerYear[pb];
    if (ya.hi * fa >= yb.lo * fb * 0.99 && ya.lo * fa <= yb.hi * fb * 1.01) continue;
    const expected = (a.value * fa) / fb;
    out.push({
      kind: 'rate',
      start: b.start,
      end: b.end,
      text: b.text,
      message: `“${b.text}” does not match “${a.text}”${a.per === undefined ? ` a ${pa}` : ''}: that is about ${formatAmount(expected, b.unit)} a ${pb}`,
      related: [ref(a)],
    });
  }
  return out;
}


/** The conversions of `x` from unit `from` to unit `to`: a temperature may be a reading or a difference. */
function converted(x: number, from: string, to: string): number[] {
  if (from === '°C' && to === '°F') return [x * 1.8 + 32, x * 1.8];
  if (from === '°F' && to === '°C') return [(x - 32) / 1.8, x / 1.8];
  const a = unitSizes[from];
  const b = unitSizes[to];
  return a && b && a.dimension === b.dimension ? [(x * a.size) / b.size] : [];
}

/** The ends a measure allows as written: a range's ends, each with its last digit's rounding. */
function measureEnds(f: Figure): Array<{ lo: number; hi: number }> | null {
  if (f.low !== undefined && f.high !== undefined) {
    return [f.low, f.high].map((v) => {
      const half = roundingOf(v) || (lastDigitRounding(String(v), v)?.half ?? 0);
      return { lo: v - half, hi: v + half };
    });
  }
  const w = writtenInterval(f);
  return w ? [w] : null;
}

/**
 * A measure and its conversion in brackets must agree: "46.2C (115.2F)", "1,340km (830 miles)".
 * Each side allows the rounding of its last written digit (and its qualifier), and 1% more, since a
 * conversion is often made from a rounder figure than the one printed; a temperature in brackets
 * may be a reading or a difference ("warmed by 1.5C (2.7F)"). Exchange rates are not checked.
 */
export function unitConversions(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1];
    const b = figures[k];
    if (a.kind !== 'measure' || b.kind !== 'measure' || !a.unit || !b.unit || a.unit === b.unit || a.per || b.per) continue;
    if (!bracketOpen.test(doc.text.slice(a.end, b.start)) || !/^\s*\)/.test(doc.text.slice(b.end, b.end + 3))) continue;
    const ends = measureEnds(a);
    const written = measureEnds(b);
    if (!ends || !written || ends.length !== written.length || converted(1, a.unit, b.unit).length === 0) continue;
    const agrees = ends.every((end, i) => {
      const target = written[i];
      return converted(end.lo, a.unit!, b.unit!).some((lo, j) => {
        const hi = converted(end.hi, a.unit!, b.unit!)[j];
        const [min, max] = lo <= hi ? [lo, hi] : [hi, lo];
        // 1% of the measure, in the bracket's unit: for a temperature, of the degrees themselves, not of
        // the other scale's reading ("45.2C (114.4F)" is a degree Fahrenheit off, not within 1% of 113.4F).
        const perUnit = Math.abs(converted(1, a.unit!, b.unit!)[j] - converted(0, a.unit!, b.unit!)[j]);
        const slack = 0.01 * Math.max(Math.abs(end.lo), Math.abs(end.hi)) * perUnit;
        return min - slack <= target.hi && max + slack >= target.lo;
      });
    });
    if (agrees) continue;
    // The bracket as it should read: its numbers replaced by the conversions of the measure's.
    const values = a.low !== undefined && a.high !== undefined ? [a.low, a.high] : [a.value!];
    let n = 0;
    // As many decimals as the bracket writes ("113.4F"), else three significant digits ("225km").
    const decimals = (/\d\.(\d+)/.exec(b.text)?.[1] ?? '').length;
    const rounded = (x: number) => Number(decimals > 0 ? x.toFixed(decimals) : x.toPrecision(3));
    const expected = b.text.replace(/\d[\d,]*(?:\.\d+)?/g, (number) => (n < values.length ? formatNumber(rounded(converted(values[n++], a.unit!, b.unit!)[0])) : number));
    out.push({
      kind: 'conversion',
      start: b.start,
      end: b.end,
      text: b.text,
      message: `“${b.text}” does not match “${a.text}”, which is about ${expected}`,
      related: [ref(a)],
    });
  }
  return out;
}


const relativeWords = /\b(last|next|this|past|ago|yesterday|today|tomorrow|tonight|earlier|later)\b/i;

/** A time counted from the article's date: a weekday, "last year", "yesterday", "11 years ago". */
function isRelative(f: Figure): boolean {
  if (f.kind === 'date') return f.unit === 'weekday' || relativeWords.test(f.text);
  return f.kind === 'duration' && /\bago$/i.test(f.text);
}

/**
 * A time ago with a qualifier bounds the date rather than naming it: "in July 2015, more than a
 * decade ago" (an article of 2027 resolves the decade to 2017) is any year up to 2017, "less than
 * five years ago" any year from it on, and "about" or "almost" allows a year either way.
 */
function agesBound(r: Figure, stated: string): boolean {
  if (r.kind !== 'duration' || !r.resolved || !/^\d{4}/.test(r.resolved) || !/^\d{4}/.test(stated)) return false;
  const [counted, year] = [Number(r.resolved.slice(0, 4)), Number(stated.slice(0, 4))];
  switch (r.approx) {
    case 'more-than':
    case 'at-least':
      return year <= counted;
    case 'less-than':
    case 'at-most':
      return year >= counted;
    case 'about':
      return Math.abs(year - counted) <= 1;
    default:
      return false;
  }
}

/** A date the text states itself ("in 1996", "March 10"), not one counted from the dateline. */
function isStated(f: Figure): boolean {
  return f.kind === 'date' && !!f.resolved && !isRelative(f) && !isMonthAlone(f);
}

/**
 * A month named alone ("since January") is given the year nearest the article's date, a guess: neither checked
 * against a year beside it nor used to check one.
 */
function isMonthAlone(f: Figure): boolean {
  return f.kind === 'date' && f.unit === 'month' && f.value === null && !relativeWords.test(f.text);
}

/** The two resolutions at their common precision (a year against a full date compares the years). */
function disagree(a: string, b: string): boolean {
  if (/W/.test(a) || /W/.test(b) || a.includes('/') || b.includes('/')) return false;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) !== b.slice(0, n);
}

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const besideGap = /^[\s,;:()\u2013\u2014-]*(?:in|on|of|since)?[\s,;:()\u2013\u2014-]*$/i;

export function relativeTimes(text: string, figures: Figure[]): ArticleFinding[] {
  const dateline = articleDate(text, figures);
  if (!dateline) return [];
  const resolved = resolveDates(text, figures.map((f) => ({ ...f })));
  const out: ArticleFinding[] = [];
  const datelineText = dateline.toISOString().slice(0, 10);
  // The dateline dates the article, not the words after it: "GENEVA, Jan. 14, 2027 - Last year was
  // the hottest" is no disagreement.
  const datelineFigure = resolved.find((f) => f.start <= 400 && f.kind === 'date' && f.resolved === datelineText);
  for (let i = 0; i < resolved.length; i++) {
    const r = resolved[i];
    if (!r.resolved || !isRelative(r)) continue;
    for (const j of [i + 1, i - 1]) {
      const a = resolved[j];
      if (!a || !isStated(a) || a === datelineFigure) continue;
      const gap = j > i ? text.slice(r.end, a.start) : text.slice(a.end, r.start);
      if (!besideGap.test(gap) || gap.length > 12) continue;
      // "on Friday, March 6": the weekday names the date beside it, whatever the dateline; it must be that date's day.
      if (r.unit === 'weekday' && a.unit === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(a.resolved!)) {
        const named = weekdayNames.findIndex((d) => new RegExp(`\\b${d.slice(0, 3)}`, 'i').test(r.text));
        const actual = new Date(`${a.resolved}T12:00:00Z`).getUTCDay();
        if (named >= 0 && named !== actual) {
          out.push({ kind: 'relative-time', start: r.start, end: r.end, text: r.text, message: `“${r.text}” does not match “${a.text}” beside it, which is a ${weekdayNames[actual]} (${a.resolved})`, related: [ref(a)] });
        }
        break;
      }
      if (!disagree(r.resolved, a.resolved!) || agesBound(r, a.resolved!)) continue;
      out.push({
        kind: 'relative-time',
        start: r.start,
        end: r.end,
        text: r.text,
        message: `“${r.text}” is ${r.resolved} by the article's date (${datelineText}), but “${a.text}” beside it says ${a.resolved}`,
        related: [ref(a)],
      });
      break;
    }
  }
  return out;
}

/** Between a level and the one it changed from: ", down from", " - up from", "(up from". */
const changedFrom = /^\s*(?:,|-|–|—|\()?\s*(up|down)\s+from\s+(?:the\s+|an?\s+)?(?:(?:record|peak|high|low|all-time\s+high)\s+(?:of\s+)?)?$/i;
/** The same after a short time or place the level is for: "3.2 million passengers in the quarter, up from". */
const changedAfterFrame = /^\s+(?:in|during|over|across|at)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z]+\s+){0,2}[A-Za-z]+\s*(?:,|-|–|—|\()\s*(up|down)\s+from\s+(?:the\s+|an?\s+)?(?:(?:record|peak|high|low|all-time\s+high)\s+(?:of\s+)?)?$/;
/** A sentence that opens by pointing back at the last one's level: "That is down from", "This was up from". */
const pointedBack = /[.!?]\s+(?:That|This|It)(?:'s|’s|\s+is|\s+was)(?:\s+(?:still|also))?\s+(up|down)\s+from\s+(?:the\s+|an?\s+)?$/;
/** The same after the rest of a date's phrase, with no clause break: "'s parliamentary election, down from". */
const changedAfterPhrase = /^[^.;:!?,()]{0,60}(?:,|-|–|—|\()\s*(up|down)\s+from\s+(?:the\s+|an?\s+)?(?:(?:record|peak|high|low|all-time\s+high)\s+(?:of\s+)?)?$/i;

/**
 * A level and the one it changed from that go the wrong way: "won 38 seats, down from 37", "4.1%,
 * up from 4.3%". Both must be of the same kind and unit (the finder gives a bare level after "down
 * from" the unit of the count before it), and no rounding or qualifier may explain it: the two
 * values must differ beyond half a unit of their last written digit, and an approximate level is
 * left alone unless they differ by more than 10%. Numbers with no unit are left alone.
 */
export function changeDirections(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 1; k < figures.length; k++) {
    const b = figures[k];
    const level = levelBefore(doc, figures, k);
    if (!level) continue;
    const { a, way } = level;
    if (a.value === null || b.value === null || a.low !== undefined || b.low !== undefined || a.kind !== b.kind || (a.unit ?? '') !== (b.unit ?? '')) continue;
    // A bare number may be a place in a chart, where up means lower ("Reed and Lind at six, up from 14");
    // thousands are no place ("fell to 431,000 ..., up from a record 906,000").
    if (a.kind === 'date' || a.kind === 'ordinal' || (a.unit === null && (a.value < 1000 || b.value < 1000))) continue;
    const rising = way === 'up';
    if (!wentOtherWay(a, b, rising)) continue;
    out.push({
      kind: 'change-direction',
      start: a.start,
      end: a.end,
      text: a.text,
      message: `“${a.text}” is said to be ${rising ? 'up' : 'down'} from “${b.text}”, but it is ${a.value > b.value ? 'higher' : 'lower'}`,
      related: [ref(b)],
    });
  }
  return out;
}

/** A verb that says which way a quantity went: "cut its forecast to 0.9%, from 1.3%", "rose to 4.3% from 4.1%". */
// A rate that "slowed" or "eased" fell; one that "accelerated" or "quickened" rose.
const directionVerb = /\b(?:(rose|risen|raised|raises|raising|increased|lifted|grew|grown|climbed|jumped|surged|soared|upgraded|accelerated|quickened)|(fell|fallen|cut|cuts|cutting|lowered|lowers|lowering|reduced|dropped|slashed|downgraded|declined|shrank|shrunk|slipped|slid|slowed|eased|cooled))\b/gi;

/**
 * A verb of direction and the levels "to" and "from" after it, the wrong way round: "the OBR cut its
 * growth forecast to 1.3%, from 0.9%", "unemployment rose to 4.1% from 4.3%". The levels are read up
 * to the next clause (levelsIn), within 80 characters of the verb, with no other verb of direction
 * between; the same rounding as changeDirections applies.
 */
export function verbDirections(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  for (const m of doc.text.matchAll(directionVerb)) {
    const at = sentenceIndexOf(doc, { start: m.index!, end: m.index! + m[0].length });
    if (at < 0) continue;
    const sentence = doc.sentences[at];
    const rising = m[1] !== undefined;
    const end = m.index! + m[0].length;
    const levels = levelsIn(doc, { start: end, end: sentence.end }, !rising, isDirectedLevel);
    if (!levels) continue;
    // "cut from £425,000 to £300,000", read as one range: its ends in the order they are written.
    const { from: b, to: a } = levels.from.start === levels.to.start ? writtenOrder(levels.from, levels.to) ?? levels : levels;
    const reach = Math.max(a.start, b.start) - end;
    // Only the verb's object between it and its levels: "cut its growth forecast for this year to",
    // not "Shares have fallen after the firm said losses had widened to £43.2m from £1.6m".
    const gap = doc.text.slice(end, Math.min(a.start, b.start));
    if (reach > 80 || new RegExp(directionVerb.source, 'i').test(gap) || clauseWords.test(gap)) continue;
    // "grew 12.4% in the year to May, down from 19%, and inflation fell to 3.8%": a figure of its
    // own (other than a date) right after the verb makes the levels another clause's.
    if (figuresWithin(doc, { start: end, end: Math.min(a.start, b.start) }).some((f) => f.kind !== 'date')) continue;
    if (/,\s*and\b/i.test(doc.text.slice(end, Math.max(a.start, b.start)))) continue;
    // "to 0.9%, from 1.3%" or "from 1.3% to 0.9%" only: the verb's own two levels.
    if (a.value === null || b.value === null || (a.unit ?? '') !== (b.unit ?? '') || a.kind !== b.kind) continue;
    if (!wentOtherWay(a, b, rising)) continue;
    out.push({
      kind: 'change-direction',
      start: m.index!,
      end: end,
      text: m[0],
      message: `“${m[0]}” says ${rising ? 'up' : 'down'}, but “${a.text}” is ${a.value > b.value ? 'higher' : 'lower'} than “${b.text}”`,
      related: [ref(b), ref(a)],
    });
  }
  return out;
}

/**
 * The two ends of a range "from X to Y" with the values in the order written, or null when the
 * written numbers do not show it ("900,000 to 1.2 million" mixes scales). rangeEnds gives the ends
 * the texts as written but the values in the order of the change it is told of.
 */
function writtenOrder(from: Figure, to: Figure): { from: Figure; to: Figure } | null {
  const number = (text: string) => Number(/\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/,/g, '') ?? NaN);
  const [first, second] = [number(from.text), number(to.text)];
  const [low, high] = [Math.min(from.value!, to.value!), Math.max(from.value!, to.value!)];
  if (!(first > 0 && second > 0 && low > 0) || Math.abs(Math.max(first, second) / Math.min(first, second) - high / low) > 1e-9 * (high / low)) return null;
  return first > second ? { from: { ...from, value: high }, to: { ...to, value: low } } : { from: { ...from, value: low }, to: { ...to, value: high } };
}

/** Words that open another clause or verb between a verb of direction and the levels. */
const clauseWords = /\b(?:after|as|when|because|that|which|who|while|since|before|said|says|reported|had|has|have|was|were|is|are|will|would)\b/i;

/** A level a verb of direction moves: a count, an amount, a measure or a share (not a change or a rate). */
function isDirectedLevel(f: Figure): boolean {
  return (f.kind === 'count' || f.kind === 'money' || f.kind === 'measure' || (f.kind === 'percent' && f.unit === '%')) && f.unit !== 'times' && f.unit !== 'fold' && f.value !== null && f.low === undefined && !f.per && !f.age;
}

/** Between two figures of one list: " and ", ", ", ", and ". */
const listJoin = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/**
 * Two lists, the levels and the ones they changed from, matched in the order written when they are
 * of one length, else by kind: "with 17.8% and 19 seats, up from 16.1% and 17 seats" (17.8% from
 * 16.1%, 19 seats from 17 seats). Undefined when figure k is
 * in no such list after ", up from" or the levels before are one figure (the single case is
 * levelBefore's); null when the list gives no one level of k's kind and unit.
 */
function listedLevelBefore(doc: Prepared, figures: Figure[], k: number): { a: Figure; way: string } | null | undefined {
  let first = k;
  while (first > 0 && listJoin.test(doc.text.slice(figures[first - 1].end, figures[first].start))) first--;
  if (first === 0) return undefined;
  const way = changedFrom.exec(doc.text.slice(figures[first - 1].end, figures[first].start))?.[1]?.toLowerCase();
  if (!way) return undefined;
  const levels = [figures[first - 1]];
  for (let j = first - 1; j > 0 && listJoin.test(doc.text.slice(figures[j - 1].end, figures[j].start)); j--) levels.push(figures[j - 1]);
  if (levels.length < 2) return undefined;
  levels.reverse();
  const b = figures[k];
  const matches = (f: Figure) => f.kind === b.kind && ((f.unit ?? '') === (b.unit ?? '') || (b.kind === 'count' && b.unit === null));
  let last = k;
  while (last + 1 < figures.length && listJoin.test(doc.text.slice(figures[last].end, figures[last + 1].start))) last++;
  // Lists of one length pair in the order written ("to 3.1% and 2.4%, up from 2.9% and 2.6%"), else by kind.
  const same = last - first + 1 === levels.length ? [levels[k - first]].filter(matches) : levels.filter(matches);
  return same.length === 1 ? { a: b.unit === null ? { ...same[0], unit: null } : same[0], way } : null;
}

/** "one of the highest shares in NATO" picks out one of a group; it is no level. */
function oneOfGroup(f: Figure): boolean {
  return f.kind === 'count' && /^one\s+of\b/i.test(f.text);
}

/** ", up from" at the end of a longer gap, and what may not stand in that gap: another clause or sentence. */
const changedFromAfter = /(?:,|-|–|—|\()\s*(up|down)\s+from\s+(?:the\s+|an?\s+)?(?:(?:record|peak|high|low|all-time\s+high)\s+(?:of\s+)?)?$/i;
const clauseBetween = /[.;:!?]|\b(?:while|but|whereas|although|though|because|compared|against|than|and\s+(?:the|its|their|a|an)\b)|,\s*and\b/i;

/**
 * The level a change is said of across the rest of its clause: "Only 63% of adults meet that
 * guideline, up from 67%", "about 11,500 troops deployed across Estonia, Latvia and Lithuania under
 * its forward presence, down from roughly 4,500". The level is the nearest figure before of the same
 * kind and unit (dates and ordinals passed over), within 120 characters, with no other clause between.
 */
function farLevelBefore(doc: Prepared, figures: Figure[], k: number): { a: Figure; way: string } | null {
  const b = figures[k];
  for (let j = k - 1; j >= 0 && b.start - figures[j].end <= 120; j--) {
    const f = figures[j];
    // "since the heatwave began nine days ago": a time ago frames the clause as a date does.
    if (f.kind === 'date' || f.kind === 'ordinal' || oneOfGroup(f) || (f.kind === 'duration' && b.kind !== 'duration' && /\bago$/i.test(f.text))) continue;
    // A bare count after "down from" counts what the level before it counts.
    const bareCount = b.kind === 'count' && b.unit === null && f.kind === 'count';
    if (f.kind !== b.kind || ((f.unit ?? '') !== (b.unit ?? '') && !bareCount)) return null;
    const gap = doc.text.slice(f.end, b.start);
    const way = changedFromAfter.exec(gap);
    if (!way || clauseBetween.test(gap.slice(0, way.index))) return null;
    const a = partOrWhole(doc, figures, j);
    return { a: bareCount ? { ...a, unit: null } : a, way: way[1].toLowerCase() };
  }
  return null;
}

/**
 * The level that figure k is said to have gone up or down from, and which way: the figure right
 * before ", down from", or past the dates of its clause and the whole of a part ("won 38 of the 101
 * seats in Sunday's election, down from 37": 38).
 */
function levelBefore(doc: Prepared, figures: Figure[], k: number): { a: Figure; way: string } | null {
  const listed = listedLevelBefore(doc, figures, k);
  if (listed !== undefined) return listed;
  const b = figures[k];
  const before = figures[k - 1];
  const gap = doc.text.slice(before.end, b.start);
  // After a date the rest of its phrase may come first: "in Sunday's parliamentary election, down from".
  const way = oneOfGroup(before) ? undefined : (changedFrom.exec(gap) ?? (before.kind === 'date' ? changedAfterPhrase.exec(gap) : changedAfterFrame.exec(gap)))?.[1]?.toLowerCase();
  if (!way) {
    const aside = levelBeforeAside(doc, figures, k);
    if (aside) return aside;
    const far = farLevelBefore(doc, figures, k);
    if (far) return far;
    // "... fell to 7.21 million, figures show. That is down from 7.26 million": the last level of
    // the sentence before, of the same kind.
    const back = pointedBack.exec(gap)?.[1]?.toLowerCase();
    if (!back) return null;
    const sentence = doc.text.lastIndexOf('.', b.start);
    for (let j = k - 1; j >= 0 && figures[j].end > sentence - 400; j--) {
      const f = figures[j];
      if (f.kind === 'date' || f.kind === 'ordinal') continue;
      if (f.kind !== b.kind || f.end > sentence) return null;
      // The level pointed back at names what is counted; the new sentence's bare number counts the same.
      return { a: b.unit === null && f.kind === 'count' ? { ...f, unit: null } : f, way: back };
    }
    return null;
  }
  let j = k - 1;
  while (j > 0 && (figures[j].kind === 'date' || figures[j].kind === 'ordinal') && !/[.;:!?]/.test(doc.text.slice(figures[j - 1].end, figures[j].start))) j--;
  return { a: partOrWhole(doc, figures, j), way };
}

/** A level set against a target or another level, then "and up/down from": "71.2%, against a target of 78% and down from 72.5%". */
const andChangedFrom = /^\s+and\s+(up|down)\s+from\s+(?:the\s+|an?\s+)?$/i;
/** Right before the level set against: "against a target of", "compared with the". */
const setAgainstRightBefore = /\b(?:against|compared\s+with|compared\s+to|versus)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+){0,2}(?:of\s+)?$/i;

/**
 * "Only 71.2% of patients were seen within four hours, against a target of 78% and down from 72.5%
 * a month earlier": the change is the first level's, not the target's. The first level is the last
 * one of the same kind and unit before the target in the sentence.
 */
function levelBeforeAside(doc: Prepared, figures: Figure[], k: number): { a: Figure; way: string } | null {
  const b = figures[k];
  const target = figures[k - 1];
  const way = andChangedFrom.exec(doc.text.slice(target.end, b.start))?.[1]?.toLowerCase();
  if (!way || !setAgainstRightBefore.test(doc.text.slice(Math.max(0, target.start - 40), target.start))) return null;
  const sentence = sentenceOf(doc, b);
  for (let j = k - 2; j >= 0 && figures[j].start >= sentence.start; j--) {
    const f = figures[j];
    if (f.kind === b.kind && (f.unit ?? '') === (b.unit ?? '')) return { a: f, way };
  }
  return null;
}

/** Figure j, or the part before it when j is its whole ("one in 12 of the 36 million cards"): the part is the level. */
function partOrWhole(doc: Prepared, figures: Figure[], j: number): Figure {
  const a = figures[j];
  const part = figures[j - 1];
  if (part && part.kind === 'count' && /^\s+of\s+(?:the|its|their)\s+$/i.test(doc.text.slice(part.end, a.start))) return { ...part, unit: part.unit ?? a.unit };
  return a;
}

/**
 * Between a total and its first part: ", including", ", of whom", ", among them", "(including",
 * perhaps after the total's noun ("$4.2bn package, including").
 */
const partsOpen = /^(?:\s+[a-z-]+){0,3}\s*(?:,|\(|—|–|-)?\s*(?:including|of\s+(?:whom|which|them)|among\s+them)\s+$/i;
/**
 * A sentence that opens with its total and lists the parts after the comma: "Of the 700 items in
 * the basket, 412 rose in price and 288 fell".
 */
function openedByTotal(doc: Prepared, total: Figure, first: Figure): boolean {
  const s = sentenceOf(doc, total);
  return /^\s*Of\s+(?:the|its|their|these|those)\s+$/.test(doc.text.slice(s.start, total.start)) && /^[^.;:!?()]{0,60},\s*$/.test(doc.text.slice(total.end, first.start));
}

/** Between two parts of a list: ", ", " and ", ", and ", perhaps before "the other", "the remaining" or "the rest,". */
const partsJoin = /^(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+(?:other|remaining|rest\s*,|remainder\s*,)\s*)?$/i;
/** Right before a last part that completes the list: "the other", "the remaining", "the rest,". */
const restPart = /\bthe\s+(?:other|remaining|rest\s*,|remainder\s*,)\s*$/i;

/**
 * "Of the 80 ferries, 52 are diesel and the rest, 28, are hybrid": the figure finder reads a bare
 * number between commas after "the rest" as a person's age; there it is the count of the rest.
 */
function asRestCount(doc: Prepared, f: Figure): Figure {
  if (!f.age || !/^\d[\d,]*$/.test(f.text) || !/\bthe\s+(?:rest|remainder)\s*,\s*$/i.test(doc.text.slice(Math.max(0, f.start - 20), f.start))) return f;
  return { ...f, kind: 'count', unit: null, age: undefined };
}

/**
 * Parts that add up to more than their total: "killed 41 people, including 25 soldiers and 19
 * civilians" (44), "a $4.2bn package, including $3bn for defence and $1.5bn for aid". The parts are
 * the counts (any noun) or amounts (the total's currency) listed right after "including", "of whom"
 * or "among them"; the list need not be complete, so only a sum above the total is flagged, beyond
 * the rounding and qualifiers of each figure.
 */
export function partsOverTotal(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  const sameKind = (total: Figure, f: Figure) => f.value !== null && f.low === undefined && f.kind === total.kind && (total.kind === 'count' || f.unit === total.unit);
  for (let k = 0; k + 1 < figures.length; k++) {
    const total = figures[k];
    if ((total.kind !== 'count' && total.kind !== 'money') || total.value === null || total.low !== undefined || total.age) continue;
    if (!partsOpen.test(doc.text.slice(total.end, figures[k + 1].start)) && !openedByTotal(doc, total, figures[k + 1])) continue;
    // "eight top three hits, including four number ones": a rank before the noun, not the total.
    if (/\btop\s+$/i.test(doc.text.slice(Math.max(0, total.start - 5), total.start))) continue;
    // "48 passengers and 9 crew members on board, among them ...": the parts are of both.
    if (k > 0 && /^\s+(?:[a-z-]+\s+){0,2}and\s+$/i.test(doc.text.slice(figures[k - 1].end, total.start)) && figures[k - 1].kind === total.kind) continue;
    const parts: Figure[] = [];
    let complete = false;
    for (let j = k + 1; j < figures.length; j++) {
      const part = asRestCount(doc, figures[j]);
      if (!sameKind(total, part)) break;
      // "25 soldiers and 19 civilians", "$3bn for defence and $1.5bn for aid": a few words of the part, then the joint.
      const gap = doc.text.slice(figures[j - 1].end, part.start);
      // The part's own words may hold an "and" ("€600m for rebuilding roads and bridges and €250m"): the joint is the last one.
      // The last part, called "the other" or "the remaining", may come after a longer first one.
      const rest = restPart.test(gap);
      const reach = rest ? 120 : 60;
      if (j > k + 1 && (gap.length > reach || /[.:!?()]/.test(gap) || (/;/.test(gap) && !rest) || !partsJoin.test(gap.replace(/^[^,;]*(?=[,;]|\s+and\s)/i, '')))) break;
      parts.push(part);
      // "the rest, 28" closes the list: nothing after it is a part.
      // "and the remaining 28" closes the list; "the other 60" may leave others ("while the rest are remote").
      if (j > k + 1 && rest) {
        complete = /\bthe\s+(?:remaining|rest\s*,|remainder\s*,)\s*$/i.test(gap) && !figures.slice(j + 1).some((f) => f.start < sentenceOf(doc, total).end && f.kind === 'count');
        break;
      }
    }
    if (parts.length === 0) continue;
    const whole = intervalOf(total, 'claim');
    const intervals = parts.map((f) => intervalOf(f, 'claim'));
    if (!whole || !Number.isFinite(whole.hi) || intervals.some((i) => i === null)) continue;
    const least = intervals.reduce((sum, i) => sum + i!.lo, 0);
    const sum = parts.reduce((n, f) => n + f.value!, 0);
    const amount = total.kind === 'money' ? formatAmount(sum, total.unit) : sum.toLocaleString('en-US');
    if (least <= whole.hi + 1e-9 * Math.max(1, Math.abs(whole.hi))) {
      // A list closed by "the rest" or "the other" in a sentence opened by its total ("Of the 80
      // ferries, 52 are diesel and the rest, 18, are hybrid") is the whole: it may not fall short either.
      if (complete && openedByTotal(doc, total, parts[0]) && total.kind === 'count') {
        const wholeSum = qualifiedSum(parts);
        const exact = qualifiedInterval(total);
        if (wholeSum && exact && wholeSum.hi < exact.lo - 1e-9) {
          out.push({
            kind: 'parts-over-total',
            start: parts[parts.length - 1].start,
            end: parts[parts.length - 1].end,
            text: parts[parts.length - 1].text,
            message: `“${parts[parts.length - 1].text}” called the rest does not complete the parts before it to “${total.text}”: ${parts.map((f) => `“${f.text}”`).join(' + ')} = ${amount}`,
            related: [total, ...parts.slice(0, -1)].map(ref),
          });
        }
      }
      continue;
    }
    out.push({
      kind: 'parts-over-total',
      start: total.start,
      end: total.end,
      text: total.text,
      message: `The parts listed after “${total.text}” add up to more: ${parts.map((f) => `“${f.text}”`).join(' + ')} = ${amount}`,
      related: parts.map(ref),
    });
  }
  return out;
}

/** The sum of the figures as written, each allowing its qualifier and rounding (a whole number under 1,000 written in full is exact). */
function qualifiedSum(figures: Figure[]): { lo: number; hi: number } | null {
  const intervals = figures.map(qualifiedInterval);
  if (intervals.some((i) => i === null)) return null;
  return { lo: intervals.reduce((s, i) => s + i!.lo, 0), hi: intervals.reduce((s, i) => s + i!.hi, 0) };
}

/** Between a part and its whole: " of the ", " of its ", " of all ". */
const ofTheWhole = /^\s+of\s+(?:the|its|their|his|her|all|all\s+the)\s+$/i;

/**
 * A part larger than the whole it is a part of: "14 of the 20 amino acids" written as "24 of the 20".
 * Both are counts, the whole right after "of the"; the part must exceed the whole beyond both
 * roundings and qualifiers.
 */
export function partsOverWhole(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 0; k + 1 < figures.length; k++) {
    const [part, whole] = [figures[k], figures[k + 1]];
    if (part.kind !== 'count' || whole.kind !== 'count' || part.value === null || whole.value === null || part.low !== undefined || whole.low !== undefined || part.age || whole.age) continue;
    if (part.unit && whole.unit && termKey(part.unit) !== termKey(whole.unit)) continue;
    // "nearly 7 in 10 of the 4 in 10 voters": shares of shares, not counts.
    if (part.value < 1 || whole.value < 1) continue;
    if (!ofTheWhole.test(doc.text.slice(part.end, whole.start))) continue;
    const a = intervalOf(part, 'claim');
    const b = intervalOf(whole, 'claim');
    if (!a || !b || !Number.isFinite(b.hi) || a.lo <= b.hi + 1e-9) continue;
    out.push({
      kind: 'parts-over-total',
      start: part.start,
      end: part.end,
      text: part.text,
      message: `“${part.text}” is given as a part of “${whole.text}”, but it is more`,
      related: [ref(whole)],
    });
  }
  return out;
}

/** Every within-article finding, in document order. */
export function checkArticle(text: string, analysed: Analysis): ArticleFinding[] {
  // A study's statistics ("95% CI", "a hazard ratio of 0.80") are no counts or shares to compare.
  const analysis = analysed.figures.some((f) => f.statistic) ? { ...analysed, figures: analysed.figures.filter((f) => !f.statistic) } : analysed;
  const doc = prepare(text, analysis);
  const values = inconsistentValues(doc);
  const toll = headlineToll(doc).filter((t) => !values.some((v) => v.start === t.start));
  const headline = [...headlineCounts(doc), ...headlineAmounts(doc), ...headlineRates(doc)].filter((h) => ![...values, ...toll].some((v) => v.start === h.start));
  return [...values, ...toll, ...headline, ...inconsistentAges(doc), ...lifeDates(doc), ...percentParts(doc), ...percentChanges(doc), ...changesSinceThen(doc), ...amountPercentChanges(doc), ...amountChanges(doc), ...differencesAfterLevels(doc), ...differences(doc), ...pointChanges(doc), ...changeDirections(doc), ...comparedLevels(doc), ...verbDirections(doc), ...partsOverTotal(doc), ...partsOverWhole(doc), ...tableTotals(text, analysis.figures), ...tableText(text, analysis.figures), ...perHeadShares(doc), ...eachTimesCount(doc), ...sharesOfTotal(doc), ...fractionsOfEarlierTotal(doc), ...sharesOfNamedWhole(doc), ...multiples(doc), ...multiplesOfComparison(doc), ...multiplesThenLevels(doc), ...multiplesOfNamedLevel(doc), ...multiplesOfThat(doc), ...multipliedChanges(doc), ...rateRestatements(doc), ...populationRates(doc), ...unitConversions(doc), ...exchangeRates(doc), ...remainingShares(doc), ...answerShares(doc), ...relativeTimes(text, analysis.figures), ...durationSpans(doc), ...timeGaps(doc), ...premiums(doc), ...shareMargins(doc), ...runningTotals(doc), ...restOfTotal(doc), ...listTotals(doc), ...leadChanges(doc), ...namedChanges(doc)].sort((a, b) => a.start - b.start);
}
