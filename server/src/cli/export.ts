import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analyzer } from '../analysis/analyze.js';
import { buildReport } from '../report/model.js';
import { toClaimReview } from '../report/claimReview.js';
import { toWebAnnotations } from '../report/webAnnotation.js';
import { loadArticle } from './article.js';
import { CliError, parseArgs, write, writeOutFile, type Io } from './io.js';
import { loadWorkspace, workspaceOptions } from './workspace.js';

/**
 * `factcheck export FILE`: the article's fact-checks as schema.org ClaimReview JSON-LD (the default,
 * or `--claimreview`) or all its annotations as W3C Web Annotation JSON-LD (`--format
 * webannotation`), on stdout or to `--out`. Article metadata comes from front matter; `--url` and
 * `--publisher` override it.
 */
export async function runExport(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, { format: 'string', claimreview: 'boolean', webannotation: 'boolean', url: 'string', publisher: 'string', ...workspaceOptions, out: 'string' });
  let format = typeof options.format === 'string' ? options.format : options.webannotation ? 'webannotation' : 'claimreview';
  if (options.claimreview && options.webannotation) throw new CliError('choose one of --claimreview and --webannotation');
  if (options.claimreview) format = 'claimreview';
  if (format !== 'claimreview' && format !== 'webannotation') throw new CliError('--format must be "claimreview" or "webannotation"');
  if (positional.length !== 1) throw new CliError('export needs one article: factcheck export --claimreview article.md');
  const [path] = positional;
  const url = typeof options.url === 'string' ? options.url : undefined;
  if (url !== undefined && !/^https?:\/\/\S+$/i.test(url)) throw new CliError('--url must be an http or https URL');
  const publisher = typeof options.publisher === 'string' ? options.publisher : undefined;

  const workspace = await loadWorkspace(options, io);
  const article = await loadArticle(path, new Analyzer(), workspace.annotations, io);
  if (article.sidecarError) throw new CliError(article.sidecarError, 1);
  const model = buildReport({ article: path, text: article.text, analysis: article.analysis, placed: article.placed, meta: { url, publisher } });
  let output: object;
  if (format === 'claimreview') {
    const { reviews, warnings } = toClaimReview(model);
    for (const warning of warnings) io.stderr.write(`factcheck: warning: ${warning}\n`);
    output = reviews;
  } else {
    output = toWebAnnotations(article.text, article.placed, model.meta.url ?? pathToFileURL(resolve(path)).href, model.meta.title);
  }
  const json = JSON.stringify(output, null, 2) + '\n';
  if (typeof options.out === 'string') await writeOutFile(options.out, json);
  else await write(io.stdout, json);
  return 0;
}
