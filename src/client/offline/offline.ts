/**
 * <offline-copies> on the favourites page (components/OfflineSection.astro): keeps the favourites
 * page, the site's frame and every favourited paper readable without a connection, on the reader's
 * request only, and shows how much is kept. Once asked, each visit here brings the copies in line
 * with the favourites (new ones kept, removed ones dropped). The service worker is registered here
 * and nowhere else, so other pages load nothing for it.
 */
import { readItem, writeItem } from '../safe-storage';
import { STORAGE_KEYS } from '../../shared/storage-keys';
import { favourites } from '../favourites/browser';
import { onLangChange } from '../i18n';
import { define, part } from '../parts';
import { rt } from '../reader/strings';

interface Status {
  failed: number;
  pages: number;
  bytes: number;
}

/** "1.2 MB" / "340 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

async function ask(message: object): Promise<Status | undefined> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return undefined;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data as Status);
    worker.postMessage(message, [channel.port2]);
  });
}

class OfflineCopies extends HTMLElement {
  connectedCallback(): void {
    const keepButton = part<HTMLButtonElement>(this, 'keep');
    const dropButton = part<HTMLButtonElement>(this, 'drop');
    const status = part(this, 'status');
    const base = this.dataset.base ?? '/';
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      status.textContent = rt('offline.unsupported');
      keepButton.disabled = true;
      dropButton.hidden = true;
      return;
    }
    const store = favourites();
    let last: Status | undefined;
    const pages = () => [base, `${base}favourites/`, `${base}favourites/ids.json`, ...store.state.items.map((item) => item.url)];
    const show = (result: Status | undefined) => {
      last = result;
      const kept = readItem(STORAGE_KEYS.offline) === '1';
      dropButton.hidden = !kept;
      keepButton.replaceChildren(rt(kept ? 'offline.refresh' : 'offline.keep'));
      if (!result) status.textContent = kept ? '' : rt('offline.none');
      else if (result.failed !== 0) status.textContent = rt('offline.failed');
      else if (result.pages === 0) status.textContent = rt('offline.none');
      else status.textContent = rt('offline.kept', { count: result.pages, size: formatBytes(result.bytes) });
      this.toggleAttribute('data-kept', kept && Boolean(result?.pages));
    };
    const register = () => navigator.serviceWorker.register(this.dataset.worker ?? `${base}sw.js`, { scope: base, updateViaCache: 'none' });

    const sync = async (refresh: boolean) => {
      keepButton.disabled = true;
      status.textContent = rt('offline.working');
      try {
        await register();
        show(await ask({ type: 'keep', pages: pages(), refresh }));
      } catch {
        show({ failed: 1, pages: 0, bytes: 0 });
      } finally {
        keepButton.disabled = false;
      }
    };
    keepButton.addEventListener('click', () => {
      writeItem(STORAGE_KEYS.offline, '1');
      void sync(true);
    });
    dropButton.addEventListener('click', async () => {
      writeItem(STORAGE_KEYS.offline, undefined);
      const result = await ask({ type: 'drop' }).catch(() => undefined);
      const registration = await navigator.serviceWorker.getRegistration(base);
      await registration?.unregister();
      show(result ?? { failed: 0, pages: 0, bytes: 0 });
    });
    onLangChange(() => show(last));
    show(undefined);
    if (readItem(STORAGE_KEYS.offline) === '1') {
      // Bring the copies in line with the favourites, now and when they change (online only).
      void sync(false);
      let timer: ReturnType<typeof setTimeout> | undefined;
      store.subscribe(() => {
        clearTimeout(timer);
        timer = setTimeout(() => navigator.onLine && void sync(false), 800);
      });
    }
  }
}

define('offline-copies', OfflineCopies);
