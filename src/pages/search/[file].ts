/**
 * The search index files: /search/manifest.json and the content-hashed vocabulary, term and paper
 * shards it names (see src/search/build-index.ts). Static JSON, fetched by the browser on the first
 * sign of search intent.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteSearchIndex } from '@/lib/search/site-index';

export const getStaticPaths = (async () => {
  const index = await getSiteSearchIndex();
  return [...index.files.keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const index = await getSiteSearchIndex();
  const body = index.files.get(params.file ?? '');
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
