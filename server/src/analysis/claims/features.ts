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
export const negativeCues = ['opinion', 'question', 'hedge', 'rhetoric', 'first-person', 'address'] as const;
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
  'contributed', 'attributed', 'thanks', 'drove', 'driven', 'prompted', 'forced',
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
  'spent', 'spending', 'deficit', 'debt', 'unemployment', 'jobs', 'taxes', 'tax', 'up', 'down',
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
  'shut', 'split', 'quit', 'seized', 'signed', 'has', 'had', 'have',
]);
/** Words ending in -ed that are usually adjectives or fixed phrases rather than a reported action. */
const notAction = new Set(['need', 'indeed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'united', 'concerned', 'interested', 'supposed', 'used', 'tired', 'scared', 'excited', 'based', 'called', 'so-called', 'named']);

/** Lower-case word forms used by the cues and the n-grams; digits become shape tokens. */
export function wordForms(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'space') continue;
    if (t.kind === 'number') {
      const digits = t.text.replace(/[,\s\u00a0\u202f\u2009]/g, '');
      out.push(/^(1[89]|20)\d\d(s)?$/.test(digits) ? '<year>' : /\./.test(digits) ? '<dec>' : digits.length > 3 ? '<big>' : '<num>');
      continue;
    }
    if (t.kind === 'punct') {
      if (t.text === '?' || t.text === '!' || t.text === ':' || t.text === ';') out.push(t.text);
      continue;
    }
    const text = t.text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
    if (t.kind === 'symbol') {
      if (text === '%' || text === '$' || text === '€' || text === '£') out.push(text);
      continue;
    }
    if (/^\d/.test(text)) out.push('<num>');
    else out.push(text);
  }
  return out;
}

function isCapitalised(t: Token): boolean {
  return t.kind === 'word' && /^[A-Z][a-z]/.test(t.text);
}

function isActionVerb(word: string): boolean {
  if (irregularPast.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !notAction.has(word);
}

/**
 * Computes the cues and hashed n-grams of one sentence. Figures and attributions found by the other
 * passes count when present; each cue also has its own lexical test, so the scorer keeps working
 * (and its training stays valid) whatever those passes find.
 */
export function sentenceFeatures(input: ClaimInput, hashBits: number): SentenceFeatures {
  const tokens = input.sentence.tokens;
  const words = wordForms(tokens);
  const fired = new Set<Cue>();
  const has = (set: ReadonlySet<string>) => words.some((w) => set.has(w));
  const phrase = ' ' + words.join(' ') + ' ';

  const figureKinds = new Set(input.figures.map((f) => f.kind));
  const numeric = words.some((w) => w === '<num>' || w === '<big>' || w === '<dec>' || w === '%' || w === '$' || w === '€' || w === '£');
  if ([...figureKinds].some((k) => k !== 'ordinal' && k !== 'date') || numeric || has(numberWords)) fired.add('figure');
  if (has(comparisonWords) || / as \S+ as /.test(phrase)) fired.add('comparison');
  if (has(superlativeWords) || words.some((w) => w.length > 5 && w.endsWith('est') && !notSuperlative.has(w))) fired.add('superlative');
  if (has(causalWords) || / (led|lead|leads|leading) to | as a result /.test(phrase)) fired.add('causal');
  if (input.attributions.length > 0 || has(attributionWords)) fired.add('attributed');
  if (figureKinds.has('date') || words.includes('<year>') || has(months) || has(dateWords) || / last (year|week|month|time) /.test(phrase)) fired.add('dated-event');
  if (has(changeWords)) fired.add('quantity-change');
  if (has(predictionWords) || / (is|are|was|were) (set|due) to | by (the end of )?<year> | next (year|decade|month) | in the coming /.test(phrase)) fired.add('prediction');

  // A named or pronoun subject followed closely by a past action: "The council voted", "He signed".
  const content = tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  for (let i = 0; i < content.length; i++) {
    const lower = content[i].text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
    const subject = (isCapitalised(content[i]) && (i > 0 || !questionStarts.has(lower))) || pronounSubjects.has(lower);
    if (!subject) continue;
    for (let j = i + 1; j < Math.min(content.length, i + 4); j++) {
      if (isActionVerb(content[j].text.toLowerCase())) {
        fired.add('actor-action');
        break;
      }
    }
    if (fired.has('actor-action')) break;
  }

  if (/ (i|we) (think|believe|feel|hope|want) | in my (opinion|view) /.test(phrase) || has(opinionWords)) fired.add('opinion');
  const last = words[words.length - 1];
  if (last === '?' || words.includes('?') || (questionStarts.has(words[0] ?? '') && last !== '.' && words.length < 6 && words.includes('?'))) fired.add('question');
  if (has(hedgeWords)) fired.add('hedge');
  if (has(rhetoricWords) || words.includes('!')) fired.add('rhetoric');
  if (has(firstPerson)) fired.add('first-person');
  if (has(secondPerson)) fired.add('address');

  const n = words.filter((w) => /^[a-z<]/.test(w)).length;
  fired.add(n <= 4 ? 'len-1-4' : n <= 8 ? 'len-5-8' : n <= 15 ? 'len-9-15' : n <= 25 ? 'len-16-25' : 'len-26+');

  const cues = allCues.filter((c) => fired.has(c));
  const buckets = hashNgrams(words, hashBits);
  addClassNgrams(tokens, hashBits, buckets);
  return { cues, buckets };
}

const modals = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', "'ll", "'d", 'shall', 'gonna', 'wanna']);
const negations = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', "n't"]);
const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", "'m", 'am']);
const haveForms = new Set(['has', 'have', 'had', 'having', "'ve"]);
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'every', 'each', 'all', 'some', 'any', 'many', 'much', 'most', 'more']);
const prepositions = new Set(['of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'about', 'into', 'over', 'under', 'than', 'since', 'during', 'after', 'before', 'against', 'between', 'through']);
const conjunctions = new Set(['and', 'or', 'but', 'so', 'because', 'if', 'when', 'while', 'although', 'though']);
const whWords = new Set(['who', 'what', 'when', 'where', 'why', 'how', 'which']);

/** A coarse word class, so that patterns like "he + past verb + number" generalise across topics. */
function wordClass(t: Token, first: boolean): string {
  if (t.kind === 'number') return 'NUM';
  if (t.kind === 'symbol') return t.text === '%' || t.text === '$' ? 'NUM' : 'SYM';
  if (t.kind === 'punct') return t.text === '?' ? 'Q' : t.text === '!' ? 'EXCL' : t.text === ',' ? 'COMMA' : 'P';
  const w = t.text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  if (w === 'i' || w.startsWith("i'") || w === 'we' || w.startsWith("we'") || w === 'me' || w === 'us' || w === 'my' || w === 'our') return 'P1';
  if (w === 'you' || w.startsWith("you'") || w === 'your') return 'P2';
  if (['he', 'she', 'they', 'it', 'him', 'her', 'them', 'his', 'their', 'its'].includes(w) || /^(he|she|they|it)'/.test(w)) return 'P3';
  if (modals.has(w)) return 'MD';
  if (negations.has(w) || w.endsWith("n't")) return 'NEG';
  if (beForms.has(w)) return 'BE';
  if (haveForms.has(w)) return 'HAVE';
  if (determiners.has(w)) return 'DT';
  if (prepositions.has(w)) return 'IN';
  if (conjunctions.has(w)) return 'CC';
  if (whWords.has(w)) return 'WH';
  if (numberWords.has(w)) return 'NUM';
  if (!first && /^[A-Z]/.test(t.text)) return 'NNP';
  if (irregularPast.has(w) || (w.length > 4 && w.endsWith('ed'))) return 'VBD';
  if (w.length > 5 && w.endsWith('ing')) return 'VBG';
  if (w.length > 4 && w.endsWith('ly')) return 'RB';
  if (w.length > 5 && /(tion|ment|ness|ity|ance|ence)s?$/.test(w)) return 'NOM';
  return 'W';
}

/** Bigrams and trigrams of word classes, hashed into the same table under their own prefix. */
function addClassNgrams(tokens: readonly Token[], bits: number, out: number[]): void {
  const mask = (1 << bits) - 1;
  let a = '^';
  let b = '^';
  let first = true;
  for (const t of tokens) {
    if (t.kind === 'space') continue;
    if (t.kind === 'punct' && !/^[?!,]$/.test(t.text)) continue;
    const c = wordClass(t, first);
    first = false;
    out.push(hash('#' + b + ' ' + c) & mask);
    out.push(hash('#' + a + ' ' + b + ' ' + c) & mask);
    a = b;
    b = c;
  }
  out.push(hash('#' + a + ' ' + b + ' $') & mask);
}

/** FNV-1a over the UTF-16 code units; fast and stable across runs and platforms. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Unigrams and bigrams with sentence boundaries, hashed into 2^bits buckets. */
export function hashNgrams(words: readonly string[], bits: number): number[] {
  const mask = (1 << bits) - 1;
  const out: number[] = [];
  let prev = '<s>';
  for (const w of words) {
    out.push(hash(w) & mask);
    if (w.length > 5) out.push(hash('~' + w.slice(-3)) & mask);
    out.push(hash(prev + ' ' + w) & mask);
    prev = w;
  }
  out.push(hash(prev + ' </s>') & mask);
  return out;
}
