/**
 * A built site served from 127.0.0.1 as a static host would serve it, for the benchmarks that drive
 * the site in Chromium (bench:search, bench:lighthouse). The server runs in its own thread
 * (static-host-thread.ts), so a request is answered while the benchmark's own thread waits on the
 * browser: what the browser measures is its own network path, not the benchmark's event loop. Files
 * are read once, when it starts: rewrite the site before starting a host over it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { HostMessage, HostedRequest } from './static-host-thread.ts';

export type { HostedRequest };

export interface StaticHost {
  origin: string;
  /** The requests answered since the last call, in order. */
  takeLog(): Promise<HostedRequest[]>;
  close(): Promise<void>;
}

/** A certificate for 127.0.0.1 made for this run (openssl), or undefined when openssl cannot make one. */
function throwawayCertificate(): { key: string; cert: string } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'papershelf-host-'));
  try {
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ].concat(['-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]),
      { stdio: 'ignore' },
    );
    if (made.status !== 0) return undefined;
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `http2`: serve HTTP/2 over TLS with a throwaway certificate, as CDNs and GitHub Pages serve a
 * site (the browser must then accept that certificate: Playwright's `ignoreHTTPSErrors`). Without
 * openssl it says so and serves HTTP/1.1.
 */
export function startStaticHost(root: string, { http2 = false }: { http2?: boolean } = {}): Promise<StaticHost> {
  const tls = http2 ? throwawayCertificate() : undefined;
  if (http2 && !tls)
    console.warn('static host: openssl could not make a certificate; serving HTTP/1.1, which caps a page at six parallel requests');
  const thread = new Worker(new URL('./static-host-thread.ts', import.meta.url), { workerData: { root, tls } });
  const waiting: ((requests: HostedRequest[]) => void)[] = [];
  return new Promise((resolve, reject) => {
    thread.once('error', reject);
    thread.on('message', (message: HostMessage) => {
      if (message.type === 'log') waiting.shift()?.(message.requests);
      else
        resolve({
          origin: `${tls ? 'https' : 'http'}://127.0.0.1:${message.port}`,
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
