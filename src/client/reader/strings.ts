/** The reader features' strings in the reader's language, for the scripts that write text (listings, favourites). */
import en from '../../i18n/en/reader.json';
import zh from '../../i18n/zh/reader.json';
import { currentLang } from '../i18n';
import { makeTranslator } from '../translate';

export type ReaderKey = keyof typeof en;
export const rt = makeTranslator({ en, zh });

/** "Tuesday" within the last week, else "4 Mar" (周二 / 3月4日): how "new since …" names a day. */
export function dayName(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const locale = currentLang() === 'zh' ? 'zh-Hans' : 'en';
  const recent = now.getTime() - date.getTime() < 6 * 24 * 3600_000;
  return new Intl.DateTimeFormat(locale, recent ? { weekday: 'long' } : { month: 'short', day: 'numeric' }).format(date);
}
