import { expect, test, type Page } from '@playwright/test';
import { FIRST } from './library-papers';

const TCD = FIRST.title;

async function searchFor(page: Page, query: string) {
  await page.goto('search/');
  const box = page.getByRole('searchbox', { name: 'Search papers' });
  await box.fill(query);
  return box;
}

const results = (page: Page) => page.getByRole('list', { name: 'Results' }).getByRole('listitem');
const resultLink = (page: Page, name: string | RegExp) => page.getByRole('list', { name: 'Results' }).getByRole('link', { name });

test.describe('search page', () => {
  test('finds English, Chinese, author and arXiv id queries', async ({ page }) => {
    await searchFor(page, 'diffusion');
    await expect(resultLink(page, TCD)).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/\d+ papers found for “diffusion”/);

    for (const query of ['扩散模型', FIRST.author, FIRST.id]) {
      await page.getByRole('searchbox', { name: 'Search papers' }).fill(query);
      await expect(resultLink(page, TCD), query).toBeVisible();
    }
    await expect(results(page)).toHaveCount(1);
  });

  test('searches the word an input method commits, not the letters shown while composing it', async ({ page }) => {
    await page.goto('search/');
    // Every query the page searches puts itself in the URL first (replaceState or pushState).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { searched: string[] }).searched = seen;
      for (const method of ['pushState', 'replaceState'] as const) {
        const original = history[method].bind(history);
        history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
          seen.push(decodeURIComponent(String(url)));
          original(data, unused, url);
        };
      }
    });
    const box = page.getByRole('searchbox', { name: 'Search papers' });
    await box.focus();
    // A real composition through Chromium's input method interface: pinyin shown, then 扩散模型 committed.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'kuosan', selectionStart: 6, selectionEnd: 6 });
    await expect(box).toHaveValue('kuosan');
    await cdp.send('Input.imeSetComposition', { text: 'kuosanmoxing', selectionStart: 12, selectionEnd: 12 });
    await cdp.send('Input.insertText', { text: '扩散模型' });
    await expect(box).toHaveValue('扩散模型');
    await expect(resultLink(page, TCD)).toBeVisible();
    const searched = await page.evaluate(() => (window as unknown as { searched: string[] }).searched);
    expect(searched.some((url) => url.includes('扩散模型'))).toBe(true);
    expect(searched.filter((url) => /kuo/.test(url))).toEqual([]);
  });

  test('forgives a typo and says what it searched for', async ({ page }) => {
    await searchFor(page, 'difusion');
    await expect(resultLink(page, TCD)).toBeVisible();
    await expect(page.getByText('Showing results for “diffusion”.')).toBeVisible();
  });

  test('narrows the results with every further word', async ({ page }) => {
    const box = await searchFor(page, 'diffusion');
    await expect(results(page).first()).toBeVisible();
    const broad = await results(page).count();
    expect(broad).toBeGreaterThan(1);
    await box.fill('diffusion distillation');
    await expect(results(page)).toHaveCount(1);
    await expect(resultLink(page, TCD)).toBeVisible();
  });

  test('marks the matched words in titles and takeaways, as text', async ({ page }) => {
    await searchFor(page, 'diffusion 扩散模型');
    const hit = results(page).filter({ has: page.getByRole('link', { name: TCD }) });
    await expect(hit.locator('mark').filter({ hasText: /^Diffusion$/ })).toHaveCount(1);
    await expect(hit.locator('mark').filter({ hasText: '扩散模型' }).first()).toBeVisible();
    await expect(hit.locator('p.search-hit-meta time')).toHaveText('2024-04-02');
    await expect(hit).toContainText('cs.CV');
  });

  test('keeps the query and filters in the URL; back and forward restore them', async ({ page }) => {
    await searchFor(page, 'diffusion');
    await expect(page).toHaveURL(/\?q=diffusion$/);
    await expect(page.getByRole('status')).toContainText('found');
    const all = await results(page).count();
    await page.getByLabel('Category').selectOption('cs.CV');
    await expect(page).toHaveURL(/\?q=diffusion&category=cs.CV$/);
    await expect(results(page)).not.toHaveCount(all);
    await expect(results(page).first()).toContainText('cs.CV');
    const narrowed = await results(page).count();

    await page.goBack();
    await expect(page).toHaveURL(/\?q=diffusion$/);
    await expect(page.getByLabel('Category')).toHaveValue('');
    await expect(results(page)).toHaveCount(all);
    await page.goForward();
    await expect(page.getByLabel('Category')).toHaveValue('cs.CV');
    await expect(results(page)).toHaveCount(narrowed);

    // A shared link opens with the same search.
    await page.goto('search/?q=%E6%89%A9%E6%95%A3%E6%A8%A1%E5%9E%8B&year=2024');
    await expect(page.getByRole('searchbox', { name: 'Search papers' })).toHaveValue('扩散模型');
    await expect(page.getByLabel('Year')).toHaveValue('2024');
    await expect(resultLink(page, TCD)).toBeVisible();
  });

  test('filters by category and year alone, and by favourites', async ({ page }) => {
    await page.addInitScript((id) => {
      const item = {
        id,
        title: 'TCD',
        url: `/papers/${id}/`,
        addedAt: '2025-01-01T00:00:00.000Z',
        folder: 'default',
        authors: [],
        categories: [],
      };
      localStorage.setItem(
        'papershelf:favourites:v1',
        JSON.stringify({ version: 1, folders: [{ id: 'default', name: '' }], items: [item] }),
      );
    }, FIRST.id);
    await page.goto('search/?category=cs.RO');
    await expect(results(page).first()).toBeVisible();
    for (const item of await results(page).all()) await expect(item).toContainText('cs.RO');

    await page.goto('search/?q=diffusion&favourites=1');
    await expect(page.getByLabel('Only my favourites')).toBeChecked();
    await expect(results(page)).toHaveCount(1);
    await expect(resultLink(page, TCD)).toBeVisible();

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\?q=diffusion$/);
    // The URL changes before the unfiltered results arrive: wait for them.
    await expect.poll(() => results(page).count()).toBeGreaterThan(1);
  });

  test('moves through results with the arrow keys and opens one with Enter', async ({ page }) => {
    const box = await searchFor(page, 'diffusion');
    await expect(results(page).nth(1)).toBeVisible();
    const links = page.getByRole('list', { name: 'Results' }).getByRole('link');
    await box.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await box.press('ArrowDown');
    const href = await links.nth(0).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('suggests popular keywords when nothing matches', async ({ page }) => {
    await searchFor(page, 'qqqzzzx');
    // The live status line says it, and only it: the page does not say it a second time.
    await expect(page.getByRole('status')).toHaveText('No papers match “qqqzzzx”.');
    await expect(page.getByText('No papers match “qqqzzzx”.')).toHaveCount(1);
    const keyword = page.getByRole('region', { name: 'Popular keywords to try' }).getByRole('link').first();
    await expect(keyword).toBeVisible();
    await keyword.click();
    await expect(page).toHaveURL(/\/keywords\/[^/]+\/$/);
  });

  test('looks right at desktop and phone widths', async ({ page }) => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await searchFor(page, 'diffusion');
      await expect(results(page).first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `/tmp/search-page-${width}.png`, fullPage: true });
    }
  });
});

test.describe('header search box', () => {
  test('"/" focuses it, results show as you type, Enter on a result opens it', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search papers' });
    await expect(box).toBeFocused();
    await page.keyboard.type('kessler');
    const suggestions = page.getByRole('list', { name: 'Suggestions' });
    await expect(suggestions.getByRole('link', { name: TCD })).toBeVisible();
    await page.screenshot({ path: '/tmp/search-header-1280.png' });
    await box.press('ArrowDown');
    await expect(suggestions.getByRole('link', { name: TCD })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/papers/${FIRST.id.replace('.', '\\.')}/$`));
  });

  test('Ctrl+K focuses it, and Enter in the box goes to the search page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('searchbox', { name: 'Search papers' });
    await expect(box).toBeFocused();
    await page.keyboard.type('robot');
    await expect(page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').first()).toBeVisible();
    await page.screenshot({ path: '/tmp/search-header-360.png' });
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=robot$/);
    await expect(page.getByRole('searchbox', { name: 'Search papers' })).toHaveValue('robot');
    await expect(results(page).first()).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page explains itself and links to the keyword and category indexes', async ({ page }) => {
    await page.goto('search/?q=diffusion');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0); // a box that cannot search is not offered
    await expect(page.getByRole('link', { name: 'All keywords' })).toHaveAttribute('href', /\/keywords\/$/);
    await expect(page.getByRole('link', { name: 'All categories' }).last()).toHaveAttribute('href', /\/categories\/$/);
    await expect(page.getByRole('region', { name: 'Popular keywords to try' }).getByRole('link').first()).toBeVisible();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: '/tmp/search-nojs-360.png', fullPage: true });
  });

  test('the header box still submits to the search page', async ({ page }) => {
    await page.goto('');
    await page.getByRole('searchbox', { name: 'Search papers' }).fill('diffusion');
    await page.getByRole('searchbox', { name: 'Search papers' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=diffusion$/);
  });
});
