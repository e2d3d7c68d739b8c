/** Static paths for the paged listing of every value of a facet: /keywords/<value>/, /keywords/<value>/2/, … */
import { cacheKey, listingKey } from './cache-key';
import type { FacetGroup } from './facets';
import { facetGroups, hasOwnPage } from './facet-links';
import { pageOf, pageCount, type Page } from './paging';
import type { PaperEntry } from './papers';
import type { Facet } from '../shared/urls';

export interface FacetPageProps {
  facet: Facet;
  group: FacetGroup;
  page: Page<PaperEntry>;
}

export async function facetPaths(facet: Facet, pageSize: number) {
  const groups = (await facetGroups(facet)).filter((group) => hasOwnPage(facet, group));
  const paths = groups.flatMap((group) =>
    Array.from({ length: pageCount(group.papers.length, pageSize) }, async (_, i) => {
      const page = pageOf(group.papers, i + 1, pageSize);
      return {
        params: { slug: group.slug, page: i === 0 ? undefined : String(i + 1) },
        props: { facet, group, page } satisfies FacetPageProps,
        // The heading and description show the value's label and count; the rest is the page of cards.
        cacheKey: cacheKey(facet, group.label, await listingKey(page, group.papers.length)),
      };
    }),
  );
  return Promise.all(paths);
}
