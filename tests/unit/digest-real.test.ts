/**
 * Reads digest files through the same steps the pipeline takes: LaTeX escape repair, line-end
 * normalisation, merge-marker resolution, then the digest parser. Always over our own corpus
 * (tests/fixtures/corpus/A, files named by arXiv id as in the real archive), and also over the real
 * files kept next to the repository (../shared/corpus/real/A) where they are present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '@/ingest/diagnostics';
import { looksLikeDigest, parseDigest } from '@/ingest/formats/digest';
import type { PaperDraft } from '@/ingest/schema';
import { repairLatexEscapes } from '@/ingest/repair/latex-escapes';
import { resolveMergeMarkers } from '@/ingest/repair/merge-markers';

const ours = new URL('../fixtures/corpus/A/', import.meta.url);
const real = new URL('../../../shared/corpus/real/A/', import.meta.url);
const digests = (dir: URL): URL[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f: string) => f.endsWith('.md'))
        .sort()
        .map((f) => new URL(f, dir))
    : [];
const files = [...digests(ours), ...digests(real)].map((url) => [url.pathname.split('/').slice(-2).join('/'), url] as const);

function prepare(raw: string): { text: string; conflicts: number } {
  const latex = repairLatexEscapes(raw);
  const merged = resolveMergeMarkers(latex.text.replace(/\r\n?/g, '\n'));
  return { text: merged.text, conflicts: merged.conflicts.length };
}

/** What a `## ` heading promises, checked against the draft. */
const HEADING_FIELDS: readonly [RegExp, (d: PaperDraft) => unknown][] = [
  [/一句话要点/, (d) => d.takeaway],
  [/核心要点|点简述/, (d) => d.keyPoints?.length],
  [/摘要（中文）/, (d) => d.abstract?.zh],
  [/摘要（原文）/, (d) => d.abstract?.en],
  [/方法详解/, (d) => d.sections?.method],
  [/实验亮点/, (d) => d.sections?.experiments],
  [/应用场景/, (d) => d.sections?.applications],
  [/关键图片/, (d) => d.sections?.figures?.length],
];

/** What a labelled line promises. */
const LABEL_FIELDS: readonly [string, (d: PaperDraft) => unknown][] = [
  ['分类', (d) => d.categories?.length],
  ['发布日期', (d) => d.published],
  ['备注', (d) => d.remark],
  ['DOI', (d) => d.doi],
  ['期刊', (d) => d.journal],
  ['代码/项目', (d) => d.codeLinks?.length],
  ['匹配领域', (d) => d.domains?.length],
  ['关键词', (d) => d.keywords?.length],
];

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

describe(`parseDigest on our corpus${existsSync(real) ? ' and the real one' : ' (the real one, ../shared/corpus/real/A, is not here)'}`, () => {
  it('has our own files to read', () => {
    expect(digests(ours).length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('reads %s with its title, authors, arXiv id and every section it has', (name, url) => {
    const file = name.split('/').at(-1)!;
    const { text, conflicts } = prepare(readFileSync(url, 'utf8'));
    expect(looksLikeDigest(text)).toBe(true);
    const bag = new DiagnosticBag(file);
    const parsed = parseDigest(text, bag);
    expect(parsed).not.toBeNull();
    expect(bag.items.filter((d) => d.severity === 'error')).toEqual([]);
    const draft = parsed?.draft ?? {};

    const frontTitle = /^title:\s*(.*)$/m.exec(text)?.[1];
    const heading = /^# (.+)$/m.exec(text)?.[1];
    expect(draft.title).toBe(unquote(frontTitle ?? heading ?? ''));
    expect(draft.title).toBe(heading);

    const authors = /^\*\*作者\*\*\s*[:：]\s*(.+)$/m.exec(text)?.[1];
    expect(draft.authors).toEqual(authors?.trim().split(/\s*,\s*/));
    expect(draft.id).toBe(file.replace(/\.md$/, ''));
    // A version is one the file names beside the id (an abs or pdf link), never invented.
    if (draft.arxivVersion !== undefined) expect(text).toContain(`${draft.id}v${draft.arxivVersion}`);
    expect(['toolbar', 'split-toolbar', 'arxiv-line', 'compact', 'short']).toContain(parsed?.variant);

    for (const [line] of text.matchAll(/^## .+$/gm)) {
      const promise = HEADING_FIELDS.find(([pattern]) => pattern.test(line));
      if (promise) expect(promise[1](draft), `${file}: ${line}`).toBeTruthy();
      else expect(draft.sections?.body, `${file}: ${line}`).toContain(line);
    }
    for (const [label, field] of LABEL_FIELDS) {
      if (new RegExp(`\\*\\*(?:\\S+ )?${label}\\*\\*`).test(text)) expect(field(draft), `${file}: ${label}`).toBeTruthy();
    }

    for (const value of strings(draft)) {
      // eslint-disable-next-line no-control-regex -- control characters are what this looks for
      expect(value).not.toMatch(/[\x00-\x08\x0b-\x1f]/);
      expect(value).not.toMatch(/<div|<button|<figure|<img|toggleFavorite/);
    }
    expect(conflicts).toBe(file === '2512.14465.md' ? 1 : 0);
  });
});
