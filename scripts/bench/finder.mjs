// The figure finder alone (issue 4's speed target), for `npm run eval` and `npm run bench`:
// `findFigures` over every sentence of the corpus, tokenised beforehand (not timed), and then the
// tokenizer alone. The core's sources are bundled with esbuild (no `npm run build` needed) and measured in a fresh Node process,
// so that what ran before does not shape the compiled code. After warm-up passes, the corpus is
// run `passes` times; each pass is timed alone, in CPU time (user + system) and wall-clock time,
// and the median pass is reported with the slowest and fastest, so one pass slowed by other work on
// the machine does not decide the figure. Run alone: `node scripts/bench/finder.mjs [SHARED]`.
//
// Ten warm-up passes, not three (until 2026-11-29): the process's CPU time includes V8's compiler
// threads, and `node --trace-opt` showed the finder's functions still being compiled, and compiled
// again after deoptimisations, up to the ninth pass (compiling interpretHyphen took 122 ms of CPU in
// the fourth pass; figuresOf, which inlines most readers, takes about 156 ms a compilation and was
// compiled six times in the first six passes), so with three the first timed passes paid for that
// one-off work. The tokenizer's passes are warmed up the same way. In three alternate pairs of runs
// of a copy of the child (load 6-9), the median was 14.6-16.3 MB/s with three warm-up passes and
// 18.4-21.7 with ten; in two pairs of this script at load 9 it was 21.7 vs 22.3 and 18.0 vs 16.1
// (the host's noise is as large as the effect), the slowest pass 14.0-14.6 vs 13.6-19.1. The steady
// state is what a long-running language server sees; the compiler's warm-up is paid once per
// process. Collections during the passes stay in the timing (the finder's own garbage): `node
// --trace-gc` shows no full collection during the timed passes and young-generation collections of
// 3-17 ms a pass, so the pass-to-pass spread (12 to 23 MB/s for the same work) is the shared host's,
// not the heap's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCorpus } from './corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const self = fileURLToPath(import.meta.url);

/**
 * `{ corpus, bytes, blocks, found, passes, cpuMbps: { median, min, max }, wallMbps: { … }, tokenizer:
 * { cpuMbps, wallMbps } }` for the corpus of `loadCorpus(sharedDir)` (`sharedDir` is the folder holding `eval/`).
 */
export async function finderThroughput(sharedDir, { passes = 15, warmups = 10 } = {}) {
  const esbuild = await import('esbuild');
  const dir = mkdtempSync(join(os.tmpdir(), 'factcheck-finder-'));
  try {
    const bundle = join(dir, 'finder.mjs');
    await esbuild.build({
      stdin: {
        contents: "export { tokenize } from './server/src/analysis/tokens.ts';\nexport { findFigures } from './server/src/analysis/figures/findFigures.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'silent',
    });
    const out = execFileSync(process.execPath, [self, '--child', pathToFileURL(bundle).href, sharedDir, String(passes), String(warmups)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The measuring process: arguments are the bundle's URL, the shared folder and the numbers of passes and warm-up passes. */
async function child(bundleUrl, sharedDir, passes, warmups) {
  const { tokenize, findFigures } = await import(bundleUrl);
  const corpus = loadCorpus(sharedDir);
  const texts = [];
  for (const article of corpus.articles) for (const text of article.text.split(/\n\s*\n/)) if (text.trim()) texts.push(text);
  let blocks = texts.map((text) => ({ text, sentences: tokenize(text) }));
  const pass = () => {
    let found = 0;
    for (const block of blocks) for (const sentence of block.sentences) found += findFigures(sentence, block.text).length;
    return found;
  };
  const finder = timedPasses(pass, corpus.bytes, passes, warmups);
  const blockCount = blocks.length;
  // The corpus's tokens are let go first: kept alive, they make every collection during the
  // tokenizer's passes slower (4-9 MB/s instead of about 25 here).
  blocks = null;
  // The tokenizer alone, timed the same way after the finder: the floor under any stage that reads
  // words, and so under the whole pipeline (issue 9's throughput target).
  const tokenizePass = () => {
    let sentences = 0;
    for (const text of texts) sentences += tokenize(text).length;
    return sentences;
  };
  const tokenizer = timedPasses(tokenizePass, corpus.bytes, passes, warmups);
  console.log(JSON.stringify({ corpus: corpus.description, bytes: corpus.bytes, blocks: blockCount, found: finder.result, passes, warmups, cpuMbps: finder.cpuMbps, wallMbps: finder.wallMbps, tokenizer: { cpuMbps: tokenizer.cpuMbps, wallMbps: tokenizer.wallMbps } }));
}

/** `warmups` untimed passes (the compiler settles on the hot paths), then `passes` passes timed alone. */
function timedPasses(pass, bytes, passes, warmups) {
  let result = 0;
  for (let i = 0; i < warmups; i++) result = pass();
  const cpu = [];
  const wall = [];
  for (let i = 0; i < passes; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    pass();
    const used = process.cpuUsage(cpuStarted);
    wall.push(bytes / 1e3 / (performance.now() - started));
    cpu.push(bytes / (used.user + used.system));
  }
  return { result, cpuMbps: spread(cpu), wallMbps: spread(wall) };
}

const args = process.argv.slice(2);
if (resolve(process.argv[1] ?? '') === self) {
  if (args[0] === '--child') await child(args[1], args[2], Number(args[3]), Number(args[4]));
  else {
    const t = await finderThroughput(resolve(args[0] ?? join(root, '..', 'shared')));
    const f = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
    console.log(`figure finder alone over ${t.corpus}, ${(t.bytes / 1e6).toFixed(2)} MB, ${t.found} figures; MB/s median (slowest–fastest) of ${t.passes} passes after ${t.warmups} to warm up: CPU ${f(t.cpuMbps)}, wall ${f(t.wallMbps)}; tokenizer alone: CPU ${f(t.tokenizer.cpuMbps)}`);
  }
}
