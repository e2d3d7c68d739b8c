/** The sections a paper page shows, in order, for the page and its table of contents. */
import type { MessageKey } from '@/i18n';
import type { PaperBody } from '../loader/entry-schema';
import type { PaperEntry } from './papers';

export interface PaperSectionInfo {
  /** Fragment id of the section. */
  id: string;
  /** UI string of its heading. */
  key: MessageKey;
  /** Rendered HTML, for sections that are one block of prose. */
  html?: string | undefined;
}

export function paperSections(paper: PaperEntry['data'], body: PaperBody): PaperSectionInfo[] {
  const { html } = paper;
  const all: (PaperSectionInfo | false)[] = [
    !!html.takeaway && { id: 'takeaway', key: 'paper.takeaway' },
    html.keyPoints.length > 0 && { id: 'key-points', key: 'paper.keyPoints' },
    { id: 'abstracts', key: 'paper.abstracts' },
    !!body.method && { id: 'method', key: 'paper.method', html: body.method },
    paper.sections.figures.length > 0 && { id: 'figures', key: 'paper.figures' },
    !!body.experiments && { id: 'experiments', key: 'paper.experiments', html: body.experiments },
    !!body.applications && { id: 'applications', key: 'paper.applications', html: body.applications },
    !!body.body && { id: 'article', key: 'paper.body', html: body.body },
    { id: 'source', key: 'paper.source' },
  ];
  return all.filter((s): s is PaperSectionInfo => s !== false);
}
