/**
 * Offline reading on the library fixture site, in each language and at each width: two favourites
 * kept and opened with no connection, the size and the notice shown, nothing else kept, a new build's
 * worker replacing old copies, and the manifest.
 */
import { expect, test } from '@playwright/test';
import { FIRST, SECOND } from './library-papers';
import { keepFavouritesOffline, keptPattern, openBothOffline } from './offline-helpers';
import { PAIRED, say, useVariant } from './reader-helpers';

for (const variant of PAIRED) {
  test.describe(`offline reading, ${variant.name}`, () => {
    useVariant(variant);
    const s = say(variant);
    // Each test walks several pages and fills a cache: allow for a loaded machine.
    test.slow();

    test('favourites two papers, goes offline and opens both, with the size kept shown and an offline notice', async ({
      context,
      page,
    }) => {
      await keepFavouritesOffline(page, variant.lang);
      await openBothOffline(context, page, variant.lang);
    });

    test('keeps nothing the reader did not ask for, and drops the copies on request', async ({ context, page }) => {
      await page.goto(`papers/${FIRST.id}/`);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
      await keepFavouritesOffline(page, variant.lang);
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        return urls;
      });
      const papers = cached.filter((u) => /\/papers\/[^/]+\/$/.test(new URL(u).pathname)).map((u) => new URL(u).pathname);
      expect(papers.sort()).toEqual([`/papers/${FIRST.id}/`, `/papers/${SECOND.id}/`].sort());

      await page.getByRole('button', { name: s('offline.drop') }).click();
      await expect(page.getByText(s('offline.none'))).toBeVisible();
      expect(await page.evaluate(() => caches.keys())).toEqual([]);
      await context.setOffline(true);
      await expect(page.goto(`papers/${FIRST.id}/`)).rejects.toThrow();
      await context.setOffline(false);
    });

    test('a new build’s worker replaces the pages the old one kept', async ({ page }) => {
      await keepFavouritesOffline(page, variant.lang);
      // Pretend the kept copy came from an older build: move it to another versioned cache.
      await page.evaluate(async () => {
        const [name] = (await caches.keys()).filter((n) => n.startsWith('papershelf-offline-'));
        const old = await caches.open('papershelf-offline-0');
        const current = await caches.open(name!);
        for (const request of await current.keys()) {
          const response = await current.match(request);
          const text = (await response!.text()).replace('</body>', '<p>stale copy</p></body>');
          await old.put(request, new Response(text, { headers: response!.headers }));
        }
        await caches.delete(name!);
      });
      // The worker of this build activates again on a new registration and replaces the old cache.
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.unregister();
      });
      await page.reload();
      await page.getByRole('button', { name: s('offline.refresh') }).click();
      await expect(page.getByText(keptPattern(variant.lang))).toBeVisible({ timeout: 30_000 });
      await expect
        .poll(() => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('papershelf-offline-'))))
        .not.toContain('papershelf-offline-0');
      const stale = await page.evaluate(async () => {
        for (const name of await caches.keys())
          for (const request of await (await caches.open(name)).keys())
            if ((await (await caches.open(name)).match(request))!.headers.get('content-type')?.includes('html'))
              if ((await (await (await caches.open(name)).match(request))!.text()).includes('stale copy')) return true;
        return false;
      });
      expect(stale).toBe(false);
    });
  });
}

test.describe('installing', () => {
  test('the web app manifest installs the site at its base path', async ({ page, baseURL }) => {
    await page.goto('');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(new URL(href!, baseURL).href)).json();
    expect(manifest).toMatchObject({ name: 'Papershelf', start_url: '/', scope: '/', display: 'standalone' });
  });
});
