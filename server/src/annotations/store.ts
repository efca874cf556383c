import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink, mkdir } from 'node:fs/promises';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { resolveConflictedSidecar, type MergeResult } from './merge.js';
import { emptySidecar, parseSidecar, serializeSidecar } from './sidecar.js';
import type { Sidecar } from './types.js';

/**
 * Reading and writing sidecar files without ever losing an annotation:
 * - every write re-reads the file and applies the change to what is there now (merge before write),
 *   so another window or a `git pull` that changed it meanwhile loses nothing;
 * - writes to one file are queued, so rapid changes apply in order and none is lost;
 * - a write goes to a temporary file in the same folder, is flushed, then renamed over the target;
 * - a file that cannot be parsed, or has a newer format version, is never written.
 */

export interface SidecarLocation {
  /** Folder for sidecars relative to the workspace root; empty puts each beside its article. */
  folder: string;
  /** The workspace folder that contains the article, if any. */
  workspaceRoot?: string;
}

export function sidecarPathFor(articlePath: string, location: SidecarLocation = { folder: '' }): string {
  const name = basename(articlePath) + '.factcheck.json';
  if (!location.folder || !location.workspaceRoot) return join(dirname(articlePath), name);
  const rel = relative(location.workspaceRoot, dirname(articlePath));
  // An article outside the workspace keeps its sidecar beside it.
  if (rel.startsWith('..') || isAbsolute(rel)) return join(dirname(articlePath), name);
  return join(location.workspaceRoot, location.folder, rel, name);
}

/** The sidecar at `path`; an empty one when the file does not exist. Throws SidecarError when unusable. */
export async function readSidecar(path: string, article?: string): Promise<{ sidecar: Sidecar; raw: string | null }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { sidecar: emptySidecar(article), raw: null };
    throw error;
  }
  return { sidecar: parseSidecar(raw, basename(path)), raw };
}

export async function writeAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

export type Mutation = (sidecar: Sidecar) => void;

export class SidecarStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  /**
   * Applies `mutate` to the current content of the sidecar and writes it. Resolves with the sidecar
   * as written. Calls for one path run one after another, in call order.
   */
  update(path: string, article: string | undefined, mutate: Mutation): Promise<Sidecar> {
    return this.enqueue(path, () => this.mergeAndWrite(path, article, mutate));
  }

  /**
   * Merges both versions of a sidecar git left with conflict markers and writes the result, in the
   * same queue as updates. Throws with a message for the user when the file has no conflict or a
   * version cannot be read; the file is then left as it is.
   */
  resolveConflict(path: string): Promise<MergeResult> {
    return this.enqueue(path, async () => {
      const raw = await readFile(path, 'utf8');
      const result = resolveConflictedSidecar(raw, basename(path));
      if ((await readFile(path, 'utf8')) !== raw) throw new Error(`${basename(path)} changed while it was merged; nothing was written, try again`);
      await writeAtomic(path, serializeSidecar(result.sidecar));
      return result;
    });
  }

  private enqueue<T>(path: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.queues.set(path, next);
    void next.finally(() => {
      if (this.queues.get(path) === next) this.queues.delete(path);
    }).catch(() => undefined);
    return next;
  }

  private async mergeAndWrite(path: string, article: string | undefined, mutate: Mutation): Promise<Sidecar> {
    // Another process may write between our read and our rename; if the file changed under us,
    // merge again from its new content. A few rounds settle any realistic contention.
    for (let attempt = 0; attempt < 5; attempt++) {
      const { sidecar, raw } = await readSidecar(path, article);
      mutate(sidecar);
      const content = serializeSidecar(sidecar);
      const { raw: again } = await readSidecar(path, article);
      if (again !== raw) continue;
      if (content !== raw) await writeAtomic(path, content);
      return sidecar;
    }
    throw new Error(`${basename(path)} kept changing while factcheck tried to write it; nothing was written, try again`);
  }
}
