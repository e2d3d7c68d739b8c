/** Light/dark theme: follows the system until the reader picks one, then remembers it. */
import { readItem, writeItem } from './safe-storage';
import { STORAGE_KEYS } from '../shared/storage-keys';

type Theme = 'light' | 'dark';

function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function startThemeToggle(): void {
  const stored = readItem(STORAGE_KEYS.theme);
  if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.hidden = false;
    const show = () => button.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
    show();
    button.addEventListener('click', () => {
      const next: Theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      writeItem(STORAGE_KEYS.theme, next);
      show();
    });
  }
}
