import { describe, expect, it } from 'vitest';
import { analyzeText } from './analysis/analyze.js';
import { LineIndex } from './positions.js';
import { speakerSymbols } from './symbols.js';

/** The outline of a plain-text article: each group's name and its children's names. */
function outline(text: string) {
  return speakerSymbols(analyzeText(text, 'plaintext').attributions, text, new LineIndex(text)).map((g) => [g.name, (g.children ?? []).map((c) => c.name)]);
}

describe('the speakers outline', () => {
  it("lists one statement per cue: a passive's subject and its infinitive are one entry", () => {
    expect(outline('The army is expected to grow by a third, officials said.\n')).toEqual([
      ['unattributed', ['The army … to grow by a third']],
      ['anonymous', ['The army is expected to grow by a third']],
    ]);
  });

  it('keeps a quotation continued after its cue as its own entry', () => {
    expect(outline('"We will stay," Ana Lima said. "We have no choice."\n')).toEqual([['Ana Lima', ['"We will stay,"', '"We have no choice."']]]);
  });

  it('keeps two statements with two cues apart', () => {
    const groups = outline('"We will stay," Ana Lima said. "We have no choice," she added.\\n');
    expect(groups).toEqual([['Ana Lima', ['"We will stay,"', '"We have no choice,"']]]);
  });
  it('groups unnamed speakers on the record for an organisation under it', () => {
    expect(outline('NATO defence ministers agreed on Thursday to raise spending. A senior official said talks were tense.\n')).toEqual([
      ['NATO', ['to raise spending']],
      ['anonymous', ['talks were tense']],
    ]);
  });
});
