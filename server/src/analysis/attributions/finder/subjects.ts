/**
 * The source of a cue as the finder sees it: the subject before the verb (`subjectBefore`), the
 * speaker after an inverted verb (`subjectAfter`, "said Ana Berg, the mayor"), and the subject of a
 * clause at a given token (`subjectAt`). source.ts later reads names and roles from these spans.
 */
import { anonymousHeads, clauseOpeners, cueModifiers, cueWords, determiners, sourceStoppers, subjectPronouns, titles } from '../lexicon.js';
import { type Block, firstByContentStart, type Found, isPunct, isWord, lastOfSentence, type Range, terminal, type Tok } from './block.js';
import {
  adverbialOpener,
  afterPossessive,
  agentAfterPassive,
  articles,
  articlesAndPossessives,
  beForms,
  bridgedPreposition,
  closingAdverb,
  clauseVerbs,
  comparatives,
  cueAdverb,
  figureComparison,
  finiteVerbs,
  hasFiniteVerb,
  hasName,
  innerPunct,
  introPrepositions,
  irregularPasts,
  isAsideDash,
  isSeparator,
  objectOpeners,
  openingParticiplePhrase,
  opensContentOf,
  participleClause,
  passiveAgentBefore,
  pastAuxiliaries,
  pastVerb,
  personRelatives,
  phraseBreakers,
  plainWord,
  relativePronouns,
  roleHeads,
  sourcePrepositions,
  startsNounPhrase,
  subordinators,
  verbForm,
  verbKind,
} from './grammar.js';
import { afterDateline, afterIntroduction, timeEnd, timeOpeners } from './time.js';
import { afterOpeningPhrase, nounPhraseBack, plainNounBefore, roleBeforeName, withAppositive } from './nounPhrases.js';

/**
 * Whether the noun phrase `np`, before an appositive's comma, is the object of the word before it: a
 * common noun after a preposition, "be" or a verb in "-ing" or "-ed" ("to the convention", "about the
 * candidacy", "opposing the request", "were deemed ineligible"), or after "or" and a finite verb in its
 * segment from `segStart`; not a name ("after Qwest", "Meanwhile Mark Lind").
 */
function objectOfPhrase(block: Block, np: Range, segStart: number): boolean {
  const { toks } = block;
  const before = toks[np[0] - 1];
  const head = toks[np[1]];
  if (!before || before.s !== head.s || before.q >= 0 || head.cap || !isWord(head)) return false;
  // "it wasn't a fluke or a mistake — Tom Reed, ..., told": "or" after a finite verb in its segment
  // joins the verb's objects ("but his lawyer, Ana Ruiz, told" opens a clause).
  if (before.lower === 'or' && hasFiniteVerb(block, segStart, np[0])) return true;
  const form = verbForm(before);
  // "after one of its scientists, Ana Ruiz, admitted": a preposition that also opens a clause may open its subject.
  const preposition = (sourcePrepositions.has(before.lower) || phraseBreakers.has(before.lower)) && !subordinators.has(before.lower);
  return preposition || beForms.has(before.lower) || form === 'ing' || form === 'past';
}
/** Sentence adverbs that open a sentence before its subject and a comma: "Moreover, ...". */
const sentenceAdverbs = new Set(['moreover', 'furthermore', 'however', 'meanwhile', 'nevertheless', 'nonetheless', 'indeed', 'still', 'instead', 'separately',
  'elsewhere', 'similarly', 'likewise', 'besides', 'additionally', 'also', 'now', 'then', 'yet', 'otherwise', 'finally', 'ultimately']);

/** Words in "-ing" that are prepositions or nouns, not participles opening a clause: "including", "during", "morning". */
const notParticiples = /^(?:[^aeiouy]+ing|during|including|excluding|regarding|concerning|following|according|notwithstanding|pending|morning|evening|thing|nothing|something|anything|everything|building|meeting|briefing|hearing|ruling|funding|spending|warning)$/;

/** Whether `t` is a present participle in lower case that opens a clause: "facing", "sitting". */
function participleOpening(t: Tok): boolean {
  return !t.cap && t.q < 0 && t.lower.length > 5 && t.lower.endsWith('ing') && isWord(t) && !notParticiples.test(t.lower);
}

/** Whether a past participle opening the sentence before a preposition starts at `k`: "Alarmed by the unrest", "Asked about the vote". */
function openingPastParticiple(toks: Tok[], k: number): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  return t.cap && t.lower.length > 4 && t.lower.endsWith('ed') && !!next && next.s === t.s && !next.cap && sourcePrepositions.has(next.lower);
}

/**
 * Whether tokens a..b are a phrase of a preposition or a participle and nothing more: no subject
 * starts inside it, as one does with no comma after the phrase ("After the ruling Ilze Ozola",
 * "Speaking after the vote was declared Tom Reed"). The caller has looked for a subject after the
 * phrase's noun (`afterOpeningPhrase`) first.
 */
function introPhraseOnly(block: Block, a: number, b: number): boolean {
  const { toks } = block;
  if (!introPrepositions.has(toks[a].lower) && !openingParticiplePhrase(toks, a)) return false;
  // The noun phrase that ends the phrase is its object when a preposition or a determiner's
  // preposition comes right before it ("with the Financial Times", "to Reuters").
  const np = nounPhraseBack(block, b, a + 1);
  if (!np) return true;
  let k = np[0] - 1;
  while (k > a && determiners.has(toks[k].lower)) k--;
  return k <= a || sourcePrepositions.has(toks[k].lower);
}

/**
 * The subject that ends right before token `end` + 1: a noun phrase walked back to a clause
 * boundary, with an appositive between commas ("Ivo Kalns, the head of ..., said").
 */
export function subjectBefore(block: Block, end: number, asides = false): Range | null {
  const { toks } = block;
  const s = toks[end + 1]?.s ?? toks[end]?.s;
  // "LONDON — Harrow & Vane, the brewer, said": the dateline is no part of the subject.
  const from = afterDateline(block, block.first[s], end + 1);
  if (end < from) return null;
  // With `asides`, a hyphen with spaces separates as a dash does (from `subjectBeforeDashes`).
  const separator = asides ? (t: Tok | undefined) => isSeparator(t) || isAsideDash(block, t) : isSeparator;
  if (separator(toks[end])) {
    // Appositives between commas or dashes, then the name before them: "Ivo Kalns, the head of
    // ..., said", "Liz Holm, 21, a student from Riga, said". The leftmost segment that is a
    // noun phrase with a name starts the source; an introductory phrase before it ("In 2014,") does not.
    let segEnd = end - 1;
    let best: number | null = null;
    // A 'which' or participial clause right before the cue ("the board, citing costs, said") is left
    // out of the source.
    let clauseStart = -1;
    // Set when a "who" clause about the speaker ends the source ("Ana Ruiz, head of sales, who ran the yard, said").
    let personClause = false;
    for (let segments = 0; segments < 5 && segEnd >= from; segments++) {
      let k = segEnd;
      while (k >= from && !separator(toks[k]) && toks[k].q < 0 && !terminal.has(toks[k].text)) k--;
      const segStart = k + 1;
      if (segments === 0 && segStart <= segEnd && (toks[segStart].lower === 'who' || toks[segStart].lower === 'whose')) personClause = true;
      // A 'who' clause about the speaker stays in it, as PolNeAR marks sources ("Cruz, who trails in Iowa, said").
      // "including" opens members of the group named before it, which stay ("Several mayors, including Tom Reed, said").
      if (segments === 0 && segStart <= segEnd && (toks[segStart].lower === 'which' || (/ing$/.test(toks[segStart].lower) && toks[segStart].lower !== 'including'))) clauseStart = segStart;
      // "Sen. Tom Reed, facing a spirited challenge in Ohio, a swing state, said": an appositive after
      // a participle's clause belongs to the clause, which is left out with it.
      if (segments > 0 && segStart < segEnd && best !== null && clauseStart < 0 && participleOpening(toks[segStart])) {
        clauseStart = segStart;
        best = null;
        if (k < from || !separator(toks[k])) break;
        segEnd = k - 1;
        continue;
      }
      // "The governor, for his part, said": an adverbial between commas is not part of the source, nor
      // is a long one that opens with a preposition ("Ana Ruiz, in an interview about ..., said").
      if (segments === 0 && segStart <= segEnd && (segEnd - segStart < 10 || introPrepositions.has(toks[segStart].lower)) && adverbialOpener(toks[segStart])) clauseStart = segStart;
      if (segStart > segEnd || end - segStart > 45) break;
      // "Even Ana Ruiz, a stalwart ally, said", "As Jan Lund, an expert on trade, noted": an adverb or a
      // conjunction before the name opens the clause; the name after it starts the source.
      if (segments > 0 && nameAfterOpener(block, segStart, segEnd)) {
        best = segStart + 1;
        break;
      }
      // "Speaking to the BBC, Ana Ruiz, ..., said", "In an interview with the Financial Times, its chief
      // executive, Ana Ruiz, said": a phrase of a participle or a preposition opening the sentence, and
      // the object of its preposition, are no part of the source (the speaker was "Financial Times").
      if (segments > 0 && segStart === from) {
        // "After the announcement NHA finance spokesman Tom Reed, of Halden, said": with no comma
        // after the opening phrase, the subject starts inside the segment (it was "the announcement WLGA ...").
        const inside = introPrepositions.has(toks[segStart].lower) ? afterOpeningPhrase(block, [segStart, segEnd]) : null;
        if (inside) {
          best = inside[0];
          break;
        }
        if (introPhraseOnly(block, segStart, segEnd)) break;
        // "Moreover, Ana Ruiz, ..., said", "Alarmed by the unrest, Senator Tom Reed, ..., said": a
        // sentence adverb or a past participle's phrase opening the sentence is no part of the source.
        if ((segStart === segEnd && sentenceAdverbs.has(toks[segStart].lower)) || openingPastParticiple(toks, segStart)) break;
      }
      const np = nounPhraseBack(block, segEnd, segStart);
      // "The port will close, Tom Reed, the director, said": a clause read as a noun phrase before the
      // name is what was said, no part of the source (it was the whole sentence, and the content none).
      if (segments > 0 && segStart === from && best !== null && np && np[0] === segStart && clauseSegment(block, segStart, segEnd)) break;
      if (np && np[0] === segStart && startsNounPhrase(toks[segStart]) && (segments === 0 || segEnd - segStart < 8)) {
        best = segStart;
      } else if (segments > 0 && np && (toks[segStart].lower === 'of' || toks[segStart].lower === 'from') && toks[segStart].s === toks[end].s) {
        // "Prof Naveed Sattar, of the University of Glasgow, who was not involved in the research, said":
        // where the speaker comes from describes the name before it; the walk goes on to that name.
      } else if (segments > 0 && np && best === null && (clauseStart >= 0 || personClause) && !toks[segStart].cap && (titles.has(toks[segStart].lower) || roleHeads.has(toks[segStart].lower)) && ['of', 'at', 'for'].includes(toks[segStart + 1]?.lower ?? '')) {
        // "Ana Ruiz, editor of Hazards magazine, which ran the survey, said": a role with no article
        // before a relative clause describes the name before it too ("Ana Ruiz, head of the unit, who
        // made the call, said" had no source).
      } else if (segments > 0 && np && best !== null && bareRoleOf(block, segStart, segEnd)) {
        // "Ana Ruiz, executive director of the Harbour Fund, a conservation charity, said": a role
        // with no article before what describes its organisation describes the name before it.
      } else if (segments > 0 && np && startsNounPhrase(toks[np[0]]) && segEnd - np[0] < 8) {
        // "..., and Smith, a lawyer, said": the name ends a clause. A common noun after a verb or a
        // preposition is that word's object ("In opposing the request, her lawyer, Ana Ruiz, wrote"),
        // and the walk stops at the segment after it.
        if (best !== null && objectOfPhrase(block, np, segStart)) break;
        best = np[0];
        break;
      } else if (segments > 0 && !startsNounPhrase(toks[segStart]) && toks[segStart].lower !== 'who' && toks[segStart].lower !== 'whose') {
        break;
      }
      if (k < from || !separator(toks[k])) break;
      segEnd = k - 1;
    }
    // "However, one trader, who asked not to be named, told": a phrase with a clause about a person
    // needs no name.
    const aboutPerson = best !== null && toks.slice(best + 1, end).some((u) => personRelatives.has(u.lower) && u.q < 0);
    if (best === null || best > end - 2 || !(hasName(block, [best, end - 1]) || aboutPerson)) return null;
    if (clauseStart > best + 1) return [best, clauseStart - 2];
    return [best, end - 1];
  }
  const np = nounPhraseBack(block, end, from);
  return np && withLeadingWord(block, np, from);
}

/**
 * The subject between a quotation's end and the word after `end`: '"We will win," the senator and
 * candidate said'. The walk back starts its clause at the quotation's end, so that "and" between two
 * phrases there joins them (`subjectBefore` reads from the sentence's start, inside the quotation).
 */
export function subjectAfterQuotation(block: Block, end: number): Range | null {
  const { toks } = block;
  const first = block.first[toks[end].s];
  let k = end;
  while (k >= first && toks[k].q < 0 && !isPunct(toks[k])) k--;
  if (k < first || toks[k].q < 0) return null;
  const np = nounPhraseBack(block, end, k + 1);
  return np && np[0] === k + 1 && startsNounPhrase(toks[k + 1]) ? np : null;
}

/** Whether tokens a..b are a role with no article and its organisation: "executive director of the Harbour Fund". */
function bareRoleOf(block: Block, a: number, b: number): boolean {
  const { toks } = block;
  let k = a;
  while (k <= b && isWord(toks[k]) && !toks[k].cap && toks[k].q < 0 && !['of', 'at', 'for'].includes(toks[k].lower)) k++;
  if (k === a || k > b || !['of', 'at', 'for'].includes(toks[k].lower)) return false;
  const role = toks[k - 1].lower;
  return (titles.has(role) || roleHeads.has(role)) && !determiners.has(toks[a].lower);
}

/**
 * Whether tokens a..b opening a sentence are a clause: a subject and a finite verb ("The port will
 * close", "Ferries stopped running"), not a noun phrase ("The newly appointed director").
 */
function clauseSegment(block: Block, a: number, b: number): boolean {
  const { toks } = block;
  if (relativePronouns.has(toks[a].lower)) return false;
  for (let k = a + 1; k <= b; k++) {
    const t = toks[k];
    if (t.q >= 0 || !isWord(t) || t.cap) continue;
    if (clauseVerbs.has(t.lower) || beForms.has(t.lower)) return true;
    const before = toks[k - 1];
    if ((irregularPasts.has(t.lower) || (/^[a-z]+ed$/.test(t.lower) && t.lower.length > 4)) && k - 1 > a && isWord(before) && !before.cap && !determiners.has(before.lower) && !/ly$/.test(before.lower) && !sourcePrepositions.has(before.lower)) return true;
  }
  return false;
}

/** Words that open a clause before its subject: "Even Ruiz, ...", "As Lund, ...". */
const subjectOpeners = new Set(['even', 'as', 'but', 'and', 'yet', 'so', 'still', 'also']);

/** Whether tokens a..b are such an opener and a capitalised name of up to six words ("Even Ana Ruiz", "As Jan J. Lund"). */
function nameAfterOpener(block: Block, a: number, b: number): boolean {
  const { toks } = block;
  if (!subjectOpeners.has(toks[a].lower) || b < a + 1 || b - a > 6) return false;
  for (let k = a + 1; k <= b; k++) {
    const t = toks[k];
    if (t.q >= 0 || !(isWord(t) ? t.cap : innerPunct.has(t.text) && t.start === toks[k - 1].end)) return false;
  }
  return true;
}

/**
 * A subject with the word that opens it before the noun phrase, as PolNeAR marks them: "Neither
 * Ruiz nor Hale said", "whose lawyers argued".
 */
function withLeadingWord(block: Block, r: Range, from: number): Range {
  const { toks } = block;
  const before = toks[r[0] - 1];
  if (r[0] - 1 < from || !before || before.q >= 0) return r;
  if (before.lower === 'whose') return [r[0] - 1, r[1]];
  if (before.lower !== 'nor') return r;
  // "Neither Ruiz nor Hale": the first of the two, back to "neither".
  for (let k = r[0] - 2; k >= from && r[0] - k < 8; k--) {
    const t = toks[k];
    if (t.q >= 0 || isPunct(t) || (clauseOpeners.has(t.lower) && t.lower !== 'neither')) return r;
    if (t.lower === 'neither') return k + 1 < r[0] - 1 ? [k, r[1]] : r;
  }
  return r;
}

/** Words before the quoted title of a work in a description of its author: "author of", "star of", "directed by". */
const titleLinks = new Set(['of', 'by', 'in', 'for', 'on']);

/**
 * The closing mark of a quoted title opening at `k` inside a description ('the author of "The Long
 * Harbour"', "a co-host of ''Harbour Nights''"), or -1: a closed quotation of at most ten words,
 * capitalised, right after a preposition.
 */
function quotedTitleEnd(block: Block, k: number): number {
  const { toks } = block;
  const t = toks[k];
  if (!t || t.q < 0 || !titleLinks.has(toks[k - 1]?.lower ?? '') || toks[k - 1].q >= 0) return -1;
  const quote = block.quotes[t.q];
  if (!quote || quote.open !== k || quote.close < 0 || quote.close - k > 14 || toks[quote.close].s !== t.s) return -1;
  const words = toks.slice(k + 1, quote.close).filter(isWord);
  return words.length > 0 && words.length <= 10 && words[0].cap ? quote.close : -1;
}

/**
 * The noun phrase after `from` up to the sentence end, with an appositive after a comma. `accepted`:
 * the model has accepted the cue, and readings it does not learn from apply (a capitalised cue word
 * opening a name).
 */
export function subjectAfter(block: Block, from: number, accepted = false): Range | null {
  const { toks } = block;
  const t = toks[from];
  if (!t || t.q >= 0 || !isWord(t)) return null;
  const s = t.s;
  const last = block.last[s];
  if (subjectPronouns.has(t.lower) && t.lower !== 'it' && t.lower !== 'you') return [from, from];
  const name = t.cap || determiners.has(t.lower) || titles.has(t.lower) ? from : roleBeforeName(block, from);
  if (name < 0) return null;
  // "said judge Claire Hart": a title before a name is no verb, though a noun-like cue word.
  const titled = titles.has(t.lower) && !!cueWords.get(t.lower)?.nounLike && toks[from + 1]?.cap === true && toks[from + 1].q < 0;
  // "said Hope Lind", "wrote Post reporter Ana Lima": a capitalised cue word before a capitalised
  // word opens a name.
  const given = accepted && t.cap && toks[from + 1]?.cap === true && toks[from + 1].q < 0 && toks[from + 1].s === s && isWord(toks[from + 1]);
  if ((cueWords.has(t.lower) && name === from && !titled && !given) || sourceStoppers.has(t.lower) || clauseOpeners.has(t.lower)) return null;
  let b = from;
  // The role's words before the name were checked by roleBeforeName.
  while (b + 1 < name) b++;
  while (b + 1 <= last) {
    const n = toks[b + 1];
    if (n.q >= 0) break;
    if (isPunct(n)) {
      if (innerPunct.has(n.text) && n.start === toks[b].end) {
        b++;
        continue;
      }
      // "said Tom Reed of BK Lind & Sons": an ampersand between capitalised words joins one name.
      if (n.text === '&' && toks[b].cap && toks[b + 2]?.cap && isWord(toks[b + 2]) && toks[b + 2].q < 0) {
        b++;
        continue;
      }
      // "said Rep. Ana Lima (D-Maine)": a party tag after the name stays in the source.
      if (n.text === '(' && toks[b].cap) {
        let k = b + 2;
        while (k <= last && k - b < 8 && toks[k].text !== ')' && toks[k].text !== '(' && toks[k].q < 0) k++;
        if (k <= last && toks[k].text === ')') {
          b = k;
          continue;
        }
      }
      break;
    }
    // "said Tom Reed from security firm Harbourguard", "says a report by analysts Gartner", "said
    // chairman and chief executive Tom Reed": "from", "by" or "and" before a phrase that ends in a
    // name where the sentence or the phrase ends joins that phrase to the source.
    if ((n.lower === 'from' || n.lower === 'by' || n.lower === 'and') && !n.cap) {
      const e = namedTail(block, b + 2, last);
      if (e > b + 1) {
        b = e;
        continue;
      }
    }
    // "said Ana Lima at Halden Bank": "at" before a capitalised name links an employer, like "of".
    const employerLink = n.lower === 'at' && toks[b + 2]?.cap && toks[b + 2].q < 0 && isWord(toks[b + 2]);
    // "said a source close to the mayor", "said an adviser to the mayor": a preposition inside the noun phrase goes on.
    if (sourceStoppers.has(n.lower) && n.lower !== 'of' && !employerLink && !(n.cap && n.lower !== 'in') && !bridgedPreposition(block, b + 1)) break;
    // "said the report", "wrote the judges", "said the world indoor champion": a noun-like cue word
    // inside the phrase is its noun (a verb there leaves the sentence going on, no inverted source).
    // "the director of planning", "director of commercial planning": an "-ing" word after "of" or
    // "for" (and a word that describes it) is a noun.
    const ofField = n.lower.endsWith('ing') && (toks[b].lower === 'of' || toks[b].lower === 'for' || ((toks[b - 1]?.lower === 'of' || toks[b - 1]?.lower === 'for') && b - 1 >= from && plainNounBefore(toks[b])));
    // Right after an article a cue word is a noun too ("with knowledge of the talks").
    if (cueWords.has(n.lower) && !n.cap && !cueWords.get(n.lower)!.nounLike && !ofField && !articlesAndPossessives.has(toks[b].lower)) break;
    if (n.lower === 'who') break;
    if (closingAdverb(block, b + 1)) break;
    // '... as "deeply flawed" said the cards would cost too much': an auxiliary or a form of "be"
    // makes the words after the cue a clause, no source named after it.
    if (clauseVerbs.has(n.lower) && !n.cap) break;
    if (b - from > 12) break;
    b++;
  }
  // "said a senior official who backs the mayor": a 'who' clause describes the speaker, up to its comma.
  if (toks[b + 1]?.lower === 'who' && toks[b + 1].q < 0) {
    let e = b + 1;
    while (e + 1 <= last && toks[e + 1].q < 0 && !terminal.has(toks[e + 1].text) && toks[e + 1].text !== ',' && toks[e + 1].text !== ';' && e - b < 25) e++;
    if (e > b + 1) return [from, e];
  }
  // ", the head of regional studies at the Lacis Institute" to the sentence end.
  if (toks[b + 1]?.text === ',' && b + 2 <= last) {
    const n = toks[b + 2];
    // ", adding that ..." after the name is a second cue, not an appositive.
    // "Senator Ana Lima, Democrat of Maine": a party and state is an appositive too.
    // "said Sen. Tom Reed, R-Ohio": a party's letter and a state.
    const party = (/^(?:democrat|republican|independent)$/.test(n.lower) && toks[b + 3]?.lower === 'of') || /^[RDI]-\p{Lu}/u.test(n.text);
    // "Tom Reed, NHU General Secretary": a title after an employer's name makes it a role too.
    // "said Vassilis Kikilias, Greece's minister for climate crisis": an owner's title opens one too.
    // "said Michael Kuppers, Hera's project scientist.": so does one whose lower-case role ends the sentence.
    const owned = n.cap && /['’]s$/.test(n.text) && ([3, 4, 5].some((d) => b + d <= last && toks[b + d].q < 0 && (titles.has(toks[b + d].lower) || roleHeads.has(toks[b + d].lower))) || ownedRoleEnds(block, b + 3, last));
    const titled = n.cap && (titleWithin(block, b + 2, last) || owned);
    // "said the agency's director, Tom Reed", "said another user, Jo Bayer": the name of the one a
    // role in lower case describes.
    // "said another port lawyer, Tom Reed of the firm Reed Berg": the name with its employer too.
    const roleName = n.cap && !toks[b].cap && isWord(toks[b]) && !subjectPronouns.has(toks[from].lower) && (nameRunEnd(block, b + 2, last) >= 0 || nameWithEmployer(block, b + 2, last));
    const appositive = !(n.lower === 'who' && anonymityClause(block, b + 2, last)) && (determiners.has(n.lower) || n.lower === 'who' || !n.cap || titles.has(n.lower) || /^\d/.test(n.text) || party || titled || roleName) && !cueWords.get(n.lower)?.participle && !participleClause(block, b + 2) && !participleBeforePreposition(block, b + 2) && !figureComparison(block, b + 2) && !clauseVerbs.has(n.lower) && !beForms.has(n.lower) && !pastVerb(n);
    // ", on his first day in the job" is an adjunct, not an appositive, and ", would fail" the rest
    // of a sentence the cue interrupts.
    if (n.q < 0 && isWord(n) && appositive && !subjectPronouns.has(n.lower) && !clauseOpeners.has(n.lower) && !sourceStoppers.has(n.lower)) {
      // Several parts: "said Ana Berg, 44, a nurse from Halden" runs to the sentence end.
      const multi = /^\d/.test(n.text) || n.lower === 'of';
      let e = b + 2;
      // A second appositive ("co-director of the center, a liberal think tank") stays; a participle
      // or a quotation after a comma does not.
      // ", reports the Daily Post", ", writes Ana Ruiz": a verb of saying after a comma names another
      // source, which is no part of this one.
      // ", at a news conference on Tuesday": a phrase opening with a preposition says where, not who,
      // unless it names an employer (", at Anglo-American"); inside a relative clause about the
      // speaker it goes on (", who led it from 1995 to 1997, during ...").
      const employer = (k: number) => (toks[k + 1].lower === 'at' || toks[k + 1].lower === 'of') && !!toks[k + 2]?.cap && isWord(toks[k + 2]);
      // ", higher than any cycle on record" compares the figure reported, and ", quietly." tells how
      // the words were said.
      const nextPart = (k: number) => toks[k + 1]?.q < 0 && isWord(toks[k + 1]) && !closingAdverb(block, k + 1) && (relative || !sourcePrepositions.has(toks[k + 1].lower) || employer(k)) && !cueWords.get(toks[k + 1].lower)?.participle && toks[k + 1].lower !== 'according' && !participleBeforePreposition(block, k + 1) && !figureComparison(block, k + 1) && !secondSource(block, k + 1) && !clauseVerbs.has(toks[k + 1].lower) && !beForms.has(toks[k + 1].lower) && toks[k + 2]?.lower !== 'than';
      // Inside a relative clause about the speaker ("a professor who has predicted every election
      // since 1984") a word that opens a clause does not end the source, nor does the relative
      // pronoun itself with no comma before it ("a graduate whose energy drove others off the beat";
      // after a comma, ", whose ..." is left out as before). That only once the model has accepted
      // the word, so that the rules' reading it judges stays the same.
      let relative = personRelatives.has(toks[e].lower);
      while (e + 1 <= last) {
        // ', the author of "The Long Harbour"': a quoted title inside the appositive is part of it.
        // Read only once the model has accepted the word, so that the rules' reading it judges stays
        // the same (a retrain on that reading moved dozens of cues near the threshold elsewhere).
        const title = accepted ? quotedTitleEnd(block, e + 1) : -1;
        if (title > 0) {
          e = title;
          // '"The Long Harbour," adding ...': a comma inside the closing mark ends the appositive as one after it does.
          if (toks[title - 1].text === ',' && !(multi || nextPart(title))) break;
          continue;
        }
        if (!(toks[e + 1].q < 0 && !terminal.has(toks[e + 1].text) && toks[e + 1].text !== ';' && (multi || toks[e + 1].text !== ',' || nextPart(e + 1)) && !(clauseOpeners.has(toks[e + 1].lower) && toks[e + 1].lower !== 'and' && !relative && !(accepted && personRelatives.has(toks[e + 1].lower) && toks[e].text !== ',')))) break;
        e++;
        if (personRelatives.has(toks[e].lower)) relative = true;
      }
      // A relative clause after the appositive (", which is part of ...") is left out with its comma.
      while (e > b + 2 && toks[e].text === ',') e--;
      // ", broadband is encouraging ..." after "argues the report" is the rest of the sentence: a verb
      // before any relative pronoun makes it a clause, no appositive.
      // A clause after a later comma ("founder of Blue Harbour, and soon they are ...") ends it there.
      let comma = -1;
      for (let j = b + 2; j <= e; j++) {
        if (personRelatives.has(toks[j].lower) || relativePronouns.has(toks[j].lower) || subordinators.has(toks[j].lower)) break;
        if (toks[j].text === ',') comma = j;
        if (beForms.has(toks[j].lower) || pastAuxiliaries.has(toks[j].lower) || verbKind(toks, j) === 'present') {
          e = comma - 1;
          break;
        }
      }
      if (e - b < 30 && e > b + 1) b = e;
    }
  }
  return [from, b];
}

/** Words of a clause that says why a source goes unnamed: "who spoke on condition of anonymity", "who declined to be identified". */
const anonymityWords = new Set(['anonymity', 'anonymously', 'identified', 'named']);

/**
 * Whether the "who" clause at `k` says only why the source goes unnamed ("said an aide, who requested
 * anonymity"): PolNeAR leaves it out of a source after the cue.
 */
function anonymityClause(block: Block, k: number, last: number): boolean {
  const { toks } = block;
  for (let j = k + 1; j <= last && j - k < 12 && toks[j].q < 0 && toks[j].text !== ',' && !terminal.has(toks[j].text); j++) if (anonymityWords.has(toks[j].lower)) return true;
  return false;
}

/** Whether `t` is a noun in lower case for a person: a title, a role, or an unnamed source's head ("senator", "analyst", "aide"). */
function personNoun(t: Tok): boolean {
  return !t.cap && t.q < 0 && (titles.has(t.lower) || roleHeads.has(t.lower) || anonymousHeads.has(t.lower));
}

/**
 * The source after a cue `r` with a second role joined by "and" when one follows it to the sentence's
 * end or a comma: "said the senator and candidate", "said the chairman and chief executive" (one
 * person); else `r`.
 */
export function withJoinedRole(block: Block, r: Range): Range {
  const { toks } = block;
  const and = toks[r[1] + 1];
  if (!and || and.lower !== 'and' || and.q >= 0 || and.s !== toks[r[1]].s || !personNoun(toks[r[1]])) return r;
  const e = rolesTail(block, r[1] + 2, block.last[and.s]);
  return e < 0 ? r : [r[0], e];
}

/**
 * The source after a cue `r` with the rest of an organisation's name that lists single words after
 * "of" or "for" ("said a spokeswoman for the Office of Trade, Customs and Licensing, Ada Moreno."),
 * and the name set off after it, when the sentence ends there; else `r`.
 */
export function withListInName(block: Block, r: Range): Range {
  const { toks } = block;
  const last = block.last[toks[r[1]].s];
  const capital = (k: number) => k <= last && toks[k].q < 0 && toks[k].cap && isWord(toks[k]);
  if (!capital(r[1]) || !['of', 'for'].includes(toks[r[1] - 1]?.lower ?? '')) return r;
  let k = r[1];
  while (toks[k + 1]?.text === ',' && capital(k + 2)) k += 2;
  if (k === r[1]) return r;
  if (toks[k + 1]?.text === ',' && toks[k + 2]?.lower === 'and') k++;
  if (toks[k + 1]?.lower !== 'and' || !capital(k + 2)) return r;
  const end = k + 2;
  if (end + 1 > last || terminal.has(toks[end + 1].text)) return [r[0], end];
  const named = toks[end + 1].text === ',' ? nameRunEnd(block, end + 2, last) : -1;
  return named >= 0 ? [r[0], named] : r;
}

/**
 * The end of up to three words in lower case from `k` that end in a noun for a person right before
 * the sentence's end or a comma ("candidate", "chief executive"), with no verb or preposition among
 * them; -1 when there is none.
 */
function rolesTail(block: Block, k: number, last: number): number {
  const { toks } = block;
  let e = k;
  while (e <= last && e - k < 3 && toks[e].q < 0 && isWord(toks[e]) && !toks[e].cap && verbForm(toks[e]) === '' && !determiners.has(toks[e].lower) &&
    !sourceStoppers.has(toks[e].lower) && !sourcePrepositions.has(toks[e].lower) && !clauseOpeners.has(toks[e].lower) && !subjectPronouns.has(toks[e].lower)) e++;
  if (e === k || !personNoun(toks[e - 1])) return -1;
  return e > last || terminal.has(toks[e].text) || toks[e].text === ',' ? e - 1 : -1;
}

/** The last token of capitalised words (a name, with initials) from `k` that end at the sentence's end or a comma; -1 when they do not. */
function nameRunEnd(block: Block, k: number, last: number): number {
  const { toks } = block;
  let e = k;
  while (e <= last && e - k < 5 && toks[e].q < 0 && ((toks[e].cap && isWord(toks[e])) || (toks[e].text === '.' && /^\p{Lu}$/u.test(toks[e - 1].text) && toks[e].start === toks[e - 1].end))) e++;
  return e > k && (e > last || terminal.has(toks[e].text) || toks[e].text === ',') ? e - 1 : -1;
}

/** Whether capitalised words from `k` are a name followed by its employer to the sentence's end or a comma ("Tom Reed of the firm Reed Berg"). */
function nameWithEmployer(block: Block, k: number, last: number): boolean {
  const { toks } = block;
  let e = k;
  while (e <= last && e - k < 5 && toks[e].q < 0 && toks[e].cap && isWord(toks[e])) e++;
  const link = toks[e];
  return e - k >= 2 && !!link && link.q < 0 && (link.lower === 'of' || link.lower === 'at' || link.lower === 'from') && namedTail(block, e + 1, last) > e;
}

/**
 * The end of a short phrase from `k` that ends in a name right before the sentence's end or a comma
 * ("analysts Gartner", "the Harbour Studies Group at Riga University", "chief executive Tom
 * Reed"), with no verb, clause or other preposition in it; -1 when there is none.
 */
function namedTail(block: Block, k: number, last: number): number {
  const { toks } = block;
  let e = k;
  for (; e <= last && e - k < 10; e++) {
    const t = toks[e];
    if (t.q >= 0) return -1;
    if (terminal.has(t.text) || t.text === ',') break;
    if (isPunct(t)) {
      if (innerPunct.has(t.text) && e > k && t.start === toks[e - 1].end) continue;
      return -1;
    }
    if (t.cap && !subjectPronouns.has(t.lower) && !clauseOpeners.has(t.lower)) continue;
    const cue = cueWords.get(t.lower);
    // An employer's "of" or "at" goes on to a name ("at Leeds University").
    const link = (t.lower === 'of' || t.lower === 'at' || t.lower === 'for') && !!toks[e + 1]?.cap;
    if (!link && ((cue && !cue.nounLike) || sourceStoppers.has(t.lower) || sourcePrepositions.has(t.lower) || clauseOpeners.has(t.lower) || subjectPronouns.has(t.lower) || beForms.has(t.lower) || pastAuxiliaries.has(t.lower) || /ed$/.test(t.lower) || /\d/.test(t.text))) return -1;
  }
  if (e === k || (e <= last && !terminal.has(toks[e].text) && toks[e].text !== ',')) return -1;
  return toks[e - 1].cap && isWord(toks[e - 1]) ? e - 1 : -1;
}

/** Whether one to four plain lower-case words from `k` end the sentence or the appositive: "project scientist.", "nephew,". */
function ownedRoleEnds(block: Block, k: number, last: number): boolean {
  const { toks } = block;
  let e = k;
  while (e <= last && e - k < 4 && plainWord(toks[e])) e++;
  // "wrote Ivo Lund, Berg's nephew, on Facebook": or up to a comma that closes the appositive.
  return e > k && (e > last || terminal.has(toks[e].text) || (toks[e].text === ',' && toks[e].q < 0));
}

/**
 * Whether an -ing word before a preposition opens a participle clause at `k` (", standing in front
 * of the ruins", ", speaking at a rally", ", referring to the chapter"), which says what the speaker
 * did, not who they are: it ends a source after the cue.
 */
function participleBeforePreposition(block: Block, k: number): boolean {
  const t = block.toks[k];
  const next = block.toks[k + 1];
  return !!t && !!next && !t.cap && t.q < 0 && next.s === t.s && t.lower.length >= 6 && t.lower.endsWith('ing') && (introPrepositions.has(next.lower) || next.lower === 'to' || next.lower === 'outside' || next.lower === 'inside' || next.lower === 'beside' || next.lower === 'alongside') && next.lower !== 'as';
}

/** Whether a title ("General Secretary", "chief executive") ends the words from `from` to the next comma or the sentence end. */
function titleWithin(block: Block, from: number, last: number): boolean {
  const { toks } = block;
  let k = from;
  while (k + 1 <= last && k - from < 6 && isWord(toks[k + 1]) && toks[k + 1].q < 0) k++;
  const after = toks[k + 1];
  return (k === last || after?.text === ',' || terminal.has(after?.text ?? '')) && (titles.has(toks[k].lower) || roleHeads.has(toks[k].lower));
}

/**
 * The last attribution of `found` whose cue stands in sentence `s` and that `test` accepts, from the
 * finder loop's index when it keeps one.
 */
function lastReportIn(block: Block, found: Found[], s: number, test: (f: Found) => boolean): Found | null {
  const indexed = lastOfSentence(found, s, test);
  if (indexed !== undefined) return indexed;
  for (let k = found.length - 1; k >= 0; k--) if (block.toks[found[k].cue[0]].s === s && test(found[k])) return found[k];
  return null;
}

/** The sentence's subject, for participle cues (", adding that ...") and "... and said". */
export function sentenceSubject(block: Block, s: number, before: number, found: Found[], coordinated = false): Range | null {
  // "The minister was questioned by MPs and said ...": the agent of a passive is not the subject of
  // a verb joined by "and" ("was backed by some firms, saying ..." is the agent's).
  const joined = block.toks[before - 1]?.lower === 'and' || block.toks[before - 1]?.lower === 'but';
  const reported = (f: Found) => !!f.source && f.cue[0] < before && !(joined && agentAfterPassive(block, f));
  const f = lastReportIn(block, found, s, reported);
  if (f) {
    // "told analysts the company expected growth but warned that ...": the subject of a reported
    // clause is not the sentence's; a verb of saying joined by "and" or "but" after it shares the
    // subject of the cue that reports that clause ("and wanted ..." may be the clause's own), whose
    // content starts at the subject or at the "that" before it.
    const opens = (g: Found) => g !== f && !!g.source && opensContentOf(block, g, f);
    const indexed = coordinated ? firstByContentStart(found, [f.source![0] - 1, f.source![0]], opens) : null;
    const outer = indexed === undefined ? found.find(opens) : indexed;
    return outer ? outer.source : f.source;
  }
  const { toks } = block;
  const agent = toks[before - 1]?.text === ',' ? passiveAgentBefore(block, before - 1) : null;
  if (agent) return agent;
  let a = block.first[s];
  while (a < before && isPunct(toks[a])) a++;
  // "After the vote in the hall, Ana Berg smiled and said ...", "When the ferry docked, the captain
  // turned and said ...": the main clause's subject follows the opening subordinate clause's comma.
  const main = subordinators.has(toks[a]?.lower) ? subjectAfterSubordinate(block, a, before) : null;
  if (main) return main;
  while (a < before && (isPunct(toks[a]) || clauseOpeners.has(toks[a].lower))) a++;
  a = afterOpeningAdverbials(block, a, before);
  const subject = subjectAt(block, a, before);
  return subject && withAppositive(block, subject, before);
}

/**
 * The token after the adverbials that open a sentence before its subject at `a`: introductions
 * ("In 2014,", "Hours later,"), sentence adverbs and times set off by a comma ("Now, after weeks of
 * talks, his team ...", "This week, the mayor ...", "Likewise, the council ...").
 */
function afterOpeningAdverbials(block: Block, a: number, before: number): number {
  const { toks } = block;
  for (let phrases = 0; phrases < 3; phrases++) {
    a = afterIntroduction(block, a, before);
    const end = openingAdverbialEnd(toks, a);
    if (end < 0 || toks[end + 1]?.text !== ',' || toks[end + 1].q >= 0 || end + 2 >= before) return a;
    a = end + 2;
  }
  return a;
}

/** The last token of a sentence adverb or a short time at `a` ("Likewise", "Now", "This week", "On Monday"), or -1. */
function openingAdverbialEnd(toks: Tok[], a: number): number {
  const t = toks[a];
  if (!t || t.q >= 0 || !isWord(t)) return -1;
  if (sentenceAdverbs.has(t.lower) || timeEnd(t)) return a;
  const n = toks[a + 1];
  return timeOpeners.has(t.lower) && !!n && n.q < 0 && timeEnd(n) ? a + 1 : -1;
}

/** The first subject after a comma of the subordinate clause opening at `a`, before token `before`. */
function subjectAfterSubordinate(block: Block, a: number, before: number): Range | null {
  const { toks } = block;
  for (let comma = a + 2; comma < before - 1; comma++) {
    if (toks[comma].text !== ',' || toks[comma].q >= 0) continue;
    const subject = subjectAt(block, afterIntroduction(block, comma + 1, before), before);
    if (subject) return withAppositive(block, subject, before);
  }
  return null;
}

/** The subject noun phrase that starts at `a`, before token `before`: a pronoun, a name, or a determiner with a few words. */
export function subjectAt(block: Block, a: number, before: number): Range | null {
  const { toks } = block;
  if (a >= before || toks[a].q >= 0) return null;
  if (subjectPronouns.has(toks[a].lower)) return [a, a];
  if (!toks[a].cap && !determiners.has(toks[a].lower)) return null;
  // A name, or a determiner with a capitalised run or up to three plain words ("The Arizona Republican").
  let b = a;
  let plain = 0;
  // The first word of the noun phrase read now: `a`, or that of a second one joined by "and".
  let start = a;
  // Opened like a noun phrase with a head to come: by a determiner, or by a name's possessive ("Halden's biggest union").
  // "Anti-tax forces", "Pro-Lima groups": a prefix's adjective opens one too.
  let opened = determiners.has(toks[a].lower) || prefixedAdjective(toks, a);
  while (b + 1 < before) {
    const n = toks[b + 1];
    // "Tom Reed and Anna Berg", "The harbour board and the city council": a second noun phrase joined
    // by "and" is part of the subject.
    if (n.lower === 'and' && n.q < 0 && conjunctAt(block, b + 2, before)) {
      b = start = b + 2;
      opened = determiners.has(toks[start].lower);
      plain = 0;
      continue;
    }
    // "Sen. Ana Lima (D-Maine) visited ...": a party tag after the name stays in the subject.
    const tag = n.text === '(' && toks[b].cap ? partyTagEnd(block, b + 1, before) : -1;
    if (tag > 0) {
      b = tag;
      continue;
    }
    if (isPunct(n) && !(innerPunct.has(n.text) && n.start === toks[b].end)) break;
    // "Halden's biggest union": a name's possessive opens a noun phrase whose head follows.
    const owned = !opened && !n.cap && toks[b].cap && afterPossessive(block, b + 1) && !clauseVerbs.has(n.lower) && !beForms.has(n.lower);
    if (owned) opened = true;
    // "The judge", "The report", "Halden's report": a noun-like cue word right after the determiner
    // or the possessive is the head noun.
    if (((b === start && determiners.has(toks[start].lower)) || owned) && cueWords.get(n.lower)?.nounLike) {
      b++;
      break;
    }
    // "U.S. District Judge Ana Berg", "a District Court judge": a title after a capitalised word is no verb.
    const title = titles.has(n.lower) && toks[b].cap && isWord(toks[b]);
    // "The secretary of state", "the attorney general of the state of Maine": a cue word after "of" is a noun.
    const ofNoun = toks[b].lower === 'of' || (articles.has(toks[b].lower) && toks[b - 1]?.lower === 'of');
    if (cueModifiers.has(n.lower) || (cueWords.has(n.lower) && !title && !ofNoun) || clauseOpeners.has(n.lower) || sourceStoppers.has(n.lower)) break;
    // "The mayor met the crowd and said": an article after a plain word that is no preposition opens
    // the verb's object; the subject ends before the verb (it was "The mayor met the").
    if (b > start + 1 && objectOpeners.has(n.lower) && opened && !toks[b].cap && !linkingWords.has(toks[b].lower)) return start === a ? [a, b - 1] : null;
    if (!n.cap && !isPunct(n)) {
      // "Presumptive Republican presidential nominee Donald Trump": a role in lower case before a name.
      // A word in -ed or another past form after a name is its verb ("Mr Evans sued Mr Mann", "Ana
      // Berg stood face-to-face Thursday"), not a role; nor is a verb in "-s" between two names ("Lund
      // chides Dunmore and praises ...").
      const name = determiners.has(toks[start].lower) || /ed$/.test(n.lower) || irregularPasts.has(n.lower) || verbBetweenNames(toks, b + 1) ? -1 : roleBeforeName(block, b + 1);
      if (name > 0 && name < before) {
        b = name;
        continue;
      }
      // "Harbour safety experts", "Berg aides": a name before plain nouns ending in people describes them.
      const people = opened ? -1 : peopleHeadOrAgentAfter(block, b + 1, before);
      if (people > 0) {
        b = people;
        continue;
      }
      // "The retired surgeon", "Halden's elected mayor": right after an article or a possessive a word
      // in -ed describes the head, no verb yet.
      // "Many unnaturalized adoptees": so does one after a quantifier, before a plain noun.
      const modifier = owned || (b === start && (articlesAndPossessives.has(toks[start].lower) || (determiners.has(toks[start].lower) && /[^s]s$/.test(toks[b + 2]?.lower ?? '') && plainNounAt(block, b + 2, before))));
      // "The firm gave no figures": a past form after the noun is the verb.
      if (!opened || (/ed$/.test(n.lower) && !modifier) || (b > start && !owned && (irregularPasts.has(n.lower) || finiteVerbs.has(n.lower)))) break;
      // "the chairman of the port authority": linking words and articles are no words of the noun.
      // Each noun phrase of an "of" chain may hold three ("an angry army of port workers").
      if (n.lower === 'of') plain = 0;
      if (!linkingWords.has(n.lower) && !determiners.has(n.lower) && ++plain > 3) break;
    }
    if (b - start > 6) return null;
    b++;
  }
  return [a, b];
}

/** Words that open a second noun phrase after "and" in a subject: "and the city council", "and other leaders". */
const conjunctOpeners = new Set([...articlesAndPossessives, 'other', 'former', 'several', 'many', 'some']);

/**
 * Whether a noun phrase opens at `k`, before `before`, that "and" joins to a subject: a name, a
 * determiner, or a role before a name ("and presidential candidate Ana Berg").
 */
function conjunctAt(block: Block, k: number, before: number): boolean {
  const t = block.toks[k];
  if (!t || k >= before || t.q >= 0 || !isWord(t)) return false;
  if (t.cap) return !subjectPronouns.has(t.lower) && !clauseOpeners.has(t.lower) && !determiners.has(t.lower);
  return conjunctOpeners.has(t.lower) || roleBeforeName(block, k) > 0;
}

/**
 * The end of a party tag from the opening bracket at `open` ("(D-Maine)", "(R)"): a short bracket of
 * capitalised words that opens with a party's letter, closed before `before`; -1 when there is none.
 */
function partyTagEnd(block: Block, open: number, before: number): number {
  const { toks } = block;
  let k = open + 1;
  while (k < before && k - open < 6 && toks[k].q < 0 && (toks[k].cap || toks[k].text === '-' || toks[k].text === '.')) k++;
  return k > open + 1 && k < before && toks[k].text === ')' && /^\p{Lu}(?:-|$)/u.test(toks[open + 1].text) ? k : -1;
}

/**
 * The head noun of unnamed people ("experts", "aides") within three plain words from `k`, with no verb
 * before it ("safety experts", not "thanked experts" or "urges voters"); -1 when there is none.
 */
function peopleHeadAfter(block: Block, k: number, before: number): number {
  const { toks } = block;
  for (let j = k; j < before && j < k + 3; j++) {
    const t = toks[j];
    if (t.q >= 0 || t.cap || !isWord(t)) return -1;
    if (anonymousHeads.has(t.lower) && /s$/.test(t.lower)) return j;
    if (/(?:ed|s)$/.test(t.lower) || cueWords.has(t.lower) || irregularPasts.has(t.lower) || finiteVerbs.has(t.lower) || clauseVerbs.has(t.lower) ||
      sourceStoppers.has(t.lower) || clauseOpeners.has(t.lower) || linkingWords.has(t.lower) || determiners.has(t.lower) || cueAdverb(t)) return -1;
  }
  return -1;
}

/** The head of a people phrase after token `k` (`peopleHeadAfter`), or else a plural agent before its verb (`agentPluralBeforeVerb`); -1 when neither. */
function peopleHeadOrAgentAfter(block: Block, k: number, before: number): number {
  const head = peopleHeadAfter(block, k, before);
  return head > 0 ? head : agentPluralBeforeVerb(block, k, before);
}

/** Whether an adjective with a prefix of stance opens at `k`: "Anti-tax", "Pro-Lima", "Non-union". */
function prefixedAdjective(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || t.q >= 0) return false;
  if (/^(?:anti|pro|non)-\p{L}/u.test(t.lower)) return true;
  const hyphen = toks[k + 1];
  return !!hyphen && /^(?:anti|pro|non)$/.test(t.lower) && hyphen.text === '-' && hyphen.start === t.end && toks[k + 2]?.start === hyphen.end;
}

/** Whether a plain lower-case noun may stand at `k`, before `before`: no verb form, preposition, determiner or adverb. */
function plainNounAt(block: Block, k: number, before: number): boolean {
  const t = block.toks[k];
  if (!t || k >= before || t.q >= 0 || t.cap || !isWord(t)) return false;
  const w = t.lower;
  return !determiners.has(w) && !sourcePrepositions.has(w) && !introPrepositions.has(w) && !clauseOpeners.has(w) && !sourceStoppers.has(w) && !cueWords.has(w) &&
    !beForms.has(w) && !clauseVerbs.has(w) && !finiteVerbs.has(w) && !irregularPasts.has(w) && !linkingWords.has(w) && !/(?:ed|ly)$/.test(w) && w !== 'to';
}

/**
 * The plural agent noun at `k` right before a verb in the past or an auxiliary ("Syrian hackers
 * broke", "Halden dockworkers have"): a name or an adjective before it describes those people, as
 * with `peopleHeadAfter`; -1 when there is none. A verb in "-ers" takes an object instead ("Lund
 * orders the closure").
 */
function agentPluralBeforeVerb(block: Block, k: number, before: number): number {
  const { toks } = block;
  const t = toks[k];
  const n = toks[k + 1];
  if (!t || !n || k + 1 >= before || t.q >= 0 || t.cap || !isWord(t) || n.q >= 0 || n.cap || !/(?:ers|ors|ists|ians)$/.test(t.lower)) return -1;
  const verb = beForms.has(n.lower) || pastAuxiliaries.has(n.lower) || finiteVerbs.has(n.lower) || irregularPasts.has(n.lower) || (/ed$/.test(n.lower) && n.lower.length > 4);
  return verb ? k : -1;
}

/**
 * Whether the one lower-case word at `k` between two capitalised ones is a verb in "-s" or in the
 * past ("Lund chides Dunmore", "Reed left St Mary's"), not a role ("Greek sprinters Kostas", "Harbor
 * Group boss Ana"): no noun for people, no agent noun in "-ers", "-ors", "-ists", "-ians", "-ants".
 */
function verbBetweenNames(toks: Tok[], k: number): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  if (!t || !next || t.cap || t.q >= 0 || !isWord(t) || !next.cap || next.s !== t.s || !isWord(next)) return false;
  const form = verbForm(t);
  if (form === 'past') return irregularPasts.has(t.lower);
  return form === 's' && !anonymousHeads.has(t.lower) && !titles.has(t.lower.slice(0, -1)) && !/(?:ers|ors|ists|ians|ants|ents|ives|als)$/.test(t.lower);
}
/** Words inside a subject before an article: "The head of the agency", "the director for the region". */
const linkingWords = new Set(['of', 'for', 'and', 'or', 'nor', '&']);

/** Whether a verb of saying at `k` with its own subject after it ("reports the Daily Post") starts a second attribution. */
function secondSource(block: Block, k: number): boolean {
  const { toks } = block;
  const cue = cueWords.get(toks[k].lower);
  const n = toks[k + 1];
  return !!cue && cue.cls === 'speech' && !cue.participle && !toks[k].cap && toks[k].lower !== cue.lemma && !!n && n.s === toks[k].s && (n.cap || determiners.has(n.lower));
}

/**
 * The source after "according to": the whole noun phrase up to a comma, the sentence end or a
 * clause ("according to figures kept by a monitoring mission, ..."), with an appositive.
 */
export function accordingSource(block: Block, from: number, appositive: boolean): Range | null {
  const { toks } = block;
  const t = toks[from];
  if (!t || t.q >= 0 || !isWord(t) || t.s !== toks[from - 1].s) return null;
  const last = block.last[t.s];
  let b = from;
  while (b + 1 <= last && b - from < 20) {
    const n = toks[b + 1];
    // "by 33.4% of those taking the drug": a percent sign joins its number; "Standard & Poor's": an
    // ampersand between capitalised words joins one name.
    const ampersand = n.text === '&' && toks[b].cap && toks[b + 2]?.cap && toks[b + 2].q < 0;
    if (n.q >= 0 || (isPunct(n) && !ampersand && !((innerPunct.has(n.text) || n.text === '%') && n.start === toks[b].end))) break;
    // "a trial of more than 17,000 patients": "than" after a comparative is part of a quantity.
    if (clauseOpeners.has(n.lower) && n.lower !== 'and' && !(n.lower === 'than' && comparatives.has(toks[b].lower))) break;
    // "was questioned by MPs and said ...": "and" before a verb joins a second predicate, not a name.
    if (n.lower === 'and' && toks[b + 2] && toks[b + 2].q < 0 && (verbKind(toks, b + 2) !== '' || cueWords.get(toks[b + 2].lower)?.cls === 'speech') && !toks[b + 2].cap) break;
    b++;
  }
  // Past 15 words only a phrase that ends in a name at a comma or the sentence's end goes on ("early
  // results of the exit poll conducted by ... for the Nordic Press and Television Networks,"); not one
  // that runs into the reported clause with no comma after it ("According to Halden Research 40% of
  // homes say ..."), nor one with an auxiliary or an infinitive in it ("the ships were sent ...").
  const named = toks[b].cap && (b + 1 > last || isPunct(toks[b + 1]));
  if (b - from > 15 && (!named || toks.slice(from, b + 1).some((u) => clauseVerbs.has(u.lower) || beForms.has(u.lower) || u.lower === 'to'))) b = from + 15;
  // Cut off by the length limit, a phrase does not end in a preposition or an article ("... in the Lancet on").
  while (b > from && !toks[b].cap && (sourcePrepositions.has(toks[b].lower) || articles.has(toks[b].lower))) b--;
  const withAppositive = appositive ? subjectAfter(block, from) : null;
  return withAppositive && withAppositive[1] > b ? withAppositive : [from, b];
}
