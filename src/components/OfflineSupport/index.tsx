import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

import { activateUpdate, registerServiceWorker } from './register';

// Only readers who are offered an update, or told the site is ready offline, download the notice.
const UpdateNotice = lazy(() => import('./UpdateNotice'));
const OfflineReadyNotice = lazy(() => import('./OfflineReadyNotice'));

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

  useEffect(() => registerServiceWorker(setWaiting, () => setOfflineReady(firstAnnouncement())), []);

  if (offlineReady && !waiting)
    return (
      <Suspense fallback={null}>
        <OfflineReadyNotice onDismiss={() => setOfflineReady(false)} />
      </Suspense>
    );
  if (!waiting) return null;
  return (
    <Suspense fallback={null}>
      <UpdateNotice onReload={() => activateUpdate(waiting)} onDismiss={() => setWaiting(undefined)} />
    </Suspense>
  );
}
