/**
 * The page's one favourites store, on localStorage when the browser allows it, kept in step with
 * other tabs through the `storage` event, telling the reader (once per kind) when a change could not be saved.
 * The notice code loads only then: every page has the store (the header's count), few ever see a notice.
 */
import { STORAGE_KEYS } from '../../shared/storage-keys';
import { browserStorage } from '../safe-storage';
import { followOtherTabs } from '../safe-store';
import { createFavouritesStore, type FavouritesStore, type SaveProblem } from './store';

let store: FavouritesStore | undefined;

function tellReader(problem: SaveProblem): void {
  void import('./notice').then(({ noticeText, showNotice }) => {
    const message = noticeText(`save-${problem}`);
    if (message) showNotice(message, { key: 'save-problem', timeout: 12_000 });
  });
}

export function favourites(): FavouritesStore {
  if (store) return store;
  const created = createFavouritesStore({ key: STORAGE_KEYS.favourites, engine: browserStorage(), onSaveProblem: tellReader });
  followOtherTabs(created);
  store = created;
  return created;
}
