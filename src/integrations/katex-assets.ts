/**
 * Copies KaTeX's stylesheet and woff2 fonts into public/katex/<version>/ when Astro starts, so
 * pages with math can link them and pages without math load nothing of KaTeX. (Importing the CSS
 * from a page would put it on every paper page, math or not.) Only woff2 is kept: every browser
 * that runs the site reads it, and the stylesheet is rewritten to name no other font files.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const require = createRequire(import.meta.url);

export const KATEX_VERSION: string = (JSON.parse(readFileSync(require.resolve('katex/package.json'), 'utf8')) as { version: string })
  .version;

/** Site-relative path of the stylesheet (pass through `url()`). */
export const KATEX_STYLESHEET = `katex/${KATEX_VERSION}/katex.min.css`;

/** Removes the woff and ttf alternatives from each @font-face `src`. */
export function keepWoff2Only(css: string): string {
  return css.replace(/,\s*url\([^)]*\.woff\)\s*format\("woff"\)/g, '').replace(/,\s*url\([^)]*\.ttf\)\s*format\("truetype"\)/g, '');
}

export function copyKatexAssets(publicDir: string): void {
  const target = join(publicDir, 'katex', KATEX_VERSION);
  if (existsSync(join(target, 'katex.min.css'))) return;
  const dist = join(dirname(require.resolve('katex/package.json')), 'dist');
  mkdirSync(join(target, 'fonts'), { recursive: true });
  for (const font of readdirSync(join(dist, 'fonts')).filter((name) => name.endsWith('.woff2'))) {
    copyFileSync(join(dist, 'fonts', font), join(target, 'fonts', font));
  }
  writeFileSync(join(target, 'katex.min.css'), keepWoff2Only(readFileSync(join(dist, 'katex.min.css'), 'utf8')));
}

export function katexAssets(): AstroIntegration {
  return {
    name: 'papershelf-katex-assets',
    hooks: {
      'astro:config:setup': ({ config }) => copyKatexAssets(fileURLToPath(config.publicDir)),
    },
  };
}
