import { readFile } from 'node:fs/promises';
import { Analyzer } from '../analysis/analyze.js';
import { problemsOf } from '../analysis/problems.js';
import { kindForPath } from '../analysis/kind.js';
import { LineIndex } from '../positions.js';
import { CliError, parseArgs, write, type Io } from './io.js';

/**
 * `factcheck scan FILE...`: the problems of each file, like a compiler (`path:line:col: severity
 * code message`, 1-based) or as JSON. Exit 0 unless a file could not be read.
 */
export async function runScan(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, { format: 'string' });
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError('--format must be "text" or "json"');
  if (positional.length === 0) throw new CliError('scan needs at least one file: factcheck scan article.md');

  const analyzer = new Analyzer();
  let unreadable = 0;
  const results: unknown[] = [];
  for (const path of positional) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      unreadable++;
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      io.stderr.write(`factcheck: cannot read ${path}: ${why}\n`);
      continue;
    }
    const kind = kindForPath(path);
    const analysis = analyzer.analyze(text, kind);
    const problems = problemsOf(analysis);
    const lines = new LineIndex(text);
    if (format === 'json') {
      results.push({
        path,
        kind,
        ...analysis,
        problems: problems.map((p) => ({
          rule: p.rule,
          severity: p.severity,
          message: p.message,
          start: p.start,
          end: p.end,
          range: { start: lines.positionAt(p.start), end: lines.positionAt(p.end) },
        })),
      });
      continue;
    }
    for (const p of problems) {
      const pos = lines.positionAt(p.start);
      await write(io.stdout, `${path}:${pos.line + 1}:${pos.character + 1}: ${p.severity} ${p.rule} ${p.message}\n`);
    }
  }
  if (format === 'json') await write(io.stdout, JSON.stringify(results, null, 2) + '\n');
  return unreadable > 0 ? 1 : 0;
}
