import { describe, expect, it } from 'vitest';
import { analyzeText } from './analysis/analyze.js';
import { codeActionsFor } from './codeActions.js';
import { LineIndex } from './positions.js';
import { toDiagnostic } from './diagnostics.js';
import { defaultSeverities, problemsOf } from './analysis/problems.js';

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

describe('the quick fix for a speaker with no role', () => {
  it('offers to treat the speaker as well known, naming them for the client command', () => {
    const said = 'Vladimir Putin said the talks were over.';
    const analysed = analyzeText(said, 'plaintext');
    const lines = new LineIndex(said);
    const diagnostics = problemsOf(analysed, defaultSeverities, said).filter((p) => p.rule === 'attribution.incomplete').map((p) => toDiagnostic(p, lines));
    expect(diagnostics).toHaveLength(1);
    const actions = codeActionsFor({ uri: 'file:///c.md', version: 2, diagnostics, selection: { start: 0, end: 0 }, analysis: analysed, placed: [], offsetAt: (p) => lines.offsetAt(p) });
    const fix = actions.find((a) => a.command?.command === 'factcheck.addWellKnown');
    expect(fix?.title).toBe('Treat “Vladimir Putin” as well known (no role needed)');
    expect(fix?.command?.arguments).toEqual([{ uri: 'file:///c.md', name: 'Vladimir Putin' }]);
  });
});
