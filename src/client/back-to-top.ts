/** Shows the "back to top" link (components/BackToTop.astro) while the page's header is out of view. */
class BackToTop extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    const header = document.getElementById('top');
    if (!link || !header || !('IntersectionObserver' in window)) return;
    new IntersectionObserver(([entry]) => {
      link.hidden = entry?.isIntersecting ?? true;
    }).observe(header);
    // Focus follows the jump, so the next Tab starts at the top too.
    link.addEventListener('click', () => header.querySelector<HTMLElement>('a')?.focus({ preventScroll: true }));
  }
}

export function startBackToTop(): void {
  if (!customElements.get('back-to-top')) customElements.define('back-to-top', BackToTop);
}
