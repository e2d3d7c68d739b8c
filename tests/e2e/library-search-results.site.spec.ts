/**
 * Search II in the browser, on the library fixture site: what readers paste, results they can act on
 * (authors, snippet, favourite toggle, sorting), formulas in result titles, help when nothing is
 * found (said once to screen readers), contrast of the marked words, the performance marks the
 * benchmark reads, the leading hits painted before the others' records arrive (page and header box), and the reader's read state over the results (unread mark, hide read, triage keys),
 * the last in both languages at phone and desktop widths.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { unpackRecord, type TermShard } from '../../src/shared/search/format';
import { STORAGE_KEYS } from '../../src/shared/storage-keys';
import { FIRST } from './library-papers';
import { VARIANTS, say, useVariant } from './reader-helpers';

const TCD = FIRST.title;

/**
 * As on a large archive: a term's shard carries the records of only some of its papers (here the one
 * of `embedded` alone), and the other records wait for their record files (here, until the test lets
 * them through with the function returned).
 */
async function holdRecordFiles(page: Page, embedded: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/search\/t\d+\.\w+\.json$/, async (route) => {
    const response = await route.fetch();
    const shard = (await response.json()) as TermShard;
    shard.records = shard.records?.filter(([, record]) => unpackRecord(record).id === embedded);
    await route.fulfill({ response, json: shard });
  });
  await page.route(/\/search\/r\d+\.\w+\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search papers' });
const resultList = (page: Page) => page.getByRole('list', { name: 'Results' });
const results = (page: Page) => resultList(page).getByRole('listitem');

/** Types a query on the search page and waits for its answer (the status line names the query, or says `said`). */
async function searchFor(page: Page, query: string, said = `“${query}”`) {
  await page.goto('search/');
  await searchBox(page).fill(query);
  // The first answer waits for the worker and the index: allow a slow machine that long.
  await expect(page.getByRole('status')).toContainText(said, { timeout: 20_000 });
}

test.describe('search: what readers paste', () => {
  test('finds a paper from its id in every pasted form', async ({ page }) => {
    test.slow(); // Four searches in a row.
    await page.goto('search/');
    for (const query of [`${FIRST.id}v2`, `arXiv:${FIRST.id}`, `https://arxiv.org/abs/${FIRST.id}v3`, `arxiv.org/pdf/${FIRST.id}.pdf`]) {
      await searchBox(page).fill(query);
      await expect(results(page), query).toHaveCount(1);
      await expect(resultList(page).getByRole('link', { name: TCD }), query).toBeVisible();
    }
  });

  test('offers the paper on arXiv for an id the site does not have', async ({ page }) => {
    await searchFor(page, 'arXiv:2501.99999v2', '“2501.99999” is not on this site.');
    await expect(page.getByText('“2501.99999” is not on this site.')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Open 2501.99999 on arXiv' })).toHaveAttribute('href', 'https://arxiv.org/abs/2501.99999');
  });

  test('finds a whole title pasted with math and punctuation, and shows its formula rendered', async ({ page }) => {
    await searchFor(page, 'PPO$^{+}$: Variance-Reduced Policy Optimization with $k$-Step Mixed Returns');
    const first = results(page).first();
    await expect(first.locator('.search-hit-title .katex').first()).toBeVisible();
    await expect(first.getByRole('link')).toHaveAccessibleName(/^PPO\+: Variance-Reduced Policy Optimization/);
    // KaTeX's stylesheet arrives only now, with the first formula; it hides the MathML copy.
    await expect(page.locator('link[rel="stylesheet"][href*="katex"]')).toHaveCount(1);
    await expect(first.locator('.katex-mathml').first()).toHaveCSS('position', 'absolute');
  });

  test('without a formula in the results, KaTeX is not loaded', async ({ page }) => {
    await searchFor(page, FIRST.author);
    await expect(results(page).first()).toBeVisible();
    await expect(page.locator('link[rel="stylesheet"][href*="katex"]')).toHaveCount(0);
  });

  test('suggests near spellings and the keyword index when nothing matches', async ({ page }) => {
    await searchFor(page, 'difusoin');
    await expect(page.getByText('No papers match “difusoin”.')).toBeVisible();
    // Said once: one live region holds it, and the page does not repeat it below.
    await expect(page.locator('[role="status"], [aria-live]').filter({ hasText: 'No papers match' })).toHaveCount(1);
    await expect(page.getByText('No papers match “difusoin”.')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Browse the keyword index' })).toHaveAttribute('href', /\/keywords\/$/);
    const nearest = page.locator('[data-search-nearest]').getByRole('link', { name: 'diffusion', exact: true });
    await nearest.click();
    await expect(page).toHaveURL(/\?q=diffusion$/);
    await expect(results(page).first()).toBeVisible();
  });
});

test.describe('search: results a reader can act on', () => {
  test('shows authors and marks the matched words in them', async ({ page }) => {
    await searchFor(page, 'Kessler');
    const hit = results(page).filter({ has: page.getByRole('link', { name: TCD }) });
    await expect(hit.locator('.search-hit-authors')).toContainText(FIRST.author);
    await expect(hit.locator('.search-hit-authors mark')).toHaveText('Kessler');
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`names a long author list in the words its card uses (${lang})`, async ({ page }) => {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEYS.language, lang] as const);
      // Five authors: the card and the result name three, then say how many there are.
      await page.goto('search/?q=Marchetti');
      const hit = page.locator('.search-hit').first();
      await expect(hit.locator('.search-hit-authors')).toBeVisible({ timeout: 20_000 });
      const title = (await hit.getByRole('link').first().innerText()).trim();
      const line = (await hit.locator('.search-hit-authors').innerText()).trim();
      expect(line).toMatch(lang === 'en' ? / et al\. \(5 authors\)$/ : / 等 5 位作者$/);
      await page.goto('');
      const card = page.locator('article.card').filter({ has: page.getByRole('link', { name: title, exact: true }) });
      expect((await card.locator('.card-authors').innerText()).trim()).toBe(line);
    });
  }

  test('shows the field that matched when the title and takeaway do not', async ({ page }) => {
    await searchFor(page, 'Transactions on Machine Learning Research');
    const hit = results(page).first();
    await expect(hit.locator('.search-hit-venue mark').first()).toBeVisible();
  });

  test('a match only in an abstract shows a snippet of it with the match marked', async ({ page }) => {
    await searchFor(page, 'fidelity');
    const snippet = results(page).first().locator('.search-hit-snippet');
    await expect(snippet).toContainText('In the English abstract:');
    await expect(snippet.locator('mark')).toHaveText(/fidelity/i);
  });

  test('a result can be made a favourite, and stays one', async ({ page }) => {
    await searchFor(page, FIRST.author);
    const toggle = page.getByRole('button', { name: `Favourite ${TCD}` });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const stored = await page.evaluate(() => localStorage.getItem('papershelf:favourites:v1'));
    expect(JSON.parse(stored!).items.map((item: { id: string }) => item.id)).toEqual([FIRST.id]);
    await page.reload();
    await expect(page.getByRole('button', { name: `Favourite ${TCD}` })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: `Favourite ${TCD}` }).click();
    await expect(page.getByRole('button', { name: `Favourite ${TCD}` })).toHaveAttribute('aria-pressed', 'false');
  });

  test('sorts by relevance or newest first, and keeps the order in the URL', async ({ page }) => {
    await searchFor(page, 'diffusion');
    await expect(results(page).nth(2)).toBeVisible();
    await page.getByLabel('Sort by').selectOption('newest');
    await expect(page).toHaveURL(/sort=newest/);
    await expect(results(page).nth(2)).toBeVisible();
    const dates = await resultList(page).locator('time').allTextContents();
    expect(dates.length).toBeGreaterThan(2);
    expect([...dates].sort().reverse()).toEqual(dates);
    await page.reload();
    await expect(page.getByLabel('Sort by')).toHaveValue('newest');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`marked words pass axe with results shown (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await searchFor(page, 'diffusion 扩散模型');
      await expect(resultList(page).locator('mark').first()).toBeVisible();
      const axe = await new AxeBuilder({ page }).include('.search-page').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('times each search from the input to the painted results', async ({ page }) => {
    await searchFor(page, 'diffusion');
    await expect(results(page).first()).toBeVisible();
    const measure = await page.waitForFunction(() => {
      const entry = performance.getEntriesByName('search').at(-1) as PerformanceMeasure | undefined;
      return entry && { duration: entry.duration, detail: entry.detail as { surface: string; query: string; files: number } };
    });
    const { duration, detail } = (await measure.jsonValue())!;
    expect(detail).toMatchObject({ surface: 'page', query: 'diffusion' });
    expect(detail.files).toBeGreaterThan(0);
    expect(duration).toBeGreaterThan(0);
  });

  test('paints the hits whose records came with the index at once, and adds the others below them', async ({ page }) => {
    const release = await holdRecordFiles(page, FIRST.id);
    // Three papers have the keyword; the first paper is the best of them.
    await searchFor(page, '扩散模型');
    await expect(resultList(page).getByRole('link', { name: TCD })).toBeVisible();
    await expect(results(page)).toHaveCount(1);
    // The count is the whole answer's, and "More results" waits for the whole page.
    const said = await page.getByRole('status').textContent();
    expect(Number(/\d+/.exec(said ?? '')?.[0])).toBeGreaterThan(2);
    await expect(page.locator('[data-search-more]')).toBeHidden();
    const painted = await results(page).first().elementHandle();
    release();
    await expect(results(page).nth(2)).toBeVisible();
    // The hit painted first was not replaced: the others went in below it.
    expect(await painted!.evaluate((item) => item.isConnected && item === item.parentElement!.firstElementChild)).toBe(true);
    const measure = await page.waitForFunction(() => {
      const entry = performance.getEntriesByName('search').at(-1) as PerformanceMeasure | undefined;
      return entry && { duration: entry.duration, detail: entry.detail as { leading: number; firstPaint: number } };
    });
    const { duration, detail } = (await measure.jsonValue())!;
    expect(detail.leading).toBe(1);
    expect(detail.firstPaint).toBeLessThan(duration);
  });

  test('the header box renders formulas in titles and marks its searches too', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('/');
    await page.keyboard.type('PPO variance');
    const suggestions = page.getByRole('list', { name: 'Suggestions' });
    await expect(suggestions.locator('.katex').first()).toBeVisible();
    await expect(page.locator('link[rel="stylesheet"][href*="katex"]')).toHaveCount(1);
    const surface = await page.waitForFunction(
      () => (performance.getEntriesByName('search').at(-1) as PerformanceMeasure | undefined)?.detail?.surface,
    );
    expect(await surface.jsonValue()).toBe('box');
  });
});

for (const variant of VARIANTS) {
  test.describe(`search: read state over the results, ${variant.name}`, () => {
    useVariant(variant);
    const s = say(variant);

    test('marks unread results in words, hides read ones when asked, and triages with the keys', async ({ page }) => {
      test.slow(); // Several searches and a reload.
      const list = page.getByRole('list', { name: s('search.results') });
      const hits = list.getByRole('listitem');
      const hideRead = page.getByLabel(s('reader.hideRead'));
      await page.goto('search/');
      await page.getByRole('searchbox', { name: s('search.label') }).fill('diffusion');
      await expect(page.getByRole('status')).toContainText('“diffusion”', { timeout: 20_000 });
      const tcd = hits.filter({ has: page.getByRole('link', { name: TCD }) });
      await expect(tcd).toContainText(`● ${s('reader.unread')}`);
      const before = await hits.count();
      // Triage: j reaches the first result, m marks it read (the mark goes).
      await page.getByRole('heading', { level: 1 }).click();
      await page.keyboard.press('j');
      const first = hits.first();
      await expect(first).toBeFocused();
      await page.keyboard.press('m');
      await expect(first).not.toContainText(`● ${s('reader.unread')}`);
      await expect(first).toHaveAttribute('data-read', '');
      const readId = await first.getAttribute('data-paper-id');
      // Hide read: the read paper leaves the list, and the choice is remembered.
      await hideRead.check();
      await expect(hits).toHaveCount(before - 1);
      await expect(list.locator(`[data-paper-id="${readId}"]`)).toHaveCount(0);
      await page.reload();
      await expect(hideRead).toBeChecked();
      await expect(hits).toHaveCount(before - 1);
      await hideRead.uncheck();
      await expect(hits).toHaveCount(before);
      // ? shows the keys; f favourites the current result.
      await page.getByRole('heading', { level: 1 }).click();
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: s('reader.keysTitle') })).toBeVisible();
      await page.keyboard.press('Escape');
      await page.keyboard.press('j');
      await page.keyboard.press('f');
      await expect(hits.first().locator('button.search-hit-favourite')).toHaveAttribute('aria-pressed', 'true');
    });
  });
}

test.describe('search: the header box', () => {
  test('the header box has a favourite toggle on each result', async ({ page }) => {
    test.slow(); // The box loads its code and the worker on first use.
    await page.goto('');
    await page.keyboard.press('/');
    await page.keyboard.type(FIRST.author);
    const toggle = page.getByRole('list', { name: 'Suggestions' }).getByRole('button', { name: `Favourite ${TCD}` });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const stored = await page.evaluate(() => localStorage.getItem('papershelf:favourites:v1'));
    expect(JSON.parse(stored!).items.map((item: { id: string }) => item.id)).toEqual([FIRST.id]);
  });

  test('the header box paints its hits whose records came with the index at once, and the others below them', async ({ page }) => {
    test.slow(); // The box loads its code on first use.
    const release = await holdRecordFiles(page, FIRST.id);
    await page.goto('');
    await page.keyboard.press('/');
    await page.keyboard.insertText('扩散模型');
    const suggestions = page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem');
    await expect(suggestions.getByRole('link', { name: TCD })).toBeVisible();
    await expect(suggestions).toHaveCount(1);
    const painted = await suggestions.first().elementHandle();
    release();
    await expect(suggestions).toHaveCount(3);
    expect(await painted!.evaluate((item) => item.isConnected && item === item.parentElement!.firstElementChild)).toBe(true);
  });
});
