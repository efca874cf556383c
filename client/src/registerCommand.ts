import * as vscode from 'vscode';

/**
 * Registers a command whose failures reach the user as one error message (and the output channel),
 * never as an unhandled rejection in the extension host.
 */
export function registerReportingCommand(output: vscode.OutputChannel, name: string, handler: (...args: any[]) => Promise<unknown>): vscode.Disposable {
  return vscode.commands.registerCommand(name, async (...args: any[]) => {
    try {
      return await handler(...args);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      output.appendLine(`${name}: ${message}`);
      void vscode.window.showErrorMessage(message.startsWith('Fact Check') ? message : `Fact Check: ${message}`);
      return undefined;
    }
  });
}
