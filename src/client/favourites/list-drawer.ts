/**
 * Draws a long list of entries without holding the page: an entry whose content is unchanged keeps
 * its element (so a redraw after a change costs little and keeps focus where it was), and new
 * elements are made a slice per frame, within a few milliseconds each, so an import of thousands of
 * favourites never blocks input while they appear. An entry remade while it holds the focus (a key
 * marked it read) hands the focus to its new element, so a keyboard reader keeps their place.
 */

export interface ListDrawerOptions<T> {
  id: (item: T) => string;
  /** Everything the entry's element shows; a different signature makes a new element. */
  signature: (item: T) => string;
  create: (item: T) => HTMLElement;
  /** Brings a kept element up to date with state that is cheap to set (a checkbox). */
  update?: (item: T, element: HTMLElement) => void;
  /** Called when every entry is in the list (after each draw). */
  drawn?: () => void;
  /** Time spent making elements before the rest waits for the next frame. */
  budgetMs?: number;
}

export interface ListDrawer<T> {
  draw(items: readonly T[]): void;
  /** Forgets every element, so the next draw makes them all again (the language changed). */
  forget(): void;
}

export function listDrawer<T>(list: HTMLElement, options: ListDrawerOptions<T>): ListDrawer<T> {
  const { id, signature, create, update, drawn, budgetMs = 8 } = options;
  let kept = new Map<string, { signature: string; element: HTMLElement }>();
  let drawing = 0;
  /** The entry whose old element had the focus, and the part of it that had it. */
  let refocus: { key: string; part: string | undefined } | undefined;

  function handFocusOn(): void {
    if (!refocus) return;
    const { key, part } = refocus;
    refocus = undefined;
    const element = kept.get(key)?.element;
    if (!element?.isConnected || element.contains(document.activeElement)) return;
    const target = part ? element.querySelector<HTMLElement>(`[data-part="${part}"]`) : element;
    (target ?? element).focus();
  }

  function draw(items: readonly T[]): void {
    const pass = ++drawing;
    const wanted = new Set(items.map(id));
    for (const key of kept.keys()) if (!wanted.has(key)) kept.delete(key);
    let at = 0;
    const step = () => {
      if (pass !== drawing) return;
      const deadline = performance.now() + budgetMs;
      let made = 0;
      for (; at < items.length; at++) {
        const item = items[at]!;
        const key = id(item);
        const text = signature(item);
        let entry = kept.get(key);
        if (!entry || entry.signature !== text) {
          // At least one per slice, so the list grows however slow the machine.
          if (made > 0 && performance.now() > deadline) break;
          made++;
          const focused = document.activeElement;
          if (entry && focused instanceof HTMLElement && entry.element.contains(focused))
            refocus = { key, part: focused === entry.element ? undefined : focused.dataset.part };
          entry = { signature: text, element: create(item) };
          kept.set(key, entry);
        }
        update?.(item, entry.element);
        // Move only what is out of place, so an element with focus stays in the document.
        const here = list.children[at];
        if (here !== entry.element) list.insertBefore(entry.element, here ?? null);
      }
      // What follows the drawn part is either gone or drawn again in order by a later slice.
      while (list.children.length > at) list.lastElementChild!.remove();
      if (at < items.length) requestAnimationFrame(step);
      else {
        drawn?.();
        handFocusOn();
      }
    };
    step();
  }

  return {
    draw,
    forget: () => {
      kept = new Map();
    },
  };
}
