/**
 * No module of ours names Astro's env object bare (`import.meta.env` not followed by `.NAME`), in
 * code or in a comment. Astro's build replaces a bare reference with an object that holds every
 * environment variable whose name occurs anywhere in the file (its env plugin matches names as plain
 * text): a comment saying "BASE_PATH" baked the shell's PATH into src/shared/urls.ts, and since route
 * hashes cover every module's code, a build from another shell rendered all pages again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The pattern Astro's env plugin (astro/dist/env/vite-plugin-import-meta-env.js) treats as a bare reference. */
const BARE = /\bimport\.meta\.env\b(?!\.)/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|mts|js|mjs|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("Astro's env object", () => {
  it('the pattern finds bare references and leaves named ones alone', () => {
    expect(BARE.test('if (import.meta.env?.PROD) {}')).toBe(true);
    expect(BARE.test('reads the base (import.meta.env, replaced by Vite)')).toBe(true);
    expect(BARE.test('withBase(import.meta.env.BASE_URL)')).toBe(false);
  });

  it('is named by its variables in every module the site bundles', () => {
    const root = process.cwd();
    const bare = [...sources(join(root, 'src')), join(root, 'astro.config.mjs')].filter((file) => BARE.test(readFileSync(file, 'utf8')));
    expect(bare.map((file) => relative(root, file))).toEqual([]);
  });
});
