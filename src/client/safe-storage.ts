/**
 * localStorage that never throws: private modes, disabled storage and full quotas become
 * `undefined` reads and `false` writes, so a page keeps working without it.
 */
export function readItem(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeItem(key: string, value: string | undefined): boolean {
  try {
    if (value === undefined) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
