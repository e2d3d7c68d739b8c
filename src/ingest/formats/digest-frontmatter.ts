/**
 * Reads a digest's Jekyll front matter. Only `title` matters to us (`layout` marks the format).
 * The generator wrote titles unquoted, so a title holding `: ` is invalid YAML; and a double-quoted
 * title holding LaTeX (`"$\beta$…"`) loses its backslashes to YAML escapes. In both cases the raw
 * line is the better source, so we fall back to reading `key: value` lines ourselves.
 */
import { parse } from 'yaml';
import type { Line } from './digest-lines.ts';

export interface FrontMatter {
  title?: string;
  titleLine?: number;
  layout?: string;
  /** Index in the line array of the first line after the closing `---`. */
  bodyStart: number;
}

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\x00-\x1f\x85\u2028\u2029]/;

export function readFrontMatter(lines: readonly Line[]): FrontMatter | null {
  if (lines[0]?.text.trim() !== '---') return null;
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l.text));
  if (close < 0) return null;
  const inner = lines.slice(1, close);
  const raw = readLoosely(inner);
  const strict = readStrictly(inner);
  const title = strict.title !== undefined && !CONTROL.test(strict.title) ? strict.title : raw.title;
  const layout = strict.layout ?? raw.layout;
  const titleLine = inner.find((l) => /^title\s*:/.test(l.text))?.number;
  return {
    bodyStart: close + 1,
    ...(title?.trim() ? { title: title.trim() } : {}),
    ...(titleLine !== undefined ? { titleLine } : {}),
    ...(layout ? { layout } : {}),
  };
}

function readStrictly(inner: readonly Line[]): { title?: string; layout?: string } {
  try {
    const data: unknown = parse(inner.map((l) => l.text).join('\n'), { logLevel: 'error' });
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    const record = data as Record<string, unknown>;
    const scalar = (v: unknown): string | undefined =>
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
    const title = scalar(record['title']);
    const layout = scalar(record['layout']);
    return { ...(title !== undefined ? { title } : {}), ...(layout !== undefined ? { layout } : {}) };
  } catch {
    return {};
  }
}

function readLoosely(inner: readonly Line[]): { title?: string; layout?: string } {
  const out: { title?: string; layout?: string } = {};
  for (const line of inner) {
    const m = /^(title|layout)\s*:\s?(.*)$/.exec(line.text);
    if (m?.[1] === 'title' || m?.[1] === 'layout') out[m[1]] = unquote(m[2] ?? '');
  }
  return out;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1).replace(/\\(["\\])/g, '$1');
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}
