/**
 * The digest's labelled lines, `**作者**: …`, `🎯 **匹配领域**: …`, `**关键词**：…`, and how each
 * value is read. Colons may be full-width or half-width, with or without spaces, and the colon may
 * sit inside the bold (`**作者：**`).
 */
import type { CodeLink } from '../schema.ts';
import { unwrapBold } from '../text-fields.ts';

export type FieldName =
  'arxiv' | 'authors' | 'categories' | 'dates' | 'remark' | 'doi' | 'journal' | 'code' | 'domains' | 'keywords' | 'takeaway';

const LABELS: Readonly<Record<string, FieldName>> = {
  arxiv: 'arxiv',
  作者: 'authors',
  authors: 'authors',
  分类: 'categories',
  categories: 'categories',
  发布日期: 'dates',
  published: 'dates',
  备注: 'remark',
  comments: 'remark',
  doi: 'doi',
  期刊: 'journal',
  journal: 'journal',
  '代码/项目': 'code',
  代码: 'code',
  code: 'code',
  匹配领域: 'domains',
  关键词: 'keywords',
  keywords: 'keywords',
  一句话要点: 'takeaway',
};

export interface FieldLine {
  /** The known field, or null for a labelled line we do not know. */
  name: FieldName | null;
  label: string;
  value: string;
}

// An optional emoji, then **label**: value or **label:** value.
const COLON_OUTSIDE = /^\s*(?:[^\p{L}\p{N}*\s]+\s*)?\*\*([^*]+?)\*\*\s*[:：]\s*(.*)$/u;
const COLON_INSIDE = /^\s*(?:[^\p{L}\p{N}*\s]+\s*)?\*\*([^*]+?)[:：]\s*\*\*\s*(.*)$/u;

export function matchField(text: string): FieldLine | null {
  const m = COLON_OUTSIDE.exec(text) ?? COLON_INSIDE.exec(text);
  if (!m?.[1]) return null;
  const label = m[1].replace(/^[^\p{L}\p{N}]+/u, '').trim();
  const name = LABELS[label.toLowerCase()] ?? null;
  return { name, label, value: (m[2] ?? '').trim() };
}

export function splitList(value: string): string[] {
  return value
    .split(/\s*[,，、;；]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function readAuthors(value: string): string[] {
  return splitList(value.replace(/\s+and\s+/g, ', '));
}

const CATEGORY = /^[a-z][a-z-]*(?:\.[A-Za-z][A-Za-z-]*)?$/;

export function readCategories(value: string): { categories: string[]; unreadable: string[] } {
  const items = value.split(/[\s,，、;；]+/).filter(Boolean);
  return { categories: items.filter((c) => CATEGORY.test(c)), unreadable: items.filter((c) => !CATEGORY.test(c)) };
}

const DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;

function isoDate(m: RegExpExecArray | null): string | undefined {
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `2023-12-02 (更新: 2024-02-11)` → published and updated. */
export function readDates(value: string): { published?: string; updated?: string } {
  const published = isoDate(DATE.exec(value));
  const updatedMatch = /(?:更新|updated?|revised)\s*[:：]?\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/i.exec(value);
  const updated = updatedMatch?.[1] ? isoDate(DATE.exec(updatedMatch[1])) : undefined;
  return { ...(published ? { published } : {}), ...(updated ? { updated } : {}) };
}

const DOI = /\b(10\.\d{4,9}\/[^\s)\]]+)/;

/** `[10.x/y](https://doi.org/10.x/y)`, a doi.org URL or a bare DOI → the bare DOI. */
export function readDoi(value: string): string | undefined {
  let text = value;
  try {
    text = decodeURIComponent(value);
  } catch {
    // A stray % is not worth losing the DOI over; read the text as it is.
  }
  return DOI.exec(text)?.[1]?.replace(/[.,;]+$/, '');
}

/** `[GITHUB](url) | [PROJECT_PAGE](url)` or bare URLs → links; non-http(s) targets are reported. */
export function readCodeLinks(value: string): { links: CodeLink[]; rejected: string[] } {
  const links: CodeLink[] = [];
  const rejected: string[] = [];
  const found = [...value.matchAll(/\[([^\]]*)\]\(\s*<?([^\s)>]+)>?[^)]*\)/g)].map((m) => ({ label: m[1] ?? '', url: m[2] ?? '' }));
  if (found.length === 0) {
    for (const m of value.matchAll(/\bhttps?:\/\/[^\s<>|)]+/g)) found.push({ label: m[0], url: m[0] });
  }
  for (const { label, url } of found) {
    if (/^https?:\/\/[^\s/]+/i.test(url)) links.push({ label: label.trim() || url, url });
    else rejected.push(url);
  }
  return { links, rejected };
}

/** `**支柱二：…** **支柱九：…**` → each bold item; without bold, a plain list. */
export function readDomains(value: string): string[] {
  const bold = [...value.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
  return bold.length ? bold : splitList(value);
}

/** `` `a` `b` `` or `a, b、c` → keywords. */
export function readKeywords(value: string): string[] {
  const ticked = [...value.matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
  return [...new Set(ticked.length ? ticked : splitList(value))];
}

export function readTakeaway(value: string): string {
  return unwrapBold(value);
}
