import { expect, test, type Page } from '@playwright/test';
import { pageErrors } from './favourites-helpers';
import { PAIRED, say, sayPattern, seedReader, useVariant } from './reader-helpers';

/**
 * "N new since …" over a whole listing and the jump to the first new day, on the /shelf/ site, whose
 * listings show four papers a page, so a count of the page shown would differ from the listing's.
 * The expected figures come from the days index (each day with its number of papers): in the sample
 * a paper arrives on its own date, which the test checks on the cards it sees.
 */

const SINCE = '2024-06-01';

/** The days index as [day, papers], and the expected count and first new day for SINCE. */
async function expected(page: Page): Promise<{ count: number; firstDay: string; days: [string, number][] }> {
  await page.goto('days/');
  const days = await page
    .locator('.facet-index li')
    .evaluateAll((items) =>
      items.map((li) => [li.querySelector('a')!.textContent!.trim(), Number(li.querySelector('.muted')!.textContent)] as [string, number]),
    );
  const fresh = days.filter(([day]) => day > SINCE);
  return { count: fresh.reduce((sum, [, n]) => sum + n, 0), firstDay: fresh.map(([day]) => day).sort()[0]!, days };
}

for (const variant of PAIRED) {
  test.describe(`new since the last visit, whole listings, ${variant.name}`, () => {
    useVariant(variant);
    const s = say(variant);
    const pattern = sayPattern(variant);
    test.slow();

    test('counts every new paper of the listing, not just the page shown, and jumps to the first new day', async ({ page }) => {
      const errors = pageErrors(page);
      // The previous visit ended on SINCE (long ago, so a new visit starts now).
      await seedReader(page, { version: 1, read: [], notes: [], visit: { lastSeen: `${SINCE}T12:00:00Z` } });
      const { count, firstDay, days } = await expected(page);
      expect(count).toBeGreaterThan(4);
      expect(days.some(([day]) => day <= SINCE)).toBe(true);

      await page.goto('');
      const cards = page.locator('article[data-paper-id]');
      expect(await cards.count()).toBeLessThan(count);
      for (const card of await cards.all()) {
        expect(await card.getAttribute('data-arrived')).toBe(await card.locator('time').first().getAttribute('datetime'));
      }
      await expect(page.getByText(pattern('reader.newSince', { count }))).toBeVisible();
      const jump = page.getByRole('link', { name: s('reader.firstNewDay', { day: firstDay }) });
      await jump.click();
      await expect(page).toHaveURL(new RegExp(`/shelf/days/${firstDay}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(firstDay);
      // On the first new day itself the link would lead nowhere.
      await expect(page.getByText(pattern('reader.newSince'))).toBeVisible();
      await expect(page.getByRole('link', { name: pattern('reader.firstNewDay') })).toBeHidden();

      // Any other date view offers the same day, from the whole site's arrivals.
      const newest = days
        .map(([day]) => day)
        .sort()
        .at(-1)!;
      await page.goto(`days/${newest}/`);
      await expect(page.getByRole('link', { name: s('reader.firstNewDay', { day: firstDay }) })).toBeVisible();
      expect(errors).toEqual([]);
    });
  });
}

test('a first visit shows no count and no jump', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('article[data-paper-id]').first()).toBeVisible();
  await expect(page.getByText(/new since/)).toBeHidden();
  await expect(page.getByRole('link', { name: /Start at the first new day/ })).toBeHidden();
});
