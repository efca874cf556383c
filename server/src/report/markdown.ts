import { statusLabels, type Source } from '../annotations/types.js';
import { escapeMarkdown } from '../markdown.js';
import { statusOrder, type ReportItem, type ReportModel } from './model.js';

/**
 * The report as Markdown: counts by status with a text bar chart, then every figure, attribution
 * and claim with its status, sources, evidence and note, each linked to its line in the article.
 * Every piece of article and sidecar text is escaped, so none of it can become a link, an image or HTML.
 */

export interface MarkdownOptions {
  /** How the report links to the article: a path relative to where the report is written. */
  articleLink: string;
}

const BAR_WIDTH = 20;

/** A URL for a Markdown link target, or null when it is not http(s). */
export function safeUrl(url: string | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return null;
  return url.replace(/[()<>\s"'`\\]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

function linkTarget(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment).replace(/[()]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase())).join('/');
}

function cell(text: string, max = 300): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return escapeMarkdown(one.length > max ? one.slice(0, max - 1) + '…' : one);
}

function sourceText(source: Source): string {
  const title = cell(source.title ?? source.url ?? source.path ?? 'source', 120);
  const url = safeUrl(source.url);
  const where = url ? `[${title}](${url})` : source.path ? `${title} (file ${cell(source.path, 120)})` : title;
  const quote = source.quote ? ` — “${cell(source.quote, 200)}”` : '';
  const accessed = source.accessed ? ` (read ${cell(source.accessed, 20)})` : '';
  return where + quote + accessed;
}

function itemRow(item: ReportItem, link: string): string {
  const line = `[${item.line}](${link}#L${item.line})`;
  const status = `**${statusLabels[item.status]}**${item.drift ? ' (changed since checked)' : ''}`;
  const sources = item.sources.length ? item.sources.map(sourceText).join('<br>') : '—';
  const note = item.note ? cell(item.note) : '';
  return `| ${line} | ${cell(item.text)} | ${status} | ${cell(item.detail, 120)} | ${sources} | ${note} |`;
}

const sections: [ReportItem['kind'], string][] = [
  ['figure', 'Figures'],
  ['attribution', 'Attributions'],
  ['claim', 'Claims'],
  ['text', 'Other annotated words'],
];

export function renderMarkdown(model: ReportModel, options: MarkdownOptions): string {
  const link = linkTarget(options.articleLink);
  const out: string[] = [];
  const title = model.meta.title ?? model.article;
  out.push(`# Fact-check report: ${cell(title)}`, '');
  const facts = [`Article: [${cell(model.article)}](${link})`];
  if (model.meta.author) facts.push(`by ${cell(model.meta.author)}`);
  if (model.meta.date) facts.push(cell(model.meta.date));
  const url = safeUrl(model.meta.url);
  if (url) facts.push(`<${url}>`);
  out.push(facts.join(' · '), '');
  if (model.sidecarError) out.push(`> **The annotations file cannot be used:** ${cell(model.sidecarError)}`, '');

  out.push('## Status', '', '| status | count | |', '|---|---:|---|');
  const max = Math.max(1, ...statusOrder.map((s) => model.counts[s]));
  for (const status of statusOrder) {
    const n = model.counts[status];
    if (n === 0) continue;
    const bar = '█'.repeat(Math.max(1, Math.round((n / max) * BAR_WIDTH)));
    out.push(`| ${statusLabels[status]} | ${n} | \`${bar}\` |`);
  }
  if (model.items.length === 0) out.push('| (nothing found) | 0 | |');
  out.push('');

  for (const [kind, heading] of sections) {
    const items = model.items.filter((i) => i.kind === kind);
    if (items.length === 0) continue;
    out.push(`## ${heading} (${items.length})`, '', '| line | words | status | what | sources and evidence | note |', '|---:|---|---|---|---|---|');
    for (const item of items) out.push(itemRow(item, link));
    out.push('');
  }

  if (model.orphans.length) {
    out.push(`## Orphans (${model.orphans.length})`, '', 'Annotations whose words are no longer in the article; they are kept in the sidecar file.', '');
    out.push('| words | status | sources and evidence | note |', '|---|---|---|---|');
    for (const o of model.orphans) {
      const sources = o.sources.length ? o.sources.map(sourceText).join('<br>') : '—';
      out.push(`| ${cell(o.text)} | **${statusLabels[o.status]}** | ${sources} | ${o.note ? cell(o.note) : ''} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
