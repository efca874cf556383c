import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ARTICLE, closeAllEditors, codeOf, openInEditor, rangeOf, waitForDiagnostics, workspaceFile } from './helpers';

/** "Fact Check: Show Report", "Fact Check: Export ClaimReview" and the Markdown preview's status badges. */

const FIGURE = 'more than 13,000 people';

/** Marks the figure false through the extension's own command, and waits for the Error it brings. */
async function markFalse(doc: vscode.TextDocument): Promise<void> {
  const range = rangeOf(doc, FIGURE);
  await vscode.commands.executeCommand('factcheck.setStatus', { uri: doc.uri.toString(), version: doc.version, start: doc.offsetAt(range.start), end: doc.offsetAt(range.end), kind: 'figure', status: 'false' });
  await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'annotation.false'), 'an annotation.false diagnostic');
}

/** Resolves when a webview tab with this label is open: at once, or when the tab model catches up. */
function reportTab(label: string, timeoutMs = 10_000): Promise<void> {
  const open = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.label === label);
  if (open()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no "${label}" tab; tabs: ${JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label))}`));
    }, timeoutMs);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (!open()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** Renders the document as the Markdown preview does, until `accept` holds or the deadline passes. */
async function renderUntil(doc: vscode.TextDocument, accept: (html: string) => boolean, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let html = '';
  // The first render asks the server for statuses; a later one has them.
  while (Date.now() < deadline) {
    html = await vscode.commands.executeCommand<string>('markdown.api.render', doc);
    if (accept(html)) return html;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for the preview; last render: ${html.slice(0, 2000)}`);
}

describe('Reports in VS Code', function () {
  const sidecar = () => workspaceFile(`${ARTICLE}.factcheck.json`);
  const exported = () => workspaceFile('flood-relief.claimreview.jsonld');

  afterEach(async function () {
    await closeAllEditors();
    await vscode.workspace.fs.delete(sidecar()).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(exported()).then(undefined, () => undefined);
  });

  it('Show Report opens a webview with the article\'s report, statuses included', async function () {
    const editor = await openInEditor(workspaceFile(ARTICLE));
    const doc = editor.document;
    await markFalse(doc);
    const html = await vscode.commands.executeCommand<string | null>('factcheck.showReport');
    assert.ok(html, 'the command returns the rendered report');
    assert.match(html, /Fact-check report: flood-relief\.md/);
    assert.match(html, new RegExp(`<td>${FIGURE}</td><td><span class="badge s-false">False</span>`));
    assert.doesNotMatch(html, /<script/i);
    await reportTab('Fact Check Report: flood-relief.md');
    assert.match(html, /href="command:factcheck\.revealLine\?/);

    // What a "show in the editor" link runs: the line is selected in the article's editor.
    await vscode.commands.executeCommand('factcheck.revealLine', { uri: doc.uri.toString(), line: 5 });
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), doc.uri.toString());
    assert.equal(active?.selection.start.line, 4);
  });

  it('Export ClaimReview writes JSON-LD for the judged figure', async function () {
    const editor = await openInEditor(workspaceFile(ARTICLE));
    await markFalse(editor.document);
    const target = await vscode.commands.executeCommand<string | null>('factcheck.exportClaimReview', {
      uri: editor.document.uri.toString(),
      target: exported().toString(),
      url: 'https://news.example.org/flood-relief',
      publisher: 'Valley Courier',
    });
    assert.equal(target, exported().toString());
    const reviews = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(exported())));
    assert.equal(reviews.length, 1);
    assert.equal(reviews[0]['@type'], 'ClaimReview');
    assert.deepEqual(reviews[0].reviewRating, { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' });
    assert.equal(reviews[0].url, 'https://news.example.org/flood-relief');
    assert.deepEqual(reviews[0].author, { '@type': 'Organization', name: 'Valley Courier' });
    assert.match(reviews[0].claimReviewed, /more than 13,000 people/);
  });

  it('the Markdown preview shows each figure\'s status', async function () {
    const editor = await openInEditor(workspaceFile(ARTICLE));
    const doc = editor.document;
    await markFalse(doc);
    const html = await renderUntil(doc, (h) => h.includes('factcheck-false'));
    assert.match(html, /more than 13,000 people<span class="factcheck-badge factcheck-false" title="Fact Check: figure, false">false<\/span>/);
    assert.match(html, /an estimated 100,000 troops<span class="factcheck-badge factcheck-unchecked"/);
  });
});
