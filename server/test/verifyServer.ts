import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

/**
 * A local HTTP server on 127.0.0.1 (random port) serving the verify fixture pages and the ways a
 * source can fail: slow (never answers), huge (streams past any size cap), a redirect loop, 404,
 * binary and PDF bodies. It counts requests per path, so tests can check that `--offline` and the
 * per-run de-duplication send nothing they should not.
 */

const pages = resolve(__dirname, '../../test-fixtures/verify/pages');

export class SourceServer {
  private server: Server | undefined;
  readonly requests = new Map<string, number>();
  /** Requests being answered right now, and the most there ever were at once. */
  active = 0;
  maxActive = 0;
  port = 0;
  private readonly waiters: Array<{ path: string; resolve: () => void }> = [];

  /** Resolves when the next request for `path` arrives. */
  nextRequest(path: string): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ path, resolve }));
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  url(path: string): string {
    return this.base + path;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', () => done()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    // The slow page never answers; its sockets must be closed for the server to stop.
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server!.close(() => done()));
    this.server = undefined;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0];
    this.requests.set(path, (this.requests.get(path) ?? 0) + 1);
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      if (this.waiters[i].path === path) this.waiters.splice(i, 1)[0].resolve();
    }
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    res.on('close', () => this.active--);
    const html = (file: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(resolve(pages, file)));
    };
    switch (path) {
      case '/supporting':
        return html('supporting.html');
      case '/contradicting':
        return html('contradicting.html');
      case '/silent':
        return html('silent.html');
      case '/plain':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end('Port traffic fell 8.5% last year, the port authority said.\n');
      case '/slow':
        // Never answers: the client's timeout must end the wait.
        return;
      case '/huge': {
        // No content-length: the cap must be enforced while reading, not from a header.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, '<p>filler</p>\n');
        let sent = 0;
        const pump = () => {
          while (sent < 64 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => (sent = Infinity));
        return pump();
      }
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        return void res.end();
      case '/loop-a':
        res.writeHead(302, { location: '/loop-b' });
        return void res.end();
      case '/loop-b':
        res.writeHead(302, { location: '/loop-a' });
        return void res.end();
      case '/moved':
        res.writeHead(301, { location: '/supporting' });
        return void res.end();
      case '/to-ftp':
        res.writeHead(302, { location: 'ftp://127.0.0.1/file.txt' });
        return void res.end();
      case '/binary':
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return void res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
      case '/untyped-binary':
        res.writeHead(200, {});
        return void res.end(Buffer.from([0x47, 0x49, 0x46, 0x38, 0, 1, 2, 3]));
      case '/pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return void res.end(readFileSync('test-fixtures/verify/sources/nordvik-q4-report.pdf'));
      case '/broken-pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return void res.end('%PDF-1.7\n');
      case '/cookie':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end(`cookie: ${req.headers.cookie ?? 'none'}; authorization: ${req.headers.authorization ?? 'none'}\n`);
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        return void res.end('not here\n');
    }
  }
}
