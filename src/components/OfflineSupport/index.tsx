import useIsBrowser from '@docusaurus/useIsBrowser';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

// Only readers who are offered an update, or told the site is ready offline, download the notice.
const UpdateNotice = lazy(() => import('./UpdateNotice'));
const OfflineReadyNotice = lazy(() => import('./OfflineReadyNotice'));

/** Runs `callback` once the page has loaded and the browser is idle. */
function afterLoadWhenIdle(callback: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(callback, { timeout: 5000 })
      : setTimeout(callback, 1000);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

// The registration code waits for the page to have loaded: it is nothing a reader needs before then.
const register = () => import('./register');

/** Set once the reader has been told that the site works offline: it is said once. */
const ANNOUNCED_KEY = 'offline-ready-announced';

function firstAnnouncement(): boolean {
  try {
    if (window.localStorage.getItem(ANNOUNCED_KEY)) return false;
    window.localStorage.setItem(ANNOUNCED_KEY, '1');
  } catch {
    // Without storage the notice may come again on a later visit.
  }
  return true;
}

/**
 * Makes the site readable offline after one visit (the service worker of src/serviceWorker/), says so once when
 * it is, and, when a new version has been deployed and its worker is waiting, offers to reload. The page is never
 * reloaded unasked.
 */
export default function OfflineSupport(): ReactNode {
  const [waiting, setWaiting] = useState<ServiceWorker>();
  const [offlineReady, setOfflineReady] = useState(false);
  // True from the render after hydration's: an effect of hydration's own render can find the browser idle between
  // two of the page's tasks, before hydration has settled, and start caching the whole site beside it.
  const hydrated = useIsBrowser();

  useEffect(() => {
    if (!hydrated) return;
    afterLoadWhenIdle(
      () =>
        void register().then(({ registerServiceWorker }) =>
          registerServiceWorker(setWaiting, () => setOfflineReady(firstAnnouncement())),
        ),
    );
  }, [hydrated]);

  if (offlineReady && !waiting)
    return (
      <Suspense fallback={null}>
        <OfflineReadyNotice onDismiss={() => setOfflineReady(false)} />
      </Suspense>
    );
  if (!waiting) return null;
  return (
    <Suspense fallback={null}>
      <UpdateNotice
        onReload={() => void register().then(({ activateUpdate }) => activateUpdate(waiting))}
        onDismiss={() => setWaiting(undefined)}
      />
    </Suspense>
  );
}
