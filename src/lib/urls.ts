/** Every internal URL goes through here, so the site works under a sub-path (BASE_PATH). */

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `path` without a leading slash, resolved against the base: url('papers/x/') → '/shelf/papers/x/'. */
export function url(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

export function paperUrl(id: string): string {
  return url(`papers/${encodeURIComponent(id)}/`);
}

export function homePageUrl(page: number): string {
  return page <= 1 ? url() : url(`page/${page}/`);
}

export function arxivAbsUrl(id: string, version?: number): string {
  return `https://arxiv.org/abs/${id}${version ? `v${version}` : ''}`;
}

export function arxivPdfUrl(id: string, version?: number): string {
  return `https://arxiv.org/pdf/${id}${version ? `v${version}` : ''}`;
}

/** arXiv ids look like 2401.01234 or hep-th/9901001; slugs of hand-written entries do not. */
export function isArxivId(id: string): boolean {
  return /^\d{4}\.\d{4,5}$/.test(id) || /^[a-z-]+(\.[a-z]{2})?\/\d{7}$/.test(id);
}
