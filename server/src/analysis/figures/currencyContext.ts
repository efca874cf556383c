/**
 * A currency named by a bare word shared by several countries ("kroner", "pesos", "rupees",
 * "dinars") takes, sentence by sentence, the currency English-language news most often means
 * (lexicon.ts). The article as a whole often says which one it is: an amount written with its code
 * or its country ("NOK 91bn", "Norwegian kroner") or a dateline ("OSLO, March 4"). This pass reads
 * that evidence once the whole document's figures are known and gives the bare amounts the
 * currency the article names, in place, as the date pass does for relative dates.
 */
import type { Figure } from '../types.js';

interface Family {
  /** The bare words, lower case. */
  words: string[];
  /** The currency the sentence-level reader gives the bare words. */
  usual: string;
  /** Each currency of the family with the words that name its country in a dateline or a phrase. */
  members: Record<string, string[]>;
}

const families: Family[] = [
  { words: ['krone', 'kroner'], usual: 'DKK', members: { DKK: ['denmark', 'danish', 'copenhagen'], NOK: ['norway', 'norwegian', 'oslo'] } },
  { words: ['krona', 'kronor'], usual: 'SEK', members: { SEK: ['sweden', 'swedish', 'stockholm'], ISK: ['iceland', 'icelandic', 'reykjavik'] } },
  {
    words: ['peso', 'pesos'],
    usual: 'MXN',
    members: {
      MXN: ['mexico', 'mexican'], ARS: ['argentina', 'argentine', 'argentinian', 'buenos aires'], CLP: ['chile', 'chilean', 'santiago'],
      COP: ['colombia', 'colombian', 'bogota', 'bogotá'], PHP: ['philippines', 'philippine', 'filipino', 'manila'],
    },
  },
  {
    words: ['rupee', 'rupees'],
    usual: 'INR',
    members: {
      INR: ['india', 'indian', 'new delhi', 'delhi', 'mumbai'], PKR: ['pakistan', 'pakistani', 'islamabad', 'karachi', 'lahore'],
      LKR: ['sri lanka', 'sri lankan', 'colombo'], NPR: ['nepal', 'nepalese', 'kathmandu'],
    },
  },
  {
    words: ['dinar', 'dinars'],
    usual: 'IQD',
    members: {
      IQD: ['iraq', 'iraqi', 'baghdad'], KWD: ['kuwait', 'kuwaiti'], JOD: ['jordan', 'jordanian', 'amman'], BHD: ['bahrain', 'bahraini', 'manama'],
      LYD: ['libya', 'libyan', 'tripoli'], TND: ['tunisia', 'tunisian', 'tunis'], DZD: ['algeria', 'algerian', 'algiers'], RSD: ['serbia', 'serbian', 'belgrade'],
    },
  },
  { words: ['rial', 'rials'], usual: 'IRR', members: { IRR: ['iran', 'iranian', 'tehran'], OMR: ['oman', 'omani', 'muscat'], YER: ['yemen', 'yemeni', 'sanaa'] } },
  { words: ['riyal', 'riyals'], usual: 'SAR', members: { SAR: ['saudi', 'riyadh', 'jeddah'], QAR: ['qatar', 'qatari', 'doha'] } },
  {
    words: ['shilling', 'shillings'],
    usual: 'KES',
    members: {
      KES: ['kenya', 'kenyan', 'nairobi', 'mombasa'], UGX: ['uganda', 'ugandan', 'kampala'], TZS: ['tanzania', 'tanzanian', 'dar es salaam', 'dodoma'],
      SOS: ['somalia', 'somali', 'mogadishu'],
    },
  },
];

const familyOfWord = new Map<string, Family>();
for (const family of families) for (const word of family.words) familyOfWord.set(word, family);
/** A quick test before a figure's words are split: whether any family's word is in its text. */
const anyFamilyWord = new RegExp(`\\b(?:${families.flatMap((f) => f.words).join('|')})\\b`, 'i');
const familyOfCode = new Map<string, Family>();
for (const family of families) for (const code of Object.keys(family.members)) familyOfCode.set(code, family);

/** For each currency, one pattern for the words that name its country. */
/** Currencies named only as "crowns" (see crownCurrencies), with the words that name their country. */
const crownOnlyMembers: Record<string, string[]> = { CZK: ['czech', 'czechia', 'prague'] };
const cuePatterns = new Map<string, RegExp>();
for (const members of [...families.map((f) => f.members), crownOnlyMembers]) {
  for (const [code, cues] of Object.entries(members)) cuePatterns.set(code, new RegExp(`\\b(?:${cues.join('|')})\\b`, 'u'));
}

/** How far into the text a dateline or standfirst can name the country. */
export const currencyOpeningReach = 400;

/** For each family the article decides, the family's usual currency → the one the article names. */
export type CurrencyContext = ReadonlyMap<string, string>;

/** The bare word a money figure is written with ("600 billion kroner" → its family), or undefined. */
function bareFamily(figure: Figure): Family | undefined {
  if (figure.kind !== 'money' || figure.unit === null || !familyOfCode.has(figure.unit) || !anyFamilyWord.test(figure.text)) return undefined;
  const words = figure.text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  const family = familyOfWord.get(words[words.length - 1] ?? '') ?? (figure.per ? familyOfWord.get(words[words.length - 3] ?? '') : undefined);
  if (!family || figure.unit !== family.usual) return undefined;
  // "Danish kroner" names its country: not bare.
  for (const cues of Object.values(family.members)) for (const cue of cues) if (words.includes(cue)) return undefined;
  return family;
}

/**
 * The currencies the article names for its bare amounts: an amount written with a code or a country
 * ("NOK 91bn", "Norwegian kroner") or a country or city in the opening text counts for its currency;
 * a family is decided when one currency other than the usual one has evidence and the usual one none.
 */
export function currencyContextOf(figures: Iterable<Figure>, opening: string): CurrencyContext {
  return currencyContextFrom([currencyEvidenceOf(figures)], opening);
}

/**
 * What a run of figures says for `currencyContextFrom`: counts add up over parts of an article, so
 * the language server keeps each paragraph's and combines them rather than reading every figure of
 * the article on each keystroke.
 */
export interface CurrencyEvidence {
  /** Amounts written with each currency code of a family. */
  readonly evidence: ReadonlyMap<string, number>;
  /** Whether a bare family word ("kroner") occurs. */
  readonly bare: boolean;
  /** Whether a bare "crowns" occurs. */
  readonly crowns: boolean;
}

export function currencyEvidenceOf(figures: Iterable<Figure>): CurrencyEvidence {
  const evidence = new Map<string, number>();
  let bare = false;
  let crowns = false;
  for (const f of figures) {
    if (isBareCrowns(f)) crowns = true;
    if (f.kind !== 'money' || f.unit === null) continue;
    if (bareFamily(f)) {
      bare = true;
      continue;
    }
    if (familyOfCode.has(f.unit)) evidence.set(f.unit, (evidence.get(f.unit) ?? 0) + 1);
  }
  return { evidence, bare, crowns };
}

/** The context `currencyContextOf` gives the figures of all `parts` together, in any order. */
export function currencyContextFrom(parts: Iterable<CurrencyEvidence>, opening: string): CurrencyContext {
  const evidence = new Map<string, number>();
  let bare = false;
  let crowns = false;
  for (const part of parts) {
    if (part.bare) bare = true;
    if (part.crowns) crowns = true;
    for (const [code, count] of part.evidence) evidence.set(code, (evidence.get(code) ?? 0) + count);
  }
  const context = new Map<string, string>();
  const lower = opening.toLowerCase();
  if (crowns) {
    const named = crownCurrencies.filter((code) => evidence.get(code) || cuePatterns.get(code)!.test(lower));
    if (named.length === 1) context.set(crownKey, named[0]);
  }
  if (!bare) return context;
  for (const family of families) {
    for (const code of Object.keys(family.members)) {
      if (cuePatterns.get(code)!.test(lower)) evidence.set(code, (evidence.get(code) ?? 0) + 1);
    }
    if (evidence.get(family.usual)) continue;
    const named = Object.keys(family.members).filter((code) => code !== family.usual && evidence.get(code));
    if (named.length === 1) context.set(family.usual, named[0]);
  }
  return context;
}

/**
 * "4.50 crowns per share": English news writes the Swedish, Norwegian, Danish, Czech and Icelandic
 * currencies as "crowns", which alone also count titles ("won three crowns"). Such an amount is read
 * as a count of crowns, and becomes money only when the article names exactly one of those
 * currencies ("1.42 billion Swedish crowns", "SEK 8.7bn") or its country or capital in the opening.
 */
const crownKey = 'crown';
const crownCurrencies = ['SEK', 'NOK', 'DKK', 'CZK', 'ISK'];

function isBareCrowns(f: Figure): boolean {
  return f.kind === 'count' && f.unit === 'crown' && f.value !== null;
}

/** A short key for a context, for caches that must be redone when it changes. */
export function currencyContextKey(context: CurrencyContext): string {
  return [...context].map(([usual, named]) => `${usual}>${named}`).join(',');
}

/** Gives the bare amounts of `figures` the currency the context names, in place; returns `figures`. */
export function applyCurrencyContext(context: CurrencyContext, figures: Figure[]): Figure[] {
  if (context.size === 0) return figures;
  const crown = context.get(crownKey);
  for (const f of figures) {
    if (crown !== undefined && isBareCrowns(f)) {
      f.kind = 'money';
      f.unit = crown;
      delete f.noun;
      if (f.context === 'crown') delete f.context;
      continue;
    }
    const family = bareFamily(f);
    const named = family ? context.get(family.usual) : undefined;
    if (named) f.unit = named;
  }
  return figures;
}
