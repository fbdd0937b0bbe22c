/**
 * Pages for the end-to-end tests. Every page opened through `openPage` gets a fresh browser context and
 * records console errors, page errors and any request that leaves the test server's origin.
 */
import type { Browser, BrowserContextOptions, Page, Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

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

/**
 * Service workers are blocked unless a test asks for them (`serviceWorkers: 'allow'`): once registered, the
 * worker precaches the whole build after every page load, work that only the offline tests are about.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Visit> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (message) => {
    // The 404 page's own document request is expected to fail with status 404.
    if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      foreignRequests.push(url);
  });
  return { page, errors, foreignRequests, close: () => context.close() };
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

/** One browser for the test file: launched before its tests, always closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not launched yet');
    return browser;
  };
}
