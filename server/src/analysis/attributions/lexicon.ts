/**
 * Word lists of the attribution finder. Every list is a Set or Map of lower-case word forms, built
 * once at load time, so that the finder does one lookup per token.
 */

/** How a cue verb takes its content, which decides the patterns it may appear in. */
export type CueClass =
  /** Verbs of saying: accepted with a source on either side or next to a quote. */
  | 'speech'
  /** Verbs of thinking, showing and wanting: accepted only as "SOURCE verb CONTENT". */
  | 'cognition';

export interface CueWord {
  lemma: string;
  cls: CueClass;
  /** The verb names its addressee before the content ("told reporters that ..."). */
  addressee: boolean;
  /** An -ing form, usually after a comma with the clause's subject as source (", adding that ..."). */
  participle: boolean;
  /** The form is as often a noun ("states", "remarks"); it is a cue only right after its subject. */
  nounLike?: boolean;
  /** The verb is a cue only with its particle ("referring to", "talked about"). */
  needsParticle?: boolean;
}

/** Verbs whose base and -s forms are also common nouns. */
const nounVerbs = [
  'support', 'plan', 'view', 'like', 'love', 'hate', 'credit', 'blame', 'fear', 'hope', 'doubt', 'sense', 'wish', 'want',
  'report', 'post', 'text', 'stat', 'order', 'rule', 'call', 'attack', 'question', 'project', 'object', 'comment',
  'estimate', 'point', 'read', 'signal', 'welcome', 'charge', 'snap', 'protest', 'demand', 'claim', 'counter', 'joke',
  'promise', 'pledge', 'vow', 'hint', 'show', 'forecast', 'state', 'email', 'tweet', 'mention', 'remark', 'note',
  'reply', 'notice', 'praise', 'concern', 'judge', 'favor', 'favour', 'respond', 'find', 'guess', 'answer', 'release',
  'offer', 'echo', 'back', 'challenge', 'label', 'brand', 'term', 'doubt', 'dispute', 'stress', 'highlight',
  'voice', 'request', 'answer', 'quote', 'reference', 'chant', 'push', 'press', 'champion', 'retweet',
]

/**
 * Base forms with irregular or doubled inflections: base, third person, past, participle, -ing.
 * Regular verbs are listed by base form only and inflected by `inflect`.
 */
const irregular: Record<string, string[]> = {
  say: ['says', 'said', 'said', 'saying'],
  // Stressed last syllables double the consonant ("concurred"), which `inflect` reads only in one syllable.
  concur: ['concurs', 'concurred', 'concurred', 'concurring'],
  rebut: ['rebuts', 'rebutted', 'rebutted', 'rebutting'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  know: ['knows', 'knew', 'known', 'knowing'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  find: ['finds', 'found', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  hear: ['hears', 'heard', 'heard', 'hearing'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  regret: ['regrets', 'regretted', 'regretted', 'regretting'],
  commit: ['commits', 'committed', 'committed', 'committing'],
  spin: ['spins', 'spun', 'spun', 'spinning'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  refer: ['refers', 'referred', 'referred', 'referring'],
  echo: ['echoes', 'echoed', 'echoed', 'echoing'],
  seek: ['seeks', 'sought', 'sought', 'seeking'],
  dub: ['dubs', 'dubbed', 'dubbed', 'dubbing'],
  predict: ['predicts', 'predicted', 'predicted', 'predicting'],
  understand: ['understands', 'understood', 'understood', 'understanding'],
  read: ['reads', 'read', 'read', 'reading'],
  put: ['puts', 'put', 'put', 'putting'],
  post: ['posts', 'posted', 'posted', 'posting'],
  tweet: ['tweets', 'tweeted', 'tweeted', 'tweeting'],
};

/** Verbs of saying, reporting and writing (base forms). */
const speechVerbs = [
  'say', 'tell', 'add', 'warn', 'retort', 'accuse', 'announce', 'argue', 'claim', 'insist', 'deny', 'report',
  'write', 'ask', 'note', 'explain', 'declare', 'acknowledge', 'admit', 'concede', 'confirm', 'reply', 'respond',
  'state', 'stress', 'emphasize', 'emphasise', 'tweet', 'post', 'promise', 'pledge', 'vow', 'urge', 'recall',
  'reiterate', 'repeat', 'observe', 'comment', 'remark', 'assert', 'maintain', 'contend', 'allege', 'testify',
  'counter', 'quip', 'joke', 'lament', 'boast', 'caution', 'proclaim', 'mention', 'reveal', 'disclose', 'shout',
  'exclaim', 'whisper', 'inform', 'assure', 'advise', 'demand', 'threaten', 'complain', 'recount', 'predict',
  'estimate', 'suggest', 'indicate', 'conclude', 'agree', 'charge', 'blast', 'slam', 'criticize', 'criticise',
  'praise', 'describe', 'dismiss', 'reject', 'propose', 'point', 'hint', 'signal', 'acknowledge', 'brag', 'mock',
  'decry', 'denounce', 'condemn', 'question', 'wonder', 'cite', 'forecast', 'project', 'stat', 'email', 'text',
  'swear', 'concur', 'object', 'protest', 'plead', 'snap', 'scoff', 'muse', 'continue', 'elaborate',
  'clarify', 'specify', 'speculate', 'surmise', 'theorize', 'recommend', 'remind', 'notify', 'rule', 'order',
  'call', 'attack', 'defend', 'endorse', 'thank', 'welcome', 'hail', 'applaud', 'dispute', 'refute', 'rebut',
];

/** Base forms of the verbs of saying, weak ones included: "calling", "accusing" report what is said. */
export const speechLemmas: ReadonlySet<string> = new Set(speechVerbs);

/** Verbs of thinking, perceiving, showing and wanting (base forms). */
const cognitionVerbs = [
  'believe', 'think', 'feel', 'know', 'fear', 'hope', 'expect', 'worry', 'doubt', 'suspect', 'assume', 'reckon',
  'understand', 'learn', 'realize', 'realise', 'find', 'show', 'see', 'hear', 'want', 'wish', 'prefer', 'support',
  'oppose', 'favor', 'favour', 'consider', 'regard', 'view', 'imagine', 'guess', 'suppose', 'presume', 'recognize',
  'recognise', 'appreciate', 'acknowledge', 'anticipate', 'foresee', 'envision', 'envisage', 'insist', 'seek',
  'plan', 'intend', 'decide', 'determine', 'judge', 'deem', 'sense', 'notice', 'remember', 'forget', 'like',
  'dislike', 'love', 'hate', 'blame', 'credit', 'demonstrate', 'prove', 'confirm', 'reveal', 'indicate', 'suggest',
  // Stances and acts that news attribution corpora count as attributing (PARC, PolNeAR): "refused to
  // comment", "expressed concern", "echoed the call".
  'decline', 'refuse', 'offer', 'express', 'echo', 'discuss', 'back', 'tout', 'highlight', 'portray', 'challenge',
  'encourage', 'label', 'brand', 'dub', 'term', 'characterize', 'characterise', 'acknowledge', 'vow', 'pledge',
  'promise', 'threaten', 'concede', 'emphasize', 'emphasise', 'underscore', 'stress', 'recommend', 'advocate',
  'endorse', 'criticize', 'criticise', 'condemn', 'denounce', 'question', 'doubt', 'dispute', 'voice', 'rail',
  'request', 'answer', 'embrace', 'champion', 'bemoan', 'assail', 'apologize', 'apologise', 'liken', 'invoke',
  'imply', 'quote', 'retweet', 'reference', 'chant', 'push', 'press',
];

/** Verbs that name an addressee before their content: "told reporters that", "warned allies that". */
const addresseeVerbs = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'notify', 'advise', 'urge', 'promise', 'ask', 'email', 'text', 'write']);

/** Speech verbs too ambiguous to be cues unless the sentence has the full SOURCE verb CONTENT shape. */
const weakSpeech = new Set([
  'continue', 'point', 'call', 'attack', 'defend', 'endorse', 'thank', 'welcome', 'hail', 'applaud', 'order', 'rule',
  'question', 'project', 'stat', 'text', 'object', 'snap', 'mock', 'describe', 'dismiss', 'reject', 'propose',
  'praise', 'criticize', 'criticise', 'blast', 'slam', 'charge', 'agree', 'cite', 'read', 'post', 'signal',
]);

/** Verbs that are cues only with their particle: "referring to", "talked about", "spoke of". */
// "rail" alone is the noun far more often ("a new rail line"); "railed against" is the verb.
const particleOnly = new Set(['refer', 'talk', 'speak', 'rail']);

const vowels = /[aeiou]/;

/** Regular inflections of a base form: third person, past, -ing. */
function inflect(base: string): string[] {
  if (irregular[base]) return irregular[base];
  let third: string;
  let past: string;
  let ing: string;
  if (/[^aeiou]y$/.test(base)) {
    third = base.slice(0, -1) + 'ies';
    past = base.slice(0, -1) + 'ied';
    ing = base + 'ing';
  } else if (base.endsWith('e')) {
    third = base + 's';
    past = base + 'd';
    ing = base.endsWith('ee') ? base + 'ing' : base.slice(0, -1) + 'ing';
  } else if (/(s|sh|ch|x|z)$/.test(base)) {
    third = base + 'es';
    past = base + 'ed';
    ing = base + 'ing';
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) && vowels.test(base)) {
    // One-syllable verbs ending consonant-vowel-consonant double the consonant: "snap", "stat".
    const doubled = base + base[base.length - 1];
    third = base + 's';
    past = doubled + 'ed';
    ing = doubled + 'ing';
  } else {
    third = base + 's';
    past = base + 'ed';
    ing = base + 'ing';
  }
  return [third, past, past, ing];
}

/** The third person present of a verb's base form: "says", "advocates", "denies". */
export function thirdPerson(base: string): string {
  return inflect(base)[0];
}

/** British spellings with a doubled "l" next to the American ones `inflect` makes: past and -ing. */
const britishForms: Readonly<Record<string, readonly [string, string]>> = {
  label: ['labelled', 'labelling'],
  signal: ['signalled', 'signalling'],
};

function buildCueWords(): Map<string, CueWord> {
  const words = new Map<string, CueWord>();
  const addVerb = (base: string, cls: CueClass) => {
    const british = britishForms[base] ?? [];
    const forms = [base, ...inflect(base), ...british];
    const ing = forms[4];
    for (const form of forms) {
      const existing = words.get(form);
      // A verb in both lists keeps the more permissive speech class.
      if (existing && existing.cls === 'speech') continue;
      words.set(form, {
        lemma: base,
        cls: cls === 'speech' && weakSpeech.has(base) ? 'cognition' : cls,
        addressee: addresseeVerbs.has(base),
        participle: form === ing || form === british[1],
        needsParticle: particleOnly.has(base),
      });
    }
  };
  for (const v of speechVerbs) addVerb(v, 'speech');
  for (const v of cognitionVerbs) addVerb(v, 'cognition');
  for (const v of particleOnly) addVerb(v, 'cognition');
  // Base and -s forms that are as often nouns ("the states", "his remarks") need a subject next to them.
  for (const noun of nounVerbs) {
    for (const form of [noun, thirdPerson(noun)]) {
      const w = words.get(form);
      if (w) w.nounLike = true;
    }
  }
  // "like" and "love" are prepositions and nouns far more often than cue verbs.
  words.delete('like');
  words.delete('love');
  return words;
}

/** Cue verbs by lower-case word form. */
export const cueWords: Map<string, CueWord> = buildCueWords();

/** Auxiliaries and adverbs that belong to the cue when they come right before the verb ("has also said"). */
export const cueModifiers = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do',
  'is', 'was', 'were', 'are', 'be', 'been', 'also', 'not', 'never', "n't", 'previously',
  "didn't", "don't", "doesn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't",
  'didn’t', 'don’t', 'doesn’t', 'hasn’t', 'haven’t', 'hadn’t', 'won’t', 'wouldn’t', 'can’t', 'couldn’t', 'isn’t', 'wasn’t', 'repeatedly', 'recently',
  'later', 'now', 'just', 'often', 'initially', 'first', 'even', 'again', 'publicly', 'privately', 'reportedly',
  'already', 'once', 'still', 'frequently', 'long', 'since', 'earlier', 'always', 'further', 'falsely',
  'correctly', 'rightly', 'wrongly', 'flatly', 'explicitly', 'openly', 'bluntly', 'angrily', 'quickly', 'simply',
  'clearly', 'separately', 'specifically', 'similarly', 'emphatically', 'strongly', 'openly', 'formally',
  'officially', 'explicitly', 'forcefully', 'widely', 'vocally', 'loudly', 'sharply', 'harshly', 'quietly',
]);

/** Words that end a subject when walking back from a cue: they open a clause or join two. */
export const clauseOpeners = new Set([
  'that', 'which', 'because', 'while', 'when', 'whereas', 'if', 'but', 'as', 'after', 'before', 'although', 'though',
  'where', 'so', 'than', 'unless', 'until', 'whether', 'since', 'once', 'yet', 'or', 'nor', 'and', 'then', 'what', 'how',
  'why', 'whom', 'whose', 'where', 'also', 'however', 'meanwhile', 'instead', 'still', 'thus', 'hence', 'indeed',
]);

/** Subject pronouns that can be a source, resolved to a speaker by the article-level pass. */
export const subjectPronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Titles before a name; not part of the speaker's name. */
export const titles = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sen', 'sen.', 'senator',
  'rep', 'rep.', 'representative', 'gov', 'gov.', 'governor', 'gen', 'gen.', 'general', 'col', 'col.', 'lt', 'lt.',
  'sgt', 'sgt.', 'capt', 'capt.', 'adm', 'adm.',
  // Ranks written in full ("Colonel Arvid Lunde" was the speaker "Colonel Arvid Lunde").
  'colonel', 'lieutenant', 'captain', 'admiral', 'commander', 'brigadier', 'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor',
  'ambassador', 'judge', 'justice', 'mayor', 'sir', 'dame', 'lord', 'lady', 'rev', 'rev.', 'father', 'pope', 'king',
  'queen', 'prince', 'princess', 'sheikh', 'speaker', 'chairman', 'chairwoman', 'commissioner', 'director', 'chief',
  'attorney', 'foreign', 'defence', 'defense', 'deputy', 'former', 'acting', 'spokesman', 'spokeswoman', 'spokesperson',
  'candidate', 'nominee', 'leader', 'sheriff', 'detective', 'officer', 'inspector', 'superintendent', 'state',
  // "the Rt Hon", "the Rt Rev": styles before a title of address.
  'rt', 'rt.', 'hon', 'hon.', 'revd', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam',
  // Offices written in their own language: "Taoiseach Micheál Martin" was the speaker "Taoiseach Micheál Martin".
  'taoiseach', 'tánaiste', 'tanaiste', 'emir',
]);

/**
 * Head nouns of unnamed sources: a source made of these without a proper name is anonymous
 * ("officials said", "a source familiar with the talks").
 */
export const anonymousHeads = new Set([
  'official', 'officials', 'source', 'sources', 'aide', 'aides', 'person', 'people', 'insider', 'insiders',
  'diplomat', 'diplomats', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'representatives',
  'analyst', 'analysts', 'expert', 'experts', 'observer', 'observers', 'critic', 'critics', 'resident', 'residents',
  'witness', 'witnesses', 'staffer', 'staffers', 'adviser', 'advisers', 'advisor', 'advisors', 'member', 'members',
  'officer', 'officers', 'employee', 'employees', 'executive', 'executives', 'lawmaker', 'lawmakers', 'someone',
  'supporters', 'opponents', 'activists', 'economists', 'investigators', 'authorities', 'commentators', 'strategists',
  'operatives', 'associates', 'allies', 'colleagues', 'friends', 'neighbors', 'neighbours', 'voters', 'scientists',
  'researchers', 'leaders', 'participants', 'organizers', 'organisers', 'protesters', 'police', 'insiders',
  'prosecutors', 'regulators', 'campaigners', 'doctors', 'lawyers', 'lawyer', 'attorney', 'attorneys', 'investors', 'traders',
  'bankers', 'shareholders', 'workers', 'politicians', 'ministers', 'assistant', 'publicist', 'agent', 'manager', 'managers',
  'competitors', 'rivals', 'customers', 'clients', 'users', 'fans', 'staff', 'players', 'bosses', 'owners', 'creditors', 'partners',
  'groups', 'spokesmen', 'spokeswomen', 'spokespeople', 'charities', 'unions', 'families', 'relatives', 'parents', 'patients',
  'passengers', 'teachers', 'students', 'organisations', 'organizations', 'agencies', 'companies', 'firms',
  // Groups that news quotes as a whole ("Forecasters said", "Rescuers said"); surnames written the same
  // way ("Banks", "Sellers", "Rogers") are left out, since a capitalised word in this list names no one.
  'forecasters', 'meteorologists', 'rescuers', 'firefighters', 'engineers', 'inspectors', 'auditors', 'medics', 'paramedics',
  'nurses', 'academics', 'historians', 'environmentalists', 'conservationists', 'pollsters', 'bookmakers', 'brokers', 'dealers',
  'farmers', 'landlords', 'tenants', 'retailers', 'manufacturers', 'suppliers', 'exporters', 'importers', 'insurers', 'lenders',
  'developers', 'miners', 'pilots', 'soldiers', 'troops', 'prisoners', 'refugees', 'survivors', 'victims', 'villagers', 'locals',
  'citizens', 'commuters', 'travellers', 'tourists', 'consumers', 'shoppers', 'homeowners', 'viewers', 'listeners', 'readers',
  'jurors', 'senators', 'councillors', 'delegates', 'negotiators', 'mediators', 'envoys', 'monitors', 'peacekeepers', 'rebels',
  'militants', 'separatists', 'insurgents', 'demonstrators', 'strikers', 'pupils', 'surgeons', 'physicians', 'pharmacists',
  'trustees', 'governors', 'epidemiologists', 'seismologists', 'volcanologists', 'planners', 'specialists', 'technicians',
  'climatologists', 'statisticians',
]);

/** People named by whom they serve: "an aide to", "advisers to", "the ambassador to". */
export const servingNouns = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'assistant', 'assistants', 'counsel', 'counselor', 'counselors', 'counsellor', 'counsellors', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'successor', 'heir', 'spokesman', 'spokeswoman', 'spokesperson', 'consultant', 'consultants']);

/** Words that make a source explicitly unnamed wherever they appear in it. */
export const anonymousMarkers = new Set(['anonymity', 'anonymous', 'unnamed', 'unidentified', 'familiar']);

/** Words that end an inverted source ("said Ms. Lee on Tuesday") unless an appositive follows a comma. */
export const sourceStoppers = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'to', 'last', 'this', 'earlier', 'later',
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'via', 'through', 'with', 'from', 'about', 'that', 'because', 'but', 'and', 'adding', 'noting', 'according',
  'in.', 'recently', 'late', 'early', 'outside', 'inside', 'afterwards', 'afterward', 'without', 'by', 'following', 'amid',
]);

/** Determiners and quantifiers that may open a source noun phrase. */
export const determiners = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many',
  'several', 'most', 'few', 'both', 'two', 'three', 'four', 'five', 'other', 'another', 'one', 'all', 'each', 'every',
  'no', 'more', 'senior', 'top', 'former',
]);

/** Quote marks: openers, closers and the ambiguous straight marks. */
export const openQuotes = new Set(['\u201c', '\u00ab', '\u201e']);
export const closeQuotes = new Set(['\u201d', '\u00bb']);
export const straightQuotes = new Set(['"', "''", '``']);
/** Markers that open a list item ('- Nordvik coach Ana Berg: "..."'): the finder and resolve.ts read speakers' labels after them. */
export const listMarkers = new Set(['-', '•', '*', '–', '—']);

/** Documents a time after them dates, as part of the source: "a poll last week", "the report published Tuesday". */
export const datedDocumentNouns = ['poll', 'polls', 'survey', 'surveys', 'report', 'reports', 'study', 'studies'];
/** Words between such a document and its time: "a poll out Monday", "a survey released last week". */
export const documentDatingWords = ['out', 'released', 'published', 'issued', 'conducted', 'taken'];

/** Prepositions a noun of people or things that speak may take inside a subject: "A letter to members", "People with tremors". */
export const subjectNounPrepositions = new Set(['to', 'with', 'about', 'within', 'into', 'against']);

/** Titles of address that say which pronoun a person takes ("Mr Hale" is "he", "Dame Ana Lima" "she"). */
const maleAddress = new Set(['mr', 'sir', 'lord']);
const femaleAddress = new Set(['mrs', 'ms', 'miss', 'lady', 'dame', 'baroness']);

/** "he" or "she" for a title of address in lower case, its full stop allowed ("mr.", "ms"), else null. */
export function addressPronoun(title: string): 'he' | 'she' | null {
  const bare = title.endsWith('.') ? title.slice(0, -1) : title;
  return maleAddress.has(bare) ? 'he' : femaleAddress.has(bare) ? 'she' : null;
}
