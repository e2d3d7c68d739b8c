/**
 * The search index files, /search/*.json. The paper loader starts building them on a worker thread
 * as soon as it has read the papers (`startSearchIndex`), so the index is built on the second core
 * while Astro bundles and writes pages on the first; after the build this integration waits for it
 * and copies the files into the site. (In `astro dev` the endpoint src/pages/search/[file].ts
 * serves them instead.) The loader and this hook run in the same process and meet on a global.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { SearchablePaper } from '../search/build-index.ts';
import { searchable, writeSearchIndexFiles, type IndexDone, type IndexJob } from '../search/index-files.ts';

const PENDING = Symbol.for('papershelf.search-index');
type Pending = Promise<IndexDone & { dir: string; thread: string }>;
const registry = globalThis as { [PENDING]?: Pending };

function runInWorker(job: IndexJob): Promise<IndexDone> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../search/index-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index worker stopped (exit code ${code})`)));
  });
}

/** Starts building the index of these papers into `<cacheDir>/papershelf-search/`. */
export function startSearchIndex(cacheDir: string, papers: readonly SearchablePaper[]): Pending {
  const job: IndexJob = { papers: papers.map(searchable), dir: join(cacheDir, 'papershelf-search') };
  // A Node that cannot load the worker (no type stripping) builds the index here instead.
  const pending = runInWorker(job)
    .then((done) => ({ ...done, thread: 'on a worker thread' }))
    .catch(async () => ({ ...(await writeSearchIndexFiles(job)), thread: 'in the main thread (workers could not start)' }))
    .then((done) => ({ ...done, dir: job.dir }));
  // Awaited after the build; until then a failure must not count as unhandled.
  pending.catch(() => undefined);
  registry[PENDING] = pending;
  return pending;
}

export function searchIndexFiles(): AstroIntegration {
  return {
    name: 'papershelf-search-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pending = registry[PENDING];
        if (!pending) throw new Error('The search index was never started: the paper loader did not run in this build.');
        const done = await pending;
        await cp(done.dir, join(fileURLToPath(dir), 'search'), { recursive: true });
        logger.info(`search index of ${done.papers} papers, ${done.files} files, built in ${(done.ms / 1000).toFixed(2)} s ${done.thread}`);
      },
    },
  };
}
