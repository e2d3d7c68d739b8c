/**
 * <abstract-pair> (components/AbstractPair.astro): on narrow screens the two abstracts share one
 * column, and two tabs pick which shows (CSS hides the other below the wide breakpoint). The first
 * tab is the reader's interface language.
 */
import { currentLang, onLangChange } from './i18n';
import { define, part } from './parts';

class AbstractPair extends HTMLElement {
  connectedCallback(): void {
    const tablist = part(this, 'tabs');
    const tabs = [...tablist.children] as HTMLButtonElement[];
    const select = (lang: string, focus = false) => {
      this.dataset.active = lang;
      for (const tab of tabs) {
        const selected = tab.dataset.tab === lang;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
        if (selected && focus) tab.focus();
      }
    };
    tabs.forEach((tab, i) => {
      tab.addEventListener('click', () => select(tab.dataset.tab!));
      tab.addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
        const next = tabs[(i + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
        select(next.dataset.tab!, true);
      });
    });
    tablist.hidden = false;
    select(currentLang());
    onLangChange((lang) => select(lang));
  }
}

define('abstract-pair', AbstractPair);
