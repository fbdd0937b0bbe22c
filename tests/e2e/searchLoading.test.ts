import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix, type LocaleCode } from '../../src/locales';
import { baseUrl, openPage, useBrowser, waitForHydration } from './support/browser';
import { waitForSearch } from './support/search';

const browser = useBrowser();

/** What a reader of each language searches for: the organization's short name. */
const QUERY: Record<LocaleCode, string> = { 'en': 'SCO', 'zh-Hans': '上合组织', 'ru': 'ШОС' };

/** A phone, as Lighthouse's mobile preset emulates one. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/** Collects every layout shift of the page from its start (a reader's input excluded, as CLS excludes it). */
const OBSERVE_LAYOUT_SHIFTS = () => {
  const shifts: number[] = [];
  (window as { layoutShifts?: number[] }).layoutShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput) shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
};

describe('the search page opened with a query', () => {
  it.each(LOCALES.map((l) => l))(
    'in $code moves nothing on a phone while its results arrive (no layout shift)',
    async (locale) => {
      const visit = await openPage(browser(), { locale: locale.htmlLang, ...PHONE }, 'cold');
      try {
        const { page } = visit;
        await page.addInitScript(OBSERVE_LAYOUT_SHIFTS);
        const query = QUERY[locale.code];
        await page.goto(`${baseUrl()}${localePrefix(locale.code)}/search?q=${encodeURIComponent(query)}`);
        await waitForHydration(page);
        await waitForSearch(page, query, 'main');
        await expect(page.locator('main li').count()).resolves.toBeGreaterThan(5);
        // Layout shifts are reported after the frame that made them.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
        const shifts = await page.evaluate(() => (window as { layoutShifts?: number[] }).layoutShifts ?? []);
        expect(shifts).toEqual([]);
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );
});

/** The language of a Pagefind request (its index, fragments, filters, metadata, WebAssembly), if it has one. */
function indexLanguage(path: string): string | undefined {
  const file = path.split('/').at(-1) ?? '';
  return /^(?:wasm\.|pagefind\.)?(en|ru|zh-hans)[_.]/.exec(file)?.[1];
}

/** The languages whose index files the page has requested so far. */
function languagesRequested(page: Page): () => string[] {
  const languages = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    const language = pathname.includes('/pagefind/') ? indexLanguage(pathname) : undefined;
    if (language) languages.add(language);
  });
  return () => [...languages].sort();
}

describe('the search indexes', () => {
  it.each([
    { locale: 'en', other: { query: 'ШОС', locale: 'ru' } },
    { locale: 'zh-Hans', other: { query: 'SCO', locale: 'en' } },
    { locale: 'ru', other: { query: '上合组织', locale: 'zh-Hans' } },
  ] as const)(
    'on the $locale search page, only its own is fetched until a query asks for $other.locale',
    async ({ locale, other }) => {
      const visit = await openPage(browser(), { locale });
      try {
        const { page } = visit;
        const requested = languagesRequested(page);
        await page.goto(`${baseUrl()}${localePrefix(locale)}/search?q=${encodeURIComponent(QUERY[locale])}`, {
          waitUntil: 'networkidle',
        });
        await waitForHydration(page);
        await waitForSearch(page, QUERY[locale], 'main');
        await expect(page.locator('main li').count()).resolves.toBeGreaterThan(5);
        // Pagefind names its files by the language in lower case.
        expect(requested()).toEqual([locale.toLowerCase()]);
        await page.getByRole('searchbox').fill(other.query);
        await waitForSearch(page, other.query, 'main');
        expect(requested()).toEqual([locale.toLowerCase(), other.locale.toLowerCase()].sort());
        await expect(page.locator(`main li [data-match-language="${other.locale}"]`).count()).resolves.toBeGreaterThan(
          0,
        );
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );
});
