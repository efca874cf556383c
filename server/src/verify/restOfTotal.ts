import type { Figure } from '../analysis/types.js';
import { figuresWithin, formatAmount, isCountOrAmount, qualifiedInterval, sameMeasure, sentenceIndexOf, termKey, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * "Pellow stole £2.1m ... He spent about £640,000 on holidays, £310,000 on two cars and nearly £1m on
 * a house. The rest, about £150,000, was never traced": an amount called the rest closes a list, so
 * the list and the rest add up to a total. The total is not named next to the list: it is an amount
 * of the same measure in a paragraph before the list's, larger than every part. Since the article may name
 * several (the sum stolen, a salary, a fine), the rest is flagged only when none of them fits the
 * sum, each figure allowing its last written digit and its qualifier.
 */

/** Right before the rest: "The rest, ", "the remainder of the money – ", "the remaining ", "the balance, ". */
const restBefore = /\bthe\s+(?:(?:rest|remainder|balance)(?:\s+of\s+(?:it|them|(?:the|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}))?\s*(?:,|:|–|—|-|\()|remaining)\s*$/i;

/**
 * A paragraph that opens with the total and goes on with the parts: "Deliveries fell 8% to 161,000
 * cars, with sales in China down ... to 31,000, from 43,000. Europe took 74,000 cars, and the United
 * States 29,000. The remaining 27,000 went to other markets." The first level of the paragraph is the
 * total when ", with", ", including" or a colon follows it, it is larger than every other and their
 * sum is within a quarter of it (else the
 * paragraph holds parts of a total named elsewhere, "will have 24 seats. The Greens took 19 seats");
 * a level the change came from ("from 43,000") is none of the parts.
 */
function openingTotal(doc: Prepared, earlier: Figure[], listed: Figure[], named: (f: Figure) => boolean): ArticleFinding | null {
  const [total, ...between] = earlier;
  // The total announces its parts: "161,000 cars, with sales in China ...", "161,000 cars, including",
  // "161,000 cars:". "29 seats, down from 36" is one party's share of a total named elsewhere.
  if (!/^[^.;,]{0,30}?(?:,\s*(?:with|including|of\s+which|of\s+whom)\b|:)/i.test(doc.text.slice(total.end, total.end + 60))) return null;
  const parts = [...between.filter((f) => !/\b(?:from|than)\s+$/i.test(doc.text.slice(Math.max(0, f.start - 12), f.start))), ...listed];
  if (!named(total) || parts.some((f) => f.value! >= total.value!)) return null;
  const sum = sumOf(parts);
  const whole = qualifiedInterval(total);
  if (!sum || !whole || Math.abs(sum.value - total.value!) > 0.25 * total.value! || fits(whole, sum, total)) return null;
  return restFinding(parts, total, sum.value);
}

/** Right before a whole a part is of: "41 of the 101 seats". */
const ofTheWhole = /^\s+of\s+(?:the|its|their)\s+$/i;
/** After a level, words that make it a difference, not a part: "ten short of a majority", "three more than". */
const differenceAfter = /^\s+(?:short|more|fewer|less|ahead|behind|clear)\b/i;

/**
 * Parts that run over paragraphs from a whole named with its first part: "won 41 of the 101 seats,
 * ten short of a majority ... came second with 29 seats, down from 36 ... The Greens took 13 seats,
 * and Nation 11 seats. Smaller parties shared the remaining 7 seats." The whole is the last level
 * after "of the" in the paragraph before the list's or in it; the parts are the level before it and
 * every level of the measure after it, save the ones a change came from ("down from 36") and
 * differences ("ten short"). Their sum must be within a tenth of it.
 */
function wholeBefore(doc: Prepared, like: (f: Figure) => boolean, paragraph: number, listStart: number, listed: Figure[], named: (f: Figure) => boolean): ArticleFinding | null {
  const previous = paragraphStart(doc.text, Math.max(0, paragraph - 2));
  const before = figuresWithin(doc, { start: previous, end: listStart }).filter(like);
  let k = before.length - 1;
  while (k > 0 && !(named(before[k]) && ofTheWhole.test(doc.text.slice(before[k - 1].end, before[k].start)))) k--;
  if (k < 1) return null;
  const total = before[k];
  const parts = [before[k - 1], ...before.slice(k + 1).filter((f) => !/\bfrom\s+$/i.test(doc.text.slice(Math.max(0, f.start - 8), f.start)) && !differenceAfter.test(doc.text.slice(f.end, f.end + 12))), ...listed];
  if (parts.some((f) => f.value! >= total.value!)) return null;
  const sum = sumOf(parts);
  const whole = qualifiedInterval(total);
  // Within a tenth: a part the finder missed ("PiS would take 172 seats and Confederation 68") leaves a
  // sum short of the whole by a whole part.
  if (!sum || !whole || Math.abs(sum.value - total.value!) > 0.1 * total.value! || fits(whole, sum, total)) return null;
  return restFinding(parts, total, sum.value);
}

/** The sum of the figures and the values it allows, each allowing its rounding and qualifier. */
function sumOf(figures: Figure[]): { value: number; lo: number; hi: number } | null {
  const intervals = figures.map(qualifiedInterval);
  if (intervals.some((i) => i === null)) return null;
  return { value: figures.reduce((s, f) => s + f.value!, 0), lo: intervals.reduce((s, i) => s + i!.lo, 0), hi: intervals.reduce((s, i) => s + i!.hi, 0) };
}

/**
 * Whether a sum of parts may be the whole. For counts only a sum above it disagrees: the finder
 * misses a bare count after a name ("and Nation 11 seats", "at Heathrow 120 flights"), which leaves
 * the sum short of a right whole.
 */
function fits(whole: { lo: number; hi: number }, sum: { lo: number; hi: number }, total: Figure): boolean {
  return whole.hi >= sum.lo - 1e-9 && (total.kind === 'count' || whole.lo <= sum.hi + 1e-9);
}

/** The finding on the rest (the last of `parts`) that does not complete them to `total`. */
function restFinding(parts: Figure[], total: Figure, sum: number): ArticleFinding {
  const rest = parts[parts.length - 1];
  return {
    kind: 'parts-sum',
    start: rest.start,
    end: rest.end,
    text: rest.text,
    message: `“${rest.text}” called the rest does not complete the parts before it to “${total.text}”: ${parts.map((f) => `“${f.text}”`).join(' + ')} = ${rest.kind === 'money' ? formatAmount(sum, rest.unit) : sum.toLocaleString('en-GB')}`,
    related: [...parts.slice(0, -1), total].map((f) => ({ start: f.start, end: f.end, text: f.text })),
  };
}

/** Where the paragraph holding `offset` starts: after the last blank line before it. */
function paragraphStart(text: string, offset: number): number {
  const blank = /\n[ \t]*\n/g;
  let start = 0;
  for (let m = blank.exec(text); m && m.index < offset; m = blank.exec(text)) start = m.index + m[0].length;
  return start;
}

export function restOfTotal(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (const rest of figures) {
    if (!isCountOrAmount(rest) || !restBefore.test(doc.text.slice(Math.max(0, rest.start - 40), rest.start))) continue;
    const at = sentenceIndexOf(doc, rest);
    if (at < 0) continue;
    const like = (f: Figure) => isCountOrAmount(f) && sameMeasure(f, rest);
    const sentence = doc.sentences[at];
    const paragraph = paragraphStart(doc.text, rest.start);
    // A sentence that opens with the rest closes the list of the sentence before, in the same paragraph.
    const opensSentence = /^\W*(?:\w+\s+){0,6}$/.test(doc.text.slice(sentence.start, rest.start).replace(restBefore, ''));
    const previous = at > 0 ? doc.sentences[at - 1] : undefined;
    const listStart = opensSentence && previous && previous.start >= paragraph ? previous.start : sentence.start;
    const parts = figuresWithin(doc, { start: listStart, end: rest.start }).filter(like);
    if (parts.length === 0) continue;
    // A count's total must count the same noun as a part ("214 payments"); a count with no noun of its
    // own ("The remaining 14 are marginal") would take any earlier count for its total.
    const nouns = new Set([...parts, rest].filter((f) => f.kind === 'count' && f.unit).map((f) => termKey(f.unit!)));
    const named = (f: Figure) => f.kind === 'money' || (f.unit !== undefined && f.unit !== null && nouns.has(termKey(f.unit)));
    // Levels of the same measure in the paragraph before the list may be parts too ("44 of the 150 seats
    // ... 24 seats. The Greens took 19 seats, ... the remaining 13 seats"): the list is then not whole.
    const earlier = figuresWithin(doc, { start: paragraph, end: listStart }).filter(like);
    if (earlier.length > 0) {
      const opened = openingTotal(doc, earlier, [...parts, rest], named) ?? wholeBefore(doc, like, paragraph, listStart, [...parts, rest], named);
      if (opened) out.push(opened);
      continue;
    }
    const largest = Math.max(rest.value!, ...parts.map((f) => f.value!));
    // A yearly total may share a year's parts out ("a budget of about €7.6bn a year ... Estonia will spend €1.6bn next year").
    const yearly = (f: Figure) => f.per === 'year' && isCountOrAmount({ ...f, per: undefined }) && sameMeasure(f, rest);
    const totals = figuresWithin(doc, { start: 0, end: paragraph }).filter((f) => (like(f) || yearly(f)) && named(f) && f.value! > largest);
    if (totals.length === 0) continue;
    const sum = sumOf([...parts, rest]);
    const wholes = totals.map(qualifiedInterval);
    if (!sum || wholes.some((w, i) => w === null || fits(w, sum, totals[i]))) continue;
    // The total named last before the list is the one the message names.
    out.push(restFinding([...parts, rest], totals[totals.length - 1], sum.value));
  }
  return out;
}

/**
 * Between the last part of a list and the total it makes: ", for a total of", ", a combined total
 * of", ", totalling", "; in all,", perhaps after the last part's own words ("£2m for schools, a total
 * of"). "bringing the total to" is a running total (runningTotals.ts).
 */
const totalOfList = /^[^,;.!?:()\d]{0,40}(?:,|;|—|–|\s-)\s*(?:(?:for|making|or|and)\s+)?(?:a\s+(?:combined\s+|grand\s+)?total\s+of|totall?ing|(?:in\s+all|in\s+total|altogether),?)\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than|over|under)\s+)?$/i;
/** Before a total that says so after it: ", 1,300 in all", " - 1,300 in total", "; 1,300 altogether". */
const totalBeforeInAll = /^[^,;.!?:()\d]{0,40}(?:,|;|—|–|\s-)\s*(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than|over|under)\s+)?$/i;
const inAllAfter = /^\s+(?:[a-z]+\s+)?(?:in\s+all|in\s+total|altogether)\b/i;
/** Between two parts of such a list: a few words of the part, then ", ", "; ", " and ", ", and ". */
const listJoint = /^[^.!?:()\d]{0,60}$/;
/** A share per member ("each", "apiece", "per head") makes the total a product, not a sum (eachTimesCount). */
const perMember = /\b(?:each|apiece|per|a\s+head|every)\b/i;

/**
 * "three divisions: shipping, with 600 staff; logistics, with 450; and a data arm with 150, for a
 * total of 1,200": a list of counts or amounts of one measure closed by its total. The parts are the
 * levels of the total's measure right before it in its sentence, joined by ", ", "; " or "and" (dates
 * passed over); since the first of them may be no part ("The firm, with 20 staff, hired 5 and 3, for
 * a total of 8"), the total is flagged only when no run of two parts or more ending with the last
 * fits it, each figure allowing its qualifier and its last written digit (a whole number under 1,000
 * written in full is exact). A digit in the list that is no part (the finder missed a count) leaves
 * it alone.
 */
export function listTotals(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 1; k < figures.length; k++) {
    const total = figures[k];
    if (!isCountOrAmount(total)) continue;
    const at = sentenceIndexOf(doc, total);
    if (at < 0) continue;
    const sentence = doc.sentences[at];
    const like = (f: Figure) => isCountOrAmount(f) && sameMeasure(f, total) && (f.kind !== 'count' || !f.unit || !total.unit || termKey(f.unit) === termKey(total.unit));
    const parts: Figure[] = [];
    let next = total;
    for (let j = k - 1; j >= 0 && figures[j].start >= sentence.start; j--) {
      const f = figures[j];
      if (f.kind === 'date') continue;
      const gap = doc.text.slice(f.end, next.start);
      const joined = next === total ? totalOfList.test(gap) || (totalBeforeInAll.test(gap) && inAllAfter.test(doc.text.slice(total.end, total.end + 30))) : listJoint.test(gap) && /[,;]|\band\b/i.test(gap);
      if (!like(f) || !joined) break;
      parts.unshift(f);
      next = f;
    }
    if (parts.length < 2 || perMember.test(doc.text.slice(sentence.start, sentence.end))) continue;
    // "£45 for adults and £20 for children, a total of £130 for a family of four": a total for a group of its own.
    if (/^\s+for\s+(?:a|an|one|each|every|the\s+whole)\b/i.test(doc.text.slice(total.end, total.end + 20))) continue;
    // "300 members, 120 of them women, and 45 new members": a part of a part is no part of the sum.
    if (/\b(?:of\s+(?:them|whom|which|these)|including|among\s+them)\b/i.test(doc.text.slice(parts[0].end, total.start))) continue;
    // "with 600 staff; logistics, with 450 and 30 contractors": every number in the list is a part.
    const listed = doc.text.slice(parts[0].start, total.start);
    const inParts = parts.reduce((n, f) => n + (doc.text.slice(f.start, f.end).match(/\d+/g)?.length ?? 0), 0);
    const dates = figures.filter((f) => f.kind === 'date' && f.start >= parts[0].start && f.end <= total.start).reduce((n, f) => n + (f.text.match(/\d+/g)?.length ?? 0), 0);
    if ((listed.replace(/(\d),(\d)/g, '$1$2').match(/\d+(?:\.\d+)?/g)?.length ?? 0) > inParts + dates) continue;
    const whole = qualifiedInterval(total);
    if (!whole) continue;
    let fitting = false;
    for (let first = 0; first + 2 <= parts.length && !fitting; first++) {
      const sum = sumOf(parts.slice(first));
      fitting = !sum || (sum.lo <= whole.hi + 1e-9 && sum.hi >= whole.lo - 1e-9);
    }
    if (fitting) continue;
    const sum = parts.reduce((n, f) => n + f.value!, 0);
    out.push({
      kind: 'parts-sum',
      start: total.start,
      end: total.end,
      text: total.text,
      message: `“${total.text}” is not the total of the parts listed before it: ${parts.map((f) => `“${f.text}”`).join(' + ')} = ${total.kind === 'money' ? formatAmount(sum, total.unit) : sum.toLocaleString('en-GB')}`,
      related: parts.map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
