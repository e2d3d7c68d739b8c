/**
 * Reading a paper and browsing its listings, against the fixture site tests/sites/paper (four papers of
 * our own, see paper-pages.ts): every check names the paper it needs, whatever the sample holds.
 */
import { expect, test } from '@playwright/test';
import { readAllFeeds, SITE_URL } from './feeds-helpers';
import { ALL_IDS, BUSY_MONTH, COMMON_KEYWORD, PAPERS, SHARED_CATEGORY, SHARED_KEYWORD, paperPath } from './paper-pages';

const { full, plain, englishOnly, damaged } = PAPERS;

test.describe('paper page', () => {
  test('shows the header facts and outbound links of a paper with every optional field', async ({ page }) => {
    await page.goto(paperPath(full.id));
    const header = page.locator('.paper-header');
    await expect(header.getByRole('heading', { level: 1 })).toHaveText(full.title);
    await expect(header.getByRole('link', { name: 'arXiv 2101.00001v2' })).toHaveAttribute('href', /arxiv\.org\/abs\/2101\.00001v2/);
    await expect(header.getByRole('link', { name: 'PDF' })).toHaveAttribute('href', /arxiv\.org\/pdf\/2101\.00001/);
    await expect(header.getByRole('link', { name: /^DOI 10\.0000/ })).toHaveAttribute('href', 'https://doi.org/10.0000/fixture.2101.00001');
    await expect(header.getByRole('link', { name: /Code\s?: GITHUB/ })).toHaveAttribute(
      'href',
      'https://github.com/example-lab/tide-tables',
    );
    await expect(header).toContainText('Journal of Imaginary Optimisation');
    await expect(header.getByText(/Updated/)).toBeVisible();
  });

  test('links keywords to their listings', async ({ page }) => {
    await page.goto(paperPath(full.id));
    await page.locator('.facet-tags').getByRole('link', { name: SHARED_KEYWORD }).click();
    await expect(page).toHaveURL(new RegExp(`/keywords/${encodeURIComponent(SHARED_KEYWORD)}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Keyword: ${SHARED_KEYWORD}`, { useInnerText: true });
    const titles = await page.getByRole('article').getByRole('heading').allTextContents();
    expect(titles.map((title) => title.trim()).sort()).toEqual([plain.title, full.title].sort());
  });

  test('shows bilingual abstracts with their languages and the source of the summary', async ({ page }) => {
    await page.goto(paperPath(plain.id));
    await expect(page.locator('section[lang="zh-Hans"]#abstract-zh')).toContainText('这篇虚构的论文');
    await expect(page.locator('section[lang="en"]#abstract-en')).toContainText('This made-up paper');
    await expect(page.getByRole('region', { name: 'About this summary' })).toContainText('canonical/2101.00002.md');
  });

  test('puts both abstracts side by side on a wide screen, each with its language', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(paperPath(full.id));
    const [a, b] = [await page.locator('#abstract-zh').boundingBox(), await page.locator('#abstract-en').boundingBox()];
    expect(a && b && Math.abs(a.y - b.y) < 5 && b.x > a.x + a.width - 5).toBe(true);
    // The tabs exist for narrow screens only.
    await expect(page.locator('[role="tab"]')).toHaveCount(2);
    await expect(page.locator('[role="tab"]').first()).toBeHidden();
  });

  test('switches between the abstracts with tabs on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(paperPath(full.id));
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
    await page.goto(paperPath(englishOnly.id));
    await expect(page.locator('#abstract-zh')).toContainText('No abstract in this language.');
    await expect(page.locator('#abstract-en .prose')).toContainText('Only the English abstract');
  });

  test('has a table of contents whose links reach their sections', async ({ page }) => {
    await page.goto(paperPath(full.id));
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'Experiments' }).click();
    await expect(page).toHaveURL(/#experiments$/);
    await expect(page.locator('#experiments-heading')).toBeInViewport();
    await expect(page.locator('#method-heading').getByRole('link')).toHaveAttribute('href', '#method');
  });

  test('shows figures lazily with alt text and captions', async ({ page }) => {
    await page.goto(paperPath(full.id));
    const image = page.locator('#figures img');
    await expect(image).toHaveCount(1);
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('alt', 'Loss against steps for the tide schedule and a constant step size');
    await expect(page.locator('#figures figcaption')).toHaveText('Loss against steps: the tide schedule reaches the target first.');
  });

  test('loads KaTeX styles and fonts only on pages with math', async ({ page }) => {
    const katex: string[] = [];
    page.on('request', (request) => {
      if (/katex/.test(request.url())) katex.push(request.url());
    });
    await page.goto(paperPath(plain.id), { waitUntil: 'networkidle' });
    await expect(page.locator('link[href*="katex"]')).toHaveCount(0);
    expect(katex).toEqual([]);
    await page.goto(paperPath(full.id));
    await expect(page.locator('link[href*="katex"]')).toHaveCount(1);
    await expect(page.locator('.katex').first()).toBeVisible();
    const fontFamily = await page
      .locator('.katex')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(fontFamily).toContain('KaTeX_Main');
  });

  test('names the repairs that were applied to the source file', async ({ page }) => {
    await page.goto(paperPath(damaged.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(damaged.title);
    const source = page.getByRole('region', { name: 'About this summary' });
    await expect(source).toContainText(damaged.file);
    await expect(source).toContainText('encoding repaired');
    await expect(source).toContainText('v1');
  });

  test('links to the newer and older paper in listing order', async ({ page }) => {
    await page.goto('');
    const hrefs = await page.locator('article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(ALL_IDS.length);
    await page.goto(hrefs[1]!);
    const nav = page.getByRole('navigation', { name: 'More papers' });
    await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', hrefs[0]!);
    await nav.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`${hrefs[2]!.replace(/\./g, '\\.')}$`));
  });

  test('prints without the site chrome', async ({ page }) => {
    await page.goto(paperPath(full.id));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.toc')).toBeHidden();
    await expect(page.locator('#abstract-zh')).toBeVisible();
    await expect(page.locator('#abstract-en')).toBeVisible();
    // Without a note, the note block does not print; the reading buttons never do.
    await expect(page.locator('.paper-note')).toBeHidden();

    await page.emulateMedia({ media: 'screen' });
    await page.locator('.paper-note summary').click();
    await page.getByRole('textbox', { name: /^Note on/ }).fill('Check the ablation in section 4.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.locator('.reading-row')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.paper-note textarea')).toHaveValue('Check the ablation in section 4.');
    await expect(page.locator('.paper-note textarea')).toBeVisible();
    await expect(page.locator('.reading-row')).toBeHidden();
    await expect(page.locator('.note-actions')).toBeHidden();
  });
});

test.describe('browsing', () => {
  test('lists every keyword and category with counts on index pages', async ({ page }) => {
    await page.goto('keywords/');
    await expect(page.getByRole('heading', { level: 1, name: 'Keywords' })).toBeVisible();
    const common = page.locator('.facet-index li').filter({ has: page.getByRole('link', { name: COMMON_KEYWORD, exact: true }) });
    await expect(common.locator('.muted')).toHaveText(String(ALL_IDS.length));
    await common.getByRole('link').click();
    await expect(page.getByRole('article')).toHaveCount(ALL_IDS.length);
    await page.goto('categories/');
    await page.getByRole('link', { name: SHARED_CATEGORY, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Category: ${SHARED_CATEGORY}`, { useInnerText: true });
    await expect(page.getByRole('article')).toHaveCount(2);
  });

  test('lists papers by domain and by month', async ({ page }) => {
    await page.goto('domains/');
    await page.locator('.facet-index a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Domain:');
    await expect(page.getByRole('article')).toHaveCount(2);
    await page.goto('months/');
    await page.getByRole('link', { name: BUSY_MONTH }).click();
    // The index has no cards: wait for the month's own page before reading them.
    await expect(page.locator('article time')).toHaveCount(3);
    const dates = await page.locator('article time').allTextContents();
    expect(dates).toHaveLength(3);
    expect(dates.every((d) => d.startsWith(BUSY_MONTH))).toBe(true);
  });

  test('publishes an RSS feed of the newest papers and a sitemap', async ({ page, request, baseURL }) => {
    const site = baseURL!.replace(/\/?$/, '/');
    const feed = await (await request.get(`${site}rss.xml`)).text();
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(links.sort()).toEqual(ALL_IDS.map((id) => `https://papershelf.example/papers/${id}/`).sort());
    const sitemap = await request.get(`${site}sitemap-index.xml`);
    expect(sitemap.ok()).toBe(true);
    await page.goto('');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  });

  test('every feed is well-formed and carries the takeaway and both abstracts, without KaTeX markup', async ({ request }) => {
    // A fixed site: reading every feed it lists costs the same on every run.
    const feeds = await readAllFeeds(request);
    expect(feeds.map((feed) => feed.address)).toContain('rss.xml');
    for (const feed of feeds) expect(feed.items.length, feed.address).toBeGreaterThan(0);
    const item = feeds.find((feed) => feed.address === 'rss.xml')!.items.find((i) => i.link === `${SITE_URL}/papers/${full.id}/`);
    expect(item?.description).toContain('Takeaway');
    expect(item?.description).toContain('Summary (Chinese)');
    expect(item?.description).toContain('Abstract (original)');
    expect(item?.description).toContain('katex');
    expect(item?.description).not.toContain('katex-html');
  });

  test('fits a 360 px wide phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    // A fixed set of pages: a listing, the longest paper page, an index.
    for (const path of ['', paperPath(full.id), 'keywords/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
