import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './runCli.js';

const cli = resolve(__dirname, '../../dist/cli.js');

/** Runs the built CLI with the given arguments and standard input. */
function run(args: string[], input = ''): Promise<CliRun> {
  return runCli(args, { input });
}

const fixture = 'test-fixtures/articles/baltic-border.md';

describe('factcheck scan', () => {
  it('prints compiler-style lines with 1-based positions', async () => {
    const result = await run(['scan', fixture]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const line = lines.find((l) => l.includes('more than 13,000 people'));
    const text = readFileSync(fixture, 'utf8').split('\n');
    const row = text.findIndex((l) => l.includes('more than 13,000 people'));
    const col = text[row].indexOf('more than 13,000 people');
    expect(line).toBe(`${fixture}:${row + 1}:${col + 1}: information figure.unchecked Figure: more than 13,000 people — unchecked (count, 13,000 people, lower bound)`);
  });

  it('prints JSON with findings and problems', async () => {
    const result = await run(['scan', '--format', 'json', fixture]);
    expect(result.code).toBe(0);
    const [file] = JSON.parse(result.stdout);
    expect(file.path).toBe(fixture);
    expect(file.kind).toBe('markdown');
    expect(file.figures.map((f: { text: string }) => f.text)).toContain('an estimated 100,000 troops');
    expect(file.problems[0]).toHaveProperty('range.start.line');
  });

  it('reports a missing file in one line and exits non-zero, still scanning the others', async () => {
    const result = await run(['scan', 'no/such/article.md', fixture]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('factcheck: cannot read no/such/article.md: no such file\n');
    expect(result.stdout).toContain('figure.unchecked');
  });

  it('reads a file with a byte order mark as the editor does (a UTF-16 "Unicode" file gave the figures 1, 3 and 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-bom-'));
    try {
      const line = 'More than 13,000 people fled, officials said.\n';
      writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line, 'utf16le')]));
      writeFileSync(join(dir, 'utf8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line)]));
      const result = await run(['scan', join(dir, 'utf16.txt'), join(dir, 'utf8.txt')]);
      expect(result.code).toBe(0);
      const figures = result.stdout.split('\n').filter((l) => l.includes('figure.unchecked')).map((l) => l.slice(dir.length + 1));
      expect(figures).toEqual([
        'utf16.txt:1:1: information figure.unchecked Figure: More than 13,000 people — unchecked (count, 13,000 people, lower bound)',
        'utf8.txt:1:1: information figure.unchecked Figure: More than 13,000 people — unchecked (count, 13,000 people, lower bound)',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a file that is not UTF-8 as Windows-1252 and warns on stderr ("£630m" became "630m" after a replacement character)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-cp1252-'));
    try {
      const path = join(dir, 'budget.txt');
      writeFileSync(path, Buffer.concat([Buffer.from('The Ferrow council set aside '), Buffer.from([0xa3]), Buffer.from('630m for the bridge, its treasurer said.\n')]));
      const warning = `factcheck: warning: ${path} is not valid UTF-8; read it as Windows-1252. Save it as UTF-8 so that the editor shows the same text.\n`;
      const scan = await run(['scan', path]);
      expect(scan).toMatchObject({ code: 0, stderr: warning });
      expect(scan.stdout).toContain('Figure: £630m — unchecked (money, 630 million GBP, exact)');
      const extract = await run(['extract', path]);
      expect(extract).toMatchObject({ code: 0, stderr: warning });
      expect(JSON.parse(extract.stdout).figures.map((f: { text: string }) => f.text)).toEqual(['£630m']);
      const verify = await run(['verify', '--offline', '--format', 'json', path]);
      expect(verify.stderr).toBe(warning);
      expect(JSON.parse(verify.stdout)[0].figures.map((f: { figure: { text: string } }) => f.figure.text)).toEqual(['£630m']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects bad usage with a clear message', async () => {
    expect(await run(['scan'])).toMatchObject({ code: 2, stderr: 'factcheck: scan needs at least one file: factcheck scan article.md\n' });
    expect(await run(['scan', '--format', 'xml', fixture])).toMatchObject({ code: 2, stderr: 'factcheck: --format must be "text", "json" or "sarif"\n' });
    expect(await run(['frobnicate'])).toMatchObject({ code: 2 });
  });
});

describe('folders of articles', () => {
  it('reads the Markdown and text files under a folder, sorted, leaving hidden folders and other files out', async () => {
    const desk = mkdtempSync(join(tmpdir(), 'factcheck-desk-'));
    try {
      mkdirSync(join(desk, 'world'));
      mkdirSync(join(desk, '.drafts'));
      writeFileSync(join(desk, 'world', 'strike.md'), 'Dockers struck for 48 hours.\n');
      writeFileSync(join(desk, 'budget.txt'), 'The budget rose 4%.\n');
      writeFileSync(join(desk, '.drafts', 'old.md'), 'It cost $5m.\n');
      writeFileSync(join(desk, 'budget.txt.factcheck.json'), '{}');
      const scan = await run(['scan', desk]);
      expect(scan.code).toBe(0);
      expect([...new Set(scan.stdout.trim().split('\n').map((l) => l.slice(0, l.indexOf(':'))))]).toEqual([join(desk, 'budget.txt'), join(desk, 'world', 'strike.md')]);
      const extract = await run(['extract', desk]);
      expect(extract.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([join(desk, 'budget.txt'), join(desk, 'world', 'strike.md')]);
      const empty = await run(['scan', join(desk, '.drafts', 'none')]);
      expect(empty.code).toBe(1);
      mkdirSync(join(desk, 'empty'));
      expect(await run(['scan', join(desk, 'empty')])).toMatchObject({ code: 1, stderr: `factcheck: no articles (.md, .markdown, .txt) under ${join(desk, 'empty')}\n` });
    } finally {
      rmSync(desk, { recursive: true, force: true });
    }
  });
});

describe('factcheck extract', () => {
  it('answers each JSON line in order with the contract fields', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'The fighting has killed more than 13,000 people.' }),
      JSON.stringify({ id: 7, text: 'No figures here.' }),
      JSON.stringify({ id: { nested: true }, text: '# Heading\n\nAn estimated 100,000 troops.', kind: 'markdown' }),
    ].join('\n');
    const result = await run(['extract'], input + '\n');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7, { nested: true }]);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['attributions', 'claims', 'figures', 'id']);
    expect(lines[0].figures).toHaveLength(1);
    expect(lines[0].figures[0]).toMatchObject({ start: 24, end: 47, text: 'more than 13,000 people', kind: 'count', value: 13000, unit: 'people', approx: 'more-than', noun: 'people' });
    expect(lines[1].figures).toEqual([]);
    expect(lines[2].figures[0]).toMatchObject({ start: 11, end: 38, text: 'An estimated 100,000 troops', approx: 'about' });
  });

  it('names bad lines on stderr, answers the rest, and exits 1 at the end', async () => {
    const input = ['{"id":1,"text":"Over 40 tonnes."}', 'not json', '{"id":3}', '[1,2]', '{"id":5,"text":"Up to 5,000 people."}'].join('\n');
    const result = await run(['extract'], input);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, null, 3, null, 5]);
    expect(lines[1].error).toBe('line 2: not valid JSON');
    expect(lines[4].figures[0]).toMatchObject({ text: 'Up to 5,000 people', approx: 'at-most' });
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toContain('line 3: expected an object with a string "text"');
    expect(result.stderr).toContain('line 4: expected an object with a string "text"');
    expect(result.stderr).toContain('3 of 5 lines could not be read');
  });

  it('extracts from files named as arguments, one line each, the path as id and the kind from the extension', async () => {
    const plain = 'test-fixtures/articles/baltic-border.txt';
    const result = await run(['extract', fixture, 'no/such/article.md', plain]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('factcheck extract: cannot read no/such/article.md: no such file\n');
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([fixture, 'no/such/article.md', plain]);
    expect(lines[1]).toEqual({ id: 'no/such/article.md', error: 'cannot read no/such/article.md: no such file' });
    // The Markdown file's front matter and headings are read as Markdown, so the same JSON as on stdin with "kind".
    const viaStdin = await run(['extract'], JSON.stringify({ id: fixture, text: readFileSync(fixture, 'utf8'), kind: 'markdown' }) + '\n');
    expect(lines[0]).toEqual(JSON.parse(viaStdin.stdout));
    expect(lines[2].figures.map((f: { text: string }) => f.text)).toContain('more than 13,000 people');
  });

  it('says once how to give an article when stdin is plain text rather than JSON Lines', async () => {
    const result = await run(['extract'], 'Troops massed at the border.\n\n"We are ready," he said.\n');
    expect(result.code).toBe(1);
    const hints = result.stderr.split('\n').filter((l) => l.includes('name them: factcheck extract article.md'));
    expect(hints).toHaveLength(1);
    expect(result.stderr).toContain('line 3: not valid JSON');
  });

  it('prints the help for --help after a command instead of running it', async () => {
    for (const args of [['extract', '--help'], ['scan', '-h', fixture]]) {
      const result = await run(args);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(/^Usage: factcheck <command>/);
    }
  });

  it('streams: the first answer arrives before the input ends', async () => {
    const child = spawn(process.execPath, [cli, 'extract'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const first = new Promise<string>((done) => child.stdout.once('data', (c) => done(String(c))));
    child.stdin.write('{"id":1,"text":"Seven years ago."}\n');
    expect(JSON.parse((await first).split('\n')[0]).id).toBe(1);
    child.stdin.end();
    await new Promise((done) => child.on('close', done));
  });
});

describe('many files and records on every core', () => {
  const plain = 'test-fixtures/articles/baltic-border.txt';

  it('scans many files in workers with the same output, in argument order, as one thread', async () => {
    const files = [fixture, plain, 'no/such/article.md', fixture, plain, fixture];
    const one = await run(['scan', '--jobs', '1', ...files]);
    const many = await run(['scan', '--jobs', '3', ...files]);
    expect(many).toEqual(one);
    expect(many.code).toBe(1);
    expect(many.stderr).toBe('factcheck: cannot read no/such/article.md: no such file\n');
    // Each file's lines come together, files in the order given.
    const order = many.stdout.trim().split('\n').map((l) => l.slice(0, l.indexOf(':')));
    const runs = order.filter((path, i) => i === 0 || order[i - 1] !== path);
    expect(runs).toEqual([fixture, plain, fixture, plain, fixture]);
  });

  it('gives the same JSON from workers as from one thread', async () => {
    const files = [plain, fixture, plain];
    const one = await run(['scan', '--format', 'json', '--jobs', '1', ...files]);
    const many = await run(['scan', '--format', 'json', '--jobs', '2', ...files]);
    expect(many.stdout).toBe(one.stdout);
    expect(JSON.parse(many.stdout).map((f: { path: string }) => f.path)).toEqual(files);
  });

  it('answers extract records in input order from workers, bad lines included', async () => {
    const sentences = ['More than 13,000 people fled.', 'No figures.', 'An estimated 100,000 troops massed near the border in 2021.', 'Up to 5,000 homes.'];
    const input = Array.from({ length: 40 }, (_, i) => (i === 17 ? 'not json' : JSON.stringify({ id: i, text: sentences[i % 4].repeat(1 + (i % 7)) }))).join('\n');
    const one = await run(['extract', '--jobs', '1'], input);
    const many = await run(['extract', '--jobs', '3'], input);
    expect(many).toEqual(one);
    expect(many.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(Array.from({ length: 40 }, (_, i) => (i === 17 ? null : i)));
  });

  it('rejects a bad --jobs', async () => {
    expect(await run(['scan', '--jobs', '0', fixture])).toMatchObject({ code: 2, stderr: 'factcheck: --jobs must be a whole number from 1\n' });
    expect(await run(['extract', '--jobs', 'many'])).toMatchObject({ code: 2, stderr: 'factcheck: --jobs must be a whole number from 1\n' });
  });
});
