/**
 * Conformance: every file of our own corpus (tests/fixtures/corpus, always) and every real file kept
 * beside the repository (../shared/corpus/real and the seeds, where present) goes through the whole
 * pipeline, bytes to validated paper, exactly as the site build reads it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { damageLikeCp1254 } from '../../scripts/lib/damage.ts';
import { ingestFile } from '@/ingest/index';
import { markdownFields } from '@/ingest/normalize';
import type { Paper } from '@/ingest/schema';

const shared = new URL('../../../shared/', import.meta.url).pathname;
const ours = new URL('../fixtures/corpus/', import.meta.url).pathname;
const roots = [ours, join(shared, 'corpus/real'), join(shared, 'seeds')].filter(existsSync);
const files = roots.flatMap((root) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name)),
);

/** Section headings of the digest format and the field each one fills. */
const SECTIONS: readonly [RegExp, (p: Paper) => unknown][] = [
  [/^## .*一句话要点|^\*\*一句话要点\*\*/m, (p) => p.takeaway],
  [/^## .*(核心要点|点简述)/m, (p) => p.keyPoints.length],
  [/^## .*摘要（中文）/m, (p) => p.abstract.zh],
  [/^## .*摘要（原文）/m, (p) => p.abstract.en],
  [/^## .*方法详解/m, (p) => p.sections.method],
  [/^## .*实验亮点/m, (p) => p.sections.experiments],
  [/^## .*应用场景/m, (p) => p.sections.applications],
  [/^## .*关键图片/m, (p) => p.sections.figures.length],
];

const realHere = roots.length > 1;

describe(`our corpus${realHere ? ` and the real files in ${shared}` : ` (the real files, ${shared}, are not here)`}: ${files.length} files`, () => {
  it('reads our own files whether or not the real ones are here', () => {
    expect(files.filter((file) => file.startsWith(ours)).length).toBeGreaterThanOrEqual(8);
  });

  it.each(files.map((file) => [relative(file.startsWith(ours) ? ours : shared, file), file]))(
    '%s becomes one valid paper',
    // A damaged file loads the word-frequency dictionary for its repair: seconds on a busy machine.
    { timeout: 60_000 },
    async (name, file) => {
      const bytes = readFileSync(file);
      const { paper, diagnostics } = await ingestFile(name, bytes);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(paper).not.toBeNull();
      const p = paper!;
      expect(p.title.length).toBeGreaterThan(5);
      expect(p.authors.length).toBeGreaterThan(0);
      expect([p.title, ...p.authors, ...markdownFields(p), ...p.keywords].join('\n')).not.toContain('\uFFFD');

      const arxivId = /(\d{4}\.\d{4,5})\.md$/.exec(file)?.[1];
      if (arxivId) expect(p.id).toBe(arxivId);
      // Every section the (repaired) file announces made it into the paper.
      const text = new TextDecoder().decode(bytes);
      if (p.source.format === 'digest' && !p.source.repairs.some((r) => r.startsWith('encoding:'))) {
        for (const [heading, field] of SECTIONS) if (heading.test(text)) expect(field(p), `${heading}`).toBeTruthy();
      }
    },
  );

  // Seed 000's kind of damage (UTF-8 read as Windows-1254 and saved again) on our own digest, so
  // the whole pipeline's repair is checked where the seeds are absent.
  it('repairs our own damaged digest to the fields of its clean copy', { timeout: 60_000 }, async () => {
    const clean = readFileSync(new URL('../fixtures/samples/damaged-digest.clean.md', import.meta.url));
    const damaged = new TextEncoder().encode(damageLikeCp1254(clean.toString('utf8')));
    const [{ paper: want }, { paper: got }] = await Promise.all([ingestFile('clean.md', clean), ingestFile('damaged.md', damaged)]);
    expect(want?.source.repairs ?? []).not.toContain('encoding:cp1254-mojibake');
    expect(got?.source.repairs).toContain('encoding:cp1254-mojibake');
    expect(got).toMatchObject({
      id: want!.id,
      title: want!.title,
      authors: want!.authors,
      categories: want!.categories,
      keywords: want!.keywords,
    });
    // Text with only Latin letters comes back exactly; Chinese whose bytes were lost is inferred, so
    // one character in a sentence may differ: the same fields are there, of the same length.
    expect(got?.abstract.en).toBe(want!.abstract.en);
    expect(got?.keyPoints).toHaveLength(want!.keyPoints.length);
    for (const field of [(p: Paper) => p.takeaway, (p: Paper) => p.abstract.zh, (p: Paper) => p.sections.method]) {
      expect(field(got!)).not.toContain('\uFFFD');
      expect(field(got!)?.length).toBe(field(want!)?.length);
    }
  });

  it.skipIf(!realHere)('repairs seed 000 to the exact labels of the digest format', async () => {
    const seed = files.find((f) => f.includes('seeds/000_'));
    expect(seed).toBeDefined();
    const { paper } = await ingestFile('seed-000.txt', readFileSync(seed!));
    expect(paper?.source.repairs).toContain('encoding:cp1254-mojibake');
    expect(paper?.authors).toContain('Petter Törnberg');
    expect(paper?.id).toBe('2505.23796');
    for (const field of [
      paper?.takeaway,
      paper?.abstract.zh,
      paper?.abstract.en,
      paper?.sections.method,
      paper?.sections.experiments,
      paper?.sections.applications,
    ]) {
      expect(field).toBeTruthy();
    }
  });
});
