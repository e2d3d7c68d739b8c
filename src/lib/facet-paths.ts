/** Static paths for the paged listing of every value of a facet: /keywords/<value>/, /keywords/<value>/2/, … */
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
  return groups.flatMap((group) =>
    Array.from({ length: pageCount(group.papers.length, pageSize) }, (_, i) => ({
      params: { slug: group.slug, page: i === 0 ? undefined : String(i + 1) },
      props: { facet, group, page: pageOf(group.papers, i + 1, pageSize) } satisfies FacetPageProps,
    })),
  );
}
