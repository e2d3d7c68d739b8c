/**
 * The collection's schema: a paper without its long text, plus the HTML that listings show.
 * The abstracts (their Markdown and HTML) and the sections' HTML live beside it (side-files.ts):
 * Astro inlines the whole data store into its server bundle as JavaScript modules, compiles them on
 * the first `getCollection` of every build and holds them in memory while it writes every page; at
 * 14,000 papers the long text was most of it, and the abstracts alone were half of what was left.
 */
import { z } from 'zod';
import { paperSchema, type Paper } from '../ingest/schema.ts';
import type { RenderedPaper } from './read-one.ts';

/** HTML of each Markdown field of a paper; absent fields stay absent. */
export const paperHtmlSchema = z.object({
  title: z.string(),
  takeaway: z.string().optional(),
  keyPoints: z.array(z.string()),
  abstractZh: z.string().optional(),
  abstractEn: z.string().optional(),
  method: z.string().optional(),
  experiments: z.string().optional(),
  applications: z.string().optional(),
  body: z.string().optional(),
});

export type PaperHtml = z.infer<typeof paperHtmlSchema>;

/** The HTML only a paper's own page shows: kept out of the collection (see side-files.ts). */
export const BODY_FIELDS = ['abstractZh', 'abstractEn', 'method', 'experiments', 'applications', 'body'] as const;
/** The HTML only a paper's own page shows, and its abstracts' Markdown (its description and citation tags). */
export type PaperBody = Pick<PaperHtml, (typeof BODY_FIELDS)[number]> & { abstract: Paper['abstract'] };

export const paperEntrySchema = paperSchema.omit({ abstract: true }).extend({
  sections: paperSchema.shape.sections.pick({ figures: true }),
  html: paperHtmlSchema.pick({ title: true, takeaway: true, keyPoints: true }),
});

export type PaperEntryData = z.infer<typeof paperEntrySchema>;

/** A paper's content digest, as Astro types an entry's: the key a paper's build results are kept under. */
export type PaperDigest = string | number;

/** A paper as the collection keeps it, and the body kept beside it. */
export function splitPaper(paper: RenderedPaper): { entry: PaperEntryData; body: PaperBody } {
  const { html, sections, abstract, ...rest } = paper;
  const body: PaperBody = { abstract };
  for (const field of BODY_FIELDS) if (html[field] !== undefined) body[field] = html[field];
  const entry: PaperEntryData = {
    ...rest,
    sections: { figures: sections.figures },
    html: { title: html.title, takeaway: html.takeaway, keyPoints: html.keyPoints },
  };
  return { entry, body };
}
