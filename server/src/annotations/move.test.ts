import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempDirs.js';
import { moveSidecar, sidecarsUnder } from './move.js';
import { setStatus } from './ops.js';
import { emptySidecar, parseSidecar, serializeSidecar } from './sidecar.js';
import { SidecarStore } from './store.js';

const text = 'The ferry was carrying 312 passengers when it ran aground, the coastguard said.';
const span = (words: string) => ({ text, start: text.indexOf(words), end: text.indexOf(words) + words.length, kind: 'figure' as const });
const actor = { author: 'desk', now: '2026-11-29T08:00:00.000Z' };

function sidecarFile(path: string, article: string, words: string, status: 'verified' | 'false'): string {
  const s = emptySidecar(article);
  setStatus(s, span(words), status, actor);
  const raw = serializeSidecar(s);
  writeFileSync(path, raw);
  return raw;
}

describe('moveSidecar', () => {
  it('moves the annotations to the new name and removes the old file', async () => {
    const dir = tempDir('move');
    const from = join(dir, 'ferry.md.factcheck.json');
    sidecarFile(from, 'ferry.md', '312 passengers', 'verified');
    const to = join(dir, 'sub', 'ferry-aground.md.factcheck.json');
    expect(await moveSidecar(from, to, 'ferry-aground.md', new SidecarStore())).toEqual({ from, to, outcome: 'moved' });
    expect(existsSync(from)).toBe(false);
    const moved = parseSidecar(readFileSync(to, 'utf8'));
    expect(moved.article).toBe('ferry-aground.md');
    expect(moved.annotations.map((a) => a.status)).toEqual(['verified']);
  });

  it('merges into a sidecar already at the new name', async () => {
    const dir = tempDir('move');
    const [from, to] = [join(dir, 'a.md.factcheck.json'), join(dir, 'b.md.factcheck.json')];
    sidecarFile(from, 'a.md', '312 passengers', 'verified');
    const other = emptySidecar('b.md');
    setStatus(other, { text, start: 0, end: 9, kind: 'text' }, 'false', actor);
    writeFileSync(to, serializeSidecar(other));
    expect((await moveSidecar(from, to, 'b.md', new SidecarStore()))!.outcome).toBe('merged');
    expect(parseSidecar(readFileSync(to, 'utf8')).annotations.map((a) => a.status)).toEqual(['false', 'verified']);
  });

  it('leaves a sidecar it cannot read, and does nothing without one', async () => {
    const dir = tempDir('move');
    const [from, to] = [join(dir, 'a.md.factcheck.json'), join(dir, 'b.md.factcheck.json')];
    expect(await moveSidecar(from, to, 'b.md', new SidecarStore())).toBeNull();
    writeFileSync(from, '{ "version": 1, "annotations": [');
    const move = await moveSidecar(from, to, 'b.md', new SidecarStore());
    expect(move).toMatchObject({ outcome: 'left' });
    expect(move!.reason).toMatch(/not valid JSON/);
    expect(readFileSync(from, 'utf8')).toBe('{ "version": 1, "annotations": [');
    expect(existsSync(to)).toBe(false);
  });
});

describe('sidecarsUnder', () => {
  it('lists the sidecars of a folder tree, relative and sorted', async () => {
    const dir = tempDir('move');
    mkdirSync(join(dir, 'world', 'europe'), { recursive: true });
    for (const f of ['world/europe/b.md.factcheck.json', 'world/a.txt.factcheck.json', 'world/notes.json']) writeFileSync(join(dir, f), '{}');
    expect(await sidecarsUnder(dir)).toEqual(['world/a.txt.factcheck.json', 'world/europe/b.md.factcheck.json']);
    expect(await sidecarsUnder(join(dir, 'missing'))).toEqual([]);
  });
});
