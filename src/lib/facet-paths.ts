/** Static paths for the paged listing of every value of a facet: /keywords/<value>/ (newest), then /keywords/<value>/1/ (oldest), /2/, … */
import { cacheKey, listingKey } from './cache-key';
import type { FacetGroup } from './facets';
import { facetGroups, hasOwnPage } from './facet-links';
import { pagesOf, type Page } from './paging';
import type { PaperEntry } from './papers';
import { DATE_FACETS, type Facet } from '../shared/urls';

export interface FacetPageProps {
  facet: Facet;
  group: FacetGroup;
  page: Page<PaperEntry>;
}

export async function facetPaths(facet: Facet, pageSize: number) {
  const all = await facetGroups(facet);
  const groups = all.filter((group) => hasOwnPage(facet, group));
  // A date's page links to the previous and next date with papers (components/DateNav.astro).
  const neighbours = (group: FacetGroup) => {
    if (!DATE_FACETS.includes(facet)) return null;
    const at = all.findIndex((g) => g.slug === group.slug);
    return [all[at + 1]?.label ?? null, at > 0 ? (all[at - 1]?.label ?? null) : null];
  };
  const paths = groups.flatMap((group) =>
    pagesOf(group.papers, pageSize).map(async (page) => {
      return {
        params: { slug: group.slug, page: page.current === page.last ? undefined : String(page.current) },
        props: { facet, group, page } satisfies FacetPageProps,
        // The heading and description show the value's label and count, a date its neighbouring dates;
        // the rest is the page of cards.
        cacheKey: cacheKey(facet, group.label, neighbours(group), await listingKey(page, group.papers)),
      };
    }),
  );
  return Promise.all(paths);
}
