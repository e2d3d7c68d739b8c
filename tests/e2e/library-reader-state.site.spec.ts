import { expect, test } from '@playwright/test';
import { pageErrors } from './favourites-helpers';
import { FIRST, SECOND } from './library-papers';
import { READER_KEY, seedReader, storedReader, useChinese } from './reader-helpers';

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

for (const size of WIDTHS) {
  test.describe(`reading state at ${size.name} width`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    // Several pages each, and a few seconds of reading: allow for a loaded machine.
    test.slow();

    test('a paper counts as read after a few seconds on its page, and can be marked unread again', async ({ page }) => {
      const errors = pageErrors(page);
      await page.goto(`papers/${FIRST.id}/`);
      await expect(page.getByText('On this site since')).toBeVisible();
      // Reaching for the block loads its controls at once; a few seconds on the page mark it read, without a click.
      await page.locator('paper-reading').hover();
      await expect(page.getByRole('button', { name: 'Mark as unread' })).toHaveAttribute('aria-pressed', 'true', { timeout: 15_000 });
      expect((await storedReader(page)).read.map((m) => m.id)).toEqual([FIRST.id]);
      await page.getByRole('button', { name: 'Mark as unread' }).click();
      await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();
      expect((await storedReader(page)).read).toEqual([]);

      await page.goto('');
      await expect(page.getByRole('article', { name: FIRST.title }).locator('[data-card-marks]')).toBeHidden();
      expect(errors).toEqual([]);
    });

    test('listings mark read papers in words, hide them on request, and mark a whole page read', async ({ page }) => {
      await seedReader(page, { version: 1, read: [{ id: FIRST.id, at: '2025-01-01T00:00:00Z' }], notes: [], visit: {} });
      await page.goto('');
      const card = page.getByRole('article', { name: FIRST.title });
      await expect(card.locator('[data-card-marks]')).toHaveText('✓ Read');
      const other = page.getByRole('article', { name: SECOND.title });
      await expect(other.locator('[data-card-marks]')).toBeHidden();

      await page.getByRole('checkbox', { name: 'Hide read papers' }).check();
      await expect(card).toBeHidden();
      await expect(other).toBeVisible();
      await page.reload();
      await expect(page.getByRole('checkbox', { name: 'Hide read papers' })).toBeChecked();
      await expect(page.getByRole('article', { name: FIRST.title })).toBeHidden();
      await page.getByRole('checkbox', { name: 'Hide read papers' }).uncheck();

      await page.getByRole('button', { name: 'Mark all on this page read' }).click();
      await expect(page.getByRole('button', { name: 'Mark all on this page read' })).toBeDisabled();
      const shown = await page.locator('article[data-paper-id]').count();
      expect((await storedReader(page)).read).toHaveLength(shown);
    });

    test('marks what arrived since the previous visit and counts it at the top', async ({ page }) => {
      // The previous visit ended on 2024-10-01, so papers that arrived after that day are new.
      await seedReader(page, { version: 1, read: [], notes: [], visit: { lastSeen: '2024-10-01T12:00:00Z' } });
      await page.goto('');
      const arrived = await page
        .locator('article[data-paper-id]')
        .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.arrived ?? ''));
      const fresh = arrived.filter((day) => day > '2024-10-01').length;
      expect(fresh).toBeGreaterThan(0);
      expect(fresh).toBeLessThan(arrived.length);
      await expect(page.getByText(new RegExp(`^${fresh} new since `))).toBeVisible();
      await expect(page.locator('article[data-new]')).toHaveCount(fresh);
      await expect(page.locator('article[data-new]').first().locator('[data-card-marks]')).toContainText('New');
      // Later pages of the same visit keep the same boundary.
      await page.reload();
      await expect(page.getByText(new RegExp(`^${fresh} new since `))).toBeVisible();
    });

    test('keeps a private note on a paper, shows it on the favourites page and writes it into the BibTeX', async ({ page }) => {
      await page.goto(`papers/${FIRST.id}/`);
      await page.getByText('Your note').click();
      await page.getByRole('textbox', { name: `Note on “${FIRST.title}”` }).fill('Compare with consistency models, section 4.');
      await page.getByRole('button', { name: 'Save note' }).click();
      await expect(page.getByText('Note saved.')).toBeVisible();
      await page.getByRole('button', { name: `Favourite ${FIRST.title}` }).click();
      await page.reload();
      await expect(page.getByRole('textbox', { name: `Note on “${FIRST.title}”` })).toHaveValue(
        'Compare with consistency models, section 4.',
      );

      await page.goto('favourites/');
      const entry = page.getByRole('listitem').filter({ hasText: FIRST.title });
      await expect(entry).toContainText('Your note: Compare with consistency models, section 4.');
      const filter = page.getByRole('searchbox', { name: 'Filter' });
      await filter.fill('consistency section');
      await expect(page.locator('[data-fav-list] .fav-item-title')).toHaveText([FIRST.title]);
      await filter.fill('no such words');
      await expect(page.getByText('No favourites match “no such words”.')).toBeVisible();
      await filter.fill('');
      const bib = page.waitForEvent('download');
      await page.getByRole('button', { name: 'BibTeX of all favourites (1)' }).click();
      const text = await (await bib).createReadStream().then(async (stream) => {
        let out = '';
        for await (const chunk of stream) out += chunk;
        return out;
      });
      expect(text).toContain('note = {Compare with consistency models, section 4.}');
    });
  });
}

test.describe('keyboard triage', () => {
  test('moves with j/k and the arrows, one Tab stop for the list, and acts on the focused paper', async ({ page }) => {
    await page.goto('');
    const cards = page.locator('article[data-paper-id]');
    const tabbable = await cards.evaluateAll((all) => all.filter((card) => (card as HTMLElement).tabIndex === 0).length);
    expect(tabbable).toBe(1);
    // Only the current card's own links are in the Tab order.
    const parked = await page.locator('article[data-paper-id]:not([tabindex="0"]) a[href][tabindex="-1"]').count();
    expect(parked).toBeGreaterThan(0);

    await page.keyboard.press('j');
    await expect(cards.nth(0)).toBeFocused();
    await page.keyboard.press('j');
    await expect(cards.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(cards.nth(2)).toBeFocused();
    await page.keyboard.press('k');
    await expect(cards.nth(1)).toBeFocused();
    const id = await cards.nth(1).getAttribute('data-paper-id');

    await page.keyboard.press('m');
    await expect(cards.nth(1)).toHaveAttribute('data-read', '');
    await page.keyboard.press('f');
    await expect(cards.nth(1).getByRole('button', { name: /^Favourite/ })).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(help.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    // Focus goes back to where the reader was, the paper, whichever way the dialog closes.
    await expect(cards.nth(1)).toBeFocused();
    const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await opener.click();
    await expect(help).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(help).toBeHidden();
    await expect(opener).toBeFocused();

    await cards.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/papers/${id!.replace('.', '\\.')}/$`));
  });

  test('fires nothing while the reader types in a field', async ({ page }) => {
    await page.goto('');
    const search = page.getByRole('combobox').or(page.getByRole('searchbox')).first();
    await search.click();
    await page.keyboard.type('jkmf?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
    await expect(page.locator('article[data-read]')).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), READER_KEY)).not.toContain('"read":[{');
  });

  test('n opens the focused paper with its note ready to write', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('j');
    await page.keyboard.press('n');
    await expect(page).toHaveURL(/#note$/);
    await expect(page.getByRole('textbox', { name: /^Note on/ })).toBeFocused();
  });
});

test.describe('in Chinese', () => {
  test('the reading tools, marks and note speak Chinese', async ({ page }) => {
    await useChinese(page);
    await seedReader(page, { version: 1, read: [{ id: FIRST.id, at: '2025-01-01T00:00:00Z' }], notes: [], visit: {} });
    await page.goto('');
    await expect(page.getByRole('checkbox', { name: '隐藏已读论文' })).toBeVisible();
    await expect(page.getByRole('button', { name: '将本页全部标为已读' })).toBeVisible();
    await expect(page.locator(`article[data-paper-id="${FIRST.id}"] [data-card-marks]`)).toHaveText('✓ 已读');
    await page.goto(`papers/${FIRST.id}/`);
    await page.locator('paper-reading').hover();
    await expect(page.getByRole('button', { name: '标为未读' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('我的笔记')).toBeVisible();
  });
});

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
