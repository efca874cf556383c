/**
 * Passes over all the attributions of a block, run after the main loop: keep the longer of two
 * nested cues, drop evidence inside another's content, end a content before a participle, an
 * appositive cue or a second predicate of the speaker, join "released a statement saying" into one
 * cue, add a relative pronoun's gap to the content, and keep sources out of other clauses.
 */
import { clauseOpeners, cueModifiers, type CueWord, cueWords, determiners, speechLemmas, subjectPronouns } from '../lexicon.js';
import { type Block, eachFound, type Found, firstFound, isPunct, isWord, orderFound, type Range, type Tok } from './block.js';
import {
  approximators,
  beForms,
  clauseVerbs,
  comparatives,
  cueAdverb,
  cueStarts,
  finiteVerbs,
  hasFiniteVerb,
  innerPunct,
  introPrepositions,
  isQuantity,
  irregularParticiples,
  opensContentOf,
  participleConjunctions,
  particles,
  possessives,
  relativePronouns,
  sourcePrepositions,
  subjectObjects,
  verbForm,
  verbKind,
  verbParticles,
  withinContent,
} from './grammar.js';
import { closingRelativeAppositive, contentEnd, figureAt } from './content.js';
import { subjectBefore } from './subjects.js';
import { afterOpeningPhrase, prepositionalPhrase } from './nounPhrases.js';

/**
 * "A spokeswoman declined to say whether ...": "declined" (content "to say whether ...") and
 * "declined to say" (content "whether ...") are one attribution; the longer cue stays. `found` is
 * sorted by cue start.
 */
export function dropCuesInsideOthers(found: Found[]): void {
  for (let k = found.length - 2; k >= 0; k--) {
    const a = found[k];
    const b = found[k + 1];
    const sameSource = (a.source === null && b.source === null) || (a.source !== null && b.source !== null && a.source[0] === b.source[0] && a.source[1] === b.source[1]);
    if (!sameSource || b.cue[0] > a.cue[1]) continue;
    found.splice(a.cue[1] - a.cue[0] >= b.cue[1] - b.cue[0] ? k + 1 : k, 1);
  }
}

/**
 * Verbs of evidence whose subject is a thing: "the deployment showed", "the data suggest". Not
 * "reveal" or "confirm", whose subject is as often someone who speaks ("the ministry confirmed").
 */
const evidenceLemmas = new Set(['show', 'prove', 'demonstrate', 'indicate', 'suggest']);

/**
 * "retorted that the deployment showed the West's “obsession”": a verb of evidence inside another
 * cue's content is part of what that speaker says, not a second attribution with "the deployment"
 * as its source (PolNeAR train marks no cue inside another's content). So is a share of a group
 * ("The survey found that 54 percent of voters backed the levy", "In a poll released Monday, 8 in 10
 * said ..."): the poll's finding, not the respondents' own report (PolNeAR train, first annotator:
 * 19 such cues, none a gold cue).
 */
export function dropEvidenceInsideContent(block: Block, found: Found[]): void {
  const { toks } = block;
  const evidence = (f: Found) => f.source !== null && !subjectPronouns.has(toks[f.source[0]].lower) && toks.slice(f.cue[0], f.cue[1] + 1).some((t) => evidenceLemmas.has(cueWords.get(t.lower)?.lemma ?? ''));
  const finding = (f: Found) => evidence(f) || (f.source !== null && shareOfGroup(block, f.source));
  // Only where the verb's subject opens the other content ("that the deployment showed"): a
  // content that runs on past its clause ("accuses X of ... while Sanders suggests") holds cues of
  // its own. Such a content starts at the verb's subject or at the "that" before it.
  const byContentStart = orderFound(found, (g) => g.content[0]);
  const dropped: boolean[] = [];
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k];
    if (finding(f) && firstFound(byContentStart, f.source![0] - 1, f.source![0], (g, j) => !dropped[j] && g !== f && opensContentOf(block, g, f))) dropped[k] = true;
  }
  removeMarked(found, dropped);
}

/** Removes the attributions whose index is marked, keeping the order of the others. */
function removeMarked(found: Found[], marked: boolean[]): void {
  let kept = 0;
  for (let j = 0; j < found.length; j++) if (!marked[j]) found[kept++] = found[j];
  found.length = kept;
}

/** Words that name a share of a group: "a majority of voters", "half", "two-thirds of members". */
const shareWords = new Set(['majority', 'minority', 'plurality', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'two-thirds', 'three-quarters']);

/** Words before a share that leave it one ("more than half", "at least 40 percent", "just 8 percent"). */
const shareLeads = new Set(['than', 'at', 'least', 'a', 'the', 'an', 'over', 'under']);

/**
 * Whether the range opens with a share of a group, as polls report it: "79 percent of Democrats",
 * "31% of voters", "about 8 in 10", "a majority of voters", "more than half"; not a count ("two
 * dozen supporters").
 */
function shareOfGroup(block: Block, [a, b]: Range): boolean {
  const { toks } = block;
  let k = a;
  while (k < b && (approximators.has(toks[k].lower) || comparatives.has(toks[k].lower) || shareLeads.has(toks[k].lower))) k++;
  const t = toks[k];
  if (shareWords.has(t.lower) || /^\d[\d.,]*%$/.test(t.text)) return true;
  if (!isQuantity(t) || k + 1 > b) return false;
  const next = toks[k + 1];
  // "79 percent", "31 %", "8 in 10".
  return next.lower === 'percent' || next.text === '%' || (next.lower === 'per' && toks[k + 2]?.lower === 'cent') || (next.lower === 'in' && k + 2 <= b && isQuantity(toks[k + 2]));
}

/**
 * "The spokesman denied the reports, calling them \"a provocation.\"": content after the cue ends
 * before a participle cue after a comma that has the same source, which reports its own content;
 * contentEnd already stops at participles of speech (", adding that"), this covers the others.
 */
export function contentsBeforeParticiples(block: Block, found: Found[]): void {
  const { toks } = block;
  const byCueStart = orderFound(found, (g) => g.cue[0]);
  for (const f of found) {
    if (!f.source || f.content[0] <= f.cue[1]) continue;
    const [a, b] = f.content;
    // ", before adding that ..." and "before adding that ..." alike.
    const g = firstFound(byCueStart, a + 2, b, (g) => g !== f && !!cueWords.get(toks[g.cue[0]].lower)?.participle && (toks[g.cue[0] - 1].text === ',' || participleConjunctions.has(toks[g.cue[0] - 1].lower)) && toks[g.cue[0] - 1].q < 0 && g.source?.[0] === f.source![0] && g.source[1] === f.source![1]);
    if (g) f.content = [a, toks[g.cue[0] - 2].text === ',' ? g.cue[0] - 3 : g.cue[0] - 2];
    // 'said Washington was "monitoring" but declined to say whether ...': the same for a second verb
    // after "but" that the model accepted with the same source, or with one before this cue ("told
    // analysts the company expected growth but warned ...": "warned" is the outer speaker's).
    const second = g ? undefined : firstFound(byCueStart, a + 2, b, (g) => g !== f && toks[g.cue[0] - 1].lower === 'but' && toks[g.cue[0] - 1].q < 0 && !!g.source && ((g.source[0] === f.source![0] && g.source[1] === f.source![1]) || g.source[1] < f.cue[0]));
    if (second) f.content = [a, toks[second.cue[0] - 2].text === ',' ? second.cue[0] - 3 : second.cue[0] - 2];
    // "Tom Reed, the mayor, announcing the lawsuit, said the law was unfair": a participle inside the
    // subject ends before the main verb after a comma, whose source is the same or holds the participle.
    const main = g || second || !cueWords.get(toks[f.cue[0]].lower)?.participle ? undefined
      : firstFound(byCueStart, a + 2, b, (g) => g !== f && toks[g.cue[0] - 1].text === ',' && toks[g.cue[0] - 1].q < 0 && !!g.source && g.source[1] < g.cue[0] &&
        ((g.source[0] === f.source![0] && g.source[1] === f.source![1] && g.source[1] < f.cue[0]) || (g.source[0] <= f.cue[0] && f.cue[1] <= g.source[1])));
    if (main) f.content = [a, main.cue[0] - 2];
  }
}

/**
 * "agreed to keep 4,000 troops there through 2028, a move Moscow denounced as a “provocation”":
 * content that runs past a comma into another cue whose content is the clause before that comma
 * ends at the comma; what follows is that other speaker's judgement of it, or (", records show",
 * ", Bob said") the attribution of the clause.
 */
export function contentsBeforeAppositiveCues(block: Block, found: Found[]): void {
  const { toks } = block;
  const byCueStart = orderFound(found, (g) => g.cue[0]);
  for (const f of found) {
    const [a, b] = f.content;
    if (a <= f.cue[1]) continue;
    // A cue that interrupts its sentence ("because, she said, the comment ...", "that, as Mr Lind
    // said, if ...") leaves it whole.
    const g = firstFound(byCueStart, a + 1, b, (g) => g !== f && !g.rest && g.content[1] < g.cue[0] && g.content[1] >= a && g.content[1] < b && toks[g.content[1] + 1]?.text === ',' && toks[g.content[1] + 1].q < 0 && toks[g.content[1] + 2]?.lower !== 'as');
    if (g) f.content = [a, g.content[1]];
  }
}

/** Verbs that put out a document: "issued a statement saying", "sent an email to members urging". */
const publishingVerbs = new Set(['issued', 'released', 'sent', 'published', 'posted', 'wrote', 'circulated', 'distributed', 'aired', 'tweeted', 'fired', 'put', 'blasted']);

/** Documents such a verb puts out. */
const publishedNouns = new Set(['statement', 'statements', 'email', 'emails', 'e-mail', 'letter', 'letters', 'message', 'messages', 'report', 'ad', 'ads', 'advert', 'memo',
  'tweet', 'note', 'release', 'video', 'post', 'response', 'article', 'column', 'op-ed', 'notice', 'appeal', 'complaint']);

/** Verbs of answering whose participle after them is one act: "responded Friday, saying", "hit back by calling". */
const answeringVerbs = new Set(['responded', 'replied', 'retorted']);

/** Particles that make a verb of hitting one of answering: "hit back", "shot back", "fired back". */
const answeringPairs = new Set(['hit', 'shot', 'fired', 'struck', 'lashed']);

/**
 * The first token of a verb that a participle cue at `p` continues as one act, or -1: a verb that
 * puts out a document ("released a statement on Tuesday saying", "sent an email to members
 * urging") or one of answering ("responded Friday, saying", "hit back again, saying", "responded
 * by calling"). Up to ten words of objects, times and places lie between, and one comma right before
 * the participle (or its "by"); no clause, quotation or other verb.
 */
function actBeforeParticiple(block: Block, p: number): number {
  const { toks } = block;
  const s = toks[p].s;
  const first = block.first[s];
  // "responded by pushing the krona down", "hit out at the board for delaying over paying him":
  // only a participle of saying continues the act.
  if (!speechLemmas.has(cueWords.get(toks[p].lower)?.lemma ?? '')) return -1;
  let k = p - 1;
  if (toks[k]?.lower === 'first' || (toks[k] && cueAdverb(toks[k]))) k--;
  if (toks[k]?.lower === 'by') k--;
  if (toks[k]?.text === ',' && toks[k].q < 0) k--;
  let documented = false;
  // "wrote in a statement to Harbour Weekly explaining": a document inside a preposition's phrase is not
  // what the verb puts out ("shot back in a statement, saying" still answers).
  let withinPhrase = false;
  for (let n = 0; n <= 10 && k >= first; n++, k--) {
    const u = toks[k];
    if (u.q >= 0 || !(isWord(u) || innerPunct.has(u.text))) return -1;
    if (documented && sourcePrepositions.has(u.lower)) withinPhrase = true;
    if (publishedNouns.has(u.lower) && !documented) documented = true;
    const next = toks[k + 1];
    if (answeringVerbs.has(u.lower) || (answeringPairs.has(u.lower) && (next.lower === 'back' || next.lower === 'out'))) return k;
    if (publishingVerbs.has(u.lower) && documented && !withinPhrase) {
      // "put out a statement", "blasted out an email", "fired off a letter": only with their particle.
      if ((u.lower === 'put' || u.lower === 'blasted' || u.lower === 'fired') && !(next.lower === 'out' || next.lower === 'off' || next.lower === 'back')) return -1;
      return k;
    }
    if (clauseOpeners.has(u.lower) || relativePronouns.has(u.lower) || beForms.has(u.lower) || verbKind(toks, k) !== '' || cueWords.get(u.lower)?.participle) return -1;
  }
  return -1;
}

/**
 * "The mayors sent a letter to the board urging a new vote": a participle that continues a verb of
 * putting out a document or of answering is a cue, though the model, which sees a few words around
 * it, may decline "board urging". Read only where the model declines, as pluralBeforeThat;
 * `actsBeforeParticiples` then joins the verb to it.
 */
export function participleAfterAct(block: Block, i: number, cue: CueWord, found: Found[]): Found | null {
  const { toks } = block;
  if (!cue.participle || toks[i].cap || withinContent(found, i) || actBeforeParticiple(block, i) < 0) return null;
  const last = block.last[toks[i].s];
  // "calling for calm": the particle is the cue's.
  const c1 = particles[cue.lemma]?.has(toks[i + 1]?.lower ?? '') ? i + 1 : i;
  const start = c1 + 1;
  if (start > last || isPunct(toks[start]) && toks[start].q < 0) return null;
  const end = contentEnd(block, start, cueStarts(block, start, last));
  return end >= start ? { cue: [i, c1], source: null, content: [start, end] } : null;
}

/**
 * "The council released a statement on Tuesday saying the bridge would reopen", "The campaign
 * responded Friday, saying the claims were false": PolNeAR marks the verb, what lies between and the
 * participle as one cue (in train 37 of 44 such frames), whose source is the verb's subject. The
 * rules found the participle alone, its source perhaps the addressee ("members"), and the verb of
 * answering as a second cue with the time for content.
 */
export function actsBeforeParticiples(block: Block, found: Found[]): void {
  const { toks } = block;
  // The cues the verb's phrase swallows end before the participle; a cue's end stays put here.
  const byCueEnd = orderFound(found, (g) => (g.cue[0] <= g.cue[1] ? g.cue[1] : undefined));
  const dropped: boolean[] = [];
  for (let j = 0; j < found.length; j++) {
    const f = found[j];
    const p = f.cue[0];
    if (dropped[j] || !cueWords.get(toks[p].lower)?.participle || f.content[0] <= f.cue[1]) continue;
    const h = actBeforeParticiple(block, p);
    if (h < 0) continue;
    let c0 = h;
    while (c0 - 1 >= block.first[toks[h].s] && toks[c0 - 1].q < 0 && (cueModifiers.has(toks[c0 - 1].lower) || cueAdverb(toks[c0 - 1]))) c0--;
    const before = toks[c0 - 1];
    // "a statement released on Tuesday saying": a participle after its noun is no act of a subject.
    if (!before || before.s !== toks[p].s || !isWord(before) || before.q >= 0 || beForms.has(before.lower) || publishedNouns.has(before.lower) || sourcePrepositions.has(before.lower) || determiners.has(before.lower)) continue;
    const walked = f.source && f.source[1] < c0 ? f.source : subjectBefore(block, c0 - 1);
    // "On Friday the campaign sent out ...": a time before the subject is no part of it.
    const source = walked && (afterOpeningPhrase(block, walked) ?? (prepositionalPhrase(block, walked) ? null : walked));
    if (!source) continue;
    f.cue = [c0, f.cue[1]];
    f.source = source;
    eachFound(byCueEnd, c0, p - 1, (g, k) => {
      if (g !== f && g.cue[0] >= c0 && g.cue[1] < p) dropped[k] = true;
    });
  }
  removeMarked(found, dropped);
}

/**
 * "A poll found Berg ahead by nine points, with 12 percent still undecided": after a reported
 * finding, ", with" and a figure go on with its numbers (PolNeAR train, first annotator, where our
 * contents stopped there: kept 8 times, left out once), unlike ", with the vote due in May".
 * contentEnd stops at ", with"; this runs on after the model's verdict, so that the reading it
 * judges stays the same.
 */
export function contentsOverFigures(block: Block, found: Found[]): void {
  const { toks } = block;
  for (const f of found) {
    const [a, e] = f.content;
    if (a <= f.cue[1] || f.rest || toks[e + 1]?.text !== ',' || toks[e + 1].q >= 0 || toks[e + 2]?.lower !== 'with' || toks[e + 2].s !== toks[e].s || !figureAt(block, e + 3)) continue;
    const last = block.last[toks[e].s];
    const end = contentEnd(block, e + 2, cueStarts(block, e + 2, last));
    if (end > e + 2) f.content = [a, end];
  }
}

/**
 * "Migrants would count as a group, Lund said, a rule which would ease their stay.": after an
 * interrupting cue, a noun phrase with a relative clause to the sentence end comments in the
 * writer's voice on what was said, as it does after a content (contentEnd); it is no second part of
 * the content. After the model's verdict, so that the reading it judges stays the same.
 */
export function restsWithoutComments(block: Block, found: Found[]): void {
  const { toks } = block;
  for (const f of found) {
    if (f.rest && (toks[f.rest[0]].lower === 'a' || toks[f.rest[0]].lower === 'an') && closingRelativeAppositive(block, f.rest[0], f.rest[1])) f.rest = undefined;
  }
}

/**
 * "In a speech last July, he said:" closing its paragraph introduces the next one: the colon stands
 * for the content, as verbCue reads "Hewitt writes:", and the article-level pass puts the paragraph
 * after it in its place. The phrase before the cue, which the reading took for a content before it,
 * is its time or place. Applied after the model's verdict, so that the reading it judges stays the same.
 */
export function contentsAfterClosingColons(block: Block, found: Found[]): void {
  const { toks } = block;
  const colon = toks.length - 1;
  for (const f of found) {
    if (!f.source || f.rest || f.content[1] >= f.cue[0] || f.cue[1] + 1 !== colon || toks[colon].text !== ':' || toks[colon].q >= 0) continue;
    f.content = [colon, colon];
  }
}

/**
 * "a result that he said beat forecasts", "in what officials called a planned attack": a cue inside
 * a relative clause whose gap its content fills (the subject of the reported clause, or what a verb
 * of naming names) reports the relative pronoun too, as a second content (PolNeAR train, first
 * annotator: 15 contents made exact, 3 made too long). Only "that" after a noun and "what"; a content
 * with an object of its own ("that he called the plan a farce", "described the ground as ...") has
 * its gap elsewhere.
 */
export function relativeGapContents(block: Block, found: Found[]): void {
  const { toks } = block;
  for (const f of found) {
    if (!f.source || f.rest || f.content[0] <= f.cue[1] || f.source[1] >= f.cue[0]) continue;
    const p = f.source[0] - 1;
    const t = toks[p];
    if (!t || t.q >= 0 || t.s !== toks[f.cue[0]].s || !(t.lower === 'that' || t.lower === 'what')) continue;
    // "noted that officials said ...": a "that" after a verb opens a reported clause of its own.
    if (t.lower === 'that' && !nounBeforeThat(block, p)) continue;
    if (gapFilledBy(block, f)) f.rest = [p, p];
  }
}

/**
 * Whether the word before the "that" at `p` is a noun a relative clause may describe: a word of its
 * sentence that is no verb, no cue word and no noun a "that" clause completes ("the fact that",
 * "talk that Kalns had felt sidelined").
 */
function nounBeforeThat(block: Block, p: number): boolean {
  const head = block.toks[p - 1];
  return !!head && head.q < 0 && isWord(head) && head.s === block.toks[p].s && verbKind(block.toks, p - 1) === '' && !cueWords.has(head.lower) && !complementNouns.has(head.lower);
}

/** Nouns whose "that" opens the clause they stand for, not a relative clause: "the fact that", "fears that". */
const complementNouns = new Set(['fact', 'speculation', 'news', 'idea', 'notion', 'belief', 'evidence', 'suggestion', 'possibility', 'hope', 'hopes', 'fear', 'fears', 'concern', 'concerns', 'claim', 'claims', 'report', 'reports', 'rumours', 'rumors', 'view', 'sign', 'signs', 'assumption', 'argument', 'allegation', 'allegations', 'warning', 'warnings', 'assurance', 'assurances', 'confirmation', 'word', 'chance', 'risk', 'danger', 'likelihood', 'prospect', 'impression', 'feeling', 'sense', 'doubt', 'doubts', 'suspicion', 'suspicions', 'indication', 'indications', 'proof', 'message', 'theory']);

/** Verbs of naming whose complement a relative pronoun may stand in front of: "what critics called ...". */
const namingGapLemmas = new Set(['call', 'describe', 'characterize', 'characterise', 'label', 'dub', 'brand', 'term']);

/**
 * Whether the content of `f` lacks what the relative pronoun before its source stands for: it opens
 * with a finite verb ("said beat forecasts"), or a verb of naming has only its complement after
 * it ("called a planned attack", "described as ...").
 */
function gapFilledBy(block: Block, f: Found): boolean {
  const { toks } = block;
  const [c, e] = f.content;
  if (toks[c].q < 0 && hasFiniteVerb(block, c, c + 1)) return true;
  const naming = toks.slice(f.cue[0], f.cue[1] + 1).some((u) => namingGapLemmas.has(cueWords.get(u.lower)?.lemma ?? ''));
  if (!naming) return false;
  // "described the ground as ...": an object before "as" fills the gap itself.
  for (let k = c + 1; k <= e; k++) if (toks[k].lower === 'as' && toks[k].q < 0) return false;
  return true;
}

/**
 * "called her “second-rate” and skipped the debate", "has pushed back on the charges and has worked
 * to ...": after a cue whose content is its object (no clause of its own), "and" with a verb in the
 * cue's own form, taking an object, joins a second predicate of the speaker, which is not what was
 * said; so does a comma before such a verb (commaSecondPredicate). A reported clause ("said she has
 * no plans and would not ...") keeps its verbs; so does a verb after a base form ("to step up and show").
 */
export function contentsBeforeSecondPredicates(block: Block, found: Found[]): void {
  const { toks } = block;
  const cueOpenings = new Set(found.map((g) => g.cue[0]));
  for (const f of found) {
    const [a, b] = f.content;
    if (a <= f.cue[1] || toks[a].lower === 'that') continue;
    let head = f.cue[0];
    while (head < f.cue[1] && !cueWords.has(toks[head].lower)) head++;
    const perfect = toks.slice(f.cue[0], head).some((t) => t.lower === 'has' || t.lower === 'have' || t.lower === 'had');
    const form = perfect ? 'perfect' : verbForm(toks[head]);
    if (!form) continue;
    let commaBefore = false;
    for (let k = a; k < b; k++) {
      const t = toks[k];
      if (t.q >= 0) continue;
      // A verb of the content's own makes it a clause, whose later verbs are its own ("pledged his
      // support to a group that killed ... and wounded ..."), unless both are perfects like the cue
      // ("has said she wants ... and has expressed support").
      // "it" and "you" are objects too ("called it illegal"), subjects before a verb ("said it became").
      const pronoun = subjectPronouns.has(t.lower) && (!(t.lower === 'it' || t.lower === 'you') || !!verbForm(toks[k + 1]) || clauseVerbs.has(toks[k + 1].lower) || beForms.has(toks[k + 1].lower));
      const clause = clauseVerbs.has(t.lower) || beForms.has(t.lower) || finiteVerbs.has(t.lower) || relativePronouns.has(t.lower) || pronoun || (t.lower.length > 4 && t.lower.endsWith('ed') && !t.cap && !determiners.has(toks[k - 1].lower));
      if (clause && form !== 'perfect') break;
      // Only the content's first comma: a later one may close an appositive before its noun's own verb
      // ("denied Mr Lind, his deputy, said the plans ...").
      if (t.text === ',' && k > a && !commaBefore && commaSecondPredicate(block, cueOpenings, k + 1, form)) {
        f.content = [a, k - 1];
        break;
      }
      if (t.text === ',') commaBefore = true;
      if (t.lower !== 'and' || k === a) continue;
      let v = k + 1;
      while (v < b && toks[v].q < 0 && (cueAdverb(toks[v]) || toks[v].lower === 'also' || toks[v].lower === 'even')) v++;
      const verb = toks[v];
      let second = false;
      if (form === 'perfect' || ((form === 's' || form === 'past') && (verb.lower === 'has' || verb.lower === 'had'))) {
        let p = v + 1;
        while (p < b && (cueAdverb(toks[p]) || toks[p].lower === 'also' || toks[p].lower === 'not')) p++;
        second = (verb.lower === 'has' || verb.lower === 'have' || verb.lower === 'had') && p <= b && (verbForm(toks[p]) === 'past' || irregularParticiples.has(toks[p].lower) || toks[p].lower === 'been');
        if (form === 'perfect' || second) {
          if (second) f.content = [a, toks[k - 1].text === ',' ? k - 2 : k - 1];
          if (second) break;
          continue;
        }
      }
      const after = toks[v + 1];
      // A plural noun looks like a verb in "-s" ("envisions sending workers and families from"):
      // there only an object that no noun takes counts.
      const pronounObject = !!after && opensPronounObject(after);
      const takesObject = !!after && after.s === verb.s && (pronounObject || (form !== 's' && (after.q >= 0 || after.cap || /^\d/.test(after.text) || after.lower === 'to' || introPrepositions.has(after.lower) || verbParticles.has(after.lower))));
      if (verbForm(verb) === form && takesObject) {
        f.content = [a, toks[k - 1].text === ',' ? k - 2 : k - 1];
        break;
      }
    }
  }
}

/**
 * "praised the plan, called the mayor a coward and ...": after a comma, a verb in the cue's own form
 * with a pronoun or determiner as its object (or a subject pronoun after a verb of saying, or any
 * object after a cue the finder found) opens the speaker's next predicate. Only such objects count, since a participle after a comma often
 * describes the noun before it ("the report, called “Open Doors”", "the group, based in Leeds").
 */
function commaSecondPredicate(block: Block, cueOpenings: Set<number>, v: number, form: string): boolean {
  const { toks } = block;
  const verb = toks[v];
  const after = toks[v + 1];
  if (!verb || !after || verb.q >= 0 || after.q >= 0 || verb.cap || after.s !== verb.s || (form !== 'past' && form !== 's')) return false;
  if (verbForm(verb) !== form) return false;
  // "denied the charges, said he was innocent": a subject pronoun follows only a finite verb of saying.
  if (subjectPronouns.has(after.lower) && cueWords.has(verb.lower)) return true;
  // A verb the finder took as a cue of its own, not passive, takes any object ("ruled Vale eligible",
  // "declined to endorse"); a verb of naming there names the noun before it ("the scheme, dubbed
  // Tarn-2").
  const naming = namingGapLemmas.has(cueWords.get(verb.lower)?.lemma ?? '');
  if (!naming && !passiveAfter.has(after.lower) && cueOpenings.has(v)) return true;
  return opensPronounObject(after);
}

/** Whether `t` opens an object no noun takes: a determiner, an object pronoun or a possessive. */
function opensPronounObject(t: Tok): boolean {
  return determiners.has(t.lower) || subjectObjects.has(t.lower) || t.lower === 'it' || possessives.has(t.lower);
}

/**
 * "says he would sit the leader down and tell him ...", "to step up and show ...": contentEnd stops
 * at "and" before a cue word, a second verb of the speaker's ("said ... and added"); a base form
 * there is the reported clause's own verb, unless the model accepted it as a cue of the same
 * source. Read after the model, so that the rules' reading it judges stays the same.
 */
export function contentsOverBaseForms(block: Block, found: Found[]): void {
  const { toks } = block;
  const byCueStart = orderFound(found, (g) => g.cue[0]);
  for (const f of found) {
    const [a, b] = f.content;
    const and = toks[b + 1];
    const verb = toks[b + 2];
    if (a <= f.cue[1] || !and || !verb || and.lower !== 'and' || and.q >= 0 || verb.q >= 0 || verb.cap || and.s !== toks[b].s || verb.s !== and.s) continue;
    if (cueWords.get(verb.lower)?.lemma !== verb.lower) continue;
    if (firstFound(byCueStart, b + 2, b + 2, (g) => g.source === null || (f.source !== null && g.source[0] === f.source[0] && g.source[1] === f.source[1]))) continue;
    const end = contentEnd(block, b + 2, cueStarts(block, b + 2, block.last[verb.s]));
    if (end >= b + 2) f.content = [a, end];
  }
}

/** Words after a participle that make it passive: "quoted in", "endorsed by", "known as". */
const passiveAfter = new Set(['by', 'in', 'as', 'on']);

/**
 * "..., according to Latvian customs figures, the Trade Ministry revealed ...": a source
 * that runs over another attribution's subject and cue, the subject right after a comma, ends at
 * that comma, since a clause with its own speaker has begun there. A relative clause ("who plans
 * to", "the project that encourages"), an -ing word ("the adult judging panel"), a word as often a
 * noun ("a vocal advocate") or a passive participle ("a spokesman quoted in Harbour Daily") in the
 * source describes the speaker instead and leaves the source whole.
 */
export function sourcesBeforeOtherClauses(block: Block, found: Found[]): void {
  const { toks } = block;
  const finiteClause = (g: Found) => {
    const [s0, s1] = g.source!;
    for (let k = s0; k < g.cue[0]; k++) if (relativePronouns.has(toks[k].lower)) return false;
    const verb = toks[g.cue[1]];
    const cue = cueWords.get(verb.lower);
    // "a vocal advocate": a word right after an article and an adjective is a noun.
    const bareNoun = (!!cue?.nounLike && verb.lower === cue.lemma && g.cue[0] === g.cue[1]) || toks[g.cue[0] - 2]?.lower === 'a' || toks[g.cue[0] - 2]?.lower === 'an';
    return !/ing$/.test(verb.lower) && !bareNoun && s1 < g.cue[0] && !passiveAfter.has(toks[g.cue[1] + 1]?.lower ?? '');
  };
  // Another clause's source starts inside this source, before its cue, which ends inside it too.
  // No source is no other clause (key -1, before every range); empty ranges bound nothing.
  const bySourceStart = orderFound(found, (g) => (!g.source ? -1 : g.source[0] <= g.source[1] && g.cue[0] <= g.cue[1] ? g.source[0] : undefined));
  for (const f of found) {
    if (!f.source) continue;
    const [a, b] = f.source;
    const other = firstFound(bySourceStart, a + 2, b, (g) => g !== f && !!g.source && g.source[0] > a + 1 && g.source[1] < g.cue[0] && g.cue[1] <= b && finiteClause(g));
    const comma = other ? toks[other.source![0] - 1] : undefined;
    if (comma?.text === ',' && comma.q < 0) f.source = [a, other!.source![0] - 2];
  }
}

/**
 * "Polls show most Poles back a tougher line": a cue inside another's content has its source inside
 * that content too; a walk back that ran over the outer cue ("Polls show most Poles") stops where the
 * content starts (review21 embassy.txt named the speaker "Poles" with the role "polls show", and a
 * later "he said" resolved to it).
 */
export function sourcesWithinContents(block: Block, found: Found[]): void {
  const { toks } = block;
  // Only an outer cue that is a verb of a clause: one with a subject right before it ("It claims Tony
  // Blair ... said") or one opening the sentence ("Commenting Mr Macklin said"), not a word inside a
  // name or a noun compound ("Planning Minister Ivo De Lind", "a National Harbour Office report on")
  // nor a participle set off after a name ("Mr Kalns, known for his work with ...").
  const clauseCue = (g: Found) => {
    const verb = toks[g.cue[0]];
    if (verb.s !== toks[g.cue[1]].s || /ing$/.test(toks[g.cue[1]].lower) || /ing$/.test(verb.lower)) return false;
    if (g.cue[0] === block.first[verb.s]) return true;
    if (verb.cap || !g.source || g.source[1] !== g.cue[0] - 1) return false;
    const last = toks[g.source[1]];
    const named = last.cap && !subjectPronouns.has(last.lower) && g.source[1] !== block.first[last.s];
    return !(cueWords.get(toks[g.cue[1]].lower)?.nounLike && (named || sourcePrepositions.has(toks[g.content[0]].lower)));
  };
  // The outer cue ends inside this source; a cue's end stays put here.
  const byCueEnd = orderFound(found, (g) => g.cue[1]);
  for (const f of found) {
    if (!f.source) continue;
    const outer = firstFound(byCueEnd, f.source[0], f.source[1] - 1, (g) => g !== f && g.content[0] > g.cue[1] && g.content[0] <= f.cue[0] && f.cue[1] <= g.content[1] && f.source![0] <= g.cue[1] && g.cue[1] < f.source![1] && clauseCue(g));
    if (outer) f.source = outer.content[0] <= f.source[1] ? [outer.content[0], f.source[1]] : null;
  }
}
