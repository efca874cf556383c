import { readdir, readFile, unlink } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { mergeSidecars } from './merge.js';
import { parseSidecar, SidecarError } from './sidecar.js';
import type { SidecarStore } from './store.js';

/**
 * Moving a sidecar with its article when the article or its folder is renamed in the editor, so the
 * annotations stay with the words (docs/annotations.md, "Renaming an article"). The old file is
 * removed only after its annotations are written at the new place; when a sidecar is already there,
 * both are merged by annotation. A sidecar that cannot be read is left where it is.
 */

export interface SidecarMove {
  from: string;
  to: string;
  /** What happened: moved, merged into an existing sidecar, or left (with the reason). */
  outcome: 'moved' | 'merged' | 'left';
  reason?: string;
}

export async function moveSidecar(from: string, to: string, article: string, store: SidecarStore): Promise<SidecarMove | null> {
  if (from === to) return null;
  let raw: string;
  try {
    raw = await readFile(from, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { from, to, outcome: 'left', reason: (error as Error).message };
  }
  let moving;
  try {
    moving = parseSidecar(raw, basename(from));
  } catch (error) {
    if (error instanceof SidecarError) return { from, to, outcome: 'left', reason: error.message };
    throw error;
  }
  let merged = false;
  try {
    await store.update(to, article, (target) => {
      merged = target.annotations.length > 0;
      const { sidecar } = mergeSidecars({ base: null, ours: target, theirs: moving });
      for (const key of Object.keys(target)) delete target[key];
      Object.assign(target, sidecar, { article });
    });
  } catch (error) {
    return { from, to, outcome: 'left', reason: (error as Error).message };
  }
  // Someone may have written the old file meanwhile; then it stays, and nothing in it is lost.
  if ((await readFile(from, 'utf8').catch(() => null)) !== raw) {
    return { from, to, outcome: 'left', reason: `${basename(from)} changed while it was moved; its annotations were copied to ${basename(to)} and it was kept` };
  }
  await unlink(from);
  return { from, to, outcome: merged ? 'merged' : 'moved' };
}

/** Every sidecar under `folder` (recursively), as paths relative to it. */
export async function sidecarsUnder(folder: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && entry.name.endsWith('.factcheck.json')) out.push(relative(folder, path));
    }
  }
  await walk(folder);
  return out.sort();
}
