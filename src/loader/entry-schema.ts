/** The collection's schema: a paper plus the HTML rendered from its Markdown fields. */
import { z } from 'zod';
import { paperSchema } from '../ingest/schema.ts';

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

export const paperEntrySchema = paperSchema.extend({ html: paperHtmlSchema });

export type PaperHtml = z.infer<typeof paperHtmlSchema>;
