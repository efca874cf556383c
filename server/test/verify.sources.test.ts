import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../src/testing/tempDirs.js';
import { SourceReader } from '../src/verify/sources.js';
import { verifyArticle } from '../src/verify/verify.js';
import type { VerifyEvent } from '../src/verify/types.js';
import { createTarget } from '../src/annotations/anchor.js';
import type { Sidecar, Source } from '../src/annotations/types.js';
import { SourceServer } from './verifyServer.js';

const server = new SourceServer();
let root: string;

beforeAll(async () => {
  await server.start();
  root = tempDir('verify');
  mkdirSync(join(root, 'sources'));
  writeFileSync(join(root, 'sources', 'statement.txt'), 'Roughly 2,400 trucks a day pass through the container terminal.\n');
  writeFileSync(join(root, 'sources', 'scan.pdf'), '%PDF-1.7\n');
});

afterAll(async () => {
  await server.stop();
});

function reader(options: { offline?: boolean; maxBytes?: number; timeoutMs?: number; concurrency?: number } = {}) {
  return new SourceReader({ workspaceRoot: root, offline: options.offline, fetch: { timeoutMs: options.timeoutMs ?? 5000, maxBytes: options.maxBytes, concurrency: options.concurrency } });
}

describe('reading sources', () => {
  it('reads an HTML page as its visible text, and keeps a snapshot with its hash and fetch date', async () => {
    const result = await reader().read({ url: server.url('/supporting') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('Operations notice: industrial action');
    expect(result.text).toMatch(/when\s+4,650 dockworkers walked out\./);
    expect(result.text).not.toContain('window.analytics');
    expect(result.text).not.toContain('font-family');
    expect(result.snapshot).toMatchObject({ url: server.url('/supporting'), finalUrl: server.url('/supporting'), contentType: 'text/html; charset=utf-8', fromCache: false });
    expect(result.snapshot!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(result.snapshot!.fetched)).not.toBeNaN();
    const cache = join(root, '.factcheck', 'cache');
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).not.toHaveLength(0);
  });

  it('reads a PDF as its text, pages apart', async () => {
    const result = await reader().read({ url: server.url('/pdf') });
    expect(result).toMatchObject({ ok: true, pages: 2, snapshot: { contentType: 'application/pdf' } });
    expect(result.ok && result.text).toContain('Profit before tax was SEK 11,812 million (14,930), down 21 percent.');
  });

  it('reads plain text and follows a redirect', async () => {
    expect(await reader().read({ url: server.url('/plain') })).toMatchObject({ ok: true, text: 'Port traffic fell 8.5% last year, the port authority said.\n' });
    expect(await reader().read({ url: server.url('/moved') })).toMatchObject({ ok: true, snapshot: { finalUrl: server.url('/supporting') } });
  });

  it.each([
    ['/slow', 'unreachable', /no answer within 0.3 s/],
    ['/huge', 'unreachable', /larger than the 1 MB limit/],
    ['/huge-declared', 'unreachable', /larger than the 1 MB limit \(50 MB\)/],
    ['/loop-a', 'unreachable', /more than 5 redirects \(a redirect loop\?\)/],
    ['/missing', 'unreachable', /HTTP 404/],
    ['/to-ftp', 'unreachable', /only http and https/],
    ['/binary', 'unsupported', /application\/octet-stream is not a type verify reads/],
    ['/untyped-binary', 'unsupported', /binary/],
    ['/broken-pdf', 'unsupported', /^the PDF cannot be read/],
  ])('%s is %s with the reason', async (path, status, reason) => {
    // Only the page that never answers gets a short timeout; the others must fail for their own reason however slow the machine.
    const result = await reader({ timeoutMs: path === '/slow' ? 300 : 10000, maxBytes: 1024 * 1024 }).read({ url: server.url(path) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(status);
    expect(result.reason).toMatch(reason);
  });

  it('refuses other schemes and addresses with credentials without a request', async () => {
    expect(await reader().read({ url: 'file:///etc/passwd' })).toMatchObject({ ok: false, status: 'unreachable', reason: expect.stringMatching(/only http and https/) });
    expect(await reader().read({ url: `http://user:secret@127.0.0.1:${server.port}/plain` })).toMatchObject({ ok: false, reason: expect.stringMatching(/user name or password/) });
  });

  it('sends no cookies or credentials', async () => {
    const result = await reader().read({ url: server.url('/cookie') });
    expect(result).toMatchObject({ ok: true, text: 'cookie: none; authorization: none\n' });
  });

  it('reads workspace files, and nothing outside the workspace', async () => {
    expect(await reader().read({ path: 'sources/statement.txt' })).toMatchObject({ ok: true, text: expect.stringContaining('2,400 trucks') });
    expect(await reader().read({ path: '../../etc/passwd' })).toMatchObject({ ok: false, status: 'unreachable', reason: expect.stringMatching(/outside the workspace/) });
    expect(await reader().read({ path: '/etc/passwd' })).toMatchObject({ ok: false, reason: expect.stringMatching(/outside the workspace/) });
    expect(await reader().read({ path: 'sources/none.txt' })).toMatchObject({ ok: false, status: 'unreachable', reason: 'sources/none.txt does not exist in the workspace' });
    expect(await reader().read({ path: 'sources/scan.pdf' })).toMatchObject({ ok: false, status: 'unsupported' });
  });

  it('works offline from the snapshot, without a request, and says so when there is none', async () => {
    await reader().read({ url: server.url('/contradicting') });
    const before = server.requests.get('/contradicting');
    const offline = await reader({ offline: true }).read({ url: server.url('/contradicting') });
    expect(offline).toMatchObject({ ok: true, text: expect.stringContaining('some 7,500 containers'), snapshot: { fromCache: true } });
    expect(server.requests.get('/contradicting')).toBe(before);
    expect(await reader({ offline: true }).read({ url: server.url('/never-fetched') })).toMatchObject({ ok: false, status: 'unreachable', reason: expect.stringMatching(/no snapshot/) });
    expect(server.requests.has('/never-fetched')).toBe(false);
  });

  it('fetches each source once per run and at most `concurrency` at a time', async () => {
    server.maxActive = 0;
    const r = reader({ concurrency: 2 });
    const urls = ['/supporting', '/contradicting', '/silent', '/plain', '/moved'].map((p) => server.url(p));
    const before = server.requests.get('/silent') ?? 0;
    await Promise.all([...urls, ...urls].map((url) => r.read({ url })));
    expect(server.maxActive).toBeLessThanOrEqual(2);
    expect(server.requests.get('/silent')).toBe(before + 1);
  });
});

describe('verifyArticle', () => {
  const article = readFileSync('test-fixtures/verify/norrhamn-strike.md', 'utf8');

  function sidecarFor(sources: Array<[string, Source]>): Sidecar {
    return {
      version: 1,
      annotations: sources.map(([words, source], i) => {
        const start = article.indexOf(words);
        if (start < 0) throw new Error(`"${words}" is not in the fixture`);
        return { id: `a${i}`, kind: 'figure', status: 'unchecked', target: createTarget(article, start, start + words.length), sources: [source], created: '2026-02-20T00:00:00Z', modified: '2026-02-20T00:00:00Z' };
      }),
    };
  }

  it('streams a result for every figure, with evidence, and ends with all of them in document order', async () => {
    const sidecar = sidecarFor([
      ['more than 4,500 dockworkers', { url: server.url('/supporting'), title: 'Port notice' }],
      ['an estimated 12,000 containers', { url: server.url('/contradicting') }],
      ['$38m a day', { url: server.url('/silent') }],
      ['8.5%', { url: server.url('/missing') }],
      ['about 2,400 trucks a day', { path: 'sources/statement.txt' }],
    ]);
    const events: VerifyEvent[] = [];
    const report = await verifyArticle({ text: article, kind: 'markdown', sidecar, workspaceRoot: root, onResult: (e) => events.push(e) });
    const byText = new Map(report.figures.map((f) => [f.figure.text, f]));
    expect(byText.get('more than 4,500 dockworkers')).toMatchObject({
      status: 'supported',
      annotationId: 'a0',
      message: 'Supported: Port notice gives “4,650 dockworkers”',
      sources: [{ status: 'supported', evidence: { passage: 'Container handling at all berths stopped at 06:00 on Friday, 20 February, when 4,650 dockworkers walked out.', match: { text: '4,650 dockworkers', value: 4650 } } }],
    });
    const supported = byText.get('more than 4,500 dockworkers')!.sources[0];
    expect(supported.evidence!.line).toBeGreaterThan(1);
    expect(byText.get('an estimated 12,000 containers')).toMatchObject({ status: 'contradicted', sources: [{ evidence: { match: { text: 'some 7,500 containers' } } }] });
    expect(byText.get('$38m a day')).toMatchObject({ status: 'not-found' });
    expect(byText.get('8.5%')).toMatchObject({ status: 'unreachable', message: expect.stringMatching(/HTTP 404/) });
    expect(byText.get('about 2,400 trucks a day')).toMatchObject({ status: 'supported', sources: [{ evidence: { match: { text: 'Roughly 2,400 trucks a day' } } }] });
    expect(byText.get('4,000 dockworkers')).toMatchObject({ status: 'no-sources' });
    expect(report.article.map((f) => f.kind)).toEqual(['inconsistent-values', 'percent-parts', 'relative-time']);

    // Every result was streamed once, and the report keeps document order.
    expect(events.filter((e) => e.type === 'figure')).toHaveLength(report.figures.length);
    expect(events.filter((e) => e.type === 'article')).toHaveLength(3);
    expect(report.figures.map((f) => f.figure.start)).toEqual([...report.figures.map((f) => f.figure.start)].sort((a, b) => a - b));
  });

  it('stops when cancelled while a fetch is under way', async () => {
    const sidecar = sidecarFor([['an estimated 12,000 containers', { url: server.url('/slow') }]]);
    const controller = new AbortController();
    const run = verifyArticle({
      text: article,
      kind: 'markdown',
      sidecar,
      workspaceRoot: root,
      signal: controller.signal,
      // The first streamed result comes before any source is read back: the slow fetch is under way.
      onResult: () => controller.abort(new Error('cancelled by the test')),
    });
    await expect(run).rejects.toThrow('cancelled by the test');
  });

  it('fetches nothing when offline and there is no snapshot', async () => {
    const sidecar = sidecarFor([['$38m a day', { url: server.url('/offline-only') }]]);
    const report = await verifyArticle({ text: article, kind: 'markdown', sidecar, workspaceRoot: root, offline: true });
    expect(report.figures.find((f) => f.figure.text === '$38m a day')).toMatchObject({ status: 'unreachable' });
    expect(server.requests.has('/offline-only')).toBe(false);
    expect(existsSync(join(root, '.factcheck', 'cache'))).toBe(true);
  });
});
