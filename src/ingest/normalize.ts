/**
 * Completes what a format parser found into a candidate paper: derives the id, cleans lists,
 * puts math into renderable delimiters and records where the paper came from.
 * The result is validated by `paperSchema` afterwards.
 */
import type { ParsedFile } from './formats/types.ts';
import type { Paper, PaperFormat } from './schema.ts';
import { containsMath, repairMathDelimiters } from './repair/math-delimiters.ts';
import { shortHash, slugify } from './slug.ts';
import { parsePaperId } from '../shared/paper-id.ts';
import { codeLinksInRemark, decodeTextEntities, unwrapBold } from './text-fields.ts';
import { arrivedDate } from './arrived.ts';

export interface NormalizeContext {
  /** Path relative to PAPERS_DIR. */
  path: string;
  format: PaperFormat;
  /** Repairs applied before parsing (decoding, LaTeX escapes, merge markers). */
  repairs: string[];
}

/** Trimmed, non-empty, first occurrence kept (case-insensitive for ASCII). */
export function uniqueList(items: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items ?? []) {
    const item = decodeTextEntities(raw).trim();
    const key = item.toLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value === undefined ? undefined : decodeTextEntities(value).trim();
  return trimmed ? trimmed : undefined;
}

export function normalizeDraft(parsed: ParsedFile, context: NormalizeContext): Paper {
  const { draft } = parsed;
  let mathRepairs = 0;
  const math = (value: string | undefined): string | undefined => {
    const text = blankToUndefined(value);
    if (text === undefined) return undefined;
    const repaired = repairMathDelimiters(text);
    mathRepairs += repaired.count;
    return repaired.text;
  };

  const title = math(draft.title?.replace(/\s+/g, ' ')) ?? '';
  // An id as the file wrote it (a version, `arXiv:`, a URL) becomes canonical; a paper with only
  // a DOI is known by its DOI; anything else by its title.
  const given = draft.id?.trim();
  const doi = blankToUndefined(draft.doi);
  const id =
    (given ? (parsePaperId(given)?.id ?? given.toLowerCase()) : undefined) ??
    (doi ? parsePaperId(doi)?.id : undefined) ??
    slugify(title, `paper-${shortHash(context.path)}`);
  const paperTitle = blankToUndefined(draft.paperTitle);
  const remark = blankToUndefined(draft.remark);
  const codeLinks = draft.codeLinks ?? [];
  // A remark's code URL is offered only when the file names no code link of its own.
  if (codeLinks.length === 0) codeLinks.push(...codeLinksInRemark(remark));

  const paper: Paper = {
    id,
    arxivVersion: draft.arxivVersion,
    title,
    paperTitle: paperTitle && paperTitle !== title ? paperTitle : undefined,
    authors: uniqueList(draft.authors),
    categories: uniqueList(draft.categories),
    published: blankToUndefined(draft.published),
    updated: blankToUndefined(draft.updated),
    arrived: arrivedDate(context.path, blankToUndefined(draft.arrived), blankToUndefined(draft.published)),
    remark,
    doi: blankToUndefined(draft.doi),
    journal: blankToUndefined(draft.journal),
    codeLinks,
    takeaway: math(draft.takeaway === undefined ? undefined : unwrapBold(draft.takeaway)),
    domains: uniqueList(draft.domains),
    keywords: uniqueList(draft.keywords),
    keyPoints: (draft.keyPoints ?? []).map((point) => math(point)).filter((p): p is string => Boolean(p)),
    abstract: { zh: math(draft.abstract?.zh), en: math(draft.abstract?.en) },
    sections: {
      method: math(draft.sections?.method),
      experiments: math(draft.sections?.experiments),
      applications: math(draft.sections?.applications),
      figures: draft.sections?.figures ?? [],
      body: math(draft.sections?.body),
    },
    hasMath: false,
    source: {
      path: context.path,
      format: context.format,
      variant: parsed.variant,
      repairs: [...context.repairs, ...parsed.repairs],
      mergedFrom: [],
    },
  };
  if (mathRepairs > 0) paper.source.repairs.push('math:delimiters');
  paper.hasMath = markdownFields(paper).some(containsMath);
  return paper;
}

/** Every Markdown-valued field of a paper, for checks that look at all text. */
export function markdownFields(paper: Paper): string[] {
  const { abstract, sections } = paper;
  return [
    paper.title,
    paper.takeaway,
    ...paper.keyPoints,
    abstract.zh,
    abstract.en,
    sections.method,
    sections.experiments,
    sections.applications,
    sections.body,
  ].filter((v): v is string => typeof v === 'string');
}
