/**
 * Sharing links: the system share sheet (Web Share API) where the browser has one, otherwise the
 * link is copied (Clipboard API, then the older execCommand) and the reader sees that it was; if
 * both fail, the link is shown selected for copying by hand. Section anchors copy their link too.
 */
import { noticeText, showNotice } from './favourites/notice';

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    // The deprecated path is the point: it is the fallback where the Clipboard API is refused.
    return (document as { execCommand(command: string): boolean }).execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text);
  }
}

/** Shares or copies `url` (resolved against the page, so it works under any base path). */
export async function shareLink(title: string, url: string): Promise<ShareOutcome> {
  const absolute = new URL(url, window.location.href).href;
  const data = { title, url: absolute };
  if (typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data))) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Not allowed here (e.g. no user activation): copying still helps.
    }
  }
  return (await copyText(absolute)) ? 'copied' : 'failed';
}

/** Shows the outcome in `status` (a role="status" element): "Link copied", or the link to copy by hand. */
export function reportShare(status: HTMLElement, outcome: ShareOutcome, url: string): void {
  status.replaceChildren();
  if (outcome === 'copied') {
    status.append(noticeText('share-copied') ?? '✓');
    setTimeout(() => status.replaceChildren(), 4000);
  } else if (outcome === 'failed') {
    const input = document.createElement('input');
    input.readOnly = true;
    input.value = new URL(url, window.location.href).href;
    input.className = 'share-manual';
    status.append(noticeText('share-copy-failed') ?? '', ' ', input);
    input.focus();
    input.select();
  }
}

/**
 * A share button was pressed (components/ShareButton.astro loads this module on the first press);
 * `status` is the button's own status line.
 */
export async function shareFrom(button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  const url = button.dataset.shareUrl ?? '';
  reportShare(status, await shareLink(button.dataset.shareTitle ?? document.title, url), url);
}

/** A section heading's "#" anchor was followed: copy its link too. */
export async function copyAnchor(anchor: HTMLAnchorElement): Promise<void> {
  if (await copyText(anchor.href)) showNotice(noticeText('share-copied') ?? '✓', { key: 'share', timeout: 3000 });
}
