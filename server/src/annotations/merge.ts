import { isDeepStrictEqual } from 'node:util';
import { quoteOf, positionOf } from './anchor.js';
import { splitConflict } from './conflict.js';
import { shortText } from './problems.js';
import { parseSidecar } from './sidecar.js';
import type { Annotation, Sidecar, Source } from './types.js';

/**
 * Merging two versions of a sidecar, as git needs when two people annotated the same article on
 * different branches (docs/annotations.md, "In git"). Annotations are merged by id, three-way when
 * the common ancestor is known. Nothing is dropped that either side still has: when both sides
 * changed the same annotation, sources are united, differing notes are both kept, and the status
 * set later wins while the other one is written into the note, so a disagreement stays visible.
 */

export interface MergeInput {
  /** The common ancestor; null when unknown (a conflicted file without diff3 sections, or add/add). */
  base: Sidecar | null;
  ours: Sidecar;
  theirs: Sidecar;
  /** Names for the two sides in decisions and notes, e.g. branch names. */
  oursLabel?: string;
  theirsLabel?: string;
}

export interface MergeResult {
  sidecar: Sidecar;
  /** One sentence per choice a person may want to review; empty when the sides did not disagree. */
  decisions: string[];
}

type Side = 'ours' | 'theirs';

/** When an annotation was last changed, in milliseconds; 0 when the field is missing or unreadable. */
function modifiedAt(a: Annotation): number {
  const t = Date.parse(a.modified);
  return Number.isFinite(t) ? t : 0;
}

function describe(a: Annotation): string {
  return `"${shortText(quoteOf(a.target).exact, 50)}"`;
}

function sourceKey(s: Source): string {
  return s.url !== undefined ? `url:${s.url}` : `path:${s.path}`;
}

/** Both lists of sources, each source once (by URL or path); for one source on both, `newer`'s fields win. */
function uniteSources(newer: Source[], older: Source[]): Source[] {
  const out = new Map<string, Source>();
  for (const s of older) out.set(sourceKey(s), { ...s });
  for (const s of newer) out.set(sourceKey(s), { ...(out.get(sourceKey(s)) ?? {}), ...s });
  // Keep the order people see: the newer side's sources first, then the older side's additions.
  const ordered = [...newer.map(sourceKey), ...older.map(sourceKey)];
  return [...new Set(ordered)].map((k) => out.get(k)!);
}

/** Two notes both kept: one that contains the other is enough, otherwise both, newer first. */
function uniteNotes(newer: string | undefined, older: string | undefined): string | undefined {
  if (!newer) return older;
  if (!older || newer.includes(older)) return newer;
  if (older.includes(newer)) return older;
  return `${newer}\n\n${older}`;
}

/**
 * One annotation changed on both sides (or two annotations of the same words): field by field,
 * three-way when `base` is known. The side changed later is `newer`; it wins fields both changed.
 */
function mergeAnnotation(ours: Annotation, theirs: Annotation, base: Annotation | undefined, labels: Record<Side, string>, decisions: string[]): Annotation {
  const oursNewer = modifiedAt(ours) >= modifiedAt(theirs);
  const [newer, older] = oursNewer ? [ours, theirs] : [theirs, ours];
  const [newerLabel, olderLabel] = oursNewer ? [labels.ours, labels.theirs] : [labels.theirs, labels.ours];
  const merged: Annotation = { ...older, ...newer };
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
  for (const key of keys) {
    const o = ours[key];
    const t = theirs[key];
    if (isDeepStrictEqual(o, t)) continue;
    // A field only one side changed since the ancestor takes that side's value, even if it is older.
    if (base && isDeepStrictEqual(base[key], o)) setField(merged, key, t);
    else if (base && isDeepStrictEqual(base[key], t)) setField(merged, key, o);
  }
  // Fields both sides changed (or any difference when the ancestor is unknown).
  const bothChanged = (key: string) => !isDeepStrictEqual(ours[key], theirs[key]) && !(base && (isDeepStrictEqual(base[key], ours[key]) || isDeepStrictEqual(base[key], theirs[key])));
  if (bothChanged('sources')) merged.sources = uniteSources(newer.sources, older.sources);
  let note = bothChanged('note') ? uniteNotes(newer.note, older.note) : merged.note;
  if (bothChanged('status')) {
    // The later judgement stands; the other is written into the note, where the next reader sees it.
    merged.status = newer.status;
    if (newer.verifiedHash !== undefined) merged.verifiedHash = newer.verifiedHash;
    else delete merged.verifiedHash;
    const who = (a: Annotation) => (a.author ? ` by ${a.author}` : '');
    const record = `[merged] Two versions of this file disagreed: "${older.status}"${who(older)} (${older.modified}) and "${newer.status}"${who(newer)} (${newer.modified}); the later one was kept.`;
    note = note ? `${note}\n\n${record}` : record;
    decisions.push(`${describe(merged)}: status "${newer.status}" (${newerLabel}, ${newer.modified}) kept over "${older.status}" (${olderLabel}, ${older.modified}); the other status is recorded in the note.`);
  }
  if (note === undefined) delete merged.note;
  else merged.note = note;
  if (bothChanged('note') && newer.note && older.note && merged.note !== newer.note && merged.note !== older.note) {
    decisions.push(`${describe(merged)}: both notes kept.`);
  }
  merged.created = ours.created <= theirs.created ? ours.created : theirs.created;
  merged.modified = newer.modified;
  // The last change's author, like `modified`.
  if (newer.author !== undefined) merged.author = newer.author;
  merged.id = ours.id;
  return merged;
}

function setField(target: Annotation, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** Two annotations on the same words: same kind, same exact text, and the same place or the same context. */
function sameWords(a: Annotation, b: Annotation): boolean {
  if (a.kind !== b.kind) return false;
  const [qa, qb] = [quoteOf(a.target), quoteOf(b.target)];
  if (qa.exact !== qb.exact) return false;
  const [pa, pb] = [positionOf(a.target), positionOf(b.target)];
  return (pa.start === pb.start && pa.end === pb.end) || (qa.prefix === qb.prefix && qa.suffix === qb.suffix);
}

export function mergeSidecars(input: MergeInput): MergeResult {
  const labels: Record<Side, string> = { ours: input.oursLabel || 'ours', theirs: input.theirsLabel || 'theirs' };
  const decisions: string[] = [];
  const byId = (s: Sidecar | null) => new Map((s?.annotations ?? []).map((a) => [a.id, a]));
  const [base, ours, theirs] = [byId(input.base), byId(input.ours), byId(input.theirs)];
  const order = [...new Set([...ours.keys(), ...theirs.keys()])];
  const annotations: Annotation[] = [];
  for (const id of order) {
    const o = ours.get(id);
    const t = theirs.get(id);
    const b = base.get(id);
    if (o && t) {
      if (isDeepStrictEqual(o, t) || (b && isDeepStrictEqual(b, t))) annotations.push(o);
      else if (b && isDeepStrictEqual(b, o)) annotations.push(t);
      else annotations.push(mergeAnnotation(o, t, b, labels, decisions));
      continue;
    }
    const only = (o ?? t)!;
    const side: Side = o ? 'ours' : 'theirs';
    const other: Side = o ? 'theirs' : 'ours';
    if (b && isDeepStrictEqual(b, only)) {
      // Removed on the other side and left alone on this one: the removal stands.
      decisions.push(`${describe(only)}: removed in ${labels[other]}, unchanged in ${labels[side]}; left out.`);
      continue;
    }
    if (b) decisions.push(`${describe(only)}: removed in ${labels[other]} but changed in ${labels[side]}; kept.`);
    annotations.push(only);
  }
  // Both sides may have judged the same words independently, each creating its own annotation.
  const folded: Annotation[] = [];
  for (const a of annotations) {
    const twin = folded.findIndex((f) => sameWords(f, a));
    if (twin < 0) {
      folded.push(a);
      continue;
    }
    const first = folded[twin];
    const fromOurs = ours.has(first.id);
    const merged = fromOurs ? mergeAnnotation(first, a, undefined, labels, decisions) : mergeAnnotation(a, first, undefined, labels, decisions);
    merged.id = first.id;
    folded[twin] = merged;
    decisions.push(`${describe(first)}: two annotations of the same words (ids ${first.id} and ${a.id}) merged into one.`);
  }

  const sidecar: Sidecar = { ...input.theirs, ...input.ours, version: Math.max(input.ours.version, input.theirs.version), annotations: folded };
  for (const key of new Set([...Object.keys(input.ours), ...Object.keys(input.theirs)])) {
    if (key === 'annotations' || key === 'version') continue;
    if (input.base && isDeepStrictEqual(input.base[key], input.ours[key]) && !isDeepStrictEqual(input.ours[key], input.theirs[key])) {
      if (input.theirs[key] === undefined) delete sidecar[key];
      else sidecar[key] = input.theirs[key];
    }
  }
  return { sidecar, decisions };
}

/**
 * Resolves a sidecar git left with conflict markers: both sides parsed and merged. Throws a
 * SidecarError (from parsing a side) or an Error with a message for the user when it cannot.
 */
export function resolveConflictedSidecar(text: string, name = 'sidecar'): MergeResult {
  const sides = splitConflict(text);
  if (!sides) throw new Error(`${name} has no complete git conflict hunk (<<<<<<< … ======= … >>>>>>>); nothing to merge.`);
  const ours = parseSidecar(sides.ours, `${name} (${sides.oursLabel || 'ours'} side)`);
  const theirs = parseSidecar(sides.theirs, `${name} (${sides.theirsLabel || 'theirs'} side)`);
  let base: Sidecar | null = null;
  if (sides.base !== null) {
    try {
      base = parseSidecar(sides.base, `${name} (common ancestor)`);
    } catch {
      // Without a usable ancestor the merge keeps everything either side has, which loses nothing.
      base = null;
    }
  }
  return mergeSidecars({ base, ours, theirs, oursLabel: sides.oursLabel, theirsLabel: sides.theirsLabel });
}
