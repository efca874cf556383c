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
  return resolveAttributions(text, unresolvedAttributionsOf(text, kind));
}

/** The attributions `attributionsOf` gives the article-level pass: the per-block pass's, at document offsets. */
export function unresolvedAttributionsOf(text: string, kind: DocumentKind = 'plaintext'): Attribution[] {
  const all: Attribution[] = [];
  for (const block of analyzer.blocks(text, kind)) {
    const shift = (s: Span): Span => ({ start: s.start + block.start, end: s.end + block.start });
    for (const a of findAttributions({ text: block.text, sentences: tokenize(block.text) })) {
      all.push({ ...a, cue: shift(a.cue), source: a.source ? shift(a.source) : null, content: shift(a.content) });
    }
  }
  return all;
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

/**
 * A long article of news paragraphs whose speakers recur: named people met again by surname, title
 * and pronoun, organisations described ("the company"), unnamed sources, quotations that run on into
 * the next paragraph. Long enough that a run saves the speaker loop's state well before an edit.
 */
export function longArticle(paragraphCount = 800): string {
  const people = [['Anna', 'Lind', 'Ms'], ['Tomas', 'Berg', 'Mr'], ['Ruth', 'Okafor', 'Ms'], ['Pavel', 'Novak', 'Mr'], ['Sara', 'Holm', 'Ms'], ['Lars', 'Eide', 'Mr']];
  const bodies = ['Nordvik Shipping', 'Tarvik Group', 'Westbury Council', 'the University of Leeds'];
  const paragraphs: string[] = [];
  for (let i = 0; i < paragraphCount; i++) {
    const [first, last, title] = people[(i * 7) % people.length];
    const body = bodies[i % bodies.length];
    const pick = [
      `${first} ${last}, a spokeswoman for ${body}, said ${i + 3} ships were delayed at the port.`,
      `"We will not wait," ${title} ${last} said. "The berths are full.`,
      `"It is hard," ${last} told reporters after the meeting in Tallinn.`,
      `${i % 2 ? 'He' : 'She'} said the deal agreed in March was fair to both sides.`,
      `The company said profits rose ${i % 9}% to $3.2bn in the first quarter.`,
      `Officials said more than 4,500 people were moved from the valley.`,
      `Rain fell on ${i % 28} days in May and the roads into the valley were closed.`,
      `A consultant surgeon, who spoke on condition of anonymity, said the wards were full.`,
      `The researchers said the data from ${body} were early. ${first} ${last} won the regional prize in ${2000 + (i % 20)}.`,
      `The council said it would meet again. Its chief executive, ${first} ${last}, said nothing.`,
    ];
    paragraphs.push(pick[(i * 3 + (i >> 2)) % pick.length]);
  }
  return paragraphs.join('\n\n') + '\n';
}
