/**
 * Results under the header's search box as the reader types: the best few, and a link to all of
 * them on the search page, each with a favourite toggle. Arrow keys walk the links, Tab reaches the
 * toggles, Enter opens, Escape closes. Submitting the
 * form still goes to the search page, as it does without JavaScript.
 */
import { onLangChange } from '../i18n';
import { required } from '../parts';
import { url } from '../../shared/urls';
import { searchClient } from './client';
import type { SearchResponse } from './engine';
import { favouriteToggles } from './favourite-ids';
import { loadKatexStylesheet } from './katex-style';
import { renderHits } from './results-view';
import { countText, ts } from './strings';
import { onQueryInput } from './query-input';
import { startTiming } from './timing';

const SHOWN = 5;

export function startHeaderSearch(box: HTMLFormElement, input: HTMLInputElement): void {
  const panel = required<HTMLElement>(box, '[data-search-box-panel]');
  const list = required<HTMLOListElement>(box, '[data-search-box-results]');
  const all = required<HTMLAnchorElement>(box, '[data-search-box-all]');
  const status = required<HTMLElement>(box, '[data-search-box-status]');
  const client = searchClient(new URL(box.dataset.indexUrl ?? url('search/'), location.href).href);
  const onMath = () => loadKatexStylesheet(box.dataset.katexHref);
  const toggles = favouriteToggles();
  const options = { compact: true, onMath, favourite: toggles.make };
  let sequence = 0;
  let last: SearchResponse | undefined;

  void client.warm().catch(() => undefined);

  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const describe = () => {
    if (!last) return;
    const query = input.value.trim();
    // The live line says "nothing matched" once; the link below says it too, but is not announced.
    const said = last.total ? countText(last.total, query) : ts('search.none', { query });
    if (status.textContent !== said) status.textContent = said;
    all.href = `${url('search/')}?q=${encodeURIComponent(query)}`;
    all.textContent = last.total ? `${ts('search.allResults', { query })} (${last.total})` : ts('search.none', { query });
  };

  async function run(inputAt?: number): Promise<void> {
    const id = ++sequence;
    const query = input.value;
    if (!query.trim()) {
      last = undefined;
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    const timing = startTiming('box', inputAt);
    // Hits already shown, ahead of the answer, because their records were at hand.
    let shownEarly = 0;
    const show = () => {
      describe();
      panel.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    };
    const onLeading = (leading: SearchResponse) => {
      if (id !== sequence) return;
      last = leading;
      renderHits(list, leading, options);
      show();
      shownEarly = leading.hits.length;
      timing.leading(shownEarly);
    };
    try {
      const response = await client.search({ query, limit: SHOWN, onLeading });
      if (id !== sequence) return;
      timing.answered();
      last = response;
      // The rest go below the hits already shown: those stay where the reader sees them.
      if (shownEarly) renderHits(list, { ...response, hits: response.hits.slice(shownEarly) }, { ...options, append: true });
      else renderHits(list, response, options);
      show();
      timing.rendered(query, response.total, response.timing);
    } catch {
      if (id === sequence) status.textContent = ts('search.error');
    }
  }

  onQueryInput(input, (at) => void run(at));
  input.addEventListener('focus', () => {
    if (last && input.value.trim()) panel.hidden = false;
  });
  box.addEventListener('keydown', (event) => {
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      close();
      input.focus();
    } else if (event.key === 'ArrowDown' && !panel.hidden) {
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? input : links[at - 1]!).focus();
    } else return;
    event.preventDefault();
  });
  box.addEventListener('focusout', (event) => {
    if (!box.contains(event.relatedTarget as Node | null)) close();
  });
  onLangChange(() => {
    if (last) renderHits(list, last, options);
    describe();
  });
  if (input.value.trim()) void run();
  box.dataset.searchReady = '';
}
