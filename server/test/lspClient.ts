import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, Hover, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const serverPath = resolve(__dirname, '../../dist/server.js');

/**
 * Starts the built language server as a child process over stdio and speaks LSP to it, as an
 * editor would. Diagnostics are awaited by event, never by sleeping.
 */
export class LspClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  private readonly waiters: Array<{ uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly logWaiters: Array<{ accept: (message: string) => boolean; resolve: (message: string) => void }> = [];
  configuration: Record<string, unknown> = {};
  /** Messages the server asked to show to the user. */
  readonly messages: string[] = [];
  stderr = '';

  constructor() {
    this.process = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i];
        if (w.uri === params.uri && w.accept(params)) {
          this.waiters.splice(i, 1);
          w.resolve(params);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section === 'factcheck' ? this.configuration : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      this.messages.push(params.message);
      return null;
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      if (process.env.LSP_LOG) process.stderr.write('[server] ' + p.message + '\n');
      for (let i = this.logWaiters.length - 1; i >= 0; i--) {
        if (this.logWaiters[i].accept(p.message)) this.logWaiters.splice(i, 1)[0].resolve(p.message);
      }
    });
    this.connection.listen();
  }

  /** `workspaceFolders` are folder paths, sent as the workspace's folders. */
  async initialize(workspaceFolders?: string[]): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: workspaceFolders?.map((path) => ({ uri: fileUri(path), name: path })) ?? null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { hover: { contentFormat: ['markdown'] } } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next line the server writes to its log that `accept` takes. */
  nextLog(accept: (message: string) => boolean, timeoutMs = 10000): Promise<string> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such log line within ${timeoutMs} ms; server stderr: ${this.stderr}`)), timeoutMs);
      this.logWaiters.push({ accept, resolve: (m) => (clearTimeout(timer), resolvePromise(m)) });
    });
  }

  /** Resolves with the next diagnostics published for `uri` that `accept` takes. */
  nextDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        uri,
        accept,
        resolve: (p) => {
          clearTimeout(timer);
          resolvePromise(p);
        },
      });
    });
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const diagnostics = this.nextDiagnostics(uri, (p) => p.version === version);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return diagnostics;
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The process may already be gone; it is killed below either way.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await new Promise<void>((done) => {
        const timer = setTimeout(() => {
          this.process.kill('SIGKILL');
        }, 2000);
        this.process.once('exit', () => {
          clearTimeout(timer);
          done();
        });
      });
    }
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

export type { Diagnostic };
