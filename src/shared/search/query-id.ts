/**
 * Recognises a pasted paper id, in every form readers copy: `2505.02064`, `2505.02064v3`,
 * `arXiv:2505.02064`, `https://arxiv.org/abs/2505.02064v2`, `arxiv.org/pdf/2505.02064.pdf`, old-style
 * `hep-th/9901001` (and its URLs), a DOI with or without `doi:` or the resolver. A query-side stand-in:
 * the site's one id model (canonical id and URL slug) is #18's src/shared/paper-id.ts; when that lands,
 * this should call it.
 */

export interface PastedId {
  kind: 'arxiv' | 'doi';
  /** Canonical form: `2505.02064`, `hep-th/9901001`, `10.1109/lra.2025.3632610`. */
  id: string;
  /** Index terms the paper may be filed under (shared/search/tokenize.ts: idTerms). */
  terms: string[];
  /** The paper's page on arXiv, for a search that finds nothing on this site. */
  arxivUrl?: string;
}

const PREFIX = String.raw`(?:arxiv:\s*)?(?:https?:\/\/)?(?:www\.|export\.)?(?:arxiv\.org\/(?:abs|pdf|html)\/)?`;
const SUFFIX = String.raw`(?:v(\d+))?(?:\.pdf)?\/?`;
const NEW_STYLE = new RegExp(String.raw`^${PREFIX}(\d{4}\.\d{4,5})${SUFFIX}$`, 'i');
const OLD_STYLE = new RegExp(String.raw`^${PREFIX}([a-z][a-z-]*(?:\.[a-z]{2})?)\/(\d{7})${SUFFIX}$`, 'i');
const DOI = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;

export function recognizeId(query: string): PastedId | undefined {
  const text = query.trim().replace(/[.,;]$/, '');
  let match = NEW_STYLE.exec(text);
  if (match) {
    const id = match[1]!;
    return { kind: 'arxiv', id, terms: [id], arxivUrl: `https://arxiv.org/abs/${id}` };
  }
  match = OLD_STYLE.exec(text);
  if (match) {
    const archive = match[1]!.toLowerCase();
    const id = `${archive}/${match[2]}`;
    return { kind: 'arxiv', id, terms: [id, `${archive}-${match[2]}`, `${archive}${match[2]}`], arxivUrl: `https://arxiv.org/abs/${id}` };
  }
  match = DOI.exec(text);
  if (match) {
    const id = match[1]!.toLowerCase();
    return { kind: 'doi', id, terms: [id] };
  }
  return undefined;
}
