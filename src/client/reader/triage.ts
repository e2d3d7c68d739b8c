/**
 * Keyboard triage over a list of papers (listings, the favourites page): j/k or the arrow keys move
 * between papers, o or Enter opens one, f favourites it, m marks it read or unread, n writes a note,
 * ? shows the keys. The list is one Tab stop (roving tabindex): the current paper is focusable and
 * only its own links and buttons are in the Tab order. Nothing fires while the reader types.
 */

export interface TriageActions {
  /** The papers of the list as now shown (hidden ones left out). */
  items: () => HTMLElement[];
  open?: (item: HTMLElement) => void;
  favourite?: (item: HTMLElement) => void;
  read?: (item: HTMLElement) => void;
  note?: (item: HTMLElement) => void;
  help?: () => void;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';
/** Marks controls this module took out of the Tab order, so it gives back only those. */
const PARKED = 'data-triage-parked';
/** On each item: whether it is the list's current one or parked, so a refresh skips items already right. */
const TURN = 'data-triage';

/** Whether a key press belongs to a text field, an editable region or an open dialog, not to triage. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('dialog[open]')) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

function defaultOpen(item: HTMLElement): void {
  const link = item.querySelector<HTMLAnchorElement>('h2 a[href], h3 a[href], a[href]');
  if (link) window.location.assign(link.href);
}

export function startTriage(list: HTMLElement, actions: TriageActions): { refresh: () => void } {
  let current = 0;

  /** Puts an item's own controls in or out of the Tab order; an item is only touched when its turn changes. */
  function park(item: HTMLElement, isCurrent: boolean): void {
    const state = isCurrent ? 'current' : 'parked';
    if (item.getAttribute(TURN) === state) return;
    item.setAttribute(TURN, state);
    item.tabIndex = isCurrent ? 0 : -1;
    for (const control of item.querySelectorAll<HTMLElement>(FOCUSABLE)) {
      if (control === item) continue;
      if (isCurrent && control.hasAttribute(PARKED)) {
        control.removeAttribute(PARKED);
        control.removeAttribute('tabindex');
      } else if (!isCurrent && !control.hasAttribute('tabindex')) {
        control.setAttribute(PARKED, '');
        control.tabIndex = -1;
      }
    }
  }

  function setCurrent(index: number, focus: boolean): void {
    const items = actions.items();
    if (items.length === 0) return;
    current = Math.max(0, Math.min(index, items.length - 1));
    items.forEach((item, i) => park(item, i === current));
    if (focus) items[current]!.focus();
  }

  list.addEventListener('focusin', (event) => {
    const items = actions.items();
    const index = items.findIndex((item) => item.contains(event.target as Node));
    if (index >= 0 && index !== current) setCurrent(index, false);
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const items = actions.items();
    if (items.length === 0) return;
    const inList = list.contains(document.activeElement);
    const item = items[Math.min(current, items.length - 1)]!;
    const act = (run: (() => void) | undefined) => {
      if (!run) return;
      event.preventDefault();
      run();
    };
    switch (event.key) {
      case 'j':
        return act(() => setCurrent(inList ? current + 1 : current, true));
      case 'k':
        return act(() => setCurrent(inList ? current - 1 : current, true));
      case 'ArrowDown':
        return inList ? act(() => setCurrent(current + 1, true)) : undefined;
      case 'ArrowUp':
        return inList ? act(() => setCurrent(current - 1, true)) : undefined;
      case 'o':
        return act(() => (actions.open ?? defaultOpen)(item));
      case 'Enter':
        // On a link or button Enter does what it always does; on the paper itself it opens it.
        return document.activeElement === item ? act(() => (actions.open ?? defaultOpen)(item)) : undefined;
      case 'f':
        return act(actions.favourite && (() => actions.favourite!(item)));
      case 'm':
        return act(actions.read && (() => actions.read!(item)));
      case 'n':
        return act(actions.note && (() => actions.note!(item)));
      case '?':
        return act(actions.help);
    }
  });

  setCurrent(0, false);
  return {
    /** Call after the shown items change (e.g. read papers hidden). */
    refresh: () => setCurrent(current, false),
  };
}
