/**
 * The page's handle on search: starts the worker once and sends it queries. Without Worker
 * support (or if it fails to start) the engine runs on the page instead, loaded the same lazy way.
 */
import type { AbstractSnippet, SearchEngine, SearchRequest, SearchResponse } from './engine';

type WorkerMessage =
  { type: 'warm' } | { type: 'search'; request: SearchRequest } | { type: 'snippets'; docs: number[]; highlights: string[] };
export type WorkerRequest = { id: number; indexUrl: string } & WorkerMessage;
export type WorkerReply = { id: number; response?: SearchResponse | AbstractSnippet[] | undefined; error?: string };

export interface SearchClient {
  search(request: SearchRequest): Promise<SearchResponse>;
  warm(): Promise<void>;
  /** Abstract snippets for results that matched only there (after they are shown). */
  snippets(docs: number[], highlights: string[]): Promise<AbstractSnippet[]>;
}

let client: SearchClient | undefined;

function inPage(indexUrl: string): SearchClient {
  const engine: Promise<SearchEngine> = import('./engine').then(({ createSearchEngine }) =>
    createSearchEngine(async (name) => {
      const response = await fetch(new URL(name, indexUrl));
      if (!response.ok) throw new Error(`${response.status} for ${name}`);
      return response.json();
    }),
  );
  return {
    search: async (request) => (await engine).search(request),
    warm: async () => (await engine).warm(),
    snippets: async (docs, highlights) => (await engine).snippets(docs, highlights),
  };
}

function inWorker(indexUrl: string): SearchClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  let next = 0;
  worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    pending.get(data.id)?.resolve(data);
    pending.delete(data.id);
  };
  worker.onerror = () => {
    for (const { reject } of pending.values()) reject(new Error('search worker failed'));
    pending.clear();
  };
  const send = (message: WorkerMessage) =>
    new Promise<WorkerReply>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id, indexUrl } satisfies WorkerRequest);
    }).then((reply) => {
      if (reply.error !== undefined) throw new Error(reply.error);
      return reply.response;
    });
  return {
    search: async (request) => (await send({ type: 'search', request })) as SearchResponse,
    warm: async () => void (await send({ type: 'warm' })),
    snippets: async (docs, highlights) => ((await send({ type: 'snippets', docs, highlights })) ?? []) as AbstractSnippet[],
  };
}

/** The one client of this page; `indexUrl` is the absolute URL of the /search/ folder. */
export function searchClient(indexUrl: string): SearchClient {
  if (!client) {
    try {
      client = typeof Worker === 'function' ? inWorker(indexUrl) : inPage(indexUrl);
    } catch {
      client = inPage(indexUrl);
    }
  }
  return client;
}
