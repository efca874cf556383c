import { readFile } from 'node:fs/promises';
import { Analyzer } from '../analysis/analyze.js';
import { kindForPath } from '../analysis/kind.js';
import type { Problem } from '../analysis/problems.js';
import { defaultAnalysisOptions, type Analysis, type DocumentKind } from '../analysis/types.js';
import { annotate, describeReadError, problemsFor } from './article.js';
import type { CliWorkspace } from './workspace.js';
import { decodeArticleBytes, type ArticleEncoding } from '../analysis/articleBytes.js';
import { wellKnownMatcher } from '../analysis/wellKnown.js';

/**
 * The CLI's units of work, the same whether they run in the main thread or in a worker of the
 * pool (pool.ts): plain data in, plain data out, so they cross a worker boundary as they are.
 */

/** One file of `factcheck scan`: read, analysed, its sidecar applied; or why it could not be read. */
export type ScannedFile = { path: string; unreadable: string } | { path: string; unreadable?: undefined; text: string; encoding: ArticleEncoding; kind: DocumentKind; analysis: Analysis; problems: Problem[] };

export interface ExtractJob {
  id: unknown;
  text: string;
  kind: DocumentKind;
  threshold: number;
}

export interface ScanJob {
  path: string;
  workspace: CliWorkspace;
}

export interface Tasks {
  scan(job: ScanJob): Promise<ScannedFile>;
  /** The output line (with its newline) for one valid input record. */
  extract(job: ExtractJob): Promise<string>;
}

/** The tasks over one analyzer (and its caches). */
export function createTasks(analyzer = new Analyzer()): Tasks {
  return {
    async scan({ path, workspace }) {
      let text: string;
      let encoding: ArticleEncoding;
      try {
        ({ text, encoding } = decodeArticleBytes(await readFile(path)));
      } catch (error) {
        return { path, unreadable: describeReadError(error) };
      }
      const kind = kindForPath(path);
      const analysis = analyzer.analyze(text, kind, { ...defaultAnalysisOptions, claimThreshold: workspace.claimThreshold });
      const problems = problemsFor(await annotate(path, text, kind, analysis, workspace.annotations), workspace.severities, wellKnownMatcher(workspace.wellKnown));
      return { path, text, encoding, kind, analysis, problems };
    },
    async extract({ id, text, kind, threshold }) {
      const analysis = analyzer.analyze(text, kind, { ...defaultAnalysisOptions, claimThreshold: threshold });
      return JSON.stringify({ id, figures: analysis.figures, attributions: analysis.attributions, claims: analysis.claims }) + '\n';
    },
  };
}
