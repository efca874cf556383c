import { hasConflictMarkers } from './conflict.js';
import { annotationKinds, SIDECAR_VERSION, statuses, type Annotation, type Sidecar } from './types.js';

/** Why a sidecar cannot be used. The file is then left exactly as it is. */
export class SidecarError extends Error {
  constructor(
    message: string,
    readonly reason: 'corrupt' | 'conflict' | 'future-version' | 'invalid',
  ) {
    super(message);
  }
}

export function emptySidecar(article?: string): Sidecar {
  return article ? { version: SIDECAR_VERSION, article, annotations: [] } : { version: SIDECAR_VERSION, annotations: [] };
}

const statusSet = new Set<string>(statuses);
const kindSet = new Set<string>(annotationKinds);

/**
 * Parses and checks a sidecar. Unknown fields are kept (a newer minor tool or a person may add
 * them); a newer major version, broken JSON or a wrong shape is an error, never repaired.
 */
export function parseSidecar(json: string, name = 'sidecar'): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    if (hasConflictMarkers(json)) {
      throw new SidecarError(
        `${name} holds an unfinished git merge (conflict markers <<<<<<< … >>>>>>>). Use the quick fix "Merge both versions of the annotations" or run "factcheck merge-sidecar ${name}"; both keep every annotation of both versions. It was not changed.`,
        'conflict',
      );
    }
    throw new SidecarError(`${name} is not valid JSON (${(error as Error).message}); fix it by hand or restore it from git. It was not changed.`, 'corrupt');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new SidecarError(`${name} must hold a JSON object. It was not changed.`, 'invalid');
  const sidecar = data as Record<string, unknown>;
  if (typeof sidecar.version !== 'number' || !Number.isInteger(sidecar.version)) throw new SidecarError(`${name} has no integer "version". It was not changed.`, 'invalid');
  if (sidecar.version > SIDECAR_VERSION) {
    throw new SidecarError(`${name} was written by a newer factcheck (format version ${sidecar.version}, this one reads ${SIDECAR_VERSION}); update the extension. It was not changed.`, 'future-version');
  }
  if (!Array.isArray(sidecar.annotations)) throw new SidecarError(`${name} has no "annotations" array. It was not changed.`, 'invalid');
  const ids = new Set<string>();
  sidecar.annotations.forEach((a, index) => {
    const problem = annotationProblem(a);
    if (problem) throw new SidecarError(`${name}: annotation ${index + 1} ${problem}. It was not changed.`, 'invalid');
    const id = (a as Annotation).id;
    if (ids.has(id)) throw new SidecarError(`${name}: annotation id "${id}" appears twice. It was not changed.`, 'invalid');
    ids.add(id);
  });
  return sidecar as unknown as Sidecar;
}

function annotationProblem(a: unknown): string | null {
  if (!a || typeof a !== 'object') return 'is not an object';
  const r = a as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') return 'has no "id"';
  if (typeof r.kind !== 'string' || !kindSet.has(r.kind)) return `has an unknown "kind" (${JSON.stringify(r.kind)})`;
  if (typeof r.status !== 'string' || !statusSet.has(r.status)) return `has an unknown "status" (${JSON.stringify(r.status)})`;
  const target = r.target as { selector?: unknown } | undefined;
  const selector = target?.selector;
  if (!Array.isArray(selector) || selector.length !== 2) return 'needs "target.selector" with a TextQuoteSelector and a TextPositionSelector';
  const [quote, position] = selector as Array<Record<string, unknown>>;
  if (quote?.type !== 'TextQuoteSelector' || typeof quote.exact !== 'string' || typeof quote.prefix !== 'string' || typeof quote.suffix !== 'string') return 'has a malformed TextQuoteSelector';
  if (position?.type !== 'TextPositionSelector' || !Number.isInteger(position.start) || !Number.isInteger(position.end)) return 'has a malformed TextPositionSelector';
  if (!Array.isArray(r.sources)) return 'needs a "sources" array';
  for (const s of r.sources as unknown[]) {
    if (!s || typeof s !== 'object') return 'has a source that is not an object';
    const src = s as Record<string, unknown>;
    if (src.url === undefined && src.path === undefined) return 'has a source with neither "url" nor "path"';
    if (src.url !== undefined && (typeof src.url !== 'string' || !/^https?:\/\//i.test(src.url))) return 'has a source "url" that is not http(s)';
  }
  return null;
}

/** Stable, diff-friendly formatting: two-space indentation and a final newline. */
export function serializeSidecar(sidecar: Sidecar): string {
  return JSON.stringify(sidecar, null, 2) + '\n';
}
