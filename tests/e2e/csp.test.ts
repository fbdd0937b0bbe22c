/**
 * The site under its own Content-Security-Policy (build/_headers, sent by the test server as a host would):
 * everything that runs code after the page loads (the lazy ¶ menu, Pagefind's WebAssembly in its worker, the
 * colour theme) runs without a single violation. That every page loads under it is checked on every visit of
 * every e2e test (a violation is a console error), and the policy itself in tests/output/contentSecurityPolicy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { sectionOfParagraph } from '../../src/statement/model';
import { ROOT } from '../support/docs';
import { baseUrl, goHydrated, openPage, useBrowser, type Visit } from './support/browser';
import { searchFromNavbar } from './support/search';

const browser = useBrowser();
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

describe('the Content-Security-Policy', () => {
  describe.each(LOCALES.map((l) => l))('in $code', ({ code }) => {
    const prefix = localePrefix(code);

    it('search (Pagefind’s WebAssembly), the ¶ menu and the colour theme run under it without a violation', async () => {
      const visit = await openReporting();
      try {
        await goHydrated(visit.page, `${baseUrl()}${prefix}${POINT_3}`);
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
      const policy = (await fetch(`${baseUrl()}/`)).headers.get('content-security-policy') ?? '';
      const withoutHashes = policy.replace(/ 'sha256-[^']+'/g, '');
      await visit.page.route('**/*', async (route) => {
        const response = await route.fetch();
        const { 'content-encoding': _encoding, 'content-length': _length, ...headers } = response.headers();
        await route.fulfill({ response, headers: { ...headers, 'content-security-policy': withoutHashes } });
      });
      await visit.page.goto(`${baseUrl()}${POINT_3}`, { waitUntil: 'load' });
      await expect.poll(() => visit.violations.length).toBeGreaterThan(0);
      expect(visit.violations[0]).toMatch(/^script-src-elem blocked inline/);
      // And Chromium reports it on the console, which every other visit of the e2e tests fails on.
      expect(visit.errors.join('\n')).toMatch(/Content Security Policy/);
    } finally {
      await visit.page.unrouteAll({ behavior: 'ignoreErrors' });
      await visit.close();
    }
  });
});
