import { setImmediate as nextTurn } from 'node:timers/promises';

/** One run of sliced work: `due()` says the slice is used up, `yield()` gives the event loop a turn. */
export interface TimeSlice {
  due(): boolean;
  yield(): Promise<void>;
}

/**
 * Cooperative time-slicing for long analyses: work in slices of about `budgetMs`, then give the
 * event loop a turn (`setImmediate`), so requests for other documents, and new edits, are handled
 * while a 5 MB article is analysed. One chunk is the smallest piece of work: a single huge chunk
 * (a 5 MB paragraph) still runs in one go.
 */
export class TimeSlicer {
  constructor(private readonly budgetMs = 8) {}

  start(): TimeSlice {
    let since = performance.now();
    return {
      due: () => performance.now() - since >= this.budgetMs,
      yield: async () => {
        await nextTurn();
        since = performance.now();
      },
    };
  }
}
