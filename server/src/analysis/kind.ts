import type { DocumentKind } from './types.js';

const markdownExtensions = /\.(md|markdown|mdown|mkd|mdx)$/i;

/** The document kind implied by a file name: Markdown extensions are Markdown, the rest plain text. */
export function kindForPath(path: string): DocumentKind {
  return markdownExtensions.test(path) ? 'markdown' : 'plaintext';
}
