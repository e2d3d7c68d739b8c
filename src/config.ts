/**
 * Site configuration, read once from the environment: where the papers are and where the site lives.
 * Misconfiguration throws here, with a message that says which variable to fix.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

export interface SiteConfig {
  /** Absolute folder of summary files (PAPERS_DIR, default `content/papers`). */
  papersDir: string;
  /** Public origin of the deployed site (SITE_URL), used for canonical links, feeds and the sitemap. */
  siteUrl: string | undefined;
  /** Sub-path the site is served under (BASE_PATH), with leading and trailing slash; `/` at the root. */
  basePath: string;
  /** Papers per listing page. */
  pageSize: number;
  /** Where the built site is written (OUT_DIR, default `dist`). */
  outDir: string;
  /** Astro's cache folder (ASTRO_CACHE_DIR, default `node_modules/.astro`): kept between builds; papers' long text lives there. */
  cacheDir: string;
  /**
   * Whether the build writes over the last build's output instead of emptying it first. Set by
   * `npm run build` (scripts/build.ts, PAPERSHELF_KEEP_OUTPUT=1), which removes stale files afterwards;
   * a bare `astro build` empties the folder as usual.
   */
  keepOutput: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (/[?#\s]/.test(trimmed)) throw new ConfigError(`BASE_PATH "${raw}" must be a plain path such as /shelf/`);
  return trimmed ? `/${trimmed}/` : '/';
}

function readSiteUrl(raw: string | undefined): string | undefined {
  if (!raw?.trim()) return undefined;
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    return url.origin;
  } catch {
    throw new ConfigError(`SITE_URL "${raw}" is not an absolute http(s) URL, e.g. https://example.org`);
  }
}

/** Papers per listing page: PAGE_SIZE, 30 by default. */
function readPageSize(raw: string | undefined): number {
  if (!raw?.trim()) return 30;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 500) {
    throw new ConfigError(`PAGE_SIZE "${raw}" is not a whole number of papers per listing page between 1 and 500`);
  }
  return size;
}

export function readSiteConfig(env: Record<string, string | undefined> = process.env, root = process.cwd()): SiteConfig {
  const dir = env.PAPERS_DIR?.trim() || 'content/papers';
  const papersDir = isAbsolute(dir) ? dir : resolve(root, dir);
  if (!existsSync(papersDir) || !statSync(papersDir).isDirectory()) {
    throw new ConfigError(
      `PAPERS_DIR "${dir}" is not a folder (resolved to ${papersDir}). Point it at the folder that holds your summary files.`,
    );
  }
  const cacheDir = resolve(root, env.ASTRO_CACHE_DIR?.trim() || 'node_modules/.astro');
  const outDir = resolve(root, env.OUT_DIR?.trim() || 'dist');
  return {
    papersDir,
    siteUrl: readSiteUrl(env.SITE_URL),
    basePath: normalizeBasePath(env.BASE_PATH),
    pageSize: readPageSize(env.PAGE_SIZE),
    outDir,
    cacheDir,
    keepOutput: env.PAPERSHELF_KEEP_OUTPUT === '1',
  };
}
