/**
 * rehype plugin, after sanitizing: ids repeated within a fragment are dropped, and links within a fragment to ids of that fragment (footnotes and
 * their back references, a summary's own `<a href="#x">` to its `<a id="x">`) follow the ids to
 * their prefixed names. Sanitizing prefixes every id and name from content (CONTENT_ID_PREFIX), so
 * content can neither replace `document.querySelectorAll` and friends (DOM clobbering) nor take
 * an id the page itself uses; the prefix is added once, and here the links are made to match.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** No id of the site's own markup starts with this. */
export const CONTENT_ID_PREFIX = 'user-content-';

export function rehypeContentAnchors() {
  return (tree: Root) => {
    const ids = new Set<string>();
    const links: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      // An id names one element: a repeat would make links and labels ambiguous, so it is dropped.
      if (typeof id === 'string') {
        if (ids.has(id)) delete node.properties.id;
        else ids.add(id);
      }
      const href = node.properties.href;
      if (typeof href === 'string' && href.startsWith('#')) links.push(node);
    });
    for (const link of links) {
      const target = decodeFragment(String(link.properties.href).slice(1));
      // Already pointing at an id of this fragment (every such id carries the prefix by now).
      if (target === undefined || ids.has(target)) continue;
      const prefixed = CONTENT_ID_PREFIX + target;
      if (ids.has(prefixed)) link.properties.href = `#${encodeURIComponent(prefixed)}`;
    }
  };
}

function decodeFragment(fragment: string): string | undefined {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
}
