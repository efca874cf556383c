/**
 * Phrases that report speech or stance without a lexicon verb at their head, each read as a whole:
 * "according to", "in a poll", "as she put it", "quoted as saying", "the letter reads", "put his
 * worth at $45bn", "reportedly", "confident that", "made clear", "would like", "asked whether",
 * "seems", and the casting, naming and voting frames ("cast it as", "named her", "voted to close").
 */
import { anonymousHeads, clauseOpeners, cueModifiers, cueWords, determiners, documentDatingWords, sourceStoppers, straightQuotes, subjectPronouns } from '../lexicon.js';
import { type Block, fewFound, type Found, isPunct, isWord, type Range, terminal, type Tok } from './block.js';
import {
  approximators,
  articles,
  articlesAndPossessives,
  beForms,
  clauseVerbs,
  clauseWithSubject,
  comparatives,
  cueAdverb,
  cueStarts,
  currencySymbols,
  finiteVerbs,
  hasFiniteVerb,
  infinitiveAt,
  innerPunct,
  isDash,
  isQuantity,
  isSeparator,
  modifiersBefore,
  participleForm,
  pastAuxiliaries,
  possessives,
  quantityAt,
  questionWords,
  relativeOpeners,
  relativePronouns,
  roleHeads,
  sourcePrepositions,
  subordinators,
  verbKind,
  verbParticles,
  withinContent,
  writtenNouns,
} from './grammar.js';
import { contentEnd } from './content.js';
import { afterAnnouncingColon, afterIntroduction, clauseStart, dayNames, monthWords, timeAdjunctEnd, timeTail, timeWords, withoutClosingTime } from './time.js';
import { accordingSource, sentenceSubject, subjectAt, subjectBefore } from './subjects.js';
import { nounPhraseBack, prepositionalPhrase } from './nounPhrases.js';

/** Polls and surveys, which alone among the sources of "in" take tails that date or name them. */
const pollHeads = new Set(['poll', 'polls', 'survey', 'surveys']);
/** Nouns that make "in X" a source: "in a poll released Monday", "in her view", "in Forbes' words". */
const inSourceHeads = new Set([...pollHeads, 'words', 'view', 'opinion']);
/** Words after such a noun that still describe it: "released Monday", "conducted last week". */
const inSourceTails = new Set(['released', 'conducted', 'published', 'taken', 'last', 'this', 'from', 'by']);
/** Participles that date a poll: "a poll released Monday", "a survey, conducted in May, ...". */
const pollDatingWords = new Set(documentDatingWords);

/**
 * "In a poll released Monday, 50 percent ..." and "... leads in the latest poll": the preposition
 * is the cue, the poll (or a view, or someone's words) the source, the clause the content.
 */
export function inPoll(block: Block, i: number, found: Found[]): Found | null {
  const { toks } = block;
  const s = toks[i].s;
  const first = block.first[s];
  const last = block.last[s];
  let head = -1;
  for (let k = i + 1; k <= Math.min(last, i + 10); k++) {
    const t = toks[k];
    if (t.q >= 0 || (isPunct(t) && !(innerPunct.has(t.text) || t.text === '.' && t.start === toks[k - 1].end))) break;
    if (inSourceHeads.has(t.lower)) {
      // "In other words, ..." is the writer's own rephrasing.
      if (t.lower === 'words' && toks[k - 1].lower === 'other') return null;
      // "In a 94-page opinion", "In an opinion piece": a court's or a newspaper's text, where
      // "In his opinion" and "In the view of" name whose opinion follows.
      if ((t.lower === 'opinion' || t.lower === 'view') && (toks.slice(i + 1, k).some((w) => articles.has(w.lower) && w.lower !== 'the') || /^(?:piece|pieces|column|article)$/.test(toks[k + 1]?.lower ?? ''))) return null;
      head = k;
      break;
    }
    if (clauseOpeners.has(t.lower) || cueWords.get(t.lower)?.cls === 'speech') break;
  }
  if (head < 0) return null;
  let end = head;
  const poll = pollHeads.has(toks[head].lower);
  // "a poll released Monday", not "In my opinion this is ...": only a poll has a tail that dates or names it.
  if (poll && inSourceTails.has(toks[head + 1]?.lower ?? '') && toks[head + 1].s === s) {
    while (end + 1 <= last && end - head < 12 && toks[end + 1].q < 0 && !isPunct(toks[end + 1])) end++;
  }
  let lead = first;
  while (lead < i && (clauseOpeners.has(toks[lead].lower) || isPunct(toks[lead]))) lead++;
  if (lead === i) {
    end = datingAppositiveEnd(block, pollTimeEnd(block, pollOfEnd(block, end, last), last), last);
    const source: Range = [i + 1, end];
    const start = toks[end + 1]?.text === ',' ? end + 2 : end + 1;
    if (start > last) return null;
    const clauseEnd = contentEnd(block, start);
    const contentLast = poll ? findingsEnd(block, start, clauseEnd) : clauseEnd;
    return contentLast >= start ? { cue: [i, i], source, content: [start, contentLast] } : null;
  }
  return pollAfterClause(block, i, found);
}

/**
 * The end of what a poll found, from `start`: the sentence, though a second clause would end a
 * speaker's content ("In the poll, 40 percent backed the plan, although most ...", "... backed the
 * plan; 12 percent ..."), as all of it is the poll's; `end` (contentEnd's) when a quotation follows.
 */
function findingsEnd(block: Block, start: number, end: number): number {
  const { toks } = block;
  let last = block.last[toks[start].s];
  while (last > end && (terminal.has(toks[last].text) || isPunct(toks[last]))) last--;
  for (let k = end + 1; k <= last; k++) if (toks[k].q >= 0) return end;
  return last;
}

/** The last token of a time right after a poll, before a comma ("In a Tide poll the same month, ..."), or `end`. */
function pollTimeEnd(block: Block, end: number, last: number): number {
  const { toks } = block;
  if (!pollHeads.has(toks[end].lower)) return end;
  let k = end + 1;
  while (k <= last && k - end <= 4 && toks[k].q < 0 && (pollTimeWord(toks[k]) || toks[k].lower === 'the' || toks[k].lower === 'same')) k++;
  const closesTime = k > end + 1 && toks[k]?.text === ',' && (timeWords.has(toks[k - 1].lower) || monthWords.has(toks[k - 1].lower));
  return closesTime ? k - 1 : end;
}

/** The last token before the comma of "of" and those asked after a poll ("a poll of 800 likely voters, ..."), or `end`. */
function pollOfEnd(block: Block, end: number, last: number): number {
  const { toks } = block;
  if (!pollHeads.has(toks[end].lower) || toks[end + 1]?.lower !== 'of') return end;
  for (let k = end + 2; k <= Math.min(last, end + 12); k++) {
    if (toks[k].q >= 0 || (isPunct(toks[k]) && toks[k].text !== ',' && !innerPunct.has(toks[k].text))) return end;
    if (toks[k].text === ',') return k - 1;
  }
  return end;
}

/** The last token of a participle phrase set off by commas that dates the poll ending at `end` ("a poll, conducted in May, ..."), or `end`. */
function datingAppositiveEnd(block: Block, end: number, last: number): number {
  const { toks } = block;
  if (toks[end + 1]?.text !== ',' || !pollDatingWords.has(toks[end + 2]?.lower ?? '')) return end;
  for (let k = end + 3; k <= Math.min(last, end + 10); k++) {
    if (toks[k].q >= 0) return end;
    if (toks[k].text === ',') return k - 1;
  }
  return end;
}

/** Determiners that open a particular poll after "in": "in a Harbour Post poll", "in the latest survey". */
const particularPollOpeners = new Set(['a', 'an', 'the', 'this', 'that', 'one', 'another', 'each', 'every']);
/** Marks inside a poll's name: "Post/Tide", "Post-Kestrel", "Hale & Dorr". */
const pollNameMarks = new Set(['/', '-', '&']);

/**
 * The head of a particular poll or survey named from `k`, a determiner or a possessive before names
 * and adjectives and a singular head ("a Harbour Post poll", "the latest Kestrel/Tide survey",
 * "Monday's poll"), or -1. Not "the poll" alone, as often a poll already reported as the place of a
 * share ("6 percent in the poll"), nor a plural, mostly the writer's summary ("trails in national
 * polls"; PolNeAR train marks 8 of 38 such plurals).
 */
function particularPoll(block: Block, k: number, last: number): number {
  const { toks } = block;
  const d = toks[k];
  if (!d || d.q >= 0 || !(particularPollOpeners.has(d.lower) || (d.cap && /['’]s$/.test(d.text)))) return -1;
  for (let h = k + 1; h <= Math.min(last, k + 9); h++) {
    const t = toks[h];
    if (t.q >= 0) return -1;
    if (t.lower === 'poll' || t.lower === 'survey') return d.lower === 'the' && h === k + 1 ? -1 : h;
    const functionWord = !t.cap && (sourcePrepositions.has(t.lower) || clauseOpeners.has(t.lower) || verbKind(toks, h) !== '');
    if (isPunct(t) ? !pollNameMarks.has(t.text) : functionWord) return -1;
  }
  return -1;
}

/** Words of the time that dates a poll: "released on Monday", "conducted in early May", "taken Jan. 4-6". */
const pollTimeWord = (t: Tok) => timeWords.has(t.lower) || monthWords.has(t.lower) || t.kind === 'number' || /^(?:on|in|last|this|early|late|mid)$/.test(t.lower);

/**
 * The last token of what dates or names a poll after its head `h` ("released Monday", "conducted
 * in May", "last month", "from Kestrel College", "by the Tide Institute"), or `h`.
 */
function pollTail(block: Block, h: number, last: number): number {
  const { toks } = block;
  let k = h;
  if (k < last && pollDatingWords.has(toks[k + 1].lower)) {
    let j = k + 1;
    while (j < last && toks[j + 1].q < 0 && pollTimeWord(toks[j + 1])) j++;
    if (j > k + 1) return j;
    k = j;
  }
  if (k < last && (toks[k + 1].lower === 'last' || toks[k + 1].lower === 'this') && timeWords.has(toks[k + 2]?.lower ?? '') && toks[k + 2].s === toks[h].s) return k + 2;
  if (k < last && (toks[k + 1].lower === 'from' || toks[k + 1].lower === 'by')) {
    let j = k + 1;
    if (toks[j + 1]?.lower === 'the') j++;
    // "by listings magazine TV Week", "from the polling firm Kestrel": a few words describing the name.
    let m = j;
    while (m < j + 3 && toks[m + 1]?.kind === 'word' && !toks[m + 1].cap && toks[m + 1].q < 0 && !approximators.has(toks[m + 1].lower)) m++;
    if (m > j && named(toks[m + 1])) j = m;
    while (j < last && toks[j + 1].q < 0 && (named(toks[j + 1]) || ((toks[j + 1].lower === 'of' || toks[j + 1].lower === 'and' || toks[j + 1].text === '&') && named(toks[j + 2])))) j++;
    if (named(toks[j])) return j;
  }
  return k === h ? h : -1;
}

/** A word of a name, not a number ("by Kestrel College", not "by 9 points"). */
const named = (t: Tok | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** Words after a poll that go on with the clause it reports: "leads in a poll by nine points", "in the survey among women". */
const pollClauseTails = new Set(['by', 'among', 'with', 'over', 'ahead', 'behind', 'against']);
/** Words that open a clause and so end the one before an "in a poll" phrase. */
const clauseBoundaries = new Set(['although', 'though', 'while', 'whilst', 'whereas', 'because', 'if', 'unless', 'when', 'whenever', 'but', 'yet', 'where', 'that', 'which', 'who', 'whom', 'so']);
/** Participles whose "in a poll" names where people were asked, not the source of a finding: "voters surveyed in a poll". */
const askedInPoll = new Set(['surveyed', 'polled', 'interviewed', 'questioned', 'asked', 'sampled']);

/**
 * "Ana Lima leads by nine points in the latest Harbour Post poll", "Berg had 12 percent in a
 * survey released Monday": an "in" after a clause, before a particular poll, reports the clause as
 * the poll's finding (PolNeAR marks "in" the cue, the poll the source, the clause before it the
 * content). Not when the poll phrase ends a subject ("Voters in a recent poll said ..."), nor when
 * the clause lies inside another cue's content.
 */
function pollAfterClause(block: Block, i: number, found: Found[]): Found | null {
  const { toks } = block;
  const s = toks[i].s;
  const last = block.last[s];
  const head = particularPoll(block, i + 1, last);
  if (head < 0 || askedInPoll.has(toks[i - 1]?.lower ?? '') || comparedBefore(block, i)) return null;
  const end = pollTail(block, head, last);
  if (end < 0) return null;
  // "in a Tide poll Feb. 3-9": the dates the poll was taken are no part of its name (PolNeAR leaves them out).
  const dated = monthWords.has(toks[end + 1]?.lower.replace(/\.$/, '') ?? '') && toks[end + 2]?.kind === 'number' && toks[end + 2].s === s;
  const n = dated ? end + 3 : end + 1;
  const next = toks[n];
  let rest: Range | undefined;
  if (next && next.s === s && next.q < 0 && isWord(next)) {
    // "Voters in a recent poll said ...", "a poll of 800 voters": the poll belongs to a noun phrase.
    if (!pollClauseTails.has(next.lower) && !clauseOpeners.has(next.lower)) return null;
    if (pollClauseTails.has(next.lower)) {
      let r = n;
      while (r < last && toks[r + 1].q < 0 && !isPunct(toks[r + 1]) && !clauseOpeners.has(toks[r + 1].lower)) r++;
      rest = [n, r];
    }
  }
  // "Berg said she was ahead in a Kestrel poll": the poll is part of what someone said.
  const content = withinContent(found, i) ? null : clauseBeforeIn(block, i);
  if (!content) return null;
  return { cue: [i, i], source: [i + 1, end], content, rest };
}

/**
 * Whether the words just before "in" at `i` are the second term of a comparison ("plus 3 compared
 * with minus 8 in the last survey", "up from 15 percent in a May poll"), which the poll gives,
 * not the clause.
 */
function comparedBefore(block: Block, i: number): boolean {
  const { toks } = block;
  for (let k = i - 1; k >= Math.max(block.first[toks[i].s], i - 5); k--) {
    if (/^(?:compared|than|versus|vs\.?)$/.test(toks[k].lower)) return true;
    if (toks[k].lower === 'from' && k >= i - 3) return true;
  }
  return false;
}

/** The clause that ends before token `i`: back to the sentence's start or a word that opens a clause, past introductions, with a subject and a finite verb. */
function clauseBeforeIn(block: Block, i: number): Range | null {
  const { toks } = block;
  const first = block.first[toks[i].s];
  let a = i;
  while (a > first && toks[a - 1].q < 0 && !clauseBoundaries.has(toks[a - 1].lower) && !/^[;:—–]$|^--$/.test(toks[a - 1].text)) a--;
  while (a < i && (isPunct(toks[a]) || clauseOpeners.has(toks[a].lower))) a++;
  a = afterIntroduction(block, a, i);
  const b = toks[i - 1]?.text === ',' ? i - 2 : i - 1;
  if (b <= a || !subjectAt(block, a, i) || !(hasFiniteVerb(block, a, b + 1) || presentVerbAfter(block, a, b))) return null;
  return [a, b];
}

/** Pronouns and quantifiers that name people on their own after "To": "To them, ...", "To many, ...". */
const viewHolderWords = new Set(['him', 'her', 'them', 'me', 'us', 'many', 'some', 'others', 'most']);
/** Words that may open a noun phrase of people before the comma: "To many voters", "To his critics". */
const viewHolderOpeners = new Set(['the', 'a', 'many', 'some', 'most', 'other', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'all', 'both', 'several', 'few']);

/**
 * Whether tokens a..b name people whose view a sentence opening "To ..., " gives: a pronoun or a
 * quantifier alone ("them", "many"), a name ("Ana Berg", "Mayor Lind"), or a phrase of people
 * ("many voters", "his critics", "a lot of readers"). Not "To date", "To his credit", "To a
 * person", whose last word names no one.
 */
function viewHolder(block: Block, a: number, b: number): boolean {
  const { toks } = block;
  const first = toks[a];
  const head = toks[b];
  const named = head.cap && isWord(head) && !monthWords.has(head.lower) && !dayNames.has(head.lower);
  if (a === b) return viewHolderWords.has(head.lower) || named;
  if (!first.cap && !viewHolderOpeners.has(first.lower)) return false;
  return named || (anonymousHeads.has(head.lower) && /s$/.test(head.lower));
}

/** The token after the comma that closes a relative appositive opening at `k` ("who runs the line,"), or `k` when none opens there. */
function afterAppositive(block: Block, k: number, last: number): number {
  const { toks } = block;
  if (!relativeOpeners.has(toks[k].lower)) return k;
  for (let j = k + 1; j <= last; j++) if (toks[j].text === ',' && toks[j].q < 0) return j + 1;
  return last + 1;
}

/** Whether a word after the first of a..b is a present verb in "-s" ("the plan goes", "it signals"), which verbKind leaves to the cue lexicon. */
function presentVerbAfter(block: Block, a: number, b: number): boolean {
  for (let k = a + 1; k <= Math.min(b, a + 6); k++) if (block.toks[k].q < 0 && !block.toks[k].cap && /^[a-z]+[^su']s$/.test(block.toks[k].text)) return true;
  return false;
}

/**
 * "To Ana Berg, the new stadium is a waste of money", "But to many voters, the ferry is a lifeline":
 * "To" opening a sentence (after "But" or "And" at most) before people and a comma says whose view
 * the clause after the comma gives. "To" is the cue (PolNeAR marks it so), the people the source
 * and the clause, which must hold a finite verb, the content; an appositive on the people ("To
 * Berg, who runs the line, ...") is neither. "For" in the same place is as often the topic ("For
 * the Republicans, the race changed"; PolNeAR train: 9 of 40 such contents were gold) and "As to"
 * or "As for" always is.
 */
export function viewOpening(block: Block, i: number): Found | null {
  const { toks } = block;
  const s = toks[i].s;
  const last = block.last[s];
  let lead = block.first[s];
  while (lead < i && (clauseOpeners.has(toks[lead].lower) || isPunct(toks[lead]))) lead++;
  if (lead !== i || toks[i - 1]?.lower === 'as') return null;
  let comma = -1;
  for (let k = i + 1; k <= Math.min(last, i + 7); k++) {
    const t = toks[k];
    if (t.q >= 0 || !(isWord(t) || innerPunct.has(t.text) || t.text === ',')) return null;
    if (t.text === ',') {
      comma = k;
      break;
    }
  }
  if (comma < i + 2 || comma >= last || !viewHolder(block, i + 1, comma - 1)) return null;
  // "To Ilze, of Halden: ..." addresses a letter; a view is a clause, which opens with no preposition.
  const start = afterAppositive(block, comma + 1, last);
  if (start > last || sourcePrepositions.has(toks[start].lower)) return null;
  const end = contentEnd(block, start);
  if (end <= start || !(hasFiniteVerb(block, start, end + 1) || presentVerbAfter(block, start, end))) return null;
  return { cue: [i, i], source: [i + 1, comma - 1], content: [start, end] };
}

/** Forms of "be" that join a noun to the clause it stands for: "The question is whether ...". */
export const clauseLinks = new Set(['is', 'was', 'remains', 'remained']);
/** Nouns of a view someone holds, which a possessive names: "Berg's point was that ...", "Their fear is that ...". */
const heldViewNouns = new Set(['point', 'argument', 'fear', 'hope', 'message', 'view', 'belief', 'assumption', 'concern', 'worry', 'contention', 'response', 'answer', 'reasoning', 'pitch']);

/**
 * "The question is whether the bridge will hold", "One open question was how ...": a question put
 * as the subject of "is" before the clause it asks, with no one named (the noun phrase and "is" are
 * the cue, as PolNeAR marks them: "The question is", "One lurking question is"); and "Berg's point
 * was that ...", "Their fear is that ...": a view a possessive names before "is that", its holder
 * the source (cue "point was"). "The point is that", with no holder, is the writer's own.
 */
export function nounIsClause(block: Block, i: number): Found | null {
  const { toks } = block;
  const s = toks[i].s;
  const first = block.first[s];
  const noun = toks[i - 1];
  const next = toks[i + 1];
  if (!noun || !next || i - 1 < first || noun.s !== s || next.s !== s || noun.q >= 0 || next.q >= 0 || i + 2 > block.last[s]) return null;
  const end = contentEnd(block, i + 1);
  if (end <= i + 1) return null;
  if (noun.lower === 'question' && (next.lower === 'whether' || next.lower === 'if' || (questionWords.has(next.lower) && next.lower !== 'about' && next.lower !== 'to'))) {
    // The noun phrase back to its determiner, past up to three adjectives ("the big unanswered question").
    let a = i - 1;
    while (a - 1 >= first && a > i - 5 && toks[a - 1].q < 0 && isWord(toks[a - 1]) && !determiners.has(toks[a].lower) && verbKind(toks, a - 1) === '') a--;
    if (!(determiners.has(toks[a].lower) || toks[a].lower === 'one') || a === i - 1) return null;
    return { cue: [a, i], source: null, content: [i + 1, end] };
  }
  if (!heldViewNouns.has(noun.lower) || next.lower !== 'that') return null;
  const holder = toks[i - 2];
  if (!holder || holder.s !== s || holder.q >= 0) return null;
  if (possessives.has(holder.lower) && holder.lower !== 'its') return { cue: [i - 1, i], source: [i - 2, i - 2], content: [i + 1, end] };
  if (!holder.cap || !/['’]s?$/.test(holder.text) || holder.lower === "it's" || holder.lower === 'it’s') return null;
  let h = i - 2;
  while (h - 1 >= first && toks[h - 1].q < 0 && toks[h - 1].cap && isWord(toks[h - 1])) h--;
  return { cue: [i - 1, i], source: [h, i - 2], content: [i + 1, end] };
}

/** Words after "put" that say where something is put, not what a figure is: "put his team through their paces". */
const placeWords = new Set(['through', 'into', 'onto', 'on', 'to', 'under', 'over', 'behind', 'back', 'forward', 'up', 'down', 'out', 'off', 'away', 'aside']);

/**
 * "Forbes put his net worth at $45bn", "Initial estimates put the total at about 55,000 pages",
 * "Gallup puts his approval at 49.5 percent": an estimate, whose subject is the source and whose
 * object and figure are the content (PolNeAR train marks "put" so). Only with "at" and a quantity
 * ("put the firm at risk" estimates nothing).
 */
export function putAtFigure(block: Block, i: number): Found | null {
  const { toks } = block;
  const s = toks[i].s;
  const first = block.first[s];
  if (toks[i].q >= 0 || (toks[i].cap && i !== first) || i === first) return null;
  let at = -1;
  for (let k = i + 2; k <= Math.min(block.last[s], i + 14); k++) {
    const u = toks[k];
    if (u.q >= 0 || (isPunct(u) && !innerPunct.has(u.text))) return null;
    if (u.lower === 'at') {
      at = k;
      break;
    }
    // "put his squad through their drills at 0930 GMT".
    if (placeWords.has(u.lower)) return null;
  }
  if (at < 0) return null;
  let k = at + 1;
  while (k < at + 4 && toks[k] && (approximators.has(toks[k].lower) || comparatives.has(toks[k].lower) || toks[k].lower === 'than' || toks[k].lower === 'least')) k++;
  // "at a competitive disadvantage": "a" is a quantity only before one ("at a third of its value").
  if (!quantityAt(toks, k) || (toks[k].lower === 'a' && !/^(?:third|quarter|half|dozen|fifth|tenth|fraction)$/.test(toks[k + 1]?.lower ?? ''))) return null;
  let c0 = i;
  while (c0 - 1 >= first && toks[c0 - 1].q < 0 && cueModifiers.has(toks[c0 - 1].lower)) c0--;
  if (c0 === first) return null;
  const source = subjectBefore(block, c0 - 1);
  if (!source || source[1] !== c0 - 1) return null;
  const last = contentEnd(block, i + 1);
  return last >= k ? { cue: [c0, i], source, content: [i + 1, last] } : null;
}

/** Adverbs with no "-ly" that stand between a written thing and "read" ("The note simply read", "it just reads"). */
const readAdverbs = new Set(['just', 'also', 'still', 'now', 'once', 'only', 'then']);

/** Shouts that the lexicon leaves out, since "Yelling" and "Scream" are also a surname and a band. */
export const shoutForms = new Set(['yelled', 'yells', 'screamed', 'screams']);

/**
 * "The letter reads: “...”", "“...,” the statement read.", "She went on: “...”", "“Out!” the crowd
 * yelled.": a written thing (or "it") that reads a quotation, or a speaker who goes on with one or
 * shouts it, is its source, and "read", "went on" or "yelled" the cue (PolNeAR train marks them; the
 * lexicon leaves "read" out, since "read the report" reports nothing). Only next to a quotation or
 * a colon, on either side.
 */
export function quotedByRead(block: Block, i: number): Found | null {
  const { toks } = block;
  const t = toks[i];
  const s = t.s;
  const first = block.first[s];
  if (i === first || t.cap) return null;
  const c1 = t.lower === 'went' || t.lower === 'goes' ? i + 1 : i;
  if (toks[c1].s !== s || toks[c1].q >= 0) return null;
  // "The note simply read: “Sorry”": an adverb before the verb belongs to the cue, as it does before
  // other verbs of saying, and the written thing is before it.
  const c0 = i - 1 > first && toks[i - 1].q < 0 && !toks[i - 1].cap && (cueAdverb(toks[i - 1]) || readAdverbs.has(toks[i - 1].lower)) ? i - 1 : i;
  let source: Range | null;
  // "The letter, seen by the BBC, reads:": an aside between commas after the written thing.
  let aside = -1;
  if (c1 === i && c0 === i && toks[i - 1].text === ',' && toks[i - 1].q < 0) {
    for (let k = i - 2; k > first && i - k <= 12 && toks[k].q < 0 && !terminal.has(toks[k].text); k--) {
      if (toks[k].text === ',') {
        aside = k;
        break;
      }
    }
    if (aside < 0) return null;
  }
  if (c1 > i || shoutForms.has(t.lower)) {
    source = subjectBefore(block, c0 - 1);
    if (!source || source[1] !== c0 - 1) return null;
  } else if (c1 === i && c0 === i && (t.lower === 'read' || t.lower === 'reads') && closesQuoteBefore(block, i)) {
    return invertedRead(block, i);
  } else {
    // "a sign that read “...”": the relative pronoun stands for the thing written.
    const h = aside >= 0 ? aside - 1 : toks[c0 - 1].lower === 'that' || toks[c0 - 1].lower === 'which' ? c0 - 2 : c0 - 1;
    const head = toks[h];
    if (!head || head.s !== s || head.q >= 0) return null;
    if (head.lower === 'it' && h === c0 - 1) source = [h, h];
    else if (writtenNouns.has(head.lower) && !head.cap) source = nounPhraseBack(block, h, first);
    else return null;
    if (!source || source[1] !== h) return null;
    if (aside >= 0) source = [source[0], i - 2];
    // "Ozola held up a sign that read": the walk back went past the verb whose object the sign is.
    for (let k = h - 1; k > source[0]; k--) {
      if (articlesAndPossessives.has(toks[k].lower) && toks.slice(source[0], k).some((_, j) => verbKind(toks, source![0] + j) !== '')) {
        source = [k, h];
        break;
      }
    }
  }
  // Before: the quotation closes right before the source (past a comma), and the cue ends the
  // sentence or, after a shout or a reading, an adjunct follows ("“Out!” the crowd yelled as the
  // minister left").
  const end = toks[c1 + 1];
  if (!end || end.s !== s || terminal.has(end.text)) return quoteBefore(block, [c0, c1], source);
  if (c1 === i) {
    const before = quoteBefore(block, [c0, c1], source);
    if (before) return before;
  }
  // After: a colon, or a quotation that opens right after the cue (past a comma).
  let from = c1 + 1;
  if (toks[from].text === ':' && toks[from].q < 0) from++;
  else {
    if (toks[from].text === ',' && toks[from].q < 0) from++;
    const q = toks[from]?.q ?? -1;
    if (q < 0 || block.quotes[q].open !== from) return null;
  }
  if (!toks[from] || (toks[from].s !== s && toks[from].q < 0)) return null;
  // "a sign that read “Closed” was taken down": a quotation after the cue is the content, not the rest of the sentence.
  const q = toks[from].q;
  const last = q >= 0 && block.quotes[q].open === from && block.quotes[q].close >= 0 ? block.quotes[q].close : contentEnd(block, from);
  return last >= from ? { cue: [c0, c1], source, content: [from, last] } : null;
}

/** Whether a quotation closes right before token `i`, past a comma: '“...,” read ...'. */
function closesQuoteBefore(block: Block, i: number): boolean {
  const { toks } = block;
  const k = toks[i - 1]?.text === ',' && toks[i - 1].q < 0 ? i - 2 : i - 1;
  const q = toks[k]?.q ?? -1;
  return q >= 0 && block.quotes[q].close === k;
}

/**
 * '“We will win,” read the email.', '“...,” read the statement, which ...': "read" between a
 * quotation and the written thing after it, a determiner and up to three words ending in a written
 * noun before the sentence's end or a comma.
 */
function invertedRead(block: Block, i: number): Found | null {
  const { toks } = block;
  const last = block.last[toks[i].s];
  if (!articlesAndPossessives.has(toks[i + 1]?.lower ?? '') || i + 2 > last) return null;
  let h = i + 2;
  while (h < last && h - i < 5 && !writtenNouns.has(toks[h].lower) && isWord(toks[h]) && toks[h].q < 0) h++;
  const after = toks[h + 1];
  if (!writtenNouns.has(toks[h].lower) || toks[h].q >= 0 || toks[h].cap || !(h === last || (after && after.q < 0 && (after.text === ',' || terminal.has(after.text))))) return null;
  return quoteBefore(block, [i, i], [i + 1, h], i);
}

/**
 * A cue that ends its sentence after its source: the content is the quotation that closes right
 * before the source (or before token `before`, the cue when the source follows it), past a comma.
 */
function quoteBefore(block: Block, cue: Range, source: Range, before = source[0]): Found | null {
  const { toks } = block;
  let k = before - 1;
  if (toks[k]?.text === ',' && toks[k].q < 0) k--;
  const q = toks[k]?.q ?? -1;
  if (q < 0 || block.quotes[q].close !== k) return null;
  return { cue, source, content: [block.quotes[q].open, k] };
}

/**
 * Replaces what the loop read in "is quoted as saying" ("is quoted as" with its subject for content,
 * and "saying" apart) by one cue. Done after the loop, so that the words the cue model learns from
 * stay the same.
 */
export function quotedAsSayingCues(block: Block, found: Found[]): void {
  const { toks } = block;
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (t.lower !== 'quoted' || t.q >= 0 || toks[i + 1].lower !== 'as' || toks[i + 2].lower !== 'saying' || toks[i + 2].s !== t.s) continue;
    const f = quotedAsSaying(block, i);
    if (!f) continue;
    for (let k = found.length - 1; k >= 0; k--) if (found[k].cue[0] <= f.cue[1] && f.cue[0] <= found[k].cue[1]) found.splice(k, 1);
    found.push(f);
  }
}

/**
 * "The governor is quoted as saying that ...": the passive with its auxiliary and "as saying" is the
 * cue, its subject the source (PolNeAR train: "is quoted as saying"), the clause after it the content.
 */
function quotedAsSaying(block: Block, i: number): Found | null {
  const { toks } = block;
  const s = toks[i].s;
  let c0 = i;
  while (c0 - 1 >= block.first[s] && toks[c0 - 1].q < 0 && cueModifiers.has(toks[c0 - 1].lower)) c0--;
  if (c0 === i || !beForms.has(toks[i - 1].lower) && toks[i - 1].lower !== 'been') return null;
  const source = subjectBefore(block, c0 - 1);
  if (!source || source[1] !== c0 - 1) return null;
  let from = i + 3;
  // "“...,” Lind is quoted as saying.", "..., Lind was quoted as saying by the Baltic news agency.":
  // the quotation or the clause before is the content.
  if (!toks[from] || (toks[from].s !== s && toks[from].q < 0) || terminal.has(toks[from].text) || toks[from].lower === 'by') {
    const quoted = quoteBefore(block, [c0, i + 2], source);
    if (quoted || toks[source[0] - 1]?.text !== ',' || toks[source[0] - 1].q >= 0 || source[0] - 2 < block.first[s]) return quoted;
    return { cue: [c0, i + 2], source, content: [clauseStart(block, source[0] - 2), source[0] - 2] };
  }
  if (toks[from].text === ':' && toks[from].q < 0) from++;
  if (!toks[from]) return null;
  const last = contentEnd(block, from);
  return last >= from ? { cue: [c0, i + 2], source, content: [from, last] } : null;
}

/**
 * "As the economist Ana Lima put it, “...”", "The deal, as one trader puts it, is dead": "put it" after
 * "as" and its subject is a cue, the subject its source; the content is what follows a sentence-opening
 * "As ... put it" (past a phrase up to a comma or colon: "put it in a memo to staff, ..."), or else the
 * clause around the aside.
 */
export function asPutIt(block: Block, i: number): Found | null {
  const { toks } = block;
  const s = toks[i].s;
  const first = block.first[s];
  const last = block.last[s];
  if (toks[i + 1].s !== s || toks[i].q >= 0 || toks[i + 1].q >= 0) return null;
  let c0 = i;
  while (c0 - 1 >= first && toks[c0 - 1].q < 0 && cueModifiers.has(toks[c0 - 1].lower)) c0--;
  let as = c0 - 1;
  while (as >= first && c0 - as <= 25 && toks[as].lower !== 'as' && toks[as].q < 0 && !terminal.has(toks[as].text)) as--;
  if (as < first || toks[as].lower !== 'as' || as >= c0 - 1) return null;
  let sourceEnd = c0 - 1;
  if (toks[sourceEnd].text === ',') sourceEnd--;
  if (sourceEnd <= as) return null;
  const source: Range = [as + 1, sourceEnd];
  const cue: Range = [c0, i + 1];
  let lead = first;
  while (lead < as && (clauseOpeners.has(toks[lead].lower) || isPunct(toks[lead]))) lead++;
  let start = i + 2;
  // "But at the time, as the prosecutor put it, ...": an introductory phrase before "as" is no clause.
  if (lead < as) lead = afterIntroduction(block, lead, as);
  if (lead >= as) {
    // Past a phrase about where it was put, up to a comma or colon before the words.
    for (let k = i + 2; k <= Math.min(last, i + 16); k++) {
      if (toks[k].q >= 0) break;
      if (toks[k].text === ',' || toks[k].text === ':') {
        start = k + 1;
        break;
      }
    }
    if (start > last) return null;
    const end = contentEnd(block, start);
    return end >= start ? { cue, source, content: [start, end] } : null;
  }
  // An aside: the clause before it, and the rest of the sentence after an aside between commas
  // ("The deal, as one trader puts it, is dead"), not a phrase after "put it" ("put it in her memoir").
  let before = as - 1;
  const between = toks[before]?.text === ',';
  if (between) before--;
  const from = clauseStart(block, before);
  if (before < from) return null;
  if (!between || toks[start]?.text !== ',' || toks[start].q >= 0) return { cue, source, content: [from, before] };
  start++;
  const end = start <= last ? contentEnd(block, start) : -1;
  return end >= start ? { cue, source, content: [from, before], rest: [start, end] } : { cue, source, content: [from, before] };
}

/**
 * "The club is reportedly spending $1.5m", "Reportedly, he made ...": the adverb is a cue with no
 * source (the reports are unnamed); the content is the clause, its subject and auxiliaries one part
 * and the predicate after the adverb the other. Before a verb of the lexicon ("reportedly told
 * aides") the adverb is that cue's modifier, and after a relative pronoun the clause's end is not
 * found here.
 */
export function reportedlyClause(block: Block, i: number): Found | null {
  const { toks } = block;
  const s = toks[i].s;
  const first = block.first[s];
  const last = block.last[s];
  let start = i + 1;
  if (toks[start]?.text === ',' && toks[start].q < 0) start++;
  if (start > last || cueWords.has(toks[start].lower) || !isWord(toks[start]) || toks[start].q >= 0) return null;
  const end = contentEnd(block, start);
  if (end < start) return null;
  const predicate: Range = [start, end];
  let w = i;
  while (w - 1 >= first && toks[w - 1].q < 0 && cueModifiers.has(toks[w - 1].lower)) w--;
  const before = toks[w - 1];
  if (w === first || !before || before.s !== s || isPunct(before) || before.q >= 0) return { cue: [i, i], source: null, content: predicate };
  if (relativePronouns.has(before.lower)) return null;
  const subject = subjectBefore(block, w - 1);
  return subject ? { cue: [i, i], source: null, content: [subject[0], i - 1], rest: predicate } : { cue: [i, i], source: null, content: predicate };
}

/**
 * Adjectives of certainty, hope and concern that take what someone believes or fears as a "that"
 * clause ("are concerned that the road will bring traffic"). "worried" is read as a verb after "be"
 * (grammar.ts), and "sorry", "glad" or "proud" that ... are left out: nearly all stand in quotations.
 */
export const stanceAdjectives = new Set(['confident', 'convinced', 'hopeful', 'optimistic', 'pessimistic', 'adamant', 'certain', 'sure', 'skeptical', 'sceptical', 'aware', 'unaware', 'insistent', 'concerned', 'frustrated', 'nervous', 'fearful', 'afraid', 'disappointed', 'angry']);

/**
 * Adjectives of feeling and judgement with the preposition that takes what they are about ("are
 * critical of", "remain uneasy about", "were divided over"): PolNeAR train marks them as cues, the
 * phrase after the preposition the content (train folds 0-3, outside quotations: 106 of 226 such
 * adjectives with any preposition, most of the others left out here: "open to", "aware of",
 * "proud of", "eager to"). "worried about" is left to the cue model, which reads "worried" as a verb.
 */
export const stancePrepositions: Record<string, Set<string>> = Object.fromEntries(
  [
    ['critical', 'of'], ['supportive', 'of'], ['dismissive', 'of'], ['fond', 'of'], ['wary', 'of'], ['mindful', 'of'], ['skeptical', 'about of'],
    ['sceptical', 'about of'], ['concerned', 'about'], ['nervous', 'about'], ['uneasy', 'about with'],
    ['optimistic', 'about'], ['pessimistic', 'about'], ['hopeful', 'about'], ['confident', 'about'], ['vocal', 'about'], ['clear', 'about'],
    ['angry', 'about at with over'], ['furious', 'about at with over'], ['unhappy', 'with about'], ['pleased', 'with'], ['thrilled', 'with'],
    ['comfortable', 'with'], ['uncomfortable', 'with about'], ['divided', 'on over'], ['split', 'on over'], ['outspoken', 'on about'],
  ].map(([adjective, prepositions]) => [adjective, new Set(prepositions.split(' '))]),
);

/** Auxiliaries that open a question: "Do you feel confident about ...?". */
const questionAuxiliaries = new Set(['do', 'does', 'did', 'are', 'is', 'was', 'were', 'can', 'could', 'would', 'will', 'should', 'have', 'has']);

/** Linking verbs before such an adjective, which join the cue: "are confident", "remain hopeful". */
const linkingVerbs = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', "'re", '’re', "'m", '’m', 'remain', 'remains', 'remained', 'feel', 'feels', 'felt', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'became', 'become', 'becomes', 'grew', 'grow', 'grows', 'growing', 'stay', 'stays', 'stayed']);

/**
 * "Officials are confident that the bridge will hold", "She remained adamant that ...": an adjective
 * of certainty before a "that" clause is a cue with its linking verb ("are not confident"), the
 * subject the source and the clause the content; after a comma (", confident that ...") its source is
 * the sentence's subject. "It is far from certain that" names no one and is left alone. With
 * `preposition`, an adjective of `stancePrepositions` and its preposition ("are critical of") are
 * read the same way, with the phrase after the preposition for content.
 */
export function stanceThat(block: Block, i: number, found: Found[], preposition = false): Found | null {
  const { toks } = block;
  const s = toks[i].s;
  const first = block.first[s];
  if (toks[i].q >= 0 || toks[i + 1].q >= 0 || toks[i + 1].s !== s || i + 2 > block.last[s]) return null;
  // "are critical of the plan": the preposition is the cue's, and the phrase after it the content.
  // Not "were divided on Thursday about ...", a time, nor "all she is concerned about is ...", where
  // what comes after the preposition is the verb of the clause the adjective is in.
  const c1 = preposition ? i + 1 : i;
  if (preposition && (timeAdjunctEnd(block, c1) >= 0 || clauseVerbs.has(toks[c1 + 1].lower) || beForms.has(toks[c1 + 1].lower))) return null;
  let end = contentEnd(block, c1 + 1);
  // '"... I am confident that the gallery will do well," he added.': a closing mark after a comma or
  // full stop ends a quotation the words were in, though its marks were not paired as such.
  for (let k = i + 3; k <= end; k++) {
    if (straightQuotes.has(toks[k].text) && isPunct(toks[k - 1]) && toks[k - 1].end === toks[k].start && toks[k - 1].text !== '"') {
      end = k - 2;
      break;
    }
  }
  // The phrase after a preposition ends at a comma ("Landlords, unhappy with the new rules, plan to appeal").
  if (preposition) for (let k = c1 + 2; k < end; k++) if (toks[k].text === ',' && toks[k].q < 0) end = k - 1;
  if (end <= c1) return null;
  let c0 = i;
  while (c0 - 1 >= first && toks[c0 - 1].q < 0 && (cueAdverb(toks[c0 - 1]) || cueModifiers.has(toks[c0 - 1].lower)) && !linkingVerbs.has(toks[c0 - 1].lower)) c0--;
  const link = toks[c0 - 1];
  if (link && link.s === s && link.q < 0 && linkingVerbs.has(link.lower)) {
    c0--;
    while (c0 - 1 >= first && toks[c0 - 1].q < 0 && cueModifiers.has(toks[c0 - 1].lower) && !linkingVerbs.has(toks[c0 - 1].lower)) c0--;
    // "are growing frustrated": the auxiliary of a linking verb in "-ing" is the cue's too.
    if (link.lower.endsWith('ing') && c0 - 1 >= first && toks[c0 - 1].q < 0 && beForms.has(toks[c0 - 1].lower)) c0--;
    const before = toks[c0 - 1];
    if (!before || before.s !== s || before.q >= 0 || !isWord(before) || before.lower === 'it' || before.lower === 'there' || before.lower === 'to') return null;
    const source = subjectBefore(block, c0 - 1);
    // "Do you feel confident about ...?" asks; it reports no one's stance.
    if (preposition && source && source[0] === first && questionAuxiliaries.has(toks[first].lower)) return null;
    return source ? { cue: [c0, c1], source, content: [c1 + 1, end] } : null;
  }
  if (toks[i - 1]?.text !== ',' || toks[i - 1].s !== s) return null;
  const source = sentenceSubject(block, s, i - 1, found);
  // After a comma, an adjective with a preposition describes the noun right before the comma
  // ("alarm bells for rights groups, concerned about privacy"), the sentence's subject only when
  // that is the noun ("Landlords, unhappy with the new rules, plan to appeal").
  if (preposition && source && source[1] !== i - 2) return null;
  return source ? { cue: [i, c1], source, content: [c1 + 1, end] } : null;
}

/** Modals before "like" that make it a verb of wanting: "would like to", "'d like to". */
const wantingModals = new Set(['would', "'d", '’d']);

/**
 * "The council would like to sell the site": "would like" before an infinitive wants as "wants"
 * does, its subject the source and the infinitive the content. "like" alone is left out of the
 * lexicon, since it is a preposition far more often.
 */
export function wouldLike(block: Block, i: number): Found | null {
  const { toks } = block;
  const s = toks[i].s;
  let c0 = i - 1;
  // "would also like", "would really like".
  while (c0 > block.first[s] && toks[c0].q < 0 && (toks[c0].lower === 'also' || toks[c0].lower === 'still' || cueAdverb(toks[c0]))) c0--;
  if (!toks[c0] || toks[c0].s !== s || toks[c0].q >= 0 || !wantingModals.has(toks[c0].lower)) return null;
  if (toks[i + 1]?.lower !== 'to' || toks[i + 1].s !== s || !infinitiveAt(block, i + 2)) return null;
  while (c0 - 1 >= block.first[s] && toks[c0 - 1].q < 0 && cueAdverb(toks[c0 - 1]) && !subjectPronouns.has(toks[c0 - 1].lower)) c0--;
  const before = toks[c0 - 1];
  if (!before || before.s !== s || before.q >= 0 || !isWord(before) || before.lower === 'it' || before.lower === 'there') return null;
  const source = subjectBefore(block, c0 - 1);
  return source ? { cue: [c0, i], source, content: [i + 1, contentEnd(block, i + 1)] } : null;
}

export const makeForms = new Set(['make', 'makes', 'made', 'making']);

/**
 * "She made it clear that she would stay", "The minister has made clear he will not resign": "made
 * (it) clear" reports like "said", its subject the source and the clause after it (from its "that",
 * past an addressee: "made it clear to reporters that ...") the content. Not after "to" ("wants to
 * make clear"), whose cue starts at an earlier verb, nor "made clear progress".
 */
export function madeClear(block: Block, i: number): Found | null {
  const { toks } = block;
  const t = toks[i];
  const s = t.s;
  const last = block.last[s];
  let k = i + 1;
  if (toks[k]?.lower === 'it' && toks[k].q < 0) k++;
  const clear = toks[k];
  if (!clear || clear.lower !== 'clear' || clear.q >= 0 || clear.s !== s || k >= last || t.cap && i !== block.first[s]) return null;
  let start = k + 1;
  // An addressee or a time before the clause ("made it clear to reporters that ...", "made clear
  // Tuesday night that ..."), but not an object whose own clause follows ("did not make clear
  // intelligence that ... was thin").
  for (let j = k + 2; toks[k + 1].lower !== 'that' && sourceStoppers.has(toks[k + 1].lower) && j <= Math.min(last, k + 8); j++) {
    const u = toks[j];
    if (u.q >= 0 || isPunct(u)) break;
    if (u.lower === 'that') {
      start = j;
      break;
    }
  }
  const next = toks[start];
  if (start === k + 1 && (isPunct(next) || next.lower === 'to' || !isWord(next) && next.q < 0)) return null;
  const end = contentEnd(block, start);
  if (end <= start) return null;
  let c0 = i;
  while (c0 - 1 >= block.first[s] && toks[c0 - 1].q < 0 && cueModifiers.has(toks[c0 - 1].lower)) c0--;
  // "should personally make clear": an adverb between the subject and the cue is neither's.
  let w = c0;
  while (w - 1 >= block.first[s] && toks[w - 1].q < 0 && cueAdverb(toks[w - 1]) && !cueModifiers.has(toks[w - 1].lower)) w--;
  while (w - 1 >= block.first[s] && toks[w - 1].q < 0 && cueModifiers.has(toks[w - 1].lower)) w--;
  const before = toks[w - 1];
  if (before?.lower === 'to' && before.s === s) return null;
  const source = before && before.s === s && isWord(before) && before.q < 0 ? subjectBefore(block, w - 1) : null;
  return { cue: [c0, k], source, content: [start, end] };
}

/**
 * Whether `before`, the word before the verb of a frame outside the lexicon in sentence `s`, may end
 * the verb's subject: a word of the sentence outside quotations, no "to" (an infinitive) and no
 * determiner (the verb is then a noun).
 */
function endsSubject(before: Tok | undefined, s: number): before is Tok {
  return !!before && before.s === s && isWord(before) && before.q < 0 && before.lower !== 'to' && !determiners.has(before.lower);
}

/** The subject before a frame's verb starting at `c0`, or null when there is none or it is a preposition's phrase. */
function frameSubject(block: Block, c0: number): Range | null {
  const source = subjectBefore(block, c0 - 1);
  return source && !prepositionalPhrase(block, source) ? source : null;
}

/**
 * Verbs outside the lexicon that report a judgement only with an object and an "as" phrase: "cast
 * himself as an outsider", "named the port as its first choice", "identified the driver as Ivo
 * Lind", "listed the house as a liability". Alone they are acts ("cast a vote", "named a
 * successor"), which as candidates cost the model more precision than they gave recall.
 */
export const castingForms = new Set(['cast', 'casts', 'named', 'names', 'identified', 'identifies', 'listed', 'lists', 'painted', 'paints', 'framed', 'frames', 'pegged', 'pegs']);

/** Words after "as" that make it a conjunction or a comparison, not the judgement: "as well", "as part of". */
const notJudgements = new Set(['well', 'part', 'if', 'though', 'long', 'soon', 'much', 'many', 'far', 'early', 'late', 'recently', 'usual', 'expected', 'such']);

/**
 * "Ruiz cast himself as an outsider", "The agency has identified the driver as Ivo Lind": a verb of
 * casting or naming with an active subject (the source), an object of up to six words and an "as"
 * phrase (the content, object included, as PolNeAR marks it). No passive ("was named as") and no
 * object that is a clause, a preposition's phrase or a quotation's words.
 */
function castAsFrame(block: Block, i: number): Found | null {
  const { toks } = block;
  const t = toks[i];
  const s = t.s;
  const first = block.first[s];
  const last = block.last[s];
  if (t.cap || i === first) return null;
  let as = -1;
  for (let k = i + 1; k <= Math.min(last, i + 7); k++) {
    const u = toks[k];
    if (u.q >= 0 || !(isWord(u) || innerPunct.has(u.text))) return null;
    if (u.lower === 'as') {
      as = k;
      break;
    }
    // "cast their votes for Ruiz as ...": a preposition's phrase ends the object; "of" stays in it.
    if (clauseOpeners.has(u.lower) || beForms.has(u.lower) || clauseVerbs.has(u.lower) || finiteVerbs.has(u.lower) || (sourcePrepositions.has(u.lower) && u.lower !== 'of') || (k === i + 1 && (verbParticles.has(u.lower) || timeWords.has(u.lower)))) return null;
  }
  // One word of object at least, and a judgement after "as" that is no conjunction ("as he said").
  const judgement = toks[as + 1];
  // "brand names such as Vioxx": "such as" gives examples of a noun.
  if (as < i + 2 || toks[as - 1].lower === 'such' || as >= last || !judgement || judgement.s !== s || notJudgements.has(judgement.lower) || subjectPronouns.has(judgement.lower) || isPunct(judgement) && judgement.q < 0) return null;
  const end = contentEnd(block, as + 1, cueStarts(block, as + 1, last));
  if (end <= as || asClause(block, as + 1, end)) return null;
  const c0 = modifiersBefore(block, i);
  for (let k = c0; k < i; k++) if (beForms.has(toks[k].lower) || toks[k].lower === 'be') return null;
  const before = toks[c0 - 1];
  // "Three names mentioned as ...": after a determiner or a number the word is a noun.
  if (!endsSubject(before, s) || isQuantity(before) || /\d/.test(before.text)) return null;
  const source = frameSubject(block, c0);
  return source ? { cue: [c0, i], source, content: [i + 1, end] } : null;
}

/**
 * The frame of a verb outside the lexicon at `i` (casting or naming with "as", naming someone to a
 * post, voting), or null. "said they would vote for Lima": PolNeAR marks no vote inside what someone
 * says.
 */
export function frameOutsideLexicon(block: Block, i: number, found: Found[]): Found | null {
  const w = block.toks[i].lower;
  const frame = (castingForms.has(w) ? castAsFrame(block, i) : null) ?? (namingForms.has(w) ? namedFrame(block, i) : null);
  if (frame) return frame;
  const voting = votingForms.has(w) || castVote(block, i) > i;
  return voting && !withinContent(found, i) ? votedFrame(block, i) : null;
}

/** One step of a phrase after its verb: the words it may be, and whether it may be left out. */
interface PhraseStep {
  words: Set<string>;
  optional?: boolean;
}

/** A step of the phrase after a verb; a word list separated by spaces ("*" for any word), "?" at its end when it may be left out. */
function step(spec: string): PhraseStep {
  const optional = spec.endsWith('?');
  return { words: new Set((optional ? spec.slice(0, -1) : spec).split(' ')), optional };
}

/** Each of the verb forms `verbs` with the phrases that may follow it (each a list of `step` specs). */
function phrasesAfter(verbs: string[], phrases: string[][]): [string, PhraseStep[][]][] {
  const steps = phrases.map((specs) => specs.map(step));
  return verbs.map((verb) => [verb, steps]);
}

/**
 * Verbs of blame and praise outside the lexicon, by their finite forms (the "-ing" form after its
 * be-form: "is congratulating"), which report a judgement
 * said of someone: "rebuked the mayor for ...", "lambasted the deal", "congratulated her" (PolNeAR
 * train, first annotator, hold-out documents excluded: 23 cues found, 20 exact, 1 overlapping, 2
 * where gold has none). Not the third person of those that are as often nouns ("drew rebukes",
 * "the deficit scolds").
 */
const praisingAndBlaming = ['lambasted', 'lambasts', 'rebuked', 'derided', 'derides', 'lauded', 'chided', 'chides', 'scolded', 'berated', 'berates',
  'castigated', 'castigates', 'excoriated', 'excoriates', 'ridiculed', 'ridicules', 'disparaged', 'disparages', 'belittled', 'belittles',
  'congratulated', 'congratulates', 'commended', 'commends', 'savaged', 'bashed', 'lambasting', 'rebuking', 'deriding', 'chiding', 'scolding',
  'berating', 'castigating', 'excoriating', 'ridiculing', 'disparaging', 'belittling', 'congratulating', 'commending', 'savaging', 'bashing'];

/**
 * Verbs of saying, urging, restating or taking back outside the lexicon, by their finite forms (the
 * "-ing" form after its be-form), which report words said with their object: "reaffirmed its
 * support", "downplayed the risk", "contradicted the mayor", "disavowed the remarks", "implored
 * voters"; with their preposition, "vouched for her", "opined on", "gushed about", "marveled at". Not
 * the third person of those that are as often nouns ("taunts", "gripes", "fumes"), nor verbs that
 * also hit or break things ("ripped", "hammered") or have a sense of no words said ("restated its
 * earnings", "reasserted their authority", "heralded a new era", "heckled his speeches"). PolNeAR
 * train (first annotator, hold-out documents excluded): 36 cues found, 30 exact, 3 overlapping a gold
 * cue of another extent ("opined" where gold has "opined against"), 3 where gold has none.
 */
const speakingOutsideLexicon = ['reaffirmed', 'reaffirms', 'reaffirming', 'trumpeted', 'trumpeting', 'downplayed', 'downplays', 'downplaying', 'articulated', 'articulates', 'articulating',
  'contradicted', 'contradicts', 'contradicting', 'barked', 'rebuffed', 'rebuffing', 'griped', 'grumbled', 'sneered', 'faulted', 'faulting', 'pilloried', 'skewered',
  'lampooned', 'taunted', 'taunting', 'jeered', 'admonished', 'admonishes', 'admonishing', 'reprimanded', 'reprimanding',
  'disavowed', 'disavows', 'disavowing', 'repudiated', 'repudiates', 'repudiating', 'renounced', 'renounces', 'retracted', 'retracts', 'recanted', 'extolled', 'extols', 'extolling',
  'gloated', 'reassured', 'reassures', 'reassuring', 'confessed', 'confesses', 'intimated', 'professed', 'implored', 'imploring', 'exhorted', 'exhorting',
  'chastised', 'chastising', 'upbraided', 'reproached', 'deplored', 'deplores', 'complimented'];

/**
 * Phrasal verbs outside the lexicon that report a stance taken in public, by their finite forms
 * (past, third person, and "-ing" after its be-form, "are lining up behind" (PolNeAR train: 7 of 8
 * such cues); an infinitive is mostly what someone else wants done, "vowed to go
 * after", and PolNeAR marks it no cue), with the words after the verb that the cue takes: "lashed
 * out at", "weighed in on", "took issue with", "took aim at", "took some shots at", "sided with",
 * "came out against", "sounded off on", "sounded a cautious note about", "sounded the alarm over",
 * "doubled down on", "distanced himself from", "lined up behind", "alluded to", "zeroed in on",
 * "opened up about", "laid out", "spelled out", "outlined", and "interjected:" before a quotation. In PolNeAR train
 * (first annotator, hold-out documents excluded) the frame finds 33 cues: 29 exact, 4 overlapping a
 * gold cue of another extent ("lashed out" with no "at"), none where gold has no cue. Left out:
 * "went after" (a cue 4 times in 8) and "chimed in" (1 in 3); "shrugged off" and "brushed aside"
 * also end injuries and matches in sports reports.
 */
const stancePhrases = new Map<string, PhraseStep[][]>([
  ...phrasesAfter(['lashed', 'lashes', 'lashing'], [['out', 'at against?']]),
  ...phrasesAfter(['weighed', 'weighs', 'weighing'], [['in', 'on with']]),
  ...phrasesAfter(['took', 'takes', 'taking'], [['issue', 'with'], ['aim', 'at'], ['a some several multiple repeated another more fresh new?', 'shot shots swipe swipes swing swings whack dig digs jab jabs potshot potshots', 'at']]),
  ...phrasesAfter(['sided', 'siding'], [['with against']]),
  ...phrasesAfter(['came', 'comes', 'coming'], [['out', 'against'], ['out', 'in', 'favor favour support', 'of']]),
  ...phrasesAfter(['sounded'], [['off', 'on about against?'], ['a an', '*', 'note', 'about on over for'], ['the', 'alarm', 'about on over']]),
  ...phrasesAfter(['doubled', 'doubles', 'doubling'], [['down', 'on']]),
  ...phrasesAfter(['distanced', 'distances', 'distancing'], [['himself herself themselves itself', 'from']]),
  ...phrasesAfter(['lined', 'lines', 'lining'], [['up', 'behind']]),
  ...phrasesAfter(['alluded', 'alludes', 'alluding'], [['to']]),
  ...phrasesAfter(['zeroed', 'zeroes', 'zeroing'], [['in', 'on']]),
  ...phrasesAfter(['opened', 'opens', 'opening'], [['up', 'about']]),
  ...phrasesAfter(['laid', 'lays', 'spelled', 'spells', 'spelling', 'mapped'], [['out']]),
  ...phrasesAfter(['outlined', 'outlines', 'outlining'], [[]]),
  ...phrasesAfter(['interjected', 'interjects'], [[':']]),
  ...phrasesAfter(praisingAndBlaming, [[]]),
  ...phrasesAfter(speakingOutsideLexicon, [[]]),
  ...phrasesAfter(['vouched', 'vouches', 'vouching'], [['for']]),
  ...phrasesAfter(['opined', 'opines', 'opining'], [['on about?']]),
  ...phrasesAfter(['gushed', 'gushes', 'gushing'], [['about over']]),
  ...phrasesAfter(['marveled', 'marvelled', 'marvels', 'marveling', 'marvelling'], [['at']]),
]);

/** Conjunctions that join a second predicate, never an object: "laid out and ready". */
const coordinators = new Set(['and', 'or', 'but', 'nor', 'yet']);

/** The last token of the first of `phrases` that follows token `i` in its sentence, or -1. */
function phraseEnd(block: Block, i: number, phrases: PhraseStep[][]): number {
  const { toks } = block;
  for (const steps of phrases) {
    let k = i;
    let matched = true;
    for (const { words, optional } of steps) {
      const u = toks[k + 1];
      // "*" stands for any one word: "sounded a cautious note about".
      if (u && u.s === toks[i].s && u.q < 0 && (words.has(u.lower) || words.has('*') && isWord(u) && !u.cap)) k++;
      else if (!optional) {
        matched = false;
        break;
      }
    }
    if (matched) return k;
  }
  return -1;
}

/**
 * Adds the cues that `read` finds at the words `heads` to a block's `found` after the finder's
 * loop, so that the cue model's words are read as before and a retrain keeps its weights. A frame
 * inside the content of a cue before it ("Lind said Ruiz lashed out at the board") is left alone, as
 * the votes inside what someone says are, and so is one that overlaps another cue, unless that cue
 * lies wholly inside the frame's own cue from its head on and `within` allows dropping it.
 */
function addFrameCues(block: Block, found: Found[], heads: Set<string> | Map<string, unknown>, read: (block: Block, i: number) => Found | null, within = false): void {
  const { toks } = block;
  // A block of a few attributions is read whole for each head word; a long one is swept once.
  const contents = found.length > fewFound ? contentSweep(toks.length) : null;
  for (const g of found) contents?.add(g);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].q >= 0 || !heads.has(toks[i].lower) || (contents ? contents.covers(i) : withinContent(found.filter((g) => g.cue[0] < i), i))) continue;
    const f = read(block, i);
    const inside = (g: Found) => within && g.cue[0] >= i && g.cue[1] <= f!.cue[1];
    if (!f || found.some((g) => g.cue[0] <= f.cue[1] && f.cue[0] <= g.cue[1] && !inside(g))) continue;
    for (let k = found.length - 1; k >= 0; k--) {
      if (!inside(found[k])) continue;
      contents?.remove(found[k]);
      found.splice(k, 1);
    }
    found.push(f);
    contents?.add(f);
    i = f.cue[1];
  }
}

/**
 * Whether a token lies in the content (or the rest) of an attribution whose cue starts before it,
 * asked of tokens in text order while attributions come and go: `withinContent` over the
 * attributions with a cue before the token, without reading them all for each token. Counts, per
 * token, the ranges that hold it; a range added or removed counts only past the last token asked.
 */
function contentSweep(tokens: number) {
  const delta = new Int32Array(tokens + 1);
  let asked = -1;
  let depth = 0;
  const count = (g: Found, by: 1 | -1) => {
    for (const r of g.rest ? [g.content, g.rest] : [g.content]) {
      const from = Math.max(r[0], g.cue[0] + 1, asked + 1);
      if (from > r[1] || from >= tokens) continue;
      delta[from] += by;
      delta[Math.min(r[1], tokens - 1) + 1] -= by;
    }
  };
  return {
    add: (g: Found) => count(g, 1),
    remove: (g: Found) => count(g, -1),
    covers(i: number): boolean {
      while (asked < i) depth += delta[++asked];
      return depth > 0;
    },
  };
}

/** The cues of `stancePhrases`, added after the finder's loop ("lashed out at", "laid out"). */
export function stancePhraseCues(block: Block, found: Found[]): void {
  addFrameCues(block, found, stancePhrases, stancePhrase);
}

/**
 * "Ruiz lashed out at the council", "Two ministers weighed in on the dispute", "The mayor took
 * issue with the report", "She laid out her plan": a phrase of `stancePhrases` with an active
 * subject (the source) and what follows it for content. Not a passive ("was laid out"), nor a
 * phrase whose object is missing or is a place or a time ("outlined in the report", "laid out in
 * 1890"): only "lashed out" may go on with its cause ("lashed out over the delays").
 */
function stancePhrase(block: Block, i: number): Found | null {
  const { toks } = block;
  const t = toks[i];
  if (t.cap || i === block.first[t.s]) return null;
  const c1 = phraseEnd(block, i, stancePhrases.get(t.lower)!);
  const from = c1 + 1;
  const next = toks[from];
  // "levels are well laid out and easy to follow": a participle with no object describes its subject.
  if (c1 < 0 || !next || next.s !== t.s || from > block.last[t.s] || isPunct(next) && next.q < 0 || coordinators.has(next.lower) || toks[i - 1].lower === 'well') return null;
  if (next.q >= 0 && block.quotes[next.q].open !== from) return null;
  const lashed = t.lower === 'lashed' || t.lower === 'lashes';
  if (!lashed && (sourcePrepositions.has(next.lower) || next.lower === 'by' || timeAdjunctEnd(block, from) >= 0)) return null;
  const c0 = modifiersBefore(block, i);
  // "was laid out": a passive; "is taking aim at": the "-ing" form only with its be-form.
  if (toks.slice(c0, i).some((u) => beForms.has(u.lower)) !== t.lower.endsWith('ing')) return null;
  const f = actWithSubject(block, c0, c1, from, true);
  if (!f?.source) return f;
  // "He arrived late, took aim at ...": a clause before the comma is a first predicate, not the subject.
  let head = f.source[0];
  while (head <= f.source[1] && toks[head].text !== ',') head++;
  if (hasFiniteVerb(block, f.source[0], head)) return null;
  f.content = [from, objectEnd(block, from, f.content[1])];
  return f;
}

/**
 * The end of an object from `from` to `end`: "and" or "but" before a clause with its own subject
 * ends it ("outlined their plans and the Greens gave more details").
 */
function objectEnd(block: Block, from: number, end: number): number {
  const { toks } = block;
  for (let k = from + 1; k < end; k++) {
    const t = toks[k];
    if (t.q < 0 && (t.lower === 'and' || t.lower === 'but') && !hasFiniteVerb(block, from, k) && clauseWithSubject(block, k + 1, end, false) && !relativeBeforeVerb(block, k + 1, end)) return k - 1;
  }
  return end;
}

/** Whether a relative pronoun comes before the first finite verb from `a`: "a coalition of unions who feared ..." is one noun phrase. */
function relativeBeforeVerb(block: Block, a: number, end: number): boolean {
  for (let k = a; k <= end && verbKind(block.toks, k) === ''; k++) if (relativePronouns.has(block.toks[k].lower) || block.toks[k].lower === 'that') return true;
  return false;
}

/** Nouns of words given or a case put that "made" reports with what follows: "made the case that", "made no secret of". */
const madeNouns = new Set(['case', 'secret', 'point', 'argument', 'arguments', 'statement', 'statements', 'comment', 'comments', 'remark', 'remarks',
  'allegation', 'allegations', 'claim', 'claims', 'accusation', 'accusations', 'pitch', 'plea', 'appeal', 'promise', 'pledge', 'commitment',
  'prediction', 'predictions', 'assertion', 'mention', 'apology', 'apologies']);

/** Those of `madeNouns` whose "that" opens what was said, not a relative clause: "made the point that ...". */
const madeClauseNouns = new Set(['case', 'point', 'argument', 'claim', 'promise', 'pledge', 'commitment', 'prediction', 'assertion']);

/** Prepositions after such a noun that the cue takes, before its content: "statements about", "a case for". */
const madePrepositions = new Set(['about', 'on', 'for', 'against', 'of', 'regarding']);

/** Auxiliaries before "make" that make it finite: "will make the case that". */
const makingModals = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'might', 'may', 'did', 'does', 'do']);

/**
 * Whether the form of "make" at `i` is finite: "made" or "makes" with no be-form before it (a
 * passive, "was made"), "making" after one ("is making the case"), or "make" after a modal.
 */
function finiteMake(block: Block, i: number, c0: number): boolean {
  const { toks } = block;
  const w = toks[i].lower;
  const be = toks.slice(c0, i).some((u) => beForms.has(u.lower));
  if (w === 'made' || w === 'makes') return !be;
  if (w === 'making') return be;
  return w === 'make' && toks.slice(c0, i).some((u) => makingModals.has(u.lower));
}

/**
 * "Ruiz made the case that the port should stay public", "The mayor has made no secret of her
 * plans", "Lind made conflicting statements about the levy": a form of "make" with a noun of
 * `madeNouns` (after up to four words: "an increasingly urgent case") reports what follows it,
 * as PolNeAR marks it: the cue runs to the noun's preposition, or to the noun before a "that"
 * clause, an infinitive ("made a commitment to hold ...") or a colon. Its subject is the source. Not
 * "made his remarks during a breakfast", which gives no content, nor an infinitive ("to make the
 * case"), which is mostly what someone else wants done (PolNeAR train: 4 cues in 12).
 */
function madeCase(block: Block, i: number): Found | null {
  const { toks } = block;
  const t = toks[i];
  const { s } = t;
  if (t.cap || i === block.first[s]) return null;
  let n = i + 1;
  while (n <= Math.min(block.last[s], i + 5) && toks[n].q < 0 && isWord(toks[n]) && !madeNouns.has(toks[n].lower) && !sourcePrepositions.has(toks[n].lower) && toks[n].lower !== 'that') n++;
  const noun = toks[n];
  if (!noun || n >= block.last[s] || noun.q >= 0 || !madeNouns.has(noun.lower)) return null;
  const next = toks[n + 1];
  if (next.q >= 0 || next.s !== s) return null;
  let c1 = n;
  // "made the comments on Radio 4", "made similar comments on Friday": where or when, not what about.
  if (next.lower === 'on' && (toks[n + 2]?.cap || timeAdjunctEnd(block, n + 1) >= 0)) return null;
  // "made no secret of", "made no mention of"; "made a point of saying", "statements of support for"
  // go on past "of"; "made a claim for damages" goes to law.
  if (madePrepositions.has(next.lower) && (next.lower !== 'of' || noun.lower === 'secret' || noun.lower === 'mention') && !(next.lower === 'for' && noun.lower.startsWith('claim'))) c1 = n + 1;
  else if (!(next.text === ':' || (next.lower === 'that' && madeClauseNouns.has(noun.lower)) || (next.lower === 'to' && infinitiveAt(block, n + 2)))) return null;
  const from = next.text === ':' ? n + 2 : c1 + 1;
  const first = toks[from];
  if (!first || first.s !== s || isPunct(first) && first.q < 0) return null;
  const c0 = modifiersBefore(block, i);
  // "have so far made no comment": "far" ends an adverb, not a subject.
  if (!finiteMake(block, i, c0) || toks[c0 - 1]?.lower === 'far') return null;
  return actWithSubject(block, c0, c1, from, true);
}

/**
 * The cues of `madeCase`, added after the finder's loop; a lexicon noun the model took inside one
 * is dropped ("made comments about" had the cue "comments about" with the source "made", "Lind
 * notably made no mention of" the cue "made no mention of" with no source).
 */
export function madeCaseCues(block: Block, found: Found[]): void {
  addFrameCues(block, found, makeForms, madeCase, true);
}

/** Verbs of naming someone to a post, a list or a choice: "the party nominated her", "Time named him". */
export const namingForms = new Set(['named', 'nominated', 'nominates', 'nominate']);

/** Nouns of a share of people that name a choice in a poll: "55 percent named Rome". */
const namingShares = new Set(['percent', 'majority', 'plurality', 'half', 'third', 'quarter', 'most', 'many', 'few']);

/** Words after a naming verb that make it a name's origin, a place or an agent: "named for", "nominated by". */
const namingOrigins = new Set(['for', 'after', 'by', 'to', 'as', 'in', 'on', 'at', 'from', 'with', 'and', 'or', 'but', 'that', 'who', 'which']);

/**
 * "The party nominated Ana Berg for governor", "Time magazine named him among ...": a verb of
 * naming with an active subject (the source) and an object (the content), as PolNeAR marks a
 * choice made public. Not a reduced relative that gives a name ("a cleric named Ivo Lind", "a town
 * named for its founder"), not a passive ("was named"), not an infinitive ("to nominate").
 */
function namedFrame(block: Block, i: number): Found | null {
  const { toks } = block;
  const t = toks[i];
  const s = t.s;
  const first = block.first[s];
  const next = toks[i + 1];
  if (t.cap || i === first || !next || next.s !== s || next.q >= 0 || !isWord(next) || namingOrigins.has(next.lower) || beForms.has(next.lower)) return null;
  // "Reed named Harbour Rowing chief": a headline, with no full stop, leaves out the passive's "is".
  if (t.lower.endsWith('ed') && !terminal.has(toks[block.last[s]].text)) return null;
  const c0 = modifiersBefore(block, i);
  for (let k = c0; k < i; k++) if (beForms.has(toks[k].lower)) return null;
  const before = toks[c0 - 1];
  // "The Aviator's nominated producers": a participle after a possessive is an adjective.
  if (!endsSubject(before, s) || /['’]s?$/.test(before.text)) return null;
  const source = frameSubject(block, c0);
  if (!source) return null;
  // "a cleric named Ivo Lind", "candidates not named Ruiz": a common noun with no "the" right before
  // and a name after is the one named; "The jury nominated Ana Berg" chose.
  let d = c0 - 1;
  while (d > source[0] && !determiners.has(toks[d].lower)) d--;
  const indefinite = toks[d].lower === 'a' || toks[d].lower === 'an';
  const nameGiven = next.cap && !before.cap && !subjectPronouns.has(before.lower) && !relativeOpeners.has(before.lower) && !namingShares.has(before.lower) && toks[d].lower !== 'the';
  if (nameGiven || indefinite) return null;
  // "..., with its star Ivo Lind named best actor": a phrase of "with" names no one who chose.
  if (toks[source[0] - 1]?.lower === 'with') return null;
  const end = contentEnd(block, i + 1, cueStarts(block, i + 1, block.last[s]));
  if (end <= i) return null;
  if (namedAfter(block, i + 1, end)) return null;
  // "Ana Lima on Thursday nominated ...": the time is the act's, not the source's nor the content's.
  return { cue: [c0, i], source: [source[0], timeTail(block, source[0], source[1])], content: [i + 1, withoutClosingTime(block, i + 1, end)] };
}

/** Forms of "vote" that report a stance taken by a vote: "the council voted to close", "would vote for Ruiz". */
export const votingForms = new Set(['voted', 'vote', 'voting']);

/** Auxiliaries before a base form that make it a verb: "would vote", "will not vote". */
const votingModals = new Set(['would', 'will', 'can', 'could', 'might', 'must', 'should', 'shall', 'may', 'did', 'do', 'does', 'not', "n't", "won't", "wouldn't", "can't", "couldn't", 'won’t', 'wouldn’t', 'can’t', 'couldn’t', 'rather', 'never', 'also', 'still']);

/** Adverbs between "voted" and its preposition: "voted twice for", "voted overwhelmingly against". */
const votingAdverbs = new Set(['twice', 'again', 'unanimously', 'overwhelmingly', 'solidly', 'narrowly', 'largely', 'mostly', 'heavily', 'strongly']);

/** Possessives and articles before the votes cast: "cast their votes for", "cast a vote for". */
const castVoteDeterminers = new Set(['a', 'their', 'his', 'her', 'its', 'our', 'my', 'your']);

/** The token of "vote" in "cast their votes" at `i` ("cast" or "casts"), or `i` for any other word. */
function castVote(block: Block, i: number): number {
  const { toks } = block;
  const [t, d, v] = [toks[i], toks[i + 1], toks[i + 2]];
  if ((t.lower !== 'cast' && t.lower !== 'casts') || !d || !v || v.s !== t.s || d.q >= 0 || v.q >= 0) return i;
  return castVoteDeterminers.has(d.lower) && (v.lower === 'vote' || v.lower === 'votes') ? i + 2 : i;
}

/**
 * The end of the words that say which way a vote at `k` went, or -1: "for", "against", "down",
 * "in favor of", "in support of".
 */
function votingSide(block: Block, k: number): number {
  const { toks } = block;
  const w = toks[k]?.lower;
  if (w === 'for' || w === 'against' || w === 'down') return k;
  if (w === 'in' && (toks[k + 1]?.lower === 'favor' || toks[k + 1]?.lower === 'favour' || toks[k + 1]?.lower === 'support') && toks[k + 2]?.lower === 'of') return k + 2;
  return -1;
}

/**
 * "The council voted to close the library", "Ruiz voted against the bill", "Most delegates would
 * vote for Lima", "Hundreds cast their votes for Ruiz": a vote with its side or its aim is a stance the voters take, a cue outside the
 * lexicon (PolNeAR marks it so) with the subject as source and what is voted for as content; the
 * cue runs to the side's preposition ("voted in favor of"), not over "to". A vote with neither
 * ("she voted at 9am", "voted on the bill") is an act, and so is an infinitive or a noun ("his
 * vote for").
 */
function votedFrame(block: Block, i: number): Found | null {
  const { toks } = block;
  const t = toks[i];
  const { s } = t;
  if (t.cap || i === block.first[s]) return null;
  const last = block.last[s];
  const vote = castVote(block, i);
  const cast = vote > i;
  let k = vote + 1;
  while (k < last && toks[k].q < 0 && (votingAdverbs.has(toks[k].lower) || cueAdverb(toks[k]))) k++;
  const verbEnd = k - 1;
  // "voted Thursday to hold ...", "voted on Monday against ...": the time of the vote comes between.
  if (toks[k] && dayNames.has(toks[k].lower)) k++;
  else k = Math.max(k, timeAdjunctEnd(block, k) + 1);
  if (toks[k]?.q >= 0 || toks[k]?.s !== s) return null;
  const side = votingSide(block, k);
  const aim = side < 0 && !cast && toks[k].lower === 'to' && infinitiveAt(block, k + 1);
  if (side < 0 && !aim) return null;
  const from = aim ? k : side + 1;
  if (from > last || toks[from].q >= 0 && block.quotes[toks[from].q].open !== from) return null;
  // "they all voted for": a floating quantifier belongs to the cue as annotators mark it.
  let c0 = modifiersBefore(block, i);
  if (toks[c0 - 1]?.lower === 'all' && toks[c0 - 1].s === s && toks[c0 - 1].q < 0) c0 = modifiersBefore(block, c0 - 1);
  // "are voting for": the -ing form only after its auxiliary; "would vote for", "you vote for": the base
  // form after a modal or a pronoun, not the noun ("a swing vote for", "a strike vote").
  if (t.lower === 'voting' ? !(c0 < i && beForms.has(toks[i - 1].lower)) : toks.slice(c0, i).some((u) => beForms.has(u.lower))) return null;
  // "an award voted for by readers": a passive, whoever voted comes after.
  if (toks[from]?.lower === 'by') return null;
  const before = toks[c0 - 1];
  if (t.lower === 'vote' && !(c0 < i && votingModals.has(toks[i - 1].lower)) && !subjectPronouns.has(before?.lower ?? '')) return null;
  // "Would you ever vote for her?": a question asks, nobody has taken a side.
  if (subjectPronouns.has(before?.lower ?? '') && votingModals.has(toks[c0 - 2]?.lower ?? '')) return null;
  return actWithSubject(block, c0, aim ? verbEnd : side, from);
}

/**
 * A vote whose cue runs from `c0` to `c1` and whose content starts at `from`, with the subject
 * before the cue as its source, or null when there is none: "members who voted against the bill"
 * and "no guarantee they will vote" have the relative or the personal pronoun alone, as PolNeAR
 * marks them.
 */
function actWithSubject(block: Block, c0: number, c1: number, from: number, afterAside = false): Found | null {
  const { toks } = block;
  const s = toks[c0].s;
  const before = toks[c0 - 1];
  // With `afterAside`, the subject may end in an appositive or a relative clause between commas
  // ("Ruiz, a longtime critic, lashed out at ...").
  const aside = afterAside && before?.text === ',' && before.q < 0 && before.s === s;
  if (!aside && (!endsSubject(before, s) || /['’]s?$/.test(before.text))) return null;
  const relative = !aside && relativePronouns.has(before.lower);
  const source: Range | null = relative || !aside && subjectPronouns.has(before.lower) ? [c0 - 1, c0 - 1] : frameSubject(block, c0);
  if (!source) return null;
  let end = contentEnd(block, from, cueStarts(block, from, block.last[s]));
  // "a farmer who voted for Lind, said ...", "those who backed him are proud": a relative clause
  // ends at its comma or at the main clause's verb.
  if (relative) for (let j = from + 1; j <= end; j++) if (isSeparator(toks[j]) || beForms.has(toks[j].lower)) {
    end = j - 1;
    break;
  }
  if (end < from) return null;
  return { cue: [c0, c1], source: [source[0], timeTail(block, source[0], source[1])], content: [from, withoutClosingTime(block, from, end)] };
}

/** Whether a short object is named "after" someone, before any punctuation: "named her son after her grandfather". */
function namedAfter(block: Block, from: number, end: number): boolean {
  for (let k = from + 1; k <= Math.min(end, from + 4); k++) {
    if (isPunct(block.toks[k])) return false;
    // "nominated Kalns after he lost his temper": a clause after "after" tells when.
    if (block.toks[k].lower === 'after') return !subjectPronouns.has(block.toks[k + 1]?.lower ?? '');
  }
  return false;
}

/**
 * Whether an "as" before token `a` opens a clause of its own ("cast their votes as the polls
 * opened"), not a judgement with a relative clause ("as a mayor who cut taxes").
 */
function asClause(block: Block, a: number, end: number): boolean {
  for (let k = a; k <= Math.min(end, a + 5); k++) if (relativeOpeners.has(block.toks[k].lower) || block.toks[k].lower === 'that') return false;
  return clauseWithSubject(block, a, end, false);
}

/** Verbs of seeming: the writer's own judgement, reported with no source. */
export const seemForms = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** Words after "appear" that make it a showing up, not a seeming: "appeared on television". */
const appearingWords = new Set(['on', 'at', 'in', 'before', 'with', 'as', 'for', 'from', 'after', 'during', 'alongside', 'together', 'onstage', 'live', 'here', 'there', 'again', 'twice', 'once', 'briefly', 'first', 'and', 'or', 'but', 'by', 'to', 'inside', 'outside', 'online', 'near', 'across', 'beside', 'behind', 'under', 'over', 'within', 'without', 'among', 'along',
  'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * "The ferry company appears to have run out of money", "The talks seemed stalled", "It seems that
 * ...": a verb of seeming is the writer's judgement, a cue with no source whose content is the
 * subject and the complement (two parts, the second in `rest`). Not "appeared on television" or
 * "appeared in court", nor a seeming with nothing after it ("as it seems.").
 */
export function seemingClause(block: Block, i: number): Found | null {
  const { toks } = block;
  const t = toks[i];
  const s = t.s;
  const last = block.last[s];
  if (t.cap && i !== block.first[s]) return null;
  let k = i + 1;
  // "seemed almost ready", "appears increasingly likely": adverbs before the complement.
  while (k < last && toks[k].q < 0 && cueAdverb(toks[k]) && k - i < 3) k++;
  const next = toks[k];
  if (!next || next.s !== s || k > last || isPunct(next) && next.q < 0) return null;
  const to = next.lower === 'to' && next.q < 0;
  if (to ? !infinitiveAt(block, k + 1) : appearingWords.has(next.lower) || determiners.has(next.lower) && next.lower !== 'more' && next.lower !== 'most' && next.lower !== 'that') return null;
  // "seemed to blame the network": the verb of saying or thinking is the cue, and its rules read it.
  if (to && cueWords.has(toks[k + 1].lower)) return null;
  let end = contentEnd(block, i + 1);
  if (end < i + 1) return null;
  // Auxiliaries before the verb belong to the cue ("does not seem", "has appeared"); the subject is
  // the noun phrase before them, none for an expletive "it" or "there".
  let v = i;
  while (v - 1 >= block.first[s] && toks[v - 1].q < 0 && cueModifiers.has(toks[v - 1].lower)) v--;
  let w = v;
  while (w - 1 >= block.first[s] && toks[w - 1].q < 0 && cueAdverb(toks[w - 1])) w--;
  const before = toks[w - 1];
  const cue: Range = [v, i];
  // "trying to appear moderate", "makes it seem": what someone does or causes, not the writer's
  // judgement; "the yuan, which seems to be in decline - means ...": a relative clause's end is not
  // found here.
  if (before?.lower === 'to' || relativePronouns.has(before?.lower ?? '') || (before?.lower === 'it' && /^mak/.test(toks[w - 2]?.lower ?? ''))) return null;
  const subject = !before || before.s !== s || before.lower === 'it' || before.lower === 'there' || !isWord(before) || before.q >= 0 ? null : subjectBefore(block, w - 1);
  // The judgement ends at a dash, and a subordinate clause ("because she seemed suited to the part,
  // ...") at its comma.
  const subordinate = subject !== null && subordinators.has(toks[subject[0] - 1]?.lower ?? '');
  for (let k2 = i + 1; k2 <= end; k2++) {
    const u = toks[k2];
    if (u.q < 0 && (isDash(u) || (u.text === '-' && u.start > toks[k2 - 1].end) || (subordinate && u.text === ','))) {
      end = k2 - 1;
      break;
    }
  }
  if (end < i + 1) return null;
  const complement: Range = [i + 1, end];
  return subject ? { cue, source: null, content: subject, rest: complement } : { cue, source: null, content: complement };
}

/** "according to X": content before (", according to X.") or after ("According to X, ..."). */
export function accordingTo(block: Block, i: number): Found | null {
  const { toks } = block;
  const s = toks[i].s;
  const from = block.first[s];
  let lead = from;
  while (lead < i && (clauseOpeners.has(toks[lead].lower) || isPunct(toks[lead]))) lead++;
  // "The wire reported that, according to X, 85 of ...": a parenthetical attributes what follows it.
  const parenthetical = lead !== i && toks[i - 1]?.text === ',' && toks[i - 2]?.lower === 'that';
  // Sentence-initial "According to X, ..." ends its source at the comma; an appositive after it is read below.
  const source = accordingSource(block, i + 2, lead !== i && !parenthetical);
  if (!source || accordanceObject(block, source)) return null;
  const cue: Range = [i, i + 1];
  if (lead === i || parenthetical) {
    const after = source[1] + 1;
    let start = toks[after]?.text === ',' ? after + 1 : after;
    // "According to a senior official, who spoke on condition of anonymity, Russia has ...": the
    // relative clause describes the source; what was said starts after the comma that closes it.
    if (relativeOpeners.has(toks[start]?.lower ?? '')) {
      let close = start + 1;
      while (close <= block.last[s] && toks[close].text !== ',') close++;
      if (close < block.last[s]) start = close + 1;
    }
    // "According to Tom Reed, the director of the port, ferries ...": an appositive between commas
    // is the source's, and what was said starts after it.
    let named: Range = source;
    if (toks[after]?.text === ',') {
      // Two only after an age ("Tom Reed, 54, a retired teacher,"); more would be a list.
      for (let close = appositiveClose(block, start), n = 0; close > 0 && (n === 0 || (n === 1 && isQuantity(toks[named[1]]))); close = appositiveClose(block, start), n++) {
        named = [source[0], close - 1];
        start = close + 1;
      }
    }
    if (start > block.last[s]) return null;
    const end = contentEnd(block, start);
    return end >= start ? { cue, source: named, content: [start, end] } : null;
  }
  let end = i - 1;
  if (toks[end].text === ',') end--;
  if (end < from) return null;
  const start = afterAnnouncingColon(block, clauseStart(block, end), end);
  // "Growth, according to the bank, will slow": with no verb before it, the aside interrupts its
  // sentence, and the rest after the source (and an appositive of it) is reported too.
  // So does "The airline earns, according to one estimate, $40m a year": a verb before the comma
  // still wants what follows the aside.
  const presentAtEnd = end > start && end - start <= 3 && /[^su]s$/.test(toks[end].lower) && isWord(toks[end]) && !toks[end].cap && (determiners.has(toks[start].lower) || toks[start].cap);
  if (toks[i - 1].text === ',' && (!hasFiniteVerb(block, start, i - 1) || verbKind(toks, end) !== '' || presentAtEnd)) {
    const rest = restAfterAside(block, i + 2);
    if (rest) return { cue, source: rest.source, content: [start, end], rest: rest.rest };
  }
  return { cue, source, content: [start, end] };
}

/**
 * The comma that closes an appositive starting at `k` after an opening "According to X," ("the
 * director of the port,", "54,", "a retired teacher,"), when a clause with a verb follows it; or -1.
 * An adjunct ("in May,", "however,") is no appositive.
 */
function appositiveClose(block: Block, k: number): number {
  const { toks } = block;
  const t = toks[k];
  const last = block.last[t?.s ?? -1] ?? -1;
  if (!t || t.q >= 0 || !(isWord(t) || isQuantity(t)) || sourcePrepositions.has(t.lower) || clauseOpeners.has(t.lower) || cueAdverb(t) || timeWords.has(t.lower) || monthWords.has(t.lower) || relativeOpeners.has(t.lower)) return -1;
  let close = k + 1;
  while (close <= last && close - k <= 12 && toks[close].q < 0 && toks[close].text !== ',' && !terminal.has(toks[close].text)) close++;
  if (close >= last || toks[close].text !== ',' || toks[close].q >= 0) return -1;
  // "a retired teacher": a participle after an article or a number describes the noun.
  const describing = (v: number) => participleForm(toks[v]) && !pastAuxiliaries.has(toks[v].lower) && (determiners.has(toks[v - 1].lower) || isQuantity(toks[v - 1]));
  for (let v = k; v < close; v++) if (verbKind(toks, v) !== '' && !describing(v)) return -1;
  // The clause after it has its verb before any comma: in "According to analysts' forecasts, Nordvik,
  // the largest Baltic carrier, will report" the words between commas are the subject's appositive.
  let next = close + 1;
  while (next <= last && !(toks[next].text === ',' && toks[next].q < 0)) next++;
  // A verb right after the comma has the words between the commas for its subject ("..., the
  // so-called blogosphere, has doubled").
  return verbKind(toks, close + 1) === '' && hasFiniteVerb(block, close + 1, next) ? close : -1;
}

/**
 * The source that starts at `from` and the rest of its sentence after it, when a comma ends the
 * source and words follow ("the bank, will slow"); an appositive with an article before another comma
 * stays in the source ("the bank, a state agency, will slow"), and so does one that ends the sentence
with no verb ("the company, a maker of toys."). Null when the sentence ends with the source.
 */
function restAfterAside(block: Block, from: number): { source: Range; rest: Range } | null {
  const { toks } = block;
  const plain = accordingSource(block, from, false);
  if (!plain) return null;
  const last = block.last[toks[from].s];
  let comma = plain[1] + 1;
  if (toks[comma]?.text !== ',' || toks[comma].q >= 0) return null;
  let source: Range = plain;
  if (articles.has(toks[comma + 1]?.lower ?? '') || toks[comma + 1]?.lower === 'another') {
    let k = comma + 2;
    while (k <= last && toks[k].q < 0 && toks[k].text !== ',' && !terminal.has(toks[k].text)) k++;
    if (k <= last && toks[k].text === ',') {
      source = [plain[0], k - 1];
      comma = k;
    } else if (!hasFiniteVerb(block, comma + 1, k)) return null;
  }
  const start = comma + 1;
  // ", where 475 delegates ..." describes the source; ", and ..." and ", but ..." join another clause.
  // ", still oppose the plan", ", also want": an adverb before the clause's verb goes on with it.
  const adverbThenVerb = (toks[start]?.lower === 'still' || toks[start]?.lower === 'also') && isWord(toks[start + 1]) && !toks[start + 1].cap && toks[start + 1].s === toks[start].s;
  const amount = !!toks[start] && (isQuantity(toks[start]) || currencySymbols.has(toks[start].text) || /^[$€£¥₹]\d/.test(toks[start].text));
  if (start > last || !(isWord(toks[start]) || amount) || (clauseOpeners.has(toks[start].lower) && !adverbThenVerb)) return null;
  // ", editor of the magazine." with no verb is the source's role, no rest.
  if (!toks[start].cap && (roleHeads.has(toks[start].lower) || toks[start + 1]?.lower === 'of' || toks[start + 1]?.lower === 'at') && !hasFiniteVerb(block, start, last + 1)) return null;
  const end = contentEnd(block, start);
  return end > start ? { source, rest: [start, end] } : null;
}

/** Conjunctions before "asked" with no subject: "said when asked about ...", "If asked whether ...". */
export const askingConjunctions = new Set(['when', 'if', 'once', 'after', 'before', 'while', 'unless']);

/**
 * "Asked whether ..., X said": the question is content of a cue with no source of its own. A time, a
 * place or the asker may stand between the cue and the question ("Asked on Monday whether ...",
 * "Asked by reporters about the strike, ..."); the asker after "by" is the source.
 */
export function askedClause(block: Block, i: number, afterConjunction = false): Found | null {
  const { toks } = block;
  const last = block.last[toks[i].s];
  let comma = i + 1;
  while (comma <= last && !(toks[comma].text === ',' && toks[comma].q < 0)) comma++;
  // "... said when asked about the strike.": after a conjunction the question may end the sentence.
  if (afterConjunction && comma > last) comma = terminal.has(toks[last].text) ? last : last + 1;
  else if (comma >= last) return null;
  // The question: the first question word within a dozen words, before which only plain words stand.
  let question = i + 1;
  while (question < comma && question - i <= 12 && !(questionWords.has(toks[question].lower) && (toks[question].lower !== 'to' || infinitiveAt(block, question + 1)) && toks[question].q < 0)) {
    if (!isWord(toks[question]) || toks[question].q >= 0) return null;
    question++;
  }
  const specifically = toks[i + 1].lower === 'specifically';
  if (specifically) question = i + 1;
  else if (question >= comma || question - i > 12) return null;
  // "Asked about X" keeps "about" in the cue, as "asked about" elsewhere; not past other words.
  const about = question === i + 1 && toks[question].lower === 'about';
  const start = about || specifically ? question + 1 : question;
  if (start >= comma) return null;
  const by = toks.slice(i + 1, question).findIndex((u) => u.lower === 'by');
  let source: Range | null = null;
  if (by >= 0) {
    const a = i + 1 + by + 1;
    let b = a;
    while (b + 1 < question && !sourcePrepositions.has(toks[b + 1].lower)) b++;
    if (a < question) source = [a, b];
  }
  return { cue: [i, about ? i + 1 : i], source, content: [start, comma - 1] };
}

/**
 * Heads of a phrase after "according to" that mean "in line with" or "depending on", not anyone who
 * says anything: "went according to plan", "act according to their own self-interest", "graded
 * according to their value", "according to his wishes".
 */
const accordanceNouns = new Set(['plan', 'plans', 'schedule', 'timetable', 'script', 'wish', 'wishes', 'taste', 'tastes', 'value', 'values', 'preference', 'preferences',
  'need', 'needs', 'merit', 'merits', 'ability', 'abilities', 'age', 'size', 'share', 'income', 'incomes', 'step', 'steps', 'rule', 'rules', 'tradition', 'traditions',
  'custom', 'customs', 'instructions', 'guidelines', 'protocol', 'procedure', 'procedures', 'priority', 'priorities', 'instinct', 'instincts', 'self-interest',
  'interests', 'conscience', 'formula', 'criteria', 'standards', 'principles', 'severity', 'seriousness', 'importance', 'performance', 'demand', 'population', 'length',
  'distance', 'location', 'rank', 'weight', 'type', 'category', 'level', 'levels', 'needs-based']);

/**
 * Whether the phrase after "according to" says in line with what ("according to plan", "according
 * to their value in 1995") or on what it depends ("according to how much trade they won",
 * "according to whether ..."), so that it names no source.
 */
function accordanceObject(block: Block, [from, to]: Range): boolean {
  const { toks } = block;
  if (toks[from].lower === 'how' || toks[from].lower === 'whether') return true;
  let k = from;
  if (articlesAndPossessives.has(toks[k].lower) && k < to) k++;
  // Up to two modifiers before the head: "their own", "their instinctive", "local".
  for (let n = 0; n < 2 && k < to && !accordanceNouns.has(toks[k].lower) && !toks[k].cap && isWord(toks[k + 1]); n++) k++;
  return !toks[k].cap && accordanceNouns.has(toks[k].lower) && (k === to || sourcePrepositions.has(toks[k + 1].lower) || toks[k + 1].lower === 'and' || subjectPronouns.has(toks[k + 1].lower));
}
