import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../positions.js';
import { failsOn, parseFailOn, type FailOn } from '../report/failOn.js';
import { relativeUri, toSarif, type SarifInput } from '../report/sarif.js';
import { warnAboutEncoding } from './article.js';
import { expandArticlePaths } from './files.js';
import { CliError, parseArgs, write, type Io } from './io.js';
import { inOrder, parseJobs, TaskPool } from './pool.js';
import { loadWorkspace, workspaceOptions } from './workspace.js';

declare const FACTCHECK_VERSION: string | undefined;

/**
 * `factcheck scan FILE...`: the problems of each file (a folder stands for the articles under it), with its sidecar's statuses applied (as the
 * editor shows them), like a compiler (`path:line:col: severity code message`, 1-based), as JSON or
 * as SARIF 2.1.0. Exit 1 if a file could not be read, else 3 if a problem matched `--fail-on`, else 0.
 * Files are read and analysed on every core (`--jobs N`, default one per core but one); the output keeps the
 * order of the arguments and streams.
 */
export async function runScan(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, { format: 'string', 'fail-on': 'string', jobs: 'string', ...workspaceOptions });
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new CliError('--format must be "text", "json" or "sarif"');
  let failOn: FailOn | null = null;
  try {
    if (typeof options['fail-on'] === 'string') failOn = parseFailOn(options['fail-on']);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  if (positional.length === 0) throw new CliError('scan needs at least one file: factcheck scan article.md');
  const files = await expandArticlePaths(positional, (message) => io.stderr.write(`factcheck: ${message}\n`));
  if (files.length === 0) return 1;
  const jobs = Math.min(parseJobs(options.jobs), files.length);
  const workspace = await loadWorkspace(options, io);

  const pool = new TaskPool(jobs);
  let unreadable = 0;
  const results: unknown[] = [];
  const sarifFiles: SarifInput[] = [];
  const gated = new Map<string, number>();
  for await (const file of inOrder(files, (path) => pool.run('scan', { path, workspace }), 4 * jobs)) {
    const { path } = file;
    if (file.unreadable !== undefined) {
      unreadable++;
      io.stderr.write(`factcheck: cannot read ${path}: ${file.unreadable}\n`);
      continue;
    }
    const { text, encoding, kind, analysis, problems } = file;
    warnAboutEncoding(path, encoding, io);
    const lines = new LineIndex(text);
    if (failOn) for (const p of problems) if (failsOn(p, failOn)) gated.set(p.rule, (gated.get(p.rule) ?? 0) + 1);
    if (format === 'sarif') {
      const rel = relative(process.cwd(), resolve(path));
      const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
      sarifFiles.push({ uri: inside ? relativeUri(rel) : pathToFileURL(resolve(path)).href, relative: inside, problems, lines });
      continue;
    }
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
  await pool.close();
  if (format === 'json') await write(io.stdout, JSON.stringify(results, null, 2) + '\n');
  if (format === 'sarif') {
    const version = typeof FACTCHECK_VERSION === 'string' ? FACTCHECK_VERSION : '0.0.0-dev';
    const sarif = toSarif(sarifFiles, { version, workingDirectoryUri: pathToFileURL(process.cwd() + '/').href });
    await write(io.stdout, JSON.stringify(sarif, null, 2) + '\n');
  }
  if (unreadable > 0) return 1;
  if (gated.size > 0) {
    const total = [...gated.values()].reduce((a, b) => a + b, 0);
    const which = [...gated].map(([rule, n]) => `${rule} ${n}`).join(', ');
    io.stderr.write(`factcheck: ${total} ${total === 1 ? 'problem matches' : 'problems match'} --fail-on ${options['fail-on']} (${which})\n`);
    return 3;
  }
  return 0;
}
