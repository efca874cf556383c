import { describe, expect, it } from 'vitest';
import { encodeMessage, madeOfRuns, prepareEncoding, type DiagnosticRuns } from './messageEncoder.js';

function diagnostic(line: number, message: string) {
  return {
    range: { start: { line, character: 3 }, end: { line, character: 12 } },
    severity: 3,
    code: 'figure.unchecked',
    source: 'factcheck',
    message,
    data: { kind: 'figure' },
  };
}

function publish(uri: string, version: number, diagnostics: unknown[]) {
  return { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } };
}

describe('encodeMessage', () => {
  it('writes a publishDiagnostics notification exactly as JSON.stringify does, non-ASCII text included', () => {
    const message = publish('file:///news/ceasefire.md', 7, [diagnostic(0, 'Figure: €4.2bn — unchecked'), diagnostic(4, 'Figure: 13,000 people « exact »')]);
    expect(encodeMessage(message).toString('utf8')).toBe(JSON.stringify(message));
  });

  it('writes other messages and an empty diagnostics list as JSON.stringify does', () => {
    const request = { jsonrpc: '2.0', id: 3, method: 'workspace/configuration', params: { items: [{ section: 'factcheck' }] } };
    expect(encodeMessage(request).toString('utf8')).toBe(JSON.stringify(request));
    const cleared = publish('file:///news/a.md', 2, []);
    expect(encodeMessage(cleared).toString('utf8')).toBe(JSON.stringify(cleared));
  });

  it('reuses the JSON of a diagnostic published again and writes a new diagnostic afresh', () => {
    const kept = diagnostic(1, 'Figure: 3.5% — unchecked');
    encodeMessage(publish('file:///a.md', 1, [kept]));
    const moved = { ...kept, range: { start: { line: 2, character: 3 }, end: { line: 2, character: 12 } } };
    const next = publish('file:///a.md', 2, [kept, moved, null]);
    expect(encodeMessage(next).toString('utf8')).toBe(JSON.stringify(next));
  });

  it('places the diagnostics correctly when the document URI spells the placeholder', () => {
    const message = publish('file:///%00factcheck:diagnostics%00/\u0000factcheck:diagnostics\u0000.md', 1, [diagnostic(0, 'x')]);
    expect(encodeMessage(message).toString('utf8')).toBe(JSON.stringify(message));
  });

  it('writes runs of kept lists, and diagnostics between them, as JSON.stringify does', async () => {
    const first = [diagnostic(0, 'Figure: £3m — unchecked'), diagnostic(1, 'Figure: 40 tonnes'), diagnostic(2, 'Figure: 7%')];
    const second = [diagnostic(5, 'Check-worthy claim « naïve »')];
    const between = diagnostic(1, 'Quote with no identifiable speaker');
    const made = () => {
      const diagnostics = [first[0], between, first[1], first[2], second[0], diagnostic(9, 'Unnamed source')];
      const runs: DiagnosticRuns = { lists: [first, undefined, first, second, undefined], from: [0, 0, 1, 0, 0], to: [1, 0, 3, 1, 0] };
      madeOfRuns(diagnostics, runs);
      return diagnostics;
    };
    const diagnostics = made();
    await prepareEncoding(diagnostics, { due: () => false, yield: async () => {} });
    const message = publish('file:///a.md', 1, diagnostics);
    expect(encodeMessage(message).toString('utf8')).toBe(JSON.stringify(message));
    // The same lists in a later publish, the first list whole this time.
    const whole = [...first, second[0]];
    madeOfRuns(whole, { lists: [first, second], from: [0, 0], to: [3, 1] });
    expect(encodeMessage(publish('file:///a.md', 2, whole)).toString('utf8')).toBe(JSON.stringify(publish('file:///a.md', 2, whole)));
    // An array changed after it was made is written one by one.
    const changed = made();
    changed.unshift(diagnostic(0, 'The sidecar file is not valid JSON'));
    expect(encodeMessage(publish('file:///a.md', 3, changed)).toString('utf8')).toBe(JSON.stringify(publish('file:///a.md', 3, changed)));
    const replaced = made();
    replaced[2] = diagnostic(1, 'Figure: 41 tonnes');
    expect(encodeMessage(publish('file:///a.md', 5, replaced)).toString('utf8')).toBe(JSON.stringify(publish('file:///a.md', 5, replaced)));
    const added = made();
    added.push(diagnostic(12, 'Figure: 5 — contradicted'));
    expect(encodeMessage(publish('file:///a.md', 4, added)).toString('utf8')).toBe(JSON.stringify(publish('file:///a.md', 4, added)));
  });

  it('writes diagnostics ahead in slices, yielding when a slice is used up, and publishes the same bytes', async () => {
    const diagnostics = Array.from({ length: 200 }, (_, i) => diagnostic(i, `Figure: ${i} people — unchecked`));
    let yields = 0;
    await prepareEncoding(diagnostics, { due: () => true, yield: async () => void yields++ });
    // The clock is asked once every 64 diagnostics.
    expect(yields).toBe(3);
    const message = publish('file:///a.md', 1, diagnostics);
    expect(encodeMessage(message).toString('utf8')).toBe(JSON.stringify(message));
  });
});
