/**
 * The search index's job (index-job.ts) on a worker thread, beside Astro's bundling and page
 * generation: the build's second core. Loaded by Node itself, not bundled, so it and what it imports
 * name their files with extensions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runIndexJob, type IndexJob } from './index-job.ts';

parentPort!.postMessage(await runIndexJob(workerData as IndexJob));
