/**
 * Reads the digest's figure gallery (`<figure class="paper-figure"><img …><figcaption>…`) and
 * Markdown images as data. Only http(s) images and site-root paths (`/figures/x.png`, served from
 * the site's own public folder) are kept: anything else (`javascript:`, `data:`, paths relative to
 * a page URL that the site does not reproduce) would not load or should not.
 * Generated alt texts like "fig_0" say nothing, so they give way to the caption or "Figure N".
 */
import { toText } from 'hast-util-to-text';
import type { Figure } from '../schema.ts';
import { elements, parseFragment, prop } from './digest-hast.ts';

export interface FigureReading {
  figures: Figure[];
  /** Image sources that were dropped, with their 1-based line within the source read. */
  rejected: { src: string; line: number }[];
}

const LOADABLE = /^(?:https?:\/\/\S+|\/(?!\/)\S*)$/i;
const GENERATED_ALT = /^(?:fig|figure|image|img)[_\s-]?\d+$/i;

export function readFigureHtml(html: string, startIndex = 0): FigureReading {
  const out: FigureReading = { figures: [], rejected: [] };
  const root = parseFragment(html);
  for (const el of elements(root)) {
    if (el.tagName !== 'img') continue;
    const figure = elements(root).find((f) => f.tagName === 'figure' && elements(f).includes(el));
    const caption = figure && elements(figure).find((c) => c.tagName === 'figcaption');
    const line = el.position?.start.line ?? 1;
    add(out, line, prop(el, 'src'), prop(el, 'alt'), caption ? toText(caption).trim() : undefined, startIndex);
  }
  return out;
}

/** `![alt](src "title")` images in Markdown. */
export function readMarkdownImages(markdown: string, startIndex = 0): FigureReading {
  const out: FigureReading = { figures: [], rejected: [] };
  for (const m of markdown.matchAll(/!\[([^\]]*)\]\(\s*<?([^\s)>]+)>?(?:\s+"([^"]*)")?\s*\)/g)) {
    const line = markdown.slice(0, m.index).split('\n').length;
    add(out, line, m[2], m[1], m[3], startIndex);
  }
  return out;
}

function add(
  out: FigureReading,
  line: number,
  src: string | undefined,
  alt: string | undefined,
  caption: string | undefined,
  startIndex: number,
): void {
  const url = src?.trim() ?? '';
  if (!LOADABLE.test(url)) {
    out.rejected.push({ src: url, line });
    return;
  }
  const number = startIndex + out.figures.length + 1;
  const altText = alt?.trim() && !GENERATED_ALT.test(alt.trim()) ? alt.trim() : caption || `Figure ${number}`;
  out.figures.push({ src: url, alt: altText, ...(caption ? { caption } : {}) });
}
