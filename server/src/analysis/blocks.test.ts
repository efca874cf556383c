import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Analyzer } from './analyze.js';
import { chunkBlocks, isPlainParagraph, plainHeading, plainTable, remarkBlocks } from './blocks.js';
import { splitChunks } from './chunks.js';

function blockTexts(text: string, kind: 'markdown' | 'plaintext' = 'markdown'): string[] {
  return new Analyzer().blocks(text, kind).map((b) => b.text.trim());
}

describe('chunks', () => {
  it('splits on blank lines but keeps fenced code whole', () => {
    const text = 'One.\n\n```\na\n\nb\n```\n\nTwo.';
    expect(splitChunks(text, 'markdown').map((c) => text.slice(c.start, c.end))).toEqual(['One.', '```\na\n\nb\n```', 'Two.']);
  });

  it('marks front matter as skipped', () => {
    const text = '---\ntitle: 12,000 troops\n\ndate: 2021\n---\nBody 5 people.';
    const chunks = splitChunks(text, 'markdown');
    expect(chunks[0]).toMatchObject({ start: 0, skip: true });
    expect(text.slice(chunks[1].start, chunks[1].end)).toBe('Body 5 people.');
  });

  it('treats a leading --- in plain text as text', () => {
    expect(splitChunks('---\nA line.', 'plaintext')).toEqual([{ start: 0, end: 11, skip: false }]);
  });

  it('handles CRLF line endings', () => {
    const text = 'One.\r\n\r\nTwo.\r\n';
    expect(splitChunks(text, 'plaintext').map((c) => text.slice(c.start, c.end))).toEqual(['One.', 'Two.']);
  });
});

describe('Markdown blocks', () => {
  it('analyses paragraphs, headings, list items, blockquotes and table cells', () => {
    const text = '# Head 1\n\nPara.\n\n- item\n\n> quoted\n\n| a | b |\n|---|---|\n| c | d |\n';
    expect(blockTexts(text)).toEqual(['Head 1', 'Para.', 'item', 'quoted', 'a', 'b', 'c', 'd']);
  });

  it('says where a table cell sits, so that its column header can give it a unit', () => {
    const cells = chunkBlocks('| a | b |\n|---|---|\n| c | d |\n', 'markdown').map((b) => b.cell);
    expect(cells).toEqual([
      { table: 0, row: 0, column: 0 },
      { table: 0, row: 0, column: 1 },
      { table: 0, row: 1, column: 0 },
      { table: 0, row: 1, column: 1 },
    ]);
    expect(chunkBlocks('Para.', 'markdown')[0].cell).toBeUndefined();
  });

  it('masks inline code, HTML, link URLs and emphasis markers with spaces of the same length', () => {
    const text = 'See `13 apples` and <b>x</b> [the 12 report](http://x.org/500) **bold**.';
    const [block] = new Analyzer().blocks(text, 'markdown');
    expect(block.text).toHaveLength(text.length);
    expect(block.text).not.toContain('13');
    expect(block.text).not.toContain('500');
    expect(block.text).toContain('the 12 report');
    expect(block.text).not.toContain('*');
    expect(block.text.slice(text.indexOf('bold'), text.indexOf('bold') + 4)).toBe('bold');
  });

  it('masks footnote marks, whose definition may be in another paragraph ("euros[^1]" gave the figure 1)', () => {
    const text = 'Prices are in euros[^1] and rose 4%[^note].\n\n[^1]: At 1.08 dollars.\n';
    const analysis = new Analyzer().analyze(text, 'markdown');
    expect(analysis.figures.map((f) => f.text)).toEqual(['4%', '1.08 dollars']);
  });

  it('masks blockquote markers on continuation lines', () => {
    const text = '> The army massed\n> 100,000 troops.';
    const [block] = new Analyzer().blocks(text, 'markdown');
    expect(block.text).toBe('The army massed\n  100,000 troops.');
    expect(text.slice(block.start, block.end)).toBe('The army massed\n> 100,000 troops.');
  });

  it('skips code blocks', () => {
    expect(blockTexts('Text.\n\n    indented 5 people\n\n```\nfenced 6 people\n```\n')).toEqual(['Text.']);
  });

  it('keeps offsets exact around astral characters and escapes', () => {
    const text = 'Up 😀 \\*5\\* people &amp; more.';
    const [block] = new Analyzer().blocks(text, 'markdown');
    expect(block.text).toHaveLength(text.length);
    expect(block.text.indexOf('5')).toBe(text.indexOf('5'));
  });
});

describe('chunks that skip remark', () => {
  /** The blocks remark gives: an HTML block after the chunk forces the remark path. */
  const viaRemark = (text: string) => chunkBlocks(text + '\n\n<div></div>', 'markdown');

  it('gives remark\'s block for prose with "&", ">", "#" and "!" inside its lines', () => {
    for (const text of [
      'AT&T and M&S said profits rose 5% to £4m!',
      'The index rose from 3 > 2 points, a #1 ranking for the fund.',
      'Officials said 13,000 people fled.\nOthers stayed behind.',
    ]) {
      expect(isPlainParagraph(text), text).toBe(true);
      expect(chunkBlocks(text, 'markdown'), text).toEqual(viaRemark(text));
    }
  });

  it('gives remark\'s block for a one-line heading of plain words', () => {
    for (const text of ['## Troops massed at the border', '# AT&T cuts 5,000 jobs!', '###\tFerry fares rise 4%', '###### A > B']) {
      expect(plainHeading(text), text).not.toBeNull();
      expect(chunkBlocks(text, 'markdown'), text).toEqual(viaRemark(text));
    }
  });

  it('leaves to remark what may be syntax', () => {
    for (const text of ['x &amp; y', 'x &#8212; y', 'a\n# Head', 'a\n> quoted', 'Ends with a space ', '![a chart](c.png)', 'a <b> c']) {
      expect(isPlainParagraph(text), text).toBe(false);
    }
    for (const text of ['## Title ##', '## Title ', '#Title', '  ## Title', '####### Seven', '## *Bold* title', '## Line\nbreak', '## ']) {
      expect(plainHeading(text), text).toBeNull();
    }
    // And remark reads them as it always did.
    expect(blockTexts('## Title ##')).toEqual(['Title']);
  });
});

describe('analyzer cache', () => {
  it('re-analyses only the paragraphs whose text changed', () => {
    const analyzer = new Analyzer();
    const before = 'First 5 people.\n\nSecond 6 people.\n\nThird 7 people.';
    analyzer.analyze(before, 'markdown');
    const parsed = analyzer.stats.blocksAnalysed;
    expect(parsed).toBe(3);
    const after = before.replace('Second 6', 'Second 8');
    const analysis = analyzer.analyze(after, 'markdown');
    expect(analyzer.stats.blocksAnalysed).toBe(4);
    // "First", "Second" and "Third" are ordinals (kind ordinal); the counts are what this test follows.
    const counts = analysis.figures.filter((f) => f.kind !== 'ordinal');
    expect(counts.map((f) => f.text)).toEqual(['5 people', '8 people', '7 people']);
    expect(counts[2].start).toBe(after.indexOf('7 people'));
  });

  it('shifts cached findings to each occurrence of a repeated paragraph', () => {
    const text = 'Over 5 people.\n\nOver 5 people.';
    const analysis = new Analyzer().analyze(text, 'plaintext');
    expect(analysis.figures.map((f) => f.start)).toEqual([0, 16]);
  });
});

describe('plain pipe tables without remark', () => {
  const cell = fc.array(fc.constantFrom('', ' ', '  ', 'Area', '7', '1,200', '3.5', 'Seats', '(GW)', '£bn', '%', '-', ':', 'x y', '*', '\\', '`', '&amp;', '#'), { maxLength: 4 }).map((parts) => parts.join(''));
  const row = (columns: number) => fc.array(cell, { minLength: columns, maxLength: columns }).map((cells) => `|${cells.join('|')}|`);
  const delimiter = (columns: number) => fc.array(fc.constantFrom('---', ':--', '--:', ':-:', ' --- ', '-'), { minLength: columns, maxLength: columns }).map((cells) => `|${cells.join('|')}|`);
  const table = fc.integer({ min: 1, max: 4 }).chain((columns) =>
    fc.tuple(row(columns), delimiter(columns), fc.array(fc.oneof({ weight: 5, arbitrary: row(columns) }, { weight: 1, arbitrary: row(columns + 1) }, { weight: 1, arbitrary: cell }), { maxLength: 5 })).map(([head, delim, rows]) => [head, delim, ...rows].join('\n')),
  );

  it('gives the blocks remark gives, or leaves the table to remark', () => {
    fc.assert(
      fc.property(table, (text) => {
        const fast = plainTable(text);
        if (fast !== null) expect(fast).toEqual(remarkBlocks(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a regular table itself', () => {
    const text = '| Pos | Team | Pts |\n|---|:--|--:|\n| 1 | Riverside United | 70 |\n| 2 |  | 68 |';
    expect(plainTable(text)).not.toBeNull();
    expect(chunkBlocks(text, 'markdown')).toEqual(remarkBlocks(text));
    // Syntax in a cell, or a row with a cell too many: remark decides.
    expect(plainTable(text.replace('Riverside', '**Riverside**'))).toBeNull();
    expect(plainTable(text + '\n| 3 | Castleford | 68 | 1 |')).toBeNull();
  });
});
