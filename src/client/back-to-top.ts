/**
 * <back-to-top> (components/BackToTop.astro): shows its link while the place it leads to (the page's
 * header, `#top`) is out of view.
 */
import { define, part } from './parts';

class BackToTop extends HTMLElement {
  connectedCallback(): void {
    const link = part<HTMLAnchorElement>(this, 'link');
    const target = document.getElementById(link.hash.slice(1));
    if (!target) throw new Error(`<back-to-top> leads to ${link.hash}, which is not on the page`);
    if (!('IntersectionObserver' in window)) return;
    new IntersectionObserver(([entry]) => {
      link.hidden = entry?.isIntersecting ?? true;
    }).observe(target);
    // Focus follows the jump, so the next Tab starts at the top too.
    link.addEventListener('click', () => target.querySelector<HTMLElement>('a')?.focus({ preventScroll: true }));
  }
}

define('back-to-top', BackToTop);
