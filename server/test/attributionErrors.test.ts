import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const script = resolve(__dirname, '../../scripts/attribution-errors.mjs');
const shared = mkdtempSync(join(tmpdir(), 'factcheck-census-'));
afterAll(() => rmSync(shared, { recursive: true, force: true }));

/** Writes one invented PolNeAR-style document (brat standoff) whose gold marks the given cues. */
function writeDocument(text: string, relations: Array<{ cue: string; source: string; content: string }>): void {
  const dir = join(shared, 'attribution', 'polnear', 'dev');
  mkdirSync(join(dir, 'text'), { recursive: true });
  mkdirSync(join(dir, 'attributions'), { recursive: true });
  writeFileSync(join(dir, 'text', 'ferry.txt'), text);
  const lines: string[] = [];
  let id = 0;
  const span = (label: string, words: string) => {
    const start = text.indexOf(words);
    lines.push(`T${++id}\t${label} ${start} ${start + words.length}\t${words}`);
    return `T${id}`;
  };
  relations.forEach((r, k) => {
    const cue = span('Cue', r.cue);
    const source = span('Source', r.source);
    const content = span('Content', r.content);
    lines.push(`E${k + 1}\tAttribution:${cue} Cue:${cue} Source:${source} Content:${content}`);
  });
  writeFileSync(join(dir, 'attributions', 'ferry_a1.ann'), lines.join('\n') + '\n');
}

describe('scripts/attribution-errors.mjs (the error census)', () => {
  it('sorts gold cues into exact, other extent and missed, and names a miss outside the lexicon', async () => {
    writeDocument('Ana Berg said the ferry is late. Tom Reed added that fares would rise. Ilze Ozola signed a letter on the plan.\n', [
      { cue: 'said', source: 'Ana Berg', content: 'the ferry is late' },
      { cue: 'added that', source: 'Tom Reed', content: 'fares would rise' },
      { cue: 'signed', source: 'Ilze Ozola', content: 'a letter on the plan' },
    ]);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, '--split', 'dev', '--shared', shared, '--top', '5']);
    expect(stdout).toContain('1 documents, 3 gold cues');
    expect(stdout).toContain('gold cues: exact 1 (33.3%), other extent 1 (33.3%), missed 1 (33.3%)');
    expect(stdout).toContain('missed cues with no word of the cue lexicon: 1 (100.0% of the missed)');
    expect(stdout).toMatch(/sources of exactly matched cues \(1\): same 1 \(100\.0%\)/);
    expect(stdout).toMatch(/extent confusions \(predicted -> gold\)\n\s+1\.0 {2}added -> added that/);
    expect(stdout).toMatch(/missed cues\n\s+1\.0 {2}signed/);
  }, 60000);
});
