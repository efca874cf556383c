/**
 * The rules' reading of a verb of saying or thinking: the cue's extent (particles, "went on to
 * say"), its source before or after it, and its content, or null when the word is no cue here ("the
 * said property", "a source familiar with"). The longest module because English has the most ways
 * to put these three parts around a verb.
 */
import {
  clauseOpeners,
  closeQuotes,
  cueModifiers,
  type CueWord,
  cueWords,
  determiners,
  sourceStoppers,
  straightQuotes,
  subjectNounPrepositions,
  subjectPronouns,
} from '../lexicon.js';
import { type Block, type Found, isPunct, isWord, type Quote, type Range, terminal, type Tok } from './block.js';
import {
  addresseePlurals,
  adverb,
  approximators,
  articles,
  articlesAndPossessives,
  auxiliaries,
  auxiliaryBefore,
  beForms,
  byMeans,
  clauseVerbs,
  clauseWithSubject,
  comparatives,
  conjunctionsBeforeSubject,
  contentDeterminers,
  countWords,
  closingAdverb,
  cueAdverb,
  cueStarts,
  currencySymbols,
  finiteVerbs,
  floatedQuantifier,
  gerundTakers,
  hasFiniteVerb,
  hasName,
  headOk,
  honorifics,
  infinitiveAt,
  innerPunct,
  interjectedAdverbs,
  introPrepositions,
  irregularParticiples,
  isAsideDash,
  isDash,
  isPassive,
  isQuantity,
  isSeparator,
  leadingNoise,
  listBefore,
  magnitudes,
  givenModalName,
  modalName,
  negations,
  notHeads,
  objectPronouns,
  opensClause,
  participleConjunctions,
  participleForm,
  particles,
  passiveComplements,
  personRelatives,
  placePrepositions,
  plainWord,
  possessives,
  prepositionalIngs,
  quoteInRelativeAside,
  relativeAdjuncts,
  relativeOpeners,
  relativePronouns,
  sameLine,
  sourcePrepositions,
  speechWithin,
  startsNounPhrase,
  subjectObjects,
  subordinators,
  titleCaseMinorWords,
  titleSmallWords,
  verbKind,
  surnameInIng,
} from './grammar.js';
import { contentEnd, withoutClosingMedium } from './content.js';
import {
  adjunctOpener,
  afterAnnouncingColon,
  afterDateline,
  clauseStart,
  dayNames,
  dayParts,
  durationAt,
  monthWords,
  timeAdjunctEnd,
  timeAdverbs,
  timeAfterAddressee,
  timeTail,
  timeWords,
  verbless,
  weekdays,
  withoutClosingTime,
  yearWord,
} from './time.js';
import { accordingSource, sentenceSubject, subjectAfter, subjectAfterQuotation, subjectAt, subjectBefore } from './subjects.js';
import {
  afterIsAdjunct,
  closingPlural,
  nounPhraseBack,
  phraseBack,
  plainNounBefore,
  prepositionalName,
  commentPhraseAt,
  roleBeforeName,
  unmarkedSubjectAt,
} from './nounPhrases.js';

/** Words before "to" and a verb of saying that explain an anonymity ("not authorised to discuss"). */
const permissionWords = new Set(['authorised', 'authorized', 'allowed', 'permitted', 'cleared', 'empowered']);

/** Words between "speak" or "talk" and its particle that say how: "spoke out against", "talked more about". */
const speakingManners = new Set(['out', 'up', 'more', 'instead', 'again']);

/** What "speak out" and "speak up" take: "spoke out against the tax", "spoke up for the staff". */
const speakOutParticles = new Set(['about', 'of', 'against', 'for', 'on']);

/**
 * "spoke passionately about", "warned repeatedly of", "has spoken out against": an adverb between a
 * verb and its particle says how it was said, and the cue runs through the particle, as PolNeAR
 * marks it (train: 23 of 33 such phrases after "speak" or "talk" are cues).
 */
function mannerBeforeParticle(block: Block, i: number, cue: CueWord): boolean {
  const { toks } = block;
  const middle = toks[i + 1];
  const particle = toks[i + 2];
  if (!middle || !particle || middle.s !== toks[i].s || particle.s !== middle.s || middle.q >= 0 || particle.q >= 0 || cue.lemma === 'oppose') return false;
  const speaking = cue.lemma === 'speak' || cue.lemma === 'talk';
  if (speaking && (middle.lower === 'out' || middle.lower === 'up')) return speakOutParticles.has(particle.lower);
  const manner = cueAdverb(middle) || (speaking && speakingManners.has(middle.lower));
  return manner && !!particles[cue.lemma]?.has(particle.lower);
}

/** Verbs that make a retort with "back": "shot back", "fired back at", "pushed back against". */
const backVerbs = new Set(['shot', 'shoots', 'fired', 'fires', 'firing', 'hit', 'hits', 'hitting', 'pushed', 'pushes', 'pushing', 'walked', 'walks', 'wrote', 'writes', 'snapped', 'struck', 'lashed', 'punched', 'talked']);

/** Verbs that may name an addressee and still invert after what they report ("..., warned analysts."). */
const invertingAddressees = new Set(['warn', 'write', 'ask', 'promise']);

/** Verbs of saying that put their speaker after them inside a sentence ("The plan, said Ana Ruiz, will fail"); not "also admits Gerrard ... will". */
const invertingLemmas = new Set(['say', 'add', 'explain', 'write', 'argue', 'insist', 'note']);

/**
 * Whether a name after the cue at `k`, with its appositive, is set off by a comma before a verb that
 * goes on with the sentence the cue interrupts: "The new terminal, said Anna Berg, the port's
 * director, will open in May" (the source was "The new terminal").
 */
function interruptingName(block: Block, k: number, last: number): boolean {
  const { toks } = block;
  if (!toks[k]?.cap || toks[k].q >= 0 || !isWord(toks[k])) return false;
  const after = subjectAfter(block, k);
  if (!after || after[1] + 2 > last) return false;
  const comma = toks[after[1] + 1];
  const verb = toks[after[1] + 2];
  return comma.text === ',' && comma.q < 0 && !verb.cap && (finiteVerbs.has(verb.lower) || beForms.has(verb.lower) || clauseVerbs.has(verb.lower));
}

/**
 * "Analysts at the institute in London estimate that ...": a word as often a noun, in its base form
 * before "that", after a subject that opens with a plural noun or a pronoun, is a verb by its place;
 * a noun there has an article or a possessive before it ("the estimate that", "Labour's hope
 * that"), which the rules' reading rejects. Read only where the model declines, as presentAtClose.
 */
export function pluralBeforeThat(block: Block, i: number, cue: CueWord, found: Found[]): Found | null {
  const { toks } = block;
  const t = toks[i];
  if (!cue.nounLike || t.lower !== cue.lemma || t.cap || toks[i + 1]?.lower !== 'that' || toks[i + 1].s !== t.s) return null;
  const f = verbCue(block, i, cue, found);
  if (!f || !f.source || f.source[1] >= i || f.content[0] !== i + 1) return null;
  const head = toks[f.source[0]];
  const plural = /[^s'’]s$/.test(head.lower) && !head.lower.endsWith("'s") && !head.lower.endsWith('’s');
  return plural || subjectPronouns.has(head.lower) ? f : null;
}

/**
 * "Judge Ana Lima told him he had lied": "told" with a pronoun as addressee and a clause opening
 * with "that" or a subject pronoun right after it reports that clause, though the model, which does
 * not see the clause, may decline (p 0.23 here). Read only where the model declines, with the
 * rules' reading and its subject.
 */
export function toldPersonClause(block: Block, i: number, cue: CueWord, found: Found[]): Found | null {
  const { toks } = block;
  const t = toks[i];
  const object = toks[i + 1];
  const opener = toks[i + 2];
  if (t.lower !== 'told' || t.cap || !object || !opener || object.s !== t.s || opener.s !== t.s || object.q >= 0 || opener.q >= 0) return null;
  if (!['him', 'her', 'them', 'us', 'me'].includes(object.lower) || !(opener.lower === 'that' || (subjectPronouns.has(opener.lower) && opener.lower !== 'you'))) return null;
  const f = verbCue(block, i, cue, found);
  return f && f.source && f.source[1] < i && f.content[0] > i + 1 ? f : null;
}

/**
 * "said on Sky, where he is now a pundit, that ...": a "that" right after a relative clause set off by
 * commas, which describes the place or addressee before it, opens the content however long the aside.
 */
function afterRelativeAside(toks: Tok[], start: number, k: number): boolean {
  if (toks[k - 1]?.text !== ',' || toks[k].q >= 0) return false;
  for (let j = k - 2; j > start; j--) {
    if (toks[j].q >= 0 || toks[j].s !== toks[k].s) return false;
    if (toks[j].text === ',') return toks[j + 1].q < 0 && (relativeOpeners.has(toks[j + 1].lower) || toks[j + 1].lower === 'where');
  }
  return false;
}

/**
 * The closing mark of a title in quotation marks opening at `open` (“Morning Show”, “This Week With
 * Ana Lima”): closed in the same sentence, up to eight words, every one capitalised but the short
 * words titles keep in lower case, after a possessive, an article or a capitalised word. -1 if none.
 */
function quotedTitleEnd(block: Block, open: number): number {
  const { toks } = block;
  const quote = block.quotes[toks[open].q];
  const before = toks[open - 1];
  if (!quote || quote.open !== open || quote.close < 0 || quote.close - open > 9 || toks[quote.close].s !== toks[open].s) return -1;
  if (!before || !(before.lower === "'s" || before.lower === '’s' || articles.has(before.lower) || (before.cap && isWord(before)))) return -1;
  let words = 0;
  for (let k = open + 1; k < quote.close; k++) {
    const u = toks[k];
    if (u.kind !== 'word' && u.kind !== 'number') return -1;
    if (!u.cap && !titleCaseMinorWords.has(u.lower)) return -1;
    words++;
  }
  return words > 0 ? quote.close : -1;
}

/**
 * "Dana Berg, a host of “The Hour,” refused", "Ruiz, who calls the plan a “farce,” said": a short
 * quotation inside an appositive, its comma inside the marks, ends the subject before the verb. The
 * source is the name before the appositive with it, or without it when it is a clause ("who ...",
 * "citing ..."), as PolNeAR marks them; null unless the quotation is a title or a phrase of up to six
 * words inside the sentence and a name opens the clause before it.
 */
function nameBeforeEmbeddedQuote(block: Block, close: number): Range | null {
  const { toks } = block;
  const quote = block.quotes[toks[close].q];
  if (!quote || quote.close !== close || toks[close - 1]?.text !== ',' || countWords(toks, quote.open + 1, close - 1) > 6) return null;
  const first = block.first[toks[close].s];
  const before = toks[quote.open - 1];
  if (quote.open - 1 <= first || !isWord(before) || before.q >= 0 || before.s !== toks[close].s) return null;
  let comma = quote.open - 1;
  while (comma > first && quote.open - comma <= 15 && toks[comma].text !== ',' && toks[comma].q < 0 && !terminal.has(toks[comma].text)) comma--;
  if (toks[comma].text !== ',' || toks[comma].q >= 0 || comma === quote.open - 1) return null;
  const np = nounPhraseBack(block, comma - 1, first);
  if (!np || !hasName(block, np) || !startsNounPhrase(toks[np[0]]) || !(np[0] === first || opensClause(block, np[0]))) return null;
  const opener = toks[comma + 1];
  return relativeOpeners.has(opener.lower) || /ing$/.test(opener.lower) ? np : [np[0], close];
}

/** A capitalised word of five letters or fewer in "-ing" is a name, not a gerund: "King says". */
const shortName = (t: Tok) => t.cap && t.lower.length <= 5;

/** Time phrases that may stand between a subject and its verb: "on Friday", "last month", "in the past". */
const verbAdverbial = /^(?:(?:on|last|this|early|late|earlier|later|in)\s+)?(?:(?:the\s+)?past|particular|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|weekend|morning|afternoon|evening|night)(?:\s+(?:morning|afternoon|evening|night))?)$|^for the first time$|^in recent (?:years|months|weeks|days)$/;

/** Whether the phrase walked back from a verb is only a time phrase before it. */
function adverbialBeforeVerb(block: Block, r: Range): boolean {
  if (r[1] - r[0] > 3) return false;
  let text = '';
  for (let k = r[0]; k <= r[1]; k++) text += (k > r[0] ? ' ' : '') + block.toks[k].lower;
  return verbAdverbial.test(text);
}

/** Nouns for an event that an appositive after a report names: ", a move critics called ...", ", a sharp rise". */
const eventNouns = new Set(['move', 'step', 'decision', 'development', 'blow', 'sign', 'reversal', 'shift', 'change', 'setback', 'boost', 'rise', 'fall', 'jump',
  'drop', 'increase', 'decrease', 'decline', 'record', 'figure', 'turnaround', 'u-turn', 'climbdown', 'escalation', 'first', 'milestone']);

/**
 * The subject of a clause walked back over from a participle cue ("Gowdy released a statement",
 * "Ana Lima, the director, sent a letter"): the noun phrase before its first finite verb, or the
 * phrase itself when it holds none. A verb in "-ed" after a determiner is an adjective ("the
 * alleged"), and one right after a noun may be a reduced relative ("a report published"): only
 * a verb before a determiner or a particle ("released a statement", "fired back a response") counts.
 */
function subjectOfVerbPhrase(block: Block, r: Range): Range | null {
  const { toks } = block;
  for (let k = r[0]; k <= r[1]; k++) {
    const t = toks[k];
    if (t.cap || !isWord(t)) continue;
    const next = toks[k + 1];
    const verb = finiteVerbs.has(t.lower) || (/ed$/.test(t.lower) && (k > r[0] ? !determiners.has(toks[k - 1].lower) : isSeparator(toks[k - 1])) && !!next && (determiners.has(next.lower) || next.lower === 'back' || next.lower === 'out' || next.lower === 'up'));
    if (!verb) continue;
    if (k - 1 < block.first[t.s]) return null;
    return subjectBefore(block, k - 1);
  }
  return r;
}

/** Whether a source walked back from a cue starts with a verb right after "to": "to repeat Latvian". */
function infinitiveObject(block: Block, r: Range): boolean {
  const { toks } = block;
  const verb = toks[r[0]];
  return r[1] > r[0] && toks[r[0] - 1]?.lower === 'to' && !verb.cap && !determiners.has(verb.lower) && !subjectPronouns.has(verb.lower);
}

/**
 * The subject before a stretch between two dashes that ends at token `close`, right before the cue:
 * the noun phrase before a relative clause ("NATO – which ... – announced"), or that noun phrase with
 * an appositive ("Anna Lind — the head of the institute — said"), as between commas. With `wide` (once
 * the model has accepted the cue), other stretches as below, and a hyphen with spaces as a dash.
 */
function subjectBeforeDashes(block: Block, close: number, wide: boolean): Range | null {
  const { toks } = block;
  const from = block.first[toks[close].s];
  const dash = (t: Tok | undefined) => (wide ? isAsideDash(block, t) : isDash(t));
  let open = close - 1;
  while (open > from && close - open < 40 && !dash(toks[open]) && toks[open].q < 0 && !terminal.has(toks[open].text)) open--;
  if (!dash(toks[open]) || open + 1 >= close || open - 1 < from) return null;
  let subject = nounPhraseBack(block, open - 1, from);
  if (!subject) return null;
  // "Tom Reed, head of Tunevik - a ... service - believes": the name before a comma appositive in
  // lower case opens the subject.
  const named = !toks[subject[0]].cap && toks[subject[0] - 1]?.text === ',' && toks[subject[0] - 1].q < 0 ? subjectBefore(block, subject[0] - 1) : null;
  if (named && hasName(block, named)) subject = [named[0], subject[1]];
  else if (!startsNounPhrase(toks[subject[0]])) return null;
  const first = toks[open + 1];
  if (first.lower === 'which' || personRelatives.has(first.lower)) return subject;
  const appositive = nounPhraseBack(block, close - 1, open + 1);
  if (appositive && appositive[0] === open + 1 && startsNounPhrase(first)) return [subject[0], close - 1];
  if (!wide) return null;
  // A sentence of its own between the dashes, its verb among its first words ("One reader - all are
  // anonymous - wrote"), is left out of a subject that opens its clause.
  let clause = false;
  for (let k = open + 1; k < close && k <= open + 4; k++) if (verbKind(toks, k) !== '' && !(k === open + 1 && /ed$/.test(toks[k].lower))) clause = true;
  // So is an adverbial one ("Ruiz — after a long pause — told"), though not "like ..." or "for
  // instance ...", which name more speakers.
  if (introPrepositions.has(first.lower) && first.lower !== 'like' && !(first.lower === 'for' && /^(?:instance|example)$/.test(toks[open + 2]?.lower ?? ''))) clause = true;
  if (clause) return opensClause(block, subject[0]) ? subject : null;
  // Any other stretch after a subject that opens its clause is part of the source, as PolNeAR marks
  // it ("Maria Lopez – a former adviser to the ministry – said", "Democrats — and some Republicans
  // — say", "The candidates -- Ana Lima, Tomas Berg and Ilze Ozola -- said"); elsewhere it is read
  // as between commas.
  return opensClause(block, subject[0]) ? [subject[0], close - 1] : subjectBefore(block, close, true);
}

/**
 * A capitalised adverb that may open a sentence ("Recently", "Separately"), not a name in "-ly"
 * ("Desailly", "Kelly", "Italy", "Emily") nor a word that approximates a quantity ("Nearly half").
 */
function openingAdverb(t: Tok): boolean {
  return t.cap && cueAdverb(t) && !/(?:[eiou]lly|aly|ily)$/.test(t.lower) && !approximators.has(t.lower);
}

/**
 * An inverted source cut before a relative clause that goes on past it to something no source ends
 * at (a quotation, a verb), or as it was.
 */
function beforeRelative(block: Block, r: Range, last: number): Range {
  const { toks } = block;
  const rest = toks[r[1] + 1];
  if (r[1] + 1 > last || !rest || terminal.has(rest.text) || rest.text === ',') return r;
  for (let k = r[0] + 1; k <= r[1]; k++) {
    if (!relativeAt(toks, k)) continue;
    const end = toks[k - 1].text === ',' ? k - 2 : k - 1;
    return end >= r[0] && toks[end].q < 0 && isWord(toks[end]) ? [r[0], end] : r;
  }
  return r;
}

const relativeAt = (toks: Tok[], k: number) => !!toks[k] && toks[k].q < 0 && (personRelatives.has(toks[k].lower) || toks[k].lower === 'which');

/**
 * The subject of a subordinate clause ("after the supplier cut its forecast") that the conjunction
 * at `and` joins a second verb to: the clause opens between the sentence start and `and` with no
 * punctuation in between; its subject is a pronoun, or a determiner or a name with at most two more
 * words, followed by a verb: a word in -ed, or one before the start of an object.
 */
function subordinateSubject(block: Block, and: number): Range | null {
  const { toks } = block;
  const first = block.first[toks[and].s];
  let k = and - 1;
  while (k > first && !subordinators.has(toks[k].lower)) {
    if (toks[k].q >= 0 || isPunct(toks[k])) return null;
    k--;
  }
  const a = k + 1;
  if (k <= first || a >= and || !(subjectPronouns.has(toks[a].lower) || determiners.has(toks[a].lower) || toks[a].cap)) return null;
  for (let b = subjectPronouns.has(toks[a].lower) ? a : a + 1; b <= a + 2 && b + 1 < and; b++) {
    const verb = toks[b + 1];
    const object = toks[b + 2];
    if (!isWord(toks[b]) || !nounAfter(verb, verb.s) || adverb.test(verb.lower)) continue;
    if (verb.lower.endsWith('ed') || (b + 2 < and && (contentDeterminers.has(object.lower) || subjectObjects.has(object.lower) || isQuantity(object)))) return [a, b];
  }
  return null;
}

/**
 * Whether the verb in the past at `c0` (with no auxiliary) after a comma is an item of a list of
 * verbs that "and" and another verb in the past close later in its sentence ("..., called her a liar
 * and said ..."), not a clause of its own.
 */
function listedPastVerb(block: Block, c0: number, i: number, c1: number, last: number): boolean {
  const { toks } = block;
  if (c0 !== i || verbKind(toks, c0) !== 'past') return false;
  for (let k = c1 + 1; k < last && k - c1 < 25; k++) {
    const t = toks[k];
    if (t.q >= 0 || terminal.has(t.text) || t.text === ';') return false;
    if (t.lower === 'and' && verbKind(toks, k + 1) === 'past') return true;
  }
  return false;
}

/** Verbs of thinking that may follow what is thought and name the thinker after them: "..., thinks Mr Dean." */
const invertedThinking = new Set(['think', 'believe', 'agree', 'reckon', 'remember', 'recall', 'suspect', 'feel', 'wonder', 'fear']);

/** Weak verbs that with this particle say something and name the speaker after it: '"...," points out Ana Berg.' */
const invertedWithParticle: Readonly<Record<string, string>> = { point: 'out' };

/** Modals that open the clause a verb of hoping or thinking reports with its subject taken out. */
const gapModals = new Set(['will', 'would', 'can', 'could', 'might', 'may', 'should', 'must']);

/**
 * "a terminal that the council hopes can attract ships", "what it hopes will become a hub": the
 * relative pronoun is the subject of the reported clause, so a modal right after the cue word opens
 * that clause; the word is a verb with the short subject between, not a noun ("their hopes will").
 */
function relativeGap(block: Block, c0: number, c1: number): boolean {
  const { toks } = block;
  const s = toks[c0].s;
  if (!gapModals.has(toks[c1 + 1]?.lower ?? '') || toks[c1 + 1].q >= 0) return false;
  for (let k = c0 - 1, n = 0; k >= block.first[s] && n < 4; k--, n++) {
    const t = toks[k];
    if (t.q >= 0 || !isWord(t)) return false;
    if ((t.lower === 'that' || t.lower === 'which' || t.lower === 'what') && n > 0) return true;
    // The subject: a pronoun, a name or an article and its noun, never a possessor ("their hopes").
    if (possessives.has(t.lower) || /['’]s$/.test(t.lower) || (!t.cap && !subjectPronouns.has(t.lower) && !articles.has(t.lower) && n > 0 && !articles.has(toks[k - 1]?.lower ?? ''))) return false;
  }
  return false;
}

/**
 * One verb cue: its source on either side and its content before or after it. `force` is set when
 * the cue model has already judged the word a cue: the tests that reject a reading are skipped and
 * the source may stay unknown.
 */
export function verbCue(block: Block, i: number, cue: CueWord, found: Found[], force = false, nounReading = false): Found | null {
  const strict = !force;
  const { toks } = block;
  const t0 = toks[i];
  const s = t0.s;
  const first = block.first[s];
  const last = block.last[s];
  // The cue group: auxiliaries and adverbs before the verb, a particle after it.
  let c0 = i;
  // "shot back", "fired back at": the verb before "back" is the cue's.
  if (t0.lower === 'back' && backVerbs.has(toks[i - 1]?.lower ?? '') && toks[i - 1].s === s && toks[i - 1].q < 0) c0 = i - 1;
  while (c0 - 1 >= first && (cueModifiers.has(toks[c0 - 1].lower) || cueAdverb(toks[c0 - 1]) || (t0.lower === 'known' && reputationDegrees.has(toks[c0 - 1].lower))) && toks[c0 - 1].q < 0 && !toks[c0 - 1].cap) c0--;
  // "She kept saying", "began talking about": a verb of going on or starting before an -ing cue
  // belongs to the cue, as PolNeAR train marks it ("kept asking", "began writing"); the subject is
  // before it (the source was "She kept"). The -ing word is then no participle clause. Not a verb of
  // backing: "stopped supporting it" is as often about software or money as a stance.
  const aspectLed = c0 === i && !backingVerbs.has(cue.lemma) && /ing$/.test(t0.lower) && i - 1 >= first && gerundTakers.has(toks[i - 1].lower) && toks[i - 1].q < 0;
  if (aspectLed) {
    c0 = i - 1;
    while (c0 - 1 >= first && (cueModifiers.has(toks[c0 - 1].lower) || cueAdverb(toks[c0 - 1])) && toks[c0 - 1].q < 0 && !toks[c0 - 1].cap) c0--;
  }
  let c1 = i;
  // "are opposed to": only after "be" ("The share opposed to a levy remains" describes a noun).
  // "asks about 35,000 households": a word that approximates a quantity is no particle.
  if (particles[cue.lemma]?.has(toks[i + 1]?.lower ?? '') && toks[i + 1].s === s && (cue.lemma !== 'oppose' || auxiliaryBefore(toks, c0, i)) && !(approximators.has(toks[i + 1].lower) && /^[\d$€£]/.test(toks[i + 2]?.text ?? ''))) c1 = i + 1;
  else if (mannerBeforeParticle(block, i, cue)) c1 = i + 2;
  if (cue.needsParticle && c1 === i) return null;
  // "Farmers opposed to the canal held a rally": with no "be" before it and a verb after its object,
  // "opposed to" describes the noun before it, the subject of that verb (PolNeAR marks no cue there).
  if (cue.lemma === 'oppose' && c1 === i && c0 === i && toks[i + 1]?.lower === 'to' && toks[i + 1].s === s && isWord(toks[i - 1]) && toks[i - 1].s === s && !subjectPronouns.has(toks[i - 1].lower) && !clauseOpeners.has(toks[i - 1].lower) && !personRelatives.has(toks[i - 1].lower) && hasFiniteVerb(block, i + 2, last + 1)) return null;
  // "said privately that ...", "acknowledged publicly that ...": an adverb in -ly between the verb
  // and "that" says how it was said and belongs to the cue, as annotators mark it ("acknowledge
  // privately", "said explicitly" in PolNeAR train), not to the content.
  const after1 = toks[c1 + 1];
  if (after1 && after1.s === s && after1.q < 0 && cueAdverb(after1) && toks[c1 + 2]?.lower === 'that' && toks[c1 + 2].s === s && toks[c1 + 2].q < 0) c1++;
  // "to say", "which he said": infinitives and relative clauses are rarely attributions.
  const prev = toks[c0 - 1];
  // "Corvex, which said it had 1.4 million customers, owes ...", "an email which said the firm had
  // misled investors": right before a verb of saying, "which" is its subject and stands for what is
  // named before it, the source (after a comma or a noun; "in which", "asked which states" differ).
  const beforeWhich = toks[c0 - 2];
  const whichSubject = prev?.lower === 'which' && prev.s === s && prev.q < 0 && !!beforeWhich && beforeWhich.s === s && beforeWhich.q < 0 && (beforeWhich.text === ',' || (isWord(beforeWhich) && !introPrepositions.has(beforeWhich.lower) && !sourcePrepositions.has(beforeWhich.lower))) && cue.cls === 'speech' && !cue.participle && !cue.nounLike;
  if (strict && (prev?.lower === 'to' || (prev?.lower === 'which' && !whichSubject) || prev?.lower === 'so')) return null;
  // "was not authorised to discuss the plans": why a source is unnamed, not something said.
  if (prev?.lower === 'to' && permissionWords.has(toks[c0 - 2]?.lower ?? '')) return null;
  // "Ana Berg, who on Tuesday endorsed the mayor", "who last year threatened to ...": a time phrase
  // between the relative pronoun and the verb leaves the pronoun its subject. Only once the model has
  // accepted the word, so that the rules' reading it judges stays the same.
  const who = prev?.lower === 'who' && prev.s === s ? c0 - 1 : force ? whoBeforeTime(block, c0) : -1;
  if (who >= 0) {
    const relative = whoClause(block, c0, c1, cue, who, force);
    // "Ana Ruiz, who is expected to stand", "a judge who has been confirmed": a passive with no agent
    // reports nothing its subject said, and PolNeAR marks no source (train: 16 of 16).
    if (relative && isPassive(toks, c0, i) && toks[c1 + 1]?.lower !== 'by') relative.source = null;
    if (relative || strict) return relative;
  }
  // "the Baltic states said": a noun-like form followed by a verb is the subject, not the cue.
  const next = toks[c1 + 1];
  // These rule out the verb reading even when the model accepts it.
  const nounBeforeVerb = !!next && next.s === s && (cueWords.has(next.lower) || cueModifiers.has(next.lower)) && !(force && relativeGap(block, c0, c1));
  if (cue.nounLike && (nounBeforeVerb || (!nounReading && !subjectNextTo(prev, s) && !dayAfterSubject(block, c0) && c0 === i))) return null;
  // "the said property", "a recommended deal", "The hope for ...": a word right after an article is
  // a noun or an adjective, never a verb with a speaker.
  if (c0 === i && prev && prev.s === s && prev.q < 0 && articles.has(prev.lower)) return null;
  // "revised its earlier estimates": so is a noun-like form after an adverb of time ("earlier",
  // "previous") that follows an article or a possessive, with no "that" clause after it ("denied an
  // earlier claim that he intended ..." reports); PolNeAR marks "her long support for".
  if (cue.nounLike && c0 < i && prev && prev.s === s && prev.q < 0 && articlesAndPossessives.has(prev.lower) && toks.slice(c0, i).every((t) => timeAdverbs.has(t.lower)) && toks[c1 + 1]?.lower !== 'that') return null;
  // "Recently announced changes to the timetable ...": a participle between an adverb that opens the
  // sentence and a noun describes the noun; nobody speaks.
  if (c0 === i && prev && prev.s === s && c0 - 1 === first && openingAdverb(prev) && (/ed$/.test(t0.lower) || irregularParticiples.has(t0.lower)) && nounAfter(toks[c1 + 1], s)) return null;
  // "the most cited ruling", "a less reported case": a participle graded by "most" or "less" before
  // a noun is an adjective.
  if (c0 === i && prev && prev.s === s && prev.q < 0 && (comparatives.has(prev.lower) || prev.lower === 'most' || prev.lower === 'least') && (/ed$/.test(t0.lower) || irregularParticiples.has(t0.lower)) && nounAfter(toks[i + 1], s)) return null;
  // "a level not seen since": a participle with no auxiliary is an adjective.
  if (strict && participleOnly.has(t0.lower) && !hasAuxiliary(toks, c0, i)) return null;
  // "The crash, later blamed on pilot error, ...", "a man accused of fraud": these verbs take their
  // object before "on", "of" or "for", so the participle right before one is passive, and with no
  // auxiliary it describes the noun before it; nobody speaks.
  if (/ed$/.test(t0.lower) && passiveComplements[cue.lemma]?.has(toks[c1 + 1]?.lower ?? '') && toks[c1 + 1].s === s && !auxiliaryBefore(toks, c0, i) && !(prev && (subjectPronouns.has(prev.lower) || relativePronouns.has(prev.lower) || prev.lower === 'whom'))) return null;
  if (reducedNaming(block, i, c0, cue)) return null;
  // "a practice criticised by unions", "Ana Lima, backed by the mayor, ...": a participle with no
  // auxiliary before its agent describes the noun before it, which is what the agent said or
  // backed (the content was "by the mayor, ..."). The rules alone do not read it; once the model
  // has accepted the word, the agent is the source and that noun the content. A name right before
  // the verb is its subject ("Ruiz responded by"), unless a preposition makes it an object ("the
  // shortfall of homes in Germany estimated by", read only once the model has accepted the word, so
  // that the rules' reading it judges stays the same), and "by" before an -ing word names a means.
  if (/ed$/.test(t0.lower) && c1 === i && toks[i + 1]?.lower === 'by' && toks[i + 1].s === s && c0 === i && prev && prev.s === s && prev.q < 0 && (prev.text === ',' || (isWord(prev) && (!prev.cap || (force && prepositionalName(block, i - 1))) && !subjectPronouns.has(prev.lower) && !relativePronouns.has(prev.lower))) && !byMeans(block, i + 2)) {
    if (strict || verbBeforeParticiple(prev)) return null;
    const agent = agentAfter(block, i + 2);
    const described = prev.text === ',' ? subjectBefore(block, i - 1) : isWord(prev) ? nounPhraseBack(block, i - 1, first) : null;
    if (!agent || !described) return null;
    // A subject described with no comma ("Fighters backed by the army took the town") leaves the
    // agent's end unknown, since it runs into the main verb.
    // A dash before it sets the phrase apart as well ("1.9 million — the shortfall estimated by ...").
    const before = toks[described[0] - 1];
    if (prev.text !== ',' && (!before || before.s !== s || !(isWord(before) || isDash(before)))) return null;
    return { cue: [i, i], source: agent, content: described };
  }

  // "The line, first promised in 2019, was due to open": a participle with no auxiliary and no
  // object between commas, the sentence going on with a verb after them, describes the noun before
  // it (a reduced relative clause); nobody speaks.
  if (participleAppositive(block, c0, i, c1)) return null;

  let source: Range | null = null;
  let passiveSubject: Range | null = null;
  // The subject of a passive verb that names its addressee ("Rubio was asked by ..."): the one addressed.
  let addresseePassive = false;
  let inverted = false;
  // A participle's source is the sentence's subject (", adding that"), not next to the cue.
  let distant = false;
  // "16% said": a percentage before the cue, read once the model has accepted the word.
  const prevIsWord = (isWord(prev) || prev?.text === ')' || (force && prev?.text === '%' && /^\d/.test(toks[c0 - 2]?.text ?? ''))) && prev.s === s && prev.q < 0;
  // "Maria Lopez – a former adviser to the ministry – said", "Nordvik Shipping – itself a party to
  // the suit – said": an aside between dashes that is no noun phrase of its own is read as one
  // between commas, with the name before it.
  // A participle after the closing dash ("criticised the move - which may cost jobs - saying") is
  // the sentence subject's, read below.
  // The wider reading only once the model has accepted the word, so that the rules' reading it
  // judges stays the same.
  const dashed = isAsideDash(block, prev) && prev.s === s && !(cue.participle && !isDash(prev)) ? subjectBeforeDashes(block, c0 - 1, force) : null;
  // "Conceding that the deal was close, he said ...", "After thanking the crowd, Ruiz ...": a
  // participle opening the sentence reports what follows it up to the comma; the source is the
  // subject of the main clause. Only once the model has accepted the word: whether the rules
  // accept it unaided is one of the model's features, and this reading is too loose for that.
  if (force && cue.participle && (c0 === first || (c0 === first + 1 && participleOpeners.has(toks[first].lower)))) {
    // "Writing for the majority, ...", "Writing in the Guardian, ...": a preposition that is not the
    // verb's particle ("Responding to") opens where or for whom the words were written, not what;
    // an infinitive ("Declining to give details") or a later "that" ("Announcing in May that") is.
    const after = toks[c1 + 1];
    if (c1 === i && after && after.s === s && (introPrepositions.has(after.lower) || (after.lower === 'to' && !infinitiveAt(block, c1 + 2))) && !thatBeforeComma(block, c1 + 2)) return null;
    const opening = openingParticiple(block, c0, c1, last);
    if (opening) return opening;
  }
  // "Questioned about the crash, he said ...", "Encouraged by the vote, Reed said ...": a past
  // participle opening the sentence before a main clause describes that clause's subject, who was
  // asked or moved, not who spoke. It reports up to its comma with no source, as "Asked about X,"
  // does, and nothing when an agent follows it. Only once the model has accepted the word, so that
  // the rules' reading it judges stays the same.
  if (force && c0 === first && c1 === i && t0.cap && !cue.participle && /ed$/.test(t0.lower)) {
    const opening = openingParticiple(block, c0, c1, last);
    if (opening) return toks[c1 + 1].lower === 'by' ? null : { cue: [c0, c1], source: null, content: opening.content };
  }
  // '..., he said,” adding that ...': the comma before a participle may sit inside the quotation.
  const quotedComma = !!prev && prev.s === s && prev.q >= 0 && (closeQuotes.has(prev.text) || straightQuotes.has(prev.text)) && toks[c0 - 2]?.text === ',';
  // "the mayor said, before adding that ...", "Rubio responded before adding that ...": a
  // conjunction of time before a participle inside the sentence joins it like a comma. Only once
  // the model has accepted the word, so that the rules' reading it judges stays the same.
  const timedParticiple = force && !!prev && prev.s === s && prev.q < 0 && c0 - 1 > first && participleConjunctions.has(prev.lower);
  if (cue.participle && !aspectLed && (prev?.text === ',' || quotedComma || prev?.lower === 'and' || prev?.lower === 'by' || timedParticiple)) {
    // ", calling him a liar" counts; ", hoping to win" does not.
    if (strict && ((cue.cls !== 'speech' && !weakSpeechParticiples.has(t0.lower)) || prev.lower === 'by')) return null;
    source = sentenceSubject(block, s, c0, found);
    distant = true;
    if (strict && !source) return null;
  } else if ((force || whichSubject) && prevIsWord && relativePronouns.has(prev.lower)) {
    // "a board, which ruled that ...": the relative pronoun stands for the source.
    source = [c0 - 1, c0 - 1];
  } else if (force && c0 === i && floatedQuantifier(block, i)) {
    // "Ana Berg and Tom Reed all said": a quantifier floated after the subject. Read only once the
    // word is accepted (modelCue), so that the rules' reading the model judges stays the same.
    source = subjectBefore(block, c0 - 2);
  } else if (force && prevIsWord && cue.cls === 'speech' && !cue.participle && !cue.addressee && c0 === i && c1 === i && closingName(block, c1 + 1, last) && clauseBefore(block, first, c0 - 1)) {
    // "Banks must move to the new system said Ana Ruiz, an analyst at Halden Data.": the comma before
    // an inverted cue left out; the name ending the sentence is no content. Read only once the model
    // has accepted the word, so that the rules' reading it judges stays the same.
    source = subjectAfter(block, c1 + 1);
    inverted = !!source;
  } else if (prevIsWord && !clauseOpeners.has(prev.lower)) {
    source = subjectBefore(block, c0 - 1);
    // '"We will win," the senator and candidate said': the walk back stopped at "and" (or found
    // nothing) since the clause opens at the quotation's end. Read only once the model has accepted
    // the word, so that the rules' reading it judges stays the same.
    if (force && (!source || toks[source[0] - 1]?.lower === 'and')) source = subjectAfterQuotation(block, c0 - 1) ?? source;
    // "Police had last week arrested", "Ruiz on Friday described": a time phrase between the subject
    // and the verb is neither; with an auxiliary before it, it sits inside the cue.
    if (source && adverbialBeforeVerb(block, source)) {
      let k = source[0] - 1;
      while (k > first && cueModifiers.has(toks[k].lower) && toks[k].q < 0) k--;
      if (k + 1 < source[0]) c0 = k + 1;
      source = k >= first && toks[k].q < 0 && (isWord(toks[k]) || isSeparator(toks[k]) || toks[k].text === ')') ? subjectBefore(block, k) : null;
    }
    // "The town released a statement saying ...": a participle after an object reports for the
    // subject of the verb before it.
    if (source && cue.participle) source = subjectOfVerbPhrase(block, source);
    // "to repeat Latvian backing for": a base form among the first words of an infinitive's
    // object is a noun, since the walk back stopped at "to" right before the infinitive's verb.
    if (source && cue.nounLike && t0.lower === cue.lemma && c0 === i && infinitiveObject(block, source)) return null;
  } else if (prevIsWord && interjectedAdverbs.has(prev.lower) && isWord(toks[c0 - 2]) && toks[c0 - 2].s === s && toks[c0 - 2].q < 0) {
    // "Carter however said": an adverb between the subject and the verb.
    source = subjectBefore(block, c0 - 2);
  } else if (dashed) {
    source = dashed;
  } else if (prev && prev.s === s && (prev.text === ',' || (prev.q >= 0 && closeQuotes.has(prev.text)) || straightQuotes.has(prev.text) || prev.text === '—')) {
    // "“...,” said Ms. Lee" or "..., said Ms. Lee, an analyst": the source follows the cue.
    // After a plain comma an appositive before the cue wins ("Ivo Lind, an adviser, said he ...").
    // A clause with a verb of its own between the commas is no appositive but the content
    // ("Currently, an entire project can take three months, says Mr Dean").
    const appositive = prev.text === ',' && prev.q < 0 && toks[c0 - 2]?.q < 0 ? subjectBefore(block, c0 - 1) : null;
    let before = appositive && !clauseBetweenCommas(block, appositive) ? appositive : null;
    // "The lake covers 40 sq km, said Ana Ruiz, the head of the park.": a name right after the cue
    // that ends the sentence, with its appositive, is the source, though the clause before the comma
    // reads as a subject with an appositive ("Ivo Lind, an adviser, said he ..." goes on).
    // So is a plural noun after a plain comma ("Prices will rise, say analysts." had the clause as
    // source and "analysts" as content), alone or with an employer or a place to the sentence end.
    // After a closing quotation mark too ('“...,” added officials.'), and after a verb that may name an
    // addressee but also inverts ("..., warned analysts."): the plural ends the sentence, so no content follows it.
    const plural = (prev.text === ',' || prev.q >= 0) && cue.cls === 'speech' && !cue.participle && (!cue.addressee || invertingAddressees.has(cue.lemma)) ? closingPlural(block, c1 + 1, last) : -1;
    // So is a noun phrase with an article that ends the sentence after a clause ("Sales rose 20%,
    // said the report."), not after a name ("Ana Ruiz, who ran the yard, acknowledged the point.").
    const articleAfter = !!before && closingArticlePhrase(block, c1 + 1, last) && verbOutsideRelative(block, before);
    // "..., studios will listen, thinks Mr Dean.", '"...," agreed Ms Ruiz.': a verb of thinking with
    // no auxiliary names its source after it too, when a name follows (not "expect Ana Ruiz to").
    const named1 = !!toks[c1 + 1] && toks[c1 + 1].cap && toks[c1 + 1].q < 0 && toks[c1 + 1].s === s && isWord(toks[c1 + 1]);
    const speaks = cue.cls === 'speech' || (cue.cls === 'cognition' && c0 === i && ((named1 && c1 === i && invertedThinking.has(cue.lemma)) || (c1 === i + 1 && invertedWithParticle[cue.lemma] === toks[c1].lower)));
    if (before && speaks && !cue.participle && !cue.addressee && (closingName(block, c1 + 1, last, force) || plural >= 0 || articleAfter || (c0 === i && invertingLemmas.has(cue.lemma) && interruptingName(block, c1 + 1, last)))) before = null;
    let after = !before && speaks && !cue.participle ? (plural >= 0 ? [c1 + 1, plural] as Range : subjectAfter(block, c1 + 1, force)) : null;
    // '"...," said Ana Ruiz, who called the plan "a farce"', "said Ana Ruiz, head of sales at Halden
    // Bank which built the yard": a relative clause about the speaker that the source does not take in
    // whole is left out, with its comma.
    const quoted = prev.text !== ',' && !!after && !subjectPronouns.has(toks[after[0]].lower);
    if (after && quoted) after = beforeRelative(block, after, last);
    const rest = after ? after[1] + 1 : -1;
    const named = after !== null && !subjectPronouns.has(toks[after[0]].lower);
    if (after && (rest > last || terminal.has(toks[rest].text) || toks[rest].text === ',' || closingAdverb(block, rest) || (named && cue.cls === 'speech' && sourceStoppers.has(toks[rest].lower)) || (quoted && relativeAt(toks, rest)))) {
      source = after;
      inverted = true;
    } else if (prev.text === ',') {
      source = before ?? subjectBefore(block, c0 - 1);
      // "He praised the plan, told reporters it had failed and warned ...": a verb of saying in the
      // past in a list of verbs that "and" closes shares the sentence's subject (with any verb, PolNeAR
      // dev source precision fell: most such verbs are no cues). Only once the model has accepted the
      // word, so that the rules' reading it judges stays the same.
      if (!source && force && cue.cls === 'speech' && listedPastVerb(block, c0, i, c1, last)) {
        source = sentenceSubject(block, s, c0, found);
        distant = true;
      }
    } else {
      source = nameBeforeEmbeddedQuote(block, c0 - 1);
    }
  } else if ((prev?.lower === 'and' || prev?.lower === 'but' || prev?.lower === 'then') && prev.s === s && (cue.cls === 'speech' || force)) {
    // "Ruiz toured the yard and praised its workers": the verb shares the sentence's subject, or the
    // subordinate clause's ("Shares fell after the supplier cut its forecast and said ...").
    source = subordinateSubject(block, c0 - 1) ?? sentenceSubject(block, s, c0, found, cue.cls === 'speech');
    // Not next to the cue: the clause before the subject is no content of this verb.
    distant = true;
  }
  // "the €150 million promised for fire prevention": a sum of money is what is promised or spent,
  // never who speaks, so the verb after it describes it.
  if (source && !inverted && sumOfMoney(block, source)) return null;
  // "voted 6-3, with three members backing a cut", "with 12 percent backing another party":
  // after "with", a count and a verb of backing tell how the votes or shares fell, not a stance
  // anyone voiced (in PolNeAR train one such phrase of four is an attribution; with "saying", all are).
  if (source && !inverted && backingVerbs.has(cue.lemma) && t0.lower.endsWith('ing') && toks[source[0] - 1]?.lower === 'with' && toks[source[0] - 1].s === s) return null;
  // "With 87% of those who took part backing strikes, ...": the same when the count with its
  // relative clause is not read as the source; the phrase opens with "with" and a number.
  if (!inverted && backingVerbs.has(cue.lemma) && t0.lower.endsWith('ing') && withPhrase(block, c0)) return null;
  if (source) {
    // "a scheme called Harbour Light Pledge": naming after an indefinite noun is a reduced relative
    // (", calling the reports ..." after "A spokesman, Ivan Orlov, denied" is the subject's own, read
    // once the model has accepted the word, so that the rules' reading it judges stays the same).
    // "Speaking, ..." or "Yelling at people": a lone -ing word is no source.
    // "was first reported", "is known": a passive cue's subject is not its source.
    const rejected =
      (namingVerbs.has(cue.lemma) && !(distant && force) && (toks[source[0]].lower === 'a' || toks[source[0]].lower === 'an')) ||
      // A capitalised one before a verb of saying in its own form is a name ("Pickering added", "said
      // Yelling"), not before a form that is as often a noun ("Addressing claims that ...").
      // "Manning visited the yard, saying ...": a surname in "-ing" before a verb in the past is a name.
      (source[0] === source[1] && /ing$/.test(toks[source[0]].lower) && !shortName(toks[source[0]]) && !(toks[source[0]].cap && cue.cls === 'speech' && !cue.participle && !cue.nounLike && !/ing$/.test(t0.lower)) && !(toks[source[0]].cap && surnameInIng(toks, source[0]))) ||
      // "is heard asking reporter Ivo Lind if ...": a passive verb alone is no source.
      (source[0] === source[1] && participleForm(toks[source[0]]) && !toks[source[0]].cap && beForms.has(toks[source[0] - 1]?.lower ?? '')) ||
      (!inverted && isPassive(toks, c0, i));
    if (rejected && strict) return null;
    if (!rejected) {
      // A question ("why do you think", "will the voters say") is never an attribution.
      source = trimSourceStart(block, source, force, force && !cue.participle && (prev?.lower === 'and' || prev?.lower === 'but'));
      if (!source || (cue.cls === 'cognition' && !nounPhraseOk(block, source))) return null;
    } else {
      // "The closure was first reported by the Post": the subject is what the agent reports; "The
      // inquiry was told by ..." names an addressee instead. With no agent the subject is not
      // reported apart from the words after the cue: an attribution of "The mayor" alone says nothing.
      const passive = !inverted && !distant && isPassive(toks, c0, i);
      if (passive && !cue.addressee) passiveSubject = source;
      addresseePassive = passive && !!cue.addressee;
      source = null;
    }
  }
  if (!source && strict) return null;
  // "Asked whether Moscow would respond, Dmitry Peskov, the Kremlin spokesman, said": the walk back
  // went over the question's own clause to the appositive; the subject starts after its comma.
  if (source && !inverted && toks[source[0] - 1]?.lower === 'whether' && toks[source[0] - 1].q < 0) {
    const comma = toks.findIndex((u, k) => k > source![0] && k < source![1] && u.text === ',' && u.q < 0);
    if (comma > 0 && hasFiniteVerb(block, source[0], comma) && isWord(toks[comma + 1])) source = [comma + 1, source[1]];
  }
  // "Asked whether anyone had promised her a date, she said ...": a verb in an indirect question is
  // asked about, not said by its subject.
  if (source && !inverted && toks[source[0] - 1]?.lower === 'whether' && toks[source[0] - 1].q < 0) return null;
  // "A builder accused of taking deposits for homes that were never built told a jury": a source
  // that is the end of a relative clause ("never built") is the whole subject with its clause.
  if (source && !inverted && source[1] === c0 - 1) source = subjectAroundRelative(block, source) ?? source;
  // "in a letter seen by the BBC", "an email seen by this newspaper": "seen by" after a noun tells who
  // has read a document, not what anyone said ("an option seen by organisers as ..." is a view).
  if (seenDocument(block, i)) return null;
  // "The exercises, known as Zapad, were ...", "a device known as “the brick”": a name given, not
  // anything said ("is known as a hardliner", a reputation, stays a cue).
  if (toks[i].lower === 'known' && toks[i + 1]?.lower === 'as' && toks[i + 1].s === toks[i].s && namingAfter(toks, i + 2)) return null;
  // "a think tank known for its polls", "a skier known for skipping gates": with no auxiliary,
  // "known for" describes the noun before it, a reputation nobody voices (PolNeAR train: 1 of 5 is a cue).
  if (toks[i].lower === 'known' && toks[i + 1]?.lower === 'for' && toks[i + 1].s === toks[i].s && !hasAuxiliary(toks, c0, i)) return null;

  // "The plan was first reported by the Post": the agent is the source, the subject the content.
  if (passiveSubject && toks[c1 + 1]?.lower === 'by' && toks[c1 + 1].s === s) {
    const agent = accordingSource(block, c1 + 2, false);
    if (agent) return { cue: [c0, c1 + 1], source: [agent[0], timeTail(block, agent[0], agent[1])], content: passiveSubject };
  }
  // "Rubio was asked by the moderator whether ...", "was told by officials that ...": the agent of a
  // verb that names its addressee is the source, and the words after the agent what was asked or said.
  if (addresseePassive && toks[c1 + 1]?.lower === 'by' && toks[c1 + 1].s === s && !byMeans(block, c1 + 2)) {
    const agent = agentAfter(block, c1 + 2);
    const next = agent ? toks[agent[1] + 1] : undefined;
    // "was asked by email whether": a bare singular noun after "by" is a means, not an agent.
    const means = agent && agent[0] === agent[1] && !toks[agent[0]].cap && !/s$/.test(toks[agent[0]].lower);
    if (agent && next && next.s === s && next.q < 0 && askedOpeners.has(next.lower)) return { cue: [c0, c1], source: means ? null : agent, content: [agent[1] + 1, contentEnd(block, agent[1] + 1)] };
  }
  // Content after the cue, unless the cue closes its sentence ("..., he said.").
  const groupStart = source && !distant ? Math.min(c0, source[0]) : c0;
  const groupEnd = inverted && source ? source[1] : c1;
  let start = groupEnd + 1;
  // "warned of the risk", "asked about the plan": after its particle a verb that names an addressee
  // names none; the words after the particle are what it is about.
  const addressee = cue.addressee && !(c1 > i && particles[cue.lemma]?.has(toks[c1].lower));
  // Set when the content starts after an addressee: what follows is no addressee of its own.
  let pastAddressee = false;
  // "have said for years that ...", "has declined for years to ...": a length of time after the cue
  // is in neither cue nor content.
  if (!inverted && durationAt(block, start) && start + 2 <= last && toks[start + 2].q < 0 && isWord(toks[start + 2])) start += 2;
  // "told reporters that", "said Thursday during a visit to Riga, Latvia, that": content starts at "that".
  // "The records show, he said in an interview, that ...": after an interrupting cue, a "that" past
  // the closing comma of a place or an addressee goes on with the sentence before the cue (read
  // below, as for "The records show, he said, that ..."), no clause of the cue's own.
  const early = !inverted && source && cue.cls === 'speech' ? addresseeBeforeRest(block, groupStart, start, last, cue) : null;
  const thatAfterAside = !!early && early.rest && toks[early.comma + 1].lower === 'that';
  if (!thatAfterAside && !inverted && toks[start]?.lower !== 'that' && (addressee || adjunctOpener(toks, start))) {
    const stopper = adjunctOpener(toks, start);
    const reach = 20;
    let clause = false;
    for (let k = start + 1; k <= Math.min(last, start + reach); k++) {
      // "told the chamber: “...”": the content follows the colon.
      if (toks[k].text === ':' && k < last && (k - start <= 8 || !addressee || stopper)) {
        start = k;
        break;
      }
      // "told his supporters, “...”": the content is the quotation.
      if (toks[k].q >= 0 && toks[k - 1].text === ',' && (k - start <= 8 || !addressee || stopper)) {
        start = k;
        break;
      }
      // "said on Radio Kernow's “Morning Show” that ...": a programme's or paper's title in quotation
      // marks names the place, as a name in capitals would; the search goes on past it.
      const title = toks[k].q >= 0 && toks[k - 1].q < 0 ? quotedTitleEnd(block, k) : -1;
      if (title > 0) {
        k = title;
        continue;
      }
      // "told Kilnsea News' Sunday programme: ...": an apostrophe closing a plural's possessive goes on
      // (once the model has accepted the word, so that the rules' reading it judges stays the same).
      const possessive = force && (toks[k].text === "'" || toks[k].text === '’') && toks[k].start === toks[k - 1].end && /s$/i.test(toks[k - 1].text) && isWord(toks[k - 1]);
      if (toks[k].q >= 0 || (isPunct(toks[k]) && toks[k].text !== ',' && !possessive) || (cueWords.get(toks[k].lower)?.cls === 'speech' && !inMedium(toks, k))) break;
      // A comma before an -ing word, a cue word or a conjunction opens a clause of its own (",
      // referring to the letter that ..."): the search ends there past the eighth word, and a "that"
      // past the eighth word is no longer taken.
      if (toks[k].text === ',' && toks[k + 1]?.q < 0 && (/ing$/.test(toks[k + 1].lower) || cueWords.has(toks[k + 1].lower) || subordinators.has(toks[k + 1].lower))) {
        if (k - start > 8) break;
        clause = true;
      }
      // Past an addressee's eighth word ("told a packed hall in Harwich, Essex, on the last day of the
      // campaign that ..."), only a "that" with no verb before it and none right after it: "told the
      // crowd that had gathered" describes the crowd.
      // "said on Tuesday, in a move that ...": once the model has accepted the word, the "that" of a
      // comment on the report after a comma is a relative pronoun, and the search ends there.
      if (force && toks[k].text === ',' && commentPhraseAt(toks, k + 1)) break;
      if (toks[k].lower === 'that' && !timeNouns.has(toks[k + 1]?.lower ?? '') && !notComplement.has(toks[k - 1].lower) && (k - start <= 8 || (!clause && !verbBetween(toks, start, k) && !relativeThat(toks, k)) || afterRelativeAside(toks, start, k))) {
        start = k;
        break;
      }
      // "asked workers if they planned to vote": the question starts at "if" or "whether", and the
      // one asked is left out, as PolNeAR does (22 of 22 in train folds 0-3; before "to" most keep it).
      // Not past an infinitive or a clause ("asked her to call him if possible").
      if (cue.lemma === 'ask' && k - start <= 8 && (toks[k].lower === 'if' || toks[k].lower === 'whether') && !toks.slice(start, k).some((u) => u.text === ',' || u.lower === 'to' || subordinators.has(u.lower))) {
        start = k;
        break;
      }
    }
    // "said Tuesday his actions were lawful": a bare weekday or time word is not content; nor is
    // "on Tuesday" before a clause or an infinitive ("said on Friday he had met ...", "agreed on
    // Tuesday to keep ...", which PolNeAR never puts in cue or content).
    if (toks[start]?.lower !== 'that' && toks[start]?.text !== ':' && weekdays.has(toks[start]?.lower ?? '') && !isPunct(toks[start + 1])) {
      // "said Wednesday morning on ...": a part of the day goes with its day (once the model has
      // accepted the word, so that the rules' reading it judges stays the same; modelCue reads it).
      start += force && dayParts.has(toks[start + 1]?.lower ?? '') && toks[start + 1].s === toks[start].s ? 2 : 1;
    }
    else if (toks[start]?.lower === 'on') start = afterTimeAdjunct(block, start, last);
    else if (toks[start]?.lower === 'in' || toks[start]?.lower === 'via') start = afterMedium(block, start, last);
    // "told reporters he would run": with no "that", a subject pronoun after the addressee opens the content.
    if (addressee && toks[start]?.q < 0 && toks[start].lower !== 'that' && toks[start].text !== ':') {
      let a = start;
      // "told his audience he ...": a short noun phrase with a determiner is an addressee too.
      // "her" is an object here, not a determiner.
      const determined = determiners.has(toks[a].lower) && !subjectPronouns.has(toks[a].lower) && !subjectObjects.has(toks[a].lower);
      // "told police the car ...", "told state television the fire ...": up to three plain words,
      // but none after a particle ("warned of thinner margins next year").
      let plain = false;
      // "told the Guardian there would be ...": "there" before a verb opens a clause as a pronoun does.
      const expletive = (k: number) => toks[k]?.lower === 'there' && (beForms.has(toks[k + 1]?.lower ?? '') || clauseVerbs.has(toks[k + 1]?.lower ?? ''));
      // "told the Gazette Mr Lund would ...", "told the Gazette on Monday 40 barges were ...": a title
      // or a preposition after a name ends the addressee.
      const endsName = (k: number) => honorifics.has(toks[k].lower) || (toks[k - 1].cap && sourcePrepositions.has(toks[k].lower));
      if (determined) while (a + 1 <= last && a - start < 3 && isWord(toks[a + 1]) && toks[a + 1].q < 0 && !subjectPronouns.has(toks[a + 1].lower) && !expletive(a + 1) && !cueWords.has(toks[a + 1].lower) && !(a > start && (contentDeterminers.has(toks[a + 1].lower) || endsName(a + 1)))) a++;
      else if (!subjectObjects.has(toks[a].lower)) {
        // "told state broadcaster ERT the fire ...": a role in lower case before the addressee's name.
        const name = roleBeforeName(block, a);
        if (name > 0) a = name;
        else if (c1 === i && plainWord(toks[a])) {
          while (a + 1 <= last && a - start < 2 && plainWord(toks[a + 1])) a++;
          plain = true;
        }
        while (a + 1 <= last && toks[a].cap && toks[a + 1].cap && a - start < 6) a++;
      }
      // "told reporters on Thursday he would run", "told the paper last week she ...": a time after the
      // addressee is in neither addressee nor content.
      const time = timeAfterAddressee(block, a + 1);
      const b = time >= 0 ? time : a;
      const opener = toks[b + 1];
      // "told reporters the port would reopen", "told the court the evidence ...": a determiner opens
      // the content's subject too, after an addressee of one word, a name or a determiner and a
      // noun ("warned the change would hit its sales" has none).
      // A pronoun with its verb contracted ("told reporters he'll ...") only once the model has
      // accepted the word, so that the rules' reading it judges stays the same.
      const clauseOpener = (u: Tok) => subjectPronouns.has(u.lower) || (force && contractedPronoun(u)) || expletive(b + 1) || ((!determined || a === start + 1) && contentDeterminers.has(u.lower)) ||
        (determined && a > start && toks[a].cap && honorifics.has(u.lower) && !!toks[b + 2]?.cap);
      if ((subjectObjects.has(toks[a].lower) || toks[a].cap || (determined && a > start) || (plain && !timeWords.has(toks[a + 2]?.lower ?? ''))) && opener && b + 2 <= last && opener.q < 0 && clauseOpener(opener) && isWord(toks[b + 2])) {
        start = b + 1;
        pastAddressee = true;
      } else if ((subjectObjects.has(toks[a].lower) || toks[a].cap) && opener && unmarkedSubjectAt(block, b + 1, last)) {
        // "told reporters ferries stopped running", "told Reuters more than 300 people had left": a
        // plural noun with no article, or a counted one, and its verb after the addressee.
        start = b + 1;
        pastAddressee = true;
      }
    }
  }
  // "said, however, that ...", "believes, for example, that ...", "said — on the radio, as it
  // happens — that ...": an aside between commas or dashes right after the cue is in neither cue nor
  // content, which starts at "that".
  if (!inverted) {
    const aside = asideBeforeThat(block, start, last);
    if (aside > 0) start = aside;
    // "says, win or lose next week, she is staying", "said, after the vote, the plan was dead": a
    // clause with its subject after such an aside is the content, with the aside (as PolNeAR marks
    // it: train, first annotator, 8 of 11 such verbs of saying). Only once the model has accepted
    // the word, so that the rules' reading it judges stays the same.
    else if (force && source && cue.cls === 'speech' && clauseAfterAside(block, start, last)) start++;
  }
  // A quotation that closes right before the speaker is the content ("“...,” Adelson said during ...";
  // "“We will,” she said, “but not now.”", whose second part is a continuation).
  // A pull quote's speaker may follow a dash: '“This was theft.” — Ivo Lind, the director, said.'
  const pullQuote = isDash(toks[groupStart - 1]) && toks[groupStart - 1].s === s && toks[groupStart - 2]?.q >= 0 && terminal.has(toks[groupStart - 3]?.text ?? '');
  const beforeGroup = pullQuote ? groupStart - 2 : groupStart - 1;
  const quoteBefore = !inverted && !distant && toks[start]?.lower !== 'that' && toks[start]?.text !== ':' && quoteEndingAt(block, beforeGroup);
  // 'Oslo would "keep its programmes." The minister told reporters the decision was ...': a
  // quotation that ended the sentence before is no content of a cue with words of its own after it.
  // Only before a clause of its own ("that ...", or a subject after the addressee): '"Why?" she
  // asked reporters rhetorically' reports the question.
  const earlierSentence = !!quoteBefore && toks[quoteBefore.open].s !== s && quoteBefore.close > 0 && terminal.has(toks[quoteBefore.close - 1].text) && start <= last && (pastAddressee || toks[start].lower === 'that');
  if (quoteBefore && !earlierSentence && !quoteInOpeningParticiple(block, quoteBefore, force) && !quoteInRelativeAside(block, quoteBefore) && (toks[start]?.q < 0 || toks[start - 1]?.text === ',' || toks[start]?.text === ',') && !(unspokenBefore(block, quoteBefore, groupStart) && start <= last && toks[start].text !== ',' && !afterIsAdjunct(block, start, last, addressee))) {
    return { cue: [c0, c1], source, content: quoteAfterOpening(block, quoteBefore, force) };
  }
  // "Hewitt writes:" closing its paragraph introduces the next one, a block quotation or a post:
  // the colon stands for the content here, and the article-level pass puts the paragraph after it
  // in its place (resolve.ts, introducedParagraphs). Only once the model has accepted the word
  // (which it learnt to do for these with no reading), so that its features stay the same.
  if (force && source && toks[start]?.text === ':' && start === toks.length - 1 && toks[start].q < 0) return { cue: [c0, c1], source, content: [start, start] };
  // So does "He argued that:", whose "that" opens the paragraph after it.
  if (source && toks[start]?.lower === 'that' && toks[start + 1]?.text === ':' && start + 1 === toks.length - 1 && toks[start].q < 0) return { cue: [c0, c1], source, content: [start + 1, start + 1] };
  // "Ana Berg said, in a statement, “...”": a quotation after a time, place or addressee between
  // commas is the content. Only once the model has accepted the word, so that the rules' reading it
  // judges (none) stays the same.
  if (force && !inverted && toks[start]?.text === ',' && toks[start].q < 0 && toks[start + 1]?.q < 0) {
    const open = introducedQuotation(block, start, last, cue);
    if (open > 0) start = open;
  }
  // "While exports rose, the minister said, “the outlook is grim.”": a quotation after an
  // interrupting cue finishes the sentence that the words before the cue began.
  const leadIn = toks[start]?.text === ',' && toks[start + 1]?.q >= 0 && block.quotes[toks[start + 1].q].open === start + 1 && !inverted && !cue.participle && !(source && relativePronouns.has(toks[source[0]].lower)) ? leadInBefore(block, groupStart, start + 1) : null;
  if (toks[start]?.text === ':' || (toks[start]?.text === ',' && toks[start + 1]?.q >= 0)) start++;
  // "Kiedis said, mentioning ...": a comma right after the cue leaves the content before it.
  const commaAfter = toks[start]?.text === ',' && toks[start].s === s;
  // Only once the model has accepted the word, whose judgement learnt to read "vowed to fight" with
  // the rules' answer unchanged, is an infinitive after it the content ("promises to end the tax"),
  // and a participle clause after a time a new clause ("announced on Wednesday, adding £35").
  // "the candidate, whom he described as “volatile”": after a relative pronoun that is the verb's
  // object, "as" opens what the verb says of it, no adjunct; read once the model has accepted the
  // word, so that its features stay the same.
  const asObject = force && !!source && !inverted && objectRelatives.has(toks[source[0] - 1]?.lower ?? '') && toks[start]?.lower === 'as';
  // "The new rules, officials said on Monday, will ...": a time after an interrupting cue.
  const asideTime = source && !inverted && !commaAfter ? timeBeforeRest(block, groupStart, start, last) : -1;
  // "The answer, the adviser told them, was easy", "If anything, she argued in her email, the
  // rules ...": an addressee or a place of saying after an interrupting cue.
  const aside = source && !inverted && !commaAfter && asideTime < 0 && cue.cls === 'speech' ? addresseeBeforeRest(block, groupStart, start, last, cue) : null;
  const trailing = !asObject && (inverted || commaAfter || asideTime >= 0 || aside !== null || afterIsAdjunct(block, start, last, addressee && !pastAddressee, force, force));
  if (!trailing && start <= last) {
    let end = contentEnd(block, start, cueStarts(block, start, last));
    end = withoutClosingMedium(block, start, withoutClosingTime(block, start, end));
    // A relative clause ("which ruled that the fee was unlawful, met ...") ends at its comma.
    // So does one whose object the relative pronoun is ("which he described as unfair, was ...").
    const subject = source ?? passiveSubject;
    if (subject && (relativePronouns.has(toks[subject[0]].lower) || (objectRelatives.has(toks[subject[0] - 1]?.lower ?? '') && toks[subject[0] - 1].s === s))) {
      for (let k = start + 1; k <= end; k++) {
        if (toks[k].text === ',' && toks[k].q < 0) {
          end = k - 1;
          break;
        }
      }
    }
    if (end >= start && (cue.cls === 'speech' || end - start >= 1)) {
      // "how they think and how they operate": content opening with a conjunction is no content.
      const opener = toks[start].lower;
      if (strict && (opener === 'and' || opener === 'or' || opener === 'but' || opener === 'nor')) return null;
      // "continued to fall", "proved to be costly", "is determined to win": these verbs before an
      // infinitive tell how or whether something happens, not what anyone said or thought.
      if (toks[start].lower === 'to' && aspectVerbs.has(cue.lemma)) return null;
      // "Cole added a second", "Federer added the trophy to his titles": what is added is a thing.
      if (cue.lemma === 'add' && !cue.participle && thingAdded(block, start, end)) return null;
      // "Its army is expected to grow to 300,000", "Damage is estimated at €2.3bn": a passive with no
      // agent reports its subject with the words after it (PolNeAR's content of "is expected" is both).
      if (!source && passiveSubject && passiveSubject[1] < c0) return { cue: [c0, c1], source, content: [start, end], rest: passiveSubject };
      if (leadIn && toks[start].q >= 0) return { cue: [c0, c1], source, content: [start, end], rest: leadIn };
      return { cue: [c0, c1], source, content: [start, end] };
    }
    // A cognition verb with a one-word content is a noun before its verb ("the dispute deepens").
    // Once the model has accepted the word, a name or an object pronoun after it is what the verb
    // takes ("34,000 people supported Lopez", "the union has endorsed her"); a capitalised verb
    // before a name is a title's ("Harbour Needs Company").
    if (!strict && end === start && !t0.cap && oneWordObject(block, start)) return { cue: [c0, c1], source, content: [start, end] };
    if (strict || end >= start) return null;
  }
  // "..., FEC records show.": verbs of evidence may close their sentence too.
  if (strict && cue.cls !== 'speech' && !evidenceVerbs.has(cue.lemma)) return null;
  // The content comes before: a quotation closing right before, or the clause up to the comma.
  let k = groupStart - 1;
  if (k < 0) return null;
  if (toks[k].text === ',' && (toks[k - 1]?.q >= 0 || closeQuotes.has(toks[k - 1]?.text ?? ''))) k--;
  if (toks[k].q >= 0) {
    const quote = block.quotes[toks[k].q];
    if ((quote.last === k || quote.last === k + 1 || quote.last === k - 1) && sameLine(block, quote.last, groupStart) && !quoteInOpeningParticiple(block, quote, force)) {
      return { cue: [c0, c1], source, content: quoteAfterOpening(block, quote, force) };
    }
    return null;
  }
  // A closing mark with no opening one in the block ends a quotation that began in an earlier
  // paragraph: the block up to the mark is its content.
  if (force && closeQuotes.has(toks[k].text) && k > 0) return { cue: [c0, c1], source, content: [0, k] };
  // "..., as the campaign manager suggested": the clause before "as" is the content.
  if (force && toks[k].lower === 'as' && isSeparator(toks[k - 1]) && k - 2 >= first) {
    return { cue: [c0, c1], source, content: [clauseStart(block, k - 2), k - 2] };
  }
  // "Banks must move to the new system said Ana Ruiz.": with the comma before an inverted cue left
  // out, the clause from the sentence's start is the content.
  if (inverted && toks[k].s === s && isWord(toks[k]) && clauseBefore(block, first, k)) return { cue: [c0, c1], source, content: [clauseStart(block, k), k] };
  if (toks[k].text !== ',' || toks[k].s !== s) {
    // "As Ms. Lee observed, the plan ...": with no clause before it, the content follows the comma.
    // Not after a relative pronoun whose clause the comma closes ("The charge, which Reed denied,
    // was dropped"): the words after it go on with the noun, and the pronoun is what was denied. Nor
    // after a concession ("whatever Europe says, the dollar ..."), whose main clause no one said.
    if (force && source && commaAfter && start + 1 <= last && !objectRelativeBefore(block, source[0]) && !concessives.has(toks[source[0]].lower)) {
      const end = contentEnd(block, start + 1, cueStarts(block, start + 1, last));
      if (end > start) return { cue: [c0, c1], source, content: [start + 1, end] };
    }
    return null;
  }
  const end = k - 1;
  if (end < first) return null;
  const before: Found = { cue: [c0, c1], source, content: [clauseStart(block, end), end] };
  // "The plan, he said, would fail" and "There is no risk, she said, because ...": the sentence goes
  // on after the interrupting cue, whatever word opens the rest.
  const after = asideTime >= 0 ? asideTime : aside ? aside.comma : (inverted && source ? source[1] : c1) + 1;
  // "On Monday, the mayor told reporters, the bridge ...": the phrase before is the cue's time, and
  // the rest alone is reported.
  if (aside?.restOnly) {
    const restEnd = contentEnd(block, after + 1, cueStarts(block, after + 1, last));
    return restEnd > after ? { cue: [c0, c1], source, content: [after + 1, restEnd] } : null;
  }
  // Not a relative clause about an inverted source (", say industry experts, who met in London").
  // "..., the ministry said, a move critics called a gift": a noun for the event after the cue
  // describes what was reported, in the writer's words; it goes on with no part of it.
  const modifier = toks[after + 2];
  const eventAppositive = articles.has(toks[after + 1]?.lower ?? '') &&
    (eventNouns.has(modifier?.lower ?? '') || (isWord(modifier) && !modifier.cap && eventNouns.has(toks[after + 3]?.lower ?? '')));
  if ((!aside || aside.rest) && toks[after]?.text === ',' && after + 2 <= last && toks[after + 1].q < 0 && !cueWords.get(toks[after + 1].lower)?.participle && toks[after + 1].lower !== 'according' && !(inverted && relativeAt(toks, after + 1)) && !eventAppositive) {
    const restEnd = contentEnd(block, after + 1, cueStarts(block, after + 1, last));
    if (restEnd > after + 1) before.rest = [after + 1, restEnd];
  }
  // "The bill bans new waivers - a provision, the senator said, that ...": a cue that interrupts the
  // words after an open dash reports those words, not the clause before the dash.
  if (before.rest) before.content = [afterOpenDash(block, before.content[0], end), end];
  before.content = [afterAnnouncingColon(block, before.content[0], end), end];
  // "However, he said, the council would not ...": a connective alone before the cue reports nothing.
  const [from, to] = before.content;
  // Nor does an adverb of emphasis ("Most importantly, say traders, the talks ...").
  const connective = (u: Tok) => clauseOpeners.has(u.lower) || leadingNoise.has(u.lower);
  if (before.rest && (from === to ? connective(toks[from]) : to === from + 1 && (toks[from].lower === 'most' || toks[from].lower === 'more') && adverb.test(toks[to].lower))) return { cue: before.cue, source, content: before.rest };
  return before;
}

/**
 * The token after the last aside dash in `from`..`to` when it opens an aside still open at `to` (an
 * odd number of dashes outside quotations), past an "and" or "but" right after it; else `from`.
 * PolNeAR train, first annotator: the content of a cue that interrupts such words starts after the
 * dash 9 times in 9.
 */
function afterOpenDash(block: Block, from: number, to: number): number {
  const { toks } = block;
  let dashes = 0;
  let last = -1;
  for (let k = from; k < to; k++) {
    if (toks[k].q < 0 && isAsideDash(block, toks[k])) {
      dashes++;
      last = k;
    }
  }
  if (dashes % 2 === 0) return from;
  const next = last + 1;
  return (toks[next].lower === 'and' || toks[next].lower === 'but') && next < to ? next + 1 : next;
}

/**
 * The words before an interrupting cue whose source starts at `g` ("While exports rose, the
 * minister said, ..."), when a quotation opening at `open` goes on after it: from the clause's start
 * up to the comma before `g`, outside quotations, with no cue of their own and no comma but a list's.
 * Null for a connective alone ("However, he said, ...") and for phrases that tell how it was said.
 */
function leadInBefore(block: Block, g: number, open: number): Range | null {
  const { toks } = block;
  const comma = toks[g - 1];
  if (!comma || comma.text !== ',' || comma.q >= 0 || comma.s !== toks[g].s || g - 2 < block.first[comma.s]) return null;
  const end = g - 2;
  const a = clauseStart(block, end);
  if (a > end) return null;
  for (let k = a; k <= end; k++) {
    const t = toks[k];
    if (t.q >= 0 || terminal.has(t.text) || t.text === ':' || t.text === ';' || isDash(t) || (t.text === ',' && !listBefore(block, k))) return null;
    const cue = cueWords.get(t.lower);
    if (cue && !cue.nounLike && !cue.needsParticle) return null;
  }
  if (a === end && (clauseOpeners.has(toks[a].lower) || leadingNoise.has(toks[a].lower))) return null;
  // "In a statement on Thursday, he said, ...", "At the same time, she added, ...": a phrase with
  // no verb opened by a preposition tells when or how it was said.
  if (introPrepositions.has(toks[a].lower) && !hasFiniteVerb(block, a, end + 1)) return null;
  // "Reflecting on his years in court, he said, “I never knew ...”": a participle phrase before a
  // quotation that opens its own sentence tells how he said it; before one that goes on in lower
  // case ("Building the bridge in winter, he said, “was a mistake.”") it is the subject.
  const first = toks[open + 1];
  if (/^\p{L}{3,}ing$/u.test(toks[a].text) && first && first.q === toks[open].q && first.cap) return null;
  return [a, end];
}

/**
 * The "that" after an aside that opens with a comma or a dash at `start`, right after a cue, and
 * closes with the same mark ("said, in a letter, that ..."), or -1. A comma aside holds no verb of
 * its own (", he said, that" is another cue's); a dash aside may ("— as it happens —").
 */
function asideBeforeThat(block: Block, start: number, last: number): number {
  const { toks } = block;
  const open = toks[start];
  if (!open || open.q >= 0 || start + 3 > last || !(open.text === ',' || isDash(open))) return -1;
  const comma = open.text === ',';
  for (let k = start + 1; k <= Math.min(last - 1, start + 12); k++) {
    const t = toks[k];
    if (t.q >= 0 || terminal.has(t.text) || t.text === ';' || t.text === ':') return -1;
    if (comma ? t.text === ',' : isDash(t)) {
      if (k === start + 1 || toks[k + 1].lower !== 'that' || toks[k + 1].q >= 0) return -1;
      if (comma && (hasFiniteVerb(block, start + 1, k) || speechWithin(block, start + 1, k))) return -1;
      return k + 1;
    }
  }
  return -1;
}

/**
 * Whether an aside between commas that opens at `start`, right after a cue, is followed by a clause
 * with its subject ("she is staying", "the plan was dead"). The aside holds no verb (", he said," is
 * another cue's; "was late," goes on with a sentence the cue interrupts).
 */
function clauseAfterAside(block: Block, start: number, last: number): boolean {
  const { toks } = block;
  const open = toks[start];
  if (!open || open.q >= 0 || open.text !== ',' || start + 3 > last) return false;
  for (let k = start + 2; k <= Math.min(last - 2, start + 12); k++) {
    const t = toks[k];
    if (t.q >= 0 || terminal.has(t.text) || t.text === ';' || t.text === ':' || isDash(t)) return false;
    if (t.text !== ',') continue;
    if (hasFiniteVerb(block, start + 1, k) || speechWithin(block, start + 1, k)) return false;
    return clauseWithSubject(block, k + 1, last, false) || contractedPronoun(toks[k + 1]);
  }
  return false;
}

/**
 * Whether the "that" at `k` opens a relative clause: a verb right after it ("the crowd that had
 * gathered", "a group that calls itself"), not a subject before one ("that states can pass").
 */
function relativeThat(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (!next || verbKind(toks, k + 1) !== '') return true;
  return !next.cap && /[^s]s$/.test(next.lower) && !subjectPronouns.has(next.lower) && !determiners.has(next.lower) && verbKind(toks, k + 2) === '';
}

/**
 * Whether the noun-like cue word at `k` names where something was said, after "in" and a determiner
 * or a modifier ("told staff in an email that", "said in her opening remarks that"): no verb of its
 * own, and not the noun a "that" clause completes ("responded to reports that").
 */
function inMedium(toks: Tok[], k: number): boolean {
  if (!cueWords.get(toks[k].lower)?.nounLike || toks[k + 1]?.lower === 'that') return false;
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const t = toks[j];
    if (t.q >= 0 || !isWord(t) || t.cap) return false;
    if (t.lower === 'in' || t.lower === 'via') return j < k - 1;
  }
  return false;
}

/** Whether a name starts at `k`: a capitalised word, perhaps after "the", or a quotation ("Zapad", "the Troika", "“the brick”"). */
function namingAfter(toks: Tok[], k: number): boolean {
  const t = toks[k]?.lower === 'the' ? toks[k + 1] : toks[k];
  return t !== undefined && (t.q >= 0 || t.cap);
}

/**
 * Whether "seen by" at `i` follows a noun with no auxiliary, or its comma, and no "as" follows: "a
 * letter seen by the BBC".
 */
function seenDocument(block: Block, i: number): boolean {
  const { toks } = block;
  // "The memo, seen by the BBC, says": the same in an aside after the noun.
  const aside = toks[i - 1]?.text === ',' && toks[i - 1].q < 0 && toks[i - 1].s === toks[i].s;
  const prev = aside ? toks[i - 2] : toks[i - 1];
  if (toks[i].lower !== 'seen' || toks[i + 1]?.lower !== 'by' || !prev || prev.q >= 0 || !isWord(prev) || prev.cap || beForms.has(prev.lower) || verbKind(toks, i - 1) !== '' || cueAdverb(prev)) return false;
  for (let k = i + 2; k <= Math.min(block.last[toks[i].s], i + 8); k++) if (toks[k].lower === 'as') return false;
  return true;
}

/** Whether the word is a subject pronoun with its verb contracted: "he'll", "she’d", "they're". */
function contractedPronoun(t: Tok): boolean {
  const m = /^(\p{L}+)['’](?:s|re|ve|ll|d|m)$/u.exec(t.lower);
  return !!m && subjectPronouns.has(m[1]);
}

/** Nouns of time after a demonstrative "that" ("said that night", "told him that week"). */
const timeNouns = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekend', 'month', 'year', 'time', 'season', 'summer', 'winter', 'spring', 'autumn']);

/** Words before a "that" that opens no reported clause: "so that", "such that", "given that". */
const notComplement = new Set(['so', 'such', 'given', 'except', 'provided', 'providing', 'order']);

/** Whether tokens a..b-1 hold a finite verb other than a word in "-ed", which may be an adjective ("a packed hall"). */
function verbBetween(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (verbKind(toks, k) !== '' && !/ed$/.test(toks[k].lower)) return true;
  return false;
}

/**
 * The comma after a time phrase ("on Monday", "last week") that follows a cue set off by commas in
 * its sentence, before the rest of it ("The new rules, officials said on Monday, will take effect"),
 * or -1. Only when the words before the cue have no verb, so that the rest must hold it, and the rest
 * opens with no conjunction or participle of a clause of its own.
 */
function timeBeforeRest(block: Block, groupStart: number, from: number, last: number): number {
  const { toks } = block;
  const comma = toks[groupStart - 1];
  if (!comma || comma.text !== ',' || comma.q >= 0 || comma.s !== toks[from]?.s || groupStart - 1 <= block.first[comma.s]) return -1;
  const start = clauseStart(block, groupStart - 2);
  if (start >= groupStart - 1 || hasFiniteVerb(block, start, groupStart - 1)) return -1;
  for (let k = start; k < groupStart - 1; k++) if (toks[k].q >= 0) return -1;
  let k = from;
  while (k <= last && k - from < 4 && toks[k].text !== ',' && isWord(toks[k]) && toks[k].q < 0) k++;
  if (k === from || k > last || toks[k].text !== ',' || !adverbialBeforeVerb(block, [from, k - 1])) return -1;
  const next = toks[k + 1];
  if (!next || k + 1 > last || next.q >= 0 || !isWord(next) || clauseOpeners.has(next.lower) || cueWords.get(next.lower)?.participle) return -1;
  return k;
}

/**
 * An addressee or a place of saying between a cue set off by commas in its sentence and a comma:
 * "The answer, the adviser told them, was easy", "If anything, she argued in her email, the
 * rules are unfair", "The figures are wrong, he said in an interview, noting ...". `comma` is the
 * closing comma; `rest` says whether the words after it go on with what is said (a clause whose
 * verb the words before the cue lack, or a "that" clause after a clause of their own); `restOnly`
 * that the words before are the cue's time or place ("On Monday, the mayor told reporters, the
 * bridge ..."), not what is said. Null when the words after the cue are no such phrase, so that
 * the rules read them as before ("told reporters, “...”", "said, adding").
 */
function addresseeBeforeRest(block: Block, groupStart: number, from: number, last: number, cue: CueWord): { comma: number; rest: boolean; restOnly: boolean } | null {
  const { toks } = block;
  const open = toks[groupStart - 1];
  const s = toks[from]?.s ?? -1;
  const first = block.first[s];
  if (cue.participle || !open || open.text !== ',' || open.q >= 0 || from > last || open.s !== s || groupStart - 2 < first) return null;
  // The addressee of a verb of telling: an object pronoun or a plural ("told them", "told
  // reporters"), a name ("told Reuters", "told CNN") or a determiner and up to two words ("told the
  // BBC", "told the local paper"); no "of" ("told the story of ...": a verb's object).
  let k = from;
  const w = toks[from].lower;
  if (tellingVerbs.has(cue.lemma) && (subjectObjects.has(w) || addresseePlurals.has(w))) k = from + 1;
  else if (tellingVerbs.has(cue.lemma) && toks[from].cap && !subjectPronouns.has(w) && !asidePrepositions.has(w) && !dayNames.has(w)) {
    while (k <= last && k - from < 4 && toks[k].cap && isWord(toks[k]) && toks[k].q < 0) k++;
  } else if (tellingVerbs.has(cue.lemma) && articlesAndPossessives.has(w) && w !== 'her') {
    k = from + 1;
    while (k <= last && k - from < 3 && plainAsideWord(toks[k])) k++;
    if (k === from + 1) return null;
  }
  // Then where or when it was said: "in an interview", "on Twitter", "at a rally in Ohio",
  // "Tuesday in Paris", "last week"; four words each at most.
  const phrases = k;
  while (k <= last && toks[k].text !== ',' && k - from < 9) {
    const t = toks[k];
    let e = k;
    if (asidePrepositions.has(t.lower) && !(t.lower === 'to' && infinitiveAt(block, k + 1))) {
      e = k + 1;
      while (e <= last && e - k <= 4 && toks[e].text !== ',' && (plainAsideWord(toks[e], true) || articlesAndPossessives.has(toks[e].lower)) && toks[e].q < 0) e++;
      if (e === k + 1) return null;
    } else if (dayNames.has(t.lower) || (t.lower === 'afterward' || t.lower === 'afterwards' || t.lower === 'later' || t.lower === 'earlier')) e = k + 1;
    else if ((t.lower === 'last' || t.lower === 'this') && timeWords.has(toks[k + 1]?.lower ?? '')) e = k + 2;
    else return null;
    k = e;
  }
  if (k === from || (k === phrases && k === from) || k > last || toks[k].text !== ',' || toks[k].q >= 0) return null;
  const next = toks[k + 1];
  if (!next || k + 1 > last || next.s !== s) return null;
  const start = clauseStart(block, groupStart - 2);
  if (start > groupStart - 2) return null;
  const opener = toks[start];
  const timeOrPlace = introPrepositions.has(opener.lower) || dayNames.has(opener.lower) || ((opener.lower === 'last' || opener.lower === 'this' || opener.lower === 'earlier' || opener.lower === 'later') && groupStart - 2 - start <= 2);
  // After a subordinate clause ("If the count is right, she said in an interview, ..."), the
  // sentence goes on with its main clause, whatever opens it but a participle.
  if (subordinators.has(opener.lower) && opener.lower !== 'after' && opener.lower !== 'before' && opener.lower !== 'since' && opener.lower !== 'despite') {
    return next.q < 0 && !/ing$/.test(next.lower) ? { comma: k, rest: true, restOnly: false } : null;
  }
  // "The data show, she said in an interview, that ...": a "that" clause goes on with what is said.
  const verbBefore = hasFiniteVerb(block, start, groupStart - 1);
  if (next.q < 0 && next.lower === 'that') return { comma: k, rest: true, restOnly: timeOrPlace && !verbBefore };
  // A clause of its own before the cue is what is said ("The figures are wrong, he said on
  // Tuesday in Leeds, noting ..."), unless it opens with a phrase of time or place.
  if (verbBefore) return timeOrPlace ? null : { comma: k, rest: false, restOnly: false };
  // With no verb before the cue, the words after the comma must hold it: a clause with its subject
  // or its verb, not a relative clause, a participle, a title or a quotation ("told the BBC, which
  // ...", "told the BBC, Paying the Price").
  if (next.q >= 0 || relativeOpeners.has(next.lower) || (clauseOpeners.has(next.lower) && next.lower !== 'that') || /ing$/.test(next.lower)) return null;
  const auxiliary = (u: Tok | undefined) => !!u && u.q < 0 && !u.cap && (clauseVerbs.has(u.lower) || finiteVerbs.has(u.lower) || beForms.has(u.lower));
  if (!clauseWithSubject(block, k + 1, last, false) && !auxiliary(next) && !(cueAdverb(next) && auxiliary(toks[k + 2]))) return null;
  return { comma: k, rest: true, restOnly: timeOrPlace };
}

/** Verbs of telling whose addressee may stand between an interrupting cue and its comma. */
const tellingVerbs = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'notify', 'advise']);

/** A word inside a short phrase after a cue: a plain word or a name, no verb, clause word or quotation. */
function plainAsideWord(t: Tok | undefined, nouns = false): boolean {
  if (!t || t.q >= 0 || !isWord(t) || subjectPronouns.has(t.lower) || clauseOpeners.has(t.lower) || relativeOpeners.has(t.lower) || t.lower === 'of' || asidePrepositions.has(t.lower) || beForms.has(t.lower) || clauseVerbs.has(t.lower) || finiteVerbs.has(t.lower)) return false;
  // Inside a phrase after a preposition a cue word is a noun ("in his email", "in a statement").
  const cue = cueWords.get(t.lower);
  return nouns || t.cap || !cue || !!cue.nounLike;
}

/** Prepositions that open where or how something was said after the cue ("in a statement", "on Twitter"). */
const asidePrepositions = new Set(['in', 'on', 'at', 'during', 'via', 'to', 'after', 'before', 'from']);

/**
 * Whether the participle at `i` (cue group c0..c1) opens an appositive between commas with no
 * auxiliary, no object and no agent (", first promised in 2019,") and the sentence goes on with a
 * verb after the closing comma (" was due to open").
 */
function participleAppositive(block: Block, c0: number, i: number, c1: number): boolean {
  const { toks } = block;
  const s = toks[i].s;
  const prev = toks[c0 - 1];
  if (!prev || prev.text !== ',' || prev.s !== s || prev.q >= 0 || !participleForm(toks[i])) return false;
  // Only adverbs before it ("first", "recently"), no auxiliary ("has promised").
  for (let k = c0; k < i; k++) if (!cueAdverb(toks[k]) && !timeAdverbs.has(toks[k].lower) && toks[k].lower !== 'first' && toks[k].lower !== 'also') return false;
  const next = toks[c1 + 1];
  if (!next || next.s !== s || next.q >= 0 || !relativeAdjuncts.has(next.lower)) return false;
  for (let k = c1 + 2; k <= Math.min(block.last[s] - 1, c1 + 9); k++) {
    const t = toks[k];
    if (t.q >= 0 || t.lower === 'by') return false;
    if (t.text === ',') return verbKind(toks, k + 1) !== '' || beForms.has(toks[k + 1].lower);
    if (isPunct(t) && !innerPunct.has(t.text)) return false;
  }
  return false;
}

/**
 * Whether a phrase walked back from a comma is a clause: a modal or an auxiliary in it before any
 * relative pronoun or subordinating conjunction ("Mr Kalns, elected mayor after Mr
 * Lind was ousted" is a name with an appositive).
 */
/**
 * Whether a capitalised name (no time word) opens at `k` and ends the sentence at `last`, alone or
 * with an appositive after a comma ("Ana Ruiz, the head of the park.").
 */
function closingName(block: Block, k: number, last: number, force = false): boolean {
  const { toks } = block;
  // "..., said lobbyist Tom Reed.": a role in lower case may stand before the name. Read once the
  // model has accepted the word, so that the rules' reading it judges stays the same.
  const role = force && toks[k] && !toks[k].cap ? roleBeforeName(block, k) : -1;
  const t = toks[role > 0 ? role : k];
  if (!t || t.q >= 0 || !t.cap || !isWord(t) || /^\d/.test(t.text) || timeWords.has(t.lower) || monthWords.has(t.lower)) return false;
  let e = role > 0 ? role : k;
  const capitals = () => {
    while (e + 1 <= last && toks[e + 1].q < 0 && ((toks[e + 1].cap && isWord(toks[e + 1])) || (innerPunct.has(toks[e + 1].text) && toks[e + 1].start === toks[e].end))) e++;
  };
  capitals();
  // "Captain Ivo Lind of the Halden County Fire Department.": an employer in capitals.
  if (e < last && (toks[e + 1].lower === 'of' || toks[e + 1].lower === 'at') && toks[e + 1].q < 0) {
    const f = articles.has(toks[e + 2]?.lower ?? '') ? e + 3 : e + 2;
    if (f <= last && toks[f].cap && isWord(toks[f]) && toks[f].q < 0) {
      e = f;
      capitals();
    }
  }
  if (e < last && toks[e + 1].text !== ',' && !terminal.has(toks[e + 1].text)) return false;
  const r = subjectAfter(block, k);
  return !!r && (r[1] + 1 > last || terminal.has(toks[r[1] + 1].text));
}

/**
 * Whether the words from `from` to `to` are a clause of some length, with a verb outside any relative
 * clause: "Banks must move to the new system", not a bare subject ("The report", "Tom Reed").
 */
function clauseBefore(block: Block, from: number, to: number): boolean {
  return to - from >= 3 && verbOutsideRelative(block, [from, to]);
}

/** Whether a verb stands in `r` before any relative pronoun or subordinator: "Sales rose 20%", not "Ana Ruiz, who ran the yard". */
function verbOutsideRelative(block: Block, r: Range): boolean {
  const { toks } = block;
  for (let k = r[0]; k <= r[1]; k++) {
    if (personRelatives.has(toks[k].lower) || relativePronouns.has(toks[k].lower) || subordinators.has(toks[k].lower)) return false;
    if (toks[k].q < 0 && (beForms.has(toks[k].lower) || verbKind(toks, k) !== '')) return true;
  }
  return false;
}

/** Whether a noun phrase that opens with an article at `k` ends the sentence at `last` ("the report."). */
function closingArticlePhrase(block: Block, k: number, last: number): boolean {
  const { toks } = block;
  if (!articles.has(toks[k]?.lower ?? '') || toks[k].q >= 0) return false;
  const r = subjectAfter(block, k);
  if (!r || r[1] === k || r[1] - k > 6 || !(r[1] + 1 > last || terminal.has(toks[r[1] + 1].text))) return false;
  // "said the plan was bad" is a clause.
  for (let j = k + 1; j <= r[1]; j++) if (beForms.has(toks[j].lower) || verbKind(toks, j) !== '' || toks[j].text === ',') return false;
  return true;
}

/** Whether the range between two commas is a clause of its own (a finite verb, no relative or subordinate opener). */
function clauseBetweenCommas(block: Block, r: Range): boolean {
  const { toks } = block;
  for (let k = r[0] + 1; k <= r[1]; k++) {
    if (personRelatives.has(toks[k].lower) || relativePronouns.has(toks[k].lower) || subordinators.has(toks[k].lower)) return false;
    if (toks[k].q < 0 && (clauseVerbs.has(toks[k].lower) || beForms.has(toks[k].lower))) return true;
  }
  return false;
}

/** Words that open what an agent asked or told after "was asked by X", "was told by X". */
const askedOpeners = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which', 'that', 'to', 'about']);

/** A verb form or an adverb before a participle: "kept charged by", "constantly praised by". */
function verbBeforeParticiple(t: Tok): boolean {
  return /ed$/.test(t.lower) || finiteVerbs.has(t.lower) || clauseVerbs.has(t.lower) || beForms.has(t.lower) || cueAdverb(t) || t.lower === 'kept';
}

/**
 * The agent after "by" at `from`: a noun phrase up to a comma, the sentence end, a clause or a
 * verb ("the aid promised by the EU had not arrived"), without a time after it ("on Friday").
 */
function agentAfter(block: Block, from: number): Range | null {
  const { toks } = block;
  const r = accordingSource(block, from, false);
  if (!r) return null;
  let b = r[0];
  while (b < r[1] && !clauseVerbs.has(toks[b + 1].lower) && !beForms.has(toks[b + 1].lower) && !cueModifiers.has(toks[b + 1].lower)) b++;
  return [r[0], timeTail(block, r[0], b)];
}

/** Whether `t`, in sentence `s`, may be the noun an adjective describes: a lower-case word that opens no phrase or clause. */
function nounAfter(t: Tok | undefined, s: number): boolean {
  if (!t || t.s !== s || t.q >= 0 || !isWord(t) || t.cap) return false;
  const w = t.lower;
  return !sourceStoppers.has(w) && !sourcePrepositions.has(w) && !clauseOpeners.has(w) && !determiners.has(w) && !subjectPronouns.has(w) && !subjectObjects.has(w) && !notHeads.has(w) && !cueModifiers.has(w);
}

/** Whether the clause before token `c0` opens with "with" and a number: at the sentence start or after a comma. */
function withPhrase(block: Block, c0: number): boolean {
  const { toks } = block;
  const first = block.first[toks[c0].s];
  // A cue that opens the sentence ("Backing for the tram grows") has no clause before it.
  if (c0 <= first) return false;
  let k = c0 - 1;
  while (k > first && toks[k].text !== ',' && toks[k].q < 0 && k > c0 - 16) k--;
  const opener = toks[k].text === ',' ? k + 1 : k;
  return toks[opener]?.lower === 'with' && opener < c0 - 1 && isQuantity(toks[opener + 1]);
}

/** Verbs of backing one side, by lemma. */
const backingVerbs = new Set(['back', 'support', 'oppose', 'favor', 'favour', 'endorse', 'champion']);

/** Whether a source is a sum of money and nothing else: "€150 million", "the $4bn", "£20". */
function sumOfMoney(block: Block, r: Range): boolean {
  const { toks } = block;
  let k = Math.max(r[0] - 1, 0);
  while (k <= Math.min(r[0] + 1, r[1]) && !currencySymbols.has(toks[k].text) && !/^[$€£¥₹]\d/.test(toks[k].text)) k++;
  if (k > Math.min(r[0] + 1, r[1])) return false;
  for (let j = k + 1; j <= r[1]; j++) if (!/^[\d.,]+$/.test(toks[j].text) && !magnitudes.has(toks[j].lower)) return false;
  return true;
}

/** Words before a participle that opens a sentence: "After thanking the crowd, ...". */
const participleOpeners = new Set(['after', 'before', 'while', 'despite', 'since', 'when', 'without', 'upon', 'in']);

/** Whether "that" comes from token `k` before the next comma or the sentence end. */
function thatBeforeComma(block: Block, k: number): boolean {
  const { toks } = block;
  for (; k <= block.last[toks[k - 1].s] && toks[k].text !== ','; k++) if (toks[k].lower === 'that' && toks[k].q < 0) return true;
  return false;
}

/**
 * "Conceding that the deal was close, he said ...": content from the participle to the comma that
 * ends its clause, the source the subject after that comma followed by a verb in lower case.
 */
function openingParticiple(block: Block, c0: number, c1: number, last: number): Found | null {
  const { toks } = block;
  for (let m = c1 + 2; m < last && m - c1 < 40; m++) {
    const t = toks[m];
    if (t.text !== ',') continue;
    // 'Citing the report and its "grave errors," Ruiz urged': a comma before the closing mark of a
    // quotation inside the phrase ends the phrase as well.
    const quoteEnd = t.q >= 0 && block.quotes[t.q]?.close === m + 1 ? m + 1 : -1;
    if (t.q >= 0 && quoteEnd < 0) continue;
    const after = quoteEnd >= 0 ? quoteEnd : m;
    const subject = subjectAt(block, after + 1, last);
    const verb = subject ? toks[subject[1] + 1] : undefined;
    if (!subject || !verb || verb.q >= 0 || !isWord(verb) || verb.cap) continue;
    // The phrase must end at a noun and a verb follow it ("the structure of the | market" does
    // not); auxiliaries are among the words that end no noun phrase, prepositions are no verb.
    const v = verb.lower;
    const verbLike = !sourceStoppers.has(v) && !clauseOpeners.has(v) && !determiners.has(v) && (!notHeads.has(v) || cueModifiers.has(v));
    if (verbLike && headOk(toks[subject[1]], toks[subject[1] - 1])) {
      return { cue: [c0, c1], source: subject, content: [c1 + 1, quoteEnd >= 0 ? quoteEnd : m - 1] };
    }
  }
  return null;
}

/**
 * A quotation before a cue that is not what the cue reports when the cue has content of its own:
 * a title ("On CBS's “Face the Nation,” she said ...") or a quotation that closed an earlier
 * sentence ("... the nickname “Big Ed.” He called the plan ...").
 */
function unspokenBefore(block: Block, quote: Quote, cue: number): boolean {
  const { toks } = block;
  if (quote.close >= 0 && toks[quote.close - 1]?.text === '.' && toks[quote.close].s !== toks[cue].s) return true;
  if (quote.open === block.first[toks[quote.open].s]) return false;
  let words = 0;
  for (let k = quote.open + 1; k < quote.last; k++) {
    const t = toks[k];
    if (terminal.has(t.text)) return false;
    if (!isWord(t)) continue;
    words++;
    if (!t.cap && !titleSmallWords.has(t.lower)) return false;
  }
  return words >= 2;
}

/**
 * 'Citing the report and its "grave errors," Ruiz urged ...': a quotation inside a participle phrase
 * that opens the sentence is what the participle reports, not what the main verb does. Once the
 * model has accepted the word (so that the rules' reading it judges stays the same), a comma that
 * closes the phrase before the subject the quotation goes on from puts the quotation outside it
 * ('Leaving the talks, the minister "was tired," Lund said').
 */
function quoteInOpeningParticiple(block: Block, quote: Quote, force = false): boolean {
  const { toks } = block;
  if (force && participleOpeningComma(block, quote) >= 0) return false;
  const first = block.first[toks[quote.open].s];
  const opener = toks[first];
  if (!(quote.open > first + 1 && opener.cap && /\p{Ll}ing$/u.test(opener.text) && isWord(toks[quote.open - 1]) && !toks[quote.open - 1].cap)) return false;
  // 'Filing for protection was "a last resort," said ...': a gerund with a verb of its own is the subject.
  for (let k = first + 1; k < quote.open; k++) if (clauseVerbs.has(toks[k].lower) || beForms.has(toks[k].lower) || finiteVerbs.has(toks[k].lower)) return false;
  return true;
}

/**
 * The comma that closes a participle phrase opening the sentence ("Leaving the talks,") right before
 * the subject that the quotation goes on from ('the minister "was tired,"'), or -1.
 */
function participleOpeningComma(block: Block, quote: Quote): number {
  const { toks } = block;
  const first = block.first[toks[quote.open].s];
  const opener = toks[first];
  if (!(opener.cap && /\p{Ll}ing$/u.test(opener.text))) return -1;
  let comma = quote.open - 1;
  while (comma > first + 1 && !(toks[comma].text === ',' && toks[comma].q < 0)) comma--;
  if (comma <= first + 1) return -1;
  const subject = subjectAt(block, comma + 1, quote.open);
  return subject && subject[1] === quote.open - 1 ? comma : -1;
}

/**
 * The content a quotation before its cue gives: the quotation with its lead-in (`quoteWithLeadIn`),
 * which starts after an opening participle phrase once the model has accepted the word ('Leaving the
 * talks, the minister "was tired," Lund said' reports 'the minister "was tired,"').
 */
function quoteAfterOpening(block: Block, quote: Quote, force: boolean): Range {
  const comma = force ? participleOpeningComma(block, quote) : -1;
  return comma >= 0 ? [comma + 1, quote.last] : quoteWithLeadIn(block, quote);
}

/**
 * A quotation before its cue with the words of its sentence that lead into it: in "The ferry
 * “will not sail again,” she said" the content is the whole clause, not the quoted predicate alone.
 */
function quoteWithLeadIn(block: Block, quote: Quote): Range {
  const { toks } = block;
  const a = block.first[toks[quote.open].s];
  // Only a quotation that continues the words before it ("The ferry “will”", not "In a memo, “We”"),
  // also after a comma when it opens in lower case ("The fair, held every spring, “draws ...”").
  const first = toks[quote.open + 1];
  const afterComma = toks[quote.open - 1]?.text === ',' && !!first && isWord(first) && !first.cap && first.q === toks[quote.open].q;
  if (a === quote.open || !(isWord(toks[quote.open - 1]) || afterComma)) return [quote.open, quote.last];
  for (let k = a; k < quote.open; k++) {
    const t = toks[k];
    // 'Fees are “a tax on the poor” and “will drive families away,” she said': a quoted phrase the
    // lead-in holds is part of it (PolNeAR train, first annotator: the content starts at the
    // sentence 13 times, at the last quotation once); a quoted sentence is someone's words of its own.
    // Only before a comma ('..., she said'): a quotation right before its verb is its subject
    // ('“Isn't it grand” was the remark ... and “old chair” was written on ...').
    const inner = t.q >= 0 ? block.quotes[t.q] : null;
    if (inner && inner.open === k && inner.close > k && inner.close < quote.open && !quotedSentence(block, inner) && commaAtClose(block, quote)) {
      k = inner.close;
      continue;
    }
    if (t.q >= 0 || t.text === ':') return [quote.open, quote.last];
    // "She said the plan was “dead,” he added": a verb of saying or thinking in the lead-in makes
    // it another attribution; a word that is as often a noun ("the plan") does not.
    const cue = cueWords.get(t.lower);
    if (cue && !cue.nounLike) return [quote.open, quote.last];
  }
  return [a, quote.last];
}

/** Whether a comma ends the quotation, inside its closing mark or right after it. */
function commaAtClose(block: Block, quote: Quote): boolean {
  const { toks } = block;
  return quote.close > 0 && (toks[quote.close - 1].text === ',' || toks[quote.close + 1]?.text === ',');
}

/** Whether the quotation holds a sentence end ("“We lost.”", "“Why now?”"). */
function quotedSentence(block: Block, quote: Quote): boolean {
  for (let k = quote.open + 1; k < quote.close; k++) if (terminal.has(block.toks[k].text)) return true;
  return false;
}

/** Whether the token at `k` is a name (capitalised, not opening its sentence) or an object pronoun. */
function oneWordObject(block: Block, k: number): boolean {
  const t = block.toks[k];
  if (t.q >= 0 || !isWord(t)) return false;
  return objectPronouns.has(t.lower) || (t.cap && k !== block.first[t.s] && !/\d/.test(t.text));
}

/**
 * A cognition verb needs a subject that looks like a source: a name, a pronoun or a short phrase.
 * A short head with an appositive or a relative clause set off by commas before the verb may be
 * longer ("Ana Ruiz, former chief of staff of the budget committee on housing, agreed that ...").
 */
function nounPhraseOk(block: Block, r: Range): boolean {
  const { toks } = block;
  let end = r[1];
  if (r[1] - r[0] > 12) {
    // A dash sets a long subject's aside off as a comma does ("Ana Lima - chief executive of ... - believes").
    const mark = (t: Tok | undefined) => !!t && ((t.text === ',' && t.q < 0) || isAsideDash(block, t));
    let comma = r[0] + 1;
    while (comma <= r[1] && !mark(toks[comma])) comma++;
    const closed = mark(toks[r[1] + 1]);
    if (!closed || comma - r[0] > 8 || comma >= r[1] || r[1] - r[0] > 30) return false;
    end = comma - 1;
  }
  // "do you think": a question, not a stance.
  for (let k = r[0]; k <= end; k++) if (auxiliaries.has(toks[k].lower)) return false;
  return true;
}

/** "the states", "his remarks", "Trump's comments" are nouns; "Democrats want", "she states" are verbs. */
function subjectNextTo(prev: Tok | undefined, s: number): boolean {
  if (!prev || prev.s !== s || !isWord(prev) || prev.q >= 0) return false;
  if (determiners.has(prev.lower) || /['’]s?$/.test(prev.lower) || sourceStoppers.has(prev.lower)) return false;
  if (subjectPronouns.has(prev.lower)) return true;
  if (prev.cap) return true;
  return /[^s']s$/.test(prev.lower) && !/(ous|ss|is|us)$/.test(prev.lower);
}

/**
 * Whether a day after "on", "last" or "this" stands between the verb at `c0` and a plural noun or a
 * participle before it: "figures published on Thursday show", "Data released last Monday show".
 */
function dayAfterSubject(block: Block, c0: number): boolean {
  const { toks } = block;
  const day = toks[c0 - 1];
  const prep = toks[c0 - 2];
  const before = toks[c0 - 3];
  if (!day || !prep || !before || !weekdays.has(day.lower) || !['on', 'last', 'this'].includes(prep.lower) || before.s !== toks[c0].s || before.q >= 0) return false;
  return (!before.cap && subjectNextTo(before, before.s)) || (!before.cap && /ed$/.test(before.lower) && verbKind(toks, c0 - 3) !== '');
}

/** "Barkley, who said he votes ...": the relative pronoun at `who` is the source, content after the cue. */
function whoClause(block: Block, c0: number, c1: number, cue: CueWord, who: number, force: boolean): Found | null {
  const { toks } = block;
  const last = block.last[toks[c0].s];
  // "Ana Berg, who said, “...”", "who lamented in an interview, “...”": once the model has accepted
  // the word, a quotation after the comma that closes the cue, or a time, place or addressee after
  // it, is the content. The rules alone end the clause at that comma and read nothing, as the model
  // learnt it.
  // "Ana Berg, who said: “...”": a colon after the verb introduces the quotation and is no part of it.
  const quoted = (force && relativeWhoAt(toks, who, block.first[toks[who].s])) || toks[c1 + 1]?.text === ':' ? introducedQuotation(block, c1 + 1, last, cue) : -1;
  if (quoted > 0) return { cue: [c0, c1], source: [who, who], content: [quoted, block.quotes[toks[quoted].q].last] };
  const start = c1 + 1;
  if (start > last || afterIsAdjunct(block, start, last, cue.addressee)) return null;
  const end = contentEnd(block, start, cueStarts(block, start, last));
  // The relative clause ends at the comma that closes it.
  let stop = end;
  // A stance's object with no comma after it ("Farmers who opposed the canal held a rally") ends
  // before the main clause's verb; other verbs may take a clause with verbs of its own.
  const nounObject = backingVerbs.has(cue.lemma) && block.toks[start].lower !== 'that' && block.toks[start].lower !== 'to';
  for (let k = start; k <= end; k++) {
    const t = block.toks[k];
    if ((t.text === ',' && t.q < 0) || (nounObject && k > start && t.q < 0 && objectEndsAt(block, k))) {
      stop = k - 1;
      break;
    }
  }
  // "The man who said “no” was fired": a quotation right after the verb of a clause with no comma
  // before "who" ends it when the main clause's verb follows the closing mark.
  const q = toks[start].q >= 0 ? block.quotes[toks[start].q] : null;
  if (q && q.open === start && q.close > start && q.close < stop && toks[who - 1]?.text !== ',' && verbKind(toks, q.close + 1) !== '') stop = q.close;
  // "who said: the plan had failed": the colon is no part of the content.
  const from = toks[start].text === ':' && stop > start ? start + 1 : start;
  return stop >= start ? { cue: [c0, c1], source: [who, who], content: [from, stop] } : null;
}

/**
 * Whether the verb of saying at `i` after "who" introduces a quotation with a comma or colon ("Ana
 * Berg, who said, “...”"), read as if the model had accepted it. Not after a verb or at the sentence's
 * start, where "who" asks ("Who said, “...”?", "asked who said, “...”").
 */
export function relativeQuotation(block: Block, i: number, cue: CueWord, found: Found[]): boolean {
  const { toks } = block;
  if (cue.cls !== 'speech' || cue.participle) return false;
  const first = block.first[toks[i].s];
  let who = i - 1;
  while (who > first && i - who <= 5 && toks[who].lower !== 'who') who--;
  if (who <= first || toks[who].lower !== 'who' || !relativeWhoAt(toks, who, first)) return false;
  const f = verbCue(block, i, cue, found, true, false);
  const open = f ? f.content[0] : -1;
  return !!f && f.source?.[0] === who && toks[open].q >= 0 && block.quotes[toks[open].q].open === open;
}

/**
 * Whether the "who" at `who` opens a relative clause: after a comma or a noun, not at the sentence's
 * start `first` or after a verb, where it asks ("Who said ...?", "asked who said ...").
 */
function relativeWhoAt(toks: Tok[], who: number, first: number): boolean {
  const before = toks[who - 1];
  return who > first && before.q < 0 && (before.text === ',' || (isWord(before) && verbKind(toks, who - 1) === '' && !cueWords.has(before.lower)));
}

/**
 * Where a quotation opens after a comma or colon at `start`, or after one that closes a time, place
 * or addressee from `start` or between commas from `start` ("said in an interview, “...”", "told
 * reporters: “...”", "said, in a statement, “...”"), in the same sentence; else -1.
 */
function introducedQuotation(block: Block, start: number, last: number, cue: CueWord): number {
  const { toks } = block;
  const mark = (k: number) => toks[k].q < 0 && (toks[k].text === ',' || toks[k].text === ':');
  const opens = (k: number) => k + 1 <= last && toks[k + 1].q >= 0 && block.quotes[toks[k + 1].q].open === k + 1;
  // The comma or colon closing an adjunct that starts at `a`, or -1.
  const adjunctEnd = (a: number) => {
    if (a > last || !afterIsAdjunct(block, a, last, cue.addressee)) return -1;
    let k = a;
    while (k <= last && k - a < 10 && toks[k].q < 0 && !mark(k) && !terminal.has(toks[k].text)) k++;
    return k <= last && mark(k) ? k : -1;
  };
  if (start > last) return -1;
  const k = !mark(start) ? adjunctEnd(start) : opens(start) || toks[start].text !== ',' ? start : adjunctEnd(start + 1);
  return k >= 0 && opens(k) ? k + 1 : -1;
}

/** The relative pronoun "who" before a time phrase right before the cue at `c0` ("who last year threatened"), or -1. */
function whoBeforeTime(block: Block, c0: number): number {
  const { toks } = block;
  for (let k = c0 - 2; k >= c0 - 5 && k >= block.first[toks[c0].s]; k--) {
    if (toks[k].q >= 0) return -1;
    if (toks[k].lower === 'who') return adverbialBeforeVerb(block, [k + 1, c0 - 1]) ? k : -1;
  }
  return -1;
}

/**
 * Whether a stance's noun object ends before token `k` ("the canal | held a rally", "a similar effort
 * in 2007 | and once again did not like", "the new port | after her son moved away"): a finite verb, a
 * conjunction that opens a clause, or "and" before a verb, an adverb or such a conjunction.
 */
function objectEndsAt(block: Block, k: number): boolean {
  const { toks } = block;
  const t = toks[k];
  const prev = toks[k - 1];
  if (!isWord(prev) || clauseOpeners.has(prev.lower) || relativePronouns.has(prev.lower)) return false;
  if (verbKind(toks, k) !== '') return true;
  if (t.lower === 'and') {
    const next = toks[k + 1];
    return !!next && next.q < 0 && next.s === t.s && (verbKind(toks, k + 1) !== '' || cueAdverb(next) || (clauseOpeners.has(next.lower) && next.lower !== 'and'));
  }
  return clauseOpeners.has(t.lower) && t.lower !== 'and' && t.lower !== 'or' && t.lower !== 'than' && t.lower !== 'as';
}

/**
 * The quotation whose closing mark is at `k` (or just before a comma at `k`), if any, on the same
 * line as the token after `k`: a quotation that ends a paragraph is not the content of a cue in the
 * next one, even when no blank line separates them.
 */
function quoteEndingAt(block: Block, k: number): Quote | null {
  const { toks } = block;
  if (k < 0) return null;
  const next = toks[k + 1];
  if (toks[k].text === ',' && toks[k - 1]?.q >= 0) k--;
  const q = toks[k].q;
  if (q < 0) return null;
  const quote = block.quotes[q];
  if (next && !sameLine(block, quote.last, k + 1)) return null;
  return quote.close >= 0 && (quote.close === k || quote.close === k + 1) ? quote : null;
}
/** Verbs of the lexicon that before an infinitive say how or whether something happens. */
const aspectVerbs = new Set(['continue', 'prove', 'determine']);

/**
 * Whether the words a..b after "added" name a thing added, not something said: an indefinite noun
 * phrase ("a second", "an extra 6%"), or a definite one added "to" something, with no quotation,
 * colon or clause verb in them ("He added the matter would be reviewed" is speech).
 */
function thingAdded(block: Block, a: number, b: number): boolean {
  const { toks } = block;
  const first = toks[a].lower;
  if (!articles.has(first) || toks[a].q >= 0) return false;
  let to = false;
  for (let k = a + 1; k <= b; k++) {
    const t = toks[k];
    if (t.q >= 0 || t.text === ':' || clauseVerbs.has(t.lower) || t.lower === 'that') return false;
    if (t.lower === 'to' && k - a <= 6) to = true;
  }
  return first !== 'the' || to;
}
/** Relative pronouns that stand for a clause's object: "which he described as ...", "whom she called". */
const objectRelatives = new Set(['which', 'whom', 'what']);
/**
 * Whether a relative pronoun that may stand for the object of the verb right before the source at
 * `k` ("which Reed denied", "the letter that Reed wrote"). "that" only after a noun with its
 * determiner: after a verb or an adjective it opens what was said ("It emerged that Reed warned,
 * the plan was unsafe").
 */
function objectRelativeBefore(block: Block, k: number): boolean {
  const before = block.toks[k - 1]?.lower ?? '';
  return gapRelatives.has(before) || (before === 'that' && relativeThatDeterminers.has(block.toks[k - 3]?.lower ?? ''));
}

const gapRelatives = new Set(['which', 'whom', 'who']);
const relativeThatDeterminers = new Set(['the', 'a', 'an', 'this', 'its', 'his', 'her', 'their', 'our', 'every', 'each', 'any']);
/** Words that open a concession, which says what no one said: "whatever Europe says, ...". */
const concessives = new Set(['whatever', 'whoever', 'however', 'whichever']);
const questionAux = new Set(['will', 'would', 'do', 'does', 'did', 'can', 'could', 'should', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'may', 'might', 'must', 'who', 'what', 'why', 'how', 'where', 'when']);

/** Whether the source `r` is a lone "who" after a comma, the relative pronoun of a clause about the noun before it. */
function relativeWho(toks: Tok[], r: Range): boolean {
  const before = toks[r[0] - 1];
  return r[0] === r[1] && toks[r[0]].lower === 'who' && !!before && before.text === ',' && before.q < 0 && before.s === toks[r[0]].s;
}

/** The source range without words that open it but belong to no speaker (a question's auxiliary, a time stamp, an adverb), or null when a question put the subject there. */
function trimSourceStart(block: Block, r: Range, force: boolean, joined = false): Range | null {
  const { toks } = block;
  // "said Will Lind": a modal before a surname is read as a given name only once the model has
  // accepted the cue, so that the reading it learns from stays the same.
  // "Ana Berg, who toured the yard and said ...": with `joined` (a verb joined by "and" or "but",
  // once the model has accepted the cue), a "who" after a comma is a relative pronoun the verb shares
  // with the one before, no question's.
  if (questionAux.has(toks[r[0]].lower) && !modalName(toks, r[0]) && !(force && givenModalName(toks, r[0])) && !(joined && relativeWho(toks, r))) return null;
  // "In September we said": a pronoun ending the phrase is the whole source, unless a question
  // put it there ("why do you think").
  if (r[1] > r[0] && subjectPronouns.has(toks[r[1]].lower) && toks[r[1]].lower !== 'it') {
    return questionAux.has(toks[r[1] - 1].lower) ? null : [r[1], r[1]];
  }
  let a = r[0];
  // "14:05 The chancellor confirms": a live blog's time stamp is no part of the source.
  if (a < r[1] && /^\d{1,2}[:.]\d{2}$/.test(toks[a].text)) a++;
  // "up from the 0.8% it forecast": "it" after a figure is the subject of a relative clause with no
  // pronoun, whose object the figure is.
  if (r[1] > a && toks[r[1]].lower === 'it' && /[\d%]$/.test(toks[r[1] - 1].text)) return [r[1], r[1]];
  // "Recently he said", "Separately, the council said": an adverb opening the sentence before a
  // pronoun or a determiner is no part of the source ("Early polls", "Carly Fiorina" have none).
  if (a < r[1] && openingAdverb(toks[a]) && a === block.first[toks[a].s]) {
    const n = toks[a + 1];
    if (n.text === ',' && a + 2 <= r[1]) a += 2;
    else if (subjectPronouns.has(n.lower) || (determiners.has(n.lower) && !isQuantity(n))) a++;
  }
  // "Nearly half of voters say": an approximation before a quantity belongs to the source.
  while (a < r[1] && !(approximators.has(toks[a].lower) && isQuantity(toks[a + 1])) && (leadingNoise.has(toks[a].lower) || (adverb.test(toks[a].lower) && !toks[a].cap && toks[a].lower !== 'ally'))) a++;
  return [a, timeTail(block, a, r[1])];
}

/**
 * The token after "on Tuesday" or "on Monday night" at `k` when a clause or an infinitive follows it
 * ("on Friday he had met", "on Tuesday to keep"), else `k`.
 */
function afterTimeAdjunct(block: Block, k: number, last: number): number {
  const end = timeAdjunctEnd(block, k);
  const next = block.toks[end + 1];
  if (end < 0 || end + 1 > last || next.q >= 0) return k;
  // "pleaded guilty on Wednesday to fraud", "responded on Sunday to accusations": a preposition the
  // verb takes opens the content after the time too (PolNeAR train: 3 of 3).
  // "said on Monday ferries stopped running", "said on Friday about 200 homes were": a subject with
  // no article opens a clause as a pronoun does.
  const opens = subjectPronouns.has(next.lower) || contentDeterminers.has(next.lower) || next.lower === 'that' || (next.cap && isWord(next)) || (next.lower === 'to' && infinitiveAt(block, end + 2)) || complementPrepositions.has(next.lower) || unmarkedSubjectAt(block, end + 1, last);
  return opens ? end + 1 : k;
}

/** Nouns for the form words were given in: "said in a statement", "in an interview". */
const mediumNouns = new Set(['statement', 'interview', 'email', 'letter', 'speech', 'briefing', 'memo', 'message', 'post', 'tweet', 'broadcast', 'podcast', 'release', 'filing', 'note']);

/**
 * Where a reported clause with no "that" starts after "in a statement", "in an interview" at `k`
 * ("said in a statement the port will close"), or `k` when no clause with its own subject follows.
 */
function afterMedium(block: Block, k: number, last: number): number {
  const { toks } = block;
  for (let m = k + 1; m <= Math.min(last - 1, k + 3); m++) {
    if (toks[m].q >= 0 || !isWord(toks[m])) return k;
    // "has said in the past it ...", "said in recent weeks the ...", "said in 2019 the ...": a time
    // before a clause with its subject is in neither cue nor content, as a medium is.
    const time = toks[k].lower === 'in' && (pastTimes.test(toks[m].lower) || (m === k + 1 && yearWord.test(toks[m].text)));
    if (time && (timeWords.has(toks[m + 1]?.lower ?? '') || /^(?:days|weeks|months|years)$/.test(toks[m + 1]?.lower ?? ''))) continue;
    const pronounSubject = subjectPronouns.has(toks[m + 1]?.lower ?? '') && isWord(toks[m + 2]) && toks[m + 2].q < 0;
    if (time) return !/^(?:and|but|or)$/.test(toks[m + 1]?.lower ?? '') && (pronounSubject || clauseWithSubject(block, m + 1, last, false) || unmarkedSubjectAt(block, m + 1, last)) ? m + 1 : k;
    if (!mediumNouns.has(toks[m].lower)) continue;
    // "wrote in an email that ...": "email" is a cue word of its own, so the search for "that" stopped before it.
    const opens = (toks[m + 1]?.lower === 'that' && !relativeThat(toks, m + 1)) || clauseWithSubject(block, m + 1, last, false) || unmarkedSubjectAt(block, m + 1, last);
    return opens ? m + 1 : k;
  }
  return k;
}

/** Words that end a time after "in": "in the past", "in recent weeks", "in the past year". */
const pastTimes = /^(?:past|days|weeks|months|years|week|month|year)$/;

/** Prepositions a verb of saying or stance takes for what it reports: "responded to", "apologised for". */
const complementPrepositions = new Set(['to', 'for', 'about', 'of', 'with', 'against', 'over']);

/** -ing forms of judging verbs that attribute after a comma: ", calling him a liar". */
const weakSpeechParticiples = new Set(['calling', 'describing', 'criticizing', 'criticising', 'praising', 'blasting', 'slamming', 'accusing', 'citing', 'referring', 'pointing', 'mocking', 'dismissing', 'rejecting', 'questioning', 'defending', 'attacking', 'thanking', 'welcoming', 'proposing', 'agreeing', 'charging']);

/**
 * The subject of a sentence that ends in a relative clause, when the source found is that clause's
 * verb or its end ("homes that were never built"): from the sentence start (a determiner or a name)
 * to the source's end, with no finite verb outside the clause, no comma and no quotation; or the
 * noun phrase before a relative clause about a person (`subjectWithPersonClause`); or null.
 */
function subjectAroundRelative(block: Block, source: Range): Range | null {
  const first = afterDateline(block, block.first[block.toks[source[0]].s], source[0]);
  return sentenceAroundRelative(block, source, first) ?? subjectWithPersonClause(block, source, first) ?? subjectWithReducedClause(block, source, first);
}

/** Adjectives that take "to" or "with" and head no subject: "similar to", "due to", "compared with". */
const prepositionAdjectives = new Set(['similar', 'next', 'due', 'equal', 'prior', 'related', 'contrary', 'according', 'thanks', 'compared', 'opposed', 'akin', 'identical', 'comparable', 'subject']);

/**
 * Whether the preposition at `p` follows a noun phrase of up to eight words that starts at `start`
 * and holds no verb: "officials with the party say", "A letter to committee members calls for",
 * "The deputy head of the delegation to the summit said" (the walk back stopped at the preposition).
 */
function nounBeforePreposition(block: Block, start: number, p: number): boolean {
  const { toks } = block;
  if (p - 1 < start || !subjectNounPrepositions.has(toks[p].lower) || toks[p].q >= 0) return false;
  // ", similar to that concluded": an adjective and a pronoun that a relative clause follows.
  if (prepositionAdjectives.has(toks[p - 1].lower)) return false;
  const head = phraseBack(block, p - 1, start);
  return !!head && head[0] === start && p - start <= 8 && verbless(block, head) && !subjectPronouns.has(toks[start].lower) && !isPunct(toks[p - 1]);
}

/** -ing words of an aside about the occasion, no part of a source: "a source speaking to the Post". */
const asideIngs = new Set(['speaking', 'talking', 'writing', 'commenting', 'responding', 'referring', 'appearing', 'addressing']);

/**
 * "Democrats trying to regain control of the Senate say", "Officials investigating the crash say",
 * "Groups urging the mayor to resign claim": a subject whose noun an -ing clause follows, where the
 * walk back stopped inside that clause (the source was "regain control of the Senate", "the crash").
 * The subject is the whole phrase from where its clause opens (the sentence start, a comma or a
 * word such as "but" or "that"): a noun phrase, then an -ing word right after a noun and before
 * "to", a preposition, a determiner or a name, with no finite verb, quotation or punctuation
 * between; null otherwise. "Speaking to", "writing in" are asides, no part of the source.
 */
function subjectWithReducedClause(block: Block, source: Range, first: number): Range | null {
  const { toks } = block;
  let v = source[1] + 1;
  while (toks[v] && cueAdverb(toks[v])) v++;
  // "groups supporting candidates": an -ing cue is the reduced clause itself.
  if (!toks[v] || /ing$/.test(toks[v].lower)) return null;
  let start = source[0];
  while (start - 1 >= first && source[1] - start < 30) {
    const t = toks[start - 1];
    if (t.q >= 0 || (isPunct(t) && !(innerPunct.has(t.text) && t.end === toks[start].start)) || clauseOpeners.has(t.lower) || leadingNoise.has(t.lower)) break;
    start--;
  }
  if (start === source[0] || (start - 1 >= first && toks[start - 1].q >= 0)) return null;
  const opener = toks[start];
  if (!(startsNounPhrase(opener) || plainNounBefore(opener)) || subjectPronouns.has(opener.lower) || sourcePrepositions.has(opener.lower) || introPrepositions.has(opener.lower)) return null;
  if (verbBetween(toks, start, source[0])) return null;
  // A pronoun alone after the preposition opens a relative clause ("similar to that concluded").
  const pronoun = source[0] === source[1] && determiners.has(toks[source[0]].lower);
  if (!pronoun && nounBeforePreposition(block, start, source[0] - 1)) return [start, source[1]];
  for (let k = start + 1; k < source[0]; k++) {
    const t = toks[k];
    const noun = toks[k - 1];
    if (t.cap || !/[aeiouy][a-z]*ing$/.test(t.lower) || !isWord(t) || prepositionalIngs.has(t.lower) || asideIngs.has(t.lower)) continue;
    // "a winning streak": an -ing word before a plain noun describes it; a clause's -ing word takes
    // "to", a preposition, a determiner or a name after it.
    const after = toks[k + 1];
    if (!(after.lower === 'to' || after.cap || determiners.has(after.lower) || articlesAndPossessives.has(after.lower) || sourcePrepositions.has(after.lower) || placePrepositions.has(after.lower))) continue;
    if (isWord(noun) && !determiners.has(noun.lower) && !sourcePrepositions.has(noun.lower) && !beForms.has(noun.lower) && (noun.cap || plainNounBefore(noun) || /[^s'’]s$/.test(noun.lower))) return [start, source[1]];
  }
  return null;
}

/** The whole sentence up to the source as its subject, when the source is a relative clause's verb or its end. */
function sentenceAroundRelative(block: Block, source: Range, first: number): Range | null {
  const { toks } = block;
  let rel = source[0] - 1;
  while (rel > first && (beForms.has(toks[rel].lower) || cueAdverb(toks[rel]) || toks[rel].lower === 'never' || toks[rel].lower === 'not' || toks[rel].lower === 'had' || toks[rel].lower === 'have' || toks[rel].lower === 'has')) rel--;
  if (rel <= first + 1 || rel === source[0] - 1 || !relativePronouns.has(toks[rel].lower) || toks[rel].q >= 0) return null;
  if (!startsNounPhrase(toks[first]) || subjectPronouns.has(toks[first].lower)) return null;
  for (let k = first; k < rel; k++) if (toks[k].q >= 0 || isPunct(toks[k]) && !innerPunct.has(toks[k].text)) return null;
  if (verbBetween(toks, first, rel)) return null;
  return [first, source[1]];
}

/**
 * "People who have battled online threats say", "But some whose budgets were cut argue": the walk
 * back from the cue stopped inside a relative clause about a person with no comma before it (the
 * source was "online threats"); the subject is the noun phrase before "who" or "whose" with its
 * clause. The phrase must open its clause (not "a list of those who ..."), and the clause, up to 20
 * words with no punctuation, quotation or word that opens another clause ("those who ... as a number
 * of writers suggested", "who gives what to the parties but the report says"), must run to the
 * source. Null otherwise.
 */
function subjectWithPersonClause(block: Block, source: Range, first: number): Range | null {
  const { toks } = block;
  // "an investor who has put millions into groups backing Ms Ruiz", "the contempt apparently shown
  // to": an -ing word or a participle with no auxiliary after the source describes the noun it
  // follows, which is the speaker if anyone is. A pronoun is the whole subject ("those who want
  // change - only she thinks").
  let v = source[1] + 1;
  while (toks[v] && cueAdverb(toks[v])) v++;
  const cue = toks[v];
  if (!cue || /ing$/.test(cue.lower) || participleOnly.has(cue.lower) || subjectPronouns.has(toks[source[0]].lower)) return null;
  let rel = -1;
  for (let k = source[0] - 1; k > first && source[0] - k <= 20; k--) {
    const t = toks[k];
    if (t.q >= 0 || (!isWord(t) && !innerPunct.has(t.text)) || subordinators.has(t.lower) || (clauseOpeners.has(t.lower) && t.lower !== 'and' && t.lower !== 'or' && !personRelatives.has(t.lower))) return null;
    if (t.lower === 'who' || t.lower === 'whose') {
      rel = k;
      break;
    }
  }
  if (rel < 0) return null;
  const np = nounPhraseBack(block, rel - 1, first);
  // A bare noun opens a phrase too ("people who ...", "executives who ...").
  const opener = toks[np?.[0] ?? 0];
  if (!np || !(startsNounPhrase(opener) || plainNounBefore(opener)) || subjectPronouns.has(opener.lower)) return null;
  const before = toks[np[0] - 1];
  const opens = np[0] === first || before.text === ',' || conjunctionsBeforeSubject.has(before.lower);
  return opens ? [np[0], source[1]] : null;
}

/** Words of degree before "known" that belong to the cue: "is best known for", "is well known for". */
const reputationDegrees = new Set(['best', 'well', 'better', 'perhaps', 'most']);

/** Past participles that are never a finite verb on their own. */
const participleOnly = new Set(['seen', 'known', 'shown', 'written', 'spoken', 'given', 'sworn', 'forgotten', 'proven']);

/** Whether an auxiliary or modal (not an adverb or a negation) stands between the cue's start `c0` and its verb. */
function hasAuxiliary(toks: Tok[], c0: number, verb: number): boolean {
  for (let k = c0; k < verb; k++) if (cueModifiers.has(toks[k].lower) && !adverb.test(toks[k].lower) && !negations.has(toks[k].lower)) return true;
  return false;
}

/** Verbs of evidence and belief that may follow their content: "..., the records show." */
const evidenceVerbs = new Set(['show', 'find', 'indicate', 'suggest', 'estimate', 'reveal', 'confirm', 'believe', 'think', 'say', 'report', 'predict', 'project', 'feel', 'fear', 'hope', 'know']);

/**
 * "a new group called Harbour Votes Count, led by ...", "a class called “Balance” on his page": a
 * naming verb in the past right after a common noun, followed by a name or a title that ends its
 * phrase, is a reduced relative clause, not a cue ("The mayor called Ruiz a liar" goes on).
 */
function reducedNaming(block: Block, i: number, c0: number, cue: CueWord): boolean {
  const { toks } = block;
  const t = toks[i];
  const prev = toks[i - 1];
  if (!namingVerbs.has(cue.lemma) || c0 !== i || !t.lower.endsWith('ed') || !isWord(prev) || prev.cap || prev.q >= 0 || subjectPronouns.has(prev.lower) || relativePronouns.has(prev.lower)) return false;
  let k = i + 1;
  const q = toks[k]?.q ?? -1;
  if (q >= 0 && block.quotes[q].open === k && block.quotes[q].close >= 0) k = block.quotes[q].close + 1;
  else {
    while (k < toks.length && toks[k].s === t.s && toks[k].cap && isWord(toks[k])) k++;
    if (k === i + 1) return false;
  }
  const after = toks[k];
  return !after || after.s !== t.s || after.text === ',' || terminal.has(after.text) || introPrepositions.has(after.lower) || relativePronouns.has(after.lower) || after.text === ')';
}

/** Verbs that name rather than say: after "a group", they start a reduced relative clause. */
const namingVerbs = new Set(['call', 'dub', 'term', 'label', 'brand', 'title', 'name']);
