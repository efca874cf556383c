import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../src/testing/tempDirs.js';
import { createTarget } from '../src/annotations/anchor.js';
import { runCli, type CliRun } from './runCli.js';
import { SourceServer } from './verifyServer.js';

const server = new SourceServer();
let root: string;
const article = 'norrhamn-strike.md';

function run(args: string[]): Promise<CliRun> {
  return runCli(args, { cwd: root });
}

/** `line:column` (1-based) of the words in the fixture article, as the CLI prints them. */
function at(words: string): string {
  const text = readFileSync(join(root, article), 'utf8');
  const offset = text.indexOf(words);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** A sidecar beside `name` in the temporary workspace attaching each source to the figure's words. */
function writeSidecar(name: string, sources: Array<[string, Record<string, string>]>, kind = 'figure'): void {
  const text = readFileSync(join(root, name), 'utf8');
  const annotations = sources.map(([words, source], i) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in ${name}`);
    return { id: `a${i}`, kind, status: 'unchecked', target: createTarget(text, start, start + words.length), sources: [source], created: '2026-02-20T00:00:00.000Z', modified: '2026-02-20T00:00:00.000Z' };
  });
  writeFileSync(join(root, name + '.factcheck.json'), JSON.stringify({ version: 1, article: name, annotations }, null, 2));
}

beforeAll(async () => {
  await server.start();
  root = tempDir('verify-cli');
  cpSync('test-fixtures/verify', root, { recursive: true });
  writeSidecar(article, [
    ['more than 4,500 dockworkers', { url: server.url('/supporting'), title: 'Port notice' }],
    ['an estimated 12,000 containers', { url: server.url('/contradicting'), title: 'Shipping lines' }],
    ['$38m a day', { url: server.url('/silent'), title: 'Harbour history' }],
    ['8.5%', { url: server.url('/missing'), title: 'Traffic figures' }],
    ['nine days', { url: server.url('/slow'), title: 'Strike archive' }],
    ['7 percent', { path: 'sources/union-statement.txt', title: 'Union statement' }],
  ]);
  const report = { path: 'sources/nordvik-q4-report.md', title: 'Q4 report' };
  writeSidecar('nordvik-results.md', ['38%', '2.1bn kronor', '14.4bn kronor', '229 kronor', 'about 900 jobs', '11.8bn kronor', '14.9bn kronor'].map((words) => [words, report]));
  // The same company report as a PDF printed by a browser, two pages.
  writeFileSync(join(root, 'nordvik-pdf.md'), readFileSync(join(root, 'nordvik-results.md'), 'utf8'));
  const pdfReport = { path: 'sources/nordvik-q4-report.pdf', title: 'Q4 report (PDF)' };
  writeSidecar('nordvik-pdf.md', ['38%', '2.1bn kronor', '14.4bn kronor', '229 kronor', 'about 900 jobs', '11.8bn kronor', '14.9bn kronor'].map((words) => [words, pdfReport]));
  // Quotations checked against a transcript attached to their speakers.
  writeFileSync(join(root, 'sources', 'harbour-minister-transcript.txt'), 'Press conference, Friday.\n\nMINISTER: The strike has cost the port dearly. We will not reopen talks until the blockade of the northern berths ends. I have asked both sides to return to the table by Monday.\n');
  writeFileSync(join(root, 'minister.md'), '# Minister rules out talks\n\n"We will not reopen talks until the blockade ends," Harbour Minister Ada Lindqvist said on Friday. She added that she had asked both sides "to come back to the table by Monday."\n');
  writeSidecar('minister.md', [['Harbour Minister Ada Lindqvist', { path: 'sources/harbour-minister-transcript.txt', title: 'Transcript' }]], 'attribution');
  writeFileSync(join(root, 'trucks.md'), '# Terminal traffic\n\nAbout 2,400 trucks a day use the container terminal, the union said.\n');
  writeSidecar('trucks.md', [['About 2,400 trucks a day', { path: 'sources/union-statement.txt' }]]);
});

afterAll(async () => {
  await server.stop();
});

describe('factcheck verify', () => {
  it('prints supported, contradicted, not-found and unreachable results with evidence, and exits 1 on a contradiction', async () => {
    const result = await run(['verify', '--timeout', '3000', article]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(`${article}:${at('more than 4,500 dockworkers')}: information figure.supported Supported: Port notice gives “4,650 dockworkers”`);
    expect(lines).toContain(`    supported: ${server.url("/supporting")} line 4: “Container handling at all berths stopped at 06:00 on Friday, 20 February, when 4,650 dockworkers walked out.”`);
    expect(lines).toContain(`${article}:${at('an estimated 12,000 containers')}: error figure.contradicted Contradicted: Shipping lines gives “some 7,500 containers”, not “an estimated 12,000 containers”`);
    expect(lines).toContain(`${article}:${at('$38m a day')}: warning figure.unsupported Not found: Harbour history does not give this figure`);
    expect(lines).toContain(`${article}:${at('8.5%')}: warning figure.unsupported Traffic figures is unreachable: HTTP 404 Not Found`);
    expect(lines.find((l) => l.includes('Strike archive'))).toMatch(/warning figure\.unsupported Strike archive is unreachable: no answer within 3 s/);
    expect(lines.find((l) => l.includes('Union statement'))).toMatch(/information figure\.supported Supported: Union statement gives “7%”/);
    // Within the article, with no source at all.
    expect(lines).toContain(`${article}:${at('more than 4,500 dockworkers')}: error figure.contradicted “more than 4,500 dockworkers” disagrees with “4,000 dockworkers” (line 5) about the same dockworkers`);
    expect(lines.find((l) => l.includes('does not match its parts'))).toMatch(/error figure\.contradicted “62%” does not match its parts: 1,500 of 3,000 is 50%/);
    expect(lines.find((l) => l.includes('11 years ago'))).toMatch(/error figure\.contradicted “11 years ago” is 2015/);
    // How many figures the finder sees is its business; the verified ones are what this test fixes.
    expect(lines.at(-2)).toMatch(/^norrhamn-strike\.md: \d+ figures: 2 supported, 1 contradicted, 1 not found, 2 unreadable, \d+ without sources, 3 within-article$/);
  });

  it('gives the same results offline from the snapshots, without a request', async () => {
    const online = JSON.parse((await run(['verify', '--format', 'json', '--timeout', '3000', article])).stdout);
    const requests = new Map(server.requests);
    const offline = await run(['verify', '--offline', '--format', 'json', article]);
    expect(server.requests).toEqual(requests);
    const [file] = JSON.parse(offline.stdout);
    const statuses = (report: { figures: Array<{ figure: { text: string }; status: string }> }) => report.figures.map((f) => [f.figure.text, f.status]);
    // The 404 and the timeout were never cached, so offline they are unreachable too, for another reason.
    expect(statuses(file)).toEqual(statuses(online[0]));
    const supported = file.figures.find((f: { figure: { text: string } }) => f.figure.text === 'more than 4,500 dockworkers');
    expect(supported.sources[0].snapshot).toMatchObject({ fromCache: true, url: server.url('/supporting') });
    expect(supported.sources[0].snapshot.sha256).toBe(online[0].figures.find((f: { figure: { text: string } }) => f.figure.text === 'more than 4,500 dockworkers').sources[0].snapshot.sha256);
    expect(offline.code).toBe(1);
  });

  it('reads a company report: last year\'s figures in brackets, amounts to their last written digit, other words for jobs', async () => {
    const result = await run(['verify', '--offline', '--format', 'json', 'nordvik-results.md']);
    const [file] = JSON.parse(result.stdout);
    type Result = { figure: { text: string }; status: string; sources: Array<{ evidence?: { match: { text: string } } }> };
    const verdicts = Object.fromEntries(file.figures.filter((f: Result) => f.sources.length > 0).map((f: Result) => [f.figure.text, [f.status, f.sources[0].evidence?.match.text]]));
    expect(verdicts).toEqual({
      '38%': ['supported', '38 percent'],
      '2.1bn kronor': ['supported', 'SEK 2,104 million'],
      // Net sales were SEK 14,216 million: "14.4bn" allows 14.35bn to 14.45bn.
      '14.4bn kronor': ['contradicted', 'SEK 14,216 million'],
      '229 kronor': ['supported', '229'],
      'about 900 jobs': ['supported', 'approximately 900 positions'],
      '11.8bn kronor': ['supported', 'SEK 11,812 million'],
      '14.9bn kronor': ['supported', '14,930'],
    });
    expect(result.code).toBe(1);
  });

  it('reads the same report as a PDF, with the same verdicts and the page of each passage', async () => {
    const result = await run(['verify', '--offline', '--format', 'json', 'nordvik-pdf.md']);
    expect(result.stderr).toBe('');
    const [file] = JSON.parse(result.stdout);
    type Result = { figure: { text: string }; status: string; sources: Array<{ evidence?: { match: { text: string }; page?: number } }> };
    const verdicts = Object.fromEntries(file.figures.filter((f: Result) => f.sources.length > 0).map((f: Result) => [f.figure.text, [f.status, f.sources[0].evidence?.match.text.replace(/\s+/g, ' '), f.sources[0].evidence?.page]]));
    expect(verdicts).toEqual({
      '38%': ['supported', '38 percent', 1],
      '2.1bn kronor': ['supported', 'SEK 2,104 million', 1],
      '14.4bn kronor': ['contradicted', 'SEK 14,216 million', 1],
      '229 kronor': ['supported', '229', 1],
      'about 900 jobs': ['supported', 'approximately 900 positions', 2],
      '11.8bn kronor': ['supported', 'SEK 11,812 million', 2],
      '14.9bn kronor': ['supported', '14,930', 2],
    });
    const text = await run(['verify', '--offline', 'nordvik-pdf.md']);
    expect(text.stdout).toContain('    supported: sources/nordvik-q4-report.pdf page 2: “Profit before tax was SEK 11,812 million (14,930), down 21 percent.”');
  });

  it('checks quotations against the source attached to their speaker: found, or different words', async () => {
    const result = await run(['verify', '--offline', 'minister.md']);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    // A cut made with no ellipsis: the transcript's words the quotation leaves out are named.
    expect(lines).toContain('minister.md:3:2: warning quote.misquoted Quotation differs from its source: Transcript has “We will not reopen talks until the blockade of the northern berths ends” (also “of the northern berths”)');
    expect(lines).toContain('    misquoted: sources/harbour-minister-transcript.txt line 3: “We will not reopen talks until the blockade of the northern berths ends”');
    // The source attached to the speaker serves her later quotation too ("She added ...").
    expect(lines.find((l) => l.startsWith('minister.md:3:141:'))).toBe('minister.md:3:141: warning quote.misquoted Quotation differs from its source: Transcript has “to return to the table by Monday” (not “come back”; also “return”)');
    expect(lines.at(-2)).toMatch(/; 2 quotations: 0 found, 2 differ, 0 not found, 0 unreadable$/);
    // A misquotation fails the run, as a contradicted figure does.
    expect(result.code).toBe(1);
    const [file] = JSON.parse((await run(['verify', '--offline', '--format', 'json', 'minister.md'])).stdout);
    expect(file.quotes.map((q: { quote: { text: string }; status: string; speaker: string }) => [q.quote.text, q.status, q.speaker])).toEqual([
      ['We will not reopen talks until the blockade ends', 'misquoted', 'Ada Lindqvist'],
      ['to come back to the table by Monday', 'misquoted', 'Ada Lindqvist'],
    ]);
    // Quoted as said, it is found.
    writeFileSync(join(root, 'minister-exact.md'), '# Minister rules out talks\n\n"The strike has cost the port dearly," Harbour Minister Ada Lindqvist said.\n');
    writeSidecar('minister-exact.md', [['Harbour Minister Ada Lindqvist', { path: 'sources/harbour-minister-transcript.txt', title: 'Transcript' }]], 'attribution');
    const exact = await run(['verify', '--offline', 'minister-exact.md']);
    expect(exact.code).toBe(0);
    expect(exact.stdout).toMatch(/information quote\.supported Quotation found: Transcript has these words/);
  });

  it('writes SARIF 2.1.0 with the contradicted and unsupported figures, through the same writer as scan', async () => {
    const result = await run(['verify', '--offline', '--format', 'sarif', article]);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [runLog] = sarif.runs;
    expect(runLog.tool.driver.name).toBe('factcheck');
    const ruleIds: string[] = runLog.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toContain('figure.contradicted');
    expect(ruleIds).toContain('figure.unsupported');
    const contradicted = runLog.results.find((r: { message: { text: string } }) => r.message.text.startsWith('Contradicted'));
    expect(contradicted).toMatchObject({
      ruleId: 'figure.contradicted',
      ruleIndex: ruleIds.indexOf('figure.contradicted'),
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: article, uriBaseId: 'SRCROOT' }, region: { startLine: 9, startColumn: 23, endLine: 9, endColumn: 23 + 'an estimated 12,000 containers'.length } } }],
    });
    expect(runLog.results.every((r: { ruleId: string }) => r.ruleId !== 'figure.supported')).toBe(true);
  });

  it('exits 0 when nothing is contradicted, and 2 when a file cannot be read', async () => {
    const ok = await run(['verify', 'trucks.md']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('trucks.md:3:1: information figure.supported Supported: sources/union-statement.txt gives “Roughly 2,400 trucks a day”');
    const missing = await run(['verify', 'missing.md', 'trucks.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('factcheck: cannot read missing.md: no such file\n');
    expect(missing.stdout).toContain('trucks.md: 1 figures');
  });

  it('rejects bad usage in one line', async () => {
    expect(await run(['verify'])).toMatchObject({ code: 2, stderr: 'factcheck: verify needs at least one file: factcheck verify article.md\n' });
    expect(await run(['verify', '--format', 'xml', article])).toMatchObject({ code: 2, stderr: 'factcheck: --format must be "text", "json" or "sarif"\n' });
  });
});
