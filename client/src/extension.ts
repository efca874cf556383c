import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { clientOutputChannel } from './clientOutput';
import { registerCommands } from './commands';
import { FindingsView } from './findingsView';
import { registerVerify } from './verify';
import { registerReportCommands, type ReportCommands } from './report';
import { serverExecArgv } from './serverLaunch';

/**
 * The extension client: starts the language server over stdio, forwards the `factcheck` settings,
 * registers the commands, the "Fact Check" tree and the status bar item. All analysis and all
 * sidecar reads and writes happen in the server.
 */

let client: LanguageClient | undefined;

/** Commands that hover links may run; any other `command:` link in a hover does nothing. */
const trustedHoverCommands = ['factcheck.setStatus', 'factcheck.attachSource', 'factcheck.editNote', 'factcheck.openSidecar', 'factcheck.showOrphans'];

export interface FactcheckApi {
  /** The findings view, exposed so extension-host tests can read what it shows. */
  findings: FindingsView;
  client: () => LanguageClient | undefined;
  /** The Markdown preview's status badges (package.json `markdown.markdownItPlugins`). */
  extendMarkdownIt: ReportCommands['extendMarkdownIt'];
}

export async function activate(context: vscode.ExtensionContext): Promise<FactcheckApi> {
  const output = vscode.window.createOutputChannel('Fact Check');
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const execArgv = serverExecArgv(context.extension.packageJSON);
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv } },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: { configurationSection: 'factcheck' },
    outputChannel: clientOutputChannel(output),
    traceOutputChannel: output,
    markdown: { isTrusted: { enabledCommands: trustedHoverCommands }, supportHtml: false },
  };

  client = new LanguageClient('factcheck', 'Fact Check', serverOptions, clientOptions);
  const findings = new FindingsView(() => client);
  context.subscriptions.push(findings);

  registerCommands(context, () => client, output, () => findings.focus());
  registerVerify(context, () => client, output);
  const reports = registerReportCommands(context, () => client);
  context.subscriptions.push(
    vscode.commands.registerCommand('factcheck.restartServer', async () => {
      if (!client) return;
      output.appendLine('Restarting the Fact Check server.');
      await client.restart();
      await findings.refresh();
    }),
    vscode.commands.registerCommand('factcheck.showOutput', () => output.show(true)),
  );

  await client.start();
  context.subscriptions.push(client.onNotification('factcheck/summaryChanged', (params: { uri: string }) => findings.onSummaryChanged(params.uri)));
  void findings.refresh();
  return { findings, client: () => client, extendMarkdownIt: reports.extendMarkdownIt };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
