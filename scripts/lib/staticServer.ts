/**
 * Serves the built site as its hosts do, through sirv: clean URLs (`/statement/context` →
 * `statement/context.html`), the build's precompressed `.br`/`.gz` files with `Vary: Accept-Encoding`, an ETag
 * and 304 on `If-None-Match`. What is this site's own is added here: the headers of the build's `_headers`
 * (which, like `_nginx.conf`, is not served), each locale's 404 page with status 404, the downloads' text types
 * in UTF-8, 400 for a malformed URL and 405 for a method other than GET and HEAD.
 * `npm run serve`, the benches and the end-to-end tests use it. It listens on 127.0.0.1 only.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import sirv from 'sirv';

import { DEFAULT_LOCALE, LOCALE_CODES, localePrefix } from '../../src/locales';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/plugins/whole-site/headersFile';
import { NGINX_FILE } from '../../src/plugins/whole-site/nginxConfig';
import { HEADERS_FILE, SITE_CONTENT_TYPES } from '../../src/plugins/whole-site/siteHeaders';

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** The 404 page of the locale a URL path belongs to (by its first segment). */
export function notFoundPage(urlPath: string): string {
  const locale = LOCALE_CODES.find((code) => code !== DEFAULT_LOCALE && urlPath.split('/')[1] === code);
  return `${localePrefix(locale ?? DEFAULT_LOCALE)}/404.html`;
}

/** What this site answers before the files are looked up: a status for a request no file can answer. */
export function refusal(method: string, urlPath: string): number | undefined {
  if (method !== 'GET' && method !== 'HEAD') return 405;
  try {
    decodeURIComponent(urlPath);
  } catch {
    return 400;
  }
  return undefined;
}

/** The files for the host, not for readers. */
const NOT_SERVED = [`/${HEADERS_FILE}`, `/${NGINX_FILE}`];

function readHeaderRules(root: string): HeaderRule[] {
  const file = path.join(root, HEADERS_FILE);
  try {
    return parseHeadersFile(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`No ${file}: run \`npm run build\`, which writes it`);
  }
}

export interface StaticServerOptions {
  readonly root: string;
  readonly port?: number;
  /** Scripts served beside the build, by URL path (the tests' axe-core): never part of the site. */
  readonly scripts?: Readonly<Record<string, string>>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const rules = readHeaderRules(root);
  const serveFile = (onNoMatch: (request: IncomingMessage, response: ServerResponse) => void) =>
    sirv(root, {
      etag: true,
      gzip: true,
      brotli: true,
      extensions: ['html'],
      dotfiles: false,
      setHeaders(response, pathname) {
        const type = SITE_CONTENT_TYPES[path.extname(pathname).slice(1)];
        if (type) response.setHeader('Content-Type', type);
      },
      onNoMatch,
    });
  const notFoundFile = serveFile((_request, response) => response.writeHead(404).end());
  /** The locale's 404 page, sent with status 404 and revalidated like any page. */
  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    delete request.headers['if-none-match'];
    const writeHead = response.writeHead.bind(response) as (status: number, ...rest: unknown[]) => ServerResponse;
    response.writeHead = ((_status: number, ...rest: unknown[]) =>
      writeHead(404, ...rest)) as ServerResponse['writeHead'];
    request.url = notFoundPage(new URL(request.url ?? '/', 'http://localhost').pathname);
    notFoundFile(request, response);
  };
  const files = serveFile(notFound);
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const refused = refusal(request.method ?? 'GET', urlPath);
    if (refused) {
      response.writeHead(refused, refused === 405 ? { Allow: 'GET, HEAD' } : {}).end();
      return;
    }
    const script = options.scripts?.[urlPath];
    if (script) {
      response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'max-age=3600' }).end(script);
      return;
    }
    for (const [name, value] of Object.entries(headersFor(rules, urlPath))) response.setHeader(name, value);
    if (NOT_SERVED.includes(decodeURIComponent(urlPath))) notFound(request, response);
    else files(request, response);
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
