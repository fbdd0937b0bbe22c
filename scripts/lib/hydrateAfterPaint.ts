/**
 * The page's text first, then its code. Docusaurus puts its two entry scripts in the head with `defer`: on a
 * fast connection they arrive before the parser is done, so the browser runs them, and React's hydration,
 * before it paints anything; the text appears only after the code. This moves them to a loader at the end of
 * the body that adds them (in order) once the page has painted its text. The text then paints as soon
 * as the HTML and the stylesheet are in, and the code loads and hydrates right after.
 */

/** The entry scripts as Docusaurus writes them (minified HTML: the attribute may be unquoted). */
const ENTRY_SCRIPT = /<script src=(?:"([^"]+)"|([^\s>]+)) defer><\/script>/g;

/**
 * The inline loader: once the browser reports the first contentful paint (a `paint` entry comes after the frame
 * is on screen; a script requested before that would count, for Lighthouse's simulation, as holding up the
 * paint), or where the browser has no paint timing, after DOMContentLoaded and one frame. At once when the tab is
 * hidden or becomes hidden (no frames come), and after 3 s in any case.
 */
export function entryLoader(sources: readonly string[]): string {
  return (
    `<script>!function(){var s=${JSON.stringify(sources)},d=!1;` +
    'function l(){d||(d=!0,s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=!1;document.head.appendChild(e)}))}' +
    'function p(){if("visible"!==document.visibilityState)return l();' +
    'document.addEventListener("visibilitychange",l);setTimeout(l,3e3);' +
    'var t=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[];' +
    't.indexOf("paint")<0?requestAnimationFrame(function(){setTimeout(l,0)}):' +
    'new PerformanceObserver(function(o){o.getEntriesByName("first-contentful-paint").length&&setTimeout(l,0)}).observe({type:"paint",buffered:!0})}' +
    '"loading"===document.readyState?document.addEventListener("DOMContentLoaded",p):p()}()</script>'
  );
}

/** The entry scripts a built page's loader adds, in order (none on a page without the loader). */
export function entryScriptsOf(html: string): string[] {
  const sources = /<script>!function\(\)\{var s=(\[[^\]]*\])/.exec(html);
  return sources ? (JSON.parse(sources[1]) as string[]) : [];
}

/** The page with its deferred entry scripts loaded after the first paint; a page without them is unchanged. */
export function hydrateAfterPaint(html: string): string {
  const sources: string[] = [];
  const without = html.replace(ENTRY_SCRIPT, (_tag, quoted?: string, bare?: string) => {
    sources.push((quoted ?? bare)!);
    return '';
  });
  if (sources.length === 0) return html;
  const end = without.lastIndexOf('</body>');
  if (end < 0) throw new Error('A page with entry scripts has no </body>');
  return `${without.slice(0, end)}${entryLoader(sources)}${without.slice(end)}`;
}
