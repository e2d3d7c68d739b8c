/**
 * The static host of the benchmarks, run in a thread of its own (scripts/lib/static-host.ts starts it)
 * so the browser's requests never wait on the benchmark's own work. It serves a built site the way
 * GitHub Pages or a CDN edge does: folders by their index.html, a folder without its slash
 * redirected, 404.html for what is missing, text gzipped when the browser asks. Like an edge cache,
 * it reads and compresses every file before it starts listening and answers from memory, so no
 * request waits on a disk read or a compression. Each request is logged (path, bytes on the wire)
 * and the log is handed over when the host is asked for it.
 *
 * Only node: imports and erasable TypeScript, so Node runs it as it is, in any thread.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, resolve, sep } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

export interface HostedRequest {
  path: string;
  /** Bytes of the body sent (compressed when it was). */
  wire: number;
  status: number;
}

export type HostMessage = { type: 'listening'; port: number } | { type: 'log'; requests: HostedRequest[] };

const options = workerData as { root: string; tls?: { key: string; cert: string } };
const root = resolve(options.root);
const bodies = new Map<string, { plain: Buffer; gzip: Buffer | undefined }>();
let log: HostedRequest[] = [];

function fileOf(path: string): string | undefined {
  const full = resolve(root, `.${path}`);
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  if (existsSync(full) && statSync(full).isDirectory()) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
  return existsSync(full) ? full : undefined;
}

function bodyOf(file: string) {
  let body = bodies.get(file);
  if (!body) {
    const plain = readFileSync(file);
    body = { plain, gzip: COMPRESSIBLE.has(extname(file).toLowerCase()) ? gzipSync(plain) : undefined };
    bodies.set(file, body);
  }
  return body;
}

/** What the handler uses of a request and a response, the same in HTTP/1.1 and HTTP/2. */
interface Asked {
  url?: string | undefined;
  method?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}
interface Reply {
  writeHead(status: number, headers?: Record<string, string | number>): Reply;
  end(): unknown;
  end(body: Buffer): unknown;
}

function answer(request: Asked, response: Reply): void {
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405).end();
    return;
  }
  const full = resolve(root, `.${path}`);
  if (!path.endsWith('/') && existsSync(full) && statSync(full).isDirectory()) {
    response.writeHead(301, { Location: `${path}/` }).end();
    return;
  }
  const found = fileOf(path);
  const target = found ?? fileOf('/404.html');
  if (!target) {
    log.push({ path, wire: 0, status: 404 });
    response.writeHead(404).end();
    return;
  }
  const { plain, gzip } = bodyOf(target);
  const zip = gzip !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = zip ? gzip : plain;
  const status = found ? 200 : 404;
  log.push({ path, wire: body.length, status });
  response.writeHead(status, {
    'Content-Type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'max-age=600',
    ...(gzip !== undefined ? { Vary: 'Accept-Encoding' } : {}),
    ...(zip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  if (request.method === 'HEAD') response.end();
  else response.end(body);
}

// With a certificate it speaks HTTP/2, as CDNs and GitHub Pages do: no six-connection limit per host.
const server = options.tls ? createSecureServer({ ...options.tls, allowHTTP1: true }, answer) : createServer(answer);

parentPort!.on('message', (message: { type: 'log' } | { type: 'close' }) => {
  if (message.type === 'log') {
    parentPort!.postMessage({ type: 'log', requests: log } satisfies HostMessage);
    log = [];
  } else {
    server.close();
    parentPort!.close();
  }
});

for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (entry.isFile()) bodyOf(join(entry.parentPath, entry.name));
}

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  parentPort!.postMessage({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 } satisfies HostMessage);
});
