import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { Analyzer } from './analysis/analyze.js';
import { DocumentStates } from './documentState.js';

const options = { claimThreshold: 0.5 };

describe('table units in the language server', () => {
  it('gives cells their column header\'s unit, and follows an edit of the header', async () => {
    const states = new DocumentStates(new Analyzer());
    const text = 'Wind output grew.\n\n| Year | Added (GW) |\n|---|---|\n| 2024 | 12.5 |\n| 2025 | 14.1 |\n\nThe grid is full.\n';
    let document = TextDocument.create('file:///tables.md', 'markdown', 1, text);
    const units = async () => {
      const state = await states.analyse(document, 'markdown', options);
      // The incremental state must equal a fresh analysis of the same text.
      expect(state.analysis).toEqual(new Analyzer().analyze(document.getText(), 'markdown', options));
      return state.analysis.figures.filter((f) => f.kind !== 'date').map((f) => `${f.text} ${f.unit}`);
    };
    expect(await units()).toEqual(['12.5 GW', '14.1 GW']);
    const at = document.getText().indexOf('(GW)') + 1;
    document = TextDocument.update(document, [{ range: { start: document.positionAt(at), end: document.positionAt(at + 2) }, text: 'MW' }], 2);
    expect(await units()).toEqual(['12.5 MW', '14.1 MW']);
  });
});
