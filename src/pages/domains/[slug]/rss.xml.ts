/** RSS feed of the newest papers of one domain (see lib/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { facetFeedPaths, facetFeedResponse, type FeedFacet } from '@/lib/feeds';
import type { FacetGroup } from '@/lib/facets';

export const getStaticPaths = (() => facetFeedPaths('domains')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { facet, group } = props as { facet: FeedFacet; group: FacetGroup };
  return facetFeedResponse(facet, group);
};
