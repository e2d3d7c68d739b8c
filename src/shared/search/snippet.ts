/**
 * A short window of a long text (an abstract) around its first match, for a result whose query
 * matched only there: the page marks the matches in it as in any other field (highlight.ts).
 */
import { highlightSegments } from './highlight';

/** About `chars` characters of `text` starting a little before the first match, cut at spaces, with "…" where text was left out; "" without a match. */
export function snippetWindow(text: string, terms: readonly string[], chars = 160): string {
  let at = -1;
  let offset = 0;
  for (const segment of highlightSegments(text, terms)) {
    if (segment.mark) {
      at = offset;
      break;
    }
    offset += segment.text.length;
  }
  if (at < 0) return '';
  const lead = Math.floor(chars / 4);
  let start = Math.max(0, at - lead);
  // Start at a word when the text has spaces (English); Chinese has none to wait for.
  const space = text.lastIndexOf(' ', start);
  if (start > 0 && space >= 0 && at - space <= lead * 2) start = space + 1;
  let end = Math.min(text.length, start + chars);
  const after = text.indexOf(' ', end);
  if (end < text.length && after >= 0 && after - end <= 20) end = after;
  const body = text.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
