import type { Attribution, AttributionType } from '../types.js';

/** Plain fields of one attribution for a hover; the server renders them. */
export interface AttributionDescription {
  type: AttributionType;
  /** "direct quote", "reported speech", "partial quote". */
  typeLabel: string;
  speaker: string | null;
  role: string | null;
  /** Whom the speaker speaks for; null when that is the speaker itself, an organisation. */
  organisation: string | null;
  anonymous: boolean;
  /** The source is an organisation speaking ("Nordvik Shipping", "the ministry"), not a person. */
  organisationSpeaks: boolean;
  /** The source as written ("he", "Mr. Kalns"), null when there is none. */
  source: string | null;
  cue: string | null;
  content: string;
}

const typeLabels: Record<AttributionType, string> = {
  direct: 'direct quote',
  indirect: 'reported speech',
  mixed: 'partial quote',
};

/** Plain, Markdown-free fields describing an attribution in `text` (the analysed document). */
export function describeAttribution(a: Attribution, text: string): AttributionDescription {
  const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  return {
    type: a.type,
    typeLabel: typeLabels[a.type],
    speaker: a.speaker,
    role: a.role ?? null,
    // "Speaker: Nordvik Shipping (an organisation)" says it already: no "Organisation: Nordvik Shipping" under it.
    organisation: a.speakerKind === 'organisation' && a.organisation === a.speaker ? null : a.organisation ?? null,
    anonymous: a.anonymous === true,
    organisationSpeaks: a.speakerKind === 'organisation',
    source: a.source ? slice(a.source) : null,
    cue: a.cue.end > a.cue.start ? slice(a.cue) : null,
    content: slice(a.content),
  };
}

/** One entry of the document outline: a speaker and what the article attributes to them. */
export interface SpeakerGroup {
  /** The speaker's name; for unnamed sources "anonymous", for quotes with no source "unattributed". */
  label: string;
  speaker: string | null;
  /** `organisation`: unnamed speakers on the record for the organisation the label names. */
  kind: 'named' | 'organisation' | 'anonymous' | 'unattributed' | 'unresolved';
  attributions: Attribution[];
}

/**
 * Groups attributions by speaker for the outline, in order of each speaker's first attribution.
 * Unnamed sources, unresolved ones ("they said" with no antecedent) and quotes with no source get a
 * group each, so that nothing said in the article is left out of the outline; unnamed speakers on
 * the record for an organisation ("NATO defence ministers") are grouped under it.
 */
export function speakersOutline(attributions: Attribution[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  const sorted = [...attributions].sort((x, y) => x.content.start - y.content.start);
  for (const a of sorted) {
    let key: string;
    let group: Omit<SpeakerGroup, 'attributions'>;
    if (a.speaker) {
      key = 'named:' + a.speaker;
      group = { label: a.speaker, speaker: a.speaker, kind: 'named' };
    } else if (a.anonymous) {
      key = 'anonymous';
      group = { label: 'anonymous', speaker: null, kind: 'anonymous' };
    } else if (a.source && a.organisation) {
      // "NATO defence ministers", "the council" with none named: on the record for the organisation.
      key = 'organisation:' + a.organisation;
      group = { label: a.organisation, speaker: null, kind: 'organisation' };
    } else if (a.source) {
      key = 'unresolved';
      group = { label: 'unresolved source', speaker: null, kind: 'unresolved' };
    } else {
      key = 'unattributed';
      group = { label: 'unattributed', speaker: null, kind: 'unattributed' };
    }
    let g = groups.get(key);
    if (!g) {
      g = { ...group, attributions: [] };
      groups.set(key, g);
    }
    g.attributions.push(a);
  }
  return [...groups.values()];
}
