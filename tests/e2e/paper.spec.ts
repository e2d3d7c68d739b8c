import { expect, test, type Page } from '@playwright/test';

async function paperLinks(page: Page): Promise<string[]> {
  await page.goto('');
  return page.locator('article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

// Formulas (rendering, broken ones, pages without math) are tested on a fixture site: math.site.spec.ts.
test.describe('paper page', () => {
  test('shows bilingual abstracts with their languages and the source of the summary', async ({ page }) => {
    const [first] = await paperLinks(page);
    await page.goto(first!);
    await expect(page.locator('section[lang="zh-Hans"]#abstract-zh')).toBeVisible();
    await expect(page.locator('section[lang="en"]#abstract-en')).toBeVisible();
    await expect(page.getByRole('region', { name: 'About this summary' })).toContainText(/digest|article|hand-written/);
  });
});
