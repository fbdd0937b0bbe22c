/**
 * The site read offline: one visit to `/` installs the service worker, which caches the page first and then every
 * locale, and the page says so once; then, with
 * the network off (the browser offline and the server stopped), pages, short links, the parallel view, the
 * glossary, downloads and search still work, and an unknown URL gets its locale's 404 page. Back online, a new
 * deployment is announced by a notice and taken only when the reader clicks Reload. Each session serves the build
 * on its own server so it can stop it.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer';
import { LOCALES, localePrefix } from '../../src/locales';
import { writeServiceWorker } from '../../src/plugins/whole-site/serviceWorker';
import { ROOT } from '../support/docs';
import { baseUrl, useBrowser, waitForHydration } from './support/browser';
import { searchFromNavbar } from './support/search';

const browser = useBrowser();
const BUILD = path.join(ROOT, 'build');

/** Waits until the service worker controls the page and the page says the whole site is cached. */
async function offlineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator('[data-offline-ready]').waitFor({ timeout: 60_000 });
}

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
  /** Requests the page made that got no answer at all, with Chromium's reason. */
  readonly failed: string[];
}

async function openSession(): Promise<Session> {
  const context = await browser().newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const failed: string[] = [];
  page.on('console', (message) => {
    // Chromium asks for /favicon.ico itself when it shows a file that names no icon (the download below), and
    // that request never goes through the service worker: not the site's request, so not the site's failure.
    const url = message.location().url;
    if (message.type() === 'error' && !/status of 404/.test(message.text()) && !url.endsWith('/favicon.ico'))
      errors.push(`${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // A request cut short by the next navigation (net::ERR_ABORTED: the test reads on, as a reader may) is no
  // failure to answer; with no network and no worker answer, Chromium says ERR_INTERNET_DISCONNECTED or ERR_FAILED.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      failed.push(`${request.url()} ${request.failure()?.errorText}`);
  });
  return { context, page, errors, failed };
}

async function h1(page: Page): Promise<string | null> {
  return page.locator('h1').first().textContent();
}

interface AppManifest {
  readonly url: string;
  readonly errors: readonly { message: string }[];
  readonly data?: string;
}

/**
 * What a reader is told once the whole site is cached: the notice's text, then how many notices remain after
 * closing it (by its button, named `close` in the page's language) and after opening another page.
 */
async function offlineNotice(page: Page, close: string, anotherPage: string) {
  const notice = page.locator('[data-offline-ready]');
  const text = await notice.getByRole('status').textContent();
  await notice.getByRole('button', { name: close }).click();
  const afterClose = await notice.count();
  await page.goto(anotherPage, { waitUntil: 'networkidle' });
  await waitForHydration(page);
  await page.waitForTimeout(1000);
  return { text, afterClose, afterAnotherPage: await notice.count() };
}

describe('offline, after one visit', () => {
  let server: StaticServer | undefined;
  let session: Session;
  let base: string;
  let manifest: AppManifest;
  let notice: Awaited<ReturnType<typeof offlineNotice>>;

  // One visit (to the Chinese landing page) caches the whole site, which takes seconds: every test below reads
  // that one session, first online, then offline.
  beforeAll(async () => {
    server = await startStaticServer({ root: BUILD });
    base = server.url;
    session = await openSession();
    await session.page.goto(`${base}/zh-Hans/`, { waitUntil: 'load' });
    await offlineReady(session.page);
    // What Chromium itself makes of the page's manifest.
    const cdp = await session.context.newCDPSession(session.page);
    manifest = (await cdp.send('Page.getAppManifest')) as AppManifest;
    await cdp.detach();
    notice = await offlineNotice(session.page, '关闭', `${base}/zh-Hans/statement/context`);
    await server.close();
    server = undefined;
    await session.context.setOffline(true);
  });

  afterAll(async () => {
    await session?.context.close();
    await server?.close();
  });

  it('found a valid manifest', () => {
    expect(manifest.url).toBe(`${base}/zh-Hans/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
      name: '2023年上合组织峰会习近平讲话',
      start_url: '/zh-Hans/',
      display: 'standalone',
      lang: 'zh-Hans',
    });
  });

  it('said once, in the page’s language, that the site is available offline', () => {
    expect(notice).toEqual({ text: '已可离线阅读', afterClose: 0, afterAnotherPage: 0 });
  });

  it('opens a zh-Hans section page at #p6-3, with that sentence highlighted', async () => {
    const { page } = session;
    const response = await page.goto(`${base}/zh-Hans/statement/five-points/point-3#p6-3`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('zh-Hans');
    await page.waitForFunction(() => getComputedStyle(document.getElementById('p6-3')!).outlineStyle === 'solid');
    const highlighted = await page.$$eval('[id^="p"]', (elements) =>
      elements.filter((e) => getComputedStyle(e).outlineStyle === 'solid').map((e) => e.id),
    );
    expect(highlighted).toEqual(['p6-3']);
  });

  it('opens the ru full text, the parallel view with ?langs= and the glossary', async () => {
    const { page } = session;
    await page.goto(`${base}/ru/statement/full-text`, { waitUntil: 'load' });
    await expect(h1(page)).resolves.toBe('Полный текст');
    await expect(page.locator('#p15').count()).resolves.toBe(1);

    await page.goto(`${base}/parallel?langs=zh-Hans,ru#p6`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('#p1 [data-column]').length === 2);
    const columns = await page.$$eval('#p1 [data-column]', (elements) => elements.map((e) => e.getAttribute('lang')));
    expect(columns).toEqual(['zh-Hans', 'ru']);

    await page.goto(`${base}/glossary`, { waitUntil: 'load' });
    await expect(h1(page)).resolves.toBe('Glossary');
  });

  it('serves the downloads and follows a short link', async () => {
    const { page } = session;
    const download = await page.evaluate(async () => {
      const response = await fetch('/ru/downloads/statement.ru.txt');
      return { status: response.status, text: await response.text() };
    });
    expect(download.status).toBe(200);
    expect(download.text).toContain('[6] ');
    const aligned = await page.evaluate(async () => {
      const response = await fetch('/downloads/statement.aligned.tsv');
      return { status: response.status, header: (await response.text()).split('\n')[0] };
    });
    expect(aligned).toEqual({ status: 200, header: 'id\ten\tzh-Hans\tru' });

    await page.goto(`${base}/p/6-3`);
    await page.waitForURL(`${base}/statement/five-points/point-3#p6-3`);
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
  });

  it.each([
    { prefix: '', query: 'development bank' },
    { prefix: '/zh-Hans', query: '开发银行' },
    { prefix: '/ru', query: 'банк развития' },
  ])('searches in $query ($prefix/)', async ({ prefix, query }) => {
    const { page } = session;
    await page.goto(`${base}${prefix}/`, { waitUntil: 'networkidle' });
    await waitForHydration(page);
    const hrefs = await searchFromNavbar(page, query);
    expect(hrefs[0]).toMatch(new RegExp(`^${prefix}/statement/five-points/point-3\\?highlight=.*#p6-5$`));
  });

  it.each([
    { path: '/statement/no-such-page', heading: 'Page Not Found' },
    { path: '/zh-Hans/no-such-page', heading: '找不到页面' },
    { path: '/ru/statement/no-such-page', heading: 'Страница не найдена' },
  ])('answers the unknown $path with its locale’s 404 page', async ({ path: unknown, heading }) => {
    const { page } = session;
    const response = await page.goto(`${base}${unknown}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    await expect(h1(page)).resolves.toBe(heading);
  });

  it('answered every request with no network: no failure, no error', () => {
    expect(session.failed).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  // The same session, back online a deployment later: the worker it has must offer the new one, not take it.
  it('is offered a new deployment by a translated notice, and takes it only when the reader clicks Reload', async () => {
    const { page } = session;
    const copy = await mkdtemp(path.join(tmpdir(), 'sco-build-b-'));
    let next: StaticServer | undefined;
    try {
      // Build B: the same site with one page changed, and its worker's manifest written again.
      await cp(BUILD, copy, { recursive: true });
      const index = path.join(copy, 'index.html');
      await writeFile(index, `${await readFile(index, 'utf8')}<!-- build B -->\n`);
      await writeServiceWorker(copy);
      // Precompressed copies of the two changed files, if the build wrote any, would be served stale.
      for (const file of [index, path.join(copy, 'sw.js')])
        for (const suffix of ['.br', '.gz']) await rm(`${file}${suffix}`, { force: true });
      next = await startStaticServer({ root: copy, port: Number(new URL(base).port) });
      await session.context.setOffline(false);
      await page.goto(`${base}/zh-Hans/statement/context`, { waitUntil: 'load' });
      await waitForHydration(page);

      await page.evaluate(() => {
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
      });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.locator('[data-update-notice]');
      await notice.waitFor();
      await expect(notice.getByRole('status').textContent()).resolves.toBe('本站已有新版本。');
      // The page is still the one the reader had: nothing reloaded it.
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: '重新加载' }).click()]);
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined();
      const served = await page.evaluate(async () => (await fetch('/index.html')).text());
      expect(served).toContain('<!-- build B -->');
      expect(session.errors).toEqual([]);
    } finally {
      await next?.close();
      await rm(copy, { recursive: true, force: true });
    }
  });
});

describe('offline, before the whole site is cached', () => {
  it('reloads the page being read and opens its section, and says “available offline” once, when it is', async () => {
    const server = await startStaticServer({ root: BUILD });
    const session = await openSession();
    // The search indexes (the slowest part of the site to cache) hang until the reader has gone offline.
    const held: (() => Promise<void>)[] = [];
    await session.context.route('**/pagefind/**', (route) => {
      held.push(() => route.abort('internetdisconnected'));
    });
    try {
      const { page } = session;
      const point3 = `${server.url}/ru/statement/five-points/point-3`;
      await page.goto(point3, { waitUntil: 'load' });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      await expect(page.locator('[data-offline-ready]').count()).resolves.toBe(0);
      await server.close();
      await session.context.setOffline(true);
      for (const release of held.splice(0)) await release();

      const reloaded = await page.reload({ waitUntil: 'load' });
      expect(reloaded?.status()).toBe(200);
      expect(reloaded?.fromServiceWorker()).toBe(true);
      await expect(h1(page)).resolves.toBe(
        'Предложение\u00a03: практическое сотрудничество и восстановление экономики',
      );
      await waitForHydration(page);
      const sibling = await page.goto(`${server.url}/ru/statement/five-points/point-4`, { waitUntil: 'load' });
      expect(sibling?.status()).toBe(200);
      // Not everything is cached, so nothing claims it is.
      await expect(page.locator('[data-offline-ready]').count()).resolves.toBe(0);
    } finally {
      await session.context.close();
      await server.close();
    }
  });
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the web app manifests', () => {
  it.each([
    { prefix: '', lang: 'en', name: 'SCO 2023 · Xi Jinping’s statement', shortName: 'SCO 2023' },
    { prefix: '/zh-Hans', lang: 'zh-Hans', name: '2023年上合组织峰会习近平讲话', shortName: '上合峰会2023' },
    { prefix: '/ru', lang: 'ru', name: 'ШОС-2023 · Выступление Си Цзиньпина', shortName: 'ШОС-2023' },
  ])(
    '$lang: linked from its pages, named in its language, with real icons',
    async ({ prefix, lang, name, shortName }) => {
      const html = await (await fetch(`${baseUrl()}${prefix}/statement/context`)).text();
      expect(html).toContain(`<link rel=manifest href=${prefix}/manifest.webmanifest>`);
      expect(html).toContain('<meta name=theme-color content=#ffffff media="(prefers-color-scheme: light)">');
      expect(html).toContain('<meta name=theme-color content=#242526 media="(prefers-color-scheme: dark)">');
      expect(html).toContain('<link rel=apple-touch-icon href=/img/apple-touch-icon.png>');

      const response = await fetch(`${baseUrl()}${prefix}/manifest.webmanifest`);
      expect(response.headers.get('content-type')).toBe('application/manifest+json');
      const manifest = (await response.json()) as Record<string, unknown> & {
        icons: { src: string; sizes: string; type: string; purpose: string }[];
      };
      expect(manifest).toMatchObject({
        name,
        short_name: shortName,
        lang,
        start_url: `${prefix}/`,
        scope: '/',
        display: 'standalone',
        theme_color: '#ffffff',
      });
      expect(manifest.icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual([
        '192x192 any',
        '512x512 any',
        '512x512 maskable',
      ]);
      for (const icon of [
        ...manifest.icons,
        { src: '/img/apple-touch-icon.png', sizes: '180x180', type: 'image/png' },
      ]) {
        const image = await fetch(`${baseUrl()}${icon.src}`);
        expect(image.status, icon.src).toBe(200);
        expect(image.headers.get('content-type')).toBe(icon.type);
        expect(pngSize(Buffer.from(await image.arrayBuffer())).join('x')).toBe(icon.sizes);
      }
    },
  );

  // The headless shell the other tests run in does not judge installability (it answers no error even for a
  // manifest without icons), so the whole browser is asked. Chromium's criteria need no service worker: blocked,
  // it does not precache the whole site for nothing.
  it('make every edition installable in Chromium: nothing stops it but the test’s incognito profile', async () => {
    const chromium = await launchBrowser();
    try {
      const context = await chromium.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      for (const locale of LOCALES) {
        await page.goto(`${baseUrl()}${localePrefix(locale.code)}/`, { waitUntil: 'load' });
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        expect(installabilityErrors, locale.code).toEqual([{ errorId: 'in-incognito', errorArguments: [] }]);
      }
    } finally {
      await chromium.close();
    }
  });
});
