import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * The extension client: starts the language server over IPC, forwards the `factcheck` settings and
 * registers the commands. All analysis happens in the server.
 */

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Fact Check');
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: { configurationSection: 'factcheck' },
    outputChannel: output,
    traceOutputChannel: output,
    markdown: { isTrusted: false, supportHtml: false },
  };

  client = new LanguageClient('factcheck', 'Fact Check', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('factcheck.restartServer', async () => {
      if (!client) return;
      output.appendLine('Restarting the Fact Check server.');
      await client.restart();
    }),
    vscode.commands.registerCommand('factcheck.showOutput', () => output.show(true)),
  );

  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
