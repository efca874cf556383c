import { createInterface } from 'node:readline';
import { kindForPath } from '../analysis/kind.js';
import { defaultAnalysisOptions, type DocumentKind } from '../analysis/types.js';
import { describeReadError, readArticleFile } from './article.js';
import { expandArticlePaths } from './files.js';
import { CliError, parseArgs, type Io } from './io.js';
import { OrderedOutput, parseJobs, TaskPool } from './pool.js';

/**
 * `factcheck extract`: the batch contract. One JSON object per input line, in order, streamed, so
 * any amount of input runs in bounded memory. A bad line is answered with `{"id", "error"}`, named
 * on stderr, and makes the exit code 1 once every line has been answered. Records are analysed on
 * every core (`--jobs N`, default one per core but one) and answered in input order.
 *
 * Given files instead (`factcheck extract a.md b.txt`), each file is one record whose id is its path
 * as written and whose kind follows its extension unless `--kind` is given; stdin is not read.
 */
export async function runExtract(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, { kind: 'string', threshold: 'string', jobs: 'string' });
  const forcedKind = options.kind === undefined ? undefined : parseKind(options.kind);
  const defaultKind = forcedKind ?? 'plaintext';
  const threshold = options.threshold === undefined ? defaultAnalysisOptions.claimThreshold : Number(options.threshold);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) throw new CliError('--threshold must be a number from 0 to 1');

  const jobs = parseJobs(options.jobs);

  const pool = new TaskPool(jobs);
  const output = new OrderedOutput(io.stdout);
  if (positional.length) {
    try {
      const files = await expandArticlePaths(positional, (message) => io.stderr.write(`factcheck extract: ${message}\n`));
      if (files.length === 0) return 1;
      return await extractFiles(files, forcedKind, threshold, { pool, output, jobs, io });
    } finally {
      await pool.close();
    }
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  let hinted = false;
  try {
    for await (const line of lines) {
      lineNumber++;
      // Bounded memory: at most a few records per worker are read ahead of the output.
      await output.room(4 * jobs);
      if (line.trim() === '') continue;
      let input: unknown;
      try {
        input = JSON.parse(line);
      } catch (error) {
        bad++;
        const reason = error instanceof Error ? error.message : String(error);
        io.stderr.write(`factcheck extract: line ${lineNumber}: not valid JSON (${reason})\n`);
        if (!hinted && !line.trimStart().startsWith('{')) {
          // An article piped in whole is the likeliest cause; say once how to give it.
          hinted = true;
          io.stderr.write('factcheck extract: stdin is read as JSON Lines, one {"id", "text"} object per line; to extract from article files, name them: factcheck extract article.md\n');
        }
        output.push(JSON.stringify({ id: null, error: `line ${lineNumber}: not valid JSON` }) + '\n');
        continue;
      }
      const record = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
      const id = record && 'id' in record ? record.id : null;
      if (!record || typeof record.text !== 'string') {
        bad++;
        io.stderr.write(`factcheck extract: line ${lineNumber}: expected an object with a string "text"\n`);
        output.push(JSON.stringify({ id, error: `line ${lineNumber}: expected an object with a string "text"` }) + '\n');
        continue;
      }
      let kind = defaultKind;
      if (record.kind !== undefined) {
        if (record.kind !== 'markdown' && record.kind !== 'plaintext') {
          bad++;
          io.stderr.write(`factcheck extract: line ${lineNumber}: "kind" must be "markdown" or "plaintext"\n`);
          output.push(JSON.stringify({ id, error: `line ${lineNumber}: "kind" must be "markdown" or "plaintext"` }) + '\n');
          continue;
        }
        kind = record.kind;
      }
      output.push(pool.run('extract', { id, text: record.text, kind, threshold }));
    }
    await output.finish();
  } finally {
    await pool.close();
  }
  if (bad > 0) {
    io.stderr.write(`factcheck extract: ${bad} of ${lineNumber} lines could not be read\n`);
    return 1;
  }
  return 0;
}

/** One result line per file, in argument order; an unreadable file is answered with `{"id", "error"}`. */
async function extractFiles(
  paths: string[],
  forcedKind: DocumentKind | undefined,
  threshold: number,
  { pool, output, jobs, io }: { pool: TaskPool; output: OrderedOutput; jobs: number; io: Io },
): Promise<number> {
  let bad = 0;
  for (const path of paths) {
    await output.room(4 * jobs);
    let text: string;
    try {
      text = await readArticleFile(path, io);
    } catch (error) {
      bad++;
      const message = `cannot read ${path}: ${describeReadError(error)}`;
      io.stderr.write(`factcheck extract: ${message}\n`);
      output.push(JSON.stringify({ id: path, error: message }) + '\n');
      continue;
    }
    output.push(pool.run('extract', { id: path, text, kind: forcedKind ?? kindForPath(path), threshold }));
  }
  await output.finish();
  return bad > 0 ? 1 : 0;
}

export function parseKind(value: string | boolean | undefined): DocumentKind {
  if (value === undefined) return 'plaintext';
  if (value === 'markdown' || value === 'plaintext') return value;
  throw new CliError('--kind must be "markdown" or "plaintext"');
}
