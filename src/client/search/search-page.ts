/**
 * The search page: results as you type, filters, sorting, and a URL that follows them all
 * (?q=&category=&year=&favourites=1&sort=newest), so a search can be shared and back/forward restore it.
 * Each result has a favourite toggle (through the favourites store) and an "Unread" mark (the reader
 * store), "hide read" leaves read papers out, and the triage keys (j/k/o/f/m/n/?) work over the
 * results; a match only in an abstract gets its snippet after the results are shown. A search that finds nothing
 * offers the paper on arXiv for a pasted id, else the index's nearest words and the keyword index. The first keystroke after
 * a pause or a filter change starts a new history entry; further typing replaces it.
 */
import { onLangChange } from '../i18n';
import { reader } from '../reader/browser';
import { rt } from '../reader/strings';
import { startTriage } from '../reader/triage';
import { readItem, writeItem } from '../safe-storage';
import { ask } from '../dialog';
import { required } from '../parts';
import { STORAGE_KEYS } from '../../shared/storage-keys';
import { searchClient } from './client';
import type { SearchFilters, SearchHit, SearchResponse, SearchSort } from './engine';
import { favouriteIds, onFavouritesChange, favouriteToggles } from './favourite-ids';
import { loadKatexStylesheet } from './katex-style';
import { abstractOnlyDocs, fillSnippets, markReadState, renderHits, type RenderOptions } from './results-view';
import * as engineModule from './engine';
import { onQueryInput } from './query-input';
import { startTiming } from './timing';
import { countText, ts } from './strings';

const FIRST_PAGE = 10;
const MORE_PAGE = 20;
/** After this long without typing, the next keystroke starts a new history entry. */
const SETTLE_MS = 1200;

interface SearchState {
  q: string;
  category: string;
  year: string;
  favourites: boolean;
  sort: SearchSort;
}

function stateFromUrl(): SearchState {
  const params = new URLSearchParams(location.search);
  return {
    q: params.get('q') ?? '',
    category: params.get('category') ?? '',
    year: params.get('year') ?? '',
    favourites: params.get('favourites') === '1',
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

function urlFor(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  if (state.year) params.set('year', state.year);
  if (state.favourites) params.set('favourites', '1');
  if (state.sort === 'newest') params.set('sort', 'newest');
  const query = params.toString();
  return location.pathname + (query ? `?${query}` : '');
}

export function startSearchPage(root: HTMLElement): void {
  const form = required<HTMLFormElement>(root, '[data-search-form]');
  const input = required<HTMLInputElement>(root, '[data-search-input]');
  const category = required<HTMLSelectElement>(root, '[data-search-category]');
  const year = required<HTMLSelectElement>(root, '[data-search-year]');
  const favourites = required<HTMLInputElement>(root, '[data-search-favourites]');
  const clear = required<HTMLButtonElement>(root, '[data-search-clear]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const correction = required<HTMLElement>(root, '[data-search-correction]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLButtonElement>(root, '[data-search-more]');
  const intro = required<HTMLElement>(root, '[data-search-intro]');
  const empty = required<HTMLElement>(root, '[data-search-empty]');
  const hideRead = required<HTMLInputElement>(root, '[data-search-hide-read]');
  const keys = required<HTMLDialogElement>(root, 'dialog[data-keys-dialog]');
  const suggestions = required<HTMLElement>(root, '[data-search-suggestions]');
  const sort = required<HTMLSelectElement>(root, '[data-search-sort]');
  const arxiv = required<HTMLAnchorElement>(root, '[data-search-arxiv]');
  const nearest = required<HTMLElement>(root, '[data-search-nearest]');
  const nearestList = required<HTMLElement>(root, '[data-search-nearest-list]');
  const toggles = favouriteToggles();
  const onMath = () => loadKatexStylesheet(root.dataset.katexHref);
  const store = reader();
  const options = (append = false): RenderOptions => ({
    append,
    favourite: toggles.make,
    onMath,
    isRead: (id) => store.isRead(id),
    unreadText: () => rt('reader.unread'),
  });
  // The engine is part of this page's own code, so it loads with it rather than after it.
  const client = searchClient(new URL(root.dataset.indexUrl ?? 'search/', location.href).href, async () => engineModule);
  // The engine loads and reads the manifest while the reader is still typing.
  void client.warm().catch(() => undefined);

  let sequence = 0;
  let last: { response: SearchResponse; state: SearchState; hits: SearchHit[] } | undefined;
  let lastTyped = 0;
  form.hidden = false;
  hideRead.checked = readItem(STORAGE_KEYS.hideRead) === '1';

  const triage = startTriage(list, {
    items: () => [...list.querySelectorAll<HTMLElement>('li.search-hit')],
    favourite: (item) => item.querySelector<HTMLButtonElement>('button.search-hit-favourite')?.click(),
    read: (item) => store.markRead([item.dataset.paperId!], !store.isRead(item.dataset.paperId!)),
    note: (item) => {
      const link = item.querySelector<HTMLAnchorElement>('a.search-hit-link');
      if (link) window.location.assign(`${link.href}#note`);
    },
    help: () => void ask(keys),
  });
  /** After the results change: the triage's roving tabindex, then the abstract snippets. */
  const shown = (response: SearchResponse, sequenceAtStart: number) => {
    triage.refresh();
    const waiting = abstractOnlyDocs(list);
    if (waiting.length === 0) return;
    client.snippets(waiting, response.highlights).then(
      (found) => sequenceAtStart === sequence && fillSnippets(list, found, response.highlights),
      () => undefined,
    );
  };

  const readControls = (): SearchState => ({
    q: input.value,
    category: category.value,
    year: year.value,
    favourites: favourites.checked,
    sort: sort.value === 'newest' ? 'newest' : 'relevance',
  });
  const writeControls = (state: SearchState) => {
    input.value = state.q;
    category.value = [...category.options].some((o) => o.value === state.category) ? state.category : '';
    year.value = [...year.options].some((o) => o.value === state.year) ? state.year : '';
    favourites.checked = state.favourites;
    sort.value = state.sort;
  };
  const filtersOf = (state: SearchState): SearchFilters => ({
    category: state.category || undefined,
    year: state.year ? Number(state.year) : undefined,
    ids: state.favourites ? favouriteIds() : undefined,
    exclude: hideRead.checked ? store.state.read.map((mark) => mark.id) : undefined,
  });
  const hasFilters = (state: SearchState) => Boolean(state.category || state.year || state.favourites);

  function describe(): void {
    if (!last) return;
    const { response, state, hits } = last;
    const query = state.q.trim();
    const idle = !query && !hasFilters(state);
    intro.hidden = !idle;
    const noFavourites = state.favourites && filtersOf(state).ids?.length === 0;
    const pasted = response.pastedId;
    const none = noFavourites
      ? ts('search.noFavourites')
      : pasted
        ? ts('search.noneId', { id: pasted.id })
        : query
          ? ts('search.none', { query })
          : ts('search.noneFiltered');
    // One live line says it, once: the count, or that nothing matched (the help below it is not announced).
    const said = idle ? '' : response.total === 0 ? none : countText(response.total, query);
    if (status.textContent !== said) status.textContent = said;
    const corrected = response.corrections.map(([, term]) => term);
    correction.hidden = corrected.length === 0 || response.total === 0;
    correction.textContent = corrected.length ? ts('search.corrected', { term: corrected.join(' ') }) : '';
    empty.hidden = idle || response.total > 0;
    arxiv.hidden = !pasted?.arxivUrl || response.total > 0;
    if (pasted?.arxivUrl) {
      arxiv.href = pasted.arxivUrl;
      arxiv.textContent = ts('search.onArxiv', { id: pasted.id });
    }
    nearest.hidden = response.total > 0 || response.nearest.length === 0;
    nearestList.replaceChildren(
      ...response.nearest.map((word) => {
        const link = document.createElement('a');
        link.href = urlFor({ ...state, q: word });
        link.textContent = word;
        const item = document.createElement('li');
        item.append(link);
        return item;
      }),
    );
    suggestions.hidden = !idle && response.total > 0;
    clear.hidden = !hasFilters(state);
    more.hidden = Boolean(response.partial) || hits.length >= response.total;
  }

  async function run(state: SearchState, inputAt?: number): Promise<void> {
    const id = ++sequence;
    const timing = startTiming('page', inputAt);
    const idle = !state.q.trim() && !hasFilters(state);
    root.setAttribute('aria-busy', 'true');
    // Hits already shown, ahead of the answer, because their records were at hand.
    let shownEarly = 0;
    const onLeading = (leading: SearchResponse) => {
      if (id !== sequence) return;
      last = { response: leading, state, hits: leading.hits };
      renderHits(list, leading, options());
      describe();
      shownEarly = leading.hits.length;
      timing.leading(shownEarly);
    };
    try {
      const response = idle
        ? { query: '', total: 0, hits: [], highlights: [], corrections: [], nearest: [] }
        : await client.search({ query: state.q, filters: filtersOf(state), sort: state.sort, limit: FIRST_PAGE, onLeading });
      if (id !== sequence) return; // A newer query has started; its answer will show.
      timing.answered();
      last = { response, state, hits: response.hits };
      // The rest go below the hits already shown: those stay where the reader sees them.
      if (shownEarly) renderHits(list, { ...response, hits: response.hits.slice(shownEarly) }, options(true));
      else renderHits(list, response, options());
      describe();
      shown(response, id);
      if (!idle) timing.rendered(state.q, response.total, 'timing' in response ? response.timing : undefined);
    } catch {
      if (id !== sequence) return;
      status.textContent = ts('search.error');
    } finally {
      if (id === sequence) root.removeAttribute('aria-busy');
    }
  }

  function update(push: boolean, inputAt?: number): void {
    const state = readControls();
    const target = urlFor(state);
    if (target !== location.pathname + location.search) {
      if (push) history.pushState(null, '', target);
      else history.replaceState(null, '', target);
    }
    void run(state, inputAt);
  }

  onQueryInput(input, (at) => {
    const now = performance.now();
    update(now - lastTyped > SETTLE_MS, at);
    lastTyped = now;
  });
  for (const control of [category, year, favourites, sort]) control.addEventListener('change', () => update(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    lastTyped = 0;
    update(false);
  });
  clear.addEventListener('click', () => {
    writeControls({ ...readControls(), category: '', year: '', favourites: false });
    update(true);
    input.focus();
  });
  more.addEventListener('click', async () => {
    if (!last) return;
    const current = last;
    const response = await client.search({
      query: current.state.q,
      filters: filtersOf(current.state),
      sort: current.state.sort,
      offset: current.hits.length,
      limit: MORE_PAGE,
    });
    if (last !== current) return;
    const firstNew = list.children.length;
    renderHits(list, { ...response, highlights: current.response.highlights }, options(true));
    current.hits = [...current.hits, ...response.hits];
    describe();
    shown(current.response, sequence);
    list.children[firstNew]?.querySelector('a')?.focus();
  });

  // Arrow keys walk from the box through the result links; Escape goes back to the box.
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (event.target === input || at >= 0)) {
      links[Math.min(at + 1, links.length - 1)]?.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? input : links[at - 1]!).focus();
      event.preventDefault();
    } else if (event.key === 'Escape' && at >= 0) {
      input.focus();
      event.preventDefault();
    }
  });

  window.addEventListener('popstate', () => {
    const state = stateFromUrl();
    writeControls(state);
    lastTyped = 0;
    void run(state);
  });
  // Option text cannot hold both languages as the rest of the page does, so it is swapped here.
  const translateOptions = () => {
    for (const option of root.querySelectorAll<HTMLOptionElement>('option[data-search-any]')) {
      const key = option.dataset.searchAny;
      if (key === 'search.anyYear' || key === 'search.anyCategory' || key === 'search.sort.relevance' || key === 'search.sort.newest') {
        option.textContent = ts(key);
      }
    }
  };
  translateOptions();
  onLangChange(() => {
    translateOptions();
    if (last) {
      renderHits(list, { ...last.response, hits: last.hits }, options());
      shown(last.response, sequence);
    }
    describe();
  });
  hideRead.addEventListener('change', () => {
    writeItem(STORAGE_KEYS.hideRead, hideRead.checked ? '1' : undefined);
    void run(readControls());
  });
  root.querySelector('[data-search-keys-open]')?.addEventListener('click', () => void ask(keys));
  // Read marks follow the store (here, the triage key m, or another tab); hidden read papers leave the list.
  store.subscribe(() => {
    if (hideRead.checked) return void run(readControls());
    for (const item of list.querySelectorAll<HTMLElement>('li.search-hit')) {
      markReadState(item, store.isRead(item.dataset.paperId!), rt('reader.unread'));
    }
  });
  onFavouritesChange(() => {
    if (favourites.checked) void run(readControls());
  });

  const initial = stateFromUrl();
  writeControls(initial);
  void run(initial);
  if (!initial.q) input.focus();
}
