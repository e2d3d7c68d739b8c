/** The pager of a listing with several pages (the /shelf/ test site lists 4 papers a page). */
import { expect, test } from '@playwright/test';

test.describe('3. pager', () => {
  test('leads from the newest page to the oldest, numbering pages from the oldest, and marks the current one', async ({ page }) => {
    await page.goto('');
    const pager = page.getByRole('navigation', { name: 'Pages' });
    const numbers = pager.getByRole('listitem').getByRole('link');
    await expect(numbers.first()).toHaveAccessibleName('Newest');
    await expect(numbers.first()).toHaveAttribute('aria-current', 'page');
    await expect(numbers.last()).toHaveText('1');
    // The page below the newest is numbered: pages count from the oldest, so their numbers do not move as papers arrive.
    const below = Number(await numbers.nth(1).innerText());
    expect(below).toBeGreaterThanOrEqual(2);
    await expect(pager.getByRole('link', { name: 'Newest page' })).toHaveCount(0);
    await pager.getByRole('link', { name: /Older/ }).click();
    await expect(page).toHaveURL(new RegExp(`/shelf/page/${below}/$`));
    await expect(page).toHaveTitle(new RegExp(`\\(Page ${below}\\)`));
    await pager.getByRole('link', { name: 'Oldest page' }).click();
    await expect(page).toHaveURL(/\/shelf\/page\/1\/$/);
    await expect(pager.getByRole('link', { name: '1', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(pager.getByRole('link', { name: 'Oldest page' })).toHaveCount(0);
    await expect(pager.getByRole('link', { name: /Older/ })).toHaveCount(0);
    await pager.getByRole('link', { name: /Newer/ }).click();
    await expect(page).toHaveURL(/\/shelf\/page\/2\/$/);
    for (const link of await pager.getByRole('link').all()) {
      const box = await link.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    await pager.getByRole('link', { name: 'Newest page' }).click();
    await expect(page).toHaveURL(/\/shelf\/$/);
  });

  test('lists every paper once across the pages', async ({ page }) => {
    await page.goto('');
    const count = Number((await page.locator('.listing-bar p').first().innerText()).match(/\d+/)![0]);
    const ids: string[] = [];
    const collect = async () =>
      ids.push(
        ...(await page
          .locator('article[data-paper-id]')
          .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.paperId!))),
      );
    await collect();
    const pager = page.getByRole('navigation', { name: 'Pages' });
    while ((await pager.getByRole('link', { name: /Older/ }).count()) > 0) {
      const older = pager.getByRole('link', { name: /Older/ });
      const next = new URL((await older.getAttribute('href'))!, page.url()).href;
      await older.click();
      // Read the cards of the page the click led to, not of the one it left.
      await page.waitForURL(next);
      await collect();
    }
    expect(ids.length).toBe(count);
    expect(new Set(ids).size).toBe(count);
  });
});
