import type { Analysis, Attribution, Claim, Figure, Span } from './types.js';
import { clockOf, countedAmount, formatValue, isColonRatio, plural, statisticNames, unitFor, written } from './figures/describe.js';
import { detached } from './detached.js';
import { TextSearches } from './textSearches.js';

/**
 * Findings turned into problems: a rule id, a severity name and a message, with UTF-16 offsets.
 * The language server and the CLI both report these; each converts offsets to its own positions.
 */

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export type RuleId =
  | 'figure.unchecked'
  | 'attribution.unattributed'
  | 'attribution.anonymous'
  | 'attribution.incomplete'
  | 'claim.checkworthy'
  | 'annotation.false'
  | 'annotation.disputed'
  | 'annotation.misleading'
  | 'annotation.partly-true'
  | 'annotation.unverifiable'
  | 'annotation.unchecked'
  | 'annotation.drift'
  | 'annotation.orphan'
  | 'annotation.sidecar';

export interface SeveritySettings {
  figure: SeverityName;
  claim: SeverityName;
  /** A quote with no identifiable speaker. */
  unattributed: SeverityName;
  /** A claim attributed to an unnamed source ("officials said"). */
  anonymous: SeverityName;
  /** A speaker whose first mention lacks a full name or a role. */
  incomplete: SeverityName;
}

export const defaultSeverities: SeveritySettings = {
  figure: 'information',
  claim: 'hint',
  unattributed: 'warning',
  anonymous: 'hint',
  incomplete: 'information',
};

/** A reference to the sidecar annotation a problem is about (kept small: it travels in `data`). */
export interface AnnotationRef {
  id: string;
  status: string;
}

export type FindingData = (
  | { kind: 'figure'; figure: Figure }
  | { kind: 'attribution'; attribution: Attribution }
  | { kind: 'claim'; claim: Claim }
  | { kind: 'text'; text: string }
) & { annotation?: AnnotationRef };

export interface Problem extends Span {
  rule: RuleId;
  severity: Exclude<SeverityName, 'off'>;
  message: string;
  /** The finding the problem is about; code actions and hovers are rebuilt from it. */
  data: FindingData;
}

const approxWords: Record<Figure['approx'], string> = {
  exact: 'exact',
  about: 'approximate',
  'more-than': 'lower bound',
  'less-than': 'upper bound',
  'at-least': 'at least',
  'at-most': 'at most',
  range: 'range',
};

export function describeApprox(figure: Figure): string {
  return approxWords[figure.approx];
}

/**
 * The unit as a reader writes it beside the number: a count's head noun as the article wrote it
 * ("14 networks", "4,200 crew"), a duration in the plural ("48 hours"), any other unit as it is.
 */
function unitWord(figure: Figure): string {
  const unit = figure.unit ?? '';
  if (figure.kind === 'duration' && /^[a-z]+$/.test(unit)) return unitFor(figure, unit, figure.value);
  if (figure.kind === 'count' && figure.noun) return figure.noun.slice(figure.noun.lastIndexOf(' ') + 1);
  // A count that takes its unit from another figure ("8,420.3" after "8,445.8 points") has no noun of its own.
  if (figure.kind === 'count' && /^[a-z]+$/.test(unit)) return plural(unit, figure.value);
  return unit;
}

export function figureMessage(figure: Figure): string {
  // A study's statistic is named as such: "hazard ratio, 0.8", not "count, 0.8".
  // An age is a duration in the contract, but "Graham Pell, 61" reads as an age, not "duration, 61 years".
  const parts: string[] = [figure.statistic ? statisticNames[figure.statistic] : figure.age ? 'age' : figure.kind];
  if (figure.kind === 'date' && figure.resolved) {
    parts.push(figure.resolved);
  } else {
    const value = figure.score ? (isColonRatio(figure) ? `ratio ${figure.score[0]}:${figure.score[1]}` : `score ${figure.score[0]}–${figure.score[1]}`)
      : figure.low !== undefined && figure.high !== undefined ? `${formatValue(figure, figure.low)}–${formatValue(figure, figure.high)}`
        : figure.value !== null ? formatValue(figure, figure.value) : null;
    // A figure with no stated value ("this week", "dozens of") shows its unit alone.
    const unit = unitWord(figure);
    const amount = value && unit && figure.kind === 'count' ? countedAmount(value, unit) : [value ?? '', unit].filter((x) => x !== '').join(' ');
    if (amount) parts.push(amount);
    // "7,235 seconds" for "2:00:35" reads better as a race time too.
    const clock = clockOf(figure);
    if (clock) parts.push(clock);
  }
  if (figure.approx !== 'exact' || figure.kind !== 'date') parts.push(describeApprox(figure));
  return `Figure: ${written(figure)} — unchecked (${parts.join(', ')})`;
}

/**
 * The problems of one analysed document, in document order. With the document's `text`, a speaker
 * named only as "Mr. Reed" is not said to lack a full name when the text writes it elsewhere
 * ("Tom Reed has studied ...").
 * `searches`, kept by the caller from one version of the document to the next, makes that check and
 * the others that read the whole text cost only the text around an edit. `wellKnown` (from
 * `wellKnownMatcher`) names the speakers whose first mention needs no role.
 */
export function problemsOf(analysis: Analysis, severities: SeveritySettings = defaultSeverities, text?: string, searches?: TextSearches, wellKnown?: (speaker: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  if (severities.figure !== 'off') {
    for (const figure of analysis.figures) {
      if (figure.kind === 'ordinal') continue;
      problems.push({ start: figure.start, end: figure.end, rule: 'figure.unchecked', severity: severities.figure, message: figureMessage(figure), data: { kind: 'figure', figure } });
    }
  }
  problems.push(...attributionProblems(analysis.attributions, severities, text, searches, wellKnown));
  if (severities.claim !== 'off') {
    for (const claim of analysis.claims) {
      if (!claim.checkWorthy) continue;
      const why = claim.reasons.length ? `: ${claim.reasons.join(', ')}` : '';
      problems.push({ start: claim.start, end: claim.end, rule: 'claim.checkworthy', severity: severities.claim, message: `Check-worthy claim (score ${claim.score.toFixed(2)})${why}`, data: { kind: 'claim', claim } });
    }
  }
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Attribution problems: quotes nobody is named as saying, claims from unnamed sources, and speakers
 * introduced without a full name or a role (checked at their first mention only).
 */
/**
 * Words that make a capitalised name an organisation or a place rather than a person ("Deutsche
 * Bank", "Japan Airlines", "Swiss Re", "South Korea"): such a speaker needs no role. Nationality
 * adjectives are left out, since many are surnames too (French, English). "May" is a name too.
 */
const organisationWords = new Set([
  'Bank', 'Banks', 'Group', 'Groups', 'Holdings', 'Airlines', 'Airways', 'Air', 'Airport', 'Motor', 'Motors', 'Steel', 'Oil', 'Gas',
  'Energy', 'Coal', 'Telecom', 'Telekom', 'Communications', 'Media', 'Securities', 'Capital', 'Partners', 'Management', 'Insurance',
  'Re', 'Trust', 'Fund', 'Funds', 'Foundation', 'Market', 'Markets', 'Exchange', 'Boerse', 'Index', 'Stores', 'Foods', 'Pharmaceuticals',
  'Corp', 'Corp.', 'Corporation', 'Company', 'Co', 'Co.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'plc', 'PLC', 'AG', 'SA', 'GmbH', 'LLC', 'NV',
  'Ministry', 'Department', 'Office', 'Agency', 'Authority', 'Commission', 'Committee', 'Council', 'Board', 'Bureau', 'Service',
  'Services', 'Reserve', 'Treasury', 'Government', 'Parliament', 'Assembly', 'Congress', 'Senate', 'Court', 'Police', 'Army',
  'Navy', 'Party', 'Union', 'Association', 'Federation', 'Society', 'League', 'Institute', 'University', 'College', 'School',
  'Hospital', 'Centre', 'Center', 'Organisation', 'Organization', 'Concern', 'Insight', 'Data', 'Research', 'Times', 'Presse',
  'Press', 'News', 'Journal', 'Herald', 'Telegraph', 'Network', 'Radio', 'Television', 'TV', 'United', 'International', 'Global',
  'National', 'Federal', 'Royal', 'America', 'Britain', 'China', 'Europe', 'France', 'Germany', 'India', 'Japan', 'Korea',
  'Russia', 'Lanka', 'Africa', 'Asia', 'Australia', 'Canada', 'Brazil', 'Italy', 'Spain', 'Iraq', 'Iran', 'Israel', 'Ukraine',
  'Poland', 'Mexico', 'Turkey', 'Pakistan', 'Egypt', 'Syria', 'Kingdom', 'States', 'Nations', 'Zealand', 'Ireland', 'Scotland',
  // "Sport England", "Historic England": public bodies named after the nation they serve.
  'England', 'Sport',
  'Financial', 'Chartered', 'Aid', 'Card', 'Economy', 'Arabia', 'Transport', 'Focus', 'Watch', 'Action', 'Alliance', 'Coalition',
  'Forum', 'Initiative', 'Project', 'Partnership', 'Campaign', 'Observatory', 'Monitor',
  'Rail', 'Railways', 'Water', 'Health', 'Unite', 'Unison', 'Studies', 'Statistics', 'Survey', 'Ombudsman',
  // Company names ("Orbital Devices", "Halden Technologies"); surnames spelt the same ("Power") are left out.
  'Devices', 'Systems', 'Technologies', 'Technology', 'Industries', 'Electronics', 'Software', 'Labs', 'Laboratories', 'Networks',
  'Solutions', 'Logistics', 'Entertainment', 'Studios', 'Brands', 'Retail', 'Resources', 'Mining', 'Petroleum', 'Chemicals',
  'Pharma', 'Therapeutics', 'Biotech', 'Healthcare', 'Investments', 'Ventures', 'Enterprises', 'Properties', 'Construction',
  'Engineering', 'Aerospace', 'Shipping', 'Utilities', 'Semiconductor', 'Semiconductors', 'Robotics', 'Automotive', 'Hotels',
  'Publishing', 'Pictures', 'Analytics', 'Consulting', 'Associates',
  // Time words: "Last July said" is a misread sentence, not a speaker.
  'Last', 'Next', 'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/**
 * Whether a speaker's name is two or more capitalised words none of which is an organisation's or a
 * place's ("Andris Ozols", not "Baltic Telecom AG"). Kept per name: the language server asks for
 * every speaker at every keystroke. The names are copies, since a slice would keep its document alive.
 */
const personNames = new Map<string, boolean>();

function isPersonName(speaker: string): boolean {
  let person = personNames.get(speaker);
  if (person === undefined) {
    const words = speaker.trim().split(/\s+/);
    person = words.length >= 2 && words.every((w) => /^[A-Z\u00c0-\u024f]/.test(w)) && !words.some(isOrganisationWord);
    if (personNames.size >= 50_000) personNames.clear();
    personNames.set(detached(speaker), person);
  }
  return person;
}

/** A word of an organisation's or place's name, or one in capitals ("ABN AMRO", "PBS", "UK"). */
function isOrganisationWord(word: string): boolean {
  const bare = word.replace(/['’]s?$/, '');
  return organisationWords.has(bare) || /^[A-Z]{2,}$/.test(bare);
}

/**
 * Whether `text` writes the surname after a capitalised given name anywhere ("Ivo Kalns",
 * "George W Bush"): the article gives the full name, if not in a source (a headline's "Fox attacks
 * …" before "Liam Fox"). The surname is found with `indexOf` and only the few words before each
 * occurrence are read; the language server keeps the answer from one keystroke to the next
 * (`searches`), as it asks for every speaker at every keystroke.
 */
function fullNameIn(text: string, surname: string, searches: TextSearches): boolean {
  const test = (at: number) => !/[\p{L}\p{N}]/u.test(text.charAt(at + surname.length)) && givenNameBefore.test(text.slice(Math.max(0, at - 40), at));
  return searches.first('full name', surname, 40, 1, test) >= 0;
}

/**
 * What newsrooms write instead of a role: an age ("Ingrid Weber, 74", "78-year-old Joan Whitfield"),
 * or where the person is from or works ("Ivo Lind, from Shipping News Europe", "Tom Reed, of Leeds").
 */
const describedAfter = /^\s*,\s*(?:(?:aged\s+)?\d{1,3}\b|(?:from|of|at)\s+(?:the\s+)?\p{Lu})/u;
const introducedOtherwise = /,\s*(?:aged\s+)?\d{1,3}(?:,|\s*$)|\b\d{1,3}-year-old\b|,\s*(?:from|of|at)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether the article introduced the person in its prose before this source, by age or by where they
 * are from ("Gareth Lowe, 54, of Salford, stole ..." and later "Lowe said"), as a source may be.
 */
function describedEarlier(text: string, speaker: string, before: number, searches: TextSearches): boolean {
  const at = searches.first('first', speaker, 0, 0, anywhere);
  return at >= 0 && at < before && describedAfter.test(text.slice(at + speaker.length, at + speaker.length + 40));
}

const anywhere = () => true;

/** A capitalised given name, perhaps with a middle initial, ending right before a surname; no title of address. */
const givenNameBefore = /(?:^|[^\p{L}])(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Gov|Pres)\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?\s+$/u;

/** Why a source is not named, as news copy writes it: "on condition of anonymity", "asked not to be named", "not authorised to speak". */
const anonymityReason = /\b(?:on (?:the )?condition of anonymity|(?:asked|requested|declined|wished) not to be (?:named|identified)|declined to be (?:named|identified)|(?:did not|didn't|does not|doesn't|do not|don't) (?:want|wish) to be (?:named|identified)|(?:requested|asked for|was granted|were granted) anonymity|not authori[sz]ed to (?:speak|comment|discuss|talk)|to protect (?:his|her|their) (?:identity|identities|safety))\b/i;

/**
 * Whether the article says, in the source or in the rest of its sentence, why the source is not
 * named: the hint asks for a name or a reason, and the reason is there.
 */
function anonymityExplained(text: string, source: Span): boolean {
  const rest = text.slice(source.start, Math.min(text.length, source.end + 200));
  const end = rest.slice(source.end - source.start).search(/[.!?]\s|\n/);
  return anonymityReason.test(end < 0 ? rest : rest.slice(0, source.end - source.start + end));
}

/** A role that speaks for an organisation on the record: "a spokeswoman for UNHCR", "a Treasury spokesman". */
const spokespersonRole = /\b(?:spokes(?:man|woman|person|people|men|women)|press (?:officer|secretary)|representative)\b/i;

/** Roles whose words are an organisation's published research: "analysts at Oxera", "economists at the Bank". */
const researchRole = /^(?:analysts|economists|researchers|strategists|scientists|forecasters)$/i;

/**
 * The hint for an unnamed source. An unnamed spokesperson of a named organisation puts that
 * organisation on the record, as most style guides accept; the hint says so rather than asking why
 * the source cannot be named.
 */
function anonymousMessage(attribution: Attribution, text: string | undefined): string {
  if (attribution.organisation && attribution.role && spokespersonRole.test(attribution.role)) {
    return `Unnamed spokesperson for ${attribution.organisation}: the organisation is on the record; name the spokesperson if your style asks for it`;
  }
  // "Analysts at Oxera estimate ...": a firm's published research, not a source hiding its name.
  const experts = attribution.organisation && attribution.role ? researchRole.exec(attribution.role) : null;
  if (experts) {
    return `Unnamed ${experts[0].toLowerCase()} at ${attribution.organisation}: the organisation is on the record; name one of them if your style asks for it`;
  }
  // "Most Poles believe ...": a share of a population speaks through a poll, so the reader needs the poll.
  const group = text !== undefined && attribution.source ? text.slice(attribution.source.start, attribution.source.end).replace(/\s+/g, ' ') : attribution.role;
  const share = group?.replace(/^\S+/, (w) => w.toLowerCase());
  if (share && populationShare.test(share)) return `Opinion of ${share} with no source: name the poll or survey that measured it`;
  return 'Unnamed source: say who, or why the source cannot be named';
}

/** A quantifier before a people or a public ("most Poles", "many voters"), not before officials or experts. */
const populationShare = /^(?:most|many|some|few|a few|a majority of|the majority of|half of|a third of|two-thirds of|a quarter of|nearly half of|more than half of)\s+(?:[A-Z][a-z]+s|voters|residents|people|citizens|consumers|parents|shoppers|taxpayers|respondents|fans|motorists|drivers|commuters|tenants|homeowners|patients|households|families|farmers|pensioners|students)$/;

function attributionProblems(attributions: Attribution[], severities: SeveritySettings, text: string | undefined, kept: TextSearches | undefined, wellKnown: ((speaker: string) => boolean) | undefined): Problem[] {
  const problems: Problem[] = [];
  const searches = kept ?? new TextSearches();
  if (text !== undefined) searches.begin(text);
  const introduced = new Set<string>();
  // Two cues of one source ("declined to say", "said ... and added") are one unnamed source to name.
  const unnamed = new Set<string>();
  for (const attribution of attributions) {
    if (attribution.anonymous) {
      const span = attribution.source ?? attribution.cue;
      if (severities.anonymous === 'off') continue;
      const key = `${span.start}:${span.end}`;
      if (!unnamed.has(key) && !(text !== undefined && anonymityExplained(text, span))) {
        unnamed.add(key);
        problems.push({ start: span.start, end: span.end, rule: 'attribution.anonymous', severity: severities.anonymous, message: anonymousMessage(attribution, text), data: { kind: 'attribution', attribution } });
      }
      continue;
    }
    if (!attribution.source && !attribution.speaker && attribution.type !== 'indirect') {
      if (severities.unattributed !== 'off') {
        const span = attribution.content;
        problems.push({ start: span.start, end: span.end, rule: 'attribution.unattributed', severity: severities.unattributed, message: 'Quote with no identifiable speaker', data: { kind: 'attribution', attribution } });
      }
      continue;
    }
    const speaker = attribution.speaker;
    if (!speaker || introduced.has(speaker)) continue;
    introduced.add(speaker);
    // Only person-like names are judged: "Mr. Reed" lacks a first name; a bare single word is more
    // often an organisation or a group ("Aid groups warned") than a person introduced badly.
    const surnameOnly = attribution.surnameOnly === true && !(text !== undefined && fullNameIn(text, speaker, searches));
    const honorificOnly = surnameOnly || /^(Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Gov|Pres)\.?\s+\S+$/.test(speaker.trim());
    if (!honorificOnly && !isPersonName(speaker)) continue;
    const singleName = honorificOnly;
    const source = attribution.source;
    // The source span may end at the name, with the description right after it ("said Ivo Lind, from ...").
    const described = text !== undefined && source !== null &&
      (introducedOtherwise.test(text.slice(source.start, source.end)) || describedAfter.test(text.slice(source.end, source.end + 40)) ||
        describedEarlier(text, speaker, source.start, searches));
    const noRole = !attribution.role && !attribution.organisation && !described;
    // A person the newsroom's style lets stand without a role ("Vladimir Putin"): the setting's list.
    if ((singleName || noRole) && severities.incomplete !== 'off' && attribution.source && !wellKnown?.(speaker)) {
      const lacks = singleName && noRole ? 'a full name or a role' : singleName ? 'a full name' : 'a role or an organisation';
      problems.push({ start: attribution.source.start, end: attribution.source.end, rule: 'attribution.incomplete', severity: severities.incomplete, message: `First mention of ${speaker} lacks ${lacks}`, data: { kind: 'attribution', attribution } });
    }
  }
  return problems;
}
