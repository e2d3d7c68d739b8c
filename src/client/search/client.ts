/**
 * The page's handle on search: loads the engine (its own chunk, with fuse.js) the first time it is
 * needed and answers queries on the page. A warm query takes the engine 1-3 ms, less than a
 * message's round trip to a Web Worker and back on a busy phone; the files a query needs arrive
 * with fetch, which never blocks typing, and each is parsed in a few milliseconds.
 */
import { MANIFEST_FILE } from '../../shared/search/format';
import type { AbstractSnippet, SearchEngine, SearchRequest, SearchResponse } from './engine';

type EngineModule = typeof import('./engine');

export interface SearchClient {
  search(request: SearchRequest): Promise<SearchResponse>;
  warm(): Promise<void>;
  /** Abstract snippets for results that matched only there (after they are shown). */
  snippets(docs: number[], highlights: string[]): Promise<AbstractSnippet[]>;
}

let client: SearchClient | undefined;

function fetchJson(base: string) {
  return async (name: string): Promise<unknown> => {
    const response = await fetch(new URL(name, base));
    if (!response.ok) throw new Error(`${response.status} for ${name}`);
    return response.json();
  };
}

/**
 * The one client of this page; `indexUrl` is the absolute URL of the /search/ folder. The index's
 * manifest is asked for at once, while the engine's code loads, not after it. `engineModule`
 * gives a page that imports the engine itself (the search page, so it loads with the page's own
 * code); otherwise it is loaded when the client is made.
 */
export function searchClient(indexUrl: string, engineModule: () => Promise<EngineModule> = () => import('./engine')): SearchClient {
  if (!client) {
    const load = fetchJson(indexUrl);
    let manifest: Promise<unknown> | undefined = load(MANIFEST_FILE);
    // The engine's first read takes it; this only keeps a failure nobody read yet from being reported as unhandled.
    manifest.catch(() => undefined);
    const loadFile = (name: string) => {
      const early = name === MANIFEST_FILE ? manifest : undefined;
      if (early) manifest = undefined;
      return early ?? load(name);
    };
    const engine: Promise<SearchEngine> = engineModule().then(({ createSearchEngine }) => createSearchEngine(loadFile));
    client = {
      search: async (request) => (await engine).search(request),
      warm: async () => (await engine).warm(),
      snippets: async (docs, highlights) => (await engine).snippets(docs, highlights),
    };
  }
  return client;
}
