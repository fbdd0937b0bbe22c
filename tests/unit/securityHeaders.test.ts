import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, inlineScriptHashes } from '../../scripts/lib/contentSecurityPolicy';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../scripts/lib/headersFile';
import { siteHeaderRules } from '../../scripts/lib/siteHeaders';

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
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('allows the service worker and the web app manifest from the site only', () => {
    const policy = contentSecurityPolicy([HELLO_HASH]);
    expect(/worker-src ([^;]+)/.exec(policy)?.[1]).toBe("'self'");
    expect(/manifest-src ([^;]+)/.exec(policy)?.[1]).toBe("'self'");
  });
});

describe('the _headers file', () => {
  const rules = siteHeaderRules(contentSecurityPolicy([HELLO_HASH]));

  it('reads back what it writes', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
    expect(parseHeadersFile('# comment\n/a/*\n  X-A: 1\n\n/b\n  X-B: two words\n')).toEqual([
      { pattern: '/a/*', headers: { 'X-A': '1' } },
      { pattern: '/b', headers: { 'X-B': 'two words' } },
    ]);
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
  });

  it('gives every path the policy, and only hashed assets a long immutable cache', () => {
    expect(headersFor(rules, '/ru/statement/context')['Content-Security-Policy']).toContain(HELLO_HASH);
    expect(headersFor(rules, '/ru/statement/context')['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/pagefind/pagefind.js')['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/assets/js/main.cc40ebe9.js')).toMatchObject({
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
    expect(headersFor(rules, '/assetsx/a.js')['Cache-Control']).toBeUndefined();
  });

  it('makes browsers revalidate the service worker at every check', () => {
    expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor(rules, '/sw.js')['Content-Security-Policy']).toContain(HELLO_HASH);
    expect(headersFor(rules, '/ru/sw.js')['Cache-Control']).toBeUndefined();
  });
});
