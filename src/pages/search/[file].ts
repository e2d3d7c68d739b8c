/**
 * The search index files: /search/manifest.json and the content-hashed vocabulary, term and paper
 * shards it names (see src/lib/search/build-index.ts). Static JSON, fetched by the browser on the first
 * sign of search intent. When no paper changed, the list of files is the last build's
 * (src/lib/search/site-index.ts) and Astro restores every file: the index is not built at all. When some
 * did, the index is built again, but a file's name holds the hash of its contents, so it is its key: only
 * the files whose contents changed are written again, and the manifest, keyed by all of their names.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '@/lib/cache-key';
import { getSiteSearchIndex, searchFiles } from '@/lib/search/site-index';
import { MANIFEST_FILE } from '@/shared/search/format';

export const getStaticPaths = (async () => {
  const files = await searchFiles();
  const manifestKey = cacheKey(files.filter((file) => file !== MANIFEST_FILE));
  return files.map((file) => ({ params: { file }, cacheKey: file === MANIFEST_FILE ? manifestKey : file }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const index = await getSiteSearchIndex();
  const body = index.files.get(params.file ?? '');
  // Only a remembered list of files that no longer matches the index gets here: fail rather than publish a broken index.
  if (body === undefined) throw new Error(`search/${params.file}: not a file of the search index built now; build again with --force`);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
