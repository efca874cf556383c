// Compares tokens.ts with the retext-based reference (server/src/analysis/testing/retextTokens.ts)
// on every paragraph of the BBC corpus and of the PolNeAR texts in ../shared/eval, and times both.
// Run with `npx tsx scripts/check-tokenizer.mjs [--whole] [--show=N] [--time]`: `--whole` also
// compares whole articles (blank lines inside one block), `--show` prints the first N differences.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitChunks } from '../server/src/analysis/chunks.ts';
import { tokenize } from '../server/src/analysis/tokens.ts';
import { retextTokenize } from '../server/src/analysis/testing/retextTokens.ts';
import { decode } from './bench/corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.FACTCHECK_SHARED ?? join(root, '..', 'shared'));
const args = process.argv.slice(2);
const show = Number(args.find((a) => a.startsWith('--show='))?.slice(7) ?? 5);
const whole = args.includes('--whole');
const time = args.includes('--time');

function files(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (name.endsWith('.txt') && !/^readme/i.test(name)) out.push(path);
  }
  return out;
}

/** The blocks the analyzer tokenizes for a plain-text article: its chunks between blank lines. */
function paragraphs(paths) {
  const out = [];
  for (const path of paths) {
    const { text } = decode(readFileSync(path));
    if (whole) out.push(text);
    for (const chunk of splitChunks(text, 'plaintext')) if (!chunk.skip) out.push(text.slice(chunk.start, chunk.end));
  }
  return out;
}

const sets = {
  'bbc-news': paragraphs(files(join(shared, 'eval', 'corpus', 'bbc-news'))),
  polnear: paragraphs([...files(join(shared, 'eval', 'attribution', 'polnear', 'train', 'text')), ...files(join(shared, 'eval', 'attribution', 'polnear', 'dev', 'text'))]),
};

const render = (sentences) => sentences.map((s) => `[${s.start},${s.end}) ` + s.tokens.map((t) => `${t.kind}:${t.start}:${JSON.stringify(t.text)}`).join(' ')).join('\n');

let shown = 0;
for (const [name, blocks] of Object.entries(sets)) {
  if (!blocks.length) {
    console.log(`${name}: not found under ${shared}`);
    continue;
  }
  let differ = 0;
  for (const block of blocks) {
    const ours = render(tokenize(block));
    const reference = render(retextTokenize(block));
    if (ours === reference) continue;
    differ++;
    if (shown++ < show) {
      console.log(`--- ${name}: ${JSON.stringify(block.length > 400 ? block.slice(0, 400) + '…' : block)}`);
      const a = ours.split('\n');
      const b = reference.split('\n');
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (a[i] !== b[i]) console.log(`  ours:   ${a[i]}\n  retext: ${b[i]}`);
      }
    }
  }
  const bytes = blocks.reduce((sum, b) => sum + Buffer.byteLength(b, 'utf8'), 0);
  console.log(`${name}: ${differ} of ${blocks.length} paragraphs differ (${(bytes / 1e6).toFixed(2)} MB)`);
  if (time) {
    for (const [engine, run] of [['tokens.ts', tokenize], ['retext', retextTokenize]]) {
      for (const block of blocks) run(block);
      const runs = [];
      for (let r = 0; r < 3; r++) {
        const before = process.cpuUsage();
        for (const block of blocks) run(block);
        const used = process.cpuUsage(before);
        runs.push((used.user + used.system) / 1000);
      }
      const ms = runs.sort((x, y) => x - y)[1];
      console.log(`  ${engine}: ${ms.toFixed(0)} ms CPU (median of 3), ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
    }
  }
}
