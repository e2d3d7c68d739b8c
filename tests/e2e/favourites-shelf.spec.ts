import { expect, test } from '@playwright/test';
import { favouriteToggle, favouritesLink, pageErrors } from './favourites-helpers';
import { FIRST } from './library-papers';

test.describe('favourites under a sub-path (BASE_PATH=/shelf/)', () => {
  test('favourites a paper and lists it with links and files under the sub-path', async ({ page }) => {
    const errors = pageErrors(page);
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    // The paper's own page: this site lists four papers a page, so the sample paper may not be on the first.
    await page.goto(`papers/${FIRST.id}/`);
    await favouriteToggle(page).click();
    await favouritesLink(page).click();
    await expect(page).toHaveURL(/\/shelf\/favourites\/$/);
    await expect(page.getByRole('link', { name: FIRST.title })).toHaveAttribute('href', `/shelf/papers/${FIRST.id}/`);
    await page.goto(`papers/${FIRST.id}/`);
    await expect(page.getByRole('link', { name: 'BibTeX' })).toHaveAttribute('href', `/shelf/papers/${FIRST.id}.bib`);
    await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute(
      'content',
      'https://papershelf.example/shelf/og-default.png',
    );
    await page.goto(`favourites/#ids=${FIRST.id}`);
    await expect(page.getByRole('region', { name: 'A shared reading list' }).getByRole('link', { name: FIRST.title })).toBeVisible();
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  });
});
