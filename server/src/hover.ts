import type { Analysis, Figure, Span } from './analysis/types.js';
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

/** Hover Markdown for a figure: every value comes from the article, so every value is escaped. */
export function figureHover(figure: Figure): string {
  const lines = [`**Figure:** ${escapeMarkdown(figure.text)}`, '', `**Kind:** ${figure.kind}`];
  if (figure.low !== undefined && figure.high !== undefined) {
    lines.push(`**Value:** ${figure.low} to ${figure.high}`);
  } else {
    lines.push(`**Value:** ${figure.value === null ? 'no exact value' : String(figure.value)}`);
  }
  lines.push(`**Unit:** ${figure.unit === null ? 'none' : escapeMarkdown(figure.unit)}`);
  lines.push(`**Qualifier:** ${qualifierWords[figure.approx]} (${describeApprox(figure)})`);
  if (figure.noun) lines.push(`**Counted:** ${escapeMarkdown(figure.noun)}`);
  if (figure.resolved) lines.push(`**Resolved:** ${escapeMarkdown(figure.resolved)}`);
  lines.push('', '_Status: unchecked_');
  return lines.join('  \n');
}
