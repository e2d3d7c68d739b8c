/** The ☆/★ toggles of a page (components/FavouriteButton.astro): pressed state follows the store, in this tab and others. */
import { favourites } from './browser';
import type { PaperFacts } from './model';

function paperOf(button: HTMLElement): PaperFacts | undefined {
  try {
    const paper = JSON.parse(button.dataset.favourite ?? '') as PaperFacts;
    return typeof paper.id === 'string' && typeof paper.title === 'string' ? paper : undefined;
  } catch {
    return undefined;
  }
}

export function startFavouriteButtons(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-favourite]')].flatMap((button) => {
    const paper = paperOf(button);
    return paper ? [{ button, paper }] : [];
  });
  if (buttons.length === 0) return;
  const store = favourites();
  const show = () => {
    for (const { button, paper } of buttons) button.setAttribute('aria-pressed', String(store.has(paper.id)));
  };
  for (const { button, paper } of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => store.toggle(paper));
  }
  store.subscribe(show);
  show();
  // A paper page knows a favourite best (a reading-list import may have saved only its title).
  if (buttons.length === 1 && store.has(buttons[0]!.paper.id)) store.refresh(buttons[0]!.paper);
}
