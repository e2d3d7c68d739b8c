/** RSS feed of the newest papers of the whole site. */
import { t } from '@/i18n';
import { feedResponse, SITE_FEED_SIZE } from '@/lib/feeds';
import { getPapersNewestFirst } from '@/lib/papers';
import { SITE } from '@/site';

export async function GET() {
  const papers = await getPapersNewestFirst();
  return feedResponse(SITE.name, t('home.description'), papers.slice(0, SITE_FEED_SIZE));
}
