import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { findDangerousMarkup, watchPage } from './security-watch';

/**
 * The hostile site: built from tests/fixtures/hostile, files written to run code, break out of
 * attributes or hang the build. Each page must show the file's text and nothing it tried to run.
 */

const FIXTURES = new URL('../fixtures/hostile/', import.meta.url);

/** Each hostile file's page and the marker text it shows; ids are set in the files' front matter. */
const PAGES = readdirSync(FIXTURES)
  .filter((name) => /^\d\d-/.test(name))
  .sort()
  .map((name) => {
    const n = name.slice(0, 2);
    const id = name.endsWith('.txt') ? 'hostile-15-an-article-script-window-pwned-15-title-script' : `2501.000${n}`;
    return { name, address: `papers/${id}/`, marker: `HOSTILE-${n} text is visible` };
  });

test.describe('hostile summary files', () => {
  test('every hostile file became a page', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(15);
    // The site the hostile project's web server built (playwright.config.ts): each file's page is in it.
    const site = `dist-e2e-hostile${process.env.E2E_SUFFIX ?? ''}`;
    expect(PAGES.filter(({ address }) => !existsSync(`${site}/${address}index.html`)).map(({ name }) => name)).toEqual([]);
  });

  for (const { name, address, marker } of PAGES) {
    test(`${name}: shows its text and runs nothing of its own`, async ({ page }) => {
      // The huge files make pages of 160-590 KB: loading one is a heavy call of its own (27 s on a
      // machine at a load of 20 on two cores), as an axe check is.
      test.slow(name.includes('huge'));
      const watch = await watchPage(page);
      const response = await page.goto(address);
      expect(response?.status()).toBe(200);
      await expect(page.getByText(marker).first()).toBeVisible();
      // Give handlers that fire late (onload of images, autofocus, animations) a moment.
      await page.mouse.move(200, 300);
      await page.mouse.move(400, 500);
      await page.keyboard.press('Tab');
      await page.waitForTimeout(300);

      const seen = await watch.read();
      expect(seen.pwned, 'a payload ran').toBeUndefined();
      expect(seen.title).not.toContain('PWNED');
      expect(seen.polluted).toBeUndefined();
      expect(watch.dialogs, 'dialogs').toEqual([]);
      expect(watch.pageErrors, 'uncaught exceptions').toEqual([]);
      expect(seen.cspViolations, 'CSP violations').toEqual([]);
      // `<img src=x>` keeps its harmless relative src, which 404s; nothing else may log an error.
      expect(
        watch.consoleErrors.filter((e) => !e.startsWith('Failed to load resource: the server responded with a status of 404')),
      ).toEqual([]);
      expect(await findDangerousMarkup(page, 'main')).toEqual([]);
      expect(page.url()).toContain(address);
    });
  }

  test('listing, search and facet pages of the hostile site run nothing either', async ({ page }) => {
    // Seven pages in one test.
    test.slow();
    const watch = await watchPage(page);
    for (const address of ['', 'keywords/', 'keywords/hostile-fixture/', 'categories/', 'domains/', 'search/?q=hostile', 'favourites/']) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(200);
      await page.waitForTimeout(200);
      const seen = await watch.read();
      expect(seen.pwned, address).toBeUndefined();
      expect(seen.cspViolations, address).toEqual([]);
    }
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
