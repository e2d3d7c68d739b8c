/**
 * Renders a Markdown fragment of a paper to safe HTML with server-side KaTeX.
 * One frozen processor is reused for every call: building it is the expensive part.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toText } from 'hast-util-to-text';
import type { Nodes } from 'hast';
import { unified, type Processor } from 'unified';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from './options.ts';
import { rehypeBaseUrls } from './base-urls.ts';
import { rehypeDropContentIds } from './content-anchors.ts';

export interface MathError {
  /** KaTeX's own reason, e.g. "Undefined control sequence: \\myalgo". */
  reason: string;
  /** The formula's source as written in the fragment, without its `$` delimiters. */
  formula: string;
}

export interface RenderedFragment {
  html: string;
  /** Formulas KaTeX could not render; they show as marked source, never break the page. */
  mathErrors: MathError[];
  /** What KaTeX printed while rendering (e.g. "No character metrics for 'ε'"), kept instead of going to stderr. */
  mathWarnings: string[];
  /** Set when the Markdown could not be rendered at all (e.g. nesting deeper than the stack); the text is then shown escaped. */
  error?: string;
}

const processors = new Map<string, Processor>();

function processorFor(base: string, inline: boolean): Processor {
  const key = `${inline ? 'inline' : 'block'} ${base}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = unified()
      .use(remarkParse)
      .use(remarkPlugins)
      .use(remarkRehype, remarkRehypeOptions)
      .use(rehypePlugins)
      .use(inline ? [rehypeDropContentIds] : [])
      .use(rehypeBaseUrls, { base })
      .use(rehypeStringify)
      .freeze() as unknown as Processor;
    processors.set(key, processor);
  }
  return processor;
}

/**
 * Deeper nesting than this is not rendered as Markdown: remark's time grows steeply with depth
 * (500 nested list levels took 3 s, 2,000 took minutes), and no summary needs it.
 */
export const MAX_NESTING = 100;

/** The deepest container nesting a line opens: quote markers, plus list indentation in pairs of spaces. */
export function nestingDepth(markdown: string): number {
  let deepest = 0;
  for (const match of markdown.matchAll(/^[ \t>]*/gm)) {
    const prefix = match[0];
    const quotes = prefix.split('>').length - 1;
    const indent = prefix.replace(/>/g, '').replace(/\t/g, '    ').length;
    deepest = Math.max(deepest, quotes + Math.floor(indent / 2));
  }
  return deepest;
}

/** Block Markdown (paragraphs, lists, display math) → HTML. */
export interface RenderOptions {
  /** A one-line fragment, repeated on listings: its ids and names are dropped. */
  inline?: boolean;
  /** Ids that earlier fragments of the same page took; this fragment's ids are kept apart from them (and added). */
  contentIds?: Set<string>;
}

export function renderMarkdown(markdown: string, base = '/', { inline = false, contentIds }: RenderOptions = {}): RenderedFragment {
  const depth = nestingDepth(markdown);
  if (depth > MAX_NESTING) {
    return {
      html: plainParagraphs(markdown),
      mathErrors: [],
      mathWarnings: [],
      error: `nesting ${depth} levels deep (at most ${MAX_NESTING} are rendered)`,
    };
  }
  let file;
  const mathWarnings: string[] = [];
  // KaTeX reports a character it has no font metrics for with console.warn, naming no file;
  // rendering is synchronous, so for its duration those lines are collected for this fragment.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => mathWarnings.push(args.map(String).join(' '));
  try {
    file = processorFor(base, inline).processSync(contentIds ? { value: markdown, data: { contentIds } } : markdown);
  } catch (error) {
    // Thousands of nested `>` or lists overflow the recursive tree walkers: one hostile field
    // must not take the build down, so its text is shown as plain paragraphs instead.
    return { html: plainParagraphs(markdown), mathErrors: [], mathWarnings, error: error instanceof Error ? error.message : String(error) };
  } finally {
    console.warn = warn;
  }
  const mathErrors = file.messages
    .filter((m) => m.source === 'rehype-katex')
    .map((m) => ({
      // rehype-katex's own reason is generic; KaTeX's error (the `cause`) says what is wrong.
      reason: m.cause instanceof Error ? m.cause.message : m.reason,
      // Display math has no source position: then the math element's own text says it.
      formula: formulaAt(markdown, m.place) || textOf(m.ancestors?.at(-1)),
    }));
  return { html: String(file), mathErrors, mathWarnings: [...new Set(mathWarnings)] };
}

function textOf(node: unknown): string {
  return node && typeof node === 'object' && 'type' in node ? toText(node as Nodes).trim() : '';
}

type Place = { start?: { offset?: number }; end?: { offset?: number } } | { offset?: number } | undefined;

/** The source of the math node a message points at, without `$` and quote markers. */
function formulaAt(markdown: string, place: Place): string {
  const start = place && 'start' in place ? place.start?.offset : undefined;
  const end = place && 'end' in place ? place.end?.offset : undefined;
  if (start === undefined || end === undefined) return '';
  return markdown
    .slice(start, end)
    .replace(/^\$+|\$+$/g, '')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .trim();
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function plainParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c)}</p>`)
    .join('\n');
}

/** One line of Markdown (a title, a key point) → inline HTML without the wrapping paragraph. */
export function renderInlineMarkdown(markdown: string, base = '/'): RenderedFragment {
  const rendered = renderMarkdown(markdown, base, { inline: true });
  const html = rendered.html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
  return { ...rendered, html };
}
