/** The favourites page's strings in the reader's language (only that page ships this dictionary). */
import en from '../../i18n/en/favourites.json';
import zh from '../../i18n/zh/favourites.json';
import { makeTranslator } from '../i18n';

export type FavouritesKey = keyof typeof en;
export const t = makeTranslator({ en, zh });
