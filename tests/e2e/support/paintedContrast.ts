import type { Page } from 'playwright-core';

/** A text the reader cannot read: where it is, what it says, and why. */
export interface IllegibleText {
  readonly text: string;
  readonly element: string;
  readonly problem: string;
}

export interface ContrastOptions {
  /** Scroll through the whole page (the default), or check only what the viewport shows now (an open menu). */
  readonly wholePage?: boolean;
  /** The least contrast ratio accepted (WCAG AA for body text). */
  readonly minimum?: number;
}

/**
 * What axe cannot see: every visible text node, wherever the page is scrolled to, must be written in an opaque
 * colour (a `transparent` colour makes text invisible, and axe skips it), with a contrast of at least `minimum`
 * against the colour actually painted behind it: the backgrounds of the elements under it at that point, its own
 * ancestors and whatever it scrolls over (a sticky header), composited down to the first opaque one.
 *
 * Text under an opaque element (scrolled beneath the navbar) is not visible there and is checked where it is.
 */
export async function illegibleText(page: Page, options: ContrastOptions = {}): Promise<IllegibleText[]> {
  return page.evaluate(({ wholePage = true, minimum = 4.5 }) => {
    type Rgba = [number, number, number, number];
    const parse = (colour: string): Rgba => {
      const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, colour.startsWith('rgba') || colour.includes('/') ? a : 1];
    };
    const over = ([r, g, b, a]: Rgba, [r2, g2, b2]: Rgba): Rgba => [
      r * a + r2 * (1 - a),
      g * a + g2 * (1 - a),
      b * a + b2 * (1 - a),
      1,
    ];
    const luminance = ([r, g, b]: Rgba) => {
      const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('')}`;

    const styles = new Map<Element, CSSStyleDeclaration>();
    const style = (element: Element) => {
      let found = styles.get(element);
      if (!found) styles.set(element, (found = getComputedStyle(element)));
      return found;
    };
    /** The opacity the element is drawn with: its own and every ancestor's. */
    const opacity = (element: Element | null): number =>
      element ? Number(style(element).opacity) * opacity(element.parentElement) : 1;

    const root = document.documentElement;
    // What the browser paints under everything: the root's background, else the canvas's white.
    const canvas = over(
      parse(style(root).backgroundColor),
      over(parse(style(document.body).backgroundColor), [255, 255, 255, 1]),
    );

    const problems = new Map<Node, IllegibleText>();
    const checked = new Set<Node>();

    /** The visible text nodes, each with where it lies in the document (sticky text moves; it is measured again). */
    const candidates: { node: Text; parent: HTMLElement; text: string; top: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, noscript')) continue;
      // Inactive controls are exempt from contrast (WCAG 1.4.3).
      if (parent.closest(':disabled, [aria-disabled="true"]')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      candidates.push({ node, parent, text, top: rect.top + scrollY });
    }

    function checkViewport(): void {
      for (const { node, parent, text, top } of candidates) {
        if (checked.has(node) || top > scrollY + innerHeight || top < scrollY - innerHeight) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = [...range.getClientRects()].find((r) => r.width > 1 && r.height > 1);
        // Visually hidden text (clipped to a pixel, for screen readers) is not read with the eyes.
        if (!rect) continue;
        const x = Math.min(Math.max(rect.left + Math.min(rect.width, 8) / 2, 0), innerWidth - 1);
        const y = rect.top + rect.height / 2;
        if (y < 0 || y >= innerHeight || rect.right < 0 || rect.left >= innerWidth) continue;
        const stack = document.elementsFromPoint(x, y);
        // The first element of the stack that holds the text.
        const at = stack.findIndex((element) => element.contains(parent));
        // Its element is not where its text was measured (it moved while the page was scrolled): the next step.
        if (at === -1) continue;
        const above = stack.slice(0, at);
        // Covered by something opaque (scrolled under the navbar): not seen here.
        if (above.some((element) => !element.contains(parent) && parse(style(element).backgroundColor)[3] === 1))
          continue;
        const clip = parent.closest('[style*="clip"], .sr-only');
        if (clip && clip.getBoundingClientRect().width <= 1) continue;
        checked.add(node);

        const colour = parse(style(parent).color);
        if (colour[3] < 1) {
          problems.set(node, {
            text: text.slice(0, 40),
            element: describe(parent),
            problem: `colour ${style(parent).color}`,
          });
          continue;
        }
        const layers = [parent, ...stack.slice(at).filter((e) => e !== parent)];
        let backdrop: Rgba | undefined;
        const translucent: Rgba[] = [];
        for (const element of layers) {
          const background = parse(style(element).backgroundColor);
          if (background[3] === 0) continue;
          if (background[3] === 1 && Number(style(element).opacity) === 1) {
            backdrop = background;
            break;
          }
          translucent.push([
            background[0],
            background[1],
            background[2],
            background[3] * Number(style(element).opacity),
          ]);
        }
        let painted = backdrop ?? canvas;
        for (const layer of translucent.reverse()) painted = over(layer, painted);
        const drawn = over([colour[0], colour[1], colour[2], opacity(parent)], painted);
        const contrast = ratio(drawn, painted);
        if (contrast < minimum)
          problems.set(node, {
            text: text.slice(0, 40),
            element: describe(parent),
            problem: `contrast ${contrast.toFixed(2)} (${style(parent).color} on rgb(${painted
              .slice(0, 3)
              .map(Math.round)
              .join(', ')}))`,
          });
      }
    }

    if (!wholePage) {
      checkViewport();
    } else {
      const start = scrollY;
      // Overlapping steps, so a line cut by the viewport's edge is whole in the next one.
      const step = Math.max(innerHeight - 120, 200);
      for (let y = 0; ; y += step) {
        scrollTo({ top: y, behavior: 'instant' });
        checkViewport();
        if (y + innerHeight >= root.scrollHeight) break;
      }
      scrollTo({ top: start, behavior: 'instant' });
    }
    return [...problems.values()];
  }, options);
}
