import { expect } from 'vitest';
import { Analyzer } from '../analyze.js';
import { tokenize } from '../tokens.js';
import type { Attribution, AttributionType, DocumentKind, Span } from '../types.js';
import { findAttributions, resolveAttributions } from './index.js';

/** An expected attribution, its spans given as the text they cover; fields left out are not compared. */
export interface ExpectedAttribution {
  /** The cue's text; null for a quotation with no cue. */
  cue: string | null;
  source?: string | null;
  content: string;
  type?: AttributionType;
  speaker?: string | null;
  role?: string;
  organisation?: string;
  anonymous?: boolean;
}

const analyzer = new Analyzer();

/**
 * The attribution pipeline exactly as `Analyzer.analyze` runs it (blocks, per-block pass shifted
 * to document offsets, article-level pass), without the figure and claim engines, so that these
 * tests fail only for attribution reasons.
 */
export function attributionsOf(text: string, kind: DocumentKind = 'plaintext'): Attribution[] {
  const all: Attribution[] = [];
  for (const block of analyzer.blocks(text, kind)) {
    const shift = (s: Span): Span => ({ start: s.start + block.start, end: s.end + block.start });
    for (const a of findAttributions({ text: block.text, sentences: tokenize(block.text) })) {
      all.push({ ...a, cue: shift(a.cue), source: a.source ? shift(a.source) : null, content: shift(a.content) });
    }
  }
  return resolveAttributions(text, all);
}

/**
 * The one attribution test helper: the attributions found in `text` must be exactly `expected`,
 * in document order of their content, each span covering exactly the given text.
 */
export function checkAttributions(text: string, expected: ExpectedAttribution[], kind: DocumentKind = 'plaintext'): Attribution[] {
  const found = attributionsOf(text, kind);
  const slice = (s: Span | null) => (s ? text.slice(s.start, s.end) : null);
  const actual = found.map((a) => ({
    cue: a.cue.end > a.cue.start ? slice(a.cue) : null,
    source: slice(a.source),
    content: slice(a.content),
    type: a.type,
    speaker: a.speaker,
    role: a.role,
    organisation: a.organisation,
    anonymous: a.anonymous ?? false,
  }));
  expect(actual.map((a) => [a.cue, a.content])).toEqual(expected.map((e) => [e.cue, e.content]));
  expected.forEach((fields, index) => {
    expect(actual[index], `attribution ${index} (${fields.content})`).toMatchObject(fields);
  });
  return found;
}
