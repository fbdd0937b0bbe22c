/**
 * The Content-Security-Policy as the server sends it (build/_headers, applied by the test server as a host
 * would): scripts only from the site itself and by hash, and every built page's own inline scripts allowed by the
 * policy its response carries. That pages then run without a violation is seen in the browser: every e2e visit
 * fails on a console error, and Chromium reports each violation there (tests/e2e/csp.test.ts shows it does).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { htmlPagesIn } from '../../src/plugins/whole-site/buildFiles';
import { ROOT } from '../support/docs';
import { baseUrl } from '../support/server';

const BUILD = path.join(ROOT, 'build');

/** The policy as the server sends it for the landing page. */
let POLICY = '';
beforeAll(async () => {
  POLICY = (await fetch(`${baseUrl()}/`)).headers.get('content-security-policy') ?? '';
});

/**
 * The `'sha256-…'` sources a page's inline scripts need, computed here from its HTML (not by the build's code):
 * every `<script>` without `src` whose type is absent, JavaScript or module.
 */
function inlineScriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const [, attributes, body] of html
    .replace(/<!--[\s\S]*?-->/g, '')
    .matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc=/i.test(attributes)) continue;
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1].toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    sources.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return sources;
}

/** The address a built page is served at: `a/index.html` at `/a/`, `a/b.html` at `/a/b`, a 404 page for any unknown path. */
function addressOf(file: string): string {
  if (path.posix.basename(file) === '404.html')
    return `/${path.posix.dirname(file)}/no-such-page`.replace(/^\/\.\//, '/');
  return `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

describe('the Content-Security-Policy', () => {
  it('allows scripts only from the site itself and by hash: no unsafe-inline, no eval', () => {
    expect(POLICY).toMatch(/script-src /);
    const scriptSources = /script-src ([^;]+)/.exec(POLICY)?.[1].split(' ') ?? [];
    expect(scriptSources.filter((source) => !/^'sha256-[A-Za-z0-9+/]{43}='$/.test(source))).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
    expect(scriptSources.length).toBeGreaterThan(2);
  });

  it('comes with every built page, and allows each page’s inline scripts by hash', async () => {
    const pages = htmlPagesIn(BUILD);
    expect(pages.length).toBeGreaterThan(3 * 16);
    const problems: string[] = [];
    for (const file of pages) {
      const response = await fetch(`${baseUrl()}${addressOf(file)}`);
      const policy = response.headers.get('content-security-policy');
      if (policy !== POLICY) problems.push(`${file}: policy ${policy}`);
      const allowed = (/script-src ([^;]+)/.exec(policy ?? '')?.[1] ?? '').split(' ');
      const needed = inlineScriptSources(readFileSync(path.join(BUILD, file), 'utf8'));
      // Docusaurus inlines its colour-mode script in every page of its own; the short links' redirect pages and
      // the embeds run none.
      if (needed.length === 0 && !/(^|\/)(p|point|embed)\//.test(file)) problems.push(`${file}: no inline script`);
      if ((await response.text()) !== readFileSync(path.join(BUILD, file), 'utf8'))
        problems.push(`${file}: served ≠ built`);
      for (const source of needed) if (!allowed.includes(source)) problems.push(`${file}: ${source} not allowed`);
    }
    expect(problems).toEqual([]);
  });
});
