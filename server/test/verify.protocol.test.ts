import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../src/testing/tempDirs.js';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { createTarget } from '../src/annotations/anchor.js';
import { fileUri, LspClient } from './lspClient.js';
import { SourceServer } from './verifyServer.js';

const server = new SourceServer();
let dir: string;
let articlePath: string;
let uri: string;
let text: string;

function writeSidecar(path: string, sources: Array<[string, Record<string, string>]>): void {
  const body = readFileSync(path, 'utf8');
  const annotations = sources.map(([words, source], i) => {
    const start = body.indexOf(words);
    return { id: `a${i}`, kind: 'figure', status: 'unchecked', target: createTarget(body, start, start + words.length), sources: [source], created: '2026-02-20T00:00:00.000Z', modified: '2026-02-20T00:00:00.000Z' };
  });
  writeFileSync(path + '.factcheck.json', JSON.stringify({ version: 1, annotations }, null, 2));
}

function positionOf(words: string) {
  const offset = text.indexOf(words);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

describe('factcheck.server.verify', () => {
  let client: LspClient;
  const progress: Array<{ uri: string; done: number; total: number; event: { type: string; result?: { status: string; figure: { text: string } } } }> = [];
  const workDone: Array<{ token: unknown; value: { kind: string } }> = [];

  function execute<T>(command: string, args: unknown, extra: Record<string, unknown> = {}, token?: CancellationTokenSource): Promise<T> {
    const params = { command, arguments: [args], ...extra };
    return token ? client.connection.sendRequest('workspace/executeCommand', params, token.token) : client.connection.sendRequest('workspace/executeCommand', params);
  }

  beforeAll(async () => {
    await server.start();
    dir = tempDir('verify-lsp');
    cpSync('test-fixtures/verify', dir, { recursive: true });
    articlePath = join(dir, 'norrhamn-strike.md');
    writeSidecar(articlePath, [
      ['more than 4,500 dockworkers', { url: server.url('/supporting'), title: 'Port notice' }],
      ['an estimated 12,000 containers', { url: server.url('/contradicting'), title: 'Shipping lines' }],
      ['$38m a day', { url: server.url('/silent') }],
      ['8.5%', { url: server.url('/missing') }],
    ]);
    uri = fileUri(articlePath);
    text = readFileSync(articlePath, 'utf8');
    client = new LspClient();
    client.connection.onNotification('factcheck/verifyProgress', (p) => progress.push(p));
    client.connection.onNotification('$/progress', (p) => workDone.push(p));
    await client.initialize();
    await client.open(uri, 'markdown', text);
  });

  afterAll(async () => {
    await client.stop();
    await server.stop();
  });

  it('answers with every figure, streams each result as it comes, reports work-done progress, and publishes diagnostics', async () => {
    const published = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'figure.contradicted'));
    const report = await execute<{ figures: Array<{ status: string; figure: { text: string }; range: { start: { line: number } } }>; article: unknown[] }>('factcheck.server.verify', { uri, version: 1 }, { workDoneToken: 'verify-1' });
    const status = new Map(report.figures.map((f) => [f.figure.text, f.status]));
    expect(status.get('more than 4,500 dockworkers')).toBe('supported');
    expect(status.get('an estimated 12,000 containers')).toBe('contradicted');
    expect(status.get('$38m a day')).toBe('not-found');
    expect(status.get('8.5%')).toBe('unreachable');
    expect(report.figures.find((f) => f.figure.text === 'an estimated 12,000 containers')!.range.start.line).toBe(positionOf('an estimated 12,000 containers').line);
    expect(report.article).toHaveLength(3);

    // One notification per result, the last one counting every figure.
    expect(progress.filter((p) => p.event.type === 'figure')).toHaveLength(report.figures.length);
    expect(progress.at(-1)!.done).toBe(report.figures.length);
    expect(workDone.filter((p) => p.token === 'verify-1').map((p) => p.value.kind)).toEqual(expect.arrayContaining(['begin', 'report', 'end']));
    expect(workDone.filter((p) => p.token === 'verify-1').at(-1)!.value.kind).toBe('end');

    const diagnostics = (await published).diagnostics;
    const at = (words: string) => diagnostics.filter((d) => d.range.start.line === positionOf(words).line && d.range.start.character === positionOf(words).character);
    expect(at('an estimated 12,000 containers').find((d) => d.code === 'figure.contradicted')).toMatchObject({ severity: 1, message: 'Contradicted: Shipping lines gives “some 7,500 containers”, not “an estimated 12,000 containers”' });
    expect(at('$38m a day').find((d) => d.code === 'figure.unsupported')).toMatchObject({ severity: 2 });
    expect(at('8.5%').find((d) => d.code === 'figure.unsupported')!.message).toMatch(/HTTP 404/);
    expect(at('62%').find((d) => d.code === 'figure.contradicted')!.message).toBe('“62%” does not match its parts: 1,500 of 3,000 is 50%');
    expect(diagnostics.some((d) => d.code === 'figure.supported')).toBe(false);
  });

  it('shows the evidence in the hover, escaped, with a link to accept the result', async () => {
    const p = positionOf('an estimated 12,000 containers');
    const hover = await client.hover(uri, p.line, p.character + 3);
    const value = (hover!.contents as { value: string }).value;
    expect(value).toContain('**Verification:** Contradicted: Shipping lines gives “some 7,500 containers”');
    expect(value).toContain('The shipping lines\' association said some 7,500 containers were stranded on the quays by Friday evening\\.');
    expect(value).toContain('[Accept verification result (false)](command:factcheck.setStatus?');
  });

  it('offers "Accept verification result", which sets the status only when run', async () => {
    expect(JSON.parse(readFileSync(articlePath + '.factcheck.json', 'utf8')).annotations[1].status).toBe('unchecked');
    const diagnostics = client.published.filter((x) => x.uri === uri).at(-1)!.diagnostics;
    const diagnostic = diagnostics.find((d) => d.code === 'figure.contradicted' && d.message.startsWith('Contradicted'))!;
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const accept = actions.find((a) => a.title === 'Accept verification result (false)')!;
    expect(accept.command).toMatchObject({ command: 'factcheck.server.setStatus', arguments: [{ uri, version: 1, kind: 'figure', id: 'a1', status: 'false' }] });
    await execute(accept.command!.command, accept.command!.arguments![0]);
    const sidecar = JSON.parse(readFileSync(articlePath + '.factcheck.json', 'utf8'));
    expect(sidecar.annotations.find((a: { id: string }) => a.id === 'a1').status).toBe('false');
    expect(sidecar.annotations.find((a: { id: string }) => a.id === 'a0').status).toBe('unchecked');
  });

  it('refuses a stale version', async () => {
    await expect(execute('factcheck.server.verify', { uri, version: 99 })).rejects.toThrow(/changed since verification was asked for/);
  });

  it('publishes a quotation that differs from the transcript attached to its speaker, and follows it through an edit', async () => {
    const quotePath = join(dir, 'quay.md');
    const before = '# Quay reopens\n\n"We expect every berth to be working by Thursday," the port director, Jonas Vik, said.\n';
    writeFileSync(quotePath, before);
    writeFileSync(join(dir, 'sources', 'vik-statement.txt'), 'Statement by Jonas Vik, port director.\nWe expect most berths to be working by Thursday.\n');
    const start = before.indexOf('Jonas Vik');
    writeFileSync(quotePath + '.factcheck.json', JSON.stringify({ version: 1, annotations: [{ id: 'q1', kind: 'attribution', status: 'unchecked', target: createTarget(before, start, start + 9), sources: [{ path: 'sources/vik-statement.txt', title: 'Statement' }], created: '2026-02-20T00:00:00.000Z', modified: '2026-02-20T00:00:00.000Z' }] }));
    const quoteUri = fileUri(quotePath);
    await client.open(quoteUri, 'markdown', before);
    const published = client.nextDiagnostics(quoteUri, (p) => p.diagnostics.some((d) => d.code === 'quote.misquoted'));
    const report = await execute<{ quotes: Array<{ status: string; quote: { text: string }; range: { start: { line: number } } }> }>('factcheck.server.verify', { uri: quoteUri, version: 1 });
    expect(report.quotes).toMatchObject([{ status: 'misquoted', quote: { text: 'We expect every berth to be working by Thursday' }, range: { start: { line: 2 } } }]);
    const diagnostic = (await published).diagnostics.find((d) => d.code === 'quote.misquoted')!;
    expect(diagnostic.message).toBe('Quotation differs from its source: Statement has “We expect most berths to be working by Thursday” (not “every berth”; also “most berths”)');
    expect(diagnostic.range.start).toEqual({ line: 2, character: 1 });
    // The hover on the quotation shows the check and the source's words.
    const hover = await client.hover(quoteUri, 2, 10);
    const value = (hover!.contents as { value: string }).value;
    expect(value).toContain('**Quotation check:** Quotation differs from its source: Statement has “We expect most berths to be working by Thursday”');
    expect(value).toContain('- misquoted: Statement (line 2): “We expect most berths to be working by Thursday”');
    // A line inserted above moves the diagnostic with the quotation.
    const moved = client.nextDiagnostics(quoteUri, (p) => p.version === 2);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: quoteUri, version: 2 }, contentChanges: [{ text: before.replace('\n\n', '\n\nBy our port reporter.\n\n') }] });
    expect((await moved).diagnostics.find((d) => d.code === 'quote.misquoted')!.range.start).toEqual({ line: 4, character: 1 });
  });

  it('verifies a file that is not open, offline from the snapshots', async () => {
    const other = join(dir, 'trucks.md');
    writeFileSync(other, '# Terminal\n\nShipping lines say an estimated 12,000 containers wait on the quays.\n');
    writeSidecar(other, [['an estimated 12,000 containers', { url: server.url('/contradicting') }]]);
    const requests = server.requests.get('/contradicting');
    const report = await execute<{ version: number | null; offline: boolean; figures: Array<{ status: string }> }>('factcheck.server.verify', { uri: fileUri(other), offline: true });
    expect(report).toMatchObject({ version: null, offline: true, figures: [{ status: 'contradicted' }] });
    expect(server.requests.get('/contradicting')).toBe(requests);
  });

  it('stops on $/cancelRequest and answers RequestCancelled', async () => {
    const slow = join(dir, 'slow.md');
    writeFileSync(slow, '# Slow\n\nThe stoppage has left an estimated 12,000 containers on the quays.\n');
    writeSidecar(slow, [['an estimated 12,000 containers', { url: server.url('/slow') }]]);
    const source = new CancellationTokenSource();
    const asked = server.nextRequest('/slow');
    const pending = execute('factcheck.server.verify', { uri: fileUri(slow) }, {}, source);
    // Cancel once the server has asked for the slow page: the fetch is then under way.
    await asked;
    source.cancel();
    await expect(pending).rejects.toMatchObject({ code: -32800 });
  });
});
