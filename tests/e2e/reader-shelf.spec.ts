/** The pager of a listing with several pages (the /shelf/ test site lists 4 papers a page). */
import { expect, test } from '@playwright/test';

test.describe('3. pager', () => {
  test('numbers the pages, marks the current one and links first, previous, next and last', async ({ page }) => {
    await page.goto('');
    const pager = page.getByRole('navigation', { name: 'Pages' });
    const numbers = pager.getByRole('listitem').getByRole('link');
    await expect(numbers.first()).toHaveText('1');
    await expect(numbers.first()).toHaveAttribute('aria-current', 'page');
    const last = Number(await numbers.last().innerText());
    expect(last).toBeGreaterThan(2);
    await expect(pager.getByRole('link', { name: 'First page' })).toHaveCount(0);
    await pager.getByRole('link', { name: 'Last page' }).click();
    await expect(page).toHaveURL(new RegExp(`/shelf/page/${last}/$`));
    await expect(pager.getByRole('link', { name: String(last), exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(pager.getByRole('link', { name: 'Last page' })).toHaveCount(0);
    await pager.getByRole('link', { name: /Newer/ }).click();
    await expect(page).toHaveURL(new RegExp(`/shelf/page/${last - 1}/$`));
    for (const link of await pager.getByRole('link').all()) {
      const box = await link.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    await pager.getByRole('link', { name: 'First page' }).click();
    await expect(page).toHaveURL(/\/shelf\/$/);
  });
});
