/** The favourites page's strings in the reader's language (only that page ships this dictionary). */
import enMain from '../../i18n/en/favourites.json';
import enImport from '../../i18n/en/favourites-import.json';
import zhMain from '../../i18n/zh/favourites.json';
import zhImport from '../../i18n/zh/favourites-import.json';
import { makeTranslator } from '../translate';

const en = { ...enMain, ...enImport };
export type FavouritesKey = keyof typeof en;
export const t = makeTranslator({ en, zh: { ...zhMain, ...zhImport } });
