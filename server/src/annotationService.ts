import { userInfo } from 'node:os';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeAll, type PlacedAnnotation } from './annotations/anchor.js';
import { refreshTargets, type Actor } from './annotations/ops.js';
import type { MergeResult } from './annotations/merge.js';
import { moveSidecar, sidecarsUnder, type SidecarMove } from './annotations/move.js';
import { SidecarError } from './annotations/sidecar.js';
import { readSidecar, SidecarStore, sidecarPathFor, type Mutation, type SidecarLocation } from './annotations/store.js';
import type { Sidecar } from './annotations/types.js';

/**
 * The server's view of sidecar files: one entry per open article, loaded lazily, reloaded when the
 * file changes on disk, written only through SidecarStore (merge before write, atomic, ordered).
 * A sidecar that cannot be read is remembered as an error and never written.
 */

export interface SidecarEntry {
  /** Null for documents that are not files (untitled), which cannot have a sidecar. */
  path: string | null;
  sidecar: Sidecar | null;
  error: string | null;
  /** Why the sidecar cannot be used, when `error` is set and the reason is known. */
  errorReason?: SidecarError['reason'];
  /** Bumped on every load or write, so cached placements know when to recompute. */
  revision: number;
}

export class AnnotationService {
  private readonly entries = new Map<string, Promise<SidecarEntry>>();
  private readonly store = new SidecarStore();
  private revision = 0;
  private readonly placements = new Map<string, { version: number; revision: number; placed: PlacedAnnotation[] }>();

  constructor(private readonly locate: (uri: string) => Promise<SidecarLocation>) {}

  get(uri: string): Promise<SidecarEntry> {
    let entry = this.entries.get(uri);
    if (!entry) {
      entry = this.load(uri);
      this.entries.set(uri, entry);
    }
    return entry;
  }

  private async load(uri: string): Promise<SidecarEntry> {
    const revision = ++this.revision;
    const articlePath = pathOf(uri);
    if (!articlePath) return { path: null, sidecar: null, error: null, revision };
    const path = sidecarPathFor(articlePath, await this.locate(uri));
    try {
      const { sidecar } = await readSidecar(path, basename(articlePath));
      return { path, sidecar, error: null, revision };
    } catch (error) {
      if (error instanceof SidecarError) return { path, sidecar: null, error: error.message, errorReason: error.reason, revision };
      return { path, sidecar: null, error: `${basename(path)} could not be read: ${(error as Error).message}`, revision };
    }
  }

  /** Forgets the cached sidecar of these documents (a file changed on disk, settings changed). */
  invalidate(uris: Iterable<string>): void {
    for (const uri of uris) {
      this.entries.delete(uri);
      this.placements.delete(uri);
    }
  }

  /** Open documents whose sidecar is at `path`. */
  async urisForSidecar(path: string): Promise<string[]> {
    const uris: string[] = [];
    for (const [uri, entry] of this.entries) {
      if ((await entry).path === path) uris.push(uri);
    }
    return uris;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.placements.delete(uri);
  }

  /** The annotations placed in this version of the document (cached per version and sidecar revision). */
  async placed(uri: string, version: number, text: string): Promise<{ entry: SidecarEntry; placed: PlacedAnnotation[] }> {
    const entry = await this.get(uri);
    const cached = this.placements.get(uri);
    if (cached && cached.version === version && cached.revision === entry.revision) return { entry, placed: cached.placed };
    const placed = entry.sidecar ? placeAll(text, entry.sidecar.annotations) : [];
    this.placements.set(uri, { version, revision: entry.revision, placed });
    return { entry, placed };
  }

  /** Applies a change to the document's sidecar and reloads it. Throws with a message for the user. */
  async update(uri: string, mutate: Mutation): Promise<Sidecar> {
    const entry = await this.get(uri);
    if (!entry.path) throw new Error('Save the article to a file first: annotations are kept in a file beside it.');
    if (entry.error) throw new Error(entry.error);
    const articlePath = pathOf(uri)!;
    try {
      const sidecar = await this.store.update(entry.path, basename(articlePath), mutate);
      this.entries.set(uri, Promise.resolve({ path: entry.path, sidecar, error: null, revision: ++this.revision }));
      return sidecar;
    } catch (error) {
      // The file may have become unreadable since it was loaded; show that instead of stale data.
      this.invalidate([uri]);
      throw error instanceof SidecarError ? new Error(error.message) : error;
    }
  }

  /** Merges both versions of a sidecar git left with conflict markers, then reloads it. */
  async resolveConflict(uri: string): Promise<MergeResult> {
    const entry = await this.get(uri);
    if (!entry.path) throw new Error('Save the article to a file first: annotations are kept in a file beside it.');
    try {
      return await this.store.resolveConflict(entry.path);
    } finally {
      this.invalidate([uri]);
    }
  }

  /**
   * After an article or a folder was renamed: moves the sidecars to where the new name puts them.
   * Sidecars beside their articles move with a folder by themselves; under the annotations folder
   * they are moved one by one.
   */
  async followRename(oldUri: string, newUri: string): Promise<SidecarMove[]> {
    const [oldPath, newPath] = [pathOf(oldUri), pathOf(newUri)];
    if (!oldPath || !newPath) return [];
    const [oldLocation, newLocation] = [await this.locate(oldUri), await this.locate(newUri)];
    const isFolder = await stat(newPath).then((st) => st.isDirectory(), () => false);
    const moves: SidecarMove[] = [];
    if (!isFolder) {
      // Any file may be an article (the editor reads plain text of any name); one without a sidecar costs a failed read.
      const move = await moveSidecar(sidecarPathFor(oldPath, oldLocation), sidecarPathFor(newPath, newLocation), basename(newPath), this.store);
      if (move) moves.push(move);
    } else {
      // A probe article inside the folder gives the folder's sidecar folder under either setting.
      const [oldMirror, newMirror] = [dirname(sidecarPathFor(join(oldPath, 'a.md'), oldLocation)), dirname(sidecarPathFor(join(newPath, 'a.md'), newLocation))];
      // Sidecars beside their articles moved with the folder; none to move unless the places differ.
      if (oldMirror === join(oldPath) && newMirror === join(newPath)) return [];
      for (const rel of await sidecarsUnder(oldMirror)) {
        const move = await moveSidecar(join(oldMirror, rel), join(newMirror, rel), basename(rel).replace(/\.factcheck\.json$/, ''), this.store);
        if (move) moves.push(move);
      }
    }
    this.invalidate([...this.entries.keys()].filter((uri) => uri === oldUri || uri === newUri || uri.startsWith(oldUri + '/') || uri.startsWith(newUri + '/')));
    return moves;
  }

  /** On save: moves placed annotations' selectors to the saved text, so the sidecar matches it. */
  async refreshOnSave(uri: string, text: string): Promise<void> {
    const entry = await this.get(uri);
    if (!entry.path || !entry.sidecar || entry.error || entry.sidecar.annotations.length === 0) return;
    const probe = structuredClone(entry.sidecar);
    if (refreshTargets(probe, text) === 0) return;
    await this.update(uri, (sidecar) => void refreshTargets(sidecar, text));
  }
}

export function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function actorFrom(author: string): Actor {
  let name = author.trim();
  if (!name) {
    try {
      name = userInfo().username;
    } catch {
      name = '';
    }
  }
  return name ? { author: name, now: new Date().toISOString() } : { now: new Date().toISOString() };
}
