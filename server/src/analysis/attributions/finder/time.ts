/**
 * Times, dates and datelines around a cue: "on Monday", "last week", "for three years", "LONDON
 * (Reuters) -". Rules step over them to find the source or the content ("said on Friday that").
 */
import { cueWords, datedDocumentNouns, determiners, documentDatingWords, sourceStoppers } from '../lexicon.js';
import { type Block, isPunct, isWord, type Range, terminal, type Tok } from './block.js';
import {
  adverb,
  approximators,
  auxiliaries,
  beForms,
  contractedVerb,
  finiteVerbs,
  hasFiniteVerb,
  introAdverbs,
  introPrepositions,
  lyNotAdverbs,
  numberWords,
  openingParticiplePhrase,
  relativeOpeners,
  relativePronouns,
  verbForm,
  verbKind,
  verbWords,
} from './grammar.js';

/** Start of the clause that ends at `to`: the sentence start, after a leading conjunction. */
export function clauseStart(block: Block, to: number): number {
  const { toks } = block;
  let a = block.first[toks[to].s];
  // A quotation that began in an earlier sentence and ends here is content as a whole.
  const q = toks[to].q;
  if (q >= 0 && block.quotes[q].open < a) a = block.quotes[q].open;
  // "OSLO, March 4 — Norway opened ..., officials said": the dateline is no part of what was said.
  else if (toks[to].s === 0) a = afterDateline(block, a, to);
  return a;
}

/**
 * The token after the last colon outside quotations in the words `from`..`to` before a cue, when a
 * clause with a verb of its own follows it ("The result was clear: 40 towns voted no, the survey
 * found"): the words before the colon announce what the cue reports (PolNeAR train, first
 * annotator: 6 of 6). Else `from`. Not after a verb of saying ("said: ..."), nor before a quotation
 * or an -ing phrase that spells out the words before it ("took the same tack: visiting ..."); and
 * only after a clause or a label of at most three words.
 */
export function afterAnnouncingColon(block: Block, from: number, to: number): number {
  const { toks } = block;
  let colon = -1;
  for (let k = from + 1; k < to; k++) if (toks[k].text === ':' && toks[k].q < 0) colon = k;
  if (colon < 0) return from;
  const next = toks[colon + 1];
  if (next.q >= 0 || /ing$/.test(next.lower) || cueWords.get(toks[colon - 1].lower)?.cls === 'speech') return from;
  // A clause or a short label before it ("The result:"); a longer phrase with no verb may end in a
  // title ("including Harbour Run: Night Edition 2, sold ...").
  if (colon - from > 3 && !hasFiniteVerb(block, from, colon)) return from;
  return hasFiniteVerb(block, colon + 1, to + 1) ? colon + 1 : from;
}

/**
 * The token after a dateline opening the block at `a` ("OSLO, March 4, 2026 —", "WARSAW, Oct. 16
 * (AP) —", "LONDON (Reuters) -"), or `a`: a place in capitals, or one followed by a wire tag, then
 * at most a dozen tokens up to a dash.
 */
export function afterDateline(block: Block, a: number, before: number): number {
  const { toks } = block;
  // "**LONDON** —": Markdown's emphasis marks around the place.
  let place = a;
  while (place < before && /^[*_]+$/.test(toks[place].text)) place++;
  if (a !== 0 || !opensDateline(block, place, before)) return a;
  for (let k = place + 1; k < before && k - place < 12; k++) {
    const u = toks[k];
    if (u.q >= 0 || terminal.has(u.text)) return a;
    if (u.text === '—' || u.text === '–' || u.text === '--' || (u.text === '-' && (toks[k - 1].text === ')' || /\d/.test(toks[k - 1].text)))) return k + 1 < before ? k + 1 : a;
  }
  return a;
}

/**
 * Whether the noun phrase `r` holds no time, number, verb, auxiliary or contraction; a participle or
 * a word of the cue lexicon counts as an adjective or a noun after a determiner ("the retired
 * judge", "some emails").
 */
export function verbless(block: Block, r: Range): boolean {
  const { toks } = block;
  for (let j = r[0]; j <= r[1]; j++) {
    const t = toks[j];
    if (timeEnd(t) || t.kind === 'number' || contractedVerb(t)) return false;
    if (t.cap || !isWord(t)) continue;
    const afterDeterminer = j > r[0] && determiners.has(toks[j - 1].lower);
    // "explores female sexuality and ...": a word in -s before the phrase's head is a verb, unless
    // a determiner precedes it.
    if (/[^s'’]s$/.test(t.lower) && j < r[1] && !afterDeterminer) return false;
    if (finiteVerbs.has(t.lower) || auxiliaries.has(t.lower) || verbWords.has(t.lower) || beForms.has(t.lower)) return false;
    if ((verbKind(toks, j) !== '' || cueWords.has(t.lower)) && !afterDeterminer) return false;
  }
  return true;
}
/** A weekday or a month, which ends a time phrase ("On Monday", "In November the ministry said"). */
export const timeEnd = (t: Tok | undefined) => !!t && (timeWords.has(t.lower) || monthWords.has(t.lower));

const datedNouns = new Set(datedDocumentNouns);
const datingWords = new Set(documentDatingWords);

/** Whether the noun phrase `r` ends in a document a time after it dates, or in its participle of release. */
function datedDocument(block: Block, r: Range): boolean {
  const { toks } = block;
  const last = toks[r[1]].lower;
  if (datedNouns.has(last)) return true;
  if (!datingWords.has(last)) return false;
  for (let k = r[0]; k < r[1]; k++) if (datedNouns.has(toks[k].lower)) return true;
  return false;
}

/**
 * The first token after introductory phrases that end in a comma ("For months, ...", "On Sunday,
 * ...") and after a dateline ("GDANSK, Poland (AP) — ..."), from `a`, before token `before`.
 */
export function afterIntroduction(block: Block, a: number, before: number): number {
  const { toks } = block;
  for (let phrases = 0; phrases < 3 && a < before; phrases++) {
    const t = toks[a];
    // "Hours later,", "A few days ago,": a time phrase before a comma.
    const time = timeIntroduction(block, a, before);
    if (time > a) {
      a = time;
      continue;
    }
    // "Speaking at a town hall in Halden, New Nordshire, Reed ...": a participle's phrase, like a
    // preposition's, ends at a comma, and a region after a place's comma belongs to it.
    // "Acting Latvian port director ..." is a title, followed by a capital.
    const participle = a + 1 < before && openingParticiplePhrase(toks, a);
    // "Later on Sunday, Kalns ...", "Earlier in the day, the minister ...": so does a time adverb's.
    const preposition = introPrepositions.has(t.lower) || participle || introAdverbs.has(t.lower);
    // "Elsewhere, ...", "Recently, ...": an adverb alone before a comma; "Recently announced
    // changes include ...": one of time before the words it modifies.
    if ((t.lower === 'elsewhere' || (adverb.test(t.lower) && t.lower !== 'ally' && !lyNotAdverbs.has(t.lower))) && toks[a + 1]?.text === ',' && a + 2 < before) {
      a += 2;
      continue;
    }
    if (timeAdverbs.has(t.lower) && a + 1 < before && isWord(toks[a + 1]) && !toks[a + 1].cap) {
      a += 1;
      continue;
    }
    const dateline = opensDateline(block, a, before);
    let k = a + 1;
    const dash = (u: Tok) => u.text === '—' || u.text === '–' || u.text === '--' || (u.text === '-' && toks[k - 1].text === ')');
    while (k < before && k - a < 12 && !(preposition ? toks[k].text === ',' : dash(toks[k])) && toks[k].q < 0 && !terminal.has(toks[k].text)) k++;
    if (!(preposition || dateline) || k >= before || k - a >= 12 || toks[k].q >= 0 || terminal.has(toks[k].text)) return a;
    a = k + 1;
    if (participle && toks[k - 1].cap) {
      let r = a;
      while (r < before && r - a < 3 && toks[r].cap && isWord(toks[r])) r++;
      if (r > a && r < before && toks[r].text === ',' && isWord(toks[r + 1])) a = r + 1;
    }
  }
  return a;
}
/** Adverbs of time that may open a sentence before the words they modify: "Recently announced changes". */
export const timeAdverbs = new Set(['recently', 'previously', 'currently', 'initially', 'originally', 'eventually', 'finally', 'subsequently', 'later', 'earlier']);
/** Words that end a time phrase opening a sentence: "Hours later,", "Two weeks ago,". */
const timeEnders = new Set(['later', 'earlier', 'ago', 'afterwards', 'afterward', 'before']);
const timeUnit = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;

/** The token after "Hours later," or "A few days ago," at `a` (six words at most), or `a`. */
function timeIntroduction(block: Block, a: number, before: number): number {
  const { toks } = block;
  for (let k = a + 1; k < before && k - a <= 6; k++) {
    const t = toks[k];
    if (t.q >= 0 || (isPunct(t) && t.text !== ',')) return a;
    // "A few minutes later they ...": a length of time that opens the phrase, with "later" or "ago",
    // needs no comma; "Two weeks after the judge died, ..." runs to the comma of its clause.
    const length = timeUnit.test(toks[k - 1].lower) && k - 1 - a <= 2 && toks.slice(a, k - 1).every((u) => u.q < 0 && (determiners.has(u.lower) || u.kind === 'number' || numberWords.has(u.lower) || approximators.has(u.lower) || u.lower === 'few'));
    if (length && (t.lower === 'later' || t.lower === 'ago' || t.lower === 'earlier') && k + 1 < before) return toks[k + 1].text === ',' ? k + 2 : k + 1;
    if (length && (t.lower === 'after' || t.lower === 'before')) {
      for (let c = k + 1; c < before && c - k < 12; c++) {
        if (toks[c].q >= 0 || terminal.has(toks[c].text)) return a;
        if (toks[c].text === ',') return c + 1 < before ? c + 1 : a;
      }
      return a;
    }
    if (t.text === ',') return timeEnders.has(toks[k - 1].lower) ? k + 1 : a;
  }
  return a;
}

/**
 * Whether a dateline starts at token `a`: a capitalised place, possibly with its region and a wire
 * tag, then a dash; in capitals, or with the wire tag ("Washington (AFP) –").
 */
function opensDateline(block: Block, a: number, before: number): boolean {
  const t = block.toks[a];
  return !!t && t.cap && ((t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)) || wireTagAhead(block, a, before));
}

/** Whether a wire service's tag in parentheses and a dash follow within a few words: "Washington (AFP) –". */
function wireTagAhead(block: Block, a: number, before: number): boolean {
  const { toks } = block;
  for (let k = a + 1; k + 2 < before && k - a < 6; k++) {
    if (toks[k].text === '(' && toks[k + 2].text === ')' && toks[k + 1].cap) {
      const dash = toks[k + 3]?.text;
      return dash === '-' || dash === '—' || dash === '–' || dash === '--';
    }
  }
  return false;
}

/**
 * The end of a noun phrase content before a time that closes it ("endorsed Ms Hale on Thursday",
 * "praised the plan last week"): the time tells when the cue's act took place. A clause keeps its
 * times ("said the plant would close on Monday"), and so does a longer phrase, where the time may
 * belong to a noun ("her victory in the caucuses on Saturday").
 */
export function withoutClosingTime(block: Block, start: number, end: number): number {
  const { toks } = block;
  if (toks[start].q >= 0 || toks[start].lower === 'that' || toks[start].lower === 'to') return end;
  for (let k = start + 1; k <= Math.min(end, start + 5); k++) {
    if (toks[k].q >= 0 || isPunct(toks[k])) return end;
    // A bare day after a capitalised word is part of a name ("Super Tuesday").
    if (timeAfterAddressee(block, k) !== end) continue;
    // "the Friday" is a day named as a thing.
    if (hasFiniteVerb(block, start, k) || (toks[k - 1].cap && dayNames.has(toks[k].lower)) || determiners.has(toks[k - 1].lower)) return end;
    // "earlier Sunday", "next Monday": the word before the day is part of the time.
    return timeModifiers.has(toks[k - 1].lower) && k - 1 > start ? k - 2 : k - 1;
  }
  return end;
}

/**
 * The end of a noun phrase content before a date that closes it: "endorsed Ana Berg in March",
 * "announced his bid in June 2025", "backed the levy in 2019". The date tells when the cue's act
 * took place (PolNeAR train folds 0-3, first annotator, where this cut our contents: gold leaves
 * the date out 8 times, keeps it once). A clause keeps its dates ("said the plant closed in 2019").
 */
export function withoutClosingDate(block: Block, start: number, end: number): number {
  const { toks } = block;
  if (toks[start].q >= 0 || toks[start].lower === 'that' || toks[start].lower === 'not' || hasFiniteVerb(block, start, end + 1)) return end;
  // "decided against raising the levy in May", "urged them to act in May": the date may belong to
  // a gerund's or an infinitive's act.
  for (let k = start; k <= end; k++) if ((verbForm(toks[k]) === 'ing' && toks[k].lower !== 'during' && !determiners.has(toks[k - 1]?.lower ?? '')) || toks[k].lower === 'to') return end;
  for (let k = end - 1; k > start && end - k <= 5; k--) {
    const t = toks[k];
    if (t.q >= 0) return end;
    if (!datePrepositions.has(t.lower) || !closingDate(block, k + 1, end)) continue;
    // "lower than in 2024", "back in 2019", "early in 2026": the date goes with the word before it.
    if (dateLeads.has(toks[k - 1].lower)) return end;
    // "a levy passed in 2019", "beginning in 2024", "from 54 percent in July": the date belongs to a
    // participle or to a figure; "if they win in May" and "the aide who left in March" to a clause.
    const before = toks[k - 1];
    if (before.kind === 'number' || /\d/.test(before.text) || (!before.cap && /(?:ing|ed)$/.test(before.lower)) || before.lower === 'percent') return end;
    for (let j = start; j < k; j++) if (toks[j].q < 0 && (clauseSubordinators.has(toks[j].lower) || relativePronouns.has(toks[j].lower))) return end;
    let e = k - 1;
    while (e > start && toks[e].text === ',') e--;
    return e;
  }
  return end;
}

/** Words that open a clause inside a noun phrase content, whose verb a date after it belongs to. */
const clauseSubordinators = new Set(['if', 'when', 'whenever', 'while', 'whilst', 'because', 'unless', 'once', 'although', 'though', 'whereas', 'whose', 'whom', 'where']);

/** Words that take the date after them: "than in 2024", "back in 2019", "early in 2026". */
const dateLeads = new Set(['than', 'back', 'early', 'late', 'earlier', 'later']);

/** Prepositions before a date that closes a noun phrase content: "in May", "during 2019". */
const datePrepositions = new Set(['in', 'during']);

/** Whether tokens a..end are a date: "March", "early June 2025", "May 4, 2024", "2019". */
function closingDate(block: Block, a: number, end: number): boolean {
  const { toks } = block;
  const words = toks.slice(a, end + 1).map((t) => t.lower);
  let k = 0;
  if (words[k] === 'early' || words[k] === 'late' || words[k] === 'mid') k++;
  if (year.test(words[k] ?? '')) return k === words.length - 1;
  if (!monthWords.has(words[k] ?? '')) return false;
  k++;
  if (words[k] === '.') k++;
  if (/^\d{1,2}$/.test(words[k] ?? '')) k++;
  if (words[k] === ',') k++;
  if (year.test(words[k] ?? '')) k++;
  return k === words.length;
}

/** A year: "2019". */
const year = /^(?:19|20)\d\d$/;

/** Words that make a day a part of it: "earlier Sunday", "late Monday", "next Friday". */
const timeModifiers = new Set(['earlier', 'later', 'early', 'late', 'next', 'last', 'this']);

export const monthWords = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * Whether the word at `k` after a cue opens a time, a place or a manner rather than what is said
 * ("said on Tuesday", "said this week"). "This" does only before a time word: in "said this was a
 * mistake" it opens the content.
 */
export function adjunctOpener(toks: readonly Tok[], k: number): boolean {
  const w = toks[k]?.lower ?? '';
  return w === 'this' ? timeWords.has(toks[k + 1]?.lower ?? '') : sourceStoppers.has(w);
}

export const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'earlier', 'later']);

/** The last token of a time at `k` after an addressee ("on Thursday", "Tuesday", "last week"), or -1. */
export function timeAfterAddressee(block: Block, k: number): number {
  const { toks } = block;
  const t = toks[k];
  if (!t || t.q >= 0) return -1;
  const on = timeAdjunctEnd(block, k);
  if (on >= 0) return on;
  if (dayNames.has(t.lower)) return k;
  if ((t.lower === 'last' || t.lower === 'this') && ['week', 'month', 'year', 'weekend'].includes(toks[k + 1]?.lower ?? '') && toks[k + 1].s === t.s) return k + 1;
  return -1;
}

/** Lengths of time in "have said for years that ...", which PolNeAR leaves out of the content (4 of 4 in train). */
export const durations = new Set(['years', 'decades', 'months', 'weeks', 'days', 'ages']);

/** Whether "for years", "for months" ... stands at `k`, outside quotations. */
export function durationAt(block: Block, k: number): boolean {
  const { toks } = block;
  return toks[k]?.lower === 'for' && toks[k].q < 0 && durations.has(toks[k + 1]?.lower ?? '') && toks[k + 1].s === toks[k].s;
}

/** The last token of "on Tuesday", "on Monday night" starting at `k` (a preposition before a weekday), or -1. */
export function timeAdjunctEnd(block: Block, k: number): number {
  const { toks } = block;
  const day = toks[k + 1];
  if (!introPrepositions.has(toks[k]?.lower ?? '') || !day || day.s !== toks[k].s || !dayNames.has(day.lower)) return -1;
  const part = toks[k + 2];
  return part && part.s === day.s && dayParts.has(part.lower) ? k + 2 : k + 1;
}

export const dayNames = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Parts of a day after its name: "Wednesday morning". */
export const dayParts = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Words of a time adjunct: "on Tuesday", "last week", "on Wednesday morning". */
export const timeWords = new Set([...weekdays, ...dayParts, 'week', 'month', 'year', 'weekend']);

/** A year as the finder reads it in running text: "1998", "2019". */
export const yearWord = /^(?:1[89]|20)\d\d$/;
export const timeOpeners = new Set(['on', 'last', 'this', 'early', 'late', 'earlier', 'later']);

/** The end of a source [a, b] without a time adjunct after its noun phrase ("Sen. Ruiz on Tuesday"). */
export function timeTail(block: Block, a: number, b: number): number {
  const { toks } = block;
  let k = b;
  while (k > a && timeWords.has(toks[k].lower)) k--;
  if (k === b) return b;
  if (timeOpeners.has(toks[k].lower) && k > a) k--;
  // "a poll released Sunday", "disclosures filed on Sunday night": the time belongs to the participle.
  if (/ed$/.test(toks[k].lower) && k > a && !toks[k].cap) return b;
  // "A Halden poll out Monday", "a report last year": a time right after a poll or a report dates it
  // (PolNeAR train: 32 of 38 sources keep it; "the report on Wednesday" does not).
  if (k > a && toks[k + 1].lower !== 'on' && datedDocument(block, [a, k])) return b;
  // "Elina Valtonen, who served as foreign minister until last year": inside a relative clause the
  // time belongs to its verb (the source ended at "until").
  for (let j = a; j < k; j++) if (relativeOpeners.has(toks[j].lower)) return b;
  return isWord(toks[k]) && !determiners.has(toks[k].lower) && !timeOpeners.has(toks[k].lower) ? k : b;
}
