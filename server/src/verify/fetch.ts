/**
 * Fetching one http(s) source, defensively: only http and https (every redirect hop too), no
 * credentials or cookies, a timeout over the whole exchange, a size cap enforced while reading, a
 * redirect limit, and the content type checked before the body is used.
 */

export interface FetchOptions {
  /** Whole exchange, redirects and body included. */
  timeoutMs?: number;
  /** The body is cut off and the source reported unreachable beyond this many bytes. */
  maxBytes?: number;
  maxRedirects?: number;
  /** How many sources are fetched at once. */
  concurrency?: number;
  userAgent?: string;
}

export const defaultFetchOptions: Required<FetchOptions> = {
  timeoutMs: 15000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 4,
  userAgent: 'factcheck-verify (+https://example.invalid/factcheck)',
};

export type Fetched =
  | { ok: true; finalUrl: string; contentType: string; body: Uint8Array }
  | { ok: false; reason: string };

/** Checks that a URL may be fetched; returns why not, or null. */
export function refuseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw}" is not a valid address`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https sources are read, not ${url.protocol.slice(0, -1)}`;
  if (url.username || url.password) return 'addresses with a user name or password are not fetched';
  return null;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

export async function fetchSource(address: string, options: FetchOptions = {}, signal?: AbortSignal): Promise<Fetched> {
  const o = { ...defaultFetchOptions, ...options };
  const refused = refuseUrl(address);
  if (refused) return { ok: false, reason: refused };
  const timeout = AbortSignal.timeout(o.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let url = address;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, {
        redirect: 'manual',
        credentials: 'omit',
        signal: combined,
        headers: { 'user-agent': o.userAgent, accept: 'text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => undefined);
        if (hop >= o.maxRedirects) return { ok: false, reason: `more than ${o.maxRedirects} redirects (a redirect loop?)` };
        const next = new URL(response.headers.get('location')!, url).href;
        const why = refuseUrl(next);
        if (why) return { ok: false, reason: `redirected to an address that is not read: ${why}` };
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, reason: `HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}` };
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > o.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, reason: `larger than the ${sizeLabel(o.maxBytes)} limit (${sizeLabel(declared)})` };
      }
      const body = await readCapped(response, o.maxBytes);
      if (!body) return { ok: false, reason: `larger than the ${sizeLabel(o.maxBytes)} limit` };
      return { ok: true, finalUrl: url, contentType: response.headers.get('content-type') ?? '', body };
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? new Error('cancelled');
    if (timeout.aborted) return { ok: false, reason: `no answer within ${o.timeoutMs / 1000} s` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return { ok: false, reason: `${cause.code}${cause.message ? ': ' + cause.message : ''}` };
    return { ok: false, reason: cause?.message ?? (error as Error).message };
  }
}

/** The body, or null as soon as it passes `max` bytes (the rest is never read). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}
