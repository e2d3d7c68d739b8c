/** Every localStorage key the site uses, in one place. Versioned so a new shape can migrate. */
export const STORAGE_KEYS = {
  /** The reader's interface language: "en" | "zh". */
  language: 'papershelf:lang',
  /** The reader's colour theme: "light" | "dark"; absent = follow the system. */
  theme: 'papershelf:theme',
  /** How listings show papers: "compact" | "full"; absent = full (client/listing-view.ts). */
  listingView: 'papershelf:listing-view',
  /** The favourites store (owned by client/favourites). */
  favourites: 'papershelf:favourites:v1',
  /** Read marks, notes and the last visit (owned by client/reader). */
  reader: 'papershelf:reader:v1',
  /** Whether listings hide papers already read: "1" or absent. */
  hideRead: 'papershelf:hide-read',
  /** Whether the reader asked to keep favourites readable offline: "1" or absent (client/offline). */
  offline: 'papershelf:offline:v1',
} as const;
