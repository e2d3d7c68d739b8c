import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '@/ingest/index';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('ingestFile', () => {
  it('reads a digest file into a valid paper with its source recorded', async () => {
    const { paper, diagnostics } = await ingestFile('digest/toolbar.md', fixture('digest/toolbar.md'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(paper?.source).toMatchObject({ path: 'digest/toolbar.md', format: 'digest', variant: 'toolbar' });
    expect(paper?.id).toMatch(/^\d{4}\.\d{5}$/);
  });

  it('skips an empty file with an error naming it', async () => {
    const { paper, diagnostics } = await ingestFile('empty.md', bytes('  \n'));
    expect(paper).toBeNull();
    expect(diagnostics).toMatchObject([{ file: 'empty.md', severity: 'error', code: 'empty-file' }]);
  });

  it('skips text in no known format with a hint about the canonical format', async () => {
    const { paper, diagnostics } = await ingestFile('notes.txt', bytes('just some notes\nnothing else\n'));
    expect(paper).toBeNull();
    expect(diagnostics[0]).toMatchObject({ file: 'notes.txt', line: 1, severity: 'error', code: 'unknown-format' });
    expect(diagnostics[0]?.hint).toContain('canonical-format');
  });

  it('reports schema violations as errors on the field', async () => {
    const text = '---\ntitle: A hand-written entry\nid: "Bad Id!"\nauthors: [Ada]\n---\n\nBody.\n';
    const { paper, diagnostics } = await ingestFile('bad-id.md', bytes(text));
    expect(paper).toBeNull();
    expect(diagnostics).toMatchObject([
      { file: 'bad-id.md', severity: 'error', code: 'invalid-field', message: expect.stringMatching(/^id: /) },
    ]);
  });

  it('turns one-line display math into a display block and records the repair', async () => {
    const text = '---\ntitle: Math entry\nauthors: [Ada]\nabstract:\n  en: "Energy:"\n---\n\n## Method\n\n$$E = mc^2$$\n';
    const { paper } = await ingestFile('math.md', bytes(text));
    expect(paper?.sections.method).toBe('$$\nE = mc^2\n$$');
    expect(paper?.hasMath).toBe(true);
    expect(paper?.source.repairs).toContain('math:delimiters');
  });

  it('takes a takeaway bolded as a whole as its text, in front matter as in a digest', async () => {
    const text = '---\ntitle: Bold takeaway\nauthors: [Ada]\ntakeaway: "**Sparse routing halves the cost.**"\n---\n';
    expect((await ingestFile('bold.md', bytes(text))).paper?.takeaway).toBe('Sparse routing halves the cost.');
    const partly = '---\ntitle: Partly bold\nauthors: [Ada]\ntakeaway: "**Sparse** routing halves **the cost**."\n---\n';
    expect((await ingestFile('partly.md', bytes(partly))).paper?.takeaway).toBe('**Sparse** routing halves **the cost**.');
  });

  it('never throws on binary junk', async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const { paper, diagnostics } = await ingestFile('junk.md', junk);
    expect(paper).toBeNull();
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
