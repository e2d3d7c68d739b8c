/**
 * rehype plugin: prefixes root-relative `href`/`src` in paper content with the site's base path,
 * so `/sample-figures/a.svg` still resolves when the site is served under `/shelf/`.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { underBase } from '../shared/paths.ts';

export interface BaseUrlOptions {
  /** Base path with leading and trailing slash, e.g. "/shelf/". */
  base: string;
}

export function rehypeBaseUrls(options: BaseUrlOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string') node.properties[attribute] = underBase(value, options.base);
      }
    });
  };
}
