/** Related papers, computed on a worker thread (lib/site-related.ts, lib/on-worker.ts) beside page generation. */
import { parentPort, workerData } from 'node:worker_threads';
import { relatedPapers, type RelatablePaper } from './related.ts';

parentPort!.postMessage(relatedPapers(workerData as RelatablePaper[]));
