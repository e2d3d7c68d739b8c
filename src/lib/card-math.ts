/**
 * Whether a listing must load KaTeX's stylesheet: only when a title or takeaway it shows has a
 * formula (the cards carry KaTeX's HTML, which without the stylesheet shows every formula twice).
 */
import type { PaperEntry } from './papers';

const KATEX_MARK = 'class="katex';

export function showsMath(papers: readonly (PaperEntry | undefined)[]): boolean {
  return papers.some(
    (paper) => !!paper && (paper.data.html.title.includes(KATEX_MARK) || !!paper.data.html.takeaway?.includes(KATEX_MARK)),
  );
}
