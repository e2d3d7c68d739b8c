/** Shared steps of the favourites and share browser tests. */
import { expect, type Page } from '@playwright/test';
import type { Lang } from '../../src/i18n';
import { FIRST, SECOND } from './library-papers';
import { t } from './reader-helpers';

export const KEY = 'papershelf:favourites:v1';

/** Collects uncaught page errors; assert it stays empty. */
export function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

export function favouriteToggle(page: Page, title: string = FIRST.title, lang: Lang = 'en') {
  return page.getByRole('button', { name: `${t('fav.toggle', {}, lang)} ${title}` });
}

/** The header link; its name ends in the count once there are favourites. */
export function favouritesLink(page: Page) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Favourites/ });
}

export async function storedIds(page: Page): Promise<string[]> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
  return raw ? (JSON.parse(raw) as { items: { id: string }[] }).items.map((item) => item.id) : [];
}

/** Favourites a paper on its page; `lang` is the language the page speaks. */
export async function favouriteOnPaperPage(
  page: Page,
  id: string = FIRST.id,
  title: string = FIRST.title,
  lang: Lang = 'en',
): Promise<void> {
  await page.goto(`papers/${id}/`);
  await favouriteToggle(page, title, lang).click();
  await expect(favouriteToggle(page, title, lang)).toHaveAttribute('aria-pressed', 'true');
}

/** Favourites the newest paper from its card on the home page, for specs over the sample, which name no paper. */
export async function favouriteNewest(page: Page): Promise<void> {
  await page.goto('');
  const button = page.locator('article.card .favourite-button').first();
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** Favourites the library's first two papers, opens the favourites page and makes a folder there; returns the folder picker. */
export async function twoFavouritesAndFolder(page: Page, name: string) {
  await favouriteOnPaperPage(page);
  await favouriteOnPaperPage(page, SECOND.id, SECOND.title);
  await page.goto('favourites/');
  await page.getByRole('button', { name: 'New folder' }).click();
  const dialog = page.getByRole('dialog', { name: 'New folder' });
  await dialog.getByRole('textbox', { name: 'Folder name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  return page.getByRole('combobox', { name: 'Folder', exact: true });
}
