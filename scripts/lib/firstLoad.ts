/**
 * The first-load transfer of built pages: each page loaded once in headless Chromium with an empty cache,
 * from the static server (precompressed files, the build's headers), as a reader of the page's locale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { LOCALES, localePrefix } from '../../src/locales';
import { launchBrowser } from './chromium';
import { startStaticServer } from './staticServer';

export interface PageWeight {
  readonly locale: string;
  readonly path: string;
  readonly requests: number;
  readonly transferredKB: number;
  /** Of which response headers (over the local server's HTTP/1.1; HTTP/2 and 3 compress repeated ones away). */
  readonly headersKB: number;
  readonly scriptKB: number;
  /** ms from navigation until React had hydrated the page (Docusaurus sets `data-has-hydrated`): unthrottled, on this machine. */
  readonly hydratedMs: number;
  /** Every script the page loaded (its path, KB transferred), largest first. */
  readonly scripts: readonly { readonly url: string; readonly KB: number }[];
  /**
   * Which of the code that waits for the reader (`DEFERRED_CODE`) the page loads all the same before it is ready
   * (requested before both the load event and hydration); what loads later, at idle, is not counted here.
   */
  readonly deferredCodeLoaded: readonly string[];
  /** The scripts requested only once the page had loaded and hydrated (at idle), by path. */
  readonly laterScripts: readonly string[];
}

/**
 * Code no page needs before the reader acts, each told by a string its minified bundle keeps: the first load of
 * every page should hold none of it (issue 26).
 */
export const DEFERRED_CODE: Readonly<Record<string, string>> = {
  'i18next': 'i18next:',
  'citation (citeproc)': 'citeproc-js',
  'search (Pagefind client)': 'noWorker',
  'service worker registration': 'controllerchange',
};

/** The names of `DEFERRED_CODE` found in these scripts of the build in `root`. */
function deferredCodeIn(root: string, scripts: readonly { url: string }[]): string[] {
  const sources = scripts
    .map(({ url }) => join(root, url))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'));
  return Object.entries(DEFERRED_CODE)
    .filter(([, marker]) => sources.some((source) => source.includes(marker)))
    .map(([name]) => name);
}

/** `paths` (without locale prefix) in every locale of `locales`, from the build in `root`. */
export async function measurePages(
  paths: readonly string[],
  { root = 'build', locales = LOCALES.map((l) => l.code) }: { root?: string; locales?: readonly string[] } = {},
): Promise<PageWeight[]> {
  const server = await startStaticServer({ root });
  const browser = await launchBrowser();
  const results: PageWeight[] = [];
  try {
    for (const { code, htmlLang } of LOCALES.filter((l) => locales.includes(l.code))) {
      for (const path of paths) {
        // A reader of this locale: no language suggestion to load.
        const context = await browser.newContext({ locale: htmlLang });
        await context.addInitScript(() => {
          // Runs before the document has its <html> element: watch the whole document for the attribute.
          new MutationObserver((_, observer) => {
            if (document.documentElement.dataset.hasHydrated !== 'true') return;
            (window as { hydratedAt?: number }).hydratedAt = performance.now();
            observer.disconnect();
          }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-has-hydrated'] });
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        const responses = new Map<string, { type: string; url: string }>();
        let bytes = 0;
        let headerBytes = 0;
        let scriptBytes = 0;
        let requests = 0;
        // By request id: a redirect sends a second requestWillBeSent for the same request.
        const inFlight = new Set<string>();
        let lastActivity = Date.now();
        cdp.on('Network.requestWillBeSent', (event) => {
          if (!event.request.url.startsWith('data:')) inFlight.add(event.requestId);
          lastActivity = Date.now();
        });
        cdp.on('Network.loadingFailed', (event) => {
          inFlight.delete(event.requestId);
          lastActivity = Date.now();
        });
        const scripts: { url: string; KB: number }[] = [];
        cdp.on('Network.responseReceived', (event) => {
          responses.set(event.requestId, { type: event.type, url: event.response.url });
          headerBytes += event.response.encodedDataLength;
        });
        cdp.on('Network.loadingFinished', (event) => {
          inFlight.delete(event.requestId);
          lastActivity = Date.now();
          requests++;
          bytes += event.encodedDataLength;
          const response = responses.get(event.requestId);
          if (response?.type !== 'Script') return;
          scriptBytes += event.encodedDataLength;
          scripts.push({ url: new URL(response.url).pathname, KB: event.encodedDataLength / 1024 });
        });
        await page.goto(`${server.url}${localePrefix(code)}${path}`, { waitUntil: 'networkidle' });
        // A long page can keep the main thread busy past networkidle before its code is even requested.
        await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 300_000 });
        const hydratedMs = await page.evaluate(() => (window as { hydratedAt?: number }).hydratedAt ?? Number.NaN);
        // Quiet for half a second; a request that never ends (none is expected) stops the wait after 30 s.
        const waitingSince = Date.now();
        while ((inFlight.size > 0 || Date.now() - lastActivity < 500) && Date.now() - waitingSince < 30_000)
          await page.waitForTimeout(100);
        const laterScripts = await page.evaluate((hydrated) => {
          const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          const ready = Math.max(hydrated, navigation.loadEventEnd);
          return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((entry) => entry.initiatorType === 'script' && entry.startTime > ready)
            .map((entry) => new URL(entry.name).pathname);
        }, hydratedMs);
        results.push({
          locale: code,
          path,
          requests,
          transferredKB: bytes / 1024,
          headersKB: headerBytes / 1024,
          scriptKB: scriptBytes / 1024,
          hydratedMs,
          scripts: scripts.sort((a, b) => b.KB - a.KB),
          deferredCodeLoaded: deferredCodeIn(
            root,
            scripts.filter(({ url }) => !laterScripts.includes(url)),
          ),
          laterScripts,
        });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
