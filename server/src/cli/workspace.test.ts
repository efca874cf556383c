import { describe, expect, it } from 'vitest';
import { factcheckSection, parseJsonc } from './workspace.js';

describe('parseJsonc', () => {
  it('drops comments and trailing commas outside strings only', () => {
    expect(parseJsonc('{ "a": "x // not a comment, }", /* c */ "b": [1, 2,], // end\n }')).toEqual({ a: 'x // not a comment, }', b: [1, 2] });
    expect(parseJsonc('{ "q": "say \\"hi\\", }" }')).toEqual({ q: 'say "hi", }' });
  });

  it('still rejects what is not JSON', () => {
    expect(() => parseJsonc('{ "a": }')).toThrow();
    expect(() => parseJsonc('{ /* open')).toThrow('a /* comment is not closed');
  });
});

describe('factcheckSection', () => {
  it('nests flat dotted keys and ignores other extensions', () => {
    expect(factcheckSection({ 'factcheck.severity.figure': 'hint', 'factcheck.debounceMs': 0, 'editor.wordWrap': 'on' })).toEqual({ severity: { figure: 'hint' }, debounceMs: 0 });
  });

  it('accepts a nested factcheck object', () => {
    expect(factcheckSection({ factcheck: { annotations: { folder: 'checks' } } })).toEqual({ annotations: { folder: 'checks' } });
  });

  it('refuses a file that is not an object', () => {
    expect(() => factcheckSection([])).toThrow('expected a JSON object');
  });
});
