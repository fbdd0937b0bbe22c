import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { precacheManifest } from '../../src/plugins/whole-site/serviceWorker';
import { webAppManifest } from '../../src/plugins/web-app-manifest';
import { notFoundPagePath } from '../../src/serviceWorker/paths';

describe('notFoundPagePath', () => {
  it('picks the 404 page of the locale named by the first path segment', () => {
    expect(notFoundPagePath('/statement/nope')).toBe('/404.html');
    expect(notFoundPagePath('/zh-Hans/statement/nope')).toBe('/zh-Hans/404.html');
    expect(notFoundPagePath('/zh-Hans')).toBe('/zh-Hans/404.html');
    expect(notFoundPagePath('/ru/x')).toBe('/ru/404.html');
    // Only a whole segment names a locale.
    expect(notFoundPagePath('/rural/x')).toBe('/404.html');
    expect(notFoundPagePath('/statement/ru/x')).toBe('/404.html');
  });
});

describe('precacheManifest', () => {
  let dir: string;
  const files: Record<string, string> = {
    '_headers': '/*\n  X-A: 1\n',
    '_nginx.conf': 'location / {}',
    'sw.js': 'old worker',
    'index.html': '<!doctype html><title>Home</title>',
    'index.html.br': 'compressed',
    'robots.txt': 'User-agent: *',
    'sitemap.xml': '<urlset/>',
    'sitemap-index.xml': '<sitemapindex/>',
    'img/social-card.en.png': 'png',
    'img/icon-192.png': 'png',
    'img/quote/p6-3.png': 'png',
    'ru/img/quote/p6.png': 'png',
    'ru/img/social-card.ru.png': 'png',
    'assets/js/main.0123abcd.js': 'code',
    'pagefind/pagefind.js': 'pagefind',
    'pagefind/pagefind-ui.js': 'ui',
    'pagefind/pagefind-highlight.js': 'highlight',
    'pagefind/wasm.en.pagefind': 'wasm',
    'zh-Hans/404.html': '<!doctype html><title>找不到页面</title>',
    'zh-Hans/assets/js/main.0123abcd.js': 'code',
    'zh-Hans/sitemap.xml': '<urlset/>',
    'downloads/statement.aligned.tsv': 'id\ten\tzh-Hans\tru\n',
    'p/6-3.html': '<meta http-equiv=refresh>',
    'embed/p/6-3.html': '<blockquote>',
    'embed/embed.css': 'html{}',
    'ru/embed/p/6.oembed.json': '{}',
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'precache-'));
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), content);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('lists what a reader opens, hashes what has no hash in its name, and leaves out the rest', async () => {
    const { entries, bytes } = await precacheManifest(dir);
    expect(entries).toEqual([
      { url: '/assets/js/main.0123abcd.js', revision: null },
      // The first 16 hex digits of the content's sha256, computed with sha256sum.
      { url: '/downloads/statement.aligned.tsv', revision: 'de9aa4c2fec7ce3d' },
      { url: '/img/icon-192.png', revision: '8f8cbb7dcf46e0bc' },
      { url: '/index.html', revision: expect.stringMatching(/^[0-9a-f]{16}$/) },
      { url: '/p/6-3.html', revision: expect.stringMatching(/^[0-9a-f]{16}$/) },
      { url: '/pagefind/pagefind.js', revision: expect.stringMatching(/^[0-9a-f]{16}$/) },
      { url: '/pagefind/wasm.en.pagefind', revision: expect.stringMatching(/^[0-9a-f]{16}$/) },
      { url: '/zh-Hans/404.html', revision: expect.stringMatching(/^[0-9a-f]{16}$/) },
      { url: '/zh-Hans/assets/js/main.0123abcd.js', revision: null },
    ]);
    expect(bytes).toBe(144);
  });
});

describe('webAppManifest', () => {
  it('gives each locale its own name, language and start page, in one scope', () => {
    expect(webAppManifest('ru')).toMatchObject({
      id: '/ru/',
      name: 'ШОС-2023 · Выступление Си Цзиньпина',
      short_name: 'ШОС-2023',
      lang: 'ru',
      start_url: '/ru/',
      scope: '/',
      display: 'standalone',
    });
    expect(webAppManifest('en')).toMatchObject({ start_url: '/', lang: 'en', short_name: 'SCO 2023' });
  });
});
