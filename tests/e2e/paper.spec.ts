import { expect, test, type Page } from '@playwright/test';

async function paperLinks(page: Page): Promise<string[]> {
  await page.goto('');
  return page.locator('article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test.describe('paper page', () => {
  test('renders formulas with KaTeX on the server and leaves no raw LaTeX delimiters', async ({ page }) => {
    const links = await paperLinks(page);
    let pagesWithMath = 0;
    for (const href of links) {
      await page.goto(href);
      // Text a reader sees, leaving out formulas deliberately shown as source because they are broken.
      const text = await page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.katex-error, .katex-mathml').forEach((node) => node.remove());
        return copy.textContent ?? '';
      });
      expect(text, href).not.toContain('$$');
      expect(text, href).not.toMatch(/\\frac\{/);
      if ((await page.locator('main .katex').count()) > 0) pagesWithMath++;
    }
    expect(pagesWithMath).toBeGreaterThanOrEqual(3);
  });

  test('shows a broken formula as marked source without breaking the page', async ({ page }) => {
    const links = await paperLinks(page);
    let found = false;
    for (const href of links) {
      await page.goto(href);
      if ((await page.locator('.katex-error').count()) > 0) {
        found = true;
        await expect(page.locator('.katex-error').first()).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      }
    }
    expect(found).toBe(true);
  });

  test('shows bilingual abstracts with their languages and the source of the summary', async ({ page }) => {
    const [first] = await paperLinks(page);
    await page.goto(first!);
    await expect(page.locator('section[lang="zh-Hans"]#abstract-zh')).toBeVisible();
    await expect(page.locator('section[lang="en"]#abstract-en')).toBeVisible();
    await expect(page.getByRole('region', { name: 'About this summary' })).toContainText(/digest|article|hand-written/);
  });
});
