import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../src/testing/tempDirs.js';
import { fileUri, LspClient } from './lspClient.js';

/** `factcheck.server.report`: what "Show Report" and "Export ClaimReview" ask the server for. */

const dir = tempDir('report');
const articlePath = join(dir, 'port-dredging.md');
copyFileSync('test-fixtures/reports/port-dredging.md', articlePath);
copyFileSync('test-fixtures/reports/port-dredging.md.factcheck.json', articlePath + '.factcheck.json');
const uri = fileUri(articlePath);
const text = readFileSync(articlePath, 'utf8');

describe('the report command', () => {
  let client: LspClient;
  const report = <T>(args: unknown) => client.connection.sendRequest('workspace/executeCommand', { command: 'factcheck.server.report', arguments: [args] }) as Promise<T>;

  beforeAll(async () => {
    client = new LspClient();
    await client.initialize();
    // Resolves once the first diagnostics are published, so the analysis and the sidecar are loaded.
    await client.open(uri, 'markdown', text);
  });

  afterAll(async () => {
    await client.stop();
  });

  it('renders the open article as HTML with the sidecar statuses and the given CSP nonce', async () => {
    const result = await report<{ format: string; content: string }>({ uri, format: 'html', nonce: 'n0nce' });
    expect(result.format).toBe('html');
    expect(result.content).toContain('<style nonce="n0nce">');
    expect(result.content).toMatch(/<td>12%<\/td><td><span class="badge s-false">False<\/span>/);
    expect(result.content).not.toMatch(/<script/i);
    expect(result.content).not.toContain('command:');
    const linked = await report<{ content: string }>({ uri, format: 'html', reveal: true });
    expect(linked.content).toContain(`href="command:factcheck.revealLine?${encodeURIComponent(JSON.stringify([{ uri, line: 13 }]))}"`);
  });

  it('exports ClaimReview JSON-LD and says how many reviews it holds', async () => {
    const result = await report<{ content: string; reviews: number; warnings: string[] }>({ uri, format: 'claimreview' });
    expect(result.reviews).toBe(4);
    expect(result.warnings).toEqual([]);
    expect(JSON.parse(result.content)[0]['@type']).toBe('ClaimReview');
  });

  it('answers null for a document that is not open, and refuses a bad format', async () => {
    expect(await report({ uri: fileUri(join(dir, 'other.md')), format: 'markdown' })).toBeNull();
    await expect(report({ uri, format: 'pdf' })).rejects.toThrow(/unknown report format "pdf"/);
  });
});
