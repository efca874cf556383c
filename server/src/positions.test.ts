import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { LineIndex } from './positions.js';

describe('LineIndex', () => {
  it('gives an offset between the "\\r" and "\\n" of a line break the position before the break, as the editor\'s documents do (regression: an annotation starting there had character 2 in a fresh analysis and 1 in the server\'s)', () => {
    const text = 'Prices rose.\r\na\r\nrices fell.\rEnd\n';
    const lines = new LineIndex(text);
    const document = TextDocument.create('file:///a.md', 'markdown', 1, text);
    for (let offset = 0; offset <= text.length; offset++) expect(lines.positionAt(offset), `offset ${offset}`).toEqual(document.positionAt(offset));
    expect(lines.positionAt(text.indexOf('a\r\n') + 2)).toEqual({ line: 1, character: 1 });
    // Offsets and positions off a line's end still round-trip.
    expect(lines.offsetAt(lines.positionAt(text.indexOf('rices')))).toBe(text.indexOf('rices'));
  });
});
