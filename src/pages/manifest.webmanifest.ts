/** The web app manifest: the site installs as an app whose scope is the base path it is served under. */
import type { APIRoute } from 'astro';
import { SITE } from '@/site';
import { t } from '@/i18n';
import { url } from '@/shared/urls';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: SITE.name,
      short_name: SITE.name,
      description: t('home.description'),
      start_url: url(''),
      scope: url(''),
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f5fbf',
      icons: [
        { src: url('favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: url('og-default.png'), sizes: '1200x630', type: 'image/png' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
