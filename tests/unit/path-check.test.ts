import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPaperPaths } from '@/loader/path-check';
import { readPapers, type ReadResult } from '@/loader/read-papers';
import { summarizeDiagnostics } from '@/loader/summary';
import { MAX_SEGMENT_BYTES, pathSegment } from '@/shared/path-segment';
import { paperIdSlug } from '@/shared/paper-id';

/**
 * The hostile path fixtures (tests/fixtures/hostile/paths), read the way both the build and
 * `npm run check:content` read them. Each file must be reported for what the build would do with
 * it, and what is left must be safe to write: the hostile e2e site then builds from these files.
 */
const PATHS = new URL('../fixtures/hostile/paths/', import.meta.url).pathname;

let read: Promise<ReadResult> | undefined;
/** The folder the fixtures are read from, made once for all tests: removed after all of them, not after each. */
let fixturesDir: string | undefined;
afterAll(() => {
  if (fixturesDir) rmSync(fixturesDir, { recursive: true, force: true });
});
/** The fixtures plus a file whose name is not UTF-8 (it cannot be committed portably, so it is made here). */
function readFixtures(): Promise<ReadResult> {
  read ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papershelf-paths-'));
    fixturesDir = dir;
    cpSync(PATHS, dir, { recursive: true });
    writeFileSync(
      Buffer.concat([Buffer.from(`${dir}/p23-caf`), Buffer.from([0xe9]), Buffer.from('-latin1-name.md')]),
      '---\nid: "2502.00023"\ntitle: x\n---\n',
    );
    return readPapers({ dir, base: '/' });
  })();
  return read;
}

const codesOf = (result: ReadResult, file: string) =>
  result.diagnostics.filter((d) => d.file.startsWith(file)).map((d) => `${d.severity}:${d.code}`);

describe('paths of hostile files', () => {
  it('reports each file for what the build does with it', async () => {
    const result = await readFixtures();
    const expected: Record<string, string[]> = {
      p01: ['warning:unsafe-facet'],
      p02: ['warning:unsafe-facet'],
      p03: ['warning:unsafe-facet'],
      p04: [],
      p05: ['warning:unsafe-id'],
      // Longer than any id the schema accepts (MAX_ID_LENGTH): refused before its paths are looked at.
      p06: ['error:invalid-field'],
      p07: ['warning:control-characters'],
      p08: ['warning:control-characters'],
      p09: ['warning:control-characters'],
      p10: ['warning:unsafe-facet', 'warning:unsafe-facet'],
      p11: ['warning:unsafe-facet', 'warning:unsafe-facet', 'warning:unsafe-facet'],
      p13: ['warning:unsafe-facet', 'warning:unsafe-facet'],
      p14: ['warning:control-characters'],
      p15: ['warning:unsafe-id'],
      p16: ['warning:unsafe-facet', 'warning:unsafe-facet', 'warning:unsafe-facet', 'warning:unsafe-facet'],
      p17: ['warning:unsafe-id'],
      p18: [],
      p19: ['warning:broken-unicode'],
      p20: ['warning:control-characters'],
      p21: ['error:not-text'],
      p22: ['warning:control-characters'],
      p23: ['error:file-name-not-utf8'],
    };
    for (const [file, codes] of Object.entries(expected)) expect(codesOf(result, file).sort(), file).toEqual(codes.sort());
  });

  it('leaves only papers whose every path is a safe, distinct segment', async () => {
    const result = await readFixtures();
    expect(result.papers).toHaveLength(20);
    const ids = result.papers.map((p) => p.id);
    const slugs = ids.map(paperIdSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const paper of result.papers) {
      const slug = paperIdSlug(paper.id);
      expect(pathSegment(slug), paper.id).toBe(slug);
      expect(Buffer.byteLength(`${slug}.bib`)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES + 5);
      for (const value of [...paper.keywords, ...paper.categories, ...paper.domains]) {
        const segment = pathSegment(value);
        expect(segment).not.toMatch(/^\.|^$|\.(html|bib|json|xml)$/);
        // eslint-disable-next-line no-control-regex
        expect(segment).not.toMatch(/[\u0000-\u001f]/);
      }
    }
    // The id and the id plus ".bib" get a page and a .bib file each, not one folder and one file of the same name.
    // The ids themselves are kept; only the slug that names the files differs.
    expect(ids).toContain('2502.00004');
    expect(ids).toContain('2502.00004.bib');
    expect(slugs.filter((slug) => slug.startsWith('2502.00004-bib-'))).toHaveLength(1);
  });

  it('skips exactly the files it reports errors on, and says how many', async () => {
    const result = await readFixtures();
    const withErrors = new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    expect(result.stats.skipped).toBe(withErrors.size);
    expect(summarizeDiagnostics(result)).toContain(`skipped files: ${withErrors.size}; errors: ${withErrors.size}`);
  });

  it('says the read took its wall time, and tells worker time apart', async () => {
    const summary = summarizeDiagnostics(await readFixtures());
    const wall = Number(/in ([\d.]+) s \(wall time\)/.exec(summary)?.[1]);
    const parse = Number(/parse ([\d.]+) s/.exec(summary)?.[1]);
    const render = Number(/render ([\d.]+) s/.exec(summary)?.[1]);
    // Read in one thread, the phases cannot add up to more than the whole.
    expect(parse + render).toBeLessThanOrEqual(wall + 0.01);
  });
});

describe('checkPaperPaths', () => {
  const paper = (id: string, path: string) =>
    ({ id, keywords: [], categories: [], domains: [], source: { path } }) as unknown as Parameters<typeof checkPaperPaths>[0][number];

  it('skips a paper whose address another paper already has, naming both files', () => {
    const { papers, diagnostics } = checkPaperPaths([paper('abc', 'a.md'), paper('ABC', 'b.md')]);
    expect(papers.map((p) => p.source.path)).toEqual(['a.md']);
    expect(diagnostics).toMatchObject([{ file: 'b.md', severity: 'error', code: 'path-collision' }]);
    expect(diagnostics[0]!.message).toContain('a.md');
  });

  it('keeps the id and checks its slug: a slug that had to change is a warning naming the address', () => {
    const { papers, diagnostics } = checkPaperPaths([paper('x.bib', 'a.md'), paper('y', 'b.md'), paper('hep-th/9901001', 'c.md')]);
    expect(papers.map((p) => p.id)).toEqual(['x.bib', 'y', 'hep-th/9901001']);
    expect(diagnostics).toMatchObject([{ file: 'a.md', severity: 'warning', code: 'unsafe-id' }]);
    expect(diagnostics[0]!.message).toContain(`papers/${paperIdSlug('x.bib')}/`);
    expect(paperIdSlug('x.bib')).toBe(pathSegment('x.bib'));
  });
});
