/**
 * The one wrapper around localStorage: private modes, disabled storage and full quotas become
 * `undefined` reads and reported write problems, never exceptions, so a page keeps working without
 * it. The favourites store uses the same functions over an engine of its own (a plain object in
 * unit tests). The only other reader is the inline boot script (lib/boot-script.ts), which must run
 * before any module loads.
 */

/** The part of the Storage interface the site uses. */
export interface StorageEngine {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/** Why a value could not be written: storage full, or no storage at all. */
export type StorageProblem = 'quota' | 'unavailable';

/** localStorage, or undefined where merely touching it throws (disabled cookies, some private modes). */
export function browserStorage(): StorageEngine | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The stored value; `null` when there is none, `undefined` when storage cannot be read. */
export function readFrom(engine: StorageEngine | undefined, key: string): string | null | undefined {
  try {
    return engine ? engine.getItem(key) : undefined;
  } catch {
    return undefined;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Stores `value` (removes the key for `undefined`); returns what went wrong, or undefined when it was saved. */
export function writeTo(engine: StorageEngine | undefined, key: string, value: string | undefined): StorageProblem | undefined {
  if (!engine) return 'unavailable';
  try {
    if (value === undefined) engine.removeItem?.(key);
    else engine.setItem(key, value);
    return undefined;
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'unavailable';
  }
}

/** A value from the browser's localStorage; undefined when absent or unreadable. */
export function readItem(key: string): string | undefined {
  return readFrom(browserStorage(), key) ?? undefined;
}

/** Writes to the browser's localStorage; false when it could not. */
export function writeItem(key: string, value: string | undefined): boolean {
  return writeTo(browserStorage(), key, value) === undefined;
}
