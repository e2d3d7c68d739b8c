/**
 * The search index files while developing (`astro dev`): /search/manifest.json and the content-hashed
 * vocabulary, term and paper shards it names (see src/lib/search/build-index.ts). A build writes the
 * same files with the search-index-files integration instead, from the paper loader's hand-off: the
 * index is then built beside the bundling and the pages, and no page waits for it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteSearchIndex } from '@/lib/search/site-index';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const { files } = await getSiteSearchIndex();
  return [...files.keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = (await getSiteSearchIndex()).files.get(params.file ?? '');
  if (body === undefined) return new Response('Not a file of the search index', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
