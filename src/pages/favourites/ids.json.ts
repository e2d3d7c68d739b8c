/**
 * The papers now on the site, id → title, url, date, first authors and takeaway (plain text): the
 * favourites page uses it to mark favourites that have left the site, to show each entry's authors
 * and takeaway, and to present the papers of a shared reading list as cards.
 * Kept small on purpose: the authors a card names (shared/author-list.ts) and a takeaway cut to 160 characters.
 */
import type { APIRoute } from 'astro';
import { getPapersNewestFirst } from '@/lib/papers';
import { namedAuthors } from '@/shared/author-list';
import { paperUrl } from '@/shared/urls';
import { plainText } from '@/lib/paper-meta';
import type { SitePaper } from '@/client/favourites/model';

const TAKEAWAY = 160;

export const GET: APIRoute = async () => {
  const papers = await getPapersNewestFirst();
  const index: Record<string, SitePaper> = {};
  for (const { data } of papers) {
    const takeaway = data.takeaway ? plainText(data.takeaway) : '';
    const named = namedAuthors(data.authors.length);
    index[data.id] = {
      title: data.title,
      url: paperUrl(data.id),
      published: data.published,
      authors: data.authors.slice(0, named),
      ...(named < data.authors.length ? { authorCount: data.authors.length } : {}),
      ...(takeaway ? { takeaway: takeaway.length > TAKEAWAY ? `${takeaway.slice(0, TAKEAWAY - 1)}…` : takeaway } : {}),
    };
  }
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
