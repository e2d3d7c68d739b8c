/**
 * Build work that needs no page (the search index, related papers) runs on a worker thread while the
 * main thread goes on generating pages: the build's second core. The worker file is loaded by Node from
 * the project's sources, not bundled, so it and what it imports name their files with extensions
 * (tsconfig: erasableSyntaxOnly). Where a worker cannot start, the work runs here.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * The work queued so far. One worker runs at a time: beside the main thread a second one would only
 * share the other core, and hold its heap beside the first one's (the build's peak memory).
 */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `file` (relative to the project root; it posts one message, its result) on a worker thread
 * with `input` as its `workerData`, after the work queued before it, or `here()` in this thread when
 * that fails.
 */
export function onWorker<T>(file: string, input: unknown, here: () => T | Promise<T>): Promise<T> {
  const run = queue.then(() => runOnWorker(file, input, here));
  queue = run.catch(() => undefined);
  return run;
}

async function runOnWorker<T>(file: string, input: unknown, here: () => T | Promise<T>): Promise<T> {
  const path = resolve(file);
  if (!existsSync(path)) return here();
  try {
    return await new Promise<T>((done, fail) => {
      const worker = new Worker(path, { workerData: input });
      worker.once('message', (result: T) => {
        done(result);
        void worker.terminate();
      });
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`the worker stopped (exit code ${code}) before it answered`)));
    });
  } catch (error) {
    console.warn(
      `[build] ${file} could not run on a worker thread (${error instanceof Error ? error.message : String(error)}); running it here`,
    );
    return here();
  }
}
