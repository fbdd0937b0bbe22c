/**
 * The site's service worker (bundled into build/sw.js by scripts/service-worker.ts, after Pagefind, with the
 * precache manifest of every file a reader can open). Installed on a reader's first visit, after the page has
 * loaded, it keeps a copy of all three locales, the parallel view, the glossary, the downloads, the search
 * indexes and the assets, and answers from it: the site then works with no network at all.
 *
 * - Every precached file is served from the cache, under its clean URL too (`/statement/context` →
 *   `statement/context.html`, `/p/6-3` → `p/6-3.html`, `/zh-Hans` → `zh-Hans/index.html`); query strings
 *   (`?langs=`, `?q=`, Pagefind's `?ts=`) do not matter to a static file.
 * - Any other page is asked of the network; with no network, the 404 page of its locale answers it.
 * - A new deployment's worker waits until the reader chooses to reload (the page's update notice posts
 *   SKIP_WAITING); it never takes over an open page by itself.
 */
import { clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

import { notFoundPagePath, SKIP_WAITING } from './paths';

/** Replaced at build by the manifest: each file's URL and a hash of its content. */
declare const PRECACHE_MANIFEST: PrecacheEntry[];

// The DOM library is the project's; a worker's global scope needs only this much of it here.
declare const self: {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

precacheAndRoute(PRECACHE_MANIFEST, {
  ignoreURLParametersMatching: [/./],
  directoryIndex: 'index.html',
  cleanURLs: true,
  // A locale's home without its slash: /zh-Hans → /zh-Hans/index.html.
  urlManipulation: ({ url }) => [new URL(`${url.pathname}/index.html`, url.origin)],
});

registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const notFound = await matchPrecache(notFoundPagePath(url.pathname));
      if (!notFound) throw error;
      return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
    }
  },
);

// The first worker takes charge of the page that installed it, so that page too can search offline. Later
// workers only activate after SKIP_WAITING (or once every tab of the site is closed), so this never swaps
// the files under a page that is open.
clientsClaim();

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING) void self.skipWaiting();
});
