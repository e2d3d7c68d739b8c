/**
 * Storage engines for the unit tests of the stores (favourites, reader, and the safe store under
 * both), in place of localStorage: a plain object, as nanostores/persistent's tests use, emptied
 * after every test; a full storage; and one the browser refuses.
 */
import { afterEach } from 'vitest';
import type { StorageEngine } from '@/client/safe-storage';

/** A storage engine over `storage`, a plain object the test can read and write as another tab would. */
export function memoryStorage(): { storage: Record<string, string>; memory: StorageEngine } {
  const storage: Record<string, string> = {};
  afterEach(() => {
    for (const key of Object.keys(storage)) delete storage[key];
  });
  const memory: StorageEngine = {
    getItem: (key) => (Object.hasOwn(storage, key) ? storage[key]! : null),
    setItem: (key, value) => {
      storage[key] = value;
    },
  };
  return { storage, memory };
}

/** Storage that is full: every write throws the quota error; reads come from `reads`, else find nothing. */
export function fullStorage(reads?: StorageEngine): StorageEngine {
  return {
    getItem: reads ? (key) => reads.getItem(key) : () => null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };
}

/** Storage the browser refuses (disabled, some private modes): every read and write throws. */
export const refusedStorage: StorageEngine = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};
