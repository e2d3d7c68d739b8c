/**
 * The offline scenario, run at the root and under /shelf/: favourite two papers, keep them offline, go
 * offline, open both; in the language the page speaks (`lang`, English unless said).
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { Lang } from '../../src/i18n';
import { favouriteOnPaperPage } from './favourites-helpers';
import { FIRST, SECOND } from './library-papers';
import { escapeRegExp, t } from './reader-helpers';

/** "N pages kept for offline reading (S)." in `lang`, with N and S left to match any count and size. */
export function keptPattern(lang: Lang = 'en'): RegExp {
  const text = escapeRegExp(t('offline.kept', { count: 1234567, size: 'SIZE' }, lang));
  return new RegExp(`^${text.replace('1234567', '(\\d+)').replace('SIZE', '\\d+(\\.\\d)? (KB|MB)')}$`);
}

export async function keepFavouritesOffline(page: Page, lang: Lang = 'en'): Promise<void> {
  await favouriteOnPaperPage(page, FIRST.id, FIRST.title, lang);
  await favouriteOnPaperPage(page, SECOND.id, SECOND.title, lang);
  await page.goto('favourites/');
  await page.getByRole('button', { name: t('offline.keep', {}, lang) }).click();
  // The favourites page and its frame, the home page and both papers.
  const kept = page.getByText(keptPattern(lang));
  await expect(kept).toBeVisible({ timeout: 30_000 });
  expect(Number((await kept.textContent())!.match(keptPattern(lang))![1])).toBeGreaterThanOrEqual(4);
}

export async function openBothOffline(context: BrowserContext, page: Page, lang: Lang = 'en'): Promise<void> {
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
    await expect(page.getByText(t('offline.indicator', {}, lang))).toBeVisible();
    // Its stylesheet came from the kept copy too.
    const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(styled).toMatch(/^system-ui/);
  }
  await page.goto('favourites/');
  await expect(page.locator('[data-fav-list] .fav-item-title')).toHaveCount(2);
  await context.setOffline(false);
}
