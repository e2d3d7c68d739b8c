import { expect, test } from '@playwright/test';
import { keepFavouritesOffline, openBothOffline } from './offline-helpers';

// Each test walks several pages and fills a cache: allow for a loaded machine.
test.slow();

test('under /shelf/: favourites two papers, goes offline and opens both', async ({ context, page }) => {
  await keepFavouritesOffline(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(new URL(scope!).pathname).toBe('/shelf/');
  await openBothOffline(context, page);
});

test('under /shelf/: the manifest and the worker live under the base path', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/shelf/manifest.webmanifest');
  const manifest = await (await page.request.get('/shelf/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ start_url: '/shelf/', scope: '/shelf/' });
  const worker = await (await page.request.get('/shelf/sw.js')).text();
  expect(worker).toContain("const BASE = '/shelf/'");
});
