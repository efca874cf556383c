import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analysis/analyze.js';
import { checkArticle } from './article.js';

/**
 * Short articles, each clean as written and with one error planted by a replacement
 * (test-fixtures/verify/planted/expected.json): the clean text must raise nothing, and the planted
 * one exactly the expected finding. Each pair is one within-article check's precision and recall.
 */
const folder = join(__dirname, '../../../test-fixtures/verify/planted');
const cases: Array<{ file: string; plant: [string, string]; finding: { kind: string; text: string } }> = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8'));

function findings(text: string, file: string) {
  const kind = file.endsWith('.md') ? 'markdown' : 'plaintext';
  return checkArticle(text, analyzeText(text, kind)).map((f) => ({ kind: f.kind, text: f.text }));
}

describe('planted errors', () => {
  for (const { file, plant, finding } of cases) {
    it(`${file}: clean as written, flagged with ${plant[1]}`, () => {
      const clean = readFileSync(join(folder, file), 'utf8');
      expect(clean.includes(plant[0]), 'the replacement must apply').toBe(true);
      expect(findings(clean, file)).toEqual([]);
      expect(findings(clean.replace(plant[0], plant[1]), file)).toEqual([finding]);
    });
  }
});
