/**
 * A shared reading list on the favourites page (#ids=…&name=…&note=…), shown as what it is: its
 * name and the sender's note when given, each paper as a card with its authors and takeaway
 * (from the site's list), marked when already a favourite or not on this site; its BibTeX without
 * adding it first; and "add", into a new folder named after the list when it has a name.
 */
import { plainTitle } from '../../shared/plain-title';
import { paperUrl } from '../../shared/urls';
import { onLangChange } from '../i18n';
import { rt } from '../reader/strings';
import type { FavouritesStore } from './store';
import { showNotice } from './notice';
import { authorLine } from './entry';
import { required } from '../parts';
import { readingListIds, readingListMeta } from './reading-list';
import type { SitePapers } from './site-papers';
import { t } from './strings';
import { downloadBibtex } from './transfer';

export function startReadingList(
  app: HTMLElement,
  store: FavouritesStore,
  sitePapers: () => SitePapers | undefined,
  noteOf: (id: string) => string | undefined,
) {
  const section = required<HTMLElement>(app, '[data-reading-list]');
  const items = required<HTMLUListElement>(section, '[data-reading-list-items]');
  const add = required<HTMLButtonElement>(section, '[data-reading-list-add]');
  const bibtex = required<HTMLButtonElement>(section, '[data-reading-list-bibtex]');
  const summary = required<HTMLElement>(section, '[data-reading-list-summary]');
  const noteBox = required<HTMLElement>(section, '[data-reading-list-note]');
  let loaded = false;

  /** The papers of the list that are on the site (all of them if the site's list is unavailable). */
  const onSite = (ids: string[]) => {
    const papers = sitePapers();
    return ids.flatMap((id) => {
      const paper = papers?.get(id);
      if (papers && !paper) return [];
      return [
        {
          id,
          title: paper?.title ?? id,
          url: paper?.url ?? paperUrl(id),
          published: paper?.published,
          authors: paper?.authors ?? [],
          categories: [],
        },
      ];
    });
  };
  const addable = (ids: string[]) => onSite(ids).filter((paper) => !store.has(paper.id));

  function card(id: string): HTMLLIElement {
    const papers = sitePapers();
    const paper = papers?.get(id);
    const li = document.createElement('li');
    li.className = 'fav-item';
    const main = document.createElement('div');
    main.className = 'fav-item-main';
    const link = document.createElement('a');
    link.className = 'fav-item-title';
    link.textContent = paper ? plainTitle(paper.title) : id;
    link.href = paper?.url ?? paperUrl(id);
    main.append(link);
    const marks = [papers && !paper ? t('fav.gone') : '', store.has(id) ? t('share.listInFavourites') : ''].filter(Boolean);
    if (marks.length > 0)
      main.append(' ', Object.assign(document.createElement('span'), { className: 'fav-gone', textContent: marks.join(' · ') }));
    const line = (className: string, text: string) => {
      if (text) main.append(Object.assign(document.createElement('p'), { className, textContent: text }));
    };
    line('fav-item-authors', authorLine(paper, []));
    line('fav-item-takeaway', paper?.takeaway ?? '');
    line('fav-item-meta muted', paper?.published ? t('fav.published', { date: paper.published }) : '');
    li.append(main);
    return li;
  }

  function render(): void {
    const ids = readingListIds(window.location.hash);
    section.hidden = ids.length === 0;
    if (ids.length === 0) return;
    const { name, note } = readingListMeta(window.location.hash);
    const papers = sitePapers();
    summary.textContent =
      (name ? rt('list.sharedNamed', { name, count: ids.length }) : t('share.listSummary', { count: ids.length })) +
      (loaded && !papers ? ` ${t('share.listTitlesFailed')}` : '');
    noteBox.hidden = !note;
    noteBox.textContent = note ? rt('list.sharedNote', { note }) : '';
    items.replaceChildren(...ids.map(card));
    const count = addable(ids).length;
    add.textContent =
      count === 0 ? t('share.listAllThere') : name ? rt('list.addToFolder', { count, name }) : t('share.listAdd', { count });
    add.disabled = count === 0;
    const citable = onSite(ids).length;
    bibtex.textContent = rt('list.bibtex', { count: citable });
    bibtex.disabled = citable === 0;
  }

  add.addEventListener('click', () => {
    const papers = addable(readingListIds(window.location.hash));
    const { name } = readingListMeta(window.location.hash);
    const folder = name ? store.createFolder(name) : undefined;
    store.add(papers, folder?.id);
    showNotice(t('share.listAdded', { count: papers.length }), { key: 'import' });
  });
  bibtex.addEventListener('click', () => {
    const { name } = readingListMeta(window.location.hash);
    downloadBibtex(
      onSite(readingListIds(window.location.hash)).map((paper) => ({ ...paper, addedAt: '', folder: '' })),
      name ?? 'reading-list',
      noteOf,
    );
  });
  required<HTMLElement>(section, '[data-reading-list-dismiss]').addEventListener('click', () => {
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
