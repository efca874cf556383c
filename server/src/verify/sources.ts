import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Source } from '../annotations/types.js';
import { contentTypeForPath, decodeBody } from './content.js';
import { defaultFetchOptions, fetchSource, refuseUrl, type FetchOptions } from './fetch.js';
import type { SnapshotInfo } from './types.js';

/**
 * Reading sources for verify: http(s) URLs (fetched with fetch.ts, kept as snapshots in the cache
 * folder so results are reproducible and `--offline` reads them back) and workspace files (read
 * from disk, never outside the workspace). Each source is read once per run; fetches run at most
 * `concurrency` at a time.
 */

export type ReadResult =
  | { ok: true; text: string; snapshot?: SnapshotInfo; pages?: number }
  | { ok: false; status: 'unreachable' | 'unsupported'; reason: string; snapshot?: SnapshotInfo };

export interface ReaderOptions {
  /** Workspace root: `path` sources are relative to it, and the default cache folder is in it. */
  workspaceRoot: string;
  /** Folder for snapshots; default `<workspaceRoot>/.factcheck/cache`. */
  cacheDir?: string;
  /** Read URL sources from the cache only; nothing goes over the network. */
  offline?: boolean;
  fetch?: FetchOptions;
  signal?: AbortSignal;
}

export const DEFAULT_CACHE_FOLDER = join('.factcheck', 'cache');

/** Runs at most `limit` tasks at once, in the order they were asked for. */
export class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((go) => this.waiting.push(go));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

interface SnapshotFile extends Omit<SnapshotInfo, 'fromCache'> {
  version: 1;
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, data);
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * The snapshot cache: per URL, `<key>.json` (address, final address, fetch date, type, SHA-256 and
 * size of the body) and `<key>.body` (the bytes as received). The key is the SHA-256 of the URL.
 * A later fetch of the same URL replaces both; the hash says whether the content changed.
 */
export class SnapshotCache {
  constructor(readonly folder: string) {}

  private key(url: string): string {
    return sha256(url).slice(0, 40);
  }

  async read(url: string): Promise<{ info: SnapshotInfo; body: Uint8Array } | null> {
    const key = this.key(url);
    try {
      const meta = JSON.parse(await readFile(join(this.folder, key + '.json'), 'utf8')) as SnapshotFile;
      const body = new Uint8Array(await readFile(join(this.folder, key + '.body')));
      // A body that does not match its recorded hash was changed by hand or half-written: not a snapshot.
      if (meta.url !== url || sha256(body) !== meta.sha256) return null;
      const { version: _version, ...info } = meta;
      return { info: { ...info, fromCache: true }, body };
    } catch {
      return null;
    }
  }

  async write(info: Omit<SnapshotInfo, 'fromCache'>, body: Uint8Array): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const key = this.key(info.url);
    // The body goes first, so a snapshot's metadata never points at a body that is not there yet.
    await writeAtomic(join(this.folder, key + '.body'), body);
    const meta: SnapshotFile = { version: 1, ...info };
    await writeAtomic(join(this.folder, key + '.json'), JSON.stringify(meta, null, 2) + '\n');
  }
}

export class SourceReader {
  private readonly limiter: Limiter;
  private readonly reads = new Map<string, Promise<ReadResult>>();
  readonly cache: SnapshotCache;

  constructor(private readonly options: ReaderOptions) {
    this.limiter = new Limiter(Math.max(1, options.fetch?.concurrency ?? defaultFetchOptions.concurrency));
    this.cache = new SnapshotCache(options.cacheDir ?? join(options.workspaceRoot, DEFAULT_CACHE_FOLDER));
  }

  /** The source's text; each URL or path is read once however many figures cite it. */
  read(source: Source): Promise<ReadResult> {
    const key = source.url ? 'url:' + source.url : 'path:' + (source.path ?? '');
    let pending = this.reads.get(key);
    if (!pending) {
      pending = source.url ? this.readUrl(source.url) : this.readPath(source.path ?? '');
      this.reads.set(key, pending);
    }
    return pending;
  }

  private async readUrl(url: string): Promise<ReadResult> {
    const refused = refuseUrl(url);
    if (refused) return { ok: false, status: 'unreachable', reason: refused };
    if (this.options.offline) {
      const cached = await this.cache.read(url);
      if (!cached) return { ok: false, status: 'unreachable', reason: 'offline, and there is no snapshot of it in the cache (run verify without --offline once)' };
      return this.decode(cached.body, cached.info);
    }
    const fetched = await this.limiter.run(() => {
      this.options.signal?.throwIfAborted();
      return fetchSource(url, this.options.fetch, this.options.signal);
    });
    if (!fetched.ok) {
      const cached = await this.cache.read(url);
      const hint = cached ? `; a snapshot from ${cached.info.fetched.slice(0, 10)} is in the cache (--offline reads it)` : '';
      return { ok: false, status: 'unreachable', reason: fetched.reason + hint };
    }
    const info: SnapshotInfo = {
      url,
      finalUrl: fetched.finalUrl,
      fetched: new Date().toISOString(),
      contentType: fetched.contentType,
      sha256: sha256(fetched.body),
      bytes: fetched.body.byteLength,
      fromCache: false,
    };
    const { fromCache: _fromCache, ...stored } = info;
    await this.cache.write(stored, fetched.body);
    return this.decode(fetched.body, info);
  }

  private async decode(body: Uint8Array, info: SnapshotInfo): Promise<ReadResult> {
    const decoded = await decodeBody(body, info.contentType);
    if (!decoded.ok) return { ok: false, status: 'unsupported', reason: decoded.reason, snapshot: info };
    return { ok: true, text: decoded.text, snapshot: info, pages: decoded.pages };
  }

  private async readPath(path: string): Promise<ReadResult> {
    if (!path) return { ok: false, status: 'unreachable', reason: 'the source names neither a URL nor a file' };
    const root = resolve(this.options.workspaceRoot);
    const full = resolve(root, path);
    const rel = relative(root, full);
    // A sidecar may come from someone else's repository: it must not make verify read ~/.ssh.
    if (isAbsolute(path) || rel.startsWith('..') || isAbsolute(rel)) return { ok: false, status: 'unreachable', reason: `${path} is outside the workspace; only workspace files are read` };
    const type = contentTypeForPath(full);
    if (!type) return { ok: false, status: 'unsupported', reason: `${path} is not HTML, plain text or PDF; save its text as a .txt file and attach that` };
    const max = this.options.fetch?.maxBytes ?? defaultFetchOptions.maxBytes;
    try {
      const info = await stat(full);
      if (!info.isFile()) return { ok: false, status: 'unreachable', reason: `${path} is not a file` };
      if (info.size > max) return { ok: false, status: 'unreachable', reason: `${path} is larger than the size limit` };
      const body = new Uint8Array(await readFile(full));
      const decoded = await decodeBody(body, type);
      if (!decoded.ok) return { ok: false, status: 'unsupported', reason: decoded.reason };
      return { ok: true, text: decoded.text, pages: decoded.pages };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { ok: false, status: 'unreachable', reason: code === 'ENOENT' ? `${path} does not exist in the workspace` : `${path} could not be read: ${(error as Error).message}` };
    }
  }
}
