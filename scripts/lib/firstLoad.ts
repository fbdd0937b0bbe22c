/**
 * The first-load transfer of built pages: each page loaded once in headless Chromium with an empty cache,
 * from the static server (precompressed files, the build's headers), as a reader of the page's locale.
 */
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
        let inFlight = 0;
        let lastActivity = Date.now();
        cdp.on('Network.requestWillBeSent', () => {
          inFlight++;
          lastActivity = Date.now();
        });
        cdp.on('Network.loadingFailed', () => {
          inFlight--;
          lastActivity = Date.now();
        });
        const scripts: { url: string; KB: number }[] = [];
        cdp.on('Network.responseReceived', (event) => {
          responses.set(event.requestId, { type: event.type, url: event.response.url });
          headerBytes += event.response.encodedDataLength;
        });
        cdp.on('Network.loadingFinished', (event) => {
          inFlight--;
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
        while (inFlight > 0 || Date.now() - lastActivity < 500) await page.waitForTimeout(100);
        results.push({
          locale: code,
          path,
          requests,
          transferredKB: bytes / 1024,
          headersKB: headerBytes / 1024,
          scriptKB: scriptBytes / 1024,
          hydratedMs,
          scripts: scripts.sort((a, b) => b.KB - a.KB),
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
