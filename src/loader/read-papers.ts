/**
 * Reads every summary file under a folder into rendered papers, with diagnostics.
 * The same code serves the site build (through the Astro loader) and `npm run check:content`.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../ingest/diagnostics';
import { ingestFile, type IngestOptions } from '../ingest/index';
import { mayBeMojibake } from '../ingest/repair/mojibake-detect';
import { mergePapers } from '../ingest/merge';
import type { Paper } from '../ingest/schema';
import { FileResultCache } from './cache';
import { listSummaryFiles, type SummaryFile } from './files';
import type { PaperHtml } from './entry-schema';
import { renderPaper } from './render-paper';

export type RenderedPaper = Paper & { html: PaperHtml };

/** What one file produced; cached by content. */
export interface FileResult {
  paper: RenderedPaper | null;
  diagnostics: Diagnostic[];
}

export interface ReadOptions {
  /** Absolute folder of summary files. */
  dir: string;
  /** Base path for root-relative links in content. */
  base: string;
  /** Limit to these files (absolute paths); default every summary file under `dir`. */
  files?: SummaryFile[];
  cache?: FileResultCache;
  /** Called after each file, for progress output on long builds. */
  onProgress?: (done: number, total: number) => void;
}

export interface ReadStats {
  files: number;
  cached: number;
  skipped: number;
  /** Wall time of the whole read. */
  readMs: number;
  /** Time in decoding, repairing and parsing files that were not cached. */
  parseMs: number;
  /** Time in rendering Markdown and math of files that were not cached. */
  renderMs: number;
}

/** Time spent per phase, summed over files. */
interface PhaseTimes {
  parseMs: number;
  renderMs: number;
}

export interface ReadResult {
  papers: RenderedPaper[];
  diagnostics: Diagnostic[];
  stats: ReadStats;
}

/** How many clean texts the encoding repair learns character context from. */
const MAX_LEARNING_TEXTS = 2000;

async function readOne(
  file: SummaryFile,
  bytes: Uint8Array,
  base: string,
  times: PhaseTimes,
  ingest: IngestOptions = {},
): Promise<FileResult> {
  const parseStart = performance.now();
  const { paper, diagnostics } = await ingestFile(file.path, bytes, ingest);
  const renderStart = performance.now();
  times.parseMs += renderStart - parseStart;
  if (!paper) return { paper: null, diagnostics };
  const rendered = renderPaper(paper, base);
  times.renderMs += performance.now() - renderStart;
  return { paper: { ...paper, html: rendered.html }, diagnostics: [...diagnostics, ...rendered.diagnostics] };
}

export async function readPapers(options: ReadOptions): Promise<ReadResult> {
  const started = performance.now();
  const files = options.files ?? (await listSummaryFiles(options.dir));
  const cache = options.cache ?? new FileResultCache(undefined, '');
  const results: FileResult[] = new Array<FileResult>(files.length);
  // Files with damaged encoding are read last, so their repair can learn from the clean ones.
  const damaged: { index: number; bytes: Uint8Array; key: string }[] = [];
  const learnFrom: string[] = [];
  const utf8 = new TextDecoder();
  const times: PhaseTimes = { parseMs: 0, renderMs: 0 };
  let cached = 0;
  let done = 0;
  const finish = async (index: number, key: string, result: FileResult) => {
    results[index] = result;
    await cache.set(key, result);
    options.onProgress?.(++done, files.length);
  };
  for (const [index, file] of files.entries()) {
    const bytes = await readFile(file.absolutePath);
    const key = cache.keyFor(file.path, bytes, options.base);
    const hit = await cache.get(key);
    const text = hit && learnFrom.length >= MAX_LEARNING_TEXTS ? '' : utf8.decode(bytes);
    if (!hit && mayBeMojibake(text)) {
      damaged.push({ index, bytes, key });
      continue;
    }
    if (text && learnFrom.length < MAX_LEARNING_TEXTS) learnFrom.push(text);
    if (hit) {
      cached++;
      results[index] = hit;
      options.onProgress?.(++done, files.length);
      continue;
    }
    await finish(index, key, await readOne(file, bytes, options.base, times));
  }
  for (const { index, bytes, key } of damaged) {
    await finish(index, key, await readOne(files[index]!, bytes, options.base, times, { learnFrom }));
  }
  const papers = results.flatMap((r) => (r.paper ? [r.paper] : []));
  const merged = mergePapers(papers);
  return {
    papers: merged.papers,
    diagnostics: [...results.flatMap((r) => r.diagnostics), ...merged.diagnostics],
    stats: { files: files.length, cached, skipped: files.length - papers.length, readMs: performance.now() - started, ...times },
  };
}
