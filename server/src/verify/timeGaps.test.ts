import { describe, expect, it } from 'vitest';
import { textRelatedAndMessage } from './testing.js';

/** The time-gap findings of a plain-text article: the gap, the two times and the message. */
const check = textRelatedAndMessage('time-gap');

describe('a gap between two times', () => {
  it('is checked against the times on either side of it', () => {
    expect(check('Pereira ran 3:51.20, more than two seconds outside the championship record of 3:48.95.\n')).toEqual([]);
    expect(check('Pereira ran 3:51.20, more than four seconds outside the championship record of 3:48.95.\n')).toEqual([
      { text: 'more than four seconds', related: ['3:51.20', '3:48.95'], message: '“more than four seconds” does not match the gap between “3:51.20” and “3:48.95”: that is 2.25 seconds' },
    ]);
    // Hours, minutes and seconds on one side, a clock time on the other.
    expect(check('Wanjiru won in 2hr 19min 12sec, 38 seconds ahead of Tola, who finished in 2:19:50.\n')).toEqual([]);
    expect(check('Wanjiru won in 2hr 19min 12sec, 48 seconds ahead of Tola, who finished in 2:19:50.\n').map((f) => f.text)).toEqual(['48 seconds']);
    // Hundredths.
    expect(check('Okafor was second in 10.14sec, 0.03 seconds behind the winner\'s 10.11sec.\n')).toEqual([]);
    expect(check('Okafor was second in 10.14sec, 0.13 seconds behind the winner\'s 10.11sec.\n').map((f) => f.text)).toEqual(['0.13 seconds']);
  });

  it('allows a whole gap cut short and the spread of "almost"', () => {
    // 2.25 seconds written as "two seconds"; 3 min 40 sec as "almost four minutes".
    expect(check('Pereira ran 3:51.20, two seconds outside the championship record of 3:48.95.\n')).toEqual([]);
    expect(check('She crossed the line in 2:24:50, almost four minutes outside her best of 2:21:10.\n')).toEqual([]);
    expect(check('She crossed the line in 2:24:50, almost nine minutes outside her best of 2:21:10.\n').map((f) => f.text)).toEqual(['almost nine minutes']);
  });

  it('leaves a gap alone without a time on each side', () => {
    expect(check('Pereira was almost four seconds outside the record, clocking 3:52.80.\n')).toEqual([]);
    // The runner's time in an earlier sentence may be another runner's: only one sentence is read.
    expect(check('Pereira ran 3:51.20 in Oslo. She was more than four seconds outside the record of 3:48.95 set in 2019.\n')).toEqual([]);
    expect(check('The train left at 10:15, 20 minutes behind schedule.\n')).toEqual([]);
  });
});
