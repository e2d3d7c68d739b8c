/**
 * Related papers, computed on a worker thread (lib/site-related.ts, lib/on-worker.ts) beside page
 * generation: the job is related-job.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runRelatedJob, type RelatedJob } from './related-job.ts';

parentPort!.postMessage(await runRelatedJob(workerData as RelatedJob));
