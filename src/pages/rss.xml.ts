/** RSS feed of the newest 50 papers. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '@/site';
import { t } from '@/i18n';
import { getPapersNewestFirst } from '@/lib/papers';
import { paperUrl } from '@/shared/urls';

export const FEED_SIZE = 50;

export async function GET(context: APIContext) {
  const papers = (await getPapersNewestFirst()).slice(0, FEED_SIZE);
  return rss({
    title: SITE.name,
    description: t('home.description'),
    // Feed readers need absolute links; without SITE_URL they resolve against localhost.
    site: context.site ?? 'http://localhost:4321',
    items: papers.map(({ data }) => ({
      title: data.title,
      link: paperUrl(data.id),
      pubDate: data.published ? new Date(`${data.published}T00:00:00Z`) : undefined,
      description: data.takeaway ?? data.abstract.en ?? data.abstract.zh,
      categories: [...data.categories, ...data.keywords],
      author: data.authors.join(', ') || undefined,
    })),
  });
}
