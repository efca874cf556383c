import { dirname, relative, resolve, sep } from 'node:path';
import { Analyzer } from '../analysis/analyze.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { buildReport } from '../report/model.js';
import { loadArticle } from './article.js';
import { CliError, parseArgs, write, writeOutFile, type Io } from './io.js';
import { loadWorkspace, workspaceOptions } from './workspace.js';

/**
 * `factcheck report FILE [--format md|html] [--out PATH]`: one page for an editor with the state of
 * the article (the same page as "Fact Check: Show Report"). Links to the article are relative to
 * where the report is written.
 */
export async function runReport(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, { format: 'string', out: 'string', url: 'string', publisher: 'string', ...workspaceOptions });
  const format = typeof options.format === 'string' ? options.format : 'md';
  if (format !== 'md' && format !== 'markdown' && format !== 'html') throw new CliError('--format must be "md" or "html"');
  if (positional.length !== 1) throw new CliError('report needs one article: factcheck report article.md --format html --out report.html');
  const [path] = positional;
  const out = typeof options.out === 'string' ? options.out : undefined;

  const workspace = await loadWorkspace(options, io);
  const article = await loadArticle(path, new Analyzer(), workspace.annotations, io);
  const meta = { url: typeof options.url === 'string' ? options.url : undefined, publisher: typeof options.publisher === 'string' ? options.publisher : undefined };
  const model = buildReport({ article: path, text: article.text, analysis: article.analysis, placed: article.placed, sidecarError: article.sidecarError, meta });
  const link = relative(out ? dirname(resolve(out)) : process.cwd(), resolve(path)).split(sep).join('/');
  const content = format === 'html' ? renderHtml(model, { articleHref: link.split('/').map(encodeURIComponent).join('/') }) : renderMarkdown(model, { articleLink: link });
  if (out) await writeOutFile(out, content);
  else await write(io.stdout, content);
  return 0;
}
