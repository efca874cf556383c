import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

/**
 * The CLI reads the editor's workspace settings (`.vscode/settings.json`), so a scan in CI reports
 * what the editor shows: sidecars under `factcheck.annotations.folder`, and the configured severities.
 */

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'factcheck-cli-workspace-'));
  mkdirSync(join(root, 'news'));
  mkdirSync(join(root, 'fact-checks', 'news'), { recursive: true });
  cpSync('test-fixtures/reports/port-dredging.md', join(root, 'news', 'port-dredging.md'));
  cpSync('test-fixtures/reports/port-dredging.md.factcheck.json', join(root, 'fact-checks', 'news', 'port-dredging.md.factcheck.json'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function settings(text: string): void {
  mkdirSync(join(root, '.vscode'), { recursive: true });
  writeFileSync(join(root, '.vscode', 'settings.json'), text);
}

const scan = (...args: string[]) => runCli(['scan', ...args, 'news/port-dredging.md'], { cwd: root });

describe('factcheck scan with workspace settings', () => {
  it('finds no sidecar in the folder when no setting points there', async () => {
    const result = await scan();
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('annotation.false');
  });

  it('reads sidecars from factcheck.annotations.folder and applies severities (comments and trailing commas allowed)', async () => {
    settings(`{
      // Fact-checks live apart from the copy.
      "factcheck.annotations.folder": "fact-checks",
      /* Figures should stand out on this desk. */
      "factcheck.severity.figure": "warning",
    }`);
    const result = await scan();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/news\/port-dredging\.md:\d+:\d+: error annotation\.false .*12%/);
    expect(result.stdout).toMatch(/: warning figure\.unchecked /);
    expect(result.stdout).not.toMatch(/: information figure\.unchecked /);
  });

  it('asks no role of the people factcheck.attributions.wellKnown lists', async () => {
    writeFileSync(join(root, 'news', 'summit.md'), 'Vladimir Putin said the talks were over. Ana Lima said they had barely begun.\n');
    const incomplete = async () => (await runCli(['scan', 'news/summit.md'], { cwd: root })).stdout.split('\n').filter((l) => l.includes('attribution.incomplete'));
    expect(await incomplete()).toEqual([expect.stringContaining('First mention of Vladimir Putin lacks'), expect.stringContaining('First mention of Ana Lima lacks')]);
    settings('{ "factcheck.attributions.wellKnown": ["President Vladimir V. Putin"] }');
    expect(await incomplete()).toEqual([expect.stringContaining('First mention of Ana Lima lacks')]);
  });

  it('lets --annotations-folder override the setting and refuses one that leaves the workspace', async () => {
    settings('{ "factcheck.annotations.folder": "elsewhere" }');
    expect((await scan()).stdout).not.toContain('annotation.false');
    expect((await scan('--annotations-folder', 'fact-checks')).stdout).toContain('annotation.false');
    expect(await scan('--annotations-folder', '../outside')).toMatchObject({ code: 2, stderr: 'factcheck: --annotations-folder must stay inside the workspace (no "..")\n' });
  });

  it('warns about a broken settings file and goes on with the defaults', async () => {
    settings('{ "factcheck.annotations.folder": ');
    const result = await scan();
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^factcheck: warning: ignoring .*settings\.json: .*; using default settings\n$/);
    expect(result.stdout).toContain('information figure.unchecked');
  });

  it('takes the workspace from --root when run from elsewhere', async () => {
    settings('{ "factcheck": { "annotations": { "folder": "fact-checks" } } }');
    const result = await runCli(['scan', '--root', root, join(root, 'news', 'port-dredging.md')], { cwd: tmpdir() });
    expect(result.stdout).toContain('annotation.false');
  });

  it('applies to report and verify too', async () => {
    settings('{ "factcheck.annotations.folder": "fact-checks" }');
    const report = await runCli(['report', 'news/port-dredging.md'], { cwd: root });
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/False/);
    const verify = await runCli(['verify', '--offline', '--format', 'json', 'news/port-dredging.md'], { cwd: root });
    const [file] = JSON.parse(verify.stdout);
    expect(file.figures.some((f: { sources: unknown[] }) => f.sources.length > 0)).toBe(true);
  });
});
