import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('analysis core invariants', () => {
  it('imports no editor, LSP or network module', () => {
    const forbidden = /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|node:https?|https?|node:net|net|undici)['"]/;
    const offenders = sources(__dirname).filter((file) => forbidden.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps the attribution finder\'s modules in layers: each imports only from the ones before it (ARCHITECTURE.md)', () => {
    const layers = ['block', 'grammar', 'time', 'nounPhrases', 'content', 'subjects', 'toAttribution', 'quotations', 'frames', 'verbCue', 'lexiconCue', 'passes'];
    const dir = join(__dirname, 'attributions', 'finder');
    const modules = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).map((name) => name.slice(0, -3));
    // A new module must be given its place in the list, so that the test keeps covering every one.
    expect([...modules].sort()).toEqual([...layers].sort());
    const wrong = layers.flatMap((module, layer) =>
      [...readFileSync(join(dir, `${module}.ts`), 'utf8').matchAll(/from '\.\/([\w]+)\.js'/g)]
        .map((m) => m[1])
        .filter((imported) => !(layers.indexOf(imported) >= 0 && layers.indexOf(imported) < layer))
        .map((imported) => `${module} imports ${imported}`),
    );
    expect(wrong).toEqual([]);
  });
});
