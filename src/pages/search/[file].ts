/**
 * The search index files: /search/manifest.json and the content-hashed vocabulary, term and paper
 * shards it names (see src/lib/search/build-index.ts). Static JSON, fetched by the browser on the first
 * sign of search intent. When no paper changed, the list of files is the last build's
 * (src/lib/path-memo.ts) and Astro restores every file: the index is not built at all.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey, entriesKey } from '@/lib/cache-key';
import { getPapersNewestFirst } from '@/lib/papers';
import { rememberedPaths, sourceVersion } from '@/lib/path-memo';
import { getSiteSearchIndex } from '@/lib/search/site-index';

export const getStaticPaths = (async () => {
  // The index reads the papers in listing order and the code that builds it, wherever it lives.
  const key = cacheKey(await sourceVersion(['src/lib/search', 'src/shared']), entriesKey(await getPapersNewestFirst()));
  const files = await rememberedPaths('search-index', key, async () => [...(await getSiteSearchIndex()).files.keys()]);
  return files.map((file) => ({ params: { file }, cacheKey: key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const index = await getSiteSearchIndex();
  const body = index.files.get(params.file ?? '');
  // Only a remembered list of files that no longer matches the index gets here: fail rather than publish a broken index.
  if (body === undefined) throw new Error(`search/${params.file}: not a file of the search index built now; build again with --force`);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
