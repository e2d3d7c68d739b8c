import { expect, test, type Page } from '@playwright/test';
import { KEY, pageErrors, storedIds } from './favourites-helpers';

/**
 * Importing favourites from hostile or oversized files: bad entries are skipped and counted, the
 * limits are checked before the work, the page keeps answering, and the notice claims no more
 * than the browser's storage holds.
 */

const json = (value: unknown) => ({ name: 'import.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
type Upload = ReturnType<typeof json>;

async function importFile(page: Page, file: Upload): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import JSON…' }).click();
  await (await choosing).setFiles(file);
}

const ids = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `2501.${String(from + i).padStart(5, '0')}`);

test.describe('favourites import limits', () => {
  // These move megabytes into the page and through storage; on a loaded machine that is slow, not stuck.
  test.describe.configure({ timeout: 120_000 });

  test('skips and counts entries it cannot read and keeps the rest, even with a date past year 275,760', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('favourites/');
    await importFile(
      page,
      json({
        version: 1,
        items: [
          { id: '2501.00001', addedAt: 1e308 },
          { id: 'not an id!' },
          7,
          null,
          { id: '2501.00002', addedAt: '+275760-09-14T00:00:00Z' },
        ],
      }),
    );
    await expect(
      page
        .getByRole('status')
        .getByText('Added 2 papers; 0 were already in your favourites. 3 entries could not be read and were skipped.'),
    ).toBeVisible();
    expect((await storedIds(page)).sort()).toEqual(['2501.00001', '2501.00002']);
    expect(errors).toEqual([]);
  });

  test('refuses a file over the size limit before reading it, and one with too many entries before reading them', async ({ page }) => {
    await page.goto('favourites/');
    await importFile(page, { name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(9 * 1024 * 1024, 0x20) });
    await expect(page.getByRole('status').getByText(/That file is 9\.0 MB; an import reads at most 8\.0 MB/)).toBeVisible();
    await importFile(page, json(ids(20_001)));
    await expect(page.getByRole('status').getByText(/That file lists 20001 papers; an import takes at most 20000/)).toBeVisible();
    expect(await storedIds(page)).toEqual([]);
  });

  // The page reads the file once, says what it added, then draws the list a slice per frame, reusing
  // the elements of entries that did not change (client/favourites/list-drawer.ts).
  test('keeps the page responsive while it reads a large import', async ({ page }) => {
    await page.goto('favourites/');
    // Timer ticks while the file is read, until the import's result is announced: a read done in one
    // go shows as one long gap between ticks. (Adding and drawing the list afterwards is the page's own work.)
    await page.evaluate(() => {
      const w = window as unknown as { ticks: number[]; announced?: number };
      w.ticks = [];
      setInterval(() => w.ticks.push(performance.now()), 20);
      const observer = new MutationObserver(() => {
        const said = [...document.querySelectorAll('[role="status"]')].some((el) => /Added \d+ papers/.test(el.textContent ?? ''));
        if (w.announced === undefined && said) {
          w.announced = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    // 2,000 entries: four slices; drawing the list afterwards (the page's work, not the import's) grows with it.
    await importFile(page, json({ version: 1, items: ids(2_000).map((id) => ({ id, title: `Paper ${id}`, authors: ['A. Author'] })) }));
    // The notice is on screen for a while only; the observer has noted when it said "Added …".
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { announced?: number }).announced !== undefined), { timeout: 90_000 })
      .toBe(true);
    await expect(page.getByRole('link', { name: 'Favourites 2000' })).toBeVisible();
    const { longest, ticks } = await page.evaluate(() => {
      const w = window as unknown as { ticks: number[]; announced: number };
      const before = w.ticks.filter((t) => t < w.announced);
      const gaps = before.slice(1).map((t, i) => t - before[i]!);
      return { longest: Math.max(0, ...gaps), ticks: before.length };
    });
    expect(ticks).toBeGreaterThan(1);
    // Generous for a loaded machine: a slice is 500 entries, a few milliseconds on an idle one.
    expect(longest).toBeLessThan(1500);
    expect(await storedIds(page)).toHaveLength(2_000);
  });

  test('when storage fills up, says how many were saved, and exactly those are there after a reload', async ({ page }) => {
    await page.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name: string, value: string) {
        if (name === key && value.length > 6000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, name, value);
      };
    }, KEY);
    await page.goto('favourites/');
    await importFile(page, json(ids(200)));
    const notice = page
      .getByRole('status')
      .getByText(/The browser's storage is full: \d+ of the 200 new papers were saved; the other \d+ were not added\./);
    await expect(notice).toBeVisible();
    const [, stored, left] = /full: (\d+) of the 200 new papers were saved; the other (\d+)/.exec((await notice.textContent()) ?? '')!;
    expect(Number(stored) + Number(left)).toBe(200);
    expect(Number(stored)).toBeGreaterThan(0);
    await page.reload();
    expect(await storedIds(page)).toHaveLength(Number(stored));
  });
});
