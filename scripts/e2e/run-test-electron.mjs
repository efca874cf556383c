#!/usr/bin/env node
// npm run test:vscode — runs the extension-host suite (client/src/test/suite) in desktop VS Code
// through @vscode/test-electron. That downloads VS Code, so it needs internet (a laptop, hosted CI);
// the offline CI here runs the same suite inside code-server instead (npm run test:e2e).
// On Linux without a display it re-runs itself under `xvfb-run -a`.
//
// Env: FACTCHECK_VSCODE_VERSION (default 1.100.3, the lowest version engines.vscode allows;
// use "stable" or "insiders" to try newer ones).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuite, root } from './build-suite.mjs';

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.FACTCHECK_UNDER_XVFB) {
  const r = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, FACTCHECK_UNDER_XVFB: '1' },
  });
  if (r.error) {
    console.error(`no DISPLAY and xvfb-run failed to start (${r.error.message}); install xvfb (apt-get install xvfb)`);
    process.exit(1);
  }
  process.exit(r.status ?? 1);
}

const { runTests } = await import('@vscode/test-electron');

console.log('npm run build');
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const extensionTestsPath = await buildSuite();

// The suite may change files (quick fixes, sidecars): give it a copy of the fixture workspace.
const tmp = mkdtempSync(join(tmpdir(), 'factcheck-vscode-'));
const workspace = join(tmp, 'workspace');
cpSync(join(root, 'test-fixtures', 'workspace'), workspace, { recursive: true });

let code = 1;
try {
  await runTests({
    version: process.env.FACTCHECK_VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath,
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions stay off; the one under development still loads
      `--user-data-dir=${join(tmp, 'user-data')}`,
    ],
  });
  code = 0;
} catch (e) {
  console.error(`extension-host tests failed: ${e?.message ?? e}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
