/**
 * The canonical format: Markdown whose YAML front matter carries the paper's fields under the
 * schema's own names, with the body's `## ` sections (see docs/canonical-format.md).
 */
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { DiagnosticBag } from '../diagnostics.ts';
import type { PaperDraft } from '../schema.ts';
import type { FormatParser } from './types.ts';
import { FIELD_READERS, KEY_SUGGESTIONS, scalarText } from './canonical-fields.ts';
import { readCanonicalBody } from './canonical-body.ts';

/** Keys only this format uses; the digest format's front matter has just `layout` and `title`. */
const SCHEMA_ONLY_KEYS = ['authors', 'abstract', 'keyPoints', 'paperTitle', 'arxivVersion', 'codeLinks', 'takeaway'];
const DELIMITER = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

export interface FrontMatter {
  /** The YAML between the delimiters. */
  yaml: string;
  /** Lines after the closing delimiter. */
  body: string[];
  /** 1-based line of the first body line. */
  bodyLine: number;
}

/** The front matter between `---` lines at the very top; null when there is none or it is not closed. */
export function splitFrontMatter(text: string): FrontMatter | null {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (!DELIMITER.test(lines[0] ?? '')) return null;
  const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
  if (close < 0) return null;
  return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1), bodyLine: close + 2 };
}

/** Top-level keys of the front matter, read by pattern so a YAML mistake does not hide them. */
function frontMatterKeys(yaml: string): Set<string> {
  return new Set([...yaml.matchAll(/^([A-Za-z_][\w-]*)[ \t]*:/gm)].map((match) => match[1] ?? ''));
}

function opensFrontMatter(text: string): boolean {
  return DELIMITER.test(text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '');
}

/** True for front matter with our schema's keys, or a `title` without Jekyll's `layout`. */
export function looksLikeCanonical(text: string): boolean {
  // Unclosed front matter still counts, so the parser can say what is missing.
  const yaml = splitFrontMatter(text)?.yaml ?? (opensFrontMatter(text) ? text : undefined);
  if (yaml === undefined) return false;
  const keys = frontMatterKeys(yaml);
  return SCHEMA_ONLY_KEYS.some((key) => keys.has(key)) || (keys.has('title') && !keys.has('layout'));
}

/** Parses the YAML and reads each known key; false when the YAML is broken (errors reported). */
function readFrontMatter(yaml: string, draft: PaperDraft, bag: DiagnosticBag): boolean {
  const lineCounter = new LineCounter();
  // `timestamp` lets unquoted dates arrive as dates, the way YAML 1.1 tools (Jekyll, Hugo) read them.
  const doc = parseDocument(yaml, { lineCounter, customTags: ['timestamp'], logLevel: 'error' });
  // +1: the YAML starts on the line after the opening `---`.
  const fileLine = (offset: number): number => lineCounter.linePos(offset).line + 1;
  // Later errors are mostly echoes of the first, so only the first is reported.
  const [error] = doc.errors;
  if (error) {
    const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
    bag.error('front-matter-yaml', `the front matter is not valid YAML: ${message}`, {
      line: (error.linePos?.[0].line ?? 1) + 1,
      hint: 'Check the indentation, and quote values that contain ": " or start with a special character.',
    });
    return false;
  }
  if (!isMap(doc.contents)) {
    if (doc.contents !== null) bag.error('front-matter-yaml', 'the front matter must be a list of `key: value` lines', { line: 2 });
    return doc.contents === null;
  }
  for (const pair of doc.contents.items) {
    const key = scalarText(pair.key) ?? '';
    const line = isScalar(pair.key) && pair.key.range ? fileLine(pair.key.range[0]) : undefined;
    // Own keys only: `__proto__`, `constructor` or `toString` must not find Object.prototype's members.
    const reader = Object.hasOwn(FIELD_READERS, key) ? FIELD_READERS[key] : undefined;
    if (!reader) {
      const suggestion = Object.hasOwn(KEY_SUGGESTIONS, key) ? KEY_SUGGESTIONS[key] : undefined;
      bag.warning('unknown-key', `unknown front-matter key "${key}" was ignored`, {
        ...(line ? { line } : {}),
        hint: suggestion ? `Did you mean "${suggestion}"?` : 'See docs/canonical-format.md for the keys.',
      });
      continue;
    }
    const fields = reader(pair.value, (message, hint) =>
      bag.warning('front-matter-value', `"${key}": ${message}`, { ...(line ? { line } : {}), ...(hint ? { hint } : {}) }),
    );
    // An id like "2304.15004v2" carries a version; an explicit `arxivVersion` wins, before or after it.
    if (key === 'id' && draft.arxivVersion !== undefined) delete fields.arxivVersion;
    Object.assign(draft, fields);
  }
  return true;
}

export const parseCanonical: FormatParser = (text, bag) => {
  const frontMatter = splitFrontMatter(text);
  if (!frontMatter) {
    if (opensFrontMatter(text)) {
      bag.error('front-matter-unclosed', 'the front matter has no closing `---` line', {
        line: 1,
        hint: 'End the front matter with a line of three dashes.',
      });
    }
    return null;
  }
  const draft: PaperDraft = {};
  const variant = 'front-matter';
  if (!readFrontMatter(frontMatter.yaml, draft, bag)) return { draft, variant, repairs: [] };

  const { sections, heading } = readCanonicalBody(frontMatter.body, frontMatter.bodyLine, bag, draft.title);
  if (!draft.title && heading) {
    draft.title = heading.text;
    bag.warning('title-from-heading', 'the front matter has no `title`; used the `# ` heading', {
      line: heading.line,
      hint: 'Add `title:` to the front matter.',
    });
  } else if (!draft.title) {
    bag.error('missing-title', 'the entry has no title', { line: 2, hint: 'Add `title:` to the front matter.' });
  }
  draft.sections = { figures: [], ...sections };
  return { draft, variant, repairs: [] };
};
