/**
 * Reader-grade pages (issue 13): readable formulas in titles, authors on cards, the compact view,
 * tap targets, dialogs by keyboard, the date view, contrast and print, the reader's language,
 * provenance in reader words, reading on a phone. One describe per point.
 */
import { readFileSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { plainTitle } from '../../src/shared/plain-title';
import { STORAGE_KEYS } from '../../src/shared/storage-keys';
import { PAGE_TYPES, PHONE, undersizedTargets } from './reader-pages';
import { favouriteNewest } from './favourites-helpers';

/** The card of the first paper on the home page whose title has a formula. */
async function mathCard(page: Page) {
  await page.goto('');
  const card = page
    .locator('article.card')
    .filter({ has: page.locator('.card-title .katex') })
    .first();
  await expect(card).toBeVisible();
  return card;
}

test.describe('1. formulas in titles', () => {
  test('render with KaTeX styles on listings and as readable text in the tab, link previews and share', async ({ page }) => {
    const card = await mathCard(page);
    // KaTeX's stylesheet hides the MathML copy; without it the formula shows twice.
    await expect(page.locator('link[rel="stylesheet"][href*="katex"]')).toHaveCount(1);
    await expect(card.locator('.katex-mathml').first()).toHaveCSS('position', 'absolute');
    const shownTitle = await card.locator('.card-title a').innerText();
    await card.locator('.card-title a').click();
    const tab = await page.title();
    expect(tab).not.toContain('$');
    expect(tab).not.toContain('\\');
    const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
    expect(ogTitle).not.toMatch(/[$\\]/);
    expect(tab.startsWith(ogTitle!)).toBe(true);
    // The tab reads like the heading a reader sees, not like its TeX.
    expect(ogTitle!.replace(/\s/g, '')).toBe(plainTitle(ogTitle!).replace(/\s/g, ''));
    expect(shownTitle.split(/\s+/)[0]!.slice(0, 2)).toBe(ogTitle!.slice(0, 2));
    const share = await page.locator('.paper-actions [data-share-title]').getAttribute('data-share-title');
    expect(share).toBe(ogTitle);
  });

  test('read as text on the favourites page, where titles are drawn in the browser', async ({ page }) => {
    const card = await mathCard(page);
    await card.locator('.favourite-button').click();
    await expect(card.locator('.favourite-button')).toHaveAttribute('aria-pressed', 'true');
    await page.goto('favourites/');
    const title = page.locator('.fav-item-title').first();
    await expect(title).toBeVisible();
    const text = await title.innerText();
    expect(text).not.toMatch(/[$\\]/);
    // The stored title keeps its LaTeX (BibTeX wants it); only what is shown is made readable.
    const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEYS.favourites);
    expect(stored).toContain('$');
    expect(text).toBe(plainTitle(JSON.parse(stored).items[0].title));
  });

  test('render on the newer/older links of a neighbouring paper page', async ({ page }) => {
    const card = await mathCard(page);
    const cards = page.locator('article.card');
    const index = await card.evaluate((el) => [...document.querySelectorAll('article.card')].indexOf(el));
    // The paper listed just before the one with the formula links to it as "older".
    const neighbour = index > 0 ? cards.nth(index - 1) : cards.nth(index + 1);
    await neighbour.locator('.card-title a').click();
    await page.waitForURL(/\/papers\//);
    await expect(page.locator('.adjacent .katex').first()).toBeVisible();
    await expect(page.locator('link[rel="stylesheet"][href*="katex"]')).toHaveCount(1);
  });
});

test.describe('2. authors on cards', () => {
  test('names the first three authors, then et al. with the count', async ({ page }) => {
    await page.goto('');
    let checked = 0;
    for (const card of await page.locator('article.card').all()) {
      // Every author, as the card hands them to its favourite button.
      const facts = JSON.parse((await card.locator('[data-favourite]').getAttribute('data-favourite'))!) as { authors: string[] };
      const { authors } = facts;
      if (authors.length === 0) {
        await expect(card.locator('.card-authors')).toHaveCount(0);
        continue;
      }
      const text = (await card.locator('.card-authors').innerText()).trim();
      if (authors.length > 4) {
        expect(text).toBe(`${authors.slice(0, 3).join(', ')} et al. (${authors.length} authors)`);
        checked++;
      } else expect(text).toBe(authors.join(', '));
    }
    expect(checked, 'a card with more than four authors').toBeGreaterThan(0);
  });
});

test.describe('3. compact view', () => {
  test.use({ viewport: PHONE });

  const perScreen = (page: Page) =>
    page.locator('article.card').evaluateAll((cards) => {
      const tops = cards.slice(0, 8).map((c) => c.getBoundingClientRect().top);
      const pitch = (tops.at(-1)! - tops[0]!) / (tops.length - 1);
      return window.innerHeight / pitch;
    });

  test('fits at least 3 papers per phone screen in full and 6 in compact, and is remembered', async ({ page }) => {
    await page.goto('');
    expect(await perScreen(page)).toBeGreaterThanOrEqual(3);
    const toggle = page.getByRole('button', { name: 'Compact' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await perScreen(page)).toBeGreaterThanOrEqual(6);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.listingView)).toBe('compact');
    // Another listing opens compact, before any script has run.
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto('categories/');
    await page.locator('.facet-index a').first().click({ noWaitAfter: true });
    await page.waitForLoadState('domcontentloaded');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'compact');
    await expect(page.locator('article.card .card-tags').first()).toBeHidden();
  });
});

test.describe('4. tap targets', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const type of PAGE_TYPES) {
    test(`every link and control is 24×24 CSS px or spaced so at phone width: ${type.name}`, async ({ page }) => {
      if (type.name === 'favourites') await favouriteNewest(page);
      await page.goto(await type.find(page));
      if (type.name === 'search with results') await expect(page.locator('.search-hit').first()).toBeVisible();
      // The phone menu open too: its links are targets.
      const menu = page.getByRole('button', { name: 'Menu' });
      if (await menu.isVisible()) await menu.click();
      expect(await undersizedTargets(page)).toEqual([]);
    });
  }

  test('main buttons are 44 px high', async ({ page }) => {
    await page.goto('');
    for (const button of [
      page.getByRole('button', { name: 'Compact' }),
      page.getByRole('button', { name: 'Menu' }),
      page.locator('article.card .favourite-button').first(),
    ]) {
      const box = await button.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
  });
});

test.describe('5. dialogs by keyboard', () => {
  test('Enter does the main action, Escape cancels, focus returns to the opener', async ({ page }) => {
    await favouriteNewest(page);
    await page.goto('favourites/');
    const newFolder = page.getByRole('button', { name: 'New folder' });
    await newFolder.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New folder' });
    await expect(dialog.getByRole('textbox', { name: 'Folder name' })).toBeFocused();
    await page.keyboard.type('Weekend');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const folder = page.getByRole('combobox', { name: 'Folder', exact: true });
    await expect(folder.locator('option:checked')).toHaveText('Weekend (0)');
    await expect(newFolder).toBeFocused();

    const rename = page.getByRole('button', { name: 'Rename folder' });
    await rename.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Later');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(folder.locator('option:checked')).toHaveText('Weekend (0)');
    await expect(rename).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Later');
    await page.keyboard.press('Enter');
    await expect(folder.locator('option:checked')).toHaveText('Later (0)');

    const clear = page.getByRole('button', { name: 'Remove all' });
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Remove all favourites?' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(clear).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/Removed 1 /)).toBeVisible();
  });
});

test.describe('6. date view', () => {
  test("reaches a day's and a week's papers from a paper's date and steps to the previous one", async ({ page }) => {
    const card = page.locator('article.card').nth(1);
    await page.goto('');
    const date = await card.locator('time').getAttribute('datetime');
    await card.locator('.card-title a').click();
    await page.locator('.paper-header a', { has: page.locator(`time[datetime="${date}"]`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Papers of ${date}` })).toBeVisible();
    for (const time of await page.locator('article.card time').all()) await expect(time).toHaveAttribute('datetime', date!);
    await page.getByRole('link', { name: /^Week of/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Papers of the week of/ })).toBeVisible();
    const older = page.getByRole('navigation', { name: 'Other dates' }).getByRole('link', { name: /Previous week/ });
    if (await older.count()) {
      await older.click();
      await expect(page.getByRole('heading', { level: 1, name: /^Papers of the week of/ })).toBeVisible();
    }
  });

  test('has every index in the navigation and the date view on the home page', async ({ page }) => {
    await page.goto('');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Papers', 'By date', 'Keywords', 'Categories', 'Domains', 'Months', 'Favourites'])
      await expect(nav.getByRole('link', { name, exact: name !== 'Favourites' })).toBeVisible();
    await page.locator('main').getByRole('link', { name: 'By date' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Days' })).toBeVisible();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE });
    test('folds the navigation into a menu that Escape closes', async ({ page }) => {
      await page.goto('');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav).toBeHidden();
      const menu = page.getByRole('button', { name: 'Menu' });
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(nav.getByRole('link', { name: 'Months' })).toBeVisible();
      await nav.getByRole('link', { name: 'Months' }).focus();
      await page.keyboard.press('Escape');
      await expect(nav).toBeHidden();
      await expect(menu).toBeFocused();
    });
  });
});

test.describe('9. contrast and print', () => {
  for (const type of PAGE_TYPES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds nothing, search highlights shown: ${type.name} (${colorScheme})`, async ({ page }) => {
        // A full axe pass over a listing of dozens of cards takes seconds, many on a busy machine.
        test.slow();
        await page.emulateMedia({ colorScheme });
        if (type.name === 'favourites') await favouriteNewest(page);
        await page.goto(await type.find(page));
        if (type.name === 'search with results') await expect(page.locator('.search-hit mark').first()).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }

  test('prints in the light palette with absolute link targets, whatever the theme', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, 'dark'), STORAGE_KEYS.theme);
    await page.goto('');
    await page.locator('article.card .card-title a').first().click();
    // Until the paper page has loaded its stylesheet, the colours read are the browser's defaults
    // (black on transparent), which a busy machine showed once in five runs.
    await page.waitForURL(/\/papers\//);
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const style = (el: Element | null) => (el ? getComputedStyle(el) : undefined);
      return {
        body: style(document.body)?.color,
        background: style(document.body)?.backgroundColor,
        muted: style(document.querySelector('.facts dt'))?.color,
        chip: style(document.querySelector('.tags li'))?.backgroundColor,
      };
    });
    expect(colours.body).toBe('rgb(0, 0, 0)');
    expect(colours.background).toBe('rgb(255, 255, 255)');
    // The light palette's muted grey, not the dark theme's.
    expect(colours.muted).toBe('rgb(92, 99, 112)');
    expect(colours.chip).toBe('rgba(0, 0, 0, 0)');
    const after = await page
      .locator('.links a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/https?:\/\//);
    const bib = await page.getByRole('link', { name: 'BibTeX' }).evaluate((a) => getComputedStyle(a, '::after').content);
    expect(bib).toContain((await page.evaluate(() => location.origin)) + '/');
  });
});

test.describe('10. the reader’s language', () => {
  test.use({ locale: 'zh-CN' });

  const dictionary = (lang: string): Record<string, string> =>
    Object.assign({}, ...readdirSync(`src/i18n/${lang}`).map((file) => JSON.parse(readFileSync(`src/i18n/${lang}/${file}`, 'utf8'))));
  const en = dictionary('en');
  const zh = dictionary('zh');
  // The English interface strings that differ in Chinese, placeholders cut off ("Keyword: {value}" → "Keyword:").
  const english = [
    ...new Set(
      Object.keys(en)
        .filter((key) => en[key] !== zh[key])
        .map((key) => en[key]!.split('{')[0]!.trim())
        .filter((text) => text.length >= 3),
    ),
  ];
  const leaksIn = (name: string) => english.find((text) => name === text || name.startsWith(`${text} `) || name.startsWith(`${text}:`));

  for (const type of PAGE_TYPES) {
    test(`a Chinese tab title and no English interface names for assistive technology: ${type.name}`, async ({ page }) => {
      if (type.name === 'favourites')
        await page.addInitScript(
          (key) =>
            localStorage.setItem(
              key,
              JSON.stringify({
                version: 1,
                folders: [{ id: 'default', name: '' }],
                items: [
                  {
                    id: 'x',
                    title: 'A paper',
                    url: '/papers/x/',
                    addedAt: '2026-01-01T00:00:00.000Z',
                    folder: 'default',
                    authors: [],
                    categories: [],
                  },
                ],
              }),
            ),
          STORAGE_KEYS.favourites,
        );
      await page.goto(await type.find(page));
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      const leaks: string[] = [];
      const title = (await page.title()).replace(/ · Papershelf$/, '');
      const inTitle = leaksIn(title);
      if (inTitle && type.name !== 'paper') leaks.push(`<title> "${title}": ${inTitle}`);
      // Names of the interface's roles; the papers' own text (titles, abstracts, keywords) is content.
      const tree = await page.locator('body').ariaSnapshot();
      for (const match of tree.matchAll(
        /- (button|navigation|region|dialog|searchbox|combobox|status|tab|tablist|link|banner|contentinfo|group|list) "((?:[^"\\]|\\.)*)"/g,
      )) {
        const found = leaksIn(match[2]!);
        if (found) leaks.push(`${match[1]} "${match[2]}" (${found})`);
      }
      expect(leaks).toEqual([]);
    });
  }
});

test.describe('11. provenance', () => {
  test('is folded by default and says where the summary came from in reader words', async ({ page }) => {
    await page.goto('');
    await page.locator('article.card .card-title a').first().click();
    const about = page.getByRole('region', { name: 'About this summary' });
    await expect(about.getByText(/Read from a summary file of the kind/)).toBeHidden();
    await about.locator('summary').click();
    await expect(
      about.getByText(/Read from a summary file of the kind (paper digest|AI-SCHOLAR article|hand-written entry)\./),
    ).toBeVisible();
    await expect(about).not.toContainText('toolbar');
    await expect(about).toContainText('for the site');
  });
});

test.describe('12. phone reading', () => {
  test.use({ viewport: PHONE });

  test('shows the paper title before its contents, and a way back to the top', async ({ page }) => {
    await page.goto('');
    await page.locator('article.card .card-title a').first().click();
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    const contents = await page.getByRole('navigation', { name: 'On this page' }).boundingBox();
    expect(title!.y).toBeLessThan(contents!.y);
    expect(title!.y).toBeLessThan(200);
    const top = page.getByRole('link', { name: 'Back to top' });
    await expect(top).toBeHidden();
    await page.mouse.wheel(0, 3000);
    await expect(top).toBeVisible();
    await top.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(10);
  });

  test('a card costs at most three Tab presses', async ({ page }) => {
    await page.goto('');
    const firstTitle = page.locator('article.card .card-title a').first();
    await firstTitle.focus();
    const stops: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const inCard = await page.evaluate(
        () => document.activeElement?.closest('article.card')?.querySelector('.card-title a')?.textContent ?? '',
      );
      stops.push(inCard);
    }
    const first = (await firstTitle.textContent()) ?? '';
    // After the title: favourite and share of the same card, then the next card's title.
    expect(stops.filter((s) => s === first).length).toBeLessThanOrEqual(2);
    expect(stops[2]).not.toBe(first);
  });
});

test.describe('desktop header', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const lang of ['en', 'zh'] as const) {
    test(`keeps the name, every index, the search field and the switches on one row on every index page (${lang})`, async ({ page }) => {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEYS.language, lang] as const);
      // A favourite, so the navigation also shows its count.
      await favouriteNewest(page);
      // The index pages: each marks its own link as current (bold), the widest the row gets.
      for (const path of ['', 'days/', 'keywords/', 'categories/', 'domains/', 'months/', 'favourites/']) {
        await page.goto(path);
        const name = (await page.locator('.site-name').boundingBox())!;
        const search = (await page.locator('.header-tools').boundingBox())!;
        expect(Math.abs(search.y + search.height / 2 - (name.y + name.height / 2)), `header row on /${path}`).toBeLessThan(4);
        expect(search.width, `search field on /${path}`).toBeGreaterThan(200);
      }
    });
  }
});
