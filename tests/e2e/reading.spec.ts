import { expect, test } from '@playwright/test';

test.describe('paper page', () => {
  test('shows the header facts and outbound links of a paper with every optional field', async ({ page }) => {
    await page.goto('papers/2408.09127/');
    const header = page.locator('.paper-header');
    await expect(header.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(header.getByRole('link', { name: /^arXiv 2408\.09127v\d$/ })).toHaveAttribute('href', /arxiv\.org\/abs\/2408\.09127v\d/);
    await expect(header.getByRole('link', { name: 'PDF' })).toHaveAttribute('href', /arxiv\.org\/pdf\/2408\.09127/);
    await expect(header.getByRole('link', { name: /^DOI 10\.48550/ })).toHaveAttribute('href', 'https://doi.org/10.48550/arXiv.2408.09127');
    await expect(header.getByRole('link', { name: /Code\s?: GITHUB/ })).toHaveAttribute('href', 'https://github.com/example-lab/ca-adam');
    await expect(header).toContainText('Transactions on Machine Learning Research');
    await expect(header.getByText(/Updated/)).toBeVisible();
  });

  test('links keywords, domains and categories to their listings', async ({ page }) => {
    await page.goto('papers/2404.01817/');
    await page.locator('.facet-tags').getByRole('link', { name: '扩散模型' }).click();
    await expect(page).toHaveURL(/\/keywords\/%E6%89%A9%E6%95%A3%E6%A8%A1%E5%9E%8B\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keyword: 扩散模型', { useInnerText: true });
    expect(await page.getByRole('article').count()).toBeGreaterThan(1);
    await expect(page.getByRole('article').first().getByRole('link', { name: '扩散模型' })).toBeVisible();
  });

  test('puts both abstracts side by side on a wide screen, each with its language', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('papers/2404.01817/');
    const zh = page.locator('#abstract-zh');
    const en = page.locator('#abstract-en');
    await expect(zh).toHaveAttribute('lang', 'zh-Hans');
    await expect(en).toHaveAttribute('lang', 'en');
    const [a, b] = [await zh.boundingBox(), await en.boundingBox()];
    expect(a && b && Math.abs(a.y - b.y) < 5 && b.x > a.x + a.width - 5).toBe(true);
    // The tabs exist for narrow screens only.
    await expect(page.locator('[role="tab"]')).toHaveCount(2);
    await expect(page.locator('[role="tab"]').first()).toBeHidden();
  });

  test('switches between the abstracts with tabs on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('papers/2404.01817/');
    await expect(page.locator('#abstract-en')).toBeVisible();
    await expect(page.locator('#abstract-zh')).toBeHidden();
    await page.getByRole('tab', { name: '中文' }).click();
    await expect(page.locator('#abstract-zh')).toBeVisible();
    await expect(page.locator('#abstract-en')).toBeHidden();
    await page.getByRole('tab', { name: '中文' }).press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'English' })).toBeFocused();
    await expect(page.locator('#abstract-en')).toBeVisible();
  });

  test('says so when an abstract in one language is missing', async ({ page }) => {
    await page.goto('papers/2412.03317/');
    await expect(page.locator('#abstract-zh')).toContainText('No abstract in this language.');
    await expect(page.locator('#abstract-en .prose')).not.toBeEmpty();
  });

  test('has a table of contents whose links reach their sections', async ({ page }) => {
    await page.goto('papers/2404.01817/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'Experiments' }).click();
    await expect(page).toHaveURL(/#experiments$/);
    await expect(page.locator('#experiments-heading')).toBeInViewport();
    await expect(page.locator('#method-heading').getByRole('link')).toHaveAttribute('href', '#method');
  });

  test('shows figures lazily with alt text and captions', async ({ page }) => {
    await page.goto('papers/2404.01817/');
    const images = page.locator('#figures img');
    expect(await images.count()).toBeGreaterThan(0);
    for (const img of await images.all()) {
      await expect(img).toHaveAttribute('loading', 'lazy');
      expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(0);
    }
    await expect(page.locator('#figures figcaption').first()).toBeVisible();
  });

  test('loads KaTeX styles and fonts only on pages with math', async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (/katex/.test(request.url())) fonts.push(request.url());
    });
    await page.goto('papers/2409.14402/');
    await expect(page.locator('link[href*="katex"]')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    expect(fonts).toEqual([]);
    await page.goto('papers/2404.01817/');
    await expect(page.locator('link[href*="katex"]')).toHaveCount(1);
    await expect(page.locator('.katex').first()).toBeVisible();
    const fontFamily = await page
      .locator('.katex')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(fontFamily).toContain('KaTeX_Main');
  });

  test('names the repairs that were applied to the source file', async ({ page }) => {
    await page.goto('papers/2402.05555/');
    const source = page.getByRole('region', { name: 'About this summary' });
    await expect(source).toContainText('digest/2402.05555-damaged.md');
    await expect(source).toContainText('encoding repaired');
    await expect(source).toContainText('v1');
  });

  test('links to the newer and older paper in listing order', async ({ page }) => {
    await page.goto('');
    const hrefs = await page.locator('article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await page.goto(hrefs[1]!);
    const nav = page.getByRole('navigation', { name: 'More papers' });
    await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', hrefs[0]!);
    await nav.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`${hrefs[2]!.replace(/\./g, '\\.')}$`));
  });

  test('prints without the site chrome', async ({ page }) => {
    await page.goto('papers/2404.01817/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.toc')).toBeHidden();
    await expect(page.locator('#abstract-zh')).toBeVisible();
    await expect(page.locator('#abstract-en')).toBeVisible();
  });
});

test.describe('browsing', () => {
  test('lists every keyword and category with counts on index pages', async ({ page }) => {
    await page.goto('keywords/');
    await expect(page.getByRole('heading', { level: 1, name: 'Keywords' })).toBeVisible();
    const first = page.locator('.facet-index li').first();
    const count = Number(await first.locator('.muted').textContent());
    expect(count).toBeGreaterThan(1);
    await first.getByRole('link').click();
    await expect(page.getByRole('article')).toHaveCount(count);
    await page.goto('categories/');
    await page.getByRole('link', { name: 'cs.LG', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Category: cs.LG', { useInnerText: true });
  });

  test('lists papers by domain and by month', async ({ page }) => {
    await page.goto('domains/');
    await page.locator('.facet-index a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Domain:');
    expect(await page.getByRole('article').count()).toBeGreaterThan(0);
    await page.goto('months/');
    await page.getByRole('link', { name: '2024-04' }).click();
    const dates = await page.locator('article time').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.startsWith('2024-04'))).toBe(true);
  });

  test('publishes an RSS feed of the newest papers and a sitemap', async ({ page, request, baseURL }) => {
    const site = baseURL!.replace(/\/?$/, '/');
    const feed = await (await request.get(`${site}rss.xml`)).text();
    const items = feed.match(/<item>/g) ?? [];
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(items.length).toBeLessThanOrEqual(50);
    expect(feed).toContain('https://papershelf.example/papers/');
    const sitemap = await request.get(`${site}sitemap-index.xml`);
    expect(sitemap.ok()).toBe(true);
    await page.goto('');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  });

  test('fits a 360 px wide phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const path of ['', 'papers/2404.01817/', 'keywords/', 'papers/2403.01234/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
