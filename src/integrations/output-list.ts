/**
 * Records, when a build is done, every file it put in the output folder (loader/side-files.ts:
 * `papershelf-output.json`): Astro's pages and endpoints (rendered, restored or left in place, as
 * the `astro:build:done` hook lists them), what Astro copies from public/ and bundles into its assets
 * folder, and what the integrations before this one wrote (.bib files, the search index). The next
 * `npm run build` removes the files of the last list that are not in its own (scripts/lib/
 * stale-output.ts) instead of walking the whole output, which at 14,000 papers is 100,000 files and
 * folders and took two seconds of every build. Listed last in astro.config.mjs, after the
 * integrations whose files it names.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SideFiles } from '../loader/side-files.ts';

/** An integration that writes files into the output: their paths, relative to it, once its build:done hook has run. */
export interface WritesOutput {
  producedFiles(outDir: string): readonly string[];
}

/** The files at the top of the output whose names match `pattern`: for an integration that does not say what it wrote (the sitemap's). */
export function topLevelFiles(pattern: RegExp): WritesOutput {
  return {
    producedFiles: (outDir) =>
      existsSync(outDir)
        ? readdirSync(outDir, { withFileTypes: true })
            .filter((entry) => entry.isFile() && pattern.test(entry.name))
            .map((entry) => entry.name)
        : [],
  };
}

/** The files under `dir`, relative to `base`, with '/' between segments; none when there is no such folder. */
export function filesUnder(dir: string, base: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(base, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The build's output files: `pages` (file URLs, as Astro hands them over), then the public and assets folders' and the writers'. */
export function outputFiles(
  outDir: string,
  pages: Iterable<readonly URL[]>,
  { publicDir, assetsDir, writers }: { publicDir: string; assetsDir: string; writers: readonly WritesOutput[] },
): string[] {
  const files = new Set<string>();
  for (const urls of pages) for (const url of urls) files.add(relative(outDir, fileURLToPath(url)).split(sep).join('/'));
  for (const file of filesUnder(publicDir, publicDir)) files.add(file);
  for (const file of filesUnder(join(outDir, assetsDir), outDir)) files.add(file);
  for (const writer of writers) for (const file of writer.producedFiles(outDir)) files.add(file);
  return [...files].sort();
}

export function outputList(writers: readonly WritesOutput[]): AstroIntegration {
  let sideFiles: SideFiles | undefined;
  let publicDir = '';
  let assetsDir = '';
  return {
    name: 'papershelf-output-list',
    hooks: {
      'astro:config:done': ({ config }) => {
        sideFiles = new SideFiles(fileURLToPath(config.cacheDir));
        publicDir = fileURLToPath(config.publicDir);
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir, assets }) => {
        const outDir = fileURLToPath(dir);
        await sideFiles!.writeOutputList(outDir, outputFiles(outDir, assets.values(), { publicDir, assetsDir, writers }));
      },
    },
  };
}
