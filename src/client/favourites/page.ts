/**
 * The favourites page (pages/favourites.astro): the list by folder and order, remove with undo,
 * clear with confirmation, folders, export/import, BibTeX, sharing the list, and shared lists.
 * Everything is drawn from the store, so a change in another tab redraws it here.
 */
import { arxivAbsUrl, isArxivId } from '../../lib/urls';
import { onLangChange } from '../i18n';
import { reportShare, shareLink } from '../share';
import { favourites } from './browser';
import { askName, confirmed } from './dialogs';
import { DEFAULT_FOLDER, type Favourite } from './model';
import { showNotice } from './notice';
import { startReadingList } from './page-reading-list';
import { readingListUrl } from './reading-list';
import { fetchSitePapers, type SitePapers } from './site-papers';
import { isSortOrder, sortFavourites, type SortOrder } from './sort';
import { t, type FavouritesKey } from './strings';
import { IMPORT_LIMITS, downloadBibtex, downloadJson, readImportFile } from './transfer';

const ALL = '*';

function element(tag: string, className = '', text = ''): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** YYYY-MM-DD in the reader's time zone, the form publication dates are shown in. */
function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function startFavouritesPage(): void {
  const app = document.querySelector<HTMLElement>('[data-fav-app]');
  if (!app) return;
  const $ = <T extends HTMLElement>(selector: string) => app.querySelector<T>(selector)!;
  document.querySelector<HTMLElement>('[data-fav-nojs]')!.hidden = true;
  app.hidden = false;

  const store = favourites();
  const folderSelect = $<HTMLSelectElement>('[data-folder-select]');
  const sortSelect = $<HTMLSelectElement>('[data-sort]');
  const list = $<HTMLUListElement>('[data-fav-list]');
  const view: { folder: string; sort: SortOrder } = { folder: ALL, sort: 'added-desc' };
  let sitePapers: SitePapers | undefined;

  const folderName = (id: string) =>
    id === DEFAULT_FOLDER ? t('fav.defaultFolder') : (store.state.folders.find((f) => f.id === id)?.name ?? t('fav.defaultFolder'));
  const shown = () =>
    sortFavourites(
      store.state.items.filter((item) => view.folder === ALL || item.folder === view.folder),
      view.sort,
    );

  function renderItem(item: Favourite): HTMLLIElement {
    const li = element('li', 'fav-item') as HTMLLIElement;
    li.dataset.id = item.id;
    const gone = sitePapers !== undefined && !sitePapers.has(item.id);
    const main = element('div', 'fav-item-main');
    const link = element('a', 'fav-item-title', item.title) as HTMLAnchorElement;
    link.href = gone && isArxivId(item.id) ? arxivAbsUrl(item.id) : (sitePapers?.get(item.id)?.url ?? item.url);
    main.append(link);
    if (gone) {
      li.classList.add('is-gone');
      const mark = element('span', 'fav-gone', t('fav.gone'));
      mark.title = t('fav.goneHint');
      main.append(' ', mark);
    }
    const facts = [item.published && t('fav.published', { date: item.published }), t('fav.added', { date: formatDate(item.addedAt) })];
    if (view.folder === ALL) facts.push(folderName(item.folder));
    main.append(element('p', 'fav-item-meta muted', facts.filter(Boolean).join(' · ')));

    const actions = element('div', 'fav-item-actions');
    const move = document.createElement('select');
    move.setAttribute('aria-label', t('fav.moveLabel', { title: item.title }));
    for (const folder of store.state.folders) move.append(new Option(folderName(folder.id), folder.id, false, folder.id === item.folder));
    move.addEventListener('change', () => store.move([item.id], move.value));
    const remove = element('button', 'tool-button', t('fav.remove')) as HTMLButtonElement;
    remove.type = 'button';
    remove.dataset.remove = '';
    remove.setAttribute('aria-label', t('fav.removeLabel', { title: item.title }));
    remove.addEventListener('click', () => removeItem(item));
    actions.append(move, remove);
    li.append(main, actions);
    return li;
  }

  function removeItem(item: Favourite): void {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('[data-remove]')];
    const index = buttons.findIndex((b) => b.closest('li')?.dataset.id === item.id);
    const removed = store.remove([item.id]);
    // Keep keyboard focus in the list: on the next paper's Remove, or on the count when the list is empty.
    const next = list.querySelectorAll<HTMLButtonElement>('[data-remove]');
    (next[Math.min(index, next.length - 1)] ?? $('[data-fav-count]')).focus();
    showNotice(t('fav.removed', { title: item.title }), {
      key: 'undo',
      timeout: 10_000,
      action: { label: t('fav.undo'), run: () => store.restore(removed) },
    });
  }

  function render(): void {
    const { folders, items } = store.state;
    if (view.folder !== ALL && !folders.some((f) => f.id === view.folder)) view.folder = ALL;
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.folder, (counts.get(item.folder) ?? 0) + 1);
    folderSelect.replaceChildren(
      new Option(t('fav.allFolders', { count: items.length }), ALL),
      ...folders.map((f) => new Option(t('fav.folderOption', { name: folderName(f.id), count: counts.get(f.id) ?? 0 }), f.id)),
    );
    folderSelect.value = view.folder;
    for (const option of sortSelect.options) option.textContent = t(option.dataset.label as FavouritesKey);
    const custom = view.folder !== ALL && view.folder !== DEFAULT_FOLDER;
    $('[data-folder-rename]').hidden = !custom;
    $('[data-folder-delete]').hidden = !custom;

    const visible = shown();
    const count = $('[data-fav-count]');
    count.textContent = t('fav.count', { count: items.length });
    count.tabIndex = -1;
    const empty = $('[data-fav-empty]');
    empty.hidden = visible.length > 0;
    empty.textContent = items.length === 0 ? t('fav.empty') : t('fav.emptyFolder');
    list.replaceChildren(...visible.map(renderItem));

    const bibtex = $<HTMLButtonElement>('[data-export-bibtex]');
    bibtex.textContent =
      view.folder === ALL
        ? t('fav.exportBibtexAll', { count: visible.length })
        : t('fav.exportBibtexFolder', { name: folderName(view.folder), count: visible.length });
    bibtex.disabled = visible.length === 0;
    $<HTMLButtonElement>('[data-clear-all]').disabled = items.length === 0;
    $<HTMLButtonElement>('[data-export-json]').disabled = items.length === 0;
  }

  folderSelect.addEventListener('change', () => {
    view.folder = folderSelect.value;
    render();
  });
  sortSelect.addEventListener('change', () => {
    if (isSortOrder(sortSelect.value)) view.sort = sortSelect.value;
    render();
  });

  const folderDialog = $<HTMLDialogElement>('[data-folder-dialog]');
  $('[data-folder-new]').addEventListener('click', async () => {
    $('[data-folder-heading]').textContent = t('fav.newFolderTitle');
    const name = await askName(folderDialog, '');
    const folder = name ? store.createFolder(name) : undefined;
    if (folder) view.folder = folder.id;
    render();
  });
  $('[data-folder-rename]').addEventListener('click', async () => {
    const current = folderName(view.folder);
    $('[data-folder-heading]').textContent = t('fav.renameFolderTitle', { name: current });
    const name = await askName(folderDialog, current);
    if (name) store.renameFolder(view.folder, name);
  });
  $('[data-folder-delete]').addEventListener('click', async () => {
    const id = view.folder;
    const name = folderName(id);
    $('[data-delete-folder-heading]').textContent = t('fav.deleteFolderTitle', { name });
    $('[data-delete-folder-body]').textContent = t('fav.deleteFolderBody', {
      count: store.state.items.filter((i) => i.folder === id).length,
    });
    if (!(await confirmed($<HTMLDialogElement>('[data-delete-folder-dialog]')))) return;
    view.folder = ALL;
    store.deleteFolder(id);
    showNotice(t('fav.folderDeleted', { name }), { key: 'undo' });
  });

  $('[data-clear-all]').addEventListener('click', async () => {
    $('[data-clear-body]').textContent = t('fav.clearBody', { count: store.state.items.length });
    if (!(await confirmed($<HTMLDialogElement>('[data-clear-dialog]')))) return;
    const removed = store.clear();
    $('[data-fav-count]').focus();
    showNotice(t('fav.cleared', { count: removed.length }), {
      key: 'undo',
      timeout: 15_000,
      action: { label: t('fav.undo'), run: () => store.restore(removed) },
    });
  });

  $('[data-export-json]').addEventListener('click', () => downloadJson(store.state));
  $('[data-export-bibtex]').addEventListener('click', () =>
    downloadBibtex(shown(), view.folder === ALL ? 'favourites' : folderName(view.folder)),
  );
  const fileInput = $<HTMLInputElement>('[data-import-file]');
  $('[data-import-json]').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    showNotice(t('fav.importReading'), { key: 'import' });
    const read = await readImportFile(file);
    if (!read.ok) {
      const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
      const message =
        read.reason === 'too-large'
          ? t('fav.importTooLarge', { size: megabytes(read.bytes), limit: megabytes(IMPORT_LIMITS.bytes) })
          : read.reason === 'too-many'
            ? t('fav.importTooMany', { count: read.entries, limit: IMPORT_LIMITS.entries })
            : read.reason === 'unreadable-entries'
              ? t('fav.importNoneReadable', { skipped: read.skipped })
              : t('fav.importInvalid');
      showNotice(message, { key: 'import', timeout: 12_000 });
      return;
    }
    const report = store.merge(read.state);
    const values = { added: report.added.length, skipped: report.alreadyThere, folders: report.foldersAdded };
    const lines = [report.foldersAdded > 0 ? t('fav.importedFolders', values) : t('fav.imported', values)];
    if (read.skipped > 0) lines.push(t('fav.importSkipped', { skipped: read.skipped }));
    if (report.left > 0)
      lines.push(t('fav.importStoredPart', { stored: report.stored, total: report.added.length + report.left, left: report.left }));
    else if (report.problem) lines.push(t('fav.importNotSaved'));
    showNotice(lines.join(' '), { key: 'import', timeout: 15_000 });
  });

  const listStatus = $('[data-share-list-status]');
  $('[data-share-list]').addEventListener('click', async () => {
    const ids = shown().map((item) => item.id);
    if (ids.length === 0) {
      listStatus.textContent = t('share.listEmpty');
      return;
    }
    const url = readingListUrl(app.dataset.listUrl ?? '', ids);
    reportShare(listStatus, await shareLink(t('fav.title'), url), url);
  });

  store.subscribe(render);
  onLangChange(render);
  render();
  const readingList = startReadingList(app, store, () => sitePapers);
  void fetchSitePapers(app.dataset.idsUrl ?? '').then((papers) => {
    sitePapers = papers;
    render();
    readingList.render();
  });
}
