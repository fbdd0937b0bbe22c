/**
 * The build served by Debian's nginx with the configuration the build writes (`build/_nginx.conf`), on a free
 * 127.0.0.1 port with a prefix, pid and logs of its own, always stopped: it must serve the site as `npm start`
 * does (the e2e server): clean URLs and short links, each locale's 404 page, the headers of the rules (the
 * policy with the build's hashes, under which a page runs without a violation; immutable hashed assets in
 * every locale; the service worker revalidated, its scope the whole site), the precompressed gzip files, and
 * brotli where the module is installed. Skipped, saying why, where nginx is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { entryScriptsOf } from '../../config/ssrTemplate';
import { LOCALES, localePrefix } from '../../src/locales';
import { NGINX_FILE } from '../../src/plugins/whole-site/nginxConfig';
import { parseHeadersFile } from '../../src/plugins/whole-site/headersFile';
import { HEADERS_FILE } from '../../src/plugins/whole-site/siteHeaders';
import { sectionOfParagraph } from '../../src/statement/model';
import { ROOT } from '../support/docs';
import { skipWithout } from '../support/tools';
import { baseUrl, useBrowser } from './support/browser';
import { READING_PAGES } from '../support/pages';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const MIME_TYPES = '/etc/nginx/mime.types';
const hasBrotli = existsSync(BROTLI_MODULE);
const BUILD = path.join(ROOT, 'build');
const POINT_3 = sectionOfParagraph(6)!.path;

const missing = skipWithout('the nginx test', NGINX ? undefined : 'no nginx binary');
if (NGINX && !hasBrotli) console.warn(`nginx test: no ${BROTLI_MODULE}, so brotli is not tested`);

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A raw request, the body as sent (fetch would decompress it), the path as written. */
function send(base: string, urlPath: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  const { hostname, port } = new URL(base);
  return new Promise<Answer>((resolve, reject) => {
    request(
      { hostname, port, path: urlPath, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    )
      .on('error', reject)
      .end();
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The headers both servers take from the rules (the rest, Date, ETag, Server…, is each server's own). */
const RULE_HEADERS = [
  ...new Set(
    parseHeadersFile(readFileSync(path.join(BUILD, HEADERS_FILE), 'utf8')).flatMap((rule) =>
      Object.keys(rule.headers).map((name) => name.toLowerCase()),
    ),
  ),
];
const ruleHeaders = (answer: Answer) =>
  Object.fromEntries(RULE_HEADERS.filter((name) => answer.headers[name]).map((name) => [name, answer.headers[name]]));

/** Each locale's entry scripts, read from its built landing page: hashed assets under its own /assets/. */
const entryScripts = (code: string) =>
  entryScriptsOf(readFileSync(path.join(BUILD, localePrefix(code), 'index.html'), 'utf8'));

describe.skipIf(missing)('the build on nginx, with the configuration the build writes', () => {
  const browser = useBrowser();
  let prefix = '';
  let nginx: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    prefix = await mkdtemp(path.join(tmpdir(), 'nginx-'));
    const port = await freePort();
    let siteConfig = path.join(BUILD, NGINX_FILE);
    if (!hasBrotli) {
      // Without the module, nginx refuses the brotli_static line: a copy without it, the rest as written.
      const written = await readFile(siteConfig, 'utf8');
      siteConfig = path.join(prefix, NGINX_FILE);
      await writeFile(siteConfig, written.replace(/^brotli_static on;\n/m, ''));
    }
    const temp = (name: string) => `${name}_temp_path ${path.join(prefix, name)};`;
    await writeFile(
      path.join(prefix, 'nginx.conf'),
      [
        hasBrotli ? `load_module ${BROTLI_MODULE};` : '',
        'daemon off;',
        'worker_processes 1;',
        `pid ${path.join(prefix, 'nginx.pid')};`,
        `error_log ${path.join(prefix, 'error.log')} warn;`,
        'events { worker_connections 128; }',
        'http {',
        `  include ${MIME_TYPES};`,
        '  default_type application/octet-stream;',
        `  access_log ${path.join(prefix, 'access.log')};`,
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
        '  server {',
        `    listen 127.0.0.1:${port};`,
        `    root ${BUILD};`,
        `    include ${siteConfig};`,
        '  }',
        '}',
      ].join('\n'),
    );
    nginx = spawn(NGINX!, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', path.join(prefix, 'nginx.conf')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    url = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${stderr}`);
      const up = await send(url, '/').then(
        () => true,
        () => false,
      );
      if (up) break;
      if (tries > 100) throw new Error(`nginx did not answer on ${url}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx!.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    if (prefix) await rm(prefix, { recursive: true, force: true });
  });

  it('serves every locale’s reading pages and the short links at their clean URLs, as npm start does', async () => {
    const paths = [
      ...LOCALES.flatMap(({ code }) => READING_PAGES.map((page) => `${localePrefix(code)}${page === '/' ? '' : page}`)),
      '/',
      '/p/6',
      '/p/6-3',
      '/ru/p/6',
      '/zh-Hans/p/6-3',
      '/downloads/statement.ru.md',
    ].map((page) => page || '/');
    for (const page of paths) {
      const [fromNginx, fromLocal] = await Promise.all([send(url, page), send(baseUrl(), page)]);
      expect(fromNginx.status, page).toBe(200);
      expect(fromNginx.status, page).toBe(fromLocal.status);
      expect(fromNginx.body.equals(fromLocal.body), `${page}: the same body`).toBe(true);
      expect(ruleHeaders(fromNginx), page).toEqual(ruleHeaders(fromLocal));
    }
  });

  it('answers an unknown path with its locale’s 404 page and status 404, under the policy', async () => {
    for (const { code } of LOCALES) {
      const page = `${localePrefix(code)}/no-such-page`;
      const answer = await send(url, page);
      expect(answer.status, page).toBe(404);
      expect(answer.body.toString(), page).toBe(readFileSync(path.join(BUILD, localePrefix(code), '404.html'), 'utf8'));
      expect(ruleHeaders(answer), page).toEqual(ruleHeaders(await send(baseUrl(), page)));
      expect(answer.headers['content-security-policy'], page).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    }
  });

  it('sends the policy with the build’s hashes, under which the ¶6 page runs without a violation', async () => {
    const policy = parseHeadersFile(readFileSync(path.join(BUILD, HEADERS_FILE), 'utf8'))[0].headers[
      'Content-Security-Policy'
    ];
    expect((await send(url, POINT_3)).headers['content-security-policy']).toBe(policy);
    const context = await browser().newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.exposeFunction('reportViolation', (violation: string) => problems.push(violation));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
            `${event.violatedDirective} ${event.blockedURI}`,
          ),
        ),
      );
      for (const { code } of LOCALES) {
        await page.goto(`${url}${localePrefix(code)}${POINT_3}`);
        await page.waitForSelector('html[data-has-hydrated="true"]');
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('caches the hashed assets of every locale for a year, immutable, and revalidates pages', async () => {
    for (const { code } of LOCALES) {
      const scripts = entryScripts(code);
      expect(scripts.length, code).toBeGreaterThan(0);
      for (const script of scripts) {
        const answer = await send(url, script);
        expect(answer.status, script).toBe(200);
        expect(answer.headers['cache-control'], script).toBe('public, max-age=31536000, immutable');
        expect(ruleHeaders(answer), script).toEqual(ruleHeaders(await send(baseUrl(), script)));
      }
      expect((await send(url, `${localePrefix(code)}/`)).headers['cache-control'], code).toBeUndefined();
    }
  });

  it('sends the build’s own .gz file to a client that accepts gzip, and its .br file where nginx has brotli', async () => {
    const script = entryScripts('ru').find((source) => /\/main\.[0-9a-f]+\.js$/.test(source))!;
    const file = path.join(BUILD, script);
    for (const [urlPath, onDisk] of [
      [script, file],
      ['/ru/', path.join(BUILD, 'ru', 'index.html')],
    ]) {
      const gzip = await send(url, urlPath, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(gzip.headers['content-encoding'], urlPath).toBe('gzip');
      expect(gzip.headers.vary, urlPath).toMatch(/Accept-Encoding/);
      expect(gzip.body.equals(readFileSync(`${onDisk}.gz`)), `${urlPath}: the precompressed file`).toBe(true);
      if (!hasBrotli) continue;
      const brotli = await send(url, urlPath, { headers: { 'Accept-Encoding': 'gzip, br' } });
      expect(brotli.headers['content-encoding'], urlPath).toBe('br');
      expect(brotli.body.equals(readFileSync(`${onDisk}.br`)), `${urlPath}: the precompressed file`).toBe(true);
    }
    const plain = await send(url, script);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(file))).toBe(true);
  });

  it('serves the service worker revalidated, and it controls the whole site', async () => {
    const worker = await send(url, '/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toMatch(/javascript/);
    expect(ruleHeaders(worker)).toEqual(ruleHeaders(await send(baseUrl(), '/sw.js')));
    expect(worker.headers['cache-control']).toBe('no-cache');
    const context = await browser().newContext({ serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      await page.goto(`${url}/ru${POINT_3}`);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`${url}/`);
    } finally {
      await context.close();
    }
  });

  it('keeps the host’s files from readers, answers HEAD, and refuses to write', async () => {
    for (const file of [HEADERS_FILE, NGINX_FILE]) expect((await send(url, `/${file}`)).status, file).toBe(404);
    const head = await send(url, POINT_3, { method: 'HEAD' });
    expect([head.status, head.body.length]).toEqual([200, 0]);
    for (const method of ['POST', 'PUT']) expect((await send(url, POINT_3, { method })).status, method).toBe(405);
    expect((await send(url, '/%E0%A4%A')).status).toBe(400);
  });
});
