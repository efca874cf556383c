import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempDirs.js';
import { hasConflictMarkers, splitConflict } from './conflict.js';
import { mergeSidecars, resolveConflictedSidecar } from './merge.js';
import { attachSource, setNote, setStatus } from './ops.js';
import { emptySidecar, parseSidecar, serializeSidecar, SidecarError } from './sidecar.js';
import type { Sidecar } from './types.js';

const article = 'Officials said the flooding had displaced more than 40,000 people. The river rose 2.3 metres in six hours, the agency said.';
const people = { text: article, start: article.indexOf('more than'), end: article.indexOf(' people') + 7, kind: 'figure' as const };
const metres = { text: article, start: article.indexOf('2.3'), end: article.indexOf('metres') + 6, kind: 'figure' as const };
const at = (author: string, minute: number) => ({ author, now: `2026-11-29T10:${String(minute).padStart(2, '0')}:00.000Z` });

function sidecarWith(...changes: Array<(s: Sidecar) => void>): Sidecar {
  const s = emptySidecar('flood.md');
  for (const change of changes) change(s);
  return s;
}
const copy = (s: Sidecar): Sidecar => structuredClone(s);

describe('mergeSidecars', () => {
  it('keeps the annotations each side added', () => {
    const base = sidecarWith();
    const ours = sidecarWith((s) => void setStatus(s, people, 'verified', at('ana', 1)));
    const theirs = sidecarWith((s) => void setStatus(s, metres, 'disputed', at('ben', 2)));
    const { sidecar, decisions } = mergeSidecars({ base, ours, theirs });
    expect(sidecar.annotations.map((a) => [a.target.selector[0].exact, a.status])).toEqual([
      ['more than 40,000 people', 'verified'],
      ['2.3 metres', 'disputed'],
    ]);
    expect(decisions).toEqual([]);
  });

  it('takes the side that changed an annotation when the other left it as it was', () => {
    const base = sidecarWith((s) => void setStatus(s, people, 'unchecked', at('ana', 1)));
    const theirs = copy(base);
    setStatus(theirs, people, 'false', at('ben', 5));
    expect(mergeSidecars({ base, ours: copy(base), theirs }).sidecar.annotations[0]).toMatchObject({ status: 'false', author: 'ben' });
  });

  it('merges an annotation both sides changed field by field: sources united, notes both kept', () => {
    const base = sidecarWith((s) => void setStatus(s, people, 'unchecked', at('ana', 1)));
    const ours = copy(base);
    attachSource(ours, people, { url: 'https://example.org/agency-update' }, at('ana', 3));
    setNote(ours, people, 'Agency figure from Tuesday.', at('ana', 3));
    const theirs = copy(base);
    attachSource(theirs, people, { path: 'sources/red-cross.txt' }, at('ben', 4));
    setNote(theirs, people, 'Red Cross count is higher.', at('ben', 4));
    const { sidecar, decisions } = mergeSidecars({ base, ours, theirs });
    const merged = sidecar.annotations[0];
    expect(merged.sources.map((s) => s.url ?? s.path)).toEqual(['sources/red-cross.txt', 'https://example.org/agency-update']);
    expect(merged.note).toBe('Red Cross count is higher.\n\nAgency figure from Tuesday.');
    expect(merged).toMatchObject({ author: 'ben', modified: at('ben', 4).now, created: at('ana', 1).now });
    expect(decisions).toEqual(['"more than 40,000 people": both notes kept.']);
  });

  it('keeps the later of two statuses and writes the other into the note', () => {
    const base = sidecarWith((s) => void setStatus(s, people, 'unchecked', at('ana', 1)));
    const ours = copy(base);
    setStatus(ours, people, 'verified', at('ana', 7));
    const theirs = copy(base);
    setStatus(theirs, people, 'disputed', at('ben', 3));
    const { sidecar, decisions } = mergeSidecars({ base, ours, theirs, oursLabel: 'HEAD', theirsLabel: 'night-desk' });
    const merged = sidecar.annotations[0];
    expect(merged.status).toBe('verified');
    expect(merged.verifiedHash).toBe(ours.annotations[0].verifiedHash);
    expect(merged.note).toContain('"disputed" by ben (2026-11-29T10:03:00.000Z)');
    expect(merged.note).toContain('"verified" by ana (2026-11-29T10:07:00.000Z); the later one was kept');
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatch(/status "verified" \(HEAD, .*\) kept over "disputed" \(night-desk/);
  });

  it('lets a removal stand only when the other side had not changed the annotation', () => {
    const base = sidecarWith((s) => void setStatus(s, people, 'unchecked', at('ana', 1)), (s) => void setStatus(s, metres, 'unchecked', at('ana', 1)));
    const ours = copy(base);
    ours.annotations = ours.annotations.filter((a) => a.target.selector[0].exact !== '2.3 metres');
    ours.annotations = ours.annotations.filter((a) => a.target.selector[0].exact !== 'more than 40,000 people');
    const theirs = copy(base);
    setStatus(theirs, people, 'false', at('ben', 2));
    const { sidecar, decisions } = mergeSidecars({ base, ours, theirs });
    expect(sidecar.annotations.map((a) => [a.target.selector[0].exact, a.status])).toEqual([['more than 40,000 people', 'false']]);
    expect(decisions).toEqual([
      '"more than 40,000 people": removed in ours but changed in theirs; kept.',
      '"2.3 metres": removed in ours, unchanged in theirs; left out.',
    ]);
  });

  it('without the common ancestor keeps everything either side has', () => {
    const ours = sidecarWith((s) => void setStatus(s, people, 'verified', at('ana', 1)));
    const theirs = sidecarWith((s) => void setStatus(s, metres, 'verified', at('ben', 1)));
    expect(mergeSidecars({ base: null, ours, theirs }).sidecar.annotations).toHaveLength(2);
  });

  it('folds two annotations both sides made of the same words into one', () => {
    const ours = sidecarWith((s) => void attachSource(s, people, { url: 'https://example.org/a' }, at('ana', 2)));
    const theirs = sidecarWith((s) => void setStatus(s, people, 'partly-true', at('ben', 6)));
    const { sidecar, decisions } = mergeSidecars({ base: sidecarWith(), ours, theirs });
    expect(sidecar.annotations).toHaveLength(1);
    expect(sidecar.annotations[0]).toMatchObject({ id: ours.annotations[0].id, status: 'partly-true', sources: [{ url: 'https://example.org/a' }] });
    expect(decisions.at(-1)).toContain('two annotations of the same words');
  });

  it('keeps fields it does not know, from either side', () => {
    const base = sidecarWith((s) => void setStatus(s, people, 'unchecked', at('ana', 1)));
    const ours = copy(base);
    ours.annotations[0].desk = 'politics';
    const theirs = copy(base);
    theirs.reviewedBy = 'standards team';
    const { sidecar } = mergeSidecars({ base, ours, theirs });
    expect(sidecar.reviewedBy).toBe('standards team');
    expect(sidecar.annotations[0].desk).toBe('politics');
  });
});

describe('splitConflict', () => {
  const conflicted = ['{', '<<<<<<< HEAD', '  "a": 1', '||||||| base', '  "a": 0', '=======', '  "a": 2', '>>>>>>> feature', '}', ''].join('\n');
  it('returns each side, and the ancestor of a diff3 conflict', () => {
    const sides = splitConflict(conflicted)!;
    expect(sides).toMatchObject({ ours: '{\n  "a": 1\n}\n', theirs: '{\n  "a": 2\n}\n', base: '{\n  "a": 0\n}\n', oursLabel: 'HEAD', theirsLabel: 'feature', hunks: [2] });
  });
  it('has no ancestor without diff3 sections, and no sides without a complete hunk', () => {
    expect(splitConflict('{\n<<<<<<< HEAD\n1\n=======\n2\n>>>>>>> x\n}\n')!.base).toBeNull();
    expect(splitConflict('{\n<<<<<<< HEAD\n1\n=======\n2\n}\n')).toBeNull();
    expect(splitConflict('{"note": "<<<<<<< not a marker"}')).toBeNull();
  });
  it('tells a conflicted file from one that only quotes a marker', () => {
    expect(hasConflictMarkers(conflicted)).toBe(true);
    expect(hasConflictMarkers('{"note": "<<<<<<< HEAD and >>>>>>> x"}')).toBe(false);
  });
});

describe('a sidecar after a real git merge', () => {
  function git(dir: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }
  function commit(dir: string, sidecar: Sidecar, message: string): void {
    writeFileSync(join(dir, 'flood.md.factcheck.json'), serializeSidecar(sidecar));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', message);
  }

  for (const style of ['merge', 'diff3']) {
    it(`is reported as an unfinished merge and resolved with every annotation (${style} conflict style)`, () => {
      const dir = tempDir('merge');
      git(dir, 'init', '-q');
      git(dir, 'config', 'merge.conflictStyle', style);
      const base = sidecarWith((s) => void setStatus(s, people, 'unchecked', at('ana', 1)));
      commit(dir, base, 'base');
      git(dir, 'checkout', '-q', '-b', 'night-desk');
      const theirs = copy(base);
      setStatus(theirs, people, 'disputed', at('ben', 3));
      setStatus(theirs, metres, 'verified', at('ben', 4));
      commit(dir, theirs, 'night desk');
      git(dir, 'checkout', '-q', 'main');
      const ours = copy(base);
      setStatus(ours, people, 'verified', at('ana', 6));
      attachSource(ours, people, { url: 'https://example.org/agency' }, at('ana', 6));
      commit(dir, ours, 'day desk');
      expect(() => git(dir, 'merge', '-q', 'night-desk')).toThrow();

      const text = readFileSync(join(dir, 'flood.md.factcheck.json'), 'utf8');
      expect(() => parseSidecar(text, 'flood.md.factcheck.json')).toThrow(SidecarError);
      try {
        parseSidecar(text, 'flood.md.factcheck.json');
      } catch (error) {
        expect((error as SidecarError).reason).toBe('conflict');
      }
      const { sidecar } = resolveConflictedSidecar(text, 'flood.md.factcheck.json');
      expect(sidecar.annotations.map((a) => [a.target.selector[0].exact, a.status])).toEqual([
        ['more than 40,000 people', 'verified'],
        ['2.3 metres', 'verified'],
      ]);
      expect(sidecar.annotations[0].sources).toEqual([{ url: 'https://example.org/agency' }]);
      expect(sidecar.annotations[0].note).toContain('"disputed" by ben');
      expect(() => parseSidecar(serializeSidecar(sidecar))).not.toThrow();
    });
  }
});
