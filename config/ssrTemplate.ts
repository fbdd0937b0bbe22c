/**
 * The page's text first, then its code. Docusaurus's page template puts its two entry scripts in the head with
 * `defer`: on a fast connection they arrive before the parser is done, so the browser runs them, and React's
 * hydration, before it paints anything; the text appears only after the code. This template (the public
 * `ssrTemplate` option, which Docusaurus renders with each page's `scripts`) is Docusaurus's own but for them:
 * a loader at the end of the body adds them (in order) once the page has painted its text. The text then
 * paints as soon as the HTML and the stylesheet are in, and the code loads and hydrates right after.
 */
import { attribute, elementsOf, textOf } from '../src/plugins/whole-site/html';

/** The id of the data block that lists a page's entry scripts, which the loader reads. */
const ENTRY_SCRIPTS_ID = '__entry-scripts';

/**
 * The inline loader of the scripts its page lists: once the browser reports the first contentful paint (a
 * `paint` entry comes after the frame is on screen; a script requested before that would count, for
 * Lighthouse's simulation, as holding up the paint), or where the browser has no paint timing, after
 * DOMContentLoaded and one frame. At once when the tab is hidden or becomes hidden (no frames come), and after
 * 3 s in any case. The same on every page (its list is data beside it), so the policy holds one hash for it.
 */
export const ENTRY_LOADER =
  `<script>!function(){var s=JSON.parse(document.getElementById("${ENTRY_SCRIPTS_ID}").textContent),d=!1;` +
  'function l(){d||(d=!0,s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=!1;document.head.appendChild(e)}))}' +
  'function p(){if("visible"!==document.visibilityState)return l();' +
  'document.addEventListener("visibilitychange",l);setTimeout(l,3e3);' +
  'var t=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[];' +
  't.indexOf("paint")<0?requestAnimationFrame(function(){setTimeout(l,0)}):' +
  'new PerformanceObserver(function(o){o.getEntriesByName("first-contentful-paint").length&&setTimeout(l,0)}).observe({type:"paint",buffered:!0})}' +
  '"loading"===document.readyState?document.addEventListener("DOMContentLoaded",p):p()}()</script>';

/** The entry scripts a built page's loader adds, in order (none on a page without the loader). */
export function entryScriptsOf(html: string): string[] {
  const list = elementsOf(html).find((element) => attribute(element, 'id') === ENTRY_SCRIPTS_ID);
  return list ? (JSON.parse(textOf(list)) as string[]) : [];
}

/** Docusaurus's page template (@docusaurus/core, ssg/ssgTemplate.html), its entry scripts added by the loader. */
export const ssrTemplate = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script type="application/json" id="${ENTRY_SCRIPTS_ID}"><%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %></script>
    ${ENTRY_LOADER}
  </body>
</html>
`;
