/**
 * Short notices at the foot of the screen (saved failed, link copied, undo). Texts come from
 * `<template data-notice="…">` elements rendered on the page in every language, so the CSS
 * language switch applies and pages ship no dictionary for them. Also used by ../share.ts.
 */

let region: HTMLElement | undefined;

function noticeRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.className = 'notice-region';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}

export interface NoticeOptions {
  /** A button in the notice, e.g. Undo. */
  action?: { label: Node | string; run: () => void };
  /** Milliseconds before it goes away; 0 keeps it until closed. */
  timeout?: number;
  /** A notice with the same key replaces the earlier one instead of stacking. */
  key?: string;
}

/** A node for a notice rendered on the page as `<template data-notice="name">`. */
export function noticeText(name: string): Node | undefined {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-notice="${CSS.escape(name)}"]`);
  return template?.content.cloneNode(true);
}

/** The reader's-language text of a notice template, for attributes. */
export function noticeLabel(name: string): string {
  const content = document.querySelector<HTMLTemplateElement>(`template[data-notice="${CSS.escape(name)}"]`)?.content;
  const lang = document.documentElement.dataset.lang === 'zh' ? 'zh' : 'en';
  return (content?.querySelector(`[data-l="${lang}"]`) ?? content)?.textContent?.trim() ?? name;
}

/** Closers of the notices shown by key, so a notice replaces one that is not on screen yet too. */
const shownByKey = new Map<string, () => void>();

export function showNotice(message: Node | string, { action, timeout = 8000, key }: NoticeOptions = {}): () => void {
  const target = noticeRegion();
  if (key) {
    target.querySelector(`[data-notice-key="${CSS.escape(key)}"]`)?.remove();
    shownByKey.get(key)?.();
  }
  const notice = document.createElement('p');
  notice.className = 'notice';
  if (key) notice.dataset.noticeKey = key;
  const textNode = document.createElement('span');
  textNode.append(message);
  notice.append(textNode);
  const close = () => {
    clearTimeout(appending);
    notice.remove();
  };
  if (key) shownByKey.set(key, close);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'notice-action';
    button.append(action.label);
    button.addEventListener('click', () => {
      close();
      action.run();
    });
    notice.append(button);
  }
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'notice-close';
  dismiss.setAttribute('aria-label', noticeLabel('close'));
  dismiss.textContent = '×';
  dismiss.addEventListener('click', close);
  notice.append(dismiss);
  // Added a moment after the region exists, so screen readers announce it.
  const appending = setTimeout(() => target.append(notice), 30);
  if (timeout > 0) setTimeout(close, timeout);
  return close;
}
