/**
 * Attributions that a quotation's layout makes: a headline or label with a colon ("Berg: 'We will
 * not close the port'"), a quote followed by its speaker, an opening "Said Ana Lima:", a clause
 * closing in a colon before a quote, a quote signed with a dash, "..., the court heard.", and the
 * quotations that go on with the last speaker or have none (`continuations`).
 */
import type { Attribution } from '../../types.js';
import { addressPronoun, anonymousHeads, clauseOpeners, cueWords, determiners, listMarkers, subjectPronouns, titles } from '../lexicon.js';
import { type Block, firstFound, type Found, isPunct, isWord, orderFound, type Range, terminal, type Tok } from './block.js';
import {
  articles,
  articlesAndPossessives,
  beForms,
  countWords,
  hasFiniteVerb,
  hasName,
  honorifics,
  innerPunct,
  sameLine,
  sourcePrepositions,
  subordinators,
  verbKind,
} from './grammar.js';
import { span, toAttribution } from './toAttribution.js';
import { contentEnd } from './content.js';
import { clauseStart } from './time.js';
import { subjectAt } from './subjects.js';
import { nounPhraseBack } from './nounPhrases.js';

/** Labels that look like "Name:" at a paragraph start but introduce no speech. */
const nonSpeakerLabels = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'explainer', 'factbox', 'timeline', 'profile', 'obituary', 'interview', 'review', 'recap',
  'update', 'note', 'editor', "editor's", 'photo', 'video', 'watch', 'read', 'related', 'correction', 'clarification', 'source', 'sources', 'image', 'caption', 'credit', 'warning', 'disclaimer', 'q', 'a', 'tags', 'share', 'advertisement', 'listen', 'see', 'also', 'more', 'live', 'breaking', 'exclusive', 'analysis', 'opinion', 'comment', 'update:',
  // Labels of practical details: "Contact: press@...", "Tickets: £20", "Updated: 14:05".
  'contact', 'email', 'tel', 'telephone', 'phone', 'fax', 'web', 'website', 'address', 'venue', 'tickets', 'price', 'prices', 'date',
  'dates', 'time', 'times', 'where', 'when', 'location', 'deadline', 'updated', 'published', 'posted', 'filed',
  // Credit and contact lines: "Contributing: Ana Ruiz", "Byline: ...", "Twitter: @handle".
  'contributing', 'byline', 'reporting', 'twitter', 'follow',
  // Notes at an article's foot: "Footnote: figures in euros", "Notes: ...", "Methodology: ...".
  'footnote', 'footnotes', 'notes', 'methodology', 'corrections', 'disclosure', 'credits',
  // Topics of a headline, like the storms above: "Heatwave: UK records hottest June day", "Results: ...".
  'heatwave', 'heat', 'flood', 'floods', 'flooding', 'drought', 'wildfire', 'wildfires', 'earthquake', 'quake', 'snow', 'blizzard', 'tornado', 'weather',
  'results', 'result', 'scores', 'fixtures', 'standings', 'preview',
  // Exclamations that sell a headline: "BOOM: ...", "Revealed: ...", "Wow: ...".
  'boom', 'look', 'revealed', 'wow', 'bombshell', 'busted', 'exposed', 'shocking', 'whoa', 'yikes']);

/**
 * 'Said Ana Lima, who grew up near the port: "..."', 'Continued Lima: "..."', 'Added the mayor,
 * "..."': a past form of a verb of saying opens the sentence, its subject after it up to the colon or
 * comma before a quotation. The verb is the cue, the words up to that mark the source.
 */
export function invertedOpening(block: Block, i: number): Found | null {
  const { toks, quotes } = block;
  const t = toks[i];
  if (!t.cap || t.q >= 0 || !(/ed$/.test(t.lower) || t.lower === 'said' || t.lower === 'wrote' || t.lower === 'told')) return null;
  const next = toks[i + 1];
  if (!next || next.s !== t.s || next.q >= 0 || !(next.cap || articles.has(next.lower))) return null;
  for (let k = i + 2; k <= block.last[t.s] && k - i <= 20; k++) {
    const u = toks[k];
    if (u.q >= 0) return null;
    const quoteAfter = toks[k + 1]?.q ?? -1;
    if ((u.text === ':' || u.text === ',') && quoteAfter >= 0 && quotes[quoteAfter].open === k + 1) {
      return k - 1 > i ? { cue: [i, i], source: [i + 1, k - 1], content: [k + 1, quotes[quoteAfter].last], direct: true } : null;
    }
    // The subject's own relative clause may hold a verb ("who grew up near the port"); a cue word or a
    // full stop outside one ends the search.
    if (terminal.has(u.text)) return null;
  }
  return null;
}

/** Pronouns that can be a speaker opening a clause before a colon. */
const speakingPronouns = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * 'Mr Dean is confident though: "I think ..."', 'Osbourne was at a loss to explain it: "I suppose
 * ..."': a quotation of a sentence or more after a colon that closes a clause about a person or a
 * body, with no cue word of its own, gives that subject's words; the colon is the cue. "The first
 * question was: ..." has no speaker for a subject and is left alone.
 */
export function clauseColonQuotes(block: Block, found: Found[]): void {
  const { toks, quotes } = block;
  // What this adds holds a quotation that ends before the next one opens, and its cue stands in the
  // sentence the quotation opens in.
  const held = heldByContents(toks.length, found);
  const cueSentences = new Set(found.map((f) => toks[f.cue[0]].s));
  for (const quote of quotes) {
    const colon = quote.open - 1;
    if (colon < 1 || toks[colon].text !== ':' || toks[colon].q >= 0 || toks[colon].s !== toks[quote.open].s) continue;
    if (countWords(toks, quote.open, quote.last) < 4 && !hasTerminal(toks, quote.open, quote.last)) continue;
    const s = toks[colon].s;
    if (held[quote.open] > 0 || cueSentences.has(s)) continue;
    const subject = subjectAt(block, block.first[s], colon);
    if (!subject || subject[1] + 1 >= colon) continue;
    // The head is a name or a word for people ("His message was:", "It is:", "For Ana Lima," are not).
    const head = toks[subject[1]];
    const speaker = subject[0] === subject[1] && subjectPronouns.has(head.lower) ? speakingPronouns.has(head.lower) : nameHeaded(block, subject) || anonymousHeads.has(head.lower);
    if (!speaker || !hasFiniteVerb(block, subject[1] + 1, colon) || cueBetween(block, subject[1] + 1, colon - 1)) continue;
    found.push({ cue: [colon, colon], source: subject, content: [quote.open, quote.last], direct: true });
    cueSentences.add(s);
  }
}

/** For each token, how many contents of `found` hold it. */
function heldByContents(tokens: number, found: Found[]): Int32Array {
  const held = new Int32Array(tokens + 1);
  for (const { content: [a, b] } of found) {
    const from = Math.max(a, 0);
    const to = Math.min(b, tokens - 1);
    if (from > to) continue;
    held[from]++;
    held[to + 1]--;
  }
  for (let k = 1; k < tokens; k++) held[k] += held[k - 1];
  return held;
}

/**
 * Quotations signed with a dash and a name that ends the line, as a pull quote or a list of
 * readers' comments is ('“We need change.” ― Ana Ruiz'): the dash is the cue, the name the source.
 * A quotation some cue already reports is left alone.
 */
export function signatures(block: Block, found: Found[]): void {
  const { toks } = block;
  for (const quote of block.quotes) {
    const dash = quote.close + 1;
    if (quote.close < 0 || !isSignatureDash(toks[dash]) || !sameLine(block, quote.close, dash)) continue;
    let end = dash;
    while (isWord(toks[end + 1]) && toks[end + 1].cap && toks[end + 1].q < 0 && end - dash < 5 && sameLine(block, dash, end + 1)) end++;
    if (end - dash < 2) continue;
    // "― Teresa Lima, crane operator": a role after the name stays in the source.
    if (toks[end + 1]?.text === ',' && sameLine(block, end, end + 1)) {
      let role = end + 1;
      while (isWord(toks[role + 1]) && toks[role + 1].q < 0 && !cueWords.has(toks[role + 1].lower) && role - end < 8 && sameLine(block, end, role + 1)) role++;
      if (role > end + 1) end = role;
    }
    const after = toks[end + 1];
    if (after && sameLine(block, end, end + 1) && !(terminal.has(after.text) && (!toks[end + 2] || !sameLine(block, end + 1, end + 2)))) continue;
    if (found.some((f) => f.content[0] <= quote.open && quote.open <= f.content[1])) continue;
    found.push({ cue: [dash, dash], source: [dash + 1, end], content: [quote.open, quote.close] });
  }
}

/** Dashes that sign a quotation: the em dash, the en dash and the quotation dash U+2015. */
function isSignatureDash(t: Tok | undefined): boolean {
  return !!t && t.q < 0 && (t.text === '—' || t.text === '–' || t.text === '―');
}

/** "Poll: voters abandon the party" and "SMITH: We will win" at the start of a paragraph. */
export function headlineColon(block: Block, found: Found[]): void {
  const { toks } = block;
  if (!toks.length) return;
  // '"CLINTON: I feel ...': a transcript quoted line by line opens with the speaker's label in capitals.
  const quoted = toks[0].q >= 0 && block.quotes[toks[0].q].open === 0;
  const from = quoted ? 1 : 0;
  let k = from;
  // A label is words ("Budget 2026: 7 things" is a headline, not Budget speaking).
  while (k < toks.length && k - from < 3 && isWord(toks[k]) && toks[k].cap && !/\d/.test(toks[k].text) && !determiners.has(toks[k].lower) && !/['’]s$/.test(toks[k].lower) && (!quoted || (toks[k].text.length > 1 && toks[k].text === toks[k].text.toUpperCase()))) k++;
  if (k === from || toks[k]?.text !== ':' || toks[k].s !== 0 || k + 1 >= toks.length || nonSpeakerLabels.has(toks[from].lower)) return;
  // "Continued Lima: ..." is a verb of saying before its subject (`invertedOpening`), no label.
  if (!quoted && invertedOpening(block, from)) return;
  let end = contentEnd(block, k + 1);
  if (end <= k + 1) return;
  // "Headcount: 41,300, up 8%", "Revenue: $14.2bn": a label before a figure that stands alone is a
  // line of a table or list, not a speaker's words ("Poll: 64% back the plan" goes on as a clause).
  if (!quoted && figureAlone(block, k + 1, end)) return;
  // "Iowa: Tim Albrecht, Bo Lind, Sara Craig ...", "Contributing: Ana Ruiz and Ole Berg.": a label
  // before a list of names is a roster (who took part, who wrote), not a speaker's words.
  if (!quoted && nameListAlone(block, k + 1, end)) return;
  // "HALE: We will. The port reopens in May.": a speaker's label in capitals opens a turn of a
  // transcript, which is all that speaker's words to the end of its line (PolNeAR train, first
  // annotator: 8 times in 8). Not before words in capitals too, a headline's ("UN: PEACEKEEPERS ...").
  if (!quoted && capitalLabel(block, from, k - 1) && !capitalLabel(block, k + 1, k + 1)) end = turnEnd(block, end);
  found.push({ cue: [k, k], source: [from, k - 1], content: [k + 1, end], direct: quoted });
}

/** Whether the words `from`..`to` are all in capitals, each of two letters or more ("JAKE TAPPER"). */
function capitalLabel(block: Block, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = block.toks[k].text;
    if (t.length < 2 || t !== t.toUpperCase() || !/\p{Lu}/u.test(t)) return false;
  }
  return true;
}

/**
 * The last token of a transcript turn whose first sentence ends at `end`: the last word on that
 * line, before a second label in capitals that opens a sentence on it ("LUND: Yes."), with no
 * closing stop.
 */
function turnEnd(block: Block, end: number): number {
  const { toks } = block;
  let last = end;
  for (let k = end + 1; k < toks.length && sameLine(block, end, k); k++) {
    if (k === block.first[toks[k].s] && labelAt(block, k)) break;
    last = k;
  }
  while (last > end && (terminal.has(toks[last].text) || toks[last].text === ',')) last--;
  return last;
}

/** Whether a label in capitals and a colon start at `k` ("LUND:", "ANNA LUND:"). */
function labelAt(block: Block, k: number): boolean {
  let j = k;
  while (j < block.toks.length && j - k < 3 && isWord(block.toks[j]) && capitalLabel(block, j, j)) j++;
  return j > k && block.toks[j]?.text === ':';
}

/**
 * A quotation that opens a line and is followed by a colon and a speaker to the line's end, as a
 * headline or a pull quote names who said it ('"We will not close a single school": the new
 * education secretary'): the colon is the cue, the words after it the source. They are a noun
 * phrase of at most ten words, with no verb and no cue word.
 */
export function quoteThenSpeaker(block: Block, found: Found[]): void {
  const { toks } = block;
  const quote = block.quotes[0];
  labelThenQuote(block, found);
  if (!quote || quote.close < 0 || (quote.open > 0 && sameLine(block, quote.open - 1, quote.open))) return;
  const colon = quote.close + 1;
  if (toks[colon]?.text !== ':' || toks[colon].q >= 0 || !sameLine(block, quote.close, colon)) return;
  let end = colon;
  while (toks[end + 1] && sameLine(block, end, end + 1) && toks[end + 1].q < 0 && (isWord(toks[end + 1]) || (toks[end + 1].text === ',' && end > colon) || (innerPunct.has(toks[end + 1].text) && toks[end + 1].start === toks[end].end)) && end - colon < 10) end++;
  const after = toks[end + 1];
  if (end === colon || (after && sameLine(block, end, end + 1) && !(terminal.has(after.text) && (!toks[end + 2] || !sameLine(block, end + 1, end + 2))))) return;
  if (!(toks[colon + 1].cap || articlesAndPossessives.has(toks[colon + 1].lower)) || hasFiniteVerb(block, colon + 1, end + 1)) return;
  for (let k = colon + 1; k <= end; k++) if (cueWords.has(toks[k].lower) && !toks[k].cap && !titles.has(toks[k].lower)) return;
  if (found.some((f) => f.content[0] <= quote.open && quote.open <= f.content[1])) return;
  found.push({ cue: [colon, colon], source: [colon + 1, end], content: [quote.open, quote.close], direct: true });
}

/**
 * 'Education secretary: "We will not close a single school"': a label of up to four words that opens
 * the block, with lower-case words after a capitalised one (`headlineColon` takes labels in
 * capitals), then a colon and one quotation to the end of the line, names the speaker.
 */
function labelThenQuote(block: Block, found: Found[]): void {
  // No verb among them: "Hannity interjected: “...”" has a cue the lexicon does not know.
  const { toks } = block;
  if (!toks[0]?.cap || toks[0].q >= 0 || nonSpeakerLabels.has(toks[0].lower)) return;
  let k = 0;
  while (k < 4 && isWord(toks[k]) && toks[k].q < 0 && /^\p{L}+$/u.test(toks[k].text) && !determiners.has(toks[k].lower) && !sourcePrepositions.has(toks[k].lower) && !clauseOpeners.has(toks[k].lower) && verbKind(toks, k) === '' && !(cueWords.has(toks[k].lower) && !titles.has(toks[k].lower))) k++;
  if (k < 2 || toks.slice(1, k).every((t) => t.cap) || toks[k]?.text !== ':' || !sameLine(block, k - 1, k)) return;
  const t = toks[k + 1];
  if (!t || t.q < 0 || !sameLine(block, k, k + 1)) return;
  const quote = block.quotes[t.q];
  if (quote.open !== k + 1 || quote.close < 0) return;
  const after = toks[quote.close + 1];
  if (after && sameLine(block, quote.close, quote.close + 1) && !(terminal.has(after.text) && (!toks[quote.close + 2] || !sameLine(block, quote.close + 1, quote.close + 2)))) return;
  if (found.some((f) => f.content[0] <= quote.open && quote.open <= f.content[1])) return;
  found.push({ cue: [k, k], source: [0, k - 1], content: [quote.open, quote.close], direct: true });
}

/**
 * Whether a figure opens at token `k` and ends before punctuation or at `end`, with no verb in the
 * tokens up to `end`: "41,300, up 8%", "$1.42, against $0.49 a year earlier".
 */
function figureAlone(block: Block, k: number, end: number): boolean {
  const { toks } = block;
  if (!toks[k] || toks[k].q >= 0) return false;
  let j = k;
  if (/^[$€£¥₹]$/.test(toks[j].text)) j++;
  if (!/^\d/.test(toks[j]?.text ?? '')) return false;
  while (j <= end && (/^\d/.test(toks[j].text) || figureUnits.has(toks[j].lower) || toks[j].text === '%')) j++;
  return (j > end || isPunct(toks[j])) && !hasFiniteVerb(block, k, end + 1);
}

/**
 * Whether tokens `k`..`end` are only a list of names: three or more items, or two joined by "and", of
 * one to four capitalised words or initials ("D.J. Bettencourt", "Ana Ruiz-Lind"), with
 * no quotation and no word a clause needs (a pronoun, a conjunction, a verb of the lexicon).
 */
function nameListAlone(block: Block, k: number, end: number): boolean {
  const { toks } = block;
  let items = 0;
  let words = 0;
  let and = false;
  for (let j = k; j <= end; j++) {
    const t = toks[j];
    if (t.q >= 0) return false;
    if (t.text === ',' || t.lower === 'and') {
      if (words === 0) return false;
      and ||= t.lower === 'and';
      items++;
      words = 0;
      continue;
    }
    if (terminal.has(t.text) && j === end) break;
    // A headline in title case is no list: "If Lund Says It, It's True".
    if (!isWord(t) || !t.cap || ++words > 4 || cueWords.has(t.lower) || subjectPronouns.has(t.lower) || clauseOpeners.has(t.lower) || subordinators.has(t.lower)) return false;
  }
  if (words > 0) items++;
  // Two items need "and": "Ferries Run, Bridges Close" is a headline's two clauses.
  return items >= 3 || (items === 2 && and);
}

/** Words that end a figure: "$6.8bn", "41 million", "8 per cent". */
const figureUnits = new Set(['bn', 'm', 'k', 'million', 'billion', 'trillion', 'percent', 'per', 'cent', 'pc']);

/**
 * "Pryce spent the money on holidays, Cardiff Crown Court heard." and "..., the inquest was told.":
 * "heard" or "was told" closing its sentence after a comma and a short subject attributes the
 * clause before the comma, as heard by that subject.
 */
export function heardAtClose(block: Block, i: number): Found | null {
  const { toks } = block;
  const t = toks[i];
  const last = block.last[t.s];
  if (t.cap || (i < last && !terminal.has(toks[i + 1].text))) return null;
  let c0 = i;
  if (t.lower === 'told') {
    if (!beForms.has(toks[i - 1]?.lower ?? '')) return null;
    c0 = i - 1;
  } else if (t.lower !== 'heard' && !presentAtClose(t)) return null;
  const before = toks[c0 - 1];
  if (!isWord(before) || before.s !== t.s || before.q >= 0) return null;
  const source = nounPhraseBack(block, c0 - 1, block.first[t.s]);
  if (!source || source[1] - source[0] > 6 || toks[source[0] - 1]?.text !== ',' || !hasName(block, source) && !determiners.has(toks[source[0]].lower)) return null;
  // ", down about 2 percentage points.": a quantity is no speaker.
  if (presentAtClose(t) && toks.slice(source[0], source[1] + 1).some((w) => /\d/.test(w.text))) return null;
  const end = source[0] - 2;
  if (end < block.first[t.s]) return null;
  return { cue: [c0, i], source, content: [clauseStart(block, end), end] };
}

/**
 * Whether a word that is as often a plural noun is a verb in the present by its place: closing the
 * sentence ("..., the foundation estimates.", where "the foundation estimates" could be a noun phrase
 * elsewhere); heardAtClose checks the comma and the short subject before it.
 */
export function presentAtClose(t: Tok): boolean {
  const cue = cueWords.get(t.lower);
  return !!cue?.nounLike && !t.cap && t.lower !== cue.lemma && t.lower.endsWith('s') && !t.lower.endsWith('ss');
}

/** Nouns for a work whose title may follow between commas: "his memoir, “...,” came out". */
const workNouns = new Set(['book', 'novel', 'memoir', 'autobiography', 'biography', 'film', 'movie', 'documentary', 'play', 'musical', 'opera',
  'song', 'album', 'single', 'show', 'series', 'sitcom', 'programme', 'program', 'podcast', 'slogan', 'motto', 'poem', 'painting', 'exhibition',
  'game', 'app', 'headline', 'hashtag']);

/**
 * Quotations no cue claimed. A quotation right after an attributed one (", “..." or the next
 * sentence) continues it; a whole-sentence quotation with no speaker in sight is reported with an
 * empty cue and no source; a short quoted phrase elsewhere is a scare quote and is skipped.
 */
export function continuations(block: Block, found: Found[], claimed: Set<number>, out: Attribution[]): void {
  const { toks, quotes } = block;
  let previous: Found | null = null;
  let fi = 0;
  const sortedFound = [...found].sort((a, b) => a.content[0] - b.content[0]);
  const reachOf = (f: Found) => Math.max(f.content[1], f.cue[1], f.source?.[1] ?? 0);
  const cueSentences = new Set(found.map((f) => toks[f.cue[0]].s));
  // A content that holds a cue starts at most the longest content's length before that cue's end.
  const byContentStart = orderFound(sortedFound, (f) => f.content[0]);
  const longestContent = sortedFound.reduce((longest, f) => Math.max(longest, f.content[1] - f.content[0]), 0);
  const bySourceStart = orderFound(sortedFound, (f) => f.source?.[0] ?? -1);
  // The farthest token an attribution before the quotation reaches: 'X "should have ..." once he
  // learned the caller was a reporter, said Mr Reed. “...”' ends with the outer cue, after the
  // inner content. Quotations come in text order, so an attribution once before one stays before
  // the next, and a reach marked as waiting counts once a quotation opens past it.
  let reach = -1;
  let passed = 0;
  const waiting: boolean[] = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const quote = quotes[qi];
    for (; fi < sortedFound.length && sortedFound[fi].content[0] <= quote.open; fi++) {
      previous = sortedFound[fi];
      const r = reachOf(previous);
      if (r < passed) reach = Math.max(reach, r);
      else waiting[r] = true;
    }
    for (; passed < quote.open; passed++) if (waiting[passed]) reach = Math.max(reach, passed);
    if (claimed.has(qi)) continue;
    const close = quote.last;
    // 'The film, "Harbour Lights at Dawn," opens on Friday': a title set off after a noun for a work
    // names it; no one says it. Not after a quotation in its sentence that a cue claimed: '"We lost,"
    // Reed said after the game, "but we will be back."' resumes it.
    const resumes = !!previous && toks[previous.content[0]].q >= 0 && toks[previous.content[0]].s === toks[quote.open].s;
    if (!resumes && toks[quote.open - 1]?.text === ',' && workNouns.has(toks[quote.open - 2]?.lower ?? '') && toks[quote.open - 2].s === toks[quote.open].s) continue;
    const words = countWords(toks, quote.open, close);
    const atSentenceStart = quote.open === block.first[toks[quote.open].s] || (quote.open > 0 && (toks[quote.open - 1].text === ',' || toks[quote.open - 1].text === ':')) || afterAbbreviationStop(block, quote.open) || afterListLabel(block, quote.open);
    const sentenceLike = atSentenceStart && (words >= 4 || hasTerminal(toks, quote.open, close));
    if (!sentenceLike) continue;
    const content: Range = [quote.open, close];
    let before = previous ? Math.max(reachOf(previous), reach) : -1;
    // "said Gebrselassie, who is keen to add the record. “...”": a relative clause left out of the
    // source still describes the speaker, and a cue word in it is no new speaker.
    if (before >= 0 && toks[before + 1]?.text === ',' && toks[before + 2]?.lower === 'who' && toks[before + 2].s === toks[before].s) {
      before += 2;
      while (toks[before + 1] && toks[before + 1].s === toks[before].s && toks[before + 1].q < 0 && toks[before + 1].text !== ',') before++;
    }
    const near = previous && before < quote.open && ((toks[quote.open].s - toks[before].s <= 1 && !cueBetween(block, afterTagSentence(block, previous.cue[0], before, quote.open), quote.open - 1)) || sameSubjectBetween(block, cueSentences, previous, before, quote.open));
    if (previous && near) {
      // "Mr. Lind said the leaks revealed Mr. Kalns's approach. “Kalns is trying …”": a cue inside
      // another attribution's content is reported speech; the quotation is the outer speaker's.
      const inner: Found = previous;
      const outer = firstFound(byContentStart, inner.cue[1] - longestContent, inner.cue[0], (f) => f !== inner && !!f.source && f.content[1] >= inner.cue[1]);
      if (outer) previous = outer;
      // '“...,” said Ana Ruiz, referring to the rules. “...”': a participle after the speaker's cue
      // reports its own object; the next quotation goes on with the speaker's words.
      else if (inner.source && cueWords.get(toks[inner.cue[0]].lower)?.participle && toks[inner.cue[0] - 1]?.text === ',') {
        const main = firstFound(bySourceStart, inner.source[0], inner.source[0], (f) => f !== inner && f.cue[1] < inner.cue[0] && f.source?.[0] === inner.source![0] && f.source[1] === inner.source![1] && toks[f.content[0]].q >= 0);
        if (main) previous = main;
      }
      out.push({ ...toAttribution(block, { cue: previous.cue, source: previous.source, content }), type: 'direct' });
      previous = { ...previous, content };
    } else {
      const subject = namedSubjectBefore(block, cueSentences, quote.open);
      out.push({ cue: { start: quote.start, end: quote.start }, source: subject ? span(block, subject) : null, content: span(block, content), type: 'direct', speaker: null });
    }
    claimed.add(qi);
  }
}

/**
 * Whether the quotation opening at `open` follows a list item's label with its colon left out, the
 * layout of reaction round-ups ('- Nordvik coach Ana Berg "We were tired ..."'): a marker opening the
 * line (or, in Markdown, whose list marker is no part of the block, the block's start with a role in
 * lower case), then two to eight plain words ending in a capitalised one. The label's speaker is
 * read in resolve.ts (labelledQuotations).
 */
function afterListLabel(block: Block, open: number): boolean {
  const { toks } = block;
  let first = block.first[toks[open].s];
  const marker = toks[first];
  const listed = listMarkers.has(marker.text) && marker.q < 0 && block.text.slice(block.text.lastIndexOf('\n', marker.start - 1) + 1, marker.start).trim() === '';
  if (listed) first++;
  else if (first !== 0) return false;
  if (open - first < 2 || open - first > 8 || !toks[open - 1].cap || /['’]s?$/.test(toks[open - 1].text)) return false;
  for (let k = first; k < open; k++) if (toks[k].q >= 0 || !isWord(toks[k])) return false;
  // With no marker, a role in lower case must stand before the name: a headline in capitals or in
  // title case before a quotation ("OIL PRICES SLIDE", "Ana Berg Explains Why She Left") is no label.
  if (!listed) {
    let role = false;
    for (let k = first; k < open - 1; k++) if (!toks[k].cap && /\p{Ll}/u.test(toks[k].text)) role = true;
    if (!role) return false;
  }
  // 'Lycos Europe's "Make love not spam" campaign': a title that a noun goes on after is no quotation.
  const after = toks[block.quotes[toks[open].q].last + 1];
  return !after || after.q >= 0 || !isWord(after);
}

/**
 * Whether the quotation opening at `open` starts a sentence after an abbreviation's full stop that
 * the sentence splitter took for no sentence end ('told reporters in Salem, Ore. "It seems ..."'):
 * the stop ends the token before it and a capital opens the quotation.
 */
function afterAbbreviationStop(block: Block, open: number): boolean {
  const { toks } = block;
  const stop = toks[open - 1];
  const first = toks[open + 1];
  return !!stop && !!first && stop.q < 0 && stop.s === toks[open].s && /\.$/.test(stop.text) && isWord(first) && first.cap && first.start === toks[open].end;
}

/**
 * 'Lima is keen to take it slowly. "A film will happen, but not this year."': a quotation opening the
 * sentence right after one whose subject is a person named, and which reports nothing, is that
 * person's, as news copy introduces a quotation. The subject's range, or null.
 */
function namedSubjectBefore(block: Block, cueSentences: Set<number>, open: number): Range | null {
  const { toks } = block;
  const s = toks[open].s - 1;
  if (s < 0 || open !== block.first[s + 1] || block.first[s] === undefined || cueSentences.has(s)) return null;
  const a = block.first[s];
  if (toks[a].q >= 0 || !sameLine(block, block.last[s], open)) return null;
  const subject = subjectAt(block, a, block.last[s]);
  if (!subject) return null;
  const name = nameHeaded(block, subject) && !determiners.has(toks[subject[0]].lower);
  // A person's name by its form: a title and a name ("Mr Hale") or a given name and a surname. A
  // capitalised word alone opening a sentence is as often a noun or an adverb ("Writing", "Not").
  const before = toks[subject[1] - 1];
  const personal = subject[1] > subject[0] && !!before && before.q < 0 && isWord(before) && before.cap && !/['’]s$/.test(before.lower) && (titles.has(before.lower) || honorifics.has(before.lower) || /^\p{Lu}\p{Ll}+$/u.test(before.text));
  return name && personal && hasFiniteVerb(block, subject[1] + 1, block.last[s] + 1) ? subject : null;
}

/**
 * Whether the subject `r` ends in a name: a capitalised word that is no possessive, determiner or
 * pronoun, after no preposition or conjunction that opened the sentence ("For Ana Lima", "And").
 */
function nameHeaded(block: Block, r: Range): boolean {
  const head = block.toks[r[1]];
  const opener = block.toks[r[0]].lower;
  return head.cap && isWord(head) && !/['’]s$/.test(head.lower) && !determiners.has(head.lower) && !subjectPronouns.has(head.lower) &&
    !sourcePrepositions.has(opener) && !clauseOpeners.has(opener) && !bridgeOpeners.has(opener);
}

/** Words that may open a sentence before its subject pronoun: "And he brushed off ...". */
const bridgeOpeners = new Set(['and', 'but', 'yet', 'so', 'now', 'then', 'still', 'however', 'also']);

/**
 * '... he said. And he brushed off talk of a pact. “If you look at ...”': one sentence between an
 * attribution and a quotation, whose subject is the speaker again as "he" or "she" and which makes
 * no attribution of its own, leaves the quotation the speaker's. The pronoun must be the source itself or
 * agree with the source's title ("Mr Hale", "Ms Ruiz"); a name alone says no sex here.
 */
function sameSubjectBetween(block: Block, cueSentences: Set<number>, previous: Found, before: number, open: number): boolean {
  const { toks } = block;
  if (!previous.source || toks[open].s - toks[before].s !== 2) return false;
  const s = toks[before].s + 1;
  let k = block.first[s];
  while (k < block.last[s] && (bridgeOpeners.has(toks[k].lower) || toks[k].text === ',')) k++;
  const pronoun = toks[k].lower;
  if ((pronoun !== 'he' && pronoun !== 'she') || toks[k].q >= 0) return false;
  const [a, b] = previous.source;
  const agrees = a === b ? toks[a].lower === pronoun : toks.slice(a, b + 1).some((t) => addressPronoun(t.lower) === pronoun);
  return agrees && !cueSentences.has(s);
}

/**
 * Where a new speaker's cue may stand between an attribution whose cue is at `cue` and which reaches
 * to `before`, and the quotation at `open`: in the quotation's own sentence when that is the next one
 * and the attribution's cue is in the sentence before it. The rest of that tag's sentence describes
 * the occasion ('said in her remarks to the board.', 'speaking by phone after the vote was called
 * off.'); a cue word there that made no attribution of its own is no new speaker. After a quotation
 * that went on from an earlier sentence's cue, a cue word in its sentence is its own tag, unread.
 */
function afterTagSentence(block: Block, cue: number, before: number, open: number): number {
  const { toks } = block;
  const s = toks[open].s;
  return s > toks[before].s && toks[cue].s === toks[before].s ? Math.max(before + 1, block.first[s]) : before + 1;
}

/** Whether a cue word (not a noun after an article) stands among tokens a..b outside quotations. */
function cueBetween(block: Block, a: number, b: number): boolean {
  // "she told analysts on a call.": a cue word after an article is a noun, no new speaker.
  for (let k = a; k <= b; k++) if (cueWords.has(block.toks[k].lower) && block.toks[k].q < 0 && !articles.has(block.toks[k - 1]?.lower ?? '')) return true;
  return false;
}

/** Whether a sentence-ending mark stands among tokens a..b. */
function hasTerminal(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (terminal.has(toks[k].text)) return true;
  return false;
}
