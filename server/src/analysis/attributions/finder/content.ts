/**
 * Where reported content ends: `contentEnd` reads from the content's first token to the sentence end,
 * the end of a quotation it opens, or an earlier stop (a writer's clause after a dash, a second
 * "that" clause, a closing attribution, a relative aside).
 */
import { clauseOpeners, cueWords, determiners, sourceStoppers, subjectPronouns } from '../lexicon.js';
import { type Block, isPunct, isWord, terminal } from './block.js';
import {
  adverb,
  articles,
  bridgedPreposition,
  clauseWithSubject,
  cueAdverb,
  contentDeterminers,
  hasFiniteVerb,
  introPrepositions,
  isAsideDash,
  isDash,
  leadingNoise,
  listBefore,
  quoteInRelativeAside,
  relativeOpeners,
  relativePronouns,
  speechVerbWithin,
  speechWithin,
  subordinators,
  verbForm,
  verbKind,
  verbParticles,
} from './grammar.js';
import { afterIsAdjunct, commentNouns, indefinites, pluralNoun } from './nounPhrases.js';
import { durations, timeAdverbs } from './time.js';

/** The last token of content that starts at `from`: the sentence end, or the end of a quote it opens. */
export function contentEnd(block: Block, from: number, stops?: Set<number>): number {
  const { toks } = block;
  const s = toks[from].s;
  let end = block.last[s];
  // Stop before ", according to X" or ", X said" that attribute the rest of the sentence elsewhere,
  // but not right after an opening "that" ("reported that, according to its analysis, 85 of ..."
  // reports what follows).
  if (stops) {
    for (let k = from + (toks[from].lower === 'that' && toks[from + 1]?.text === ',' ? 3 : 1); k <= end; k++) {
      if (stops.has(k) && toks[k - 1].text === ',') {
        end = k - 2;
        break;
      }
      // '“... party,” claiming that ...': the quotation, comma inside, stays; the participle does not.
      if (stops.has(k) && toks[k - 1].q >= 0 && toks[k - 2]?.text === ',' && k - 1 > from) {
        end = k - 1;
        break;
      }
    }
  }
  const subordinate = inOpeningSubordinate(block, from);
  // The subordinator of the cue's clause, read only at a comma: most contents meet none.
  let embedded: number | undefined;
  // Read only at a dash: most contents meet none.
  let dashAside: boolean | undefined;
  // A second predicate or clause ends the content: ", and those voters backed", " and said", "; ".
  for (let k = from + 1; k < end; k++) {
    const t = toks[k];
    if (isAsideDash(block, t) && ((dashAside ??= opensInDashAside(block, from)) || writersClauseAfterDash(block, from, k, end))) {
      end = k - 1;
      break;
    }
    // '... a “hard limit,” and Latvia's deputy transport minister, Ivo Kalns, warned': the quotation,
    // its comma inside, stays; the second attribution after it does not.
    // So does '... a "red line," and officials in Moscow have warned', as after a plain comma below.
    if (t.q >= 0 && block.quotes[t.q].close === k && toks[k - 1]?.text === ',' && toks[k + 1]?.q < 0 &&
      (toks[k + 1].lower === 'and' || toks[k + 1].lower === 'but') && (speechWithin(block, k + 2, Math.min(end, k + 7)) || speakerWithAppositive(block, k + 2, end))) {
      end = k;
      break;
    }
    // 'Berg, who calls the plan a “farce,” said it would fail': the relative clause, and the content
    // inside it, ends with the quotation whose closing mark holds the aside's comma.
    if (t.q >= 0 && block.quotes[t.q].close === k && block.quotes[t.q].open >= from && quoteInRelativeAside(block, block.quotes[t.q])) {
      end = k;
      break;
    }
    if (t.q >= 0) continue;
    // "While the mayor said the budget was sound, auditors ...": the subordinate clause ends at its
    // comma, and the main clause after it is not what the mayor said.
    if (subordinate && t.text === ',') {
      end = k - 1;
      break;
    }
    // "Three years after the board promised reform, the club ...": a subordinate clause further into
    // the sentence ends where its main clause begins (PolNeAR train, first annotator, where this cut
    // our contents: gold ends there 26 times, earlier 4, a little later once, never at our old end).
    // Not after one word: most cues refuse a one-word content (a noun, for verbCue), and the cue
    // model learnt from the readings the rules accepted.
    if (t.text === ',' && k - 1 > from && (embedded ??= subordinatorBefore(block, from)) >= 0 && (clauseWithSubject(block, k + 1, end, false) || mainPredicate(block, embedded, k + 1)) && !asideAs(block, embedded, from, k)) {
      end = k - 1;
      break;
    }
    const next = toks[k + 1];
    // "... in decline — though economists disagree": a dash before a word of contrast or concession
    // opens the writer's own clause, as ", but" does.
    if (t.text === ';' || ((isDash(t) || t.text === '-') && next.q < 0 && dashBreakers.has(next.lower))) {
      end = k - 1;
      break;
    }
    // ", but that he would not ..." after a reported clause is a second clause of the same report
    // (PolNeAR train folds 0-3, outside quotations: 9 times to 2); "but that group was" is not.
    // Not before a "that" clause has its verb: in "argued that, while the tax may ..., workers will
    // ..." and "said that hearings, with outside experts, were ..." the reported clause is still to come
    // ("acknowledges that, but ..." has a pronoun).
    if (t.text === ',' && next.q < 0 && contentBreakers.has(next.lower) && !contrastInClause(block, k) && !ellipticalConcession(block, k, end) && !(next.lower === 'but' && secondThatClause(block, from, k)) && !(next.lower !== 'but' && toks[from].lower === 'that' && !hasFiniteVerb(block, from, k))) {
      end = k - 1;
      break;
    }
    // ", and most renters said ...": a second attribution joined to the first ends its content.
    if (t.text === ',' && (next.lower === 'and' || next.lower === 'but') && next.q < 0 && (speechWithin(block, k + 2, Math.min(end, k + 7)) || speakerWithAppositive(block, k + 2, end))) {
      end = k - 1;
      break;
    }
    // "accused the Kremlin of running a fleet, and several of those ships have been linked to ...": a
    // clause with a subject and a verb of its own after ", and" goes on in the writer's voice (in
    // PolNeAR train, outside quotations, most such clauses are left out of the content). After a
    // reported clause, only one in the past: one in the present or with a modal is as often still
    // reported ("said its focus will be on profits, and it is planning ...").
    if (t.text === ',' && next.lower === 'and' && next.q < 0 && !listBefore(block, k) && clauseWithSubject(block, k + 2, end, hasFiniteVerb(block, from, k))) {
      end = k - 1;
      break;
    }
    // "... on Friday, his office said.": a subject and a verb of saying that close the sentence
    // attribute all of it, this content included, and are not part of it.
    if (t.text === ',' && next.q < 0 && closingAttribution(block, k + 1, end)) {
      end = k - 1;
      break;
    }
    if (t.lower === 'and' && next.q < 0 && !next.cap && (cueWords.has(next.lower) || next.lower === 'then' || next.lower === 'made')) {
      end = k - 1;
      break;
    }
    // "..., a move that survived two court challenges.": a noun phrase with a relative clause after
    // a comma, to the end of the sentence, comments in the writer's voice on what was said or on its
    // last noun ("backed Northwind, the utility that ..."); PolNeAR leaves it out of the content.
    if (t.text === ',' && next.q < 0 && articles.has(next.lower) && !listBefore(block, k) && closingRelativeAppositive(block, k + 1, end)) {
      end = k - 1;
      break;
    }
    // "..., a swipe at the council." and "..., drawing boos from the crowd.": after a comma, a noun
    // that names the statement or the step reported, or a participle of what it set off, comments
    // in the writer's voice (PolNeAR train, first annotator, where this cut our contents: gold ends
    // there 20 times, earlier once, never after).
    if (t.text === ',' && next.q < 0 && k - 1 > from && !listBefore(block, k) && closingComment(block, k + 1, end)) {
      end = k - 1;
      break;
    }
    // "said he would run again, which surprised his aides.": a "which" clause after a comma that
    // runs to the sentence end comments in the writer's voice on what was said or on its last noun
    // (PolNeAR train, first annotator, outside quotations: left out 81 times, kept 48). So does a
    // "who" clause on a person ("praised Ana Berg, who chairs the board."; in our contents on
    // PolNeAR train, first annotator: left out 39 times, kept 20). After "if so," or "if not," it asks a question ("and if so, which
    // judge should sit"), "it was Berg, not Lund, who" is a cleft, and "who he called ..." is the
    // object of a clause that often reports in turn.
    if (t.text === ',' && next.q < 0 && (next.lower === 'which' || (next.lower === 'who' && !cleftOpening(block, from) && !subjectPronouns.has(toks[k + 2]?.lower ?? ''))) && !elliptical.has(toks[k - 1].lower) && closingClause(block, k + 2, next.lower === 'who' ? block.last[s] : end)) {
      end = k - 1;
      break;
    }
  }
  const q = toks[from].q;
  if (q >= 0) {
    const quote = block.quotes[q];
    if (quote.last > end) end = quote.last;
  }
  // A quotation opened inside the content and still open at the sentence end runs on to its close:
  // "said he was “tired of waiting. We all are.”" reports both sentences.
  const open = toks[end].q;
  if (open >= 0 && open !== q && block.quotes[open].open > from && block.quotes[open].last > end) end = block.quotes[open].last;
  while (end > from && (terminal.has(toks[end].text) || toks[end].text === ',')) end--;
  return end;
}

/**
 * The last token of an object content `start..end` without a closing phrase that names the medium
 * of the report: "denied the report in a statement on Tuesday", "praised the mayor in an interview
 * with the Herald" (the cue's adjunct, not what was said). Only after a noun phrase with no verb,
 * not after a clause, an infinitive or an -ing form ("said the bus was late in a letter" may report
 * the letter), and not after a single word (the cue model learnt from the readings the rules gave with it).
 */
export function withoutClosingMedium(block: Block, start: number, end: number): number {
  const { toks } = block;
  const first = toks[start];
  if (first.lower === 'that' || first.lower === 'to' || hasFiniteVerb(block, start, end + 1)) return end;
  for (let k = start + 2; k < end; k++) {
    const t = toks[k];
    // "criticised for giving vague answers during an interview": the medium belongs to a verb inside.
    if (t.q < 0 && t.kind === 'word' && t.lower.endsWith('ing') && !t.cap) return end;
    if (t.q >= 0 || (t.lower !== 'in' && t.lower !== 'during') || !mediumDeterminers.has(toks[k + 1].lower)) continue;
    for (let j = k + 2; j <= Math.min(end, k + 5); j++) {
      if (!isWord(toks[j]) || toks[j].q >= 0) break;
      if (media.has(toks[j].lower)) return closingClause(block, j, end) ? withoutTrailingCommas(block, start, k - 1) : end;
    }
  }
  return end;
}

/** `end` moved back over commas that close the content ("thanked his hero, Ana Lima, in a speech"). */
function withoutTrailingCommas(block: Block, start: number, end: number): number {
  while (end > start && block.toks[end].text === ',') end--;
  return end;
}

/** Determiners before the medium of a report: "in a tweet", "during his speech". */
const mediumDeterminers = new Set(['a', 'an', 'his', 'her', 'their', 'its']);

/** Nouns for the medium or occasion of a report ("in an interview", "in a statement"). */
const media = new Set(['interview', 'statement', 'tweet', 'post', 'email', 'e-mail', 'letter', 'op-ed', 'column', 'editorial', 'memo',
  'video', 'speech', 'remarks', 'call']);

/**
 * Whether the dash `k`, the last in its sentence, opens the writer's own words after the content
 * from `from`: a clause with its own subject after a noun phrase ("opposed the levy — she was
 * outvoted"), one after "and" ("— and Lund closed the route"), or a noun phrase with a relative
 * clause that comments on what was said ("— a move that angered donors"). PolNeAR train, first
 * annotator: 2 of 3 such contents end at the dash.
 */
function writersClauseAfterDash(block: Block, from: number, k: number, end: number): boolean {
  const { toks } = block;
  for (let j = k + 1; j <= end; j++) if (isAsideDash(block, toks[j])) return false;
  const next = toks[k + 1];
  if (!next || next.q >= 0) return false;
  // "that – in his own words – he will run": a dash that closes an aside before the reported
  // clause has its verb leads back into that clause.
  let opening = from;
  while (opening < k && !isAsideDash(block, toks[opening])) opening++;
  if (opening < k && !hasFiniteVerb(block, from, opening)) return false;
  const reported = hasFiniteVerb(block, from, k);
  if (next.lower === 'and' || next.lower === 'but') return clauseWithSubject(block, k + 2, end, reported);
  // "— a move that angered donors" comments; "— the fence that would stand along the river" names
  // what was meant.
  if (next.lower === 'a' || next.lower === 'an') return closingRelativeAppositive(block, k + 1, end);
  // After a reported clause one in the past may still be reported ("said no deal had been made - the
  // talks had stalled"). "— the fees she was paid, her role in ...": after a determiner a noun phrase
  // may spell out what was said, so a new clause needs a pronoun or a name; and "agreed on one thing
  // - he is ..." announces the clause it then gives.
  return !reported && !determiners.has(next.lower) && !announcingNouns.has(toks[k - 1].lower) && clauseWithSubject(block, k + 1, end, false);
}

/** Nouns that announce the words after a colon or a dash: "one thing - ...". */
const announcingNouns = new Set(['thing', 'things']);

/**
 * Whether the token `from` lies inside an aside between dashes, that is after an odd number of them
 * in its sentence: "new clashes – the army accused rebels of shelling two villages – and monitors
 * were ..." reports nothing after the closing dash.
 */
function opensInDashAside(block: Block, from: number): boolean {
  let dashes = 0;
  for (let k = block.first[block.toks[from].s]; k < from; k++) if (isAsideDash(block, block.toks[k])) dashes++;
  return dashes % 2 === 1;
}

/**
 * Whether ", but not", ", but also", ", but rather", ", but only" or ", but instead" at the comma `k`
 * sets a phrase against one inside the reported clause ("would back the plan, but not the levy"),
 * which goes on with it (PolNeAR train, first annotator, outside quotations: kept 17 times, left
 * out 4); "but not only did ...", "but instead he was ..." and "but also visited ..." open a clause or
 * a predicate of their own.
 */
function contrastInClause(block: Block, k: number): boolean {
  const { toks } = block;
  const after = toks[k + 2];
  if (toks[k + 1].lower !== 'but' || !after || after.q >= 0 || !contrastFocus.has(after.lower)) return false;
  // "but also visited the site": a verb after it is a second predicate of the speaker's, and a
  // subject after it ("but instead he was ...") opens a clause.
  return !(after.lower === 'not' && toks[k + 3]?.lower === 'only') && verbKind(toks, k + 3) === '' && !subjectPronouns.has(toks[k + 3]?.lower ?? '');
}

/**
 * Whether ", even", ", though" or ", although" at the comma `k` opens a phrase with no clause of its
 * own inside the reported words, which goes on with them: "even" before a preposition or an adjective
 * ("would win, even in a contested convention", "the dark, even authoritarian, vision"), "though not"
 * ("backed the process, though not the results") and a short aside with no verb between commas ("a
 * crucial, although brief, chance"). A clause ("though she did not name him", "even some allies
 * questioned") or a conjunction after "even" ("even as", "even if") opens the writer's own words.
 */
function ellipticalConcession(block: Block, k: number, end: number): boolean {
  const { toks } = block;
  const word = toks[k + 1].lower;
  const after = toks[k + 2];
  if (!after || after.q >= 0 || after.s !== toks[k].s || !isWord(after) || k + 2 > end) return false;
  // A subject after the word opens a clause: a pronoun, a determiner, a name or a figure.
  if (subjectPronouns.has(after.lower) || determiners.has(after.lower) || after.cap || after.kind === 'number') return false;
  if (word === 'even') return !subordinators.has(after.lower) && after.lower !== 'as' && after.lower !== 'so';
  if (word !== 'though' && word !== 'although') return false;
  if (after.lower === 'not') return true;
  let j = k + 2;
  while (j <= end && j - k <= 4 && isWord(toks[j]) && toks[j].q < 0 && verbKind(toks, j) === '') j++;
  return j <= end && j > k + 2 && toks[j].text === ',' && toks[j].q < 0;
}

/** Words after "but" that set a phrase against another: "but not", "but also", "but rather". */
const contrastFocus = new Set(['not', 'also', 'rather', 'only', 'instead']);

/**
 * Whether ", but that" at the comma `k` opens a second reported clause after a clause from `from`:
 * "that" then comes before a subject (a pronoun, a determiner, a name or a plural noun), not a
 * singular noun or a verb ("but that group was", "but that has begun to change").
 */
function secondThatClause(block: Block, from: number, k: number): boolean {
  const { toks } = block;
  const that = toks[k + 2];
  const subject = toks[k + 3];
  if (that?.lower !== 'that' || that.q >= 0 || !subject || subject.s !== that.s || !hasFiniteVerb(block, from, k)) return false;
  // A plural noun cannot follow the demonstrative: "but that fares would rise".
  return subjectPronouns.has(subject.lower) || contentDeterminers.has(subject.lower) || (subject.cap && isWord(subject)) || pluralNoun(subject) || (subject.q >= 0 && block.quotes[subject.q].open === k + 3);
}

/**
 * Whether an appositive opens at the article `a` and runs to `end`: at most three more words with no
 * verb, then a relative pronoun ("a claim that", "the Wichita firm which", "an aide who"), and no
 * comma or quotation after it.
 */
export function closingRelativeAppositive(block: Block, a: number, end: number): boolean {
  const { toks } = block;
  let k = a + 1;
  while (k <= end && k - a <= 3 && isWord(toks[k]) && toks[k].q < 0 && !relativeOpeners.has(toks[k].lower) && toks[k].lower !== 'that' && verbKind(toks, k) === '') k++;
  if (k === a + 1 || k > end || toks[k].q >= 0 || !(relativeOpeners.has(toks[k].lower) || toks[k].lower === 'that' || toks[k].lower === 'whose')) return false;
  // A comma after it closes the appositive inside the clause ("Ferreira, the nurse who ..., rang
  // them", "portrayed Lund, a banker who ..., as greedy") or goes on with a list ("a patient
  // listener, a manager who avoids feuds, and a ...").
  for (let j = k + 1; j <= end; j++) if (toks[j].q >= 0 || toks[j].text === ',') return false;
  return true;
}

/**
 * Whether a comment on the report opens at `a` after a comma: "a"/"an"/"another" and up to two
 * modifiers before a noun for a statement, a step or a change ("a swipe at ...", "an offer the
 * board rejected", "a sharp reversal"), or a participle of what the statement set off ("drawing boos",
 * "putting her at odds with ..."), running to `end`.
 */
function closingComment(block: Block, a: number, end: number): boolean {
  const { toks } = block;
  // A comma or a quotation after it closes an appositive inside the clause ("the tax, a plan drawn
  // up in May, would ...") or goes on with a list ("a levy, a plan and a budget").
  for (let j = a; j <= end; j++) if (toks[j].q >= 0 || toks[j].text === ',') return false;
  // "putting together a plan" is a second predicate of the speaker's, no effect.
  if (effectParticiples.has(toks[a].lower)) return a < end && !verbParticles.has(toks[a + 1].lower) && toks[a + 1].lower !== 'together' && !participleListAfter(block, a + 1, end);
  if (!indefinites.has(toks[a].lower)) return false;
  for (let j = a + 1; j <= Math.min(end, a + 3); j++) {
    if (!isWord(toks[j])) return false;
    if (commentNouns.has(toks[j].lower)) return !nounListAfter(block, j + 1, end);
  }
  return false;
}

/** Whether "and" or "or" before a determiner in a..end goes on with a list of noun phrases ("a rise in costs and a wet summer"). */
function nounListAfter(block: Block, a: number, end: number): boolean {
  const { toks } = block;
  for (let j = a; j <= end; j++) if ((toks[j].lower === 'and' || toks[j].lower === 'or') && (j === end || determiners.has(toks[j + 1].lower))) return true;
  return false;
}

/** Whether "and" or "or" before an -ing word in a..end goes on with a list of participles ("putting on shows and selling shirts"). */
function participleListAfter(block: Block, a: number, end: number): boolean {
  const { toks } = block;
  for (let j = a; j < end; j++) if ((toks[j].lower === 'and' || toks[j].lower === 'or') && toks[j + 1].lower.endsWith('ing')) return true;
  return false;
}

/** Participles of what a statement set off: ", drawing boos", ", putting him at odds with ...". */
const effectParticiples = new Set(['drawing', 'putting', 'prompting', 'sparking', 'triggering', 'provoking', 'eliciting']);

/** Whether the content from `from` opens a cleft ("it was the driver, not the owner, who ..."). */
function cleftOpening(block: Block, from: number): boolean {
  const { toks } = block;
  return toks[from].lower === 'it' && (toks[from + 1]?.lower === 'was' || toks[from + 1]?.lower === 'is');
}

/** Words that end an elliptical condition before a comma: "if so,", "if not,". */
const elliptical = new Set(['so', 'not']);

/**
 * Whether tokens a..end are the rest of one clause: no comma, semicolon or colon outside quotations,
 * and every quotation in them closed by `end`.
 */
function closingClause(block: Block, a: number, end: number): boolean {
  const { toks } = block;
  if (a > end) return false;
  for (let j = a; j <= end; j++) {
    const t = toks[j];
    if (t.q >= 0 ? block.quotes[t.q].close < 0 || block.quotes[t.q].close > end + 1 : t.text === ',' || t.text === ';' || t.text === ':') return false;
  }
  return true;
}

/**
 * "and Latvia's deputy transport minister, Ivo Kalns, warned ...": a subject of at most six words,
 * a name or a "who" clause between commas and a verb of saying right after it, from token `a`.
 */
function speakerWithAppositive(block: Block, a: number, end: number): boolean {
  const { toks } = block;
  let c1 = a;
  while (c1 <= end && c1 - a < 7 && toks[c1].text !== ',' && toks[c1].q < 0 && !isPunct(toks[c1])) c1++;
  if (c1 > end || toks[c1]?.text !== ',' || c1 === a) return false;
  let c2 = c1 + 1;
  // ", who asked not to be named,": a clause about the speaker between the commas, like a name.
  if (toks[c2]?.lower === 'who') while (c2 <= end && c2 - c1 < 12 && isWord(toks[c2]) && toks[c2].q < 0) c2++;
  else while (c2 <= end && c2 - c1 < 5 && toks[c2].cap && isWord(toks[c2])) c2++;
  if (c2 - c1 < 3 || toks[c2]?.text !== ',') return false;
  return speechVerbWithin(block, c2 + 1, Math.min(end, c2 + 2)) > c2;
}

/**
 * Whether tokens from `a` to the sentence end `last` are a short subject and a verb of saying with
 * at most a time or place after it: "his office said.", "officials said on Tuesday."
 */
function closingAttribution(block: Block, a: number, last: number): boolean {
  const { toks } = block;
  const verb = speechVerbWithin(block, a, Math.min(last, a + 10));
  if (verb <= a) return false;
  // "two people with knowledge of the talks told": a preposition the subject keeps may lengthen it.
  let bridged = false;
  for (let k = a; k < verb; k++) {
    if (sourceStoppers.has(toks[k].lower) && bridgedPreposition(block, k)) bridged = true;
    else if (clauseOpeners.has(toks[k].lower) || relativePronouns.has(toks[k].lower) || sourceStoppers.has(toks[k].lower) || leadingNoise.has(toks[k].lower)) return false;
  }
  if (verb > a + 6 && !bridged) return false;
  // "who spoke and acted the same": a second predicate after the verb is no adjunct.
  if (verb < last && clauseOpeners.has(toks[verb + 1].lower)) return false;
  return afterIsAdjunct(block, verb + 1, last, cueWords.get(toks[verb].lower)!.addressee);
}

/** Whether token `k` stands in a subordinate clause that opens its sentence and has not yet reached its comma. */
function inOpeningSubordinate(block: Block, k: number): boolean {
  const { toks } = block;
  const s = toks[k].s;
  let a = block.first[s];
  while (a < k && (isPunct(toks[a]) || toks[a].lower === 'but' || toks[a].lower === 'and' || toks[a].lower === 'even')) a++;
  if (a >= k || !subordinators.has(toks[a].lower) || toks[a].q >= 0) return false;
  for (let j = a + 1; j < k; j++) if (toks[j].q < 0 && (toks[j].text === ',' || toks[j].text === ';' || terminal.has(toks[j].text))) return false;
  return true;
}

/**
 * The subordinator of the clause whose cue's content starts at `from`, or -1: a clause inside its
 * sentence, whose main clause follows after a comma: "Even as the mayor vowed to stay, her party
 * ...", "Three years after the board promised reform, the club ...". Walking back from the content, a subordinator comes
 * before any comma, colon, dash or quotation, right before a subject (a pronoun, a determiner or a
 * capitalised word), and the cue word stands between them ("told the board before the vote that ..."
 * has none: that "before" opens a time). "As" counts only where it opens a clause (after the sentence
 * start, a comma or a conjunction: not "such as", "the same as").
 */
function subordinatorBefore(block: Block, from: number): number {
  const { toks } = block;
  const first = block.first[toks[from].s];
  let cue = false;
  for (let k = from - 1; k >= first && k >= from - 12; k--) {
    const t = toks[k];
    if (t.q >= 0 || t.text === ',' || t.text === ';' || t.text === ':' || isDash(t) || terminal.has(t.text)) return -1;
    if (cueWords.has(t.lower)) cue = true;
    if (!(subordinators.has(t.lower) || t.lower === 'as' || t.lower === 'where') || !cue) continue;
    const subject = toks[k + 1];
    if (!(subjectPronouns.has(subject.lower) || determiners.has(subject.lower) || (subject.cap && isWord(subject)))) return -1;
    // "after the vote he said": a pronoun after the first word makes the subordinator a preposition.
    for (let j = k + 2; j < from; j++) if (subjectPronouns.has(toks[j].lower)) return -1;
    return t.lower !== 'as' || k === first || isPunct(toks[k - 1]) || asLeads.has(toks[k - 1].lower) ? k : -1;
  }
  return -1;
}

/**
 * Whether the subordinator `sub` is an "as" whose cue has only a time, a place or an adverb from
 * `from` up to the comma `k`: "As the paper reported on Monday, the mayor ..." and "as I mentioned
 * above, ..." report the main clause, so the "as" clause has no content of its own to end.
 */
function asideAs(block: Block, sub: number, from: number, k: number): boolean {
  const { toks } = block;
  if (toks[sub].lower !== 'as') return false;
  if (asidePrepositions.has(toks[from].lower)) return true;
  // "just today", "above": one or two plain words with no determiner or name are no object.
  if (k - from > 2) return false;
  for (let j = from; j < k; j++) if (toks[j].cap || determiners.has(toks[j].lower) || !isWord(toks[j])) return false;
  return true;
}

/** Prepositions that open a time or a place after the cue of an "as" aside ("as she said on Monday,"). */
const asidePrepositions = new Set(['in', 'on', 'at', 'during', 'earlier', 'last', 'this', 'before', 'after', 'from']);

/**
 * Whether a finite verb at `v`, after at most one adverb, is the predicate of a clause that the
 * subordinate clause opened by `sub` interrupts after its subject, between commas: "Ana Lima, though
 * she said the levy was unfair, voted for it."
 */
function mainPredicate(block: Block, sub: number, v: number): boolean {
  const { toks } = block;
  if (toks[sub - 1]?.text !== ',') return false;
  if (toks[v] && toks[v].q < 0 && (toks[v].lower === 'now' || toks[v].lower === 'also' || cueAdverb(toks[v]))) v++;
  return !!toks[v] && toks[v].q < 0 && verbKind(toks, v) !== '';
}

/** Words before a clause-opening "as": "but as", "even as", "just as". */
const asLeads = new Set(['and', 'but', 'yet', 'even', 'just', 'so']);

/** Words that, after a comma, open a clause that is no longer the reported content. */
const contentBreakers = new Set(['but', 'while', 'whereas', 'even', 'though', 'although', 'with', 'yet']);

/**
 * Whether a figure opens at `a`, after at most two words of degree: "17 percent", "less than 100",
 * not a year ("2012 the date set").
 */
export function figureAt(block: Block, a: number): boolean {
  const { toks } = block;
  for (let j = a; j <= a + 2 && toks[j] && toks[j].q < 0; j++) {
    // A year is a time, not a figure ("with 2012 the date proposed").
    if (/^[$£€]?\d/.test(toks[j].text)) return !/^(19|20)\d\d$/.test(toks[j].text);
    if (!figureDegrees.has(toks[j].lower)) return false;
  }
  return false;
}

/** Words of degree before a figure: "only 6 percent", "less than 100", "nearly $2 million". */
const figureDegrees = new Set(['only', 'just', 'about', 'nearly', 'almost', 'roughly', 'around', 'some', 'more', 'less', 'fewer', 'than', 'over', 'under', '$', '£', '€']);

/** Words of contrast or concession that end a content after a dash ("— though none of them ..."). */
const dashBreakers = new Set(['but', 'though', 'although', 'while', 'whereas', 'yet', 'except', 'despite']);

/**
 * The end of a noun phrase content after the cue `c0` without what follows its first comma: the
 * main clause after an opening phrase that holds the cue ("As Berg attacked Lund, the crowd
 * cheered", "By touting the plan, the mayor risked ..."), whose subject and verb are no part of
 * what was attacked or touted, or an appositive to the sentence end ("praised Ana Berg, the new
 * chair of the board."), the writer's description of what the cue names (PolNeAR train folds 0-3,
 * first annotator, where this cut our contents: gold leaves the rest out 20 times in 20). A clause
 * content keeps both ("said the vote, the first in a decade, was fair"), and a list goes on
 * ("backed Lund, the levy and the budget").
 */
export function withoutTrailingPhrase(block: Block, c0: number, start: number, end: number): number {
  const { toks } = block;
  const first = toks[start];
  if (first.q >= 0 || !isWord(first) || clauseContentOpeners.has(first.lower) || subjectPronouns.has(first.lower) || introPrepositions.has(first.lower) || subordinators.has(first.lower) || timeAdverbs.has(first.lower) || adverb.test(first.lower)) return end;
  for (let k = start + 1; k < end; k++) {
    const t = toks[k];
    if (t.q >= 0 || t.text === ';' || t.text === ':' || isDash(t) || t.text === '-' || t.text === '(') return end;
    if (t.text !== ',') continue;
    if (hasFiniteVerb(block, start, k) || listBefore(block, k)) return end;
    if (mainClauseAt(block, k + 1, end) && inOpeningPhrase(block, c0)) return k - 1;
    if (articles.has(toks[k + 1].lower) && closingAppositive(block, k + 1, end)) return k - 1;
    return end;
  }
  return end;
}

/**
 * The end of a noun phrase content before a subordinate clause that closes it: "backed the levy as
 * she left office", "praised the crew after they reached the shore", "criticised the plan after
 * seeing it": when the cue's act took place, not part of what was backed or praised (PolNeAR train
 * folds 0-3, first annotator, where this cut our contents: gold leaves the clause out 20 times,
 * keeps it 2). A clause content keeps it ("said the port would close when the lease ends"), and
 * so does a verb that asks or names its addressee, whose "when" opens an indirect question ("asked
 * the mayor when the ferry would sail", `asks`; not after a particle: "was asked about the levy
 * when he appeared on ...").
 */
export function withoutClosingSubordinate(block: Block, start: number, end: number, asks = false): number {
  const { toks } = block;
  const first = toks[start];
  if (first.q >= 0 || !isWord(first) || subjectPronouns.has(first.lower)) return end;
  for (let k = start; k <= end; k++) {
    const t = toks[k];
    if (t.q >= 0 || isPunct(t)) return end;
    // "accused Berg of hiding the cost when ...", "the claim that ... when": a gerund or a clause
    // inside the content may hold the subordinate clause; after a determiner an -ing word is a noun.
    if (verbForm(t) === 'ing' && t.lower !== 'during' && !determiners.has(toks[k - 1]?.lower ?? '')) return end;
    // "urged them to vote after ...": the clause may as well tell when to do what was urged.
    if (relativeOpeners.has(t.lower) || t.lower === 'that' || t.lower === 'to') return end;
    if (k === start) continue;
    if (!closingSubordinators.has(t.lower)) continue;
    if (asks && t.lower === 'when') return end;
    if (hasFiniteVerb(block, start, k)) return end;
    // "as he left" is a time; "as a reason", "as I did" and "as much as" compare or name a role.
    if (t.lower === 'as' && !(pronounSubjects.has(toks[k + 1]?.lower ?? '') && toks[k - 1].lower !== 'much' && toks[k - 1].lower !== 'well')) continue;
    // "back when", "months before": the clause measures a time inside the content; "and after the
    // vote they ..." opens a clause of its own.
    if (toks[k - 1].lower === 'back' || durations.has(toks[k - 1].lower) || durations.has(toks[k - 1].lower + 's') || toks[k - 1].lower === 'and' || toks[k - 1].lower === 'but' || toks[k - 1].lower === 'or') return end;
    const gerund = t.lower === 'after' && /ing$/.test(toks[k + 1]?.lower ?? '') && toks[k + 1].q < 0;
    if (!gerund && !mainClauseAt(block, k + 1, end)) continue;
    for (let j = k + 1; j <= end; j++) if (toks[j].q >= 0) return end;
    // "even as", "just before", "until long after": a word that leads the clause goes with it.
    let e = k - 1;
    while (e > start && clauseLeads.has(toks[e].lower)) e--;
    return e;
  }
  return end;
}

/** Subject pronouns after a temporal "as": "as he left", "as they voted". */
const pronounSubjects = new Set(['he', 'she', 'they', 'it', 'we']);

/** Words that lead a subordinate clause: "even as", "just before", "until long after". */
const clauseLeads = new Set(['even', 'just', 'long', 'right', 'shortly', 'only', 'soon', 'until']);

/** Words that open a subordinate clause of time after a content: "as she left", "after they left". */
const closingSubordinators = new Set(['as', 'after', 'when', 'before', 'until', 'once']);

/** Words that open a clause or an adverbial phrase, not a noun phrase, as a content: "that", "how", "just today". */
const clauseContentOpeners = new Set(['that', 'to', 'how', 'what', 'why', 'whether', 'where', 'who', 'which', 'just', 'yesterday', 'today', 'now', 'then', 'even', 'also']);

/**
 * Whether a main clause opens at `a`: a subject pronoun, or a determiner or a name with up to four
 * more words and no relative pronoun or conjunction in them, then a finite verb.
 */
function mainClauseAt(block: Block, a: number, end: number): boolean {
  const { toks } = block;
  const t = toks[a];
  if (!t || t.q >= 0 || !isWord(t)) return false;
  let v = a + 1;
  if (!subjectPronouns.has(t.lower)) {
    if (!((determiners.has(t.lower) && t.lower !== 'that') || (t.cap && !cueWords.has(t.lower) && !clauseOpeners.has(t.lower)))) return false;
    while (v <= end && v - a <= 4 && isWord(toks[v]) && toks[v].q < 0 && verbKind(toks, v) === '') {
      if (relativeOpeners.has(toks[v].lower) || toks[v].lower === 'that' || toks[v].lower === 'and' || toks[v].lower === 'or') return false;
      v++;
    }
  }
  return v <= end && verbKind(toks, v) !== '';
}

/**
 * Whether the cue at `c0` stands in a phrase that opens its sentence and has not reached its comma:
 * a subordinate clause or a prepositional or participial phrase ("As Berg attacked Lund,", "By
 * touting the plan,", "Condemning the test,").
 */
function inOpeningPhrase(block: Block, c0: number): boolean {
  const { toks } = block;
  let a = block.first[toks[c0].s];
  while (a < c0 && (isPunct(toks[a]) || toks[a].lower === 'and' || toks[a].lower === 'but')) a++;
  const w = toks[a];
  if (w.q >= 0 || !(subordinators.has(w.lower) || introPrepositions.has(w.lower) || w.lower === 'to' || (w.cap && /ing$/.test(w.lower)))) return false;
  for (let j = a + 1; j < c0; j++) if (toks[j].q >= 0 || toks[j].text === ',' || toks[j].text === ';' || toks[j].text === ':' || isDash(toks[j])) return false;
  return true;
}

/**
 * Whether an appositive with no verb, comma, quotation, relative pronoun or conjunction in it runs
 * from the article `a` to `end`: "and" may end a list ("her house, a car and damages").
 */
function closingAppositive(block: Block, a: number, end: number): boolean {
  const { toks } = block;
  for (let j = a + 1; j <= end; j++) {
    const t = toks[j];
    if (t.q >= 0 || isPunct(t) || relativeOpeners.has(t.lower) || t.lower === 'that' || t.lower === 'whose' || t.lower === 'and' || t.lower === 'or') return false;
  }
  return end > a && !hasFiniteVerb(block, a, end + 1);
}
