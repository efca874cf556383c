/**
 * A minimal, valid SARIF 2.1.0 log from generic results. Kept free of verify's own types so that
 * `factcheck scan` (or anything else) can produce SARIF through the same function.
 */

export interface SarifResultInput {
  ruleId: string;
  level: 'error' | 'warning' | 'note' | 'none';
  message: string;
  /** The file, as given on the command line; written with forward slashes. */
  path: string;
  /** 1-based lines and columns; columns count UTF-16 code units, end column exclusive. */
  region?: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  properties?: Record<string, unknown>;
}

export interface SarifTool {
  name: string;
  version: string;
  informationUri?: string;
  rules: Array<{ id: string; description: string }>;
}

export function toSarif(results: SarifResultInput[], tool: SarifTool): object {
  const ruleIndex = new Map(tool.rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: tool.rules.map((r) => ({ id: r.id, shortDescription: { text: r.description } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.map((r) => ({
          ruleId: r.ruleId,
          ...(ruleIndex.has(r.ruleId) ? { ruleIndex: ruleIndex.get(r.ruleId) } : {}),
          level: r.level,
          message: { text: r.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(r.path.split('\\').join('/')) },
                ...(r.region ? { region: r.region } : {}),
              },
            },
          ],
          ...(r.properties ? { properties: r.properties } : {}),
        })),
      },
    ],
  };
}
