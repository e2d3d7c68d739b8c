/**
 * <reading-tools> around a listing's cards (components/ReadingTools.astro): marks each card new
 * (arrived since the previous visit) and read, counts the listing's new papers at the top (all of
 * them, from the arrival days the page carries) with a link to the first new day, hides read papers
 * when asked (remembered), marks the whole page read, and runs keyboard triage over the cards.
 */
import { ask } from '../dialog';
import { readItem, writeItem } from '../safe-storage';
import { newSince, type NewSince } from '../../shared/arrivals';
import { STORAGE_KEYS } from '../../shared/storage-keys';
import { facetUrl } from '../../shared/urls';
import { onLangChange } from '../i18n';
import { reader } from './browser';
import { define, part } from '../parts';
import { beginVisit, isNewSince, localDay } from './visit';
import { dayName, rt } from './strings';
import { startTriage } from './triage';

function mark(kind: 'new' | 'read', text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = `mark mark-${kind}`;
  span.textContent = kind === 'read' ? `✓ ${text}` : `● ${text}`;
  return span;
}

class ReadingTools extends HTMLElement {
  connectedCallback(): void {
    const store = reader();
    const since = beginVisit(store);
    const cards = [...this.querySelectorAll<HTMLElement>('article[data-paper-id]')];
    const hideRead = part<HTMLInputElement>(this, 'hide-read');
    const markPage = part<HTMLButtonElement>(this, 'mark-page');
    const count = part(this, 'new-count');
    const countText = part(this, 'new-text');
    const firstNew = part<HTMLAnchorElement>(this, 'first-new');
    const listingNew = since ? newSince(this.dataset.arrivals ?? '', localDay(since)) : undefined;
    // The first new day: from this listing (the home page), or the whole site's arrivals (date views).
    let siteNew: NewSince | undefined = this.dataset.firstNewDay === 'listing' ? listingNew : undefined;
    const siteArrivals = this.dataset.siteArrivals;
    if (since && siteArrivals && this.dataset.firstNewDay === 'site') {
      void fetch(siteArrivals)
        .then((response) => (response.ok ? response.text() : ''))
        .then((text) => {
          siteNew = newSince(text, localDay(since));
          render();
        })
        .catch(() => undefined);
    }
    const allHidden = part(this, 'all-hidden');
    const keys = this.querySelector<HTMLDialogElement>('dialog[data-keys-dialog]');
    if (!keys) throw new Error('<reading-tools> is missing its keys dialog');
    part(this, 'bar').hidden = false;
    hideRead.checked = readItem(STORAGE_KEYS.hideRead) === '1';

    const idOf = (card: HTMLElement) => card.dataset.paperId!;
    const rowOf = (card: HTMLElement) => (card.parentElement?.localName === 'li' ? card.parentElement : card);
    const shown = () => cards.filter((card) => !rowOf(card).hidden);

    const render = () => {
      for (const card of cards) {
        const read = store.isRead(idOf(card));
        const isNew = isNewSince(card.dataset.arrived, since);
        card.toggleAttribute('data-read', read);
        card.toggleAttribute('data-new', isNew);
        const marks = card.querySelector<HTMLElement>('[data-card-marks]');
        if (marks) {
          marks.replaceChildren(...(isNew ? [mark('new', rt('reader.new'))] : []), ...(read ? [mark('read', rt('reader.read'))] : []));
          marks.hidden = !isNew && !read;
        }
        rowOf(card).hidden = hideRead.checked && read;
      }
      const fresh = listingNew?.count ?? 0;
      const day = since ? dayName(since) : '';
      countText.textContent =
        fresh === 0
          ? ''
          : listingNew?.more
            ? rt('reader.newSinceMore', { count: fresh, day })
            : fresh === 1
              ? rt('reader.newSinceOne', { day })
              : rt('reader.newSince', { count: fresh, day });
      const first = siteNew?.firstDay;
      const target = first ? facetUrl('days', first) : '';
      firstNew.hidden = !first || new URL(target, window.location.href).pathname === window.location.pathname;
      if (first) {
        firstNew.href = target;
        firstNew.textContent = rt('reader.firstNewDay', { day: first });
      }
      count.hidden = fresh === 0 && firstNew.hidden;
      allHidden.hidden = !(hideRead.checked && cards.length > 0 && shown().length === 0);
      markPage.disabled = cards.every((card) => store.isRead(idOf(card)));
      triage.refresh();
    };

    const triage = startTriage(this, {
      items: shown,
      favourite: (card) => card.querySelector<HTMLButtonElement>('button[data-favourite]')?.click(),
      read: (card) => store.markRead([idOf(card)], !store.isRead(idOf(card))),
      note: (card) => {
        const link = card.querySelector<HTMLAnchorElement>('h2 a[href]');
        if (link) window.location.assign(`${link.href}#note`);
      },
      help: () => void ask(keys),
    });

    hideRead.addEventListener('change', () => {
      writeItem(STORAGE_KEYS.hideRead, hideRead.checked ? '1' : undefined);
      render();
    });
    markPage.addEventListener('click', () => store.markRead(cards.map(idOf)));
    part(this, 'keys-open').addEventListener('click', () => void ask(keys));
    store.subscribe(render);
    onLangChange(render);
    render();
  }
}

define('reading-tools', ReadingTools);
