import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBibtexFiles } from '@/integrations/bibtex-files';
import { SideFiles } from '@/loader/side-files';

describe('BibTeX files written after the build', () => {
  it('writes one file per paper from the loader hand-off', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'papershelf-bib-cache-'));
    const outDir = mkdtempSync(join(tmpdir(), 'papershelf-bib-out-'));
    const files = Array.from({ length: 70 }, (_, i) => ({ id: `2401.${String(i).padStart(5, '0')}`, text: `@misc{p${i}}\n` }));
    const sideFiles = new SideFiles(cacheDir);
    await sideFiles.writeBibtex(files);
    const handedOff = await sideFiles.readBibtex();
    expect(handedOff).toEqual(files);
    expect(await writeBibtexFiles(outDir, handedOff)).toBe(70);
    expect(readdirSync(join(outDir, 'papers'))).toHaveLength(70);
    expect(readFileSync(join(outDir, 'papers/2401.00069.bib'), 'utf8')).toBe('@misc{p69}\n');
  });

  it('never writes outside papers/, whatever the id', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'papershelf-bib-out-'));
    const written = await writeBibtexFiles(outDir, [
      { id: '../escape', text: 'x' },
      { id: 'a/b', text: 'x' },
      { id: '.hidden', text: 'x' },
      { id: 'fine-slug', text: 'ok' },
    ]);
    expect(written).toBe(1);
    expect(readdirSync(join(outDir, 'papers'))).toEqual(['fine-slug.bib']);
    expect(existsSync(join(outDir, 'escape.bib'))).toBe(false);
  });
});
