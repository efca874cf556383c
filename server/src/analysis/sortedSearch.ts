/**
 * The first index in [0, `length`) at which `test` holds, for a `test` that fails up to some index
 * and holds from it on; `length` when it never holds. A binary search: a long block has thousands
 * of sentences and attributions, and reading them in turn made its passes quadratic.
 */
export function firstIndexWhere(length: number, test: (k: number) => boolean): number {
  let from = 0;
  let to = length;
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (test(mid)) to = mid;
    else from = mid + 1;
  }
  return from;
}
