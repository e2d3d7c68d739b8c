/** The site's author pages and where each author name links to, computed once per build (see authors.ts). */
import { cacheKey, listingKey } from './cache-key';
import { authorSlug, groupByAuthor, MIN_PAPERS_FOR_AUTHOR_PAGE, type AuthorGroup } from './authors';
import { pagesOf } from './paging';
import { getPapersNewestFirst, type PaperEntry } from './papers';
import { url } from '../shared/urls';

let groups: Promise<AuthorGroup<PaperEntry>[]> | undefined;

/** Authors with a page of their own. */
export function authorGroups(): Promise<AuthorGroup<PaperEntry>[]> {
  groups ??= getPapersNewestFirst().then((papers) =>
    groupByAuthor(papers, (paper) => paper.data.authors).filter((group) => group.papers.length >= MIN_PAPERS_FOR_AUTHOR_PAGE),
  );
  return groups;
}

/** An author's listing: its newest page, or an older page `page` (counted from the oldest, lib/paging.ts). */
export function authorUrl(slug: string, page?: number): string {
  const base = `authors/${encodeURIComponent(slug)}/`;
  return url(page === undefined ? base : `${base}${page}/`);
}

export interface AuthorLink {
  name: string;
  href: string;
  /** Whether it leads to the author's page (else to a search for the name). */
  page: boolean;
}

let slugs: Promise<Set<string>> | undefined;

/** Each name of a paper with the page of that author, or a search for the name; at most `limit` names. */
export async function authorLinks(names: readonly string[], limit = 50): Promise<AuthorLink[]> {
  slugs ??= authorGroups().then((all) => new Set(all.map((group) => group.slug)));
  const own = await slugs;
  return names.slice(0, limit).map((name) => {
    const slug = authorSlug(name);
    return own.has(slug)
      ? { name, href: authorUrl(slug), page: true }
      : { name, href: url(`search/?q=${encodeURIComponent(name)}`), page: false };
  });
}

export async function authorPaths(pageSize: number) {
  const paths = (await authorGroups()).flatMap((group) =>
    pagesOf(group.papers, pageSize).map(async (page) => {
      return {
        params: { slug: group.slug, page: page.current === page.last ? undefined : String(page.current) },
        props: { group, page },
        // The heading and description show the author's name and count; the rest is the page of cards.
        cacheKey: cacheKey('author', group.label, await listingKey(page, group.papers)),
      };
    }),
  );
  return Promise.all(paths);
}
