/** The site's search index, built once from the papers collection (for the /search/ endpoint of `astro dev`). */
import { getPapersNewestFirst } from '../lib/papers';
import { buildSearchIndex, type SearchIndex } from './build-index';

let index: Promise<SearchIndex> | undefined;

export function getSiteSearchIndex(): Promise<SearchIndex> {
  index ??= getPapersNewestFirst().then((entries) => buildSearchIndex(entries.map((entry) => entry.data)));
  return index;
}
