/** The `papers` collection: every summary file under PAPERS_DIR, read by our loader. */
import { defineCollection } from 'astro:content';
import { siteConfig } from './site';
import { paperEntrySchema } from './loader/entry-schema';
import { paperLoader } from './loader/paper-loader';

export const collections = {
  papers: defineCollection({
    loader: paperLoader({ dir: siteConfig.papersDir, base: siteConfig.basePath, siteUrl: siteConfig.siteUrl }),
    schema: paperEntrySchema,
  }),
};
