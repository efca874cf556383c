import type { Span } from './analysis/types.js';

/**
 * Spans sorted by start with the running maximum of their ends, so "which spans contain this
 * offset" and "which spans lie inside this range" cost a binary search plus the spans that could
 * match, instead of a pass over every finding of the article. Each span carries an id (the index of
 * its finding), so callers can keep the findings' own order.
 */
export class SpanIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly ids: number[] = [];
  /** `maxEnds[i]` is the largest end among the first i + 1 spans in start order. */
  private readonly maxEnds: number[] = [];

  constructor(spans: Array<Span & { id: number }>) {
    spans.sort((a, b) => a.start - b.start || a.id - b.id);
    let maxEnd = -Infinity;
    for (const s of spans) {
      this.starts.push(s.start);
      this.ends.push(s.end);
      this.ids.push(s.id);
      maxEnd = Math.max(maxEnd, s.end);
      this.maxEnds.push(maxEnd);
    }
  }

  /** Calls `visit` with the id of every span with start ≤ offset ≤ end (ends count, as editors put the cursor there). */
  containing(offset: number, visit: (id: number) => void): void {
    for (let i = upperBound(this.starts, offset) - 1; i >= 0 && this.maxEnds[i] >= offset; i--) {
      if (this.ends[i] >= offset) visit(this.ids[i]);
    }
  }

  /** The smallest id among the spans containing the offset that `accept` takes, or -1. */
  first(offset: number, accept: (id: number) => boolean = () => true): number {
    let best = -1;
    this.containing(offset, (id) => {
      if ((best < 0 || id < best) && accept(id)) best = id;
    });
    return best;
  }

  /** The ids, ascending, of the spans with from ≤ start and end ≤ to. */
  inside(from: number, to: number): number[] {
    const out: number[] = [];
    for (let i = upperBound(this.starts, from - 1); i < this.starts.length && this.starts[i] <= to; i++) {
      if (this.ends[i] <= to) out.push(this.ids[i]);
    }
    return out.sort((a, b) => a - b);
  }
}

/** The first index whose value is greater than `value` in an ascending array. */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
