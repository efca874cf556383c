import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  ARTICLE,
  BRIEFING,
  EXTENSION_ID,
  closeAllEditors,
  codeOf,
  diagnosticFor,
  hoverText,
  midpoint,
  openInEditor,
  rangeOf,
  waitForDiagnostics,
  workspaceFile,
} from './helpers';

// Figures in test-fixtures/workspace/flood-relief.md: [phrase, the number inside it].
const FIGURES: Array<[string, string]> = [
  ['more than 13,000 people', '13,000'],
  ['seven years ago', 'seven'],
  ['an estimated 100,000 troops', '100,000'],
];

function hasAllFigures(doc: vscode.TextDocument) {
  return (ds: vscode.Diagnostic[]) => FIGURES.every(([phrase, n]) => diagnosticFor(doc, ds, phrase, n) !== undefined);
}

async function openArticle(): Promise<{ doc: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const editor = await openInEditor(workspaceFile(ARTICLE));
  const doc = editor.document;
  const diagnostics = await waitForDiagnostics(doc.uri, hasAllFigures(doc), 'a diagnostic on each figure');
  return { doc, diagnostics };
}

async function figureHover(doc: vscode.TextDocument, phrase: string, n: string): Promise<string> {
  const pos = midpoint(rangeOf(doc, n, phrase));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  const texts = hoverText(hovers ?? []).filter((t) => /\*\*Kind:\*\*/.test(t));
  assert.equal(texts.length, 1, `one factcheck hover at "${n}" (${pos.line}:${pos.character}); got ${JSON.stringify(hoverText(hovers ?? []))}`);
  return texts[0];
}

async function codeActionsAt(doc: vscode.TextDocument, range: vscode.Range): Promise<Array<vscode.CodeAction | vscode.Command>> {
  return (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', doc.uri, range)) ?? [];
}

/** The quick fix that ignores the figure ("Ignore this figure" / "Ignore (figure)"), checked to be a quick fix for `d`. */
function ignoreAction(actions: Array<vscode.CodeAction | vscode.Command>, d: vscode.Diagnostic): vscode.CodeAction {
  const ignore = actions.find((a): a is vscode.CodeAction => a instanceof vscode.CodeAction && /^ignore\b.*figure/i.test(a.title));
  assert.ok(ignore, `an "Ignore this figure" code action; got ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(ignore.kind && vscode.CodeActionKind.QuickFix.contains(ignore.kind), `it is a quick fix (kind ${ignore.kind?.value})`);
  if (ignore.diagnostics?.length) {
    assert.ok(ignore.diagnostics.some((x) => x.range.isEqual(d.range) && codeOf(x) === codeOf(d)), 'it fixes the figure diagnostic');
  }
  assert.ok(ignore.command || ignore.edit, 'it does something (a command or an edit)');
  return ignore;
}

describe('Fact Check extension in VS Code', function () {
  afterEach(async function () {
    await closeAllEditors();
  });

  it('is installed and activates when a Markdown article is opened', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    const { doc } = await openArticle();
    assert.equal(doc.languageId, 'markdown');
    assert.equal(ext.isActive, true, 'extension is active once diagnostics arrived');
  });

  it('publishes an Information diagnostic "figure.unchecked" on each figure, and none on plain prose', async function () {
    const { doc, diagnostics } = await openArticle();
    for (const [phrase, n] of FIGURES) {
      const d = diagnosticFor(doc, diagnostics, phrase, n);
      assert.ok(d, `a diagnostic covers "${n}" within "${phrase}"`);
      assert.equal(d.source, 'factcheck');
      assert.equal(codeOf(d), 'figure.unchecked', `code of the diagnostic on "${phrase}"`);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information, `severity of the diagnostic on "${phrase}"`);
      assert.match(d.message, /^Figure:/, `message of the diagnostic on "${phrase}"`);
    }
    const quoteLine = rangeOf(doc, 'We need boats, not promises').start.line;
    const onQuote = diagnostics.filter((d) => d.range.start.line <= quoteLine && d.range.end.line >= quoteLine && String(codeOf(d)).startsWith('figure.'));
    assert.deepEqual(onQuote.map((d) => d.message), [], 'no figure diagnostic on a line without figures');
  });

  it('hovering a figure shows its kind and value', async function () {
    const { doc } = await openArticle();
    const hover = await figureHover(doc, 'more than 13,000 people', '13,000');
    assert.match(hover, /13,000/);
    assert.match(hover, /\*\*Kind:\*\*\s*count\b/);
    assert.match(hover, /\*\*Value:\*\*\s*13000\b/);
    const troops = await figureHover(doc, 'an estimated 100,000 troops', '100,000');
    assert.match(troops, /100,000/);
    assert.match(troops, /\*\*Value:\*\*\s*100000\b/);
  });

  it('shows no figure hover on words that are not figures', async function () {
    const { doc } = await openArticle();
    const pos = midpoint(rangeOf(doc, 'promises'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    assert.deepEqual(hoverText(hovers ?? []).filter((t) => /\*\*Kind:\*\*/.test(t)), []);
  });

  it('offers an "Ignore" quick fix on a figure diagnostic', async function () {
    const { doc, diagnostics } = await openArticle();
    const d = diagnosticFor(doc, diagnostics, 'more than 13,000 people', '13,000');
    assert.ok(d);
    const actions = await codeActionsAt(doc, d.range);
    assert.ok(actions.length > 0, 'at least one code action on the figure');
    for (const a of actions) assert.ok(typeof a.title === 'string' && a.title.length > 0, 'every action has a title');
    ignoreAction(actions, d);
  });

  it('analyses plain-text files too', async function () {
    const editor = await openInEditor(workspaceFile(BRIEFING));
    const doc = editor.document;
    assert.equal(doc.languageId, 'plaintext');
    const ds = await waitForDiagnostics(doc.uri, (ds) => diagnosticFor(doc, ds, 'more than 13,000 people', '13,000') !== undefined, 'a diagnostic on the figure in the .txt file');
    assert.equal(codeOf(diagnosticFor(doc, ds, 'more than 13,000 people', '13,000')!), 'figure.unchecked');
  });

  it('updates diagnostics while the article is edited, before saving', async function () {
    const { doc } = await openArticle();
    const editor = await vscode.window.showTextDocument(doc);
    const sentence = 'The storm also damaged about 2,500 homes along the quay.';
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    assert.ok(await editor.edit((eb) => eb.insert(end, `\n\n${sentence}\n`)));
    await waitForDiagnostics(doc.uri, (ds) => diagnosticFor(doc, ds, sentence, '2,500') !== undefined, 'a diagnostic on the new figure');
    assert.ok(await vscode.commands.executeCommand('workbench.action.files.revert') !== false);
    await waitForDiagnostics(
      doc.uri,
      (ds) => !doc.getText().includes('2,500') && hasAllFigures(doc)(ds) && ds.every((d) => !doc.getText(d.range).includes('2,500')),
      'the new figure\'s diagnostic to go away after revert',
    );
  });

  it('contributes its commands, including Restart Server and Show Output', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await openArticle(); // activated
    const contributed: string[] = (ext.packageJSON?.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(contributed.includes('factcheck.restartServer'), 'package.json contributes factcheck.restartServer');
    assert.ok(contributed.includes('factcheck.showOutput'), 'package.json contributes factcheck.showOutput');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], 'every contributed command is registered once the extension is active');
  });

  it('Show Output runs without error', async function () {
    await openArticle();
    await vscode.commands.executeCommand('factcheck.showOutput');
  });

  it('Restart Server restarts the language server and the diagnostics and hovers come back', async function () {
    const { doc, diagnostics: before } = await openArticle();
    const key = (ds: vscode.Diagnostic[]) =>
      FIGURES.map(([p, n]) => diagnosticFor(doc, ds, p, n)!).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
    let changes = 0;
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === doc.uri.toString())) changes++;
    });
    try {
      await vscode.commands.executeCommand('factcheck.restartServer');
      const after = await waitForDiagnostics(doc.uri, (ds) => changes > 0 && hasAllFigures(doc)(ds), 'diagnostics republished after the restart');
      assert.deepEqual(key(after), key(before), 'same figure diagnostics after the restart');
    } finally {
      sub.dispose();
    }
    const hover = await figureHover(doc, 'more than 13,000 people', '13,000');
    assert.match(hover, /\*\*Value:\*\*\s*13000\b/);
  });

  it('"Ignore" on a figure writes the sidecar and drops the diagnostic; deleting the sidecar brings it back', async function () {
    const { doc, diagnostics } = await openArticle();
    const d = diagnosticFor(doc, diagnostics, 'more than 13,000 people', '13,000')!;
    const sidecar = workspaceFile(`${ARTICLE}.factcheck.json`);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(sidecar)), 'no sidecar before the first judgement');
    const ignore = ignoreAction(await codeActionsAt(doc, d.range), d);
    try {
      if (ignore.edit) assert.ok(await vscode.workspace.applyEdit(ignore.edit));
      if (ignore.command) await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      await waitForDiagnostics(
        doc.uri,
        (ds) => diagnosticFor(doc, ds, 'more than 13,000 people', '13,000') === undefined && diagnosticFor(doc, ds, 'an estimated 100,000 troops', '100,000') !== undefined,
        'the ignored figure\'s diagnostic to go (and the others to stay)',
      );
      const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)));
      const ignored = (json.annotations ?? []).filter((a: { status?: string }) => a.status === 'ignored');
      assert.equal(ignored.length, 1, `one ignored annotation in ${sidecar.path}: ${JSON.stringify(json)}`);
      assert.match(JSON.stringify(ignored[0]), /13,000/, 'the annotation quotes the figure');
    } finally {
      await vscode.workspace.fs.delete(sidecar).then(undefined, () => undefined);
    }
    await waitForDiagnostics(doc.uri, hasAllFigures(doc), 'the figure diagnostic to come back once the sidecar is deleted');
  });
  it('the quick fix "Treat … as well known" on attribution.incomplete writes the workspace setting and drops the diagnostic', async function () {
    const file = workspaceFile('summit-notes.md');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Vladimir Putin said 40,000 troops would stay.\n'));
    const config = () => vscode.workspace.getConfiguration('factcheck', file);
    try {
      const doc = (await openInEditor(file)).document;
      const incomplete = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'attribution.incomplete');
      const [d] = incomplete(await waitForDiagnostics(doc.uri, (ds) => incomplete(ds).length === 1, 'attribution.incomplete on the speaker'));
      const actions = await codeActionsAt(doc, d.range);
      const fix = actions.find((a): a is vscode.CodeAction => a instanceof vscode.CodeAction && a.title === 'Treat “Vladimir Putin” as well known (no role needed)');
      assert.ok(fix?.command, `the quick fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
      await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      await waitForDiagnostics(doc.uri, (ds) => incomplete(ds).length === 0 && ds.some((x) => codeOf(x) === 'figure.unchecked'), 'the speaker\'s diagnostic to go (and the figure\'s to stay)');
      assert.deepEqual(config().inspect<string[]>('attributions.wellKnown')?.workspaceFolderValue, ['Vladimir Putin']);
    } finally {
      await config().update('attributions.wellKnown', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await closeAllEditors();
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });
});
