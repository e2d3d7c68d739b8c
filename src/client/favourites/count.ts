/** The number of favourites next to the header link, live in this tab and across tabs. */
import { favourites } from './browser';

export function startFavouritesCount(): void {
  const counts = document.querySelectorAll<HTMLElement>('[data-favourites-count]');
  if (counts.length === 0) return;
  const store = favourites();
  const show = () => {
    const count = store.state.items.length;
    for (const element of counts) {
      element.textContent = String(count);
      element.hidden = count === 0;
    }
  };
  store.subscribe(show);
  show();
}
