import { expect, test } from '@playwright/test';

test.describe('home page', () => {
  test('lists the bundled sample papers newest first, each linking to its page', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1, name: 'Latest papers' })).toBeVisible();
    const cards = page.getByRole('article');
    // More than one, so the order below is tested; how many depends on the sample and the page size.
    expect(await cards.count()).toBeGreaterThan(1);
    const dates = await page.locator('article time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    const firstTitle = cards.first().getByRole('heading').getByRole('link');
    const title = (await firstTitle.textContent())?.trim() ?? '';
    await firstTitle.click();
    await expect(page).toHaveURL(/\/papers\/[a-z0-9.-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('answers an unknown address with the 404 page', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
