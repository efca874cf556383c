import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

/** Shapes shared with the server's commands (server/src/server.ts, server/src/summary.ts). */

export const statuses = ['unchecked', 'verified', 'partly-true', 'misleading', 'disputed', 'false', 'unverifiable', 'ignored'] as const;
export type Status = (typeof statuses)[number];

export interface FindingArgs {
  uri: string;
  version: number;
  start: number;
  end: number;
  kind: 'figure' | 'attribution' | 'claim' | 'text';
  id?: string;
}

export interface SummaryItem {
  kind: FindingArgs['kind'];
  text: string;
  status: Status;
  start: number;
  end: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } } | null;
  id?: string;
  drift: boolean;
  orphan: boolean;
  sources: number;
}

export interface Summary {
  uri: string;
  version: number;
  sidecarPath: string | null;
  error: string | null;
  figures: number;
  checkedFigures: number;
  byStatus: Record<Status, number>;
  orphans: number;
  items: SummaryItem[];
}

export function serverCommand<T>(client: LanguageClient, command: string, args: unknown): Promise<T> {
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] }) as Promise<T>;
}
