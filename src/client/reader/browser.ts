/** The page's one reader store, on localStorage when the browser allows it, kept in step with other tabs. */
import { STORAGE_KEYS } from '../../shared/storage-keys';
import { createReaderStore, type ReaderStore } from './store';
import { browserStorage } from '../safe-storage';
import { followOtherTabs } from '../safe-store';
import { noticeText, showNotice } from '../favourites/notice';

let store: ReaderStore | undefined;

export function reader(): ReaderStore {
  if (store) return store;
  const created = createReaderStore({
    key: STORAGE_KEYS.reader,
    engine: browserStorage(),
    onSaveProblem: (problem) => {
      const message = noticeText(`reader-save-${problem}`);
      if (message) showNotice(message, { key: 'save-problem', timeout: 12_000 });
    },
  });
  followOtherTabs(created);
  store = created;
  return created;
}
