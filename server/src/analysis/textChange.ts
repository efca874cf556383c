/**
 * Where two texts differ: `[start, oldEnd)` of `before` became `[start, newEnd)` of `after`. Compares
 * in blocks (string equality is a memory compare) before narrowing down, so an unchanged megabyte
 * costs well under a millisecond.
 */
export function changedRange(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (start + step <= limit && before.slice(start, start + step) === after.slice(start, start + step)) start += step;
  }
  let suffix = 0;
  const maxSuffix = limit - start;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (suffix + step <= maxSuffix && before.slice(before.length - suffix - step, before.length - suffix) === after.slice(after.length - suffix - step, after.length - suffix)) suffix += step;
  }
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** One edit between two texts (changedRange). */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}
