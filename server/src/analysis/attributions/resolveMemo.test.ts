import { describe, expect, it } from 'vitest';
import { ResolveMemo } from './resolve.js';

/** Runs `recall` for a search at `at` reading [at - 10, at + 10), and says whether it computed. */
function computes(memo: ResolveMemo, at: number): boolean {
  let computed = false;
  const value = memo.recall('k', at, at - 10, at + 10, () => ((computed = true), 'found'));
  expect(value).toBe('found');
  return computed;
}

describe('ResolveMemo', () => {
  const text = 'a'.repeat(50) + 'b'.repeat(50) + 'c'.repeat(50);

  it('reuses a result whose window lies before or after the edit, moved with the text, and computes one the edit touches', () => {
    const memo = new ResolveMemo();
    memo.begin(text);
    expect([20, 75, 130].map((at) => computes(memo, at))).toEqual([true, true, true]);
    // Five characters inserted at 70: the window around 20 is before, the one around 130 (now 135) after.
    memo.begin(text.slice(0, 70) + 'xxxxx' + text.slice(70));
    expect(computes(memo, 20)).toBe(false);
    expect(computes(memo, 135)).toBe(false);
    expect(computes(memo, 75)).toBe(true);
    // The insertion taken out again: the result at 135 goes back to 130, not to 135.
    memo.begin(text);
    expect(computes(memo, 135)).toBe(true);
    expect(computes(memo, 130)).toBe(false);
    // Nothing from before the last run: the run before this one did not ask for 20.
    memo.begin(text);
    expect(computes(memo, 20)).toBe(true);
  });

  it('keeps null results, and nothing when the window reaches the edit by one character', () => {
    const memo = new ResolveMemo();
    memo.begin(text);
    let calls = 0;
    const search = (at: number) => memo.recall('n', at, at - 10, at + 10, () => (calls++, null));
    expect(search(30)).toBeNull();
    memo.begin(text.slice(0, 40) + 'y' + text.slice(41));
    expect(search(30)).toBeNull();
    expect(calls).toBe(1);
    memo.begin(text.slice(0, 39) + 'y' + text.slice(40));
    expect(search(30)).toBeNull();
    expect(calls).toBe(2);
  });
});
