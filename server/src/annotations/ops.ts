import { randomUUID } from 'node:crypto';
import { anchor, createTarget, hashText, positionOf, quoteOf } from './anchor.js';
import { isJudgement, type Annotation, type AnnotationKind, type Sidecar, type Source, type Status } from './types.js';

/**
 * Changes to a sidecar, applied to its current content inside SidecarStore.update. Each one finds
 * its annotation again in the current text (the file may have changed since the user clicked), so
 * applying it twice or after someone else's change does what the user meant.
 */

export interface SpanRef {
  /** The document text the span refers to. */
  text: string;
  start: number;
  end: number;
  kind: AnnotationKind;
  /** An existing annotation's id, when the user acted on an annotation rather than a finding. */
  id?: string;
}

export interface Actor {
  author?: string;
  now: string;
}

/** The annotation on exactly this span, or the one with this id. */
export function findAnnotation(sidecar: Sidecar, ref: SpanRef): Annotation | undefined {
  if (ref.id) {
    const byId = sidecar.annotations.find((a) => a.id === ref.id);
    if (byId) return byId;
  }
  return sidecar.annotations.find((a) => {
    const placed = anchor(ref.text, a.target);
    return placed !== null && placed.start === ref.start && placed.end === ref.end;
  });
}

function findOrCreate(sidecar: Sidecar, ref: SpanRef, actor: Actor): Annotation {
  const existing = findAnnotation(sidecar, ref);
  if (existing) return existing;
  const created: Annotation = {
    id: randomUUID(),
    kind: ref.kind,
    status: 'unchecked',
    target: createTarget(ref.text, ref.start, ref.end),
    sources: [],
    created: actor.now,
    modified: actor.now,
  };
  if (actor.author) created.author = actor.author;
  sidecar.annotations.push(created);
  return created;
}

function touch(annotation: Annotation, actor: Actor): void {
  annotation.modified = actor.now;
  if (actor.author) annotation.author = actor.author;
}

export function setStatus(sidecar: Sidecar, ref: SpanRef, status: Status, actor: Actor): Annotation {
  const annotation = findOrCreate(sidecar, ref, actor);
  annotation.status = status;
  // A judgement records the words it judged, so a later change to them shows as drift.
  if (isJudgement(status)) annotation.verifiedHash = hashText(ref.text.slice(ref.start, ref.end));
  else delete annotation.verifiedHash;
  touch(annotation, actor);
  return annotation;
}

export function attachSource(sidecar: Sidecar, ref: SpanRef, source: Source, actor: Actor): Annotation {
  const annotation = findOrCreate(sidecar, ref, actor);
  const same = annotation.sources.find((s) => (source.url && s.url === source.url) || (source.path && s.path === source.path));
  if (same) Object.assign(same, source);
  else annotation.sources.push(source);
  touch(annotation, actor);
  return annotation;
}

export function setNote(sidecar: Sidecar, ref: SpanRef, note: string, actor: Actor): Annotation {
  const annotation = findOrCreate(sidecar, ref, actor);
  if (note.trim()) annotation.note = note;
  else delete annotation.note;
  touch(annotation, actor);
  return annotation;
}

/**
 * Moves every placeable annotation's selectors to where it now stands in `text` (called when the
 * article is saved, so the sidecar in git matches the saved article). Orphans keep their old
 * selectors untouched, so they can still be placed if the words come back.
 */
export function refreshTargets(sidecar: Sidecar, text: string): number {
  let moved = 0;
  for (const annotation of sidecar.annotations) {
    const placed = anchor(text, annotation.target);
    if (!placed) continue;
    const fresh = createTarget(text, placed.start, placed.end);
    const [oldQuote, oldPosition] = [quoteOf(annotation.target), positionOf(annotation.target)];
    const [newQuote, newPosition] = fresh.selector;
    if (
      oldQuote.exact !== newQuote.exact ||
      oldQuote.prefix !== newQuote.prefix ||
      oldQuote.suffix !== newQuote.suffix ||
      oldPosition.start !== newPosition.start ||
      oldPosition.end !== newPosition.end
    ) {
      annotation.target = fresh;
      moved++;
    }
  }
  return moved;
}
