/**
 * Formulas on paper pages, against the fixture site tests/sites/math (three papers of our own: one
 * with formulas, one with a broken formula, one without math). A fixed number
 * of pages, whatever the size of the sample.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Text a reader sees in the main column, leaving out formulas deliberately shown as source because they are broken. */
function visibleText(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.katex-error, .katex-mathml').forEach((node) => node.remove());
    return copy.textContent ?? '';
  });
}

test.describe('formulas', () => {
  test('renders inline and display formulas with KaTeX on the server and leaves no raw LaTeX', async ({ page }) => {
    await page.goto('papers/fixture-formulas/');
    // One look at the page (a busy machine pays for every round trip).
    const seen = await page.locator('main').evaluate((main) => ({
      inTitle: main.querySelectorAll('h1 .katex').length,
      display: main.querySelectorAll('.prose .katex-display').length,
      all: main.querySelectorAll('.katex').length,
    }));
    expect(seen).toMatchObject({ inTitle: 1, display: 1 });
    expect(seen.all).toBeGreaterThanOrEqual(5);
    const text = await visibleText(page);
    expect(text).not.toContain('$');
    expect(text).not.toMatch(/\\(frac|sum|alpha)\b/);
  });

  test('shows a broken formula as marked source without breaking the page', async ({ page }) => {
    await page.goto('papers/fixture-broken-formula/');
    const broken = page.locator('.katex-error');
    await expect(broken).toHaveCount(1);
    await expect(broken).toBeVisible();
    await expect(broken).toContainText('\\frac{1}');
    // The good formula beside it still renders, and the page around it is whole.
    await expect(page.locator('main .prose .katex')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A Paper with One Broken Formula');
  });

  test('leaves a lone dollar sign as text and loads no KaTeX on a page without math', async ({ page }) => {
    const katexRequests: string[] = [];
    page.on('request', (request) => {
      if (/katex/i.test(request.url())) katexRequests.push(request.url());
    });
    await page.goto('papers/fixture-plain/', { waitUntil: 'networkidle' });
    await expect(page.locator('main .katex')).toHaveCount(0);
    await expect(page.locator('main')).toContainText('A lone dollar sign ($5) stays text.');
    expect(katexRequests).toEqual([]);
  });
});

test.describe('accessibility of a page with a broken formula', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
      // axe runs all its rules in one call: 25 s on a busy two-core machine, so three times the usual time.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto('papers/fixture-broken-formula/');
      await expect(page.locator('.katex-error')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
