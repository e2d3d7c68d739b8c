/**
 * The service worker (client/offline/service-worker.js), served from the site's base path so its
 * scope covers every page. Its version is a hash of what the pages are made of (the papers, the
 * site's code and styles, the configuration and the lockfile), so a deploy that changes any page is a
 * new worker with its own cache, which replaces what the previous build's worker kept, while a rebuild
 * of the same inputs writes the same file (the incremental build relies on that).
 */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import source from '@/client/offline/service-worker.js?raw';
import { cacheKey, entriesKey } from '@/lib/cache-key';
import { getPapersNewestFirst } from '@/lib/papers';
import { sourceVersion } from '@/lib/source-version';
import { url } from '@/shared/urls';

const version = async () =>
  cacheKey(
    await sourceVersion(['src', 'public'], /\.(?:ts|js|json|astro|css|mjs)$/),
    await Promise.all(['astro.config.mjs', 'package-lock.json'].map((file) => readFile(file, 'utf8').catch(() => ''))),
    entriesKey(await getPapersNewestFirst()),
  ).replace(/[^A-Za-z0-9]/g, '');

export const GET: APIRoute = async () => {
  const VERSION = await version();
  return new Response(source.replace('__PAPERSHELF_VERSION__', VERSION).replace('__PAPERSHELF_BASE__', url('')), {
    headers: { 'Content-Type': 'text/javascript' },
  });
};
