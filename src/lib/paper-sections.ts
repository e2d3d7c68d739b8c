/** The sections a paper page shows, in order, for the page and its table of contents. */
import type { MessageKey } from '@/i18n';
import type { PaperEntry } from './papers';

export interface PaperSectionInfo {
  /** Fragment id of the section. */
  id: string;
  /** UI string of its heading. */
  key: MessageKey;
  /** Rendered HTML, for sections that are one block of prose. */
  html?: string | undefined;
}

export function paperSections(paper: PaperEntry['data']): PaperSectionInfo[] {
  const { html } = paper;
  const all: (PaperSectionInfo | false)[] = [
    !!html.takeaway && { id: 'takeaway', key: 'paper.takeaway' },
    html.keyPoints.length > 0 && { id: 'key-points', key: 'paper.keyPoints' },
    { id: 'abstracts', key: 'paper.abstracts' },
    !!html.method && { id: 'method', key: 'paper.method', html: html.method },
    paper.sections.figures.length > 0 && { id: 'figures', key: 'paper.figures' },
    !!html.experiments && { id: 'experiments', key: 'paper.experiments', html: html.experiments },
    !!html.applications && { id: 'applications', key: 'paper.applications', html: html.applications },
    !!html.body && { id: 'article', key: 'paper.body', html: html.body },
    { id: 'source', key: 'paper.source' },
  ];
  return all.filter((s): s is PaperSectionInfo => s !== false);
}
