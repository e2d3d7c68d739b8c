/** The search feature's UI strings in the browser: only its own dictionaries are shipped. */
import { makeTranslator } from '../translate';
import en from '../../i18n/en/search.json';
import zh from '../../i18n/zh/search.json';

export const ts = makeTranslator({ en, zh });

/** "{count} papers found", in the reader's language, with or without the query. */
export function countText(count: number, query: string): string {
  if (query) return count === 1 ? ts('search.countOneFor', { query }) : ts('search.countFor', { count, query });
  return count === 1 ? ts('search.countOne') : ts('search.count', { count });
}
