/** The ids of the reader's favourite papers, for the "only my favourites" filter; empty when storage is unavailable. */
import { readState } from '../client/favourites/parse';
import { readItem } from '../client/safe-storage';
import { STORAGE_KEYS } from '../shared/storage-keys';

export function favouriteIds(): string[] {
  try {
    return readState(readItem(STORAGE_KEYS.favourites)).state.items.map((item) => item.id);
  } catch {
    // The favourites store never throws by contract; a broken value must not break search either.
    return [];
  }
}

/** Calls `listener` when another tab changes the favourites. */
export function onFavouritesChange(listener: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === STORAGE_KEYS.favourites) listener();
  });
}
