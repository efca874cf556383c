// The whole pipeline on one long block: `node longBlock.mjs [BYTES]` analyses invented reported
// speech of BYTES (400 KB by default) as a plain-text file whose paragraphs are single lines with no
// blank line between them, which the core reads as one block, and then the same text in paragraphs,
// each with a fresh analyzer after an untimed warm-up. Prints one JSON line: { bytes, blockCpuMs,
// paragraphsCpuMs, attributions }. The rules that compare an attribution with the others of its
// block once made the first quadratic (400 KB took 7.2 s against 0.7 s in paragraphs; 3 MB about
// five minutes): this keeps that in view.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportedSpeech } from './corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const { Analyzer, problemsOf } = require(join(root, 'dist', 'core.js'));
const bytes = Number(process.argv[2] ?? 400_000);

/** CPU time (user + system) of analysing `text` with a fresh analyzer, and its attributions. */
function analyse(text) {
  const started = process.cpuUsage();
  const analysis = new Analyzer().analyze(text, 'plaintext');
  problemsOf(analysis);
  const cpu = process.cpuUsage(started);
  return { cpuMs: (cpu.user + cpu.system) / 1000, attributions: analysis.attributions.length };
}

// Warm-up on a tenth of the size, both ways (JIT, lazy tables).
for (let r = 0; r < 3; r++) for (const separator of ['\n', '\n\n']) analyse(reportedSpeech(bytes / 10, separator));
const block = analyse(reportedSpeech(bytes, '\n'));
const paragraphs = analyse(reportedSpeech(bytes, '\n\n'));
console.log(JSON.stringify({ bytes, blockCpuMs: block.cpuMs, paragraphsCpuMs: paragraphs.cpuMs, attributions: block.attributions }));
