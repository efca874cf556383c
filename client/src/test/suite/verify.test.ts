import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ARTICLE, closeAllEditors, codeOf, openInEditor, rangeOf, waitForDiagnostics, workspaceFile } from './helpers';

/** "Fact Check: Verify Figures": results against a workspace source, diagnostics, the report, the code action. */

const SUPPORTED = 'more than 13,000 people';
const CONTRADICTED = 'an estimated 100,000 troops';
// A PDF, so the test also shows that the packaged extension carries its PDF reader (dist/pdfjs).
const SOURCE = 'council-bulletin.pdf';

interface Report {
  figures: Array<{ figure: { text: string }; status: string; message: string }>;
  article: unknown[];
}

/** Attaches the workspace file as a source of the figure, through the extension's own command. */
async function attach(doc: vscode.TextDocument, words: string): Promise<void> {
  const range = rangeOf(doc, words);
  await vscode.commands.executeCommand('factcheck.attachSource', {
    uri: doc.uri.toString(),
    version: doc.version,
    start: doc.offsetAt(range.start),
    end: doc.offsetAt(range.end),
    kind: 'figure',
    source: { path: SOURCE, title: 'Council bulletin' },
  });
}

describe('Verify Figures in VS Code', function () {
  const sidecar = () => workspaceFile(`${ARTICLE}.factcheck.json`);

  after(async function () {
    // The report is an untitled document with content: revert it, or closing it would ask to save.
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isUntitled)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditors();
    await vscode.workspace.fs.delete(sidecar()).then(undefined, () => undefined);
  });

  it('verifies the active article, reports diagnostics, opens the report and offers to accept a result', async function () {
    const editor = await openInEditor(workspaceFile(ARTICLE));
    const doc = editor.document;
    await waitForDiagnostics(doc.uri);
    await attach(doc, SUPPORTED);
    await attach(doc, CONTRADICTED);

    const contradicted = waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'figure.contradicted'), 'a figure.contradicted diagnostic');
    const report = await vscode.commands.executeCommand<Report>('factcheck.verifyFigures');
    assert.ok(report, 'the command returns the report');
    const status = new Map(report.figures.map((f) => [f.figure.text, f.status]));
    assert.equal(status.get(SUPPORTED), 'supported', report.figures.find((f) => f.figure.text === SUPPORTED)?.message);
    assert.equal(status.get(CONTRADICTED), 'contradicted');

    const diagnostics = await contradicted;
    const error = diagnostics.find((d) => codeOf(d) === 'figure.contradicted')!;
    assert.equal(error.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(error.range, rangeOf(doc, CONTRADICTED));
    assert.match(error.message, /Council bulletin gives “Some 60,000 troops”/);

    // The report is a Markdown document beside the article, one row per figure.
    const reportDoc = vscode.workspace.textDocuments.find((d) => d.languageId === 'markdown' && d.isUntitled && d.getText().startsWith('# Verify Figures'));
    assert.ok(reportDoc, 'a Markdown report is open');
    assert.match(reportDoc.getText(), /\| more than 13,000 people \| ✅ supported \|/);
    assert.match(reportDoc.getText(), /\| an estimated 100,000 troops \| ❌ contradicted \|/);

    // Verification changed no status; the code action would.
    const sidecarText = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar()));
    assert.ok(!sidecarText.includes('"status": "false"'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rangeOf(doc, CONTRADICTED));
    const accept = actions.find((a) => a.title === 'Accept verification result (false)');
    assert.ok(accept?.command, `an Accept action among ${actions.map((a) => a.title).join(', ')}`);
    await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'annotation.false'), 'the accepted status');
  });
});
