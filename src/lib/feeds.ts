/**
 * The site's feeds: the newest papers of the whole site (rss.xml), and of every category, domain
 * and keyword that has a listing page (/<facet>/<value>/rss.xml), all RSS 2.0 with absolute links
 * under SITE_URL; and the OPML file that lists them. Items are built once per paper and build.
 */
import rss from '@astrojs/rss';
import { t } from '../i18n';
import { cacheKey, entriesKey } from './cache-key';
import { SITE, siteConfig } from '../site';
import { feedDescription, feedTitle, xmlSafe, type FeedLabels } from './feed-content';
import type { FacetGroup } from './facets';
import { facetGroups, hasOwnPage } from './facet-links';
import { getPaperBody, type PaperEntry } from './papers';
import { facetSlug, type Facet } from '../shared/paths';
import { paperUrl, url } from '../shared/urls';

/** Papers in the site's own feed, and in each facet's. */
export const SITE_FEED_SIZE = 50;
export const FACET_FEED_SIZE = 20;

/** The facets with a feed per value: months are dates, not subjects to follow. */
export const FEED_FACETS = ['categories', 'domains', 'keywords'] as const satisfies readonly Facet[];
export type FeedFacet = (typeof FEED_FACETS)[number];

export function isFeedFacet(facet: Facet): facet is FeedFacet {
  return (FEED_FACETS as readonly Facet[]).includes(facet);
}

/** Feed readers need absolute links; without SITE_URL they resolve against the preview server. */
export function feedSite(): URL {
  return new URL(siteConfig.siteUrl ?? 'http://localhost:4321');
}

export function siteFeedUrl(): string {
  return url('rss.xml');
}

export function facetFeedUrl(facet: FeedFacet, value: string): string {
  return url(`${facet}/${encodeURIComponent(facetSlug(value))}/rss.xml`);
}

const both = (key: Parameters<typeof t>[0]) => `${t(key, {}, 'en')} · ${t(key, {}, 'zh')}`;
const LABELS: FeedLabels = { takeaway: both('feed.takeaway'), abstractZh: both('feed.abstractZh'), abstractEn: both('feed.abstractEn') };

const descriptions = new Map<string, Promise<string>>();

function description(paper: PaperEntry): Promise<string> {
  let found = descriptions.get(paper.id);
  if (!found) {
    found = getPaperBody(paper.id).then((body) =>
      feedDescription({ takeaway: paper.data.html.takeaway, abstractZh: body.abstractZh, abstractEn: body.abstractEn }, LABELS, feedSite()),
    );
    descriptions.set(paper.id, found);
  }
  return found;
}

/** An RSS 2.0 response for `papers` (newest first). */
export async function feedResponse(title: string, channelDescription: string, papers: readonly PaperEntry[]): Promise<Response> {
  const items = await Promise.all(
    papers.map(async (paper) => {
      const { data } = paper;
      return {
        title: feedTitle(data.title),
        link: paperUrl(data.id),
        pubDate: data.published ? new Date(`${data.published}T00:00:00Z`) : undefined,
        description: await description(paper),
        categories: [...data.categories, ...data.keywords].map(xmlSafe).filter(Boolean),
        author: xmlSafe(data.authors.join(', ')) || undefined,
      };
    }),
  );
  return rss({ title: xmlSafe(title), description: xmlSafe(channelDescription), site: feedSite(), items });
}

/** Static paths of a facet's feeds: one per value that has a listing page. */
export async function facetFeedPaths(facet: FeedFacet) {
  const groups = (await facetGroups(facet)).filter((group) => hasOwnPage(facet, group));
  // A feed shows its value's label and its newest papers' text: the papers' digests cover the text.
  return groups.map((group) => ({
    params: { slug: group.slug },
    props: { facet, group },
    cacheKey: cacheKey('feed', facet, group.label, entriesKey(group.papers.slice(0, FACET_FEED_SIZE))),
  }));
}

export function facetFeedTitle(facet: FeedFacet, group: FacetGroup): string {
  return `${t(`facet.${facet}.one`, { value: group.label })} · ${SITE.name}`;
}

export async function facetFeedResponse(facet: FeedFacet, group: FacetGroup): Promise<Response> {
  const title = facetFeedTitle(facet, group);
  return feedResponse(title, t('feed.description', { value: group.label, site: SITE.name }), group.papers.slice(0, FACET_FEED_SIZE));
}
