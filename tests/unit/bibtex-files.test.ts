import { existsSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBibtexFiles } from '@/integrations/bibtex-files';
import { SideFiles } from '@/loader/side-files';
import { tempFolders } from '../temp-folders';

const cacheFolder = tempFolders('papershelf-bib-cache-');
const outFolder = tempFolders('papershelf-bib-out-');

describe('BibTeX files written after the build', () => {
  it('writes one file per paper from the loader hand-off', async () => {
    const cacheDir = cacheFolder();
    const outDir = outFolder();
    const files = Array.from({ length: 70 }, (_, i) => ({ id: `2401.${String(i).padStart(5, '0')}`, text: `@misc{p${i}}\n` }));
    const sideFiles = new SideFiles(cacheDir);
    await sideFiles.writeBibtex(files);
    const handedOff = await sideFiles.readBibtex();
    expect(handedOff).toEqual(files);
    expect((await writeBibtexFiles(outDir, handedOff)).written).toBe(70);
    expect(readdirSync(join(outDir, 'papers'))).toHaveLength(70);
    expect(readFileSync(join(outDir, 'papers/2401.00069.bib'), 'utf8')).toBe('@misc{p69}\n');
  });

  it('never writes outside papers/, whatever the id', async () => {
    const outDir = outFolder();
    const { written, files } = await writeBibtexFiles(outDir, [
      { id: '../escape', text: 'x' },
      { id: 'a/b', text: 'x' },
      { id: '.hidden', text: 'x' },
      { id: 'fine-slug', text: 'ok' },
    ]);
    expect(written).toBe(1);
    expect(files).toEqual(['papers/fine-slug.bib']);
    expect(readdirSync(join(outDir, 'papers'))).toEqual(['fine-slug.bib']);
    expect(existsSync(join(outDir, 'escape.bib'))).toBe(false);
  });

  it('writes again only the files whose text changed or that are gone', async () => {
    const outDir = outFolder();
    const files = Array.from({ length: 5 }, (_, i) => ({ id: `2402.0000${i}`, text: `@misc{q${i}}\n` }));
    const first = await writeBibtexFiles(outDir, files);
    const old = new Date('2020-01-01T00:00:00Z');
    for (const name of first.files) utimesSync(join(outDir, name), old, old);
    rmSync(join(outDir, 'papers/2402.00004.bib'));
    const edited = files.map((file, i) => (i === 1 ? { ...file, text: '@misc{q1, title={Retitled}}\n' } : file));
    const second = await writeBibtexFiles(outDir, edited, first.hashes);
    expect(second.written).toBe(2);
    expect(second.files).toEqual(first.files);
    expect(readFileSync(join(outDir, 'papers/2402.00001.bib'), 'utf8')).toContain('Retitled');
    expect(existsSync(join(outDir, 'papers/2402.00004.bib'))).toBe(true);
    // Unchanged files are left as they were, time stamp and all.
    expect(statSync(join(outDir, 'papers/2402.00000.bib')).mtimeMs).toBe(old.getTime());
    expect((await writeBibtexFiles(outDir, edited, second.hashes)).written).toBe(0);
  });
});
