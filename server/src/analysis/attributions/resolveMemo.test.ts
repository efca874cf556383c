import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fraction } from '../testing/arbitraries.js';
import { describe, expect, it } from 'vitest';
import { resolve, ResolveMemo } from './resolve.js';
import { longArticle, unresolvedAttributionsOf } from './testing.js';

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

describe('resolve resumed from a saved state', () => {
  const article = longArticle();

  it('saves every variable the speaker loop carries from one attribution to the next', () => {
    // A variable declared before the loop and not in LoopState (and copyLoop) would start a resumed
    // run empty: add a new one there, or here when it is made again for each run or each attribution.
    const source = readFileSync('server/src/analysis/attributions/resolve.ts', 'utf8');
    const start = source.indexOf('export function resolve(');
    const body = source.slice(start, source.indexOf('\n  for (const index of ', start));
    const declared = [...body.matchAll(/^ {2}(?:let|const) (\w+)/gm)].map((m) => m[1]);
    const state = source.slice(source.indexOf('interface LoopState {'), source.indexOf('\n}\n', source.indexOf('interface LoopState {')));
    const saved = [...state.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
    const perRun = ['out', 'n', 'at', 'order', 'personOf', 'loop', 'restored', 'saveAt', 'nearAt', 'tailAt', 'recentOrganisation', 'holders', 'employerNoun', 'unnamedReferent', 'pronounSpeaker', 'namedSpeaker', 'partySpeaker', 'describedSpeaker', 'record', 'subjectBody', 'employerDescribed', 'describedBodyOfKind', 'subjectOwner', 'owner', 'reporterOf', 'adoptSubject', 'subjectOfSentenceBefore'];
    expect(declared.filter((name) => !saved.includes(name) && !perRun.includes(name))).toEqual([]);
    expect(saved.filter((name) => !declared.includes(name))).toEqual([]);
    expect(saved.length).toBeGreaterThan(10);
    // A person's collections are copied one by one (copyLoop); one shared with the saved state would change it.
    const person = source.slice(source.indexOf('interface Person {'), source.indexOf('\n}\n', source.indexOf('interface Person {')));
    const collections = [...person.matchAll(/^ {2}(\w+)\??: [^;]*(?:Set<|Map<|\[\])/gm)].map((m) => m[1]);
    const copy = source.slice(source.indexOf('function copyLoop('), source.indexOf('\n}\n', source.indexOf('function copyLoop(')));
    expect(collections.filter((field) => !copy.includes(`${field}: `))).toEqual([]);
    expect(collections).toContain('roleWords');
  });

  it('runs from the top when an edit lands in text a step before the saved state read: signs of a company after a name', () => {
    const filler = 'Rain fell on 12 days in May and the roads into the valley were closed for the whole week.\n\n';
    const text = filler.repeat(300) + 'Laura Ashley said sales were strong.\n\n' + filler.repeat(8) + filler.repeat(300) + 'Tom Reed said it was over.\n\n' + filler.repeat(20);
    const memo = new ResolveMemo();
    const run = (t: string) => resolve(t, unresolvedAttributionsOf(t), { memo });
    run(text);
    // An edit well past both speakers saves the state after "Laura Ashley said" for the next run.
    const far = text.length - 100;
    const edited = text.slice(0, far) + 'x' + text.slice(far);
    run(edited);
    // "Shares in Laura Ashley", 800 characters on, makes the name a company's (namedAsOrganisation).
    const near = edited.indexOf('\n\n', edited.indexOf('Laura Ashley said') + 800) + 2;
    const shares = edited.slice(0, near) + 'Shares in Laura Ashley fell. ' + edited.slice(near);
    const resolved = run(shares);
    expect(memo.resumed).toBe(0);
    expect(resolved).toEqual(resolve(shares, unresolvedAttributionsOf(shares)));
    expect(resolved[0].speakerKind).toBe('organisation');
    // Typing far on again saves the state after the company's first mention, and the next keystroke takes it up.
    let later = shares;
    for (const resumed of [0, 1]) {
      later = later.slice(0, far + 40) + 'y' + later.slice(far + 40);
      expect(run(later)).toEqual(resolve(later, unresolvedAttributionsOf(later)));
      expect(memo.resumed).toBe(resumed);
    }
  });

  it('saves the state again further on when the edits move on, after resuming from the one saved before', () => {
    const memo = new ResolveMemo();
    let text = article;
    const resumedAfterTyping = (at: number) => {
      text = text.slice(0, at) + 'x' + text.slice(at);
      const input = unresolvedAttributionsOf(text);
      expect(resolve(text, input, { memo })).toEqual(resolve(text, input));
      return memo.resumed;
    };
    resolve(text, unresolvedAttributionsOf(text), { memo });
    expect(resumedAfterTyping(30_000)).toBe(0);
    const early = resumedAfterTyping(30_001);
    expect(early).toBeGreaterThan(0);
    // Far on, the early state is taken up and a later one saved, which the next keystroke there resumes from.
    expect(resumedAfterTyping(58_000)).toBe(early);
    expect(resumedAfterTyping(58_001)).toBeGreaterThan(early + 64);
  });

  it('resumes from a state saved just before the edit, and not when the edit names someone a step before it looked for', () => {
    const filler = 'Rain fell on 12 days in May and the roads into the valley were closed for the whole week.\n\n';
    const text = filler.repeat(300) + 'Tom Reed said the bridge was shut.\n\n' + filler.repeat(30) + 'He said it would open in June.\n\n' +
      filler.repeat(40) + 'Officials said the work was done.\n\n' + filler.repeat(80) + filler.repeat(300);
    const memo = new ResolveMemo();
    let now = text;
    const edit = (at: number, typed: string) => {
      now = now.slice(0, at) + typed + now.slice(at);
      expect(JSON.stringify(resolve(now, unresolvedAttributionsOf(now), { memo }))).toBe(JSON.stringify(resolve(now, unresolvedAttributionsOf(now))));
      return memo.resumed;
    };
    resolve(now, unresolvedAttributionsOf(now), { memo });
    // Typing 10,000 characters after "Tom Reed said": the state is saved at "Officials said", after "He said" looked for his title.
    const at = now.indexOf('Tom Reed') + 10_000;
    edit(at, 'x');
    const near = edit(at + 1, 'y');
    expect(near).toBe(2);
    // "Ms Reed" within the 20,000 characters "He said" read for Tom Reed's title (addressNear): "he" is no longer him.
    expect(edit(at + 2, ' Ms Reed arrived. ')).toBeLessThan(near);
    const he = resolve(now, unresolvedAttributionsOf(now)).find((a) => now.slice(a.source!.start, a.source!.end) === 'He');
    expect(he?.speaker).not.toBe('Tom Reed');
  });

  it('gives the same attributions as a run from the top, through random edits, resuming from a saved state', () => {
    // Long enough for a state saved 24,000 characters before an edit; no longer, for the test's time.
    const shorter = longArticle(480);
    const pieces = ['a', ' ', '.', '"', ',', '\n\n', 'said ', 'he said ', 'she added ', 'Mr Berg ', 'Lind ', 'Anna ', 'The company said ', 'Officials said ', 'Nordvik Shipping ', 'University '];
    const editArb = fc.record({
      at: fc.oneof(fraction(0.6, 1), fraction()),
      length: fc.nat({ max: 30 }),
      insert: fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((p) => p.join('')),
    });
    let resumed = 0;
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 2, maxLength: 8 }), (steps) => {
        const memo = new ResolveMemo();
        let text = shorter;
        resolve(text, unresolvedAttributionsOf(text), { memo });
        expect(text.length).toBeGreaterThan(35_000);
        for (const step of steps) {
          const start = Math.floor(step.at * text.length);
          text = text.slice(0, start) + step.insert + text.slice(Math.min(text.length, start + step.length));
          const input = unresolvedAttributionsOf(text);
          expect(resolve(text, input, { memo })).toEqual(resolve(text, input));
          resumed += memo.resumed;
        }
      }),
      { numRuns: 12 },
    );
    expect(resumed).toBeGreaterThan(0);
  }, 120_000);
});

describe('resolve taking the tail of the last run', () => {
  const same = (text: string, memo: ResolveMemo) => {
    const input = unresolvedAttributionsOf(text);
    // Byte for byte: the fields in the order a run from the top sets them.
    expect(JSON.stringify(resolve(text, input, { memo }))).toBe(JSON.stringify(resolve(text, input)));
  };

  it('takes the steps well past a keystroke from the last run, and runs them when the state there differs', () => {
    const memo = new ResolveMemo();
    // Typing among paragraphs that name no one: a step's search for a surname is not disturbed by it.
    const filler = 'Rain fell on 12 days in May and the roads into the valley were closed for the whole week.\n\n';
    let text = longArticle(300) + filler.repeat(120) + longArticle(300);
    resolve(text, unresolvedAttributionsOf(text), { memo });
    const typeAt = (at: number, typed: string) => {
      text = text.slice(0, at) + typed + text.slice(at);
      same(text, memo);
      return memo.converged;
    };
    const at = text.indexOf('\n\n', longArticle(300).length + 5000) + 2;
    expect(typeAt(at, 'T')).toBe(0);
    const tail = typeAt(at + 1, 'h');
    expect(tail).toBeGreaterThan(100);
    expect(typeAt(at + 2, 'e')).toBe(tail);
    // A new speaker before the tail: the people met differ where it starts, so the run goes to the end.
    expect(typeAt(at + 3, ' Prime Minister, Ola Brekke, said it was over. ')).toBe(0);
    // That run recorded its own tail, which the next keystroke a few lines on takes.
    expect(typeAt(at + 400, 'x')).toBeGreaterThan(100);
  });

  it('runs the tail when an edit adds a mention of a surname a step there reads for, however far back', () => {
    const filler = 'Rain fell on 12 days in May and the roads into the valley were closed for the whole week.\n\n';
    const text = 'Angela Brooks said the water was rising.\n\n' + filler.repeat(200) + 'Tom Reed said the bridge was shut.\n\n' + filler.repeat(300) + 'Mr Brooks said it was over.\n\n' + filler.repeat(20);
    const memo = new ResolveMemo();
    let now = text;
    const edit = (at: number, typed: string) => {
      now = now.slice(0, at) + typed + now.slice(at);
      same(now, memo);
    };
    resolve(now, unresolvedAttributionsOf(now), { memo });
    const at = now.indexOf('Tom Reed') - 20;
    edit(at, 'x');
    edit(at + 1, 'y');
    expect(memo.converged).toBeGreaterThan(0);
    // "Mr Brooks" reads back to Angela Brooks's last words for another Brooks (fullNameBefore): one
    // named now, before the tail, is the one he is.
    edit(at + 2, ' Another resident, Tom Brooks, was there. ');
    expect(memo.converged).toBe(0);
    expect(resolve(now, unresolvedAttributionsOf(now)).find((a) => now.slice(a.source!.start, a.source!.end) === 'Mr Brooks')?.speaker).toBe('Tom Brooks');
  });

  it('gives the same attributions as a run from the top, byte for byte, through random keystrokes near each other', () => {
    const article = longArticle(700);
    const pieces = ['a', ' ', '.', '"', ',', '\n\n', 'said ', 'he said ', 'she added ', 'Mr Berg ', 'Lind ', 'Anna ', 'The company said ', 'Officials said ', 'Nordvik Shipping ', 'University ', 'Prime Minister Ola Brekke ', '. The prime minister said '];
    const editArb = fc.record({
      jump: fc.boolean(),
      move: fc.integer({ min: -300, max: 300 }),
      length: fc.nat({ max: 12 }),
      insert: fc.array(fc.constantFrom(...pieces), { maxLength: 2 }).map((p) => p.join('')),
    });
    let converged = 0;
    fc.assert(
      fc.property(fraction(0, 0.5), fc.array(editArb, { minLength: 3, maxLength: 10 }), (first, steps) => {
        const memo = new ResolveMemo();
        let text = article;
        resolve(text, unresolvedAttributionsOf(text), { memo });
        let at = Math.floor(first * text.length);
        for (const step of steps) {
          at = Math.max(0, Math.min(text.length, step.jump ? Math.floor(Math.abs(step.move) / 600 * text.length) : at + step.move));
          text = text.slice(0, at) + step.insert + text.slice(Math.min(text.length, at + step.length));
          same(text, memo);
          converged += memo.converged;
        }
      }),
      { numRuns: 15 },
    );
    expect(converged).toBeGreaterThan(0);
  }, 180_000);
});
