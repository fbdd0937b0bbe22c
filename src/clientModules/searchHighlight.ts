/**
 * Marks the words a search matched in the sentence it led to: a result links to
 * `…?highlight=development%20bank#p6-5` (one `highlight` per word or phrase), and those are wrapped in <mark>
 * inside #p6-5 only. They are what Pagefind matched, as the text writes it (`стипендий` for a search for
 * `стипендия`), so they are marked as whole words, or anywhere in Chinese. A word of a glossary alias (which the
 * index holds but the text does not) marks the term it stands for, as the sentence writes it.
 */
import { wordsPattern } from '../search/text';
import { parseAnchor } from '../statement/model';

const MARK_CLASS = 'search-highlight';

function markTerms(root: HTMLElement, pattern: RegExp): void {
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
  const words = new URLSearchParams(location.search).getAll('highlight').filter((word) => word.trim());
  const hash = decodeURIComponent(location.hash.slice(1));
  if (!words.length || !parseAnchor(hash)) return;
  const target = document.getElementById(hash);
  let terms: Record<string, string> = {};
  try {
    terms = JSON.parse(target?.dataset.searchTerms ?? '{}') as Record<string, string>;
  } catch {
    // No usable map: the words alone are marked.
  }
  const text = target?.textContent ?? '';
  // Only a word the text does not hold stands for a term (a search for "SCO" marks SCO, not the whole bank).
  const term = (word: string) =>
    Object.hasOwn(terms, word) && !wordsPattern([word])!.test(text) ? String(terms[word]) : '';
  const pattern = wordsPattern([
    ...words,
    ...words.flatMap((word) => [word, ...word.split(/\s+/)].map((part) => term(part.toLowerCase()))),
  ]);
  if (target && pattern && !target.querySelector(`.${MARK_CLASS}`)) markTerms(target, pattern);
}
