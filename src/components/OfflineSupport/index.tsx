import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

import { activateUpdate, registerServiceWorker } from './register';

// Only readers who are offered an update download the notice.
const UpdateNotice = lazy(() => import('./UpdateNotice'));

/**
 * Makes the site readable offline after one visit (the service worker of src/serviceWorker/) and, when a new
 * version has been deployed and its worker is waiting, offers to reload. The page is never reloaded unasked.
 */
export default function OfflineSupport(): ReactNode {
  const [waiting, setWaiting] = useState<ServiceWorker>();

  useEffect(() => registerServiceWorker(setWaiting), []);

  if (!waiting) return null;
  return (
    <Suspense fallback={null}>
      <UpdateNotice onReload={() => activateUpdate(waiting)} onDismiss={() => setWaiting(undefined)} />
    </Suspense>
  );
}
