/**
 * What the local server adds to sirv, on a tiny build of its own: the headers of `_headers`, each locale's 404
 * page with status 404, the host's files kept from readers, the downloads' types in UTF-8, and the answers to
 * bad requests; and a script given beside the build (the tests' axe-core). (Compression, ETags and clean URLs
 * are sirv's; the e2e and nginx tests see them on the build.)
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { notFoundPage, startStaticServer, type StaticServer } from '../../scripts/lib/staticServer';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path is sent as written (fetch would normalise `..` away). */
function send(urlPath: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: urlPath, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'site-server-'));
  await mkdir(path.join(root, 'ru/downloads'), { recursive: true });
  await mkdir(path.join(root, 'ru/assets'), { recursive: true });
  await writeFile(path.join(root, 'page.html'), '<!doctype html><title>Page</title>');
  await writeFile(path.join(root, '404.html'), 'English 404');
  await writeFile(path.join(root, 'ru/404.html'), 'Russian 404');
  await writeFile(path.join(root, 'ru/assets/main.0123abcd.js'), 'run()');
  await writeFile(path.join(root, 'ru/downloads/statement.ru.md'), '# Выступление');
  await writeFile(path.join(root, '_nginx.conf'), 'location / {}');
  await writeFile(
    path.join(root, '_headers'),
    '/*\n  X-Frame-Options: DENY\n\n/ru/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
  server = await startStaticServer({ root, scripts: { '/__tests/tool.js': 'tool()' } });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('the local server', () => {
  it('serves a script given beside the build at its path, as JavaScript, and nothing at another', async () => {
    const script = await send('/__tests/tool.js');
    expect(script).toMatchObject({ status: 200, body: 'tool()' });
    expect(script.headers['content-type']).toBe('text/javascript');
    await expect(send('/__tests/other.js')).resolves.toMatchObject({ status: 404, body: 'English 404' });
  });

  it('sends the headers of _headers by path', async () => {
    const page = await send('/page');
    expect(page.status).toBe(200);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['cache-control']).toBeUndefined();
    const asset = await send('/ru/assets/main.0123abcd.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['x-frame-options']).toBe('DENY');
  });

  it('answers an unknown path with the 404 page of its locale and status 404, never 304', async () => {
    expect(notFoundPage('/ru/nothing')).toBe('/ru/404.html');
    expect(notFoundPage('/rus/nothing')).toBe('/404.html');
    const russian = await send('/ru/nothing', 'GET', { 'If-None-Match': '*' });
    expect([russian.status, russian.body]).toEqual([404, 'Russian 404']);
    expect(russian.headers['x-frame-options']).toBe('DENY');
    const english = await send('/nothing');
    expect([english.status, english.body]).toEqual([404, 'English 404']);
  });

  it('keeps the host’s files from readers, however the path is written', async () => {
    for (const urlPath of ['/_headers', '/_nginx.conf', '/%5Fheaders', '/ru/../_headers', '/%2e%2e/_headers']) {
      const answer = await send(urlPath);
      expect(answer.status, urlPath).toBe(404);
      expect(answer.body, urlPath).toBe('English 404');
    }
  });

  it('answers a path out of the folder with 404, and a malformed one with 400', async () => {
    expect((await send('/../../etc/passwd')).status).toBe(404);
    expect((await send('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await send('/%E0%A4%A')).status).toBe(400);
  });

  it('sends the downloads as UTF-8 text of their own type', async () => {
    const markdown = await send('/ru/downloads/statement.ru.md');
    expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(markdown.body).toBe('# Выступление');
  });

  it('answers HEAD with the headers and no body, and other methods with 405', async () => {
    const head = await send('/page', 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
    expect(head.headers['content-length']).toBe(String('<!doctype html><title>Page</title>'.length));
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const refused = await send('/page', method);
      expect([refused.status, refused.headers.allow], method).toEqual([405, 'GET, HEAD']);
    }
  });
});
