import type { Problem } from '../analysis/problems.js';
import type { LineIndex } from '../positions.js';
import { helpFor, ruleHelp, statusOfProblem } from './rules.js';

/**
 * SARIF 2.1.0 (OASIS) for `factcheck scan --format sarif`, the format GitHub code scanning and other
 * CI dashboards read. One run; rules are the diagnostic codes; regions are 1-based lines and 1-based
 * columns counted in UTF-16 code units (`columnKind`), which is what the core's offsets are.
 */

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A problem from another producer (Verify Figures) with the SARIF properties it wants reported. */
export interface SarifProblem {
  rule: string;
  severity: Problem['severity'];
  message: string;
  start: number;
  end: number;
  properties: Record<string, unknown>;
}

export interface SarifInput {
  /** The artifact's URI: relative to the working directory (with `uriBaseId`), or absolute. */
  uri: string;
  relative: boolean;
  problems: Array<Problem | SarifProblem>;
  lines: LineIndex;
}

function propertiesOf(p: Problem | SarifProblem): Record<string, unknown> | undefined {
  if ('properties' in p) return p.properties;
  const status = statusOfProblem(p);
  return status ? { status } : undefined;
}

type Level = 'error' | 'warning' | 'note';

function levelOf(severity: Problem['severity']): Level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export function toSarif(files: SarifInput[], options: { version: string; workingDirectoryUri?: string }): object {
  // Every known rule is listed so a consumer can show help for codes that did not fire this time;
  // codes unknown to the table are added as they appear.
  const ruleIds = Object.keys(ruleHelp);
  for (const file of files) for (const p of file.problems) if (!ruleIds.includes(p.rule)) ruleIds.push(p.rule);
  const index = new Map(ruleIds.map((id, i) => [id, i]));

  const results = files.flatMap((file) =>
    file.problems.map((p) => {
      const start = file.lines.positionAt(p.start);
      const end = file.lines.positionAt(p.end);
      const properties = propertiesOf(p);
      return {
        ruleId: p.rule,
        ruleIndex: index.get(p.rule)!,
        level: levelOf(p.severity),
        message: { text: p.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: file.relative ? { uri: file.uri, uriBaseId: 'SRCROOT' } : { uri: file.uri },
              region: {
                startLine: start.line + 1,
                startColumn: start.character + 1,
                endLine: end.line + 1,
                endColumn: end.character + 1,
                charOffset: p.start,
                charLength: p.end - p.start,
              },
            },
          },
        ],
        ...(properties ? { properties } : {}),
      };
    }),
  );

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factcheck',
            fullName: 'factcheck: figures, attributions and claims in news articles',
            version: options.version,
            semanticVersion: /^\d+\.\d+\.\d+/.test(options.version) ? options.version : undefined,
            rules: ruleIds.map((id) => {
              const help = helpFor(id);
              return {
                id,
                name: help.name,
                shortDescription: { text: help.short },
                fullDescription: { text: help.help },
                help: { text: help.help, markdown: help.help },
                defaultConfiguration: { level: help.level },
              };
            }),
          },
        },
        ...(options.workingDirectoryUri ? { originalUriBaseIds: { SRCROOT: { uri: options.workingDirectoryUri } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function relativeUri(relativePath: string): string {
  return relativePath.split(/[\\/]/).map(encodeURIComponent).join('/');
}
