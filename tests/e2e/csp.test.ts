/**
 * The site under its own Content-Security-Policy (build/_headers, sent by the test server as a host would):
 * every page loads, and everything that runs code (hydration, the lazy ¶ menu, Pagefind's WebAssembly in its
 * worker, the colour theme) runs, without a single violation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headersFile';
import { HEADERS_FILE } from '../../scripts/lib/siteHeaders';
import { sectionOfParagraph } from '../../src/statement/model';
import { ROOT } from '../support/docs';
import { baseUrl, openPage, useBrowser, type Visit } from './support/browser';
import { READING_PAGES } from './support/pages';
import { searchFromNavbar } from './support/search';

const browser = useBrowser();
const POLICY = headersFor(parseHeadersFile(readFileSync(path.join(ROOT, 'build', HEADERS_FILE), 'utf8')), '/')[
  'Content-Security-Policy'
];
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

/** Loads a path, waits for React to take over, and returns the policy the response carried. */
async function load(page: Page, pathname: string): Promise<string | undefined> {
  const response = await page.goto(`${baseUrl()}${pathname}`, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return response?.headers()['content-security-policy'];
}

describe('the Content-Security-Policy', () => {
  it('allows scripts only from the site itself and by hash: no unsafe-inline, no eval', () => {
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
          await expect(load(visit.page, `${prefix}${page === '/' && prefix ? '/' : page}`), page).resolves.toBe(POLICY);
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
        await visit.page.click('.navbar button[class*="toggleButton_"]');
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
