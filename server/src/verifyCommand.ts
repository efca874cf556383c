import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import type { Analyzer } from './analysis/analyze.js';
import { kindForPath } from './analysis/kind.js';
import type { Analysis, DocumentKind } from './analysis/types.js';
import type { SidecarEntry } from './annotationService.js';
import { pathOf } from './annotationService.js';
import { LineIndex } from './positions.js';
import { toWire, wireEvent, type VerifyService, type WireReport } from './verifyService.js';
import { decodeArticle } from './analysis/articleBytes.js';

/**
 * `factcheck.server.verify` ({uri, version?, offline?}): verifies an article, open or on disk,
 * streaming each result to the client as `factcheck/verifyProgress` notifications and through the
 * work-done progress token when the client sent one, and stopping on `$/cancelRequest`. The answer
 * is the whole report with ranges. Open documents then get the results as diagnostics.
 */

export const verifyCommand = 'factcheck.server.verify';
export const verifyProgressNotification = 'factcheck/verifyProgress';

export interface VerifyDeps {
  connection: Connection;
  service: VerifyService;
  analyzer: Analyzer;
  /** The open document's text, version, kind and current analysis, or null when it is not open (or not analysed). */
  open(uri: string): Promise<{ version: number; text: string; kind: DocumentKind; analysis: Analysis } | null>;
  sidecar(uri: string): Promise<SidecarEntry>;
  workspaceRoot(path: string): string | undefined;
  revalidate(uris: string[]): void;
}

interface VerifyArgs {
  uri: string;
  version?: number;
  offline?: boolean;
}

export async function runVerifyCommand(raw: unknown, deps: VerifyDeps, token?: CancellationToken, workDone?: WorkDoneProgressReporter): Promise<WireReport> {
  const args = (raw ?? {}) as VerifyArgs;
  if (typeof args.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'Fact Check: verify needs {uri, version}.');
  const path = pathOf(args.uri);
  const offline = args.offline === true;

  let doc = await deps.open(args.uri);
  if (doc && typeof args.version === 'number' && doc.version !== args.version) {
    throw new ResponseError(LSPErrorCodes.ContentModified, 'Fact Check: the article changed since verification was asked for; try again.');
  }
  if (!doc) {
    // Verify Figures in Workspace names files that are not open: read them from disk.
    if (!path) throw new ResponseError(ErrorCodes.InvalidParams, 'Fact Check: the article is not open and not a file.');
    let text: string;
    try {
      text = decodeArticle(await readFile(path));
    } catch (error) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Fact Check: cannot read ${path}: ${(error as Error).message}`);
    }
    const kind = kindForPath(path);
    doc = { version: -1, text, kind, analysis: deps.analyzer.analyze(text, kind) };
  }
  const version = doc.version >= 0 ? doc.version : null;
  const entry = await deps.sidecar(args.uri);
  if (entry.error) throw new ResponseError(ErrorCodes.InvalidParams, `Fact Check: ${entry.error}`);
  const workspaceRoot = (path && deps.workspaceRoot(path)) ?? (path ? dirname(path) : process.cwd());

  const controller = new AbortController();
  const subscription = token?.onCancellationRequested(() => controller.abort(new Error('Fact Check: verification cancelled')));
  const lines = new LineIndex(doc.text);
  const total = doc.analysis.figures.filter((f) => f.kind !== 'ordinal').length;
  let done = 0;
  workDone?.begin('Verifying figures', 0, `${total} figures`, true);
  try {
    const report = await deps.service.run({
      uri: args.uri,
      version,
      text: doc.text,
      kind: doc.kind,
      sidecar: entry.sidecar,
      workspaceRoot,
      offline,
      analysis: doc.analysis,
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'figure') done++;
        void deps.connection.sendNotification(verifyProgressNotification, { uri: args.uri, version, done, total, event: wireEvent(event, lines) });
        workDone?.report(total ? Math.round((done / total) * 100) : 100, `${done} of ${total} figures`);
      },
    });
    if (version !== null) deps.revalidate([args.uri]);
    return toWire(args.uri, version, offline, report, lines);
  } catch (error) {
    if (controller.signal.aborted) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Fact Check: verification cancelled');
    throw error instanceof ResponseError ? error : new ResponseError(ErrorCodes.InternalError, `Fact Check: ${(error as Error).message}`);
  } finally {
    subscription?.dispose();
    workDone?.done();
  }
}
