/**
 * Pages for the end-to-end tests. Every page opened through `openPage` starts as in a fresh browser context and
 * records console errors, page errors and any request that leaves the test server's origin.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Disposable, Page, Response } from 'playwright-core';
import { beforeAll } from 'vitest';

import { launchBrowser } from '../../../scripts/lib/chromium';
import { baseUrl } from '../../support/server';

export { baseUrl };

export interface Visit {
  readonly page: Page;
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Requests to anything but the test server. */
  readonly foreignRequests: string[];
  close(): Promise<void>;
}

interface OpenTab {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Where the current visit's console errors and foreign requests go. */
  sink: { errors: string[]; foreignRequests: string[] };
}

/** Tabs given back clean by a closed visit, by browser and context options, for the next visit to navigate. */
const idleTabs = new WeakMap<Browser, Map<string, OpenTab[]>>();

/** Methods that add to a tab what the returned Disposable removes: a visit's additions go when it closes. */
const DISPOSABLE = ['addInitScript', 'exposeFunction', 'exposeBinding'] as const;
/** Methods whose effect on a tab cannot be undone (emulated media): a visit that calls one closes its context. */
const IRREVERSIBLE = ['emulateMedia'] as const;

/** The tab's own listeners: console errors, uncaught exceptions and foreign requests, into the current visit's. */
function listen(tab: OpenTab): void {
  const origin = new URL(baseUrl()).origin;
  tab.page.on('console', (message) => {
    // The 404 page's own document request is expected to fail with status 404.
    if (message.type() === 'error' && !/status of 404/.test(message.text())) tab.sink.errors.push(message.text());
  });
  tab.page.on('pageerror', (error) => tab.sink.errors.push(error.message));
  tab.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      tab.sink.foreignRequests.push(url);
  });
}

async function newTab(browser: Browser, options: BrowserContextOptions): Promise<OpenTab> {
  const context = await browser.newContext(options);
  const tab: OpenTab = { context, page: await context.newPage(), sink: { errors: [], foreignRequests: [] } };
  listen(tab);
  return tab;
}

/** Events a test listens to. */
const VISIT_EVENTS = [
  'console',
  'pageerror',
  'dialog',
  'request',
  'response',
  'requestfailed',
  'requestfinished',
  'popup',
  'download',
  'framenavigated',
  'load',
  'domcontentloaded',
  'page',
  'serviceworker',
] as const;

/** Undoes what a visit may have changed, so that the next visit starts as in a new context; false if it cannot. */
async function cleaned(tab: OpenTab): Promise<boolean> {
  if (tab.page.isClosed()) return false;
  for (const other of tab.context.pages()) if (other !== tab.page) await other.close();
  // The visit's listeners go (Playwright's own, on 'close' and the like, stay), and the tab's own come back.
  for (const event of VISIT_EVENTS) {
    tab.page.removeAllListeners(event);
    tab.context.removeAllListeners(event);
  }
  listen(tab);
  await tab.page.unrouteAll({ behavior: 'ignoreErrors' });
  await tab.context.unrouteAll({ behavior: 'ignoreErrors' });
  await tab.context.clearPermissions();
  await tab.context.clearCookies();
  await tab.context.setOffline(false);
  // Nothing of the last page (a timer, a request) runs on into the next visit: the tab moves to a plain text file
  // of the site, which keeps its renderer (about:blank would cost a new one, and a cold next load).
  await tab.page.goto(`${baseUrl()}/robots.txt`);
  await tab.page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  return true;
}

/**
 * A page for one test. Service workers are blocked unless a test asks for them (`serviceWorkers: 'allow'`):
 * once registered, the worker precaches the whole build after every page load, work that only the offline tests
 * are about.
 *
 * A visit's first page load in a new tab costs a new renderer process, cold: 2–3 s of CPU, against about 0.5 s
 * for a navigation in a tab that has loaded the site before (measured in the whole browser). So a closed visit
 * gives its tab back, cleaned (storage, cookies, permissions, routes, listeners, other pages, the page itself),
 * and the next visit with the same context options but the viewport, in this test file or a later one of the
 * worker, sets its viewport and navigates it. The HTTP cache stays warm, as a returning reader's does. The init
 * scripts and exposed functions a visit added are removed (DISPOSABLE). A visit that did something that cannot be
 * undone (IRREVERSIBLE), or asked for service workers, has its context closed.
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
  /** `cold`: a new tab, for a test about a reader's first load (nothing of the site cached yet). */
  start: 'cold' | 'any' = 'any',
): Promise<Visit> {
  const contextOptions: BrowserContextOptions = { serviceWorkers: 'block', ...options };
  // The viewport is the one option a tab can change, so tabs of any viewport serve each other.
  const { viewport = { width: 1280, height: 720 }, ...fixedOptions } = contextOptions;
  const key = JSON.stringify(fixedOptions);
  const pool = idleTabs.get(browser) ?? new Map<string, OpenTab[]>();
  idleTabs.set(browser, pool);
  const tab = (start === 'any' && pool.get(key)?.pop()) || (await newTab(browser, contextOptions));
  const size = tab.page.viewportSize();
  if (viewport && (size?.width !== viewport.width || size.height !== viewport.height))
    await tab.page.setViewportSize(viewport);
  const sink = { errors: [] as string[], foreignRequests: [] as string[] };
  tab.sink = sink;

  let reusable = contextOptions.serviceWorkers === 'block';
  const added: Disposable[] = [];
  const { page } = tab;
  const targets = [page, tab.context] as unknown as Record<string, unknown>[];
  for (const target of targets) {
    for (const method of [...DISPOSABLE, ...IRREVERSIBLE]) {
      const original = target[method];
      if (typeof original !== 'function') continue;
      target[method] = async (...args: unknown[]) => {
        const result = await (original as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if ((DISPOSABLE as readonly string[]).includes(method)) added.push(result as Disposable);
        else reusable = false;
        return result;
      };
    }
  }

  return {
    page,
    errors: sink.errors,
    foreignRequests: sink.foreignRequests,
    close: async () => {
      for (const target of targets) for (const method of [...DISPOSABLE, ...IRREVERSIBLE]) delete target[method];
      tab.sink = { errors: [], foreignRequests: [] };
      const removed = await Promise.all(added.map((addition) => addition.dispose())).then(
        () => true,
        () => false,
      );
      if (reusable && removed && (await cleaned(tab).catch(() => false))) {
        pool.set(key, [...(pool.get(key) ?? []), tab]);
      } else {
        await tab.context.close();
      }
    },
  };
}

/**
 * Waits until React has taken over the page. The page's code loads after its first paint (see
 * config/ssrTemplate.ts), so `load`, and even `networkidle`, can come before it.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]');
}

/** Opens a URL and waits until React has taken over the page; returns the document's response. */
export async function goHydrated(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'load' });
  await waitForHydration(page);
  return response;
}

/** The worker's browser: the e2e files run one after another in each worker (`isolate: false`), and share it. */
let sharedBrowser: Promise<Browser> | undefined;

/**
 * The browser for the test file: one per Vitest worker, launched by the worker's first file and shared by the
 * next ones, with their idle tabs (see openPage), so that only the first file pays a browser's start and a cold
 * renderer. Playwright closes it when the worker exits; a browser that crashed is launched anew.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (sharedBrowser && !(await sharedBrowser).isConnected()) sharedBrowser = undefined;
    sharedBrowser ??= launchBrowser({ build: 'shell' });
    browser = await sharedBrowser;
  });
  return () => {
    if (!browser) throw new Error('The browser is not launched yet');
    return browser;
  };
}
