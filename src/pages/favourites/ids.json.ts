/**
 * The papers now on the site, id → title, url and date: the favourites page uses it to mark
 * favourites that have left the site and to title the papers of a shared reading list.
 * Kept small on purpose (about 130 bytes a paper before compression).
 */
import type { APIRoute } from 'astro';
import { getPapersNewestFirst } from '@/lib/papers';
import { paperUrl } from '@/shared/urls';
import type { SitePaper } from '@/client/favourites/model';

export const GET: APIRoute = async () => {
  const papers = await getPapersNewestFirst();
  const index: Record<string, SitePaper> = {};
  for (const { data } of papers) index[data.id] = { title: data.title, url: paperUrl(data.id), published: data.published };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
