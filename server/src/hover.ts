import type { PlacedAnnotation } from './annotations/anchor.js';
import { statusLabels, type Annotation, type Source } from './annotations/types.js';
import { describeAttribution } from './analysis/attributions/describe.js';
import { describeClaim } from './analysis/claims/describe.js';
import { describeFigure } from './analysis/figures/describe.js';
import type { Analysis, Attribution, Claim, Figure, Span } from './analysis/types.js';
import { describeApprox } from './analysis/problems.js';
import { escapeMarkdown } from './markdown.js';

const qualifierWords: Record<Figure['approx'], string> = {
  exact: 'none',
  about: 'approximately',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'at-most': 'at most',
  range: 'range',
};

function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** The innermost figure under the offset; an offset at a figure's end still counts, as editors place the cursor there. */
export function figureAt(analysis: Analysis, offset: number): Figure | undefined {
  let best: Figure | undefined;
  for (const figure of analysis.figures) {
    if (figure.start > offset) break;
    if (contains(figure, offset) && (!best || figure.end - figure.start < best.end - best.start)) best = figure;
  }
  return best;
}

/** The placed annotation under the offset, the innermost if several. */
export function annotationAt(placed: PlacedAnnotation[], offset: number): PlacedAnnotation | undefined {
  let best: PlacedAnnotation | undefined;
  for (const p of placed) {
    if (p.anchor && contains(p.anchor, offset) && (!best || p.anchor.end - p.anchor.start < best.anchor!.end - best.anchor!.start)) best = p;
  }
  return best;
}

/** Hover Markdown for a figure: every value comes from the article, so every value is escaped. */
export function figureHover(figure: Figure): string {
  const lines = [`**Figure:** ${escapeMarkdown(figure.text)}`, '', `_${escapeMarkdown(describeFigure(figure))}_`, `**Kind:** ${figure.kind}`];
  if (figure.low !== undefined && figure.high !== undefined) {
    lines.push(`**Value:** ${figure.low} to ${figure.high}`);
  } else {
    lines.push(`**Value:** ${figure.value === null ? 'no exact value' : String(figure.value)}`);
  }
  lines.push(`**Unit:** ${figure.unit === null ? 'none' : escapeMarkdown(figure.unit)}`);
  lines.push(`**Qualifier:** ${qualifierWords[figure.approx]} (${describeApprox(figure)})`);
  if (figure.noun) lines.push(`**Counted:** ${escapeMarkdown(figure.noun)}`);
  if (figure.resolved) lines.push(`**Resolved:** ${escapeMarkdown(figure.resolved)}`);
  return lines.join('  \n');
}

/** A link destination for an http(s) URL, or null for anything else (which is then shown as text). */
function safeUrl(url: string | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return null;
  return encodeURI(decodeURIComponentSafe(url)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function sourceLine(source: Source): string {
  const title = escapeMarkdown(source.title ?? source.url ?? source.path ?? 'source');
  const url = safeUrl(source.url);
  let line = url ? `[${title}](${url})` : source.path ? `${title} (file ${escapeMarkdown(source.path)})` : title;
  if (source.accessed) line += `, read ${escapeMarkdown(source.accessed)}`;
  if (source.quote) line += `: “${escapeMarkdown(source.quote)}”`;
  return `- ${line}`;
}

/** Arguments every annotation command carries; the server refuses them if the version is stale. */
export interface FindingArgs {
  uri: string;
  version: number;
  start: number;
  end: number;
  kind: Annotation['kind'];
  id?: string;
}

export function commandLink(title: string, command: string, args: unknown): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify([args]))})`;
}

/** The annotation part of a hover: status, sources, note, who and when, and our command links. */
export function annotationHover(placed: PlacedAnnotation | undefined, args: FindingArgs): string {
  const paragraphs: string[] = [];
  if (placed) {
    const a = placed.annotation;
    paragraphs.push(`**Status:** ${statusLabels[a.status]}${placed.drift ? ' — changed since it was judged' : ''}`);
    if (a.sources.length) paragraphs.push(['**Sources:**', ...a.sources.map(sourceLine)].join('\n'));
    if (a.note) paragraphs.push(`**Note:** ${escapeMarkdown(a.note)}`);
    const who = a.author ? ` by ${escapeMarkdown(a.author)}` : '';
    paragraphs.push(`_Changed ${escapeMarkdown(a.modified.slice(0, 10))}${who}_`);
  } else {
    paragraphs.push('**Status:** Unchecked');
  }
  const withId = placed ? { ...args, id: placed.annotation.id } : args;
  paragraphs.push(
    [
      commandLink('Set status…', 'factcheck.setStatus', withId),
      commandLink('Attach source…', 'factcheck.attachSource', withId),
      commandLink('Edit note…', 'factcheck.editNote', withId),
    ].join(' · '),
  );
  return paragraphs.join('\n\n');
}

/** The attribution whose cue, source or content is under the offset (cue and source first). */
export function attributionAt(analysis: Analysis, offset: number): Attribution | undefined {
  return (
    analysis.attributions.find((a) => contains(a.cue, offset) || (a.source && contains(a.source, offset))) ??
    analysis.attributions.find((a) => contains(a.content, offset))
  );
}

export function attributionHover(a: Attribution, text: string, all: Attribution[]): string {
  const d = describeAttribution(a, text);
  const lines = [`**Attribution:** ${d.typeLabel}`, ''];
  lines.push(`**Speaker:** ${d.speaker ? escapeMarkdown(d.speaker) : d.anonymous ? 'unnamed source' : 'not identified'}`);
  if (d.role) lines.push(`**Role:** ${escapeMarkdown(d.role)}`);
  if (d.organisation) lines.push(`**Organisation:** ${escapeMarkdown(d.organisation)}`);
  if (d.source && d.source !== d.speaker) lines.push(`**Source as written:** ${escapeMarkdown(d.source)}`);
  if (d.cue) lines.push(`**Cue:** ${escapeMarkdown(d.cue)}`);
  const paragraphs = [lines.join('  \n')];
  const others = a.speaker ? all.filter((o) => o !== a && o.speaker === a.speaker) : [];
  if (others.length) {
    const quoted = others.slice(0, 5).map((o) => `- ${escapeMarkdown(clip(text.slice(o.content.start, o.content.end)))}`);
    if (others.length > 5) quoted.push(`- and ${others.length - 5} more`);
    paragraphs.push([`**Also from ${escapeMarkdown(a.speaker!)}:**`, ...quoted].join('\n'));
  }
  return paragraphs.join('\n\n');
}

export function claimAt(analysis: Analysis, offset: number): Claim | undefined {
  return analysis.claims.find((c) => c.checkWorthy && contains(c, offset));
}

/** The claim's score and reasons, and the figures and attributions inside it, which are what to check. */
export function claimHover(claim: Claim, threshold: number, analysis: Analysis, text: string): string {
  const d = describeClaim(claim, threshold);
  const paragraphs = [`**${escapeMarkdown(d.title)}**`];
  paragraphs.push(d.reasons.length ? d.reasons.map((r) => `- ${escapeMarkdown(r)}`).join('\n') : '- No single strong reason');
  const inside = (s: Span) => s.start >= claim.start && s.end <= claim.end;
  const figures = analysis.figures.filter((f) => f.kind !== 'ordinal' && inside(f));
  if (figures.length) paragraphs.push(['**Figures to check:**', ...figures.map((f) => `- ${escapeMarkdown(f.text)}`)].join('\n'));
  const sources = analysis.attributions.filter((a) => inside(a.content) || inside(a.cue));
  if (sources.length) {
    const who = sources.map((a) => (a.speaker ? escapeMarkdown(a.speaker) : a.anonymous ? 'an unnamed source' : a.source ? escapeMarkdown(clip(text.slice(a.source.start, a.source.end), 60)) : 'no identified speaker'));
    paragraphs.push(`**Attributed to:** ${[...new Set(who)].join('; ')}`);
  }
  return paragraphs.join('\n\n');
}

function clip(text: string, max = 100): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}
