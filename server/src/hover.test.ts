import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Analyzer } from './analysis/analyze.js';
import type { Analysis, Span } from './analysis/types.js';
import { escapeMarkdown } from './markdown.js';
import { annotationHover, attributionAt, attributionHover, claimAt, claimHover, figureAt, figureHover } from './hover.js';
import type { Annotation } from './annotations/types.js';

const fixture = readFileSync('test-fixtures/articles/baltic-border.md', 'utf8');
const quotes = '"We cannot stay," said John Smith, a minister, adding 40 tonnes of aid came. "It is hard for 300 people," Smith said.\n\n"Very hard for 2,000 families," he said, as 5% left.\n';

const contains = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

/** The lookups as plain passes over the findings: what the indexes must agree with. */
const scan = {
  figureAt(analysis: Analysis, offset: number) {
    let best;
    for (const figure of analysis.figures) {
      if (figure.start > offset) break;
      if (contains(figure, offset) && (!best || figure.end - figure.start < best.end - best.start)) best = figure;
    }
    return best;
  },
  attributionAt(analysis: Analysis, offset: number) {
    return analysis.attributions.find((a) => contains(a.cue, offset) || (a.source && contains(a.source, offset))) ?? analysis.attributions.find((a) => contains(a.content, offset));
  },
  claimAt(analysis: Analysis, offset: number) {
    return analysis.claims.find((c) => c.checkWorthy && contains(c, offset));
  },
};

describe('hover lookups', () => {
  it('find the same figure, attribution and claim as a pass over every finding, at every offset', () => {
    for (const text of [fixture, quotes, fixture + '\n\n' + quotes]) {
      const analysis = new Analyzer().analyze(text, 'markdown', { claimThreshold: 0.3 });
      expect(analysis.attributions.length).toBeGreaterThan(0);
      for (let offset = 0; offset <= text.length; offset++) {
        expect(figureAt(analysis, offset)).toBe(scan.figureAt(analysis, offset));
        expect(attributionAt(analysis, offset)).toBe(scan.attributionAt(analysis, offset));
        const claim = claimAt(analysis, offset);
        expect(claim).toBe(scan.claimAt(analysis, offset));
        if (claim) {
          const figures = analysis.figures.filter((f) => f.kind !== 'ordinal' && f.start >= claim.start && f.end <= claim.end);
          const hover = claimHover(claim, 0.3, analysis, text);
          if (figures.length) expect(hover).toContain(['**Figures to check:**', ...figures.map((f) => `- ${escapeMarkdown(f.text)}`)].join('\n'));
          else expect(hover).not.toContain('Figures to check');
        }
      }
    }
  });

  it('lists the other quotes of the same speaker', () => {
    const analysis = new Analyzer().analyze(quotes, 'markdown');
    const first = analysis.attributions.find((a) => a.speaker === 'John Smith')!;
    // "adding 40 tonnes of aid came" is his reported speech too ("adding" is a cue like "added").
    expect(attributionHover(first, quotes, analysis.attributions)).toContain('**Also from John Smith:**\n- 40 tonnes of aid came\n- "It is hard for 300 people,"\n- "Very hard for 2,000 families,"');
  });

  it('says when the speaker is an organisation', () => {
    const text = 'Nordvik Shipping made a loss.\n\nThe company said sailings would be cut.\n';
    const analysis = new Analyzer().analyze(text, 'markdown');
    const last = analysis.attributions.at(-1)!;
    expect(attributionHover(last, text, analysis.attributions)).toContain('**Speaker:** Nordvik Shipping (an organisation)');
    const person = new Analyzer().analyze(quotes, 'markdown').attributions.find((a) => a.speaker === 'John Smith')!;
    expect(attributionHover(person, quotes, [person])).toContain('**Speaker:** John Smith  \n');
  });
  it('names a study\'s statistic', () => {
    const text = 'Deaths fell, a hazard ratio of 0.80 (p=0.003).\n';
    const [ratio, p] = new Analyzer().analyze(text, 'markdown').figures;
    expect(figureHover(ratio)).toContain('**Statistic:** hazard ratio');
    expect(figureHover(p)).toContain('**Statistic:** p-value');
    expect(figureHover(new Analyzer().analyze('About 40 tonnes arrived.\n', 'markdown').figures[0])).not.toContain('**Statistic:**');
  });

  it('says each figure\'s qualifier once ("at least (at least)", "range (range)")', () => {
    const text = 'The Tarnby ferry line sent at least 40 ships, up to 12 tugs, more than 300 crew and about 30 boats for 5 to 9 days.\n';
    const qualifiers = new Analyzer().analyze(text, 'markdown').figures.map((f) => figureHover(f).split('  \n').find((l) => l.startsWith('**Qualifier:**')));
    expect(qualifiers).toEqual([
      '**Qualifier:** at least (lower bound, inclusive)',
      '**Qualifier:** at most (upper bound, inclusive)',
      '**Qualifier:** more than (lower bound)',
      '**Qualifier:** approximately',
      '**Qualifier:** range',
    ]);
    expect(figureHover(new Analyzer().analyze('The line sent 40 ships.\n', 'markdown').figures[0])).toContain('**Qualifier:** none  \n');
  });

  it('shows a share written as a fraction as one, with its decimals ("0.6666666666666666")', () => {
    const hover = figureHover(new Analyzer().analyze('Two-thirds of the Kessel ferries stayed.\n', 'markdown').figures[0]);
    expect(hover).toContain('_2/3 of Kessel ferries_  \n');
    expect(hover).toContain('**Value:** 2/3 (0.6667)  \n');
    expect(figureHover(new Analyzer().analyze('Women had 0.8 children each.\n', 'markdown').figures[0])).toContain('**Value:** 0.8  \n');
    expect(figureHover(new Analyzer().analyze('Between a third and a half of the Kessel crews left.\n', 'markdown').figures[0])).toContain('**Value:** 1/3 (0.3333) to 1/2 (0.5)  \n');
  });

  it('shows an annotation whose sidecar leaves out "modified" (the hover request failed on a hand-written sidecar)', () => {
    const annotation = {
      id: 'a1', kind: 'figure', status: 'disputed', sources: [], note: 'Port notice says 4,620.',
      target: { selector: [{ type: 'TextQuoteSelector', exact: '4,500', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 5 }] },
    } as unknown as Annotation;
    const args = { uri: 'file:///story.md', version: 1, start: 0, end: 5, kind: 'figure' as const };
    const hover = annotationHover({ annotation, anchor: { start: 0, end: 5, method: 'position', score: 1 }, currentText: '4,500', drift: false }, args);
    expect(hover).toContain('**Status:** Disputed');
    expect(hover).not.toContain('_Changed');
    expect(annotationHover({ annotation: { ...annotation, author: 'night desk' }, anchor: null, currentText: null, drift: false }, args)).toContain('_Changed by night desk_');
  });
});
