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
      if (typeof paper === 'object' && paper !== null && typeof paper.title === 'string' && typeof paper.url === 'string')
        papers.set(id, paper);
    }
    return papers;
  } catch {
    return undefined;
  }
}
