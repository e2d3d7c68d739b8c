/** The papers now on the site (pages/favourites/ids.json.ts), or undefined when they cannot be fetched (offline). */
import type { SitePaper } from './model';

export type SitePapers = Map<string, SitePaper>;

export async function fetchSitePapers(url: string): Promise<SitePapers | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    const index: unknown = await response.json();
    if (typeof index !== 'object' || index === null) return undefined;
    const papers: SitePapers = new Map();
    for (const [id, paper] of Object.entries(index)) {
      if (typeof paper !== 'object' || paper === null || typeof paper.title !== 'string' || typeof paper.url !== 'string') continue;
      const { title, url, published, authors, authorCount, takeaway } = paper as Record<string, unknown>;
      papers.set(id, {
        title: title as string,
        url: url as string,
        ...(typeof published === 'string' ? { published } : {}),
        ...(Array.isArray(authors) ? { authors: authors.filter((a): a is string => typeof a === 'string') } : {}),
        ...(typeof authorCount === 'number' ? { authorCount } : {}),
        ...(typeof takeaway === 'string' ? { takeaway } : {}),
      });
    }
    return papers;
  } catch {
    return undefined;
  }
}
