/** Paths the service worker and the page that registers it agree on. */
import { DEFAULT_LOCALE, LOCALE_CODES } from '../locales';

/** The worker's address; at the site's root, so its scope is the whole site (no Service-Worker-Allowed). */
export const SERVICE_WORKER_URL = '/sw.js';

/** The message the update notice posts to a waiting worker to make it take over. */
export const SKIP_WAITING = 'SKIP_WAITING';

/** The 404 page of the locale a path belongs to, by its first segment, as the host serves it. */
export function notFoundPagePath(pathname: string): string {
  const first = pathname.split('/')[1];
  const locale = LOCALE_CODES.find((code) => code !== DEFAULT_LOCALE && code === first);
  return locale ? `/${locale}/404.html` : '/404.html';
}
