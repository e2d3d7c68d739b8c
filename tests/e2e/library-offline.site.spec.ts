import { expect, test } from '@playwright/test';
import { FIRST, SECOND } from './library-papers';
import { keepFavouritesOffline, openBothOffline } from './offline-helpers';

test.describe('offline reading', () => {
  // Each test walks several pages and fills a cache: allow for a loaded machine.
  test.slow();
  for (const size of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1280, height: 900 },
  ])
    test(`favourites two papers, goes offline and opens both (${size.name})`, async ({ context, page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await keepFavouritesOffline(page);
      await openBothOffline(context, page);
    });

  test('keeps nothing the reader did not ask for, and drops the copies on request', async ({ context, page }) => {
    await page.goto(`papers/${FIRST.id}/`);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    await keepFavouritesOffline(page);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    const papers = cached.filter((u) => /\/papers\/[^/]+\/$/.test(new URL(u).pathname)).map((u) => new URL(u).pathname);
    expect(papers.sort()).toEqual([`/papers/${FIRST.id}/`, `/papers/${SECOND.id}/`].sort());

    await page.getByRole('button', { name: 'Remove offline copies' }).click();
    await expect(page.getByText('Nothing is kept for offline reading.')).toBeVisible();
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    await context.setOffline(true);
    await expect(page.goto(`papers/${FIRST.id}/`)).rejects.toThrow();
    await context.setOffline(false);
  });

  test('a new build’s worker replaces the pages the old one kept', async ({ page }) => {
    await keepFavouritesOffline(page);
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
    await page
      .getByRole('button', { name: /offline/ })
      .first()
      .click();
    await expect(page.getByText(/pages kept for offline reading/)).toBeVisible({ timeout: 30_000 });
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

  test('the web app manifest installs the site at its base path', async ({ page, baseURL }) => {
    await page.goto('');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(new URL(href!, baseURL).href)).json();
    expect(manifest).toMatchObject({ name: 'Papershelf', start_url: '/', scope: '/', display: 'standalone' });
  });
});
