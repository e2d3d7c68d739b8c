/** The worker thread that builds the search index (see integrations/search-files.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { writeSearchIndexFiles, type IndexJob } from './index-files.ts';

parentPort?.postMessage(await writeSearchIndexFiles(workerData as IndexJob));
