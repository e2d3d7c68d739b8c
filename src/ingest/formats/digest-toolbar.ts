/**
 * Reads where a digest says which arXiv paper it is: the HTML toolbar (links, favourite button)
 * or the Markdown `**arXiv**: [IDvN](…) | [PDF](…)` line.
 * The favourite button's `onclick="toggleFavorite(this, 'id', 'Title')"` also carries the title,
 * HTML-escaped and then JS-escaped (`\'`), so both layers are undone.
 */
import { decodeHTML } from 'entities';
import { toText } from 'hast-util-to-text';
import { elements, hasClass, parseFragment, prop } from './digest-hast.ts';
import { parsePaperId } from '../../shared/paper-id.ts';

export interface ArxivRef {
  /** Id without version, e.g. "2512.14230". */
  id: string;
  version?: number;
}

export interface ToolbarData {
  refs: ArxivRef[];
  title?: string;
  /** Toolbar split into toolbar-left / toolbar-right with a copyLink() share button. */
  split: boolean;
}

// New-style (YYMM.NNNNN) and old-style (archive[.SC]/YYMMNNN) ids, with an optional version.
const ARXIV_ID = /\b(?:\d{4}\.\d{4,5}|[a-z][a-z-]*[a-z](?:\.[A-Za-z]{2})?\/\d{7})(?:v\d+)?(?![\d])/i;

export function readArxivRef(text: string): ArxivRef | null {
  const m = ARXIV_ID.exec(text);
  const parsed = m ? parsePaperId(m[0]) : undefined;
  if (!parsed || (parsed.kind !== 'arxiv' && parsed.kind !== 'arxiv-old')) return null;
  return parsed.version ? { id: parsed.id, version: parsed.version } : { id: parsed.id };
}

export function readToolbar(html: string): ToolbarData {
  const root = parseFragment(html);
  const refs: ArxivRef[] = [];
  const push = (ref: ArxivRef | null): void => {
    if (ref) refs.push(ref);
  };
  let title: string | undefined;
  let split = false;
  for (const el of elements(root)) {
    if (hasClass(el, 'toolbar-left') || hasClass(el, 'toolbar-right')) split = true;
    const onclick = prop(el, 'onClick') ?? '';
    if (/\bcopyLink\s*\(/.test(onclick)) split = true;
    if (el.tagName === 'a' && /arxiv\.org\/abs\//.test(prop(el, 'href') ?? '')) {
      // The link text names the version ("arXiv: 2512.14230v1"); the href usually does not.
      push(readArxivRef(toText(el)));
      push(readArxivRef(prop(el, 'href') ?? ''));
    }
    const dataId = prop(el, 'dataArxivId');
    if (dataId) push(readArxivRef(dataId));
    const favourite = /toggleFavorite\s*\(([\s\S]*)\)/.exec(onclick);
    if (favourite?.[1]) {
      const args = jsStringArgs(favourite[1]);
      if (args[0]) push(readArxivRef(args[0]));
      if (args[1]?.trim()) title = decodeHTML(args[1]).trim();
    }
  }
  return { refs, split, ...(title ? { title } : {}) };
}

/** The single-quoted or double-quoted string literals in a JS argument list, unescaped. */
function jsStringArgs(source: string): string[] {
  const out: string[] = [];
  const literal = /'((?:[^'\\]|\\[\s\S])*)'|"((?:[^"\\]|\\[\s\S])*)"/g;
  let m: RegExpExecArray | null;
  while ((m = literal.exec(source))) out.push(unescapeJs(m[1] ?? m[2] ?? ''));
  return out;
}

function unescapeJs(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_m, esc: string) => {
    if (esc.startsWith('u{')) return String.fromCodePoint(parseInt(esc.slice(2, -1), 16));
    if (esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    // Inside a title a backslash before a letter is LaTeX (`$\beta$`), not a JS escape: keep it.
    return /[A-Za-z0-9]/.test(esc) ? `\\${esc}` : esc;
  });
}

/** `**arXiv**: [2510.12169v1](https://arxiv.org/abs/2510.12169) | [PDF](…)` → the paper it names. */
export function readArxivLineValue(value: string): ArxivRef | null {
  const link = /\[([^\]]*)\]\(([^)\s]*)\)/.exec(value);
  const fromText = readArxivRef(link?.[1] ?? value);
  const fromUrl = link?.[2] ? readArxivRef(link[2]) : null;
  if (fromText && fromUrl && fromText.id === fromUrl.id) return { ...fromUrl, ...fromText };
  return fromText ?? fromUrl;
}
