/**
 * The interface language: shows the reader's language (CSS hides the other), keeps translated
 * attributes and the toggle in step, and remembers the choice. The first choice is made before
 * paint by the inline script in layouts/Base.astro; this module handles switching.
 */
import { TRANSLATED_ATTRIBUTES } from '../i18n/attributes';
import { LANG_TAGS, isLang } from '../i18n/languages';
import { LANG_EVENT, currentLang, type ClientLang } from './i18n';
import { readItem, writeItem } from './safe-storage';
import { STORAGE_KEYS } from '../shared/storage-keys';

export function applyLanguage(lang: ClientLang): void {
  const root = document.documentElement;
  root.dataset.lang = lang;
  root.lang = LANG_TAGS[lang];
  for (const name of TRANSLATED_ATTRIBUTES) {
    for (const element of document.querySelectorAll(`[data-i18n-${lang}-${name}]`)) {
      element.setAttribute(name, element.getAttribute(`data-i18n-${lang}-${name}`)!);
    }
  }
  const title = document.querySelector('title')?.getAttribute(`data-title-${lang}`);
  if (title) document.title = title;
  document.dispatchEvent(new CustomEvent(LANG_EVENT, { detail: lang }));
}

export function startLanguageToggle(): void {
  // The inline script chose the language; attributes follow it now.
  const stored = readItem(STORAGE_KEYS.language);
  applyLanguage(isLang(stored) ? stored : currentLang());
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-language-toggle]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const next: ClientLang = currentLang() === 'zh' ? 'en' : 'zh';
      writeItem(STORAGE_KEYS.language, next);
      applyLanguage(next);
    });
  }
}
