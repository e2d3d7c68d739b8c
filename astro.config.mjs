// Astro configuration. Deployment settings come from the environment (see src/config.ts):
// PAPERS_DIR, SITE_URL, BASE_PATH. The Markdown pipeline is shared with the paper loader.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { readSiteConfig } from './src/config.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/options.ts';
import { katexAssets } from './src/integrations/katex-assets.ts';
import { bibtexFiles } from './src/integrations/bibtex-files.ts';
import { relatedPapers } from './src/integrations/related-papers.ts';
import { searchIndexFiles } from './src/integrations/search-index-files.ts';
import { outputList, topLevelFiles } from './src/integrations/output-list.ts';
import sitemap from '@astrojs/sitemap';
import { INLINE_SCRIPT_HASHES } from './src/lib/boot-script.ts';

const site = readSiteConfig();
const bibtex = bibtexFiles({ outputKept: site.keepOutput });
const searchIndex = searchIndexFiles({ outputKept: site.keepOutput });
// The sitemap integration's files: sitemap-index.xml and sitemap-0.xml, …
const sitemapFiles = topLevelFiles(/^sitemap-[\w-]*\.xml$/);

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'ignore',
  // Component styles are scoped by a class rather than a data attribute on every element: the same
  // scoping in about half the bytes, which a long paper page (hundreds of scoped elements) feels.
  scopedStyleStrategy: 'class',
  outDir: site.outDir,
  // Separate caches let several builds run side by side (the browser tests build twice).
  cacheDir: site.cacheDir,
  // The sitemap needs absolute URLs, so it is written only when SITE_URL is set.
  // Related papers before the search index: both start on one worker thread when the build starts, one
  // after the other, and the paper pages wait for related papers while the index is wanted only at the end.
  integrations: [
    katexAssets(),
    bibtex,
    relatedPapers(),
    searchIndex,
    ...(site.siteUrl ? [sitemap()] : []),
    // Last: it lists what the build and the integrations above wrote, for scripts/build.ts to remove what is stale next time.
    outputList([bibtex, searchIndex, ...(site.siteUrl ? [sitemapFiles] : [])]),
  ],
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins }),
  },
  // Pages render while others are written: Astro waits on the disk for each page otherwise.
  build: { concurrency: 4 },
  // `npm run build` builds over the last output, so unchanged pages are left where they are
  // (scripts/build.ts removes what is stale afterwards).
  vite: { build: { emptyOutDir: !site.keepOutput } },
  // A path whose getStaticPaths entry has a cacheKey (src/lib/cache-key.ts) is copied from the last
  // build when its key and its route's code are unchanged; see the README, "Rebuilds".
  experimental: { incrementalBuild: true },
  server: { port: Number(process.env.PORT) || 4321 },
  devToolbar: { enabled: false },
  // Content Security Policy as a <meta> on every page: Astro adds hashes of its own scripts and
  // styles; our is:inline scripts (src/lib/boot-script.ts) are listed by their hashes.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' https: data:",
        // Vite inlines small KaTeX fonts as data: URLs.
        "font-src 'self' data:",
        // The search index shards and favourites' id list.
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
        "manifest-src 'self'",
      ],
      // KaTeX positions glyphs with inline style="" attributes; scripts get no such allowance.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
      scriptDirective: { resources: ["'self'"], hashes: INLINE_SCRIPT_HASHES },
    },
  },
});
