/**
 * What a feed says about a paper: a plain-text title (math made readable) and a description made
 * of the same sanitized HTML the paper's page shows (takeaway, both abstracts), with links made
 * absolute and KaTeX's visual markup left out (feed readers have no KaTeX stylesheet; the MathML
 * beside it renders there). Every string is cut to what XML 1.0 allows: a control character from
 * a YAML escape would make the whole feed unreadable.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { plainTitle } from '../shared/plain-title';

// Tab, newline and carriage return are the only controls XML 1.0 allows; surrogates only in pairs; never FFFE/FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 forbids (C0 controls but tab/newline/return, lone surrogates, U+FFFE/F). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

export function feedTitle(title: string): string {
  return xmlSafe(plainTitle(title));
}

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

function classes(node: Element): string[] {
  const value: unknown = node.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Drops KaTeX's HTML rendering (the MathML stays) and resolves every href and src against `site`. */
function prepare(parent: Root | Element, site: URL): void {
  parent.children = parent.children.filter((node) => !(isElement(node) && classes(node).includes('katex-html'))) as typeof parent.children;
  for (const node of parent.children) {
    if (!isElement(node)) continue;
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name];
      if (typeof value !== 'string') continue;
      try {
        node.properties[name] = new URL(value, site).href;
      } catch {
        delete node.properties[name];
      }
    }
    prepare(node, site);
  }
}

/** Page HTML (already sanitized by the Markdown pipeline) as feed HTML. */
export function feedHtml(html: string, site: URL): string {
  const tree = fromHtml(xmlSafe(html), { fragment: true });
  prepare(tree, site);
  return xmlSafe(toHtml(tree));
}

export interface FeedSections {
  takeaway?: string | undefined;
  abstractZh?: string | undefined;
  abstractEn?: string | undefined;
}

export interface FeedLabels {
  takeaway: string;
  abstractZh: string;
  abstractEn: string;
}

/** The description of a feed item: each section present under its heading, in the page's order. */
export function feedDescription(sections: FeedSections, labels: FeedLabels, site: URL): string {
  const parts: string[] = [];
  const add = (label: string, html: string | undefined, lang: string) => {
    if (html?.trim()) parts.push(`<h3>${label}</h3><div lang="${lang}">${feedHtml(html, site)}</div>`);
  };
  add(labels.takeaway, sections.takeaway, 'zh-Hans');
  add(labels.abstractZh, sections.abstractZh, 'zh-Hans');
  add(labels.abstractEn, sections.abstractEn, 'en');
  return parts.join('\n');
}
