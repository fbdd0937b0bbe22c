/**
 * Docusaurus fetches the code of every linked page as soon as its link scrolls into view: on a page with a
 * sidebar, dozens of requests that no reader asked for, on every first load. Turning that off leaves the
 * prefetch on intent: a link loads its page's code on hover or touch (Docusaurus's Link), and, added here, on
 * keyboard focus, just before the click.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type { ClientModule } from '@docusaurus/types';

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('focusin', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (link instanceof HTMLAnchorElement && link.origin === window.location.origin)
      void window.docusaurus.preload(link.pathname);
  });
}

const clientModule: ClientModule = {
  onRouteDidUpdate() {
    // The object Docusaurus installs is frozen; Link reads `window.docusaurus` at each call, so swap it.
    window.docusaurus = { ...window.docusaurus, prefetch: () => false };
  },
};

export default clientModule;
