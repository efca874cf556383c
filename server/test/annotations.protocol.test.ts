import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../src/testing/tempDirs.js';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from './lspClient.js';

const dir = tempDir('annotations');
const articlePath = join(dir, 'story.md');
copyFileSync('test-fixtures/articles/baltic-border.md', articlePath);
const sidecarPath = articlePath + '.factcheck.json';
const uri = fileUri(articlePath);
let text = readFileSync(articlePath, 'utf8');
let version = 1;

const figure = 'more than 13,000 people';

function offsetOf(needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the article`);
  return at;
}

function lineOf(offset: number): number {
  return text.slice(0, offset).split('\n').length - 1;
}

function onFigure(d: Diagnostic): boolean {
  return d.range.start.line === lineOf(offsetOf(figure));
}

describe('annotations through the language server', () => {
  let client: LspClient;

  async function change(next: string): Promise<PublishDiagnosticsParams> {
    version++;
    const expected = version;
    const published = client.nextDiagnostics(uri, (p) => p.version === expected);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: next }] });
    text = next;
    return published;
  }

  function execute<T>(command: string, args: unknown): Promise<T> {
    return client.connection.sendRequest('workspace/executeCommand', { command, arguments: [args] });
  }

  beforeAll(async () => {
    client = new LspClient();
    client.configuration = { annotations: { author: 'night desk' } };
    await client.initialize();
    await client.open(uri, 'markdown', text);
  });

  afterAll(async () => {
    await client.stop();
  });

  it('offers Attach source, Set status and Ignore on a figure diagnostic, built from its data', async () => {
    const published = client.published.filter((p) => p.uri === uri).at(-1)!;
    const diagnostic = published.diagnostics.find((d) => d.message.startsWith(`Figure: ${figure} `))!;
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    expect(actions.map((a) => a.title)).toEqual(['Attach source… (figure)', 'Set status… (figure)', 'Ignore (figure)']);
    expect(actions[0].command!.arguments![0]).toEqual({ uri, version, start: offsetOf(figure), end: offsetOf(figure) + figure.length, kind: 'figure' });
  });

  it('attaches a source and sets a status, writing the sidecar and changing the diagnostic', async () => {
    const args = { uri, version, start: offsetOf(figure), end: offsetOf(figure) + figure.length, kind: 'figure' };
    await execute('factcheck.server.attachSource', { ...args, source: { url: 'https://example.org/mission-report', title: 'Mission report', quote: 'at least 13,100 deaths' } });
    const marked = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'annotation.false'));
    await execute('factcheck.server.setStatus', { ...args, status: 'false' });
    const published = await marked;
    const diagnostic = published.diagnostics.find((d) => d.code === 'annotation.false')!;
    expect(diagnostic.severity).toBe(1);
    expect(diagnostic.message).toBe(`False: “${figure}” (1 source)`);
    expect(published.diagnostics.some((d) => d.code === 'figure.unchecked' && onFigure(d) && d.message.includes(figure))).toBe(false);

    const sidecar = JSON.parse(readFileSync(sidecarPath, 'utf8'));
    expect(sidecar.version).toBe(1);
    expect(sidecar.annotations).toHaveLength(1);
    expect(sidecar.annotations[0]).toMatchObject({ kind: 'figure', status: 'false', author: 'night desk', sources: [{ url: 'https://example.org/mission-report', title: 'Mission report' }] });
    expect(sidecar.annotations[0].target.selector[0].exact).toBe(figure);
  });

  it('shows status, sources and command links in the hover, with sidecar text escaped', async () => {
    const sidecar = JSON.parse(readFileSync(sidecarPath, 'utf8'));
    sidecar.annotations[0].note = 'See [this](command:workbench.action.quit) <b>now</b>';
    writeFileSync(sidecarPath, JSON.stringify(sidecar, null, 2));
    const reloaded = client.nextDiagnostics(uri, () => true);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(sidecarPath), type: 2 }] });
    await reloaded;
    const start = offsetOf(figure);
    const hover = await client.hover(uri, lineOf(start), start - text.lastIndexOf('\n', start - 1) - 1 + 3);
    const value = (hover!.contents as { value: string }).value;
    expect(value).toContain('**Status:** False');
    expect(value).toContain('[Mission report](https://example.org/mission-report)');
    expect(value).toContain('**Note:** See \\[this\\]\\(command:workbench\\.action\\.quit\\)');
    expect(value).not.toContain('<b>');
    expect(value).toContain('](command:factcheck.setStatus?');
    expect(value).not.toContain('](command:workbench');
  });

  it('refuses a command for a stale version and changes nothing', async () => {
    const before = readFileSync(sidecarPath, 'utf8');
    const args = { uri, version: version - 1 + 100, start: offsetOf(figure), end: offsetOf(figure) + figure.length, kind: 'figure', status: 'verified' };
    await expect(execute('factcheck.server.setStatus', args)).rejects.toThrow(/changed since this action was offered/);
    expect(readFileSync(sidecarPath, 'utf8')).toBe(before);
  });

  it('keeps the annotation on the figure when a paragraph is inserted above and the words around it are rewritten', async () => {
    const inserted = text.replace('# Border tensions', 'An editor’s note added at the top, with 12 words and 3 figures.\n\n# Border tensions').replace('Since then the fighting has killed', 'In the years since, the war has claimed');
    const published = await change(inserted);
    const diagnostic = published.diagnostics.find((d) => d.code === 'annotation.false')!;
    const start = offsetOf(figure);
    expect(diagnostic.range.start.line).toBe(lineOf(start));
    expect(published.diagnostics.some((d) => d.code === 'annotation.orphan')).toBe(false);
  });

  it('shows drift when the figure itself is edited', async () => {
    const published = await change(text.replace('13,000', '14,000'));
    const drift = published.diagnostics.find((d) => d.code === 'annotation.drift')!;
    expect(drift.severity).toBe(2);
    expect(drift.message).toContain('more than 14,000 people');
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: drift.range, context: { diagnostics: [drift] } });
    expect(actions[0].title).toBe('Confirm it is still false');
  });

  it('makes the annotation an orphan, still in the sidecar, when the sentence is deleted', async () => {
    const sentence = text.slice(text.indexOf('In the years since'), text.indexOf('all but collapsed.') + 'all but collapsed.'.length);
    const published = await change(text.replace(sentence, ''));
    const orphan = published.diagnostics.find((d) => d.code === 'annotation.orphan')!;
    expect(orphan.severity).toBe(2);
    expect(orphan.message).toContain(figure);
    expect(orphan.range.start).toEqual({ line: 0, character: 0 });
    const summary: { orphans: number; figures: number; items: Array<{ orphan: boolean; text: string }> } = await execute('factcheck.server.summary', { uri });
    expect(summary.orphans).toBe(1);
    expect(summary.items.find((i) => i.orphan)!.text).toBe(figure);
    // The status bar's request: the same counts, no items.
    const counts: { orphans: number; figures: number; items: unknown[]; itemsOmitted?: boolean } = await execute('factcheck.server.summary', { uri, items: false });
    expect(counts).toMatchObject({ orphans: 1, figures: summary.figures, items: [], itemsOmitted: true });
    expect(JSON.parse(readFileSync(sidecarPath, 'utf8')).annotations).toHaveLength(1);
  });

  it('on save moves placed annotations to the saved text and keeps orphans unchanged', async () => {
    const restored = await change(text.replace('A new', 'A new') + '\n\nLater: the war has killed more than 13,000 people, the mission said.\n');
    expect(restored.diagnostics.some((d) => d.code === 'annotation.orphan')).toBe(false);
    writeFileSync(articlePath, text);
    const saved = client.nextDiagnostics(uri, () => true);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await saved;
    const sidecar = JSON.parse(readFileSync(sidecarPath, 'utf8'));
    expect(sidecar.annotations[0].target.selector[1].start).toBe(text.indexOf(figure));
  });

  it('reports a corrupt sidecar and never overwrites it', async () => {
    writeFileSync(sidecarPath, '{ "version": 1, "annotations": [ oops');
    const reported = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'annotation.sidecar'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(sidecarPath), type: 2 }] });
    const published = await reported.catch((error) => {
      throw new Error(`${error.message}\nserver stderr: ${client.stderr}`);
    });
    expect(published.diagnostics.find((d) => d.code === 'annotation.sidecar')!.message).toMatch(/not valid JSON/);
    expect(client.messages.some((m) => /story\.md\.factcheck\.json is not valid JSON/.test(m))).toBe(true);
    const args = { uri, version, start: offsetOf(figure), end: offsetOf(figure) + figure.length, kind: 'figure', status: 'verified' };
    await expect(execute('factcheck.server.setStatus', args)).rejects.toThrow(/not valid JSON/);
    expect(readFileSync(sidecarPath, 'utf8')).toBe('{ "version": 1, "annotations": [ oops');
  });

  it('offers to merge a sidecar git left with conflict markers, and merges both versions', async () => {
    const start = offsetOf(figure);
    const annotation = (id: string, status: string, modified: string, source: string) => ({
      id, kind: 'figure', status, created: modified, modified, author: id,
      target: { selector: [{ type: 'TextQuoteSelector', exact: figure, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + figure.length, start + figure.length + 32) }, { type: 'TextPositionSelector', start, end: start + figure.length }] },
      sources: [{ url: source }],
    });
    const side = (a: object) => JSON.stringify({ version: 1, annotations: [a] }, null, 2).split('\n');
    const ours = side(annotation('day', 'verified', '2026-11-29T10:00:00.000Z', 'https://example.org/day'));
    const theirs = side(annotation('night', 'disputed', '2026-11-29T11:00:00.000Z', 'https://example.org/night'));
    // What git leaves when both branches annotated the article: the two versions' differing lines.
    const conflicted = ['<<<<<<< HEAD', ...ours, '=======', ...theirs, '>>>>>>> night-desk', ''].join('\n');
    writeFileSync(sidecarPath, conflicted);
    const reported = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'annotation.sidecar' && /unfinished git merge/.test(d.message)));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(sidecarPath), type: 2 }] });
    const diagnostic = (await reported).diagnostics.find((d) => d.code === 'annotation.sidecar')!;
    expect(diagnostic.data).toMatchObject({ sidecarConflict: true });
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    expect(actions.map((a) => a.title)).toEqual(['Merge both versions of the annotations', 'Open the sidecar file']);

    const merged = client.nextDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'annotation.sidecar') && p.diagnostics.some((d) => d.code === 'annotation.disputed'));
    const result: { annotations: number; decisions: string[] } = await execute(actions[0].command!.command, actions[0].command!.arguments![0]);
    expect(result.annotations).toBe(1);
    expect(result.decisions.join(' ')).toContain('two annotations of the same words');
    await merged;
    const saved = JSON.parse(readFileSync(sidecarPath, 'utf8'));
    expect(saved.annotations).toHaveLength(1);
    expect(saved.annotations[0].sources.map((s: { url: string }) => s.url).sort()).toEqual(['https://example.org/day', 'https://example.org/night']);
    expect(saved.annotations[0].note).toContain('"verified" by day');
    expect(client.messages.some((m) => /merged both versions of the annotations \(1 annotation\)/.test(m))).toBe(true);
    // Nothing left to merge: the command says so and changes nothing.
    const before = readFileSync(sidecarPath, 'utf8');
    await expect(execute('factcheck.server.mergeSidecar', { uri })).rejects.toThrow(/no complete git conflict hunk/);
    expect(readFileSync(sidecarPath, 'utf8')).toBe(before);
  });

  it('refuses annotations on an untitled document with a clear message', async () => {
    const untitled = 'untitled:draft';
    await client.open(untitled, 'markdown', 'It killed more than 13,000 people.');
    await expect(execute('factcheck.server.setStatus', { uri: untitled, version: 1, start: 10, end: 33, kind: 'figure', status: 'verified' })).rejects.toThrow(/Save the article to a file first/);
    expect(existsSync(join(dir, 'draft.factcheck.json'))).toBe(false);
  });
});
