import type { Token } from '../tokens.js';
import type { ClaimInput } from './types.js';

/**
 * Hand-made cues. The first group are the reasons a sentence is worth checking; the second group
 * lowers the score and is never reported as a reason.
 */
export const positiveCues = [
  'figure',
  'comparison',
  'superlative',
  'causal',
  'attributed',
  'actor-action',
  'dated-event',
  'quantity-change',
  'prediction',
] as const;
export const negativeCues = ['opinion', 'question', 'hedge', 'rhetoric', 'imperative', 'first-person', 'address'] as const;
/** Length buckets: very short sentences are rarely claims, very long ones often carry one. */
export const shapeCues = ['len-1-4', 'len-5-8', 'len-9-15', 'len-16-25', 'len-26+'] as const;

export type PositiveCue = (typeof positiveCues)[number];
export type NegativeCue = (typeof negativeCues)[number];
export type Cue = PositiveCue | NegativeCue | (typeof shapeCues)[number];

export const allCues: readonly Cue[] = [...positiveCues, ...negativeCues, ...shapeCues];

export interface SentenceFeatures {
  /** Cues that fired, in `allCues` order. */
  cues: Cue[];
  /** Hashed n-gram bucket indices (may repeat; the model counts each once). */
  buckets: number[];
}

const numberWords = new Set([
  'million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'thousand', 'thousands', 'hundred', 'hundreds',
  'percent', 'per', 'dozen', 'dozens', 'half', 'twice', 'thrice', 'quarter', 'third', 'two-thirds', 'one-third',
  'majority', 'minority', 'average', 'rate', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
]);
const comparisonWords = new Set([
  'than', 'compared', 'comparison', 'versus', 'vs', 'outnumber', 'outnumbered', 'exceeds', 'exceeded', 'surpassed',
  'higher', 'lower', 'fewer', 'greater', 'bigger', 'smaller', 'larger', 'faster', 'slower', 'cheaper', 'double',
  'triple', 'times', 'equal', 'equivalent', 'relative',
]);
const superlativeWords = new Set([
  'most', 'least', 'best', 'worst', 'first', 'record', 'unprecedented', 'ever', 'only', 'highest', 'lowest', 'largest',
  'biggest', 'smallest', 'fastest', 'greatest', 'longest', 'shortest', 'deadliest', 'richest', 'poorest', 'oldest',
  'youngest', 'strongest', 'weakest', 'latest', 'top', 'all-time',
]);
/** Words ending in -est that are not superlatives. */
const notSuperlative = new Set([
  'interest', 'honest', 'west', 'rest', 'test', 'protest', 'request', 'forest', 'arrest', 'suggest', 'modest', 'guest',
  'chest', 'nest', 'invest', 'harvest', 'contest', 'manifest', 'digest', 'earnest', 'conquest', 'quest', 'midwest',
  'southwest', 'northwest', 'behest', 'pest', 'vest', 'crest', 'attest', 'detest', 'unrest', 'inquest', 'lest',
  'dishonest', 'interest', 'everest', 'budapest', 'bucharest',
]);
const causalWords = new Set([
  'because', 'caused', 'causes', 'cause', 'causing', 'due', 'result', 'resulted', 'resulting', 'consequence',
  'therefore', 'thus', 'hence', 'led', 'leads', 'triggered', 'sparked', 'fuelled', 'fueled', 'blamed', 'responsible',
  'contributed', 'attributed', 'thanks', 'blame', 'blames', 'drove', 'driven', 'prompted', 'forced',
]);
const attributionWords = new Set([
  'said', 'says', 'according', 'told', 'reported', 'reports', 'announced', 'stated', 'claimed', 'claims', 'confirmed',
  'denied', 'admitted', 'testified', 'wrote', 'estimated', 'estimates', 'found', 'showed', 'shows', 'survey', 'study',
  'studies', 'poll', 'polls', 'report', 'data', 'figures', 'statistics', 'census', 'analysis', 'research', 'researchers',
  'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'warned', 'acknowledged', 'revealed',
]);
const changeWords = new Set([
  'rose', 'risen', 'rise', 'rises', 'rising', 'fell', 'fallen', 'fall', 'falls', 'falling', 'increased', 'increase',
  'increases', 'increasing', 'decreased', 'decrease', 'decreases', 'grew', 'grown', 'grow', 'growth', 'declined',
  'decline', 'declines', 'dropped', 'drop', 'drops', 'doubled', 'tripled', 'quadrupled', 'halved', 'cut', 'cuts',
  'raised', 'lost', 'lose', 'losing', 'gained', 'gain', 'gains', 'soared', 'plunged', 'surged', 'climbed',
  'slashed', 'added', 'created', 'shrank', 'shrunk', 'expanded', 'reduced', 'reduce', 'lowered', 'jumped', 'tumbled',
  'spent', 'spending', 'deficit', 'debt', 'unemployment', 'jobs', 'taxes', 'tax',
]);
/** Forecast language. Bare "will" is left to the n-grams: in speeches it mostly makes a promise, not a forecast. */
const predictionWords = new Set([
  'forecast', 'forecasts', 'forecasting', 'projected', 'projects', 'projection', 'projections', 'predict', 'predicted',
  'predicts', 'prediction', 'expected', 'expects', 'anticipated', 'outlook', 'estimate', 'estimated', 'estimates',
  'likely', 'unlikely', 'poised', 'on course', 'on track',
]);
const opinionWords = new Set([
  'think', 'believe', 'feel', 'opinion', 'should', 'must', 'ought', 'hope', 'want', 'wish', 'need', 'great', 'wonderful',
  'terrible', 'horrible', 'disgrace', 'disgraceful', 'ridiculous', 'beautiful', 'amazing', 'fantastic', 'sad', 'shame',
  'love', 'hate', 'proud', 'agree', 'disagree', 'important', 'wrong', 'right', 'good', 'bad', 'better', 'fair', 'unfair',
]);
const hedgeWords = new Set([
  'maybe', 'perhaps', 'might', 'could', 'possibly', 'probably', 'seems', 'seem', 'appears', 'may', 'guess', 'suppose',
  'sort', 'kind', 'somewhat', 'apparently', 'allegedly', 'reportedly', 'unclear', 'if', 'whether',
]);
const rhetoricWords = new Set([
  'thank', 'thanks', 'ladies', 'gentlemen', 'folks', 'look', 'listen', 'well', 'let', "let's", 'okay', 'ok', 'yes',
  'no', 'oh', 'hello', 'congratulations', 'welcome', 'please', 'excuse', 'sorry', 'applause', 'crosstalk', 'laughter',
  'frankly', 'honestly', 'believe', 'tell', 'remember', 'imagine',
]);
/** Verbs that open a command or an appeal ("Look at...", "Sign up today", "Imagine a town..."). */
const imperativeStarts = new Set([
  'look', 'let', "let's", 'listen', 'imagine', 'think', 'remember', 'read', 'sign', 'click', 'subscribe', 'follow',
  'share', 'watch', 'see', 'take', 'go', 'tell', 'ask', 'consider', 'join', 'register', 'download', 'visit', 'skip',
  'get', 'make', 'give', 'keep', 'stop', 'vote', 'help', 'contact', 'send', 'check',
]);
const firstPerson = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself', 'we', "we're", "we've", "we'd", "we'll", 'us', 'our', 'ours']);
const secondPerson = new Set(['you', "you're", "you've", "you'd", "you'll", 'your', 'yours', 'yourself']);
const questionStarts = new Set([
  'who', 'what', 'when', 'where', 'why', 'how', 'which', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can',
  'could', 'would', 'should', 'will', 'have', 'has', 'shall', 'isn\'t', 'aren\'t', 'don\'t', 'doesn\'t', 'didn\'t',
]);
const months = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const dateWords = new Set([
  'yesterday', 'today', 'ago', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'decade', 'decades', 'century', 'since', 'during', 'until', 'year', 'years', 'week', 'weeks', 'month', 'months',
]);
const pronounSubjects = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who']);
/** Irregular past forms of verbs that report an action; regular ones are found by their -ed ending. */
const irregularPast = new Set([
  'took', 'made', 'gave', 'built', 'sent', 'sold', 'bought', 'paid', 'won', 'lost', 'left', 'led', 'met', 'put', 'ran',
  'set', 'shot', 'spent', 'stole', 'struck', 'swore', 'threw', 'wrote', 'began', 'brought', 'cut', 'hit', 'kept', 'let',
  'held', 'fought', 'drove', 'went', 'came', 'broke', 'chose', 'did', 'fled', 'froze', 'got', 'hid', 'knew', 'laid',
  'lent', 'rose', 'fell', 'sank', 'saw', 'sought', 'spoke', 'stood', 'taught', 'told', 'forgave', 'withdrew', 'overtook',
  'shut', 'split', 'quit', 'taken', 'given', 'won', 'sold', 'done', 'gone', 'written', 'spoken', 'chosen', 'broken',
  'stolen', 'driven', 'risen', 'fallen', 'grown', 'shown', 'begun', 'thrown', 'withdrawn', 'overtaken',
]);
/** Words ending in -ed that are usually adjectives or fixed phrases rather than a reported action. */
const notAction = new Set(['need', 'indeed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'united', 'concerned', 'interested', 'supposed', 'used', 'tired', 'scared', 'excited', 'based', 'called', 'so-called', 'named']);

const modals = ['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', "'ll", "'d", 'shall', 'gonna', 'wanna'];
const negations = ['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', "n't"];
const beForms = ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", "'m", 'am'];
const haveForms = ['has', 'have', 'had', 'having', "'ve"];
const determiners = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'every', 'each', 'all', 'some', 'any', 'many', 'much', 'most', 'more'];
const prepositions = ['of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'about', 'into', 'over', 'under', 'than', 'since', 'during', 'after', 'before', 'against', 'between', 'through'];
const conjunctions = ['and', 'or', 'but', 'so', 'because', 'if', 'when', 'while', 'although', 'though'];
const whWords = ['who', 'what', 'when', 'where', 'why', 'how', 'which'];
const thirdPerson = ['he', 'she', 'they', 'it', 'him', 'her', 'them', 'his', 'their', 'its', "he's", "she's", "they're", "it's", "they've", "he'd", "she'd", "they'd", "he'll", "she'll", "they'll", "it'll"];

/**
 * Word classes: a coarse part of speech, so that patterns such as "he + past verb + number"
 * generalise across topics. Ids stay below 32 so that three fit in one hashed key.
 */
const C = {
  start: 0, end: 1, NUM: 2, SYM: 3, Q: 4, EXCL: 5, COMMA: 6, P1: 7, P2: 8, P3: 9, MD: 10, NEG: 11, BE: 12, HAVE: 13,
  DT: 14, IN: 15, CC: 16, WH: 17, NNP: 18, VBD: 19, VBG: 20, RB: 21, NOM: 22, W: 23,
} as const;

/** Closed-class words and their class; the first list to claim a word wins. */
const closedClass = new Map<string, number>();
for (const [words, cls] of [
  [[...firstPerson], C.P1], [[...secondPerson], C.P2], [thirdPerson, C.P3], [modals, C.MD], [negations, C.NEG],
  [beForms, C.BE], [haveForms, C.HAVE], [determiners, C.DT], [prepositions, C.IN], [conjunctions, C.CC],
  [whWords, C.WH], [[...numberWords], C.NUM],
] as Array<[string[], number]>) {
  for (const w of words) if (!closedClass.has(w)) closedClass.set(w, cls);
}

// Bit flags of the cue word lists, so that each word is looked up once.
const F = {
  number: 1, comparison: 2, superlative: 4, causal: 8, attribution: 16, change: 32, prediction: 64, opinion: 128,
  hedge: 256, rhetoric: 512, first: 1024, second: 2048, date: 4096, pronounSubject: 8192, questionStart: 16384,
  irregularPast: 32768, notAction: 65536, notSuperlative: 131072,
} as const;
const lexicon = new Map<string, number>();
for (const [words, flag] of [
  [numberWords, F.number], [comparisonWords, F.comparison], [superlativeWords, F.superlative], [causalWords, F.causal],
  [attributionWords, F.attribution], [changeWords, F.change], [predictionWords, F.prediction], [opinionWords, F.opinion],
  [hedgeWords, F.hedge], [rhetoricWords, F.rhetoric], [firstPerson, F.first], [secondPerson, F.second], [months, F.date],
  [dateWords, F.date], [pronounSubjects, F.pronounSubject], [questionStarts, F.questionStart],
  [irregularPast, F.irregularPast], [notAction, F.notAction], [notSuperlative, F.notSuperlative],
] as Array<[Set<string>, number]>) {
  for (const w of words) lexicon.set(w, (lexicon.get(w) ?? 0) | flag);
}

/**
 * Both tables in one, so that a word is looked up once: the cue flags in the low 20 bits, the
 * closed class plus one above them (0 when the word has none).
 */
const wordInfo = new Map<string, number>();
for (const [w, flags] of lexicon) wordInfo.set(w, flags);
for (const [w, cls] of closedClass) wordInfo.set(w, (wordInfo.get(w) ?? 0) | ((cls + 1) << 20));

/** One non-space token as the features see it. */
interface Word {
  /** Lower-case text, numbers as shapes ("<year>", "<big>"); null when the token takes no part in n-grams. */
  form: string | null;
  /** Word class, or -1 when the token takes no part in class n-grams. */
  cls: number;
  flags: number;
  /** A word that starts with a capital and goes on in lower case ("Senate", not "NATO" or "I"). */
  cap: boolean;
  /** A word (not a number or punctuation) whose form ends in "ed" or is an irregular past. */
  past: boolean;
}

function numberShape(text: string): string {
  const digits = text.replace(/[,\s\u00a0\u202f\u2009]/g, '');
  return /^(1[89]|20)\d\d(s)?$/.test(digits) ? '<year>' : digits.includes('.') ? '<dec>' : digits.length > 3 ? '<big>' : '<num>';
}

function readWord(t: Token, first: boolean): Word | null {
  switch (t.kind) {
    case 'space':
      return null;
    case 'number':
      return { form: numberShape(t.text), cls: C.NUM, flags: 0, cap: false, past: false };
    case 'punct': {
      const p = t.text;
      const cls = p === '?' ? C.Q : p === '!' ? C.EXCL : p === ',' ? C.COMMA : -1;
      const form = p === '?' || p === '!' || p === ':' || p === ';' ? p : null;
      return form === null && cls < 0 ? null : { form, cls, flags: 0, cap: false, past: false };
    }
    case 'symbol': {
      const money = t.text === '%' || t.text === '$' || t.text === '€' || t.text === '£';
      return { form: money ? t.text : null, cls: t.text === '%' || t.text === '$' ? C.NUM : C.SYM, flags: 0, cap: false, past: false };
    }
    default: {
      let lower = t.text.toLowerCase();
      if (lower.includes('\u2019') || lower.includes('\u2018')) lower = lower.replace(/[\u2018\u2019]/g, "'");
      const c0 = lower.charCodeAt(0);
      if (c0 >= 48 && c0 <= 57) return { form: '<num>', cls: C.NUM, flags: 0, cap: false, past: false };
      const info = wordInfo.get(lower) ?? 0;
      const flags = info & 0xfffff;
      const first0 = t.text.charCodeAt(0);
      const second0 = t.text.charCodeAt(1);
      const upper = first0 >= 65 && first0 <= 90;
      const cap = upper && second0 >= 97 && second0 <= 122;
      const past = (flags & F.irregularPast) !== 0 || (lower.length > 4 && lower.endsWith('ed') && (flags & F.notAction) === 0);
      let cls = (info >>> 20) - 1;
      if (cls < 0) {
        if (!first && upper) cls = C.NNP;
        else if ((flags & F.irregularPast) !== 0 || (lower.length > 4 && lower.endsWith('ed'))) cls = C.VBD;
        else if (lower.length > 5 && lower.endsWith('ing')) cls = C.VBG;
        else if (lower.length > 4 && lower.endsWith('ly')) cls = C.RB;
        else if (lower.length > 5 && /(tion|ment|ness|ity|ance|ence)s?$/.test(lower)) cls = C.NOM;
        else cls = C.W;
      }
      return { form: lower, cls, flags, cap, past };
    }
  }
}

/** The words of a token run; exported for tests. */
export function readWords(tokens: readonly Token[]): Word[] {
  const out: Word[] = [];
  for (const t of tokens) {
    const w = readWord(t, out.length === 0);
    if (w) out.push(w);
  }
  return out;
}

/** Lower-case word forms used by the cues and the n-grams; digits become shape tokens. */
export function wordForms(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const w of readWords(tokens)) if (w.form !== null) out.push(w.form);
  return out;
}

/** Each cue's bit in a set of cues, in `allCues` order. */
const cueBit = (cue: Cue): number => 1 << allCues.indexOf(cue);
const B = {
  figure: cueBit('figure'), comparison: cueBit('comparison'), superlative: cueBit('superlative'), causal: cueBit('causal'),
  attributed: cueBit('attributed'), actorAction: cueBit('actor-action'), datedEvent: cueBit('dated-event'),
  quantityChange: cueBit('quantity-change'), prediction: cueBit('prediction'), opinion: cueBit('opinion'),
  question: cueBit('question'), hedge: cueBit('hedge'), rhetoric: cueBit('rhetoric'), imperative: cueBit('imperative'),
  firstPerson: cueBit('first-person'), address: cueBit('address'), len1to4: cueBit('len-1-4'), len5to8: cueBit('len-5-8'),
  len9to15: cueBit('len-9-15'), len16to25: cueBit('len-16-25'), len26up: cueBit('len-26+'),
} as const;

/**
 * Computes the cues and hashed n-grams of one sentence. Figures and attributions found by the other
 * passes count when present; each cue also has its own lexical test, so the scorer keeps working
 * (and its training stays valid) whatever those passes find.
 */
export function sentenceFeatures(input: ClaimInput, hashBits: number): SentenceFeatures {
  const words = readWords(input.sentence.tokens);
  const forms: string[] = [];
  let flags = 0;
  let numeric = false;
  let superlative = false;
  let length = 0;
  for (const w of words) {
    flags |= w.flags;
    const form = w.form;
    if (form === null) continue;
    forms.push(form);
    const c = form.charCodeAt(0);
    // A year alone is a date, not a figure.
    if ((c === 60 /* < */ && form !== '<year>') || c === 37 /* % */ || c === 36 /* $ */ || form === '€' || form === '£') numeric = true;
    if ((c >= 97 && c <= 122) || c === 60) length++;
    if (form.length > 5 && form.endsWith('est') && (w.flags & F.notSuperlative) === 0) superlative = true;
  }
  let fired = 0;
  let figureKind = false;
  let dateKind = false;
  for (const f of input.figures) {
    if (f.kind === 'date') dateKind = true;
    else if (f.kind !== 'ordinal') figureKind = true;
  }
  const p = phrasePatterns(forms);
  if (figureKind || numeric || flags & F.number) fired |= B.figure;
  if (flags & F.comparison || p & P.asAs) fired |= B.comparison;
  if (flags & F.superlative || superlative) fired |= B.superlative;
  if (flags & F.causal || p & P.causal) fired |= B.causal;
  if (input.attributions.length > 0 || flags & F.attribution) fired |= B.attributed;
  if (dateKind || p & P.year || flags & F.date || p & P.lastPeriod) fired |= B.datedEvent;
  if (flags & F.change) fired |= B.quantityChange;
  if (flags & F.prediction || p & P.future) fired |= B.prediction;
  if (hasActorAction(words)) fired |= B.actorAction;
  if (flags & F.opinion) fired |= B.opinion;
  if (p & P.question) fired |= B.question;
  if (flags & F.hedge) fired |= B.hedge;
  if (flags & F.rhetoric || p & P.exclamation) fired |= B.rhetoric;
  const opening = forms.length > 1 ? forms[0] : '';
  if (imperativeStarts.has(opening) && !(forms[1] === '<num>' || forms[1] === '<big>')) fired |= B.imperative;
  if (flags & F.first) fired |= B.firstPerson;
  if (flags & F.second) fired |= B.address;
  fired |= length <= 4 ? B.len1to4 : length <= 8 ? B.len5to8 : length <= 15 ? B.len9to15 : length <= 25 ? B.len16to25 : B.len26up;

  const cues = allCues.filter((_, i) => (fired & (1 << i)) !== 0);
  return { cues, buckets: hashWords(words, hashBits) };
}

// Bit flags of the multi-word patterns.
const P = { asAs: 1, causal: 2, year: 4, lastPeriod: 8, future: 16, question: 32, exclamation: 64 } as const;
const periods = new Set(['year', 'week', 'month', 'time', 'decade']);

/**
 * Multi-word cues, found by looking at neighbouring forms: "as many as", "led to", "as a result",
 * "last year", "is set to", "due to", "by 2030", "next month", "in the coming", "?" and "!".
 */
function phrasePatterns(forms: readonly string[]): number {
  let p = 0;
  const n = forms.length;
  for (let i = 0; i < n; i++) {
    const w = forms[i];
    const next = i + 1 < n ? forms[i + 1] : '';
    switch (w) {
      case '?':
        p |= P.question;
        break;
      case '!':
        p |= P.exclamation;
        break;
      case '<year>':
        p |= P.year;
        if (i > 0 && forms[i - 1] === 'by') p |= P.future;
        break;
      case 'as':
        if (i + 2 < n && forms[i + 2] === 'as') p |= P.asAs;
        if (next === 'a' && forms[i + 2] === 'result') p |= P.causal;
        break;
      case 'led':
      case 'lead':
      case 'leads':
      case 'leading':
        if (next === 'to') p |= P.causal;
        break;
      case 'last':
        if (periods.has(next)) p |= P.lastPeriod;
        break;
      case 'next':
        if (periods.has(next)) p |= P.future;
        break;
      case 'set':
      case 'due':
        if (next === 'to' && i > 0 && /^(is|are|was|were)$/.test(forms[i - 1])) p |= P.future;
        break;
      case 'coming':
        if (i > 1 && forms[i - 1] === 'the' && forms[i - 2] === 'in') p |= P.future;
        break;
    }
  }
  return p;
}

/** A named or pronoun subject followed within three words by a past action: "The council voted", "He signed". */
function hasActorAction(words: readonly Word[]): boolean {
  let position = 0;
  let subjectAt = -10;
  for (const w of words) {
    if (w.form === null || w.cls === C.COMMA) continue;
    if (w.past && position - subjectAt <= 3 && position > subjectAt) return true;
    const subject = (w.cap && (position > 0 || (w.flags & F.questionStart) === 0)) || (w.flags & F.pronounSubject) !== 0;
    if (subject) subjectAt = position;
    position++;
  }
  return false;
}

/** FNV-1a over the UTF-16 code units from `seed`; fast and stable across runs and platforms. */
export function hash(s: string, seed = 0x811c9dc5, from = 0, to = s.length): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finaliser: spreads a combined key over all bits before it is masked. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const startHash = hash('<s>');
const endHash = hash('</s>');
const suffixSeed = hash('~');
const prefixSeed = hash('^');

/**
 * Hashed features: word unigrams and bigrams with sentence boundaries, three-letter suffixes of
 * longer words (so unseen inflections still count), and word-class bigrams and trigrams.
 */
function hashWords(words: readonly Word[], bits: number): number[] {
  const mask = (1 << bits) - 1;
  const out: number[] = [];
  let prev = startHash;
  let a: number = C.start;
  let b: number = C.start;
  for (const w of words) {
    if (w.form !== null) {
      const h = hash(w.form);
      out.push(h & mask);
      out.push(mix(Math.imul(prev, 0x9e3779b1) ^ h) & mask);
      if (w.form.length > 5) {
        out.push(hash(w.form, suffixSeed, w.form.length - 3) & mask);
        out.push(hash(w.form, prefixSeed, 0, 5) & mask);
      }
      prev = h;
    }
    if (w.cls >= 0) {
      out.push(mix((1 << 20) | (b << 5) | w.cls) & mask);
      out.push(mix((2 << 20) | (a << 10) | (b << 5) | w.cls) & mask);
      a = b;
      b = w.cls;
    }
  }
  out.push(mix(Math.imul(prev, 0x9e3779b1) ^ endHash) & mask);
  out.push(mix((2 << 20) | (a << 10) | (b << 5) | C.end) & mask);
  return out;
}
