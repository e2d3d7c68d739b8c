/**
 * The site's inline scripts, the ones that must run while the page is parsed: the language,
 * theme and listing view before the first paint, and hiding the search page's no-JavaScript note. They are literal
 * strings (not `define:vars`) so their CSP hashes can be computed here, once, and listed in
 * astro.config.mjs: Astro hashes its bundled scripts but not `is:inline` ones.
 */
import { createHash } from 'node:crypto';
import { LANG_TAGS } from '../i18n/languages';
import { STORAGE_KEYS } from '../shared/storage-keys';

// Its language tags and storage keys come in as arguments, from the modules that own them.
export const BOOT_SCRIPT = `(function (keys, tags) {
  var root = document.documentElement;
  var lang = null;
  var theme = null;
  var view = null;
  try {
    lang = localStorage.getItem(keys.language);
    theme = localStorage.getItem(keys.theme);
    view = localStorage.getItem(keys.listingView);
  } catch (e) {
    // Storage may be disabled; the browser's language decides.
  }
  if (!Object.prototype.hasOwnProperty.call(tags, lang)) {
    var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    lang = /^zh\\b/i.test(preferred[0] || '') ? 'zh' : 'en';
  }
  root.dataset.lang = lang;
  root.lang = tags[lang];
  var title = document.querySelector('title');
  var localTitle = title && title.getAttribute('data-title-' + lang);
  if (localTitle) document.title = localTitle;
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  if (view === 'compact') root.dataset.view = view;
})(${JSON.stringify({ language: STORAGE_KEYS.language, theme: STORAGE_KEYS.theme, listingView: STORAGE_KEYS.listingView })}, ${JSON.stringify(LANG_TAGS)});`;

/** Hides the element just before the script: a note only readers without JavaScript should see. */
export const HIDE_PREVIOUS_SCRIPT = 'document.currentScript.previousElementSibling.hidden = true;';

const sha256 = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}` as const;

/** `sha256-…` source expressions for the scripts above, as CSP wants them. */
export const INLINE_SCRIPT_HASHES = [sha256(BOOT_SCRIPT), sha256(HIDE_PREVIOUS_SCRIPT)];
