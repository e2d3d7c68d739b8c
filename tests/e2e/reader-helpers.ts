/** Shared steps of the reading-state, triage and offline browser tests. */
import type { Page } from '@playwright/test';

export const READER_KEY = 'papershelf:reader:v1';

export async function storedReader(
  page: Page,
): Promise<{ read: { id: string }[]; notes: { id: string; text: string }[]; visit: Record<string, string> }> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), READER_KEY);
  return raw ? JSON.parse(raw) : { read: [], notes: [], visit: {} };
}

/** Stores a reader state before any page script runs (once per test, not on every navigation). */
export async function seedReader(page: Page, value: unknown): Promise<void> {
  await page.addInitScript(
    ([key, json]) => {
      if (!sessionStorage.getItem('reader-seeded')) {
        localStorage.setItem(key!, json!);
        sessionStorage.setItem('reader-seeded', '1');
      }
    },
    [READER_KEY, JSON.stringify(value)],
  );
}

/** Switches the interface to Chinese before the page's first paint. */
export async function useChinese(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('papershelf:lang', 'zh'));
}
