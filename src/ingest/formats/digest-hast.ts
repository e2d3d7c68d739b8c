/** Small helpers for reading HTML fragments as data with hast (no rendering, no scripts). */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

export function parseFragment(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** Every element in document order. */
export function elements(root: Root | Element): Element[] {
  const out: Element[] = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      out.push(node);
      walk(node.children);
    }
  };
  walk(root.children);
  return out;
}

/** A property as a string, whatever hast made of it (class lists become space-joined). */
export function prop(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function hasClass(element: Element, name: string): boolean {
  const value = element.properties['className'];
  return Array.isArray(value) && value.includes(name);
}
