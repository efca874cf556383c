import type { PlacedAnnotation } from './annotations/anchor.js';
import { statusLabels, type Annotation, type Source } from './annotations/types.js';
import { describeAttribution } from './analysis/attributions/describe.js';
import { describeClaim } from './analysis/claims/describe.js';
import { describeFigure, formatNumber, fractionOf, statisticNames } from './analysis/figures/describe.js';
import type { Analysis, Attribution, Claim, Figure, Span } from './analysis/types.js';
import { escapeMarkdown } from './markdown.js';
import { SpanIndex, upperBound } from './spanIndex.js';

/**
 * The hover's qualifier line: the qualifier, and what it makes of the value where the words alone
 * leave it open. Each said once: the line read "at least (at least)" and "range (range)".
 */
const qualifierWords: Record<Figure['approx'], string> = {
  exact: 'none',
  about: 'approximately',
  'more-than': 'more than (lower bound)',
  'less-than': 'less than (upper bound)',
  'at-least': 'at least (lower bound, inclusive)',
  'at-most': 'at most (upper bound, inclusive)',
  range: 'range',
};

function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** An analysis's findings indexed by span, built once per analysis, so a hover costs no pass over the article. */
interface FindingIndex {
  figures: SpanIndex;
  /** `figureStarts[i]` is the largest start among the first i + 1 figures in array order. */
  figureStarts: number[];
  checkWorthy: SpanIndex;
  cues: SpanIndex;
  sources: SpanIndex;
  contents: SpanIndex;
}

const indexes = new WeakMap<Analysis, FindingIndex>();

function indexOf(analysis: Analysis): FindingIndex {
  let index = indexes.get(analysis);
  if (!index) {
    const figureStarts: number[] = [];
    let maxStart = -Infinity;
    for (const f of analysis.figures) figureStarts.push((maxStart = Math.max(maxStart, f.start)));
    const spans = <T>(items: T[], spanOf: (item: T) => Span | null | false) =>
      new SpanIndex(items.flatMap((item, id) => {
        const span = spanOf(item);
        return span ? [{ start: span.start, end: span.end, id }] : [];
      }));
    index = {
      figures: spans(analysis.figures, (f) => f),
      figureStarts,
      checkWorthy: spans(analysis.claims, (c) => c.checkWorthy && c),
      cues: spans(analysis.attributions, (a) => a.cue),
      sources: spans(analysis.attributions, (a) => a.source),
      contents: spans(analysis.attributions, (a) => a.content),
    };
    indexes.set(analysis, index);
  }
  return index;
}

/**
 * The innermost figure under the offset; an offset at a figure's end still counts, as editors place
 * the cursor there. Figures after the first one that starts past the offset are not considered.
 */
export function figureAt(analysis: Analysis, offset: number): Figure | undefined {
  const index = indexOf(analysis);
  const stop = upperBound(index.figureStarts, offset);
  let best = -1;
  const length = (id: number) => analysis.figures[id].end - analysis.figures[id].start;
  index.figures.containing(offset, (id) => {
    if (id < stop && (best < 0 || length(id) < length(best) || (length(id) === length(best) && id < best))) best = id;
  });
  return best < 0 ? undefined : analysis.figures[best];
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
    lines.push(`**Value:** ${valueText(figure, figure.low)} to ${valueText(figure, figure.high)}`);
  } else {
    lines.push(`**Value:** ${figure.value === null ? 'no exact value' : valueText(figure, figure.value)}`);
  }
  lines.push(`**Unit:** ${figure.unit === null ? 'none' : escapeMarkdown(figure.unit)}`);
  lines.push(`**Qualifier:** ${qualifierWords[figure.approx]}`);
  if (figure.noun) lines.push(`**Counted:** ${escapeMarkdown(figure.noun)}`);
  // The verb the figure belongs to ("killed", "collapsed"); the counted noun alone is said above.
  if (figure.context && figure.context !== figure.unit) lines.push(`**Context:** ${escapeMarkdown(figure.context)}`);
  if (figure.resolved) lines.push(`**Resolved:** ${escapeMarkdown(figure.resolved)}`);
  if (figure.statistic) lines.push(`**Statistic:** ${statisticNames[figure.statistic]}`);
  return lines.join('  \n');
}

/** The value as the contract holds it, but a share written as a fraction as one: "2/3 (0.6667)", not "0.6666666666666666". */
function valueText(figure: Figure, value: number): string {
  const fraction = fractionOf(figure, value);
  return fraction ? `${fraction} (${formatNumber(value)})` : String(value);
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
    // A sidecar written by hand or by another tool may leave "modified" out; the hover still shows.
    const when = typeof a.modified === 'string' ? ` ${escapeMarkdown(a.modified.slice(0, 10))}` : '';
    if (when || who) paragraphs.push(`_Changed${when}${who}_`);
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
  const index = indexOf(analysis);
  const cue = index.cues.first(offset);
  const source = index.sources.first(offset);
  const said = cue < 0 ? source : source < 0 ? cue : Math.min(cue, source);
  const id = said >= 0 ? said : index.contents.first(offset);
  return id < 0 ? undefined : analysis.attributions[id];
}

export function attributionHover(a: Attribution, text: string, all: Attribution[]): string {
  const d = describeAttribution(a, text);
  const lines = [`**Attribution:** ${d.typeLabel}`, ''];
  const kind = d.organisationSpeaks ? ' (an organisation)' : '';
  lines.push(`**Speaker:** ${d.speaker ? escapeMarkdown(d.speaker) + kind : d.anonymous ? 'unnamed source' : d.organisationSpeaks && d.organisation ? `${escapeMarkdown(d.organisation)}${kind}` : 'not identified'}`);
  if (d.role) lines.push(`**Role:** ${escapeMarkdown(d.role)}`);
  if (d.organisation) lines.push(`**Organisation:** ${escapeMarkdown(d.organisation)}`);
  if (d.source && d.source !== d.speaker) lines.push(`**Source as written:** ${escapeMarkdown(d.source)}`);
  if (d.cue) lines.push(`**Cue:** ${escapeMarkdown(d.cue)}`);
  const paragraphs = [lines.join('  \n')];
  const others = a.speaker ? (speakersOf(all).get(a.speaker) ?? []).filter((o) => o !== a) : [];
  if (others.length) {
    const quoted = others.slice(0, 5).map((o) => `- ${escapeMarkdown(clip(text.slice(o.content.start, o.content.end)))}`);
    if (others.length > 5) quoted.push(`- and ${others.length - 5} more`);
    paragraphs.push([`**Also from ${escapeMarkdown(a.speaker!)}:**`, ...quoted].join('\n'));
  }
  return paragraphs.join('\n\n');
}

const speakers = new WeakMap<Attribution[], Map<string, Attribution[]>>();

/** Each speaker's attributions in article order, built once per analysis. */
function speakersOf(all: Attribution[]): Map<string, Attribution[]> {
  let bySpeaker = speakers.get(all);
  if (!bySpeaker) {
    bySpeaker = new Map();
    for (const a of all) {
      if (!a.speaker) continue;
      const list = bySpeaker.get(a.speaker);
      if (list) list.push(a);
      else bySpeaker.set(a.speaker, [a]);
    }
    speakers.set(all, bySpeaker);
  }
  return bySpeaker;
}

export function claimAt(analysis: Analysis, offset: number): Claim | undefined {
  const id = indexOf(analysis).checkWorthy.first(offset);
  return id < 0 ? undefined : analysis.claims[id];
}

/** The claim's score and reasons, and the figures and attributions inside it, which are what to check. */
export function claimHover(claim: Claim, threshold: number, analysis: Analysis, text: string): string {
  const d = describeClaim(claim, threshold);
  const paragraphs = [`**${escapeMarkdown(d.title)}**`];
  paragraphs.push(d.reasons.length ? d.reasons.map((r) => `- ${escapeMarkdown(r)}`).join('\n') : '- No single strong reason');
  const index = indexOf(analysis);
  const figures = index.figures.inside(claim.start, claim.end).map((id) => analysis.figures[id]).filter((f) => f.kind !== 'ordinal');
  if (figures.length) paragraphs.push(['**Figures to check:**', ...figures.map((f) => `- ${escapeMarkdown(f.text)}`)].join('\n'));
  const ids = new Set([...index.contents.inside(claim.start, claim.end), ...index.cues.inside(claim.start, claim.end)]);
  const sources = [...ids].sort((x, y) => x - y).map((id) => analysis.attributions[id]);
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
