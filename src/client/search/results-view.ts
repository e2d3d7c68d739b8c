/**
 * Renders search hits: the title (its formulas as the site's own KaTeX HTML), the first authors, the
 * takeaway, and, when the match is in another field, that field's text, each with the matched words
 * marked; then date, categories and venue. Paper text goes in through text nodes; only a title's
 * KaTeX HTML, which the build made with its sanitized pipeline, is inserted as HTML.
 */
import { paperUrl } from '../../shared/urls';
import type { AbstractSnippet, SearchHit, SearchResponse } from './engine';
import type { FieldName } from '../../shared/search/format';
import { highlightSegments } from '../../shared/search/highlight';
import { ts } from './strings';

export interface RenderOptions {
  append?: boolean;
  compact?: boolean;
  /** Makes the favourite toggle of a hit (the search page has one per result). */
  favourite?: (hit: SearchHit, titleId: string) => HTMLElement;
  /** Called once a hit with a formula in its title is shown (to load KaTeX's stylesheet). */
  onMath?: () => void;
  /** Whether the reader has read a paper: unread results get a mark of words and a symbol. */
  isRead?: (id: string) => boolean;
  /** The words of the unread mark, in the reader's language. */
  unreadText?: () => string;
}

/** Fields whose text a result always shows. */
const SHOWN: ReadonlySet<FieldName> = new Set(['id', 'title', 'takeaway', 'authors']);

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

/** The text with matches wrapped in <mark>, built from text nodes. */
export function highlightedFragment(text: string, terms: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of highlightSegments(text, terms)) {
    if (segment.mark) fragment.append(element('mark', '', segment.text));
    else fragment.append(segment.text);
  }
  return fragment;
}

/** KaTeX HTML with the matched words of its text (outside the formulas) marked. */
function mathTitle(html: string, terms: readonly string[]): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('.katex')) texts.push(node as Text);
  }
  for (const text of texts) text.replaceWith(highlightedFragment(text.data, terms));
  return template.content;
}

function authorLine(hit: SearchHit, highlights: readonly string[]): HTMLElement {
  const line = element('p', 'search-hit-authors', highlightedFragment(hit.authors.join(', '), highlights));
  // The words a card uses (components/PaperCard.astro): "A, B, C et al. (6 authors)".
  if (hit.moreAuthors > 0) line.append(` ${ts('authors.etAl', { count: hit.authors.length + hit.moreAuthors })}`);
  return line;
}

/** The text of the best-weighted field the result does not already show, with its matches marked. */
function snippet(hit: SearchHit, highlights: readonly string[]): HTMLElement | undefined {
  const field = hit.fields.find((name) => !SHOWN.has(name));
  if (!field || hit.fields.some((name) => name === 'title' || name === 'takeaway')) return undefined;
  const texts: Partial<Record<FieldName, string[]>> = { keywords: hit.keywords, categories: hit.categories, venue: [hit.venue] };
  const values = texts[field]?.filter(Boolean);
  const label = ts('search.snippetIn', { field: ts(`search.field.${field}`) });
  const line = element('p', 'search-hit-snippet', element('span', 'search-hit-where', label), ' ');
  if (!values?.length) {
    line.firstChild!.textContent = ts('search.foundIn', { fields: ts(`search.field.${field}`) });
    // A match only in an abstract: its snippet is fetched after the results are shown (fillSnippets).
    if (field === 'abstractZh' || field === 'abstractEn') line.dataset.abstractDoc = String(hit.doc);
    return line;
  }
  values.forEach((value, i) => {
    if (i) line.append(' · ');
    line.append(highlightedFragment(value, highlights));
  });
  return line;
}

export function renderHit(hit: SearchHit, highlights: readonly string[], options: RenderOptions = {}): HTMLLIElement {
  const { compact = false } = options;
  const titleId = `hit-${compact ? 'box-' : ''}${hit.id}`;
  const link = element(
    'a',
    'search-hit-link',
    hit.titleHtml ? mathTitle(hit.titleHtml, highlights) : highlightedFragment(hit.title, highlights),
  );
  link.href = paperUrl(hit.id);
  if (hit.titleHtml) {
    link.setAttribute('aria-label', hit.title);
    options.onMath?.();
  }
  // Under the page's h1 a result is a section of its own (h2); in the header box it sits under no heading of the page.
  const heading = element(compact ? 'h3' : 'h2', 'search-hit-title', link);
  heading.id = titleId;
  const item = element('li', 'search-hit', heading);
  item.dataset.paperId = hit.id;
  if (hit.authors.length && (!compact || hit.fields.includes('authors'))) item.append(authorLine(hit, highlights));
  if (hit.takeaway && !compact) {
    const takeaway = element('p', 'search-hit-takeaway', highlightedFragment(hit.takeaway, highlights));
    takeaway.lang = 'zh-Hans';
    item.append(takeaway);
  }
  const elsewhere = compact ? undefined : snippet(hit, highlights);
  if (elsewhere) item.append(elsewhere);
  const meta = element('p', 'search-hit-meta');
  if (hit.published) {
    const time = element('time', '', hit.published);
    time.dateTime = hit.published;
    meta.append(time);
  }
  if (hit.categories.length) meta.append(element('span', 'search-hit-categories', hit.categories.join(' · ')));
  if (hit.venue && !compact) meta.append(element('span', 'search-hit-venue', highlightedFragment(hit.venue, highlights)));
  if (options.favourite) meta.append(options.favourite(hit, titleId));
  item.append(meta);
  if (options.isRead) markReadState(item, options.isRead(hit.id), options.unreadText?.() ?? '');
  return item;
}

/** Marks a result read or unread: unread ones carry "● Unread" after the title (words, not colour alone). */
export function markReadState(item: HTMLElement, read: boolean, unreadText: string): void {
  item.toggleAttribute('data-read', read);
  const meta = item.querySelector('.search-hit-meta')!;
  let mark = meta.querySelector<HTMLElement>('.search-hit-unread');
  if (read) mark?.remove();
  else {
    mark ??= meta.insertBefore(element('span', 'search-hit-unread'), meta.firstChild);
    mark.textContent = `● ${unreadText}`;
  }
}

/** Papers in the list whose match is only in an abstract, waiting for their snippet. */
export function abstractOnlyDocs(list: HTMLElement): number[] {
  return [...list.querySelectorAll<HTMLElement>('[data-abstract-doc]')].map((line) => Number(line.dataset.abstractDoc));
}

/** Puts each snippet, its matches marked, in place of its result's "Found in" line. */
export function fillSnippets(list: HTMLElement, snippets: readonly AbstractSnippet[], highlights: readonly string[]): void {
  for (const { doc, field, text } of snippets) {
    const line = list.querySelector<HTMLElement>(`[data-abstract-doc="${doc}"]`);
    if (!line) continue;
    const label = element('span', 'search-hit-where', ts('search.snippetIn', { field: ts(`search.field.${field}`) }));
    const body = element('span', '', highlightedFragment(text, highlights));
    if (field === 'abstractZh') body.lang = 'zh-Hans';
    line.replaceChildren(label, ' ', body);
    line.removeAttribute('data-abstract-doc');
  }
}

/** Replaces (or, with `append`, extends) the list's items with the response's hits, in one DOM change. */
export function renderHits(list: HTMLElement, response: SearchResponse, options: RenderOptions = {}): void {
  const fragment = document.createDocumentFragment();
  for (const hit of response.hits) fragment.append(renderHit(hit, response.highlights, options));
  if (options.append) list.append(fragment);
  else list.replaceChildren(fragment);
}
