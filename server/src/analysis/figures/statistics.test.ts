import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze.js';
import { checkArticle } from '../../verify/article.js';
import { describeFigure } from './describe.js';
import { figureMessage } from '../problems.js';
import { markStatistics } from './statistics.js';

/** Each figure of a sentence as its text and the statistic it is, if any. */
function statistics(text: string): Array<[string, string | undefined]> {
  return analyzeText(text, 'plaintext').figures.map((f) => [f.text, f.statistic]);
}

describe('statistics of studies', () => {
  it('reads a ratio, its confidence interval and level, and the p-value', () => {
    expect(statistics('Heart attacks fell, a hazard ratio of 0.80 (95% CI 0.69-0.93; p=0.003).')).toEqual([
      ['0.80', 'hazard-ratio'],
      ['95%', 'confidence-level'],
      ['0.69-0.93', 'confidence-interval'],
      ['p=0.003', 'p-value'],
    ]);
    expect(statistics('Strokes were no rarer (HR 0.91, 95% CI 0.78-1.06).').map(([, s]) => s)).toEqual(['hazard-ratio', 'confidence-level', 'confidence-interval']);
    expect(statistics('The odds ratio was 1.4 (95% confidence interval 1.1 to 1.9), with a relative risk of 0.7.').map(([, s]) => s)).toEqual([
      'odds-ratio', 'confidence-level', 'confidence-interval', 'risk-ratio',
    ]);
  });

  it('reads p-values with their sign as a bound', () => {
    const figures = analyzeText('The gap was significant (p < 0.001), the other not (P = .04 and a p-value of 0.2).', 'plaintext').figures;
    expect(figures.map((f) => [f.text, f.value, f.approx, f.statistic])).toEqual([
      ['p < 0.001', 0.001, 'less-than', 'p-value'],
      ['P = .04', 0.04, 'exact', 'p-value'],
      ['p-value of 0.2', 0.2, 'exact', 'p-value'],
    ]);
  });

  it('leaves alone numbers that only stand near such words', () => {
    expect(statistics('He won 95% of the vote in a ratio of 3 to 1, on p. 12, and the risk grew to 40 cases.').map(([, s]) => s)).toEqual([undefined, undefined, undefined]);
    expect(statistics('Turnout was 95% in the CI region.')).toEqual([['95%', undefined]]);
  });

  it('names the statistic in the hover', () => {
    const figures = analyzeText('It had a hazard ratio of 0.80 (95% CI 0.69-0.93; p=0.003).', 'plaintext').figures;
    expect(figures.map(describeFigure)).toEqual(['0.8 (hazard ratio)', '95% (confidence level)', '0.69 to 0.93 (confidence interval, range)', '0.003 (p-value)']);
  });

  it('names the statistic in the figure\'s diagnostic', () => {
    const figures = analyzeText('It had a hazard ratio of 0.80 (95% CI 0.69-0.93; p < 0.001).', 'plaintext').figures;
    expect(figures.map(figureMessage)).toEqual([
      'Figure: 0.80 — unchecked (hazard ratio, 0.8, exact)',
      'Figure: 95% — unchecked (confidence level, 95 %, exact)',
      'Figure: 0.69-0.93 — unchecked (confidence interval, 0.69–0.93, range)',
      'Figure: p < 0.001 — unchecked (p-value, 0.001, upper bound)',
    ]);
  });

  it('keeps the statistics out of the article\'s checks of counts and shares', () => {
    // Read as a share, "95%" was 40 of 400 and 52 of 400 done wrong.
    const text = 'Of the 400 patients who took the drug, 40 had a heart attack, against 52 of 400 on placebo, a relative risk of 0.77 (95% CI 0.52-1.13).\n';
    expect(checkArticle(text, analyzeText(text, 'plaintext'))).toEqual([]);
  });

  it('searches each sentence of a long paragraph only, not the rest of the paragraph (a long paragraph was quadratic)', () => {
    const sentence = 'The port handled 4,200 ships on the day. ';
    const text = sentence.repeat(25_000);
    const started = performance.now();
    for (let start = 0; start < 2_000 * sentence.length; start += sentence.length) markStatistics([], text, start, start + sentence.length - 1);
    // Reading the million characters after each of 2,000 sentences took seconds; the sentences alone take milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
    const withRatio = sentence.repeat(3) + 'The odds ratio was 1.4 (p=0.02). ' + sentence.repeat(3);
    const at = withRatio.indexOf('The odds');
    expect(markStatistics([], withRatio, at, withRatio.indexOf(')', at) + 2).map((f) => f.text)).toEqual(['p=0.02']);
    expect(markStatistics([], withRatio, 0, sentence.length - 1)).toEqual([]);
  });
});
