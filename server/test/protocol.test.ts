import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUri, LspClient } from './lspClient.js';

const fixturePath = 'test-fixtures/articles/baltic-border.md';
const fixture = readFileSync(fixturePath, 'utf8');
const uri = fileUri(fixturePath);

/** Line and character of the n-th occurrence of `needle`, computed independently of the server. */
function positionOf(text: string, needle: string, occurrence = 0): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`"${needle}" is not in the fixture`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function rangeOf(text: string, needle: string) {
  const start = positionOf(text, needle);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

const seedFigures = ['more than 13,000 people', 'an estimated 100,000 troops', 'seven years ago', '30-year-long', '2018', 'dozens of ceasefire violations', 'the 1990s'];

describe('language server over stdio', () => {
  let client: LspClient;

  beforeAll(async () => {
    client = new LspClient();
    const init = await client.initialize();
    expect(init.capabilities.hoverProvider).toBe(true);
  });

  afterAll(async () => {
    await client.stop();
  });

  it('publishes a figure diagnostic at the right range for each seed-style figure', async () => {
    const published = await client.open(uri, 'markdown', fixture);
    for (const figure of seedFigures) {
      const diagnostic = published.diagnostics.find((d) => d.message.startsWith(`Figure: ${figure} `));
      expect(diagnostic, figure).toBeDefined();
      expect(diagnostic!.range, figure).toEqual(rangeOf(fixture, figure));
      expect(diagnostic!.code).toBe('figure.unchecked');
      expect(diagnostic!.source).toBe('factcheck');
      expect(diagnostic!.severity).toBe(3);
      expect(diagnostic!.data).toEqual({ kind: 'figure' });
    }
  });

  it('does not report numbers inside code, link URLs or front matter', async () => {
    const published = client.published.filter((p) => p.uri === uri).at(-1)!;
    const messages = published.diagnostics.map((d) => d.message);
    expect(messages.some((m) => m.includes('apples'))).toBe(false);
    expect(messages.some((m) => m.includes('13000 ') && m.includes('report'))).toBe(false);
    expect(messages.some((m) => m.includes('2.0'))).toBe(false);
    expect(published.diagnostics.every((d) => d.range.start.line > 3)).toBe(true);
  });

  it('answers a hover on each figure with its parsed fields', async () => {
    for (const figure of seedFigures) {
      const { start } = rangeOf(fixture, figure);
      const hover = await client.hover(uri, start.line, start.character + 1);
      expect(hover, figure).not.toBeNull();
      const value = (hover!.contents as { value: string }).value;
      expect(value).toContain('**Kind:**');
      expect(hover!.range).toEqual(rangeOf(fixture, figure));
    }
    const { start } = rangeOf(fixture, 'more than 13,000 people');
    const hover = await client.hover(uri, start.line, start.character + 12);
    const value = (hover!.contents as { value: string }).value;
    expect(value).toContain('**Kind:** count');
    expect(value).toContain('**Value:** 13000');
    expect(value).toContain('**Unit:** people');
    expect(value).toContain('more than (lower bound)');
    expect(value).toContain('**Context:** killed');
  });

  it('returns no hover away from figures', async () => {
    const start = positionOf(fixture, 'Nothing in this block');
    expect(await client.hover(uri, start.line, start.character + 2)).toBeNull();
  });

  it('publishes fresh diagnostics after an incremental change', async () => {
    const { start, end } = rangeOf(fixture, '13,000');
    const next = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start, end }, text: '14,500' }],
    });
    const published = await next;
    const changed = published.diagnostics.find((d) => d.message.startsWith('Figure: more than 14,500 people '));
    expect(changed).toBeDefined();
    expect(changed!.range).toEqual(rangeOf(fixture, 'more than 13,000 people'));
    expect(published.diagnostics.some((d) => d.message.includes('13,000'))).toBe(false);
  });

  it('follows factcheck.* settings per document and clears diagnostics when disabled', async () => {
    client.configuration = { severity: { figure: 'warning' } };
    const figuresOf = (p: { diagnostics: Array<{ code?: unknown; severity?: number }> }) => p.diagnostics.filter((d) => d.code === 'figure.unchecked');
    const warned = client.nextDiagnostics(uri, (p) => figuresOf(p).length > 0 && figuresOf(p).every((d) => d.severity === 2));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await warned;
    client.configuration = { enable: false };
    const cleared = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await cleared;
    client.configuration = {};
    const restored = client.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await restored;
  });

  it('drops attribution.incomplete for a speaker added to factcheck.attributions.wellKnown, with the quick fix that adds them', async () => {
    const summitUri = 'untitled:summit';
    const incompleteOf = (p: { diagnostics: Array<{ code?: unknown; message: string }> }) => p.diagnostics.filter((d) => d.code === 'attribution.incomplete').map((d) => d.message);
    const published = await client.open(summitUri, 'plaintext', 'Vladimir Putin said 40,000 troops would stay.\n');
    expect(incompleteOf(published)).toEqual(['First mention of Vladimir Putin lacks a role or an organisation']);
    const diagnostic = published.diagnostics.find((d) => d.code === 'attribution.incomplete')!;
    const actions: Array<{ title: string; command?: { command: string; arguments?: unknown[] } }> = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: summitUri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    expect(actions.find((a) => a.command?.command === 'factcheck.addWellKnown')?.command?.arguments).toEqual([{ uri: summitUri, name: 'Vladimir Putin' }]);
    // What the client command writes: the server reads it on the configuration change.
    client.configuration = { attributions: { wellKnown: ['Vladimir Putin'] } };
    // The figure's diagnostic stays: the document is still analysed, only the speaker is not asked.
    const quiet = client.nextDiagnostics(summitUri, (p) => p.diagnostics.some((d) => d.code === 'figure.unchecked') && incompleteOf(p).length === 0);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await quiet;
    client.configuration = {};
    const again = client.nextDiagnostics(summitUri, (p) => incompleteOf(p).length === 1);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await again;
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: summitUri } });
  });

  it('analyses plain text and clears diagnostics when a document closes', async () => {
    const text = 'The army moved an estimated 100,000 troops up to the border.\n';
    const plainUri = 'untitled:plain-note';
    const published = await client.open(plainUri, 'plaintext', text);
    const figures = published.diagnostics.filter((d) => d.code === 'figure.unchecked');
    expect(figures.map((d) => d.range)).toEqual([{ start: { line: 0, character: 15 }, end: { line: 0, character: 42 } }]);
    const cleared = client.nextDiagnostics(plainUri, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: plainUri } });
    await cleared;
  });

  it('shows the speaker, role and organisation, and the same speaker\'s other quotes, on a cue', async () => {
    const cue = positionOf(fixture, 'said Marta Kalnina');
    const hover = await client.hover(uri, cue.line, cue.character + 1);
    const value = (hover!.contents as { value: string }).value;
    expect(value).toContain('**Attribution:** direct quote');
    expect(value).toContain('**Speaker:** Marta Kalnina');
    expect(value).toContain('**Role:** director of regional studies');
    expect(value).toContain('**Organisation:** Institute for Northern Security');
    expect(value).toContain('**Also from Marta Kalnina:**');
    expect(value).toContain('Every week brings a new incident');
  });

  it('lists speakers with their quotes in the document outline', async () => {
    const symbols: Array<{ name: string; children?: Array<{ name: string }> }> = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const kalnina = symbols.find((s) => s.name === 'Marta Kalnina');
    expect(kalnina).toBeDefined();
    expect(kalnina!.children!.map((c) => c.name)).toEqual(['“We are not at war, but we are no longer at peace,”', '“Every week brings a new incident.”']);
  });

  it('ignores languages outside factcheck.languages', async () => {
    const other = 'untitled:code.ts';
    const published = await client.open(other, 'typescript', 'const troops = 100000; // more than 13,000 people\n');
    expect(published.diagnostics).toEqual([]);
  });
});
