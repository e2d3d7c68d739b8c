/**
 * <favourites-app> (pages/favourites.astro): the list by folder and order, each entry with its
 * authors, takeaway, note and read state; select several to move or remove them; remove with undo,
 * clear with confirmation, folders, export/import (with notes and read marks), BibTeX, sharing the
 * list (as a link or a QR code), shared lists, offline copies and keyboard triage.
 * Everything is drawn from the stores, so a change in another tab redraws it here. Every element it
 * needs is looked up once and a missing one throws, so a renamed hook fails the page's first test.
 */
import { plainTitle } from '../../shared/plain-title';
import { arxivAbsUrl, isArxivId } from '../../shared/urls';
import { onLangChange } from '../i18n';
import { reportShare, shareLink } from '../share';
import { reader } from '../reader/browser';
import { mergeReader } from '../reader/merge';
import { define, part, required } from '../parts';
import { rt } from '../reader/strings';
import { startTriage } from '../reader/triage';
import { favourites } from './browser';
import { ask, askName, confirmed } from './dialogs';
import { authorLine } from './entry';
import { listDrawer } from './list-drawer';
import { mergeFavourites } from './merge';
import { DEFAULT_FOLDER, type Favourite } from './model';
import { showNotice } from './notice';
import { startReadingList } from './page-reading-list';
import { readingListUrl } from './reading-list';
import { fetchSitePapers, type SitePapers } from './site-papers';
import { isSortOrder, sortFavourites, type SortOrder } from './sort';
import { t, type FavouritesKey } from './strings';
import { IMPORT_LIMITS, downloadBibtex, downloadJson, readImportFile } from './transfer';

const ALL = '*';

/** YYYY-MM-DD in the reader's time zone, the form publication dates are shown in. */
function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function startFavouritesPage(app: HTMLElement): void {
  const $ = <T extends HTMLElement>(selector: string) => required<T>(app, selector);
  const noJs = document.querySelector<HTMLElement>('[data-fav-nojs]');
  if (noJs) noJs.hidden = true;

  const store = favourites();
  const notes = reader();
  const folderSelect = $<HTMLSelectElement>('[data-folder-select]');
  const sortSelect = $<HTMLSelectElement>('[data-sort]');
  const list = $<HTMLUListElement>('[data-fav-list]');
  const template = $<HTMLTemplateElement>('[data-item-template]');
  const count = $('[data-fav-count]');
  const bulk = $('[data-bulk]');
  const selectAll = $<HTMLInputElement>('[data-select-all]');
  const bulkFolder = $<HTMLSelectElement>('[data-bulk-folder]');
  const bulkMove = $<HTMLButtonElement>('[data-bulk-move]');
  const bulkRemove = $<HTMLButtonElement>('[data-bulk-remove]');
  const selectedCount = $('[data-selected-count]');
  const shareButton = $<HTMLButtonElement>('[data-share-list]');
  const shareName = $<HTMLInputElement>('[data-share-name]');
  const shareNote = $<HTMLInputElement>('[data-share-note]');
  const keys = $<HTMLDialogElement>('dialog[data-keys-dialog]');
  const view: { folder: string; sort: SortOrder } = { folder: ALL, sort: 'added-desc' };
  const selected = new Set<string>();
  let sitePapers: SitePapers | undefined;
  app.hidden = false;

  const folderName = (id: string) =>
    id === DEFAULT_FOLDER ? t('fav.defaultFolder') : (store.state.folders.find((f) => f.id === id)?.name ?? t('fav.defaultFolder'));
  const filter = $<HTMLInputElement>('[data-filter]');
  /** Whether a favourite matches every word of the filter, in its title, authors, takeaway or note. */
  const matches = (item: Favourite) => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return true;
    const text = [
      item.title,
      plainTitle(item.title),
      ...item.authors,
      sitePapers?.get(item.id)?.takeaway ?? '',
      notes.note(item.id)?.text ?? '',
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  };
  const shown = () =>
    sortFavourites(
      store.state.items.filter((item) => (view.folder === ALL || item.folder === view.folder) && matches(item)),
      view.sort,
    );

  function renderItem(item: Favourite): HTMLLIElement {
    const li = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    li.dataset.id = item.id;
    const site = sitePapers?.get(item.id);
    const gone = sitePapers !== undefined && !site;
    // Kept as written (BibTeX wants the LaTeX); shown and read out as readable text (DA², λ).
    const title = plainTitle(item.title);
    part(li, 'select').setAttribute('aria-label', rt('list.select', { title }));
    const link = part<HTMLAnchorElement>(li, 'title');
    link.textContent = title;
    link.href = gone && isArxivId(item.id) ? arxivAbsUrl(item.id) : (site?.url ?? item.url);
    const read = notes.isRead(item.id);
    li.classList.toggle('is-unread', !read);
    part(li, 'mark').textContent = read ? `✓ ${rt('reader.read')}` : `● ${rt('reader.unread')}`;
    if (gone) {
      li.classList.add('is-gone');
      const mark = document.createElement('span');
      mark.className = 'fav-gone';
      mark.textContent = t('fav.gone');
      mark.title = t('fav.goneHint');
      link.after(' ', mark);
    }
    part(li, 'authors').textContent = authorLine(site, item.authors);
    part(li, 'takeaway').textContent = site?.takeaway ?? '';
    const note = notes.note(item.id)?.text;
    // The label and the note in one string: Chinese puts no space after its full-width colon.
    part(li, 'note').textContent = note ? rt('list.note', { note }) : '';
    // The folder shows in the move menu beside it, so the facts do not repeat it.
    const facts = [item.published && t('fav.published', { date: item.published }), t('fav.added', { date: formatDate(item.addedAt) })];
    part(li, 'meta').textContent = facts.filter(Boolean).join(' · ');

    const move = part<HTMLSelectElement>(li, 'move');
    move.setAttribute('aria-label', t('fav.moveLabel', { title }));
    for (const folder of store.state.folders) move.append(new Option(folderName(folder.id), folder.id, false, folder.id === item.folder));
    const remove = part<HTMLButtonElement>(li, 'remove');
    remove.textContent = t('fav.remove');
    remove.setAttribute('aria-label', t('fav.removeLabel', { title }));
    return li;
  }

  // What every entry's element depends on besides the favourite itself; computed once per draw.
  let shared = '';
  const drawer = listDrawer<Favourite>(list, {
    id: (item) => item.id,
    signature: (item) =>
      JSON.stringify([shared, item, notes.isRead(item.id), notes.note(item.id)?.text ?? null, sitePapers?.get(item.id) ?? null]),
    create: renderItem,
    update: (item, li) => {
      part<HTMLInputElement>(li, 'select').checked = selected.has(item.id);
    },
    drawn: () => triage.refresh(),
  });
  const entryOf = (target: EventTarget | null) => {
    const li = target instanceof Element ? target.closest<HTMLElement>('li[data-id]') : null;
    return li ? store.get(li.dataset.id ?? '') : undefined;
  };
  // One listener each for every entry's controls, so an entry costs no listeners of its own.
  list.addEventListener('change', (event) => {
    const control = event.target as HTMLElement;
    const item = entryOf(control);
    if (!item) return;
    if (control.dataset.part === 'move') store.move([item.id], (control as HTMLSelectElement).value);
    if (control.dataset.part !== 'select') return;
    if ((control as HTMLInputElement).checked) selected.add(item.id);
    else selected.delete(item.id);
    renderSelection();
  });
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('[data-part="remove"]');
    const item = button && entryOf(button);
    if (item) removeItem(item);
  });

  function removeItem(item: Favourite): void {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('[data-remove]')];
    const index = buttons.findIndex((b) => b.closest('li')?.dataset.id === item.id);
    const removed = store.remove([item.id]);
    selected.delete(item.id);
    render();
    // Keep keyboard focus in the list: on the next paper's Remove, or on the count when the list is empty.
    const next = list.querySelectorAll<HTMLButtonElement>('[data-remove]');
    const target = next[Math.min(index, next.length - 1)] ?? count;
    target.removeAttribute('tabindex');
    if (target === count) count.tabIndex = -1;
    target.focus();
    showNotice(t('fav.removed', { title: plainTitle(item.title) }), {
      key: 'undo',
      timeout: 10_000,
      action: { label: t('fav.undo'), run: () => store.restore(removed) },
    });
  }

  function renderSelection(): void {
    const visible = shown().map((item) => item.id);
    for (const id of [...selected]) if (!store.has(id)) selected.delete(id);
    const chosen = visible.filter((id) => selected.has(id));
    selectedCount.textContent = rt('list.selected', { count: chosen.length });
    selectAll.checked = visible.length > 0 && chosen.length === visible.length;
    selectAll.indeterminate = chosen.length > 0 && chosen.length < visible.length;
    bulkMove.disabled = chosen.length === 0;
    bulkRemove.disabled = chosen.length === 0;
  }

  // Changes come in bursts (an import, another tab): they are drawn once, in the next frame, after
  // the code that made them has said what it did; render() draws at once where focus depends on it.
  let pending = 0;
  const renderSoon = () => {
    if (!pending) pending = requestAnimationFrame(render);
  };

  function render(): void {
    cancelAnimationFrame(pending);
    pending = 0;
    const { folders, items } = store.state;
    if (view.folder !== ALL && !folders.some((f) => f.id === view.folder)) view.folder = ALL;
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.folder, (counts.get(item.folder) ?? 0) + 1);
    folderSelect.replaceChildren(
      new Option(t('fav.allFolders', { count: items.length }), ALL),
      ...folders.map((f) => new Option(t('fav.folderOption', { name: folderName(f.id), count: counts.get(f.id) ?? 0 }), f.id)),
    );
    folderSelect.value = view.folder;
    const target = bulkFolder.value;
    bulkFolder.replaceChildren(...folders.map((f) => new Option(folderName(f.id), f.id)));
    if (folders.some((f) => f.id === target)) bulkFolder.value = target;
    for (const option of sortSelect.options) option.textContent = t(option.dataset.label as FavouritesKey);
    const custom = view.folder !== ALL && view.folder !== DEFAULT_FOLDER;
    $('[data-folder-rename]').hidden = !custom;
    $('[data-folder-delete]').hidden = !custom;

    const visible = shown();
    count.textContent = t('fav.count', { count: items.length });
    count.tabIndex = -1;
    const empty = $('[data-fav-empty]');
    empty.hidden = visible.length > 0;
    empty.textContent =
      items.length === 0 ? t('fav.empty') : filter.value.trim() ? rt('list.noMatch', { query: filter.value.trim() }) : t('fav.emptyFolder');
    shared = JSON.stringify([folders, document.documentElement.lang, sitePapers !== undefined]);
    drawer.draw(visible);
    bulk.hidden = visible.length === 0;
    renderSelection();

    const bibtex = $<HTMLButtonElement>('[data-export-bibtex]');
    bibtex.textContent =
      view.folder === ALL
        ? t('fav.exportBibtexAll', { count: visible.length })
        : t('fav.exportBibtexFolder', { name: folderName(view.folder), count: visible.length });
    bibtex.disabled = visible.length === 0;
    shareButton.disabled = visible.length === 0;
    $<HTMLButtonElement>('[data-qr-show]').disabled = visible.length === 0;
    $<HTMLButtonElement>('[data-clear-all]').disabled = items.length === 0;
    $<HTMLButtonElement>('[data-export-json]').disabled = items.length === 0 && notes.state.notes.length === 0;
    shareName.placeholder = view.folder === ALL ? '' : folderName(view.folder);
  }

  const itemOf = (li: HTMLElement) => store.get(li.dataset.id ?? '');
  const triage = startTriage(list, {
    items: () => [...list.querySelectorAll<HTMLElement>(':scope > li')],
    open: (li) => part<HTMLAnchorElement>(li, 'title').click(),
    favourite: (li) => {
      const item = itemOf(li);
      if (item) removeItem(item);
    },
    read: (li) => notes.markRead([li.dataset.id!], !notes.isRead(li.dataset.id!)),
    note: (li) => window.location.assign(`${part<HTMLAnchorElement>(li, 'title').href}#note`),
    help: () => void ask(keys),
  });
  $('[data-keys-open]').addEventListener('click', () => void ask(keys));

  selectAll.addEventListener('change', () => {
    for (const item of shown()) {
      if (selectAll.checked) selected.add(item.id);
      else selected.delete(item.id);
    }
    render();
  });
  bulkMove.addEventListener('click', () => {
    const ids = shown()
      .map((item) => item.id)
      .filter((id) => selected.has(id));
    if (ids.length === 0) return;
    store.move(ids, bulkFolder.value);
    selected.clear();
    showNotice(rt('list.movedMany', { count: ids.length, name: folderName(bulkFolder.value) }), { key: 'undo' });
    render();
  });
  bulkRemove.addEventListener('click', () => {
    const ids = shown()
      .map((item) => item.id)
      .filter((id) => selected.has(id));
    if (ids.length === 0) return;
    const removed = store.remove(ids);
    selected.clear();
    count.focus();
    showNotice(rt('list.removedMany', { count: removed.length }), {
      key: 'undo',
      timeout: 15_000,
      action: { label: t('fav.undo'), run: () => store.restore(removed) },
    });
  });

  filter.addEventListener('input', render);
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
    count.focus();
    showNotice(t('fav.cleared', { count: removed.length }), {
      key: 'undo',
      timeout: 15_000,
      action: { label: t('fav.undo'), run: () => store.restore(removed) },
    });
  });

  $('[data-export-json]').addEventListener('click', () => downloadJson(store.state, notes.state));
  $('[data-export-bibtex]').addEventListener('click', () =>
    downloadBibtex(shown(), view.folder === ALL ? 'favourites' : folderName(view.folder), (id) => notes.note(id)?.text),
  );
  const fileInput = $<HTMLInputElement>('[data-import-file]');
  $('[data-import-json]').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    showNotice(t('fav.importReading'), { key: 'import' });
    const read = await readImportFile(file);
    const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    if (!read.ok && read.reason === 'too-large') {
      showNotice(t('fav.importTooLarge', { size: megabytes(read.bytes), limit: megabytes(IMPORT_LIMITS.bytes) }), {
        key: 'import',
        timeout: 12_000,
      });
      return;
    }
    if (!read.ok && read.reason === 'too-many') {
      showNotice(t('fav.importTooMany', { count: read.entries, limit: IMPORT_LIMITS.entries }), { key: 'import', timeout: 12_000 });
      return;
    }
    const readerPart = read.ok || read.reason === 'invalid' || read.reason === 'unreadable-entries' ? read.reader : undefined;
    const readerReport = readerPart === undefined ? undefined : mergeReader(notes, readerPart);
    if (!read.ok && !readerReport) {
      const message =
        read.reason === 'unreadable-entries' ? t('fav.importNoneReadable', { skipped: read.skipped }) : t('fav.importInvalid');
      showNotice(message, { key: 'import', timeout: 12_000 });
      return;
    }
    const report = read.ok
      ? mergeFavourites(store, read.state)
      : { added: [], alreadyThere: 0, foldersAdded: 0, stored: 0, left: 0, problem: undefined };
    const values = { added: report.added.length, skipped: report.alreadyThere, folders: report.foldersAdded };
    const lines = [report.foldersAdded > 0 ? t('fav.importedFolders', values) : t('fav.imported', values)];
    if (read.ok && read.skipped > 0) lines.push(t('fav.importSkipped', { skipped: read.skipped }));
    if (report.left > 0)
      lines.push(t('fav.importStoredPart', { stored: report.stored, total: report.added.length + report.left, left: report.left }));
    else if (report.problem) lines.push(t('fav.importNotSaved'));
    if (readerReport && (readerReport.notes > 0 || readerReport.read > 0)) lines.push(rt('reader.imported', { ...readerReport }));
    showNotice(lines.join(' '), { key: 'import', timeout: 15_000 });
  });

  const listStatus = $('[data-share-list-status]');
  const shareUrl = () =>
    readingListUrl(
      app.dataset.listUrl ?? '',
      shown().map((item) => item.id),
      { name: shareName.value || (view.folder === ALL ? '' : folderName(view.folder)), note: shareNote.value },
    );
  shareButton.addEventListener('click', async () => {
    if (shown().length === 0) {
      listStatus.textContent = t('share.listEmpty');
      return;
    }
    const url = new URL(shareUrl(), window.location.href).href;
    reportShare(listStatus, await shareLink(t('fav.title'), url), url);
  });

  const qrButton = $<HTMLButtonElement>('[data-qr-show]');
  const qr = $('[data-qr]');
  const qrTooLong = $('[data-qr-too-long]');
  qrButton.addEventListener('click', async () => {
    const open = qrButton.getAttribute('aria-expanded') === 'true';
    qrButton.setAttribute('aria-expanded', String(!open));
    qr.hidden = true;
    qrTooLong.hidden = true;
    if (open) return;
    // The QR library is loaded only when asked for, and draws locally: nothing leaves the page.
    const { qrSvg } = await import('./qr');
    const svg = qrSvg(new URL(shareUrl(), window.location.href).href);
    if (svg) $('[data-qr-image]').replaceChildren(svg);
    qr.hidden = !svg;
    qrTooLong.hidden = Boolean(svg);
  });

  store.subscribe(renderSoon);
  notes.subscribe(renderSoon);
  onLangChange(render);
  render();
  const readingList = startReadingList(
    app,
    store,
    () => sitePapers,
    (id) => notes.note(id)?.text,
  );
  void fetchSitePapers(app.dataset.idsUrl ?? '').then((papers) => {
    sitePapers = papers;
    render();
    readingList.render();
  });
}

class FavouritesApp extends HTMLElement {
  connectedCallback(): void {
    startFavouritesPage(this);
  }
}

define('favourites-app', FavouritesApp);
