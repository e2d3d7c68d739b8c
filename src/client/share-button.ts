/**
 * <share-button> (components/ShareButton.astro): shows its button and, on a press, shares or copies
 * the paper's link and says what happened in its status line. Section headings' "#" anchors copy
 * their link too. The share code (./share.ts) loads on the first press: most readers never share,
 * and a paper page's script budget is small. The press's user activation outlasts loading a small
 * same-site module.
 */
import { define, part } from './parts';

const share = () => import('./share');

class ShareButton extends HTMLElement {
  connectedCallback(): void {
    const button = part<HTMLButtonElement>(this, 'button');
    const status = part(this, 'status');
    button.hidden = false;
    button.addEventListener('click', () => void share().then((module) => module.shareFrom(button, status)));
  }
}

define('share-button', ShareButton);

// The anchors follow their link as before, and copy it.
for (const anchor of document.querySelectorAll<HTMLAnchorElement>('main a.anchor')) {
  anchor.addEventListener('click', () => void share().then((module) => module.copyAnchor(anchor)));
}
