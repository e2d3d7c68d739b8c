/**
 * rehype plugin, after sanitizing: ids are made unique on the page, and links within a fragment to ids of that fragment (footnotes and
 * their back references, a summary's own `<a href="#x">` to its `<a id="x">`) follow the ids to
 * their prefixed names. Sanitizing prefixes every id and name from content (CONTENT_ID_PREFIX), so
 * content can neither replace `document.querySelectorAll` and friends (DOM clobbering) nor take
 * an id the page itself uses; the prefix is added once, and here the links are made to match.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** No id of the site's own markup starts with this. */
export const CONTENT_ID_PREFIX = 'user-content-';

/**
 * `file.data.contentIds`, when given, holds the ids taken by earlier fragments of the same page
 * (a paper's abstracts and sections are rendered one by one): an id taken there is renamed
 * `<id>-2`, `<id>-3`, … here, with this fragment's links, so two sections' footnotes stay apart.
 */
export function rehypeContentAnchors() {
  return (tree: Root, file: VFile) => {
    const taken = (file.data as { contentIds?: Set<string> }).contentIds ?? new Set<string>();
    /** Each id as sanitizing left it → the id it has on the page. */
    const renamed = new Map<string, string>();
    const links: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (typeof id === 'string') {
        // An id names one element: a repeat within the fragment is dropped, not renamed.
        if (renamed.has(id)) delete node.properties.id;
        else {
          let unique = id;
          for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
          taken.add(unique);
          renamed.set(id, unique);
          node.properties.id = unique;
        }
      }
      const href = node.properties.href;
      if (typeof href === 'string' && href.startsWith('#')) links.push(node);
    });
    for (const link of links) {
      const target = decodeFragment(String(link.properties.href).slice(1));
      if (target === undefined) continue;
      const to = renamed.get(target) ?? renamed.get(CONTENT_ID_PREFIX + target);
      if (to !== undefined) link.properties.href = `#${encodeURIComponent(to)}`;
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

/**
 * For one-line fragments (titles, takeaways, key points), which listings repeat on every card of a
 * page: an id there could only ever be a duplicate, so ids and names are dropped.
 */
export function rehypeDropContentIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      delete node.properties.id;
      delete node.properties.name;
    });
  };
}
