/**
 * The one function every value passes through before it becomes part of a path on disk or in a
 * URL: paper ids (papers/<id>/, papers/<id>.bib, the body cache), facet slugs
 * (keywords/<slug>/), cache file names. A segment is never empty, `.` or `..`, never hidden
 * (leading dot), never ends like a file the site writes beside it (`index.html`, `<id>.bib`), has no
 * control characters, no lone surrogates, is NFC and lower case (so case-insensitive and
 * normalising file systems see the same names we do), and is at most MAX_SEGMENT_BYTES of UTF-8.
 * Whatever had to change is reported so the caller can put a diagnostic on the file; a changed
 * segment carries a hash of the whole value, so two values never share a segment by being cut
 * or cleaned alike. Imported by worker threads: relative `.ts` imports and erasable syntax only.
 */

/** Bytes of UTF-8 per segment: far below the 255 of common file systems, leaving room for `.json`, `.bib`, `%xx` escapes. */
export const MAX_SEGMENT_BYTES = 120;

/** Endings of files the site writes next to its folders: a folder named like one would collide with it. */
const RESERVED_ENDINGS = /\.(html?|xhtml|bib|json|xml|rss|atom|txt|js|mjs|css|map|webmanifest|gz|br)$/;
/** Names Windows refuses whatever the extension; a site copied there would lose these folders. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/;
/** C0 and C1 controls, DEL, and the separators no path may carry; `%` too, so a segment never looks escaped. */
// eslint-disable-next-line no-control-regex -- control characters are what this is for
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f/\\?#%\s\u2028\u2029\ufeff]+/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** What had to change in a value to make it a segment; empty when it only was folded and dashed. */
export type SegmentChange = 'control-characters' | 'invalid-unicode' | 'dots' | 'reserved-name' | 'too-long' | 'empty';

export interface PathSegment {
  segment: string;
  changes: SegmentChange[];
}

/** Bytes of one code point in UTF-8 (lone surrogates are replaced before this is asked). */
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);
const byteLength = (text: string) => {
  let total = 0;
  for (const char of text) total += utf8Length(char.codePointAt(0)!);
  return total;
};

/** FNV-1a over UTF-16 code units, 32 bit, as 8 hex digits: stable across builds and machines. */
export function segmentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The longest prefix of `text` whose UTF-8 is at most `bytes` long, never splitting a character. */
function cutToBytes(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    const size = utf8Length(char.codePointAt(0)!);
    if (used + size > bytes) break;
    used += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * `value` as one safe path segment. Ordinary cleaning (case, spaces and slashes to dashes) is not a
 * change; anything that loses more of the value is, and then a hash of the value is appended.
 */
export function toPathSegment(value: string): PathSegment {
  const changes: SegmentChange[] = [];
  let text = value.replace(LONE_SURROGATE, '\ufffd');
  if (text !== value) changes.push('invalid-unicode');
  if (CONTROL_CHARS.test(text)) changes.push('control-characters');
  text = text
    .toLowerCase()
    .normalize('NFC')
    .replace(UNSAFE_CHARS, '-')
    .replace(/^-+|-+$/g, '');
  const undotted = text.replace(/^[.-]+|[.-]+$/g, '');
  if (undotted !== text) changes.push('dots');
  text = undotted;
  if (!text) changes.push('empty');
  if (RESERVED_ENDINGS.test(text) || WINDOWS_DEVICES.test(text)) {
    changes.push('reserved-name');
    text = text.replace(/\.([a-z0-9]+)$/, '-$1');
  }
  const hash = segmentHash(value);
  if (byteLength(text) > MAX_SEGMENT_BYTES) {
    changes.push('too-long');
    text = cutToBytes(text, MAX_SEGMENT_BYTES - hash.length - 1).replace(/[.-]+$/, '');
  }
  if (changes.length === 0) return { segment: text, changes };
  return { segment: text ? `${text}-${hash}` : hash, changes };
}

/** Listings ask for the same few thousand values on every page; remembered, up to a bound. */
const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 50_000;

/** Just the segment, for URL builders; the changes are reported where the value is read (see path-check). */
export function pathSegment(value: string): string {
  let segment = remembered.get(value);
  if (segment === undefined) {
    segment = toPathSegment(value).segment;
    if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
    remembered.set(value, segment);
  }
  return segment;
}

/** What a person reads about a change, for diagnostics. */
export function describeSegmentChanges(changes: readonly SegmentChange[]): string {
  const words: Record<SegmentChange, string> = {
    'control-characters': 'it contains control characters (such as NUL)',
    'invalid-unicode': 'it contains broken Unicode (a lone surrogate)',
    dots: 'it starts or ends with dots, which file systems and web servers treat specially',
    'reserved-name': 'it ends like a file name the site writes itself (.html, .bib, .json, …) or is a name Windows reserves',
    'too-long': `it is longer than ${MAX_SEGMENT_BYTES} bytes, too long for a file name`,
    empty: 'nothing usable is left of it in a path',
  };
  return changes.map((change) => words[change]).join('; ');
}
