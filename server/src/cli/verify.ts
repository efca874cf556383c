import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analyzer } from '../analysis/analyze.js';
import { kindForPath } from '../analysis/kind.js';
import { SidecarError } from '../annotations/sidecar.js';
import { readSidecar, sidecarPathFor } from '../annotations/store.js';
import type { Sidecar } from '../annotations/types.js';
import { LineIndex } from '../positions.js';
import { relativeUri, toSarif, type SarifInput } from '../report/sarif.js';
import { hasContradiction, verifyProblems, type VerifyProblem } from '../verify/problems.js';
import { SourceReader } from '../verify/sources.js';
import { evidencePlace, type VerifyReport } from '../verify/types.js';
import { verifyArticle } from '../verify/verify.js';
import { expandArticlePaths } from './files.js';
import { CliError, parseArgs, write, type Io } from './io.js';
import { loadWorkspace, workspaceOptions } from './workspace.js';
import { describeReadError, readArticleFile } from './article.js';

declare const FACTCHECK_VERSION: string | undefined;

/**
 * `factcheck verify FILE...`: every figure of each article against the sources in its sidecar, and
 * each article against itself (docs/verify.md). Exit 1 when a figure is contradicted (by a source
 * or by the article), 2 when a file or its sidecar cannot be read or the usage is wrong, else 0.
 */
export async function runVerify(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, {
    format: 'string',
    offline: 'boolean',
    cache: 'string',
    ...workspaceOptions,
    timeout: 'string',
  });
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new CliError('--format must be "text", "json" or "sarif"');
  if (positional.length === 0) throw new CliError('verify needs at least one file: factcheck verify article.md');
  const files = await expandArticlePaths(positional, (message) => io.stderr.write(`factcheck: ${message}\n`));
  if (files.length === 0) return 2;
  let timeoutMs: number | undefined;
  if (options.timeout !== undefined) {
    timeoutMs = Number(options.timeout);
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new CliError('--timeout must be a number of milliseconds above 0');
  }
  const workspace = await loadWorkspace(options, io);
  const root = workspace.root;
  const cacheDir = typeof options.cache === 'string' ? resolve(options.cache) : undefined;
  const offline = options.offline === true;

  const analyzer = new Analyzer();
  // One reader for all files: a source cited by several articles is fetched once.
  const reader = new SourceReader({ workspaceRoot: root, cacheDir, offline, fetch: timeoutMs ? { timeoutMs } : undefined });
  let unreadable = 0;
  let contradicted = false;
  const json: unknown[] = [];
  const sarif: SarifInput[] = [];

  for (const path of files) {
    let text: string;
    try {
      text = await readArticleFile(path, io);
    } catch (error) {
      unreadable++;
      io.stderr.write(`factcheck: cannot read ${path}: ${describeReadError(error)}\n`);
      continue;
    }
    let sidecar: Sidecar | null = null;
    try {
      sidecar = (await readSidecar(sidecarPathFor(resolve(path), workspace.annotations))).sidecar;
    } catch (error) {
      unreadable++;
      io.stderr.write(`factcheck: cannot use the annotations of ${path}: ${error instanceof SidecarError ? error.message : (error as Error).message}\n`);
      continue;
    }
    const kind = kindForPath(path);
    const report = await verifyArticle({ text, kind, sidecar, articlePath: path, workspaceRoot: root, offline, analyzer, reader });
    if (hasContradiction(report)) contradicted = true;
    const lines = new LineIndex(text);
    const problems = verifyProblems(report);
    if (format === 'json') {
      json.push({ path, kind, ...report, problems: problems.map(({ data: _data, ...p }) => ({ ...p, range: { start: lines.positionAt(p.start), end: lines.positionAt(p.end) } })) });
    } else if (format === 'sarif') {
      sarif.push(sarifInput(path, problems, lines));
    } else {
      await writeText(io, path, report, problems, lines);
    }
  }

  if (format === 'json') await write(io.stdout, JSON.stringify(json, null, 2) + '\n');
  if (format === 'sarif') {
    const version = typeof FACTCHECK_VERSION === 'string' ? FACTCHECK_VERSION : 'dev';
    await write(io.stdout, JSON.stringify(toSarif(sarif, { version, workingDirectoryUri: pathToFileURL(process.cwd() + '/').href }), null, 2) + '\n');
  }
  if (unreadable > 0) return 2;
  return contradicted ? 1 : 0;
}

/** One article's verify problems for the shared SARIF writer; supported figures are not results. */
function sarifInput(path: string, problems: VerifyProblem[], lines: LineIndex): SarifInput {
  const rel = relative(process.cwd(), resolve(path));
  const inside = !rel.startsWith('..') && !isAbsolute(rel);
  return {
    uri: inside ? relativeUri(rel) : pathToFileURL(resolve(path)).href,
    relative: inside,
    lines,
    problems: problems
      .filter((p) => p.rule !== 'figure.supported' && p.rule !== 'quote.supported')
      .map((p) => ({
        rule: p.rule,
        severity: p.severity,
        message: p.message,
        start: p.start,
        end: p.end,
        properties: p.data.kind === 'verify' || p.data.kind === 'verify-quote' ? { verification: p.data.result.status } : { check: p.data.finding.kind },
      })),
  };
}

async function writeText(io: Io, path: string, report: VerifyReport, problems: VerifyProblem[], lines: LineIndex): Promise<void> {
  for (const p of problems) {
    const pos = lines.positionAt(p.start);
    await write(io.stdout, `${path}:${pos.line + 1}:${pos.character + 1}: ${p.severity} ${p.rule} ${p.message}\n`);
    if (p.data.kind !== 'verify' && p.data.kind !== 'verify-quote') continue;
    for (const check of p.data.result.sources) {
      if (!check.evidence) continue;
      const where = check.source.url ?? check.source.path ?? '';
      await write(io.stdout, `    ${check.status}: ${where} ${evidencePlace(check.evidence)}: “${check.evidence.passage}”\n`);
    }
  }
  const count = (status: string) => report.figures.filter((f) => f.status === status).length;
  const parts = [
    `${count('supported')} supported`,
    `${count('contradicted')} contradicted`,
    `${count('not-found')} not found`,
    `${count('unreachable') + count('unsupported')} unreadable`,
    `${count('no-sources')} without sources`,
    `${report.article.length} within-article`,
  ];
  const quotes = report.quotes ?? [];
  const quoteCount = (status: string) => quotes.filter((q) => q.status === status).length;
  const quoted = quotes.length
    ? `; ${quotes.length} quotation${quotes.length === 1 ? '' : 's'}: ${quoteCount('supported')} found, ${quoteCount('misquoted')} differ, ${quoteCount('not-found')} not found, ${quoteCount('unreachable') + quoteCount('unsupported')} unreadable`
    : '';
  await write(io.stdout, `${path}: ${report.figures.length} figures: ${parts.join(', ')}${quoted}\n`);
}
