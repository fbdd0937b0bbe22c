/**
 * A small static server for the built site, as a real host would serve it: clean URLs (`/statement/context`
 * → `statement/context.html`), each locale's own 404 page with status 404, gzip or brotli compression, and
 * the headers of the build's `_headers` file (the Content-Security-Policy among them), which it does not serve.
 * `npm run serve` and the end-to-end tests both use it. It listens on 127.0.0.1 only.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createBrotliCompress, createGzip } from 'node:zlib';

import { DEFAULT_LOCALE, LOCALE_CODES } from '../../src/locales';
import { headersFor, parseHeadersFile, type HeaderRule } from './headersFile';
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
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.xml',
  '.txt',
  '.md',
  '.tsv',
  '.bib',
  '.ris',
  '.svg',
  '.webmanifest',
]);

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

function send(request: IncomingMessage, response: ServerResponse, { file, status, headers }: ServedFile): void {
  const extension = path.extname(file);
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = !COMPRESSIBLE.has(extension)
    ? undefined
    : /\bbr\b/.test(accepted)
      ? 'br'
      : /\bgzip\b/.test(accepted)
        ? 'gzip'
        : undefined;
  response.writeHead(status, {
    'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    // What a host does unless `_headers` says otherwise: revalidate.
    'Cache-Control': 'no-cache',
    'Vary': 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    ...headers,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const body = createReadStream(file).on('error', () => response.destroy());
  if (encoding === 'br') body.pipe(createBrotliCompress()).pipe(response);
  else if (encoding === 'gzip') body.pipe(createGzip()).pipe(response);
  else body.pipe(response);
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
