/**
 * Renders search hits as a list of links: title and takeaway with matches marked, date, categories,
 * the first authors, and where the match was when the visible text does not show it. Text only,
 * through text nodes: paper text is never inserted as HTML.
 */
import { paperUrl } from '../lib/urls';
import type { SearchHit, SearchResponse } from './engine';
import type { FieldName } from './format';
import { highlightedFragment } from './highlight';
import { ts } from './strings';

/** Fields a result shows itself; a match elsewhere is named under the result. */
const SHOWN: ReadonlySet<FieldName> = new Set(['title', 'takeaway']);

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

export function renderHit(hit: SearchHit, highlights: readonly string[], compact = false): HTMLLIElement {
  const link = element('a', 'search-hit-link', highlightedFragment(hit.title, highlights));
  link.href = paperUrl(hit.id);
  const item = element('li', 'search-hit', element('h2', 'search-hit-title', link));
  if (hit.takeaway) {
    const takeaway = element('p', 'search-hit-takeaway', highlightedFragment(hit.takeaway, highlights));
    takeaway.lang = 'zh-Hans';
    item.append(takeaway);
  }
  const meta = element('p', 'search-hit-meta');
  if (hit.published) {
    const time = element('time', '', hit.published);
    time.dateTime = hit.published;
    meta.append(time);
  }
  if (hit.categories.length) meta.append(element('span', 'search-hit-categories', hit.categories.join(' · ')));
  if (hit.authors && (!compact || hit.fields.includes('authors')))
    meta.append(element('span', 'search-hit-authors', highlightedFragment(hit.authors, highlights)));
  item.append(meta);
  const elsewhere = hit.fields.filter((field) => !SHOWN.has(field));
  if (!compact && elsewhere.length && !hit.fields.some((field) => SHOWN.has(field))) {
    const fields = elsewhere.map((field) => ts(`search.field.${field}`)).join(', ');
    item.append(element('p', 'search-hit-where', ts('search.foundIn', { fields })));
  }
  if (!compact && hit.keywords.length && hit.fields.includes('keywords')) {
    const keywords = element('p', 'search-hit-keywords');
    hit.keywords.forEach((keyword, i) => {
      if (i) keywords.append(' · ');
      keywords.append(highlightedFragment(keyword, highlights));
    });
    item.append(keywords);
  }
  return item;
}

/** Replaces (or, with `append`, extends) the list's items with the response's hits. */
export function renderHits(list: HTMLElement, response: SearchResponse, options: { append?: boolean; compact?: boolean } = {}): void {
  const items = response.hits.map((hit) => renderHit(hit, response.highlights, options.compact));
  if (options.append) list.append(...items);
  else list.replaceChildren(...items);
}
