/**
 * <paper-reading> on a paper page (components/PaperReading.astro): the paper counts as read after
 * a few seconds of the page being visible; the reader can mark it read or unread and keep a note.
 * The store and the controls (./paper-controls.ts) load when they are first needed: at those few
 * seconds, or as soon as the reader reaches for the block (pointer, touch, focus, or a #note link),
 * so a paper page stays within its script budget before the reader does anything.
 */
import { define, part } from '../parts';

/** How long a page must be visible before its paper counts as read. */
export const READ_AFTER_MS = 4000;

class PaperReading extends HTMLElement {
  connectedCallback(): void {
    const id = this.dataset.id;
    if (!id) return;
    // The note's summary is there at once (it is what a keyboard reaches); the read state comes with the store.
    part(this, 'note').hidden = false;
    let controls: Promise<{ markRead: () => void }> | undefined;
    const start = () => (controls ??= import('./paper-controls').then(({ startPaperReading }) => startPaperReading(this, id)));
    for (const type of ['pointerenter', 'touchstart', 'focusin'] as const)
      this.addEventListener(type, () => void start(), { once: true, passive: true });
    if (window.location.hash === '#note') void start();

    let timer: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'visible') timer = setTimeout(() => void start().then((c) => c.markRead()), READ_AFTER_MS);
    };
    document.addEventListener('visibilitychange', watch);
    watch();
  }
}

define('paper-reading', PaperReading);
