import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  KEY,
  favouriteOnPaperPage,
  favouriteToggle,
  favouritesLink,
  pageErrors,
  storedIds,
  twoFavouritesAndFolder,
} from './favourites-helpers';
import { FIRST, SECOND } from './library-papers';

test.describe('favourite toggle', () => {
  test('favourites a paper from its card, shows the count and keeps it across a reload', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('');
    const toggle = favouriteToggle(page);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(favouritesLink(page)).toHaveAccessibleName('Favourites');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(favouritesLink(page)).toHaveAccessibleName('Favourites 1');
    await page.reload();
    await expect(favouriteToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(favouritesLink(page)).toHaveAccessibleName('Favourites 1');
    await page.goto(`papers/${FIRST.id}/`);
    await expect(favouriteToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await favouriteToggle(page).click();
    await expect(favouriteToggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(favouritesLink(page)).toHaveAccessibleName('Favourites');
    expect(await storedIds(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('keeps two tabs in step without a reload', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto('');
    await second.goto('favourites/');
    await expect(second.getByText('No favourites yet.')).toBeVisible();
    await favouriteToggle(first).click();
    await expect(favouritesLink(second)).toHaveAccessibleName('Favourites 1');
    await expect(second.getByRole('link', { name: FIRST.title })).toBeVisible();
    await second.getByRole('button', { name: `Remove “${FIRST.title}” from favourites` }).click();
    await expect(favouriteToggle(first)).toHaveAttribute('aria-pressed', 'false');
    await expect(favouritesLink(first)).toHaveAccessibleName('Favourites');
  });
});

test.describe('favourites storage that misbehaves', () => {
  test('loads every page without errors when the stored value is garbage, and keeps working', async ({ page }) => {
    const errors = pageErrors(page);
    await page.addInitScript(
      ([key, id]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, `{"version":1,"items":[{"id":"${id}","title":"Kept"},{"oops`);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY, FIRST.id],
    );
    for (const path of ['', `papers/${FIRST.id}/`, 'favourites/']) await page.goto(path);
    await expect(page.getByText('No favourites yet.')).toBeVisible();
    await page.goto(`papers/${SECOND.id}/`);
    await favouriteToggle(page, SECOND.title).click();
    await expect(favouritesLink(page)).toHaveAccessibleName('Favourites 1');
    // The unreadable value is kept aside in the saved data, not thrown away.
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!);
    expect(saved.unreadable[0]).toContain('"Kept"');

    await page.evaluate(
      ([key, id]) => localStorage.setItem(key!, `{"version":1,"items":[{"id":"__proto__"},{"id":"${id}","title":"Kept"},7]}`),
      [KEY, FIRST.id],
    );
    await page.goto('favourites/');
    await expect(page.getByRole('link', { name: 'Kept' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('says so when storage is full, keeps the change on the page and throws nothing', async ({ page }) => {
    const errors = pageErrors(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('');
    await favouriteToggle(page).click();
    await expect(page.getByRole('status').getByText(/storage is full/)).toBeVisible();
    await expect(favouriteToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(favouritesLink(page)).toHaveAccessibleName('Favourites 1');
    expect(errors).toEqual([]);
  });

  test('works for the page when storage is disabled', async ({ page }) => {
    const errors = pageErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.goto('');
    await favouriteToggle(page).click();
    await expect(favouriteToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').getByText(/does not let the site keep data/)).toBeVisible();
    await page.goto('favourites/');
    await expect(page.getByText('No favourites yet.')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('favourites page', () => {
  // The list is drawn in the next frame after a change; focus after a removal must not wait for it, at either width.
  for (const size of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1280, height: 900 },
  ]) {
    test.describe(size.name, () => {
      test.use({ viewport: { width: size.width, height: size.height } });
      test(`removes a paper with undo, and clears all only after confirming in a dialog (${size.name})`, async ({ page }) => {
        await favouriteOnPaperPage(page);
        await favouriteOnPaperPage(page, SECOND.id, SECOND.title);
        await page.goto('favourites/');
        await expect(page.getByText('2 papers', { exact: true })).toBeVisible();
        await page.getByRole('button', { name: `Remove “${FIRST.title}” from favourites` }).click();
        await expect(page.getByRole('link', { name: FIRST.title })).toBeHidden();
        await expect(page.getByRole('button', { name: `Remove “${SECOND.title}” from favourites` })).toBeFocused();
        await page.getByRole('button', { name: 'Undo' }).click();
        await expect(page.getByRole('link', { name: FIRST.title })).toBeVisible();

        await page.getByRole('button', { name: 'Remove all…' }).click();
        const dialog = page.getByRole('dialog', { name: 'Remove all favourites?' });
        await expect(dialog).toBeVisible();
        await expect(dialog).toContainText('all 2 papers');
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await expect(dialog).toBeHidden();
        expect(await storedIds(page)).toHaveLength(2);
        await page.getByRole('button', { name: 'Remove all…' }).click();
        await page.keyboard.press('Escape');
        expect(await storedIds(page)).toHaveLength(2);
        await page.getByRole('button', { name: 'Remove all…' }).click();
        await dialog.getByRole('button', { name: 'Remove all' }).click();
        await expect(page.getByText('No favourites yet.')).toBeVisible();
        expect(await storedIds(page)).toEqual([]);
        await page.getByRole('button', { name: 'Undo' }).click();
        await expect(page.getByRole('listitem')).toHaveCount(2);
      });
    });
  }

  test('sorts by date added and by date published', async ({ page }) => {
    await favouriteOnPaperPage(page, SECOND.id, SECOND.title); // published 2024-06-13
    await favouriteOnPaperPage(page); // published 2024-04-02, added later
    await page.goto('favourites/');
    const titles = page.locator('[data-fav-list] .fav-item-title');
    await expect(titles).toHaveText([FIRST.title, SECOND.title]);
    const sort = page.getByRole('combobox', { name: 'Sort by' });
    await sort.selectOption({ label: 'Date added, oldest first' });
    await expect(titles).toHaveText([SECOND.title, FIRST.title]);
    await sort.selectOption({ label: 'Date published, oldest first' });
    await expect(titles).toHaveText([FIRST.title, SECOND.title]);
    await sort.selectOption({ label: 'Date published, newest first' });
    await expect(titles).toHaveText([SECOND.title, FIRST.title]);
  });

  test('creates, renames and deletes folders and moves papers between them without losing any', async ({ page }) => {
    const folder = await twoFavouritesAndFolder(page, 'Reading group');
    await expect(folder.locator('option:checked')).toHaveText('Reading group (0)');
    await expect(page.getByText('No papers in this folder.')).toBeVisible();

    await folder.selectOption({ label: 'All folders (2)' });
    await page.getByRole('combobox', { name: `Move “${FIRST.title}” to a folder` }).selectOption({ label: 'Reading group' });
    await folder.selectOption({ label: 'Reading group (1)' });
    await expect(page.locator('[data-fav-list] .fav-item-title')).toHaveText([FIRST.title]);

    await page.getByRole('button', { name: 'Rename folder' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename “Reading group”' });
    await rename.getByRole('textbox', { name: 'Folder name' }).fill('Group');
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect(folder.locator('option:checked')).toHaveText('Group (1)');

    await page.getByRole('button', { name: 'Delete folder' }).click();
    const remove = page.getByRole('dialog', { name: 'Delete the folder “Group”?' });
    await expect(remove).toContainText('Its one paper moves to Unsorted');
    await remove.getByRole('button', { name: 'Delete folder' }).click();
    await expect(folder.locator('option')).toHaveText(['All folders (2)', 'Unsorted (2)']);
    expect(await storedIds(page)).toHaveLength(2);
  });

  test('lists a favourite that has left the site, marked as such', async ({ page }) => {
    await page.goto('');
    await page.evaluate(
      (key) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            version: 1,
            folders: [],
            items: [{ id: '2301.99999', title: 'A paper since removed', url: '/papers/2301.99999/', addedAt: '2025-01-01T00:00:00Z' }],
          }),
        ),
      KEY,
    );
    await page.goto('favourites/');
    const item = page.getByRole('listitem').filter({ hasText: 'A paper since removed' });
    await expect(item.getByText('No longer on this site')).toBeVisible();
    await expect(item.getByRole('link', { name: 'A paper since removed' })).toHaveAttribute('href', 'https://arxiv.org/abs/2301.99999');
  });

  test('round-trips favourites through an exported JSON file and says what the import added', async ({ page }, testInfo) => {
    await favouriteOnPaperPage(page);
    await favouriteOnPaperPage(page, SECOND.id, SECOND.title);
    await page.goto('favourites/');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^papershelf-favourites-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath('favourites.json');
    await download.saveAs(file);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'papershelf-favourites', version: 1, items: { length: 2 } });

    await page.getByRole('button', { name: `Remove “${SECOND.title}” from favourites` }).click();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import JSON…' }).click();
    await (await choosing).setFiles(file);
    await expect(page.getByRole('status').getByText('Added 1 paper; 1 was already in your favourites.')).toBeVisible();
    expect((await storedIds(page)).sort()).toEqual([FIRST.id, SECOND.id].sort());

    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import JSON…' }).click();
    await (await again).setFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect(page.getByRole('status').getByText('That file is not a favourites export')).toBeVisible();
  });

  test('exports BibTeX of all favourites or of one folder', async ({ page }) => {
    await favouriteOnPaperPage(page);
    await favouriteOnPaperPage(page, SECOND.id, SECOND.title);
    await page.goto('favourites/');
    const all = page.waitForEvent('download');
    await page.getByRole('button', { name: 'BibTeX of all favourites (2)' }).click();
    const bib = await readFile((await (await all).path())!, 'utf8');
    expect(bib.match(/@misc\{/g)).toHaveLength(2);
    expect(bib).toContain(`eprint = {${FIRST.id}}`);
    expect(bib).toContain('archivePrefix = {arXiv}');
    expect(bib).toContain('primaryClass = {cs.CL}');
    expect(bib).toContain(`author = {${FIRST.authors.join(' and ')}}`);

    await page.getByRole('combobox', { name: 'Folder', exact: true }).selectOption({ label: 'Unsorted (2)' });
    await page.getByRole('combobox', { name: `Move “${SECOND.title}” to a folder` }).isVisible();
    const folder = page.waitForEvent('download');
    await page.getByRole('button', { name: 'BibTeX of “Unsorted” (2)' }).click();
    expect((await folder).suggestedFilename()).toBe('papershelf-Unsorted.bib');
  });

  test('opens a shared reading list, marks what is missing and adds the rest', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto(`favourites/#ids=${FIRST.id},${SECOND.id},2301.99999,not%20an%20id`);
    const list = page.getByRole('region', { name: 'A shared reading list' });
    await expect(list.getByText('Someone shared 3 papers with you.')).toBeVisible();
    await expect(list.getByRole('link', { name: FIRST.title })).toBeVisible();
    await expect(list.getByRole('listitem').filter({ hasText: '2301.99999' })).toContainText('No longer on this site');
    await list.getByRole('button', { name: 'Add 2 papers to my favourites' }).click();
    await expect(list.getByRole('button', { name: 'All these papers are in your favourites.' })).toBeDisabled();
    expect(await storedIds(page)).toEqual([FIRST.id, SECOND.id]);
    await expect(page.locator('[data-fav-list] .fav-item-title')).toHaveCount(2);
    await list.getByRole('button', { name: 'Close the list' }).click();
    await expect(list).toBeHidden();
    expect(new URL(page.url()).hash).toBe('');
    expect(errors).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('paper pages hide the controls that need it and the favourites page explains itself', async ({ page }) => {
    await page.goto(`papers/${FIRST.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: /Favourite|Share/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'BibTeX' })).toBeVisible();
    // The reading row, which only a script fills, takes no room either.
    expect(await page.locator('paper-reading [data-part="row"]').evaluate((el) => el.getBoundingClientRect().height)).toBe(0);
    await page.goto('favourites/');
    await expect(page.getByText('this page needs JavaScript to show them')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export JSON' })).toBeHidden();
  });
});
