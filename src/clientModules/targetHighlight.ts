/**
 * Highlights the paragraph or sentence named by the URL's hash. CSS `:target` covers a first load and plain
 * in-page links, but not navigations made by the client router (history.pushState does not update
 * `:target`), so this keeps a class on the target in step with every route update and hash change. A sentence
 * that does not exist (#p6-99) falls back to its paragraph, scrolled into view.
 */
import { paragraphId, parseAnchor } from '../statement/model';

const TARGET_CLASS = 'statement-target';

function highlightHashTarget(): void {
  document.querySelectorAll(`.${TARGET_CLASS}`).forEach((element) => element.classList.remove(TARGET_CLASS));
  const hash = decodeURIComponent(window.location.hash.slice(1));
  const anchor = parseAnchor(hash);
  if (!anchor) return;
  const exact = document.getElementById(hash);
  const target = exact ?? document.getElementById(paragraphId(anchor.paragraph));
  target?.classList.add(TARGET_CLASS);
  if (target && !exact) target.scrollIntoView();
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', highlightHashTarget);
}

export function onRouteDidUpdate(): void {
  highlightHashTarget();
}
