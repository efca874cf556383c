import { createInterface } from 'node:readline';
import { Analyzer } from '../analysis/analyze.js';
import { defaultAnalysisOptions, type DocumentKind } from '../analysis/types.js';
import { CliError, parseArgs, write, type Io } from './io.js';

/**
 * `factcheck extract`: the batch contract. One JSON object per input line, in order, streamed, so
 * any amount of input runs in bounded memory. A bad line is answered with `{"id", "error"}`, named
 * on stderr, and makes the exit code 1 once every line has been answered.
 */
export async function runExtract(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, { kind: 'string', threshold: 'string' });
  if (positional.length) throw new CliError(`extract reads JSON Lines on stdin and takes no file arguments (got "${positional[0]}")`);
  const defaultKind = parseKind(options.kind);
  const threshold = options.threshold === undefined ? defaultAnalysisOptions.claimThreshold : Number(options.threshold);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) throw new CliError('--threshold must be a number from 0 to 1');

  const analyzer = new Analyzer();
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch (error) {
      bad++;
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr.write(`factcheck extract: line ${lineNumber}: not valid JSON (${reason})\n`);
      await write(io.stdout, JSON.stringify({ id: null, error: `line ${lineNumber}: not valid JSON` }) + '\n');
      continue;
    }
    const record = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
    const id = record && 'id' in record ? record.id : null;
    if (!record || typeof record.text !== 'string') {
      bad++;
      io.stderr.write(`factcheck extract: line ${lineNumber}: expected an object with a string "text"\n`);
      await write(io.stdout, JSON.stringify({ id, error: `line ${lineNumber}: expected an object with a string "text"` }) + '\n');
      continue;
    }
    let kind = defaultKind;
    if (record.kind !== undefined) {
      if (record.kind !== 'markdown' && record.kind !== 'plaintext') {
        bad++;
        io.stderr.write(`factcheck extract: line ${lineNumber}: "kind" must be "markdown" or "plaintext"\n`);
        await write(io.stdout, JSON.stringify({ id, error: `line ${lineNumber}: "kind" must be "markdown" or "plaintext"` }) + '\n');
        continue;
      }
      kind = record.kind;
    }
    const analysis = analyzer.analyze(record.text, kind, { ...defaultAnalysisOptions, claimThreshold: threshold });
    await write(io.stdout, JSON.stringify({ id, figures: analysis.figures, attributions: analysis.attributions, claims: analysis.claims }) + '\n');
  }
  if (bad > 0) {
    io.stderr.write(`factcheck extract: ${bad} of ${lineNumber} lines could not be read\n`);
    return 1;
  }
  return 0;
}

export function parseKind(value: string | boolean | undefined): DocumentKind {
  if (value === undefined) return 'plaintext';
  if (value === 'markdown' || value === 'plaintext') return value;
  throw new CliError('--kind must be "markdown" or "plaintext"');
}
