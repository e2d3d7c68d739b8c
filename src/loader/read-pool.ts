/**
 * Reads files on worker threads (piscina) when a build has many to read, so parsing and rendering
 * use every core. Each task is one file (read-one.ts); results are the same as in the main thread.
 * If the workers cannot start (a Node without type stripping, say) the pool says so once and the
 * read goes on in the main thread.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ReadTask } from './ingest-worker.ts';
import { readOne, type TimedResult } from './read-one.ts';

/** Workers to start: one per core (the main thread mostly waits on the disk meanwhile), at most 8. */
export function defaultThreads(): number {
  const fromEnv = Number(process.env.PAPERSHELF_READ_THREADS);
  return Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : Math.min(availableParallelism(), 8);
}

export class ReadPool {
  #pool: Piscina<ReadTask, TimedResult> | undefined;
  #failed = false;
  readonly #threads: number;
  readonly #onFallback: (reason: string) => void;

  constructor(threads: number, onFallback: (reason: string) => void = () => {}) {
    this.#threads = threads;
    this.#onFallback = onFallback;
  }

  /** Reads one file on a worker when the pool runs, else here. */
  async read(task: ReadTask): Promise<TimedResult> {
    const pool = this.#start();
    if (!pool) return readOne(task.path, task.bytes, task.base);
    try {
      return await pool.run(task);
    } catch (error) {
      if (!this.#failed) this.#onFallback(error instanceof Error ? error.message : String(error));
      this.#failed = true;
      return readOne(task.path, task.bytes, task.base);
    }
  }

  /** Stops the workers; reads after this run in the main thread. */
  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    this.#failed = true;
    await pool?.destroy();
  }

  #start(): Piscina<ReadTask, TimedResult> | undefined {
    if (this.#failed || this.#threads === 0) return undefined;
    this.#pool ??= new Piscina<ReadTask, TimedResult>({
      filename: new URL('./ingest-worker.ts', import.meta.url).href,
      minThreads: this.#threads,
      maxThreads: this.#threads,
      idleTimeout: 1000,
    });
    return this.#pool;
  }
}
