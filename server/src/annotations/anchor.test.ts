import fc from 'fast-check';
import { fraction } from '../analysis/testing/arbitraries.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchor, createTarget, hashText, placeAll, similarity } from './anchor.js';
import type { Annotation } from './types.js';

const article = readFileSync('test-fixtures/articles/baltic-border.txt', 'utf8');
const figure = 'more than 13,000 people';

function targetFor(text: string, needle: string) {
  const start = text.indexOf(needle);
  return createTarget(text, start, start + needle.length);
}

function annotation(text: string, needle: string, extra: Partial<Annotation> = {}): Annotation {
  return { id: 'a1', kind: 'figure', status: 'verified', target: targetFor(text, needle), sources: [], created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', ...extra };
}

describe('createTarget', () => {
  it('records the quote with 32 characters of context and the position', () => {
    const target = targetFor(article, figure);
    const [quote, position] = target.selector;
    expect(quote.exact).toBe(figure);
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
    expect(article.slice(position.start, position.end)).toBe(figure);
  });
});

describe('anchor', () => {
  const target = targetFor(article, figure);
  const where = article.indexOf(figure);

  it('keeps the position when it still holds', () => {
    expect(anchor(article, target)).toEqual({ start: where, end: where + figure.length, method: 'position', score: 1 });
  });

  it('finds the quote after a paragraph is inserted above', () => {
    const inserted = 'A new opening paragraph about 12 other things.\n\n' + article;
    const placed = anchor(inserted, target)!;
    expect(placed.method).toBe('quote');
    expect(inserted.slice(placed.start, placed.end)).toBe(figure);
  });

  it('prefers the occurrence with the matching context over a nearer one', () => {
    const text = 'Officials said more than 13,000 people had left. ' + article;
    const placed = anchor(text, target)!;
    expect(placed.start).toBe(text.lastIndexOf(figure));
  });

  it('follows the words when the text around them is rewritten', () => {
    const rewritten = article.replace('Since then the fighting has killed', 'Since that spring, the war has claimed the lives of');
    const placed = anchor(rewritten, target)!;
    expect(rewritten.slice(placed.start, placed.end)).toBe(figure);
  });

  it('places a changed figure fuzzily', () => {
    const changed = article.replace('13,000', '14,000');
    const placed = anchor(changed, target)!;
    expect(placed.method).toBe('fuzzy');
    expect(changed.slice(placed.start, placed.end)).toBe('more than 14,000 people');
  });

  it('makes an orphan when the sentence is gone', () => {
    const sentenceStart = article.lastIndexOf('The dispute began');
    const sentenceEnd = article.indexOf('collapsed.') + 'collapsed.'.length;
    const deleted = article.slice(0, sentenceStart) + article.slice(sentenceEnd);
    expect(anchor(deleted, target)).toBeNull();
  });

  it('never anchors an empty quote', () => {
    expect(anchor(article, createTarget(article, 10, 10))).toBeNull();
  });
});

describe('placeAll', () => {
  it('reports drift when a judged text changed and keeps orphans', () => {
    const verified = annotation(article, figure, { verifiedHash: hashText(figure) });
    const orphan = annotation(article, 'monitoring mission', { id: 'a2', status: 'unchecked' });
    const changed = article.replace('13,000', '14,000').replace('a monitoring mission', 'observers');
    const placed = placeAll(changed, [verified, orphan]);
    expect(placed).toHaveLength(2);
    expect(placed[0]).toMatchObject({ drift: true, currentText: 'more than 14,000 people' });
    expect(placed[1]).toMatchObject({ anchor: null, drift: false, currentText: null });
  });

  it('reports no drift when the judged text is unchanged', () => {
    const verified = annotation(article, figure, { verifiedHash: hashText(figure) });
    expect(placeAll('Intro.\n\n' + article, [verified])[0].drift).toBe(false);
  });
});

describe('similarity', () => {
  it('is 1 for equal strings and falls with edits', () => {
    expect(similarity('13,000', '13,000')).toBe(1);
    expect(similarity('13,000', '14,000')).toBeCloseTo(5 / 6);
    expect(similarity('', '')).toBe(1);
  });
});

/** A random edit: insert, delete or replace somewhere in the text. */
const editArb = fc.record({
  at: fraction(),
  length: fc.nat({ max: 40 }),
  insert: fc.stringOf(fc.constantFrom('a', 'b', ' ', '1', ',', '.', '\n', 'the ', 'people ', '13,000 '), { maxLength: 12 }),
});

describe('property: random edits never lose an annotation', () => {
  it('keeps untouched words anchored on the same words, and anything else placed or orphaned', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 25 }), (edits) => {
        let text = article;
        let target = targetFor(text, figure);
        // Where the annotated words are, tracked through the edits; null once an edit touches them.
        let tracked: number | null = text.indexOf(figure);
        for (const edit of edits) {
          const start = Math.floor(edit.at * text.length);
          const end = Math.min(text.length, start + edit.length);
          text = text.slice(0, start) + edit.insert + text.slice(end);
          if (tracked !== null) {
            if (end <= tracked) tracked += edit.insert.length - (end - start);
            else if (start >= tracked + figure.length) {
              // An edit after the words leaves them where they are.
            } else tracked = null;
          }
          const placed = anchor(text, target);
          if (tracked !== null) {
            expect(placed, 'untouched words must stay anchored').not.toBeNull();
            expect(text.slice(placed!.start, placed!.end)).toBe(figure);
            if (text.indexOf(figure) === text.lastIndexOf(figure)) expect(placed!.start).toBe(tracked);
          }
          // Re-anchor as the server does on save: the target follows the placed words.
          if (placed) target = createTarget(text, placed.start, placed.end);
        }
        expect(placeAll(text, [annotation(article, figure)])).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
