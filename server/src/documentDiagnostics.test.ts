import fc from 'fast-check';
import { fraction } from './analysis/testing/arbitraries.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { Analyzer } from './analysis/analyze.js';
import { defaultSeverities, type SeveritySettings } from './analysis/problems.js';
import type { DocumentKind } from './analysis/types.js';
import { placeAll } from './annotations/anchor.js';
import { setNote, setStatus } from './annotations/ops.js';
import { annotatedProblems } from './annotations/problems.js';
import { emptySidecar } from './annotations/sidecar.js';
import { toDiagnostic } from './diagnostics.js';
import { documentDiagnostics, prepareDocumentDiagnostics } from './documentDiagnostics.js';
import { DocumentStates } from './documentState.js';
import { encodeMessage } from './messageEncoder.js';
import { LineIndex } from './positions.js';

const options = { claimThreshold: 0.5 };
// A dateline that dates the relative dates below, speakers met again later ("Smith", "he", "the
// minister"), a quotation running on into the next paragraph, a quotation nobody is named as saying
// (its problem has the span of its sentence's claim), CRLF line ends and a code fence.
const base = [
  'LONDON, March 3, 2014 - On Thursday, more than 13,000 people fled, said John Smith, a foreign minister.',
  '"We cannot stay," Smith said. He added that 40 tonnes of aid arrived last month.',
  '"It is hard for everyone.\r\n\r\n"Very hard," officials said, as the minister left seven years ago.',
  '"Prices rose 45% to $3bn, the highest ever."',
  '```\n99 code\n```',
  '# Title 2014',
  'The last 13,000 people, a source said. Prices rose 3% in the 1990s.\n',
].join('\n\n');

function reference(text: string, kind: DocumentKind, placed: ReturnType<typeof placeAll>, severities: SeveritySettings) {
  const lines = new LineIndex(text);
  return annotatedProblems(new Analyzer().analyze(text, kind, options), placed, severities, 'a.factcheck.json', text).map((p) => toDiagnostic(p, lines));
}

function edit(document: TextDocument, start: number, end: number, text: string): TextDocument {
  const range = { start: document.positionAt(start), end: document.positionAt(end) };
  return TextDocument.update(document, [{ range, text }], document.version + 1);
}

describe('documentDiagnostics', () => {
  const sidecar = emptySidecar('a.md');
  const actor = { now: '2026-01-01T00:00:00Z' };
  const at = (needle: string) => ({ text: base, start: base.indexOf(needle), end: base.indexOf(needle) + needle.length });
  setStatus(sidecar, { ...at('more than 13,000 people'), kind: 'figure' }, 'false', actor);
  setStatus(sidecar, { ...at('40 tonnes'), kind: 'figure' }, 'unchecked', actor);
  setNote(sidecar, { ...at('Prices rose'), kind: 'text' }, 'Check the index.', actor);
  const severities: SeveritySettings[] = [defaultSeverities, { ...defaultSeverities, figure: 'warning', claim: 'off', incomplete: 'hint' }];

  it('equals the diagnostics of a fresh analysis under random edits, with and without annotations', async () => {
    const editArb = fc.record({
      at: fraction(),
      length: fc.nat({ max: 30 }),
      insert: fc.stringOf(fc.constantFrom('a', ' ', '1', ',', '.', '"', '\n', '\n\n', '\r\n', '```', '# ', 'people ', '13,000 ', 'Smith said ', ' he said', 'on Friday '), { maxLength: 6 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<DocumentKind>('markdown', 'plaintext'), fc.constantFrom(0, 1), fc.boolean(), fc.array(editArb, { maxLength: 8 }), async (kind, severity, annotated, steps) => {
        const states = new DocumentStates(new Analyzer());
        let document = TextDocument.create('file:///r.md', kind, 1, base);
        for (let i = 0; i <= steps.length; i++) {
          if (i > 0) {
            const step = steps[i - 1];
            const length = document.getText().length;
            const start = Math.floor(step.at * length);
            document = edit(document, start, Math.min(length, start + step.length), step.insert);
          }
          const state = await states.analyse(document, kind, options);
          const text = document.getText();
          const placed = annotated ? placeAll(text, sidecar.annotations) : [];
          const diagnostics = documentDiagnostics(state, placed, severities[severity], 'a.factcheck.json');
          expect(diagnostics).toEqual(reference(text, kind, placed, severities[severity]));
          // Written from the chunks' kept JSON, in runs: the bytes JSON.stringify writes.
          const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: document.uri, version: document.version, diagnostics } };
          expect(encodeMessage(message).toString('utf8')).toBe(JSON.stringify(message));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('reuses the diagnostics of chunks an edit did not touch, moved when lines were added above them', async () => {
    const states = new DocumentStates(new Analyzer());
    let document = TextDocument.create('file:///m.md', 'markdown', 1, base);
    const before = documentDiagnostics(await states.analyse(document, 'markdown', options), [], defaultSeverities, 'x');
    const last = before.at(-1)!;
    document = edit(document, base.indexOf('40 tonnes'), base.indexOf('40 tonnes') + 2, '41');
    const typed = documentDiagnostics(await states.analyse(document, 'markdown', options), [], defaultSeverities, 'x');
    expect(typed.at(-1)).toBe(last);
    document = edit(document, 0, 0, 'A new line.\n');
    const moved = documentDiagnostics(await states.analyse(document, 'markdown', options), [], defaultSeverities, 'x');
    expect(moved.at(-1)!.range.start.line).toBe(last.range.start.line + 1);
    expect(moved).toEqual(reference(document.getText(), 'markdown', [], defaultSeverities));
  });

  it('reuses the diagnostic of an attribution problem that says the same after an edit, and makes one that moved', async () => {
    const states = new DocumentStates(new Analyzer());
    let document = TextDocument.create('file:///s.md', 'markdown', 1, base);
    const anonymous = (list: ReturnType<typeof documentDiagnostics>) => list.filter((d) => d.code === 'attribution.anonymous');
    const before = anonymous(documentDiagnostics(await states.analyse(document, 'markdown', options), [], defaultSeverities, 'x'));
    expect(before.length).toBeGreaterThan(0);
    // An edit after every anonymous source leaves their problems as they were: the same objects, written once.
    document = edit(document, base.length - 1, base.length - 1, ' More rain fell.');
    const typed = anonymous(documentDiagnostics(await states.analyse(document, 'markdown', options), [], defaultSeverities, 'x'));
    typed.forEach((d, i) => expect(d).toBe(before[i]));
    // A line added above moves them: new objects, where a fresh analysis puts them.
    document = edit(document, 0, 0, 'A new line.\n');
    const moved = documentDiagnostics(await states.analyse(document, 'markdown', options), [], defaultSeverities, 'x');
    expect(anonymous(moved)[0]).not.toBe(before[0]);
    expect(moved).toEqual(reference(document.getText(), 'markdown', [], defaultSeverities));
  });

  it("prepares every chunk's diagnostics in slices, yielding when a slice is used up, with the same result", async () => {
    const states = new DocumentStates(new Analyzer());
    const document = TextDocument.create('file:///p.md', 'markdown', 1, base);
    const state = await states.analyse(document, 'markdown', options);
    let yields = 0;
    await prepareDocumentDiagnostics(state, defaultSeverities, { due: () => true, yield: async () => void yields++ });
    expect(yields).toBe(state.chunks.length);
    const prepared = documentDiagnostics(state, [], defaultSeverities, 'x');
    expect(prepared).toEqual(reference(base, 'markdown', [], defaultSeverities));
    // Prepared means made: publishing again hands out the same objects.
    expect(documentDiagnostics(state, [], defaultSeverities, 'x')[0]).toBe(prepared[0]);
  });
});
