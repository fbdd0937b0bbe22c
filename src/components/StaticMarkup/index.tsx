import { useHistory } from '@docusaurus/router';
import { useEffect, useId, useState, type ReactNode, type Ref } from 'react';

interface Props {
  readonly ref?: Ref<HTMLDivElement>;
  readonly className?: string;
  /** Markup that is the same on every render: the build's text, not state. */
  readonly children: ReactNode;
}

const elementOf = (id: string) => document.querySelector<HTMLElement>(`[data-static="${id}"]`);

/** The server's markup of the element marked `data-static={id}`, while React hydrates the page; else undefined. */
function serverMarkup(id: string): string | undefined {
  if (typeof document === 'undefined' || document.documentElement.dataset.hasHydrated === 'true') return undefined;
  return elementOf(id)?.innerHTML;
}

/** Same-origin links, followed as Docusaurus's Link follows them (the client router) when clicked plainly. */
function internalLink(event: Event): HTMLAnchorElement | undefined {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  return link instanceof HTMLAnchorElement && link.origin === window.location.origin && !link.target && !link.download
    ? link
    : undefined;
}

/**
 * Markup that never changes after the build (the statement's text, the glossary's entries), rendered by the
 * server. When the page hydrates, React takes the server's DOM as this element's inner HTML, as it is, and
 * neither runs the children's components nor reconciles their hundreds of nodes: that was most of the main
 * thread's work on the longest pages. Reached by client navigation, the children render as usual.
 *
 * Its links then are plain links: one listener on the element gives them Link's behaviour (the client router,
 * and the page's code fetched when the pointer comes near); the components around it attach what else they
 * need to the element's events the same way.
 */
export default function StaticMarkup({ ref, className, children }: Props): ReactNode {
  const id = useId();
  const [markup] = useState(() => serverMarkup(id));
  const history = useHistory();

  useEffect(() => {
    const container = elementOf(id);
    if (markup === undefined || !container) return undefined;
    const follow = (event: MouseEvent) => {
      const link = internalLink(event);
      if (!link || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      if (link.pathname === window.location.pathname && link.hash) return;
      event.preventDefault();
      history.push(`${link.pathname}${link.search}${link.hash}`);
    };
    const preload = (event: Event) => {
      const link = internalLink(event);
      if (link) void window.docusaurus.preload(link.pathname);
    };
    container.addEventListener('click', follow);
    container.addEventListener('mouseover', preload);
    container.addEventListener('touchstart', preload, { passive: true });
    return () => {
      container.removeEventListener('click', follow);
      container.removeEventListener('mouseover', preload);
      container.removeEventListener('touchstart', preload);
    };
  }, [id, markup, history]);

  return markup === undefined ? (
    <div ref={ref} data-static={id} className={className}>
      {children}
    </div>
  ) : (
    <div
      ref={ref}
      data-static={id}
      className={className}
      // The same markup the element holds: React sets nothing, and later renders compare the same string.
      dangerouslySetInnerHTML={{ __html: markup }}
      suppressHydrationWarning
    />
  );
}
