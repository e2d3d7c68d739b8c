/**
 * Reading state in the browser (issue 15), on the library fixture site: read marks, hide read, mark a
 * page read, new since the last visit, notes, keyboard triage on listings and the favourites page,
 * other tabs, storage that misbehaves. Each runs in both languages at phone and desktop widths
 * (reader-helpers.ts), naming what the reader sees by the site's own strings.
 */
import { expect, test, type Page } from '@playwright/test';
import { KEY as FAVOURITES_KEY, pageErrors } from './favourites-helpers';
import { FIRST, SECOND } from './library-papers';
import { PAIRED, READER_KEY, VARIANTS, say, sayPattern, seedReader, seedStorage, storedReader, useVariant } from './reader-helpers';

for (const variant of VARIANTS) {
  test.describe(`reading state on listings, ${variant.name}`, () => {
    useVariant(variant);
    const s = say(variant);
    const pattern = sayPattern(variant);
    // Several pages each: allow for a loaded machine.
    test.slow();

    test('listings mark read papers in words, hide them on request, and mark a whole page read', async ({ page }) => {
      await seedReader(page, { version: 1, read: [{ id: FIRST.id, at: '2025-01-01T00:00:00Z' }], notes: [], visit: {} });
      await page.goto('');
      const card = page.getByRole('article', { name: FIRST.title });
      await expect(card.locator('[data-card-marks]')).toHaveText(`✓ ${s('reader.read')}`);
      const other = page.getByRole('article', { name: SECOND.title });
      await expect(other.locator('[data-card-marks]')).toBeHidden();

      const hide = page.getByRole('checkbox', { name: s('reader.hideRead') });
      await hide.check();
      await expect(card).toBeHidden();
      await expect(other).toBeVisible();
      await page.reload();
      await expect(hide).toBeChecked();
      await expect(page.getByRole('article', { name: FIRST.title })).toBeHidden();
      await hide.uncheck();

      const markPage = page.getByRole('button', { name: s('reader.markPageRead') });
      await markPage.click();
      await expect(markPage).toBeDisabled();
      const shown = await page.locator('article[data-paper-id]').count();
      expect((await storedReader(page)).read).toHaveLength(shown);
      // With every paper read and hidden, the page says why it looks empty.
      await hide.check();
      await expect(page.getByText(s('reader.allReadHidden'))).toBeVisible();
    });

    test('marks what arrived since the previous visit and counts it at the top, on the home page and other listings', async ({ page }) => {
      // The previous visit ended on 2024-10-01, so papers that arrived after that day are new.
      await seedReader(page, { version: 1, read: [], notes: [], visit: { lastSeen: '2024-10-01T12:00:00Z' } });
      const countText = (fresh: number) => pattern(fresh === 1 ? 'reader.newSinceOne' : 'reader.newSince', { count: fresh });
      /** Checks the cards marked new against their arrival days, and the count at the top. */
      const expectNew = async () => {
        const arrived = await page
          .locator('article[data-paper-id]')
          .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.arrived ?? ''));
        const fresh = arrived.filter((day) => day > '2024-10-01').length;
        expect(fresh).toBeGreaterThan(0);
        expect(fresh).toBeLessThan(arrived.length);
        await expect(page.locator('article[data-new]')).toHaveCount(fresh);
        await expect(page.locator('article[data-new]').first().locator('[data-card-marks]')).toContainText(`● ${s('reader.new')}`);
        await expect(page.getByText(countText(fresh))).toBeVisible();
      };
      await page.goto('');
      await expectNew();
      // Later pages of the same visit keep the same boundary.
      await page.reload();
      await expectNew();
      // Every listing marks them, not only the home page: here a keyword's, with papers from before and after.
      await page.goto('keywords/diffusion/');
      await expectNew();
    });
  });
}

for (const variant of PAIRED) {
  test.describe(`reading on the paper page, ${variant.name}`, () => {
    useVariant(variant);
    const s = say(variant);
    // Several pages each, and a few seconds of reading: allow for a loaded machine.
    test.slow();

    test('a paper counts as read after a few seconds on its page, and can be marked unread again', async ({ page }) => {
      const errors = pageErrors(page);
      await page.goto('');
      const arrived = await page.getByRole('article', { name: FIRST.title }).getAttribute('data-arrived');
      await page.goto(`papers/${FIRST.id}/`);
      // The page says when the paper arrived, the day listings count "new" by.
      await expect(page.locator('.arrived')).toHaveText(`${s('reader.arrived')} ${arrived}`, { useInnerText: true });
      // Before its controls load, the read row already holds its room, so nothing jumps when they appear.
      const row = page.locator('paper-reading [data-part="row"]');
      const summary = page.locator('paper-reading summary');
      const before = await summary.boundingBox();
      expect(await row.evaluate((el) => (el.hasAttribute('hidden') ? el.getBoundingClientRect().height : -1))).toBeGreaterThan(0);
      // Reaching for the block loads its controls at once; a few seconds on the page mark it read, without a click.
      await page.locator('paper-reading').hover();
      await expect(page.getByRole('button', { name: s('reader.markUnread') })).toHaveAttribute('aria-pressed', 'true', {
        timeout: 15_000,
      });
      await expect(page.getByText(s('reader.stateRead'))).toBeVisible();
      // At desktop width either state of the row is one line; on a phone the longer unread sentence may wrap.
      if (variant.viewport.width > 1000) expect((await summary.boundingBox())!.y).toBe(before!.y);
      expect((await storedReader(page)).read.map((m) => m.id)).toEqual([FIRST.id]);
      await page.getByRole('button', { name: s('reader.markUnread') }).click();
      await expect(page.getByRole('button', { name: s('reader.markRead') })).toBeVisible();
      expect((await storedReader(page)).read).toEqual([]);

      await page.goto('');
      await expect(page.getByRole('article', { name: FIRST.title }).locator('[data-card-marks]')).toBeHidden();
      expect(errors).toEqual([]);
    });

    test('keeps a private note on a paper, shows it on the favourites page and writes it into the BibTeX', async ({ page }) => {
      const note = variant.lang === 'zh' ? '与一致性模型比较，见第 4 节。' : 'Compare with consistency models, section 4.';
      const noteBox = page.getByRole('textbox', { name: s('reader.noteLabel', { title: FIRST.title }) });
      await page.goto(`papers/${FIRST.id}/`);
      await page.getByText(s('reader.note'), { exact: true }).click();
      await noteBox.fill(note);
      await page.getByRole('button', { name: s('reader.noteSave') }).click();
      await expect(page.getByText(s('reader.noteSaved'))).toBeVisible();
      await page.getByRole('button', { name: `${s('fav.toggle')} ${FIRST.title}` }).click();
      await page.reload();
      await expect(noteBox).toHaveValue(note);

      await page.goto('favourites/');
      const entry = page.getByRole('listitem').filter({ hasText: FIRST.title });
      await expect(entry).toContainText(s('list.note', { note }));
      const filter = page.getByRole('searchbox', { name: s('list.filter') });
      await filter.fill(variant.lang === 'zh' ? '一致性模型' : 'consistency section');
      await expect(page.locator('[data-fav-list] .fav-item-title')).toHaveText([FIRST.title]);
      await filter.fill('no such words');
      await expect(page.getByText(s('list.noMatch', { query: 'no such words' }))).toBeVisible();
      await filter.fill('');
      const bib = page.waitForEvent('download');
      await page.getByRole('button', { name: s('fav.exportBibtexAll', { count: 1 }) }).click();
      const text = await (await bib).createReadStream().then(async (stream) => {
        let out = '';
        for await (const chunk of stream) out += chunk;
        return out;
      });
      expect(text).toContain(`note = {${note}}`);
    });
  });
}

/** Two favourites, stored before the page's scripts run (once per test). */
async function seedFavourites(page: Page) {
  const item = (paper: typeof FIRST | typeof SECOND, addedAt: string) => ({
    id: paper.id,
    title: paper.title,
    url: `/papers/${paper.id}/`,
    addedAt,
    folder: 'default',
    authors: [],
    categories: [],
  });
  const value = {
    version: 1,
    folders: [{ id: 'default', name: '' }],
    items: [item(FIRST, '2026-01-02T00:00:00.000Z'), item(SECOND, '2026-01-01T00:00:00.000Z')],
  };
  await seedStorage(page, FAVOURITES_KEY, value);
}

/** Whether the focused element shows a focus ring. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });

for (const variant of VARIANTS) {
  test.describe(`keyboard triage, ${variant.name}`, () => {
    useVariant(variant);
    const s = say(variant);

    test('on a listing: j/k and the arrows move, one Tab stop for the list, a visible focus, and the keys act on the focused paper', async ({
      page,
    }) => {
      await page.goto('');
      const cards = page.locator('article[data-paper-id]');
      const tabbable = await cards.evaluateAll((all) => all.filter((card) => (card as HTMLElement).tabIndex === 0).length);
      expect(tabbable).toBe(1);
      // Only the current card's own links are in the Tab order.
      const parked = await page.locator('article[data-paper-id]:not([tabindex="0"]) a[href][tabindex="-1"]').count();
      expect(parked).toBeGreaterThan(0);

      await page.keyboard.press('j');
      await expect(cards.nth(0)).toBeFocused();
      expect(await focusRing(page)).toBe(true);
      await page.keyboard.press('j');
      await expect(cards.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(cards.nth(2)).toBeFocused();
      await page.keyboard.press('k');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('j');
      await expect(cards.nth(1)).toBeFocused();
      const id = await cards.nth(1).getAttribute('data-paper-id');

      await page.keyboard.press('m');
      await expect(cards.nth(1)).toHaveAttribute('data-read', '');
      await expect(cards.nth(1).locator('[data-card-marks]')).toHaveText(`✓ ${s('reader.read')}`);
      await page.keyboard.press('m');
      await expect(cards.nth(1)).not.toHaveAttribute('data-read', '');
      await page.keyboard.press('f');
      await expect(cards.nth(1).locator('button[data-favourite]')).toHaveAttribute('aria-pressed', 'true');

      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: s('reader.keysTitle') });
      await expect(help).toBeVisible();
      await expect(help.getByRole('button', { name: s('reader.close') })).toBeFocused();
      await expect(help.getByRole('button', { name: s('fav.cancel') })).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(help).toBeHidden();
      // Focus goes back to where the reader was, the paper, whichever way the dialog closes.
      await expect(cards.nth(1)).toBeFocused();
      const opener = page.getByRole('button', { name: s('reader.keys') });
      await opener.click();
      await expect(help).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(help).toBeHidden();
      await expect(opener).toBeFocused();

      await cards.nth(1).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/papers/${id!.replace('.', '\\.')}/$`));
      await page.goBack();
      const first = await cards.nth(0).getAttribute('data-paper-id');
      await cards.nth(0).focus();
      await page.keyboard.press('o');
      await expect(page).toHaveURL(new RegExp(`/papers/${first!.replace('.', '\\.')}/$`));
    });

    test('on the favourites page: one Tab stop, j/k move, m marks read, n opens the note, o opens, f removes with undo', async ({
      page,
    }) => {
      await seedFavourites(page);
      await page.goto('favourites/');
      const items = page.locator('[data-fav-list] > li');
      await expect(items).toHaveCount(2);
      await expect(items.nth(0)).toContainText(`● ${s('reader.unread')}`);
      expect(await items.evaluateAll((all) => all.filter((li) => (li as HTMLElement).tabIndex === 0).length)).toBe(1);

      await page.keyboard.press('j');
      await expect(items.nth(0)).toBeFocused();
      expect(await focusRing(page)).toBe(true);
      await page.keyboard.press('ArrowDown');
      await expect(items.nth(1)).toBeFocused();
      await page.keyboard.press('k');
      await expect(items.nth(0)).toBeFocused();
      await page.keyboard.press('m');
      await expect(items.nth(0)).toContainText(`✓ ${s('reader.read')}`);
      // The entry is drawn anew with its mark, and the keyboard stays on it.
      await expect(items.nth(0)).toBeFocused();
      expect((await storedReader(page)).read.map((m) => m.id)).toEqual([FIRST.id]);

      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: s('reader.keysTitle') })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(items.nth(0)).toBeFocused();

      await page.keyboard.press('f');
      await expect(items).toHaveCount(1);
      await page.getByRole('button', { name: s('fav.undo') }).click();
      await expect(items).toHaveCount(2);

      await items.nth(1).focus();
      await page.keyboard.press('o');
      await expect(page).toHaveURL(new RegExp(`/papers/${SECOND.id.replace('.', '\\.')}/$`));
      await page.goBack();
      await items.nth(0).focus();
      await page.keyboard.press('n');
      await expect(page).toHaveURL(new RegExp(`/papers/${FIRST.id.replace('.', '\\.')}/#note$`));
      await expect(page.getByRole('textbox', { name: s('reader.noteLabel', { title: FIRST.title }) })).toBeFocused();
    });
  });
}

for (const variant of PAIRED) {
  test.describe(`keyboard triage, ${variant.name}`, () => {
    useVariant(variant);
    const s = say(variant);

    test('fires nothing while the reader types in a field', async ({ page }) => {
      await page.goto('');
      const search = page.getByRole('combobox').or(page.getByRole('searchbox')).first();
      await search.click();
      await page.keyboard.type('jkmf?');
      await expect(page.getByRole('dialog', { name: s('reader.keysTitle') })).toBeHidden();
      await expect(page.locator('article[data-read]')).toHaveCount(0);
      expect(await page.evaluate((key) => localStorage.getItem(key), READER_KEY)).not.toContain('"read":[{');
    });

    test('n opens the focused paper with its note ready to write', async ({ page }) => {
      await page.goto('');
      await page.keyboard.press('j');
      await page.keyboard.press('n');
      await expect(page).toHaveURL(/#note$/);
      await expect(page.getByRole('textbox', { name: sayPattern(variant)('reader.noteLabel') })).toBeFocused();
    });

    test('a mark made in another tab shows at once, without a reload', async ({ context, page }) => {
      await page.goto('');
      const card = page.getByRole('article', { name: FIRST.title });
      await expect(card).toBeVisible();
      const other = await context.newPage();
      await other.goto('');
      await other.getByRole('button', { name: s('reader.markPageRead') }).click();
      await expect(card.locator('[data-card-marks]')).toHaveText(`✓ ${s('reader.read')}`);
      await expect(page.getByRole('button', { name: s('reader.markPageRead') })).toBeDisabled();
    });
  });
}

test.describe('reader storage that misbehaves', () => {
  test.slow();
  test('pages work when the reader data is garbage or from a newer version, and the newer data is left untouched', async ({ page }) => {
    const errors = pageErrors(page);
    await page.addInitScript((key) => localStorage.setItem(key, '{"version":1,"read":[{"id"'), READER_KEY);
    for (const path of ['', `papers/${FIRST.id}/`, 'favourites/']) await page.goto(path);
    expect(errors).toEqual([]);

    const newer = JSON.stringify({ version: 9, read: [{ id: FIRST.id, at: '2025-01-01T00:00:00Z' }], notes: [], future: true });
    const fresh = await page.context().newPage();
    await fresh.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [READER_KEY, newer]);
    await fresh.goto('');
    await fresh.getByRole('button', { name: 'Mark all on this page read' }).click();
    await expect(fresh.getByRole('status').getByText(/saved by a newer version/)).toBeVisible();
    expect(await fresh.evaluate((key) => localStorage.getItem(key), READER_KEY)).toBe(newer);
  });

  test('pages work when storage throws on every call', async ({ page }) => {
    const errors = pageErrors(page);
    await page.addInitScript(() => {
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
    });
    await page.goto('');
    await page.getByRole('button', { name: 'Mark all on this page read' }).click();
    await expect(page.locator('article[data-read]').first()).toBeVisible();
    await page.goto(`papers/${FIRST.id}/`);
    await page.locator('paper-reading').hover();
    // Marked read in memory after a few seconds, and back to unread by hand.
    await page.getByRole('button', { name: 'Mark as unread' }).click({ timeout: 15_000 });
    await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
