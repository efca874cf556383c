import fc from 'fast-check';

/**
 * A place in a document as a fraction of its length, for random edits, drawn uniformly from
 * thousandths. `fc.double` draws uniformly over the bit patterns of doubles, so nine in ten of its
 * draws between 0 and 1 fall below 0.001 and nearly every edit would land at the document's start.
 */
export function fraction(min = 0, max = 1): fc.Arbitrary<number> {
  return fc.noBias(fc.integer({ min: Math.round(min * 1000), max: Math.round(max * 1000) })).map((n) => n / 1000);
}
