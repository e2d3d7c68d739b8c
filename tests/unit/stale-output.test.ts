/** What a build kept in place must remove afterwards (scripts/lib/stale-output.ts), by its output list (src/integrations/output-list.ts). */
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listedByThisBuild, markStart, removeStale, staleFiles } from '../../scripts/lib/stale-output';
import { outputFiles, topLevelFiles } from '@/integrations/output-list';
import { tempFolders } from '../temp-folders';

const folder = tempFolders('papershelf-stale-');

function site(files: string[], old: number): { work: string; out: string } {
  const work = folder();
  const out = join(work, 'dist');
  for (const file of files) {
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), file);
    utimesSync(join(out, file), old / 1000, old / 1000);
  }
  return { work, out };
}

const LAST_BUILD = ['papers/a/index.html', 'papers/gone/index.html', 'papers/gone.bib', 'keywords/数据/index.html', '_astro/old.js'];

describe('a build that finished', () => {
  it('is one whose output list was written by it, for its output folder', () => {
    const { work, out } = site([], Date.now());
    const start = markStart(work);
    const list = { outDir: out, files: ['index.html'], writtenAt: start };
    expect(listedByThisBuild(list, out, start)).toBe(true);
    expect(listedByThisBuild({ ...list, outDir: `${out}/` }, out, start)).toBe(true);
    // No list: Astro stopped before its last step. The last build's list, or another folder's, is not this build's.
    expect(listedByThisBuild(undefined, out, start)).toBe(false);
    expect(listedByThisBuild({ ...list, writtenAt: start - 1 }, out, start)).toBe(false);
    expect(listedByThisBuild({ ...list, outDir: join(work, 'elsewhere') }, out, start)).toBe(false);
  });
});

describe('stale output', () => {
  it('removes what the last build listed and this one does not, unless this build wrote it', () => {
    const { work, out } = site([...LAST_BUILD, 'by-hand.txt', '.git/HEAD'], Date.now() - 60_000);
    const start = markStart(work);
    writeFileSync(join(out, '_astro/new.js'), 'written by this build');
    // Listed last time, not this time, but written during this build: it stays.
    writeFileSync(join(out, 'papers/a/index.html'), 'rendered again');
    const current = ['_astro/new.js', 'keywords/数据/index.html'];
    const stale = staleFiles(out, current, start, LAST_BUILD);
    expect(stale).toEqual(['_astro/old.js', 'papers/gone.bib', 'papers/gone/index.html']);
    expect(removeStale(out, stale)).toBe(3);
    // The folder the gone page leaves empty goes too; folders with files of this build stay; a file
    // no build listed (put there by hand) is not the build's to remove.
    expect(readdirSync(join(out, 'papers'))).toEqual(['a']);
    expect(readdirSync(out).sort()).toEqual(['.git', '_astro', 'by-hand.txt', 'keywords', 'papers']);
  });

  it('looks through the whole output when there is no last list, keeping what this build lists', () => {
    const { work, out } = site([...LAST_BUILD, 'by-hand.txt', '.git/HEAD'], Date.now() - 60_000);
    const start = markStart(work);
    const stale = staleFiles(out, ['papers/a/index.html', 'keywords/数据/index.html', 'papers/gone.bib'], start);
    expect(stale).toEqual(['_astro/old.js', 'by-hand.txt', 'papers/gone/index.html']);
  });

  it('lists pages as Astro hands them over (percent-encoded URLs), public and asset files, and what integrations wrote', () => {
    const work = folder();
    const out = join(work, 'dist');
    const publicDir = join(work, 'public');
    for (const file of [
      'dist/_astro/app.js',
      'dist/sitemap-0.xml',
      'dist/sitemap-index.xml',
      'dist/stale.xml',
      'public/favicon.svg',
      'public/katex/fonts/a.woff2',
    ]) {
      mkdirSync(join(work, file, '..'), { recursive: true });
      writeFileSync(join(work, file), file);
    }
    const pages = [[new URL('keywords/%E6%95%B0%E6%8D%AE/index.html', pathToFileURL(`${out}/`))], [pathToFileURL(join(out, 'index.html'))]];
    const files = outputFiles(out, pages, {
      publicDir,
      assetsDir: '_astro',
      writers: [{ producedFiles: () => ['papers/a.bib'] }, topLevelFiles(/^sitemap-[\w-]*\.xml$/)],
    });
    expect(files).toEqual([
      '_astro/app.js',
      'favicon.svg',
      'index.html',
      'katex/fonts/a.woff2',
      'keywords/数据/index.html',
      'papers/a.bib',
      'sitemap-0.xml',
      'sitemap-index.xml',
    ]);
  });
});
