import { expect, test } from '@playwright/test';
import { favouriteOnPaperPage, pageErrors, storedIds, twoFavouritesAndFolder } from './favourites-helpers';
import { FIRST, SECOND } from './library-papers';
import { PAIRED, READER_KEY, locale, say, useChinese, useVariant } from './reader-helpers';

const FOLDERS_KEY = 'papershelf:favourites:v1';

for (const size of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
]) {
  test.describe(`favourites page at ${size.name} width`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    // Each test favourites papers on their pages first: allow for a loaded machine.
    test.slow();

    test('shows each entry with its authors and takeaway, and the folder once', async ({ page }) => {
      await favouriteOnPaperPage(page);
      await page.goto('favourites/');
      // On a slow machine the paper page may have been open long enough to count as read: start unread.
      await page.evaluate((key) => localStorage.removeItem(key), READER_KEY);
      await page.reload();
      const entry = page.getByRole('listitem').filter({ hasText: FIRST.title });
      // Four authors are named in full, as on the paper's card (shared/author-list.ts).
      await expect(entry.locator('.fav-item-authors')).toHaveText(FIRST.authors.join(', '));
      await expect(entry.locator('.fav-item-takeaway')).not.toBeEmpty();
      expect(((await entry.innerText()).match(/Unsorted/g) ?? []).length).toBe(1);
      await expect(entry.getByText('● Unread')).toBeVisible();
    });

    test('selects several papers and moves or removes them at once, with undo', async ({ page }) => {
      const folder = await twoFavouritesAndFolder(page, 'Later');
      await folder.selectOption({ label: 'All folders (2)' });

      await expect(page.getByRole('button', { name: 'Move', exact: true })).toBeDisabled();
      await page.getByRole('checkbox', { name: 'Select all shown' }).check();
      await expect(page.getByText('2 selected')).toBeVisible();
      await page.getByRole('combobox', { name: 'Move the selected papers to' }).selectOption({ label: 'Later' });
      await page.getByRole('button', { name: 'Move', exact: true }).click();
      await expect(folder.locator('option')).toHaveText(['All folders (2)', 'Unsorted (0)', 'Later (2)']);

      await page.getByRole('checkbox', { name: `Select “${FIRST.title}”` }).check();
      await expect(page.getByText('1 selected')).toBeVisible();
      await page.getByRole('button', { name: 'Remove selected' }).click();
      expect(await storedIds(page)).toEqual([SECOND.id]);
      await page.getByRole('button', { name: 'Undo' }).click();
      expect((await storedIds(page)).sort()).toEqual([FIRST.id, SECOND.id].sort());
    });

    test('disables “share this list” when there is nothing to share, with readable disabled buttons', async ({ page }) => {
      await page.goto('favourites/');
      const share = page.getByRole('button', { name: 'Share this list' });
      await expect(share).toBeDisabled();
      const [color, background] = await share.evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
      expect(contrast(color!, background!)).toBeGreaterThanOrEqual(4.5);
      await favouriteOnPaperPage(page);
      await page.goto('favourites/');
      await expect(share).toBeEnabled();
    });
  });
}

test.describe('shared reading lists', () => {
  test.slow();
  test('are shown as what they are: name, note, cards with authors and takeaway; BibTeX without adding; add into a folder named after the list', async ({
    page,
  }) => {
    const errors = pageErrors(page);
    await page.goto(
      `favourites/#ids=${FIRST.id},${SECOND.id}&name=${encodeURIComponent('Diffusion club')}&note=${encodeURIComponent('Start with the first one.')}`,
    );
    const list = page.getByRole('region', { name: 'A shared reading list' });
    await expect(list.getByText('“Diffusion club”, a reading list of 2 papers.')).toBeVisible();
    await expect(list.getByText('The sender’s note: Start with the first one.')).toBeVisible();
    const card = list.getByRole('listitem').filter({ hasText: FIRST.title });
    await expect(card.locator('.fav-item-authors')).toContainText(FIRST.author);
    await expect(card.locator('.fav-item-takeaway')).not.toBeEmpty();

    const bib = page.waitForEvent('download');
    await list.getByRole('button', { name: 'BibTeX of this list (2)' }).click();
    expect((await bib).suggestedFilename()).toBe('papershelf-Diffusion-club.bib');
    expect(await storedIds(page)).toEqual([]);

    await list.getByRole('button', { name: 'Add 2 papers to a new folder “Diffusion club”' }).click();
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), FOLDERS_KEY);
    const club = stored.folders.find((f: { name: string }) => f.name === 'Diffusion club');
    expect(club).toBeTruthy();
    expect(stored.items.map((i: { folder: string }) => i.folder)).toEqual([club.id, club.id]);
    expect(errors).toEqual([]);
  });

  test('in Chinese, the shared list and the bulk tools speak Chinese', async ({ page }) => {
    await useChinese(page);
    await page.goto(`favourites/#ids=${FIRST.id}&name=${encodeURIComponent('组会')}&note=${encodeURIComponent('先读这篇。')}`);
    await expect(page.getByText('“组会”：一份包含 1 篇论文的阅读列表。')).toBeVisible();
    // No space after the full-width colon.
    await expect(page.getByText('分享者的留言：先读这篇。', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '将 1 篇论文加入新文件夹“组会”' })).toBeVisible();
  });
});

for (const variant of PAIRED) {
  test.describe(`moving to another device, ${variant.name}`, () => {
    useVariant(variant);
    const s = say(variant);
    test.slow();

    test('share a folder as a named list, and show it as a QR code drawn on the page', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      await favouriteOnPaperPage(page, FIRST.id, FIRST.title, variant.lang);
      await page.goto('favourites/');
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.getByRole('textbox', { name: s('list.shareName') }).fill('Mine');
      await page.getByRole('button', { name: s('qr.show') }).click();
      const qr = page.getByRole('img', { name: s('qr.label') });
      await expect(qr).toBeVisible();
      expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
      // The code fits the screen it is shown on.
      expect((await qr.boundingBox())!.width).toBeLessThanOrEqual(variant.viewport.width);
      expect(requests.every((u) => new URL(u).origin === new URL(baseURL!).origin)).toBe(true);
      await page.getByRole('button', { name: s('share.list') }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`#ids=${FIRST.id}&name=Mine`);
    });

    test('the full export carries notes and read marks and imports them on another device', async ({ browser }, testInfo) => {
      const note = variant.lang === 'zh' ? '组会上讲。' : 'Keep for the talk.';
      // Each device is a context of its own, in the variant's language and width.
      const device = () => browser.newContext({ locale: locale(variant), viewport: variant.viewport });
      const first = await device();
      const page = await first.newPage();
      await favouriteOnPaperPage(page, FIRST.id, FIRST.title, variant.lang);
      await page.getByText(s('reader.note'), { exact: true }).click();
      await page.getByRole('textbox', { name: s('reader.noteLabel', { title: FIRST.title }) }).fill(note);
      await page.getByRole('button', { name: s('reader.noteSave') }).click();
      // The note is kept once it says so: exported before that, it would not be in the file.
      await expect(page.getByText(s('reader.noteSaved'))).toBeVisible();
      // Read by staying a few seconds on the page.
      await expect(page.getByRole('button', { name: s('reader.markUnread') })).toBeVisible({ timeout: 15_000 });
      await page.goto('favourites/');
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: s('fav.exportJson') }).click();
      const file = testInfo.outputPath('full.json');
      await (await downloading).saveAs(file);
      await first.close();

      const second = await device();
      const other = await second.newPage();
      await other.goto('favourites/');
      const choosing = other.waitForEvent('filechooser');
      await other.getByRole('button', { name: s('fav.importJson') }).click();
      await (await choosing).setFiles(file);
      await expect(other.getByRole('status').getByText(s('reader.imported', { notes: 1, read: 1 }))).toBeVisible();
      const entry = other.getByRole('listitem').filter({ hasText: FIRST.title });
      await expect(entry).toContainText(s('list.note', { note }));
      await expect(entry.getByText(`✓ ${s('reader.read')}`)).toBeVisible();
      await second.close();
    });
  });
}

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
