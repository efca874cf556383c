import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../src/testing/tempDirs.js';
import { setStatus } from '../src/annotations/ops.js';
import { emptySidecar, serializeSidecar } from '../src/annotations/sidecar.js';
import { fileUri, LspClient } from './lspClient.js';

/**
 * An article renamed in the editor (or its folder) takes its annotations along: the client sends
 * workspace/didRenameFiles after the rename, and the server moves the sidecar to the new name.
 */

const article = 'Rescuers said 27 miners were still trapped underground on Friday.\n';
const words = '27 miners';

function annotate(sidecarPath: string, name: string): void {
  const sidecar = emptySidecar(name);
  const start = article.indexOf(words);
  setStatus(sidecar, { text: article, start, end: start + words.length, kind: 'figure' }, 'false', { author: 'desk', now: '2026-11-29T07:00:00.000Z' });
  mkdirSync(join(sidecarPath, '..'), { recursive: true });
  writeFileSync(sidecarPath, serializeSidecar(sidecar));
}

describe('renaming an article in the editor', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  /** Renames on disk, then tells the server as VS Code does: close, open under the new name, didRenameFiles. */
  async function rename(from: string, to: string, opened?: { from: string; to: string }, movedSidecar?: string): Promise<void> {
    renameSync(from, to);
    if (opened) await client!.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fileUri(opened.from) } });
    const shown = opened ? client!.nextDiagnostics(fileUri(opened.to), (p) => p.diagnostics.some((d) => d.code === 'annotation.false')) : client!.nextLog((m) => m.includes(`moved ${movedSidecar}`));
    if (opened) await client!.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(opened.to), languageId: 'markdown', version: 1, text: article } });
    await client!.connection.sendNotification('workspace/didRenameFiles', { files: [{ oldUri: fileUri(from), newUri: fileUri(to) }] });
    await shown;
  }

  it('moves the sidecar beside the article to the new name, and the status still shows', async () => {
    const dir = tempDir('rename');
    const [from, to] = [join(dir, 'mine.md'), join(dir, 'mine-rescue.md')];
    writeFileSync(from, article);
    annotate(from + '.factcheck.json', 'mine.md');
    client = new LspClient();
    const init = await client.initialize([dir]);
    expect(init.capabilities.workspace?.fileOperations?.didRename?.filters?.length).toBeGreaterThan(0);
    await client.open(fileUri(from), 'markdown', article);
    await rename(from, to, { from, to });
    expect(existsSync(from + '.factcheck.json')).toBe(false);
    const moved = JSON.parse(readFileSync(to + '.factcheck.json', 'utf8'));
    expect(moved.article).toBe('mine-rescue.md');
    expect(moved.annotations.map((a: { status: string }) => a.status)).toEqual(['false']);
  });

  it('with factcheck.annotations.folder set, moves the sidecars of a renamed folder', async () => {
    const dir = tempDir('rename');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'mine.md'), article);
    annotate(join(dir, '.factcheck', 'drafts', 'mine.md.factcheck.json'), 'mine.md');
    client = new LspClient();
    client.configuration = { annotations: { folder: '.factcheck' } };
    await client.initialize([dir]);
    await rename(join(dir, 'drafts'), join(dir, 'published'), undefined, join(dir, '.factcheck', 'drafts', 'mine.md.factcheck.json'));
    const moved = join(dir, '.factcheck', 'published', 'mine.md.factcheck.json');
    expect(existsSync(join(dir, '.factcheck', 'drafts', 'mine.md.factcheck.json'))).toBe(false);
    expect(JSON.parse(readFileSync(moved, 'utf8')).annotations).toHaveLength(1);
  });
});
