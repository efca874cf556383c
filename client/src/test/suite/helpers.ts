import * as vscode from 'vscode';

export const EXTENSION_ID = 'factcheck.factcheck';
export const ARTICLE = 'flood-relief.md';
export const BRIEFING = 'briefing.txt';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: start VS Code on test-fixtures/workspace (or a copy)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function factcheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factcheck');
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

function show(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return 'none';
  return ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${codeOf(d)} ${d.message}`).join('; ');
}

/**
 * Resolves with the factcheck diagnostics of `uri` as soon as `predicate` holds for them,
 * checking now and on every vscode.languages.onDidChangeDiagnostics event for that uri.
 * Rejects after `timeoutMs` (a deadline, not a sleep).
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean = (ds) => ds.length > 0,
  what = 'factcheck diagnostics',
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = () => {
      settled = true;
      sub.dispose();
      clearTimeout(timer);
    };
    const check = () => {
      if (settled) return;
      const ds = factcheckDiagnostics(uri);
      if (predicate(ds)) {
        finish();
        resolve(ds);
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      if (settled) return;
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; current: ${show(factcheckDiagnostics(uri))}`));
    }, timeoutMs);
    check();
  });
}

/** Range of the first occurrence of `text` (after `after`, if given) in the document. */
export function rangeOf(doc: vscode.TextDocument, text: string, after?: string): vscode.Range {
  const all = doc.getText();
  const from = after ? all.indexOf(after) : 0;
  const start = all.indexOf(text, Math.max(from, 0));
  if (start < 0) throw new Error(`"${text}" not found in ${doc.uri.path}`);
  return new vscode.Range(doc.positionAt(start), doc.positionAt(start + text.length));
}

/** The diagnostic flagging `number` inside `phrase`: it covers the number and stays within the phrase. */
export function diagnosticFor(doc: vscode.TextDocument, ds: vscode.Diagnostic[], phrase: string, number: string): vscode.Diagnostic | undefined {
  const phraseRange = rangeOf(doc, phrase);
  const numberRange = rangeOf(doc, number, phrase);
  return ds.find((d) => d.range.contains(numberRange) && phraseRange.contains(d.range));
}

export function hoverText(hovers: vscode.Hover[]): string[] {
  return hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'));
}

export function midpoint(range: vscode.Range): vscode.Position {
  return range.start.translate(0, Math.floor((range.end.character - range.start.character) / 2));
}

/** Reverts dirty documents (so no save prompt can block) and closes every editor. */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty && doc.uri.scheme === 'file') {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
