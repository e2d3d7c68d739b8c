/**
 * The site's search index, built once per build from the papers collection (the /search/ endpoints).
 *
 * It is built only when a paper or the search code changed (its file names are remembered between
 * builds, lib/path-memo.ts), and then on a worker thread (lib/on-worker.ts) that starts the first time
 * a build reads the papers (lib/papers.ts), so it is ready by the time Astro reaches the search route,
 * without holding up the pages generated before it.
 */
import { join } from 'node:path';
import { SideFiles } from '../../loader/side-files';
import { siteConfig } from '../../site';
import { cacheKey, entriesKey } from '../cache-key';
import { onWorker } from '../on-worker';
import { rememberedPaths, sourceVersion } from '../path-memo';
import { getPapersNewestFirst, type PaperEntry } from '../papers';
import { buildSearchIndex, type SearchablePaper, type SearchIndex } from './build-index';

let index: Promise<SearchIndex> | undefined;
let files: Promise<string[]> | undefined;

/** What the index reads of a paper: only these fields go to the worker. */
function searchable({ data, digest }: PaperEntry): SearchablePaper {
  const { id, title, paperTitle, authors, categories, published, takeaway, domains, keywords, abstract, doi, journal, remark } = data;
  return {
    id,
    title,
    paperTitle,
    authors,
    categories,
    published,
    takeaway,
    domains,
    keywords,
    abstract,
    doi,
    journal,
    remark,
    titleHtml: data.html.title,
    digest,
  };
}

/** The version of the code that cuts papers into terms and builds the index from them. */
function searchVersion(): Promise<string> {
  return sourceVersion(['src/lib/search', 'src/lib/paper-memo.ts', 'src/shared']);
}

/** The index, built once: on a worker when it can, else here. */
export function getSiteSearchIndex(): Promise<SearchIndex> {
  index ??= (async () => {
    const started = performance.now();
    const papers = (await getPapersNewestFirst()).map(searchable);
    const memo = { file: join(new SideFiles(siteConfig.cacheDir).termsDir, 'search.json'), version: await searchVersion() };
    const { index: built, reused } = await onWorker<{ index: SearchIndex; reused: number }>(
      'src/lib/search/index-worker.ts',
      { papers, memo },
      () => ({ index: buildSearchIndex(papers), reused: 0 }),
    );
    // One line in the build log, for the build benchmark's per-phase times.
    console.info(
      `[search] index of ${papers.length} papers (terms of ${reused} kept from the last build), ${built.files.size} files, built in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
    return built;
  })();
  return index;
}

/**
 * The index's file names: the last build's when no paper and no search code changed (the index is
 * then not built at all), else the index's own, which this starts building. Called as soon as a
 * build has read the papers (lib/papers.ts).
 */
export function searchFiles(): Promise<string[]> {
  files ??= (async () => {
    const papers = await getPapersNewestFirst();
    // The index reads the papers in listing order and the code that builds it, wherever it lives.
    const key = cacheKey(await searchVersion(), entriesKey(papers));
    return rememberedPaths('search-index', key, async () => [...(await getSiteSearchIndex()).files.keys()]);
  })();
  return files;
}
