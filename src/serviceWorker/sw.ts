/**
 * The site's service worker (bundled into build/sw.js by src/plugins/whole-site/serviceWorker.ts, after
 * Pagefind, with the precache manifest of every file a reader can open). Installed on a reader's first visit,
 * after the page has loaded, it keeps a copy of all three locales, the parallel view, the glossary, the
 * downloads, the search indexes and the assets, and answers from it: the site then works with no network at all.
 *
 * - The first installation caches only what the open pages need: each page, the other pages of its section, and
 *   its locale's scripts and styles. It then takes charge of those pages at once, so a reader who goes offline a
 *   moment later can still reload the page being read. The rest (about 500 files) is cached after that, when a
 *   page asks (PRECACHE), and the worker answers OFFLINE_READY once the whole site is in the cache.
 * - A new deployment's worker caches everything before it waits (the old one still serves offline meanwhile),
 *   and waits until the reader chooses to reload (the page's update notice posts SKIP_WAITING); it never takes
 *   over an open page by itself.
 * - Every precached file is served from the cache, under its clean URL too (`/statement/context` →
 *   `statement/context.html`, `/p/6-3` → `p/6-3.html`, `/zh-Hans` → `zh-Hans/index.html`); query strings
 *   (`?langs=`, `?q=`, Pagefind's `?ts=`) do not matter to a static file.
 * - Any other page is asked of the network; with no network, the 404 page of its locale answers it.
 */
import { clientsClaim, copyResponse } from 'workbox-core';
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

import { localeRoot, notFoundPagePath, OFFLINE_READY, PRECACHE, SKIP_WAITING } from './paths';

/** Replaced at build by the manifest: each file's URL and a hash of its content. */
declare const PRECACHE_MANIFEST: PrecacheEntry[];

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface WorkerMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly source: { postMessage(message: unknown): void } | null;
}

// The DOM library is the project's; a worker's global scope needs only this much of it here.
declare const self: {
  readonly registration: { readonly active: unknown };
  readonly clients: { matchAll(options: { type: 'window'; includeUncontrolled: true }): Promise<{ url: string }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
};

const controller = new PrecacheController();
controller.addToCacheList(PRECACHE_MANIFEST);
const cacheKeys = controller.getURLsToCacheKeys();

registerRoute(
  new PrecacheRoute(controller, {
    ignoreURLParametersMatching: [/./],
    directoryIndex: 'index.html',
    cleanURLs: true,
    // A locale's home without its slash: /zh-Hans → /zh-Hans/index.html.
    urlManipulation: ({ url }) => [new URL(`${url.pathname}/index.html`, url.origin)],
  }),
);

registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const notFound = await controller.matchPrecache(notFoundPagePath(url.pathname));
      if (!notFound) throw error;
      return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
    }
  },
);

/** The manifest's file for a page's path, as the precache route finds it (clean URLs, directory index). */
function fileOf(pathname: string): string | undefined {
  const base = pathname.replace(/\/$/, '');
  return [pathname, `${base}.html`, `${base}/index.html`].find((candidate) =>
    cacheKeys.has(new URL(candidate, location.origin).href),
  );
}

/** Caches these manifest URLs that are not cached yet, six at a time; resolves when all are (or failed). */
async function cacheFiles(urls: readonly string[]): Promise<boolean> {
  const cache = await caches.open(controller.strategy.cacheName);
  const queue = [...new Set(urls)];
  let complete = true;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const key = cacheKeys.get(new URL(url, location.origin).href);
      if (!key || (await cache.match(key))) continue;
      try {
        const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        await cache.put(key, response.redirected ? await copyResponse(response) : response);
      } catch {
        complete = false;
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return complete;
}

/**
 * What the open pages need first: each page, the other pages of its section, and its locale's scripts and styles
 * (the ones the page names and the route chunks it loads as it hydrates: about 100 small files).
 */
async function filesOfOpenPages(): Promise<string[]> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const files = [...cacheKeys.keys()].map((url) => new URL(url).pathname);
  return windows.flatMap(({ url }) => {
    const page = fileOf(new URL(url).pathname);
    if (!page) return [];
    const section = page.slice(0, page.lastIndexOf('/') + 1);
    const assets = `${localeRoot(page)}assets/`;
    return [
      page,
      ...files.filter((file) => file.startsWith(section) && /^[^/]+\.html$/.test(file.slice(section.length))),
      ...files.filter((file) => file.startsWith(assets)),
    ];
  });
}

let everything: Promise<boolean> | undefined;

/** The whole manifest in the cache (once per worker; a failed run is tried again at the next request). */
function cacheEverything(): Promise<boolean> {
  everything ??= cacheFiles([...cacheKeys.keys()]).then((complete) => {
    if (!complete) everything = undefined;
    return complete;
  });
  return everything;
}

self.addEventListener('install', (event) => {
  // An update caches everything before it waits: the worker in charge serves offline meanwhile.
  event.waitUntil(self.registration.active ? cacheEverything() : filesOfOpenPages().then(cacheFiles));
});

// Drops the files of an older deployment that this one does not have.
self.addEventListener(
  'activate',
  (event) => void controller.activate(event as unknown as Parameters<PrecacheController['activate']>[0]),
);

// The first worker takes charge of the page that installed it, so that page can be reloaded and searched offline.
// Later workers only activate after SKIP_WAITING (or once every tab of the site is closed), so this never swaps
// the files under a page that is open.
clientsClaim();

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === SKIP_WAITING) void self.skipWaiting();
  if (type === PRECACHE)
    event.waitUntil(
      cacheEverything().then((complete) => {
        if (complete) event.source?.postMessage({ type: OFFLINE_READY });
      }),
    );
});
