import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SeveritySettings } from '../analysis/problems.js';
import type { SidecarLocation } from '../annotations/store.js';
import { normalizeSettings } from '../settings.js';
import { CliError, type Io } from './io.js';

/**
 * The editor's `factcheck.*` workspace settings as the CLI sees them, so that `factcheck scan` in CI
 * reports what the editor shows: severities, the claim threshold, where sidecars live and the
 * well-known people. They come
 * from `<root>/.vscode/settings.json` (the file VS Code writes for workspace settings); `--root`
 * picks the workspace folder (default: the current directory) and `--annotations-folder` overrides
 * the folder setting. Plain data, so it crosses into the CLI's worker threads as it is.
 */
export interface CliWorkspace {
  root: string;
  /** The settings file that was read, or null when there is none. */
  settingsFile: string | null;
  severities: SeveritySettings;
  claimThreshold: number;
  annotations: SidecarLocation;
  /** `factcheck.attributions.wellKnown`: people whose first mention needs no role. */
  wellKnown: string[];
}

/** The CLI options every article-reading command accepts. */
export const workspaceOptions = { root: 'string', 'annotations-folder': 'string' } as const;

export async function loadWorkspace(options: Record<string, string | boolean>, io: Io): Promise<CliWorkspace> {
  const root = resolve(typeof options.root === 'string' ? options.root : process.cwd());
  const file = join(root, '.vscode', 'settings.json');
  let raw: Record<string, unknown> = {};
  let settingsFile: string | null = null;
  try {
    raw = factcheckSection(parseJsonc(await readFile(file, 'utf8')));
    settingsFile = file;
  } catch (error) {
    // A broken settings file does not stop a scan (VS Code also falls back to defaults), but the
    // user must learn that their severities were not applied.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') io.stderr.write(`factcheck: warning: ignoring ${file}: ${(error as Error).message}; using default settings\n`);
  }
  const settings = normalizeSettings(raw);
  let folder = settings.annotations.folder;
  if (typeof options['annotations-folder'] === 'string') {
    folder = options['annotations-folder'];
    if (folder.split(/[\\/]/).includes('..')) throw new CliError('--annotations-folder must stay inside the workspace (no "..")');
  }
  return { root, settingsFile, severities: settings.severity, claimThreshold: settings.claims.threshold, annotations: { folder, workspaceRoot: root }, wellKnown: settings.attributions.wellKnown };
}

/**
 * The `factcheck` object of a settings file. VS Code writes flat dotted keys
 * ("factcheck.annotations.folder"); a nested "factcheck" object is accepted too.
 */
export function factcheckSection(settings: unknown): Record<string, unknown> {
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) throw new Error('expected a JSON object');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings as Record<string, unknown>)) {
    if (key === 'factcheck' && value && typeof value === 'object') Object.assign(out, value);
    if (!key.startsWith('factcheck.')) continue;
    const path = key.slice('factcheck.'.length).split('.');
    let node = out;
    for (const part of path.slice(0, -1)) {
      if (!node[part] || typeof node[part] !== 'object') node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[path[path.length - 1]] = value;
  }
  return out;
}

/**
 * JSON with comments and trailing commas, as VS Code's settings files allow. Comments become spaces
 * (line breaks kept, so JSON.parse's positions still point at the right line).
 */
export function parseJsonc(text: string): unknown {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = commentEnd(text, i);
      out += text.slice(i, end).replace(/[^\n]/g, ' ');
      i = end;
    } else if (ch === ',' && isTrailingComma(text, i)) {
      out += ' ';
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return JSON.parse(out);
}

/** The index after the JSON string that starts at `i`. */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, text.length);
}

/** The index after the `//` or `/*` comment that starts at `i`. */
function commentEnd(text: string, i: number): number {
  if (text[i + 1] === '/') {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  const end = text.indexOf('*/', i + 2);
  if (end < 0) throw new Error('a /* comment is not closed');
  return end + 2;
}

/** True when only whitespace and comments separate the comma at `i` from a closing bracket. */
function isTrailingComma(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length) {
    if (/\s/.test(text[j])) j++;
    else if (text[j] === '/' && (text[j + 1] === '/' || text[j + 1] === '*')) j = commentEnd(text, j);
    else break;
  }
  return text[j] === '}' || text[j] === ']';
}
