/**
 * The one shape of a paper, whatever format its summary file came in.
 * Format parsers fill a `PaperDraft`; `normalize` completes it; this schema validates it.
 * Markdown-valued fields hold Markdown source (math as `$…$` / display `$$` blocks);
 * the loader renders them to HTML once.
 */
import { z } from 'zod';
import { isPaperId } from '../shared/paper-id.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const FORMATS = ['digest', 'article', 'canonical'] as const;

export const figureSchema = z.object({
  /** Image URL as written in the source. */
  src: z.string().min(1),
  /** Alternative text; falls back to the caption or "Figure N". */
  alt: z.string(),
  /** Caption text (plain text), when the source has one. */
  caption: z.string().optional(),
});

export const codeLinkSchema = z.object({
  /** Link text as the source names it, e.g. "GITHUB". */
  label: z.string(),
  /** Absolute http(s) URL. */
  url: z.url({ protocol: /^https?$/ }),
});

export const sourceSchema = z.object({
  /** Path of the summary file relative to PAPERS_DIR (POSIX separators). */
  path: z.string(),
  /** Which of the known formats the file was read as. */
  format: z.enum(FORMATS),
  /** Variant of that format, e.g. "toolbar", "split-toolbar", "arxiv-line", "compact", "short". */
  variant: z.string(),
  /** Repairs applied while reading, in order, e.g. "encoding:cp1254-mojibake", "latex:eaten-escapes". */
  repairs: z.array(z.string()),
  /** Other files merged into this paper (same arXiv id), relative to PAPERS_DIR. */
  mergedFrom: z.array(z.string()).default([]),
});

export const paperSchema = z.object({
  /**
   * Canonical id (shared/paper-id.ts): arXiv id without version ("2505.23796", "hep-th/9901001"),
   * else the DOI ("10.1109/lra.2025.3632610"), else a slug of the title. URLs use `paperIdSlug(id)`.
   */
  id: z.string().refine(isPaperId, 'id must be an arXiv id, a DOI, or lowercase letters, digits, dots and dashes'),
  /** arXiv version summarised (the N of vN), when known. */
  arxivVersion: z.number().int().positive().optional(),
  /** Title shown on the site: the article's own title for articles, else the paper's. May contain `$…$`. */
  title: z.string().min(1, 'a paper needs a title'),
  /** The paper's own title, when it differs from `title` (articles retitle papers). */
  paperTitle: z.string().optional(),
  /** Authors in order, one name each. */
  authors: z.array(z.string().min(1)),
  /** arXiv categories such as "cs.CL", primary first, no duplicates. */
  categories: z.array(z.string().min(1)),
  /** Date of first publication (arXiv v1). */
  published: isoDate.optional(),
  /** Date of the latest revision, when the source gives one. */
  updated: isoDate.optional(),
  /** Day the summary arrived on the site (see arrived.ts): date folder or file name, stated date, else `published`. */
  arrived: isoDate.optional(),
  /** Free-text remark from the source (arXiv comments, 备注). */
  remark: z.string().optional(),
  /** DOI without the resolver prefix, e.g. "10.1109/LRA.2025.3632610". */
  doi: z.string().optional(),
  /** Journal or venue reference. */
  journal: z.string().optional(),
  /** Links to code or project pages. */
  codeLinks: z.array(codeLinkSchema),
  /** One-line takeaway (一句话要点), Markdown. */
  takeaway: z.string().optional(),
  /** Matched research domains (匹配领域), plain text each. */
  domains: z.array(z.string().min(1)),
  /** Keywords (关键词), plain text each, no duplicates. */
  keywords: z.array(z.string().min(1)),
  /** Key points (核心要点 / 3 main points), Markdown each. */
  keyPoints: z.array(z.string().min(1)),
  /** Abstracts by language, Markdown: `zh` the Chinese summary, `en` the original English abstract. */
  abstract: z.object({ zh: z.string().optional(), en: z.string().optional() }),
  /** Body sections, Markdown. `body` holds whatever does not fit a named section (an article's text). */
  sections: z.object({
    method: z.string().optional(),
    experiments: z.string().optional(),
    applications: z.string().optional(),
    figures: z.array(figureSchema),
    body: z.string().optional(),
  }),
  /** Whether any field contains math. */
  hasMath: z.boolean(),
  /** Where the paper came from and what was done to read it. */
  source: sourceSchema,
});

export type Paper = z.infer<typeof paperSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type CodeLink = z.infer<typeof codeLinkSchema>;
export type PaperFormat = (typeof FORMATS)[number];

/**
 * What a format parser produces: the paper's fields as found in the file.
 * `normalize` derives `id`, `hasMath` and `source`, de-duplicates lists and repairs math.
 */
export type PaperDraft = Omit<Partial<Paper>, 'id' | 'hasMath' | 'source' | 'sections' | 'abstract'> & {
  id?: string;
  abstract?: Paper['abstract'];
  sections?: Partial<Paper['sections']>;
};
