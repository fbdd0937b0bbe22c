/** Reading built HTML as a browser parses it (parse5 follows the HTML standard), for the build and the tests. */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;

/** Every element of a document, in document order, template contents included. */
export function elementsOf(html: string): Element[] {
  const elements: Element[] = [];
  const visit = (node: DefaultTreeAdapterTypes.ParentNode): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      elements.push(child);
      visit(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
    }
  };
  visit(parse(html));
  return elements;
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** An element's text content: for a `<script>`, exactly the source the browser runs and hashes. */
export function textOf(element: Element): string {
  return element.childNodes
    .map((child) =>
      'tagName' in child ? textOf(child) : child.nodeName === '#text' && 'value' in child ? child.value : '',
    )
    .join('');
}
