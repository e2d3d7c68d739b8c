// @ts-check
/// <reference lib="webworker" />
/**
 * The service worker, served as /sw.js by pages/sw.js.ts with the build's version and base path
 * filled in. It stores only what the reader asked for (the favourites page, the site's frame and
 * favourited papers, sent by client/offline/offline.ts) and serves it when the network fails.
 * Each build has its own cache: the new worker fetches again what the old one kept, then deletes
 * the old cache, so no page from an earlier build is served after a deploy.
 */
const VERSION = '__PAPERSHELF_VERSION__';
const BASE = '__PAPERSHELF_BASE__';
const PREFIX = 'papershelf-offline-';
const CACHE = PREFIX + VERSION;
/** At most this many files are kept, whatever a page asks. */
const LIMIT = 2000;

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** @param {string} href @param {string} from */
function ownUrl(href, from) {
  try {
    const url = new URL(href.replace(/&amp;/g, '&'), from);
    url.hash = '';
    return url.origin === sw.location.origin && url.pathname.startsWith(BASE) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Files a page or stylesheet or script needs: its scripts, styles, fonts, icons. @param {string} text @param {string} from @param {string} type */
function needs(text, from, type) {
  const found = new Set();
  const add = (/** @type {string | undefined} */ href) => {
    const url = href && ownUrl(href, from);
    if (url && /\.(?:js|css|woff2?|svg|png|ico|webmanifest|json)$/.test(new URL(url).pathname)) found.add(url);
  };
  if (type.includes('html')) for (const m of text.matchAll(/(?:src|href)="([^"]+)"/g)) add(m[1]);
  if (type.includes('css')) for (const m of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) if (!m[1]?.startsWith('data:')) add(m[1]);
  if (type.includes('javascript')) for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) add(m[1]);
  return [...found];
}

/** Fetches `url` into `cache`, or copies it from an older cache when the network fails. @param {Cache} cache @param {string} url */
async function store(cache, url) {
  try {
    const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
    if (!response.ok) throw new Error(String(response.status));
    await cache.put(url, response.clone());
    return response;
  } catch {
    const old = await caches.match(url);
    if (old) await cache.put(url, old.clone());
    return old;
  }
}

/**
 * Keeps exactly `pages` (and the files they need) in this build's cache; what is already there is
 * not fetched again unless `refresh`. Returns what failed.
 * @param {string[]} pages @param {boolean} refresh
 */
async function keep(pages, refresh) {
  const cache = await caches.open(CACHE);
  const have = new Set((await cache.keys()).map((request) => request.url));
  const wanted = new Set();
  const queue = pages.map((page) => ownUrl(page, sw.location.href)).filter((url) => url !== undefined);
  let failed = 0;
  while (queue.length > 0 && wanted.size < LIMIT) {
    const url = /** @type {string} */ (queue.shift());
    if (wanted.has(url)) continue;
    wanted.add(url);
    const response = have.has(url) && !refresh ? await cache.match(url) : await store(cache, url);
    if (!response) {
      failed++;
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    if (/html|css|javascript/.test(type)) queue.push(...needs(await response.clone().text(), url, type));
  }
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
  return failed;
}

async function keptStatus() {
  const cache = await caches.open(CACHE);
  let bytes = 0;
  let pages = 0;
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (!response) continue;
    bytes += (await response.clone().arrayBuffer()).byteLength;
    if ((response.headers.get('content-type') ?? '').includes('html')) pages++;
  }
  return { pages, bytes };
}

sw.addEventListener('install', () => {
  void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      const pages = new Set();
      for (const name of older) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          if ((response?.headers.get('content-type') ?? '').includes('html')) pages.add(request.url);
        }
      }
      // The new build's pages replace the old ones (copied from the old cache only when offline).
      if (pages.size > 0) await keep([...pages], true);
      for (const name of older) await caches.delete(name);
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  const port = event.ports[0];
  const data = event.data ?? {};
  const reply = (/** @type {unknown} */ message) => port?.postMessage(message);
  const work = (async () => {
    if (data.type === 'keep' && Array.isArray(data.pages)) {
      const failed = await keep(
        data.pages.filter((/** @type {unknown} */ p) => typeof p === 'string'),
        Boolean(data.refresh),
      );
      reply({ failed, ...(await keptStatus()) });
    } else if (data.type === 'drop') {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
      reply({ failed: 0, pages: 0, bytes: 0 });
    } else if (data.type === 'status') reply({ failed: 0, ...(await keptStatus()) });
  })();
  event.waitUntil(work.catch(() => reply({ failed: -1, pages: 0, bytes: 0 })));
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !url.pathname.startsWith(BASE)) return;
  const cached = () => caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }));
  if (request.mode === 'navigate') {
    // The network first, so a reader online always sees the current site.
    event.respondWith(
      fetch(request).catch(async () => {
        const page = await cached();
        if (page) return page;
        const list = await caches.open(CACHE).then((cache) => cache.match(BASE + 'favourites/'));
        return list ?? new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain' } });
      }),
    );
  } else if (url.pathname.startsWith(BASE + '_astro/')) {
    // Built files have hashed names: a kept copy is the same file.
    event.respondWith(cached().then((hit) => hit ?? fetch(request)));
  } else {
    event.respondWith(fetch(request).catch(async () => (await cached()) ?? Response.error()));
  }
});
