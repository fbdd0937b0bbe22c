/**
 * Registers the service worker (build/sw.js) for every visitor. This module is loaded (by OfflineSupport) only once
 * the page has loaded and the browser is idle, so neither it nor the worker's downloads compete with the page's
 * own. Once the worker is in charge of the page,
 * asks it to cache the whole site, and reports when it has. Reports a new deployment's worker when it is
 * installed and waiting, and makes it take over only when asked (then reloads, once it has).
 */
import { OFFLINE_READY, PRECACHE, SERVICE_WORKER_URL, SKIP_WAITING } from '@site/src/serviceWorker/paths';

let registered = false;

/**
 * Starts the registration (once per page); `onUpdate` receives a new version's worker when it is waiting,
 * `onOfflineReady` is called when the whole site is cached.
 */
export function registerServiceWorker(onUpdate: (worker: ServiceWorker) => void, onOfflineReady: () => void): void {
  if (registered || process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
  registered = true;
  // Only an update is news: the first worker installs with no page controlled yet (no controller).
  const announce = (worker: ServiceWorker) => {
    if (navigator.serviceWorker.controller) onUpdate(worker);
  };
  const { serviceWorker } = navigator;
  serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: unknown } | null>) => {
    if (event.data?.type === OFFLINE_READY) onOfflineReady();
  });
  const precache = () => serviceWorker.controller?.postMessage({ type: PRECACHE });
  // On a first visit the worker takes charge once it has cached this page (controllerchange).
  if (serviceWorker.controller) precache();
  else serviceWorker.addEventListener('controllerchange', precache, { once: true });
  navigator.serviceWorker
    .register(SERVICE_WORKER_URL, { scope: '/' })
    .then((registration) => {
      if (registration.waiting) announce(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') announce(worker);
        });
      });
    })
    // No worker (private mode, storage full, blocked by the browser): the site works as it did online.
    .catch(() => undefined);
}

/** Lets the waiting worker take over, then reloads the page under it. */
export function activateUpdate(worker: ServiceWorker): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  worker.postMessage({ type: SKIP_WAITING });
}
