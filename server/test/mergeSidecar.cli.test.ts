import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../src/testing/tempDirs.js';
import { setStatus, attachSource } from '../src/annotations/ops.js';
import { emptySidecar, parseSidecar, serializeSidecar } from '../src/annotations/sidecar.js';
import type { Sidecar } from '../src/annotations/types.js';
import { cliPath, runCli } from './runCli.js';

/**
 * `factcheck merge-sidecar`: two desks annotate one article on two git branches; the merge keeps
 * both desks' work, as a git merge driver or afterwards on the file git left with conflict markers.
 */

const article = [
  '# Dam repairs fall behind',
  '',
  'Engineers have repaired 14 of the 31 sluice gates since the spring, the regional water authority said on Monday.',
  'The work will cost about €180m, nearly twice the first estimate.',
  '',
].join('\n');
const span = (words: string) => ({ text: article, start: article.indexOf(words), end: article.indexOf(words) + words.length, kind: 'figure' as const });
const at = (author: string, minute: number) => ({ author, now: `2026-11-29T09:${String(minute).padStart(2, '0')}:00.000Z` });
const sidecarName = 'dam.md.factcheck.json';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=desk', '-c', 'user.email=desk@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A repository whose two branches, main and night, each changed the article's sidecar. */
function twoDesks(driver: boolean): string {
  const dir = tempDir('merge-cli');
  git(dir, 'init', '-q');
  if (driver) {
    writeFileSync(join(dir, '.gitattributes'), '*.factcheck.json merge=factcheck\n');
    git(dir, 'config', 'merge.factcheck.name', 'factcheck annotations');
    git(dir, 'config', 'merge.factcheck.driver', `"${process.execPath}" "${cliPath}" merge-sidecar --driver %O %A %B %P`);
  }
  writeFileSync(join(dir, 'dam.md'), article);
  const base = emptySidecar('dam.md');
  setStatus(base, span('14 of the 31 sluice gates'), 'unchecked', at('day', 0));
  const save = (s: Sidecar, message: string) => {
    writeFileSync(join(dir, sidecarName), serializeSidecar(s));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', message);
  };
  save(base, 'article and sidecar');
  git(dir, 'checkout', '-q', '-b', 'night');
  const night = structuredClone(base);
  setStatus(night, span('about €180m'), 'disputed', at('night', 30));
  attachSource(night, span('14 of the 31 sluice gates'), { path: 'sources/authority-statement.txt' }, at('night', 31));
  save(night, 'night desk');
  git(dir, 'checkout', '-q', 'main');
  const day = structuredClone(base);
  setStatus(day, span('14 of the 31 sluice gates'), 'verified', at('day', 20));
  setStatus(day, span('nearly twice'), 'verified', at('day', 21));
  save(day, 'day desk');
  return dir;
}

function statuses(dir: string): string[][] {
  return parseSidecar(readFileSync(join(dir, sidecarName), 'utf8')).annotations.map((a) => [a.target.selector[0].exact, a.status, a.sources.map((s) => s.url ?? s.path).join()]);
}

const everything = [
  ['14 of the 31 sluice gates', 'verified', 'sources/authority-statement.txt'],
  ['nearly twice', 'verified', ''],
  ['about €180m', 'disputed', ''],
];

describe('factcheck merge-sidecar', () => {
  it('as a git merge driver, merges both branches without a conflict', () => {
    const dir = twoDesks(true);
    git(dir, 'merge', '-q', '--no-edit', 'night');
    expect(statuses(dir)).toEqual(everything);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('resolves the file git left with conflict markers, and scan reads it again', async () => {
    const dir = twoDesks(false);
    expect(() => git(dir, 'merge', '-q', 'night')).toThrow();
    const before = await runCli(['scan', 'dam.md'], { cwd: dir });
    expect(before.stdout + before.stderr).toContain('unfinished git merge');

    const merged = await runCli(['merge-sidecar', sidecarName], { cwd: dir });
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain(`${sidecarName}: merged, 3 annotations`);
    expect(statuses(dir)).toEqual(everything);

    const after = await runCli(['scan', 'dam.md'], { cwd: dir });
    expect(after.stdout + after.stderr).not.toContain('unfinished git merge');
    expect(after.stdout).toContain('disputed');
    // A file without markers is left alone.
    const again = await runCli(['merge-sidecar', sidecarName], { cwd: dir });
    expect(again).toMatchObject({ code: 0, stdout: `${sidecarName}: no unfinished git merge; left as it is\n` });
  });

  it('as a driver, leaves git conflict markers and exits 1 when a version cannot be read', async () => {
    const dir = tempDir('merge-driver');
    const [base, ours, theirs] = ['base', 'ours', 'theirs'].map((n) => join(dir, n));
    const good = serializeSidecar(emptySidecar('dam.md'));
    writeFileSync(base, good);
    writeFileSync(ours, '{ "version": 1, "annotations": [ oops\n');
    writeFileSync(theirs, good.replace('"annotations": []', '"annotations": [], "desk": "night"'));
    const run = await runCli(['merge-sidecar', '--driver', base, ours, theirs, sidecarName]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot merge ${sidecarName} by annotation`);
    const left = readFileSync(ours, 'utf8');
    expect(left).toContain('<<<<<<< ours');
    expect(left).toContain('oops');
    expect(left).toContain('"desk": "night"');
  });

  it('names a missing file as the other commands do (it printed Node\'s "ENOENT: no such file or directory, open ...")', async () => {
    const run = await runCli(['merge-sidecar', 'no-such.md.factcheck.json'], { cwd: tempDir('merge-missing') });
    expect(run).toMatchObject({ code: 2, stderr: 'factcheck: cannot read no-such.md.factcheck.json: no such file\n' });
  });
});
