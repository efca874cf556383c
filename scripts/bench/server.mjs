// The editor measurements, through the real language server process (dist/server.js --stdio),
// timed from this process as an editor would see them: open → first diagnostics, keystroke →
// diagnostics, hover, and the server's peak RSS. `factcheck.debounceMs` is set to 0 so the keystroke
// latency is the server's work and the round trip, not the configured wait.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const settings = { debounceMs: 0 };
/** Extra Node options for the server process, e.g. BENCH_SERVER_NODE_OPTIONS=--cpu-prof to profile it. */
const extraNodeArgs = (process.env.BENCH_SERVER_NODE_OPTIONS ?? '').split(' ').filter(Boolean);

/** The Node options the extension starts the server with (package.json `factcheckServer.execArgv`). */
function editorNodeArgs(root) {
  const argv = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).factcheckServer?.execArgv;
  return Array.isArray(argv) ? argv : [];
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summary(values) {
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

/** A minimal LSP client over stdio that resolves diagnostics by event, never by sleeping. */
export class Server {
  constructor(root) {
    const require = createRequire(join(root, 'package.json'));
    const rpc = require('vscode-jsonrpc/node');
    this.process = spawn(process.execPath, [...editorNodeArgs(root), ...extraNodeArgs, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.process.stderr.on('data', (c) => (this.stderr += c));
    this.connection = rpc.createMessageConnection(new rpc.StreamMessageReader(this.process.stdout), new rpc.StreamMessageWriter(this.process.stdin));
    this.waiters = [];
    /** The last diagnostics published per document, and who waits for a summary notification. */
    this.latest = new Map();
    this.summaryWaiters = [];
    this.connection.onNotification('factcheck/summaryChanged', (params) => {
      const now = performance.now();
      for (let i = this.summaryWaiters.length - 1; i >= 0; i--) {
        const w = this.summaryWaiters[i];
        if (w.uri === params.uri && params.version === w.version) {
          this.summaryWaiters.splice(i, 1);
          w.resolve({ params: this.latest.get(params.uri), at: now });
        }
      }
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const now = performance.now();
      this.latest.set(params.uri, params);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i];
        if (w.uri === params.uri && (w.version === undefined || params.version === w.version)) {
          this.waiters.splice(i, 1);
          w.resolve({ params, at: now });
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map((item) => (item.section === 'factcheck' ? settings : null)));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', (m) => (this.stderr += m.message + '\n'));
    this.connection.listen();
  }

  async initialize() {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { hover: { contentFormat: ['markdown'] } } },
    });
    await this.connection.sendNotification('initialized', {});
  }

  diagnostics(uri, version, timeoutMs = 120000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  /**
   * Resolves with the diagnostics published before the server's summary notification of that
   * version, which it sends once the diagnostics are complete (a long article gets the diagnostics
   * of the part read so far first).
   */
  complete(uri, version, timeoutMs = 120000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no summary for ${uri} v${version} in ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.summaryWaiters.push({ uri, version, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  /**
   * Sends didOpen and resolves when the complete diagnostics arrive, with { ms, first, completeMs,
   * params }: `ms` to the first diagnostics (`first` of them), `completeMs` to the complete ones (`params`).
   */
  async open(uri, text, languageId = 'markdown') {
    const published = this.diagnostics(uri, 1);
    const completed = this.complete(uri, 1);
    const started = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const first = await published;
    const { params, at } = await completed;
    return { ms: first.at - started, first: first.params.diagnostics.length, completeMs: at - started, params };
  }

  async change(uri, version, range, text) {
    const published = this.diagnostics(uri, version);
    const started = performance.now();
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    const { params, at } = await published;
    return { ms: at - started, params };
  }

  async hover(uri, position) {
    const started = performance.now();
    const result = await this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    return { ms: performance.now() - started, result };
  }

  /** Peak and current resident set size in MB, from /proc (Linux). */
  memory() {
    try {
      const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
    } catch {
      return { peakMb: NaN, rssMb: NaN };
    }
  }

  async stop() {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // Killed below either way.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await new Promise((done) => {
        const timer = setTimeout(() => this.process.kill('SIGKILL'), 5000);
        this.process.once('exit', () => (clearTimeout(timer), done()));
      });
    }
  }
}

/** Line and character of a UTF-16 offset. */
function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * Types `typed` one character at a time at a place in the middle of a paragraph near the middle of
 * the document, waiting for each version's diagnostics, as a user typing would see them.
 * The first `warmup` keystrokes are not counted.
 */
export async function typeInto(server, uri, text, { keystrokes, warmup }) {
  const typed = 'Officials said more than 4,500 people and $3.2bn were involved. ';
  const middle = text.indexOf('\n\n', Math.floor(text.length / 2)) + 2;
  const sentenceEnd = text.indexOf('. ', middle) + 2;
  let { line, character } = positionAt(text, sentenceEnd);
  const times = [];
  let version = 1;
  for (let i = 0; i < keystrokes + warmup; i++) {
    const ch = typed[i % typed.length];
    const at = { line, character };
    const { ms } = await server.change(uri, ++version, { start: at, end: at }, ch);
    character++;
    if (i >= warmup) times.push(ms);
  }
  return times;
}

/**
 * The client's share of a keystroke, which no server work can remove: decoding one complete
 * `publishDiagnostics` message from UTF-8 and parsing its JSON, as vscode-jsonrpc does, timed
 * here in this process 21 times. LSP sends all of a document's diagnostics at every publish.
 */
export function parsePublish(params) {
  const wire = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params }));
  const times = [];
  for (let i = 0; i < 21; i++) {
    const started = performance.now();
    JSON.parse(wire.toString('utf8'));
    times.push(performance.now() - started);
  }
  return { ...summary(times), bytes: wire.length, diagnostics: params.diagnostics.length };
}

export async function benchServer({ root, article100k, article1m, article5m, small, keystrokes = 100, warmup = 10, hovers = 200 }) {
  const results = {};
  const server = new Server(root);
  await server.initialize();
  results.startMemory = server.memory();

  // Open the 1 MB article: the time to its first diagnostics.
  const uri1m = 'file:///bench/article-1mb.md';
  const opened = await server.open(uri1m, article1m);
  results.open1m = { ms: opened.ms, first: opened.first, completeMs: opened.completeMs, diagnostics: opened.params.diagnostics.length };
  results.parse1m = parsePublish(opened.params);

  // Hovers on the 1 MB article: on figures (from the published diagnostics) and away from them.
  const figureRanges = opened.params.diagnostics.filter((d) => d.code === 'figure.unchecked').map((d) => d.range.start);
  const hoverTimes = [];
  let answered = 0;
  for (let i = 0; i < hovers; i++) {
    const onFigure = i % 4 !== 3 && figureRanges.length > 0;
    const position = onFigure ? figureRanges[Math.floor((i * figureRanges.length) / hovers)] : { line: (i * 37) % 1000, character: 3 };
    const { ms, result } = await server.hover(uri1m, { line: position.line, character: position.character + 1 });
    if (result) answered++;
    hoverTimes.push(ms);
  }
  results.hover1m = { ...summary(hoverTimes), answered };

  // Keystrokes into the 1 MB article, then into a 100 KB one open alongside it.
  results.keys1m = summary(await typeInto(server, uri1m, article1m, { keystrokes, warmup }));
  const uri100k = 'file:///bench/article-100kb.md';
  const opened100k = await server.open(uri100k, article100k);
  results.open100k = { ms: opened100k.ms };
  results.parse100k = parsePublish(opened100k.params);
  results.keys100k = summary(await typeInto(server, uri100k, article100k, { keystrokes, warmup }));
  results.memory = server.memory();
  await server.stop();

  // A 5 MB article in a fresh server: how long until its diagnostics, and how a small document's
  // hovers are answered meanwhile (one slow document must not block another).
  const big = new Server(root);
  await big.initialize();
  const uriSmall = 'file:///bench/small.md';
  const smallOpened = await big.open(uriSmall, small);
  const smallFigure = smallOpened.params.diagnostics.find((d) => d.code === 'figure.unchecked')?.range.start ?? { line: 0, character: 0 };
  const uri5m = 'file:///bench/article-5mb.md';
  let bigDone = false;
  const bigOpened = big.open(uri5m, article5m).then((r) => ((bigDone = true), r));
  const during = [];
  while (!bigDone) {
    during.push((await big.hover(uriSmall, { line: smallFigure.line, character: smallFigure.character + 1 })).ms);
  }
  const opened5m = await bigOpened;
  results.open5m = { ms: opened5m.ms, completeMs: opened5m.completeMs, hoversMeanwhile: summary(during) };
  results.memory5m = big.memory();
  await big.stop();
  return results;
}
