import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Analyzer } from '../analysis/analyze.js';
import { kindForPath } from '../analysis/kind.js';
import { defaultSeverities, type Problem, type SeveritySettings } from '../analysis/problems.js';
import type { Analysis, DocumentKind } from '../analysis/types.js';
import { placeAll, type PlacedAnnotation } from '../annotations/anchor.js';
import { annotatedProblems } from '../annotations/problems.js';
import { SidecarError } from '../annotations/sidecar.js';
import { readSidecar, sidecarPathFor, type SidecarLocation } from '../annotations/store.js';
import type { Sidecar } from '../annotations/types.js';
import { CliError, type Io } from './io.js';
import { decodeArticleBytes, encodingWarning, type ArticleEncoding } from '../analysis/articleBytes.js';

/**
 * An article as the CLI sees it: its text, its analysis, and its sidecar (`<article>.factcheck.json`
 * beside it, or under the workspace's `factcheck.annotations.folder`) placed in the text, so the CLI
 * reports what the editor shows.
 */
export interface LoadedArticle {
  path: string;
  text: string;
  kind: DocumentKind;
  analysis: Analysis;
  sidecarPath: string;
  sidecar: Sidecar | null;
  sidecarError: string | null;
  placed: PlacedAnnotation[];
}

/** Reads and places the article's sidecar; an unusable sidecar is reported, never fatal. */
export async function annotate(path: string, text: string, kind: DocumentKind, analysis: Analysis, location?: SidecarLocation): Promise<LoadedArticle> {
  const sidecarPath = sidecarPathFor(resolve(path), location);
  let sidecar: Sidecar | null = null;
  let sidecarError: string | null = null;
  try {
    sidecar = (await readSidecar(sidecarPath, basename(path))).sidecar;
  } catch (error) {
    sidecarError = error instanceof SidecarError ? error.message : `${basename(sidecarPath)} could not be read: ${(error as Error).message}`;
  }
  const placed = sidecar ? placeAll(text, sidecar.annotations) : [];
  return { path, text, kind, analysis, sidecarPath, sidecar, sidecarError, placed };
}

/** The problems the editor would show for this article with these severities (default: the defaults). */
export function problemsFor(article: LoadedArticle, severities: SeveritySettings = defaultSeverities, wellKnown?: (speaker: string) => boolean): Problem[] {
  const problems = annotatedProblems(article.analysis, article.placed, severities, basename(article.sidecarPath), article.text, wellKnown);
  if (article.sidecarError) problems.unshift({ start: 0, end: 0, rule: 'annotation.sidecar', severity: 'error', message: article.sidecarError, data: { kind: 'text', text: '' } });
  return problems;
}

/** Reads one article for `export` and `report`; an unreadable file is a one-line user error. */
export async function loadArticle(path: string, analyzer: Analyzer, location: SidecarLocation | undefined, io: Pick<Io, 'stderr'>): Promise<LoadedArticle> {
  let text: string;
  try {
    text = await readArticleFile(path, io);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeReadError(error)}`, 1);
  }
  const kind = kindForPath(path);
  return annotate(path, text, kind, analyzer.analyze(text, kind), location);
}

/** An article file's text (analysis/articleBytes.ts), with a warning on stderr when it is not UTF-8. */
export async function readArticleFile(path: string, io: Pick<Io, 'stderr'>): Promise<string> {
  const { text, encoding } = decodeArticleBytes(await readFile(path));
  warnAboutEncoding(path, encoding, io);
  return text;
}

export function warnAboutEncoding(path: string, encoding: ArticleEncoding, io: Pick<Io, 'stderr'>): void {
  const warning = encodingWarning(path, encoding);
  if (warning) io.stderr.write(`factcheck: warning: ${warning}\n`);
}

export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
}
