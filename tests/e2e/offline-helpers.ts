/** The offline scenario, run at the root and under /shelf/: favourite two papers, keep them offline, go offline, open both. */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { favouriteOnPaperPage } from './favourites-helpers';
import { FIRST, SECOND } from './library-papers';

export async function keepFavouritesOffline(page: Page): Promise<void> {
  await favouriteOnPaperPage(page);
  await favouriteOnPaperPage(page, SECOND.id, SECOND.title);
  await page.goto('favourites/');
  await page.getByRole('button', { name: 'Keep favourites for offline reading' }).click();
  // The favourites page and its frame, the home page and both papers.
  await expect(page.getByText(/^\d+ pages kept for offline reading \(\d+(\.\d)? (KB|MB)\)\.$/)).toBeVisible({ timeout: 30_000 });
  const kept = Number((await page.getByText(/pages kept for offline reading/).textContent())!.match(/^(\d+)/)![1]);
  expect(kept).toBeGreaterThanOrEqual(4);
}

export async function openBothOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  for (const paper of [FIRST, SECOND]) {
    await page.goto(`papers/${paper.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: paper.title })).toBeVisible();
    // Chromium 150 under Playwright's offline emulation reports navigator.onLine as true in a document
    // loaded while the context is offline (a browser without a network says false). Switching the
    // emulation off and on fires the 'offline' event, which the notice listens to as well.
    if (await page.evaluate(() => navigator.onLine)) {
      await context.setOffline(false);
      await context.setOffline(true);
    }
    await expect(page.getByText('You are offline')).toBeVisible();
    // Its stylesheet came from the kept copy too.
    const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(styled).toMatch(/^system-ui/);
  }
  await page.goto('favourites/');
  await expect(page.locator('[data-fav-list] .fav-item-title')).toHaveCount(2);
  await context.setOffline(false);
}
