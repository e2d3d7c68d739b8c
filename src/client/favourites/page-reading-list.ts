/**
 * A shared reading list on the favourites page (#ids=…): the papers it names, titled from the
 * site's list, marked when already favourites or not on this site, with a button to add them.
 */
import { paperUrl } from '../../shared/urls';
import type { FavouritesStore } from './store';
import { showNotice } from './notice';
import { readingListIds } from './reading-list';
import type { SitePapers } from './site-papers';
import { t } from './strings';
import { onLangChange } from '../i18n';

export function startReadingList(app: HTMLElement, store: FavouritesStore, sitePapers: () => SitePapers | undefined) {
  const section = app.querySelector<HTMLElement>('[data-reading-list]')!;
  const items = section.querySelector<HTMLUListElement>('[data-reading-list-items]')!;
  const add = section.querySelector<HTMLButtonElement>('[data-reading-list-add]')!;
  let loaded = false;

  /** The papers of the list that can be added: those on the site (all of them if the site's list is unavailable). */
  const addable = (ids: string[]) => {
    const papers = sitePapers();
    return ids.flatMap((id) => {
      if (store.has(id)) return [];
      const paper = papers?.get(id);
      if (papers && !paper) return [];
      return [{ id, title: paper?.title ?? id, url: paper?.url ?? paperUrl(id), published: paper?.published }];
    });
  };

  function render(): void {
    const ids = readingListIds(window.location.hash);
    section.hidden = ids.length === 0;
    if (ids.length === 0) return;
    const papers = sitePapers();
    section.querySelector('[data-reading-list-summary]')!.textContent =
      t('share.listSummary', { count: ids.length }) + (loaded && !papers ? ` ${t('share.listTitlesFailed')}` : '');
    items.replaceChildren(
      ...ids.map((id) => {
        const li = document.createElement('li');
        li.className = 'fav-item';
        const paper = papers?.get(id);
        const link = document.createElement('a');
        link.className = 'fav-item-title';
        link.textContent = paper?.title ?? id;
        link.href = paper?.url ?? paperUrl(id);
        li.append(link);
        const marks = [papers && !paper ? t('fav.gone') : '', store.has(id) ? t('share.listInFavourites') : ''].filter(Boolean);
        if (marks.length > 0)
          li.append(' ', Object.assign(document.createElement('span'), { className: 'fav-gone', textContent: marks.join(' · ') }));
        return li;
      }),
    );
    const count = addable(ids).length;
    add.textContent = count > 0 ? t('share.listAdd', { count }) : t('share.listAllThere');
    add.disabled = count === 0;
  }

  add.addEventListener('click', () => {
    const papers = addable(readingListIds(window.location.hash));
    store.add(papers);
    showNotice(t('share.listAdded', { count: papers.length }), { key: 'import' });
  });
  section.querySelector('[data-reading-list-dismiss]')!.addEventListener('click', () => {
    history.replaceState(null, '', window.location.pathname + window.location.search);
    render();
  });
  window.addEventListener('hashchange', render);
  store.subscribe(render);
  onLangChange(render);
  render();
  return {
    render(): void {
      loaded = true;
      render();
    },
  };
}
