/**
 * Loaded on every page, and small: `/` or Ctrl/Cmd+K focuses the search box (or the search page's
 * own box), and the first sign of search intent loads the rest of the search code.
 */

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function startSearchShortcuts(): void {
  const box = document.querySelector<HTMLFormElement>('[data-search-box]');
  const boxInput = box?.querySelector<HTMLInputElement>('[data-search-box-input]');
  const searchInput = () => document.querySelector<HTMLInputElement>('[data-search-primary]') ?? boxInput;

  document.addEventListener('keydown', (event) => {
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!commandK && !slash) return;
    const input = searchInput();
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  if (!box || !boxInput) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./header-search').then(({ startHeaderSearch }) => startHeaderSearch(box, boxInput));
  };
  boxInput.addEventListener('focus', start, { once: true });
  box.addEventListener('pointerenter', start, { once: true });
  box.addEventListener('touchstart', start, { once: true, passive: true });
}
