// Runs every accuracy evaluation in scripts/eval/ through the `factcheck extract` contract and writes
// the tables to docs/accuracy.md. The data lives in ../shared/eval (never in this repository); when
// it is absent the evaluation says so and exits 0.
import { spawn, execSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(process.env.FACTCHECK_SHARED ?? join(root, '..', 'shared'));
const cli = join(root, 'dist', 'cli.js');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const write = !process.argv.includes('--no-write');

/** Sends items through `factcheck extract` and resolves to its output lines, parsed, in order. */
export function extract(items, { kind = 'plaintext' } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, 'extract', '--kind', kind], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', fail);
    child.on('close', (code) => {
      const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
      if (code !== 0 && lines.length !== items.length) fail(new Error(`factcheck extract exited ${code}`));
      else done(lines);
    });
    (async () => {
      for (const item of items) {
        if (!child.stdin.write(JSON.stringify(item) + '\n')) await new Promise((r) => child.stdin.once('drain', r));
      }
      child.stdin.end();
    })().catch(fail);
  });
}

function table(result) {
  const lines = [`### ${result.title}`, '', '| metric | value | target |', '|---|---|---|'];
  for (const row of result.rows) lines.push(`| ${row.metric} | ${row.value} | ${row.target ?? ''} |`);
  if (result.notes) lines.push('', result.notes);
  return lines.join('\n');
}

async function main() {
  if (!existsSync(cli)) {
    console.error('eval: dist/cli.js is missing; run "npm run build" first');
    process.exit(2);
  }
  if (!existsSync(join(sharedDir, 'eval'))) {
    console.log(`eval: no evaluation data at ${join(sharedDir, 'eval')}; nothing to measure (set FACTCHECK_SHARED to point elsewhere).`);
    return;
  }
  const evalDir = join(root, 'scripts', 'eval');
  const modules = readdirSync(evalDir).filter((f) => f.endsWith('.mjs')).sort();
  const sections = [];
  for (const file of modules) {
    const name = file.replace(/\.mjs$/, '');
    if (only.length && !only.includes(name)) continue;
    const started = Date.now();
    const mod = await import(pathToFileURL(join(evalDir, file)).href);
    const result = await mod.evaluate({ extract, sharedDir: join(sharedDir, 'eval') });
    const section = table(result) + `\n\n_${name}: ${((Date.now() - started) / 1000).toFixed(1)} s_`;
    console.log(section + '\n');
    sections.push(section);
  }
  if (write && !only.length) {
    let commit = 'unknown';
    try {
      commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
      // Untracked files are left out: a worktree with node_modules linked in has nothing else changed.
      if (execSync('git status --porcelain --untracked-files=no', { cwd: root }).toString().trim()) commit += ' (with uncommitted changes)';
    } catch {
      // Not a git checkout: the commit stays unknown.
    }
    const header = [
      '# Accuracy',
      '',
      'Produced by `npm run eval` on the data in `../shared/eval` (see its README); this file is rewritten by each run.',
      '',
      `- Date: ${new Date().toISOString()}`,
      `- Commit: ${commit}`,
      `- Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`,
      '',
    ].join('\n');
    writeFileSync(join(root, 'docs', 'accuracy.md'), header + '\n' + sections.join('\n\n') + '\n');
    console.log('eval: wrote docs/accuracy.md');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
