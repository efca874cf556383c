import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ARTICLE, EXTENSION_ID, closeAllEditors, codeOf, diagnosticFor, hoverText, midpoint, openInEditor, rangeOf, waitForDiagnostics, workspaceFile } from './helpers';

/** What activate() returns (client/src/extension.ts): the findings view, for reading what it shows. */
interface Api {
  findings: vscode.TreeDataProvider<unknown> & {
    statusText: string;
    refresh(): Promise<{ figures: number; checkedFigures: number; byStatus: Record<string, number>; orphans: number; items: Array<{ text: string; status: string; orphan: boolean }> } | null>;
  };
}

const FIGURE = 'more than 13,000 people';

async function api(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext);
  return ext.isActive ? ext.exports : await ext.activate();
}

function argsFor(doc: vscode.TextDocument, phrase: string) {
  const range = rangeOf(doc, phrase);
  return { uri: doc.uri.toString(), version: doc.version, start: doc.offsetAt(range.start), end: doc.offsetAt(range.end), kind: 'figure' };
}

describe('Annotations in VS Code', function () {
  const sidecar = () => workspaceFile(`${ARTICLE}.factcheck.json`);

  afterEach(async function () {
    await closeAllEditors();
    await vscode.workspace.fs.delete(sidecar()).then(undefined, () => undefined);
  });

  it('Set Status and Attach Source write the sidecar and show the status in diagnostics, hover, tree and status bar', async function () {
    const editor = await openInEditor(workspaceFile(ARTICLE));
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (ds) => diagnosticFor(doc, ds, FIGURE, '13,000') !== undefined, 'the figure diagnostic');

    await vscode.commands.executeCommand('factcheck.attachSource', { ...argsFor(doc, FIGURE), source: { url: 'https://example.org/relief-report', title: 'Relief agency report' } });
    await vscode.commands.executeCommand('factcheck.setStatus', { ...argsFor(doc, FIGURE), status: 'false' });
    const ds = await waitForDiagnostics(doc.uri, (list) => list.some((d) => codeOf(d) === 'annotation.false'), 'an annotation.false diagnostic');
    const marked = ds.find((d) => codeOf(d) === 'annotation.false')!;
    assert.equal(marked.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.getText(marked.range), FIGURE);

    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar())));
    assert.equal(json.annotations.length, 1);
    assert.equal(json.annotations[0].status, 'false');
    assert.equal(json.annotations[0].sources[0].url, 'https://example.org/relief-report');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, midpoint(rangeOf(doc, '13,000', FIGURE)));
    const hover = hoverText(hovers ?? []).join('\n');
    assert.match(hover, /\*\*Status:\*\* False/);
    assert.match(hover, /\[Relief agency report\]\(https:\/\/example\.org\/relief-report\)/);

    const summary = await (await api()).findings.refresh();
    assert.ok(summary);
    assert.equal(summary.byStatus.false, 1);
    assert.ok(summary.checkedFigures >= 1);
    assert.equal(summary.items.find((i) => i.text === FIGURE)?.status, 'false');

    const findings = (await api()).findings;
    assert.match(findings.statusText, /^\$\(checklist\) \d+ figures · \d+ checked · 1 false$/);
    const groups = (await findings.getChildren()) ?? [];
    const labels = await Promise.all(groups.map(async (g) => String((await findings.getTreeItem(g)).label)));
    assert.equal(labels[0], 'False (1)', `the tree lists false findings first: ${labels.join(', ')}`);
    const falseItems = (await findings.getChildren(groups[0])) ?? [];
    assert.equal(String((await findings.getTreeItem(falseItems[0])).label), FIGURE);
  });

  it('keeps the annotation on the figure through edits, shows drift when the figure changes, and lists it as an orphan when its sentence is deleted', async function () {
    const editor = await openInEditor(workspaceFile(ARTICLE));
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (ds) => diagnosticFor(doc, ds, FIGURE, '13,000') !== undefined, 'the figure diagnostic');
    await vscode.commands.executeCommand('factcheck.setStatus', { ...argsFor(doc, FIGURE), status: 'disputed' });
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'annotation.disputed'), 'an annotation.disputed diagnostic');

    assert.ok(await editor.edit((eb) => eb.insert(new vscode.Position(0, 0), 'An editor’s note with 3 new figures and 12 words.\n\n')));
    const moved = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'annotation.disputed' && doc.getText(d.range) === FIGURE), 'the status to follow the figure');
    assert.ok(moved.every((d) => codeOf(d) !== 'annotation.orphan'));

    const number = rangeOf(doc, '13,000', FIGURE);
    assert.ok(await editor.edit((eb) => eb.replace(number, '14,000')));
    const drift = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'annotation.drift'), 'an annotation.drift diagnostic after the figure changed');
    assert.equal(doc.getText(drift.find((d) => codeOf(d) === 'annotation.drift')!.range), 'more than 14,000 people');

    const range = rangeOf(doc, 'more than 14,000 people');
    const line = doc.lineAt(range.start.line);
    assert.ok(await editor.edit((eb) => eb.delete(line.rangeIncludingLineBreak)));
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'annotation.orphan'), 'an orphan diagnostic');
    const summary = await (await api()).findings.refresh();
    assert.equal(summary?.orphans, 1);
    const findings = (await api()).findings;
    const groups = (await findings.getChildren()) ?? [];
    const last = groups[groups.length - 1];
    assert.equal(String((await findings.getTreeItem(last)).label), 'Orphans (could not be placed) (1)');
    assert.match(findings.statusText, /1 orphan/);
    assert.equal(summary?.items.find((i) => i.orphan)?.text, FIGURE);
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar())));
    assert.equal(json.annotations.length, 1, 'the orphan is still in the sidecar');
  });

  it('renaming an annotated article takes its sidecar along, and the status still shows', async function () {
    const [from, to] = [workspaceFile('rename-before.md'), workspaceFile('rename-after.md')];
    const sidecarOf = (uri: vscode.Uri) => uri.with({ path: uri.path + '.factcheck.json' });
    const remove = async () => {
      for (const uri of [from, to, sidecarOf(from), sidecarOf(to)]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    };
    try {
      await vscode.workspace.fs.copy(workspaceFile(ARTICLE), from, { overwrite: true });
      const doc = (await openInEditor(from)).document;
      await waitForDiagnostics(doc.uri, (ds) => diagnosticFor(doc, ds, FIGURE, '13,000') !== undefined, 'the figure diagnostic');
      await vscode.commands.executeCommand('factcheck.setStatus', { ...argsFor(doc, FIGURE), status: 'disputed' });
      await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'annotation.disputed'), 'an annotation.disputed diagnostic');

      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(from, to);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitForDiagnostics(to, (ds) => ds.some((d) => codeOf(d) === 'annotation.disputed'), 'the status on the renamed article');
      const moved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarOf(to))));
      assert.equal(moved.article, 'rename-after.md');
      assert.deepEqual(moved.annotations.map((a: { status: string }) => a.status), ['disputed']);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(sidecarOf(from))), 'the old sidecar is gone');
    } finally {
      await closeAllEditors();
      await remove();
    }
  });

  it('contributes the annotation commands and the sidecar schema', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const commands: string[] = ext.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    for (const c of ['factcheck.setStatus', 'factcheck.attachSource', 'factcheck.openSidecar', 'factcheck.showOrphans']) assert.ok(commands.includes(c), c);
    assert.deepEqual(ext.packageJSON.contributes.jsonValidation.map((j: { fileMatch: string }) => j.fileMatch), ['*.factcheck.json']);
  });
});
