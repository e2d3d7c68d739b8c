/**
 * The page's handle on search: loads the engine (its own chunk, with fuse.js) the first time it is
 * needed and answers queries on the page. A warm query takes the engine 1-3 ms, less than a
 * message's round trip to a Web Worker and back on a busy phone; the files a query needs arrive
 * with fetch, which never blocks typing, and each is parsed in a few milliseconds.
 */
import type { AbstractSnippet, SearchEngine, SearchRequest, SearchResponse } from './engine';

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

/** The one client of this page; `indexUrl` is the absolute URL of the /search/ folder. */
export function searchClient(indexUrl: string): SearchClient {
  if (!client) {
    let engine: Promise<SearchEngine> | undefined;
    const ready = () => (engine ??= import('./engine').then(({ createSearchEngine }) => createSearchEngine(fetchJson(indexUrl))));
    client = {
      search: async (request) => (await ready()).search(request),
      warm: async () => (await ready()).warm(),
      snippets: async (docs, highlights) => (await ready()).snippets(docs, highlights),
    };
  }
  return client;
}
