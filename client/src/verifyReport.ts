/**
 * The Verify Figures report as Markdown, from the server's answers to `factcheck.server.verify`
 * (server/src/verifyService.ts `WireReport`). Free of vscode imports, so it is unit-tested.
 */

import { escapeMarkdown } from '../../server/src/markdown.js';
import { evidencePlace } from '../../server/src/verify/types.js';
import type { WireFigure, WireReport } from './protocol';

export type { WireReport };

const labels: Record<WireFigure['status'], string> = {
  supported: '✅ supported',
  contradicted: '❌ contradicted',
  'not-found': '⚠️ not found',
  unreachable: '⚠️ unreachable',
  unsupported: '⚠️ unsupported type',
  'no-sources': '— no source',
};

/** The Markdown report: per article, the counts, the within-article findings, and a table of every figure. */
export function renderReport(reports: WireReport[], title: string, relative: (uri: string) => string = (uri) => uri): string {
  const out: string[] = [`# ${escapeMarkdown(title)}`, ''];
  if (reports.some((r) => r.offline)) out.push('_Offline: sources were read from the snapshot cache only (untrusted workspace or offline run)._', '');
  for (const report of reports) {
    const count = (s: WireFigure['status']) => report.figures.filter((f) => f.status === s).length;
    if (reports.length > 1) out.push(`## ${escapeMarkdown(relative(report.uri))}`, '');
    out.push(
      `**${report.figures.length} figures:** ${count('supported')} supported · ${count('contradicted')} contradicted · ${count('not-found')} not found · ${count('unreachable') + count('unsupported')} unreadable · ${count('no-sources')} without sources · ${report.article.length} within-article problems`,
      '',
    );
    if (report.article.length) {
      out.push('**Within the article:**', '');
      for (const f of report.article) out.push(`- Line ${f.range.start.line + 1}: ${escapeMarkdown(f.message)}`);
      out.push('');
    }
    if (report.quotes?.length) {
      out.push('**Quotations:**', '');
      for (const q of report.quotes) {
        const label = q.status === 'supported' ? '✅ found' : q.status === 'misquoted' ? '❌ differs' : q.status === 'not-found' ? '⚠️ not found' : '⚠️ unreadable';
        const who = q.speaker ? ` (${escapeMarkdown(q.speaker)})` : '';
        out.push(`- Line ${q.range.start.line + 1}${who}: “${escapeMarkdown(q.quote.text)}” ${label}: ${escapeMarkdown(q.message)}`);
      }
      out.push('');
    }
    out.push('| Line | Figure | Result | Details |', '|---:|---|---|---|');
    for (const f of report.figures) {
      const details = [escapeMarkdown(f.message)];
      for (const check of f.sources) {
        const where = escapeMarkdown(check.source.title ?? check.source.url ?? check.source.path ?? 'source');
        if (check.evidence) details.push(`${where}, ${evidencePlace(check.evidence)}: “${escapeMarkdown(check.evidence.passage)}”`);
        if (check.snapshot) details.push(`snapshot ${check.snapshot.fetched.slice(0, 10)}, sha256 ${check.snapshot.sha256.slice(0, 12)}${check.snapshot.fromCache ? ' (from the cache)' : ''}`);
      }
      out.push(`| ${f.range.start.line + 1} | ${escapeMarkdown(f.figure.text)} | ${labels[f.status]} | ${details.join('<br>')} |`);
    }
    out.push('');
  }
  out.push('_Verification never changes a status: use “Accept verification result” on a figure to record it._', '');
  return out.join('\n');
}
