/**
 * The service worker (client/offline/service-worker.js), served from the site's base path so its
 * scope covers every page. The build's time is its version: every build is a new worker with its
 * own cache, which replaces what the previous build's worker kept.
 */
import type { APIRoute } from 'astro';
import source from '@/client/offline/service-worker.js?raw';
import { url } from '@/shared/urls';

const VERSION = new Date().toISOString().replace(/\D/g, '');

export const GET: APIRoute = () =>
  new Response(source.replace('__PAPERSHELF_VERSION__', VERSION).replace('__PAPERSHELF_BASE__', url('')), {
    headers: { 'Content-Type': 'text/javascript' },
  });
