/** A worker thread of the read pool (read-pool.ts): reads one file per task. */
import { readOne, type TimedResult } from './read-one.ts';

export interface ReadTask {
  path: string;
  bytes: Uint8Array;
  base: string;
}

export default function readInWorker({ path, bytes, base }: ReadTask): Promise<TimedResult> {
  return readOne(path, bytes, base);
}
