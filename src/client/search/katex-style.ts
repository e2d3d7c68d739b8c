/** KaTeX's stylesheet, added to a page the first time a search result shows a formula (pages without math never load it). */
let added = false;

export function loadKatexStylesheet(href: string | undefined): void {
  if (added || !href || document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) {
    added = true;
    return;
  }
  added = true;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
