import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { Analyzer } from './analysis/analyze.js';
import { DocumentStates } from './documentState.js';

// Regression: the analyzer's chunk cache was keyed by `text.slice(...)` of the whole document, and V8
// keeps a slice as a view of its parent string, so every keystroke left one whole copy of the
// article alive in the cache (about 1 MB per keystroke on a 1 MB article, until 20,000 entries).

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe('DocumentStates memory', () => {
  it('does not keep earlier versions of a long article alive through its caches', async () => {
    const fixture = readFileSync('test-fixtures/articles/baltic-border.md', 'utf8');
    // About 1 MB, each copy numbered so that its paragraphs are distinct.
    const parts: string[] = [];
    for (let i = 0; parts.join('').length < 1_000_000; i++) parts.push(`## Report ${i}\n\n${fixture.replace(/\d+/g, (n) => String(Number(n) + i))}\n\n`);
    const article = parts.join('');
    const states = new DocumentStates(new Analyzer());
    let document = TextDocument.create('file:///retention.md', 'markdown', 1, article);
    await states.analyse(document, 'markdown', { claimThreshold: 0.5 });
    let at = article.indexOf('. ', article.length >> 1) + 2;
    const type = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const position = document.positionAt(at++);
        document = TextDocument.update(document, [{ range: { start: position, end: position }, text: 'x' }], document.version + 1);
        await states.analyse(document, 'markdown', { claimThreshold: 0.5 });
      }
    };
    // The first keystrokes fill what the speaker pass keeps between runs (its saved loop states, a
    // few MB however long one types); a leak grows with every keystroke after that.
    await type(5);
    const warmed = heapAfterGc();
    const edits = 20;
    await type(edits);
    const grown = heapAfterGc() - warmed;
    // One retained copy per edit would be 20 MB; what the edits may keep is their own paragraphs.
    expect(grown).toBeLessThan((edits * article.length) / 4);
  }, 60_000);
});
