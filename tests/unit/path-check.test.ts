import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaperPaths } from '@/loader/path-check';
import { readPapers, type ReadResult } from '@/loader/read-papers';
import { summarizeDiagnostics } from '@/loader/summary';
import { MAX_SEGMENT_BYTES, pathSegment } from '@/shared/path-segment';

/**
 * The hostile path fixtures (tests/fixtures/hostile/paths), read the way both the build and
 * `npm run check:content` read them. Each file must be reported for what the build would do with
 * it, and what is left must be safe to write: the hostile e2e site then builds from these files.
 */
const PATHS = new URL('../fixtures/hostile/paths/', import.meta.url).pathname;

let read: Promise<ReadResult> | undefined;
/** The fixtures plus a file whose name is not UTF-8 (it cannot be committed portably, so it is made here). */
function readFixtures(): Promise<ReadResult> {
  read ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papershelf-paths-'));
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
      p06: ['warning:unsafe-id'],
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
    expect(result.papers).toHaveLength(21);
    const ids = result.papers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const paper of result.papers) {
      expect(pathSegment(paper.id), paper.id).toBe(paper.id);
      expect(Buffer.byteLength(`${paper.id}.bib`)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES + 5);
      for (const value of [...paper.keywords, ...paper.categories, ...paper.domains]) {
        const segment = pathSegment(value);
        expect(segment).not.toMatch(/^\.|^$|\.(html|bib|json|xml)$/);
        // eslint-disable-next-line no-control-regex
        expect(segment).not.toMatch(/[\u0000-\u001f]/);
      }
    }
    // The id and the id plus ".bib" get a page and a .bib file each, not one folder and one file of the same name.
    expect(ids).toContain('2502.00004');
    expect(ids.filter((id) => id.startsWith('2502.00004-bib-'))).toHaveLength(1);
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

  it('hands over each renamed paper, so what is kept per paper follows it', () => {
    const renamed: string[] = [];
    checkPaperPaths([paper('x.bib', 'a.md'), paper('y', 'b.md')], (before, after) => renamed.push(`${before.id}→${after.id}`));
    expect(renamed).toEqual([`x.bib→${pathSegment('x.bib')}`]);
  });
});
