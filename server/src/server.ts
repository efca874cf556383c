import { basename } from 'node:path';
import v8 from 'node:v8';
import {
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ResponseError,
  ErrorCodes,
  LSPErrorCodes,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './analysis/analyze.js';
import type { DocumentKind } from './analysis/types.js';
import { wellKnownMatcher } from './analysis/wellKnown.js';
import { actorFrom, AnnotationService, pathOf, type SidecarEntry } from './annotationService.js';
import type { PlacedAnnotation } from './annotations/anchor.js';
import { attachSource, setNote, setStatus } from './annotations/ops.js';
import { annotationKinds, statuses, type Source, type Status } from './annotations/types.js';
import { codeActionsFor } from './codeActions.js';
import { createServerConnection } from './connection.js';
import { prepareEncoding } from './messageEncoder.js';
import { TimeSlicer } from './scheduler.js';
import { DocumentStates, type DocumentState } from './documentState.js';
import { toDiagnostic, type DiagnosticData } from './diagnostics.js';
import { documentDiagnostics, prepareDocumentDiagnostics } from './documentDiagnostics.js';
import { annotationAt, annotationHover, attributionAt, attributionHover, claimAt, claimHover, figureAt, figureHover, type FindingArgs } from './hover.js';
import { speakerSymbols } from './symbols.js';
import { inlayHintsFor } from './inlayHints.js';
import { escapeMarkdown } from './markdown.js';
import { SettingsCache, type FactcheckSettings } from './settings.js';
import { summarize } from './summary.js';
import { runVerifyCommand, verifyCommand } from './verifyCommand.js';
import { VerifyService } from './verifyService.js';
import { reportCommand, runReportCommand } from './reportService.js';

/**
 * The language server: a thin layer over the analysis core and the annotation store. It keeps, per
 * open document, the last analysis and its line index, publishes diagnostics (debounced after edits,
 * immediate on open), answers hovers, code actions and inlay hints from the cached state, and runs
 * the annotation commands, which carry `{uri, version}` and refuse to act on a stale document.
 */

// Every keystroke leaves a few MB of garbage on a long article (the article-wide passes and the
// republished diagnostics). By default V8 lets the heap grow to several times what is live before a
// full collection: 280 MB of RSS for a 1 MB article, about 60 MB of it live. Growing by 30% at a
// time keeps it near 175 MB, at the cost of more frequent full collections while typing.
v8.setFlagsFromString('--heap-growing-percent=30');

const connection = createServerConnection();
const documents = new TextDocuments(TextDocument);
const settings = new SettingsCache(connection);
const analyzer = new Analyzer();
let workspaceFolders: string[] = [];
let supportsWorkspaceFolders = false;

const annotations = new AnnotationService(async (uri) => {
  const s = await settings.get(uri);
  const path = pathOf(uri) ?? '';
  const root = workspaceFolders.filter((folder) => path.startsWith(folder + '/')).sort((a, b) => b.length - a.length)[0];
  return { folder: s.annotations.folder, workspaceRoot: root };
});

/** Per-document analysis, updated incrementally and time-sliced (documentState.ts). */
const states = new DocumentStates(analyzer);
/** Slices of work on a long article's diagnostics, between which other requests are answered. */
const slicer = new TimeSlicer();
const timers = new Map<string, NodeJS.Timeout>();
/** Sidecar errors already shown in a message box, so each is shown once, not on every keystroke. */
const shownErrors = new Map<string, string>();
/** The last Verify Figures report per document (verifyService.ts); results become diagnostics and hovers. */
const verification = new VerifyService();

function kindOf(document: TextDocument): DocumentKind {
  return document.languageId === 'markdown' ? 'markdown' : 'plaintext';
}

function isEnabled(document: TextDocument, s: FactcheckSettings): boolean {
  return s.enable && s.languages.includes(document.languageId);
}

/** The analysis of the document's current version (or a newer one, if it changed meanwhile). */
function stateOf(document: TextDocument, s: FactcheckSettings): Promise<DocumentState> {
  return states.analyse(document, kindOf(document), { claimThreshold: s.claims.threshold });
}

async function validate(document: TextDocument): Promise<void> {
  const version = document.version;
  const s = await settings.get(document.uri);
  let diagnostics: Diagnostic[] = [];
  if (isEnabled(document, s)) {
    const { placed, entry } = await annotations.placed(document.uri, document.version, document.getText());
    // The document may have changed or closed while settings and the sidecar were read.
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return;
    const state = await stateOf(document, s);
    // A newer version came in while the analysis ran: its own validation publishes.
    if (state.version !== version) return;
    // A long article's diagnostics are made and written in slices, so other documents' requests
    // are answered meanwhile; a newer version's validation publishes instead of this one.
    await prepareDocumentDiagnostics(state, s.severity, slicer.start());
    if (documents.get(document.uri)?.version !== version) return;
    diagnostics = diagnosticsOf(document.uri, state, s, placed, entry);
    await prepareEncoding(diagnostics, slicer.start());
    if (documents.get(document.uri)?.version !== version) return;
  } else {
    states.delete(document.uri);
    if (!documents.get(document.uri)) return;
  }
  await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  void connection.sendNotification('factcheck/summaryChanged', { uri: document.uri, version: document.version });
}

/** The matcher of a settings object's well-known people, made once per settings object (the cache's entries live until the settings change). */
const wellKnownMatchers = new WeakMap<FactcheckSettings, (speaker: string) => boolean>();
function wellKnownOf(s: FactcheckSettings): (speaker: string) => boolean {
  let matcher = wellKnownMatchers.get(s);
  if (!matcher) wellKnownMatchers.set(s, (matcher = wellKnownMatcher(s.attributions.wellKnown)));
  return matcher;
}

function diagnosticsOf(uri: string, state: DocumentState, s: FactcheckSettings, placed: PlacedAnnotation[], entry: SidecarEntry): Diagnostic[] {
  const sidecarName = entry.path ? basename(entry.path) : 'the sidecar file';
  const diagnostics = documentDiagnostics(state, placed, s.severity, sidecarName, wellKnownOf(s));
  if (entry.error) {
    const diagnostic = toDiagnostic({ start: 0, end: 0, rule: 'annotation.sidecar', severity: 'error', message: entry.error, data: { kind: 'text', text: '' } }, state.lines);
    if (entry.errorReason === 'conflict') diagnostic.data = { ...(diagnostic.data as DiagnosticData), sidecarConflict: true };
    diagnostics.unshift(diagnostic);
    if (shownErrors.get(uri) !== entry.error) {
      shownErrors.set(uri, entry.error);
      notifyUser(`Fact Check: ${entry.error}`);
    }
  } else {
    shownErrors.delete(uri);
  }
  if (verification.has(uri)) diagnostics.push(...verification.diagnostics(uri, state.analysis, state.lines, state.text));
  return diagnostics;
}

/**
 * While an opened document is still being analysed, the diagnostics of the part read so far, so a
 * long article shows its first diagnostics after one time slice. The complete set follows (and the
 * summary notification with it, which partial diagnostics do not send).
 */
states.onProgress = (uri, state) => {
  void (async () => {
    const document = documents.get(uri);
    if (!document || document.version !== state.version) return;
    const s = await settings.get(uri);
    if (!isEnabled(document, s)) return;
    const { placed, entry } = await annotations.placed(uri, state.version, state.text);
    // Skipped once the document moved on or its complete analysis is there (its validation publishes).
    if (documents.get(uri)?.version !== state.version || states.get(uri)?.version === state.version) return;
    await connection.sendDiagnostics({ uri, version: state.version, diagnostics: diagnosticsOf(uri, state, s, placed, entry) });
  })().catch(reportError);
};

function schedule(document: TextDocument, delayMs: number): void {
  const pending = timers.get(document.uri);
  if (pending) clearTimeout(pending);
  if (delayMs <= 0) {
    timers.delete(document.uri);
    void validate(document).catch(reportError);
    return;
  }
  timers.set(
    document.uri,
    setTimeout(() => {
      timers.delete(document.uri);
      const latest = documents.get(document.uri);
      if (latest) void validate(latest).catch(reportError);
    }, delayMs),
  );
}

function revalidate(uris: Iterable<string>): void {
  for (const uri of uris) {
    const document = documents.get(uri);
    if (document) schedule(document, 0);
  }
  void connection.languages.inlayHint.refresh().catch(() => undefined);
}

/** Shows an error to the user and keeps it in the log. */
function notifyUser(message: string): void {
  // The typings say void, but the call is a request; a client that refuses it must not crash us.
  Promise.resolve(connection.window.showErrorMessage(message) as unknown).catch(() => undefined);
  connection.console.error(message);
}

// One failed promise must not end the server and every open document's diagnostics with it.
process.on('unhandledRejection', (reason) => reportError(reason));

function reportError(error: unknown): void {
  connection.console.error(`factcheck: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
}

export const serverCommands = {
  setStatus: 'factcheck.server.setStatus',
  attachSource: 'factcheck.server.attachSource',
  setNote: 'factcheck.server.setNote',
  findingAt: 'factcheck.server.findingAt',
  summary: 'factcheck.server.summary',
  sidecarPath: 'factcheck.server.sidecarPath',
  mergeSidecar: 'factcheck.server.mergeSidecar',
  verify: verifyCommand,
  report: reportCommand,
} as const;

connection.onInitialize((params): InitializeResult => {
  settings.setSupportsConfiguration(!!params.capabilities.workspace?.configuration);
  supportsWorkspaceFolders = !!params.capabilities.workspace?.workspaceFolders;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => !!p);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Speakers' },
      codeActionProvider: { codeActionKinds: ['quickfix', 'refactor'] },
      inlayHintProvider: true,
      executeCommandProvider: { commands: Object.values(serverCommands) },
      workspace: {
        workspaceFolders: { supported: true, changeNotifications: true },
        // Renamed articles and folders take their sidecars with them.
        fileOperations: { didRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] } },
      },
    },
    serverInfo: { name: 'factcheck', version: typeof FACTCHECK_VERSION === 'string' ? FACTCHECK_VERSION : 'dev' },
  };
});

declare const FACTCHECK_VERSION: string | undefined;

connection.onInitialized(() => {
  void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factcheck' }).catch(() => undefined);
  void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.factcheck.json' }] }).catch(() => undefined);
  if (supportsWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => pathOf(f.uri)));
      workspaceFolders = workspaceFolders.filter((f) => !removed.has(f)).concat(event.added.map((f) => pathOf(f.uri)).filter((p): p is string => !!p));
      annotations.invalidate(documents.keys());
      revalidate(documents.keys());
    });
  }
});

connection.onDidChangeConfiguration((change) => {
  settings.invalidate(change.settings);
  states.clear();
  annotations.invalidate(documents.keys());
  revalidate(documents.keys());
});

connection.onDidChangeWatchedFiles(async (params) => {
  const affected = new Set<string>();
  for (const change of params.changes) {
    const path = pathOf(change.uri);
    if (!path) continue;
    for (const uri of await annotations.urisForSidecar(path)) affected.add(uri);
  }
  annotations.invalidate(affected);
  revalidate(affected);
});

connection.workspace.onDidRenameFiles(async (params) => {
  for (const { oldUri, newUri } of params.files) {
    for (const move of await annotations.followRename(oldUri, newUri)) {
      if (move.outcome === 'left') notifyUser(`Fact Check: the annotations file ${move.from} was not moved to ${move.to}: ${move.reason} Move it by hand to keep the annotations with the article.`);
      else connection.console.info(`factcheck: ${move.outcome} ${move.from} -> ${move.to}`);
    }
  }
  revalidate(documents.keys());
});

documents.onDidOpen((event) => schedule(event.document, 0));

documents.onDidChangeContent((event) => {
  // onDidOpen already validated the first version.
  if (event.document.version === states.get(event.document.uri)?.version) return;
  void settings.get(event.document.uri).then((s) => schedule(event.document, s.debounceMs));
});

documents.onDidSave((event) => {
  void annotations
    .refreshOnSave(event.document.uri, event.document.getText())
    .then(() => revalidate([event.document.uri]))
    .catch((error) => {
      reportError(error);
      notifyUser(`Fact Check: could not update the annotations: ${(error as Error).message}`);
    });
});

documents.onDidClose((event) => {
  const pending = timers.get(event.document.uri);
  if (pending) clearTimeout(pending);
  timers.delete(event.document.uri);
  states.delete(event.document.uri);
  settings.forget(event.document.uri);
  annotations.forget(event.document.uri);
  shownErrors.delete(event.document.uri);
  verification.forget(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

/** The document state and placed annotations for a request, or null when the document is not analysed. */
async function context(uri: string) {
  const document = documents.get(uri);
  if (!document) return null;
  const s = await settings.get(uri);
  if (!isEnabled(document, s)) return null;
  const { placed, entry } = await annotations.placed(uri, document.version, document.getText());
  const state = await stateOf(document, s);
  return { document, settings: s, state, placed, entry };
}

connection.onHover(async (params) => {
  const ctx = await context(params.textDocument.uri);
  if (!ctx) return null;
  const { state, placed, document } = ctx;
  const offset = state.lines.offsetAt(params.position);
  const range = (span: { start: number; end: number }) => ({ start: state.lines.positionAt(span.start), end: state.lines.positionAt(span.end) });
  const figure = figureAt(state.analysis, offset);
  const annotation = annotationAt(placed, offset);
  if (figure || annotation) {
    const span = figure && (!annotation || annotation.anchor!.start === figure.start) ? figure : annotation!.anchor!;
    const onSpan = annotation && annotation.anchor!.start === span.start && annotation.anchor!.end === span.end ? annotation : undefined;
    const args: FindingArgs = { uri: document.uri, version: document.version, start: span.start, end: span.end, kind: figure && span === figure ? 'figure' : onSpan?.annotation.kind ?? 'text' };
    const head = figure && span === figure ? figureHover(figure) : `**Annotated text:** ${escapeMarkdown(state.text.slice(span.start, span.end))}`;
    const verified = figure && span === figure ? verification.hover(document.uri, state.analysis, figure, { uri: document.uri, version: document.version, id: onSpan?.annotation.id }) : null;
    return { contents: { kind: 'markdown', value: [head, ...(verified ? [verified] : []), annotationHover(onSpan, args)].join('\n\n---\n\n') }, range: range(span) };
  }
  const attribution = attributionAt(state.analysis, offset);
  if (attribution) {
    const span = [attribution.cue, attribution.source, attribution.content].find((s) => s && offset >= s.start && offset <= s.end) ?? attribution.content;
    const checked = verification.quoteHover(document.uri, state.text, offset);
    return { contents: { kind: 'markdown', value: [attributionHover(attribution, state.text, state.analysis.attributions), ...(checked ? [checked] : [])].join('\n\n---\n\n') }, range: range(span) };
  }
  const claim = claimAt(state.analysis, offset);
  if (claim) return { contents: { kind: 'markdown', value: claimHover(claim, ctx.settings.claims.threshold, state.analysis, state.text) }, range: range(claim) };
  return null;
});

connection.onDocumentSymbol(async (params) => {
  const ctx = await context(params.textDocument.uri);
  if (!ctx) return [];
  return speakerSymbols(ctx.state.analysis.attributions, ctx.state.text, ctx.state.lines);
});

connection.onCodeAction(async (params) => {
  const ctx = await context(params.textDocument.uri);
  if (!ctx) return [];
  const { state, document, placed } = ctx;
  const selection = { start: state.lines.offsetAt(params.range.start), end: state.lines.offsetAt(params.range.end) };
  return [
    ...codeActionsFor({
      uri: document.uri,
      version: document.version,
      diagnostics: params.context.diagnostics,
      selection,
      analysis: state.analysis,
      placed,
      offsetAt: (position) => state.lines.offsetAt(position),
    }),
    ...verification.codeActions(document.uri, document.version, state.analysis, params.context.diagnostics, selection),
  ];
});

connection.languages.inlayHint.on(async (params) => {
  const ctx = await context(params.textDocument.uri);
  if (!ctx || ctx.settings.inlineStatus === 'off') return [];
  const from = ctx.state.lines.offsetAt(params.range.start);
  const to = ctx.state.lines.offsetAt(params.range.end);
  return inlayHintsFor(ctx.placed, from, to, ctx.state.lines);
});

/** Checks that a command's arguments name the open document at its current version. */
function checkArgs(raw: unknown): { args: FindingArgs; document: TextDocument } {
  const args = raw as FindingArgs;
  if (!args || typeof args.uri !== 'string' || typeof args.version !== 'number' || !Number.isInteger(args.start) || !Number.isInteger(args.end) || args.end <= args.start) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'Fact Check: this command needs {uri, version, start, end, kind}.');
  }
  if (!annotationKinds.includes(args.kind)) throw new ResponseError(ErrorCodes.InvalidParams, `Fact Check: unknown kind "${String(args.kind)}".`);
  const document = documents.get(args.uri);
  if (!document) throw new ResponseError(ErrorCodes.InvalidParams, 'Fact Check: the article is not open.');
  if (document.version !== args.version) {
    throw new ResponseError(LSPErrorCodes.ContentModified, 'Fact Check: the article changed since this action was offered; nothing was changed. Try again.');
  }
  if (args.end > document.getText().length) throw new ResponseError(ErrorCodes.InvalidParams, 'Fact Check: the range is outside the article.');
  return { args, document };
}

async function mutate(raw: unknown, apply: (args: FindingArgs, text: string) => Parameters<AnnotationService['update']>[1]): Promise<{ id: string }> {
  const { args, document } = checkArgs(raw);
  const text = document.getText();
  let id = '';
  try {
    await annotations.update(args.uri, apply(args, text));
    const { placed } = await annotations.placed(args.uri, document.version, text);
    id = placed.find((p) => p.anchor && p.anchor.start === args.start && p.anchor.end === args.end)?.annotation.id ?? args.id ?? '';
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    throw new ResponseError(ErrorCodes.InternalError, `Fact Check: ${(error as Error).message}`);
  }
  revalidate([args.uri]);
  return { id };
}

function ref(args: FindingArgs, text: string) {
  return { text, start: args.start, end: args.end, kind: args.kind, id: args.id };
}

function parseSource(raw: unknown): Source {
  const s = (raw ?? {}) as Record<string, unknown>;
  const source: Source = {};
  if (typeof s.url === 'string' && s.url.trim()) {
    if (!/^https?:\/\/\S+$/i.test(s.url.trim())) throw new ResponseError(ErrorCodes.InvalidParams, 'Fact Check: a source URL must start with http:// or https://.');
    source.url = s.url.trim();
  } else if (typeof s.path === 'string' && s.path.trim()) {
    source.path = s.path.trim();
  } else {
    throw new ResponseError(ErrorCodes.InvalidParams, 'Fact Check: a source needs a URL or a workspace file.');
  }
  for (const key of ['title', 'quote', 'accessed'] as const) {
    if (typeof s[key] === 'string' && (s[key] as string).trim()) source[key] = (s[key] as string).trim();
  }
  if (!source.accessed) source.accessed = new Date().toISOString().slice(0, 10);
  return source;
}

connection.onExecuteCommand(async (params, token, workDone) => {
  const [raw] = params.arguments ?? [];
  switch (params.command) {
    case serverCommands.verify:
      return runVerifyCommand(raw, verifyDeps, token, workDone);
    case serverCommands.setStatus: {
      const status = (raw as { status?: string })?.status as Status;
      if (!statuses.includes(status)) throw new ResponseError(ErrorCodes.InvalidParams, `Fact Check: unknown status "${String(status)}".`);
      const s = await settings.get((raw as FindingArgs).uri);
      return mutate(raw, (args, text) => (sidecar) => void setStatus(sidecar, ref(args, text), status, actorFrom(s.annotations.author)));
    }
    case serverCommands.attachSource: {
      const source = parseSource((raw as { source?: unknown })?.source);
      const s = await settings.get((raw as FindingArgs).uri);
      return mutate(raw, (args, text) => (sidecar) => void attachSource(sidecar, ref(args, text), source, actorFrom(s.annotations.author)));
    }
    case serverCommands.setNote: {
      const note = (raw as { note?: unknown })?.note;
      if (typeof note !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'Fact Check: a note must be text.');
      const s = await settings.get((raw as FindingArgs).uri);
      return mutate(raw, (args, text) => (sidecar) => void setNote(sidecar, ref(args, text), note, actorFrom(s.annotations.author)));
    }
    case serverCommands.findingAt: {
      const { uri, version, start, end } = (raw ?? {}) as { uri: string; version: number; start: number; end: number };
      const ctx = await context(uri);
      if (!ctx) return null;
      if (ctx.document.version !== version) throw new ResponseError(LSPErrorCodes.ContentModified, 'Fact Check: the article changed; try again.');
      const annotation = annotationAt(ctx.placed, start);
      if (start !== end) return { uri, version, start, end, kind: annotation && annotation.anchor!.start === start && annotation.anchor!.end === end ? annotation.annotation.kind : 'text', id: annotation?.annotation.id };
      const figure = figureAt(ctx.state.analysis, start);
      if (figure) return { uri, version, start: figure.start, end: figure.end, kind: 'figure', id: annotation?.anchor?.start === figure.start ? annotation.annotation.id : undefined };
      if (annotation) return { uri, version, start: annotation.anchor!.start, end: annotation.anchor!.end, kind: annotation.annotation.kind, id: annotation.annotation.id };
      return null;
    }
    case serverCommands.summary: {
      const { uri, items } = (raw ?? {}) as { uri: string; items?: boolean };
      const ctx = await context(uri);
      if (!ctx) return null;
      // The status bar needs only the counts: a long article's items are megabytes of JSON.
      return summarize(uri, ctx.document.version, ctx.state.analysis, ctx.placed, ctx.state.lines, ctx.entry, { items: items !== false });
    }
    case serverCommands.sidecarPath: {
      const { uri } = (raw ?? {}) as { uri: string };
      const entry = await annotations.get(uri);
      return { path: entry.path, exists: !!entry.sidecar && entry.sidecar.annotations.length > 0, error: entry.error };
    }
    case serverCommands.mergeSidecar: {
      const { uri } = (raw ?? {}) as { uri?: string };
      if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'Fact Check: merging the annotations needs the article\'s uri.');
      let result;
      try {
        result = await annotations.resolveConflict(uri);
      } catch (error) {
        throw new ResponseError(ErrorCodes.InternalError, `Fact Check: ${(error as Error).message}`);
      } finally {
        revalidate([uri]);
      }
      const count = result.sidecar.annotations.length;
      const review = result.decisions.length ? ` ${result.decisions.length} choice${result.decisions.length === 1 ? '' : 's'} to review: ${result.decisions.join(' ')}` : '';
      const message = `Fact Check: merged both versions of the annotations (${count} annotation${count === 1 ? '' : 's'}).${review}`;
      Promise.resolve(connection.window.showInformationMessage(message) as unknown).catch(() => undefined);
      connection.console.info(message);
      return { annotations: count, decisions: result.decisions };
    }
    case serverCommands.report:
      return runReportCommand(raw, context);
    default:
      throw new ResponseError(ErrorCodes.MethodNotFound, `Fact Check: unknown command ${params.command}`);
  }
});

const verifyDeps = {
  connection,
  service: verification,
  analyzer,
  open: async (uri: string) => {
    const ctx = await context(uri);
    return ctx ? { version: ctx.document.version, text: ctx.state.text, kind: kindOf(ctx.document), analysis: ctx.state.analysis } : null;
  },
  sidecar: async (uri: string) => {
    const entry = await annotations.get(uri);
    // A file verified from disk is not open: its sidecar is not kept.
    if (!documents.get(uri)) annotations.forget(uri);
    return entry;
  },
  workspaceRoot: (path: string) => workspaceFolders.filter((folder) => path.startsWith(folder + '/')).sort((a, b) => b.length - a.length)[0],
  revalidate: (uris: string[]) => revalidate(uris),
};

documents.listen(connection);
connection.listen();
