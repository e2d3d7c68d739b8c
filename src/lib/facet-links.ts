/**
 * Where a keyword, category, domain or month links to. Most keywords of a large archive belong to
 * one paper only; a page each would multiply the site's pages for nothing, so such a keyword links
 * to a search for it instead, and only values shared by `MIN_PAPERS_FOR_PAGE` papers get a page.
 */
import { groupByFacet, type FacetGroup } from './facets';
import { getPapersNewestFirst } from './papers';
import { facetSlug, facetUrl, url, type Facet } from '../shared/urls';

export const MIN_PAPERS_FOR_PAGE: Readonly<Record<Facet, number>> = {
  keywords: 2,
  categories: 1,
  domains: 1,
  months: 1,
  weeks: 1,
  days: 1,
};

const groupsByFacet = new Map<Facet, Promise<FacetGroup[]>>();

/** Groups of a facet, computed once per build. */
export function facetGroups(facet: Facet): Promise<FacetGroup[]> {
  let groups = groupsByFacet.get(facet);
  if (!groups) {
    groups = getPapersNewestFirst().then((papers) => groupByFacet(papers, facet));
    groupsByFacet.set(facet, groups);
  }
  return groups;
}

export function hasOwnPage(facet: Facet, group: FacetGroup): boolean {
  return group.papers.length >= MIN_PAPERS_FOR_PAGE[facet];
}

const pageSlugs = new Map<Facet, Promise<Set<string>>>();

/** The listing page of a value, or a search for it when it has no page of its own. */
export async function facetLink(facet: Facet, value: string): Promise<string> {
  let slugs = pageSlugs.get(facet);
  if (!slugs) {
    slugs = facetGroups(facet).then((groups) => new Set(groups.filter((g) => hasOwnPage(facet, g)).map((g) => g.slug)));
    pageSlugs.set(facet, slugs);
  }
  return (await slugs).has(facetSlug(value)) ? facetUrl(facet, value) : url(`search/?q=${encodeURIComponent(value)}`);
}
