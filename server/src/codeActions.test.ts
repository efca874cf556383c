import { describe, expect, it } from 'vitest';
import { analyzeText } from './analysis/analyze.js';
import { codeActionsFor } from './codeActions.js';

const text = '"We will not reopen talks until the blockade ends," Harbour Minister Ada Lindqvist said on Friday.';
const analysis = analyzeText(text, 'plaintext');

function titlesAt(start: number, end = start): string[] {
  return codeActionsFor({ uri: 'file:///a.md', version: 3, diagnostics: [], selection: { start, end }, analysis, placed: [], offsetAt: () => 0 }).map((a) => a.title);
}

describe('code actions on attributions', () => {
  it('offers the attribution\'s actions on the speaker, the cue and inside the quotation', () => {
    const expected = ['Attach source… (attribution)', 'Set status… (attribution)', 'Ignore (attribution)'];
    expect(titlesAt(text.indexOf('Lindqvist'))).toEqual(expected);
    expect(titlesAt(text.indexOf('said') + 1)).toEqual(expected);
    expect(titlesAt(text.indexOf('reopen'))).toEqual(expected);
  });

  it('acts on the speaker\'s words, with the document version', () => {
    const [attach] = codeActionsFor({ uri: 'file:///a.md', version: 3, diagnostics: [], selection: { start: 5, end: 5 }, analysis, placed: [], offsetAt: () => 0 });
    const start = text.indexOf('Harbour');
    expect(attach.command!.arguments![0]).toEqual({ uri: 'file:///a.md', version: 3, start, end: text.indexOf(' said'), kind: 'attribution' });
  });

  it('offers only the figure\'s actions on a figure after the attribution, or inside its quotation', () => {
    expect(titlesAt(text.indexOf('Friday'))).toEqual(['Attach source… (figure)', 'Set status… (figure)', 'Ignore (figure)']);
    const quoted = '"More than 4,500 people have left," Ana Lima said.';
    const actions = codeActionsFor({ uri: 'file:///b.md', version: 1, diagnostics: [], selection: { start: 12, end: 12 }, analysis: analyzeText(quoted, 'plaintext'), placed: [], offsetAt: () => 0 });
    expect(actions.map((a) => a.title)).toEqual(['Attach source… (figure)', 'Set status… (figure)', 'Ignore (figure)']);
  });
});
