import { describe, expect, it } from 'vitest';
import { textRelatedAndMessage } from './testing.js';

/** The percent-parts findings of a plain-text article. */
const check = textRelatedAndMessage('percent-parts');

describe('the answers to one question in one sentence', () => {
  const poll = 'In a poll of 1,500 Latvians, 64% backed the plan and 27% opposed it, with 9% undecided.\n';

  it('cannot add up to more than 100%', () => {
    expect(check(poll)).toEqual([]);
    expect(check(poll.replace('27% opposed', '32% opposed'))).toEqual([
      { text: '9%', related: ['64%', '32%'], message: 'The answers in this sentence add up to more than 100%: 64% + 32% + 9% = 105%' },
    ]);
    expect(check('The survey found 58% supported a ban and 47% were against it.\n').map((f) => f.text)).toEqual(['47%']);
  });

  it('allows each share its rounding, and reads only answers of different kinds', () => {
    expect(check('In the poll, 51% backed the plan, 40% opposed it and 10% did not know.\n')).toEqual([]);
    // Two questions, or shares of groups, are not one set of answers.
    expect(check('In the poll, 72% backed the tax and 60% backed the cuts.\n')).toEqual([]);
    expect(check('In the poll, 72% of men backed the plan and 41% of women opposed it, with 9% undecided.\n')).toEqual([]);
  });
});
