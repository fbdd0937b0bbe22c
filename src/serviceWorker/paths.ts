/** Paths the service worker and the page that registers it agree on. */
import { DEFAULT_LOCALE, LOCALE_CODES } from '../locales';

/** The worker's address; at the site's root, so its scope is the whole site (no Service-Worker-Allowed). */
export const SERVICE_WORKER_URL = '/sw.js';

/** The message the update notice posts to a waiting worker to make it take over. */
export const SKIP_WAITING = 'SKIP_WAITING';

/** The page asks the worker to cache the whole site, once it is in charge… */
export const PRECACHE = 'PRECACHE';
/** …and the worker answers this when the whole site is in its cache. */
export const OFFLINE_READY = 'OFFLINE_READY';

/** The root of the locale a path belongs to, by its first segment: `/zh-Hans/`, or `/` for the default locale. */
export function localeRoot(pathname: string): string {
  const first = pathname.split('/')[1];
  const locale = LOCALE_CODES.find((code) => code !== DEFAULT_LOCALE && code === first);
  return locale ? `/${locale}/` : '/';
}

/** The 404 page of the locale a path belongs to, as the host serves it. */
export function notFoundPagePath(pathname: string): string {
  return `${localeRoot(pathname)}404.html`;
}
