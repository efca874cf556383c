import * as vscode from 'vscode';
import { registerReportingCommand } from './registerCommand';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { renderReport, type WireReport } from './verifyReport';

/**
 * "Fact Check: Verify Figures" and "Verify Figures in Workspace": ask the server to verify
 * (`factcheck.server.verify`), show progress in a cancellable notification as results stream in
 * (`factcheck/verifyProgress`), then open a Markdown report of every figure with its result. In an
 * untrusted workspace nothing is fetched: the server is asked to read sources from the cache only.
 * Verification never changes a status; the "Accept verification result" code action does.
 */

interface ProgressParams {
  uri: string;
  done: number;
  total: number;
}

const supportedLanguages = ['markdown', 'plaintext'];

export function registerVerify(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined, output: vscode.OutputChannel): void {
  const client = () => {
    const c = getClient();
    if (!c) throw new Error('the Fact Check server is not running');
    return c;
  };

  /** Verifies one article; resolves with null when cancelled. */
  async function verifyOne(uri: string, version: number | undefined, offline: boolean, token: vscode.CancellationToken, onProgress: (p: ProgressParams) => void): Promise<WireReport | null> {
    const c = client();
    const subscription = c.onNotification('factcheck/verifyProgress', (p: ProgressParams) => {
      if (p.uri === uri) onProgress(p);
    });
    try {
      const args = version === undefined ? { uri, offline } : { uri, version, offline };
      return (await c.sendRequest(ExecuteCommandRequest.type, { command: 'factcheck.server.verify', arguments: [args] }, token)) as WireReport;
    } catch (error) {
      if (token.isCancellationRequested) return null;
      throw error;
    } finally {
      subscription.dispose();
    }
  }

  async function showReport(reports: WireReport[], title: string): Promise<void> {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: renderReport(reports, title, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false)) });
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }

  const run = (name: string, handler: (...args: any[]) => Promise<unknown>) => registerReportingCommand(output, name, handler);

  context.subscriptions.push(
    run('factcheck.verifyFigures', async (args?: { uri?: string }) => {
      const document = args?.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) : vscode.window.activeTextEditor?.document;
      if (!document || !supportedLanguages.includes(document.languageId)) {
        void vscode.window.showWarningMessage('Fact Check: open a Markdown or plain-text article to verify its figures.');
        return undefined;
      }
      // Untrusted workspaces never fetch: sources come from the snapshot cache only.
      const offline = !vscode.workspace.isTrusted;
      const report = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: offline ? 'Fact Check: verifying figures (offline, untrusted workspace)' : 'Fact Check: verifying figures', cancellable: true },
        (progress, token) => {
          let reported = 0;
          return verifyOne(document.uri.toString(), document.version, offline, token, (p) => {
            const percent = p.total ? (p.done / p.total) * 100 : 100;
            progress.report({ message: `${p.done} of ${p.total} figures`, increment: Math.max(0, percent - reported) });
            reported = Math.max(reported, percent);
          });
        },
      );
      if (!report) {
        void vscode.window.showInformationMessage('Fact Check: verification cancelled.');
        return undefined;
      }
      await showReport([report], `Verify Figures: ${vscode.workspace.asRelativePath(document.uri, false)}`);
      return report;
    }),
    run('factcheck.verifyWorkspace', async () => {
      const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', '**/{node_modules,.git,.factcheck,dist,out}/**', 1000);
      if (files.length === 0) {
        void vscode.window.showInformationMessage('Fact Check: no Markdown or plain-text articles in the workspace.');
        return undefined;
      }
      const offline = !vscode.workspace.isTrusted;
      const reports: WireReport[] = [];
      const finished = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Fact Check: verifying figures in the workspace', cancellable: true },
        async (progress, token) => {
          for (const [i, file] of files.entries()) {
            if (token.isCancellationRequested) return false;
            progress.report({ message: `${i + 1} of ${files.length}: ${vscode.workspace.asRelativePath(file, false)}`, increment: 100 / files.length });
            const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
            try {
              const report = await verifyOne(file.toString(), open?.version, offline, token, () => undefined);
              if (!report) return false;
              reports.push(report);
            } catch (error) {
              output.appendLine(`Verify Figures: ${file.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          return true;
        },
      );
      if (!finished) void vscode.window.showInformationMessage('Fact Check: verification cancelled; the report shows the articles verified so far.');
      await showReport(reports, 'Verify Figures in Workspace');
      return reports;
    }),
  );
}
