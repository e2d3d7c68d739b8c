/**
 * <papershelf-for-you>: the home page's "For you". Reads the favourites through the store's public
 * API; with none it stays hidden and fetches nothing. With some it fetches for-you.json once,
 * ranks the newest papers on the device (shared/for-you.ts) and lists them with the reason;
 * nothing leaves the browser. It follows favourites changed in this tab or another.
 */
import en from '../../i18n/en/discovery.json';
import zh from '../../i18n/zh/discovery.json';
import { paperUrl } from '../../shared/urls';
import { rankForYou, type ForYouFile, type Recommendation } from '../../shared/for-you';
import { favourites } from '../favourites/browser';
import { onLangChange } from '../i18n';
import { makeTranslator } from '../translate';
import { define, part } from '../parts';

const t = makeTranslator({ en, zh });

function reason(item: Recommendation): string {
  const terms = item.shared.join(', ');
  return item.favourites === 1 ? t('foryou.reasonOne', { terms }) : t('foryou.reason', { terms, count: item.favourites });
}

class ForYou extends HTMLElement {
  #file: Promise<ForYouFile | undefined> | undefined;
  #shown: Recommendation[] = [];

  #list!: HTMLOListElement;
  #src = '';

  connectedCallback(): void {
    this.#list = part<HTMLOListElement>(this, 'list');
    this.#src = this.dataset.src ?? '';
    if (!this.#src) throw new Error('<papershelf-for-you> is missing its data-src');
    const store = favourites();
    const update = () => void this.#update(new Set(store.state.items.map((item) => item.id)));
    store.subscribe(update);
    onLangChange(() => this.#render(this.#shown));
    update();
  }

  #load(): Promise<ForYouFile | undefined> {
    this.#file ??= fetch(this.#src)
      .then((response) => (response.ok ? (response.json() as Promise<ForYouFile>) : undefined))
      .catch(() => undefined);
    return this.#file;
  }

  async #update(ids: Set<string>): Promise<void> {
    if (ids.size === 0) return this.#render([]);
    const file = await this.#load();
    this.#render(file ? rankForYou(file, ids) : []);
  }

  #render(items: Recommendation[]): void {
    this.#shown = items;
    this.#list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = paperUrl(item.id);
        link.textContent = item.title;
        const why = document.createElement('span');
        why.className = 'for-you-reason muted';
        why.textContent = reason(item);
        li.append(link, why);
        return li;
      }),
    );
    this.hidden = items.length === 0;
  }
}

export function defineForYou(): void {
  define('papershelf-for-you', ForYou);
}
