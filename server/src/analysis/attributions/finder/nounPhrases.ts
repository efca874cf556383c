/**
 * Walks over noun phrases: back from a cue to the start of its subject ("the head of the institute,
 * Ana Berg,"), forward over names, roles and appositives, and past opening phrases before a subject.
 */
import { anonymousHeads, clauseOpeners, cueModifiers, cueWords, determiners, sourceStoppers, subjectPronouns, titles } from '../lexicon.js';
import { type Block, isPunct, isWord, type Range, terminal, type Tok } from './block.js';
import {
  addresseePlurals,
  adverb,
  adverbialOpener,
  afterPossessive,
  approximators,
  articles,
  articlesAndPossessives,
  beForms,
  bridgedPreposition,
  clauseVerbs,
  comparatives,
  conjunctionsBeforeSubject,
  cueAdverb,
  enParticiples,
  figureComparison,
  finiteVerbs,
  gerundAt,
  headOk,
  honorifics,
  infinitiveAt,
  innerPunct,
  interjectedAdverbs,
  introPrepositions,
  irregularParticiples,
  irregularPasts,
  isDash,
  isQuantity,
  isSeparator,
  leadingNoise,
  magnitudes,
  modalName,
  nameAdjectives,
  notHeads,
  nounPrepositions,
  numberWords,
  objectPronouns,
  opensClause,
  participleClause,
  participleConjunctions,
  personRelatives,
  phraseBreakers,
  placePrepositions,
  prepositionalIngs,
  quantityAt,
  relativePronouns,
  roleHeads,
  sourcePrepositions,
  startsNounPhrase,
  subjectObjects,
  tenures,
  thinkTank,
  verbForm,
  verbKind,
  verbParticles,
} from './grammar.js';
import { adjunctOpener, durations, timeEnd, timeOpeners, timeWords, verbless, yearWord } from './time.js';

/** Collective nouns for people, heads that an -ing word may follow: "Police investigating the case". */
const peopleNouns = new Set(['police', 'people', 'staff', 'personnel', 'clergy', 'crew', 'military']);

/**
 * Whether the -ing word at `k` describes the noun after it, so that the subject walk goes on over it:
 * "leading economists", "But polling experts say", "the two leading parties", "its own tracking
 * poll", "the heads of both shipping firms". A noun must follow it: before an article it takes an
 * object ("his leaving the party"). The words before it, if any, must be determiners, numbers,
 * possessives, names or adjectives that stand before names ("national"), and what precedes them must
 * open a clause or be "of": after a noun the -ing word opens a reduced relative clause ("companies
 * hiring workers"), and after a verb or a preposition the phrase is an object ("laid a stone on a
 * new housing project").
 */
function attributiveIng(block: Block, k: number, from: number): boolean {
  const { toks } = block;
  const t = toks[k];
  const next = toks[k + 1];
  if (!next || !isWord(next) || next.q >= 0 || prepositionalIngs.has(t.lower)) return false;
  if (determiners.has(next.lower) || articles.has(next.lower) || subjectPronouns.has(next.lower) || objectPronouns.has(next.lower) || sourcePrepositions.has(next.lower) || introPrepositions.has(next.lower)) return false;
  let m = k - 1;
  while (m >= from && toks[m].s === t.s && toks[m].q < 0 && premodifier(toks[m])) m--;
  const before = toks[m];
  if (m < from || !before || before.s !== t.s) return true;
  // '"...," the housing minister said', "Prices fell, marketing director Ana Ruiz said": after a comma
  // or a closing quotation mark, a determiner before the -ing word or a title after it makes it part of
  // a noun phrase (", reflecting recent figures" and ", contradicting Tulsa police's claim" open clauses).
  // "acting planning director": a word of rank in "-ing" describes the post after it.
  const described = !next.cap && (m < k - 1 || titles.has(next.lower) || roleHeads.has(next.lower) || rankWords.has(t.lower));
  if (before.q >= 0) return closingMarkAt(block, m) && described;
  return before.lower === 'of' || (before.text === ',' && described) || clauseOpeners.has(before.lower);
}

/**
 * Whether a cue word in "-ing" describes the noun after it ('"...," planning director Tom Reed said',
 * "the sport's ruling body"), as attributiveIng reads other "-ing" words, though more strictly, as
 * such a word is more often a verb: not before a name ("After the ruling Ana Berg said") and not
 * right after a word that opens a clause ("but suggesting presenter Tom Reed would").
 */
function attributiveCueIng(block: Block, k: number, from: number): boolean {
  const { toks } = block;
  const t = toks[k];
  if (!t.lower.endsWith('ing') || toks[k + 1]?.cap || clauseOpeners.has(toks[k - 1]?.lower ?? '')) return false;
  return attributiveIng(block, k, from);
}

/**
 * Whether a word may stand before an attributive -ing word inside a noun phrase ("the two", "Gallup's
 * own", "a crowd-sourced", "UK"), not a capitalised plural that is the head the -ing word follows
 * ("Reporters covering the trial").
 */
function premodifier(t: Tok): boolean {
  if (!isWord(t) || t.lower === 'that' || sourcePrepositions.has(t.lower) || introPrepositions.has(t.lower) || clauseOpeners.has(t.lower)) return false;
  if (t.cap) return !/[^s'’]s$/.test(t.text) && !peopleNouns.has(t.lower);
  return determiners.has(t.lower) || isQuantity(t) || t.lower === 'own' || nameAdjectives.has(t.lower) || rankWords.has(t.lower) || /['’]s$/.test(t.lower) || /^[a-z]+-[a-z]+ed$/.test(t.lower);
}

/** Words of rank before a post named with an "-ing" word: "deputy planning director", "senior marketing manager". */
const rankWords = new Set(['deputy', 'acting', 'interim', 'senior', 'junior', 'assistant', 'associate', 'chief', 'vice', 'joint', 'former']);

/**
 * Walks back from `end` over a noun phrase; null when `end` is not part of one. With `gerunds`, an
 * -ing word after an article or a possessive is walked over as the noun it is ("the planning").
 */
export function nounPhraseBack(block: Block, end: number, from: number, gerunds = false): Range | null {
  const r = phraseBack(block, end, from, gerunds);
  return r && withListBefore(block, r, from);
}

/**
 * "Unions, charities and many councillors say", "Ana Ruiz, Tom Reed, and other councillors said": the
 * items of a list before the phrase that ends in "and ..." (or follows ", and"), between commas, join
 * it when each is a short `verbless` noun phrase and the first opens the sentence or follows "that"
 * or "what". After "as", "when" or "if" the first item may be a clause ("As prices rise, unions and
 * ..."), and after an opening phrase and its comma ("In Leeds, unions, ...") the walk cannot tell
 * the phrase from an item: both are left alone.
 */
function withListBefore(block: Block, r: Range, from: number): Range {
  const { toks } = block;
  const and = toks[r[0] - 1];
  const oxford = and?.lower === 'and' && and.q < 0 && toks[r[0] - 2]?.text === ',' && toks[r[0] - 2].q < 0;
  if (!oxford && !toks.slice(r[0], r[1] + 1).some((t) => t.lower === 'and' && t.q < 0)) return r;
  let comma = oxford ? r[0] - 2 : r[0] - 1;
  let start = -1;
  let items = 0;
  while (comma > from && toks[comma].text === ',' && toks[comma].q < 0 && toks[comma].s === toks[r[1]].s) {
    const item = phraseBack(block, comma - 1, from);
    if (!item || item[1] - item[0] > 5 || !listItemOpener(toks[item[0]]) || !verbless(block, item)) break;
    items++;
    start = item[0];
    comma = start - 1;
  }
  if (items < (oxford ? 2 : 1)) return r;
  const b = toks[start - 1];
  const opens = start === from || !b || b.s !== toks[start].s || (b.q < 0 && (b.lower === 'that' || b.lower === 'what' || ((b.lower === 'and' || b.lower === 'but') && start - 1 === block.first[b.s])));
  return opens ? [start, r[1]] : r;
}

/** Whether a word may open an item of a list of subjects: no adverb or preposition ("Nevertheless,", "For the third time,"). */
function listItemOpener(t: Tok): boolean {
  const w = t.lower;
  return !adverbialOpener(t) && !adverb.test(w) && !interjectedAdverbs.has(w) && !leadingNoise.has(w) && !sourcePrepositions.has(w) && !introPrepositions.has(w) && !clauseOpeners.has(w);
}

/** Walks back from `end` over a noun phrase, as `nounPhraseBack` does, without a list before it. */
export function phraseBack(block: Block, end: number, from: number, gerunds = false): Range | null {
  const { toks } = block;
  // "16% said", "Some 87% said": a percentage is the share of people who speak, though not one after
  // an article or a preposition ("the 0.4% reported", "pushed rates up to 2.25% showed").
  if (toks[end]?.text === '%' && toks[end].q < 0 && end - 1 >= from && /^\d/.test(toks[end - 1].text) && toks[end - 1].end === toks[end].start) {
    const a = end - 2 >= from && approximators.has(toks[end - 2].lower) && toks[end - 2].q < 0 ? end - 2 : end - 1;
    const p = a - 1 >= from ? toks[a - 1] : undefined;
    if (p && (articles.has(p.lower) || sourcePrepositions.has(p.lower) || introPrepositions.has(p.lower) || p.lower === 'than')) return null;
    return [a, end];
  }
  // "Sen. Ana Berg (D-VT) said": a parenthesis after the name stays in the source.
  let head = end;
  if (toks[end]?.text === ')' && toks[end].q < 0) {
    let k = end - 1;
    while (k > from && toks[k].text !== '(' && end - k < 8) k--;
    if (toks[k]?.text !== '(') return null;
    head = k - 1;
  }
  if (head < from || !isWord(toks[head]) || toks[head].q >= 0) return null;
  if (countAlone(block, head, from)) return [head, end];
  if (!headOk(toks[head], toks[head - 1]) && !modalName(toks, head)) return null;
  let a = head;
  // Set once two names are joined by "and", so that a comma before them lists a third ("Ek, Lund and Berg").
  let joinedNames = false;
  while (a - 1 >= from) {
    const t = toks[a - 1];
    if (t.q >= 0) break;
    if (isPunct(t)) {
      if (innerPunct.has(t.text) && t.end === toks[a].start) {
        a--;
        continue;
      }
      if (joinedNames && t.text === ',' && toks[a].cap && listedName(block, a - 2, from)) {
        a--;
        continue;
      }
      // "89% of voters", "Sanders' spokesman": a percent sign or plural possessive on the word before.
      if ((t.text === '%' || t.text === "'" || t.text === '’') && toks[a - 2] && toks[a - 2].end === t.start) {
        a--;
        continue;
      }
      // "Marsh & McLennan", "Procter & Gamble": an ampersand between two capitalised words joins one name.
      if (t.text === '&' && toks[a].cap && toks[a - 2]?.cap && isWord(toks[a - 2]) && toks[a - 2].q < 0) {
        a--;
        continue;
      }
      break;
    }
    if (t.lower === 'and' || t.lower === '&') {
      // "Trump and Clinton said", "Democrats and civil rights groups say": a conjunction between two
      // names, or between a name or plural noun and a noun phrase, stays in the phrase.
      const before = toks[a - 2];
      const word = !!before && isWord(before) && before.s === t.s && before.q < 0;
      // "Ek and Lund", "he and Lund", "Ek and the ministry", "current and former officials".
      // "sent to Kiel and the port authority said" joins two clauses: the name before "and the"
      // must not be a preposition's object.
      const preceding = toks[a - 3];
      const definite = toks[a].lower === 'the' && !(preceding && (introPrepositions.has(preceding.lower) || phraseBreakers.has(preceding.lower) || sourceStoppers.has(preceding.lower)));
      // "The port closed on Monday and Ana Lima said": a name or a time after a preposition is its
      // object, and "and" joins two clauses.
      const names = word && (before.cap || subjectPronouns.has(before.lower)) && (toks[a].cap || definite) && !nameAsObject(block, a - 2, from);
      const tenure = word && tenures.has(before.lower) && tenures.has(toks[a].lower);
      // "Sanders and his supporters", "Mr. Kalns and other ministers": a speaker and the people with them.
      const company = word && (before.cap || subjectPronouns.has(before.lower)) && companions.has(toks[a].lower);
      const plurals = word && /[^s']s$/.test(before.lower) && !cueWords.has(before.lower) && !determiners.has(toks[a].lower) && !subjectPronouns.has(toks[a].lower) && !changeClause(block, a - 2, from);
      // "Ana Ruiz and former minister Jan Lund", "unions and some lawmakers": a name or a plural noun
      // and a phrase that opens with a title or a determiner, when the first of the two opens the clause.
      const subjects = word && (before.cap || /[^s']s$/.test(before.lower)) && !cueWords.has(before.lower) && startsNounPhrase(toks[a]) && !subjectPronouns.has(toks[a].lower) && toks[a].lower !== 'that' && conjunctOpensClause(block, a - 2, from);
      // "the senator and his allies", "domestic and foreign critics", "he and local lawyers": any
      // two phrases with no verb, the first opening the clause; a long phrase after "and" is the
      // walk gone over a clause ("people and firms connected to the grid rose by 38%").
      const coordinated = word && end - a < 8 && !subjectPronouns.has(toks[a].lower) && !clauseOpeners.has(toks[a].lower) && !changeClause(block, a - 2, from) && verblessConjunct(block, a - 2, from);
      if (names || plurals || company || tenure || subjects || coordinated) {
        if (((names && toks[a].cap) || company || (subjects && toks[a].lower !== 'the')) && before.cap) joinedNames = true;
        a--;
        continue;
      }
      // "Her party and much of the press will claim": two noun phrases that open the sentence
      // between them are its subject.
      const opening = openingNounPhrase(block, a - 2, from);
      if (opening >= 0 && (determiners.has(toks[a].lower) || toks[a].cap || toks[a].lower === 'much')) {
        a = opening;
        break;
      }
      break;
    }
    // "about 4 in 10 voters", "more than half": an approximation of a quantity stays in the phrase.
    if ((approximators.has(t.lower) || t.lower === 'than') && isQuantity(toks[a])) {
      if (t.lower !== 'than') {
        a--;
        continue;
      }
      if (comparatives.has(toks[a - 2]?.lower ?? '')) {
        a -= 2;
        continue;
      }
    }
    // "Lisa Osofsky's successor as SFO director": "as" after a successor names the post.
    if (clauseOpeners.has(t.lower) && !(t.lower === 'as' && successions.has(toks[a - 2]?.lower ?? ''))) break;
    // "the Resolution Foundation think tank": "think" before "tank" is part of a noun.
    if (!t.cap && cueWords.has(t.lower) && !cueWords.get(t.lower)!.nounLike && !thinkTank(toks, a - 1) && !(gerunds && gerundAt(block, a - 1)) && !cueWordAsNoun(toks, a - 1) && !attributiveCueIng(block, a - 1, from)) break;
    // "gave $10 million to a group backing", "was spent on ads attacking": a preposition, a verb
    // form or an -ing word cannot be walked over into the subject.
    // "A source familiar with the talks", "people close to the campaign" keep their preposition.
    const bridged = phraseBreakers.has(t.lower) && bridgedPreposition(block, a - 1);
    // "swing voters", "spring floods": a word with no vowel before its "-ing" is no verb form in
    // "-ing" ("bring" is a verb all the same).
    if (!t.cap && !bridged && (phraseBreakers.has(t.lower) || beForms.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ing') && !/^(?!bring$)[^aeiouy]+ing$/.test(t.lower) && !(gerunds && gerundAt(block, a - 1)) && !afterPossessive(block, a - 1) && !attributiveIng(block, a - 1, from)))) break;
    if (end - a >= 24) return null;
    a--;
  }
  // A sentence-initial adverbial without a comma ("On Tuesday the ministry said"): keep the name.
  return [a, end];
}

/** Whether the name that ends at `k` is a time or the object of a preposition or a verb before it: "on Monday", "to Kiel", "visited Halden". */
function nameAsObject(block: Block, k: number, from: number): boolean {
  const { toks } = block;
  if (subjectPronouns.has(toks[k].lower)) return false;
  let j = k;
  while (j - 1 >= from && toks[j - 1].cap && isWord(toks[j - 1]) && toks[j - 1].q < 0) j--;
  const p = toks[j - 1];
  if (j - 1 < from || !p || p.q >= 0 || p.cap || !isWord(p)) return false;
  // Only after a verb of its own clause ("Voters in Ohio and Iowa said" lists two places).
  let verb = -1;
  for (let v = j - 1; v >= from && verb < 0 && toks[v].q < 0 && !isPunct(toks[v]); v--) if (verbKind(toks, v) !== '') verb = v;
  if (verb < 0) return false;
  return verb === j - 1 || timeEnd(toks[k]) || placeTimePrepositions.has(p.lower);
}
/**
 * Prepositions of place and time, whose object is no speaker ("in Kiel", "on Friday"); not "like" or
 * "including", which list speakers, nor those that also open a clause ("after Lima and Berg met").
 */
const placeTimePrepositions = new Set(['in', 'on', 'at', 'to', 'from', 'into', 'during', 'near', 'outside', 'inside']);

/**
 * Whether the noun phrase that ends at `k`, before "and", opens its clause with no verb in it (at the
 * sentence start, or after a comma or a word that opens a clause), so that "and" joins two subjects,
 * not an object to the next clause's subject ("Ruiz met Lund and other ministers said").
 */
function conjunctOpensClause(block: Block, k: number, from: number): boolean {
  const { toks } = block;
  const np = nounPhraseBack(block, k, from);
  if (!np) return false;
  // "until midnight on 16 December and an official said": a time is no speaker.
  for (let j = np[0]; j <= np[1]; j++) {
    const t = toks[j];
    if (verbKind(toks, j) !== '' || beForms.has(t.lower) || (cueWords.has(t.lower) && !t.cap) || timeEnd(t) || t.kind === 'number') return false;
  }
  const b = toks[np[0] - 1];
  // '"...," singer Ana Berg and drummer Tom Reed said': a closing quotation mark bounds the clause too.
  return np[0] === from || !b || b.s !== toks[k].s || b.text === ',' || conjunctionsBeforeSubject.has(b.lower) || closingMarkAt(block, np[0] - 1);
}

/**
 * Whether token `k` closes a quotation after the punctuation that ends a clause ('"...,"', '"...?"'),
 * as a tag's quotation does; a phrase quoted inside a sentence ('it "defied reason" he and ...') does not.
 */
function closingMarkAt(block: Block, k: number): boolean {
  const t = block.toks[k];
  return !!t && t.q >= 0 && block.quotes[t.q]?.close === k && /^(?:[,?!.]|\.\.\.|…)$/.test(block.toks[k - 1]?.text ?? '');
}

/**
 * Whether the phrase that ends at `k`, before "and", is a conjunct of the subject: it opens its
 * clause (at the sentence start, after a comma, "that", a conjunction such as "but", or ", and") and
 * is `verbless`.
 */
function verblessConjunct(block: Block, k: number, from: number): boolean {
  const { toks } = block;
  const np = nounPhraseBack(block, k, from);
  if (!np || !verbless(block, np)) return false;
  const b = toks[np[0] - 1];
  if (np[0] === from || !b || b.s !== toks[k].s || b.text === ',' || b.lower === 'that' || conjunctionsBeforeSubject.has(b.lower) || closingMarkAt(block, np[0] - 1)) return true;
  // ", and the senator and his allies intend", "And both the mayor and her staff said".
  return b.q < 0 && (b.lower === 'and' || b.lower === 'but') && (np[0] - 1 === block.first[b.s] || toks[np[0] - 2]?.text === ',');
}

/**
 * Whether the token at `k` is a count alone after a clause boundary, the whole source as "Some say"
 * is ("Two said they would stay", "..., 43 said the same", "and 160 have not"); not a year, nor an
 * age between commas ("Yin May, 60, a doctor, said").
 */
function countAlone(block: Block, k: number, from: number): boolean {
  const { toks } = block;
  const t = toks[k];
  const before = toks[k - 1];
  if (!(t.kind === 'number' || numberWords.has(t.lower)) || !/^(?:\d{1,3}|[a-z]+)$/.test(t.lower) || toks[k + 1]?.text === ',') return false;
  // "aged between 18 and 34 said" closes a range.
  const range = before?.lower === 'and' && (toks[k - 2]?.kind === 'number' || numberWords.has(toks[k - 2]?.lower ?? ''));
  return k === from || !before || before.s !== t.s || (before.q < 0 && !range && (before.text === ',' || before.text === ';' || before.lower === 'and' || before.lower === 'but'));
}

/** Verbs of change in the third person that are seldom plural nouns: "The yard closes", "The fund expires". */
const changeVerbs = new Set(['closes', 'opens', 'shuts', 'reopens', 'expires', 'collapses', 'resumes', 'continues', 'begins', 'ends', 'stops', 'fails', 'grows', 'shrinks', 'slows', 'soars', 'dies', 'quits', 'resigns', 'retires', 'arrives', 'disappears', 'survives', 'worsens', 'improves']);

/**
 * Whether the word at `k` is a verb of change right after a determiner and one word that open the
 * sentence at `from` ("The yard closes and unions say"): a clause of its own, which the subject of
 * the verb after "and" does not run back over.
 */
function changeClause(block: Block, k: number, from: number): boolean {
  const { toks } = block;
  return k === from + 2 && block.first[toks[k].s] === from && articlesAndPossessives.has(toks[from].lower) && !toks[from + 1].cap && isWord(toks[from + 1]) && changeVerbs.has(toks[k].lower);
}

/**
 * The start of a short noun phrase that ends at `end` and opens the sentence at `from`: a name, or
 * a determiner or possessive with up to two words that are no verb ("His campaign", "The company",
 * not "Prices rose" or "The yard closes"); -1 when there is none.
 */
function openingNounPhrase(block: Block, end: number, from: number): number {
  const { toks } = block;
  const s = toks[end]?.s;
  if (s === undefined || block.first[s] !== from || end < from || end - from > 3) return -1;
  const a = toks[from];
  for (let k = from; k <= end; k++) if (!isWord(toks[k]) || toks[k].q >= 0) return -1;
  if (toks.slice(from, end + 1).every((t) => t.cap)) return from;
  if (!determiners.has(a.lower) || a.lower === 'that' || end === from) return -1;
  for (let k = from + 1; k <= end; k++) {
    const w = toks[k].lower;
    if (irregularPasts.has(w) || /ed$/.test(w) || clauseVerbs.has(w) || beForms.has(w) || finiteVerbs.has(w) || cueWords.has(w) || sourcePrepositions.has(w)) return -1;
  }
  return /[^s']s$/.test(toks[end].lower) && !toks[end].cap ? -1 : from;
}

/**
 * A lower-case word that may end a noun phrase ("amount", "analysts"): no preposition, determiner,
 * quantity, auxiliary, adverb, title, verb in the past or in -ing, or cue word (one as often a
 * noun, "attack", when `nounCue` is set).
 */
export function plainNounBefore(t: Tok, nounCue = false): boolean {
  const w = t.lower;
  if (!isWord(t) || t.cap || t.q >= 0 || /ed$/.test(w) || (w.length > 4 && w.endsWith('ing')) || cueModifiers.has(w) || irregularPasts.has(w) || irregularParticiples.has(w) || enParticiples.has(w) || finiteVerbs.has(w) || titles.has(w) || roleHeads.has(w) || verbParticles.has(w) || predeterminers.has(w) || placePrepositions.has(w)) return false;
  if (cueWords.has(w) && !(nounCue && cueWords.get(w)!.nounLike)) return false;
  return !notHeads.has(w) && !sourcePrepositions.has(w) && !introPrepositions.has(w) && !determiners.has(w) && !approximators.has(w) && !isQuantity(t) && !leadingNoise.has(w) && !clauseOpeners.has(w) && !adverb.test(w);
}

/** Words that open a quantity before an article: "at least a dozen", "such a", "twice the", "half the". */
const predeterminers = new Set(['least', 'such', 'quite', 'rather', 'half', 'twice', 'thrice', 'double', 'triple', 'what']);

/** Whether the capitalised words ending at `k` are a name listed before others, not "In Gdansk," or "On Monday,". */
function listedName(block: Block, k: number, from: number): boolean {
  const { toks } = block;
  if (!isWord(toks[k]) || !toks[k].cap || toks[k].q >= 0) return false;
  let r = k;
  while (r - 1 >= from && isWord(toks[r - 1]) && toks[r - 1].cap && toks[r - 1].q < 0) r--;
  for (let x = r; x <= k; x++) if (introPrepositions.has(toks[x].lower) || timeWords.has(toks[x].lower)) return false;
  // "Department for Environment, Food and Rural Affairs": "for" or "of" inside a name lists its parts.
  const inName = (toks[r - 1]?.lower === 'for' || toks[r - 1]?.lower === 'of') && r - 2 >= from && toks[r - 2].cap && isWord(toks[r - 2]) && toks[r - 2].q < 0;
  return r === from || inName || (!introPrepositions.has(toks[r - 1].lower) && toks[r - 1].text !== ',');
}

/** Whether a source opens with a preposition, other than an approximation ("about half", "at least one"). */
export function prepositionalPhrase(block: Block, r: Range): boolean {
  const { toks } = block;
  const first = toks[r[0]];
  const next = toks[r[0] + 1];
  if (!sourcePrepositions.has(first.lower) || (approximators.has(first.lower) && isQuantity(next))) return false;
  return !(first.lower === 'at' && next?.lower === 'least');
}

/**
 * The subject after a phrase that opens the source with no comma after it: "On Monday Ana Ruiz
 * said", "In a statement the ministry said", "During his speech Mr Reed told", "Last week the
 * minister told". The walk back took both; the subject starts at the first determiner or name that
 * follows a time word or a lower-case noun (not a role before a name: "Labour chairman Tom
 * Reed"), or at a title after a name ("in Latvia Mr Kalns"). Only for a phrase that opens
 * its clause: "A notice posted on the website HarbourData.com said" has its subject before it. Null
 * when there is none.
 */
export function afterOpeningPhrase(block: Block, r: Range): Range | null {
  const { toks } = block;
  const first = toks[r[0]];
  const timed = timeOpeners.has(first.lower) && (timeEnd(toks[r[0] + 1]) || timeEnd(toks[r[0] + 2]));
  // "With captain Ivo Lind ruled out": a subject of its own after "with" is no speaker.
  if ((!timed && !prepositionalPhrase(block, r)) || !opensClause(block, r[0]) || first.lower === 'with' || first.lower === 'without') return null;
  let start = -1;
  // Up to the first comma or dash: the phrase has none ("For one thing, Mrs Berg, ... come November,").
  for (let j = r[0] + 2; j <= r[1] && !isSeparator(toks[j]); j++) {
    const t = toks[j];
    const p = toks[j - 1];
    if (!isWord(t) || !isWord(p)) continue;
    const time = timeEnd(p) || yearWord.test(p.text);
    const noun = !p.cap && !determiners.has(p.lower) && !timeOpeners.has(p.lower) && !clauseOpeners.has(p.lower) && !sourcePrepositions.has(p.lower) && !introPrepositions.has(p.lower) && !titles.has(p.lower) && !roleHeads.has(p.lower) && !adverb.test(p.lower) && !/(?:ed|ing)$/.test(p.lower);
    // "In April 2009, ...", "In a May 2012 message": a year after a month is no subject ("On average
    // 33% of networks" has one after a noun).
    if (((time || noun) && ((t.cap && !(time && /^\d/.test(t.text))) || articlesAndPossessives.has(t.lower))) || (p.cap && !time && honorifics.has(t.lower))) {
      start = j;
      break;
    }
  }
  if (start < 0 || !startsNounPhrase(toks[start])) return null;
  return [start, r[1]];
}

/** Nouns of taking over a post, after which "as" names the post. */
const successions = new Set(['successor', 'predecessor', 'replacement']);

/** Determiners that open the second half of "a speaker and their companions". */
const companions = new Set(['his', 'her', 'their', 'its', 'other', 'several', 'many', 'some']);

/**
 * A role in lower case written before a name after the cue: "said economist Marta Ripa", "said
 * central bank governor Kim Jae" (one to four plain lower-case words, then a capitalised one).
 * Returns the index of the name's first word, or -1. A role word that is also a noun-like cue word
 * ("credit analyst", "support group leader") is a noun here, before a name.
 */
export function roleBeforeName(block: Block, from: number): number {
  const { toks } = block;
  for (let k = from; k < from + 5; k++) {
    const w = toks[k];
    if (!w || w.q >= 0 || !isWord(w) || w.s !== toks[from].s) return -1;
    if (w.cap) return k > from ? k : -1;
    const cue = cueWords.get(w.lower);
    // "said planning director Ana Ruiz": an "-ing" word before a title names a field, no verb.
    const field = !!cue && w.lower.endsWith('ing') && !!toks[k + 1] && (titles.has(toks[k + 1].lower) || roleHeads.has(toks[k + 1].lower));
    if (sourceStoppers.has(w.lower) || (cue && !cue.nounLike && !field) || clauseOpeners.has(w.lower) || subjectPronouns.has(w.lower) || /\d/.test(w.text)) return -1;
  }
  return -1;
}

/** Words that open an appositive after a subject: an article, a possessive, or "including" before a list's members. */
const appositiveOpeners = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'including']);

/**
 * The subject `r` with an appositive between commas after it, when the sentence's verb follows the
 * second comma: "Ana Ruiz, a former director of the port, visited the yard, saying ...", "Several
 * mayors, including Tom Reed, have proposed ...". PolNeAR sources take the appositive in.
 */
export function withAppositive(block: Block, r: Range, before: number): Range {
  const { toks } = block;
  const comma = toks[r[1] + 1];
  const open = toks[r[1] + 2];
  if (!comma || comma.text !== ',' || comma.q >= 0 || !open || open.q >= 0 || r[1] + 2 >= before) return r;
  // A role with no article ("president of the Fordham Institute") or an owner's ("Obama's former
  // budget director") describes the name before it as well.
  const role = !open.cap && (titles.has(open.lower) || roleHeads.has(open.lower));
  const owned = open.cap && afterPossessive(block, r[1] + 3) && !toks[r[1] + 3]?.cap;
  if (!appositiveOpeners.has(open.lower) && !role && !owned) return r;
  // A finite verb before any relative pronoun makes the phrase a clause ("Tom Reed, the director and
  // Ana Lund left the hall, saying"); one inside a relative clause describes ("a columnist who is gay").
  let c = r[1] + 2;
  let relative = false;
  for (; c < before && c - r[1] < 30 && toks[c].q < 0 && toks[c].text !== ',' && !isDash(toks[c]) && !terminal.has(toks[c].text); c++) {
    if (relativePronouns.has(toks[c].lower) || personRelatives.has(toks[c].lower)) relative = true;
    else if (!relative && c > r[1] + 2 && verbKind(toks, c) !== '') return r;
  }
  if (c >= before || toks[c].text !== ',' || toks[c].q >= 0 || !predicateAt(block, c + 1, before)) return r;
  return [r[0], c - 1];
}

/** Whether a verb phrase opens at `k`: the cue group at `before`, a finite verb, or an adverb before one. */
function predicateAt(block: Block, k: number, before: number): boolean {
  const { toks } = block;
  if (k === before || verbKind(toks, k) !== '') return true;
  return !!toks[k] && toks[k].q < 0 && !toks[k].cap && (cueAdverb(toks[k]) || cueModifiers.has(toks[k].lower)) && (k + 1 === before || verbKind(toks, k + 1) !== '');
}

/** Whether a plural noun in lower case, perhaps after an adjective, and a finite verb start at `k`: "ferries stopped", "fuel prices will". */
function bareSubjectAt(block: Block, k: number, last: number): boolean {
  const { toks } = block;
  for (let n = k; n <= last && n - k < 3; n++) {
    const t = toks[n];
    if (!isWord(t) || t.cap || t.q >= 0 || determiners.has(t.lower) || cueWords.has(t.lower) || sourcePrepositions.has(t.lower)) return false;
    if (/[^su]s$/.test(t.lower) && n + 1 <= last && verbKind(toks, n + 1) !== '') return true;
  }
  return false;
}

/** Words that bound a count before its number: "more than", "at least", "up to", "about". */
const countBounds = [['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['at', 'least'], ['up', 'to'], ['as', 'many', 'as']];

/**
 * Whether a counted noun phrase and a finite verb start at `k`: "more than 13,000 people had",
 * "about 40 ferries were", "two ministers will". The number makes the words a subject, not an object.
 */
function countedSubjectAt(block: Block, k: number, last: number): boolean {
  const { toks } = block;
  let n = k;
  const bound = countBounds.find((words) => words.every((w, d) => toks[k + d]?.lower === w && toks[k + d].q < 0));
  if (bound) n += bound.length;
  else if (approximators.has(toks[n]?.lower ?? '') && toks[n].lower !== 'only' && toks[n].lower !== 'just') n++;
  const count = toks[n];
  if (!count || count.q >= 0 || !(/^\d/.test(count.text) || numberWords.has(count.lower))) return false;
  if (magnitudes.has(toks[n + 1]?.lower ?? '')) n++;
  // A noun of up to three words in lower case, then its verb.
  for (let m = n + 1; m <= last && m - n <= 3; m++) {
    const t = toks[m];
    if (!isWord(t) || t.cap || t.q >= 0 || cueWords.has(t.lower) || sourcePrepositions.has(t.lower) || determiners.has(t.lower)) return false;
    if (m + 1 <= last && verbKind(toks, m + 1) !== '') return true;
  }
  return false;
}

/** Whether a reported clause with no "that" opens at `k` with a subject that no pronoun or article marks. */
export function unmarkedSubjectAt(block: Block, k: number, last: number): boolean {
  return bareSubjectAt(block, k, last) || countedSubjectAt(block, k, last);
}

/** Whether the capitalised words ending at token `k` follow a common noun and a preposition of source: "a lawyer for Ana Berg", "officials at Harbour Analytics". */
export function prepositionalName(block: Block, k: number): boolean {
  const { toks } = block;
  const s = toks[k].s;
  let a = k;
  while (a - 1 >= block.first[s] && toks[a - 1].cap && isWord(toks[a - 1]) && toks[a - 1].q < 0) a--;
  const p = toks[a - 1];
  const head = toks[a - 2];
  return !!p && !!head && p.s === s && head.s === s && p.q < 0 && !p.cap && sourcePrepositions.has(p.lower) && isWord(head) && !head.cap && head.q < 0;
}

/** A plain plural noun in lower case ("analysts", "economists"), no verb or cue word. */
export function pluralNoun(t: Tok): boolean {
  return /[^s'’]s$/.test(t.lower) && t.lower.length > 3 && !cueWords.has(t.lower) && plainNounBefore(t) && !timeWords.has(t.lower) && !durations.has(t.lower);
}

/**
 * The last token of a plural noun at `k` that ends the sentence at `last`, alone or with an employer
 * or a place of no more than eight words and no verb ("..., say analysts.", "..., say researchers at
 * the bank."), or -1 ("said prices would rise" goes on with a clause).
 */
export function closingPlural(block: Block, from: number, last: number): number {
  const { toks } = block;
  // "..., say security experts.", "..., say e-business experts.": up to two words before a noun for
  // people describe it ("says speed-camera evidence works" is a clause).
  let k = from;
  while (k - from < 2 && toks[k + 1] && toks[k + 1].s === toks[from].s && plainNounBefore(toks[k]) && !pluralNoun(toks[k])) k++;
  const t = toks[k];
  if (!t || t.q >= 0 || !isWord(t) || !pluralNoun(t) || (k > from && !anonymousHeads.has(t.lower))) return -1;
  const end = terminal.has(toks[last].text) ? last - 1 : last;
  if (end === k) return k;
  // "Most importantly, say traders, the talks ...": the source between commas inside the sentence;
  // ", say industry experts, who gathered ...": a relative clause about them after the comma.
  if (toks[k + 1]?.text === ',' && toks[k + 1].q < 0 && k + 1 < end) return k;
  if (end < k || !['at', 'of', 'from', 'with', 'in'].includes(toks[k + 1].lower) || end - k > 9) return -1;
  for (let j = k + 2; j <= end; j++) if (toks[j].q >= 0 || verbKind(toks, j) !== '' || cueWords.has(toks[j].lower) || (isPunct(toks[j]) && !innerPunct.has(toks[j].text))) return -1;
  return end;
}

/** Articles before a noun that comments on what was said: ", a move ...", ", another sign ...". */
export const indefinites = new Set(['a', 'an', 'another']);

/**
 * Nouns for a statement, a step or a change that a comment after the content names; not a figure's
 * ("an increase of 4%", "a record"), which after a reported figure is as often part of the report.
 */
export const commentNouns = new Set(['move', 'step', 'decision', 'development', 'sign', 'swipe', 'jab', 'dig', 'nod', 'rebuke', 'reference',
  'claim', 'approach', 'tactic', 'offer', 'plan', 'idea', 'proposal', 'position', 'stance', 'remark', 'reversal', 'shift', 'change',
  'setback', 'boost', 'blow', 'turnaround', 'u-turn', 'climbdown', 'escalation', 'signal', 'gesture', 'warning', 'allusion', 'reminder',
  'sentiment', 'practice', 'line']);

/**
 * Whether a comment on the report opens at token `a`, after a comma: "in a move that ...", "a step
 * which ...", "in a sharp reversal that ...": "in" maybe, an indefinite article, up to two
 * modifiers and a noun for a statement or a step, then a relative pronoun. What follows it is no
 * content of the cue before the comma.
 */
export function commentPhraseAt(toks: Tok[], a: number): boolean {
  let j = toks[a]?.lower === 'in' ? a + 1 : a;
  if (!indefinites.has(toks[j]?.lower ?? '') || toks[j].q >= 0) return false;
  for (j++; j <= a + 4 && toks[j] && isWord(toks[j]) && toks[j].q < 0; j++) {
    if (commentNouns.has(toks[j].lower)) return toks[j + 1]?.lower === 'that' || toks[j + 1]?.lower === 'which';
  }
  return false;
}

/** True when nothing but a time or place adjunct follows: "said on Tuesday.", "told reporters." */
export function afterIsAdjunct(block: Block, start: number, last: number, addressee: boolean, infinitive = false, participles = false): boolean {
  const { toks } = block;
  if (start > last) return true;
  if (terminal.has(toks[start].text)) return true;
  if (toks[start].q >= 0) return false;
  const w = toks[start].lower;
  // "promises to end the tax", 'vowed to “fight on”': an infinitive is what is promised, not a place.
  if (infinitive && w === 'to' && infinitiveAt(block, start + 1)) return false;
  // "expecting about £138m": "about" before a quantity approximates it and is no preposition.
  if (approximators.has(w) && quantityAt(toks, start + 1)) return false;
  // "the council said before announcing a review": a participle after "before" or "after" is a cue
  // of its own (with the sentence's subject), not what this one reports.
  if (participleConjunctions.has(w) && cueWords.get(toks[start + 1]?.lower ?? '')?.participle && toks[start + 1].s === toks[start].s) return true;
  // So is a gerund after "in" ("said in posing the question to Reed"), whatever its object, unless
  // a "that" clause or a quotation follows it ("said in closing the meeting that ...").
  const gerund = toks[start + 1];
  if (participles && w === 'in' && gerund && gerund.s === toks[start].s && verbForm(gerund) === 'ing' && !thatOrQuoteWithin(toks, start + 2, last)) return true;
  // A time or place ("on Tuesday", "in a statement"), or the addressee of a verb that names one.
  // "said last month, while ...": a time after the cue, but only before a comma and a new clause,
  // since "said last month's figures were wrong" reports them.
  // "told state broadcaster ERT.": an addressee may be a role in lower case before a name, whose
  // words may be cue words as nouns.
  const roleName = addressee ? roleBeforeName(block, start) : -1;
  const adjunctFirst = adjunctOpener(toks, start) && w !== 'that';
  const stopper = adjunctFirst || (addressee && (determiners.has(w) || toks[start].cap || subjectObjects.has(w) || addresseePlurals.has(w) || roleName > 0));
  const time = !stopper && (w === 'last' || w === 'this' || w === 'earlier' || w === 'later') && timeWords.has(toks[start + 1]?.lower ?? '');
  // "..., the statistics office said separately.": an adverb alone that ends the sentence tells how.
  const manner = !stopper && cueAdverb(toks[start]) && (start + 1 > last || terminal.has(toks[start + 1].text));
  const adjunct = stopper || time || manner;
  if (!adjunct) return false;
  const addresseeOnly = !adjunctFirst;
  // Up to eight words, then the sentence end or a comma before a continuing quotation or a new clause.
  let k = start;
  let nounCue = false;
  // A phrase that opens with a preposition may run longer ("said during his campaign speech to be a
  // national delegate.") while no finite verb makes it a clause. Read (as the gerund above) once the
  // model has accepted the word, so that the rules' reading it judges stays the same.
  const limit = participles && adjunctFirst && occasionPrepositions.has(w) ? 20 : 8;
  while (k <= last && !terminal.has(toks[k].text) && toks[k].text !== ',' && toks[k].q < 0 && k - start < limit) {
    if (k - start === 8 && clauseWithin(toks, start, k)) return false;
    if (k - start > 8 && clauseWithin(toks, k, k)) return false;
    // "told analysts on a conference call.": a cue word in lower case after a preposition and an
    // article (and one more word) is a noun, when the phrase ends the sentence; not right after the
    // cue, where the preposition may be its particle ("worry about the state of ...").
    const dets = participles ? articlesAndPossessives : articles;
    const a = dets.has(toks[k - 1]?.lower ?? '') ? k - 1 : dets.has(toks[k - 2]?.lower ?? '') ? k - 2 : -1;
    // Once the model has accepted the word, "in", "at" or "on" right after it opens a place, no
    // particle ("said in its annual report.").
    const place = participles && a - 1 === start && (w === 'in' || w === 'at' || w === 'on');
    const noun = !toks[k].cap && (a - 1 > start || place) && w !== 'to' && sourcePrepositions.has(toks[a - 1].lower);
    // "said in its annual State of the Climate report": once the model has accepted the word, a cue
    // word in capitals inside the phrase is part of a title (read only then, so that the rules'
    // reading the model judges stays the same).
    const titled = participles && toks[k].cap && k > start;
    if (toks[k].lower === 'that' || (cueWords.has(toks[k].lower) && k >= roleName && !noun && !titled)) return false;
    // "warned the port would close": a finite verb makes the words after the cue a clause, no addressee.
    if (addresseeOnly && k > start && clauseVerbs.has(toks[k].lower)) return false;
    // "urged the council to vote for the deal.": an infinitive after the addressee is what was urged.
    if (addressee && addresseeOnly && k > start && toks[k].lower === 'to' && infinitiveAt(block, k + 1)) return false;
    if (cueWords.has(toks[k].lower) && noun) nounCue = true;
    k++;
  }
  // "..., the WMO said in its annual State of the Climate report, which pools six data sets.": a
  // "which" clause after that noun describes it; the words reported are before the cue.
  if (participles && nounCue && toks[k]?.text === ',' && toks[k + 1]?.lower === 'which' && toks[k + 1].s === toks[k].s) return true;
  if (nounCue && k <= last && !terminal.has(toks[k].text)) return false;
  // "announced on Wednesday, adding £35 a year": after a time or a place, a participle with its
  // object opens a clause too, and so does a change in the figure reported before ("said on Monday,
  // a fall of nearly a third", "said on Monday, up 12%").
  const opener = toks[k + 1]?.lower ?? '';
  const placeOrTime = participles && (time || sourcePrepositions.has(w));
  const participle = placeOrTime && ((!!cueWords.get(opener)?.participle && !!toks[k + 2] && toks[k + 2].q < 0 && toks[k + 2].text !== ',' && toks[k + 2].lower !== 'that') || participleClause(block, k + 1) || figureComparison(block, k + 1));
  // "said on Tuesday, in a move that ...": once the model has accepted the word, a comment on the
  // report after a time or a place is no part of it.
  const comment = placeOrTime && commentPhraseAt(toks, k + 1);
  const newClause = toks[k]?.text === ',' && ((clauseOpeners.has(opener) && opener !== 'that' && opener !== 'which') || participle || comment);
  if (time) return newClause;
  // Past the eighth word only the sentence's end closes an adjunct; a comma or a quotation after so
  // long a phrase is left to the search for the content after the cue.
  if (k - start > 8) return k > last || terminal.has(toks[k].text);
  if (k > last || terminal.has(toks[k].text) || toks[k].q >= 0) return true;
  return toks[k].text === ',' && ((toks[k + 1]?.q ?? -1) >= 0 || newClause);
}

/** Prepositions that open a place or an occasion of saying ("during his speech", "at a rally"). */
const occasionPrepositions = new Set(['in', 'during', 'at', 'on']);

/**
 * Whether tokens a..b hold a clause: a finite verb, a subject pronoun ("in the past it markets its
 * games ...") or a negated infinitive ("in April not to invest").
 */
function clauseWithin(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (verbKind(toks, k) !== '' || (subjectPronouns.has(toks[k].lower) && toks[k].lower !== 'you') || (toks[k].lower === 'not' && toks[k + 1]?.lower === 'to')) return true;
  }
  return false;
}

/** Whether a "that", a colon or a quotation stands among tokens a..b. */
function thatOrQuoteWithin(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (toks[k].q >= 0 || toks[k].lower === 'that' || toks[k].text === ':') return true;
  return false;
}

/** Determiners that may stand alone as a subject or a relative pronoun before a verb ("this shows", "that claims", "each advocates"). */
const pronounDeterminers = new Set(['that', 'this', 'one', 'each', 'every']);

/**
 * "The advocates of safety said", "Some reports from the border said", "Lawyers for the alleged
 * spammers said": a cue word right after a determiner is inside the subject, which the walk back from
 * the verb goes over, when it heads a phrase of a preposition or is a participle before its noun.
 * Not "After the ruling Ilze Ozola said" (a name follows) nor "The mock votes" (no participle).
 */
function cueWordAsNoun(toks: Tok[], k: number): boolean {
  const d = toks[k - 1];
  const next = toks[k + 1];
  if (!d || !next || d.s !== toks[k].s || d.q >= 0 || !determiners.has(d.lower) || pronounDeterminers.has(d.lower)) return false;
  return nounPrepositions.has(next.lower) || (/ed$/.test(toks[k].lower) && isWord(next) && !next.cap);
}
