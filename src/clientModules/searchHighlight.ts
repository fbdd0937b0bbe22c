/**
 * Marks the words a search matched in the sentence it led to: a result links to
 * `…?highlight=development%20bank#p6-5`, and those words are wrapped in <mark> inside #p6-5 only. The words are
 * the ones Pagefind matched, as the text writes them (`стипендий` for a search for `стипендия`, `开发 银行` for
 * `开发银行`), so they are marked as whole words, or anywhere in Chinese. A word of a glossary alias (which the
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
  const query = new URLSearchParams(location.search).get('highlight');
  const hash = decodeURIComponent(location.hash.slice(1));
  if (!query || !parseAnchor(hash)) return;
  const target = document.getElementById(hash);
  let terms: Record<string, string> = {};
  try {
    terms = JSON.parse(target?.dataset.searchTerms ?? '{}') as Record<string, string>;
  } catch {
    // No usable map: the words alone are marked.
  }
  const words = query.split(/\s+/);
  const text = target?.textContent ?? '';
  // Only a word the text does not hold stands for a term (a search for "SCO" marks SCO, not the whole bank).
  const term = (word: string) =>
    Object.hasOwn(terms, word) && !wordsPattern([word])!.test(text) ? String(terms[word]) : '';
  const pattern = wordsPattern([...words, ...words.map((word) => term(word.toLowerCase()))]);
  if (target && pattern && !target.querySelector(`.${MARK_CLASS}`)) markTerms(target, pattern);
}
