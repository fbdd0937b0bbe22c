/**
 * The static server of `npm run serve`, the e2e tests and the bench, on a tiny build of its own: it sends the
 * precompressed file the client accepts, an ETag per representation, 304 on a matching If-None-Match, and the
 * caching of `_headers` (immutable for /assets/).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { precompressDirectory } from '../../src/plugins/whole-site/precompress';
import { acceptsEncoding, startStaticServer, type StaticServer } from '../../scripts/lib/staticServer';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request (no automatic decompression, unlike fetch), with the headers given. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const PAGE = `<!doctype html><html lang=en><title>Page</title><p>${'The statement, sentence by sentence. '.repeat(100)}</p>`;
const SCRIPT = `console.log(${JSON.stringify('a hashed asset '.repeat(100))});`;
const TINY = 'User-agent: *\n';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'static-server-'));
  await mkdir(path.join(root, 'assets/js'), { recursive: true });
  await writeFile(path.join(root, 'page.html'), PAGE);
  await writeFile(path.join(root, '404.html'), '<!doctype html><title>Not found</title>');
  await writeFile(path.join(root, 'assets/js/main.0123abcd.js'), SCRIPT);
  await writeFile(path.join(root, 'robots.txt'), TINY);
  await writeFile(path.join(root, 'image.png'), Buffer.alloc(2000, 1));
  await writeFile(
    path.join(root, '_headers'),
    '/*\n  X-Content-Type-Options: nosniff\n\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
  await precompressDirectory(root);
  server = await startStaticServer({ root });
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('the static server', () => {
  it('sends the brotli file to a client that accepts brotli, the gzip file to one that accepts only gzip', async () => {
    const br = await get(`${server.url}/page`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(PAGE.length / 5);
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);

    const gzip = await get(`${server.url}/page`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(PAGE);

    const refusesBr = await get(`${server.url}/page`, { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refusesBr.headers['content-encoding']).toBe('gzip');

    const identity = await get(`${server.url}/page`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toBe('Accept-Encoding');
    expect(identity.body.toString()).toBe(PAGE);
  });

  it('sends a tiny text file and an image as they are', async () => {
    const tiny = await get(`${server.url}/robots.txt`, { 'Accept-Encoding': 'br, gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe(TINY);
    const image = await get(`${server.url}/image.png`, { 'Accept-Encoding': 'br, gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.body.length).toBe(2000);
  });

  it('gives each representation its own ETag and answers a matching If-None-Match with 304 and no body', async () => {
    const br = await get(`${server.url}/page`, { 'Accept-Encoding': 'br' });
    const gzip = await get(`${server.url}/page`, { 'Accept-Encoding': 'gzip' });
    const identity = await get(`${server.url}/page`);
    const tags = [br, gzip, identity].map((answer) => answer.headers.etag);
    for (const tag of tags) expect(tag).toMatch(/^"[^"]+"$/);
    expect(new Set(tags).size).toBe(3);

    const again = await get(`${server.url}/page`, { 'Accept-Encoding': 'br', 'If-None-Match': String(tags[0]) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(tags[0]);
    expect(again.headers.vary).toBe('Accept-Encoding');
    expect(again.headers['x-content-type-options']).toBe('nosniff');

    const list = await get(`${server.url}/page`, { 'Accept-Encoding': 'br', 'If-None-Match': `"other", W/${tags[0]}` });
    expect(list.status).toBe(304);

    // The brotli tag does not validate the gzip representation.
    const otherEncoding = await get(`${server.url}/page`, {
      'Accept-Encoding': 'gzip',
      'If-None-Match': String(tags[0]),
    });
    expect(otherEncoding.status).toBe(200);
    expect(gunzipSync(otherEncoding.body).toString()).toBe(PAGE);
  });

  it('marks hashed assets immutable for a year, and lets HTML revalidate', async () => {
    const asset = await get(`${server.url}/assets/js/main.0123abcd.js`, { 'Accept-Encoding': 'br' });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(brotliDecompressSync(asset.body).toString()).toBe(SCRIPT);
    const page = await get(`${server.url}/page`);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('answers an unknown path with 404 and the 404 page, never 304, and never serves _headers', async () => {
    const missing = await get(`${server.url}/nope`, { 'If-None-Match': '*' });
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Not found');
    expect((await get(`${server.url}/_headers`)).status).toBe(404);
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await get(`${server.url}/page`, { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });
});

describe('acceptsEncoding', () => {
  it('reads Accept-Encoding with q-values and the wildcard', () => {
    expect(acceptsEncoding('gzip, deflate, br', 'br')).toBe(true);
    expect(acceptsEncoding('gzip, deflate, br', 'gzip')).toBe(true);
    expect(acceptsEncoding('gzip', 'br')).toBe(false);
    expect(acceptsEncoding('', 'gzip')).toBe(false);
    expect(acceptsEncoding('br;q=0, gzip;q=0.5', 'br')).toBe(false);
    expect(acceptsEncoding('br;q=0, gzip;q=0.5', 'gzip')).toBe(true);
    expect(acceptsEncoding('*', 'br')).toBe(true);
    expect(acceptsEncoding('*;q=0', 'br')).toBe(false);
    expect(acceptsEncoding('GZIP', 'gzip')).toBe(true);
    expect(acceptsEncoding('xbr', 'br')).toBe(false);
  });
});
