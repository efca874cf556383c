import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempDirs.js';
import { attachSource, refreshTargets, setStatus } from './ops.js';
import { parseSidecar, SidecarError } from './sidecar.js';
import { readSidecar, SidecarStore, sidecarPathFor } from './store.js';
import type { Sidecar } from './types.js';

const text = 'The fighting has killed more than 13,000 people since then, officials said.';
const span = { text, start: 24, end: 47, kind: 'figure' as const };
const actor = { author: 'desk', now: '2026-11-28T10:00:00.000Z' };

describe('sidecarPathFor', () => {
  it('puts the sidecar beside the article by default', () => {
    expect(sidecarPathFor('/ws/news/story.md')).toBe('/ws/news/story.md.factcheck.json');
  });
  it('mirrors the article path under a configured folder', () => {
    expect(sidecarPathFor('/ws/news/story.md', { folder: '.factcheck', workspaceRoot: '/ws' })).toBe('/ws/.factcheck/news/story.md.factcheck.json');
  });
  it('keeps articles outside the workspace beside their sidecar', () => {
    expect(sidecarPathFor('/elsewhere/story.md', { folder: '.factcheck', workspaceRoot: '/ws' })).toBe('/elsewhere/story.md.factcheck.json');
  });
});

describe('SidecarStore', () => {
  it('creates the file with the annotation and leaves no temporary file', async () => {
    const dir = tempDir('store');
    const path = join(dir, 'story.md.factcheck.json');
    await new SidecarStore().update(path, 'story.md', (s) => void setStatus(s, span, 'verified', actor));
    const saved = parseSidecar(readFileSync(path, 'utf8'));
    expect(saved.annotations).toHaveLength(1);
    expect(saved.annotations[0]).toMatchObject({ kind: 'figure', status: 'verified', author: 'desk' });
    expect(saved.annotations[0].target.selector[0].exact).toBe('more than 13,000 people');
    expect(readdirSync(dir)).toEqual(['story.md.factcheck.json']);
  });

  it('merges with changes made on disk since the last write', async () => {
    const dir = tempDir('store');
    const path = join(dir, 'a.factcheck.json');
    const store = new SidecarStore();
    await store.update(path, 'a', (s) => void setStatus(s, span, 'verified', actor));
    // Another window adds a note and an unrelated annotation meanwhile.
    const other = parseSidecar(readFileSync(path, 'utf8'));
    other.annotations[0].note = 'Checked with the mission';
    other.annotations.push({ ...other.annotations[0], id: 'from-elsewhere', note: undefined });
    writeFileSync(path, JSON.stringify(other));
    await store.update(path, 'a', (s) => void attachSource(s, span, { url: 'https://example.org/report' }, actor));
    const saved = parseSidecar(readFileSync(path, 'utf8'));
    expect(saved.annotations.map((a) => a.id)).toContain('from-elsewhere');
    expect(saved.annotations[0].note).toBe('Checked with the mission');
    expect(saved.annotations[0].sources).toEqual([{ url: 'https://example.org/report' }]);
  });

  it('applies rapid updates in order without losing any', async () => {
    const path = join(tempDir('store'), 'b.factcheck.json');
    const store = new SidecarStore();
    const urls = Array.from({ length: 20 }, (_, i) => `https://example.org/${i}`);
    await Promise.all(urls.map((url) => store.update(path, 'b', (s) => void attachSource(s, span, { url }, actor))));
    const saved = parseSidecar(readFileSync(path, 'utf8'));
    expect(saved.annotations).toHaveLength(1);
    expect(saved.annotations[0].sources.map((s) => s.url)).toEqual(urls);
  });

  it('never overwrites a corrupt file', async () => {
    const path = join(tempDir('store'), 'c.factcheck.json');
    writeFileSync(path, '{"version": 1, "annotations": [');
    await expect(new SidecarStore().update(path, 'c', (s) => void setStatus(s, span, 'false', actor))).rejects.toThrow(/not valid JSON/);
    expect(readFileSync(path, 'utf8')).toBe('{"version": 1, "annotations": [');
  });

  it('never overwrites a file from a newer version', async () => {
    const path = join(tempDir('store'), 'd.factcheck.json');
    const future = JSON.stringify({ version: 99, annotations: [], wonders: true });
    writeFileSync(path, future);
    const error = await new SidecarStore().update(path, 'd', (s) => void setStatus(s, span, 'false', actor)).catch((e) => e);
    expect(error).toBeInstanceOf(SidecarError);
    expect(error.reason).toBe('future-version');
    expect(readFileSync(path, 'utf8')).toBe(future);
  });

  it('keeps fields it does not know', async () => {
    const path = join(tempDir('store'), 'e.factcheck.json');
    writeFileSync(path, JSON.stringify({ version: 1, annotations: [], editorNote: 'keep me' }));
    await new SidecarStore().update(path, 'e', (s) => void setStatus(s, span, 'verified', actor));
    expect(JSON.parse(readFileSync(path, 'utf8')).editorNote).toBe('keep me');
  });

  it('reads a missing file as empty', async () => {
    const { sidecar, raw } = await readSidecar(join(tempDir('store'), 'none.json'), 'none');
    expect(raw).toBeNull();
    expect(sidecar).toEqual({ version: 1, article: 'none', annotations: [] });
  });
});

describe('parseSidecar', () => {
  const base = { version: 1, annotations: [] as unknown[] };
  it.each([
    [{ ...base, version: '1' }, /integer "version"/],
    [{ version: 1 }, /"annotations" array/],
    [{ ...base, annotations: [{ id: 'x', kind: 'figure', status: 'great', target: {}, sources: [] }] }, /unknown "status"/],
    [{ ...base, annotations: [{ id: 'x', kind: 'figure', status: 'verified', target: { selector: [] }, sources: [] }] }, /target.selector/],
  ])('rejects a malformed sidecar %#', (data, message) => {
    expect(() => parseSidecar(JSON.stringify(data))).toThrow(message);
  });

  it('rejects a javascript: source url', () => {
    const annotation = { id: 'x', kind: 'figure', status: 'verified', target: { selector: [{ type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 1 }] }, sources: [{ url: 'javascript:alert(1)' }] };
    expect(() => parseSidecar(JSON.stringify({ version: 1, annotations: [annotation] }))).toThrow(/not http/);
  });
});

describe('ops', () => {
  it('sets status on the same annotation twice rather than creating a second one', () => {
    const sidecar: Sidecar = { version: 1, annotations: [] };
    setStatus(sidecar, span, 'disputed', actor);
    setStatus(sidecar, span, 'verified', actor);
    expect(sidecar.annotations).toHaveLength(1);
  });

  it('refreshes targets to the saved text and leaves orphans alone', () => {
    const sidecar: Sidecar = { version: 1, annotations: [] };
    setStatus(sidecar, span, 'verified', actor);
    const officials = text.indexOf('officials');
    setStatus(sidecar, { ...span, start: officials, end: officials + 9 }, 'unchecked', actor);
    const saved = 'New lede.\n\n' + text.replace(', officials said', '');
    expect(refreshTargets(sidecar, saved)).toBe(1);
    expect(sidecar.annotations[0].target.selector[1].start).toBe(35);
    expect(sidecar.annotations[1].target.selector[0].exact).toBe('officials');
    expect(sidecar.annotations[1].target.selector[1].start).toBe(officials);
  });
});
