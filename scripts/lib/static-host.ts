/**
 * A built site served from 127.0.0.1 as a static host would serve it, for the benchmarks that drive
 * the site in Chromium (bench:search, bench:lighthouse). The server runs in its own thread
 * (static-host-thread.ts), so a request is answered while the benchmark's own thread waits on the
 * browser: what the browser measures is its own network path, not the benchmark's event loop. Files
 * are read once, when it starts: rewrite the site before starting a host over it.
 */
import { Worker } from 'node:worker_threads';
import type { HostMessage, HostedRequest } from './static-host-thread.ts';

export type { HostedRequest };

export interface StaticHost {
  origin: string;
  /** The requests answered since the last call, in order. */
  takeLog(): Promise<HostedRequest[]>;
  close(): Promise<void>;
}

export function startStaticHost(root: string): Promise<StaticHost> {
  const thread = new Worker(new URL('./static-host-thread.ts', import.meta.url), { workerData: { root } });
  const waiting: ((requests: HostedRequest[]) => void)[] = [];
  return new Promise((resolve, reject) => {
    thread.once('error', reject);
    thread.on('message', (message: HostMessage) => {
      if (message.type === 'log') waiting.shift()?.(message.requests);
      else
        resolve({
          origin: `http://127.0.0.1:${message.port}`,
          takeLog: () =>
            new Promise((done) => {
              waiting.push(done);
              thread.postMessage({ type: 'log' });
            }),
          close: () =>
            new Promise((done) => {
              thread.once('exit', () => done());
              thread.postMessage({ type: 'close' });
            }),
        });
    });
  });
}
