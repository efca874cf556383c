import type { Figure } from '../analysis/types.js';
import { sentenceIndexOf, formatAmount, termKey, writtenInterval, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * After an amount, the same amount shared out: ", or roughly £44,500 for each person", "(about €37
 * per head)", "- or £140 per household". The group is named after "each", "every", "per" or "a".
 */
const sharedOut = /^(?:\s+(?:of|in)\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+(?:a|per|each)\s+(?:year|month|week|day))?\s*(?:,|\(|-|–|—)\s*(?:or\s+)?(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than|over|under)\s+)?$/i;
/** Between a total and the group it serves: " of freight last year for Kilnsea's ", " for its ". */
const groupBetween = /^(?:\s+(?:of|in)\s+[a-z]+)?(?:\s+(?:(?:last|this|a|each|per)\s+(?:year|month|week)|in\s+\d{4}))?\s+(?:for|among|between|across)\s+(?:the\s+|its\s+|their\s+|[\p{Lu}][\p{L}'’-]*(?:['’]s)?\s+)?$/iu;
/** After a share, a period of its own: "each a day", "per person per week", "daily". */
const sharePeriod = /^\s*(?:(?:each|apiece|per\s+[a-z]+|for\s+each\s+[a-z]+)\s+)?(?:a|per|every|each)\s+(?:day|week|month|fortnight)\b|^\s*(?:each\s+)?(?:daily|weekly|monthly)\b/i;
/** Right after a share with no member named: "two tonnes each", "£50 apiece". */
const bareEach = /^\s*(?:each|apiece)\b/i;

/** Masses and volumes a measure is shared out in, by their size in one unit of the family: "20,000 tonnes ... or 500kg each". */
const measureSizes: Record<string, { family: string; size: number }> = {
  g: { family: 'mass', size: 0.001 }, kg: { family: 'mass', size: 1 }, t: { family: 'mass', size: 1000 },
  ml: { family: 'volume', size: 0.001 }, l: { family: 'volume', size: 1 },
};
/** Unit names for a message. */
const unitNames: Record<string, string> = { t: 'tonnes', l: 'litres', ml: 'ml', g: 'g', kg: 'kg' };

/** How many of the total's unit one of the share's unit is (1 for the same currency or unit), or null when they do not convert. */
function shareScale(total: Figure, share: Figure): number | null {
  if (total.value === null || share.value === null) return null;
  if (total.kind === 'money' && share.kind === 'money') return total.unit === share.unit ? 1 : null;
  if (total.kind !== 'measure' || share.kind !== 'measure' || !total.unit || !share.unit) return null;
  if (total.unit === share.unit) return 1;
  const [a, b] = [measureSizes[total.unit], measureSizes[share.unit]];
  return a && b && a.family === b.family ? b.size / a.size : null;
}
const shareGroup = /^\s+(?:for\s+)?(?:each|every|per|a)\s+([a-z]+)/i;

/** Words for one member of a group, and the counted nouns that name the whole group. */
const memberNouns: Record<string, string[]> = {
  person: ['people', 'person', 'persons', 'resident', 'citizen', 'inhabitant', 'individual', 'adult', 'patient', 'sufferer'],
  head: ['people', 'person', 'persons', 'resident', 'citizen', 'inhabitant'],
  household: ['household', 'home', 'family'],
  family: ['family', 'household'],
  resident: ['resident', 'people', 'inhabitant'],
  citizen: ['citizen', 'people'],
  patient: ['patient', 'people', 'case'],
  pupil: ['pupil', 'student', 'child'],
  student: ['student', 'pupil'],
  worker: ['worker', 'employee', 'staff', 'people'],
  employee: ['employee', 'worker', 'staff'],
  customer: ['customer', 'user', 'subscriber', 'household'],
  taxpayer: ['taxpayer', 'people'],
};

/** How far back a group may have been counted: this sentence and the two before it (or, failing those, the one after). */
const sentencesBack = 2;

/**
 * An amount shared out per member of a group the article counts: "The cost was £42bn a year, or
 * roughly £44,500 for each person with the condition" after "An estimated 944,000 people ... are
 * living with dementia" (£44,492). The group is the nearest count before the amount, in its sentence
 * or the two before, whose noun names that member ("people" for "each person", "households" for
 * "per household"); with none, nothing is checked. Both amounts allow their qualifier and the
 * rounding of their last written digit, and the count its own.
 */
export function perHeadShares(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  const sentenceOf = (f: Figure) => sentenceIndexOf(doc, f);
  for (let k = 1; k < figures.length; k++) {
    const total = figures[k - 1];
    const share = figures[k];
    const scale = shareScale(total, share);
    if (scale === null) continue;
    if (!sharedOut.test(doc.text.slice(total.end, share.start))) continue;
    const at = sentenceOf(total);
    if (at < 0) continue;
    let counted: Figure | undefined;
    // "or about 1.4kg each a day": a share per another period than the total's.
    if (sharePeriod.test(doc.text.slice(share.end, share.end + 24))) continue;
    if (!share.per && bareEach.test(doc.text.slice(share.end, share.end + 10))) {
      // "Kilnsea's 40,000 residents produce 20,000 tonnes of waste a year, or two tonnes each": with
      // no member named, the group is the count with a noun before the total in its sentence.
      counted = figures.slice(0, k - 1).filter((f) => f.kind === 'count' && f.unit !== null && f.value !== null && f.value > 1 && !f.age && f.low === undefined && sentenceOf(f) === at).at(-1);
    } else {
      // "£400 per household" carries its group as the rate's `per`; "£44,500 for each person" after it.
      const member = share.per ?? shareGroup.exec(doc.text.slice(share.end, share.end + 40))?.[1];
      const nouns = member ? memberNouns[member.toLowerCase()] : undefined;
      if (!nouns) continue;
      const keys = new Set(nouns.map(termKey));
      const isGroup = (f: Figure) => f.kind === 'count' && f.unit !== null && f.value !== null && f.value > 0 && keys.has(termKey(f.unit));
      // The nearest count before; else one right after, in this sentence or the next ("... or about
      // £300 for each household. The borough has 2.1 million households.").
      counted = figures.slice(0, k - 1).filter((f) => isGroup(f) && sentenceOf(f) >= at - sentencesBack && sentenceOf(f) <= at).at(-1) ??
        figures.slice(k + 1).find((f) => isGroup(f) && sentenceOf(f) >= at && sentenceOf(f) <= at + 1);
    }
    if (!counted) continue;
    const finding = compareShare(total, share, counted, scale);
    if (finding) out.push(finding);
  }
  // "1.8 million tonnes of freight for Kilnsea's 90,000 residents, or 20 tonnes each": the group
  // counted between the total and a share with no member named.
  const undated = figures.filter((f) => f.kind !== 'date');
  for (let k = 2; k < undated.length; k++) {
    const [total, counted, share] = [undated[k - 2], undated[k - 1], undated[k]];
    const scale = shareScale(total, share);
    if (scale === null || share.per || !bareEach.test(doc.text.slice(share.end, share.end + 10)) || sharePeriod.test(doc.text.slice(share.end, share.end + 24))) continue;
    if (counted.kind !== 'count' || counted.unit === null || counted.value === null || counted.value <= 1 || counted.age || counted.low !== undefined) continue;
    if (!groupBetween.test(doc.text.slice(total.end, counted.start)) || !sharedOut.test(doc.text.slice(counted.end, share.start).replace(/^\s+[a-z]+/i, ''))) continue;
    const finding = compareShare(total, share, counted, scale);
    if (finding) out.push(finding);
  }
  // "The shortfall amounts to about £110 for each of the borough's 163,000 residents", after "an £18m
  // shortfall": the group counted right after the share, the total named by the sentence's subject.
  for (let k = 0; k + 1 < figures.length; k++) {
    const share = figures[k];
    const counted = figures[k + 1];
    if (share.kind !== 'money' || share.value === null || counted.kind !== 'count' || counted.unit === null || counted.value === null) continue;
    if (!eachOf.test(doc.text.slice(share.end, counted.start))) continue;
    const at = sentenceOf(share);
    if (at < 0) continue;
    const subject = sentenceSubject.exec(doc.text.slice(doc.sentences[at].start, share.start))?.[1].toLowerCase();
    if (!subject) continue;
    const total = figures
      .slice(0, k)
      .filter((f) => f.kind === 'money' && f.unit === share.unit && f.value !== null && f.value > share.value! && new RegExp(`^\\s+${subject}\\b`, 'i').test(doc.text.slice(f.end, f.end + 40)))
      .at(-1);
    if (!total) continue;
    const finding = compareShare(total, share, counted);
    if (finding) out.push(finding);
  }
  return out;
}

/** Between a share and the group counted after it: " for each of the borough's ", " to each of ". */
const eachOf = /^\s+(?:for|to)\s+(?:each|every\s+one)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+)?$/u;
/** The noun a sentence opens with: "The shortfall amounts to". */
const sentenceSubject = /^\s*(?:The|This|That|Its|Their)\s+([a-z]+)\b/;

/** A finding when `share` is not `total` shared among `counted`, each allowing its qualifier and rounding. */
function compareShare(total: Figure, share: Figure, counted: Figure, scale = 1): ArticleFinding | null {
  const a = writtenInterval(total);
  const b = writtenInterval(share);
  const n = writtenInterval(counted);
  if (!a || !b || !n || n.lo <= 0) return null;
  const lo = a.lo / n.hi;
  const hi = a.hi / n.lo;
  if (hi >= b.lo * scale - 1e-9 && lo <= b.hi * scale + 1e-9) return null;
  const actual = total.value! / counted.value! / scale;
  const each = share.kind === 'money' ? formatAmount(actual, share.unit) : `${Number(actual.toPrecision(2)).toLocaleString('en-GB')} ${unitNames[share.unit!] ?? share.unit}`;
  return {
    kind: 'per-head',
    start: share.start,
    end: share.end,
    text: share.text,
    message: `“${share.text}” does not match “${total.text}” shared among “${counted.text}”: that is about ${each} each`,
    related: [total, counted].map((f) => ({ start: f.start, end: f.end, text: f.text })),
  };
}

/** Before a total the article adds up itself: ", a total of", ", totalling", " - in all". */
const totalAfter = /^\s*(?:,|-|–|—|\()?\s*(?:a\s+total\s+of|totall?ing|in\s+total|or|worth)\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than|over|under)\s+)?$/i;

/**
 * An amount for each member of a group, and the total it makes: "Each of the 260 clinics will
 * receive £25,000, a total of £7.5m" (£6.5m), "The 1,200 nurses will each get £1,500, totalling
 * £1.8m". The group is counted in the same sentence before the amount, with "each" between; the
 * total follows the amount. Each figure allows its qualifier and last written digit.
 */
export function eachTimesCount(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 1; k + 1 < figures.length; k++) {
    const [amount, total] = [figures[k], figures[k + 1]];
    if (amount.kind !== 'money' || total.kind !== 'money' || amount.unit !== total.unit || amount.value === null || total.value === null || amount.low !== undefined || total.low !== undefined) continue;
    if (!totalAfter.test(doc.text.slice(amount.end, total.start))) continue;
    const at = sentenceIndexOf(doc, amount);
    const counts = figures.slice(0, k).filter((f) => f.kind === 'count' && f.unit && f.value !== null && f.low === undefined && f.approx === 'exact' && sentenceIndexOf(doc, f) === at);
    // "Each of the 260 clinics with fewer than 40 beds": the count after "each of"; else the last
    // count before an "each" ("The 1,200 nurses will each get").
    const group = counts.find((f) => /\beach\s+of\s+(?:the\s+|its\s+|their\s+)?$/i.test(doc.text.slice(Math.max(0, f.start - 16), f.start))) ??
      counts.filter((f) => /\beach\b/i.test(doc.text.slice(f.end, amount.start))).at(-1);
    if (!group) continue;
    const n = writtenInterval(group);
    const a = writtenInterval(amount);
    const t = writtenInterval(total);
    if (!n || !a || !t) continue;
    if (n.hi * a.hi >= t.lo - 1e-9 && n.lo * a.lo <= t.hi + 1e-9) continue;
    out.push({
      kind: 'per-head',
      start: total.start,
      end: total.end,
      text: total.text,
      message: `“${total.text}” is not “${amount.text}” for each of “${group.text}”: that is ${formatAmount(group.value! * amount.value, amount.unit)}`,
      related: [group, amount].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
