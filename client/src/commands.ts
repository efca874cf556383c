import * as vscode from 'vscode';
import { registerReportingCommand } from './registerCommand';
import type { LanguageClient } from 'vscode-languageclient/node';
import { serverCommand, type FindingArgs, type Status, type Summary } from './protocol';

/**
 * The annotation commands. Each works from the arguments a code action or hover link passes
 * (`{uri, version, start, end, kind, id}`), or from the active editor's cursor or selection when
 * run from the command palette. The server refuses arguments whose version is stale.
 */

const statusItems: Array<vscode.QuickPickItem & { status: Status }> = [
  { status: 'verified', label: '$(pass) Verified', description: 'True: the sources support it (ClaimReview 5)' },
  { status: 'partly-true', label: '$(circle-large-outline) Partly true', description: 'Some of it holds (ClaimReview 3)' },
  { status: 'misleading', label: '$(warning) Misleading', description: 'Accurate words, wrong impression (ClaimReview 2)' },
  { status: 'disputed', label: '$(warning) Disputed', description: 'Sources disagree (ClaimReview 3)' },
  { status: 'false', label: '$(error) False', description: 'The sources contradict it (ClaimReview 1)' },
  { status: 'unverifiable', label: '$(question) Unverifiable', description: 'No source can settle it' },
  { status: 'unchecked', label: '$(circle-outline) Unchecked', description: 'Not checked yet' },
  { status: 'ignored', label: '$(eye-closed) Ignored', description: 'Needs no check' },
];

export function registerCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined, output: vscode.OutputChannel, revealFindings: () => Promise<void>): void {
  const run = (name: string, handler: (...args: any[]) => Promise<unknown>) => registerReportingCommand(output, name, handler);

  const client = () => {
    const c = getClient();
    if (!c) throw new Error('the Fact Check server is not running');
    return c;
  };

  /** The finding to act on: the arguments given, or what is under the cursor or selected. */
  async function target(args: FindingArgs | undefined): Promise<FindingArgs | undefined> {
    if (args && typeof args.uri === 'string') return args;
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showWarningMessage('Fact Check: open an article first.');
      return undefined;
    }
    const { document, selection } = editor;
    const found = await serverCommand<FindingArgs | null>(client(), 'factcheck.server.findingAt', {
      uri: document.uri.toString(),
      version: document.version,
      start: document.offsetAt(selection.start),
      end: document.offsetAt(selection.end),
    });
    if (!found) void vscode.window.showWarningMessage('Fact Check: put the cursor on a figure, or select the words to annotate.');
    return found ?? undefined;
  }

  context.subscriptions.push(
    run('factcheck.setStatus', async (args?: FindingArgs & { status?: Status }) => {
      const finding = await target(args);
      if (!finding) return undefined;
      const status = args?.status ?? (await vscode.window.showQuickPick(statusItems, { title: 'Fact Check: set status', placeHolder: 'What did the check find?' }))?.status;
      if (!status) return undefined;
      return serverCommand(client(), 'factcheck.server.setStatus', { ...finding, status });
    }),
    run('factcheck.attachSource', async (args?: FindingArgs & { source?: { url?: string; path?: string; title?: string; quote?: string } }) => {
      const finding = await target(args);
      if (!finding) return undefined;
      const source = args?.source ?? (await askForSource(finding));
      if (!source) return undefined;
      return serverCommand(client(), 'factcheck.server.attachSource', { ...finding, source });
    }),
    run('factcheck.editNote', async (args?: FindingArgs & { note?: string }) => {
      const finding = await target(args);
      if (!finding) return undefined;
      const note = args?.note ?? (await vscode.window.showInputBox({ title: 'Fact Check: note', prompt: 'A note for colleagues (empty removes the note)' }));
      if (note === undefined) return undefined;
      return serverCommand(client(), 'factcheck.server.setNote', { ...finding, note });
    }),
    run('factcheck.openSidecar', async (args?: { uri?: string }) => {
      const uri = args?.uri ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (!uri) return void vscode.window.showWarningMessage('Fact Check: open an article first.');
      const info = await serverCommand<{ path: string | null; exists: boolean; error: string | null }>(client(), 'factcheck.server.sidecarPath', { uri });
      if (!info.path) return void vscode.window.showInformationMessage('Fact Check: this article is not saved to a file, so it has no annotations file.');
      if (!info.exists && !info.error) return void vscode.window.showInformationMessage(`Fact Check: no annotations yet; they will be kept in ${info.path}.`);
      await vscode.window.showTextDocument(vscode.Uri.file(info.path));
      return info.path;
    }),
    run('factcheck.addWellKnown', async (args?: { uri?: string; name?: string }) => {
      const name = args?.name?.trim();
      if (!name) return void vscode.window.showWarningMessage('Fact Check: use this from the quick fix on a speaker whose first mention lacks a role.');
      const uri = args?.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
      return addWellKnown(name, uri);
    }),
    run('factcheck.showOrphans', async (args?: { uri?: string }) => {
      const uri = args?.uri ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (!uri) return void vscode.window.showWarningMessage('Fact Check: open an article first.');
      const summary = await serverCommand<Summary | null>(client(), 'factcheck.server.summary', { uri });
      const orphans = summary?.items.filter((i) => i.orphan) ?? [];
      await revealFindings();
      if (orphans.length === 0) return void vscode.window.showInformationMessage('Fact Check: every annotation of this article is placed; there are no orphans.');
      const picked = await vscode.window.showQuickPick(
        orphans.map((o) => ({ label: o.text, description: `${o.status} · ${o.sources} source(s)`, detail: 'Could not be placed in the article; kept in the annotations file.', orphan: o })),
        { title: `Fact Check: ${orphans.length} orphaned annotation(s)`, placeHolder: 'Pick one to see it in the annotations file' },
      );
      if (picked && summary?.sidecarPath) await openAt(summary.sidecarPath, picked.orphan.id ?? '');
      return orphans.length;
    }),
  );
}

/**
 * Adds a name to `factcheck.attributions.wellKnown` where the article's settings come from: its
 * workspace folder's settings (`.vscode/settings.json`, which `factcheck scan` reads too), else the
 * workspace's, else the user's. Returns the list written.
 */
async function addWellKnown(name: string, uri: vscode.Uri | undefined): Promise<string[]> {
  const config = vscode.workspace.getConfiguration('factcheck', uri);
  const target = uri && vscode.workspace.getWorkspaceFolder(uri) ? vscode.ConfigurationTarget.WorkspaceFolder
    : vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<string[]>('attributions.wellKnown');
  const current = (target === vscode.ConfigurationTarget.WorkspaceFolder ? inspected?.workspaceFolderValue
    : target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.includes(name)) return current;
  const names = [...current, name];
  await config.update('attributions.wellKnown', names, target);
  return names;
}

async function askForSource(finding: FindingArgs): Promise<{ url?: string; path?: string; title?: string; quote?: string } | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: '$(link) A web page…', value: 'url' as const },
      { label: '$(file) A file in the workspace…', value: 'path' as const },
    ],
    { title: 'Fact Check: attach a source', placeHolder: 'Where is the source?' },
  );
  if (!choice) return undefined;
  let source: { url?: string; path?: string; title?: string; quote?: string };
  if (choice.value === 'url') {
    const url = await vscode.window.showInputBox({
      title: 'Fact Check: source URL',
      prompt: 'The address of the page that supports or contradicts the text',
      placeHolder: 'https://…',
      validateInput: (value) => (/^https?:\/\/\S+$/i.test(value.trim()) ? null : 'Enter an address starting with http:// or https://'),
    });
    if (!url) return undefined;
    source = { url: url.trim() };
  } else {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(finding.uri));
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, defaultUri: folder?.uri, openLabel: 'Attach as source' });
    if (!files?.length) return undefined;
    source = { path: vscode.workspace.asRelativePath(files[0], false) };
  }
  const title = await vscode.window.showInputBox({ title: 'Fact Check: source title (optional)', prompt: 'For example the report or page title' });
  if (title === undefined) return undefined;
  const quote = await vscode.window.showInputBox({ title: 'Fact Check: supporting passage (optional)', prompt: 'The words in the source that support or contradict the text' });
  if (quote === undefined) return undefined;
  if (title.trim()) source.title = title.trim();
  if (quote.trim()) source.quote = quote.trim();
  return source;
}

async function openAt(path: string, needle: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(vscode.Uri.file(path));
  const offset = needle ? editor.document.getText().indexOf(needle) : -1;
  if (offset >= 0) {
    const position = editor.document.positionAt(offset);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  }
}
