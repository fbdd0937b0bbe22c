import { describe, expect, it } from 'vitest';

import { DEFERRED_CODE } from '../../scripts/lib/firstLoad';
import { LOCALES, localePrefix } from '../../src/locales';
import { GLOSSARY_PATH, PARALLEL_PATH } from '../../src/sitePaths';
import { SECTIONS, sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, goHydrated, openPage, useBrowser, type Visit } from './support/browser';

const browser = useBrowser();
const POINT_3 = sectionOfParagraph(6)!.path;

describe('the text renders before the code loads', () => {
  it.each(LOCALES.map((l) => l))('on the ¶6 page in $code, which then hydrates', async (locale) => {
    const url = `${baseUrl()}${localePrefix(locale.code)}${POINT_3}`;
    const html = await (await fetch(url)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head, 'no script file in the head').not.toMatch(/<script[^>]+src=/);

    const visit = await openPage(browser());
    try {
      // The page's first rendering opportunity once parsed: a frame callback registered before the page's own.
      await visit.page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () =>
          requestAnimationFrame(() => {
            (window as unknown as { firstFrame: number }).firstFrame = performance.now();
          }),
        );
      });
      await visit.page.goto(url, { waitUntil: 'load' });
      await visit.page.waitForSelector('html[data-has-hydrated="true"]');
      const timing = await visit.page.evaluate(() => ({
        frame: (window as unknown as { firstFrame?: number }).firstFrame ?? -1,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
        code:
          performance
            .getEntriesByType('resource')
            .find((entry) => /\/assets\/js\/main\.[0-9a-f]+\.js$/.test(entry.name))?.startTime ?? -1,
      }));
      expect(timing.paint, 'first contentful paint').toBeGreaterThan(0);
      expect(timing.frame, 'a frame once the page is parsed').toBeGreaterThan(0);
      // With Docusaurus's deferred head scripts, main.js would be requested while the page is still parsed; with
      // a loader that waits only for a frame, often before that frame reaches the screen (the paint's time).
      expect(timing.code, 'main.js requested after that frame').toBeGreaterThan(timing.frame);
      expect(timing.code, 'main.js requested after the first contentful paint').toBeGreaterThan(timing.paint);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

/**
 * The first call of an `Intl` service on a page loads its locale data: tens of milliseconds in one task on a
 * phone, which the page's hydration used to pay (the language suggestion's `maximize`, the landing page's
 * number formatting). A reader whose browser prefers another language (so the suggestion runs in full) loads
 * each page: until it has hydrated and settled, no such call is made.
 */
describe('hydration calls no Intl service', () => {
  const pages = [
    { name: 'landing page', path: '/' },
    { name: '¶6 page', path: POINT_3 },
  ];
  it.each(LOCALES.flatMap((locale) => pages.map((page) => ({ ...page, locale }))))(
    'on the $name in $locale.code',
    async ({ path, locale }) => {
      const other = LOCALES.find((l) => l !== locale)!;
      // As a browser reports it, with its region (`ru-RU`), not the site's own code, which would match at once.
      const visit = await openPage(browser(), { locale: new Intl.Locale(other.htmlLang).maximize().toString() });
      try {
        await visit.page.addInitScript(() => {
          const calls: string[] = [];
          (window as unknown as { intlCalls: string[] }).intlCalls = calls;
          const services = ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'Collator', 'Segmenter'] as const;
          for (const service of services) {
            const original = Intl[service] as unknown as new (...args: unknown[]) => object;
            (Intl as unknown as Record<string, unknown>)[service] = new Proxy(original, {
              construct: (target, args) => (calls.push(service), Reflect.construct(target, args)),
            });
          }
          const { maximize } = Intl.Locale.prototype;
          Intl.Locale.prototype.maximize = function (this: Intl.Locale) {
            calls.push('Locale#maximize');
            return maximize.call(this);
          };
          const { localeCompare } = String.prototype;
          String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof localeCompare>) {
            calls.push('localeCompare');
            return localeCompare.apply(this, args);
          };
        });
        await visit.page.goto(`${baseUrl()}${localePrefix(locale.code)}${path}`, { waitUntil: 'load' });
        await visit.page.waitForSelector('html[data-has-hydrated="true"]');
        // The suggestion is made after hydration: its banner shows that it has run.
        await visit.page.locator(`[data-language-suggestion="${other.code}"]`).waitFor();
        const calls = await visit.page.evaluate(() => (window as unknown as { intlCalls: string[] }).intlCalls);
        expect(calls).toEqual([]);
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );
});

/** Which of the code that waits for the reader (`DEFERRED_CODE`, the bench's list) these scripts hold. */
async function deferredCodeIn(scripts: readonly string[]): Promise<string[]> {
  const sources = await Promise.all(scripts.map(async (url) => (await fetch(`${baseUrl()}${url}`)).text()));
  return Object.entries(DEFERRED_CODE)
    .filter(([, marker]) => sources.some((source) => source.includes(marker)))
    .map(([name]) => name);
}

/** The scripts the page has requested so far, by path. */
async function scriptsRequested(visit: Visit): Promise<string[]> {
  return visit.page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.initiatorType === 'script')
      .map((entry) => new URL(entry.name).pathname),
  );
}

/**
 * i18next, the citation engine, the search's code and the service worker's registration wait until the reader
 * needs them: a page's first load, until it has loaded and hydrated, requests none of them. (What the page asks
 * for at idle afterwards, as the registration, is the bench's to weigh.)
 */
describe('a first load holds no code that waits for the reader', () => {
  const fullText = SECTIONS.find((s) => s.kind === 'full-text')!.path;
  // A search page opened with a query has been asked for its results.
  const pages = [
    { path: '/', needs: [] },
    { path: POINT_3, needs: [] },
    { path: fullText, needs: [] },
    { path: PARALLEL_PATH, needs: [] },
    { path: GLOSSARY_PATH, needs: [] },
    { path: '/search?q=SCO', needs: ['search (Pagefind client)'] },
  ];
  it.each(pages)('on $path', async ({ path, needs }) => {
    const visit = await openPage(browser());
    try {
      await visit.page.addInitScript(() => {
        // Before the document has its <html>: watch the whole document for the attribute.
        new MutationObserver((_, observer) => {
          if (document.documentElement.dataset.hasHydrated !== 'true') return;
          (window as unknown as { hydratedAt: number }).hydratedAt = performance.now();
          observer.disconnect();
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-has-hydrated'] });
      });
      await goHydrated(visit.page, `${baseUrl()}${path}`);
      const firstLoad = await visit.page.evaluate(() => {
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        const ready = Math.max((window as unknown as { hydratedAt: number }).hydratedAt, navigation.loadEventEnd);
        return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.initiatorType === 'script' && entry.startTime <= ready)
          .map((entry) => new URL(entry.name).pathname);
      });
      expect(firstLoad.some((url) => /\/main\.[0-9a-f]+\.js$/.test(url))).toBe(true);
      await expect(deferredCodeIn(firstLoad)).resolves.toEqual(needs);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('and the glossary’s entries bring i18next only when a client-side navigation renders them', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      const { page } = visit;
      await goHydrated(page, `${baseUrl()}${POINT_3}`);
      // Every page asks for the service worker's registration once it is idle after loading: wait for that, so
      // that only what the navigation brings is new below.
      await expect
        .poll(async () => deferredCodeIn(await scriptsRequested(visit)))
        .toContain('service worker registration');
      const before = await scriptsRequested(visit);
      await page.locator('#p6 a[href*="/glossary#"]').first().click();
      await page.waitForURL(`**${GLOSSARY_PATH}#*`);
      await page.locator('article h3').first().waitFor();
      const after = (await scriptsRequested(visit)).filter((url) => !before.includes(url));
      await expect(deferredCodeIn(after)).resolves.toEqual(['i18next']);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
