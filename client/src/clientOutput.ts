import type * as vscode from 'vscode';

/**
 * vscode-languageclient 9 logs every exit of the server process as an error, the clean exit (code 0)
 * of a "Restart Server" the user asked for included, which reads as a crash. The line is written
 * as information instead. vscode-languageclient 10 does the same upstream
 * (microsoft/vscode-languageserver-node#1403); version 10 did not work with this server yet.
 */
export function rewriteCleanExit(line: string): string {
  const clean = /^\[Error - ([^\]]+)\] Server process exited with code 0\.$/.exec(line);
  return clean ? `[Info  - ${clean[1]}] Server process exited cleanly (code 0).` : line;
}

/** The output channel to give the language client: `output`, with clean exits logged as information. */
export function clientOutputChannel(output: vscode.OutputChannel): vscode.OutputChannel {
  return new Proxy(output, {
    get(target, property) {
      if (property === 'appendLine') return (line: string) => target.appendLine(rewriteCleanExit(line));
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
