/**
 * The one place that knows what a paper id looks like, for the build and the browser alike.
 *
 * A paper's id is canonical: an arXiv id without version (`2401.01234`, or old-style
 * `hep-th/9901001`), a DOI when the paper has no arXiv id (`10.1109/lra.2025.3632610`), else the
 * slug of its title (`notes-on-reward-models`). `parsePaperId` reads every form people paste or
 * files carry (versions, `arXiv:` and `doi:` prefixes, abs/pdf/html and doi.org URLs, old-style ids
 * with a subject class such as `math.GT/0309136`); `paperIdSlug` turns an id into one URL path
 * segment and file name, and `paperIdFromSlug` reads it back.
 */
import { pathSegment } from './path-segment.ts';

export type PaperIdKind = 'arxiv' | 'arxiv-old' | 'doi' | 'slug';

export interface ParsedPaperId {
  /** Canonical id, lowercase except nothing: arXiv and DOI ids are compared without case. */
  id: string;
  kind: PaperIdKind;
  /** The arXiv version named (the N of vN), when one was. */
  version?: number;
}

const NEW_STYLE = /^(\d{4}\.\d{4,5})(?:v(\d+))?$/;
// Old-style: archive (letters and dashes), an optional subject class (`.GT`), `/`, YYMMNNN.
const OLD_STYLE = /^([a-z][a-z-]*[a-z])(?:\.[a-z]{2})?\/(\d{7})(?:v(\d+))?$/;
const DOI = /^(10\.\d{4,9}\/\S+)$/;
const TITLE_SLUG = /^[a-z0-9][a-z0-9.-]*$/;
const ARXIV_URL = /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?(?:[?#].*)?$/;
const DOI_URL = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/(.+)$/;

/** Longest id accepted; DOIs are long, but not this long. */
export const MAX_ID_LENGTH = 200;

/** Reads any id form into its canonical id, or undefined when `input` is no id at all. */
export function parsePaperId(input: unknown): ParsedPaperId | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  let text = String(input).trim();
  if (text === '' || text.length > MAX_ID_LENGTH + 40) return undefined;
  const lower = text.toLowerCase();
  const arxivUrl = ARXIV_URL.exec(lower);
  const doiUrl = DOI_URL.exec(text);
  if (arxivUrl?.[1]) text = arxivUrl[1];
  else if (doiUrl?.[1]) return doiId(safeDecode(doiUrl[1]));
  else if (/^arxiv:/i.test(text)) text = text.slice('arxiv:'.length).trim();
  else if (/^doi:/i.test(text)) return doiId(text.slice('doi:'.length).trim());
  return (
    arxivId(text.toLowerCase()) ??
    doiId(text) ??
    (TITLE_SLUG.test(lower) && lower.length <= MAX_ID_LENGTH ? { id: lower, kind: 'slug' } : undefined)
  );
}

function arxivId(text: string): ParsedPaperId | undefined {
  const modern = NEW_STYLE.exec(text);
  if (modern?.[1]) return withVersion({ id: modern[1], kind: 'arxiv' }, modern[2]);
  const old = OLD_STYLE.exec(text);
  // The subject class (`.GT`) is not part of the identifier: math.GT/0309136 is math/0309136.
  if (old?.[1] && old[2]) return withVersion({ id: `${old[1]}/${old[2]}`, kind: 'arxiv-old' }, old[3]);
  return undefined;
}

function doiId(text: string): ParsedPaperId | undefined {
  const doi = DOI.exec(text.trim());
  if (!doi?.[1] || doi[1].length > MAX_ID_LENGTH) return undefined;
  // arXiv's own DOIs (10.48550/arXiv.2401.01234) name the arXiv paper.
  const registered = /^10\.48550\/arxiv\.(.+)$/i.exec(doi[1]);
  const arxiv = registered?.[1] ? arxivId(registered[1].toLowerCase()) : undefined;
  if (arxiv) return arxiv;
  // DOIs are case-insensitive; a trailing full stop is the sentence's, not the DOI's.
  return { id: doi[1].toLowerCase().replace(/[.,;]+$/, ''), kind: 'doi' };
}

function withVersion(parsed: ParsedPaperId, version: string | undefined): ParsedPaperId {
  const n = version ? Number(version) : 0;
  return n > 0 ? { ...parsed, version: n } : parsed;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** True for a canonical id (as `parsePaperId` returns it). */
export function isPaperId(id: string): boolean {
  return parsePaperId(id)?.id === id;
}

/** True when the id names an arXiv paper, in either style. */
export function isArxivId(id: string): boolean {
  const kind = parsePaperId(id)?.kind;
  return kind === 'arxiv' || kind === 'arxiv-old';
}

/** True when the id is a DOI. */
export function isDoiId(id: string): boolean {
  return parsePaperId(id)?.kind === 'doi';
}

/**
 * One URL path segment and file name for an id, readable and reversible. New-style arXiv ids and
 * title slugs are their own slug; `hep-th/9901001` becomes `hep-th_9901001`; a DOI becomes
 * `doi_` + the DOI with `/` as `_` and any other character outside `a-z 0-9 . -` as `~XX` (its
 * UTF-8 bytes). Title slugs never hold `_` or `~`, so every slug reads back to one id. The result
 * goes through pathSegment, so it is always a safe file name; an id it had to change (`x.bib`, a
 * slug past 120 bytes) gets a hashed slug that reads back to nothing.
 */
export function paperIdSlug(id: string): string {
  return pathSegment(paperIdReadableSlug(id));
}

/**
 * The slug before it is made a safe path segment: the same for every id an ordinary file carries;
 * src/loader/path-check.ts compares the two to warn about an id that had to change.
 */
export function paperIdReadableSlug(id: string): string {
  const parsed = parsePaperId(id);
  if (parsed?.kind === 'arxiv-old') return parsed.id.replace('/', '_');
  if (parsed?.kind === 'doi') return `doi_${escapeDoi(parsed.id)}`;
  return parsed?.id ?? escapeDoi(id);
}

/** The id a slug stands for; undefined when it is no slug `paperIdSlug` writes. */
export function paperIdFromSlug(slug: string): string | undefined {
  const id = readSlug(slug);
  return id !== undefined && paperIdSlug(id) === slug ? id : undefined;
}

function readSlug(slug: string): string | undefined {
  if (slug.startsWith('doi_')) {
    const doi = unescapeDoi(slug.slice('doi_'.length));
    return doi !== undefined && parsePaperId(doi)?.kind === 'doi' ? doi : undefined;
  }
  const old = /^([a-z][a-z-]*[a-z])_(\d{7})$/.exec(slug);
  if (old) return `${old[1]}/${old[2]}`;
  const parsed = parsePaperId(slug);
  return parsed && parsed.id === slug && (parsed.kind === 'arxiv' || parsed.kind === 'slug') ? slug : undefined;
}

function escapeDoi(doi: string): string {
  let out = '';
  for (const ch of doi) {
    if (/[a-z0-9.-]/.test(ch)) out += ch;
    else if (ch === '/') out += '_';
    else for (const byte of new TextEncoder().encode(ch)) out += `~${byte.toString(16).padStart(2, '0')}`;
  }
  // A slug of dots only would be a relative path segment.
  return /^\.+$/.test(out) ? out.replace(/\./g, '~2e') : out;
}

function unescapeDoi(slug: string): string | undefined {
  if (!/^(?:[a-z0-9._-]|~[0-9a-f]{2})+$/.test(slug)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < slug.length; i++) {
    const ch = slug[i]!;
    if (ch === '~') {
      bytes.push(parseInt(slug.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push((ch === '_' ? '/' : ch).charCodeAt(0));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}
