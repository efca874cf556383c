/**
 * Word classes and small tests of English grammar shared by the finder's rules: verb forms and
 * finiteness, passives, auxiliaries, articles and possessives, quantities, dashes and separators.
 * What only one rule needs lives with that rule; what two or more need lives here.
 */
import { clauseOpeners, cueModifiers, cueWords, determiners, servingNouns, sourceStoppers, subjectPronouns, titles } from '../lexicon.js';
import { type Block, containedIn, type Found, isPunct, isWord, type Quote, type Range, terminal, type Tok } from './block.js';

/** Punctuation that may sit inside a noun phrase: possessives, hyphens, abbreviations, ampersands. */
export const innerPunct = new Set(["'s", '’s', '-', '&', "'", '’', '/']);
/** Object pronouns and plural nouns that name an addressee: "told him.", "told reporters." */
export const subjectObjects = new Set(['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists', 'supporters', 'voters', 'lawmakers', 'listeners', 'viewers', 'students', 'guests', 'delegates', 'crowds', 'audiences']);
/** More plural nouns that name an addressee after "told" ("told analysts on a call."), but may be a subject too. */
export const addresseePlurals = new Set(['analysts', 'investors', 'shareholders', 'employees']);
/** Particles that belong to the cue after some verbs ("pointed out", "called for"). */
export const particles: Record<string, Set<string>> = {
  refer: new Set(['to']),
  point: new Set(['out', 'to']),
  call: new Set(['for', 'on', 'out']),
  warn: new Set(['of', 'against', 'about']),
  ask: new Set(['about']),
  speak: new Set(['about', 'of']),
  talk: new Set(['about', 'up']),
  complain: new Set(['about']),
  insist: new Set(['on']),
  agree: new Set(['with']),
  rail: new Set(['against', 'at', 'about']),
  respond: new Set(['to', 'with']),
  joke: new Set(['about']),
  apologize: new Set(['for']),
  boast: new Set(['of', 'about']),
  caution: new Set(['against']),
  hint: new Set(['at']),
  comment: new Set(['on']),
  express: new Set(['concern', 'support', 'frustration', 'confidence', 'doubt', 'doubts', 'hope', 'regret', 'surprise', 'outrage', 'dismay', 'interest', 'skepticism', 'scepticism', 'optimism', 'sympathy', 'anger', 'disappointment']),
  push: new Set(['for']),
  back: new Set(['at', 'against', 'on']),
  // "are opposed to the runway": PolNeAR puts "to" in the cue, as with "refer to".
  oppose: new Set(['to']),
};

/** Past tenses of cue verbs and of verbs that join them, in no "-ed". */
export const irregularPasts = new Set(['said', 'told', 'wrote', 'made', 'thought', 'felt', 'knew', 'saw', 'found', 'gave', 'took', 'spoke', 'held', 'led', 'met', 'put', 'went', 'came', 'sent', 'kept', 'left', 'brought', 'heard', 'got', 'began', 'ran', 'won', 'lost', 'paid', 'sought', 'stood', 'became', 'grew', 'rose', 'fell', 'chose', 'drove', 'bought', 'sold', 'built', 'spent', 'meant', 'fought', 'struck', 'threw', 'broke', 'understood']);

/** Particles after a verb: "walked out", "stepped down". */
export const verbParticles = new Set(['out', 'up', 'down', 'off', 'back', 'away']);

/** The form of a verb for coordination: "ing", "past", "s" (third person present), or "" when unknown. */
export function verbForm(t: Tok): string {
  if (t.cap || !isWord(t) || t.q >= 0) return '';
  const w = t.lower;
  if (w.length > 4 && w.endsWith('ing')) return 'ing';
  if ((w.length > 4 && w.endsWith('ed')) || irregularPasts.has(w)) return 'past';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return 's';
  return '';
}

/**
 * Whether token `i` lies inside the content of an attribution found before it: from the counts the
 * finder's loop keeps (`indexWhileFinding`), or by reading every attribution.
 */
export function withinContent(found: Found[], i: number): boolean {
  return containedIn(found, i) ?? found.some((f) => (f.content[0] <= i && i <= f.content[1]) || (!!f.rest && f.rest[0] <= i && i <= f.rest[1]));
}
/** Words whose "'s" is "has" or "is", never a possessive. */
export const contractedSubjects = new Set(['he', 'she', 'it', 'that', 'who', 'there', 'what']);

/** Whether the comma at `k` closes an item of a list ("Latvia, San Marino, and Estonia"): words only back to another comma. */
export function listBefore(block: Block, k: number): boolean {
  const { toks } = block;
  for (let j = k - 1; j >= k - 4 && j >= block.first[toks[k].s]; j--) {
    if (toks[j].text === ',') return j < k - 1;
    if (!isWord(toks[j]) || toks[j].q >= 0 || verbKind(toks, j) !== '') return false;
  }
  return false;
}

/** Whether tokens a..b-1 hold a finite verb outside quotations ("they cannot record"): the content so far is a clause. */
export function hasFiniteVerb(block: Block, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (block.toks[k].q < 0 && (verbKind(block.toks, k) !== '' || /^(?:cannot|.+n['’]t)$/.test(block.toks[k].lower))) return true;
  return false;
}

/**
 * Whether a clause with its own subject opens at token `a` (up to `end`): a subject pronoun, or a
 * determiner or a name with up to five more words ("several of those ships"), then a finite verb,
 * after at most one adverb ("he later said", "the market did"). With `past`, after a reported
 * clause, only a pronoun or a name with a verb in the past ("and he railed against"): reported
 * speech shifts its verbs into the past, and "and a balanced view was important" may still be said.
 */
export function clauseWithSubject(block: Block, a: number, end: number, past: boolean): boolean {
  const { toks } = block;
  const t = toks[a];
  if (!t || a > end || t.q >= 0 || !isWord(t)) return false;
  let v: number;
  if (subjectPronouns.has(t.lower)) v = a + 1;
  else if (past && !t.cap) return false;
  else if ((determiners.has(t.lower) && t.lower !== 'that') || (t.cap && !cueWords.has(t.lower) && !clauseOpeners.has(t.lower))) {
    v = a + 1;
    // "the stated goal": a word in "-ed" right after a determiner is an adjective.
    while (v <= end && v - a <= 5 && toks[v].q < 0 && (isWord(toks[v]) || (innerPunct.has(toks[v].text) && toks[v].start === toks[v - 1].end)) && (verbKind(toks, v) === '' || (v === a + 1 && determiners.has(t.lower)))) v++;
  } else return false;
  if (v <= end && toks[v].q < 0 && (cueAdverb(toks[v]) || toks[v].lower === 'also' || toks[v].lower === 'later' || toks[v].lower === 'then')) v++;
  const kind = v <= end ? verbKind(toks, v) : '';
  return kind === 'past' || (kind === 'present' && !past);
}

/** Auxiliaries in the past. */
export const pastAuxiliaries = new Set(['was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't", 'wasn’t', 'weren’t', 'hadn’t', 'didn’t']);

/** Whether token `v` is a finite verb: "past" (an auxiliary, an irregular past, a word in "-ed"), "present" (an auxiliary or a modal), or "". */
export function verbKind(toks: Tok[], v: number): '' | 'past' | 'present' {
  const w = toks[v];
  if (!w || w.q >= 0 || w.cap || !isWord(w)) return '';
  if (pastAuxiliaries.has(w.lower) || irregularPasts.has(w.lower) || (/ed$/.test(w.lower) && w.lower.length > 4 && !sourcePrepositions.has(toks[v - 1]?.lower ?? ''))) return 'past';
  if (clauseVerbs.has(w.lower) || finiteVerbs.has(w.lower) || w.lower === 'is' || w.lower === 'are') return 'present';
  return '';
}

/** Whether a verb of saying stands among tokens a..b before any punctuation. */
export function speechWithin(block: Block, a: number, b: number): boolean {
  return speechVerbWithin(block, a, b) > a;
}

/** The first verb of saying (not a noun-like form) among tokens a..b before any punctuation, or -1. */
export function speechVerbWithin(block: Block, a: number, b: number): number {
  const { toks } = block;
  for (let k = a; k <= b; k++) {
    const t = toks[k];
    if (t.q >= 0 || isPunct(t)) return -1;
    const cue = cueWords.get(t.lower);
    if (cue && cue.cls === 'speech' && !cue.nounLike && !cue.participle && !t.cap) return k;
  }
  return -1;
}

/** Short words a headline in title case leaves in lower case ("Reed Slams Lind for Mocking His Boat"). */
export const titleCaseMinorWords = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'for', 'to', 'of', 'in', 'on', 'at', 'by', 'as', 'with', 'from', 'into', 'over']);

/**
 * A sentence whose words are capitalised all but one, as a headline's are (of its first twelve
 * words, at least three, leaving out the short words headlines keep in lower case).
 */
export function titleCased(block: Block, s: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = block.first[s]; k <= block.last[s] && words < 12; k++) {
    const u = block.toks[k];
    if (u.q >= 0 || u.kind !== 'word' || (!u.cap && titleCaseMinorWords.has(u.lower))) continue;
    words++;
    if (u.cap) caps++;
  }
  return words >= 3 && caps >= words - 1;
}

/**
 * 'Berg, who calls the plan a “farce,” said it would fail': a quotation that ends a relative clause
 * set off after the subject (its comma inside the closing mark) is part of that aside, not words the
 * verb after it reports.
 */
export function quoteInRelativeAside(block: Block, quote: Quote): boolean {
  const { toks } = block;
  if (quote.close < 0 || toks[quote.close - 1]?.text !== ',') return false;
  for (let k = quote.open - 1; k > 0 && toks[k].s === toks[quote.open].s; k--) {
    if (toks[k].q >= 0 || terminal.has(toks[k].text)) return false;
    if (relativeOpeners.has(toks[k].lower)) return toks[k - 1].text === ',' && toks[k - 1].q < 0;
    if (toks[k].text === ',') return false;
  }
  return false;
}

/** Whether "think" at `k` is part of the noun "think tank", no verb. */
export function thinkTank(toks: Tok[], k: number): boolean {
  return toks[k].lower === 'think' && /^tanks?$/.test(toks[k + 1]?.lower ?? '') && toks[k + 1].s === toks[k].s && !subjectPronouns.has(toks[k - 1]?.lower ?? '');
}

/**
 * Whether a bare verb starts at token `k` (after "to"), perhaps inside a quotation: a lower-case
 * word that is no determiner, pronoun or number, and no plural ("to reporters", "to voters").
 */
export function infinitiveAt(block: Block, k: number): boolean {
  const { toks } = block;
  let t = toks[k];
  if (t && t.q >= 0 && isPunct(t)) t = toks[k + 1];
  if (!t || !isWord(t) || t.cap || t.s !== toks[k - 1].s || /^\d/.test(t.text)) return false;
  const w = t.lower;
  if (determiners.has(w) || subjectPronouns.has(w) || subjectObjects.has(w) || contentDeterminers.has(w) || sourceStoppers.has(w)) return false;
  return !/[^s]s$/.test(w);
}

/** Conjunctions that open a subordinate clause before the main clause ("as" reports the other way: "As she said, ..."). */
export const subordinators = new Set(['after', 'although', 'though', 'when', 'whenever', 'while', 'whilst', 'if', 'despite', 'since', 'because', 'before', 'once', 'unless', 'until', 'whereas']);

/** Whether token `k` is a capitalised participle before a lower-case word, opening a phrase: "Speaking to the BBC", "Writing in the Times". */
export function openingParticiplePhrase(toks: Tok[], k: number): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  if (!t.cap || t.lower.length <= 5 || !t.lower.endsWith('ing') || !next || next.cap) return false;
  return !surnameInIng(toks, k);
}

/** Participles that open a passive or a perfect ("Being asked about ...", "Having finished ..."). */
const auxiliaryParticiples = new Set(['being', 'having', 'getting', 'becoming']);

/**
 * Whether a capitalised word in "-ing" at `k` is a surname ("Manning praised ...", "Fleming, the coach,
 * said"): a verb in the past follows it, or, before a comma, the text names it after a given name
 * elsewhere ("Alan Fleming").
 */
export function surnameInIng(toks: Tok[], k: number): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  if (!next) return false;
  if (isWord(next) && next.q < 0 && next.s === t.s) {
    return !auxiliaryParticiples.has(t.lower) && (/^[a-z]{3,}ed$/.test(next.text) || pastSpeechForms.has(next.lower));
  }
  if (next.text !== ',') return false;
  for (let j = 1; j < toks.length; j++) {
    if (j !== k && toks[j].lower === t.lower && toks[j].cap && toks[j - 1].cap && isWord(toks[j - 1]) && toks[j - 1].s === toks[j].s) return true;
  }
  return false;
}

/** Past forms of verbs of saying that are not in "-ed". */
const pastSpeechForms = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'knew', 'felt', 'saw', 'heard', 'swore']);

/** Whether `t` opens an adverbial or a clause rather than a subject: "for", "once", "when", an adverb in "-ly". */
export function adverbialOpener(t: Tok): boolean {
  if (t.cap && !sourceStoppers.has(t.lower)) return false;
  return sourceStoppers.has(t.lower) || t.lower === 'for' || t.lower === 'once' || (clauseOpeners.has(t.lower) && t.lower !== 'who' && t.lower !== 'which') || (adverb.test(t.lower) && t.lower !== 'ally');
}

/** Whether the range holds a capitalised word or a subject pronoun, so that it names someone. */
export function hasName(block: Block, r: Range): boolean {
  for (let k = r[0]; k <= r[1]; k++) {
    const t = block.toks[k];
    if ((t.cap && isWord(t)) || subjectPronouns.has(t.lower)) return true;
  }
  return false;
}

export const articlesAndPossessives = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);

/** Whether token `k` is an -ing word after an article or a possessive, a noun: "the planning", "its bidding". */
export function gerundAt(block: Block, k: number): boolean {
  const t = block.toks[k];
  const before = block.toks[k - 1];
  return !!t && !!before && !t.cap && t.q < 0 && t.lower.length > 4 && t.lower.endsWith('ing') && isWord(t) && before.s === t.s && articlesAndPossessives.has(before.lower);
}

/**
 * Whether the word at `k`, inside a noun phrase, follows a name's or a noun's possessive: "Chile's
 * mining minister", "the party's governing council", where an -ing word can only describe the noun
 * after it ("he's", "that's" are a pronoun and a verb).
 */
export function afterPossessive(block: Block, k: number): boolean {
  const before = block.toks[k - 1];
  if (!before || before.s !== block.toks[k].s || before.q >= 0 || !isWord(before)) return false;
  const m = /^(.+)['’]s$/.exec(before.lower);
  return !!m && !contractedSubjects.has(m[1]);
}

/** -ing words that work as prepositions or auxiliaries, never as adjectives before a noun. */
export const prepositionalIngs = new Set(['following', 'including', 'regarding', 'concerning', 'excluding', 'considering', 'pending', 'barring', 'according', 'being', 'having', 'during']);

/** Whether token `k` opens its sentence or follows a comma, a dash or "and"/"but". */
export function opensClause(block: Block, k: number): boolean {
  const before = block.toks[k - 1];
  return k === block.first[block.toks[k].s] || !before || before.s !== block.toks[k].s || before.text === ',' || isDash(before) || before.lower === 'and' || before.lower === 'but';
}

/** Auxiliaries and negations that `verbless` finds no noun phrase holds. */
export const verbWords = new Set(['has', 'have', 'had', 'be', 'been', 'being', 'not', 'never', 'do', 'does', 'did']);

/** Whether the word holds a contracted verb: "It's", "they're", "we've", "don't". */
export function contractedVerb(t: Tok): boolean {
  const m = /^(.+)['’]s$/.exec(t.lower);
  return (!!m && contractedSubjects.has(m[1])) || /['’](?:re|ve|ll|d|m)$|n['’]t$/.test(t.lower);
}

/** Conjunctions after which a clause's subject starts ("but unions and some lawmakers say"). */
export const conjunctionsBeforeSubject = new Set(['but', 'yet', 'so', 'though', 'although', 'because', 'while', 'whereas', 'when', 'if']);

/** Past participles in "-en" and "-wn", verbs before their object: "has overtaken the phone call". */
export const enParticiples = new Set(['taken', 'overtaken', 'given', 'forgiven', 'beaten', 'broken', 'chosen', 'driven', 'eaten', 'fallen', 'forgotten', 'frozen', 'hidden', 'ridden', 'risen', 'stolen', 'torn', 'woken', 'worn', 'grown', 'thrown', 'drawn', 'blown', 'flown', 'undertaken', 'mistaken', 'proven', 'shaken', 'bitten']);

/** Prepositions of place that the other lists leave out: "a chip inside the cartridge", "the company behind the trial". */
export const placePrepositions = new Set(['inside', 'outside', 'behind', 'beside', 'besides', 'near', 'across', 'around', 'beyond', 'along', 'alongside', 'within', 'throughout', 'underneath', 'beneath', 'above', 'below', 'upon', 'onto', 'per', 'via', 'toward', 'towards', 'past', 'opposite', 'among', 'amongst', 'between', 'off', 'ahead']);

/** Adjectives that stand before a name in a noun phrase: "a new CNN poll", "a leading Labour figure". */
export const nameAdjectives = new Set(['new', 'latest', 'recent', 'separate', 'similar', 'rival', 'young', 'veteran', 'longtime', 'leading', 'prominent', 'major', 'local', 'national', 'federal', 'joint', 'fellow', 'retired', 'disgruntled', 'frustrated']);

/**
 * Whether the preposition at `k` stays inside a noun phrase: after an adjective that takes it ("familiar
 * with", "close to"), or in "people with knowledge of the talks" and "a source with direct knowledge".
 */
export function bridgedPreposition(block: Block, k: number): boolean {
  const { toks } = block;
  if (bridgeWords.has(toks[k - 1]?.lower ?? '')) return true;
  // "aides to the mayor", "a longtime adviser to Ruiz": whom a person serves is part of the phrase.
  if (toks[k].lower === 'to' && servingNouns.has(toks[k - 1]?.lower ?? '')) return true;
  return toks[k].lower === 'with' && (toks[k + 1]?.lower === 'knowledge' || toks[k + 2]?.lower === 'knowledge');
}

/** Sentence adverbs that open a clause elsewhere but may stand between a subject and its verb. */
export const interjectedAdverbs = new Set(['however', 'meanwhile', 'instead', 'indeed', 'thus', 'therefore', 'nonetheless', 'nevertheless', 'though']);

/** Quantifiers that float after a plural subject, before its verb: "Ana Berg and Tom Reed all said". */
const floatingQuantifiers = new Set(['all', 'both', 'each']);
/** Plural pronouns a quantifier floats after: "They all said". */
const pluralPronouns = new Set(['they', 'we', 'you']);

/**
 * Whether the word before the cue at i is a quantifier floated after the end of a plural subject:
 * a name ("Ana Berg and Tom Reed all said") or a plural pronoun ("They all said"); not a determiner
 * before an adjective ("to fund all pledged pensions", "require all quoted companies"). Not after
 * brackets: the walk back from "(PUA)" reads the last of a list only.
 */
export function floatedQuantifier(block: Block, i: number): boolean {
  const { toks } = block;
  const quantifier = toks[i - 1];
  const end = toks[i - 2];
  const s = toks[i].s;
  if (!quantifier || !end || quantifier.s !== s || end.s !== s || quantifier.q >= 0 || end.q >= 0 || !floatingQuantifiers.has(quantifier.lower)) return false;
  // "as we all know": a comment clause, whose verb reports nothing after it.
  if (toks[i - 3]?.lower === 'as' && toks[i - 3].s === s) return false;
  return pluralPronouns.has(end.lower) || (isWord(end) && end.cap && i - 2 !== block.first[s]) || commonNounSubjectEnd(block, i - 2);
}

/**
 * Whether the lower-case word at `end` closes a plural subject of common nouns: one joined by "and"
 * ("The mayor and the governor both said") or a determiner and a plural noun ("The ministers all
 * said"); not a verb before a quantifier ("to fund all pledged pensions").
 */
function commonNounSubjectEnd(block: Block, end: number): boolean {
  const { toks } = block;
  const t = toks[end];
  if (!isWord(t) || t.cap || /(?:ed|ing)$/.test(t.lower)) return false;
  const s = t.s;
  const before = (k: number) => (toks[k] && toks[k].s === s && toks[k].q < 0 ? toks[k] : null);
  if (determiners.has(before(end - 1)?.lower ?? '') && before(end - 2)?.lower === 'and') return true;
  return /[^s]s$/.test(t.lower) && before(end - 1)?.lower === 'the' && (end - 1 === block.first[s] || !isWord(before(end - 2) ?? undefined));
}

/** Prepositions that open no source. */
export const sourcePrepositions = new Set(['in', 'on', 'at', 'with', 'for', 'from', 'throughout', 'during', 'after', 'before', 'since', 'absent', 'amid', 'despite', 'under', 'over', 'by', 'of', 'to', 'into', 'through', 'like', 'unlike', 'without', 'about', 'outside', 'inside', 'near', 'beside', 'alongside']);

/** Titles of address that open a name after a place ("in Latvia Mr Kalns"). */
export const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady']);

/** Past tenses that end in no "-ed", and modals: the verbs of a clause walked back over. */
export const finiteVerbs = new Set(['went', 'sent', 'put', 'gave', 'took', 'made', 'wrote', 'spent', 'got', 'came', 'began', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

export const isDash = (t: Tok | undefined) => !!t && t.q < 0 && (t.text === '—' || t.text === '–' || t.text === '--');
/** A dash, or a hyphen with a space on each side, as much copy writes one ("Nordvik Shipping - itself a party - said"). */
export const isAsideDash = (block: Block, t: Tok | undefined) => isDash(t) || (!!t && t.q < 0 && t.text === '-' && /\s/.test(block.text[t.start - 1] ?? '') && /\s/.test(block.text[t.end] ?? ''));

/** Words in -ly that are no adverbs, or that modify no verb: "a rally", "the family", "likely voters". */
export const lyNotAdverbs = new Set(['ally', 'rally', 'family', 'assembly', 'reply', 'supply', 'early', 'likely', 'unlikely', 'daily', 'weekly', 'monthly', 'yearly', 'friendly', 'elderly', 'holy', 'silly', 'lonely', 'lovely', 'costly', 'deadly', 'only']);

/**
 * An adverb in -ly right before a verb of saying belongs to the cue, as annotators mark it ("has
 * dutifully recounted", "flatly denied"): in PolNeAR train it is inside the cue 483 times, outside 20.
 */
export function cueAdverb(t: Tok): boolean {
  return t.lower.length > 4 && t.lower.endsWith('ly') && !lyNotAdverbs.has(t.lower) && t.kind === 'word';
}

/** Whether a token is an adverb of manner in "-ly" outside quotation marks, no name ("Kelly") and no approximation ("nearly"). */
export function mannerAdverb(t: Tok | undefined): boolean {
  return !!t && t.q < 0 && !t.cap && cueAdverb(t) && !approximators.has(t.lower);
}

/**
 * Whether the word at `k` is a manner adverb closing an inverted cue's clause ('"Fine," said Reed
 * quietly.', 'said Tom Reed quietly, "we will see."'): it tells how the words were said, no part of
 * who said them.
 */
export function closingAdverb(block: Block, k: number): boolean {
  const { toks } = block;
  const t = toks[k];
  if (!mannerAdverb(t)) return false;
  const next = toks[k + 1];
  return !next || next.s !== t.s || next.q >= 0 || terminal.has(next.text) || next.text === ',';
}

/** Words that approximate a quantity before it: "nearly half", "about 4 in 10", "only 49 percent". */
export const approximators = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'only', 'just', 'some', 'approximately', 'barely', 'fully']);
export const comparatives = new Set(['more', 'fewer', 'less']);
const quantityWords = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half|dozens|hundreds|thousands|millions)(?:-(?:half|third|thirds|quarter|quarters|fifth|fifths))?$/;

/** A number or a quantity word ("4", "half", "two-thirds", "a" in "a third"). */
export function isQuantity(t: Tok | undefined): boolean {
  return !!t && t.q < 0 && (/^\d/.test(t.text) || quantityWords.test(t.lower));
}

/** Whether a quantity or a sum of money starts at token `k`: "4", "half", "£138m", "$5". */
export function quantityAt(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return isQuantity(t) || (!!t && t.q < 0 && currencySymbols.has(t.text) && /^\d/.test(toks[k + 1]?.text ?? ''));
}

/** Adjectives of tenure joined before a plural: "current and former officials". */
export const tenures = new Set(['current', 'former', 'past', 'present', 'retired', 'serving', 'active']);

/** Words that end a subject walked back from its verb. */
export const phraseBreakers = new Set(['to', 'with', 'about', 'amid', 'than', 'has', 'have', 'had', 'let', 'after', 'before', 'during', 'against', 'into', 'onto', 'via', 'without']);

/** Adjectives that take a preposition inside a source: "familiar with", "close to", "opposed to". */
const bridgeWords = new Set(['familiar', 'close', 'closest', 'near', 'next', 'loyal', 'opposed', 'friendly', 'sympathetic', 'similar', 'committed', 'connected', 'linked', 'tied', 'allied', 'devoted', 'new', 'used', 'related', 'briefed', 'speaking']);

/**
 * Whether a word after a source's comma is a verb in the past that goes on with the sentence
 * ("Mendes, the No 4 striker according to one data firm, scored twice"), not an appositive;
 * "retired" or "former" describe a person.
 */
export function pastVerb(t: Tok): boolean {
  return !t.cap && t.lower.length > 4 && t.lower.endsWith('ed') && !tenures.has(t.lower) && !titles.has(t.lower);
}

/**
 * Whether a figure compared with another opens at `k` (", up from 42.1% a year earlier", ", down 3%",
 * ", compared with 40%"): it qualifies the reported figure, not the source.
 */
export function figureComparison(block: Block, k: number): boolean {
  const { toks } = block;
  if (!toks[k]) return false;
  if (sizeComparison(block, k)) return true;
  if (toks[k].lower === 'a' || toks[k].lower === 'an') return changeAppositive(block, k);
  if (!comparisonOpeners.has(toks[k].lower)) return false;
  for (let j = k + 1; j < k + 5 && toks[j] && toks[j].s === toks[k].s && toks[j].text !== ','; j++) if (/^[£$€]?\d/.test(toks[j].text)) return true;
  return false;
}

/**
 * Whether a comparison of a size opens at `k` (", an area roughly twice the size of Manhattan", ",
 * about the size of Wales", ", equivalent to 40 football pitches"): it measures the reported
 * figure, not the source. Within eight words, before any punctuation.
 */
function sizeComparison(block: Block, k: number): boolean {
  const { toks } = block;
  const s = toks[k].s;
  if (toks[k].lower === 'equivalent' || toks[k].lower === 'equal') return toks[k + 1]?.lower === 'to';
  for (let j = k; j < k + 8 && toks[j] && toks[j].s === s && toks[j].q < 0 && !(isPunct(toks[j]) && !innerPunct.has(toks[j].text)); j++) {
    if (toks[j].lower === 'size' && toks[j - 1]?.lower === 'the' && toks[j + 1]?.lower === 'of') return true;
  }
  return false;
}

/** Words that open a comparison of a figure after a comma. */
const comparisonOpeners = new Set(['up', 'down', 'compared', 'against', 'versus', 'unchanged']);

/** Nouns of a change in a figure: "a 38% rise", "a fall of nearly a third". */
const changeNouns = new Set(['rise', 'fall', 'increase', 'decrease', 'drop', 'jump', 'gain', 'decline', 'cut', 'surge', 'slump', 'rebound', 'climb', 'leap', 'dip', 'reduction', 'hike', 'plunge', 'slide', 'contraction', 'doubling', 'tripling']);
/** Words after a noun of change that end its phrase or compare it: "a rise of 5%", "a fall on last year". */
const changeTails = new Set(['of', 'on', 'in', 'from', 'since', 'compared', 'against', 'over', 'than', 'to', 'and', 'for', 'year-on-year']);

/**
 * Whether "a"/"an" at `k` opens a change in a figure (", a 38% rise on two years earlier", ", a fall
 * of nearly a third"): it comments on the reported figure and describes no speaker. The noun of
 * change comes within four words and ends its phrase, so "a rise star" or "a record-breaking
 * swimmer" describe a person.
 */
function changeAppositive(block: Block, k: number): boolean {
  const { toks } = block;
  const s = toks[k].s;
  for (let j = k + 1; j <= k + 4 && toks[j] && toks[j].s === s && toks[j].q < 0; j++) {
    const t = toks[j];
    if (changeNouns.has(t.lower)) {
      const n = toks[j + 1];
      return !n || n.s !== s || n.q >= 0 || changeTails.has(n.lower) || (isPunct(n) && !innerPunct.has(n.text));
    }
    if ((t.cap && !/^\d/.test(t.text)) || (isPunct(t) && t.text !== '%' && !(innerPunct.has(t.text) && t.start === toks[j - 1].end))) return false;
  }
  return false;
}

/**
 * Whether an -ing word with its object opens a participle clause at `k` (", making it the largest",
 * ", leaving the total at"), which says what happened, while "acting director" or "managing editor"
 * is a role.
 */
export function participleClause(block: Block, k: number): boolean {
  const { toks } = block;
  const t = toks[k];
  const next = toks[k + 1];
  if (!t || t.cap || t.lower.length < 6 || !t.lower.endsWith('ing') || !next || next.s !== t.s) return false;
  // "raising fears of", "prompting calls for": a plural object in lower case too, where a role
  // ("acting director", "managing editor") has a title after the word.
  const pluralObject = isWord(next) && !next.cap && /[^su']s$/.test(next.lower) && !titles.has(next.lower) && !roleHeads.has(next.lower);
  // "edging past the 1.5C threshold", "rising to 3.2%": a preposition with its object ("according
  // to the journal" attributes instead).
  const after = toks[k + 2];
  const prepositional = t.lower !== 'according' && (introPrepositions.has(next.lower) || placePrepositions.has(next.lower) || next.lower === 'to') && !!after && after.s === t.s && (articles.has(after.lower) || contentDeterminers.has(after.lower) || isQuantity(after) || /^[$€£¥₹]?\d/.test(after.text));
  return articles.has(next.lower) || contentDeterminers.has(next.lower) || subjectPronouns.has(next.lower) || subjectObjects.has(next.lower) || pluralObject || prepositional;
}

/** Heads of roles written after an employer's name that are not titles before a name. */
export const roleHeads = new Set(['executive', 'secretary', 'economist', 'analyst', 'strategist', 'editor', 'correspondent', 'spokesman', 'spokeswoman', 'spokesperson', 'manager', 'president', 'chairman', 'chairwoman', 'founder', 'partner', 'director', 'head', 'boss', 'adviser', 'advisor']);

/** Relative pronouns of a clause about a person. */
export const personRelatives = new Set(['who', 'whom', 'whose']);

/**
 * "The plan was backed by some shipping firms, saying ...": the agent of a passive that ends at the
 * comma `comma`, who does what the participle after the comma says, whether or not the passive was
 * read as a cue. Null when the clause before the comma is no passive with "by".
 */
export function passiveAgentBefore(block: Block, comma: number): Range | null {
  const { toks } = block;
  const s = toks[comma].s;
  for (let k = comma - 1; k > block.first[s] + 1 && comma - k <= 8; k--) {
    const t = toks[k];
    if (t.q >= 0 || isPunct(t)) return null;
    if (t.lower !== 'by') continue;
    const participle = toks[k - 1];
    const auxiliary = toks[k - 2];
    if (verbForm(participle) !== 'past' || !(beForms.has(auxiliary.lower) || beForms.has(toks[k - 3]?.lower ?? ''))) return null;
    return k + 1 < comma ? [k + 1, comma - 1] : null;
  }
  return null;
}

/** Whether the source of `f` is the agent after "by" of a passive cue ("was questioned by MPs"). */
export function agentAfterPassive(block: Block, f: Found): boolean {
  const { toks } = block;
  if (!f.source || f.source[0] <= f.cue[1] || toks[f.source[0] - 1]?.lower !== 'by') return false;
  for (let k = f.cue[0]; k <= f.cue[1]; k++) if (beForms.has(toks[k].lower)) return true;
  return false;
}

/**
 * Whether the content after the cue of `g` opens with the source of `f` and holds its cue: `f`
 * reports from inside what `g` reports ("told analysts the company expected", "retorted that the
 * deployment showed").
 */
export function opensContentOf(block: Block, g: Found, f: Found): boolean {
  const [a, b] = g.content;
  return g.cue[1] < f.cue[0] && b >= f.cue[1] && !!f.source && (a === f.source[0] || (block.toks[a].lower === 'that' && a + 1 === f.source[0]));
}

/** Articles and possessives that open a verb's object after a subject ("met the crowd", "lost his seat"). */
export const objectOpeners = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those']);

/** Prepositions that open an introductory phrase before a sentence's subject: "On Sunday, the pastor ...". */
export const introPrepositions = new Set(['on', 'in', 'for', 'after', 'at', 'during', 'before', 'since', 'with', 'without', 'despite', 'amid', 'by', 'from', 'under', 'over', 'like', 'unlike', 'as']);

/** Time adverbs that open a sentence before a phrase and a comma: "Later on Sunday,", "Earlier in the day,". */
export const introAdverbs = new Set(['later', 'earlier', 'afterwards', 'afterward', 'meanwhile', 'separately', 'elsewhere']);

/** Determiners that open the subject of reported content after an addressee: "told reporters the ...". */
export const contentDeterminers = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'some', 'many', 'most']);

/** Nouns of written things whose words "read" gives: "The letter reads: ...", "“...,” the statement read." */
export const writtenNouns = new Set([
  'letter', 'letters', 'statement', 'message', 'email', 'e-mail', 'note', 'sign', 'signs', 'headline', 'banner', 'banners',
  'post', 'tweet', 'text', 'inscription', 'caption', 'memo', 'notice', 'placard', 'placards', 'poster', 'posters', 'plaque',
  'card', 'label', 'release', 'report', 'passage', 'order', 'motion', 'suit', 'complaint', 'ruling', 'petition', 'document',
  'filing', 'entry', 'ad', 'advert', 'advertisement', 'leaflet', 'flyer', 'invitation', 'billboard', 'judgment', 'judgement',
  'excerpt', 'transcript', 'draft', 'communique', 'communiqué', 'summary', 'page', 'script', 'verdict', 'warrant', 'citation',
  'editorial', 'article', 'column',
]);

/** The first of the auxiliaries and adverbs right before the cue word at `i` ("has also", "later"), or `i`. */
export function modifiersBefore(block: Block, i: number): number {
  const { toks } = block;
  const first = block.first[toks[i].s];
  let c0 = i;
  while (c0 - 1 >= first && toks[c0 - 1].q < 0 && (cueModifiers.has(toks[c0 - 1].lower) || cueAdverb(toks[c0 - 1]))) c0--;
  return c0;
}

/** Words that open a relative clause about the source: "who spoke on condition of anonymity". */
export const relativeOpeners = new Set([...personRelatives, 'which']);

/** Prepositions after a noun ("part of", "a rise in"), not conjunctions ("after he said"). */
export const nounPrepositions = new Set(['of', 'in', 'for', 'on', 'to', 'from', 'with', 'into', 'about']);

/** Words that open a time or a place after a participle: "announced in 2023", "proposed last week". */
export const relativeAdjuncts = new Set(['in', 'on', 'at', 'last', 'this', 'earlier', 'during', 'since', 'before', 'after', 'under']);

/** Whether the words after "by" at `k` name a means ("by saying", "by first pointing"), not an agent. */
export function byMeans(block: Block, k: number): boolean {
  const { toks } = block;
  const t = cueAdverb(toks[k] ?? toks[0]) || toks[k]?.lower === 'first' ? toks[k + 1] : toks[k];
  return !!t && !t.cap && t.lower.length > 4 && t.lower.endsWith('ing');
}

/** A lower-case word that may name an addressee: no pronoun, determiner, preposition, verb or number. */
export function plainWord(t: Tok | undefined): boolean {
  if (!t || !isWord(t) || t.cap || t.q >= 0 || /\d/.test(t.text)) return false;
  const w = t.lower;
  const cue = cueWords.get(w);
  return !(cue && !cue.nounLike) && !subjectPronouns.has(w) && !contentDeterminers.has(w) && !determiners.has(w) && !sourceStoppers.has(w) && !clauseOpeners.has(w) && !notHeads.has(w) && !phraseBreakers.has(w) && !cueModifiers.has(w) && !adverb.test(w);
}

export const currencySymbols = new Set(['$', '€', '£', '¥', '₹', 'US$']);

export const magnitudes = new Set(['million', 'billion', 'trillion', 'm', 'bn', 'mn', 'k', 'thousand']);

/** Conjunctions of time before a participle inside a sentence: "said, before adding that ...". */
export const participleConjunctions = new Set(['before', 'after', 'while', 'when', 'since', 'upon']);

/** Short words a title leaves in lower case: "Face the Nation", "Meet the Press". */
export const titleSmallWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from']);

/** Indices where another attribution's cue group or source may start, to end content there. */
export function cueStarts(block: Block, from: number, last: number): Set<number> {
  const out = new Set<number>();
  const { toks } = block;
  for (let k = from; k <= last; k++) {
    const t = toks[k];
    if (t.q >= 0) continue;
    if (t.lower === 'according' && toks[k + 1]?.lower === 'to') out.add(k);
    const cue = cueWords.get(t.lower);
    if (cue?.participle && cue.cls === 'speech') out.add(k);
  }
  return out;
}

/** Object pronouns that may be all a verb of stance takes ("endorsed her"). */
export const objectPronouns = new Set(['him', 'her', 'them', 'us', 'me']);

export const auxiliaries = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't", 'don’t', 'doesn’t', 'didn’t']);

/** The number of words (not punctuation) among tokens a..b. */
export function countWords(toks: Tok[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (isWord(toks[k])) n++;
  return n;
}

/** True when no line break lies between tokens `a` and `b`. */
export function sameLine(block: Block, a: number, b: number): boolean {
  const from = block.toks[Math.min(a, b)].end;
  const to = block.toks[Math.max(a, b)].start;
  return from >= to || block.text.indexOf('\n', from) < 0 || block.text.indexOf('\n', from) >= to;
}

/** Words that cannot end a source noun phrase: "758 pledged delegates", "the continued", "of". */
export const notHeads = new Set(['never', 'having', 'now', 'then', 'even', 'still', 'always', 'here', 'there', 'ever', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'to', 'from', 'who', 'whom', 'not', 'also', 'be', 'been', 'being', 'do', 'does', 'did', 'very', 'so', 'too', 'more', 'most', 'less', 'than', 'about', 'into', 'over', 'under', 'like', 'just', 'only', 'even', 'without', 'within', 'across', 'through', 'during', 'after', 'before', 'against', 'among', 'between', 'despite', 'toward', 'towards']);
export const adverb = /ly$/;

export const relativePronouns = new Set(['which', 'that', 'who']);
export const articles = new Set(['a', 'an', 'the']);

/** Whether `t` is a past participle: "ordered", "told", "given". */
export const participleForm = (t: Tok) => /ed$/.test(t.lower) || irregularParticiples.has(t.lower) || enParticiples.has(t.lower);

/** Verbs that take an -ing form for going on, starting or stopping: "kept writing", "stopped talking". */
export const gerundTakers = new Set(['kept', 'keep', 'keeps', 'keeping', 'continued', 'continue', 'continues', 'started', 'start', 'starts', 'began', 'begin', 'begins', 'stopped', 'stop', 'stops', 'quit', 'resumed', 'finished']);

/** "his support", "their hope": a possessor's stance, which PolNeAR reads as a cue with that source. */
export const possessives = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Auxiliaries and modals: a clause's verb, which a noun phrase that is only an object lacks. */
export const clauseVerbs = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', "isn't", "wasn't", "won't", "wouldn't", 'isn’t', 'wasn’t', 'won’t', 'wouldn’t']);
export const pronounQuantifiers = new Set(['some', 'many', 'most', 'both', 'several', 'few', 'all', 'others', 'another']);

/** Numbers written as words, which end a poll's source like digits: "one in three said". */
export const numberWords = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** "31-year-old": an age written as an adjective. */
const ageAdjective = /^\d{1,3}-year-old$/;

/** Modals that are also names: "Theresa May", "Tom Will". */
const modalNames = new Set(['may', 'will', 'can', 'must']);

/**
 * Whether the capitalised modal at `k` is a name ("Theresa May said", "“...,” Will wrote"): no
 * modal stands before a verb in the past, and a cue word in the past follows it; nor does a modal
 * stand in capitals after a capitalised word and before a comma.
 */
export function modalName(toks: Tok[], k: number): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  if (!t.cap || t.q >= 0 || !modalNames.has(t.lower) || !next || next.s !== t.s || next.q >= 0) return false;
  if (!next.cap && cueWords.has(next.lower) && verbForm(next) === 'past') return true;
  // "Theresa May, the prime minister, said", "Yin May, a doctor": after a given name, before an appositive's comma.
  const given = toks[k - 1];
  return next.text === ',' && !!given && given.s === t.s && given.q < 0 && given.cap && isWord(given) && !titleSmallWords.has(given.lower) && !determiners.has(given.lower);
}

/**
 * Whether the capitalised modal at `k`, before a capitalised word, is a given name ("said Will Lind",
 * "according to May Larsen", "Will Lind said"): a question opens its sentence with the modal, so a
 * modal inside the sentence after a word in lower case or a comma is a name, and so is one whose name
 * a cue word in the past or the present follows ("Will Lind stay?" asks).
 */
export function givenModalName(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t.cap || t.q >= 0 || !modalNames.has(t.lower)) return false;
  const next = toks[k + 1];
  if (!next || next.s !== t.s || next.q >= 0 || !next.cap || !isWord(next) || titleSmallWords.has(next.lower) || determiners.has(next.lower) || subjectPronouns.has(next.lower)) return false;
  const before = toks[k - 1];
  // A word in capitals before it may be a headline's ("Voters Will Decide").
  if (before && before.s === t.s && before.q < 0 && ((isWord(before) && !before.cap) || before.text === ',')) return true;
  let v = k + 1;
  while (v + 1 < toks.length && toks[v + 1].s === t.s && toks[v + 1].cap && isWord(toks[v + 1]) && toks[v + 1].q < 0 && v - k < 3) v++;
  const verb = toks[v + 1];
  return !!verb && verb.s === t.s && cueWords.has(verb.lower) && (verbForm(verb) === 'past' || verbForm(verb) === 's');
}

/** Whether `t` (after `before`) can be the head of a source: not a number, a determiner, a clause opener or an adverb, save the exceptions below. */
export function headOk(t: Tok, before?: Tok): boolean {
  // "4 in 10 said" and "two of three said" are poll sources; other numbers end no source.
  // "The 31-year-old said": an age after an article stands for the person.
  if (ageAdjective.test(t.lower)) return articles.has(before?.lower ?? '');
  if (t.kind === 'number' || /^\d/.test(t.text) || numberWords.has(t.lower)) return before?.lower === 'in' || before?.lower === 'of';
  // "Some say", "Both think": a quantifier alone after a clause boundary is the whole source.
  if (pronounQuantifiers.has(t.lower) && (!before || before.s !== t.s || isPunct(before) || clauseOpeners.has(before.lower))) return true;
  if (notHeads.has(t.lower) || clauseOpeners.has(t.lower) || (determiners.has(t.lower) && !subjectPronouns.has(t.lower))) return false;
  return !(adverb.test(t.lower) && !t.cap && t.lower !== 'ally' && t.lower !== 'family');
}

export const beForms = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", 'am', "isn't", "wasn't", "aren't", "weren't", 'isn’t', 'wasn’t', 'aren’t', 'weren’t']);
/** Past participles in no "-ed": "were forecast to pick up" is a passive like "were expected". */
export const irregularParticiples = new Set(['said', 'told', 'known', 'seen', 'shown', 'found', 'thought', 'written', 'heard', 'felt', 'understood', 'read', 'learned', 'learnt', 'forecast', 'broadcast', 'spoken', 'sworn', 'foreseen', 'sought', 'spun', 'put']);

/** Whether the participle at `verb` is passive: a form of "be" stands between the cue's start `c0` and it. */
export function isPassive(toks: Tok[], c0: number, verb: number): boolean {
  const v = toks[verb].lower;
  // "are worried that", "is opposed to": after "be" these name the subject's stance, and the subject
  // holds it ("were resisted in the past by green parties" is a passive).
  if (!(v.endsWith('ed') || irregularParticiples.has(v)) || v === 'worried' || (v === 'opposed' && toks[verb + 1]?.lower === 'to')) return false;
  for (let k = c0; k < verb; k++) if (beForms.has(toks[k].lower)) return true;
  return false;
}

/** Leading adverbs and auxiliaries are not part of a source: "naturally he", "will the voters". */
export const leadingNoise = new Set(['now', 'then', 'naturally', 'also', 'even', 'still', 'so', 'thus', 'meanwhile', 'instead', 'indeed', 'perhaps', 'maybe', 'clearly', 'obviously', 'finally', 'later', 'earlier', 'first', 'and', 'but', 'yes', 'no', 'well', 'today', 'yesterday', 'here', 'there']);

export const isSeparator = (t: Tok | undefined) => !!t && t.q < 0 && (t.text === ',' || t.text === '—' || t.text === '–' || t.text === '--');

/** A noun phrase opens with a name, a title, a determiner or a pronoun, not an adverb or preposition. */
export function startsNounPhrase(t: Tok): boolean {
  if (leadingNoise.has(t.lower) || sourceStoppers.has(t.lower) || clauseOpeners.has(t.lower)) return t.lower === 'this' || t.lower === 'the';
  // A capitalised -ly word opens a name or a phrase ("Kelly", "Daily News", "Early polls").
  if (adverb.test(t.lower) && !t.cap && t.lower !== 'ally') return false;
  return t.cap || determiners.has(t.lower) || subjectPronouns.has(t.lower) || titles.has(t.lower) || /^\d/.test(t.text);
}

export const questionWords = new Set(['whether', 'if', 'about', 'what', 'why', 'how', 'when', 'where', 'who', 'whom', 'which', 'to']);

export const negations = new Set(['not', 'never', "n't"]);
/** Verbs whose object comes before a preposition ("blamed the fire on", "accused him of"), by lemma. */
export const passiveComplements: Record<string, Set<string>> = {
  blame: new Set(['on', 'for']),
  accuse: new Set(['of']),
  criticize: new Set(['for']),
  criticise: new Set(['for']),
  praise: new Set(['for']),
  thank: new Set(['for']),
  credit: new Set(['with', 'for']),
  fault: new Set(['for']),
  charge: new Set(['with']),
};

/** Whether a verb form that makes a passive or a perfect ("was", "has been", "would") stands among tokens c0..verb-1 ("later" and "now" do not). */
export function auxiliaryBefore(toks: Tok[], c0: number, verb: number): boolean {
  for (let k = c0; k < verb; k++) if (beForms.has(toks[k].lower) || clauseVerbs.has(toks[k].lower) || toks[k].lower === 'got' || toks[k].lower === 'get') return true;
  return false;
}
