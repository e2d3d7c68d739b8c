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
import { checkPaperPaths } from './path-check.ts';
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
  /** Worker threads that read files (0: all in this thread). */
  threads: number;
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

/** A file that could not be opened: skipped with a diagnostic, like a file that could not be parsed. */
function unreadable(file: SummaryFile, error: unknown): FileResult {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
  // Node reads file names as UTF-8; a name in another encoding comes back with U+FFFD and cannot be opened by it.
  const badName = file.path.includes('\ufffd');
  return {
    paper: null,
    diagnostics: [
      badName
        ? {
            file: file.path,
            severity: 'error',
            code: 'file-name-not-utf8',
            message: 'the file name is not valid UTF-8 (shown with \ufffd), so the file cannot be opened by its name; it was skipped',
            hint: 'rename the file, e.g. `convmv -f latin1 -t utf8 --notest <file>`, or save it under a new name',
          }
        : {
            file: file.path,
            severity: 'error',
            code: 'file-unreadable',
            message: `the file could not be read (${code}); it was skipped`,
            hint: 'check that it is a regular file you may read, then build again',
          },
    ],
  };
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
  const stats: ReadStats = { files: files.length, cached: 0, skipped: 0, readMs: 0, threads: 0, parseMs: 0, renderMs: 0 };
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
        let bytes: Uint8Array;
        try {
          bytes = await readFile(file.absolutePath);
        } catch (error) {
          const key = `unreadable-${from + offset}`;
          keys[from + offset] = key;
          return { index: from + offset, bytes: new Uint8Array(), key, hit: unreadable(file, error) };
        }
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
      if (toRead.length >= POOL_THRESHOLD && (options.threads ?? 0) > 0) {
        stats.threads = Math.max(stats.threads, options.threads ?? 0);
        await Promise.all(
          toRead.map(async ({ index, bytes, key }) => {
            await finish(index, key, await pool.read({ path: files[index]!.path, bytes, base: options.base }));
          }),
        );
      } else {
        // One at a time: files read side by side in one thread would each count the others' time as theirs.
        for (const { index, bytes, key } of toRead) await finish(index, key, await readOne(files[index]!.path, bytes, options.base));
      }
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
  // What the build would trip over on disk is found here, so check:content reports it too.
  const placed = checkPaperPaths(merged.papers);
  stats.skipped = files.length - papers.length + (merged.papers.length - placed.papers.length);
  stats.readMs = performance.now() - started;
  return {
    papers: placed.papers,
    sourceKeys,
    diagnostics: [...results.flatMap((r) => r.diagnostics), ...merged.diagnostics, ...placed.diagnostics],
    stats,
  };
}
