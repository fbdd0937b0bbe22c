/**
 * Marks the words a search matched in the sentence it led to: a result links to
 * `…?highlight=development%20bank#p6-5`, and the terms are wrapped in <mark> inside #p6-5 only.
 */
import { parseAnchor } from '../statement/model';

const MARK_CLASS = 'search-highlight';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function markTerms(root: HTMLElement, terms: string[]): void {
  const pattern = new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const parts = node.data.split(pattern);
    if (parts.length < 2) continue;
    const fragment = document.createDocumentFragment();
    parts.forEach((part, index) => {
      if (!part) return;
      if (index % 2 === 1) {
        const mark = document.createElement('mark');
        mark.className = MARK_CLASS;
        mark.textContent = part;
        fragment.append(mark);
      } else {
        fragment.append(part);
      }
    });
    node.replaceWith(fragment);
  }
}

export function onRouteDidUpdate({ location }: { location: Location }): void {
  const query = new URLSearchParams(location.search).get('highlight');
  const hash = decodeURIComponent(location.hash.slice(1));
  if (!query || !parseAnchor(hash)) return;
  const target = document.getElementById(hash);
  const terms = query.split(/\s+/).filter((term) => term.length > 0);
  if (target && terms.length && !target.querySelector(`.${MARK_CLASS}`)) markTerms(target, terms);
}
