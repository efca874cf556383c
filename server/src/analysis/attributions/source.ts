import type { Span } from '../types.js';
import { anonymousHeads, anonymousMarkers, datedDocumentNouns, determiners, documentDatingWords, servingNouns, subjectNounPrepositions, subjectPronouns, titles } from './lexicon.js';

/** What a source noun phrase says about the speaker. */
export interface SourceInfo {
  /** The proper name without titles ("Ivo Kalns", "Kalns"), or null. */
  name: string | null;
  /** A role from a title or an appositive ("head of strategic assessment", "Foreign Minister"). */
  role: string | null;
  /** An organisation named in the phrase ("Lacis Institute", "Halden House"). */
  organisation: string | null;
  /** The subject pronoun when the source is one ("he"). */
  pronoun: string | null;
  /** Head noun of an unnamed source ("diplomat" in "the diplomat"), lower case. */
  head: string | null;
  /** The phrase is definite ("the diplomat"), so it may refer back to a named speaker. */
  definite: boolean;
  /** No name, and the phrase describes an unnamed person or group ("officials", "a source familiar with"). */
  anonymous: boolean;
  /** A person named by nationality alone ("the Scot", "the Italian"), who is someone the article has named. */
  byNationality?: boolean;
  /** A person named by age alone ("the 30-year-old"), who is someone the article has named. */
  byAge?: boolean;
  /** An office written in capitals with no name ("The Prime Minister", "Britain's Foreign Secretary"), lower case: its holder is named in the text. */
  office?: string;
}

/** A word; a number keeps its thousands commas ("2,104"). */
const wordPattern = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-&%]|(?<=\d),(?=\d{3}(?!\d)))*|&/gu;
const capital = /^[\p{Lu}]/u;
/** Words that introduce an organisation after a role or name ("of Halden House", "at the Institute"). */
const orgLinks = new Set(['of', 'at', 'from', 'for', 'with']);
/** Capitalised words that open a sentence or phrase without being names. */
const notNames = new Set(['not', 'others', 'neither', 'either', 'no-one', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone', 'none',
  'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
  'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundreds', 'thousands', 'dozens', 'dozen',
  'the', 'a', 'an', 'but', 'and', 'in', 'on', 'at', 'as', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'one', 'both', 'other', 'another', 'most', 'few', 'all', 'according']);
/** Words after the head noun of an unnamed source: "people briefed on", "a source close to". */
const headEnders = new Set(['in', 'on', 'familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'speaking', 'granted', 'who', 'told', 'said']);
/** Prepositions that attach a modifier to an unnamed head ("officials in Kyiv", "people across the region"). */
const modifierLinks = new Set(['across', 'in', 'at', 'from', 'of', 'with', 'for', 'on', 'near', 'inside', 'outside', 'around', 'within', 'close', 'familiar', 'briefed']);
/** Relative pronouns: an appositive starting with one is a clause, not a role, except "who" (below). */
const relatives = new Set(['who', 'which', 'whose', 'whom', 'that', 'where', 'when']);
/** Copulas after "who" that a role leaves out ("who is the head of ..." → "head of ..."). */
const copulas = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'been', 'be', 'now', 'also', 'previously', 'formerly',
  // "who will remain as Nordvik chief executive", "who became its chairman".
  'will', 'would', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'as']);

interface Word {
  text: string;
  lower: string;
  cap: boolean;
  /** Written with a possessive ending ("Amazon's", "Networks'"), which `text` leaves out. */
  possessive: boolean;
  /** The word as written, possessive ending included. */
  written: string;
}

const pluralInitialism = /^\p{Lu}{2,}s$/u;
/** A name that opens with a number and goes on in capitals and lower case ("4Cast", "7-Eleven"); not "3G" or "4x4". */
const digitName = /^\p{N}+-?\p{Lu}\p{Ll}/u;
/** A particle written onto a surname: "al-Hakim", "el-Sisi", "bin-Laden", "d'Alema", "dell'Olio". */
const joinedParticle = /^(?:al|el|ad|ar|as|ash|at|az|ul|bin|ibn|abu|bint|d|l|dell)[-'’]\p{Lu}/u;
/** Words that introduce one person not named before ("a trader", "another economist"). */
const indefinite = new Set(['a', 'an', 'another', 'one']);

/** A head noun of unnamed people: the shared list, and plural initialisms ("MPs", "GPs"). */
function isPeopleHead(lower: string): boolean {
  return anonymousHeads.has(lower) || /^(?:mps|meps|msps|mlas|gps|ceos|cfos)$/.test(lower);
}

/** Whether a code unit is an apostrophe, straight or curly. */
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** A word without its possessive ending ("Amazon's" → "Amazon", "Networks'" → "Networks"). */
function withoutPossessive(w: string): string {
  const last = w.charCodeAt(w.length - 1);
  if (isApostrophe(last)) return w.slice(0, -1);
  return last === 115 /* s */ && w.length > 1 && isApostrophe(w.charCodeAt(w.length - 2)) ? w.slice(0, -2) : w;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  // One global pattern walked with exec: matchAll copies the pattern on every call, and sources are
  // split into words several times each (a tenth of parsing them went to that copy).
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(text); m; m = wordPattern.exec(text)) {
    const t = withoutPossessive(m[0]);
    // "MPs", "GPs", "MEPs": an initialism in the plural is a common noun for people, not a name.
    // "al-Hakim", "el-Sisi", "d'Alema": a lower-case particle joined to a capitalised surname is a name.
    const cap = (capital.test(t) || joinedParticle.test(t) || digitName.test(t)) && !pluralInitialism.test(t);
    out.push({ text: t, lower: t.toLowerCase(), cap, possessive: t.length < m[0].length, written: m[0] });
  }
  // "Marsh & McLennan", "Johnson & Johnson": an ampersand between capitals belongs to the name.
  for (let k = 1; k < out.length - 1; k++) if (out[k].text === '&' && out[k - 1].cap && out[k + 1].cap) out[k].cap = true;
  // "Il Faro 24 Sera", "Channel 4 News": so does a number between capitalised words (the speaker was "Sera").
  // Not a date ("The 9 November outage") nor a count ("About 200 Nordline workers").
  for (let k = 1; k < out.length; k++) {
    const before = out[k - 1];
    const after = out[k + 1];
    if (/^\d+$/.test(out[k].text) && before.cap && !before.possessive && !countOpeners.has(before.lower) &&
      (out[k].possessive || (after?.cap && !calendarWords.has(after.lower)))) out[k].cap = true;
  }
  return out;
}

/**
 * An employer written before the person's name: "Nordvik's Tom Reed" (a possessive inside the
 * capitalised run head[i, j)), "Halden Bank equity strategist Kenji Mori" (a role in lower
 * case between two capitalised runs). The first run is then the organisation, not the name.
 */
function employerBeforeName(head: Word[], i: number, j: number): { organisation: Word[]; role: Word[]; name: Word[] } | null {
  // "National Bureau of Statistics chief Wang Jun": an institution's name may run on over "of" or "for".
  while (j > i && j + 1 < head.length && institutionHeads.has(head[j - 1].lower) && (head[j].lower === 'of' || head[j].lower === 'for') && head[j + 1].cap) {
    j = nameRunEnd(head, j + 1);
  }
  let k = j;
  // "NFFA founder and director Tom Reed": two roles joined by "and".
  const joinsRoles = (m: number) => head[m].lower === 'and' && m > j && head[m + 1] !== undefined && !head[m + 1].cap && !roleBreakers.has(head[m + 1].lower);
  // "Liberal Democrat spokeswoman for women Ana Berg", "Tory spokesman on health Ana Lima": what
  // the title covers, in lower case, is part of the role (the speaker was "Liberal Democrat").
  const covers = (m: number) => (head[m].lower === 'for' || head[m].lower === 'on') && m > j && isTitle(head[m - 1].lower) && head[m + 1] !== undefined &&
    !head[m + 1].cap && !roleBreakers.has(head[m + 1].lower);
  while (k < head.length && k - j < 5 && !head[k].cap && (covers(k) || ((!roleBreakers.has(head[k].lower) || joinsRoles(k)) && !orgLinks.has(head[k].lower) &&
    !relatives.has(head[k].lower) && !headEnders.has(head[k].lower)))) k++;
  if (k > j && k < head.length && head[k].cap) {
    // "Labour's Holyrood leader Ana Lima": capitals after the possessor are the office's, not the employer's name.
    const owner = possessorOf(head.slice(i, j));
    if (owner >= 0) return { organisation: head.slice(i, i + owner + 1), role: head.slice(i + owner + 1, k), name: head.slice(k, nameRunEnd(head, k)) };
    return { organisation: head.slice(i, j), role: head.slice(j, k), name: head.slice(k, nameRunEnd(head, k)) };
  }
  for (k = i; k < j - 1; k++) {
    // "Latvia's President, Andris Kalns": a title alone after the possessive is no name.
    // "the Bank of Latvia's December survey": a month or a day after the possessive is no name either.
    // "The Dockers' Welfare Association", "the Fishermen's Association", "the Supporters' Trust": a possessive inside a body's name.
    // "Sweden's Aurora Bank": a country's possessive before a name of two words or more is no part of it.
    const bodyName = (isBodyNoun(head[j - 1].lower) && !(head[k].possessive && j - k > 2 && isCountry(head.slice(i, k + 1)) && !isStateBody(head.slice(k + 1, j)))) ||
      // "Alzheimer's Research UK" (was the speaker "Research UK" of "Alzheimer"): a name after the
      // possessive that holds a body's word or a country's initials is no person's; the run is one body's
      // name. One with a body's noun is the possessor's body ("the Bank's Monetary Policy Committee", "the
      // United Nations' Economic Commission for ...").
      (head[k].possessive && !isCountry(head.slice(i, k + 1)) && head.slice(k + 1, j).some(bodyNameWord) && !head.slice(k + 1, j).some((w) => isBodyHead(w.lower) || isBodyNoun(w.lower)));
    if (head[k].possessive && !bodyName && !head.slice(k + 1, j).every((w) => isTitle(w.lower) || calendarWords.has(w.lower))) return { organisation: head.slice(i, k + 1), role: [], name: head.slice(k + 1, j) };
  }
  return null;
}

/**
 * Where a possessor ends inside capitals before an office ("Labour's Holyrood leader", "Nordbank's Baltic
 * strategy manager"), or -1: none, or the capitals after it are a body's own name ("the Fishermen's
 * Association", "Alzheimer's Research UK"), whose possessive is part of it.
 */
function possessorOf(ws: Word[]): number {
  const owner = ws.slice(0, -1).findIndex((w) => w.possessive);
  if (owner < 0) return -1;
  const after = ws.slice(owner + 1);
  return after.some((w) => bodyNameWord(w) || isBodyNoun(w.lower) || isBodyHead(w.lower)) ? -1 : owner;
}

/** A word no person's or place's name holds and a body's may: "Research", "Capital", "Water", "UK" ("Cancer Research UK"). */
function bodyNameWord(w: Word): boolean {
  return isBodyNoun(w.lower) || institutionNouns.has(w.lower) || organisationNouns.has(w.lower) || companyWords.has(w.lower) ||
    documentNouns.has(w.lower) || countryInitials.has(w.text);
}

/** Countries, and the names news gives a few of them, lower case: an owner, never part of a body's name after its possessive. */
const countries = new Set(('afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium ' +
  'bolivia bosnia botswana brazil britain bulgaria burma cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus ' +
  'denmark ecuador egypt england eritrea estonia ethiopia europe finland france georgia germany ghana greece guatemala guinea haiti honduras ' +
  'hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia ' +
  'lebanon liberia libya lithuania luxembourg madagascar malawi malaysia mali malta mexico moldova mongolia montenegro morocco mozambique ' +
  'myanmar namibia nepal netherlands holland nicaragua niger nigeria norway oman pakistan panama paraguay peru philippines poland portugal ' +
  'qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan ' +
  'tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe ' +
  'america us uk').split(' ').concat(['south africa', 'south korea', 'north korea', 'new zealand', 'saudi arabia', 'sri lanka', 'costa rica',
  'hong kong', 'northern ireland', 'czech republic', 'united states', 'united kingdom', 'ivory coast', 'el salvador']));

/** Whether a name is a country's ("Norway", "New Zealand"). */
export function isCountryName(name: string): boolean {
  return countries.has(name.toLowerCase());
}

/** Whether the words name a country ("Sweden", "New Zealand"). */
function isCountry(ws: Word[]): boolean {
  return ws.length > 0 && ws.length <= 2 && ws.every((w) => w.cap) && countries.has(ws.map((w) => w.lower).join(' '));
}

/** Words that open the name of a state's own institution ("Central Bank", "National Statistics Bureau"). */
const stateWords = new Set(['central', 'national', 'federal', 'state']);

/** A state's institution ("Japan's Finance Ministry", "Sweden's Central Bank"), which the country's name identifies: it keeps it. */
function isStateBody(name: Word[]): boolean {
  const last = name[name.length - 1]?.lower ?? '';
  // "the UK's Financial Conduct Authority": a name of three words or more is the institution's own.
  if (name.length >= 3 && !stateWords.has(name[0].lower)) return false;
  return stateWords.has(name[0]?.lower ?? '') || (institutionNouns.has(last) && last !== 'party') || last === 'bureau' || last === 'agency';
}

/** Lower-case particles inside a name: "Jeremy de Souza", "Greta von der Linde". */
const nameParticles = new Set(['de', 'da', 'di', 'del', 'della', 'dei', 'des', 'der', 'den', 'van', 'von', 'zu', 'ter', 'ten', 'la', 'le', 'du', 'dos', 'das',
  'bin', 'ibn', 'al', 'ap', 'ab']);

/** Where a name starts that opens with particles before `at` ("van der Meulen", "de Sousa"), after any word but a capitalised one. */
function particlesBefore(ws: Word[], at: number): number {
  let from = at;
  while (from > 0 && nameParticles.has(ws[from - 1].text)) from--;
  return from < at && (from === 0 || !ws[from - 1].cap) ? from : at;
}

/** The end of the run of capitalised words from `from`, with particles between them. */
function nameRunEnd(head: Word[], from: number, startsWithParticles = false): number {
  let end = from;
  while (end < head.length && !orgLinks.has(head[end].lower)) {
    if (head[end].cap) end++;
    else {
      let p = end;
      while (p < head.length && nameParticles.has(head[p].text)) p++;
      // A name may open with its particles ("van der Meulen said") only where the run starts at them.
      if (p === end || p >= head.length || !head[p].cap || (end === from && !startsWithParticles)) break;
      end = p;
    }
  }
  return end;
}

/**
 * Nouns of a description that make the name after it an organisation's: "sportswear firm Nordvik".
 * Nouns that also describe a person ("producer", "developer", "rival", "miner") are left out.
 */
export const organisationNouns = new Set([
  'firm', 'company', 'group', 'bank', 'carmaker', 'automaker', 'airline', 'carrier', 'retailer', 'giant', 'insurer', 'lender',
  'brokerage', 'conglomerate', 'manufacturer', 'supplier', 'provider', 'publisher', 'broadcaster', 'network', 'club', 'agency',
  'fund', 'regulator', 'watchdog', 'newspaper', 'magazine', 'channel', 'studio', 'charity', 'organisation', 'organization',
  'association', 'utility', 'consultancy', 'subsidiary', 'outlet', 'tabloid', 'website', 'drugmaker', 'chipmaker', 'behemoth',
  'exporter', 'cartel', 'hospital', 'museum', 'university', 'bookmaker',
]);

/** Words that cannot be part of a role written between an employer and a name. */
const roleBreakers = new Set([...notNames, ...determiners, ...nameParticles, 'or', 'nor', 'to', 'by', 'about', 'after', 'before']);

/**
 * Occupations written before a name like a title ("Economist Ivo Lind", "Analyst Tom Lee"): part
 * of the role, not the name. Words that are common surnames too (Baker, Cook, Porter, Winger) or start
 * company names (Forward, Model, Trainer, Conductor) are left out.
 */
const occupations = new Set([
  'economist', 'analyst', 'strategist', 'photographer', 'journalist', 'correspondent', 'editor', 'columnist', 'commentator',
  'historian', 'author', 'writer', 'novelist', 'poet', 'broker', 'trader', 'banker', 'investor', 'entrepreneur', 'boss',
  'jeweller', 'jeweler', 'lawyer', 'barrister', 'solicitor', 'accountant', 'actor', 'actress', 'singer', 'producer',
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'campaigner', 'activist', 'scientist',
  'researcher', 'doctor', 'surgeon', 'nurse', 'teacher', 'pastor', 'imam', 'rabbi', 'chef', 'designer',
  'treasurer', 'film-maker', 'filmmaker', 'director-general', 'comedian', 'presenter', 'musician', 'composer',
  'artist', 'architect', 'playwright', 'screenwriter', 'rapper', 'guitarist', 'drummer', 'pianist', 'dancer',
  'athlete', 'sprinter', 'swimmer', 'cyclist', 'golfer', 'boxer', 'jockey', 'olympian', 'paralympian',
  // Positions in a team ("Harbour lock Tomas Berg", "Latvia fly-half Ilze Ozola"); not "centre",
  // "wing" or "opener", which start names and phrases as often.
  'lock', 'prop', 'hooker', 'flanker', 'fly-half', 'scrum-half', 'full-back', 'skipper', 'keeper', 'playmaker',
  'batsman', 'batter', 'bowler', 'all-rounder', 'spinner', 'wicketkeeper', 'wicket-keeper', 'quarterback', 'pitcher', 'centre-back', 'centre-half',
  'prosecutor', 'investigator', 'consultant', 'adviser', 'advisor', 'lecturer', 'academic', 'physicist',
  'chemist', 'biologist', 'epidemiologist', 'virologist', 'psychologist', 'psychiatrist', 'pollster', 'lobbyist',
  'businessman', 'businesswoman', 'tycoon', 'billionaire', 'philanthropist', 'mogul', 'financier', 'founder',
  'sergeant', 'constable', 'superintendent', 'firefighter', 'paramedic', 'pilot', 'engineer', 'magistrate', 'coroner',
  // "Chief Executive Ana Lima", "Chief Whip Tom Reed": the second word of a title in two words.
  'executive', 'whip', 'dj',
  // "Harbour-data's CEO, Ana Berg": titles written in capitals.
  'ceo', 'cfo', 'coo', 'cto',
]);

/** A title or an occupation, or a hyphenated title ("Secretary-General", "Vice-President", "ex-minister"). */
export function isTitle(lower: string): boolean {
  return titles.has(lower) || occupations.has(lower) || seatLetters.has(lower) || (lower.includes('-') && lower.split('-').some((part) => titles.has(part)));
}

/** Groups of organisations, which "the" or "both" points back to once they are named ("the companies"). */
const namedGroupHeads = new Set(['companies', 'firms', 'organisations', 'organizations', 'agencies', 'unions', 'charities', 'groups']);
const pointingBack = new Set(['the', 'both', 'these', 'those', 'all']);
/** Family and household words for a person named through someone else ("Smith's wife", "her son"). */
const kinNouns = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow', 'widower', 'partner',
  'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'parents', 'children', 'family', 'deputy', 'deputies', 'successor', 'predecessor',
  'counterpart', 'colleague', 'aide', 'friend', 'ally', 'rival', 'opponent', 'neighbour', 'neighbor', 'cousin', 'uncle', 'aunt', 'niece',
  'nephew', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'teammate', 'relative', 'relatives',
  // "Her Conservative shadow, Oliver Grange": the opposition's holder of the same brief, a counterpart.
  'shadow']);

/** `kinNouns` for several people, whom no one name names. */
const kinGroups = new Set(['parents', 'children', 'family', 'deputies', 'relatives']);

/** A noun for a person or people by office, trade or kin ("president", "producers", "wife"), not a thing ("report", "offer"). */
export function isPersonNoun(noun: string): boolean {
  return kinNouns.has(noun) || isTitle(noun) || (noun.endsWith('s') && isTitle(noun.slice(0, -1)));
}

/** Prepositions that, after "who is" or "who has been", say where someone is rather than what they do. */
const whereabouts = new Set(['in', 'at', 'on', 'to', 'with', 'from', 'under', 'behind', 'near', 'outside', 'inside', 'among']);
/** "78-year-old": an age written as an adjective, which is no role. */
const ageAdjective = /^\d{1,3}-year-old$/;
/** Letters for a seat in a parliament, a title before a name ("Tory MP Ann Lee") and after it ("Ann Lee MP"). */
const seatLetters = new Set(['mp', 'mep', 'msp', 'mla', 'mpp']);
/** Letters after a name that are no part of it: a seat, silk, an honour or a degree ("Daniel Sharpe KC"). */
const postnominals = new Set(['MP', 'MEP', 'MSP', 'MLA', 'MPP', 'KC', 'QC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'FRS']);

/** The name without the letters written after it; a seat's letters become the role when there is none. */
function withoutPostnominals(info: SourceInfo): SourceInfo {
  if (!info.name || (info.name === info.organisation && !info.definite)) return info;
  const parts = info.name.split(' ');
  const letters: string[] = [];
  while (parts.length > 1 && postnominals.has(parts[parts.length - 1])) letters.unshift(parts.pop()!);
  if (!letters.length) return info;
  info.name = parts.join(' ');
  const seat = letters.find((l) => seatLetters.has(l.toLowerCase()));
  // "A Labour MP", "A Nordic Green Party MEP": the letters follow a party, and the member is unnamed.
  const lower = info.name.toLowerCase();
  const party = parties.has(lower) || / party$/.test(lower) || /^\p{Lu}{2,6}$/u.test(info.name);
  // "the Labour MP", "the Salford MP": one met before, whom a later step finds by the seat's letters.
  if (seat && !info.role && (party || info.definite)) {
    return { name: null, role: `${info.name} ${seat}`, organisation: party ? info.name : null, pronoun: null, head: seat.toLowerCase(), definite: info.definite, anonymous: !info.definite };
  }
  if (seat && !info.role) info.role = seat;
  return info;
}

/** Adjectives of countries and regions ("Russian", "Western", "Chinese", "British", "Islamic", "Iraqi"). */
const placeAdjective = /(?:an|ese|ish|ern|ic|i)$/;
/** Those the endings miss, and country initials used as adjectives ("Swiss drugmaker", "the US company"). */
const otherPlaceAdjectives = new Set(['swiss', 'dutch', 'french', 'greek', 'thai', 'welsh', 'czech', 'slovak', 'basque', 'scots']);
const countryInitials = new Set(['US', 'UK']);

/** `initials`: whether "US" and "UK" count as adjectives, as they do before a company ("the US company"). */
/**
 * The words before "of", "at" or "from" ("members of the Arctic Council", "officials at the
 * embassy"), or all of them: what describes an unnamed speaker before where they work.
 */
function untilLink(ws: Word[]): Word[] {
  const link = ws.findIndex((w, k) => k > 0 && orgLinks.has(w.lower));
  // Only after people ("the Tankan survey of manufacturers" is a document with a name).
  return link > 0 && isPeopleHead(ws[link - 1].lower) ? ws.slice(0, link) : ws;
}

function isPlaceAdjective(w: Word, initials = true): boolean {
  return placeAdjective.test(w.lower) || otherPlaceAdjectives.has(w.lower) || (initials && countryInitials.has(w.text));
}
/** Nouns for one person of a nation that the adjective endings miss ("the Scot", "the Dane", "the Dutchman"). */
const nationalityNouns = new Set(['scot', 'dane', 'swede', 'finn', 'pole', 'turk', 'briton', 'brit', 'spaniard', 'kiwi', 'aussie', 'czech', 'greek',
  'swiss', 'thai', 'argentine', 'croat', 'serb', 'slovak', 'slovene', 'uzbek', 'kazakh', 'frenchman', 'frenchwoman', 'dutchman', 'dutchwoman',
  'englishman', 'englishwoman', 'irishman', 'irishwoman', 'welshman', 'welshwoman',
  // Nouns in "-i", kept in a list: as many places end so ("the Mumbai", "Helsinki").
  'iraqi', 'israeli', 'pakistani', 'saudi', 'kuwaiti', 'bangladeshi', 'somali', 'yemeni', 'omani', 'qatari', 'emirati', 'azeri', 'nepali']);
/** Newspapers whose names read like a nationality ("The Australian reported"). */
const nationalityTitledPapers = new Set(['guardian', 'australian', 'oregonian', 'scotsman', 'christian']);

/**
 * A capitalised noun for one person of a nation: "Scot", "Italian", "Nigerian", "Portuguese",
 * "Iraqi". Adjectives in "-ish" and "-ern" ("the British", "the Western") speak for a people or a region.
 */
function isNationalityNoun(w: Word): boolean {
  if (!w.cap || w.possessive || nationalityTitledPapers.has(w.lower)) return false;
  return nationalityNouns.has(w.lower) || /^\p{Lu}\p{Ll}{2,}(?:an|ese)$/u.test(w.text);
}

/** Quantifiers before a people's plural ("most Poles", "many more Britons"). */
const peopleQuantifiers = new Set(['most', 'many', 'some', 'few', 'all', 'several', 'both', 'more', 'other', 'fewer']);

/** Endings of common adjectives that open a sentence before an unnamed source ("Legal experts", "Senior officials"). */
const commonAdjective = /(?:al|ive|ary|ous|ior|ent|ant|ed|ing|le)$/;
/**
 * Common nouns naming a sector, a service or a kind of person, which open a sentence before an unnamed
 * source ("Health officials", "Business leaders", "Passenger groups") and name no organisation.
 */
const sectorNouns = new Set([
  'business', 'industry', 'health', 'port', 'union', 'passenger', 'government', 'security', 'hospital', 'school', 'city',
  'state', 'airline', 'bank', 'council', 'energy', 'finance', 'trade', 'farm', 'company', 'university', 'prison', 'court',
  'campaign', 'rights', 'aid', 'transport', 'rail', 'airport', 'defence', 'defense', 'intelligence', 'military', 'opposition',
  'church', 'community', 'consumer', 'patient', 'student', 'teacher', 'tech', 'oil', 'gas', 'water', 'climate', 'election',
  'education', 'environment', 'fire', 'rescue', 'emergency', 'hospitality', 'tourism', 'retail', 'police', 'party', 'army',
  'prosecution', 'housing', 'town', 'village', 'county', 'park', 'zoo', 'team', 'club', 'league', 'market', 'stock', 'fund',
  'insurance', 'medical', 'family', 'families', 'parent', 'parents', 'victim', 'victims', 'worker', 'workers', 'staff', 'patients',
  'donor', 'creditor', 'member', 'neighbouring', 'rival', 'partner']);
/**
 * The words of an organisation's name after "at" or "of": its capitalised words with "of", "for" and
 * an "and" between capitals ("the Institute of Security Policy and Economic Affairs"), up to a place
 * it is in ("the Centre for Baltic Studies in Riga").
 */
function organisationWords(ws: Word[]): Word[] {
  // "the King's Fund, a health think tank": an indefinite article after the name opens what it is, no part of it (it was "King").
  // Not inside a title ("director of Under a Moon").
  const described = ws.findIndex((w, k) => k > 0 && ws[k - 1].cap && (w.lower === 'a' || w.lower === 'an') && ws[k + 1] !== undefined && !ws[k + 1].cap);
  if (described > 0) ws = ws.slice(0, described);
  // "the Italian bank UniCredit": a place adjective describing a common noun is no part of the name.
  const from = ws.findIndex((w) => !determiners.has(w.lower));
  if (from >= 0 && isPlaceAdjective(ws[from], false) && ws[from + 1] && !ws[from + 1].cap && ws.slice(from + 1).some((w) => w.cap)) ws = ws.slice(from + 1);
  // "housing charity the Martin Lacis Trust", "rights group Liberty": what the organisation is, then its name.
  const kind = ws.findIndex((w, k) => !w.cap && organisationNouns.has(w.lower) && (ws[k + 1]?.cap || (ws[k + 1]?.lower === 'the' && ws[k + 2]?.cap)));
  if (kind >= 0) ws = ws.slice(ws[kind + 1].lower === 'the' ? kind + 2 : kind + 1);
  const placed = ws.findIndex((w, k) => k > 0 && placeLinks.has(w.lower) && ws[k + 1]?.cap && !topicOnInName(ws, k));
  let name = placed > 0 ? ws.slice(0, placed) : ws;
  // A possessive inside: "Reed's club side Halden", "Britain's biggest union Unison" (words in
  // lower case, then the name, which is the organisation); "TI's Voip business", "Toshiba's European
  // storage division" (ending in lower case: the owner is the organisation).
  const owner = name.findIndex((w) => w.cap && w.possessive);
  if (owner >= 0 && owner < name.length - 1 && !calendarWords.has(withoutPossessive(name[owner].lower))) {
    const content = (w: Word) => !w.cap && !nameConnectors.has(w.lower) && !orgLinks.has(w.lower) && w.lower !== 'v';
    let lower = owner + 1;
    while (lower < name.length && content(name[lower])) lower++;
    const after = name.slice(lower);
    const kindNoun = name[lower - 1].lower;
    // "Seville's Virgen del Rocío hospital", "Oslo's Munch museum": a name of the place's, then the kind of
    // institution in lower case, is that institution (it was "Seville"). Not a unit ("the FCA's Leeds
    // office", "Climax's Action studio"), which its owner employs, nor after an initialism's possessive.
    let named = owner + 1;
    while (named < name.length && (name[named].cap || (nameParticles.has(name[named].text) && name[named + 1]?.cap))) named++;
    const kindAfter = name.slice(named);
    const lastKind = kindAfter[kindAfter.length - 1]?.lower ?? '';
    if (lower > owner + 1 && (organisationNouns.has(kindNoun) || describedBodies.has(kindNoun) || ownedKinds.has(kindNoun)) &&
      after.length > 0 && after[0].cap && after.every((w) => w.cap || nameConnectors.has(w.lower))) name = after;
    else if (named > owner + 1 && !(named === owner + 2 && isPlaceAdjective(name[owner + 1])) && kindAfter.length > 0 && kindAfter.length <= 2 && kindAfter.every((w) => content(w) && !w.possessive) &&
      placeInstitutions.has(lastKind) && !/^\p{Lu}{2,}$/u.test(name[owner].text)) {
      // The kind's words count as the name's, so that no caller trims them as lower-case words.
      return stripBased(name.slice(owner + 1).map((w) => ({ ...w, cap: true })));
    } else if (content(name[name.length - 1])) name = name.slice(0, owner + 1);
  }
  // "the governor of Kahramanmaras province": a place's name before the kind of place is no employer.
  const firstName = name.findIndex((w) => w.cap);
  if (firstName >= 0) {
    let after = firstName;
    while (after < name.length && name[after].cap) after++;
    if (name[after] !== undefined && placeNouns.has(name[after].lower)) return [];
    // "the Jefferson County sheriff's office", "the Dallas police department": a place's name, then a
    // body of it named by its kind, is that body (it was "Jefferson County").
    const rest = name.slice(after);
    const body = rest[rest.length - 1];
    if (after > firstName && rest.length >= 1 && rest.length <= 2 && rest.every((w, k) => !w.cap && !determiners.has(w.lower) && !orgLinks.has(w.lower) && (k === rest.length - 1 || !w.possessive || w.written.length > w.text.length)) &&
      institutionNouns.has(body.lower) && !body.possessive) {
      return stripBased([...name.slice(firstName, after), ...rest.map((w) => (w.possessive ? { ...w, text: w.written } : w))]);
    }
  }
  return stripBased(name.filter((w, k) => w.cap || w.lower === 'of' || w.lower === 'for' || (w.lower === 'and' && name[k - 1]?.cap && name[k + 1]?.cap) || topicOnInName(name, k)));
}

/**
 * "the Council on Foreign Relations", "the Institute on Taxation and Economic Policy": whether the
 * "on" at `k`, after a body's word in capitals and before capitals (not a day or a month), is inside
 * the name, no place (it was the "Council").
 */
function topicOnInName(ws: Word[], k: number): boolean {
  return ws[k].lower === 'on' && ws[k - 1]?.cap === true && isBodyHead(ws[k - 1].lower) && ws[k + 1]?.cap === true && !calendarWords.has(ws[k + 1].lower);
}

/** Institutions a place has and names ("hospital", "museum"), which speak for themselves, unlike a company's units ("office", "studio"). */
const placeInstitutions = new Set(['hospital', 'museum', 'university', 'college', 'school', 'academy', 'institute', 'gallery', 'library', 'cathedral',
  'zoo', 'theatre', 'theater', 'clinic', 'infirmary', 'observatory']);

/** What an organisation owns or is to another, before the name ("Reed's club side Halden", "Respond's partner Keyobs"). */
const ownedKinds = new Set(['side', 'partner', 'unit', 'arm', 'division', 'affiliate', 'rival', 'team']);

/** Kinds of place written after a place's name ("Kahramanmaras province", "Harris county"), which make it no organisation. */
const placeNouns = new Set(['province', 'provinces', 'region', 'district', 'county', 'state', 'prefecture', 'oblast', 'governorate', 'municipality',
  'island', 'islands', 'valley', 'canton', 'territory']);

/** "Ballymena-born", "Oscar-nominated", "award-winning": a hyphenated participle describes, it names no organisation. */
const participleAdjective = /-(?:born|bred|raised|nominated|winning|led|owned|backed|listed|trained|educated)$/;
/** Companies named "General ..." ("General Motors"), where "General" is no military title. */
const generalCompanies = new Set(['motors', 'electric', 'mills', 'dynamics', 'atomics']);
/** Ranks that may open a company's or a body's name too ("General Motors", "Commander Holdings", "Admiral Insurance"). */
const ranks = new Set(['general', 'colonel', 'lieutenant', 'captain', 'admiral', 'commander', 'brigadier']);
/** Institutions that speak through their own description ("Russia's embassy", "the city's police"). */
const institutionNouns = new Set(['embassy', 'ministry', 'government', 'office', 'parliament', 'cabinet', 'army', 'military', 'police',
  'court', 'council', 'administration', 'presidency', 'mission', 'delegation', 'navy', 'command', 'secretariat', 'party', 'campaign',
  'department', 'service', 'team', 'board', 'committee', 'commission', 'authority', 'authorities', 'embassies', 'consulate']);
/** Nouns for bodies that an appositive may name ("the pilots' union, Balpa"), besides organisationNouns. */
const describedBodies = new Set(['union', 'body', 'federation', 'confederation', 'lobby', 'institute', 'think-tank', 'alliance', 'coalition']);

/** The last word of a body's name, before which a possessive is part of the name ("Women's Institute", "Supporters' Trust"). */
function isBodyNoun(lower: string): boolean {
  return institutionHeads.has(lower) || describedBodies.has(lower) || lower === 'trust' || lower === 'league' || lower === 'institution';
}

/** A noun for a body of any kind ("committee", "party", "agency"), which no person's role makes "the committee" stand for. */
export function isBodyHead(noun: string): boolean {
  return organisationNouns.has(noun) || describedBodies.has(noun) || institutionNouns.has(noun) || institutionHeads.has(noun);
}

/** A noun that describes an organisation ("agency", "firm", "union"), which "the" makes point back to one. */
export function isOrganisationNoun(noun: string): boolean {
  return organisationNouns.has(noun) || describedBodies.has(noun);
}
/** Prepositions of place that end a source's head noun ("the embassy in Oslo"). */
const placeLinks = new Set(['in', 'on', 'near', 'outside', 'inside']);
const weekdayNames = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const timeAnchors = new Set(['last', 'this', 'next', 'on', 'earlier', 'later', 'early', 'late']);
const timePeriods = new Set([...weekdayNames, 'week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening']);

/** How many words at the start are a time phrase ("Last Friday", "On Monday", "Yesterday", "Earlier this week"). */
function leadingTime(head: Word[]): number {
  let k = 0;
  if (head[0]?.lower === 'yesterday' || head[0]?.lower === 'today') return 1;
  while (k < head.length && timeAnchors.has(head[k].lower)) k++;
  if (k > 0 && k < head.length && timePeriods.has(head[k].lower)) return k + 1;
  return 0;
}

/** Last words of an institution's name that "of" or "for" continues ("Bank of England", "Bureau of Statistics"). */
/** What an office "for" a subject covers, after the subject's capitalised words ("for Arctic affairs", "for European integration"). */
const portfolioNouns = new Set(['affairs', 'relations', 'issues', 'policy', 'cooperation', 'co-operation', 'matters', 'rights', 'peace', 'security',
  'development', 'negotiations', 'integration', 'strategy', 'reform', 'reconstruction', 'trade']);
const institutionHeads = new Set(['bank', 'bureau', 'administration', 'ministry', 'office', 'department', 'commission', 'association',
  'institute', 'university', 'board', 'council', 'agency', 'federation', 'union', 'organisation', 'organization', 'society', 'chamber',
  'court', 'fund', 'authority', 'service', 'college', 'school', 'academy', 'foundation', 'centre', 'center', 'confederation', 'house']);
const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const calendarWords = new Set([...monthNames, ...weekdayNames]);
/** Heads of an office that are no title before a name: "the chair and a member of the family". */
const officeHeads = new Set(['chair', 'co-chair', 'head', 'founder', 'co-founder', 'owner', 'partner', 'trustee']);
/** Offices named alone after "the" that stand for their holder ("the Bishop said"). */
const offices = new Set(['bishop', 'archbishop', 'pope', 'king', 'queen', 'prince', 'princess', 'coroner', 'judge', 'mayor', 'sheriff',
  'chairman', 'chairwoman', 'speaker', 'duke', 'duchess', 'emperor', 'chancellor', 'governor']);
/** What a source may be written as ("Data from the CML", "Figures from the ONS"), never a name. */
/** Pronouns after "one of" ("One of them, Ana Lima"). */
const objectPronouns = new Set(['them', 'us', 'those', 'these', 'you']);
/** Those who act for someone as a business does ("sponsor", "owners", "supplier", "backer"). */
const agentNouns = new Set(['sponsor', 'sponsors', 'backer', 'backers', 'owner', 'owners', 'supplier', 'suppliers', 'distributor', 'distributors']);
/** Words that describe a person before the name at a sentence's start, which the title lists leave out ("Referee Tom Reed"). */
const nameDescriptors = new Set(['teenager', 'youngster', 'songwriter', 'referee', 'keeper', 'goalscorer', 'backbencher', 'organiser', 'organizer',
  'wing', 'winger', 'reverend', 'skipper', 'rookie', 'newcomer', 'debutant', 'veteran', 'holder', 'titleholder']);
/**
 * Words after "who is" or "who was" that open what the person did or is like, not what they are: "who
 * had never reached the last four", "who was glad to be picked", "who was instrumental in ...".
 */
const notRoleOpeners = new Set(['never', 'not', 'no', 'more', 'less', 'so', 'too', 'very', 'always', 'already', 'still', 'just', 'recently', 'once',
  'upset', 'instrumental', 'keen', 'unable', 'able', 'likely', 'unlikely', 'confident', 'happy', 'sure', 'determined', 'due', 'set', 'aware', 'close',
  'unhappy', 'eager', 'reluctant', 'free', 'ill', 'injured', 'fit', 'unfit', 'absent', 'present', 'angry', 'critical']);
/** Moods a headline-like sentence puts before a name ("Defiant Ivo Lind"), which are no part of it and no role. */
const moodWords = new Set(['defiant', 'delighted', 'angry', 'relieved', 'furious', 'confident', 'upbeat', 'jubilant', 'disappointed', 'frustrated']);
/** Last words of a company's name ("Scottish Power Renewables", "English Manner Limited"), which is no person's. */
const companyWords = new Set(['limited', 'ltd', 'plc', 'inc', 'group', 'holdings', 'energy', 'power', 'renewables', 'airways', 'airlines', 'motors',
  'bank', 'capital', 'securities', 'partners', 'associates', 'media', 'records', 'pictures', 'games', 'software', 'systems', 'networks', 'telecom',
  'foods', 'steel', 'mining', 'gold', 'oil', 'gas', 'insurance', 'investments', 'line', 'lines', 'rail', 'railways', 'water', 'health']);
/** Shops that a description names an organisation by ("Britain's biggest supermarket"). */
const shopNouns = new Set(['supermarket', 'grocer', 'chain', 'store', 'retailer', 'housebuilder', 'refiner', 'shipper', 'carmaker']);
/** Nouns for a business that describe a person too ("a film producer"), an organisation's when ranked or with what it makes. */
const makerNouns = new Set(['maker', 'producer', 'miner', 'developer', 'builder', 'brewer', 'distiller', 'importer', 'distributor', 'operator']);
/** Whether the capitals from `at` look like a person's full name ("Tom Reed"): two or three words in the case of names, none a body's word. */
function personNamed(ws: Word[], at: number): boolean {
  let end = at;
  while (end < ws.length && ws[end].cap) end++;
  const run = ws.slice(at, end);
  return run.length >= 2 && run.length <= 3 && run.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !bodyNameWord(w));
}

/** Fields an office covers, written after "head of" or "director of" before an employer's name ("head of research Harbour Bank"). */
const researchWords = new Set(['research', 'sales', 'finance', 'communications', 'policy', 'strategy', 'operations', 'news', 'sport', 'sports', 'football', 'rugby',
  'music', 'programmes', 'content', 'technology', 'engineering', 'development', 'security', 'investment', 'investments', 'equities', 'economics', 'fundraising']);

/** Whether the words from `at` to the end are capitalised, none a possessive. */
function capitalsToEnd(ws: Word[], at: number): boolean {
  return at < ws.length && ws.slice(at).every((w) => w.cap && !w.possessive);
}

/** Trades that, after "at", are a firm's even before a name like a person's ("an analyst at the broker Peel Hunt"). */
const firmTrades = new Set(['broker', 'stockbroker', 'bookmaker', 'auctioneer']);

/** Kinds of firm, besides `organisationNouns`, written before a firm's name ("industry forecaster Nordic Shop Research Group", "trade weekly Stage Europe"). */
const firmKinds = new Set(['forecaster', 'weekly', 'daily', 'site', 'tracker', 'chain', 'maker']);

/**
 * Whether a noun written between a link and a name says what kind of firm the name is: a kind of firm,
 * a trade in the plural ("at brokers TOV", "of shipping industry analysts Berg-Ozola"), or a fund manager.
 */
function firmKind(noun: Word, before: Word | undefined): boolean {
  const lower = noun.lower;
  return firmKinds.has(lower) || (lower.endsWith('s') && occupations.has(lower.slice(0, -1))) || (lower === 'manager' && (before?.lower === 'fund' || before?.lower === 'asset'));
}

/** Nouns of `makerNouns` that, placed in a country, name a company rather than a person's trade. */
const companyTrades = new Set(['operator', 'importer', 'distributor']);
/** "biggest", "fifth-largest", "most valuable": a rank among a market. */
const superlative = /^(?:[\p{L}]+-)?(?:biggest|largest|smallest|oldest|busiest|leading|top|most|best-selling)$/u;
/** Parts of an organisation, which a name before them owns ("a European Parliament committee"). */
const bodyParts = new Set(['committee', 'subcommittee', 'panel', 'team', 'unit', 'delegation', 'division', 'taskforce']);
/** What a body issues, which speaks for it as its documents do ("an FA statement"). */
const publishedWords = new Set(['statement', 'statements', 'release', 'announcement', 'letter', 'memo', 'filing', 'article', 'editorial', 'column',
  'story', 'tweet', 'post', 'blog', 'message', 'video', 'speech', 'interview', 'broadcast', 'website', 'spokeman']);
const documentNouns = new Set(['data', 'figures', 'research', 'statistics', 'survey', 'report', 'study', 'poll', 'analysis', 'estimates', 'evidence',
  'surveys', 'reports', 'studies', 'polls', 'analyses', 'forecasts', 'projections', 'guidance', 'guidelines', 'advice', 'proposals']);
/** Words that open a sentence before a number of people ("Almost a quarter of US consumers", "About 200 workers") and name no one. */
const leadingQualifiers = new Set(['almost', 'nearly', 'about', 'around', 'roughly', 'approximately', 'over', 'under', 'just', 'only', 'barely',
  'more', 'fewer', 'less', 'up', 'at']);

/** Those who own or run a thing ("its owners", "its operators"), on the record with it. */
const thingHolders = new Set(['owners', 'operators', 'developers', 'shareholders', 'backers', 'organisers', 'organizers']);

/** A clause saying that a source stays unnamed ("who asked not to be named", "who declined to be identified", "who cannot be named for legal reasons"). */
const unnamedOnRequest = /\b(?:asked|requested|wished|declined|refused)\s+(?:not\s+)?to\s+be\s+(?:named|identified)\b|\b(?:cannot|can\s*not|could\s+not|may\s+not)\s+be\s+(?:named|identified)\b/i;

/**
 * A document, "by", and its author: "an MRP projection by Electoral Calculus", "a report published on
 * Tuesday by the Global Carbon Project" (a participle and a short time or place phrase may come between).
 */
const authoredDocument = /^(.*?)\b(projections?|forecasts?|investigation|review|audit|analysis|report|study|survey|poll|research|data|figures|statistics|estimates|calculations|images|photos|footage|documents|records)(?:\s+(?:published|released|issued|commissioned|conducted|compiled|produced|prepared|carried\s+out)(?:\s+(?:on|in|at|last|this|earlier|yesterday|today)\b(?:\s+[\p{L}\p{N}]+){0,3})?)?\s+by\s+((?:the\s+)?\p{Lu}.*)$/u;

/** Records that show or reveal something ("Court documents show ..."), besides the documents above. */
const recordNouns = new Set(['images', 'photos', 'photographs', 'pictures', 'footage', 'video', 'videos', 'documents', 'records', 'papers',
  'filings', 'emails', 'messages', 'recordings', 'tapes', 'accounts', 'logs', 'minutes', 'transcripts', 'files']);
/** Common nouns that open a sentence before a record and are no name: "Satellite images", "Census data". */
const recordMakers = new Set(['satellite', 'census', 'customs', 'flight', 'phone', 'bank', 'tax', 'trial', 'inquiry', 'leaked', 'internal',
  'official', 'public', 'private', 'land', 'shipping', 'sales', 'survey', 'polling', 'exit', 'opinion']);
const openingPrepositions = new Set(['among', 'despite', 'during', 'amid', 'beyond', 'unlike', 'following', 'without', 'within', 'throughout']);

/** Number words in a share of people ("four in 10 residents"). */
const quantityWords = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'third', 'thirds',
  'quarter', 'quarters', 'majority', 'minority', 'dozens', 'hundreds', 'thousands', 'millions', 'number', 'handful', 'host', 'couple', 'lots', 'plenty']);

/** Adjectives that open a sentence before a description, never a name ("Veteran actor ...", "Separate figures from ..."). */
const descriptive = new Set(['veteran', 'separate', 'new', 'previous', 'latest', 'recent', 'further', 'fresh', 'additional', 'preliminary',
  'provisional', 'initial', 'final', 'independent', 'prominent', 'legendary', 'acclaimed', 'renowned', 'award-winning', 'outgoing',
  'incoming', 'acting', 'interim', 'leading', 'influential', 'celebrated', 'fellow', 'rival', 'embattled', 'beleaguered',
  'donor', 'creditor', 'neighbouring', 'neighboring', 'partner', 'allied', 'oil-producing', 'developing', 'developed']);

/** Adjectives of `descriptive` that open names too ("New Line", "Final Wars", "Independent Television News"). */
const nameOpeners = new Set(['new', 'final', 'independent']);

const appositiveClauseOpeners = new Set(['as', 'when', 'while', 'after', 'before', 'if', 'because', 'although', 'though', 'since', 'asked', 'unless', 'despite']);

/** Words after an "-ing" word that make it a verb with an object ("accepting his award", "speaking at"), not an adjective ("acting chief"). */
const participleObjects = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'in', 'on', 'at', 'to', 'for', 'with', 'from', 'after', 'before', 'during', 'about', 'it', 'him', 'them', 'up', 'out', 'back']);

/** A minister's or secretary's portfolio written in capitals before the title ("Finance minister"). */
const portfolios = new Set(['finance', 'foreign', 'defence', 'defense', 'health', 'interior', 'home', 'justice', 'education', 'trade',
  'economy', 'energy', 'environment', 'transport', 'culture', 'labour', 'labor', 'agriculture', 'treasury', 'industry', 'housing']);
const portfolioTitles = new Set(['minister', 'secretary', 'spokesman', 'spokeswoman', 'chief']);
/** Words of a portfolio named in two parts ("Trade and Industry", "Work and Pensions", "Culture, Media and Sport"). */
const portfolioWords = new Set([...portfolios, 'work', 'pensions', 'culture', 'media', 'sport', 'local', 'government', 'rural', 'affairs',
  'food', 'business', 'enterprise', 'innovation', 'skills', 'science', 'technology', 'communities', 'children', 'families', 'schools',
  'climate', 'change', 'digital', 'employment', 'tourism', 'heritage', 'arts', 'fisheries', 'regional', 'development', 'planning',
  'security', 'immigration', 'equality', 'constitutional', 'social', 'welfare', 'public', 'infrastructure', 'resources', 'mines',
  'communications', 'information', 'commerce', 'investment', 'sports', 'youth', 'women', 'gender', 'water', 'forestry', 'lands']);
/** Parties named before a member's name, in one or two words. */
const parties = new Set(['labour', 'tory', 'conservative', 'liberal democrat', 'lib dem', 'snp', 'ukip', 'dup', 'plaid cymru', 'sinn fein',
  'republican', 'democrat', 'green', 'social democrat', 'christian democrat']);

/**
 * "former Olympian and TV pundit Ana Berg", "Veteran Republican and party donor Tom Reed": a
 * capitalised title or party joined by "and" to more of the description, with a name of two words or
 * more ending the source, is part of the role (the speaker was "Olympian").
 */
function describedBeforeAnd(head: Word[], i: number): boolean {
  const word = head[i];
  if (!word || word.possessive || head[i + 1]?.lower !== 'and' || !head[i + 2] || !(isTitle(word.lower) || parties.has(word.lower))) return false;
  const rest = head.slice(i + 2);
  const last = rest.length - 1;
  // A role word in lower case must follow ("Labour and the Liberal Democrats" are two parties).
  return last >= 2 && rest[last].cap && rest[last - 1].cap && !isTitle(rest[last].lower) && !isTitle(rest[last - 1].lower) &&
    rest.some((w) => !w.cap && !determiners.has(w.lower)) && !rest.some((w) => orgLinks.has(w.lower) || relatives.has(w.lower));
}

/** How many words at the start of `ws` name a party ("Liberal Democrat Ilze Ozola" → 2), or 0. */
function partyBefore(ws: Word[]): number {
  if (ws.length >= 2 && !ws[0].possessive && parties.has(`${ws[0].lower} ${ws[1].lower}`)) return 2;
  return ws.length >= 1 && !ws[0].possessive && parties.has(ws[0].lower) ? 1 : 0;
}

/** Determiners that say something about a person's rank and stay in a role ("a senior official"). */
const rankWords = new Set(['senior', 'former', 'top']);
/** Words before a title that make it another office, and stay in the role ("the Labour shadow chancellor"). */
const titleQualifiers = new Set([...rankWords, 'shadow']);

/**
 * Titles of address and honours before a name, which are neither name nor role ("Sir Keir", "Dame Judi", "the Rev Ann Lee").
 * "Prof." is one as "Dr" is ("Prof. Rahul Desai of Imperial College" had the role "Prof.").
 */
const honorific = /^(mr|mrs|ms|dr|prof|miss|sir|dame|rev|revd|rt|hon|very)\.?$/i;

/** A name keeps a possessive inside it ("Norwegian Fishermen's Association"), not at its end ("Norway's"). */
const join = (ws: Word[]) => ws.map((w, k) => (k < ws.length - 1 && ws[k + 1].cap ? w.written : w.text)).join(' ');
/** A role keeps a possessive inside it ("chairs parliament's foreign affairs committee"). */
const joinRole = (ws: Word[]) => ws.map((w, k) => (k < ws.length - 1 ? w.written : w.text)).join(' ');
const stripBased = (ws: Word[]) => ws.filter((w) => !/-based$/i.test(w.text));
/** Words that hedge or bound a count: "at least 3", "more than 40", "nearly a dozen", "up to 30". */
const countWords = new Set(['at', 'least', 'most', 'more', 'fewer', 'less', 'than', 'up', 'to', 'nearly', 'almost', 'about', 'around', 'roughly',
  'approximately', 'some', 'over', 'under', 'just', 'dozen', 'a', 'an', 'hundred', 'thousand', 'million', 'billion']);
/** Capitalised words that open a count rather than a name: "About 200 workers", "Some 40 firms", "The 9 ...". */
const countOpeners = new Set([...countWords, 'only', 'all', 'the']);

/** Words without the count that opens them ("at least two other member states" was the role "At least member states"). */
function withoutCount(ws: Word[]): Word[] {
  let from = 0;
  while (from < ws.length - 1 && (countWords.has(ws[from].lower) || /^\d[\d,.]*$/.test(ws[from].text) || numberWords.has(ws[from].lower))) from++;
  // A count only when a number, "dozen" or "least" was among the words ("some officials" keeps its
  // quantifier for the role below), and not when nothing but the count is left ("24 million").
  const counted = ws.slice(0, from).some((w) => /^\d/.test(w.text) || numberWords.has(w.lower) || w.lower === 'dozen' || w.lower === 'least');
  return counted && !countWords.has(ws[from].lower) ? ws.slice(from) : ws;
}

/**
 * A role without the determiners that open or close it ("the", "his", "a"), keeping those inside it:
 * "a spokesman for the fire service" is the role "spokesman for the fire service". A phrase that
 * then ends in a linking word ("undertaken by", "such as") describes no role. `kept` is never dropped.
 */
function roleWordsOf(ws: Word[], kept?: string): Word[] {
  let from = 0;
  let to = ws.length;
  while (from < to && determiners.has(ws[from].lower) && ws[from].lower !== kept) from++;
  while (to > from && determiners.has(ws[to - 1].lower) && ws[to - 1].lower !== kept) to--;
  if (durationAt(ws, to) > from) to -= 3;
  const last = ws[to - 1]?.lower ?? '';
  return orgLinks.has(last) || last === 'by' || last === 'as' ? [] : ws.slice(from, to);
}

/** Where "of 30 years" ends the words before `to` ("her editor of 30 years", "his wife of four decades"), or -1: how long is no part of a role. */
function durationAt(ws: Word[], to: number): number {
  return to >= 4 && ws[to - 3].lower === 'of' && /^(?:\d+|many|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)$/.test(ws[to - 2].lower) &&
    /^(?:years|decades|months)$/.test(ws[to - 1].lower) ? to - 3 : -1;
}

/** A name closing an appositive: the name, the description before it, and an employer after it ("of the Institute"). */
interface ClosingName {
  named: Word[];
  before: Word[];
  employer: Word[];
  /** The name is an example of the group before it ("Some, like Tom Reed"), whose words are no role. */
  example?: boolean;
  /** Capitals after "of" or "from" closing the name ("Tom Reed of Leeds"): a home town or an employer, as `worksAt` tells. */
  ofWhat?: Word[];
}

/** Peers' titles, after which "of" and a place is part of the title ("Lord Lind of Halden"), no employer. */
const peerTitles = new Set(['lord', 'lady', 'baroness', 'baron', 'viscount', 'earl']);

/**
 * Whether the capitals after "of" or "from" closing a person's name say where the person works, not
 * where they live, given the words that describe the person: a body's name ("of Halden House", "of
 * Thames Water") or, after a trade, any name ("an economist, Tom Reed of Capital Economics"). After
 * kin, a neighbour or no trade at all ("a neighbour, Tom Reed of Leeds"), it is a home town.
 */
function worksAt(of: Word[], described: Word[]): boolean {
  if (of.some(bodyNameWord) || publicationWords.has(of[of.length - 1]?.lower ?? '')) return true;
  // "a retired teacher, Nora Pike of Truro": one who has left the trade works nowhere now.
  if (described.some((w) => w.lower === 'retired' || w.lower === 'former')) return false;
  const noun = described.filter((w) => !determiners.has(w.lower)).pop()?.lower ?? '';
  return isTitle(noun) && !kinNouns.has(noun) && !peerTitles.has(noun) && !honorific.test(noun);
}

/**
 * A name that closes the first part of an appositive, and the description before it: "former finance
 * chief Ana Lima", "78-year-old Nora Pike from Truro", "Prof. Ana Lima" (then ", 54, who ..."). Null
 * when the part does not end in a name of two words or more, or what comes before is no description.
 */
function closingName(appositive: string): ClosingName | null {
  const comma = appositive.indexOf(',');
  let app = words(comma < 0 ? appositive : appositive.slice(0, comma));
  // "Dr. Li Wen-jun of the Chinese Academy of Sciences", "Ana Lima at Nordbank": where the person works.
  let employer: Word[] = [];
  const link = app.findIndex((w, m) => m > 1 && app[m - 1].cap && (w.lower === 'at' || ((w.lower === 'of' || w.lower === 'from') && app[m + 1]?.lower === 'the')));
  if (link > 0 && app.slice(link + 1).every((w) => w.cap || w.lower === 'of' || w.lower === 'for' || w.lower === 'and' || w.lower === 'the')) {
    employer = organisationWords(app.slice(link + 1));
    app = app.slice(0, link);
  }
  let end = app.length;
  let from = end - 1;
  while (from >= 0 && app[from].cap) from--;
  // The home town is no part of the name ("Nora Pike from Truro", "Tom Reed of Leeds"); nor is an employer.
  let ofWhat: Word[] | undefined;
  if (from > 0 && (app[from].lower === 'from' || app[from].lower === 'of') && end - from - 1 <= 3) {
    ofWhat = app.slice(from + 1, end);
    end = from;
  }
  let k = end;
  // "A Commission spokesman, Pieter van der Meulen": particles between capitalised words stay in the name.
  while (k > 0) {
    if (app[k - 1].cap && !notNames.has(app[k - 1].lower)) k--;
    else {
      let p = k - 1;
      while (p > 0 && nameParticles.has(app[p].text)) p--;
      if (p === k - 1 || !app[p].cap || notNames.has(p < 0 ? '' : app[p].lower)) break;
      k = p + 1;
    }
  }
  // "Prof. Ana Lima", "Judge Ana Lima": titles before the name are the description's.
  let titled = k;
  while (titled < end - 2 && (honorific.test(app[titled].text) || isTitle(app[titled].lower))) titled++;
  const named = app.slice(titled, end);
  let before = [...app.slice(0, k), ...app.slice(k, titled).filter((w) => !honorific.test(w.text))].filter((w) => !ageAdjective.test(w.lower));
  // "Some, like Tom Reed", "Many, including Ana Lima": the words that give an example are no role (it was "like").
  const example = before.length > 0 && exampleWords.has(before[0].lower);
  if (example) before = before.slice(before[1]?.lower === 'as' ? 2 : 1);
  // A short title alone ("Prof.", "Gen.") says no more than the head phrase does; "State Rep." does.
  if (before.every((w) => titleNouns.has(w.lower.replace(/\.$/, '')))) before = [];
  // "the Commission's chief negotiator": an employer's possessive may describe the person too.
  const roleOnly = before.every((w) => !w.cap || isTitle(w.lower) || w.possessive || /^[A-Z]{2,}|[a-z][A-Z]/.test(w.text));
  // "whose films include Reed's Harbour": a clause, and a title with a possessive in it, name no one.
  // "filed in Los Angeles": a place after a participle and its preposition names no one; nor do titles
  // alone ("Acting Detective Chief Inspector" before the comma and the name).
  // "Acting Detective Chief Inspector, Ivo Kalns": titles, then the name after the next comma.
  const nextPart = comma < 0 ? '' : appositive.slice(comma + 1);
  const nextWords = words(nextPart);
  if (named.every((w) => isTitle(w.lower)) && !nextPart.includes(',') && nextWords.length >= 2 && nextWords.length <= 3 &&
    nextWords.every((w) => w.cap && !notNames.has(w.lower) && !isTitle(w.lower) && !w.possessive)) {
    return { named: nextWords, before: app.filter((w) => !honorific.test(w.text)), employer };
  }
  // The word before the name, or before its article ("conducted by the Baltic Institute").
  const lastBefore = before.filter((w) => !determiners.has(w.lower)).pop()?.lower ?? '';
  if (named.length < 2 || !roleOnly || orgLinks.has(lastBefore) || placeLinks.has(lastBefore) || modifierLinks.has(lastBefore) || lastBefore === 'by' ||
    before.some((w) => relatives.has(w.lower)) || named.some((w) => w.possessive) || named.every((w) => isTitle(w.lower))) return null;
  const closing: ClosingName = example ? { named, before, employer, example } : { named, before, employer };
  if (ofWhat?.length) closing.ofWhat = ofWhat;
  return closing;
}

/** The speaker an appositive's closing name gives a source phrase (`head`, its words before the appositive). */
function nameFromClosing(info: SourceInfo, closing: ClosingName, head: Word[]): SourceInfo {
  info.name = join(closing.named);
  if (closing.employer.length) info.organisation = join(closing.employer);
  // "his lawyer, Ann Lee": with nothing before the name, the head phrase is the role.
  if (closing.before.length) describe(info, closing.before);
  else if (closing.example) info.role = null;
  else {
    const roleWords = roleWordsOf(head);
    info.role = roleWords.length ? joinRole(roleWords) : null;
    // "One of them, Margaret Hill, 78": a pronoun names no role (it was "of them").
    if (objectPronouns.has(roleWords[roleWords.length - 1]?.lower ?? '')) info.role = null;
  }
  // "A neighbour, Tom Reed of Leeds" lives there; "An economist, Tom Reed of Capital Economics" works there.
  if (closing.ofWhat && !closing.employer.length && worksAt(closing.ofWhat, closing.before.length ? closing.before : closing.example ? [] : head)) {
    info.organisation = join(closing.ofWhat);
  }
  info.head = null;
  info.anonymous = false;
  // Role words before the name make it a person, not an organisation the phrase points back to.
  if (closing.before.length) info.definite = false;
  return info;
}

/** Words that open an example of a group ("like", "including", "such as"). */
const exampleWords = new Set(['like', 'including', 'such', 'notably', 'especially']);

/** The role and employer of a description before a name: "former finance chief", "the Commission's chief negotiator". */
function describe(info: SourceInfo, before: Word[]): void {
  const owner = before.findIndex((w) => w.possessive && w.cap);
  const employer = before.slice(0, owner + 1).filter((w) => !determiners.has(w.lower));
  const roleWords = roleWordsOf(owner >= 0 && employer.length ? before.slice(owner + 1) : before, 'former');
  info.role = roleWords.length ? joinRole(roleWords) : null;
  if (owner >= 0 && employer.length && roleWords.length) info.organisation = join(stripBased(employer));
}

/** Relations of a person: "Gareth Pryce's daughter", "Mr Pryce's former partner", a possessor with a title of address or a kin noun. */
function isRelation(possessor: Word[], held: Word[]): boolean {
  const noun = held.find((w, k) => k === held.length - 1 || orgLinks.has(held[k + 1].lower) || placeLinks.has(held[k + 1].lower));
  return possessor.some((w) => honorific.test(w.text)) || (noun !== undefined && kinNouns.has(noun.lower));
}

/** A time phrase that ends a source ("released Sunday", "filed on Monday night"). */
/** Where something was said, closing a source: "chief secretary to the ministry in a statement". */
const trailingOccasion = /\s+in\s+(?:a|an|his|her|their|its)\s+(?:(?:written|joint|televised|radio|brief)\s+)?(?:statement|interview|speech|letter|address|briefing|blog|post|memo)$/i;
/**
 * Where the source spoke, set off after a description: "Mick Whelan, the union's general secretary, outside
 * the talks in central London" (it was part of the role), ", at a rally in Leeds", ", speaking at a press
 * conference". Not an employer after "at" ("a fellow, at the Institute").
 */
const whereSpoken = /(?<=,[^,]*),\s*(?:speaking\s+)?(?:outside|inside|during|after|before|at|in|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|rally|meeting|conference|summit|hearing|briefing|event|launch|ceremony|debate|session|court|visit|dinner|reception|protest|march|vigil|funeral|service|gathering|convention|congress|forum|festival|match|game|race)\b[^,]*$/iu;
const trailingTime = /\s+(?:on\s+)?(?:(?:last|this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;

/** Splits a source phrase into name, role, organisation and the anonymity of an unnamed source. */
/** Sentence adverbs that a source span may open with, followed by a comma. */
const leadingAdverb = /^(?:nevertheless|nonetheless|however|meanwhile|still|instead|moreover|furthermore|indeed|separately|elsewhere|yet|also|now|later|earlier|similarly|likewise|in addition|in turn|in response|in a statement|by contrast|in contrast)\s*,\s*/i;

/** Prepositions after an office held for an organisation ("envoy to", "consultant on", "director in"), besides `orgLinks`. */
const heldLinks = new Set(['to', 'on', 'in', 'until', 'since', 'between']);

/** Prepositions before a year that say when an office was held ("from 2011 to 2013", "until 2019"). */
const heldWhen = new Set(['from', 'between', 'since', 'until', 'till', 'in', 'during', 'after', 'before']);
const yearWord = /^(?:1[89]|20)\d\d$/;

/** Adverbs of time between a role and the employer ("a former diplomat now at ..."), which are part of neither. */
const roleAdverbs = new Set(['now', 'currently', 'later', 'previously', 'formerly', 'since', 'also', 'still', 'then', 'once']);

/** Sectors that also name a club or a state alone ("City boss Tom Reed" works for Halden City). */
const clubPlaces = new Set(['city', 'town', 'county', 'state']);
/** Common words that open a sentence before a role and a name, never an employer's name. */
const roleOpeners = new Set(['shadow', 'committee', 'festival', 'charity', 'sports', 'sport', 'club', 'team', 'party', 'union', 'council',
  'campaign', 'group', 'company', 'firm', 'bank', 'government', 'opposition', 'industry', 'health', 'police', 'school', 'hospital', 'museum',
  'tournament', 'race', 'event', 'show', 'film', 'label', 'studio', 'band', 'league', 'competition', 'project', 'programme', 'agency', 'watchdog',
  // A firm's department or trade ("Finance director Omar Sayed", "Aviation analyst Tom Berg").
  'finance', 'financial', 'marketing', 'sales', 'technical', 'technology', 'policy', 'communications', 'operations', 'commercial', 'creative',
  'artistic', 'editorial', 'legal', 'medical', 'clinical', 'scientific', 'research', 'design', 'development', 'production', 'press', 'personnel',
  'engineering', 'strategy', 'investment', 'corporate', 'digital', 'aviation', 'telecoms', 'steel', 'auction', 'market', 'media', 'security',
  'brand', 'product', 'retail', 'property', 'fashion', 'music',
  // How the post is held ("Managing director", "Founding member", "Joint assistant boss", "Prosecuting attorney").
  'managing', 'founding', 'presiding', 'visiting', 'reigning', 'prosecuting', 'joint', 'junior', 'senior', 'interim', 'assistant', 'associate',
  // What a trade works with or where ("Crane operator Tom Reed", "Station manager", "Dance teacher", "Pop star"; they worked for "Crane").
  'crane', 'taxi', 'cab', 'bus', 'lorry', 'truck', 'train', 'tram', 'ferry', 'factory', 'station', 'shop', 'dairy', 'dance', 'ballet',
  'drama', 'pole', 'rock', 'pop', 'jazz', 'folk', 'theatre', 'theater', 'web', 'hotel', 'restaurant', 'pub', 'site', 'construction',
  'building', 'road', 'dock', 'night', 'shift', 'nursery', 'care', 'hedge', 'economics', 'political', 'science', 'pension', 'pensions', 'tax']);

/** A role that names a work in quotation marks: "the author of ''Salt and Iron,''", "host of “Meet the Press”". */
const quotedWork = /^\s*((?:the\s+|an?\s+)?[\p{Ll}\s-]{2,60}?\s(?:of|on|in|for))\s+(["“]|'')([^"“”']{1,80}?)[,.]?(?:["”]|'')/u;

/** Adjectives of nationality in "-an" and others, which alone name a people, not a speaker ("Iran" and "Milan" end alike). */
const nationalityAdjectives = new Set(['american', 'european', 'french', 'german', 'italian', 'russian', 'african', 'indian', 'australian',
  'canadian', 'mexican', 'brazilian', 'iranian', 'syrian', 'korean', 'belgian', 'austrian', 'hungarian', 'norwegian', 'nigerian', 'kenyan',
  'dutch', 'greek', 'swiss', 'asian', 'arab', 'israeli', 'iraqi', 'pakistani', 'saudi', 'welsh', 'chinese', 'japanese', 'portuguese', 'lebanese',
  'vietnamese', 'taiwanese', 'sudanese', 'british', 'irish', 'spanish', 'scottish', 'danish', 'polish', 'swedish', 'finnish', 'turkish', 'english']);

/** Words after a verb in the past that show it to be one ("nominated for", "switched on it", "signalled it"). */
const verbFollowers = new Set(['for', 'on', 'in', 'by', 'from', 'out', 'up', 'with', 'to', 'at', 'it', 'she', 'he', 'they', 'them', 'him', 'her', 'a', 'an', 'the']);

/** Peoples and groups named in the plural ("Muslims", "Britons"), which name no speaker. */
const peoples = new Set(['muslims', 'christians', 'jews', 'hindus', 'sikhs', 'buddhists', 'catholics', 'protestants', 'britons', 'brits', 'scots',
  'israelis', 'palestinians', 'iraqis', 'gibraltarians', 'europeans', 'americans', 'africans', 'asians', 'arabs', 'kurds', 'shias', 'sunnis']);
/** Participles that open a sentence and are no one's name. */
const participleOpeners = new Set(['speaking', 'appearing', 'looking', 'talking', 'paying', 'writing', 'commenting', 'responding', 'referring',
  'addressing', 'produced', 'said', 'asked', 'interviewed', 'quoted']);

/** Verbs after "who" that say what a person does for a living ("who runs a shelter", "who chairs the committee"). */
const jobVerbs = new Set(['runs', 'heads', 'leads', 'owns', 'chairs', 'manages', 'coaches', 'teaches', 'represents', 'directs', 'edits',
  'works', 'advises', 'oversees', 'presents', 'hosts', 'trains', 'captains', 'co-owns', 'co-founded', 'founded', 'co-ordinates', 'coordinates',
  'lectures', 'specialises', 'specializes', 'studies', 'researches', 'writes', 'serves', 'sits', 'holds', 'chaired', 'headed', 'ran', 'led']);
/** Verbs after "who" that say where a person works, before "at" or "for" and the employer ("who teaches at", "who works for"). */
const workVerbs = new Set(['teaches', 'works', 'lectures', 'studies', 'researches', 'writes']);
/** Adverbs between "who" and such a verb: "who now teaches at". */
const workAdverbs = new Set(['now', 'currently', 'also', 'still']);

/**
 * The employer a relative clause at app[clause] names, "who (now) teaches at Westmoor University",
 * "who works for the Harbour Institute": the capitalised run after "at" or "for"; else null.
 */
function employerInClause(app: Word[], clause: number): string | null {
  if (app[clause].lower !== 'who') return null;
  let c = clause + 1;
  if (workAdverbs.has(app[c]?.lower ?? '')) c++;
  if (!workVerbs.has(app[c]?.lower ?? '') || !(app[c + 1]?.lower === 'at' || app[c + 1]?.lower === 'for')) return null;
  let n = c + 2;
  while (n < app.length && determiners.has(app[n].lower)) n++;
  let end = n;
  while (end < app.length && (app[end].cap || (orgLinks.has(app[end].lower) && app[end + 1]?.cap) || (app[end].lower === 'and' && app[end + 1]?.cap))) end++;
  const words = organisationWords(app.slice(n, end));
  return words.length && words[0].cap ? join(words) : null;
}

/** Auxiliaries of the perfect: the word after them is a verb ("who had forecast"), unless it is "been". */
const perfect = new Set(['has', 'had', 'have']);

/** Whether `w` (then `next`) opens when an office was held: a year, a month, "last year", "earlier this year", "recently". */
function heldTime(w: Word | undefined, next: Word | undefined, relative: boolean): boolean {
  if (w === undefined) return false;
  if (yearWord.test(w.text) || monthNames.includes(w.lower)) return true;
  if (!relative) return false;
  if (w.lower === 'recently' || ((w.lower === 'last' || w.lower === 'earlier') && (next === undefined || timePeriods.has(next.lower) || next.lower === 'this'))) return true;
  return (w.lower === 'this' || w.lower === 'early' || w.lower === 'late') && next !== undefined && (timePeriods.has(next.lower) || yearWord.test(next.text));
}

/** Verbs before "as" and an office: "who served as foreign minister", "who works as a nurse". */
const servedAs = new Set(['served', 'serves', 'worked', 'works', 'acted', 'acts']);
/** Past forms in no "-ed" after "who has" or "who was" ("who has won", "who was born"). */
const pastForms = new Set(['won', 'born', 'made', 'taken', 'given', 'seen', 'been', 'done', 'gone', 'come', 'become', 'left', 'lost', 'told', 'said',
  'written', 'sold', 'spent', 'built', 'brought', 'thought', 'bought', 'found', 'met', 'kept', 'held', 'run', 'sung', 'played', 'grown']);

/** Verbs that open a second clause inside an appositive ("and was part of", "which has"). */
const clauseVerbs = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'said', 'says']);

/** Sentence adverbs that open a source with no comma after them ("Previously it"), and alone. */
const bareAdverbs = 'previously|recently|currently|initially|originally|subsequently|separately|additionally|ultimately|finally|similarly|meanwhile|nevertheless|instead|yet';
const leadingBareAdverb = new RegExp(`^(?:${bareAdverbs})\\s+(?=\\S)`, 'i');
const bareAdverb = new RegExp(`^(?:${bareAdverbs})$`, 'i');

/** Plural common nouns that open a sentence before a verb ("Businesses warn", "Bloggers say"), never a name. */
const commonPlurals = new Set(['businesses', 'companies', 'firms', 'banks', 'retailers', 'shops', 'bloggers', 'consumers', 'shoppers', 'parents',
  'teachers', 'pupils', 'students', 'fans', 'players', 'clubs', 'users', 'viewers', 'listeners', 'readers', 'customers', 'passengers',
  'drivers', 'farmers', 'workers', 'employers', 'unions', 'robots', 'viruses', 'hackers', 'optimists', 'pessimists', 'sceptics', 'skeptics',
  // "Markets expect two cuts": the markets, no one called "Markets".
  'markets']);

/** "an adviser to Ana Ruiz", "the EU ambassador to the WTO": whom a person serves, after the noun, up to a comma or the end. */
const servedBy = new RegExp(`\\b(?:${[...servingNouns].join('|')})(\\s+to\\s+[^,]+?)\\s*(?=,|$)`, 'iu');

/**
 * Words that describe how or when someone spoke, never who they are: "An angry Lind", "a tearful
 * Ozola", "It was no use Mr Reed claiming", "Mr Kalns, shortly". Read as a whole role, they
 * are none (and a role kept a later "the prime minister" from the person: the office rule wants none).
 */
const notRoles = new Set(['good', 'better', 'best', 'bad', 'worse', 'worst', 'angry', 'tearful', 'emotional', 'delighted', 'furious', 'upset',
  'later', 'earlier', 'shortly', 'recently', 'ahead', 'just', 'much', 'recent', 'worth', 'wrong', 'right', 'twice', 'once', 'again', 'also',
  'still', 'even', 'only', 'far', 'full', 'final', 'last', 'first', 'next']);

/** A source's text read as name, role, organisation and kind, with no role that only says how or when someone spoke. */
export function parseSource(source: string): SourceInfo {
  const info = parseSourceParts(source);
  return info.role !== null && notRoles.has(info.role.toLowerCase()) ? { ...info, role: null } : info;
}

/**
 * A list of single capitalised words inside an organisation's name after "of": "the Office of Trade,
 * Customs and Licensing", "the Department for Culture, Media and Sport". Groups: the list.
 */
const listInName = /\b(?:of|for)\s+((?:\p{Lu}[\p{L}'’&-]*,\s+)+\p{Lu}[\p{L}'’&-]*,?\s+and\s+\p{Lu}[\p{L}'’&-]*)(?=,|\s+\p{Ll}|\s*$)/u;

/**
 * The source read with the commas of a list inside an organisation's name left out, so that they do
 * not cut the name where an appositive's comma would ("A spokeswoman for the Office of Trade, Customs
 * and Licensing, Ada Moreno" had the role "Customs and Licensing Ada Moreno"); the list is written
 * back into the role and the organisation as it stood. Null when the source has no such list.
 */
function parseWithListInName(source: string): SourceInfo | null {
  const m = listInName.exec(source);
  if (m === null) return null;
  const list = m[1];
  const joined = list.replace(/,(?=\s)/gu, '').replace(/\s+/gu, ' ');
  const at = m.index + m[0].length - list.length;
  const info = parseSourceParts(source.slice(0, at) + joined + source.slice(at + list.length));
  const restore = (field: string | null) => (field === null ? null : field.replace(joined, list.replace(/\s+/gu, ' ')));
  return { ...info, role: restore(info.role), organisation: restore(info.organisation) };
}

/**
 * The kind of body before an employer's name after a name ("a lawyer, Tom Reed of the firm Reed Berg"):
 * read as "of Reed Berg", since the kind noun after the comma's name made the name a role.
 */
const kindBeforeEmployer = /(,\s*\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+\s+of\s+)the\s+(?:\p{Ll}+\s+)?(?:firm|company|group|bank|agency|consultancy|studio|label|charity|union)\s+(?=\p{Lu})/u;

/** `parseSource` before the role is checked against `notRoles`. */
function parseSourceParts(source: string): SourceInfo {
  const listed = parseWithListInName(source);
  if (listed) return listed;
  // "a longtime adviser to Ana Ruiz", "Nordic Council envoy to the WTO, Marco Lind": the
  // capitals after "to" are whom the speaker serves, part of the role (the speaker was "Ana Ruiz",
  // "European Union"); the rest is read without them.
  const served = servedBy.exec(source);
  const comma = phraseComma(source);
  if (served && (comma < 0 || served.index < comma)) {
    const to = served[1];
    const at = served.index + served[0].lastIndexOf(to);
    const info = parseSource(source.slice(0, at) + source.slice(at + to.length));
    return info.role ? { ...info, role: `${info.role} ${to.trim()}` } : info;
  }
  // "whose lawyers": the relative pronoun before the phrase names no one. "Neither Mr Reed nor Mr
  // Lind", "Either the mayor or her deputy": the pair is read like "Mr Reed and Mr Lind" ("Neither"
  // was the role, and went on to every later mention of Mr Reed).
  const text = withoutSeenAside(source.replace(/^\s*[Ww]hose\s+(?=\S)/u, '').replace(dateline, '').replace(pairOpener, '$1 and ')).replace(datedDocument, '$1').replace(gerundTitle, '').replace(kindBeforeEmployer, '$1');
  // "Failure to make cutbacks", "Plans to merge the units": a noun opening the sentence with an infinitive after it is a
  // clause's subject misread as the source, which names no one (the speaker was "Failure").
  if (nounWithInfinitive.test(text) && !isPersonNoun(text.trim().split(/\s/)[0].toLowerCase())) return { name: null, role: null, organisation: null, pronoun: null, head: null, definite: false, anonymous: false };
  const portfolio = officeWithPortfolio(text) ?? officeOfBodyBeforeName(text);
  if (portfolio) return portfolio;
  const names = listedNames(text);
  if (names) return parseSource(names[0]);
  const head = reducedClauseHead(text);
  if (head) return parseSource(head);
  const info = withoutClauseRole(text, withoutNickname(text, withoutPlaceOfOrigin(text, rolesOfOneName(text, parseText(text)))));
  const closing = roleAndNameClosing(text, info);
  if (closing) return closing;
  // "Other carriers, including United": members named after "including" that give no speaker of
  // their own are no role of the group (the role was "including United"); the group speaks.
  const example = /,\s*(?:including|such as|like)\s/u.exec(text);
  return example && info.role && /^(?:including|such as|like)\s/u.test(info.role) ? parseText(text.slice(0, example.index)) : info;
}

/** A nickname set off after a name: ", nicknamed Charly", ", known as Queen of the Sky"; it is no role. */
const nickname = /,\s*(?:(?:also|better|widely|affectionately)\s+)?(?:nicknamed|known\s+as|dubbed)\s+(?=\p{Lu}|["“'‘])/u;

/** The source without a role or organisation read from a nickname after the name ("Ana Berg, known as Queen of the Sky" had the role "known as Queen", the organisation "Sky"). */
function withoutNickname(text: string, info: SourceInfo): SourceInfo {
  const m = info.role === null ? null : nickname.exec(text);
  if (m === null || !/^(?:(?:also|better|widely|affectionately)\s+)?(?:nicknamed|known\s+as|dubbed)\b/u.test(info.role!)) return info;
  const after = text.slice(m.index);
  return { ...info, role: null, organisation: info.organisation !== null && after.includes(info.organisation) ? null : info.organisation };
}

/** An infinitive's phrase read as a role: "soon to reunite with ...", "about to retire", "set to leave". */
const infinitiveRole = /^(?:(?:soon|about|due|set|yet|still|now|later|expected|poised)\s+)?to\s+\p{Ll}/u;

/**
 * The source without a role that is what the person will do ("Kalns, soon to reunite with Tom
 * Reed for a new series" had the role "soon to reunite" at "Tom Reed for Two Toms"), and
 * without "now" opening an office ("now chairman of Harbour TV").
 */
function withoutClauseRole(text: string, info: SourceInfo): SourceInfo {
  if (info.role === null) return info;
  if (/^now\s+\p{Ll}/u.test(info.role)) return { ...info, role: info.role.replace(/^now\s+/u, '') };
  if (!infinitiveRole.test(info.role)) return info;
  const at = text.indexOf(info.role.split(' ')[0]);
  return { ...info, role: null, organisation: info.organisation !== null && at >= 0 && text.slice(at).includes(info.organisation.split(' ')[0]) ? null : info.organisation };
}

/** Capitalised words of a sporting distinction before a role, no employer: "Double Olympic gold medallist", "World 100m champion". */
const distinctionWords = new Set(['world', 'olympic', 'paralympic', 'commonwealth', 'double', 'triple', 'treble', 'two-time', 'three-time', 'four-time', 'five-time',
  'reigning', 'defending']);

/**
 * Whether the capitals before a role describe the person rather than name an employer: a distinction
 * ("Double Olympic", "World") or an adjective opening the sentence before one of place ("Banned
 * American sprinter Ana Berg" worked for "Banned American").
 */
function describesDistinction(ws: Word[], opening: boolean): boolean {
  if (ws.length === 0 || ws.some((w) => w.possessive)) return false;
  const describing = (w: Word, k: number) => distinctionWords.has(w.lower) || (k > 0 && isPlaceAdjective(w, false)) || (k === 0 && opening && ws.length > 1 && commonAdjective.test(w.lower));
  return ws.every(describing) && ws.some((w, k) => distinctionWords.has(w.lower) || (k > 0 && isPlaceAdjective(w, false)));
}

/** A place and its region or country closing a source after "of" or "from": "from Omaha, Nebraska"; groups: the two parts. */
const placeWithRegion = /\b(?:of|from)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*),\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s*$/u;
/** Nouns that say where a person is from or lives, no role with an employer: "a native of San Diego". */
const originNouns = new Set(['native', 'resident', 'citizen', 'inhabitant', 'natives', 'residents', 'citizens', 'inhabitants']);

/**
 * "Ana Berg, from Omaha, Nebraska", "a native of San Diego, California": a place with its region after
 * "of" or "from" is where the person is from, no organisation (it was "Omaha Nebraska"); a body's
 * name before the place keeps its reading without the place ("of Harbour Bank, London"). "Native" is
 * no role either.
 */
function withoutPlaceOfOrigin(text: string, info: SourceInfo): SourceInfo {
  const m = info.organisation === null ? null : placeWithRegion.exec(text);
  if (m === null || info.organisation !== `${m[1]} ${m[2]}`.replace(/\s+/g, ' ')) return info;
  const body = m[1].split(/\s+/).some((w) => { const lower = w.toLowerCase(); return isBodyNoun(lower) || institutionNouns.has(lower) || organisationNouns.has(lower) || companyWords.has(lower); });
  const role = info.role === 'native' || info.role === 'natives' ? null : info.role;
  return { ...info, organisation: body && !originNouns.has(info.role ?? '') ? m[1].replace(/\s+/g, ' ') : null, role };
}

/**
 * An office with its portfolio in lower case right before a full name that ends the source, after an
 * employer or none: "Halden director of rugby Tom Reed" (the speaker was "Halden"),
 * "the minister for civil aviation Ravi Menon", "Nordvik's head of research Tom Reed". Groups: the
 * employer, the words before the office, the office, its preposition and portfolio, the name.
 */
const portfolioBeforeName = /^(?:(?:the|a|an)\s+)?((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}?(?:\p{Lu}[\p{L}\p{N}&.-]*['’]s?\s+)?)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2})(\p{Ll}[\p{Ll}-]*)\s+((?:of|for)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3})(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u;

/**
 * A capitalised office of a body after "of" or "to", then a full name of two words ending the source:
 * "Chief Secretary to the Treasury Tom Reed" (the speaker was "Secretary"), "Shadow leader of the
 * Commons Ivo Lind" (it was "Shadow"), "Secretary of State for Work and Pensions Tom Reed".
 * Groups: the office, a word of it, the name.
 */
const officeOfBodyBefore = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]*\s+(?:\p{L}[\p{L}-]*\s+)?(?:(\p{L}[\p{L}-]*)\s+)?(?:of|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:(?:\p{Lu}[\p{L}-]*|and|for|of|the)\s+){0,5})(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)$/u;

/** `officeOfBodyBefore`'s reading, when the word before the preposition is an office. */
function officeOfBodyBeforeName(text: string): SourceInfo | null {
  const m = officeOfBodyBefore.exec(text.trim());
  // "... Committee Tom Reed MP": letters after the name are read where the name is.
  if (m === null || postnominals.has(m[3].slice(m[3].search(/\S+$/u)))) return null;
  const office = m[1].trim();
  const before = office.slice(0, office.search(/\s+(?:of|to)\s/u)).split(/\s+/);
  // The body's name ends in a capital: "Secretary of State for Work and Pensions", not "... for".
  if (!/\p{Lu}[\p{L}-]*$/u.test(office)) return null;
  if (!isTitle(before[before.length - 1].toLowerCase()) || before.some((w) => determiners.has(w.toLowerCase()) && w.toLowerCase() !== 'former')) return null;
  return { name: m[3].replace(/['’]s?$/u, ''), role: office.replace(/\s+/g, ' '), organisation: null, pronoun: null, head: null, definite: false, anonymous: false };
}

/** Words that qualify an office before it: "Deputy minister for ...", "Acting head of ...". */
const officeQualifierWords = new Set(['deputy', 'acting', 'interim', 'former', 'ex', 'assistant', 'vice', 'senior', 'junior', 'joint', 'outgoing', 'incoming']);

/** `portfolioBeforeName`'s reading, when the word before the preposition is an office and the portfolio holds no article. */
function officeWithPortfolio(text: string): SourceInfo | null {
  const m = portfolioBeforeName.exec(text.trim());
  if (m === null || !(isTitle(m[3]) || m[3] === 'head') || !m[4].split(/\s+/).slice(1).every((w) => w === '' || (!determiners.has(w) && !notNames.has(w) && !orgLinks.has(w) && !relatives.has(w)))) return null;
  if (m[2].split(/\s+/).some((w) => w !== '' && (determiners.has(w) || notNames.has(w)) && w !== 'former')) return null;
  const capitals = (m[1] ?? '').trim();
  const employer = capitals.replace(/['’]s?$/u, '');
  // "Shadow spokesman for sport Tom Reed", "Deputy minister for ...": a qualifier or a title opening the sentence is part of the office.
  const qualifies = employer !== '' && employer === capitals && employer.split(/\s+/).every((w) => roleOpeners.has(w.toLowerCase()) || isTitle(w.toLowerCase()) || officeQualifierWords.has(w.toLowerCase()));
  const role = `${qualifies ? `${employer} ` : ''}${m[2]}${m[3]} ${m[4]}`.replace(/\s+/g, ' ').trim();
  return { name: m[5], role, organisation: employer === '' || qualifies ? null : employer, pronoun: null, head: null, definite: false, anonymous: false };
}

/** A capitalised word, "to" and a verb: "Failure to make", "Plans to merge" (not "Visitors to the park"). */
const nounWithInfinitive = /^\s*\p{Lu}\p{Ll}+\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|be|have)\s)\p{Ll}+(?:\s|$)/u;

/**
 * The title of a work that opens with a gerund and an article ("the Counting the Cost study", "Oxfam's
 * Paying the Price report"): capitals that name no one (the speaker was "Paying"). Left out, the
 * publisher before it or the document after it speaks.
 */
const gerundTitle = /(?<=(?:['’]s?|\b(?:the|its|their|a|an))\s+)\p{Lu}\p{Ll}{2,}ing\s+(?:the|a|an|our|your|their|its)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s+|$)/u;

/**
 * A role in lower case and a full name closing a source after capitals the name runs do not read as one
 * employer ("Guide to Harbour Life 2005 author Ivo Lind" was the speaker "Guide"): the name speaks, with
 * the words in lower case as the role. Groups: the capitals before, the role, the name.
 */
const roleNameAtEnd = /^(\p{Lu}[^,;:()]*?)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})$/u;

/**
 * `roleNameAtEnd`'s reading, when the words read otherwise gave a name from the capitals before the role
 * and those hold a word in lower case or a number, and the role ends in a title.
 */
function roleAndNameClosing(text: string, info: SourceInfo): SourceInfo | null {
  // "United chief executive Tom Reed and Harbour vice-chairman Ana Lima": a full name with its role is read already.
  const m = info.name === null || (info.role !== null && info.name.includes(' ')) ? null : roleNameAtEnd.exec(text.trim());
  if (m === null || !m[1].includes(info.name!) || !/\s(?:\p{Ll}+|\d+)\s/u.test(`${m[1]} `) || /['’]s?\s/u.test(m[1])) return null;
  const role = m[2].split(/\s+/);
  if (!isTitle(role[role.length - 1]) || role.some((w) => roleBreakers.has(w) || relatives.has(w) || orgLinks.has(w) || determiners.has(w))) return null;
  // "Nordbank chief Baltic strategist Ana Lima": an employer read opening the capitals stays.
  const organisation = info.organisation !== null && info.organisation !== m[3] && m[1].startsWith(info.organisation) ? info.organisation : null;
  return { name: m[3], role: m[2], organisation, pronoun: null, head: null, definite: false, anonymous: false };
}

/** A poll or a report, then the time that dates it, ending a source: "A Halden poll out Monday", "a survey released last week". */
const datedDocument = new RegExp(`(\\b(?:${datedDocumentNouns.join('|')}))\\s+(?:(?:${documentDatingWords.join('|')})\\s+)?(?:(?:last|this|earlier|early|late)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)$`, 'u');

/** `parseSource` of a source's text once the forms it reads first are taken out. */
function parseText(text: string): SourceInfo {
  return withPartyName(withOfficeHolders(withNameAtEnd(withOfficeOfPlace(withBodyOfName(withoutPersonEmployer(withoutBareTitle(withoutTimeNames(withoutPostnominals(withOfficeBeforeName(withCapitalisedOffice(parseSourceWords(text), text), text))), text)), text), text), text), text));
}

/** Words before an -ing word that make it an adjective ("the ruling party", "its own polling data", "two leading firms"). */
const ingPremodifiers = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'own', 'some', 'many',
  'several', 'most', 'few', 'both', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'all', 'each', 'every', 'no', 'new', 'leading',
  'recent', 'first', 'last', 'next']);

/** Words that may follow the -ing word of a clause: "representing the pair", "trying to", "studying in", "meeting Mr Prescott". */
const clauseAfterIng = /^(?:to|the|a|an|his|her|their|its|our|this|these|those|in|on|at|for|with|from|into|about|over|against|\p{Lu}.*)$/u;

/**
 * "Police investigating the murder", "A lawyer representing Mr Kalns": a noun and an -ing clause
 * after it; the noun before the clause is the speaker or role (the name in the clause was read as
 * the speaker, "investigating" as a role). The words before the -ing word, or null.
 */
function reducedClauseHead(text: string): string | null {
  if (/,/.test(text)) return null;
  const ws = text.trim().split(/\s+/);
  // A noun phrase of up to four words before the clause ("The five unions meeting ...").
  for (let k = 1; k < Math.min(ws.length - 1, 5); k++) {
    const w = ws[k];
    const before = ws[k - 1].toLowerCase();
    if (!/^[a-z]*[aeiouy][a-z]*ing$/.test(w) || ingPremodifiers.has(before) || /est$/.test(before) || /['’]s?$/.test(before) || /^\d/.test(before)) continue;
    if (clauseAfterIng.test(ws[k + 1])) return ws.slice(0, k).join(' ');
  }
  return nounBeforePreposition(ws);
}

/**
 * "Visitors to Speegle", "People with hand tremors", "Warnings about security problems": a plural
 * noun of up to three words and a preposition; the words before the preposition (the name after it
 * was read as the speaker), or null. A title or a noun of service keeps its object ("Secretary to
 * the Treasury", "adviser to Ana Ruiz").
 */
function nounBeforePreposition(ws: string[]): string | null {
  for (let k = 1; k <= Math.min(3, ws.length - 2); k++) {
    if (!subjectNounPrepositions.has(ws[k])) continue;
    const noun = ws[k - 1];
    const lower = noun.toLowerCase();
    if (!/^\p{L}+[^s'’]s$/u.test(noun) || isTitle(lower) || isTitle(lower.replace(/s$/, '')) || servingNouns.has(lower) || servingNouns.has(lower.replace(/s$/, ''))) return null;
    if (k > 1 && ws.slice(0, k - 1).some((w) => /^\p{Lu}/u.test(w) && w !== ws[0])) return null;
    return ws.slice(0, k).join(' ');
  }
  return null;
}

/** A capitalised name of a list, "the" before it allowed: "House of Lind", "Berg & Reed", "the Netherlands". */
const listedName = /^(?:the\s+)?\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:of|&|\p{Lu}[\p{L}\p{N}'’.-]*))*$/u;

/**
 * "Nordvik, Halden, House of Lind and Big Food", "The UK, France and the Netherlands": a list
 * of three or more names, which the first speaks for as "Ana Ruiz and Tom Reed" does (the names after
 * the first were read as its role or organisation); null for anything else.
 */
function listedNames(text: string): string[] | null {
  const items = text.trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)/u);
  // "Ravi Menon, Commerce and Industry Minister": an office after a name is no item.
  const office = (item: string) => isTitle(item.split(/\s+/).pop()!.toLowerCase());
  return items.length >= 3 && items.every((item) => listedName.test(item) && !office(item)) ? items : null;
}

/** A phrase that ends in a lower-case word, then "and", then the rest: "German football club and former champion Borussia Dortmund". */
const roleThenAnd = /^([^,]*?\b\p{Ll}[\p{L}'’-]*)\s+and\s+(\S[^,]*)$/u;

/**
 * "German football club and former champion Borussia Dortmund", "Work and pensions minister Tom
 * Reed", "Ana's best friend and fellow runner Liz Holm": two roles of the one name after them, not
 * two speakers, when the words before "and" end in a common noun and the rest is a role and a name
 * (the speaker was "German", "Work", "Ana"). The speaker, role and organisation are the rest's, or
 * the whole phrase's with the portfolio in lower case.
 */
function rolesOfOneName(text: string, info: SourceInfo): SourceInfo {
  if (!info.name) return info;
  // "Work and pensions minister Tom Reed": a portfolio capitalised at the sentence start.
  const portfolio = /^(\p{Lu})(\p{Ll}+) and (\p{Ll}+)/u.exec(text.trim());
  if (portfolio && portfolioWords.has(portfolio[1].toLowerCase() + portfolio[2]) && portfolioWords.has(portfolio[3]) && info.name === portfolio[1] + portfolio[2]) {
    const lower = parseSource(portfolio[1].toLowerCase() + text.trim().slice(1));
    return lower.name ? lower : info;
  }
  const m = roleThenAnd.exec(text.trim());
  if (!m || / and /.test(m[1])) return info;
  const second = parseSource(m[2]);
  return second.name && second.role && second.name !== info.name ? second : info;
}

/** A document, then an aside saying who has seen it, up to the end: "The memo, seen by the BBC,". */
const seenAside = /^(.*\b([\p{L}]+))\s*,\s*(?:seen|obtained|reviewed)\s+by\s+[^,]+,?\s*$/u;

/**
 * "The memo, seen by the BBC": who has seen a document is no role of it (the role was "seen by the
 * BBC"); the document is the source, as "The memo" alone.
 */
function withoutSeenAside(text: string): string {
  const m = seenAside.exec(text);
  if (!m) return text;
  const noun = m[2].toLowerCase();
  return publishedWords.has(noun) || documentNouns.has(noun) || recordNouns.has(noun) || noun === 'document' ? m[1] : text;
}

/**
 * A dateline before the story's first words, which a source opening the story takes in: "**LONDON** —
 * Harrow & Vane, the brewer" (the speaker was "LONDON Harrow & Vane"), "RIGA, Latvia (AP) — ": capitals
 * in bold, or before a place's name or an agency in brackets; not "NATO — the alliance".
 */
const dateline = /^\s*(?:(?:\*\*|__)\p{Lu}{2,}(?:[ \u00a0]\p{Lu}{2,})*(?:\*\*|__)(?:,[ \u00a0]+\p{Lu}[\p{L}.]*(?:[ \u00a0]\p{Lu}[\p{L}.]*)?)?|\p{Lu}{2,}(?:[ \u00a0]\p{Lu}{2,})*(?:,[ \u00a0]+\p{Lu}[\p{L}.]*(?:[ \u00a0]\p{Lu}[\p{L}.]*)?(?:[ \u00a0]+\([^)]{1,20}\))?|[ \u00a0]+\([^)]{1,20}\)))[ \u00a0]*[\u2014\u2013][ \u00a0]*(?=\S)/u;

/** "Neither X nor Y", "Either X or Y" opening a source: X, then the joint (a name or a short noun phrase each). */
const pairOpener = /^\s*(?:Neither|Either)\s+([^,]+?)\s+(?:nor|or)\s+(?=\S)/u;

/** "The Transport Secretary, Hannah Price": an office in capitals after "the", then a comma. */
const theOfficeThenName = /^\s*[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s*,/u;

/**
 * "The Transport Secretary, Hannah Price", "the Education Secretary, Tom Reed": the office in capitals
 * before the holder's name is the role, whole (it was the role "Secretary" of the organisation
 * "Transport"); "the Nordbank chairman, Tom Reed" keeps its employer.
 */
function withOfficeBeforeName(info: SourceInfo, text: string): SourceInfo {
  if (!info.name || !info.organisation || !info.role) return info;
  const office = theOfficeThenName.exec(text)?.[1].replace(/\s+/g, ' ');
  if (office === undefined || `${info.organisation} ${info.role}` !== office) return info;
  const lower = office.toLowerCase().split(' ');
  if (!isTitle(lower[lower.length - 1]) || !lower.every((w) => isTitle(w) || portfolioWords.has(w))) return info;
  return { ...info, role: office, organisation: null };
}

/** Capitalised words after "the" or an owner's possessive ("Britain's", "the Treasury's"), and nothing else. */
const capitalisedOffice = /^\s*(?:[Tt]he\s+|((?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*)['’]s?\s+)((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s*$/u;
/** Title words that end no office ("the Foreign", "Britain's Deputy"). */
const notOfficeEnds = new Set(['state', 'foreign', 'defence', 'defense', 'former', 'acting', 'deputy', 'vice', 'prime', 'lord', 'lady', 'father']);

/**
 * "The Prime Minister said", "Britain's Prime Minister said", "the Culture Secretary": an office in
 * capitals with no name is a person in a role, whom the text names elsewhere (resolve.ts), not an
 * organisation called "Prime Minister" nor a person called "Minister". The possessor is the
 * organisation the office is held for.
 */
function withCapitalisedOffice(info: SourceInfo, text: string): SourceInfo {
  const m = capitalisedOffice.exec(text);
  if (!m) return info;
  const lower = m[2].toLowerCase().split(/\s+/);
  // "The President", "the Chancellor": one word after "the" is read as a title by the parse.
  if (lower.length === 1 && !m[1]) return info;
  const last = lower[lower.length - 1];
  if (!isTitle(last) || notOfficeEnds.has(last) || !lower.every((w) => (isTitle(w) || portfolioWords.has(w)) && !honorific.test(w))) return info;
  // "the Bank's Governor" is its governor; "Mr Blair's Press Secretary" works for no organisation (withoutPersonEmployer).
  return { name: null, role: m[2].replace(/\s+/g, ' '), organisation: m[1]?.replace(/\s+/g, ' ') ?? null, pronoun: null, head: last, definite: true, anonymous: false, office: lower.join(' ') };
}

/**
 * "Tories said", "Lib Dems said", "Labour said": a party named alone is an organisation speaking, not a
 * person called "Lib Dems" whom a later "he" could stand for. "Green" alone is a surname too.
 */
function withPartyName(info: SourceInfo): SourceInfo {
  if (!info.name || info.role || info.organisation) return info;
  const lower = info.name.toLowerCase();
  const single = lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : lower.endsWith('s') ? lower.slice(0, -1) : lower;
  if ((parties.has(lower) && lower !== 'green') || (single !== lower && parties.has(single))) info.organisation = info.name;
  return info;
}

/** Plural offices whose holders, named by their body, act for it ("EU leaders", "NATO defence ministers"). */
const formalOffices = new Set(['ministers', 'leaders', 'presidents', 'premiers', 'governors', 'commissioners']);

/** Whether a plural head is an office whose holders a body names ("ministers", "leaders"). */
export function isFormalOffice(head: string): boolean {
  return formalOffices.has(head);
}

/**
 * "NATO defence ministers agreed", "G7 finance ministers said", "China's leaders said": the holders of
 * a named body's offices speak for it as a body, on the record, and are no unnamed source (they were
 * marked anonymous like "EU officials"). Only the body, perhaps a portfolio, and the office: "some
 * Labour ministers" and "20 Riga ministers" are some of them, and stay unnamed.
 */
function withOfficeHolders(info: SourceInfo, text: string): SourceInfo {
  if (!info.anonymous || info.name || !info.organisation || !info.head || !formalOffices.has(info.head)) return info;
  if (unnamedOnRequest.test(text) || words(text).some((w) => anonymousMarkers.has(w.lower))) return info;
  // Up to the appositive or where they met ("EU leaders at a summit in Riga").
  const all = words(text.replace(/,[^]*$/, '').replace(/^\s*the\s+/i, ''));
  const at = all.findIndex((w) => placeLinks.has(w.lower) || w.lower === 'at');
  const ws = at < 0 ? all : all.slice(0, at);
  const body = words(info.organisation);
  if (ws.length <= body.length || !body.every((w, k) => ws[k].lower === w.lower)) return info;
  const rest = ws.slice(body.length);
  if (rest[rest.length - 1].lower !== info.head || !rest.slice(0, -1).every((w) => !w.cap && portfolioWords.has(w.lower))) return info;
  info.anonymous = false;
  return info;
}

/** Words that may open a source before a show's, team's or employer's name: an article, a time, "former". */
const leadingFillers = new Set(['the', 'a', 'an', 'last', 'this', 'week', 'month', 'year', 'former', 'ex', 'earlier', 'yesterday', 'today']);
/** Nouns for what a person is known as, before the name like a title, that the title lists leave out ("Only Ships and Harbours star"). */
const fameNouns = new Set(['star', 'legend', 'veteran', 'winner', 'champion', 'favourite', 'frontman', 'frontwoman']);
/** Lower-case words inside a show's, team's or employer's name: "Lord of the Rings", "Spurs and England". */
const nameConnectors = new Set(['of', 'the', 'and', 'for', '&']);
/** A sentence adverb opening a source, with its comma: "Currently, ". */
const sentenceAdverb = /^\s*(Currently|Meanwhile|However|Separately|Ultimately|Sadly|Overall|Recently|Previously|Similarly|Additionally|Finally|Initially|Nevertheless|Instead)\s*,\s*(?=\S)/u;
/** An office set off before the name it is held by: "Director of Public Prosecutions, Tom Reed QC". */
const officeThenName = /^\s*(?:[Tt]he\s+)?((\p{Lu}[\p{L}-]*)(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}-]*))*),\s*((?:\p{Lu}[\p{L}'’-]*\s+){1,2}\p{Lu}[\p{L}'’-]*(?:\s+(?:QC|KC|MP|MEP|MSP))?)\s*(?:,|$)/u;
/** Verbs a headline puts after a name, which read like plural nouns ("Lopez issues", "Moya fights"). */
const headlineVerbs = new Set(['makes', 'takes', 'fights', 'raises', 'issues', 'faces', 'wins', 'backs', 'says', 'urges', 'calls', 'warns', 'hits',
  'sees', 'gets', 'puts', 'sets', 'plans', 'vows', 'denies', 'admits', 'rejects', 'quits', 'leads', 'eyes', 'seeks', 'signs', 'joins', 'beats',
  'loses', 'claims', 'insists', 'hopes', 'fears', 'wants', 'needs', 'gives', 'keeps', 'tells', 'asks', 'slams', 'attacks', 'praises', 'unveils',
  'launches', 'cuts', 'buys', 'sells', 'reveals', 'defends', 'afterwards']);
/** Last words of a publication's name ("Financial Mail", "Sunday Times"), which is no person's. */
const publicationWords = new Set(['mail', 'times', 'news', 'post', 'herald', 'telegraph', 'journal', 'express', 'mirror', 'guardian', 'observer',
  'independent', 'star', 'sun', 'standard', 'gazette', 'magazine', 'review', 'weekly', 'daily', 'fellowship', 'ninja']);
/** Whether a name is a publication's ("Harbour Times", "Daily Post"): a medium that reports, employing no one it quotes. */
export function isPublicationName(name: string): boolean {
  return publicationWords.has(name.slice(name.search(/\S+$/)).toLowerCase());
}
/** A plural common noun ("clubs", "reports", "networks"). */
const pluralNoun = /^\p{Ll}{3,}[^s]s$/u;
/** Numbers after "number" in a ranking ("World number one"). */
const numberWords = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** A participle's clause opening a source, up to its comma: "Welcoming the ruling, ". */
const participleClause = /^\s*(\p{Lu}\p{Ll}+(?:ing|ed))\s+[^,]+,\s*(?=\S)/u;
/**
 * A participle opening a source before a title of address and a surname, perhaps with a clause after
 * it: "Speaking in Halden Mr Reed", "Appearing on the Today programme, Mr Lind, who ...".
 */
const participleThenAddressed = /^\s*(?:\p{Lu}\p{Ll}+(?:ing|ed)\b[^,]*|[^,]*\s(?:programme|show|interview|broadcast|documentary))(?:,\s*|\s)(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+(\p{Lu}[\p{L}'’-]+)\s*(?:,[^]*)?$/u;

/**
 * The person named at the end of a source, where the parse took a word before for the name: "Only
 * Ships and Harbours star Tom Reed" (the name was "Ships"), "Lord of the Harbour director Tom
 * Reed" ("Lord"), "Halden senior economist Ivo Lind" ("Halden"), "Speaking in
 * Halden Mr Reed" ("Speaking"). What comes before the role words must be a capitalised name,
 * perhaps with "of", "and" or "the" inside, after an article or a time: not another person or a
 * noun the person belongs to ("the family of sound engineer Ivo Kalns", "a spokesman for EU trade
 * commissioner Peter Mandelson").
 */
function withNameAtEnd(info: SourceInfo, text: string): SourceInfo {
  const addressed = participleThenAddressed.exec(text);
  if (addressed) {
    if (info.name === addressed[1]) return info;
    return { name: addressed[1], role: null, organisation: null, pronoun: null, head: null, definite: false, anonymous: false };
  }
  // "Welcoming the ruling, Ana Berg, chief executive of ...", "Speaking on Tuesday, the minister": the
  // participle's clause is no part of the source (the name was "Welcoming"); nor is a sentence adverb ("Currently, ...").
  const clause = participleClause.exec(text) ?? sentenceAdverb.exec(text);
  if (clause && info.name === clause[1]) return parseSource(text.slice(clause[0].length));
  // "Director of Public Prosecutions, Tom Reed QC, who ...": an office set off before the name (the name was "Director").
  const setOff = officeThenName.exec(text);
  if (setOff && info.name !== null && setOff[1].split(/\s+/).includes(info.name) && isTitle(setOff[2].toLowerCase())) {
    return withoutPostnominals({ name: setOff[3], role: setOff[1], organisation: null, pronoun: null, head: null, definite: false, anonymous: false });
  }
  // After the last comma: "Looking ahead to the spring, the NDA's chairman Tom Reed".
  const ws = words(text.slice(text.lastIndexOf(',') + 1));
  // "Premiership clubs", "Media reports in the two states": a capitalised word describing common nouns (the name was "Premiership").
  if (ws.length >= 2 && info.name === ws[0].text && ws[0].cap && !ws[0].possessive && !ws[1].cap && pluralNoun.test(ws[1].text) && !headlineVerbs.has(ws[1].lower) &&
    // "CML figures", "Treasury figures": what a body publishes speaks for the body.
    !documentNouns.has(ws[1].lower) && text.trimStart().startsWith(ws[0].text)) {
    const head = ws[1].lower;
    // "EU leaders", "BBC correspondents": people of the organisation, unnamed.
    const people = isPeopleHead(head);
    return { name: null, role: `${ws[0].text} ${ws[1].text}`, organisation: people ? ws[0].text : null, pronoun: null, head, definite: false, anonymous: people };
  }
  let n = ws.length;
  while (n > 0 && ws.length - n < 3 && ws[n - 1].cap && !ws[n - 1].possessive && !notNames.has(ws[n - 1].lower) && !isTitle(ws[n - 1].lower)) n--;
  if (ws.length - n < 2 || n === 0) return info;
  const name = join(ws.slice(n));
  if (info.name === name) return info;
  // "Stand on Guard's Tom Reed": an organisation's possessive right before the name (the name was "Stand").
  if (ws[n - 1].possessive) {
    const by = ws.slice(0, n);
    // Only what the parse misses, a name with a small word inside ("War on Want's"), and only before a
    // person's name: "The Dockers' Welfare Association", "The Herald on Sunday's Money Herald" are bodies.
    const last = ws[ws.length - 1].lower;
    const bodyName = isBodyNoun(last) || institutionNouns.has(last) || organisationNouns.has(last) || publicationWords.has(last);
    if (by[0].cap && by.some((w) => !w.cap) && by.every((w) => w.cap || nameConnectors.has(w.lower) || w.lower === 'on') && !bodyName) {
      return { name, role: null, organisation: by.map((w, i) => (i < by.length - 1 ? w.written : w.text)).join(' '), pronoun: null, head: null, definite: false, anonymous: false };
    }
    return info;
  }
  // "World number one Lindsay Davenport": a ranking before the name.
  let r = numberWords.has(ws[n - 1].lower) && ws[n - 2]?.lower === 'number' ? n - 2 : n;
  while (r > 0 && n - r < 3 && !ws[r - 1].cap && !ws[r - 1].possessive && (!roleBreakers.has(ws[r - 1].lower) || rankWords.has(ws[r - 1].lower)) && !orgLinks.has(ws[r - 1].lower)) r--;
  const last = ws[n - 1].lower;
  if (r === n || !(isTitle(last) || fameNouns.has(last) || r < n - 1 && ws[r].lower === 'number')) return info;
  let k = 0;
  while (k < r && !ws[k].cap && leadingFillers.has(ws[k].lower)) k++;
  const by = ws.slice(k, r);
  if (!by.length || !by[0].cap || !by[by.length - 1].cap || !by.every((w) => w.cap || nameConnectors.has(w.lower))) return info;
  // Two people ("Latvia's transport minister Mr Kalns and Estonian energy minister ...") have a title of address inside.
  if (by.some((w) => honorific.test(w.text))) return info;
  const former = ws.slice(0, k).filter((w) => w.lower === 'former' || w.lower === 'ex');
  // "World number one": the ranking is the role, in whatever it ranks.
  if (ws[r].lower === 'number') return { name, role: joinRole([...by, ...ws.slice(r, n)]), organisation: null, pronoun: null, head: null, definite: false, anonymous: false };
  return {
    name, role: joinRole([...former, ...ws.slice(r, n)]), organisation: by.map((w, i) => (i < by.length - 1 ? w.written : w.text)).join(' '),
    pronoun: null, head: null, definite: false, anonymous: false,
  };
}

/** "the King of Spain", "President of France", "the Emir of Qatar": a title and the place it is held for. */
const officeOfPlace = /^\s*(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*$/u;

/**
 * An office named by its title and its place is a person in a role, who has no name here and speaks
 * for that place: "the King of Spain" was the organisation "King of Spain", "President of France"
 * the person "President". Offices of bodies ("Secretary of State", "Ministry of Defence") are left.
 */
function withOfficeOfPlace(info: SourceInfo, text: string): SourceInfo {
  const m = officeOfPlace.exec(text);
  // Only where the parse took the title or the whole phrase for a name ("Mayor of London Sadiq Khan" names him).
  if (!m || (info.name !== null && info.name !== m[1] && info.name !== `${m[1]} of ${m[2]}`)) return info;
  const words = m[1].toLowerCase().split(/\s+/);
  if (!words.every((w) => titles.has(w)) || officeOfBody.has(m[2].split(/\s+/)[0].toLowerCase())) return info;
  return { ...info, name: null, role: `${m[1]} of ${m[2]}`, organisation: m[2], head: words[words.length - 1], anonymous: false };
}
/** Words after "of" that name a body or a post, not a place: "Secretary of State", "Chancellor of the Exchequer". */
const officeOfBody = new Set(['state', 'exchequer', 'defence', 'defense', 'justice', 'health', 'staff', 'commerce', 'labor', 'labour', 'energy', 'education',
  'the', 'parliament', 'congress', 'commons', 'lords', 'court', 'police', 'board', 'directors', 'trustees']);

/** Lower-case nouns that end the name of a body of an organisation: "the UN refugee agency", "the Kremlin press office". */
const bodyNouns = 'agency|ministry|office|department|commission|council|committee|authority|service|regulator|watchdog|court|administration|mission|secretariat';
const nameThenBody = new RegExp(`^\\s*(?:the\\s+)?(.+?)\\s+((?:[a-z]+\\s+){0,2}(?:${bodyNouns}))(?:\\s*\\(\\p{Lu}[\\p{L}]{1,9}\\))?\\s*$`, 'u');

/**
 * "the UN refugee agency (UNHCR)" was the organisation "UN": an organisation's name followed by the
 * lower-case words of one of its bodies names that body, which is what speaks.
 */
function withBodyOfName(info: SourceInfo, text: string): SourceInfo {
  if (!info.name || info.organisation !== info.name || info.role) return info;
  const m = nameThenBody.exec(text);
  // "the Reuters news agency": words of a kind describe the organisation itself, which speaks by its name.
  if (!m || m[1] !== info.name || /\b(?:news|wire|rating|ratings|credit|state|private|official)\b/.test(m[2])) return info;
  info.name = `${m[1]} ${m[2]}`;
  info.organisation = info.name;
  return info;
}

/** Titles that are common surnames too ("King said", "Lord said"), which stay names when written alone. */
const surnameTitles = new Set(['king', 'queen', 'prince', 'princess', 'lord', 'lady', 'bishop', 'father', 'pope', 'sir', 'dame', 'general', 'major', 'marshal']);

/** "Judge blocks ...", "Minister quits": a title written alone, as headlines do, names no one. */
function withoutBareTitle(info: SourceInfo, text: string): SourceInfo {
  if (!info.name || info.name.includes(' ') || info.organisation || !/^\s*\p{L}+\s*$/u.test(text)) return info;
  const lower = info.name.toLowerCase();
  const single = lower.endsWith('s') && isTitle(lower.slice(0, -1)) ? lower.slice(0, -1) : lower;
  if (surnameTitles.has(single) || !(isTitle(single) || offices.has(single))) return info;
  info.name = null;
  info.role = text.trim();
  info.head = lower;
  return info;
}

/** "a spokesman for Mr. Burns": a person named with a title of address employs no one as an organisation would. */
function withoutPersonEmployer(info: SourceInfo): SourceInfo {
  // "Mr Spitzer's office" speaking is still a body, its own organisation.
  if (info.organisation && info.organisation !== info.name && /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?\s/i.test(info.organisation)) info.organisation = null;
  return info;
}

/** Months and days of the week, which name no speaker on their own ("last September it ..."); "May" is a surname too. */
const timeNames = /^(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter)$/i;

/** A speaker named by a month or a day alone is a misread time phrase: no name, no organisation. */
function withoutTimeNames(info: SourceInfo): SourceInfo {
  if (!info.name || !timeNames.test(info.name)) return info;
  if (info.organisation === info.name) info.organisation = null;
  info.name = null;
  return info;
}

/** "the 30-year-old", "the 47-year-old director": an age after "the", which points back to a person named before. */
const definiteAge = /^\s*the\s+\d{1,3}-year-old\b\s*/i;

/** A time of day opening a live blog's entry, perhaps in bold: "**14:05**", "09.30". */
const leadingTimeStamp = /^\s*(?:\*\*|__)?\d{1,2}[:.]\d{2}(?:\*\*|__)?\s+/;

/** The first comma that sets off a phrase, not one inside a number ("The survey of 2,104 adults, carried out" was cut at "2,"). */
function phraseComma(text: string): number {
  let c = text.indexOf(',');
  while (c > 0 && isDigit(text.charCodeAt(c - 1)) && isDigit(text.charCodeAt(c + 1))) c = text.indexOf(',', c + 1);
  return c;
}
const isDigit = (c: number) => c >= 48 && c <= 57;

function parseSourceWords(text: string): SourceInfo {
  const aged = definiteAge.exec(text);
  if (aged) {
    const rest = text.slice(aged[0].length);
    // "the 30-year-old, who ...": the age alone.
    if (rest === '' || rest.startsWith(',')) return { name: null, role: null, organisation: null, pronoun: null, head: null, definite: true, anonymous: false, byAge: true };
    // "the 28-year-old Morientes" names him; "the 27-year-old Austrian" and "the 47-year-old director" are "the Austrian", "the director".
    const first = words(rest)[0];
    const named = first !== undefined && first.cap && !isNationalityNoun(first) && !isPlaceAdjective(first);
    return parseSourceWords(named ? rest : `the ${rest}`);
  }
  // "Nevertheless, one of his deputies, Ana Lima": a sentence adverb before the source is no name.
  text = text.replace(leadingAdverb, '');
  // "**14:05** The chancellor": a live blog's time stamp before the source is no part of it (the role was "14 05 chancellor").
  text = text.replace(leadingTimeStamp, '');
  // "Previously it has encouraged", "Recently officials": the adverb with no comma too; alone it names no one.
  if (bareAdverb.test(text.trim())) return { name: null, role: null, organisation: null, pronoun: null, head: null, definite: false, anonymous: false };
  text = text.replace(leadingBareAdverb, '');
  // A parenthesis ("(D-NM)") names a party or state, not part of the name; so does ", D-N.Y." or ", R-Ky.".
  text = text.replace(/\s*\([^)]*\)?/g, '').replace(/,\s*[DRI]-[A-Z][A-Za-z.]{0,12}(?=,|$)/g, '');
  // "a poll released Sunday", "a report published on Monday night": a closing time names no one.
  text = text.replace(trailingTime, '').replace(trailingOccasion, '').replace(whereSpoken, '');
  const comma = phraseComma(text);
  const headText = comma < 0 ? text : text.slice(0, comma);
  const appositive = comma < 0 ? '' : text.slice(comma + 1);
  // "an MRP projection by Electoral Calculus", "the IFS analysis by Paul Johnson": the author after
  // "by" speaks through the document; capitals before the document name its publisher.
  const authored = authoredDocument.exec(headText);
  if (authored && !/\bby\b/i.test(authored[3])) {
    const author = parseSourceWords(authored[3] + (comma < 0 ? '' : text.slice(comma)));
    const publisher = words(authored[1]).filter((w) => !determiners.has(w.lower));
    if (author.name) {
      if (!author.organisation && publisher.length > 0 && publisher.every((w) => w.cap && !w.possessive)) author.organisation = join(publisher);
      return author;
    }
  }
  const head = words(headText);
  // "Executives there", "Activists here": the adverb after the noun is no part of it (the head was "there").
  if (head.length >= 2 && (head[head.length - 1].lower === 'there' || head[head.length - 1].lower === 'here')) head.pop();
  // "Last Friday the minister", "On Monday officials": a time phrase before the source is not part of it.
  const time = leadingTime(head);
  if (time > 0 && time < head.length) head.splice(0, time);
  // "Speaking to the BBC News website Mr Lind", "Launching the plan Home Secretary Ana Lima": a
  // participle's phrase before the name, with no comma, is no part of it (the speaker was "Speaking");
  // an object or a preposition after the word makes it a verb ("Prosecuting attorney" is a role). The
  // name closes the source after a noun; after a preposition ("at Downing Street Tony Blair") its
  // start is unclear.
  // So is a pronoun and its verb before a name ("It claims Tony Blair" gave him the role "claims" at "It").
  const pronounClause = head.length > 2 && subjectPronouns.has(head[0].lower) && !head[0].possessive && !head[1].cap && head.slice(2).every((w) => w.cap);
  if ((head.length > 3 && head[0].cap && head[0].lower.length > 5 && head[0].lower.endsWith('ing') && participleObjects.has(head[1].lower)) || pronounClause) {
    let from = head.length;
    while (from > 2 && head[from - 1].cap) from--;
    const before = head[from - 1].lower;
    if (from < head.length && !head[from - 1].cap && !modifierLinks.has(before) && !placeLinks.has(before) && !determiners.has(before) && before !== 'by' && before !== 'to') head.splice(0, from);
  }
  // "Among them", "During the talks": a source that opens with a preposition was misread, and names no one.
  if (head.length && openingPrepositions.has(head[0].lower)) return { name: null, role: null, organisation: null, pronoun: null, head: null, definite: false, anonymous: false };
  // A sentence-initial capital on a common noun ("Officials said") does not make a name.
  // "TV station", "The TV host", "TV debate": television opening the phrase before a common noun is no name.
  const tv = head.findIndex((w) => !determiners.has(w.lower));
  if (tv >= 0 && head[tv].text === 'TV' && head[tv + 1] !== undefined && !head[tv + 1].cap) head[tv].cap = false;
  if (tv >= 0 && head.length === tv + 1 && head[tv].text === 'TV') return { name: null, role: null, organisation: null, pronoun: null, head: null, definite: false, anonymous: false };
  // "Low-cost airlines", "High-speed links", "Indian-born": a hyphenated adjective opening the sentence is no name.
  if (head.length && !head[0].possessive && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(head[0].text)) head[0].cap = false;
  // "New figures" opens with an adjective; "New Line", "New Labour" and "Final Wars" with a name ("Rival
  // Sony" does not). "Head of the division" opens with a role.
  if (head.length && (anonymousHeads.has(head[0].lower) || determiners.has(head[0].lower) || (descriptive.has(head[0].lower) && !(nameOpeners.has(head[0].lower) && head[1]?.cap)) ||
    documentNouns.has(head[0].lower) || leadingQualifiers.has(head[0].lower) || commonPlurals.has(head[0].lower) || (head[0].lower === 'head' && head[1]?.lower === 'of'))) head[0].cap = false;
  // "Government figures", "Court documents", "Satellite images": a common noun opening the sentence
  // before a record names no one ("Treasury figures" and "ONS data" keep their names).
  if (head.length >= 2 && head[0].cap && !head[0].possessive && (sectorNouns.has(head[0].lower) || recordMakers.has(head[0].lower)) && !head[1].cap &&
    (documentNouns.has(head[1].lower) || recordNouns.has(head[1].lower))) head[0].cap = false;
  const info: SourceInfo = { name: null, role: null, organisation: null, pronoun: null, head: null, definite: false, anonymous: false };
  if (!head.length) return info;
  // "About four in 10 residents", "Some 40% of voters": a share of unnamed people, whatever the capitals.
  const last = head[head.length - 1];
  const share = head.findIndex((w, k) => (/^\d/.test(w.text) || quantityWords.has(w.lower)) && (head[k + 1]?.lower === 'in' || head[k + 1]?.lower === 'of' || head[k + 1]?.lower === 'out'));
  // "Nearly half of British voters", "a quarter of US consumers": a place before the people names no one.
  // "About 31% of Americans": a people in the plural is no name either.
  const people = last !== undefined && last.cap && /s$/.test(last.lower) && isPlaceAdjective({ ...last, lower: last.lower.slice(0, -1) }, false);
  if (share >= 0 && head.length >= 3 && last && (!last.cap || people) && /s$/.test(last.lower) &&
    head.slice(0, -1).every((w) => !w.cap || quantityWords.has(w.lower) || w === head[0] || isPlaceAdjective(w))) {
    info.head = last.lower;
    info.role = joinRole(head[0].lower === 'the' || head[0].lower === 'a' ? head.slice(1) : head);
    info.anonymous = isPeopleHead(last.lower);
    // "One of the victims, 74-year-old Dai Llewellyn": one of them, named.
    const closing = closingName(appositive);
    const shareRole = info.role;
    if (closing) nameFromClosing(info, closing, head);
    if (closing && !closing.before.length) info.role = shareRole;
    return info;
  }
  // "who" or "which" whose antecedent was not found says nothing of the speaker (its role was "who").
  if (head.length === 1 && relatives.has(head[0].lower)) return info;
  // "He said", "It features the singer", "he became": a pronoun and a verb after it are a clause misread
  // as the source, which names no one (the speaker was "He", the role "he became"), unless a name closes
  // the words ("he played down reports Mr Reed"). Whom the pronoun stands for is left open: a clause
  // read as the source often belongs to no attribution (on the BBC corpus a third of those resolved
  // went to the wrong person). "I'm", "Let's", "Us", "There" name no one either.
  if (head.length >= 2 && subjectPronouns.has(head[0].lower) && !head[1].cap && !head[0].possessive && !head[head.length - 1].cap) return info;
  if (head.length && /^(?:I['’](?:m|d|ve|ll)|Let|Us|There)$/i.test(head[0].text) && head[0].text !== 'US') return info;
  // "British", "Europeans", "Israelis", "Muslims" alone: a people or a group, unnamed; so after a
  // quantifier ("most Poles", "many Britons" had the speaker "Poles", whom a later "he" stood for).
  // Words in lower case before the quantifier name no one either ("polls show most Poles", a clause read as the source).
  const plural = head.length - 1;
  const quantified = plural > 0 && peopleQuantifiers.has(head[plural - 1].lower) && head.slice(0, plural).every((w) => !w.cap);
  if (plural >= 0 && !appositive && head[plural].cap && !head[plural].possessive && (plural === 0 || quantified) &&
    ((plural === 0 && nationalityAdjectives.has(head[0].lower)) ||
    (/s$/.test(head[plural].lower) && (isNationalityNoun({ ...head[plural], text: head[plural].text.slice(0, -1), lower: head[plural].lower.slice(0, -1) }) || peoples.has(head[plural].lower) ||
      (plural > 0 && nationalityAdjectives.has(head[plural].lower.slice(0, -1))))))) {
    info.head = head[plural].lower;
    info.role = join(plural > 0 ? head.slice(plural - 1) : head);
    // "most Russians", like "some voters", are unnamed people speaking.
    if (plural > 0) info.anonymous = true;
    return info;
  }
  // "helped", "confirmed", "nominated for a best", "based on questionnaires": a verb in the past read as
  // the source names no one, and is no role.
  // Only a verb alone or before a preposition or a pronoun: "unnamed agent" and "Leaked documents" are sources.
  if (head.length <= 6 && !head[0].cap && /^[\p{Ll}]+[^e]ed$/u.test(head[0].lower) && head[0].lower.length > 4 && head.every((w) => !w.cap) &&
    (head.length === 1 || verbFollowers.has(head[1].lower))) return info;
  // "Speaking", "Appearing", "Produced": a participle opening the sentence, read as the source, names no one.
  if (head.length === 1 && participleOpeners.has(head[0].lower)) return info;
  if (head.length === 1 && subjectPronouns.has(head[0].lower)) {
    info.pronoun = head[0].lower;
    return info;
  }

  // The name: the first run of capitalised words that is not an organisation after "of"/"at".
  let i = 0;
  for (;;) {
    while (i < head.length && (!head[i].cap || notNames.has(head[i].lower))) {
      if (orgLinks.has(head[i].lower)) break;
      // "A nurse who worked under Pike": a name inside a relative clause after the head is someone else.
      if (i > 0 && (head[i].lower === 'who' || head[i].lower === 'whom')) {
        i = head.length;
        break;
      }
      i++;
    }
    if (!describedBeforeAnd(head, i)) break;
    i += 2;
  }
  // "van Dijk-Mensah, 24", "economist de la Fuente": the particles open the name.
  const particled = i < head.length ? particlesBefore(head, i) : i;
  const startsWithParticles = particled < i;
  i = particled;
  const lead = head.slice(0, i);
  // "officials across the Baltic states": capitalised words after a preposition modify an unnamed head.
  if (lead.some((w) => modifierLinks.has(w.lower))) i = head.length;
  let j = nameRunEnd(head, i, startsWithParticles);
  // "a Department of Health spokesperson", "Bank of England figures": an institution's name runs on
  // over "of" or "for" (employerBeforeName does the same before a role and a name).
  // The name ends at a possessive ("the Bank of Latvia's December survey"), and a place adjective
  // does not end one ("The Association of Baltic insurers").
  let institution = false;
  let nameStart = i;
  while (j > i && j + 1 < head.length && institutionHeads.has(head[j - 1].lower) && (head[j].lower === 'of' || head[j].lower === 'for') && head[j + 1].cap) {
    let end = nameRunEnd(head, j + 1);
    const owner = head.slice(j + 1, end).findIndex((w) => w.possessive);
    if (owner >= 0) end = j + 2 + owner;
    if (isPlaceAdjective(head[end - 1], false) && head[end] !== undefined && !head[end].cap) break;
    nameStart = j + 1;
    j = end;
    institution = true;
    if (owner >= 0) break;
  }
  // "the Economic Commission for Northern Europe and the Baltic": the rest of the source, when it
  // only continues the name.
  // "the Institute of Security Policy and Economic Affairs in Vienna": up to a place it is in.
  if (institution && !head[j - 1].possessive) {
    let end = j + 1;
    while (end < head.length && !(placeLinks.has(head[end].lower) && head[end + 1]?.cap)) end++;
    const more = head.slice(j, end);
    if (more.some((w) => w.cap) && more.every((w) => w.cap || w.lower === 'and' || w.lower === 'of' || w.lower === 'the')) j = end;
  }
  // "A Department for Work and Pensions spokeswoman": an institution's name after "for" or "of" goes on
  // over "and" and capitals (it was "Department for Work").
  if (institution && head[j]?.lower === 'and' && head[j + 1]?.cap && !head[j - 1].possessive) {
    const end = nameRunEnd(head, j + 1);
    if (head.slice(j + 1, end).every((w) => portfolioWords.has(w.lower))) j = end;
  }
  // "the US National Snow and Ice Data Center", "Food and Drug Administration": "and" inside a body's
  // name, which ends in the body's noun.
  if (j > i && head[j]?.lower === 'and' && head[j + 1]?.cap && !head[j - 1].possessive) {
    const end = nameRunEnd(head, j + 1);
    const noun = head[end - 1].lower;
    if (institutionHeads.has(noun) || institutionNouns.has(noun) || describedBodies.has(noun)) j = end;
  }
  // "the Trade and Industry Secretary Ana Berg", "Work and Pensions Secretary Tom Reed": a
  // portfolio of two parts joined by "and" before a minister's title (the speaker was "Trade"). Only
  // portfolio words before "and": "Tony Blair and Health Secretary Tom Reed" are two people.
  if (j > i && j - i <= 2 && head[j]?.lower === 'and' && head.slice(i, j).every((w) => portfolioWords.has(w.lower) && !w.possessive)) {
    const end = nameRunEnd(head, j + 1);
    const title = head.findIndex((w, k) => k > j + 1 && k < end && portfolioTitles.has(w.lower));
    if (title > 0 && head.slice(j + 1, title).every((w) => portfolioWords.has(w.lower))) j = end;
  }
  const run = head.slice(i, j);
  // "Chancellor of the Exchequer Tom Reed", "Secretary of State Ana Lima": a title with its
  // office, then the name, its last two words.
  if (run.length > 0 && isTitle(run[run.length - 1].lower) && head[j]?.lower === 'of') {
    const office = head[j + 1]?.lower === 'the' ? j + 2 : j + 1;
    // "Chairman of the Harbour Affairs Committee Tom Reed MP": letters after the name are no part of it.
    const lettered = head.length > office && postnominals.has(head[head.length - 1].text) ? head.length - 1 : head.length;
    const rest = head.slice(office, lettered);
    if (rest.length >= 3 && rest.every((w) => w.cap && !w.possessive && !notNames.has(w.lower))) {
      info.name = join(rest.slice(-2));
      info.role = joinRole(head.slice(i, lettered - 2).filter((w) => !honorific.test(w.text)));
      return info;
    }
    // "Director of television Ana Berg", "Head of news Ana Lima": an office in lower case, then the
    // name (the speaker was "Director", employed by "Ana Berg").
    let from = head.length;
    while (from > office && head[from - 1].cap && !notNames.has(head[from - 1].lower)) from--;
    const named = head.length - from;
    if (named >= 2 && named <= 3 && from > office && head.slice(office, from).every((w) => !w.cap && !w.possessive && !roleBreakers.has(w.lower) && !relatives.has(w.lower) && !headEnders.has(w.lower)) &&
      head.slice(from).every((w) => !w.possessive && !isTitle(w.lower))) {
      info.name = join(head.slice(from));
      info.role = joinRole(head.slice(i, from).filter((w) => !honorific.test(w.text)));
      return info;
    }
  }
  // Titles and role words before the name ("Latvian Foreign Minister Ivo Kalns") are the role.
  let lastTitle = -1;
  // Inside an institution's name, only words after it can be titles ("Bank of England Governor Ana Lima").
  // A rank before a name that ends in a company's or a body's word opens that name.
  const rankOpensName = (k: number) => ranks.has(run[k].lower) &&
    ((run[k].lower === 'general' && generalCompanies.has(run[k + 1].lower)) || companyWords.has(run[run.length - 1].lower) || isBodyNoun(run[run.length - 1].lower));
  for (let k = institution ? nameStart - i + 1 : 0; k < run.length - 1; k++) if (isTitle(run[k].lower) && !rankOpensName(k)) lastTitle = k;
  const nameWords = run.slice(lastTitle + 1);
  const preRole = run.slice(0, lastTitle + 1).filter((w) => !honorific.test(w.text));
  // "Liberal Democrat Ilze Ozola", "Democrat Ana Lima": a party's name before a person's describes
  // the person, as "Labour MP" does (the name was "Liberal Democrat Ilze Ozola").
  const party = lastTitle < 0 && !institution ? partyBefore(nameWords) : 0;
  if (party > 0 && nameWords.length - party >= 2 && nameWords.length - party <= 3) preRole.push(...nameWords.splice(0, party));
  // "American Ana Berg", "Swede Ivo Lind", "Referee Tom Reed", "Teenager Ilze Ozola":
  // a nationality or a description opening the sentence before a name of two words describes the person
  // (the speaker was "American Ana Berg"). Not before a body's name ("Welsh Rugby Union").
  if (lastTitle < 0 && !institution && party === 0 && nameWords.length === 3 && !nameWords[0].possessive && nameWords.every((w) => !w.possessive && !notNames.has(w.lower)) &&
    (nationalityAdjectives.has(nameWords[0].lower) || nationalityNouns.has(nameWords[0].lower) || nameDescriptors.has(nameWords[0].lower) || moodWords.has(nameWords[0].lower) ||
      // "Judges Tom Reed", "Producers Ana Berg", "Tories Ivo Lind": one of a group or a party.
      (/s$/.test(nameWords[0].lower) && (isTitle(nameWords[0].lower.slice(0, -1)) || parties.has(nameWords[0].lower.replace(/ies$/, 'y').replace(/s$/, '')))))) {
    const bodyWord = (w: Word) => isBodyNoun(w.lower) || institutionNouns.has(w.lower) || institutionHeads.has(w.lower) || organisationNouns.has(w.lower) ||
      publicationWords.has(w.lower) || companyWords.has(w.lower) || sectorNouns.has(w.lower);
    if (!nameWords.slice(1).some(bodyWord)) {
      // "Defiant Ivo Lind": a mood is no role.
      const opening = nameWords.splice(0, 1);
      if (!moodWords.has(opening[0].lower)) preRole.push(...opening);
    }
  }
  // "Carmaker Nissan", "Broadcaster Skylink TV": a sentence's capital on the description before a company's name.
  if (lastTitle < 0 && !institution && i === 0 && run.length >= 2 && organisationNouns.has(run[0].lower) && j === head.length) {
    info.name = join(run.slice(1));
    info.organisation = info.name;
    info.role = run[0].text;
    return info;
  }
  // "Western governments", "the Ukrainian military": an adjective of place before a common noun names no one.
  // "the US company" too, but "US officials" speak for the US.
  const adjectiveOnly = run.length === 1 && j < head.length && !run[0].possessive &&
    (isPlaceAdjective(run[0], false) || (isPlaceAdjective(run[0]) && !anonymousHeads.has(head[head.length - 1].lower))) &&
    // "The Latvian and Estonian governments": adjectives of place joined by "and". "The seven Western
    // members of the Arctic Council": up to the body they belong to, which is read below.
    untilLink(head.slice(j)).every((w, k, rest) => (!w.cap || (rest[k - 1]?.lower === 'and' && isPlaceAdjective(w, false))) && !orgLinks.has(w.lower) && !relatives.has(w.lower));
  if (adjectiveOnly) nameWords.length = 0;
  // "a senior NATO officer", "Goldman Sachs analysts": capitalised words before the noun of an unnamed
  // person name that person's organisation, not the person.
  const tail = head.slice(j);
  // "Old Believer organisations in Latvia": the noun phrase ends before a place it is in.
  // "a Gulf official familiar with the planning": nor does it run on past what says how the source knows.
  const placed = tail.findIndex((w, k) => k > 0 && ((placeLinks.has(w.lower) && tail[k + 1]?.cap) || (headEnders.has(w.lower) && !placeLinks.has(w.lower))));
  const described = placed > 0 ? tail.slice(0, placed) : tail;
  const organisationBeforeUnnamed = !adjectiveOnly && run.length > 0 && !run[run.length - 1].possessive && described.length > 0 &&
    described.every((w) => !w.cap && !orgLinks.has(w.lower) && !relatives.has(w.lower)) &&
    // "WorldCom director", "EEF chief economist": titles after the name of an organisation.
    // "her Green colleague", "his Labour rival": a party or an employer before a relation.
    (isPeopleHead(described[described.length - 1].lower) || kinNouns.has(described[described.length - 1].lower) || (described.length <= 3 && described.every((w) => isTitle(w.lower) || titleQualifiers.has(w.lower) || portfolioWords.has(w.lower)) && isTitle(described[described.length - 1].lower)));
  // "A Dallas court", "a Texas company", "a Labour backbencher": after "a", capitals before a common
  // noun describe an unnamed body or person (the speakers were "Dallas", "Texas", "Labour"); what a
  // body published ("a TUC report", "an FA statement") speaks for the body, which keeps its name.
  const describedLast = described[described.length - 1]?.lower ?? '';
  const unnamedAfterArticle = !adjectiveOnly && !organisationBeforeUnnamed && i === 1 && indefinite.has(head[0].lower) && run.length > 0 &&
    !run.some((w) => w.possessive || honorific.test(w.text)) && described.length > 0 && described.length <= 3 && tail.length === described.length + (placed > 0 ? tail.length - placed : 0) &&
    described.every((w) => !w.cap && !orgLinks.has(w.lower) && !relatives.has(w.lower) && !determiners.has(w.lower)) &&
    !documentNouns.has(describedLast) && !recordNouns.has(describedLast) && !publishedWords.has(describedLast);
  let unnamedPerson = false;
  if (unnamedAfterArticle) {
    nameWords.length = 0;
    // The capitals name the organisation of an unnamed person ("a Labour councillor") or of a part of
    // it ("a European Parliament committee"), not what a body is ("a Dublin school", "a Texas company").
    const person = isPersonNoun(describedLast) || anonymousHeads.has(describedLast) || (/(?:er|or|ist)$/.test(describedLast) && !organisationNouns.has(describedLast));
    const place = run.length === 1 && (isPlaceAdjective(run[0]) || participleAdjective.test(run[0].lower));
    if ((person || bodyParts.has(describedLast)) && !place) info.organisation = join(stripBased(run));
    unnamedPerson = person;
  }
  if (organisationBeforeUnnamed) {
    nameWords.length = 0;
    const described = run.filter((w) => !honorific.test(w.text));
    // "Legal experts", "Financial analysts": a sentence's first word is capitalised anyway, and an adjective there names no one.
    // "Health officials", "Passenger groups": so does the name of a sector or a kind of person.
    const adjective = described.length === 1 && (isPlaceAdjective(described[0], false) || participleAdjective.test(described[0].lower) ||
      (i === 0 && (commonAdjective.test(described[0].lower) || sectorNouns.has(described[0].lower))));
    // "Labour's Holyrood leader", "Nordbank's Baltic strategy manager": the possessor employs; the capitals after it are the office's.
    const owner = possessorOf(described);
    if (!adjective) info.organisation = join(stripBased(owner >= 0 ? described.slice(0, owner + 1) : described)) || null;
  }
  const employer = adjectiveOnly || organisationBeforeUnnamed ? null : employerBeforeName(head, i, j);
  if (employer && employer.role.length === 0 && institutionNouns.has(employer.name[0]?.lower ?? '')) {
    // "Latvia's Ministry of Transport": an institution of the possessor speaks under its own name.
    info.organisation = joinRole(head.slice(i));
    info.name = info.organisation;
    return info;
  }
  // "Sweden's Aurora Bank", "Norway's Labour Party": a body of the country's with a name of its own speaks under that name.
  const ownName = employer?.name[employer.name.length - 1]?.lower ?? '';
  if (employer && employer.role.length === 0 && employer.name.length >= 2 && isCountry(employer.organisation) && !isStateBody(employer.name) &&
    (isBodyNoun(ownName) || companyWords.has(ownName) || organisationNouns.has(ownName) || institutionNouns.has(ownName))) {
    info.name = join(employer.name);
    info.organisation = info.name;
    return info;
  }
  // "Latvia's New Harbour newspaper": a named organisation of the possessor's, which speaks itself.
  if (employer && employer.role.length === 0 && tail.length > 0 && tail.length <= 2 && tail.every((w) => !w.cap && !w.possessive) && organisationNouns.has(tail[tail.length - 1].lower)) {
    info.name = join(employer.name);
    info.organisation = info.name;
    info.role = joinRole(tail);
    return info;
  }
  if (employer) {
    // "NVK's Mr Kalns", "Morgan Stanley chief economist Dr Ana Lima": a title of address is no name;
    // "India's commerce Minister Ravi Menon": a capitalised title ends the role.
    let titled = 0;
    while (titled < employer.name.length - 1 && honorific.test(employer.name[titled].text)) titled++;
    let ranked = titled;
    while (ranked < employer.name.length - 2 && isTitle(employer.name[ranked].lower)) ranked++;
    // "Latvia's Trade Minister Ivo Kalns", "Committee chairman Labour MP Ana Berg": a title
    // further inside the capitals ends the role too, before a name of two words or more.
    for (let t = ranked; t < employer.name.length - 2; t++) if (isTitle(employer.name[t].lower) && !employer.name[t].possessive) ranked = t + 1;
    if (ranked > titled) employer.role = [...employer.role, ...employer.name.slice(titled, ranked)];
    info.name = join(employer.name.slice(ranked));
    const described = lead.filter((w) => !determiners.has(w.lower) || w.lower === 'former');
    const employerWords = employer.organisation.filter((w) => !honorific.test(w.text));
    const roleNoun = employer.role[employer.role.length - 1]?.lower ?? '';
    if (organisationNouns.has(roleNoun) ||
      // "Cruise operator Harbourline", "Wine importer Vinoteca": a business's trade after a common word
      // opening the sentence, before a name that is no person's full name ("Film producer Tom Reed").
      (i === 0 && companyTrades.has(roleNoun) && employer.organisation.length === 1 && !employer.organisation[0].possessive && employer.name.length === 1)) {
      // "UK sportswear firm Nordvik": the whole description is the role of an organisation speaking.
      info.organisation = info.name;
      described.push(...employerWords, ...employer.role);
    } else if (employerWords.every((w) => isTitle(w.lower)) || (employerWords.length === 1 && portfolios.has(employerWords[0].lower) && portfolioTitles.has(employer.role[0]?.lower)) ||
      // "Shadow chancellor Oliver Letwin", "Committee chairman Ana Lima", "Finance director Tom Berg",
      // "Arts minister Ana Lima": a common word or a portfolio opening the sentence is part of the role
      // (they worked for "Shadow", "Committee", "Finance").
      (employerWords.length === 1 && i === 0 && !employerWords[0].possessive && (roleOpeners.has(employerWords[0].lower) || (sectorNouns.has(employerWords[0].lower) && !clubPlaces.has(employerWords[0].lower)) ||
        (portfolioWords.has(employerWords[0].lower) && !parties.has(employerWords[0].lower)))) ||
      (employerWords.length === 1 && isPlaceAdjective(employerWords[0]) && !employerWords[0].possessive) || describesDistinction(employerWords, i === 0)) {
      // "Chief executive Ana Lima": titles alone before the role are part of it, not an employer; so
      // are a minister's portfolio ("Finance minister Rachel Reeves") and an adjective of place
      // ("Acting Latvian port director Anna Lind").
      described.push(...employerWords, ...employer.role);
    } else if (employer.role.length > 0 && kinNouns.has(employer.role[employer.role.length - 1].lower)) {
      // "Tom Berg's wife Ana Lima", "Kalns's son Stephen": a relative, who works for no one by it (the
      // organisation was "Kalns").
      described.push(...employer.organisation, ...employer.role);
    } else {
      // A title inside the employer's words is theirs ("Harbour Data Research Unit's Mr Lind",
      // "Prime Minister Ana Lima's spokesman").
      info.organisation = join(stripBased(employerWords));
      described.push(...employer.role);
    }
    if (described.length) info.role = joinRole(described);
    return info;
  }
  // "Latvia's deputy foreign minister, Ivo Kalns": the possessor employs the person the
  // appositive names, and the words between are the role.
  // "Latvia's President, Andris Kalns": the title may be capitalised and so inside the run.
  // "Gareth Pryce's daughter, Ffion Pryce, 24": someone of a person is a relation, and the person no employer.
  // "Ana Lima's counterpart, the Commission's chief negotiator Tom Berg": the appositive says who employs the speaker.
  const owner = run.findIndex((w) => w.possessive);
  let afterOwner = owner >= 0 ? [...run.slice(owner + 1), ...head.slice(j)] : [];
  // "Carvalho's former coach at Estrela, Jorge Pinto": a body in capitals after "at" employs the person
  // the appositive names, and the possessor is whom the role is held towards (the speaker was "Carvalho").
  const at = afterOwner.findIndex((w) => w.lower === 'at');
  const employedAt = at > 0 ? afterOwner.slice(afterOwner[at + 1]?.lower === 'the' ? at + 2 : at + 1) : [];
  const heldAt = employedAt.length > 0 && employedAt.length <= 5 && employedAt.every((w) => w.cap && !w.possessive) ? employedAt : null;
  if (heldAt) afterOwner = afterOwner.slice(0, at);
  const holder = owner >= 0 && afterOwner.length > 0 && afterOwner.every((w) => !w.cap || isTitle(w.lower)) ? closingName(appositive) : null;
  if (holder && heldAt && holder.named.length <= 5 && !holder.before.length) {
    info.name = join(holder.named);
    info.role = joinRole([...run.slice(0, owner + 1), ...afterOwner]);
    info.organisation = join(heldAt);
    return info;
  }
  if (holder && holder.named.length <= 5) {
    info.name = join(holder.named);
    const possessor = run.slice(0, owner + 1);
    if (holder.before.length) describe(info, holder.before);
    else if (isRelation(possessor, afterOwner)) info.role = joinRole([...possessor, ...afterOwner]);
    else {
      info.organisation = join(stripBased(possessor));
      info.role = joinRole(afterOwner);
    }
    return info;
  }
  // "Russia's embassy in Oslo", "the company's spokesman": what the possessor has speaks, an
  // institution under its own description, a person unnamed on the possessor's behalf.
  if (run.length && run[run.length - 1].possessive && tail.length > 0 && !tail[0].cap) {
    let end = 0;
    while (end < tail.length && !tail[end].cap && !orgLinks.has(tail[end].lower) && !relatives.has(tail[end].lower) && !placeLinks.has(tail[end].lower)) end++;
    const noun = tail[end - 1]?.lower;
    // "Ukraine's general staff": the army's command, a body that speaks on the record, not unnamed staff.
    const generalStaff = noun === 'staff' && tail[end - 2]?.lower === 'general';
    if (noun !== undefined && (institutionNouns.has(noun) || organisationNouns.has(noun) || generalStaff)) {
      info.organisation = joinRole(head.slice(i));
      info.name = info.organisation;
      return info;
    }
    // "Putin's spokesman", "Mr Peskov's deputy", "Germany's finance minister": someone of the
    // possessor speaks, not the possessor; unnamed sources are anonymous, office holders are not.
    if (noun !== undefined && (anonymousHeads.has(noun) || (end === tail.length && isPersonNoun(noun)))) {
      // "Mr Pryce's former business partner", "her father's lawyer": a person's, and no employer.
      if (isRelation(run, tail)) info.role = joinRole([...run, ...tail]);
      else {
        info.organisation = join(stripBased(run));
        info.role = joinRole(tail);
      }
      info.head = noun;
      info.anonymous = anonymousHeads.has(noun);
      return info;
    }
    // "Kiprop's shoe sponsor", "the club's owners": one who acts for the possessor as a business does
    // speaks, not the possessor (the speaker was "Kiprop").
    if (noun !== undefined && end === tail.length && agentNouns.has(noun)) {
      info.name = null;
      info.role = joinRole([...run, ...tail]);
      info.head = noun;
      return info;
    }
  }
  const rest = head.slice(j);
  // After an adjective of place and the people it describes ("Western members of the Arctic
  // Council"), the employer follows the link after them.
  const link = adjectiveOnly ? rest.findIndex((w, k) => k > 0 && orgLinks.has(w.lower)) : 0;
  const after = link >= 0 ? rest.slice(link + 1) : [];
  // "unions at the Swedish shipbuilder", "Ministers from Nordic and Baltic governments": place
  // adjectives before a common noun name no organisation.
  const employerWords = after.filter((w) => !determiners.has(w.lower));
  const adjectiveEmployer = employerWords.length >= 2 && !employerWords[employerWords.length - 1].cap &&
    employerWords.every((w) => !w.cap || isPlaceAdjective(w, false));
  if (link >= 0 && orgLinks.has(rest[link]?.lower ?? '') && after.some((w) => w.cap) && !adjectiveEmployer) {
    info.organisation = join(organisationWords(after));
  }
  const leadLower = lead.map((w) => w.lower);
  info.definite = leadLower[0] === 'the' || leadLower[0] === 'this' || leadLower[0] === 'that';
  // "the Bishop", "the Chancellor": a title alone names a person by office, not an organisation.
  // "the Scot", "the Italian", "the Dutchman": a person named before, called by nationality.
  if (info.definite && lead.length === 1 && run.length === 1 && rest.length === 0 && isNationalityNoun(run[0])) {
    info.head = run[0].lower;
    info.byNationality = true;
    return info;
  }
  const byTitle = info.definite && run.length === 1 && (isTitle(run[0].lower) || offices.has(run[0].lower)) && rest.length === 0;
  if (byTitle) nameWords.length = 0;
  // "the Rev John Smith": a title of address before the name makes a person even after "the".
  // "the Foreign Secretary Jack Straw": a title, then a name of two or three words, is a person too
  // (the speaker was the organisation "Foreign Secretary Jack Straw"); "the Justice Department" and
  // "the General Medical Council" end in a body's noun.
  const lastNameWord = nameWords[nameWords.length - 1]?.lower ?? '';
  // "The film's director Tom Reed": so is one after a title in lower case.
  const leadTitle = lead.length > 0 && isPersonNoun(lead[lead.length - 1].lower) && !lead[lead.length - 1].possessive;
  const titledName = (lastTitle >= 0 || leadTitle) && nameWords.length >= 2 && nameWords.length <= 3 && !nameWords.some((w) => w.possessive) &&
    !isBodyNoun(lastNameWord) && !institutionNouns.has(lastNameWord) && !organisationNouns.has(lastNameWord);
  // "the questions Tom Reed (will be asking)", "the club's Peter Lind": a person's full name after "the" and a word
  // in lower case is no organisation's.
  const describedName = info.definite && lead[0]?.lower === 'the' && lead.length > 1 && lead.slice(1).every((w) => !w.cap && !determiners.has(w.lower) && !isPersonNoun(w.lower.replace(/['’]s?$/u, '')) &&
    !fameNouns.has(w.lower) && !orgLinks.has(w.lower) && !placeLinks.has(w.lower) && !/^(?:by|between|among|and|or)$/.test(w.lower) && !organisationNouns.has(w.lower) && !isBodyNoun(w.lower)) && nameWords.length >= 2 && nameWords.length <= 3 &&
    nameWords.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !w.possessive && !bodyNameWord(w) && !publicationWords.has(w.lower) && !institutionHeads.has(w.lower)) &&
    !isPlaceAdjective(nameWords[0]) && !isBodyNoun(lastNameWord);
  if (describedName) return { ...info, name: join(nameWords), role: preRole.length ? joinRole(preRole) : null, organisation: null, definite: false };
  const isOrganisation = info.definite && nameWords.length > 0 && !run.some((w) => honorific.test(w.text)) && !titledName && !describedName;
  const by = lead.findIndex((w) => w.lower === 'by');
  const polled = by > 0 && anonymousHeads.has(lead[0].lower === 'the' ? lead[1]?.lower ?? '' : lead[0].lower) && /ed$/.test(lead[by - 1].lower);
  if (nameWords.length && polled) {
    // "Economists polled by Reuters": unnamed people the named organisation asked.
    info.organisation = join(stripBased(nameWords));
    info.role = joinRole([...lead.filter((w) => !determiners.has(w.lower)), ...nameWords]);
    info.head = lead[0].lower === 'the' ? lead[1].lower : lead[0].lower;
    info.anonymous = true;
    return info;
  }
  if (nameWords.length && by >= 0) {
    // "a report by the Norwegian Intelligence Service", "research by consultancy Bain": the author of
    // a document speaks through it; what the document is ("report") is no role.
    // An institution's name keeps its title-like words ("the country's State Harbour Authority").
    const institution = institutionHeads.has(run[run.length - 1]?.lower ?? '');
    info.name = join(stripBased(institution ? run.filter((w) => !honorific.test(w.text)) : nameWords));
    const described = [...lead.slice(by + 1).filter((w) => !determiners.has(w.lower) && !w.possessive), ...(institution ? [] : preRole)];
    if (described.length) info.role = joinRole(described);
  } else if (nameWords.length && !isOrganisation) {
    // "Riga-based Nordvik Shipping": where it is based is no part of the name.
    info.name = join(stripBased(nameWords));
    // "Bank of England Governor Ana Lima": the institution employs the person its titles name.
    const titledBy = institution && preRole.length > 0 ? preRole.findIndex((w, k) => k > nameStart - i && isTitle(w.lower)) : -1;
    const roleWords = [...lead.filter((w) => !determiners.has(w.lower) || rankWords.has(w.lower)), ...(titledBy > 0 ? preRole.slice(titledBy) : preRole)];
    if (roleWords.length) info.role = joinRole(roleWords);
    // "rival local club Halden City": a description of an organisation makes the name one, as
    // does an institution's name ("Department of Health").
    if (titledBy > 0) info.organisation = join(preRole.slice(0, titledBy));
    else if (organisationNouns.has(lead[lead.length - 1]?.lower ?? '') || (institution && preRole.length === 0)) info.organisation = info.name;
    // "Local resident Tom Reed of Leeds", "Lord Lind of Halden": after a description that is no
    // trade, "of" names a home town or a peer's seat, as after a comma. With none ("Tom Lee of
    // Fundstrat"), a company more often than a town, it stays the employer.
    const of = rest[0]?.lower === 'of' || rest[0]?.lower === 'from' ? rest.slice(1) : [];
    const described = [...roleWords, ...run.filter((w) => !nameWords.includes(w) && !preRole.includes(w))].filter((w) => !honorific.test(w.text));
    if (info.organisation !== null && info.organisation !== info.name && of.length > 0 && of.length <= 3 && of.every((w) => w.cap) && described.length > 0 && !worksAt(of, described)) {
      info.organisation = null;
    }
  } else if (isOrganisation) {
    // "the Kremlin", "The New York Times": an organisation speaks; "the Office for National
    // Statistics" and "the Bank of England" keep the words after "for" or "of".
    // A title word inside an organisation's name is part of it ("the Justice Department" was "Department").
    const own = run.filter((w) => !honorific.test(w.text));
    const whole = orgLinks.has(rest[0]?.lower ?? '') && rest.length > 1 && rest.slice(1).every((w) => w.cap || w.lower === 'and' || w.lower === 'of' || w.lower === 'the')
      ? [...own, ...rest] : own;
    info.organisation = join(stripBased(whole));
    info.name = info.organisation;
    // "the regulator Ofgem", "the energy watchdog Ofgem": what it is, which "the regulator" later points back to.
    const described = lead.filter((w) => !determiners.has(w.lower));
    if (described.length > 0 && described.length <= 4 && described.every((w) => !w.cap && !w.possessive && !orgLinks.has(w.lower) && !relatives.has(w.lower)) &&
      (organisationNouns.has(described[described.length - 1].lower) || describedBodies.has(described[described.length - 1].lower))) info.role = joinRole(described);
  }

  if (!info.name) {
    // An unnamed source: its head noun is the last word before a linking word or the end.
    let end = head.length;
    for (let k = institution ? j : 1; k < head.length; k++) {
      if (orgLinks.has(head[k].lower) || relatives.has(head[k].lower) || headEnders.has(head[k].lower) || modifierLinks.has(head[k].lower)) {
        end = k;
        break;
      }
    }
    const h = head[end - 1];
    info.head = h ? h.lower : null;
    // "a senior NATO officer": rank words stay in the role, as they do in an appositive.
    const phrase = withoutCount(head.slice(0, end)).filter((w) => !determiners.has(w.lower) || rankWords.has(w.lower));
    if (phrase.length) info.role = joinRole(phrase);
    // "A second trader, who asked not to be named": the clause says the source is kept unnamed.
    const marked = head.some((w) => anonymousMarkers.has(w.lower)) || words(appositive).some((w) => anonymousMarkers.has(w.lower)) || unnamedOnRequest.test(appositive);
    // "the companies", "both firms": organisations the article has named already, not unnamed ones.
    const namedBefore = info.head !== null && namedGroupHeads.has(info.head) && pointingBack.has(head[0]?.lower ?? '');
    // "A trader said", "another economist said": one unnamed person of a trade is an unnamed source too.
    const unnamedTrade = info.head !== null && isTitle(info.head) && indefinite.has(head[0]?.lower ?? '');
    // "Prosecutors said": the prosecution, a side that speaks on the record in a case, is no unnamed source.
    // "The general staff also reported": the army's command named before, a body on the record too.
    // "The wind farm reached full capacity, its owners said": the owners of a thing the text names are
    // bodies on the record, named with it, not unnamed people.
    const holders = head.length === 2 && head[0].lower === 'its' && thingHolders.has(info.head ?? '');
    const onRecord = info.head === 'prosecutors' || (info.head === 'staff' && head[end - 2]?.lower === 'general') || holders;
    info.anonymous = marked || unnamedTrade || unnamedPerson || (info.head !== null && isPeopleHead(info.head) && !namedBefore && !onRecord);
  }

  // "Tom Reed, the author of ''Salt and Iron,'' a biography": a work's title in quotation marks
  // is part of the role, not an employer (it was the organisation "Salt and Iron").
  const work = info.name ? quotedWork.exec(appositive) : null;
  if (work) {
    const described = words(work[1]).filter((w, k) => k > 0 || !determiners.has(w.lower));
    info.role = joinRole([...described, ...words(work[3])]);
    return info;
  }
  // The appositive: "the head of strategic studies at the Riga-based Lacis Institute".
  const app = words(appositive);
  // "Nikku Madhusudhan, who led the study, published in ...": a relative clause about the person ends at its comma.
  const clauseEnd = app[0]?.lower === 'who' ? phraseComma(appositive.slice(1)) + 1 : -1;
  if (clauseEnd > 0) app.length = words(appositive.slice(0, clauseEnd)).length;
  // "an economist working for Nordbank", "a Nordbank economist speaking at a conference", "a librarian
  // working with Nordvik": working or speaking somewhere after the trade is no part of the role (it was
  // "economist working"); only "working for" or "at" names the employer. Other participles say what the
  // person does in the story and stay ("the lawyer leading the appeal against Nordvik").
  const doing = app.findIndex((w, m) => m > 0 && (w.lower === 'working' || w.lower === 'employed' || w.lower === 'speaking') &&
    (isTitle(app[m - 1].lower) || /\p{Ll}(?:ian|ist|er|or)$/u.test(app[m - 1].text)) && participleObjects.has(app[m + 1]?.lower ?? ''));
  if (doing > 0 && (app[doing].lower === 'working' || app[doing].lower === 'employed') && (app[doing + 1].lower === 'for' || app[doing + 1].lower === 'at')) app.splice(doing, 1);
  else if (doing > 0) app.length = doing;
  // "The employers' group, the CBI", "the pilots' union, Balpa": an organisation described, then named.
  // "the national statistics office, CBS", "the grid operator, Terna": a public body's noun, when what
  // follows is one word or a body's name (two or three words are a person's, "the ministry, Ana Lima").
  const publicBody = info.head !== null && (institutionNouns.has(info.head) || institutionHeads.has(info.head) || info.head === 'operator');
  if (!info.name && !info.pronoun && info.head !== null && (organisationNouns.has(info.head) || describedBodies.has(info.head) || publicBody)) {
    const from = app[0]?.lower === 'the' ? 1 : 0;
    const named = app.slice(from);
    const lastNamed = named[named.length - 1]?.lower ?? '';
    const bodyName = named.length === 1 || institutionHeads.has(lastNamed) || institutionNouns.has(lastNamed) || organisationNouns.has(lastNamed);
    if (named.length >= 1 && named.length <= 5 && named.every((w) => w.cap && !notNames.has(w.lower)) && (bodyName || !publicBody || organisationNouns.has(info.head) || describedBodies.has(info.head))) {
      info.name = join(named);
      info.organisation = info.name;
      info.head = null;
      info.definite = false;
      info.anonymous = false;
      return info;
    }
  }
  // "A spokesman for Italy's grid operator, Terna": the appositive names the body the unnamed speaker works for.
  const bodyWord = head[head.length - 1]?.lower ?? '';
  if (!info.name && !info.pronoun && info.head !== null && isPeopleHead(info.head) && head.some((w) => orgLinks.has(w.lower) || w.lower === 'for') &&
    (organisationNouns.has(bodyWord) || describedBodies.has(bodyWord) || institutionNouns.has(bodyWord) || bodyWord === 'operator')) {
    const named = app.slice(app[0]?.lower === 'the' ? 1 : 0);
    const lastNamed = named[named.length - 1]?.lower ?? '';
    // One word ("Terna", "NHS") or a name ending in a body's noun; two or three words are a person's name ("Ruth Amis").
    const bodyName = named.length === 1 || institutionHeads.has(lastNamed) || institutionNouns.has(lastNamed) || organisationNouns.has(lastNamed);
    if (bodyName && named.length <= 5 && named.every((w) => w.cap && !notNames.has(w.lower) && !honorific.test(w.text))) {
      info.organisation = join(named);
      return info;
    }
  }
  // "His wife, Sharon": a relative is often named by the given name alone, which a comma sets off.
  if (!info.name && !info.pronoun && info.head !== null && kinNouns.has(info.head) && !kinGroups.has(info.head) && app.length === 1 && app[0].cap && !app[0].possessive &&
    !notNames.has(app[0].lower) && !isTitle(app[0].lower)) return nameFromClosing(info, { named: app, before: [], employer: [] }, head);
  // "the prosecution's star witness, former finance chief Ana Lima": the name comes last, after the role.
  const closing = !info.name && !info.pronoun ? closingName(appositive) : null;
  if (closing) return nameFromClosing(info, closing, head);
  // A clause about a named person says what they do ("who runs a shelter", "who is the head of
  // ..."): a role, as an appositive would. Other relative clauses ("which", "that"), and clauses about
  // unnamed sources ("officials, who spoke on condition of anonymity"), give no role.
  // "Derek Holloway, 58, of Kettering": an age, then where the person lives, which is no employer.
  if (info.name && /^\d{1,3}$/.test(app[0]?.text ?? '')) {
    if (app.length === 1 || (app[1].lower === 'of' || app[1].lower === 'from')) return info;
    app.shift();
  }
  // "The Bishop of Halden, the Rt Rev Dr Ivo Lind": an office named first, then its holder.
  // "Labour MP for Rhondda, Chris Bryant": a name that ends in a title is an office too, with where it is held.
  const nameParts = info.name?.split(' ') ?? [];
  const seatHeld = !info.definite && nameParts.length >= 2 && isTitle(nameParts[nameParts.length - 1].toLowerCase());
  if (info.name && (isTitle(nameParts[0].toLowerCase()) || seatHeld) && app.length >= 2) {
    const holder = app.filter((w) => !determiners.has(w.lower) && !honorific.test(w.text) && !isTitle(w.lower));
    if (holder.length >= 2 && holder.length <= 4 && app.every((w) => w.cap || determiners.has(w.lower)) && holder.every((w) => w.cap && !notNames.has(w.lower))) {
      info.role = seatHeld ? joinRole(head.filter((w) => !determiners.has(w.lower))) : info.name;
      info.name = join(holder);
      info.organisation = null;
      info.definite = false;
      return info;
    }
  }
  // "the Central Bank Chairman, Tom Reed": an organisation's title, then its holder.
  if (info.name && info.definite && app.length >= 2 && app.length <= 4 && app.every((w) => w.cap && !notNames.has(w.lower) && !isTitle(w.lower))) {
    const named = info.name.split(' ');
    let t = named.length;
    while (t > 1 && isTitle(named[t - 1].toLowerCase())) t--;
    if (t < named.length) {
      info.organisation = named.slice(0, t).join(' ');
      info.role = named.slice(t).join(' ');
      info.name = join(app);
      info.definite = false;
      return info;
    }
  }
  // "Tom Reed, at Halden Global Markets", "Ivo Lind, from Shipping News Europe", "Ana
  // Lima, of the Institute for Fiscal Studies", "The study, from the Centre for Harbour Policy
  // Research": where the speaker works or the document comes from. "Tom Reed, of Leeds" (no "the")
  // is where he lives.
  if ((info.name !== null || info.head !== null) && (app[0]?.lower === 'at' || app[0]?.lower === 'from' || (app[0]?.lower === 'of' && app[1]?.lower === 'the'))) {
    const from = app[1]?.lower === 'the' ? 2 : 1;
    const employer: Word[] = [];
    for (let k = from; k < app.length && (app[k].cap || ((app[k].lower === 'of' || app[k].lower === 'for' || app[k].lower === 'and') && app[k + 1]?.cap)); k++) {
      // "from University College London and France's national health institute Inserm": a possessor after
      // "and" owns a second body described next, no part of the first one's name (it was "... and France").
      const next = app[k].lower === 'and' ? nameRunEnd(app, k + 1) : -1;
      if (next > 0 && app[next - 1].possessive && app[next] !== undefined && !app[next].cap) break;
      employer.push(app[k]);
    }
    // "from France's national health institute Inserm", "at Britain's biggest union Unison": a country's
    // possessive, what the body is, then its name ("from the BBC's support group": the possessor works).
    const named = employer.length === 1 && employer[0].possessive && isCountry(employer) ? organisationWords(app.slice(from)) : [];
    if (named.length > 0 && named.every((w) => w.cap && !w.possessive)) info.organisation = join(named);
    else if (employer.length > 0) info.organisation = join(stripBased(employer));
    return info;
  }
  // "Tom Reed, of South Halden Police": a name that ends in a body's noun is an employer, not a home town.
  if (info.name && app[0]?.lower === 'of' && app[1]?.cap) {
    let end = 1;
    while (end < app.length && app[end].cap) end++;
    const last = app[end - 1].lower;
    // "Ana Lima, of Capital Economics", "of Thames Water": or holds another word no place's name does.
    if (end > 2 && end === app.length && (institutionNouns.has(last) || institutionHeads.has(last) || organisationNouns.has(last) || describedBodies.has(last) || app.slice(1, end).some(bodyNameWord))) {
      info.organisation = join(app.slice(1, end));
    }
    return info;
  }
  // "the WTO, Marco Lind": an organisation, then the person who speaks for it (the speaker was the
  // WTO with the role "Marco Lind").
  if (info.name && info.name === info.organisation && app.length >= 2 && app.length <= 3 && app.every((w) => w.cap && !w.possessive && !notNames.has(w.lower) && !isTitle(w.lower)) &&
    !isBodyNoun(app[app.length - 1].lower) && !institutionNouns.has(app[app.length - 1].lower) && !organisationNouns.has(app[app.length - 1].lower)) {
    info.name = join(app);
    info.definite = false;
    // "The BBC's correspondent in Riga, Ana Berg": what the head says of the person is the role.
    const described = head.slice(head.findIndex((w) => w.possessive) + 1).filter((w) => !w.cap && !determiners.has(w.lower));
    info.role = head.some((w) => w.possessive) && described.length ? joinRole(head.slice(head.findIndex((w) => w.possessive) + 1)) : null;
    return info;
  }
  // "Harbour Care, Seacare and the National Sailors Society": a list of names, of which the source is the
  // first; the rest is no role (it was "Seacare and the National Sailors Society").
  const and = app.findIndex((w) => w.lower === 'and');
  if (info.name && and > 0 && app.slice(0, and).every((w) => w.cap) && app.slice(and + 1).every((w) => w.cap || w.lower === 'the' || w.lower === 'of') &&
    !app.some((w) => isTitle(w.lower))) return info;
  // "Tom Reed, Nordbank chief economist", "Ana Lima, a Nordline spokeswoman": an employer's name, then
  // the role in lower case. After an article, not an adjective of place ("a British diplomat", "a
  // Riga-based analyst").
  const article = app[0]?.lower === 'a' || app[0]?.lower === 'an' || app[0]?.lower === 'the' ? 1 : 0;
  const employerFirst = app[article];
  if (info.name && app.length >= article + 2 && employerFirst.cap && !employerFirst.possessive && !isTitle(employerFirst.lower) && !(article && (isPlaceAdjective(employerFirst) || /-based$/.test(employerFirst.lower) || participleAdjective.test(employerFirst.lower)))) {
    let run = article + 1;
    // "a University of Michigan librarian": a body's name runs on over "of" or "for".
    while (run < app.length && ((app[run].cap && !isTitle(app[run].lower)) || ((app[run].lower === 'of' || app[run].lower === 'for') && institutionHeads.has(app[run - 1].lower) && app[run + 1]?.cap))) run++;
    const rest = app.slice(run);
    if (rest.length > 0 && rest.length <= 3 && rest.every((w) => !w.cap && !determiners.has(w.lower) && !orgLinks.has(w.lower)) && (isTitle(rest[rest.length - 1].lower) || /\p{Ll}(?:ian|ist)$/u.test(rest[rest.length - 1].text))) {
      info.organisation = join(app.slice(article, run));
      info.role = joinRole(rest);
      return info;
    }
  }
  // "Lars Berg of Nordea, the Nordic bank": an appositive after the employer that says what the
  // employer is describes the organisation, not the person (the role was "Nordic bank").
  if (info.name && info.organisation && info.organisation !== info.name && app.length > 0 && !app.some((w) => isTitle(w.lower) || orgLinks.has(w.lower) || relatives.has(w.lower))) {
    const noun = app[app.length - 1].lower;
    if (organisationNouns.has(noun) || institutionHeads.has(noun) || describedBodies.has(noun)) return info;
  }
  // Read after the age: "Eleni Papadaki, 54, who runs a bakery".
  const personClause = app[0]?.lower === 'who';
  // "Chancellor Maria Keller, who visited the area": a title before the name already says who the speaker is.
  if (personClause && info.role) return info;
  // "Lind, who, as Oskar, sings ...": a clause set off inside the clause says what the speaker does there.
  if (personClause && appositiveClauseOpeners.has(app[1]?.lower ?? '')) return info;
  // "Foxx, accepting his award in Los Angeles": a participle says what the speaker did, not who they are.
  // "The lawsuit, filed in Los Angeles": a past participle and a preposition say where it was done.
  const participle = (app.length > 1 && !personClause && /ing$/.test(app[0].lower) && !app[0].cap && participleObjects.has(app[1].lower)) ||
    (app.length > 1 && /ed$/.test(app[0].lower) && !app[0].cap && (placeLinks.has(app[1].lower) || app[1].lower === 'by')) ||
    // "The survey of 2,104 adults, carried out in May": how a document was made says nothing of who speaks through it.
    (app.length > 0 && !info.name && documentNouns.has(info.head ?? '') && /ed$/.test(app[0].lower) && !app[0].cap) ||
    // "Lind, as Oskar, sings ...", "Lind, when asked, said": a clause, not who the speaker is.
    appositiveClauseOpeners.has(app[0]?.lower ?? '');
  // "The survey, conducted by the Pew Research Center": the body after "by" made the document.
  if (participle && !info.name && app[1]?.lower === 'by' && app.slice(2).some((w) => w.cap)) {
    const maker = organisationWords(app.slice(2));
    if (maker.length && maker[0].cap) info.organisation = join(maker);
  }
  if (app.length && !participle && (personClause ? info.name !== null && info.name !== info.organisation : !relatives.has(app[0].lower))) {
    let k = 0;
    // A clause in the past that holds the office: true for "who served as", null for "who was" (former only if it ended).
    let heldBefore: boolean | null = false;
    if (personClause) {
      k = 1;
      while (k < app.length - 1 && copulas.has(app[k].lower)) k++;
      // "who has been in the UK to attend ...": where the person is, not what they are ("in charge of" is a role).
      if (k > 1 && whereabouts.has(app[k].lower) && app[k + 1]?.lower !== 'charge') return info;
      // "who won the prize in 2003", "who insists he is innocent", "who has played for Leeds": what the
      // person did or says is no role; "who runs a shelter" and "who is the head of ..." are.
      const verb = app[k]?.lower ?? '';
      // "who served as Finland's foreign minister", "who has served as its chairman": the office after "as" is the role.
      if (servedAs.has(verb) && app[k + 1]?.lower === 'as') {
        // "who served as" (not "serves", "has served"): an office the person no longer holds.
        heldBefore = verb.endsWith('ed') && !perfect.has(app[k - 1].lower);
        k += 2;
      } else if (k === 1 ? !jobVerbs.has(verb) : /(?:ed|ing)$/.test(verb) || pastForms.has(verb) || notRoleOpeners.has(verb) ||
        // "who had forecast a fall", "who has cut prices": after "has" or "had" a verb, what the person did, whatever its ending.
        (perfect.has(app[k - 1].lower) && !determiners.has(verb) && !/^\d/.test(verb))) return info;
      else if (app[1].lower === 'was' || app[1].lower === 'were' || app[1].lower === 'had') heldBefore = null;
    }
    // "one of the world's largest brewers": "one of" is part of the description.
    while (k < app.length && determiners.has(app[k].lower) && !rankWords.has(app[k].lower) && !(app[k].lower === 'one' && app[k + 1]?.lower === 'of')) k++;
    // "a former infrastructure minister who now advises the government", "a rival whom he fired",
    // "a group through which ...":
    // a relative clause after the description is no part of it, nor an employer it names.
    const clause = app.findIndex((w, m) => m > k && (w.lower === 'who' || w.lower === 'whom' || w.lower === 'which' || w.lower === 'whose' ||
      (w.lower === 'that' && !w.cap && !app[m - 1].cap && !orgLinks.has(app[m - 1].lower) && !heldLinks.has(app[m - 1].lower) && !determiners.has(app[m - 1].lower))));
    // "a former naval attaché who now teaches at Westmoor University": a clause that says where the
    // person works names the employer all the same, when the description names none.
    const clauseEmployer = clause > 0 ? employerInClause(app, clause) : null;
    if (clause > 0) app.splice(orgLinks.has(app[clause - 1].lower) || app[clause - 1].lower === 'through' ? clause - 1 : clause);
    // The organisation follows the linking word that is directly followed by a capitalised run. A run
    // that a lower-case word follows modifies that word ("head of UK residential research at Knight
    // Frank"), and a later run is preferred.
    let link = -1;
    let modifierLink = -1;
    for (let m = k + 1; m < app.length; m++) {
      if (!orgLinks.has(app[m].lower)) continue;
      // "one of Ms Ozola's lawyers": "one of" opens the description and links to no employer (the role was "one").
      if (m === k + 1 && app[k].lower === 'one' && app[m].lower === 'of') continue;
      let n = m + 1;
      while (n < app.length && determiners.has(app[n].lower)) n++;
      // "an analyst at brokerage Kalns", "at investment bank Halden", "at housing charity the Riga Trust":
      // what the employer is, then its name.
      // "chief executive of mobile music firm Tunevik", "legal director of the human rights organisation
      // Harbourwatch": up to four words of what it is (the role was all of it, with no organisation).
      for (const words of [1, 2, 3, 4]) {
        const noun = app[n + words - 1];
        const named = app[n + words]?.lower === 'the' ? n + words + 1 : n + words;
        if (app[named]?.cap && noun && (organisationNouns.has(noun.lower) || describedBodies.has(noun.lower) || firmKind(noun, app[n + words - 2]) ||
          // "a research director at analyst Gartner", "at broker Numis": after "at" a trade before a name is a
          // firm's; not a person ("an intern at lawyer Tom Reed", "a clerk at lawyer Tom Reed's office").
          // Trades that are mostly firms keep a name like a person's ("at the broker Peel Hunt", "bookmaker William Hill").
          (app[m].lower === 'at' && words === 1 && (occupations.has(noun.lower) || firmTrades.has(noun.lower)) && !app.slice(named, named + 3).some((w) => w.possessive) &&
            (firmTrades.has(noun.lower) || !personNamed(app, named))) ||
          // "editor of fansite Ships.Harbour.Org", "spokesman for organisers NDA Promoters": one common noun
          // before capitals that end the description and name no person.
          (words === 1 && named === n + 1 && /^\p{Ll}{4,}$/u.test(noun.text) && !isPersonNoun(noun.lower) && !kinNouns.has(noun.lower) && !/ing$/.test(noun.lower) &&
            !portfolioNouns.has(noun.lower) && !portfolioWords.has(noun.lower) && !sectorNouns.has(noun.lower) && !researchWords.has(noun.lower) && capitalsToEnd(app, named) && !personNamed(app, named))) &&
          app.slice(n, n + words).every((w) => !w.cap && !orgLinks.has(w.lower) && !determiners.has(w.lower))) {
          n = named;
          break;
        }
      }
      if (n < app.length && app[n].cap) {
        let after = n;
        while (after < app.length && (app[after].cap || (orgLinks.has(app[after].lower) && app[after + 1]?.cap) || (app[after].lower === 'and' && app[after + 1]?.cap))) after++;
        const next = app[after];
        if (next !== undefined && !next.cap && !orgLinks.has(next.lower) && !placeLinks.has(next.lower) && !relatives.has(next.lower) && next.lower !== 'and') {
          // "governor of Kahramanmaras province": a place, which stays in the role; so does a portfolio
          // ("ambassador for Arctic affairs", "envoy for Middle East peace": the organisation was "Arctic").
          if (modifierLink < 0 && !placeNouns.has(next.lower) && !(app[m].lower === 'for' && portfolioNouns.has(next.lower))) modifierLink = m;
          continue;
        }
        link = m;
        break;
      }
    }
    // "NV's managing director for Nordic publishing": capitals a word in lower case follows describe, and name no employer.
    const describedLink = link < 0 && modifierLink >= 0;
    if (link < 0) link = modifierLink;
    // "a friend of the Tory leader", "the widow of Tom Berg": "of" after a relation names a person, not
    // an employer (the organisation was "Tory").
    if (link > k && app[link].lower === 'of' && kinNouns.has(app[link - 1].lower)) link = -1;
    // "MP for Halden-on-Sea, Nordshire", "councillor for Riga North": a seat's place is part of the
    // role, not an employer (it was the organisation "Halden-on-Sea Nordshire").
    if (link > k && app[link].lower === 'for' && (seatLetters.has(app[link - 1].lower) || app[link - 1].lower === 'councillor' || app[link - 1].lower === 'member')) link = -1;
    const roleWords = app.slice(k, link < 0 ? app.length : link);
    // "mayor of the borough from 2011 to 2013", "chief executive until 2019", "foreign minister until last
    // year": when the office was held is no part of it.
    const heldFrom = roleWords.findIndex((w, m) => m > 0 && heldWhen.has(w.lower) && heldTime(roleWords[m + 1], roleWords[m + 2], w.lower !== 'in'));
    // "until 2019" after the employer too ("who was chief executive of Nordbank until 2019").
    const when = app.findIndex((w, m) => m > k && heldWhen.has(w.lower) && heldTime(app[m + 1], app[m + 2], w.lower !== 'in'));
    const ended = when > 0 && app[when].lower !== 'since' && app[when].lower !== 'in';
    if (heldFrom > 0) roleWords.length = heldFrom;
    if (durationAt(roleWords, roleWords.length) > 0) roleWords.length -= 3;
    // "the chair and a sixth-generation member of the founding family", "a former minister and the
    // chair of Nordvik": two descriptions; the role is the office, the one an employer follows if any.
    const officeWord = (w: Word | undefined) => !!w && (isTitle(w.lower) || officeHeads.has(w.lower));
    const second = roleWords.findIndex((w, m) => m > 0 && w.lower === 'and' && /^(?:a|an|the)$/.test(roleWords[m + 1]?.lower ?? '') && officeWord(roleWords[m - 1]));
    if (second > 0) {
      if (link >= 0 && officeWord(roleWords[roleWords.length - 1])) roleWords.splice(0, second + 2);
      else roleWords.length = second;
    }
    // "who manages a terminal there": an adverb pointing to a place named before says nothing out of the sentence.
    if (personClause && roleWords.length > 1 && (roleWords[roleWords.length - 1].lower === 'there' || roleWords[roleWords.length - 1].lower === 'here')) roleWords.pop();
    // "who served as Finland's foreign minister until last year", "who was mayor until 2019": an office
    // the clause says the person has left is a former one, as "a former minister" writes it.
    const former = personClause && (heldBefore === true || (heldBefore === null && ended)) && !roleWords.some((w) => w.lower === 'former' || /^ex-/.test(w.lower));
    // "a former NATO planner now at the Baltic Defence Studies Institute": an adverb of time before the
    // employer belongs to neither.
    while (roleWords.length > 1 && link >= 0 && roleAdverbs.has(roleWords[roleWords.length - 1].lower)) roleWords.pop();
    // "Pat Cullen, the RCN's general secretary", "Ana Lima, Lithuania's foreign minister": the
    // possessor employs the speaker, as it does when the role comes first. A possessor with a title
    // ("President Vladimir Putin's spokesman") or kin ("Tom's wife") is a person, and stays in the
    // role; so does a possessor of what is no office ("India's biggest software firm").
    // "Tom Reed, Harbour Aid's head of Trade Policy": with an owner, "of" continues the office.
    const ofOffice = link >= 0 && (app[link].lower === 'of' || describedLink);
    const owner = link < 0 || ofOffice ? roleWords.findIndex((w) => w.possessive) : -1;
    const possessor = roleWords.slice(0, owner + 1);
    const held = roleWords.slice(owner + 1);
    // "Ivo Lind, NV's vice president of sales in Europe", "Tom Reed, HD's futurologist", "Ana Berg,
    // NDC's cloud strategy manager": the office is the words up to a preposition, and may hold a capital.
    const linked = held.findIndex((w) => orgLinks.has(w.lower) || heldLinks.has(w.lower));
    const headEnd = linked < 0 ? held.length : linked;
    const heldHead = held[headEnd - 1];
    const office = heldHead !== undefined && (isTitle(heldHead.lower) || anonymousHeads.has(heldHead.lower) || /\p{Ll}ist$/u.test(heldHead.lower) ||
      (heldHead.lower === 'head' && (ofOffice || held[headEnd]?.lower === 'of')));
    const ownerEmploys = owner >= 0 && owner <= 3 && office && possessor.every((w) => w.cap && !honorific.test(w.text) && !isTitle(w.lower)) &&
      held.slice(0, headEnd).every((w) => !w.possessive && !kinNouns.has(w.lower));
    if (ownerEmploys) {
      info.organisation = join(stripBased(possessor));
      info.role = joinRole(ofOffice ? [...held, ...app.slice(link)] : held);
    // "who teaches at Westmoor University": a verb of working alone before the employer is no role (it was "teaches").
    } else if (roleWords.length && roleWords.length <= 12 && !(personClause && roleWords.length === 1 && workVerbs.has(roleWords[0].lower) && link === k + 1)) info.role = joinRole(roleWords);
    if (former && info.role) info.role = `former ${info.role}`;
    // "vice president in Nordvik's security business unit": the owner of the unit the office is in employs the speaker.
    const unitIn = !ownerEmploys && link < 0 ? roleWords.findIndex((w, m) => m > 0 && w.lower === 'in' && isTitle(roleWords[m - 1].lower)) : -1;
    if (unitIn > 0) {
      const unitOwner = roleWords.slice(unitIn + 1).findIndex((w) => w.possessive);
      const byUnit = roleWords.slice(unitIn + 1, unitIn + 2 + unitOwner);
      if (unitOwner >= 0 && unitOwner <= 2 && byUnit.every((w) => w.cap && !honorific.test(w.text) && !isTitle(w.lower))) info.organisation = join(byUnit);
    }
    if (link >= 0 && !ownerEmploys) {
      // "a member of the Commons intelligence and security committee and was part of the Butler inquiry":
      // the employer's phrase ends where a second clause starts (it was "Commons of Butler").
      const named = app.slice(link + 1);
      const cut = named.findIndex((w, m) => relatives.has(w.lower) || clauseVerbs.has(w.lower) || (w.lower === 'and' && clauseVerbs.has(named[m + 1]?.lower ?? '')));
      const orgWords = organisationWords(cut < 0 ? named : named.slice(0, cut));
      while (orgWords.length && !orgWords[orgWords.length - 1].cap) orgWords.pop();
      while (orgWords.length && !orgWords[0].cap) orgWords.shift();
      if (orgWords.length) info.organisation = join(orgWords);
      // "the head of the Catalan water agency": a body named by its place and kind, with no name of its own (it was "Catalan").
      const plain = named.filter((w) => !determiners.has(w.lower));
      const kindWord = plain[plain.length - 1]?.lower ?? '';
      if (plain.length >= 2 && plain.length <= 4 && isPlaceAdjective(plain[0], false) && plain.slice(1).every((w) => !w.cap && !orgLinks.has(w.lower)) &&
        (institutionNouns.has(kindWord) || organisationNouns.has(kindWord) || describedBodies.has(kindWord) || institutionHeads.has(kindWord))) info.organisation = joinRole(plain);
    }
    if (!info.organisation && clauseEmployer) info.organisation = clauseEmployer;
    // "Nordvik, the Italian dairy company", "Halden, the UK's fourth-biggest bank": an appositive that
    // says what kind of organisation the name is makes it an organisation's name, which speaks itself.
    const kindEnd = roleWords.findIndex((w) => orgLinks.has(w.lower) || heldLinks.has(w.lower) || whereabouts.has(w.lower));
    const kind = roleWords[(kindEnd < 0 ? roleWords.length : kindEnd) - 1]?.lower ?? '';
    if (info.name && !personClause && link < 0 && !info.organisation && (organisationNouns.has(kind) || describedBodies.has(kind)) && !roleWords.some((w) => isTitle(w.lower))) {
      info.organisation = info.name;
    }
    // "Cochilco, the state copper commission", "Tesco, Britain's biggest supermarket", "Kestrel, the
    // world's fifth-biggest copper producer", "Teravolt, the American maker of chips": a body's noun, a
    // shop's, or a maker's ranked among its market or followed by what it makes, names an organisation
    // too ("a film producer" and "the council's leader" stay people).
    else if (info.name && !personClause && !info.organisation && roleWords.length > 0 && kindEnd !== 0 &&
      !roleWords.some((w) => w.possessive && !w.cap && w.lower !== 'world') &&
      roleWords.slice(0, kindEnd < 0 ? roleWords.length - 1 : kindEnd - 1).every((w) => !isTitle(w.lower) || stateWords.has(w.lower)) &&
      (institutionHeads.has(kind) || shopNouns.has(kind) ||
        (makerNouns.has(kind) && (roleWords[kindEnd]?.lower === 'of' || roleWords.some((w) => superlative.test(w.lower) || (w.possessive && w.cap)))) ||
        // "Fingrid, the Finnish grid operator", "Vinoteca, the Danish wine importer": a business that runs or
        // trades, placed in a country, is a company ("Tom Reed, the Welsh crane operator", a full name, stays a person).
        (companyTrades.has(kind) && roleWords.some((w) => w.cap && isPlaceAdjective(w)) && !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u.test(info.name)))) {
      info.organisation = info.name;
    }
  }
  return info;
}

/** Titles written short, by the noun a later mention uses ("Sen. Ana Lima ... the senator"). */
const titleNouns = new Map([['sen', 'senator'], ['gen', 'general'], ['rep', 'representative'], ['gov', 'governor'], ['prof', 'professor'],
  ['col', 'colonel'], ['capt', 'captain'], ['lt', 'lieutenant'], ['sgt', 'sergeant'], ['adm', 'admiral'], ['det', 'detective'],
  ['insp', 'inspector'], ['supt', 'superintendent'], ['cllr', 'councillor'], ['maj', 'major'], ['cmdr', 'commander']]);

/** Whether a role is only short titles or titles of address ("Prof.", "Gen.", "Dr"), which a fuller role says better. */
export function onlyShortTitles(role: string): boolean {
  return role.split(' ').every((w) => titleNouns.has(w.toLowerCase().replace(/\.$/, '')) || honorific.test(w));
}

/** The noun for a short title opening a source ("Gen. Tor Brekke, a retired officer" → "general"), which its role may leave out. */
export function openingTitleNoun(source: string): string | null {
  const first = /^(?:the\s+)?(\p{L}+)\.?\s+\p{Lu}/u.exec(source)?.[1].toLowerCase();
  return first === undefined ? null : titleNouns.get(first) ?? null;
}

/** Lower-case content words of a role, to resolve "the diplomat" to "a senior Latvian diplomat" and "the senator" to "Sen.". */
export function roleWords(role: string | null): string[] {
  if (!role) return [];
  // "friend of the Tory leader", "father of Moazzam": the words after "of" describe someone else, whom
  // "the Tory leader" later names, not this speaker.
  // "the actor's friend": a possessor is someone else too ("the actor" is not the friend).
  const ws = words(role).filter((w) => !w.possessive);
  const kin = ws.findIndex((w, k) => kinNouns.has(w.lower) && ws[k + 1]?.lower === 'of');
  return (kin >= 0 ? ws.slice(0, kin + 1) : ws)
    .map((w) => w.lower.replace(/\.$/, ''))
    .filter((w) => !determiners.has(w) && !orgLinks.has(w))
    .map((w) => titleNouns.get(w) ?? w);
}

/**
 * Whether a role is a department's secretary ("the health secretary", "Secretary of State for
 * Transport"), a minister whom a plain "the minister" later names.
 */
export function isDepartmentSecretary(role: string): boolean {
  const list = roleWords(role);
  const at = list.lastIndexOf('secretary');
  if (at < 0 || list.slice(0, at).some((w) => w === 'shadow' || w === 'former' || w === 'deputy' || w === 'permanent')) return false;
  return (at > 0 && portfolios.has(list[at - 1])) || list[at + 1] === 'state';
}

/** A word of a source span with its offsets in the span's text. */
interface SpanWord {
  start: number;
  end: number;
  /** Lower case, without trailing commas, colons or semicolons. */
  lower: string;
  /** Ends with a comma, colon or semicolon: a phrase ends here. */
  closesPhrase: boolean;
  cap: boolean;
}

/** The words of a span's text, split at white space, with the punctuation that ends a phrase noted. */
function spanWords(text: string): SpanWord[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lower: m[0].toLowerCase().replace(/[,;:]+$/, ''),
    closesPhrase: /[,;:]$/.test(m[0]),
    cap: capital.test(m[0]),
  }));
}

/** Pronouns that are the whole subject of a clause ("the first time she named ...", "the question nobody asked"). */
const clauseSubjectPronouns = new Set(['he', 'she', 'we', 'they', 'i', 'you', 'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody']);
/** Words that make one subject with an indefinite pronoun after them ("not everyone", "almost anybody"). */
const pronounQualifiers = new Set(['not', 'almost', 'nearly', 'virtually', 'practically', 'hardly', 'barely', 'just', 'only', 'even', 'most', 'all', 'if']);
/** Words that join a pronoun to a subject before it ("Ruiz and she"), so that the pronoun is not the whole subject. */
const pronounJoiners = new Set(['and', 'or', 'nor', 'but', 'than', 'as']);
/** Relative pronouns that may open a clause whose subject follows ("the hackers who officials say ..."). */
const objectRelatives = new Set(['who', 'whom', 'that', 'which']);
/** Pronouns for things, which a contact relative clause follows ("Nothing the mayor said ..."). */
const thingPronouns = new Set(['nothing', 'something', 'anything', 'everything']);
/**
 * Nouns of things said, made or wanted, which a relative clause with no "that" often follows ("the photo
 * Ana Berg posted", "a letter the union sent", "the outcome Ruiz feared"); nouns of people are left out,
 * since "the ferry operator Nordline said" is an appositive.
 */
const thingNouns = new Set(['photo', 'photograph', 'picture', 'image', 'video', 'footage', 'letter', 'letters', 'report', 'memo', 'email', 'e-mail',
  'message', 'note', 'statement', 'speech', 'remarks', 'comment', 'comments', 'question', 'questions', 'answer', 'promise', 'plan', 'proposal',
  'bill', 'policy', 'deal', 'result', 'outcome', 'decision', 'ruling', 'kind', 'sort', 'type', 'thing', 'things', 'way', 'book', 'article',
  'tweet', 'post', 'story', 'version', 'words', 'argument', 'claim', 'claims', 'changes', 'defeat', 'victory', 'idea', 'ideas', 'points', 'case',
  'figures', 'numbers', 'evidence', 'documents', 'response', 'offer', 'budget', 'reforms', 'measures', 'rules', 'law', 'laws', 'topic', 'topics',
  'issue', 'issues', 'job', 'jobs', 'project', 'projects', 'trend', 'trends', 'problem', 'problems', 'reason', 'reasons', 'goal', 'goals', 'race']);
/** Words before "of" that take part of what follows ("one of the jobs", "the kind of race"): the phrase stays one noun phrase. */
const partitiveHeads = new Set(['one', 'some', 'many', 'most', 'none', 'each', 'any', 'all', 'few', 'kind', 'sort', 'type']);
/** Determiners that open the subject of such a clause; "this" and "that" are left out ("a poll this month"). */
const clauseSubjectDeterminers = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words a plain noun phrase holds none of: prepositions, conjunctions, verbs of being, adverbs of degree. */
const notInPlainPhrase = new Set(['of', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'from', 'about', 'into', 'over', 'under', 'after', 'before',
  'and', 'or', 'but', 'as', 'than', 'if', 'when', 'while', 'because', 'that', 'which', 'who', 'whom', 'whose', 'is', 'was', 'are', 'were', 'be',
  'been', 'has', 'have', 'had', 'not', 'this', 'these', 'those', 'least', 'nearly', 'almost', 'about', 'only', 'just', 'even', 'also']);

/** Whether words `from`..end are a plain noun phrase: a determiner and a few words, a name, or a subject pronoun. */
function plainSubject(ws: SpanWord[], from: number): boolean {
  const rest = ws.slice(from);
  if (rest.length === 0 || rest.slice(0, -1).some((w) => w.closesPhrase)) return false;
  if (rest.length === 1 && clauseSubjectPronouns.has(rest[0].lower)) return true;
  if (rest.some((w) => notInPlainPhrase.has(w.lower) || /(?:ing|ed)$/.test(w.lower))) return false;
  if (rest.every((w) => w.cap)) return true;
  // "Danish officials", "U.S. officials": capitalised words before one plain noun.
  if (rest.length >= 2 && rest.slice(0, -1).every((w) => w.cap) && !rest[rest.length - 1].cap) return true;
  // "the Westland Party", "the Harlow council": a determiner, then capitalised words or plain ones.
  return clauseSubjectDeterminers.has(rest[0].lower) && rest.length <= 4;
}

/**
 * Where the subject of a relative clause starts when a source runs from the clause's antecedent into
 * it ("Nothing the mayor", "the photo Ana Berg", "the hackers who officials", "the first time she"):
 * the cue is the clause's verb, and its source is the clause's subject alone. -1 when there is none.
 */
function relativeClauseSubject(ws: SpanWord[], beforeCue: boolean): number {
  const last = ws.length - 1;
  // A pronoun ending the source is its whole subject, unless joined to a subject before it.
  const before = ws[last - 1];
  if (last > 0 && clauseSubjectPronouns.has(ws[last].lower) && !before.closesPhrase && !pronounJoiners.has(before.lower) && !pronounQualifiers.has(before.lower) && !before.lower.endsWith('ly')) return last;
  if (!beforeCue) return -1;
  // "the superdelegates who" (with "'ve said" as the cue): the relative pronoun is the subject.
  if (last > 0 && (ws[last].lower === 'who' || ws[last].lower === 'that') && !ws[last - 1].closesPhrase) return last;
  for (let k = 1; k <= last; k++) {
    if (ws[k - 1].closesPhrase) return -1;
    if (k < last && objectRelatives.has(ws[k].lower) && plainSubject(ws, k + 1)) return k + 1;
    const head = ws[k - 1];
    // "Lopez issues a statement": a plural noun after a name or a pronoun may be a verb.
    const verbAfterSubject = k >= 2 && head.lower.endsWith('s') && (ws[k - 2].cap || clauseSubjectPronouns.has(ws[k - 2].lower)) && !clauseSubjectDeterminers.has(ws[k - 2].lower);
    const thing = thingPronouns.has(head.lower) || (thingNouns.has(head.lower) && !head.cap && !verbAfterSubject);
    if (thing && plainSubject(ws, k) && !ws.slice(0, k - 1).some((w, j) => notInPlainPhrase.has(w.lower) && !(w.lower === 'of' && partitiveHeads.has(ws[j - 1]?.lower ?? '')))) return k;
  }
  return -1;
}

/**
 * A surname alone, then a clause set off by commas ("Berg, who chairs the board, said"): the person
 * is someone the article has named, and the clause tells more about them rather than who they are,
 * so the source is the surname. A full name keeps its clause, which often introduces the speaker.
 */
const surnameBeforeAside = /^(\p{Lu}[\p{L}'’-]+),\s+(?:who|whose)\s/u;

/** Time words and sentence adverbs that can open a sentence but never speak ("Tuesday", "This week", "Likewise"). */
const adverbialSource = new RegExp(
  '^(?:(?:on|a|last|next|this|that|one)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night)$' +
    '|^(?:now|then|here|there|today|yesterday|tonight|tomorrow|shortly|just|not|likewise|similarly|separately|additionally|besides|meanwhile|later|earlier|' +
    'instead|still|also|however|moreover|furthermore|nonetheless|nevertheless|ultimately|eventually|finally|hastily|recently|previously|again|indeed|' +
    "there['’]s|here['’]s)$",
);

/** Sentence adverbs that may open a sentence with no comma before its subject ("Ultimately most voters backed it"). */
const openingSentenceAdverb = /^(?:ultimately|eventually|finally|meanwhile|separately|additionally|similarly|likewise|instead|moreover|furthermore|however|nonetheless|nevertheless|indeed)\s+(?=\S)/i;

/**
 * The source span without what a subject search took in around the speaker, the antecedent of a
 * relative clause whose verb is the cue, and with the speakers listed before it; null when the
 * source is only a time or a sentence adverb. `sentenceStart`: where the source's sentence starts.
 */
export function refinedSourceSpan(text: string, source: Span, cue: Span, sentenceStart: number): Span | null {
  const written = text.slice(source.start, source.end);
  if (adverbialSource.test(written.trim().toLowerCase().replace(/\s+/g, ' '))) return null;
  const adverb = openingSentenceAdverb.exec(written);
  if (adverb) return refinedSourceSpan(text, { start: source.start + adverb[0].length, end: source.end }, cue, sentenceStart);
  const ws = spanWords(written);
  const beforeCue = source.end <= cue.start && !text.slice(source.end, cue.start).trim();
  const k = relativeClauseSubject(ws, beforeCue);
  if (k > 0) return { start: source.start + ws[k].start, end: source.end };
  const surname = source.end <= cue.start ? surnameBeforeAside.exec(written) : null;
  if (surname && !notNames.has(surname[1].toLowerCase()) && !subjectPronouns.has(surname[1].toLowerCase())) return { start: source.start, end: source.start + surname[1].length };
  if (source.end < cue.start) {
    const main = subjectAfterOpeningClause(text, source, cue, Math.max(sentenceStart, text.lastIndexOf('\n', source.start) + 1));
    if (main) return main;
  }
  const list = source.end <= cue.start && /^[\s,]*$/.test(text.slice(source.end, cue.start)) ? coordinatedSpeakersStart(text, source, Math.max(sentenceStart, text.lastIndexOf('\n', source.start) + 1)) : -1;
  return list >= 0 ? { start: list, end: source.end } : source;
}

/** Words that open a sentence capitalised without being a name: prepositions, conjunctions, adverbs ("Unlike Lima, Berg ..."). */
const sentenceOpeners = new Set(['unlike', 'like', 'besides', 'throughout', 'after', 'before', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'during',
  'despite', 'however', 'meanwhile', 'but', 'and', 'or', 'while', 'when', 'as', 'since', 'although', 'though', 'if', 'because', 'among', 'including',
  'apart', 'except', 'unlike', 'against', 'under', 'over', 'until', 'once', 'now', 'then', 'still', 'yet', 'so', 'also', 'even', 'instead', 'asked',
  'speaking', 'according', 'to', 'of', 'about', 'without', 'within', 'behind', 'beyond', 'outside', 'inside', 'near', 'across', 'along', 'around',
  'first', 'second', 'third', 'lastly', 'overall', 'elsewhere', 'afterwards', 'afterward', 'there', 'here']);
/** Lower-case words a speaker named in a list may hold: determiners, and words before a title ("former", "fellow"). */
const conjunctModifiers = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'former', 'late', 'fellow', 'acting', 'then', 'senior', 'chief']);
/** A short aside after a name in a list: a party or seat in brackets ("(D)", "(Westland North)"), or an age (", 54"). */
const conjunctTail = /(?:\s*\([^()]{1,40}\)|,\s*\d{1,3})$/;

/** A word that introduces a list of examples or a clause, and the first item after it ("such as Blinkx", "as Google"). */
const introducedList = /(?:^|\s)(?:such as|as|like|including)\s+(\S.*)$/i;

/** Whether `phrase` (no commas) names one speaker of a list: capitalised words, titles, nouns of people. */
function speakerConjunct(phrase: string, opensSentence: boolean): boolean {
  const ws = phrase.trim().split(/\s+/).filter(Boolean);
  if (ws.length === 0 || ws.length > 7) return false;
  if (opensSentence && (sentenceOpeners.has(ws[0].toLowerCase()) || adverbialSource.test(ws[0].toLowerCase()))) return false;
  const bare = (w: string) => w.toLowerCase().replace(/['’]s$/, '');
  const kinds = ws.map((w) => (capital.test(w) ? 'name' : conjunctModifiers.has(w.toLowerCase()) ? 'modifier' : isPersonNoun(bare(w)) || anonymousHeads.has(bare(w)) || kinNouns.has(bare(w)) ? 'person' : 'other'));
  return !kinds.includes('other') && kinds.some((k) => k !== 'modifier');
}

/**
 * Where a list of speakers opens when the source is only its last part ("Ana Lima (Westland) and
 * Tomas Berg" gave the source "Tomas Berg"; "his family, friends and neighbours" gave "friends and
 * neighbours"); -1 when the words before are no list of speakers. `from` is where the sentence starts.
 */
function coordinatedSpeakersStart(text: string, source: Span, from: number): number {
  const before = text.slice(from, source.start);
  const and = /,?\s+and\s+$/.exec(before);
  const written = text.slice(source.start, source.end);
  if (!and && !(/,\s+$/.test(before) && /\sand\s/.test(written) && !written.includes(','))) return -1;
  // The source itself must open like a speaker: a name, a title, a noun of people ("signed paperwork" is none).
  if (!speakerConjunct(written.split(/\s+and\s+|[(,]/)[0], false)) return -1;
  let end = and ? and.index : before.search(/,\s+$/);
  let start = -1;
  for (;;) {
    const tail = conjunctTail.exec(before.slice(0, end));
    const stop = tail ? end - tail[0].length : end;
    const comma = before.lastIndexOf(',', stop - 1);
    const phrase = before.slice(comma + 1, stop);
    // "as Google, AOL and Yahoo", "firms such as Blinkx, Copernic and X-Friend": the list opens after the word that introduces it.
    const introduced = introducedList.exec(phrase);
    if (introduced && speakerConjunct(introduced[1], false)) return from + comma + 1 + phrase.length - introduced[1].length;
    if (!speakerConjunct(phrase, comma < 0)) return start < 0 ? -1 : from + start;
    start = comma + 1 + (phrase.length - phrase.trimStart().length);
    if (comma < 0) return from + start;
    end = comma;
  }
}

/** Words that open a subordinate clause before the main one ("When Lima took office, she ..."). */
const subordinators = /^(?:when|whenever|since|ever since|after|before|while|although|though|even though|if|because|as|once|until|unless|whereas|just as|even as)\s/i;
/** Words that end a subject noun phrase: auxiliaries, and adverbs before the verb. */
const auxiliaries = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'may', 'might',
  'must', 'should', 'shall', 'also', 'then', 'still', 'now', 'later', 'quickly', 'again']);

/**
 * The subject that opens a main clause at `from`: a pronoun, a run of capitalised words ("Ms. Warren",
 * "Police Chief Ana Lima"), or a determiner and a few words before a verb in the past or an auxiliary;
 * null when none is clear.
 */
function mainClauseSubject(text: string, from: number): Span | null {
  const ws = spanWords(text.slice(from, from + 120));
  const span = (n: number) => (ws.slice(0, n).some((w) => w.closesPhrase) ? null : { start: from + ws[0].start, end: from + ws[n - 1].end });
  if (ws.length < 2) return null;
  if (clauseSubjectPronouns.has(ws[0].lower) || ws[0].lower === 'it') return !ws[1].cap ? span(1) : null;
  const verbAt = (k: number) => !ws[k].cap && (auxiliaries.has(ws[k].lower) || /ed$/.test(ws[k].lower));
  if (ws[0].cap && !sentenceOpeners.has(ws[0].lower) && !determiners.has(ws[0].lower)) {
    let n = 1;
    while (n < ws.length && ws[n].cap) n++;
    return n < ws.length && !ws[n].cap && n <= 5 ? span(n) : null;
  }
  if (!clauseSubjectDeterminers.has(ws[0].lower)) return null;
  for (let k = 1; k < Math.min(ws.length, 5); k++) {
    if (verbAt(k)) return k > 1 ? span(k) : null;
    if (notInPlainPhrase.has(ws[k].lower)) return null;
  }
  return null;
}

/**
 * The main clause's subject when the source was taken from a subordinate clause that opens the
 * sentence and the cue comes after that clause ("After the board met, Ana Lima resigned, saying ..."
 * gave the source "the board"); null when the source is not inside such a clause.
 */
function subjectAfterOpeningClause(text: string, source: Span, cue: Span, sentenceStart: number): Span | null {
  const opening = text.slice(sentenceStart, source.start);
  if (!subordinators.test(opening.trimStart()) || opening.includes(',')) return null;
  const comma = text.indexOf(',', source.end);
  if (comma < 0 || comma >= cue.start || /[.;:!?]/.test(text.slice(source.end, comma))) return null;
  const subject = mainClauseSubject(text, comma + 1);
  return subject && subject.end <= cue.start ? subject : null;
}
