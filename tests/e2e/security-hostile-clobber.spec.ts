import { expect, test } from '@playwright/test';
import { watchPage } from './security-watch';

/**
 * DOM clobbering: tests/fixtures/hostile/16-dom-clobbering.md gives `id` and `name` to images,
 * links, forms, embeds and objects under every name the page's scripts touch (querySelectorAll,
 * createElement, getElementById, forms, cookie, body, main, …) and repeats every id the page uses.
 * The page's own scripts must work as on any other page, and no id may appear twice.
 */
const PAPER = 'papers/2501.00016/';
const TITLE = 'Hostile 16: every DOM clobbering name';

test.describe('a page whose summary tries every clobbering name', () => {
  test('keeps document and window intact and every id unique', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(PAPER);
    await expect(page.getByText('HOSTILE-16 text is visible')).toBeVisible();
    const found = await page.evaluate(() => {
      const natives = ['querySelectorAll', 'querySelector', 'createElement', 'getElementById', 'getElementsByTagName', 'addEventListener'];
      const replaced = natives.filter((name) => typeof (document as unknown as Record<string, unknown>)[name] !== 'function');
      const objects = {
        cookie: typeof document.cookie,
        body: document.body?.tagName,
        forms: String(document.forms),
        main: typeof (window as unknown as { main?: unknown }).main,
      };
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      const mainTarget = document.getElementById('main')?.tagName;
      // How many elements answer to each name the fixture tries, as id or as name.
      const tried = [
        ...natives,
        'forms',
        'cookie',
        'body',
        'head',
        'location',
        'localStorage',
        'title',
        'all',
        '__proto__',
        'main',
        'paper-title',
        'abstracts',
        'source',
        'search-input',
        'search-box-results',
        'takeaway',
        'toc-heading',
      ];
      const answering = Object.fromEntries(
        tried.map((name) => [name, document.querySelectorAll(`[id="${name}"], [name="${name}"]`).length]),
      );
      return { replaced, objects, duplicates, mainTarget, answering };
    });
    expect(found.replaced, 'document methods replaced by content').toEqual([]);
    expect(found.objects).toEqual({ cookie: 'string', body: 'BODY', forms: '[object HTMLCollection]', main: 'object' });
    expect(found.duplicates, 'ids used twice').toEqual([]);
    expect(found.mainTarget, 'the skip link target').toBe('MAIN');
    // The page's own ids answer once (its own element); no other name answers at all.
    const own = new Set(['main', 'paper-title', 'abstracts', 'source', 'search-box-results', 'takeaway', 'toc-heading']);
    for (const [name, count] of Object.entries(found.answering)) expect(count, name).toBe(own.has(name) ? 1 : 0);
    expect(watch.pageErrors).toEqual([]);
  });

  test('the favourite and share buttons, search, language and theme work there', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    const watch = await watchPage(page);
    await page.goto(PAPER);

    const favourite = page.getByRole('button', { name: `Favourite ${TITLE}` });
    await expect(favourite).toBeVisible();
    await favourite.click();
    await expect(favourite).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toContain('2501.00016');

    await page.getByRole('button', { name: `Share ${TITLE}` }).click();
    await expect(page.getByRole('status').getByText('Link copied')).toBeVisible();

    const theme = page.getByRole('button', { name: 'Switch between light and dark theme' });
    const pressed = await theme.getAttribute('aria-pressed');
    await theme.click();
    await expect(theme).not.toHaveAttribute('aria-pressed', pressed ?? '');

    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    const box = page.getByRole('searchbox', { name: 'Search papers' });
    await box.fill('clobbering');
    await expect(page.getByRole('list', { name: 'Suggestions' }).getByRole('link', { name: TITLE })).toBeVisible();

    // The footnote and its back link still meet.
    const note = page.locator('main a[data-footnote-ref]').first();
    const target = (await note.getAttribute('href'))!.slice(1);
    expect(await page.locator(`[id="${target}"]`).count()).toBe(1);

    expect(watch.pageErrors).toEqual([]);
    const seen = await watch.read();
    expect(seen.cspViolations).toEqual([]);
  });
});
