import { describe, expect, it } from 'vitest';
import { renderReport, type WireReport } from './verifyReport';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 5 } });
const figure = (text: string, value: number) => ({ text, kind: 'count' as const, value, unit: 'dockworker', approx: 'exact' as const, start: 0, end: text.length });

const report: WireReport = {
  uri: 'file:///ws/strike.md',
  version: 3,
  offline: false,
  quotes: [],
  figures: [
    {
      figure: { ...figure('more than 4,500 dockworkers', 4500), approx: 'more-than' },
      status: 'supported',
      message: 'Supported: Port notice gives “4,650 dockworkers”',
      sources: [
        {
          source: { url: 'https://example.org/notice', title: 'Port notice' },
          status: 'supported',
          reason: 'Port notice gives “4,650 dockworkers”',
          evidence: {
            passage: 'when 4,650 dockworkers walked out | [click](command:evil) <img>',
            start: 0,
            end: 63,
            line: 4,
            match: { text: '4,650 dockworkers', start: 5, end: 22, value: 4650, approx: 'exact' },
          },
          snapshot: {
            url: 'https://example.org/notice',
            finalUrl: 'https://example.org/notice',
            fetched: '2026-02-20T10:00:00.000Z',
            contentType: 'text/html',
            sha256: 'ab'.repeat(32),
            bytes: 2048,
            fromCache: true,
          },
        },
      ],
      forms: ['4,500', '4500'],
      range: range(6),
    },
    { figure: figure('4,000 dockworkers', 4000), status: 'no-sources', message: 'No source attached', sources: [], forms: ['4,000', '4000'], range: range(4) },
  ],
  article: [{ kind: 'inconsistent-values', text: 'more than 4,500 dockworkers', start: 40, end: 67, related: [{ text: '4,000 dockworkers', start: 10, end: 27 }], message: '“more than 4,500 dockworkers” disagrees with “4,000 dockworkers” (line 5)', range: range(6) }],
};

describe('the Verify Figures report', () => {
  const md = renderReport([report], 'Verify Figures: strike.md');

  it('counts the results and lists the within-article findings', () => {
    expect(md).toContain('**2 figures:** 1 supported · 0 contradicted · 0 not found · 0 unreadable · 1 without sources · 1 within-article problems');
    expect(md).toContain('- Line 7: “more than 4,500 dockworkers” disagrees with “4,000 dockworkers” \\(line 5\\)');
  });

  it('has one table row per figure, with evidence and snapshot, and escapes source text', () => {
    const rows = md.split('\n').filter((l) => /^\| \d/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('| 7 | more than 4,500 dockworkers | ✅ supported |');
    expect(rows[0]).toContain('Port notice, line 4: “when 4,650 dockworkers walked out \\| \\[click\\]\\(command:evil\\) &lt;img\\>”');
    expect(rows[0]).toContain('snapshot 2026-02-20, sha256 abababababab (from the cache)');
    expect(rows[0]).not.toContain('](command:');
    expect(rows[1]).toContain('| 5 | 4,000 dockworkers | — no source |');
  });

  it('says when sources were read offline', () => {
    expect(renderReport([{ ...report, offline: true }], 'x')).toContain('_Offline: sources were read from the snapshot cache only');
    expect(md).not.toContain('_Offline');
  });

  it('lists the quotations checked, with the speaker and the source text escaped', () => {
    const quoted: WireReport = {
      ...report,
      quotes: [
        {
          quote: { text: 'We will not reopen talks', start: 3, end: 27 },
          speaker: 'Ada Lindqvist',
          status: 'misquoted',
          message: 'Quotation differs from its source: Transcript has “We will not [reopen](command:evil) talks yet”',
          sources: [],
          range: range(2),
        },
      ],
    };
    const text = renderReport([quoted], 'x');
    expect(text).toContain('**Quotations:**');
    expect(text).toContain('- Line 3 (Ada Lindqvist): “We will not reopen talks” ❌ differs: Quotation differs from its source: Transcript has “We will not \\[reopen\\]\\(command:evil\\) talks yet”');
    expect(md).not.toContain('**Quotations:**');
  });
});
