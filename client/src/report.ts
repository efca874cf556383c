import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type MarkdownIt from 'markdown-it';
import { serverCommand, type Summary } from './protocol';
import { factcheckBadges, type BadgeItem } from './previewBadges';

/**
 * "Fact Check: Show Report" (the article's report in a webview without scripts), "Fact Check: Export
 * ClaimReview" (JSON-LD to a file the user picks), and the statuses in VS Code's Markdown preview.
 * The server renders the report and the export (factcheck.server.report, server/src/reportService.ts)
 * with the same code as the CLI; the client only shows and saves what it gets.
 */

interface ReportResponse {
  format: string;
  content: string;
  warnings: string[];
  reviews: number;
}

export interface ReportCommands {
  /** The markdown-it plugin VS Code's Markdown preview asks for (`extendMarkdownIt` of the extension's exports). */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

const reportCommand = 'factcheck.server.report';

function articleDocument(arg: unknown): vscode.TextDocument | undefined {
  const uri = (arg as { uri?: string } | undefined)?.uri ?? (arg instanceof vscode.Uri ? arg.toString() : undefined);
  if (uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  const document = vscode.window.activeTextEditor?.document;
  return document && (document.languageId === 'markdown' || document.languageId === 'plaintext') ? document : undefined;
}

function nameOf(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() || document.uri.toString();
}

export function registerReportCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): ReportCommands {
  const panels = new Map<string, vscode.WebviewPanel>();
  const refreshTimers = new Map<string, NodeJS.Timeout>();

  async function request(document: vscode.TextDocument, args: Record<string, unknown>): Promise<ReportResponse | null> {
    const client = getClient();
    if (!client?.isRunning()) throw new Error('the Fact Check server is not running');
    return serverCommand<ReportResponse | null>(client, reportCommand, { uri: document.uri.toString(), ...args });
  }

  async function render(document: vscode.TextDocument, panel: vscode.WebviewPanel): Promise<string | null> {
    // A fresh nonce each time: the page's only style element carries it, and its CSP allows nothing else.
    const nonce = randomBytes(16).toString('base64');
    const response = await request(document, { format: 'html', nonce, reveal: true });
    if (!response) return null;
    panel.webview.html = response.content;
    return response.content;
  }

  async function showReport(arg?: unknown): Promise<string | null> {
    const document = articleDocument(arg);
    if (!document) {
      void vscode.window.showInformationMessage('Fact Check: open a Markdown or plain-text article to see its report.');
      return null;
    }
    const key = document.uri.toString();
    let panel = panels.get(key);
    if (panel) panel.reveal(undefined, true);
    else {
      panel = vscode.window.createWebviewPanel('factcheck.report', `Fact Check Report: ${nameOf(document)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        // Only the report's own "show in the editor" links may run a command.
        enableCommandUris: ['factcheck.revealLine'],
        enableFindWidget: true,
        localResourceRoots: [],
      });
      panels.set(key, panel);
      panel.onDidDispose(() => panels.delete(key));
    }
    try {
      const html = await render(document, panel);
      if (html === null) void vscode.window.showInformationMessage('Fact Check: this document is not analysed (check factcheck.enable and factcheck.languages).');
      return html;
    } catch (error) {
      void vscode.window.showErrorMessage(`Fact Check: could not make the report: ${(error as Error).message}`);
      return null;
    }
  }

  /** Keeps open reports in step with edits and with sidecar changes (status, sources, notes). */
  function scheduleReports(uris: Iterable<string>): void {
    for (const uri of uris) {
      const panel = panels.get(uri);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (!panel || !document) continue;
      clearTimeout(refreshTimers.get(uri));
      refreshTimers.set(uri, setTimeout(() => void render(document, panel).catch(() => undefined), 300));
    }
  }

  /** From a report's "show in the editor" link: the article's line, selected, in the editor beside. */
  async function revealLine(arg?: unknown): Promise<void> {
    const { uri, line } = (arg ?? {}) as { uri?: unknown; line?: unknown };
    if (typeof uri !== 'string' || typeof line !== 'number' || !Number.isInteger(line) || line < 1) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const at = new vscode.Position(Math.min(line - 1, document.lineCount - 1), 0);
    const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri)?.viewColumn ?? vscode.ViewColumn.One;
    await vscode.window.showTextDocument(document, { viewColumn: column, selection: new vscode.Range(at, document.lineAt(at.line).range.end) });
  }

  async function exportClaimReview(arg?: unknown): Promise<string | null> {
    const document = articleDocument(arg);
    if (!document) {
      void vscode.window.showInformationMessage('Fact Check: open an article to export its fact-checks.');
      return null;
    }
    const given = (arg ?? {}) as { url?: string; publisher?: string; target?: string };
    try {
      let response = await request(document, { format: 'claimreview', url: given.url, publisher: given.publisher });
      if (!response) return null;
      if (response.reviews === 0) {
        void vscode.window.showInformationMessage('Fact Check: nothing to export yet: no figure or claim in this article has a status such as verified or false.');
        return null;
      }
      if (!given.target && response.warnings.some((w) => w.startsWith('no url'))) {
        const url = await vscode.window.showInputBox({
          title: 'Export ClaimReview',
          prompt: 'The URL where the article and its fact-checks are published (or add "url:" to the front matter).',
          placeHolder: 'https://…',
          validateInput: (v) => (v === '' || /^https?:\/\/\S+$/i.test(v) ? undefined : 'An http or https URL'),
        });
        if (url === undefined) return null;
        if (url) response = (await request(document, { format: 'claimreview', url, publisher: given.publisher })) ?? response;
      }
      const defaultUri = document.uri.scheme === 'file' ? vscode.Uri.file(document.uri.fsPath.replace(/(\.[^./\\]+)?$/, '.claimreview.jsonld')) : undefined;
      const target = given.target
        ? vscode.Uri.parse(given.target)
        : await vscode.window.showSaveDialog({ defaultUri, saveLabel: 'Export ClaimReview', filters: { 'JSON-LD': ['jsonld', 'json'] } });
      if (!target) return null;
      await vscode.workspace.fs.writeFile(target, Buffer.from(response.content, 'utf8'));
      if (response.warnings.length) void vscode.window.showWarningMessage(`Fact Check: exported ${response.reviews} ClaimReview(s), but ${response.warnings.join('; ')}.`);
      else if (!given.target) void vscode.window.showInformationMessage(`Fact Check: exported ${response.reviews} ClaimReview(s) to ${target.fsPath || target.toString()}.`);
      return target.toString();
    } catch (error) {
      void vscode.window.showErrorMessage(`Fact Check: could not export: ${(error as Error).message}`);
      return null;
    }
  }

  // Statuses for the Markdown preview: markdown-it renders synchronously, so a cache per document
  // answers it; a miss asks the server and re-renders the preview when the answer comes.
  const badgeCache = new Map<string, BadgeItem[]>();
  const pending = new Set<string>();
  const badgeTimers = new Map<string, NodeJS.Timeout>();

  async function fetchBadges(uri: string): Promise<void> {
    const client = getClient();
    if (!client?.isRunning() || pending.has(uri)) return;
    pending.add(uri);
    try {
      const summary = await serverCommand<Summary | null>(client, 'factcheck.server.summary', { uri });
      const items: BadgeItem[] = (summary?.items ?? [])
        .filter((i) => !i.orphan && i.range)
        .map((i) => ({ kind: i.kind, text: i.text, status: i.status, line: i.range!.start.line, start: i.start }));
      const before = JSON.stringify(badgeCache.get(uri));
      badgeCache.set(uri, items);
      if (JSON.stringify(items) !== before) void vscode.commands.executeCommand('markdown.preview.refresh');
    } catch {
      // The document may not be analysed (closed, disabled); the preview simply shows no badges.
    } finally {
      pending.delete(uri);
    }
  }

  function scheduleBadges(uri: string): void {
    clearTimeout(badgeTimers.get(uri));
    badgeTimers.set(uri, setTimeout(() => void fetchBadges(uri), 300));
  }

  function lookup(env: unknown): BadgeItem[] | undefined {
    const uri = (env as { currentDocument?: { toString(): string } } | undefined)?.currentDocument?.toString();
    if (!uri) return undefined;
    const items = badgeCache.get(uri);
    if (!items) void fetchBadges(uri);
    return items;
  }

  const watcher = vscode.workspace.createFileSystemWatcher('**/*.factcheck.json');
  const onSidecar = () => {
    // The server reloads the sidecar on the same event; asking a moment later gets the new statuses.
    for (const uri of badgeCache.keys()) scheduleBadges(uri);
    scheduleReports(panels.keys());
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('factcheck.showReport', showReport),
    vscode.commands.registerCommand('factcheck.exportClaimReview', exportClaimReview),
    vscode.commands.registerCommand('factcheck.revealLine', revealLine),
    watcher,
    watcher.onDidChange(onSidecar),
    watcher.onDidCreate(onSidecar),
    watcher.onDidDelete(onSidecar),
    vscode.workspace.onDidChangeTextDocument((event) => {
      const uri = event.document.uri.toString();
      if (badgeCache.has(uri)) scheduleBadges(uri);
      scheduleReports([uri]);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => badgeCache.delete(document.uri.toString())),
    { dispose: () => [...refreshTimers.values(), ...badgeTimers.values()].forEach(clearTimeout) },
  );
  const client = getClient();
  if (client) {
    context.subscriptions.push(
      client.onDidChangeState((event) => {
        // After a (re)start the old answers may be stale or missing: ask again.
        if (event.newState !== State.Running) return;
        for (const uri of badgeCache.keys()) scheduleBadges(uri);
        void vscode.commands.executeCommand('markdown.preview.refresh');
      }),
    );
  }

  return { extendMarkdownIt: (md: MarkdownIt) => factcheckBadges(md, lookup) };
}
