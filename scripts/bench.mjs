// `npm run bench`: throughput of the analysis core against its peers, and the language server as
// an editor sees it, in one run. Prints the table and writes it, with machine and date, to
// docs/benchmarks.md. Text: ../shared/eval/corpus/bbc-news, or a generated corpus when ../shared
// is absent. Options: --no-write (print only), --no-peers (skip the slow peers), --no-build,
// --peer-sample=N (peers, and the pipeline again for their ratios, on every N-th article only),
// --server-only (only the language server rows; prints, never writes).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigArticle, loadCorpus } from './bench/corpus.mjs';
import { finderThroughput } from './bench/finder.mjs';
import { benchServer, settings } from './bench/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(process.env.FACTCHECK_SHARED ?? join(root, '..', 'shared'));
const args = new Set(process.argv.slice(2));
const peerSample = Number(process.argv.find((a) => a.startsWith('--peer-sample='))?.split('=')[1] ?? 1);
const log = (line) => process.stderr.write(line + '\n');

if (!args.has('--no-build')) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });

const loadBefore = os.loadavg();
const corpus = loadCorpus(sharedDir);
log(`bench: ${corpus.description}, ${(corpus.bytes / 1e6).toFixed(2)} MB`);

/**
 * Runs one engine in its own process (one thread) and returns { ms, cpuMs, bytes, found, mbps,
 * wallMbps }: `mbps` divides by CPU time, so other work on the machine does not count against it.
 */
function throughput(engine, every = 1) {
  log(`bench: ${engine} over ${every > 1 ? `every ${every}th article of ` : ''}the corpus…`);
  const child = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'throughput.mjs'), engine, sharedDir, String(every)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench: ${engine} failed:\n${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1));
  return { ...result, mbps: result.bytes / 1e6 / (result.cpuMs / 1000), wallMbps: result.bytes / 1e6 / (result.ms / 1000) };
}

const serverOnly = args.has('--server-only');
if (serverOnly) args.add('--no-write');
const engines = serverOnly ? {} : { pipeline: throughput('pipeline'), pipelineWarm: throughput('pipeline-warm'), regex: throughput('regex'), retext: throughput('retext') };
if (!serverOnly) log('bench: figure finder alone over the corpus…');
const finder = serverOnly ? null : await finderThroughput(sharedDir);
if (!serverOnly && !args.has('--no-peers')) {
  engines.recognizersNumber = throughput('recognizers-number', peerSample);
  engines.recognizers = throughput('recognizers', peerSample);
  engines.compromise = throughput('compromise', peerSample);
  // The ratios compare the same text: the pipeline again on the peers' sample when it is one.
  engines.pipelineOnSample = peerSample > 1 ? throughput('pipeline', peerSample) : engines.pipeline;
}

/** `factcheck scan` over every article, wall-clock: one thread, then `jobs` workers. */
function cliScan(jobs) {
  let files = corpus.articles.map((a) => a.file).filter(Boolean);
  let dir;
  if (files.length !== corpus.articles.length) {
    dir = mkdtempSync(join(os.tmpdir(), 'factcheck-bench-'));
    files = corpus.articles.map((a, i) => {
      const file = join(dir, `${i}.txt`);
      writeFileSync(file, a.text);
      return file;
    });
  }
  log(`bench: factcheck scan --jobs ${jobs ?? 'default'} over ${files.length} files…`);
  const started = performance.now();
  const child = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'scan', ...(jobs ? ['--jobs', String(jobs)] : []), ...files], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`bench: factcheck scan failed (${child.status}):\n${child.stderr.slice(0, 2000)}`);
  return { ms, mbps: corpus.bytes / 1e6 / (ms / 1000), lines: child.stdout.split('\n').length - 1 };
}
/** The pipeline on one 400 KB block of single-line paragraphs, and on the same text in paragraphs (scripts/bench/longBlock.mjs). */
function longBlock() {
  log('bench: one long block against the same text in paragraphs…');
  const child = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'longBlock.mjs')], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench: longBlock failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}
const oneBlock = serverOnly ? null : longBlock();

const scanOne = serverOnly ? null : cliScan(1);
// One worker per core, explicitly: the CLI's default leaves a core to the main thread.
const scanAll = serverOnly ? null : cliScan(os.availableParallelism());

log('bench: language server over stdio…');
const small = 'The army moved an estimated 100,000 troops up to the border, and more than 13,000 people fled.\n';
const server = await benchServer({
  root,
  small,
  article100k: bigArticle(corpus, 100_000),
  article1m: bigArticle(corpus, 1_000_000),
  article5m: bigArticle(corpus, 5_000_000),
});

// The table.
const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
const f3 = (x) => x.toFixed(3);
const ms = (x) => `${x < 10 ? f2(x) : f1(x)} ms`;
const rows = [];
const row = (metric, value, target = '', holds = undefined) => rows.push({ metric, value, target, holds: holds === undefined ? '' : holds ? 'yes' : '**no**' });
const pipeline = engines.pipeline;
const cpuS = (e) => `${(e.cpuMs / 1000).toFixed(2)} s CPU, ${(e.ms / 1000).toFixed(2)} s wall`;
if (pipeline) row('whole pipeline (analyse + problems), one thread', `${f2(pipeline.mbps)} MB/s (${cpuS(pipeline)}, ${pipeline.found} figures)`, '≥ 10 MB/s', pipeline.mbps >= 10);
if (engines.pipelineWarm) row('the same after two untimed passes over the corpus (V8 has compiled the analysis code, as in a long-running server; a fresh analyzer, but the attribution pass\'s module-level caches of parsed sources and name patterns hold the corpus: about a tenth of the difference, docs/performance.md)', `${f2(engines.pipelineWarm.mbps)} MB/s (${cpuS(engines.pipelineWarm)})`);
const spread = (s) => `${f1(s.median)} MB/s (passes ${f1(s.min)}–${f1(s.max)})`;
if (finder) row('figure finder alone (findFigures over pre-tokenised sentences), one thread, median pass', `${spread(finder.cpuMbps)} CPU; wall ${spread(finder.wallMbps)}; ${finder.found} figures`, '≥ 20 MB/s', finder.cpuMbps.median >= 20);
if (finder) row('tokenizer alone (sentences and words, as retext-english), one thread, median pass: the floor under every stage that reads words', `${spread(finder.tokenizer.cpuMbps)} CPU`);
if (oneBlock) {
  const ratio = oneBlock.blockCpuMs / oneBlock.paragraphsCpuMs;
  row(`whole pipeline on one ${oneBlock.bytes / 1000} KB block (a plain-text file of invented reported speech whose paragraphs are single lines, no blank line between), one thread, against the same text in paragraphs`, `${(oneBlock.blockCpuMs / 1000).toFixed(2)} s CPU vs ${(oneBlock.paragraphsCpuMs / 1000).toFixed(2)} s (×${f2(ratio)}; ${oneBlock.attributions} attributions)`, '≤ 2× the paragraphs', ratio <= 2);
}
if (engines.retext) row('unified + retext-english parse, one paragraph at a time, one thread: the issue\'s yardstick for this machine (it measured about 7 MB/s when the targets were set)', `${f2(engines.retext.mbps)} MB/s (${cpuS(engines.retext)})`);
const sampleNote = peerSample > 1 ? `, every ${peerSample}th article` : '';
if (engines.recognizers) {
  const r = engines.recognizers;
  const p = engines.pipelineOnSample;
  const rn = engines.recognizersNumber;
  row(`Microsoft Recognizers-Text, number model only, one thread${sampleNote}`, `${f2(rn.mbps)} MB/s (${cpuS(rn)}, ${rn.found} numbers); pipeline ÷ this: ${f1(p.mbps / rn.mbps)}×`);
  row(`Microsoft Recognizers-Text (number + number-with-unit: currency, dimension, age, temperature), one thread${sampleNote}`, `${f3(r.mbps)} MB/s (${cpuS(r)}, ${r.found} entities)`);
  row('pipeline ÷ Recognizers-Text', `${f1(p.mbps / r.mbps)}×`, '≥ 25×', p.mbps / r.mbps >= 25);
}
if (engines.compromise) {
  const c = engines.compromise;
  const p = engines.pipelineOnSample;
  row(`compromise (parse + numbers), one thread${sampleNote}`, `${f2(c.mbps)} MB/s (${cpuS(c)}, ${c.found} numbers)`);
  row('pipeline ÷ compromise', `${f1(p.mbps / c.mbps)}×`, '≥ 50×', p.mbps / c.mbps >= 50);
}
if (engines.regex) {
  row('regex number scan (floor), one thread', `${f1(engines.regex.mbps)} MB/s (${engines.regex.found} matches)`);
  row('pipeline ÷ regex floor', `${(pipeline.mbps / engines.regex.mbps).toFixed(3)}×`);
}
if (scanOne && scanAll) row(`factcheck scan over the corpus, one thread → ${os.availableParallelism()} workers (wall clock)`, `${(scanOne.ms / 1000).toFixed(1)} s → ${(scanAll.ms / 1000).toFixed(1)} s (${f2(scanOne.mbps)} → ${f2(scanAll.mbps)} MB/s, ×${f2(scanOne.ms / scanAll.ms)})`);
row('open 1 MB article → first diagnostics (of the part read so far)', `${ms(server.open1m.ms)} (${server.open1m.first} diagnostics)`, '≤ 300 ms', server.open1m.ms <= 300);
row('open 1 MB article → complete diagnostics', `${ms(server.open1m.completeMs)} (${server.open1m.diagnostics} diagnostics)`);
row('keystroke → diagnostics, 100 KB article, p50 / p95', `${ms(server.keys100k.p50)} / ${ms(server.keys100k.p95)}`, 'p95 ≤ 5 ms', server.keys100k.p95 <= 5);
row('keystroke → diagnostics, 1 MB article, p50 / p95', `${ms(server.keys1m.p50)} / ${ms(server.keys1m.p95)}`, 'p95 ≤ 15 ms', server.keys1m.p95 <= 15);
const parsed = (p) => `${ms(p.p50)} (${p.diagnostics} diagnostics, ${(p.bytes / 1e6).toFixed(2)} MB of JSON)`;
row('the client alone: decoding and parsing one complete publish, median, 100 KB / 1 MB article (LSP sends every diagnostic of the document each time)', `${parsed(server.parse100k)} / ${parsed(server.parse1m)}`);
row('hover, 1 MB article, p50 / p95', `${ms(server.hover1m.p50)} / ${ms(server.hover1m.p95)} (${server.hover1m.answered} of ${server.hover1m.n} on a figure)`, 'p95 ≤ 2 ms', server.hover1m.p95 <= 2);
row('server peak RSS (VmHWM), 1 MB + 100 KB articles open', `${f1(server.memory.peakMb)} MB (now ${f1(server.memory.rssMb)} MB)`, '≤ 200 MB', server.memory.peakMb <= 200);
row('open 5 MB article → first / complete diagnostics', `${ms(server.open5m.ms)} / ${ms(server.open5m.completeMs)}`);
row('hover on another document while the 5 MB one is analysed, p95 / max', `${ms(server.open5m.hoversMeanwhile.p95)} / ${ms(server.open5m.hoversMeanwhile.max)} (${server.open5m.hoversMeanwhile.n} hovers)`);
row('server peak RSS (VmHWM), 5 MB article open', `${f1(server.memory5m.peakMb)} MB`);

const cpus = os.cpus();
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const machine = `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.type()} ${os.release()}, Node ${process.versions.node}`;
const table = ['| metric | value | target | holds |', '|---|---|---|---|', ...rows.map((r) => `| ${r.metric} | ${r.value} | ${r.target} | ${r.holds} |`)].join('\n');
const notes = [
  `- Date: ${date}. Machine: ${machine}. Load average when the run started: ${loadBefore.map(f2).join(', ')} (other work on the machine inflates every figure).`,
  `- Corpus: ${corpus.description}; ${(corpus.bytes / 1e6).toFixed(2)} MB of UTF-8 text. MB/s = 10^6 bytes of UTF-8 per second.`,
  `- Throughput: each engine runs in its own Node process on one thread, over every article${peerSample > 1 ? ` (the peers, and the pipeline again for the ratios, over every ${peerSample}th article)` : ''} in turn, after an untimed warm-up on the first 50 articles (the pipeline starts the timed pass with empty caches; for its second row, after two untimed passes over the whole corpus). MB/s divides by the process's CPU time (user + system), so a busy machine does not count against an engine; wall-clock time is shown beside it.`,
  '- Engines: the pipeline is `Analyzer.analyze` (plain text, as `factcheck scan` reads .txt) plus `problemsOf`, from the bundled core (`dist/core.js`). Recognizers-Text runs its English number model, and then that with the currency, dimension, age and temperature models, each built once, one paragraph at a time (they are made for short utterances; the currency model dominates its time); compromise runs `nlp(text).numbers().json()`. The regex floor is one `\\d[\\d,.]*` scan with a few unit suffixes.',
  `- Editor figures: the real server (\`dist/server.js --stdio\`) driven over JSON-RPC by this script, timed from the client side, so each includes the round trip and the client's JSON parsing. Articles are ${corpus.name === 'bbc-news' ? 'BBC' : 'generated'} articles joined into Markdown (headlines as \`##\` headings). \`factcheck.debounceMs\` is set to ${settings.debounceMs} for the run, so keystroke latency is the server's work and not the configured wait (the default adds 150 ms after the last keystroke). A keystroke inserts one character in a paragraph in the middle of the article and is timed from \`didChange\` to the \`publishDiagnostics\` of that version; 100 keystrokes after 10 untimed ones. Hovers: 200, three in four on figures. Opening: first diagnostics are the first \`publishDiagnostics\` of the opened version (for an article of 50 KB or more, those of the part read so far); complete diagnostics are the ones published just before the server's \`factcheck/summaryChanged\` notification of that version, which it sends only with the complete set. The client's share alone: one complete publish of the opened 100 KB and 1 MB articles, as sent, decoded from UTF-8 and parsed 21 times in the bench's process; the median is what every keystroke costs the client whatever the server does.`,
  `- Figure finder alone (issue 4): scripts/bench/finder.mjs bundles the core's sources and, in a fresh process, tokenises the corpus by paragraph (not timed), runs \`findFigures\` over every sentence ${finder?.warmups ?? 10} times to warm up (until the compiler has settled) and then ${finder?.passes ?? 15} times, each pass timed alone; the median pass is the figure, with the slowest and fastest beside it. Then, with the corpus's tokens let go, the tokenizer alone over every paragraph, timed the same way.`,
  '- retext: `unified().use(retextEnglish).parse(paragraph)` over every paragraph of the corpus, in its own process, as the issue measured it; its figure against the issue\'s shows how much slower or faster the machine is than when the targets were written.',
  '- One long block: scripts/bench/longBlock.mjs, in its own process, analyses (`Analyzer.analyze` plus `problemsOf`, plain text) invented reported speech of 400 KB, three sentences a paragraph, as one block of single-line paragraphs and then in paragraphs with blank lines, each with a fresh analyzer after untimed warm-ups at a tenth of the size; CPU time. A rule that compares each attribution with all the others of its block makes the first quadratic (before 2026-12-01: 3.7 s against 0.9 s).',
  '- `factcheck scan` runs the built CLI over every corpus file (as .txt, so plain text), with `--jobs 1` and then with one worker per core (`--jobs` the number of cores; the default is one fewer); wall clock includes starting Node and the workers.',
  '- Which targets hold, which do not and why: [performance.md](performance.md).',
  '- The 5 MB figures come from a second server process holding a small document too: the small document is hovered over and over while the 5 MB article is analysed.',
];
const markdown = `# Benchmarks\n\nWritten by \`npm run bench\` (scripts/bench.mjs); do not edit by hand.\n\n${table}\n\n${notes.join('\n')}\n`;
console.log(table);
console.log('');
console.log(notes.join('\n'));
if (!args.has('--no-write')) {
  writeFileSync(join(root, 'docs', 'benchmarks.md'), markdown);
  log('bench: wrote docs/benchmarks.md');
}
