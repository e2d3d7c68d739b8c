/**
 * The one Markdown pipeline of the site: which plugins run, in which order, with which options.
 * Used by the paper loader (through `render.ts`) and by `astro.config.mjs` for any Markdown page,
 * so both render math and sanitize HTML the same way.
 */
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { KatexOptions } from 'katex';
import type { PluggableList } from 'unified';
import { CONTENT_ID_PREFIX, rehypeContentAnchors } from './content-anchors.ts';
import { TEX_MACROS } from './tex-macros.ts';

/**
 * KaTeX never trusts the input (no \href, \url, \includegraphics, \htmlData) and bounds
 * macro expansion and sizes so a hostile formula renders an error instead of hanging.
 * `strict: 'ignore'` because real summaries put Unicode letters (η, λ) in math mode.
 * `macros` are the MathJax-compatible definitions of tex-macros.ts. KaTeX writes a formula's own
 * `\gdef`/`\newcommand` into that object, so a getter hands every formula a fresh copy
 * (rehype-katex spreads these options per formula): no definition leaks into the next formula.
 */
export const katexOptions: KatexOptions = Object.freeze({
  trust: false,
  maxExpand: 1000,
  maxSize: 20,
  strict: 'ignore',
  output: 'htmlAndMathml',
  get macros() {
    return { ...TEX_MACROS };
  },
} satisfies KatexOptions);

const mathClasses = ['language-math', 'math-inline', 'math-display'];

/**
 * rehype-sanitize's GitHub-like default, plus the classes remark-math puts on math nodes
 * (KaTeX runs after sanitizing, so it needs them). Every id and name from content gets the
 * prefix (no `<img name="querySelectorAll">` replacing document.querySelectorAll, no second
 * `id="main"`); rehypeContentAnchors then points in-fragment links at the prefixed ids.
 */
export const sanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: CONTENT_ID_PREFIX,
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, ...mathClasses]],
  },
};

export const remarkPlugins: PluggableList = [remarkGfm, remarkMath];

/** Raw HTML is parsed first so sanitizing sees it; KaTeX last, since sanitizing would strip its output. */
export const rehypePlugins: PluggableList = [
  rehypeRaw,
  [rehypeSanitize, sanitizeSchema],
  rehypeContentAnchors,
  [rehypeKatex, katexOptions],
];

/** remark-rehype would prefix footnote ids itself; sanitizing does it once for every id instead. */
export const remarkRehypeOptions = Object.freeze({ allowDangerousHtml: true, clobberPrefix: '' });
