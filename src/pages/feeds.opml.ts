/** Every feed of the site in one OPML file: the site's own, then one per category, domain and keyword. */
import type { APIRoute } from 'astro';
import { t } from '@/i18n';
import { facetGroups, hasOwnPage } from '@/lib/facet-links';
import { FEED_FACETS, facetFeedTitle, facetFeedUrl, feedSite, siteFeedUrl } from '@/lib/feeds';
import { opml, type OpmlGroup } from '@/lib/opml';
import { facetUrl, url } from '@/shared/urls';
import { SITE } from '@/site';

export const GET: APIRoute = async () => {
  const site = feedSite();
  const absolute = (path: string) => new URL(path, site).href;
  const groups: OpmlGroup[] = [
    { title: SITE.name, feeds: [{ title: SITE.name, xmlUrl: absolute(siteFeedUrl()), htmlUrl: absolute(url()) }] },
  ];
  for (const facet of FEED_FACETS) {
    const own = (await facetGroups(facet)).filter((group) => hasOwnPage(facet, group));
    groups.push({
      title: t(`facet.${facet}.index`),
      feeds: own.map((group) => ({
        title: facetFeedTitle(facet, group),
        xmlUrl: absolute(facetFeedUrl(facet, group.label)),
        htmlUrl: absolute(facetUrl(facet, group.label)),
      })),
    });
  }
  return new Response(opml(`${SITE.name} · ${t('feed.all')}`, groups), { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
