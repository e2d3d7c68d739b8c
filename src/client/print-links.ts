/**
 * Printed pages name the address of the links a reader may want to type in (the paper's arXiv,
 * PDF, code and BibTeX links, links in summaries): absolute, since paper has no base URL.
 */
export function markPrintedLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main .links a[href], main .prose a[href]')) {
    if (!link.href.startsWith('javascript:')) link.dataset.printHref = link.href;
  }
}
