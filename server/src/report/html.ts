import { statusLabels, type Source, type Status } from '../annotations/types.js';
import { statusOrder, type ReportItem, type ReportModel } from './model.js';

/**
 * The report as one self-contained HTML page: no script, no remote resource, a Content Security
 * Policy that forbids both, every piece of article and sidecar text escaped. Counts by status come
 * with an inline SVG bar chart; every item links to its words in a copy of the article below, and
 * the words link back to the item.
 */

export interface HtmlOptions {
  /** A CSP nonce for the one <style> element (VS Code webviews); without it the policy allows inline styles. */
  nonce?: string;
  /** A link to the article file, shown in the header. */
  articleHref?: string;
  /** A second link per item that shows its line in the editor (a `command:` URI in VS Code). */
  revealHref?: (line: number) => string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

function safeHref(url: string | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? escapeHtml(url) : null;
}

const colours: Record<Status, string> = {
  false: '#c62828',
  disputed: '#ef6c00',
  misleading: '#f9a825',
  'partly-true': '#7cb342',
  unverifiable: '#8e24aa',
  unchecked: '#757575',
  verified: '#2e7d32',
  ignored: '#9e9e9e',
};

const style = `
body { font: 14px/1.5 system-ui, sans-serif; color: var(--vscode-foreground, #1f1f1f); background: var(--vscode-editor-background, #fff); margin: 1.5em; max-width: 70em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.8em; }
table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid rgba(128,128,128,.35); padding: .3em .5em; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; } a { color: var(--vscode-textLink-foreground, #0b57d0); }
.badge { display: inline-block; padding: 0 .5em; border-radius: .8em; color: #fff; font-size: .85em; white-space: nowrap; }
.meta { color: var(--vscode-descriptionForeground, #555); } .drift { color: #ef6c00; }
.chart text { fill: currentColor; font-size: 12px; }
.article { font: 13px/1.6 ui-monospace, monospace; white-space: pre-wrap; border: 1px solid rgba(128,128,128,.35); padding: .5em; }
.line { display: block; } .ln { display: inline-block; width: 3.5em; color: #888; text-decoration: none; user-select: none; }
.go { text-decoration: none; margin-left: .2em; }
.line:target { background: rgba(255, 213, 79, .35); } tr:target { outline: 2px solid #f9a825; }
a.mark { color: inherit; text-decoration: none; border-bottom: 2px solid; }
blockquote { margin: .2em 0; padding-left: .6em; border-left: 3px solid rgba(128,128,128,.5); }
${statusOrder.map((s) => `.s-${s} { background: ${colours[s]}; } rect.s-${s} { fill: ${colours[s]}; } a.mark.s-${s} { border-color: ${colours[s]}; background: none; }`).join('\n')}
`;

function chart(model: ReportModel): string {
  const shown = statusOrder.filter((s) => model.counts[s] > 0);
  if (shown.length === 0) return '<p>Nothing was found in this article.</p>';
  const max = Math.max(...shown.map((s) => model.counts[s]));
  const row = 20;
  const labelWidth = 100;
  const barWidth = 240;
  const height = shown.length * row;
  const bars = shown
    .map((s, i) => {
      const n = model.counts[s];
      const w = Math.max(2, Math.round((n / max) * barWidth));
      const y = i * row;
      return `<text x="0" y="${y + 14}">${escapeHtml(statusLabels[s])}</text><rect class="s-${s}" x="${labelWidth}" y="${y + 3}" width="${w}" height="14"></rect><text x="${labelWidth + w + 6}" y="${y + 14}">${n}</text>`;
    })
    .join('');
  return `<svg class="chart" role="img" aria-label="Findings by status" width="${labelWidth + barWidth + 40}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 40} ${height}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}

function badge(status: Status): string {
  return `<span class="badge s-${status}">${escapeHtml(statusLabels[status])}</span>`;
}

function sources(list: Source[]): string {
  if (list.length === 0) return '—';
  return list
    .map((s) => {
      const label = escapeHtml(s.title ?? s.url ?? s.path ?? 'source');
      const href = safeHref(s.url);
      const where = href ? `<a href="${href}" rel="noopener noreferrer">${label}</a>` : s.path ? `${label} <code>${escapeHtml(s.path)}</code>` : label;
      const quote = s.quote ? `<blockquote>${escapeHtml(s.quote)}</blockquote>` : '';
      const accessed = s.accessed ? ` <span class="meta">(read ${escapeHtml(s.accessed)})</span>` : '';
      return `<div>${where}${accessed}${quote}</div>`;
    })
    .join('');
}

const sections: [ReportItem['kind'], string][] = [
  ['figure', 'Figures'],
  ['attribution', 'Attributions'],
  ['claim', 'Claims'],
  ['text', 'Other annotated words'],
];

/** The article's lines, each with an anchor (#L12), marked words linking to their item (#item-3). */
function articleView(model: ReportModel): string {
  const text = model.text;
  // Figures and annotated words are marked; unannotated claims and attributions (whole sentences) are not.
  const marked = model.items.map((item, index) => ({ item, index })).filter(({ item }) => item.kind === 'figure' || item.annotationId);
  const lines: string[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  let lineNo = 1;
  for (;;) {
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    const points = new Set([start, end]);
    for (const { item } of marked) {
      if (item.end <= start || item.start >= end) continue;
      points.add(Math.max(start, item.start));
      points.add(Math.min(end, item.end));
    }
    const sorted = [...points].sort((a, b) => a - b);
    let html = '';
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [a, b] = [sorted[i], sorted[i + 1]];
      // The innermost marked item covering this piece gets it.
      const cover = marked.filter(({ item }) => item.start <= a && item.end >= b).sort((x, y) => x.item.end - x.item.start - (y.item.end - y.item.start))[0];
      const piece = escapeHtml(text.slice(a, b));
      html += cover ? `<a class="mark s-${cover.item.status}" href="#item-${cover.index}" title="${escapeHtml(statusLabels[cover.item.status])}">${piece}</a>` : piece;
    }
    lines.push(`<span class="line" id="L${lineNo}"><a class="ln" href="#L${lineNo}">${lineNo}</a>${html}</span>`);
    if (!m) break;
    start = m.index + m[0].length;
    lineNo++;
  }
  return `<div class="article">${lines.join('')}</div>`;
}

export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const styleSrc = options.nonce ? `'nonce-${escapeHtml(options.nonce)}'` : "'unsafe-inline'";
  const csp = `default-src 'none'; style-src ${styleSrc}; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = model.meta.title ?? model.article;
  const body: string[] = [];
  body.push(`<h1>Fact-check report: ${escapeHtml(title)}</h1>`);
  const facts = [options.articleHref ? `<a href="${escapeHtml(options.articleHref)}">${escapeHtml(model.article)}</a>` : escapeHtml(model.article)];
  if (model.meta.author) facts.push(`by ${escapeHtml(model.meta.author)}`);
  if (model.meta.date) facts.push(escapeHtml(model.meta.date));
  const url = safeHref(model.meta.url);
  if (url) facts.push(`<a href="${url}" rel="noopener noreferrer">${url}</a>`);
  body.push(`<p class="meta">${facts.join(' · ')}</p>`);
  if (model.sidecarError) body.push(`<p><strong>The annotations file cannot be used:</strong> ${escapeHtml(model.sidecarError)}</p>`);

  body.push('<h2>Status</h2>', chart(model));
  body.push('<table class="counts"><thead><tr><th>status</th><th class="num">count</th></tr></thead><tbody>');
  for (const s of statusOrder) if (model.counts[s] > 0) body.push(`<tr><td>${badge(s)}</td><td class="num">${model.counts[s]}</td></tr>`);
  body.push('</tbody></table>');

  for (const [kind, heading] of sections) {
    const items = model.items.map((item, index) => ({ item, index })).filter(({ item }) => item.kind === kind);
    if (items.length === 0) continue;
    body.push(`<h2>${heading} (${items.length})</h2>`);
    body.push('<table><thead><tr><th class="num">line</th><th>words</th><th>status</th><th>what</th><th>sources and evidence</th><th>note</th></tr></thead><tbody>');
    for (const { item, index } of items) {
      const drift = item.drift ? ' <span class="drift">changed since checked</span>' : '';
      const note = item.note ? escapeHtml(item.note) : '';
      const who = item.author ? `<div class="meta">${escapeHtml(item.author)}${item.modified ? `, ${escapeHtml(item.modified.slice(0, 10))}` : ''}</div>` : '';
      const go = options.revealHref ? `<a class="go" href="${escapeHtml(options.revealHref(item.line))}" title="Show in the editor">↗</a>` : '';
      body.push(
        `<tr id="item-${index}"><td class="num"><a href="#L${item.line}">${item.line}</a>${go}</td><td>${escapeHtml(item.text)}</td><td>${badge(item.status)}${drift}</td><td>${escapeHtml(item.detail)}</td><td>${sources(item.sources)}</td><td>${note}${who}</td></tr>`,
      );
    }
    body.push('</tbody></table>');
  }

  if (model.orphans.length) {
    body.push(`<h2>Orphans (${model.orphans.length})</h2><p>Annotations whose words are no longer in the article; they are kept in the sidecar file.</p>`);
    body.push('<table><thead><tr><th>words</th><th>status</th><th>sources and evidence</th><th>note</th></tr></thead><tbody>');
    for (const o of model.orphans) body.push(`<tr><td>${escapeHtml(o.text)}</td><td>${badge(o.status)}</td><td>${sources(o.sources)}</td><td>${o.note ? escapeHtml(o.note) : ''}</td></tr>`);
    body.push('</tbody></table>');
  }

  body.push('<h2>Article</h2>', articleView(model));
  const nonce = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fact-check report: ${escapeHtml(title)}</title>
<style${nonce}>${style}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
