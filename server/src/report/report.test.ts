import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../analysis/analyze.js';
import { placeAll } from '../annotations/anchor.js';
import { parseSidecar } from '../annotations/sidecar.js';
import type { Sidecar } from '../annotations/types.js';
import { LineIndex } from '../positions.js';
import { buildReport, failsOn, parseFailOn, readFrontMatter, renderHtml, renderMarkdown, toClaimReview, toSarif, toWebAnnotations, type ReportModel } from './index.js';
import { annotatedProblems } from '../annotations/problems.js';
import { defaultSeverities } from '../analysis/problems.js';

const articlePath = resolve(__dirname, '../../../test-fixtures/reports/port-dredging.md');
const text = readFileSync(articlePath, 'utf8');
const sidecar = parseSidecar(readFileSync(articlePath + '.factcheck.json', 'utf8'));
const analysis = new Analyzer().analyze(text, 'markdown');

function model(changed: Sidecar = sidecar, meta = {}): ReportModel {
  return buildReport({ article: 'port-dredging.md', text, analysis, placed: placeAll(text, changed.annotations), meta });
}

function byId(id: string) {
  return sidecar.annotations.find((a) => a.id.endsWith(id))!;
}

describe('front matter', () => {
  it('reads title, author, date, url and publisher', () => {
    expect(readFrontMatter(text)).toEqual({
      title: 'Port dredging plan nearly doubles in cost as council weighs delay',
      author: 'Nadia Ferreira',
      date: '2026-03-14',
      url: 'https://news.example.org/2026/03/14/port-dredging-cost',
      publisher: 'The Coastal Ledger',
    });
  });

  it('reads quoted values, lists and comments, and nothing without front matter', () => {
    const meta = readFrontMatter('---\ntitle: "Rates: up # or down?"\nauthors:\n  - A. Writer\n  - B. Editor\nurl: https://x.example/a#b # canonical\n---\nBody');
    expect(meta).toEqual({ title: 'Rates: up # or down?', author: 'A. Writer, B. Editor', url: 'https://x.example/a#b' });
    expect(readFrontMatter('No front matter.\n---\ntitle: x\n---')).toEqual({});
  });
});

describe('report model', () => {
  it('gives each finding its status, sources, note and 1-based line', () => {
    const m = model();
    const false12 = m.items.find((i) => i.text === '12%')!;
    expect(false12).toMatchObject({ kind: 'figure', status: 'false', note: byId('02').note, line: 13 });
    expect(false12.sources[0].quote).toBe('container throughput down 7.1% year on year');
    expect(text.split('\n')[false12.line - 1].slice(false12.column - 1)).toMatch(/^12%/);
    expect(m.items.find((i) => i.text === '€412 million')?.status).toBe('verified');
    expect(m.items.find((i) => i.text.startsWith('A study commissioned'))?.status).toBe('disputed');
    expect(m.items.find((i) => i.text === 'the largest remaining meadow on the coast')).toMatchObject({ kind: 'text', status: 'unverifiable' });
    expect(m.orphans).toEqual([expect.objectContaining({ text: 'a 15-metre draught', status: 'misleading' })]);
    expect(m.counts.false).toBe(1);
    expect(m.counts.verified).toBe(1);
    expect(m.counts.disputed).toBe(1);
    expect(m.counts.unchecked).toBe(m.items.filter((i) => i.status === 'unchecked').length);
  });

  it('words each figure as the hover does, for editors', () => {
    const m = model();
    expect(m.items.find((i) => i.text === '€412 million')?.detail).toBe('€412 million');
    expect(m.items.find((i) => i.text === '12%')?.detail).toBe('12% (decrease)');
    expect(m.items.filter((i) => i.kind === 'figure').every((i) => !/no exact value|, exact$/.test(i.detail))).toBe(true);
  });
});

describe('ClaimReview', () => {
  it('exports one review per judged annotation with the schema.org fields', () => {
    const { reviews, warnings } = toClaimReview(model());
    expect(warnings).toEqual([]);
    // Verified, false, disputed and unverifiable are judgements; unchecked and the orphan are not exported.
    expect(reviews).toHaveLength(4);
    const review = reviews.find((r) => (r as { identifier: string }).identifier === byId('02').id);
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://news.example.org/2026/03/14/port-dredging-cost',
      claimReviewed: 'Port officials say traffic fell 12% last year because larger vessels now call at rival harbours.',
      author: { '@type': 'Organization', name: 'The Coastal Ledger' },
      datePublished: '2026-03-14',
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: {
        '@type': 'Claim',
        author: expect.objectContaining({ name: expect.any(String) }),
        datePublished: '2026-03-14',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://news.example.org/2026/03/14/port-dredging-cost',
          headline: 'Port dredging plan nearly doubles in cost as council weighs delay',
          datePublished: '2026-03-14',
        },
      },
      reviewBody: byId('02').note,
      citation: [{ '@type': 'CreativeWork', url: 'https://port.example.org/statistics/2025', name: 'Port authority traffic statistics 2025', text: 'container throughput down 7.1% year on year' }],
      identifier: byId('02').id,
    });
    const ratings = Object.fromEntries(reviews.map((r) => [(r as { identifier: string }).identifier.slice(-2), (r as { reviewRating: object }).reviewRating]));
    expect(ratings['01']).toMatchObject({ ratingValue: 5, alternateName: 'True' });
    expect(ratings['04']).toMatchObject({ ratingValue: 3, alternateName: 'Disputed' });
    // Unverifiable has no place on the 1-5 scale: no ratingValue, only its name.
    expect(ratings['05']).toEqual({ '@type': 'Rating', bestRating: 5, worstRating: 1, alternateName: 'Unverifiable' });
  });

  it('takes url and publisher from options over the front matter, and says what is missing', () => {
    const m = model(sidecar, { url: 'https://other.example/a', publisher: 'Desk' });
    const [first] = toClaimReview(m).reviews as { url: string; author: { name: string } }[];
    expect(first.url).toBe('https://other.example/a');
    expect(first.author.name).toBe('Desk');
    const noUrl = text.replace(/^url: .*$/m, 'url:');
    const bare = buildReport({ article: 'a.md', text: noUrl, analysis: new Analyzer().analyze(noUrl, 'markdown'), placed: placeAll(noUrl, sidecar.annotations) });
    expect(toClaimReview(bare).warnings).toEqual([expect.stringMatching(/^no url/)]);
    // Nothing to export, nothing to warn about.
    const empty = buildReport({ article: 'a.md', text: 'Prices rose 12% last year.', analysis: new Analyzer().analyze('Prices rose 12% last year.', 'plaintext'), placed: [] });
    expect(toClaimReview(empty)).toEqual({ reviews: [], warnings: [] });
  });

  it('gives a claim an organisation made the type Organization (an authority was exported as a Person)', () => {
    const story = 'The strike stranded about 9,800 containers, according to the Calvorn Port Authority. The queue is 40 km long, said harbour master Ilse Varga.';
    const annotation = (exact: string, id: string) => ({
      id, kind: 'figure', status: 'verified', sources: [], created: '2027-03-06T10:00:00.000Z', modified: '2027-03-06T10:00:00.000Z',
      target: { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: story.indexOf(exact), end: story.indexOf(exact) + exact.length }] },
    });
    const judged = parseSidecar(JSON.stringify({ version: 1, annotations: [annotation('about 9,800 containers', 'a1'), annotation('40 km', 'a2')] }));
    const m = buildReport({ article: 'a.md', text: story, analysis: new Analyzer().analyze(story, 'plaintext'), placed: placeAll(story, judged.annotations), meta: { publisher: 'The Ledger' } });
    const claimants = (toClaimReview(m).reviews as Array<{ itemReviewed: { author: unknown } }>).map((r) => r.itemReviewed.author);
    expect(claimants).toEqual([{ '@type': 'Organization', name: 'Calvorn Port Authority' }, { '@type': 'Person', name: 'Ilse Varga' }]);
  });
});

describe('a hand-written sidecar with fields of the wrong type', () => {
  it('renders every report without them (a number as "modified" made the HTML report throw)', () => {
    const story = 'The strike stranded about 9,800 containers.';
    const exact = 'about 9,800 containers';
    const odd = parseSidecar(JSON.stringify({ version: 1, annotations: [{
      id: 'h1', kind: 'figure', status: 'verified', sources: [], created: 20270306, modified: 20270306, author: { name: 'Desk' }, note: 5,
      target: { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: story.indexOf(exact), end: story.indexOf(exact) + exact.length }] },
    }] }));
    const m = buildReport({ article: 'a.md', text: story, analysis: new Analyzer().analyze(story, 'plaintext'), placed: placeAll(story, odd.annotations) });
    const item = m.items.find((i) => i.annotationId === 'h1')!;
    expect([item.status, item.modified, item.author, item.note]).toEqual(['verified', undefined, undefined, undefined]);
    expect(renderHtml(m)).toContain('about 9,800 containers');
    expect(renderMarkdown(m, { articleLink: 'a.md' })).toContain('about 9,800 containers');
  });
});

describe('Web Annotation', () => {
  it('exports every annotation, orphans included, with W3C selectors and bodies', () => {
    const collection = toWebAnnotations(text, placeAll(text, sidecar.annotations), 'https://news.example.org/a') as {
      '@context': string;
      type: string;
      total: number;
      first: { items: { id: string; motivation: string; body: { purpose: string; value?: string; source?: string }[]; target: { source: string; selector: { type: string; exact?: string }[] } }[] };
    };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(sidecar.annotations.length);
    const falseOne = collection.first.items.find((i) => i.id === `urn:uuid:${byId('02').id}`)!;
    expect(falseOne.motivation).toBe('assessing');
    expect(falseOne.target.source).toBe('https://news.example.org/a');
    expect(falseOne.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(falseOne.target.selector[0].exact).toBe('12%');
    expect(falseOne.body).toContainEqual(expect.objectContaining({ purpose: 'assessing', value: 'False' }));
    expect(falseOne.body).toContainEqual(expect.objectContaining({ purpose: 'commenting', value: byId('02').note }));
    expect(falseOne.body).toContainEqual(expect.objectContaining({ purpose: 'linking', source: 'https://port.example.org/statistics/2025' }));
    const unchecked = collection.first.items.find((i) => i.id.endsWith('03'))!;
    expect(unchecked.motivation).toBe('highlighting');
  });
});

describe('Markdown and HTML reports', () => {
  it('Markdown: counts with a text bar, every item with its status and a line link', () => {
    const md = renderMarkdown(model(), { articleLink: 'port-dredging.md' });
    expect(md).toContain('# Fact-check report: Port dredging plan nearly doubles in cost as council weighs delay');
    expect(md).toMatch(/\| False \| 1 \| `█+` \|/);
    expect(md).toMatch(/\| \[13\]\(port-dredging\.md#L13\) \| 12% \| \*\*False\*\* \|/);
    expect(md).toContain('[Port authority traffic statistics 2025](https://port.example.org/statistics/2025) — “container throughput down 7\\.1% year on year”');
    expect(md).toContain('## Orphans (1)');
  });

  it('HTML: inline SVG chart, anchors both ways, no script, no remote resource', () => {
    const html = renderHtml(model());
    expect(html).toContain('<svg class="chart"');
    expect(html).toMatch(/<a href="#L13">13<\/a><\/td><td>12%<\/td><td><span class="badge s-false">False<\/span>/);
    expect(html).toMatch(/<span class="line" id="L13">/);
    expect(html).toMatch(/<a class="mark s-false" href="#item-\d+" title="False">12%<\/a>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(/i);
    expect(html).not.toContain('class="go"');
  });

  it('HTML: an optional second link per item shows the line in the editor, escaped', () => {
    const html = renderHtml(model(), { revealHref: (line) => `command:reveal?["a&b",${line}]` });
    expect(html).toContain('<a href="#L13">13</a><a class="go" href="command:reveal?[&quot;a&amp;b&quot;,13]" title="Show in the editor">↗</a>');
  });

  it('escapes hostile article and sidecar text in both formats', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) ![i](https://evil.example/p.png) | </td>';
    const changed: Sidecar = structuredClone(sidecar);
    for (const a of changed.annotations) {
      a.note = hostile;
      a.sources = [{ url: 'javascript:alert(4)', title: hostile, quote: hostile }, { url: 'https://ok.example/"><script>x</script>', title: 't' }];
    }
    const hostileText = text.replace('Environmental groups dispute that.', 'Environmental groups dispute that <b onmouseover=alert(5)>claim</b> & more.');
    const m = buildReport({ article: 'x<y>.md', text: hostileText, analysis: new Analyzer().analyze(hostileText, 'markdown'), placed: placeAll(hostileText, changed.annotations), meta: { title: hostile } });

    const html = renderHtml(m, { nonce: 'abc123' });
    // Hostile words appear as text ("&lt;img … onerror=…"), never as markup.
    expect(html).not.toMatch(/<script|<img|<b |href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<style nonce="abc123">');
    expect(html).toContain("style-src 'nonce-abc123'");
    // A URL with quotes and brackets stays inside its attribute, escaped.
    expect(html).toContain('href="https://ok.example/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');

    const md = renderMarkdown(m, { articleLink: 'x.md' });
    expect(md).not.toMatch(/<script|<img|<b |\]\(javascript:|!\[i\]\(/i);
    expect(md).toContain('&lt;script\\>alert\\(1\\)');
    // Table cells cannot be broken by a "|" in a note.
    for (const line of md.split('\n').filter((l) => l.startsWith('| ['))) expect(line.split(/(?<!\\)\|/).length).toBe(8);
  });
});

describe('SARIF and --fail-on', () => {
  const problems = annotatedProblems(analysis, placeAll(text, sidecar.annotations), defaultSeverities, 'port-dredging.md.factcheck.json');

  it('maps statuses to levels and offsets to 1-based UTF-16 regions', () => {
    const log = toSarif([{ uri: 'test-fixtures/reports/port-dredging.md', relative: true, problems, lines: new LineIndex(text) }], { version: '1.2.3' }) as {
      runs: { columnKind: string; tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { region: Record<string, number> } }[] }[] }[];
    };
    const [run] = log.runs;
    expect(run.columnKind).toBe('utf16CodeUnits');
    const falseResult = run.results.find((r) => r.ruleId === 'annotation.false')!;
    expect(falseResult.level).toBe('error');
    expect(run.tool.driver.rules[falseResult.ruleIndex].id).toBe('annotation.false');
    const region = falseResult.locations[0].physicalLocation.region;
    const line = text.split('\n')[region.startLine - 1];
    // "€" is one UTF-16 unit; a column counts units, so slicing the JavaScript string finds the words.
    expect(line.slice(region.startColumn - 1, region.endColumn - 1)).toBe('12%');
    expect(run.results.find((r) => r.ruleId === 'annotation.disputed')?.level).toBe('warning');
    expect(run.results.find((r) => r.ruleId === 'figure.unchecked')?.level).toBe('note');
  });

  it('matches statuses and codes', () => {
    const count = (list: string) => problems.filter((p) => failsOn(p, parseFailOn(list))).length;
    expect(count('false')).toBe(1);
    expect(count('false,disputed')).toBe(2);
    expect(count('figure.unchecked')).toBe(problems.filter((p) => p.rule === 'figure.unchecked').length);
    // "unchecked" covers every finding nobody judged, figures and claims alike.
    expect(count('unchecked')).toBeGreaterThan(count('figure.unchecked'));
    expect(count('annotation.orphan')).toBe(1);
    expect(count('misleading')).toBe(0);
    expect(() => parseFailOn('verified')).toThrow(/unknown status or code "verified"/);
    expect(() => parseFailOn('figure.uncheked')).toThrow(/unknown/);
    expect(() => parseFailOn(' , ')).toThrow(/needs a comma-separated list/);
  });
});
