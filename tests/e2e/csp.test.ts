/**
 * The site under its own Content-Security-Policy (build/_headers, sent by the test server as a host would):
 * every page loads, and everything that runs code (hydration, the lazy ¶ menu, Pagefind's WebAssembly in its
 * worker, the colour theme) runs, without a single violation.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { sectionOfParagraph } from '../../src/statement/model';
import { ROOT } from '../support/docs';
import { baseUrl, openPage, useBrowser, type Visit } from './support/browser';
import { READING_PAGES } from './support/pages';
import { searchFromNavbar } from './support/search';

const browser = useBrowser();
/** The policy as the server sends it for the landing page (every page gets the same one). */
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

/** The colour mode toggle's accessible name in a locale (`{mode}` is the current mode). */
function colorToggleName(code: string): RegExp {
  const { message } = (
    JSON.parse(readFileSync(path.join(ROOT, 'i18n', code, 'code.json'), 'utf8')) as Record<string, { message: string }>
  )['theme.colorToggle.ariaLabel'];
  const [before, after] = message.split('{mode}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${before}.+${after}$`);
}
const POINT_3 = sectionOfParagraph(6)!.path;
const SEARCH_QUERY = { 'en': 'development bank', 'zh-Hans': '开发银行', 'ru': 'банк развития' } as const;

/** A visit that reports every CSP violation of every document it loads, redirects included. */
async function openReporting(): Promise<Visit & { violations: string[] }> {
  const visit = await openPage(browser());
  const violations: string[] = [];
  await visit.page.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
  await visit.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI}`,
      );
    });
  });
  return { ...visit, violations };
}

/**
 * Loads a path and waits for React to take over. Returns the policy the response carried, and the hashes of the
 * page's own inline scripts that this policy lacks.
 */
async function load(page: Page, pathname: string): Promise<{ policy?: string; needed: string[]; missing: string[] }> {
  const response = await page.goto(`${baseUrl()}${pathname}`, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const policy = response?.headers()['content-security-policy'];
  const allowed = (/script-src ([^;]+)/.exec(policy ?? '')?.[1] ?? '').split(' ');
  const needed = inlineScriptSources((await response?.text()) ?? '');
  return { policy, needed, missing: needed.filter((source) => !allowed.includes(source)) };
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

  describe.each(LOCALES.map((l) => l))('in $code', ({ code }) => {
    const prefix = localePrefix(code);

    it('every reading page, the search page, a 404 and a short link load under it without a violation', async () => {
      const visit = await openReporting();
      try {
        for (const page of [...READING_PAGES, '/search', '/statement/nope']) {
          const { policy, needed, missing } = await load(visit.page, `${prefix}${page === '/' && prefix ? '/' : page}`);
          expect(policy, page).toBe(POLICY);
          // Docusaurus inlines its colour-mode script in every page: the policy must allow it by hash.
          expect(needed.length, page).toBeGreaterThan(0);
          expect(missing, page).toEqual([]);
        }
        await visit.page.goto(`${baseUrl()}${prefix}/p/6-3`);
        await visit.page.waitForURL(`**${prefix}${POINT_3}#p6-3`);
        await visit.page.waitForSelector('html[data-has-hydrated="true"]');
        expect(visit.violations).toEqual([]);
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    });

    it('search (Pagefind’s WebAssembly), the ¶ menu and the colour theme run under it without a violation', async () => {
      const visit = await openReporting();
      try {
        await load(visit.page, `${prefix}${POINT_3}`);
        await visit.page.click('#p6 button[aria-haspopup="menu"]');
        await visit.page.getByRole('menu').waitFor();
        await visit.page.keyboard.press('Escape');

        // The toggle cycles the reader's choice: system, light, dark.
        const theme = () => visit.page.getAttribute('html', 'data-theme-choice');
        const before = await theme();
        await visit.page
          .locator('.navbar')
          .getByRole('button', { name: colorToggleName(code) })
          .click();
        await expect.poll(theme).not.toBe(before);

        await expect(searchFromNavbar(visit.page, SEARCH_QUERY[code])).resolves.not.toEqual([]);
        expect(visit.violations).toEqual([]);
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    });
  });

  it('without its script hashes is violated: the listener sees what the policy blocks', async () => {
    const visit = await openReporting();
    try {
      const withoutHashes = POLICY.replace(/ 'sha256-[^']+'/g, '');
      await visit.page.route('**/*', async (route) => {
        const response = await route.fetch();
        const { 'content-encoding': _encoding, 'content-length': _length, ...headers } = response.headers();
        await route.fulfill({ response, headers: { ...headers, 'content-security-policy': withoutHashes } });
      });
      await visit.page.goto(`${baseUrl()}${POINT_3}`, { waitUntil: 'load' });
      await expect.poll(() => visit.violations.length).toBeGreaterThan(0);
      expect(visit.violations[0]).toMatch(/^script-src-elem blocked inline/);
    } finally {
      await visit.page.unrouteAll({ behavior: 'ignoreErrors' });
      await visit.close();
    }
  });
});
