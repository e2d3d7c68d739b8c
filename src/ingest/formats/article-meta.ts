/**
 * Reads the arXiv-style metadata lines an AI-SCHOLAR article copies below its byline:
 * "(Submitted on …)", "Comments:", "Subjects:", and the rarer journal, DOI and code lines.
 */
import type { CodeLink } from '../schema.ts';

export interface ArticleMeta {
  published?: string;
  updated?: string;
  arxivVersion?: number;
  remark?: string;
  categories?: string[];
  journal?: string;
  doi?: string;
  codeLinks?: CodeLink[];
}

/** What one line said: fields to merge, or a problem with the line. */
export type MetaLineResult = { fields: ArticleMeta } | { problem: string } | null;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE = String.raw`(\d{1,2}\s+\p{L}+\.?\s+\d{4})`;
const SUBMITTED = new RegExp(String.raw`^[([]?\s*Submitted on\s+${DATE}`, 'iu');
// arXiv's wording on the latest version's page ("last revised") and on an older one's ("latest version").
const REVISED = new RegExp(String.raw`(?:last revised|latest version)\s+${DATE}`, 'iu');
const THIS_VERSION = /\(this version,\s*v(\d+)\)/i;
const FIELD = /^(comments?|subjects?|journal[- ]ref(?:erence)?|doi|cite as|code|github|project(?: page)?)\s*:\s*(.*)$/i;
const CATEGORY = /\(([a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]{2,})?)\)\s*$/;

/** "28 Apr 2023" → "2023-04-28"; undefined when the month or day is not a date. */
export function parseArxivDate(text: string): string | undefined {
  const [day, month, year] = text.trim().split(/\s+/);
  const monthIndex = MONTHS.indexOf((month ?? '').slice(0, 3).toLowerCase());
  const dayNumber = Number(day);
  if (monthIndex < 0 || !year || !(dayNumber >= 1 && dayNumber <= 31)) return undefined;
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
}

/** "Artificial Intelligence (cs.AI); Machine Learning (cs.LG)" → ["cs.AI", "cs.LG"]. */
export function parseSubjects(text: string): string[] {
  return text
    .split(';')
    .map((subject) => CATEGORY.exec(subject.trim())?.[1])
    .filter((code): code is string => Boolean(code));
}

function parseSubmitted(line: string): MetaLineResult {
  const submitted = SUBMITTED.exec(line);
  if (!submitted?.[1]) return null;
  const published = parseArxivDate(submitted[1]);
  if (!published) return { problem: `cannot read the date "${submitted[1]}"` };
  const revisedOn = REVISED.exec(line)?.[1];
  const updated = revisedOn ? parseArxivDate(revisedOn) : undefined;
  // "(this version, v2)" names the version; otherwise this page is v1 ("(v1)", "(this version)" or nothing).
  const version = THIS_VERSION.exec(line)?.[1] ?? '1';
  return { fields: { published, arxivVersion: Number(version), ...(updated ? { updated } : {}) } };
}

function codeLink(label: string, value: string): ArticleMeta {
  const url = /https?:\/\/\S+/.exec(value)?.[0];
  return url ? { codeLinks: [{ label, url }] } : {};
}

/** Reads one metadata line; null when the line is not metadata (the article body has begun). */
export function readMetaLine(line: string): MetaLineResult {
  const submitted = parseSubmitted(line);
  if (submitted) return submitted;
  const field = FIELD.exec(line);
  if (!field?.[1]) return null;
  const name = field[1].toLowerCase();
  const value = (field[2] ?? '').trim();
  if (name.startsWith('comment')) return { fields: value ? { remark: value } : {} };
  if (name.startsWith('subject')) return { fields: { categories: parseSubjects(value) } };
  if (name.startsWith('journal')) return { fields: value ? { journal: value } : {} };
  if (name === 'doi') return { fields: value ? { doi: value.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '') } : {} };
  // "Cite as:" carries the arXiv id, which is read from the whole text.
  if (name === 'cite as') return { fields: {} };
  return { fields: codeLink(field[1], value) };
}
