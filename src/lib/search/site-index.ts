/** The site's search index, built once per build from the papers collection (used by the /search/ endpoints). */
import { getPapersNewestFirst } from '../papers';
import { buildSearchIndex, type SearchIndex } from './build-index';

let index: Promise<SearchIndex> | undefined;

export function getSiteSearchIndex(): Promise<SearchIndex> {
  index ??= getPapersNewestFirst().then((entries) => {
    const started = performance.now();
    const built = buildSearchIndex(entries.map((entry) => ({ ...entry.data, titleHtml: entry.data.html.title })));
    // One line in the build log, for the build benchmark's per-phase times.
    console.info(
      `[search] index of ${entries.length} papers, ${built.files.size} files, built in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
    return built;
  });
  return index;
}
