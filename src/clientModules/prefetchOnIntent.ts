/**
 * Docusaurus fetches the code of every linked page as soon as its link scrolls into view: on a page with a
 * sidebar, dozens of requests that no reader asked for, on every first load. Turning that off leaves the
 * prefetch on intent: a link still loads its page's code on hover, focus or touch, just before the click.
 */
import type { ClientModule } from '@docusaurus/types';

const clientModule: ClientModule = {
  onRouteDidUpdate() {
    // The object Docusaurus installs is frozen; Link reads `window.docusaurus` at each call, so swap it.
    window.docusaurus = { ...window.docusaurus, prefetch: () => false };
  },
};

export default clientModule;
