import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The page of the newest paper, whichever the sample holds. */
async function newestPaperPath(page: Page): Promise<string> {
  await page.goto('');
  const href = await page.locator('article h2 a').first().getAttribute('href');
  expect(href).toMatch(/\/papers\/[^/]+\/$/);
  return href!;
}

/** The page of the keyword listed first on the keyword index. */
async function firstKeywordPath(page: Page): Promise<string> {
  await page.goto('keywords/');
  const href = await page.locator('.facet-index li a').first().getAttribute('href');
  expect(href).toMatch(/\/keywords\/[^/]+\/$/);
  return href!;
}

/** Holds back the site's module scripts, to prove the first paint does not depend on them. */
async function delayModuleScripts(page: Page): Promise<void> {
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
}

test.describe('interface language', () => {
  test.use({ locale: 'zh-CN' });

  test('follows a Chinese browser before any module script runs', async ({ page }) => {
    await delayModuleScripts(page);
    await page.goto('', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1, name: '最新论文' })).toBeVisible();
    await expect(page.getByText('Latest papers')).toBeHidden();
  });

  test('switches to English, keeps the choice across a reload and translates attributes', async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Latest papers' })).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveAttribute('placeholder', 'Search papers');
    await delayModuleScripts(page);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1, name: 'Latest papers' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('theme', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system, can be switched, and the choice applies on reload without a flash', async ({ page }) => {
    await page.goto('');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(21, 23, 26)');
    const toggle = page.getByRole('button', { name: 'Switch between light and dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    expect(await background()).toBe('rgb(253, 253, 252)');
    await delayModuleScripts(page);
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await background()).toBe('rgb(253, 253, 252)');
  });
});

test.describe('keyboard and accessibility', () => {
  test('reaches every control by keyboard, starting with the skip link, with a visible focus ring', async ({ page }) => {
    await page.goto(await newestPaperPath(page));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    // The page notes each control as focus reaches it: one round trip per Tab press, and 25 presses
    // cross the header and into the paper (40 presses with a look after each ran past 30 s at load 30).
    await page.evaluate(() => {
      const seen: { name: string; outline: string }[] = [];
      (window as unknown as { focusSeen: typeof seen }).focusSeen = seen;
      document.addEventListener('focusin', (event) => {
        const el = event.target as HTMLElement;
        seen.push({
          name: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName,
          outline: getComputedStyle(el).outlineStyle,
        });
      });
    });
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (window as unknown as { focusSeen: { name: string; outline: string }[] }).focusSeen);
    expect(focused.length).toBeGreaterThanOrEqual(20);
    for (const { name, outline } of focused) expect(outline, name).not.toBe('none');
    const seen = new Set(focused.map(({ name }) => name));
    for (const name of ['Papers', 'Keywords', '中文'])
      expect(
        [...seen].some((s) => s.includes(name)),
        name,
      ).toBe(true);
  });

  // A page with a broken formula is checked on the fixture site: math.site.spec.ts.
  for (const [name, path] of [
    ['home', ''],
    ['paper', newestPaperPath],
    ['keyword', firstKeywordPath],
    ['keyword index', 'keywords/'],
    ['search', 'search/'],
    ['favourites', 'favourites/'],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no violations on the ${name} page (${colorScheme})`, async ({ page }) => {
        // A full axe pass over a page of dozens of cards takes seconds, many on a busy machine.
        test.slow();
        await page.emulateMedia({ colorScheme });
        await page.goto(typeof path === 'string' ? path : await path(page));
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
});
