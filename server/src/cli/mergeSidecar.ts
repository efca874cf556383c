import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { hasConflictMarkers } from '../annotations/conflict.js';
import { mergeSidecars, type MergeResult } from '../annotations/merge.js';
import { parseSidecar, serializeSidecar, SidecarError } from '../annotations/sidecar.js';
import { SidecarStore, writeAtomic } from '../annotations/store.js';
import type { Sidecar } from '../annotations/types.js';
import { describeReadError } from './article.js';
import { CliError, parseArgs, type Io } from './io.js';

/**
 * `factcheck merge-sidecar`: merges two versions of a sidecar by annotation id (docs/annotations.md,
 * "In git"). Given files, each one git left with conflict markers is resolved in place. With
 * `--driver BASE OURS THEIRS [PATH]` it is a git merge driver: the merge is written to OURS, and
 * when a version cannot be read the file gets git's usual conflict markers and the exit code is 1,
 * so git reports a conflict and nothing is lost.
 */
export async function runMergeSidecar(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, { driver: 'boolean' });
  if (options.driver) return runDriver(positional, io);
  if (positional.length === 0) throw new CliError('merge-sidecar needs a sidecar file: factcheck merge-sidecar story.md.factcheck.json');
  let failed = false;
  const store = new SidecarStore();
  for (const path of positional) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${path}: ${describeReadError(error)}`);
    }
    if (!hasConflictMarkers(text)) {
      io.stdout.write(`${path}: no unfinished git merge; left as it is\n`);
      continue;
    }
    try {
      // The same merge and atomic write as the editor's quick fix; a file changed meanwhile is not written.
      report(io, path, await store.resolveConflict(path));
    } catch (error) {
      io.stderr.write(`factcheck: ${path}: ${(error as Error).message} Resolve it by hand; the file was not changed.\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

function report(io: Io, path: string, result: MergeResult): void {
  io.stdout.write(`${path}: merged, ${result.sidecar.annotations.length} annotation${result.sidecar.annotations.length === 1 ? '' : 's'}\n`);
  for (const decision of result.decisions) io.stdout.write(`  ${decision}\n`);
}

async function readVersion(path: string, name: string, allowEmpty: boolean): Promise<Sidecar | null> {
  const text = await readFile(path, 'utf8');
  // Git passes an empty ancestor when the file was added on both branches.
  if (allowEmpty && text.trim() === '') return null;
  return parseSidecar(text, name);
}

async function runDriver(positional: string[], io: Io): Promise<number> {
  if (positional.length < 3 || positional.length > 4) {
    throw new CliError('merge-sidecar --driver needs BASE OURS THEIRS [PATH], as git passes them: driver = factcheck merge-sidecar --driver %O %A %B %P');
  }
  const [basePath, oursPath, theirsPath, shownPath] = positional;
  const name = shownPath ?? basename(oursPath);
  try {
    const base = await readVersion(basePath, `${name} (common ancestor)`, true).catch((error: unknown) => {
      // An unreadable ancestor only costs the removal of annotations; merging without it keeps them.
      if (error instanceof SidecarError) return null;
      throw error;
    });
    const ours = (await readVersion(oursPath, `${name} (ours)`, false))!;
    const theirs = (await readVersion(theirsPath, `${name} (theirs)`, false))!;
    const result = mergeSidecars({ base, ours, theirs });
    await writeAtomic(oursPath, serializeSidecar(result.sidecar));
    if (result.decisions.length) {
      io.stderr.write(`factcheck: merged ${name}:\n`);
      for (const decision of result.decisions) io.stderr.write(`  ${decision}\n`);
    }
    return 0;
  } catch (error) {
    io.stderr.write(`factcheck: cannot merge ${name} by annotation: ${(error as Error).message}\n`);
    // Leave git's own conflict markers, so the person resolving the merge sees both versions.
    const marked = await new Promise<boolean>((done) => {
      execFile('git', ['merge-file', '-L', 'ours', '-L', 'base', '-L', 'theirs', oursPath, basePath, theirsPath], (err) => done(!err || typeof (err as { code?: unknown }).code === 'number'));
    });
    if (!marked) io.stderr.write(`factcheck: git merge-file could not run; ${name} holds our version, git still has both\n`);
    return 1;
  }
}
