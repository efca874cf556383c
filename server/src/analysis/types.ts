/**
 * Plain data produced by the analysis core. These shapes are the `factcheck extract` contract
 * (docs/extract-contract.md): add fields, never rename or remove them.
 *
 * All offsets are UTF-16 code units into the analysed document, `end` exclusive.
 */

export type DocumentKind = 'markdown' | 'plaintext';

export interface Span {
  start: number;
  end: number;
}

export type FigureKind = 'count' | 'money' | 'percent' | 'measure' | 'duration' | 'date' | 'ordinal';

export type Approx = 'exact' | 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'range';

export interface Figure extends Span {
  /** The figure as written, including its qualifier and counted noun ("more than 13,000 people"). */
  text: string;
  kind: FigureKind;
  /** The parsed value; for a range the low end; null when the text names no exact value ("dozens"). */
  value: number | null;
  low?: number;
  high?: number;
  /** ISO 4217 code for money, "%" for percent, a unit symbol or word for measures and durations, the head noun for counts. */
  unit: string | null;
  approx: Approx;
  /** For counts: the counted noun phrase ("ceasefire violations"). */
  noun?: string;
  /** For dates: the resolved ISO date or period when it can be resolved ("2021-10-14", "1990/1999"). */
  resolved?: string;
  /**
   * Set on a weekday, a day without a year or a month named alone that the sentence puts ahead of
   * the article's date ("will meet on Friday", "will fall from April 1", "will reopen in March"): it
   * resolves to the coming one, where a weekday alone is the one just past.
   */
  future?: true;
  /**
   * Set on a month named alone that the sentence puts before the article's date ("was published in
   * March"): it resolves to the last such month up to the article's date.
   */
  past?: true;
  /** For rates: what the amount is per ("barrel" in "$52 a barrel", "day" in "3,000 tests a day"). */
  per?: string;
  /** True for an age ("a 50-year-old", "29 years old"); the kind is then `duration`. */
  age?: boolean;
  /** Set when a verb of change governs the figure ("rose 3 points", "fell by half"). */
  change?: 'increase' | 'decrease';
  /** The verb or counted noun the figure belongs to ("killed", "troops"), for the hover. */
  context?: string;
  /**
   * For a score or a tally ("beat City 2-0", "a 3–1 win", "voted 10-2"): the two sides' numbers in the
   * order written. `low` and `high` hold the same pair sorted, and `value` is null.
   */
  score?: [number, number];
  /**
   * For a statistic of a study or poll ("a hazard ratio of 0.80", "95% CI 0.69-0.93", "p=0.003"):
   * which one. The figure keeps its kind (`count`, or `percent` for a confidence level).
   */
  statistic?: Statistic;
}

export type Statistic = 'hazard-ratio' | 'odds-ratio' | 'risk-ratio' | 'correlation' | 'confidence-interval' | 'confidence-level' | 'p-value';

export type AttributionType = 'direct' | 'indirect' | 'mixed';

export interface Attribution {
  cue: Span;
  source: Span | null;
  content: Span;
  type: AttributionType;
  /** The speaker's name as first fully mentioned in the article, when known. */
  speaker: string | null;
  /** The speaker's role, from a title or an appositive ("head of strategic assessment"). */
  role?: string;
  /** The organisation the source names ("Lacis Institute"). */
  organisation?: string;
  /** Set when the source is unnamed ("officials said", "a source familiar with the talks"). */
  anonymous?: boolean;
  /** Set when the article names the speaker only by a title and a surname ("Mr. Reed"), never in full. */
  surnameOnly?: boolean;
  /**
   * `organisation` when the source is an organisation speaking, named ("the Kremlin", "Nordvik
   * Shipping") or described ("the company", "the council"); absent when the pass cannot tell.
   */
  speakerKind?: 'organisation';
  /** For mixed attributions: the quoted parts inside `content`. */
  quotes?: Span[];
}

export interface Claim extends Span {
  /** Check-worthiness in 0..1. */
  score: number;
  /** True when `score` reaches the configured threshold. */
  checkWorthy: boolean;
  /** Why the sentence is worth checking, as stable ids ("figure", "comparison", ...). */
  reasons: string[];
}

export interface Analysis {
  figures: Figure[];
  attributions: Attribution[];
  claims: Claim[];
}

export interface AnalysisOptions {
  /** Sentences scoring at or above this are check-worthy. */
  claimThreshold: number;
}

export const defaultAnalysisOptions: AnalysisOptions = {
  claimThreshold: 0.5,
};
