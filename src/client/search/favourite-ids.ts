/**
 * Search's side of the favourites, through the favourites store's public API only: the ids for the
 * "only my favourites" filter, a ☆/★ toggle per result, and a call when favourites change (in this
 * tab or another).
 */
import { favourites } from '../favourites/browser';
import { paperUrl } from '../../shared/urls';
import type { SearchHit } from './engine';
import { ts } from './strings';

export function favouriteIds(): string[] {
  return favourites().state.items.map((item) => item.id);
}

/** Calls `listener` when the favourites change, here or in another tab. */
export function onFavouritesChange(listener: () => void): void {
  favourites().subscribe(() => listener());
}

/** Makes result toggles that follow the store; pressing one adds or removes the paper. */
export function favouriteToggles() {
  const store = favourites();
  const shown = new Map<string, HTMLButtonElement[]>();
  store.subscribe(() => {
    for (const [id, buttons] of shown) {
      for (const button of buttons) {
        if (!button.isConnected) continue;
        button.setAttribute('aria-pressed', String(store.has(id)));
      }
    }
  });
  return {
    make(hit: SearchHit, titleId: string): HTMLButtonElement {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'tool-button favourite-button search-hit-favourite';
      button.id = `fav-${titleId}`;
      button.setAttribute('aria-labelledby', `${button.id} ${titleId}`);
      button.setAttribute('aria-pressed', String(store.has(hit.id)));
      const icon = document.createElement('span');
      icon.className = 'favourite-icon';
      icon.setAttribute('aria-hidden', 'true');
      button.append(icon, ts('search.favourite'));
      button.addEventListener('click', () =>
        store.toggle({
          id: hit.id,
          title: hit.title,
          url: paperUrl(hit.id),
          authors: hit.authors,
          categories: hit.categories,
          published: hit.published || undefined,
        }),
      );
      const list = (shown.get(hit.id) ?? []).filter((b) => b.isConnected);
      list.push(button);
      shown.set(hit.id, list);
      return button;
    },
  };
}
