import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './analysis/analyze.js';
import { problemsOf } from './analysis/problems.js';
import type { Analysis, DocumentKind } from './analysis/types.js';
import { toDiagnostic } from './diagnostics.js';
import { figureAt, figureHover } from './hover.js';
import { LineIndex } from './positions.js';
import { SettingsCache, type FactcheckSettings } from './settings.js';

/**
 * The language server: a thin layer over the analysis core. It keeps, per open document, the last
 * analysis and its line index, publishes diagnostics (debounced after edits, immediate on open) and
 * answers hovers from the cached analysis.
 */

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const settings = new SettingsCache(connection);
const analyzer = new Analyzer();

interface DocumentState {
  version: number;
  analysis: Analysis;
  lines: LineIndex;
}

const states = new Map<string, DocumentState>();
const timers = new Map<string, NodeJS.Timeout>();

function kindOf(document: TextDocument): DocumentKind {
  return document.languageId === 'markdown' ? 'markdown' : 'plaintext';
}

function isEnabled(document: TextDocument, s: FactcheckSettings): boolean {
  return s.enable && s.languages.includes(document.languageId);
}

/** The analysis of the document's current version, computed now if the cached one is stale. */
function stateOf(document: TextDocument, s: FactcheckSettings): DocumentState {
  const existing = states.get(document.uri);
  if (existing && existing.version === document.version) return existing;
  const text = document.getText();
  const state: DocumentState = {
    version: document.version,
    analysis: analyzer.analyze(text, kindOf(document), { claimThreshold: s.claims.threshold }),
    lines: new LineIndex(text),
  };
  states.set(document.uri, state);
  return state;
}

async function validate(document: TextDocument): Promise<void> {
  const s = await settings.get(document.uri);
  // The document may have changed or closed while settings were fetched.
  const current = documents.get(document.uri);
  if (!current || current.version !== document.version) return;
  let diagnostics: Diagnostic[] = [];
  if (isEnabled(document, s)) {
    const state = stateOf(document, s);
    diagnostics = problemsOf(state.analysis, s.severity).map((p) => toDiagnostic(p, state.lines));
  } else {
    states.delete(document.uri);
  }
  await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

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

function reportError(error: unknown): void {
  connection.console.error(`factcheck: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
}

connection.onInitialize((params): InitializeResult => {
  settings.setSupportsConfiguration(!!params.capabilities.workspace?.configuration);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
    },
    serverInfo: { name: 'factcheck', version: typeof FACTCHECK_VERSION === 'string' ? FACTCHECK_VERSION : 'dev' },
  };
});

declare const FACTCHECK_VERSION: string | undefined;

connection.onInitialized(() => {
  void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factcheck' }).catch(() => undefined);
});

connection.onDidChangeConfiguration((change) => {
  settings.invalidate(change.settings);
  states.clear();
  for (const document of documents.all()) schedule(document, 0);
});

documents.onDidOpen((event) => schedule(event.document, 0));

documents.onDidChangeContent((event) => {
  // onDidOpen already validated the first version.
  if (event.document.version === states.get(event.document.uri)?.version) return;
  void settings.get(event.document.uri).then((s) => schedule(event.document, s.debounceMs));
});

documents.onDidClose((event) => {
  const pending = timers.get(event.document.uri);
  if (pending) clearTimeout(pending);
  timers.delete(event.document.uri);
  states.delete(event.document.uri);
  settings.forget(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onHover(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const s = await settings.get(document.uri);
  if (!isEnabled(document, s)) return null;
  const state = stateOf(document, s);
  const offset = state.lines.offsetAt(params.position);
  const figure = figureAt(state.analysis, offset);
  if (!figure) return null;
  return {
    contents: { kind: 'markdown', value: figureHover(figure) },
    range: { start: state.lines.positionAt(figure.start), end: state.lines.positionAt(figure.end) },
  };
});

documents.listen(connection);
connection.listen();
