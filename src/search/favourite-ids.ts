/**
 * The ids of the reader's favourite papers, for the "only my favourites" filter: read through the
 * page's favourites store, never from storage directly (empty when storage is unavailable).
 */
import { favourites } from '../client/favourites/browser';

export function favouriteIds(): string[] {
  return favourites().state.items.map((item) => item.id);
}

/** Calls `listener` when the favourites change (in another tab: the store follows the storage event). */
export function onFavouritesChange(listener: () => void): void {
  favourites().subscribe(() => listener());
}
