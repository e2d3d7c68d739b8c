/**
 * The search index, built on a worker thread (lib/search/site-index.ts) while the main thread goes on
 * generating pages: the build's second core. Loaded by Node itself, not bundled, so it and what it
 * imports name their files with extensions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex, type SearchablePaper } from './build-index.ts';

const index = buildSearchIndex(workerData as SearchablePaper[]);
parentPort!.postMessage(index);
