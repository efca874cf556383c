import { describe, expect, it } from 'vitest';
// @ts-expect-error The evaluation scripts are plain JavaScript modules without type declarations.
import { annotatorAgreement, parseAnn, scoreDocument } from '../../scripts/eval/attribution.mjs';

// Offsets in the invented text: "Berg said the ferry is late." cue "said" 5-9, source "Berg" 0-4,
// content "the ferry is late" 10-27; "Reed added" cue "added" 34-39.
const text = 'Berg said the ferry is late. Reed added that fares rise.';
const ann = (lines: string[]) => parseAnn(lines.join('\n'));
const first = ann([
  'T1\tCue 5 9\tsaid',
  'T2\tSource 0 4\tBerg',
  'T3\tContent 10 27\tthe ferry is late',
  'E1\tAttribution:T1 Cue:T1 Source:T2 Content:T3',
  'T4\tCue 34 39\tadded',
  'T5\tSource 29 33\tReed',
  'T6\tContent 40 55\tthat fares rise',
  'E2\tAttribution:T4 Cue:T4 Source:T5 Content:T6',
]);
// The second annotator draws the first cue as "said the" and leaves the second report out.
const second = ann([
  'T1\tCue 5 13\tsaid the',
  'T2\tSource 0 4\tBerg',
  'T3\tContent 10 27\tthe ferry is late',
  'E1\tAttribution:T1 Cue:T1 Source:T2 Content:T3',
]);

describe('PolNeAR scoring (scripts/eval/attribution.mjs)', () => {
  it('matches spans exactly after trimming, and counts content tokens', () => {
    const counts = scoreDocument(text, first, second);
    expect(counts.cue).toEqual({ tp: 0, predicted: 2, gold: 1 });
    expect(counts.source).toEqual({ tp: 1, predicted: 2, gold: 1 });
    expect(counts.content).toEqual({ tp: 1, predicted: 2, gold: 1 });
    expect(counts.contentTokens).toEqual({ tp: 4, predicted: 7, gold: 4 });
  });

  it('scores annotator agreement over ordered pairs of the documents that several annotators marked', () => {
    const shared = { name: 'ferry', text, annotations: [first, second] };
    const single = { name: 'alone', text, annotations: [first] };
    const { documents, totals } = annotatorAgreement([shared, single]);
    expect(documents.map((d: { name: string }) => d.name)).toEqual(['ferry']);
    // Both directions: first against second, then second against first.
    expect(totals.source).toEqual({ tp: 2, predicted: 3, gold: 3 });
    expect(totals.cue).toEqual({ tp: 0, predicted: 3, gold: 3 });
  });
});
