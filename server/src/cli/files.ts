import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files an editor writes articles in: Markdown and plain text. */
const articleExtensions = /\.(md|markdown|mdown|mkd|mdx|txt)$/i;

/**
 * The files named on the command line, each folder replaced by the articles under it (Markdown and
 * plain text, sorted, hidden folders and node_modules left out), so `factcheck scan content/` checks
 * a whole desk's copy. Names that are not folders are kept as written, missing ones included: the
 * command reports them as unreadable. A folder holding no article is reported on stderr.
 */
export async function expandArticlePaths(paths: string[], warn: (message: string) => void): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      out.push(path);
      continue;
    }
    const found = await articlesUnder(path);
    if (found.length === 0) warn(`no articles (.md, .markdown, .txt) under ${path}`);
    out.push(...found);
  }
  return out;
}

async function articlesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  // Code-point order, so the same tree gives the same order on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await articlesUnder(path)));
    else if (entry.isFile() && articleExtensions.test(entry.name)) out.push(path);
  }
  return out;
}
