/**
 * The navigation menu on phones (components/SiteHeader.astro): a disclosure button that folds the
 * links away until asked for. Escape closes an open menu and gives focus back to its button.
 */
class SiteMenu extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) throw new Error('site-menu: missing its button');
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      this.toggleAttribute('data-open', open);
    };
    set(false);
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        set(false);
        button.focus();
      }
    });
  }
}

export function startSiteMenu(): void {
  if (!customElements.get('site-menu')) customElements.define('site-menu', SiteMenu);
}
