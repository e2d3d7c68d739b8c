/** What a build kept in place must remove afterwards (scripts/lib/stale-output.ts). */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manifestFiles, markStart, removeStale, staleFiles } from '../../scripts/lib/stale-output';

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

function site(files: string[], old: number): string {
  work = mkdtempSync(join(tmpdir(), 'papershelf-stale-'));
  const out = join(work, 'dist');
  for (const file of files) {
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), file);
    utimesSync(join(out, file), old / 1000, old / 1000);
  }
  return out;
}

describe('stale output', () => {
  it('keeps what the manifest lists (percent-encoded as Astro records it) and what was written since the start', () => {
    const out = site(
      ['papers/a/index.html', 'papers/gone/index.html', 'keywords/数据/index.html', '_astro/old.js', '.git/HEAD'],
      Date.now() - 60_000,
    );
    const start = markStart(work);
    writeFileSync(join(out, '_astro/new.js'), 'written by this build');
    const manifest = join(work, 'incremental-build.json');
    writeFileSync(
      manifest,
      JSON.stringify({
        routes: {
          'src/pages/papers/[id].astro': { paths: { '/papers/a': { outputFile: 'papers/a/index.html' } } },
          'src/pages/keywords/[slug].astro': { paths: { '/keywords/数据': { outputFile: 'keywords/%E6%95%B0%E6%8D%AE/index.html' } } },
        },
      }),
    );
    const stale = staleFiles(out, manifestFiles(manifest, out), start);
    expect(stale).toEqual([join('_astro', 'old.js'), join('papers', 'gone', 'index.html')]);
    expect(removeStale(out, stale)).toBe(2);
    // The folder the gone page leaves empty goes too; folders with files of this build stay.
    expect(readdirSync(join(out, 'papers'))).toEqual(['a']);
    expect(readdirSync(out).sort()).toEqual(['.git', '_astro', 'keywords', 'papers']);
  });
});
