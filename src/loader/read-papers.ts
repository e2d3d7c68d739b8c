/**
 * Reads every summary file under a folder into rendered papers, with diagnostics.
 * The same code serves the site build (through the Astro loader) and `npm run check:content`.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../ingest/diagnostics.ts';
import { mayBeMojibake } from '../ingest/repair/mojibake-detect.ts';
import { mergePapers } from '../ingest/merge.ts';
import { FileResultCache } from './cache.ts';
import { listSummaryFiles, type SummaryFile } from './files.ts';
import { readOne, type FileResult, type RenderedPaper, type TimedResult } from './read-one.ts';
import { ReadPool } from './read-pool.ts';

export type { FileResult, RenderedPaper } from './read-one.ts';

export interface ReadOptions {
  /** Absolute folder of summary files. */
  dir: string;
  /** Base path for root-relative links in content. */
  base: string;
  /** Limit to these files (absolute paths); default every summary file under `dir`. */
  files?: SummaryFile[];
  cache?: FileResultCache;
  /** Worker threads for files that need reading; 0 (the default) reads in this thread. */
  threads?: number;
  /** Called when the workers could not run and the read went on in this thread. */
  onPoolFallback?: (reason: string) => void;
  /** Called after each file, for progress output on long builds. */
  onProgress?: (done: number, total: number) => void;
}

export interface ReadStats {
  files: number;
  cached: number;
  skipped: number;
  /** Wall time of the whole read. */
  readMs: number;
  /** Time in decoding, repairing and parsing files that were not cached (summed over threads). */
  parseMs: number;
  /** Time in rendering Markdown and math of files that were not cached (summed over threads). */
  renderMs: number;
}

export interface ReadResult {
  papers: RenderedPaper[];
  /** The cache key of the file each paper came from (absent for papers merged from several files): a digest of its inputs. */
  sourceKeys: WeakMap<RenderedPaper, string>;
  diagnostics: Diagnostic[];
  stats: ReadStats;
}

/** How many clean texts the encoding repair learns character context from. */
const MAX_LEARNING_TEXTS = 2000;
/** Files looked up together; the next batch is read from disk while this one is parsed. */
const BATCH = 64;
/** A batch with fewer files to parse than this is parsed here: starting workers would cost more. */
const POOL_THRESHOLD = 16;

interface Lookup {
  index: number;
  bytes: Uint8Array;
  key: string;
  hit: FileResult | undefined;
}

export async function readPapers(options: ReadOptions): Promise<ReadResult> {
  const started = performance.now();
  const files = options.files ?? (await listSummaryFiles(options.dir));
  const cache = options.cache ?? new FileResultCache(undefined, '');
  const pool = new ReadPool(options.threads ?? 0, options.onPoolFallback);
  const results: FileResult[] = new Array<FileResult>(files.length);
  const keys: string[] = new Array<string>(files.length);
  // Files with damaged encoding are read last, so their repair can learn from the clean ones.
  const damaged: Lookup[] = [];
  const learnFrom: string[] = [];
  const utf8 = new TextDecoder();
  const stats: ReadStats = { files: files.length, cached: 0, skipped: 0, readMs: 0, parseMs: 0, renderMs: 0 };
  let done = 0;
  const finish = (index: number, key: string, timed: TimedResult): Promise<void> => {
    results[index] = timed.result;
    stats.parseMs += timed.parseMs;
    stats.renderMs += timed.renderMs;
    options.onProgress?.(++done, files.length);
    return cache.set(key, timed.result);
  };
  const lookUp = (from: number): Promise<Lookup[]> =>
    Promise.all(
      files.slice(from, from + BATCH).map(async (file, offset) => {
        const bytes = await readFile(file.absolutePath);
        const key = cache.keyFor(file.path, bytes, options.base);
        keys[from + offset] = key;
        return { index: from + offset, bytes, key, hit: await cache.get(key) };
      }),
    );

  try {
    let next = lookUp(0);
    for (let from = 0; from < files.length; from += BATCH) {
      const batch = await next;
      if (from + BATCH < files.length) next = lookUp(from + BATCH);
      const toRead: Lookup[] = [];
      for (const lookup of batch) {
        const text = lookup.hit && learnFrom.length >= MAX_LEARNING_TEXTS ? '' : utf8.decode(lookup.bytes);
        if (!lookup.hit && mayBeMojibake(text)) {
          damaged.push(lookup);
          continue;
        }
        if (text && learnFrom.length < MAX_LEARNING_TEXTS) learnFrom.push(text);
        if (lookup.hit) {
          stats.cached++;
          results[lookup.index] = lookup.hit;
          options.onProgress?.(++done, files.length);
        } else {
          toRead.push(lookup);
        }
      }
      const usePool = toRead.length >= POOL_THRESHOLD;
      await Promise.all(
        toRead.map(async ({ index, bytes, key }) => {
          const task = { path: files[index]!.path, bytes, base: options.base };
          await finish(index, key, usePool ? await pool.read(task) : await readOne(task.path, bytes, task.base));
        }),
      );
    }
  } finally {
    await pool.close();
  }
  for (const { index, bytes, key } of damaged) {
    await finish(index, key, await readOne(files[index]!.path, bytes, options.base, { learnFrom }));
  }
  // A read of the whole folder knows every entry that is still current; older ones go.
  if (!options.files) await cache.prune(new Set(keys));
  const sourceKeys = new WeakMap<RenderedPaper, string>();
  const papers = results.flatMap((r, i) => {
    if (r.paper) sourceKeys.set(r.paper, keys[i]!);
    return r.paper ? [r.paper] : [];
  });
  const merged = mergePapers(papers);
  stats.skipped = files.length - papers.length;
  stats.readMs = performance.now() - started;
  return {
    papers: merged.papers,
    sourceKeys,
    diagnostics: [...results.flatMap((r) => r.diagnostics), ...merged.diagnostics],
    stats,
  };
}
