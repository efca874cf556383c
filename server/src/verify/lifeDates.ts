import { articleDate } from '../analysis/figures/dates.js';
import type { Figure } from '../analysis/types.js';
import { smallNumbers } from '../analysis/figures/lexicon.js';
import { figuresWithin, lineOf, sentenceOf, type Prepared } from './match.js';
import type { ArticleFinding } from './types.js';

/**
 * An obituary's arithmetic: the age a person died at against the birth date the article gives and
 * the date of the death, and the ages the headline and the lead give for that death. Corrections
 * pages are full of "died aged 87" for a man born 88 years earlier; the article holds every number
 * needed to catch it.
 */

/** The words before an age that make it the age someone died at: "died aged", "dies at", "death, aged". */
const deathBefore = /\b(?:died|dies|dying|death|dead)\b[^.!?;]{0,60}?(?:\baged|\bat(?:\s+the\s+age\s+of)?|\bage\s+of|,)\s*$/i;
/** Words for a relative or a spouse, who has a death and ages of their own. */
const relatives = 'wife|husband|son|daughter|mother|father|brother|sister|partner|widow|widower|grandson|granddaughter|grandfather|grandmother|child|twin';
/** A relative named before "died": someone else's death in the subject's obituary. */
const relativeBefore = new RegExp(`\\b(?:${relatives})\\b[^.!?;]{0,50}\\b(?:died|dies|death)\\b`, 'i');
/** A sentence that gives the subject's birth: opening with "Born", or "he/she was born". */
const bornBefore = /(?:^\s*(?:[A-Z][\w'’-]*\s+)?Born\b|\b(?:he|she)\s+was\s+born\b)[^.!?;]{0,80}$/;

/** A date figure's resolution as year, month and day (month and day may be unknown). */
function partsOf(resolved: string | undefined): { y: number; m?: number; d?: number } | null {
  const match = resolved ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(resolved) : null;
  if (!match) return null;
  return { y: Number(match[1]), m: match[2] ? Number(match[2]) : undefined, d: match[3] ? Number(match[3]) : undefined };
}

/** The ages someone born at `birth` may be at `death`, given what each date leaves open. */
function agesAt(birth: DateParts, death: DateParts): Set<number> {
  const years = death.y - birth.y;
  if (birth.m === undefined || death.m === undefined) return new Set([years - 1, years]);
  const birthday = birth.m * 100 + (birth.d ?? 1);
  const day = death.m * 100 + (death.d ?? 31);
  const earliest = death.m * 100 + 1;
  const ages = new Set<number>();
  // A date without its day may lie on either side of the birthday.
  if (birth.d === undefined || death.d === undefined) {
    if (earliest < birthday || (birth.d === undefined && birth.m === death.m)) ages.add(years - 1);
    if (day >= birthday || (birth.d === undefined && birth.m === death.m)) ages.add(years);
    return ages;
  }
  ages.add(day >= birthday ? years : years - 1);
  return ages;
}

/** How many days before the article's date a death it reports may have happened. */
const reportedWithin = 14;

/**
 * The subject's death is the first age the article gives after "died", "dies at" or "death, aged";
 * a later one is the same death unless its sentence dates it elsewhere ("her husband died in 2015
 * aged 79"). With a birth date (a sentence opening "Born", or "she was born"), each age is checked
 * against it at the date of the death (its sentence's date, else the article's, allowing a death
 * reported up to two weeks late); without one, the later ages are checked against the first.
 */
export function lifeDates(doc: Prepared): ArticleFinding[] {
  const figures = doc.analysis.figures;
  const articleDay = articleDate(doc.text, figures);
  const deaths: Array<{ age: Figure; on: Figure | null; other: boolean }> = [];
  let birth: Figure | null = null;
  for (const f of figures) {
    // Only a date (a birth) and an age (at death) are read; their sentence is looked up for those alone.
    const isBirth = !birth && f.kind === 'date' && partsOf(f.resolved) !== null;
    const isAge = f.age === true && f.value !== null && f.low === undefined;
    if (!isBirth && !isAge) continue;
    const s = sentenceOf(doc, f);
    if (isBirth && bornBefore.test(doc.text.slice(s.start, f.start))) birth = f;
    const before = doc.text.slice(Math.max(s.start, f.start - 90), f.start);
    if (!isAge || !deathBefore.test(before)) continue;
    // The date of the death, when its sentence names one ("died on Monday aged 88", "died in 2015 aged 79").
    const on = figures.find((g) => g.kind === 'date' && g.start >= s.start && g.end <= s.end && partsOf(g.resolved) && g !== birth && !isDateline(doc.text, g)) ?? null;
    // "just 12 days after his wife Ilze died aged 89": a relative's death, not the subject's.
    const other = deaths.length > 0 && relativeBefore.test(before);
    deaths.push({ age: f, on, other });
  }
  const besideBirth = [...agesBesideBirth(doc), ...agesAgo(doc), ...anniversaries(doc)];
  if (deaths.length === 0) return [...(articleDay ? livingAges(doc, articleDay) : []), ...besideBirth];
  // The subject's death is the first one the article reports; another with a date of its own
  // ("her husband ... died in 2015 aged 79") is someone else's.
  const first = deaths[0];
  const dayOf = (d: { on: Figure | null }) => d.on?.resolved ?? null;
  // Without a date of its own, the first death is the article's news: it happened about the article's date.
  const firstDay = dayOf(first) ?? (articleDay ? articleDay.toISOString().slice(0, 10) : null);
  const subject = deaths.filter((d) => d === first || (!d.other && (dayOf(d) === null || (firstDay !== null && sameDeath(dayOf(d)!, firstDay)))));
  const born = birth ? partsOf(birth.resolved) : null;
  const deathDay = partsOf(dayOf(first) ?? undefined) ?? (articleDay ? { y: articleDay.getUTCFullYear(), m: articleDay.getUTCMonth() + 1, d: articleDay.getUTCDate() } : null);
  // With a birth date, each age is checked against it, which tells the wrong one from the right one;
  // without, the ages of the one death are checked against the first.
  if (birth && born && deathDay) {
    const found = [...againstBirth(subject, first, birth, born, deathDay, articleDay, doc.text), ...agesInLife(doc, deaths.map((d) => d.age), birth, born)];
    return [...found, ...besideBirth.filter((b) => !found.some((f) => f.start === b.start) && !deaths.some((d) => d.age.start === b.start))];
  }
  const out: ArticleFinding[] = besideBirth.filter((b) => !deaths.some((d) => d.age.start === b.start));
  for (const d of subject.slice(1)) {
    if (d.age.value === first.age.value) continue;
    out.push({
      kind: 'inconsistent-ages',
      start: d.age.start,
      end: d.age.end,
      text: d.age.text,
      message: `“${d.age.text}” is not the age “${first.age.text}” gives for the same death (line ${lineOf(doc.text, first.age.start)})`,
      related: [{ start: first.age.start, end: first.age.end, text: first.age.text }],
    });
  }
  return out;
}

type DateParts = { y: number; m?: number; d?: number };

/** Each age of the subject's death against the birth date and the day of the death. */
function againstBirth(subject: Array<{ age: Figure; on: Figure | null }>, first: { on: Figure | null }, birth: Figure, born: DateParts, deathDay: DateParts, articleDay: Date | null, text: string): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const allowed = agesAt(born, deathDay);
  if (!first.on && articleDay) {
    // "has died aged 88" in an article dated the 19th: the death may have been days before.
    const earlier = new Date(articleDay.getTime() - reportedWithin * 86_400_000);
    for (const age of agesAt(born, { y: earlier.getUTCFullYear(), m: earlier.getUTCMonth() + 1, d: earlier.getUTCDate() })) allowed.add(age);
  }
  for (const d of subject) {
    if (allowed.has(d.age.value!)) continue;
    const ages = [...allowed].sort((a, b) => a - b);
    out.push({
      kind: 'inconsistent-ages',
      start: d.age.start,
      end: d.age.end,
      text: d.age.text,
      message: `“${d.age.text}” does not match the birth date “${birth.text}” (line ${lineOf(text, birth.start)}): born then, the person was ${ages.join(' or ')} at ${first.on ? `“${first.on.text}”` : 'the article\'s date'}`,
      related: [{ start: birth.start, end: birth.end, text: birth.text }],
    });
  }
  return out;
}

/** Right before an age in the subject's life: "at the age of 38", "aged 38". */
const lifeAgeBefore = /\b(?:at\s+the\s+age\s+of|aged)\s*$/i;
/** A name and a comma right before "aged": "Arne Lie, aged 30" is that person's age. */
const namedBeforeAge = /\p{Lu}[\p{L}'’-]+,\s*(?:aged\s*)?$/u;
/** Words of another person in the sentence: a relative or a spouse has ages of their own. */
const otherPerson = new RegExp(`\\b(?:${relatives}|children|married)\\b`, 'i');

/**
 * An age at a dated event in the subject's life, in an obituary with a birth date: "published her
 * first novel at the age of 38 in 1973" must be 37 or 38 for someone born in 1935. Only "at the age
 * of" and "aged" with one year in the sentence, and no other person's words in it, are read.
 */
function agesInLife(doc: Prepared, deathAges: Figure[], birth: Figure, born: DateParts): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (const f of figures) {
    if (f.age !== true || f.value === null || f.low !== undefined || deathAges.includes(f) || f.start < birth.end) continue;
    const s = sentenceOf(doc, f);
    const before = doc.text.slice(Math.max(s.start, f.start - 40), f.start);
    if (!lifeAgeBefore.test(before) || namedBeforeAge.test(before) || otherPerson.test(doc.text.slice(s.start, s.end))) continue;
    const years = figures.filter((g) => g.kind === 'date' && g.start >= s.start && g.end <= s.end && /^\d{4}$/.test(g.resolved ?? ''));
    if (years.length !== 1 || years[0] === birth) continue;
    const year = Number(years[0].resolved);
    const allowed = agesAt(born, { y: year });
    if (allowed.has(f.value)) continue;
    out.push(ageAgainstBirth(f, birth, `(line ${lineOf(doc.text, birth.start)}): born then, the person was ${agesText(allowed)} in ${years[0].text}`, [years[0]]));
  }
  return out;
}

/** Whether two deaths' dates may be one death: days within `reportedWithin` of each other, or one within the other. */
function sameDeath(a: string, b: string): boolean {
  if (a === b) return true;
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (day.test(a) && day.test(b)) return Math.abs(Date.parse(a) - Date.parse(b)) <= reportedWithin * 86_400_000;
  // A year or a month against a day: the same death when one holds the other.
  return a.startsWith(b) || b.startsWith(a);
}

/** A dateline's date ("OSLO, Jan. 19, 2027 —"): the day the article was filed, not a death's. */
function isDateline(text: string, f: Figure): boolean {
  return /^[A-Z][A-Z.'’ -]*,\s*$/.test(text.slice(text.lastIndexOf('\n', f.start - 1) + 1, f.start));
}


/** A date that is the article's own time ("this year", "today"), not another year of the person's life. */
const relativeYear = /\b(?:this|today|now)\b/i;
/** Right before a birth date: "was born on", "born in", "(born". */
const bornRightBefore = /\bborn\s+(?:on\s+|in\s+)?$/i;
/** Right before an age that is now: "is now", "is", "aged". */
const nowAgeBefore = /\b(?:is\s+now|is|now|aged)\s+$/i;
/** A name (perhaps closing a bracket) and a comma right before an age: "John Smith, 66,", "(born 1961), 66,". */
const appositiveAgeBefore = /(?:\p{Lu}[\p{L}'’-]+|\))\s*,\s*$/u;
const deathWords = /\b(?:died|dies|dead|death|killed)\b/i;

/**
 * A living person's age beside the birth date in the same sentence, against the article's date:
 * "John Smith, 66, was born on 4 May 1961" in an article dated 12 March 2026 (64). Only a sentence
 * with no death and no other person in it ("his wife", "children") is read.
 */
function livingAges(doc: Prepared, articleDay: Date): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  const today: DateParts = { y: articleDay.getUTCFullYear(), m: articleDay.getUTCMonth() + 1, d: articleDay.getUTCDate() };
  for (const birth of figures) {
    const born = birth.kind === 'date' ? partsOf(birth.resolved) : null;
    if (!born || !bornRightBefore.test(doc.text.slice(Math.max(0, birth.start - 12), birth.start)) || born.y >= today.y) continue;
    const s = sentenceOf(doc, birth);
    const sentence = doc.text.slice(s.start, s.end);
    if (deathWords.test(sentence) || otherPerson.test(sentence)) continue;
    // "who was born in 1961, was elected in 2010 at the age of 49": with another year in the sentence
    // an age may be at that year, not now (agesBesideBirth reads it).
    if (figures.some((g) => g !== birth && g.kind === 'date' && g.start >= s.start && g.end <= s.end && /^\d{4}/.test(g.resolved ?? '') && !relativeYear.test(g.text))) continue;
    for (const f of figures) {
      if (f.start < s.start || f.end > s.end || f === birth || f.value === null || f.low !== undefined || !Number.isInteger(f.value) || f.value < 1 || f.value > 120) continue;
      const before = doc.text.slice(Math.max(s.start, f.start - 40), f.start);
      const isAge = f.age === true || (f.kind === 'duration' && f.unit === 'year' && appositiveAgeBefore.test(before) && /^\s*,/.test(doc.text.slice(f.end, f.end + 3))) ||
        (f.kind === 'count' && f.unit === null && (nowAgeBefore.test(before) || (appositiveAgeBefore.test(before) && /^\s*,/.test(doc.text.slice(f.end, f.end + 3)))));
      if (!isAge) continue;
      const allowed = agesAt(born, today);
      if (allowed.has(f.value)) continue;
      out.push(ageAgainstBirth(f, birth, `beside it: born then, the person is ${agesText(allowed)} at the article's date (${articleDay.toISOString().slice(0, 10)})`, []));
    }
  }
  return out;
}

/** The ages a birth allows, for a message: "37 or 38". */
function agesText(allowed: Set<number>): string {
  return [...allowed].sort((a, b) => a - b).join(' or ');
}

/** The finding for an age that does not match a birth date; `why` follows the birth date in the message. */
function ageAgainstBirth(age: Figure, birth: Figure, why: string, others: Figure[]): ArticleFinding {
  return {
    kind: 'inconsistent-ages',
    start: age.start,
    end: age.end,
    text: age.text,
    message: `“${age.text}” does not match the birth date “${birth.text}” ${why}`,
    related: [birth, ...others].map((f) => ({ start: f.start, end: f.end, text: f.text })),
  };
}

/** Between the year of an event and the age at it: "elected in 2010 at the age of 49", "in 2010, aged 49". */
const yearThenAge = /^\s*,?\s*(?:at\s+the\s+age\s+of|aged)\s*$/i;
/** Between an age and the year of the event: "aged 49, in 2010", "at the age of 49 in 2010". */
const ageThenYear = /^\s*,?\s*in\s+$/i;
/** A sentence that goes on about the person born: it opens with "He" or "She". */
const pronounOpening = /^\W*(?:He|She)\b/;

/**
 * "Tom Reed, who was born in 1961, was elected in 2010 at the age of 49": an age at an event dated by
 * the year right beside it ("in 2010 at the age of", "aged 49, in 2010"), in the sentence that gives
 * a birth date ("born in", "born on") or the next one when it opens with "He" or "She", must be the
 * years between the two (or one fewer, the birthday not yet reached). A sentence with a relative or
 * a spouse in it, or an age after another name ("Arne Lie, aged 30"), is left alone.
 */
function agesBesideBirth(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (const birth of figures) {
    const born = birth.kind === 'date' ? partsOf(birth.resolved) : null;
    if (!born || !bornRightBefore.test(doc.text.slice(Math.max(0, birth.start - 12), birth.start))) continue;
    const s = sentenceOf(doc, birth);
    const spans = [{ start: birth.end, end: s.end }];
    const next = s.end < doc.text.length ? sentenceOf(doc, { start: s.end + 1, end: s.end + 1 }) : null;
    if (next && next.start > s.start && pronounOpening.test(doc.text.slice(next.start, next.end)) && !/\n\s*\n/.test(doc.text.slice(s.end, next.start))) spans.push(next);
    for (const span of spans) {
      const sentence = sentenceOf(doc, span);
      if (otherPerson.test(doc.text.slice(sentence.start, sentence.end))) continue;
      const within = figuresWithin(doc, span);
      for (const f of within) {
        if (f.age !== true || f.value === null || f.low !== undefined || !Number.isInteger(f.value)) continue;
        const before = doc.text.slice(Math.max(span.start, f.start - 40), f.start);
        if (!lifeAgeBefore.test(before) || namedBeforeAge.test(before)) continue;
        const year = within.find((g) => g !== birth && g.kind === 'date' && /^\d{4}$/.test(g.resolved ?? '') &&
          ((g.end <= f.start && yearThenAge.test(doc.text.slice(g.end, f.start)) && /\bin\s+$/i.test(doc.text.slice(Math.max(0, g.start - 4), g.start))) ||
            (g.start >= f.end && ageThenYear.test(doc.text.slice(f.end, g.start)))));
        if (!year) continue;
        // "Reed, who was born in 1961, backed Lind, who was elected in 2010 at the age of 38": another person's clause or words.
        if (anotherSubject.test(doc.text.slice(span.start, f.start))) continue;
        const allowed = agesAt(born, { y: Number(year.resolved) });
        if (allowed.has(f.value) || Number(year.resolved) <= born.y) continue;
        out.push(ageAgainstBirth(f, birth, `(line ${lineOf(doc.text, birth.start)}): born then, the person was ${agesText(allowed)} in ${year.text}`, [year]));
      }
    }
  }
  return out;
}

/** Words that bring in another person between a birth or an age now and the age compared with it: another "who" clause, reported speech. */
const anotherSubject = /,\s*(?:who|whose|whom)\b|\b(?:said|says|told|added|recalled|explained|according)\b/i;

/** A time ago in years or decades: "a decade ago", "ten years ago", "about 15 years ago". */
const timeAgo = /^(?:(about|around|roughly|some|nearly|almost|more\s+than|over|just\s+over|less\s+than)\s+)?(an?|one|\w+|\d+)\s+(years?|decades?)(\s+ago)?$/i;
/** A length up to now and the age it began at: "has worked there for a decade, since she was 28". */
const forSince = /^\s*,?\s*since\s+(?:she|he)\s+was(?:\s+(?:just|only))?\s+$/i;
/** Between a time ago and the age then: ", when she was", " aged", ", at the age of", perhaps after the role taken up (" as a deck officer, when she was"). */
const agoThenAge = /^(?:\s+as\s+(?:an?\s+)?[a-z]+(?:\s+[a-z]+){0,2})?\s*,?\s*(?:when\s+(?:she|he)\s+was(?:\s+(?:just|only))?|aged|at\s+the\s+age\s+of)\s*$/i;
/** A name and a comma before an age now: "Ilze Ozola, 38,". */
const appositiveName = /\p{Lu}[\p{L}'’-]+\s*,\s*(?:now\s+)?$/u;
/** Around an age then that comes before the time ago: "was 24 when she joined the company a decade ago". */
const wasBefore = /\b(?:was|were)\s+(?:just\s+|only\s+)?$/i;
const whenAfter = /^\s+when\s+[^.;:!?\d]{1,60}$/i;

/**
 * "Ilze Ozola, 38, joined the company a decade ago, when she was 28": a person's age now, a time ago
 * and the age then, in one sentence, hold whatever the article's date. A number of years ago, rounded
 * in news copy, allows a year either way and the birthday; a decade, or a qualified time, a fifth of
 * itself. A sentence with a relative or a spouse in it is left alone.
 */
function agesAgo(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (const ago of figures) {
    const m = timeAgo.exec(ago.text);
    if (!m) continue;
    // Without "ago", a length "for a decade" followed by "since she was" runs from the age then.
    const since = !m[4] && ago.kind === 'duration' && /\bfor\s+$/i.test(doc.text.slice(Math.max(0, ago.start - 5), ago.start));
    if (!m[4] && !since) continue;
    const count = /^\d+$/.test(m[2]) ? Number(m[2]) : /^an?$/i.test(m[2]) ? 1 : smallNumbers.get(m[2].toLowerCase());
    if (count === undefined) continue;
    const years = count * (/^decade/i.test(m[3]) ? 10 : 1);
    const s = sentenceOf(doc, ago);
    const sentence = doc.text.slice(s.start, s.end);
    if (otherPerson.test(sentence)) continue;
    const within = figuresWithin(doc, s);
    // The finder reads "was 24 when she joined" as a bare count: before "when she", it is the age then.
    const isThenCount = (f: Figure) => f.kind === 'count' && f.unit === null && f.end <= ago.start && wasBefore.test(doc.text.slice(Math.max(s.start, f.start - 12), f.start)) && whenAfter.test(doc.text.slice(f.end, ago.start));
    const ages = within.filter((f) => (f.age === true || isThenCount(f)) && f.value !== null && f.low === undefined && Number.isInteger(f.value) && f.value > 0 && f.value < 120);
    const then = ages.find((f) => (f.start >= ago.end && (since ? forSince : agoThenAge).test(doc.text.slice(ago.end, f.start))) || (!since && isThenCount(f)) ||
      (f.end <= ago.start && /^\s*,\s*$/.test(doc.text.slice(f.end, ago.start)) && lifeAgeBefore.test(doc.text.slice(Math.max(s.start, f.start - 20), f.start))));
    const now = ages.filter((f) => f.end <= ago.start && f !== then && appositiveName.test(doc.text.slice(Math.max(s.start, f.start - 40), f.start)) && /^\s*,/.test(doc.text.slice(f.end, f.end + 3)));
    if (!then || now.length !== 1 || ages.length !== 2) continue;
    // "worked there for 10 years, since she was 20" may have ended long ago: only "has worked" runs to now.
    if (since && !/^[^.;:!?]*\b(?:has|have)\s+(?:(?:been|also|now)\s+)?[a-z]+\s+[^.;:!?]*$/i.test(doc.text.slice(now[0].end, ago.start))) continue;
    // "Ana Berg, 52, said Tom Reed had joined a decade ago, when he was 30": another person's age then.
    // "Lind, now 29, whose club was 15": another subject; "Ana Berg, 52, who joined" is she herself.
    const between = doc.text.slice(now[0].end, Math.min(ago.start, then.start));
    if (/\b(?:said|says|told|added|recalled|explained|according)\b|,\s*whose\b/i.test(between) || (/,\s*who\b/i.test(between) && !/^\s*,\s*who\b/i.test(between))) continue;
    const a = now[0].value!;
    const loose = m[1] !== undefined || /^decade/i.test(m[3]);
    // The age then is the floor of the exact age now, less the time: a number of years rounds to the nearest.
    const [least, most] = loose ? [0.8 * years, 1.2 * years] : [years - 0.5, years + 0.5];
    const lo = Math.floor(a - most);
    const hi = Math.ceil(a + 1 - least) - 1;
    if (then.value! >= lo && then.value! <= hi) continue;
    out.push({
      kind: 'inconsistent-ages',
      start: then.start,
      end: then.end,
      text: then.text,
      message: `“${then.text}” does not match “${now[0].text}” now and “${ago.text}”${since ? ' since then' : ''}: that is ${lo === hi ? lo : `${lo} to ${hi}`}`,
      related: [now[0], ago].map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return out;
}

/** Before the year a thing began: "signed in", "founded in", "born in", "set up in". */
const beganIn = /\b(?:founded|signed|established|set\s+up|built|opened|launched|created|formed|born|incorporated)\s+(?:in\s+|on\s+)?$/i;
/** Right before an age that a thing reached: "turned", "turns", "turning". */
const turnedBefore = /\bturn(?:ed|s|ing)?\s+$/i;
/** Right after an ordinal that is an age: "75th anniversary", "50th birthday". */
const anniversaryAfter = /^\s+(?:anniversary|birthday)\b(?!\s+of\b)/i;

/**
 * "The treaty, signed in 1949, turned 75 last year", "The club, founded in 1901, celebrated its
 * 125th anniversary in 2026": an age a thing reached in a year its sentence gives after it must be
 * that year less the year it began, given before it in the sentence ("signed in", "founded in",
 * "born in"). "last year" and "this year" count only when the article's date resolves them, so an
 * undated article is left alone.
 */
function anniversaries(doc: Prepared): ArticleFinding[] {
  const out: ArticleFinding[] = [];
  const figures = doc.analysis.figures;
  for (const f of figures) {
    if (f.value === null || !Number.isInteger(f.value) || f.low !== undefined) continue;
    const turned = f.kind === 'count' && f.unit === null && turnedBefore.test(doc.text.slice(Math.max(0, f.start - 10), f.start));
    const ordinal = f.kind === 'ordinal' && anniversaryAfter.test(doc.text.slice(f.end, f.end + 14));
    if (!turned && !ordinal) continue;
    const s = sentenceOf(doc, f);
    // "Reed, born in 1961, and his wife celebrated their 25th anniversary": a marriage's age, not his.
    if (otherPerson.test(doc.text.slice(s.start, s.end))) continue;
    const within = figuresWithin(doc, s);
    const years = (g: Figure) => g.kind === 'date' && /^\d{4}/.test(g.resolved ?? '');
    const began = within.filter((g) => years(g) && g.end <= f.start && beganIn.test(doc.text.slice(Math.max(s.start, g.start - 16), g.start)));
    const reached = within.find((g) => years(g) && g.start >= f.end && /^[^.;:!?\d]{0,25}$/.test(doc.text.slice(f.end, g.start)));
    if (began.length !== 1 || !reached) continue;
    const age = Number(reached.resolved!.slice(0, 4)) - Number(began[0].resolved!.slice(0, 4));
    if (age <= 0 || age === f.value) continue;
    out.push({
      kind: 'inconsistent-ages',
      start: f.start,
      end: f.end,
      text: f.text,
      message: `“${f.text}” does not match “${began[0].text}” and “${reached.text}”${/^\d{4}$/.test(reached.text) ? '' : ` (${reached.resolved!.slice(0, 4)})`}: that is ${age}`,
      related: [began[0], reached].map((g) => ({ start: g.start, end: g.end, text: g.text })),
    });
  }
  return out;
}
