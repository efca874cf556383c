import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CliError, write } from './io.js';
import { createTasks, type Tasks } from './tasks.js';

/**
 * Runs the CLI's tasks (tasks.ts) on the machine's cores: one worker thread per core but one, each with its own
 * analyzer. The workers load the CLI bundle itself (dist/cli.js), whose import of this module
 * turns the thread into a task server; run from sources (vitest) or with `--jobs 1`, the tasks
 * run in the main thread instead.
 */

type TaskName = keyof Tasks;
interface Request {
  id: number;
  task: TaskName;
  input: unknown;
}
interface Reply {
  id: number;
  output?: unknown;
  error?: string;
}

const workerFlag = 'factcheckCliWorker';

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | undefined)?.[workerFlag]) {
  const tasks = createTasks();
  const port = parentPort;
  port.on('message', (request: Request) => {
    const run = tasks[request.task] as (input: unknown) => Promise<unknown>;
    run(request.input).then(
      (output) => port.postMessage({ id: request.id, output } satisfies Reply),
      (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies Reply),
    );
  });
}

/**
 * `--jobs N`: how many workers. The default leaves one core to the main thread, which reads the
 * input, formats every result and writes it: on two cores, two workers and the main thread were
 * slower than the main thread alone (7.8 s against 6.9 s over the BBC corpus).
 */
export function parseJobs(value: string | boolean | undefined): number {
  if (value === undefined) return Math.max(1, availableParallelism() - 1);
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new CliError('--jobs must be a whole number from 1');
  return jobs;
}

export class TaskPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Request[] = [];
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private local: Tasks | undefined;
  private nextId = 0;

  /** `jobs` workers when the CLI runs from its bundle and `jobs` > 1; otherwise the main thread. */
  constructor(jobs: number) {
    const bundle = typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined;
    if (jobs <= 1 || !bundle) {
      this.local = createTasks();
      return;
    }
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(`require(${JSON.stringify(bundle)})`, { eval: true, workerData: { [workerFlag]: true } });
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(error));
      // A worker that is only waiting for work must not keep the process alive.
      worker.unref();
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run<T extends TaskName>(task: T, input: Parameters<Tasks[T]>[0]): ReturnType<Tasks[T]> {
    if (this.local) return (this.local[task] as (input: unknown) => ReturnType<Tasks[T]>)(input);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.queue.push({ id, task, input });
      this.dispatch();
    }) as ReturnType<Tasks[T]>;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      // A busy worker keeps the process alive until it answers.
      worker.ref();
      worker.postMessage(this.queue.shift());
    }
  }

  private settle(worker: Worker, reply: Reply): void {
    worker.unref();
    this.idle.push(worker);
    const waiter = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
    else waiter?.resolve(reply.output);
    this.dispatch();
  }

  private fail(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

/**
 * Output written in the order it was pushed, each piece as soon as it and everything before it are
 * ready, so results stream while later ones are still being computed.
 */
export class OrderedOutput {
  private readonly slots: Array<{ ready: boolean; value: string }> = [];
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown;
  private roomWaiters: Array<() => void> = [];

  constructor(private readonly stream: Writable) {}

  push(value: string | Promise<string>): void {
    const slot = { ready: false, value: '' };
    this.slots.push(slot);
    Promise.resolve(value).then(
      (text) => {
        slot.value = text;
        slot.ready = true;
        this.flush();
      },
      (error: unknown) => {
        this.failure ??= error;
        slot.ready = true;
        this.flush();
      },
    );
  }

  /** How many pieces are pushed but not yet written. */
  get pending(): number {
    return this.slots.length;
  }

  /** Resolves when fewer than `max` pieces wait, so a fast producer cannot run ahead unbounded. */
  room(max: number): Promise<void> {
    if (this.slots.length < max) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  /** Resolves when everything pushed is written; rejects with the first failed piece. */
  async finish(): Promise<void> {
    while (this.slots.length) await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    await this.writing;
    if (this.failure !== undefined) throw this.failure;
  }

  private flush(): void {
    while (this.slots.length && this.slots[0].ready) {
      const { value } = this.slots.shift()!;
      if (value) this.writing = this.writing.then(() => write(this.stream, value));
    }
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** `run` over `items` with at most `window` running at once, results yielded in the items' order. */
export async function* inOrder<T, R>(items: readonly T[], run: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const running: Array<Promise<R>> = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && running.length < window) {
      const promise = run(items[next++]);
      // Rejections are taken when the result's turn comes; until then they must not count as unhandled.
      promise.catch(() => undefined);
      running.push(promise);
    }
  };
  fill();
  while (running.length) {
    const result = await running.shift()!;
    fill();
    yield result;
  }
}
