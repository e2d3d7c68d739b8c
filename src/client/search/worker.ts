/** The search engine in a Web Worker, so typing never waits for a query: messages in, results out. */
import { createSearchEngine, type SearchEngine } from './engine';
import type { WorkerReply, WorkerRequest } from './client';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

let engine: SearchEngine | undefined;

function fetchJson(base: string) {
  return async (name: string): Promise<unknown> => {
    const response = await fetch(new URL(name, base));
    if (!response.ok) throw new Error(`${response.status} for ${name}`);
    return response.json();
  };
}

scope.onmessage = ({ data }) => {
  engine ??= createSearchEngine(fetchJson(data.indexUrl));
  const work =
    data.type === 'warm'
      ? engine.warm().then(() => undefined)
      : data.type === 'snippets'
        ? engine.snippets(data.docs, data.highlights)
        : engine.search(data.request);
  work.then(
    (response) => scope.postMessage({ id: data.id, response }),
    (error: unknown) => scope.postMessage({ id: data.id, error: String(error) }),
  );
};
