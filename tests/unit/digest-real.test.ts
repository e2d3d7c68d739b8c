/**
 * Reads the real digest files kept next to the repository (../shared/corpus/real/A) through the
 * same steps the pipeline takes: LaTeX escape repair, line-end normalisation, merge-marker
 * resolution, then the digest parser. Skipped where that folder is absent (e.g. in CI).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '@/ingest/diagnostics';
import { looksLikeDigest, parseDigest } from '@/ingest/formats/digest';
import type { PaperDraft } from '@/ingest/schema';
import { repairLatexEscapes } from '@/ingest/repair/latex-escapes';
import { resolveMergeMarkers } from '@/ingest/repair/merge-markers';

const corpus = new URL('../../../shared/corpus/real/A/', import.meta.url);
const present = existsSync(corpus);
const files: string[] = present
  ? readdirSync(corpus)
      .filter((f: string) => f.endsWith('.md'))
      .sort()
  : [];

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

describe('parseDigest on the real corpus', () => {
  if (!present) {
    it.skip('is skipped: ../shared/corpus/real/A is not next to this repository', () => {});
    return;
  }

  it.each(files)('reads %s with its title, authors, arXiv id and every section it has', (file: string) => {
    const { text, conflicts } = prepare(readFileSync(new URL(file, corpus), 'utf8'));
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
    expect(draft.arxivVersion ?? 1).toBeGreaterThan(0);
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
