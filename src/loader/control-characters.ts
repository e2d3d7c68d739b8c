/**
 * Control characters in a paper's text fields (NUL and the other C0 controls but tab and line
 * ends) are taken out before anything is rendered: XML (the RSS feed, sitemaps) cannot carry them,
 * HTML shows them as boxes, a .bib file passes them to TeX. They arrive as stray bytes in a file or
 * as YAML escapes ("\0", "\x01"); either way each field that had them gets a warning.
 */
import type { Diagnostic } from '../ingest/diagnostics.ts';
import type { Paper } from '../ingest/schema.ts';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Half of a UTF-16 pair without its other half (a YAML "\ud800" escape): no UTF-8 can carry it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

interface Found {
  count: number;
  nul: number;
  surrogates: number;
}

function scrub(value: unknown, found: Found): unknown {
  if (typeof value === 'string') {
    return value
      .replace(CONTROL, (c) => {
        found.count++;
        if (c === '\u0000') found.nul++;
        return '';
      })
      .replace(LONE_SURROGATE, () => {
        found.surrogates++;
        return '\ufffd';
      });
  }
  if (Array.isArray(value)) return value.map((item) => scrub(item, found));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, found)]));
  return value;
}

/** `paper` without control characters in its fields, and a warning per field that had some. */
export function removeControlCharacters(paper: Paper): { paper: Paper; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const clean: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(paper)) {
    if (field === 'source') {
      clean[field] = value;
      continue;
    }
    const found: Found = { count: 0, nul: 0, surrogates: 0 };
    clean[field] = scrub(value, found);
    if (found.surrogates > 0) {
      diagnostics.push({
        file: paper.source.path,
        severity: 'warning',
        code: 'broken-unicode',
        message: `the ${field} field contains ${found.surrogates} half of a UTF-16 surrogate pair (e.g. a YAML "\\ud800" escape); each was replaced with �`,
        hint: 'write the character itself, or a YAML escape of a whole code point such as "\\U0001F600"',
      });
    }
    if (found.count === 0) continue;
    const what = found.nul === found.count ? `${found.nul} NUL byte(s)` : `${found.count} control character(s), ${found.nul} of them NUL`;
    diagnostics.push({
      file: paper.source.path,
      severity: 'warning',
      code: 'control-characters',
      message: `the ${field} field contains ${what}; they were removed so they cannot reach the pages, the feed or the .bib file`,
      hint: 'look for \\0 or \\x.. escapes in the front matter, or for stray bytes from a broken copy, and delete them',
    });
  }
  return { paper: clean as Paper, diagnostics };
}
