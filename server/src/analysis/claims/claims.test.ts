import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze.js';
import { tokenize } from '../tokens.js';
import { defaultAnalysisOptions, type Attribution, type Figure } from '../types.js';
import { describeClaim, scoreSentence } from './index.js';
import { hash, negativeCues, positiveCues, sentenceFeatures, wordForms } from './features.js';
import { loadModel, scoreWith, type ModelFile } from './model.js';
import { weights } from './weights.js';

/** Scores a text holding one sentence, with the figures and attributions given (none by default). */
function score(text: string, figures: Figure[] = [], attributions: Attribution[] = []) {
  const sentences = tokenize(text);
  expect(sentences).toHaveLength(1);
  return scoreSentence({ text, sentence: sentences[0], figures, attributions });
}

describe('claim reasons', () => {
  const cases: Array<[string, string]> = [
    ['figure', 'The charity handed out 12,000 food parcels across the county.'],
    ['comparison', 'Rents in the capital are now higher than in any other region of the country.'],
    ['superlative', 'It was the deadliest flood the province has ever recorded.'],
    ['causal', 'The closure of the steel plant led to hundreds of job losses.'],
    ['attributed', 'According to the health ministry, hospital admissions have doubled.'],
    ['actor-action', 'The senator voted against the spending bill.'],
    ['dated-event', 'The governor signed the law in June 2019.'],
    ['quantity-change', 'Exports to the region fell sharply.'],
    ['prediction', 'The central bank forecast that inflation would ease next year.'],
  ];

  it.each(cases)('reports %s', (reason, text) => {
    expect(score(text).reasons).toContain(reason);
  });

  it('covers every positive cue', () => {
    expect(cases.map(([reason]) => reason).sort()).toEqual([...positiveCues].sort());
  });

  it('does not report a reason that is absent', () => {
    const { reasons } = score('The senator voted against the spending bill.');
    expect(reasons).not.toContain('figure');
    expect(reasons).not.toContain('superlative');
    expect(reasons).not.toContain('prediction');
  });

  it('never reports a negative cue as a reason', () => {
    const { reasons } = score('I think, frankly, that you might be wrong about this?');
    for (const cue of negativeCues) expect(reasons).not.toContain(cue);
  });

  it('lists the strongest reason first', () => {
    const { reasons } = score('Unemployment rose to 7.4% last quarter, the highest level in a decade.');
    const weightOf = (id: string) => weights.cues[id as keyof typeof weights.cues] ?? 0;
    expect(reasons.length).toBeGreaterThan(2);
    for (let i = 1; i < reasons.length; i++) expect(weightOf(reasons[i - 1])).toBeGreaterThanOrEqual(weightOf(reasons[i]));
  });
});

describe('claim scores', () => {
  it('scores factual news sentences as check-worthy', () => {
    for (const text of [
      'The city council approved a budget of $4.5 million for road repairs.',
      'Unemployment in the region rose to 7.4% last quarter, the highest level since 2015.',
      'Police arrested three men on Tuesday.',
      'It was the deadliest flood the province has ever recorded.',
    ]) {
      expect(score(text).score, text).toBeGreaterThanOrEqual(0.5);
    }
  });

  it.each([
    ['opinion', 'I think this is a wonderful town to raise a family.'],
    ['question', 'What should the government do next?'],
    ['hedge', 'Maybe things will get better, perhaps not.'],
    ['rhetoric', 'Thank you all for coming tonight!'],
    ['exhortation', 'We need to come together as a community.'],
  ])('scores %s low', (_kind, text) => {
    expect(score(text).score).toBeLessThan(0.2);
  });

  it('ranks a stated figure above the same topic as an opinion', () => {
    const fact = score('The county closed 14 libraries last year.');
    const opinion = score('I believe our libraries deserve better.');
    expect(fact.score).toBeGreaterThan(opinion.score + 0.3);
  });

  it('lowers the score of a claim turned into a question', () => {
    expect(score('Did the county close 14 libraries last year?').score).toBeLessThan(score('The county closed 14 libraries last year.').score);
  });

  it('keeps every score within 0..1 and gives the same answer twice', () => {
    for (const text of ['Yes.', 'The bridge cost $2 billion, twice the estimate, and opened three years late in 2021.', '?']) {
      for (const sentence of tokenize(text)) {
        const a = scoreSentence({ text, sentence, figures: [], attributions: [] });
        const b = scoreSentence({ text, sentence, figures: [], attributions: [] });
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(1);
        expect(b).toEqual(a);
      }
    }
  });
});

describe('figures and attributions from the other passes', () => {
  const text = 'The tower is fourteen storeys tall.';
  const figure: Figure = { start: 13, end: 30, text: 'fourteen storeys', kind: 'count', value: 14, unit: 'storeys', approx: 'exact' };

  it('adds the figure reason when the figure pass found one the lexicon misses', () => {
    expect(score(text).reasons).not.toContain('figure');
    const withFigure = score(text, [figure]);
    expect(withFigure.reasons).toContain('figure');
    expect(withFigure.score).toBeGreaterThan(score(text).score);
  });

  it('adds dated-event for a date figure', () => {
    const plain = 'The vote took place on the feast of Saint Lucy.';
    const date: Figure = { start: 23, end: 46, text: 'the feast of Saint Lucy', kind: 'date', value: null, unit: 'day', approx: 'exact' };
    expect(score(plain).reasons).not.toContain('dated-event');
    expect(score(plain, [date]).reasons).toContain('dated-event');
  });

  it('adds the attributed reason for an attribution', () => {
    const quoted = 'The plan is dead, the minister insisted.';
    const attribution: Attribution = { cue: { start: 30, end: 38 }, source: { start: 18, end: 29 }, content: { start: 0, end: 16 }, type: 'indirect', speaker: null };
    expect(score(quoted).reasons).not.toContain('attributed');
    expect(score(quoted, [], [attribution]).reasons).toContain('attributed');
  });
});

describe('describeClaim', () => {
  it('gives the reasons in words, in order', () => {
    const d = describeClaim({ score: 0.82, reasons: ['figure', 'prediction'] });
    expect(d.reasons).toEqual(['States a figure', 'Makes a prediction']);
    expect(d.title).toBe('Check-worthy claim (score 0.82)');
  });

  it('words every positive cue', () => {
    for (const cue of positiveCues) expect(describeClaim({ score: 1, reasons: [cue] }).reasons[0]).not.toBe(cue);
  });

  it('says when a sentence is below the threshold and passes unknown ids through', () => {
    const d = describeClaim({ score: 0.3, reasons: ['something-new'] }, 0.4);
    expect(d.title).toBe('Probably not worth checking (score 0.30)');
    expect(d.reasons).toEqual(['something-new']);
  });
});

describe('features', () => {
  it('hashes with FNV-1a', () => {
    expect(hash('')).toBe(0x811c9dc5);
    expect(hash('a')).toBe(0xe40c292c);
  });

  it('turns numbers into shapes and keeps only telling punctuation', () => {
    const [sentence] = tokenize('In 2019, 13,000 people paid 4.5% more; why?');
    expect(wordForms(sentence.tokens)).toEqual(['in', '<year>', '<big>', 'people', 'paid', '<dec>', '%', 'more', ';', 'why', '?']);
  });

  it('marks a sentence that opens with a command', () => {
    const cuesOf = (text: string) => sentenceFeatures({ text, sentence: tokenize(text)[0], figures: [], attributions: [] }, 10).cues;
    expect(cuesOf('Click here to subscribe to our newsletter.')).toContain('imperative');
    expect(cuesOf('The mayor told residents to stay at home.')).not.toContain('imperative');
  });

  it('puts every n-gram inside the table', () => {
    const [sentence] = tokenize('The port handled 1.2 million containers in 2023.');
    const { buckets } = sentenceFeatures({ text: 'The port handled 1.2 million containers in 2023.', sentence, figures: [], attributions: [] }, 10);
    expect(buckets.length).toBeGreaterThan(10);
    for (const b of buckets) expect(b >= 0 && b < 1024).toBe(true);
  });
});

describe('model file', () => {
  const tiny = (bytes: number[]): ModelFile => ({
    format: 1,
    hashBits: 1,
    bias: 0,
    cues: { figure: 2 },
    hashScale: 0.5,
    hashed: btoa(String.fromCharCode(...bytes.map((b) => b & 0xff))),
    threshold: 0.5,
  });

  it('decodes signed bytes and keeps the scale', () => {
    const model = loadModel(tiny([4, -2]));
    expect(Array.from(model.hashed)).toEqual([4, -2]);
    expect(model.hashScale).toBe(0.5);
  });

  it('rejects a table of the wrong size', () => {
    expect(() => loadModel(tiny([1, 2, 3]))).toThrow(/expected 2 hashed weights/);
  });

  it('adds each distinct bucket once', () => {
    const text = 'no no no';
    const [sentence] = tokenize(text);
    const zero = loadModel({ ...tiny([0, 0]), cues: {} });
    expect(scoreWith(zero, { text, sentence, figures: [], attributions: [] }).score).toBeCloseTo(0.5);
    const ones = loadModel({ ...tiny([2, 2]), cues: {} });
    // Two buckets exist, so at most two weights of 1 are added whatever the number of n-grams.
    expect(scoreWith(ones, { text, sentence, figures: [], attributions: [] }).score).toBeLessThanOrEqual(1 / (1 + Math.exp(-2)) + 1e-9);
  });
});

describe('fragments', () => {
  const checkWorthy = (markdown: string) =>
    analyzeText(markdown, 'markdown')
      .claims.filter((c) => c.checkWorthy)
      .map((c) => markdown.slice(c.start, c.end));

  it('does not take headings, bylines, labels or table cells for claims', () => {
    expect(checkWorthy('## The east–west divide\n')).toEqual([]);
    expect(checkWorthy('*By our health correspondent*\n')).toEqual([]);
    expect(checkWorthy('Photo: Reuters\n')).toEqual([]);
    expect(checkWorthy('Updated 14:05 GMT\n')).toEqual([]);
    expect(checkWorthy('| Year | Cases |\n|---|---|\n| 2024 | 14.6 |\n')).toEqual([]);
  });

  it('keeps headlines that state something, with or without a verb the rule can see', () => {
    expect(checkWorthy('## Poland deploys 10,000 troops to the border\n')).toEqual(['Poland deploys 10,000 troops to the border']);
    expect(checkWorthy('# Ferry operator to cut 400 jobs\n')).toEqual(['Ferry operator to cut 400 jobs']);
    // A sentence that ends with a mark is scored by the model alone, however it starts.
    expect(score('The county closed 14 libraries last year.').score).toBeGreaterThan(0.5);
    expect(score('By March the county had closed 14 libraries.').score).toBeGreaterThan(0.5);
  });

  it('lowers a fragment below the same words as a sentence', () => {
    expect(score('The east–west divide').score).toBeLessThan(score('The east–west divide widened.').score);
  });
});

describe('claims in the analysis', () => {
  it('gives one claim per sentence, and only the factual ones are check-worthy', () => {
    const text = 'Thank you for reading. The ferry service carried 2.1 million passengers last year, up from 1.6 million in 2019. What a summer it was!';
    const { claims } = analyzeText(text, 'plaintext');
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual([
      'Thank you for reading.',
      'The ferry service carried 2.1 million passengers last year, up from 1.6 million in 2019.',
      'What a summer it was!',
    ]);
    expect(claims.map((c) => c.checkWorthy)).toEqual([false, true, false]);
    expect(claims[1].reasons).toEqual(expect.arrayContaining(['figure', 'dated-event']));
  });

  it('honours the threshold option', () => {
    const text = 'The ferry service carried 2.1 million passengers last year.';
    expect(analyzeText(text, 'plaintext', { ...defaultAnalysisOptions, claimThreshold: 1 }).claims[0].checkWorthy).toBe(false);
    expect(analyzeText(text, 'plaintext', { ...defaultAnalysisOptions, claimThreshold: 0 }).claims[0].checkWorthy).toBe(true);
  });
});
