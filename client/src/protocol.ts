import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

/**
 * The shapes the server's commands answer with are the server's own types, imported as types only
 * (the client tsconfig references the server project), so a change on one side fails the build of
 * the other instead of drifting apart. `statuses` is the one runtime value: a plain array from the
 * annotation format, which the bundler copies into the client.
 */
export { statuses, type Status } from '../../server/src/annotations/types.js';
export type { FindingArgs } from '../../server/src/hover.js';
export type { Summary, SummaryItem } from '../../server/src/summary.js';
export type { WireReport, WireFigure, WireFinding } from '../../server/src/verifyService.js';

export function serverCommand<T>(client: LanguageClient, command: string, args: unknown): Promise<T> {
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] }) as Promise<T>;
}
