/**
 * Reads the front-matter fields of a canonical entry into a paper draft. Hand-written YAML goes
 * wrong in predictable ways (a list written as "A, B", a date as a timestamp, a number where text
 * was meant), so each reader accepts the near miss and says what it guessed.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { CodeLink, PaperDraft } from '../schema.ts';
import { parsePaperId } from '../../shared/paper-id.ts';

/** Reports a guess or a dropped value for the field being read. */
export type Warn = (message: string, hint?: string) => void;
type FieldReader = (node: unknown, warn: Warn) => Partial<PaperDraft>;

const LIST_SEPARATORS = /\s*[,;，、；]\s*/;
const CJK = /[\u3400-\u9fff]/;

/** A scalar as text: strings as they are, numbers and dates as written (so "2304.10000" keeps its zeros). */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  if (typeof node.value === 'string') return node.value.trim() || undefined;
  if (node.value instanceof Date) return node.source ?? node.value.toISOString();
  return node.source ?? String(node.value);
}

/** A key written with no value (`remark:`) is the same as a key left out. */
function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === ''));
}

function text(node: unknown, warn: Warn): string | undefined {
  if (isEmpty(node)) return undefined;
  const value = scalarText(node);
  if (value === undefined)
    warn('expected text; the value was dropped', 'Write the value on one line, or as a `|` block for several lines.');
  return value;
}

function list(node: unknown, warn: Warn, splitText: boolean): string[] | undefined {
  if (isEmpty(node)) return undefined;
  if (isSeq(node)) {
    const items = node.items.map(scalarText);
    if (items.some((item) => item === undefined)) warn('list items must be text; the others were dropped');
    return items.filter((item): item is string => item !== undefined);
  }
  const value = scalarText(node);
  if (value === undefined) {
    warn('expected a list; the value was dropped', 'Write one `- item` per line.');
    return undefined;
  }
  warn(
    splitText ? 'expected a list; read the text as a comma-separated list' : 'expected a list; read the text as one item',
    'Write one `- item` per line.',
  );
  return splitText ? value.split(LIST_SEPARATORS).filter(Boolean) : [value];
}

function date(node: unknown, warn: Warn): string | undefined {
  if (isEmpty(node)) return undefined;
  const value = scalarText(node);
  if (value === undefined) return text(node, warn);
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(value);
  if (!parts) {
    warn(`"${value}" is not a date; it was dropped`, 'Write dates as YYYY-MM-DD.');
    return undefined;
  }
  const iso = `${parts[1]}-${parts[2]?.padStart(2, '0')}-${parts[3]?.padStart(2, '0')}`;
  if (iso !== value) warn(`read "${value}" as ${iso}`, 'Write dates as YYYY-MM-DD.');
  return iso;
}

function version(node: unknown, warn: Warn): number | undefined {
  if (isEmpty(node)) return undefined;
  const value = scalarText(node);
  const digits = value === undefined ? undefined : /^v?(\d+)$/i.exec(value)?.[1];
  if (!digits || Number(digits) < 1) {
    warn('expected a version number such as 2; it was dropped');
    return undefined;
  }
  if (!isScalar(node) || typeof node.value !== 'number')
    warn(`read "${value}" as version ${digits}`, 'Write the version as a bare number: `arxivVersion: 2`.');
  return Number(digits);
}

function codeLinks(node: unknown, warn: Warn): CodeLink[] | undefined {
  if (isEmpty(node)) return undefined;
  const items = isSeq(node) ? node.items : [node];
  const links: CodeLink[] = [];
  for (const item of items) {
    const url = isMap(item) ? scalarText(item.get('url', true)) : scalarText(item);
    const label = isMap(item) ? scalarText(item.get('label', true)) : undefined;
    if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url)) {
      warn(
        `code link ${url ? `"${url}" ` : ''}is not an http(s) URL; it was dropped`,
        'Write each link as `- { label: GitHub, url: https://… }`.',
      );
      continue;
    }
    links.push({ label: label ?? new URL(url).hostname.replace(/^www\./, ''), url });
  }
  return links;
}

function abstract(node: unknown, warn: Warn): PaperDraft['abstract'] {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = scalarText(pair.key);
      if (key !== 'zh' && key !== 'en') warn(`unknown language "${key}" was dropped`, 'Use `zh:` and `en:`.');
    }
    const zh = text(node.get('zh', true), warn);
    const en = text(node.get('en', true), warn);
    return { ...(zh ? { zh } : {}), ...(en ? { en } : {}) };
  }
  const value = text(node, warn);
  if (value === undefined) return undefined;
  const language = CJK.test(value) ? 'zh' : 'en';
  warn(`plain text; read it as the "${language}" abstract`, 'Write `abstract:` with `zh:` and/or `en:` below it.');
  return { [language]: value };
}

function id(node: unknown, warn: Warn): Partial<PaperDraft> {
  const value = text(node, warn);
  if (value === undefined) return {};
  // "arXiv:2304.15004v2" is the id 2304.15004 at version 2; "math.GT/0309136" is math/0309136.
  const parsed = parsePaperId(value);
  if (!parsed || parsed.kind === 'slug') return { id: value };
  return { id: parsed.id, ...(parsed.version ? { arxivVersion: parsed.version } : {}) };
}

const defined = <K extends keyof PaperDraft>(key: K, value: PaperDraft[K] | undefined): Partial<PaperDraft> =>
  value === undefined ? {} : ({ [key]: value } as Partial<PaperDraft>);

/** One reader per front-matter key; the keys are the schema's field names. */
export const FIELD_READERS: Readonly<Record<string, FieldReader>> = {
  id,
  arxivVersion: (node, warn) => defined('arxivVersion', version(node, warn)),
  title: (node, warn) => defined('title', text(node, warn)),
  paperTitle: (node, warn) => defined('paperTitle', text(node, warn)),
  authors: (node, warn) => defined('authors', list(node, warn, true)),
  categories: (node, warn) => defined('categories', list(node, warn, true)),
  published: (node, warn) => defined('published', date(node, warn)),
  updated: (node, warn) => defined('updated', date(node, warn)),
  arrived: (node, warn) => defined('arrived', date(node, warn)),
  remark: (node, warn) => defined('remark', text(node, warn)),
  doi: (node, warn) => defined('doi', text(node, warn)?.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')),
  journal: (node, warn) => defined('journal', text(node, warn)),
  codeLinks: (node, warn) => defined('codeLinks', codeLinks(node, warn)),
  takeaway: (node, warn) => defined('takeaway', text(node, warn)),
  domains: (node, warn) => defined('domains', list(node, warn, true)),
  keywords: (node, warn) => defined('keywords', list(node, warn, true)),
  keyPoints: (node, warn) => defined('keyPoints', list(node, warn, false)),
  abstract: (node, warn) => defined('abstract', abstract(node, warn)),
};

/** Keys people write by habit (Jekyll, Hugo) and the field they meant. */
export const KEY_SUGGESTIONS: Readonly<Record<string, string>> = {
  author: 'authors',
  date: 'published',
  tags: 'keywords',
  category: 'categories',
  summary: 'abstract',
  arxiv: 'id',
  version: 'arxivVersion',
  code: 'codeLinks',
  paper_title: 'paperTitle',
  key_points: 'keyPoints',
};
