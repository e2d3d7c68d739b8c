/** When every paper of the site arrived (shared/arrivals.ts): a date view fetches it to offer the first new day. */
import type { APIRoute } from 'astro';
import { listingArrivals } from '@/lib/arrivals';
import { getPapersNewestFirst } from '@/lib/papers';

export const GET: APIRoute = async () =>
  new Response(listingArrivals(await getPapersNewestFirst()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
