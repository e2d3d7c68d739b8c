import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

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
    await page.goto('papers/2404.01817/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName,
          outline: style.outlineStyle,
          width: style.outlineWidth,
        };
      });
      if (!focused) continue;
      seen.add(focused.name);
      expect(focused.outline, focused.name).not.toBe('none');
    }
    for (const name of ['Papers', 'Keywords', '中文'])
      expect(
        [...seen].some((s) => s.includes(name)),
        name,
      ).toBe(true);
  });

  for (const [name, path] of [
    ['home', ''],
    ['paper', 'papers/2404.01817/'],
    ['paper with a broken formula', 'papers/2403.01234/'],
    ['keyword', 'keywords/%E6%89%A9%E6%95%A3%E6%A8%A1%E5%9E%8B/'],
    ['keyword index', 'keywords/'],
    ['search', 'search/'],
    ['favourites', 'favourites/'],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no violations on the ${name} page (${colorScheme})`, async ({ page }) => {
        // A full axe pass over a page of dozens of cards takes seconds, many on a busy machine.
        test.slow();
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
});
