/**
 * HTML rendered once per build and reused: a paper's card appears on the home pages and on every
 * keyword, category, domain and month listing it belongs to (about seven times at 14,000 papers).
 * Off in `astro dev`, where content changes while the server runs.
 */
const rendered = new Map<string, string>();

export const memoEnabled = !import.meta.env.DEV;

export function memoized(key: string): string | undefined {
  return memoEnabled ? rendered.get(key) : undefined;
}

export function remember(key: string, html: string): void {
  if (memoEnabled) rendered.set(key, html);
}
