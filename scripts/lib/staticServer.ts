/**
 * A small static server for the built site, as a real host would serve it: clean URLs (`/statement/context`
 * → `statement/context.html`), each locale's own 404 page with status 404, the headers of the build's
 * `_headers` file (the Content-Security-Policy, and long caching for hashed assets), which it does not serve.
 * Text is sent compressed from the `.br` / `.gz` files the build writes next to each file (as nginx's
 * `brotli_static`/`gzip_static` do; a file without them is sent as it is), with `Vary: Accept-Encoding`, an
 * ETag per representation and 304 Not Modified on a matching `If-None-Match`.
 * `npm run serve` and the end-to-end tests both use it. It listens on 127.0.0.1 only.
 */
import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { DEFAULT_LOCALE, LOCALE_CODES } from '../../src/locales';
import { headersFor, parseHeadersFile, type HeaderRule } from './headersFile';
import { COMPRESSIBLE_EXTENSIONS, PRECOMPRESSED } from './precompress';
import { HEADERS_FILE } from './siteHeaders';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.bib': 'text/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.tmx': 'application/x-tmx+xml; charset=utf-8',
  '.epub': 'application/epub+zip',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The file a URL path maps to, trying the path itself, `.html`, then `index.html`. */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const relative = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, relative);
  if (!base.startsWith(root)) return undefined;
  if (base === path.join(root, HEADERS_FILE)) return undefined;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  return undefined;
}

/** The 404 page of the locale the URL belongs to. */
function notFoundPage(root: string, urlPath: string): string {
  const locale = LOCALE_CODES.find((code) => code !== DEFAULT_LOCALE && urlPath.split('/')[1] === code);
  return path.join(root, locale ?? '', '404.html');
}

interface ServedFile {
  readonly file: string;
  readonly status: number;
  /** From `_headers`, for the requested path. */
  readonly headers: Record<string, string>;
}

async function statOf(file: string): Promise<Stats | undefined> {
  return stat(file).then(
    (s) => (s.isFile() ? s : undefined),
    () => undefined,
  );
}

/** Whether the client accepts an encoding: named in Accept-Encoding (or `*`) and not with `q=0`. */
export function acceptsEncoding(acceptEncoding: string, encoding: string): boolean {
  let accepted = false;
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
    const allowed = q === undefined || Number(q) > 0;
    if (name.trim() === encoding) return allowed;
    if (name.trim() === '*') accepted = allowed;
  }
  return accepted;
}

/** A strong validator of one representation (one file on disk): its size and modification time, as nginx. */
function etagOf(stats: Stats): string {
  return `"${Math.floor(stats.mtimeMs).toString(16)}-${stats.size.toString(16)}"`;
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** The file to send for the client's Accept-Encoding: a precompressed variant if there is one, else the file. */
async function representation(
  file: string,
  acceptEncoding: string,
): Promise<{ path: string; stats: Stats; encoding?: string } | undefined> {
  if (COMPRESSIBLE_EXTENSIONS.has(path.extname(file))) {
    for (const { encoding, suffix } of PRECOMPRESSED) {
      if (!acceptsEncoding(acceptEncoding, encoding)) continue;
      const stats = await statOf(`${file}${suffix}`);
      if (stats) return { path: `${file}${suffix}`, stats, encoding };
    }
  }
  const stats = await statOf(file);
  return stats && { path: file, stats };
}

async function send(
  request: IncomingMessage,
  response: ServerResponse,
  { file, status, headers }: ServedFile,
): Promise<void> {
  const extension = path.extname(file);
  const chosen = await representation(file, String(request.headers['accept-encoding'] ?? ''));
  if (!chosen) {
    response.writeHead(404).end();
    return;
  }
  const etag = etagOf(chosen.stats);
  const common = {
    // What a host does unless `_headers` says otherwise: revalidate.
    'Cache-Control': 'no-cache',
    'Vary': 'Accept-Encoding',
    'ETag': etag,
    ...headers,
  };
  if (status === 200 && matchesEtag(request.headers['if-none-match'], etag)) {
    response.writeHead(304, common).end();
    return;
  }
  response.writeHead(status, {
    'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'Content-Length': chosen.stats.size,
    ...(chosen.encoding ? { 'Content-Encoding': chosen.encoding } : {}),
    ...common,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(chosen.path)
    .on('error', () => response.destroy())
    .pipe(response);
}

async function readHeaderRules(root: string): Promise<HeaderRule[]> {
  const file = path.join(root, HEADERS_FILE);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`No ${file}: run \`npm run build\`, which writes it`);
  });
  return parseHeadersFile(text);
}

export async function startStaticServer(options: { root: string; port?: number }): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const rules = await readHeaderRules(root);
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const headers = headersFor(rules, urlPath);
    resolveFile(root, urlPath)
      .then((file) =>
        send(
          request,
          response,
          file ? { file, status: 200, headers } : { file: notFoundPage(root, urlPath), status: 404, headers },
        ),
      )
      .catch(() => {
        response.writeHead(400).end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
