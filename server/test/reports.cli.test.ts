import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../src/testing/tempDirs.js';

/**
 * The CLI's reports: `scan --format sarif` validated against the official SARIF 2.1.0 schema (with
 * ajv, and with Microsoft's SARIF Multitool `validate`), `--fail-on` exit codes, `export` and `report`.
 */

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.js');
const article = 'test-fixtures/reports/port-dredging.md';
// The schema and validator ship in @microsoft/sarif-multitool's Linux package.
const multitoolDir = join(root, 'node_modules/@microsoft/sarif-multitool-linux');
const schemaPath = join(multitoolDir, 'sarif-2.1.0.json');

function factcheck(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('factcheck scan --format sarif', () => {
  it('is valid SARIF 2.1.0 (ajv, official schema) with a false figure as an error', async () => {
    const result = await factcheck(['scan', '--format', 'sarif', article, 'test-fixtures/articles/baltic-border.md']);
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The check has teeth: a level SARIF does not define is refused.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);

    const [run] = log.runs;
    expect(run.columnKind).toBe('utf16CodeUnits');
    const uris = new Set(run.results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(new Set([article, 'test-fixtures/articles/baltic-border.md']));
    const falseFigure = run.results.find((r: { ruleId: string }) => r.ruleId === 'annotation.false');
    expect(falseFigure.level).toBe('error');
    const rule = run.tool.driver.rules[falseFigure.ruleIndex];
    expect(rule.id).toBe('annotation.false');
    expect(rule.help.text).toMatch(/false/);
  });

  it.skipIf(!existsSync(join(multitoolDir, 'Sarif.Multitool')))(
    'passes the SARIF Multitool validator with no error',
    async () => {
      const binary = join(multitoolDir, 'Sarif.Multitool');
      // The package's postinstall makes the binary executable; with scripts ignored it is not, so do it here.
      try {
        accessSync(binary, constants.X_OK);
      } catch {
        chmodSync(binary, statSync(binary).mode | 0o100);
      }
      const dir = tempDir('sarif');
      const input = join(dir, 'scan.sarif');
      const output = join(dir, 'validation.sarif');
      writeFileSync(input, (await factcheck(['scan', '--format', 'sarif', article])).stdout);
      const validated = await new Promise<{ error: Error | null; stdout: string }>((done) =>
        execFile(binary, ['validate', input, '--json-schema', schemaPath, '--output', output, '--log', 'ForceOverwrite'], (error, stdout) => done({ error, stdout })),
      );
      expect(validated.error, validated.stdout).toBeNull();
      // The validator exits 0 even when it finds errors; its own SARIF output lists them.
      const results: { ruleId: string; level?: string }[] = JSON.parse(readFileSync(output, 'utf8')).runs[0].results;
      expect(results.filter((r) => r.level === 'error')).toEqual([]);
    },
    180_000,
  );
});

describe('factcheck scan --fail-on', () => {
  it('exits 3 when a problem matches a status or a code, naming them on stderr', async () => {
    const falseOnly = await factcheck(['scan', '--fail-on', 'false', article]);
    expect(falseOnly.code).toBe(3);
    expect(falseOnly.stderr).toBe('factcheck: 1 problem matches --fail-on false (annotation.false 1)\n');
    expect((await factcheck(['scan', '--format', 'sarif', '--fail-on', 'figure.unchecked', article])).code).toBe(3);
    expect((await factcheck(['scan', '--fail-on', 'unchecked', 'test-fixtures/articles/baltic-border.md'])).code).toBe(3);
  });

  it('exits 0 when nothing matches, and 2 on an unknown entry', async () => {
    expect((await factcheck(['scan', '--fail-on', 'misleading', article])).code).toBe(0);
    const bad = await factcheck(['scan', '--fail-on', 'false,nonsense', article]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^factcheck: --fail-on: unknown status or code "nonsense"/);
  });

  it('exits 1 for an unreadable file even when --fail-on matched too', async () => {
    expect((await factcheck(['scan', '--fail-on', 'false', article, 'no/such.md'])).code).toBe(1);
  });

  it('makes an unusable sidecar an error that --fail-on can gate on', async () => {
    const dir = tempDir('broken');
    copyFileSync(join(root, article), join(dir, 'story.md'));
    writeFileSync(join(dir, 'story.md.factcheck.json'), '{ not json');
    const result = await factcheck(['scan', '--fail-on', 'annotation.sidecar', 'story.md'], dir);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/^story\.md:1:1: error annotation\.sidecar story\.md\.factcheck\.json is not valid JSON/);
  });
});

describe('factcheck export', () => {
  it('writes ClaimReview JSON-LD for the judged annotations', async () => {
    const result = await factcheck(['export', '--claimreview', article]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const reviews = JSON.parse(result.stdout);
    expect(reviews.map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName).sort()).toEqual(['Disputed', 'False', 'True', 'Unverifiable']);
    for (const review of reviews) {
      expect(review).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://news.example.org/2026/03/14/port-dredging-cost', author: { name: 'The Coastal Ledger' } });
      expect(review.itemReviewed['@type']).toBe('Claim');
    }
  });

  it('takes --url and --publisher, and writes Web Annotation JSON-LD to --out', async () => {
    const reviews = JSON.parse((await factcheck(['export', article, '--url', 'https://example.org/x', '--publisher', 'Desk'])).stdout);
    expect(reviews[0]).toMatchObject({ url: 'https://example.org/x', author: { '@type': 'Organization', name: 'Desk' } });
    const out = join(tempDir('wa'), 'annotations.jsonld');
    const result = await factcheck(['export', '--format', 'webannotation', article, '--out', out]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const collection = JSON.parse(readFileSync(out, 'utf8'));
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 6 });
  });

  it('refuses bad usage in one line', async () => {
    expect(await factcheck(['export'])).toMatchObject({ code: 2, stderr: 'factcheck: export needs one article: factcheck export --claimreview article.md\n' });
    expect(await factcheck(['export', '--url', 'ftp://x', article])).toMatchObject({ code: 2, stderr: 'factcheck: --url must be an http or https URL\n' });
    expect(await factcheck(['export', 'no/such.md'])).toMatchObject({ code: 1, stderr: 'factcheck: cannot read no/such.md: no such file\n' });
  });
});

describe('factcheck report', () => {
  it('prints Markdown with counts and line links to the article', async () => {
    const result = await factcheck(['report', article]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Fact-check report: Port dredging plan/);
    expect(result.stdout).toContain(`(${article}#L13)`);
  });

  it('writes HTML to --out, linking to the article relative to the report', async () => {
    const dir = mkdtempSync(join(root, 'out', 'report-'));
    const out = join(dir, 'report.html');
    const result = await factcheck(['report', article, '--format', 'html', '--out', out]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const html = readFileSync(out, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('href="../../test-fixtures/reports/port-dredging.md"');
    expect(html).not.toMatch(/<script/i);
  });

  it('says in one line when --out cannot be written (a missing folder was an internal error with a stack trace)', async () => {
    const out = join(tempDir('out'), 'no-such-folder', 'report.html');
    expect(await factcheck(['report', article, '--format', 'html', '--out', out])).toMatchObject({ code: 1, stdout: '', stderr: `factcheck: cannot write ${out}: its folder does not exist\n` });
    expect(await factcheck(['export', article, '--out', out])).toMatchObject({ code: 1, stderr: `factcheck: cannot write ${out}: its folder does not exist\n` });
  });
});
