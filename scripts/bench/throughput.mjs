// One engine over the corpus in this (single-threaded) process: `node throughput.mjs ENGINE [SHARED]
// [EVERY]` (EVERY > 1 takes every EVERY-th article). Prints one JSON line: { engine, ms, cpuMs,
// bytes, articles, found }. bench.mjs starts one process per engine, so the engines cannot slow
// each other down. `cpuMs` is the process's CPU time (user + system) for the timed pass: on a busy
// machine it is what one core spent, where wall-clock `ms` also counts waiting for a core.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const [engine, sharedDir = join(root, '..', 'shared'), every = '1'] = process.argv.slice(2);

/** Each engine: `setup()` once (not timed), then `run(text)` per article returns how many things it found. */
const engines = {
  pipeline() {
    const { Analyzer, problemsOf } = require(join(root, 'dist', 'core.js'));
    let analyzer = new Analyzer();
    return {
      // A fresh analyzer for the timed pass, so the warm-up leaves nothing in its caches.
      reset: () => (analyzer = new Analyzer()),
      run: (text) => {
        const analysis = analyzer.analyze(text, 'plaintext');
        problemsOf(analysis);
        return analysis.figures.length;
      },
    };
  },
  // The same, timed after two untimed passes over the whole corpus: by then V8 has compiled the
  // analysis code, whose compilation a first pass pays for (docs/performance.md). A long-running
  // language server is in this state; a `factcheck scan` of a few files is not. The analyzer is
  // fresh, but module-level caches (resolve.ts's parsed sources and name patterns) keep what the
  // warm-up put in them: with V8 kept to its interpreter they made the second pass about 9% faster.
  'pipeline-warm'() {
    return { ...engines.pipeline(), warmUpPasses: 2 };
  },
  recognizers: () => recognizers(true),
  'recognizers-number': () => recognizers(false),
  compromise() {
    const nlp = require('compromise');
    return { run: (text) => nlp(text).numbers().json().length };
  },
  // The issue's yardstick for this machine ("unified/retext parses about 7 MB/s paragraph by
  // paragraph"): measured again in every run, it shows how fast the machine is today.
  async retext() {
    const { unified } = await import('unified');
    const { default: retextEnglish } = await import('retext-english');
    const processor = unified().use(retextEnglish);
    return {
      run: (text) => {
        let paragraphs = 0;
        for (const paragraph of text.split(/\n\s*\n/)) paragraphs += processor.parse(paragraph).children.length;
        return paragraphs;
      },
    };
  },
  regex() {
    const number = /\d[\d,.]*(?:\s?(?:%|per cent|bn|m|million|billion|trillion))?/g;
    return {
      // One pass takes a few milliseconds; twenty make the CPU time measurable.
      repeat: 20,
      run: (text) => {
        let found = 0;
        number.lastIndex = 0;
        while (number.exec(text)) found++;
        return found;
      },
    };
  },
};

/**
 * Microsoft Recognizers-Text, English. The models are built once, as a long-running service would
 * (the suite's recognizeX helpers rebuild them per call), and fed one paragraph at a time: they are
 * made for short utterances, and their currency model is slower still on whole articles.
 */
function recognizers(withUnits) {
  const suite = createRequire(require.resolve('@microsoft/recognizers-text-suite'));
  const { NumberRecognizer, Culture } = suite('@microsoft/recognizers-text-number');
  const models = [new NumberRecognizer(Culture.English).getNumberModel()];
  if (withUnits) {
    const { NumberWithUnitRecognizer } = suite('@microsoft/recognizers-text-number-with-unit');
    const units = new NumberWithUnitRecognizer(Culture.English);
    models.push(units.getCurrencyModel(), units.getDimensionModel(), units.getAgeModel(), units.getTemperatureModel());
  }
  return {
    run: (text) => {
      let found = 0;
      for (const paragraph of text.split(/\n\s*\n/)) for (const model of models) found += model.parse(paragraph).length;
      return found;
    },
  };
}

if (!engines[engine]) {
  console.error(`throughput: unknown engine "${engine}" (${Object.keys(engines).join(', ')})`);
  process.exit(2);
}
const corpus = loadCorpus(sharedDir);
// Warm up on the corpus's first 50 articles whatever the sample (JIT, lazy tables), untimed. Until
// 2026-11-29 a sample of every 20th article warmed up on 3, so the pipeline's timed pass over the
// sample paid most of V8's compilation of the analysis code (about 40% of a first pass's CPU, see
// docs/performance.md) while the regex-driven peers pay little of it, and their ratio fell from 26.8
// to 19.6 on a faster host whose full-corpus pipeline had doubled.
const runner = await engines[engine]();
const warmUp = runner.warmUpPasses ? Array.from({ length: runner.warmUpPasses }, () => corpus.articles).flat() : corpus.articles.slice(0, 50);
const step = Math.max(1, Number(every) || 1);
if (step > 1) {
  corpus.articles = corpus.articles.filter((_, i) => i % step === 0);
  corpus.bytes = corpus.articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);
}
for (const article of warmUp) runner.run(article.text);
runner.reset?.();
const started = performance.now();
const cpuStarted = process.cpuUsage();
const repeat = runner.repeat ?? 1;
let found = 0;
for (let r = 0; r < repeat; r++) for (const article of corpus.articles) found += runner.run(article.text);
const cpu = process.cpuUsage(cpuStarted);
const ms = (performance.now() - started) / repeat;
console.log(JSON.stringify({ engine, ms, cpuMs: (cpu.user + cpu.system) / 1000 / repeat, bytes: corpus.bytes, articles: corpus.articles.length, found: found / repeat }));
