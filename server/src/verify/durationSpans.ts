import { articleDate } from '../analysis/figures/dates.js';
import { months, smallNumbers } from '../analysis/figures/lexicon.js';
import type { Figure } from '../analysis/types.js';
import { sentenceIndexOf, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * A length of time given beside the years it spans: "took the money over six years between 2017
 * and 2023", "was mayor for four years, from 2011 to 2013". The two are written from different notes
 * and drift apart in editing.
 */

/** A range of years or months as the date finder resolves it: "2011/2013", "2025-01/2025-06". */
const resolvedRange = /^(\d{4})(?:-(\d{2}))?\/(\d{4})(?:-(\d{2}))?$/;
/** What may stand between the duration and its range: a preposition, a comma, "the". */
const joined = /^[\s,]*(?:(?:between|from|in|during|over|of)\s+)?(?:the\s+(?:years?\s+)?)?$/i;

/** The lengths, in the duration's unit, the range allows: counted between its ends or taking both in. */
function lengthsOf(range: RegExpExecArray, unit: string): [number, number] | null {
  const [y1, m1, y2, m2] = [Number(range[1]), range[2] ? Number(range[2]) : null, Number(range[3]), range[4] ? Number(range[4]) : null];
  if (unit === 'year' && m1 === null && m2 === null) return y2 > y1 ? [y2 - y1, y2 - y1 + 1] : null;
  if (unit === 'month' && m1 !== null && m2 !== null) {
    const months = (y2 - y1) * 12 + (m2 - m1);
    return months > 0 ? [months, months + 1] : null;
  }
  return null;
}

/**
 * A duration next to a range of years or months must be the range's length, counted between its
 * ends or taking both in ("four years, from 2011 to 2013" is 2 or 3); "about" allows one more either
 * way. Only a duration and a range side by side, joined by a preposition or a comma, are compared.
 */
export function durationSpans(doc: Prepared): ArticleFinding[] {
  // The article's date is read once for the two checks that count from it.
  const dateline = articleDate(doc.text, doc.analysis.figures);
  const out: ArticleFinding[] = [...monthSpans(doc), ...daySpans(doc), ...sinceSpans(doc, dateline), ...laterSpans(doc), ...nextSentenceSpans(doc), ...fromTodaySpans(doc, dateline)];
  const figures = doc.analysis.figures;
  for (let k = 0; k + 1 < figures.length; k++) {
    const [a, b] = [figures[k], figures[k + 1]];
    const duration = a.kind === 'duration' ? a : b.kind === 'duration' ? b : null;
    const dates = duration === a ? b : a;
    if (!duration || dates.kind !== 'date' || !isMeasuredLength(duration)) continue;
    // "over six years between 2017 and 2023", "the 12 years from 2010 to 2022", "2011 to 2013, four years".
    const gap = doc.text.slice(a.end, b.start);
    if (!joined.test(gap) && !(dates === a && /^\s*,\s*(?:or\s+|some\s+)?$/.test(gap))) continue;
    // "three years ago", "every two years": a time before, or how often, not the range's length.
    if (/\b(?:ago|later|earlier|before|after)$/i.test(duration.text) || /\bevery\s+$/i.test(doc.text.slice(Math.max(0, duration.start - 8), duration.start))) continue;
    const range = dates.resolved ? resolvedRange.exec(dates.resolved) : null;
    const lengths = range ? lengthsOf(range, duration.unit!) : null;
    const finding = lengths && spanFinding(duration, lengths, dates.text, [dates]);
    if (finding) out.push(finding);
  }
  return out;
}

/** A duration written as a length ("six years", "about eight months"): no age, range or bound. */
function isMeasuredLength(f: Figure): boolean {
  return f.kind === 'duration' && !f.age && f.value !== null && f.low === undefined && !!f.unit && (f.approx === 'exact' || f.approx === 'about');
}

/** The finding for a length outside the `lengths` its span allows ("about" one more either way), or null. */
function spanFinding(duration: Figure, lengths: [number, number], spanText: string, related: Figure[]): ArticleFinding | null {
  const slack = duration.approx === 'about' ? 1 : 0;
  if (duration.value! >= lengths[0] - slack && duration.value! <= lengths[1] + slack) return null;
  return {
    kind: 'duration-span',
    start: duration.start,
    end: duration.end,
    text: duration.text,
    message: `“${duration.text}” does not match “${spanText}”: that is ${lengths[0]} or ${lengths[1]} ${duration.unit}s`,
    related: related.map((f) => ({ start: f.start, end: f.end, text: f.text })),
  };
}

/** The month a date figure names (its resolution, else its first month word), with its year when resolved. */
function monthOf(f: Figure): { month: number; year: number | null } | null {
  const resolved = f.resolved ? /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(f.resolved) : null;
  if (resolved) return { month: Number(resolved[2]), year: Number(resolved[1]) };
  if (f.unit !== 'month') return null;
  const month = (f.text.toLowerCase().match(/[a-z]+/g) ?? []).map((w) => months.get(w)).find((m) => m !== undefined);
  return month !== undefined ? { month, year: null } : null;
}

/**
 * "fell for three months from January to June 2025", "eight months between March and November":
 * a duration in months before two months joined by "to" or "and". The first month's year, when the
 * text gives none, is the second's, or the year before when its month comes later.
 */
function monthSpans(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 0; k + 2 < figures.length; k++) {
    const [duration, first, last] = [figures[k], figures[k + 1], figures[k + 2]];
    if (!isMeasuredLength(duration) || duration.unit !== 'month' || first.kind !== 'date' || last.kind !== 'date') continue;
    if (!/^[\s,]*(?:from|between)\s+$/i.test(doc.text.slice(duration.end, first.start)) || !/^\s+(?:to|and|until|through)\s+$/i.test(doc.text.slice(first.end, last.start))) continue;
    const a = monthOf(first);
    const b = monthOf(last);
    if (!a || !b) continue;
    const years = a.year !== null && b.year !== null ? b.year - a.year : b.month >= a.month ? 0 : 1;
    const span = years * 12 + b.month - a.month;
    if (span <= 0) continue;
    const finding = spanFinding(duration, [span, span + 1], doc.text.slice(first.start, last.end), [first, last]);
    if (finding) out.push(finding);
  }
  return out;
}

/** Between a length and the year it runs from: "for 12 years, since 2016", "in the 10 years since 2016". */
const lengthThenSince = /^\s*,?\s*since\s+(?:(?:early|mid|late|the\s+start\s+of|the\s+end\s+of)[\s-]+)?$/i;
/** Between "since 2016" and the length after it: "since 2016, for 12 years". */
const sinceThenLength = /^\s*,\s*(?:or\s+)?(?:for\s+)?(?:some\s+)?$/i;

/**
 * "has led the company for 12 years, since 2016" in an article dated 2026 (10 years): a length up to
 * now beside the year it runs from, against the article's date (front matter or dateline). A year
 * alone allows the whole years either side of its unknown month ("since 2016" in March 2026 is 9 or
 * 10 years); a month or a day pins it. "had" before the length puts its end in the past: left alone.
 */
function sinceSpans(doc: Prepared, dateline: Date | null): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  if (!dateline) return out;
  for (let k = 0; k + 1 < figures.length; k++) {
    const [a, b] = [figures[k], figures[k + 1]];
    const duration = a.kind === 'duration' ? a : b.kind === 'duration' ? b : null;
    const since = duration === a ? b : a;
    if (!duration || since.kind !== 'date' || !since.resolved || !isMeasuredLength(duration) || (duration.unit !== 'year' && duration.unit !== 'month')) continue;
    const gap = doc.text.slice(a.end, b.start);
    const sinceFirst = since === a && /\bsince\s+(?:(?:early|mid|late)[\s-]+)?$/i.test(doc.text.slice(Math.max(0, a.start - 20), a.start)) && sinceThenLength.test(gap);
    if (!sinceFirst && !(duration === a && lengthThenSince.test(gap))) continue;
    if (/\b(?:had|was|were)\s+(?:\w+\s+){0,3}$/i.test(doc.text.slice(Math.max(0, duration.start - 40), duration.start).replace(/\bfor\s+$/i, ''))) continue;
    const start = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(since.resolved);
    if (!start) continue;
    const year = Number(start[1]);
    // The earliest and latest start the date allows, in months since year 0.
    const first = year * 12 + (start[2] ? Number(start[2]) - 1 : 0);
    const last = year * 12 + (start[2] ? Number(start[2]) - 1 : 11);
    const now = dateline.getUTCFullYear() * 12 + dateline.getUTCMonth();
    if (now < last) continue;
    const per = duration.unit === 'year' ? 12 : 1;
    // Whole lengths, counted down from the latest start, or rounded from the earliest.
    const lengths: [number, number] = [Math.floor((now - last) / per), Math.round((now - first) / per)];
    const finding = spanFinding(duration, lengths, `since ${since.text}`, [since]);
    if (finding) out.push({ ...finding, message: `${finding.message} to the article's date (${dateline.toISOString().slice(0, 10)})` });
  }
  return out;
}

/** A year and perhaps a month a date figure names, the year taken from `after` (a date before it) when the text gives none. */
function yearMonthOf(f: Figure, after?: { year: number; month: number | null }): { year: number; month: number | null } | null {
  const month = monthOf(f);
  if (month?.year != null) return { year: month.year, month: month.month };
  if (f.unit === 'year' && f.resolved && /^\d{4}$/.test(f.resolved)) return { year: Number(f.resolved), month: null };
  // "arrested in March 2023 ... dismissed in June": the month after the earlier date, in its year or the next.
  if (month && after) return { year: after.month !== null && month.month < after.month ? after.year + 1 : after.year, month: month.month };
  return null;
}

/**
 * "arrested in March 2023 ... and dismissed in June, five months later": a time later written
 * after the date it reached must be the gap from an earlier date in its sentence or the sentence
 * before. The earlier date is not always the nearest ("joined in 1990 ... wounded in 2003 and
 * retired in 2005, 15 years later"), so the length is flagged only when no earlier date there fits.
 * Dates without days allow a month either way, years without months a year either way.
 */
function laterSpans(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 1; k < figures.length; k++) {
    const duration = figures[k];
    if (!isMeasuredLength(duration) || (duration.unit !== 'year' && duration.unit !== 'month') || !/\blater$/i.test(duration.text)) continue;
    if (/^\s+than\b/i.test(doc.text.slice(duration.end, duration.end + 8))) continue;
    const reached = figures[k - 1];
    if (reached.kind !== 'date' || !/^\s*,\s*$/.test(doc.text.slice(reached.end, duration.start))) continue;
    const at = sentenceIndexOf(doc, reached);
    if (at < 0) continue;
    const from = doc.sentences[Math.max(0, at - 1)].start;
    const earlier = figures.slice(0, k - 1).filter((f) => f.kind === 'date' && f.start >= from);
    const slack = duration.approx === 'about' ? 1 : 0;
    let nearest: { text: string; gap: number; figure: Figure } | null = null;
    let fits = false;
    for (const e of earlier) {
      const start = yearMonthOf(e);
      const end = start && yearMonthOf(reached, start);
      if (!start || !end) continue;
      let lo: number;
      let hi: number;
      let gap: number;
      if (duration.unit === 'month') {
        if (start.month === null || end.month === null) continue;
        gap = (end.year - start.year) * 12 + end.month - start.month;
        [lo, hi] = [gap - 1, gap + 1];
      } else if (start.month !== null && end.month !== null) {
        const months = (end.year - start.year) * 12 + end.month - start.month;
        gap = Math.round(months / 12);
        [lo, hi] = [Math.floor((months - 1) / 12), Math.ceil((months + 1) / 12)];
      } else {
        gap = end.year - start.year;
        [lo, hi] = [gap - 1, gap + 1];
      }
      if (gap <= 0) continue;
      if (duration.value! >= lo - slack && duration.value! <= hi + slack) fits = true;
      nearest = { text: e.text, gap, figure: e };
    }
    if (fits || !nearest) continue;
    out.push({
      kind: 'duration-span',
      start: duration.start,
      end: duration.end,
      text: duration.text,
      message: `“${duration.text}” does not match “${nearest.text}” and “${reached.text}”: that is about ${nearest.gap} ${duration.unit}${nearest.gap === 1 ? '' : 's'}`,
      related: [nearest.figure, reached].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}

/** Right before a length of time an activity was spread over: "stole £2.1m ... over nine years". */
const spreadOver = /\b(?:over|across)\s+(?:(?:the|a|some|about|almost|nearly|more\s+than)\s+)?(?:(?:past|last|following|next)\s+)?$/i;
/** Right before the range of years that details it: "between 2014 and 2023", "from 2014 to 2023". */
const rangeBefore = /\b(?:between|from)\s+$/i;
/** The same words inside the range's own text: "between 2014 and 2023". */
const rangeStart = /^(?:between|from)\s/i;

/**
 * "A clerk who stole £2.1m from a council over nine years ... He took money from 214 payments
 * between 2014 and 2023": a length an activity was spread over, closing its sentence's clause, and
 * the one range of years the next sentence gives (the lead's length, the next paragraph's years).
 * Only when the range is the only date or length of the next sentence (an age aside), with no
 * year or other spread length between: "has been jailed for seven years" after it is another length.
 */
function nextSentenceSpans(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (let k = 0; k < figures.length; k++) {
    const duration = figures[k];
    if (!isMeasuredLength(duration) || duration.unit !== 'year' || !spreadOver.test(doc.text.slice(Math.max(0, duration.start - 30), duration.start))) continue;
    const at = sentenceIndexOf(doc, duration);
    if (at < 0 || at + 1 >= doc.sentences.length) continue;
    const next = doc.sentences[at + 1];
    const spread = (f: Figure) => f.kind === 'duration' && spreadOver.test(doc.text.slice(Math.max(0, f.start - 30), f.start));
    // A year written between would be the span's own ("over nine years to 2023"); "on Friday" is not.
    if (figures.slice(k + 1).some((f) => f.start < next.start && ((f.kind === 'date' && /\d{4}/.test(f.text)) || spread(f)))) continue;
    const inNext = figures.filter((f) => f.start >= next.start && f.end <= next.end && (f.kind === 'date' || (f.kind === 'duration' && !f.age)));
    if (inNext.length !== 1 || !inNext[0].resolved || !(rangeStart.test(inNext[0].text) || rangeBefore.test(doc.text.slice(Math.max(0, inNext[0].start - 10), inNext[0].start)))) continue;
    const range = resolvedRange.exec(inNext[0].resolved);
    const lengths = range ? lengthsOf(range, 'year') : null;
    const finding = lengths && spanFinding(duration, lengths, inNext[0].text, [inNext[0]]);
    if (finding) out.push(finding);
  }
  return out;
}

/**
 * After a full date, its distance ahead of the article's date: ", a week from today", ", three days
 * from now", ", a fortnight away". A time ago is a date the finder resolves, which relativeTimes checks.
 */
const fromToday = /^\s*,\s*(?:just\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(days?|weeks?|fortnights?)\s+(from\s+(?:today|now)|away)\b/i;

/**
 * "She will deliver her budget on 26 November, a week from today" in an article dated 19 November:
 * a full date with its distance in days or weeks from the article's date (front matter or dateline)
 * must be that far from it. Weeks allow a day either way ("a week away" for six or eight days).
 */
function fromTodaySpans(doc: Prepared, dateline: Date | null): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  if (!dateline) return out;
  for (const date of figures) {
    if (date.kind !== 'date' || !date.resolved || !/^\d{4}-\d{2}-\d{2}$/.test(date.resolved)) continue;
    const m = fromToday.exec(doc.text.slice(date.end, date.end + 40));
    if (!m) continue;
    const count = /^\d/.test(m[1]) ? Number(m[1]) : m[1].toLowerCase().startsWith('a') ? 1 : smallNumbers.get(m[1].toLowerCase());
    if (count === undefined) continue;
    const unit = m[2].toLowerCase().replace(/s$/, '');
    const days = count * (unit === 'day' ? 1 : unit === 'week' ? 7 : 14);
    const actual = Math.round((Date.parse(`${date.resolved}T00:00:00Z`) - Date.UTC(dateline.getUTCFullYear(), dateline.getUTCMonth(), dateline.getUTCDate())) / 86_400_000);
    const slack = unit === 'day' ? 0 : 1;
    if (Math.abs(actual - days) <= slack) continue;
    const start = date.end + m.index + m[0].indexOf(m[1]);
    const end = date.end + m.index + m[0].length;
    out.push({
      kind: 'relative-time',
      start,
      end,
      text: doc.text.slice(start, end),
      message: `“${doc.text.slice(start, end)}” does not match “${date.text}”, which is ${Math.abs(actual)} day${Math.abs(actual) === 1 ? '' : 's'} ${actual >= 0 ? 'after' : 'before'} the article's date (${dateline.toISOString().slice(0, 10)})`,
      related: [{ start: date.start, end: date.end, text: date.text }],
    });
  }
  return out;
}

/** A day of a month as written: "3 March", "March 3", "3rd March", "on 21 March". */
function dayOf(f: Figure): { day: number; month: number; year: number | null } | null {
  const resolved = f.resolved ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(f.resolved) : null;
  if (resolved) return { year: Number(resolved[1]), month: Number(resolved[2]), day: Number(resolved[3]) };
  if (f.kind !== 'date' || f.unit !== 'day') return null;
  const m = /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)|([A-Za-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?)$/.exec(f.text);
  const month = m ? months.get((m[2] ?? m[3]).toLowerCase()) : undefined;
  const day = m ? Number(m[1] ?? m[4]) : NaN;
  return month !== undefined && day >= 1 && day <= 31 ? { day, month, year: null } : null;
}

/** Days from one day of a month to another, for each year the text allows (February of a leap year or not). */
function daysBetween(a: { day: number; month: number; year: number | null }, b: { day: number; month: number; year: number | null }): number[] {
  const years = a.year !== null && b.year !== null ? [[a.year, b.year]] : [2026, 2028].map((y) => (b.month >= a.month ? [y, y] : [y - 1, y]));
  return [...new Set(years.map(([ya, yb]) => Math.round((Date.UTC(yb, b.month - 1, b.day) - Date.UTC(ya, a.month - 1, a.day)) / 86_400_000)))];
}

/** Before a length of days that is the span: "lasted", "ran for", "for", "over", or the adjective "19-day". */
const spanLengthBefore = /\b(?:lasted|lasting|lasts|ran\s+for|running\s+for|went\s+on\s+for|continued\s+for|for|over|spanned)\s+(?:(?:about|some|nearly|almost|just\s+over|just\s+under)\s+)?$/i;
/** Before the first day: "began on", "started", "from", "opened on". */
const startBefore = /\b(?:began|begun|begins|started|starts|starting|from|opened|beginning|broke\s+out|walked\s+out)\s+(?:on\s+)?(?:the\s+)?$/i;
/** Before the last day: "ended on", "to", "until", "finished". */
const endBefore = /\b(?:ended|ends|ending|finished|closed|to|until|till|through|and\s+(?:ended|finished|was\s+called\s+off)(?:\s+on)?)\s+(?:on\s+)?(?:the\s+)?$/i;

/**
 * "The strike, which began on 3 March, lasted 19 days and ended on 21 March": a length in days in a
 * sentence with the day a thing began and the day it ended (after "began", "from" and "ended",
 * "to", "until") must be the days between them, or one more, counting both ("from 3 to 21 March" read
 * as one range too). A month without a year allows February of a leap year. Only a length after
 * "lasted", "for" or "over", or a "19-day" before the noun, and a sentence with exactly those two
 * days, are read.
 */
function daySpans(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (const duration of figures) {
    if (!isMeasuredLength(duration) || duration.unit !== 'day') continue;
    const hyphened = /^\d+-day$/i.test(duration.text) || /^[a-z]+-day$/i.test(duration.text);
    const lengthBefore = spanLengthBefore.exec(doc.text.slice(Math.max(0, duration.start - 25), duration.start));
    // "walked out on 3 March and returned on 21 March, 18 days later": the days between, not counting both.
    const later = /\blater$/i.test(duration.text);
    if (!hyphened && !lengthBefore && !later) continue;
    // "for 19 days, from 3 to 21 March": "for" and "over" only with the days right after (not "drew visitors for 10 days").
    if (lengthBefore && /\b(?:for|over)\s/i.test(lengthBefore[0]) && !/\b(?:ran|running|went\s+on|continued)\s/i.test(lengthBefore[0]) && !/^\s*,?\s*(?:from|between)\s/i.test(doc.text.slice(duration.end, duration.end + 12))) continue;
    if (/\b(?:ago|earlier|before|after)$/i.test(duration.text) || (!later && /\blater$/i.test(duration.text)) || /^\s+(?:later|earlier|before|after|ago|early|late|in\s+advance|behind)\b/i.test(doc.text.slice(duration.end, duration.end + 15))) continue;
    const at = sentenceIndexOf(doc, duration);
    if (at < 0) continue;
    const inSentence = (f: Figure) => f.start >= doc.sentences[at].start && f.end <= doc.sentences[at].end;
    // "lasted 19 days ...; a second strike lasted 4 days": with two lengths of days, which spans the dates is unclear.
    if (figures.some((f) => f !== duration && inSentence(f) && isMeasuredLength(f) && f.unit === 'day')) continue;
    const dates = figures.filter((f) => f.kind === 'date' && inSentence(f));
    let first: ReturnType<typeof dayOf> = null;
    let last: ReturnType<typeof dayOf> = null;
    if (dates.length === 1) {
      // "from 3 to 21 March": one range of days in one month.
      const range = /^(?:from\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|until|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)$/i.exec(dates[0].text);
      const month = range ? months.get(range[3].toLowerCase()) : undefined;
      if (!range || month === undefined) continue;
      first = { day: Number(range[1]), month, year: null };
      last = { day: Number(range[2]), month, year: null };
    } else if (dates.length === 2) {
      const [a, b] = dates;
      if (later && (b.end > duration.start || !/^\s*,\s*$/.test(doc.text.slice(b.end, duration.start)))) continue;
      if (!startBefore.test(doc.text.slice(Math.max(0, a.start - 30), a.start)) || (!later && !endBefore.test(doc.text.slice(Math.max(0, b.start - 30), b.start)))) continue;
      first = dayOf(a);
      last = dayOf(b);
    }
    if (!first || !last || (later && dates.length !== 2)) continue;
    const spans = daysBetween(first, last);
    if (spans.some((d) => d <= 0 || d > 366)) continue;
    const slack = duration.approx === 'about' ? 1 : 0;
    const inclusive = later ? 0 : 1;
    if (spans.some((d) => duration.value! >= d - slack && duration.value! <= d + inclusive + slack)) continue;
    const lengths = [...new Set(spans.flatMap((d) => (later ? [d] : [d, d + 1])))].sort((x, y) => x - y);
    const spanText = dates.length === 1 ? dates[0].text : `${dates[0].text}” to “${dates[1].text}`;
    out.push({
      kind: 'duration-span',
      start: duration.start,
      end: duration.end,
      text: duration.text,
      message: `“${duration.text}” does not match “${spanText}”: that is ${lengths.length > 1 ? `${lengths.slice(0, -1).join(', ')} or ` : ''}${lengths.at(-1)} days`,
      related: dates.map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}
