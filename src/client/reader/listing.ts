/**
 * <reading-tools> around a listing's cards (components/ReadingTools.astro): marks each card new
 * (arrived since the previous visit) and read, counts the new ones at the top, hides read papers
 * when asked (remembered), marks the whole page read, and runs keyboard triage over the cards.
 */
import { readItem, writeItem } from '../safe-storage';
import { STORAGE_KEYS } from '../../shared/storage-keys';
import { onLangChange } from '../i18n';
import { reader } from './browser';
import { define, part } from './parts';
import { beginVisit, isNewSince } from './visit';
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
    const allHidden = part(this, 'all-hidden');
    const keys = part<HTMLDialogElement>(this, 'keys');
    part(this, 'bar').hidden = false;
    hideRead.checked = readItem(STORAGE_KEYS.hideRead) === '1';

    const idOf = (card: HTMLElement) => card.dataset.paperId!;
    const rowOf = (card: HTMLElement) => (card.parentElement?.localName === 'li' ? card.parentElement : card);
    const shown = () => cards.filter((card) => !rowOf(card).hidden);

    const render = () => {
      let fresh = 0;
      for (const card of cards) {
        const read = store.isRead(idOf(card));
        const isNew = isNewSince(card.dataset.arrived, since);
        if (isNew) fresh++;
        card.toggleAttribute('data-read', read);
        card.toggleAttribute('data-new', isNew);
        const marks = card.querySelector<HTMLElement>('[data-card-marks]');
        if (marks) {
          marks.replaceChildren(...(isNew ? [mark('new', rt('reader.new'))] : []), ...(read ? [mark('read', rt('reader.read'))] : []));
          marks.hidden = !isNew && !read;
        }
        rowOf(card).hidden = hideRead.checked && read;
      }
      count.hidden = fresh === 0 || !since;
      if (since && fresh > 0)
        count.textContent =
          fresh === 1 ? rt('reader.newSinceOne', { day: dayName(since) }) : rt('reader.newSince', { count: fresh, day: dayName(since) });
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
      help: () => keys.showModal(),
    });

    hideRead.addEventListener('change', () => {
      writeItem(STORAGE_KEYS.hideRead, hideRead.checked ? '1' : undefined);
      render();
    });
    markPage.addEventListener('click', () => store.markRead(cards.map(idOf)));
    part(this, 'keys-open').addEventListener('click', () => keys.showModal());
    store.subscribe(render);
    onLangChange(render);
    render();
  }
}

define('reading-tools', ReadingTools);
