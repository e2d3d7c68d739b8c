/**
 * The compact/full switch of listings (components/ListingView.astro): a toggle button whose choice
 * is remembered and applied to every listing, in this tab and others. The boot script applies the
 * stored view before the first paint (lib/boot-script.ts), so a page never jumps from full to compact.
 */
import { define, part } from './parts';
import { readItem, writeItem } from './safe-storage';
import { STORAGE_KEYS } from '../shared/storage-keys';

const root = document.documentElement;
/** The switch of every <listing-view> on the page, so a choice shows on all of them. */
const toggles = new Set<HTMLButtonElement>();

function apply(compact: boolean): void {
  if (compact) root.dataset.view = 'compact';
  else delete root.dataset.view;
  for (const button of toggles) button.setAttribute('aria-pressed', String(compact));
}

class ListingView extends HTMLElement {
  connectedCallback(): void {
    const button = part<HTMLButtonElement>(this, 'toggle');
    toggles.add(button);
    button.hidden = false;
    button.setAttribute('aria-pressed', String(root.dataset.view === 'compact'));
    button.addEventListener('click', () => {
      const compact = root.dataset.view !== 'compact';
      apply(compact);
      writeItem(STORAGE_KEYS.listingView, compact ? 'compact' : 'full');
    });
  }
}

export function startListingView(): void {
  apply(readItem(STORAGE_KEYS.listingView) === 'compact');
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEYS.listingView) apply(event.newValue === 'compact');
  });
  define('listing-view', ListingView);
}
