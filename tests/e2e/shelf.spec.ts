import { expect, test } from '@playwright/test';

test.describe('site under a sub-path (BASE_PATH=/shelf/)', () => {
  test('goes from the home page to a paper and back with every asset loading', async ({ page }) => {
    // Four pages in one scenario.
    test.slow();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('');
    expect(new URL(page.url()).pathname).toBe('/shelf/');
    const link = page.locator('article h2 a').first();
    expect(await link.getAttribute('href')).toMatch(/^\/shelf\/papers\//);
    await link.click();
    await expect(page).toHaveURL(/\/shelf\/papers\/[^/]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The site's stylesheet applied: the site name is bold only through it.
    await expect(page.getByRole('link', { name: 'Papershelf' })).toHaveCSS('font-weight', '700');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Papers' }).click();
    await expect(page).toHaveURL(/\/shelf\/$/);
    await page.locator('.facet-tags a, article .tags a').first().click();
    await expect(page).toHaveURL(/\/shelf\/(keywords|search)\//);
    await page.getByRole('link', { name: 'Papershelf' }).click();
    await expect(page).toHaveURL(/\/shelf\/$/);
    expect(failures).toEqual([]);
  });
});
