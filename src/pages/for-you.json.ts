/** The compact data the home page's "For you" ranks from, fetched only when the reader has favourites (see shared/for-you.ts). */
import type { APIRoute } from 'astro';
import { getPapersNewestFirst } from '@/lib/papers';
import { encodeForYou } from '@/shared/for-you';
import { plainTitle } from '@/shared/plain-title';
import { shorten } from '@/lib/site-related';

export const GET: APIRoute = async () => {
  const papers = await getPapersNewestFirst();
  const file = encodeForYou(papers.map(({ data }) => ({ ...data, title: shorten(plainTitle(data.title), 200) })));
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
