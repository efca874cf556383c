/**
 * Turns a `Found` (token ranges) into an `Attribution` of the extract contract (offsets in the block):
 * trims what PolNeAR leaves out of a source (a leading "when", a headline verb, an adjunct) and
 * tells direct, mixed and indirect speech apart.
 */
import type { Attribution, AttributionType, Span } from '../../types.js';
import { cueModifiers, subjectPronouns, titles } from '../lexicon.js';
import { type Block, type Found, isPunct, isWord, type Range } from './block.js';
import {
  adverb,
  contractedSubjects,
  cueAdverb,
  finiteVerbs,
  honorifics,
  isSeparator,
  lyNotAdverbs,
  objectOpeners,
  relativeOpeners,
  roleHeads,
  sourcePrepositions,
  titleCased,
  verbForm,
  verbParticles,
} from './grammar.js';
import { monthWords, timeWords } from './time.js';
import { plainNounBefore } from './nounPhrases.js';

/** The offsets, in the block, of tokens r[0]..r[1], widened over Markdown syntax at an end when the span holds one side of a link or emphasis only. */
export function span(block: Block, r: Range): Span {
  const { toks, text } = block;
  const start = toks[r[0]].start;
  const end = toks[r[1]].end;
  // Markdown syntax reaches the finder as spaces, two or more where prose has one. A span with such
  // a run inside it holds one side of a link or an emphasis ("the [Institute for the Study of War",
  // "1,200 km** — the length"): it takes in the run next to either end too, so that it holds the
  // other side, leaving out the one real space a run between two words keeps.
  if (!text.slice(start, end).includes('  ')) return { start, end };
  return { start: maskedBefore(block, r[0], start), end: maskedAfter(block, r[1], end) };
}

/** The start of a run of masked syntax before token `k` in its sentence, or `start` when there is none. */
function maskedBefore(block: Block, k: number, start: number): number {
  const { toks, text } = block;
  let a = start;
  while (a > 0 && text[a - 1] === ' ') a--;
  if (start - a < 2) return start;
  const prev = toks[k - 1];
  if (!prev) return a === 0 ? 0 : start;
  return prev.s === toks[k].s ? a + 1 : start;
}

/** The end of a run of masked syntax after token `k` in its sentence, or `end` when there is none. */
function maskedAfter(block: Block, k: number, end: number): number {
  const { toks, text } = block;
  let b = end;
  while (b < text.length && text[b] === ' ') b++;
  if (b - end < 2) return end;
  const next = toks[k + 1];
  if (!next) return b === text.length || !text.slice(b).trim() ? b : end;
  if (next.s !== toks[k].s) return end;
  return isPunct(next) ? b : b - 1;
}

/** A word with a contracted auxiliary: "He's", "they’ve", "We're" (the group is the auxiliary). */
const contracted = /^(\p{L}+)(['’](?:s|ve|re|d|ll))$/iu;

/** The extract contract's attribution for a reading: spans from the token ranges, the source trimmed, the type from the content. */
export function toAttribution(block: Block, f: Found): Attribution {
  const content = span(block, f.content);
  const cue = span(block, f.cue);
  let source = f.source ? span(block, withoutHeadlineVerb(block, withoutOwnPredicate(block, withoutLeadingAdjunct(block, withLeadingNo(block, withoutAnonymityClause(block, withoutMediumAdjunct(block, f.source)))), f.cue))) : null;
  // "He's said", "they've argued": the contracted auxiliary belongs to the cue, the pronoun to the
  // source, though the tokenizer keeps them one word.
  const before = block.toks[f.cue[0] - 1];
  const verb = block.toks[f.cue[0]];
  // "He's not saying", "she's also praising": the participle may follow adverbs.
  let participle = f.cue[0];
  while (participle < f.cue[1] && (cueModifiers.has(block.toks[participle].lower) || cueAdverb(block.toks[participle]))) participle++;
  if (before && before.s === verb.s && before.q < 0 && before.end === verb.start - 1 && !verb.cap && /(ed|en|ing|said|told|thought|known|heard|found|shown|made)$/.test(block.toks[participle].lower)) {
    const m = contracted.exec(before.text);
    if (m && (m[2].length > 2 || contractedSubjects.has(m[1].toLowerCase()))) {
      cue.start = before.end - m[2].length;
      if (source && f.source![1] === f.cue[0] - 1) source = { start: source.start, end: cue.start };
    }
  }
  // "He’s a farmer and says ...", "She's a Ruiz supporter but concedes ...": a subject pronoun written
  // with its auxiliary opens the subject of a verb further on, and is all of it.
  const opening = source && f.source && block.toks[f.source[0]];
  const pronoun = opening && source!.end !== cue.start ? contracted.exec(opening.text) : null;
  if (pronoun && subjectPronouns.has(pronoun[1].toLowerCase())) source = { start: source!.start, end: opening!.end - pronoun[2].length };
  return {
    cue,
    source,
    content,
    type: f.direct ? 'direct' : typeOf(block, f.content),
    speaker: null,
  };
}

/** Direct when the content is one whole quotation, mixed when it holds one, else indirect. */
function typeOf(block: Block, r: Range): AttributionType {
  const { toks, quotes } = block;
  const q = toks[r[0]].q;
  if (q >= 0 && quotes[q].open === r[0]) {
    const end = quotes[q].last;
    if (end === r[1] || (end === r[1] - 1 && isPunct(toks[r[1]]))) return 'direct';
  }
  for (let k = r[0]; k <= r[1]; k++) if (toks[k].q >= 0 && !scareQuote(block, toks[k].q)) return 'mixed';
  return 'indirect';
}

/**
 * "No official said", "no senior aide has argued": the "no" before the noun phrase is part of the
 * source as PolNeAR marks it (train, first annotator: every time it comes right before the source).
 */
function withLeadingNo(block: Block, r: Range): Range {
  const { toks } = block;
  const before = toks[r[0] - 1];
  const plain = before && before.q < 0 && before.s === toks[r[0]].s && before.lower === 'no';
  return plain && isWord(toks[r[0]]) && !toks[r[0]].cap ? [r[0] - 1, r[1]] : r;
}

/**
 * The source without a "who" clause at its end that says only why it goes unnamed, which PolNeAR
 * leaves out: one set off by a comma ("A senior aide, who spoke on condition of anonymity, said"),
 * or "who requested anonymity" and "who spoke anonymously" with none ("said an aide who requested
 * anonymity to speak freely"). PolNeAR train, first annotator: left out 11 times in 12; a clause with
 * no comma about the condition of anonymity stays ("An aide who spoke on condition of anonymity
 * said": 2 in 2). "who cannot be named" stays too: it tells the speakers apart later.
 */
function withoutAnonymityClause(block: Block, r: Range): Range {
  const { toks } = block;
  let end = r[1];
  if (toks[end].text === ',' && end > r[0]) end--;
  for (let j = end; j > r[0] + 1; j--) {
    const t = toks[j];
    if (t.q >= 0 || (t.text === ',' && toks[j + 1]?.lower !== 'who')) return r;
    if (t.lower !== 'who') continue;
    const comma = toks[j - 1].text === ',';
    const clause = toks.slice(j + 1, end + 1);
    const unnamed = comma ? clause.some((u) => u.lower === 'anonymity' || u.lower === 'anonymously') : (clause[0]?.lower === 'requested' && clause[1]?.lower === 'anonymity') || (clause[0]?.lower === 'spoke' && clause[1]?.lower === 'anonymously');
    return unnamed ? [r[0], comma ? j - 2 : j - 1] : r;
  }
  return r;
}

/** Nouns for the means by which something was said: "in a statement", "via email", "on social media". */
const mediumNouns = new Set(['statement', 'statements', 'interview', 'filing', 'post', 'email', 'e-mail', 'emails', 'tweet', 'tweets', 'speech', 'op-ed', 'memo',
  'release', 'media', 'video', 'podcast', 'blog', 'broadcast', 'column', 'editorial', 'essay', 'message', 'letter']);
const mediumPrepositions = new Set(['in', 'on', 'via', 'through']);
// Not "the": "the statement", "the news media" name one already spoken of, part of the noun phrase
// ("Ruiz's words in the statement"); in PolNeAR train every means left out opened otherwise.
const mediumOpeners = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'social']);

/**
 * The source without an adjunct at its end that says how it spoke, which PolNeAR leaves out ("Jon
 * Hale in a blog post said", "said her lawyers in a court filing", "said Ana Ruiz, an analyst at
 * Nordbank, via email"): a preposition, up to three words and a noun of such a means, and what
 * follows it. PolNeAR train, first annotator: left out 18 times in 19.
 */
function withoutMediumAdjunct(block: Block, r: Range): Range {
  const { toks } = block;
  for (let k = r[0] + 1; k < r[1]; k++) {
    if (!mediumPrepositions.has(toks[k].lower) || toks[k].q >= 0) continue;
    // "senior adviser on mobile media", "took on the post": the means follows an indefinite article
    // or a possessive ("in a statement", "on social media"), or "via".
    const opener = toks[k + 1].lower;
    if (toks[k].lower !== 'via' && !mediumOpeners.has(opener)) continue;
    for (let m = k + 1; m <= r[1] && m - k <= 4; m++) {
      const t = toks[m];
      if (t.q >= 0 || !isWord(t)) break;
      // "in the media district": a noun after it makes the phrase a place.
      const next = toks[m + 1];
      const closes = m === r[1] || !isWord(next) || /ed$/.test(next.lower) || sourcePrepositions.has(next.lower) || next.lower === 'prior';
      // "a blog post", not "the post" (a job).
      const named = t.lower !== 'post' || m - k >= 3;
      if (mediumNouns.has(t.lower) && !t.cap && closes && named) {
        const end = toks[k - 1].text === ',' ? k - 2 : k - 1;
        return end >= r[0] && isWord(toks[end]) ? [r[0], end] : r;
      }
    }
  }
  return r;
}

/**
 * Words before a subject that say when, walked back over with it: a live blog's date and time ("2016
 * 8:47PM Ana Ruiz"), a year before an article ("From 2010 to 2013 the party led"), a length of time
 * before a name ("within five to 10 years Dunmore will"), and adverbs of time ("Just recently the
 * Armenians", "soon Tom Reed had declared", "right now we").
 */
const leadingWhen =
  /^(?:(?:(?:1[89]|20)\d\d,?\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?|(?:1[89]|20)\d\d(?=\s+(?:the|a|an|his|her|their|its)\s)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years|months|weeks|days|hours)(?=\s+\p{Lu})|(?:[Jj]ust\s+)?[Rr]ecently|[Ss]oon|[Rr]ight\s+now)\s+(?=(?:[Tt]he|[Aa]n?)\s|\p{Lu}|(?:he|she|they|we|I|you)\b)/u;

/** The source without words before its subject that say when (`leadingWhen`). */
function withoutLeadingAdjunct(block: Block, r: Range): Range {
  const { toks } = block;
  if (r[1] <= r[0]) return r;
  const m = leadingWhen.exec(block.text.slice(toks[r[0]].start, toks[r[1]].end));
  if (!m) return r;
  const start = toks[r[0]].start + m[0].length;
  for (let k = r[0] + 1; k <= r[1]; k++) if (toks[k].start === start) return [k, r[1]];
  return r;
}

/** Auxiliaries and adverbs that a headline in title case capitalises after its subject: "Will", "Isn’t", "Finally". */
const headlineVerbWords = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did',
  "isn't", "aren't", "wasn't", "won't", "can't", "doesn't", "don't", "didn't", "hasn't", "haven't", 'isn’t', 'aren’t', 'wasn’t', 'won’t', 'can’t', 'doesn’t', 'don’t',
  'didn’t', 'hasn’t', 'haven’t', 'finally', 'fully', 'just', 'now', 'also', 'still', 'already', 'again', 'never', 'quietly', 'officially', 'formally', 'publicly',
  'secretly', 'reportedly', 'really', 'actually', 'openly', 'repeatedly', 'suddenly', 'quickly']);

/**
 * A headline's source without the capitalised auxiliary or adverb after its subject, with all that
 * follows it: "Ana Ruiz Finally Endorses", "Top Harbor Group Will Buy Ads Urging", "This Democrat
 * Isn’t Challenging" had "Ana Ruiz Finally", ... (the speaker "Ana Ruiz Finally").
 */
function withoutHeadlineVerb(block: Block, r: Range): Range {
  const { toks } = block;
  if (r[1] <= r[0] || !titleCased(block, toks[r[0]].s)) return r;
  for (let k = r[0] + 1; k <= r[1]; k++) {
    const t = toks[k];
    if (t.q >= 0 || isSeparator(t)) return r;
    if (t.cap && isWord(t) && headlineVerbWords.has(t.lower)) return [r[0], k - 1];
  }
  return r;
}

/** Modals, negated or not, that follow a subject: "cannot", "can't", "may", "would". */
const modalForm = /^(?:will|would|can|could|might|may|should|must|cannot|(?:can|won|wouldn|couldn|shouldn|mustn)['’]t)$/;
/** Words that follow a verb and never a noun inside a subject: its object's article, an object pronoun, a particle. */
const verbObjectOpeners = new Set([...objectOpeners, 'him', 'them', 'us', 'me', ...verbParticles]);
/** Forms of verbs whose object may be an -ing form: "avoids discussing", "risks losing". */
const gerundTakingForms = new Set(['avoid', 'avoids', 'avoided', 'risk', 'risks', 'risked', 'keep', 'keeps', 'kept', 'stop', 'stops', 'stopped', 'start', 'starts', 'started',
  'began', 'begins', 'continue', 'continues', 'continued', 'try', 'tries', 'tried', 'consider', 'considers', 'considered', 'quit', 'quits', 'resume', 'resumes', 'resumed',
  'finish', 'finishes', 'finished', 'enjoy', 'enjoys', 'enjoyed', 'spent', 'spends']);
/** Participles that name what they follow: "a group called The Hub", "a man named Ana". */
const namingParticipleForms = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed', 'known', 'labelled', 'labeled', 'branded']);
/** Adverbs that may stand between a subject and its verb ("may soon", "cannot necessarily"). */
const midAdverbs = new Set(['soon', 'quite', 'also', 'still', 'not', 'never', 'already', 'just', 'even', 'then', 'now', 'often']);

/**
 * Whether token `k` is a finite verb after a subject: a modal, or a verb in the past or the third
 * person before its object, a particle or an -ing complement ("took the stage", "shrugged off",
 * "risks underestimating", "remain reluctant"). A word in "-ed" after a noun with no such follower
 * may be a reduced relative ("a report published Friday", "analysts polled by the bank") and is left.
 */
function predicateVerbAt(block: Block, k: number): boolean {
  const { toks } = block;
  const t = toks[k];
  const next = toks[k + 1];
  if (!t || t.cap || t.q >= 0 || !isWord(t)) return false;
  if (modalForm.test(t.lower)) return true;
  if (!next || next.s !== t.s || next.q >= 0 || !isWord(next)) return false;
  if (t.lower === 'remain' || t.lower === 'remains' || t.lower === 'remained') return !next.cap;
  // "shrugged off the remarks"; "a poll carried out by", "research set up in 2004" are reduced relatives.
  const particle = verbParticles.has(next.lower) && !sourcePrepositions.has(toks[k + 2]?.lower ?? 'by');
  const object = (verbObjectOpeners.has(next.lower) && !verbParticles.has(next.lower)) || particle || (honorifics.has(next.lower.replace(/\.$/, '')) && !!toks[k + 2]?.cap);
  // "risks underestimating", "tried offering": only verbs that take an -ing form as their object, since
  // a noun takes one as a reduced relative ("people attending the rally", "articles alleging").
  const complement = gerundTakingForms.has(t.lower) && !next.cap && next.lower.length > 4 && next.lower.endsWith('ing');
  const form = verbForm(t);
  // "a group called The Hub": a naming participle after a noun names it.
  if ((form === 'past' || finiteVerbs.has(t.lower)) && !namingParticipleForms.has(t.lower)) return object || complement;
  // "analysts the firm": a plural noun before an article is no verb in "-s"; only a complement tells.
  return form === 's' && complement;
}

/**
 * A source that runs on over its subject's own predicate ("Mendez took the stage", "the Lund campaign
 * risks", "harbor pilots signed an open letter", "supporters can't quite"), as the walk back from a
 * later verb can: the subject before that verb, which must end in a name, a pronoun or a plain noun.
 * A comma, a dash, a relative pronoun or a quotation before the verb leaves the source whole
 * ("Ana Lima, who took the job in May,").
 */
function withoutOwnPredicate(block: Block, r: Range, cue: Range): Range {
  const { toks } = block;
  for (let k = r[0] + 1; k <= r[1]; k++) {
    const t = toks[k];
    if (t.q >= 0 || isSeparator(t) || relativeOpeners.has(t.lower) || t.lower === 'that') return r;
    if (!predicateVerbAt(block, k)) continue;
    // "options should Kalns choose": a modal with more than adverbs after it is inverted.
    if (modalForm.test(t.lower) && toks.slice(k + 1, r[1] + 1).some((u) => !midAdverbs.has(u.lower) && !adverb.test(u.lower))) return r;
    // "he played down reports Mr Reed was weighing": a name right before a finite cue may be its
    // own subject, in a clause with no "that"; the source is left as it was.
    if (r[1] === cue[0] - 1 && !toks[cue[0]].lower.endsWith('ing') && toks.slice(k + 1, r[1] + 1).some((u) => u.cap && isWord(u) && !timeWords.has(u.lower) && !monthWords.has(u.lower))) return r;
    let end = k - 1;
    while (end > r[0] && (midAdverbs.has(toks[end].lower) || (adverb.test(toks[end].lower) && !lyNotAdverbs.has(toks[end].lower)))) end--;
    const head = toks[end];
    const nounHead = head.cap || subjectPronouns.has(head.lower) || titles.has(head.lower) || roleHeads.has(head.lower) || plainNounBefore(head, true);
    return nounHead && isWord(head) ? [r[0], end] : r;
  }
  return r;
}

/** A quotation the writer marks as a label, not as anyone's words: the so-called "training camps". */
function scareQuote(block: Block, q: number): boolean {
  const before = block.toks[block.quotes[q].open - 1];
  return before !== undefined && (before.lower === 'so-called' || before.lower === 'so' || before.lower === 'called');
}
