import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, inlineScriptHashes } from '../../src/plugins/whole-site/contentSecurityPolicy';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/plugins/whole-site/headersFile';
import { siteHeaderRules, unframedPagePatterns } from '../../src/plugins/whole-site/siteHeaders';

// The example of the CSP specification and MDN: this script's hash, computed by someone else.
const HELLO = "alert('Hello, world.');";
const HELLO_HASH = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('inlineScriptHashes', () => {
  it('hashes the exact source of each executable inline script, once', () => {
    expect(
      inlineScriptHashes(page(`<script>${HELLO}</script>`, `<script type="text/javascript">${HELLO}</script>`)),
    ).toEqual([HELLO_HASH]);
    expect(inlineScriptHashes(page(`<script type=module>${HELLO}</script>`))).toEqual([HELLO_HASH]);
    // One more space is another script.
    expect(inlineScriptHashes(page(`<script> ${HELLO}</script>`))).not.toEqual([HELLO_HASH]);
  });

  it('leaves out data blocks, external scripts and scripts in comments', () => {
    const html = page(
      `<script type="application/ld+json">{"@type":"CreativeWork"}</script><script src="/assets/js/main.js"></script>`,
      `<!-- <script>${HELLO}</script> --><script type="text/plain">${HELLO}</script>`,
    );
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('refuses inline code that no hash can allow', () => {
    expect(() => inlineScriptHashes(page('', '<button onclick="go()">Go</button>'))).toThrow(/onclick/);
    expect(() => inlineScriptHashes(page('', '<a href="javascript:go()">Go</a>'))).toThrow(/javascript:/);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site and by hash only, and denies everything else by default', () => {
    const policy = contentSecurityPolicy([HELLO_HASH, HELLO_HASH]);
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(/script-src ([^;]+)/.exec(policy)?.[1]).toBe(`'self' 'wasm-unsafe-eval' ${HELLO_HASH}`);
    // Framing is refused page by page (X-Frame-Options), since the embeds share this policy.
    expect(policy).not.toContain('frame-ancestors');
  });

  it('allows the service worker and the web app manifest from the site only', () => {
    const policy = contentSecurityPolicy([HELLO_HASH]);
    expect(/worker-src ([^;]+)/.exec(policy)?.[1]).toBe("'self'");
    expect(/manifest-src ([^;]+)/.exec(policy)?.[1]).toBe("'self'");
  });
});

describe('the _headers file', () => {
  const pages = ['index.html', '404.html', 'glossary.html', 'statement/context.html', 'p/6-3.html'];
  const rules = siteHeaderRules(
    contentSecurityPolicy([HELLO_HASH]),
    unframedPagePatterns([...pages, ...pages.map((page) => `ru/${page}`), 'zh-Hans/index.html', 'embed/p/6.html']),
  );

  it('reads back what it writes', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
    expect(parseHeadersFile('# comment\n/a/*\n  X-A: 1\n\n/b\n  X-B: two words\n')).toEqual([
      { pattern: '/a/*', headers: { 'X-A': '1' } },
      { pattern: '/b', headers: { 'X-B': 'two words' } },
    ]);
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
  });

  it('is written in the syntax both Cloudflare Pages and Netlify document: no `!` detach lines', () => {
    const file = formatHeadersFile(rules);
    for (const line of file.split('\n').filter(Boolean)) expect(line, line).toMatch(/^\/[^\s]*$|^ {2}[A-Za-z-]+: \S/);
    expect(() => parseHeadersFile('/b\n  ! X-A\n')).toThrow(/line 2/);
  });

  it('sets each header of a path from one rule only, as both hosts then send the same', () => {
    // Cloudflare Pages joins the values of two matching rules, Netlify keeps one.
    const twice = parseHeadersFile('/*\n  X-A: 1\n\n/b/*\n  X-A: 2\n');
    expect(headersFor(twice, '/a')).toEqual({ 'X-A': '1' });
    expect(() => headersFor(twice, '/b/c')).toThrow(/X-A is set by two rules/);
    for (const path of ['/', '/ru/assets/js/main.0b3e4716.js', '/sw.js', '/img/icon-192.png'])
      expect(() => headersFor(rules, path)).not.toThrow();
  });

  it('gives every page and file the policy, and only hashed assets, in every locale, a long immutable cache', () => {
    for (const page of ['/ru/statement/context', '/', '/zh-Hans/', '/glossary', '/p/6-3', '/no-such-page']) {
      expect(headersFor(rules, page)['Content-Security-Policy']).toContain(HELLO_HASH);
      expect(headersFor(rules, page)).toMatchObject({ 'X-Content-Type-Options': 'nosniff' });
      expect(headersFor(rules, page)['Cache-Control']).toBeUndefined();
    }
    expect(headersFor(rules, '/pagefind/pagefind.js')['Cache-Control']).toBeUndefined();
    for (const asset of [
      '/assets/js/main.cc40ebe9.js',
      '/ru/assets/js/main.0b3e4716.js',
      '/zh-Hans/assets/css/styles.1ae2d4da.css',
    ]) {
      expect(headersFor(rules, asset)).toMatchObject({
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      });
    }
    expect(headersFor(rules, '/assetsx/a.js')['Cache-Control']).toBeUndefined();
    // Workers take their policy from their own script's response.
    expect(headersFor(rules, '/pagefind/pagefind-worker.js')['Content-Security-Policy']).toContain(HELLO_HASH);
  });

  it('makes browsers revalidate the service worker at every check', () => {
    expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor(rules, '/sw.js')['Content-Security-Policy']).toContain(HELLO_HASH);
    expect(headersFor(rules, '/ru/sw.js')['Cache-Control']).toBeUndefined();
  });
});

describe('unframedPagePatterns', () => {
  it('lists every page of every locale, in both of its addresses, but the embeds and the 404 page', () => {
    expect(
      unframedPagePatterns([
        'index.html',
        '404.html',
        'ru/404.html',
        'search.html',
        'statement/context.html',
        'statement/five-points/point-3.html',
        'embed/p/6-3.html',
        'zh-Hans/index.html',
        'zh-Hans/embed/p/6.html',
        'ru/p/6-3.html',
      ]),
    ).toEqual([
      '/',
      '/index.html',
      '/ru/p/*',
      '/search',
      '/search.html',
      '/statement/*',
      '/zh-Hans',
      '/zh-Hans/',
      '/zh-Hans/index.html',
    ]);
  });
});
