/**
 * The site's Content-Security-Policy. Docusaurus inlines scripts in every page (the colour-mode script), so
 * instead of 'unsafe-inline' the policy lists the sha256 hash of each distinct inline script found in the build.
 */
import { createHash } from 'node:crypto';

import { attribute, elementsOf, textOf, type Element } from './html';

/** Script types the browser executes; any other type (`application/ld+json`) is a data block and never runs. */
const EXECUTABLE_TYPE = /^(?:|module|importmap|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

function isExecutableInlineScript(element: Element): boolean {
  return (
    element.tagName === 'script' &&
    attribute(element, 'src') === undefined &&
    EXECUTABLE_TYPE.test((attribute(element, 'type') ?? '').trim())
  );
}

/** `'sha256-…'` source expressions of a page's executable inline scripts, in document order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const elements = elementsOf(html);
  // A hash cannot allow an event-handler attribute or a javascript: URL; only 'unsafe-inline' could, so refuse.
  const inlineHandler = elements
    .flatMap((element) => element.attrs.map((attr) => ({ element, attr })))
    .find(({ attr }) => /^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value));
  if (inlineHandler) {
    throw new Error(
      `<${inlineHandler.element.tagName} ${inlineHandler.attr.name}="${inlineHandler.attr.value}">: inline code no hash can allow`,
    );
  }
  const hashes = elements
    .filter(isExecutableInlineScript)
    .map((script) => `'sha256-${createHash('sha256').update(textOf(script), 'utf8').digest('base64')}'`);
  return [...new Set(hashes)];
}

/**
 * The policy for a site whose inline scripts have these hashes: nothing is allowed that the end-to-end tests
 * do not show the site needs (tests/e2e/csp.test.ts), so fonts, frames, media and plugins fall to 'none'.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'none'"],
    // Pagefind compiles its WebAssembly search engine in a worker.
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...[...new Set(scriptHashes)].sort()],
    // Pagefind's worker and the service worker (/sw.js), both files of the site.
    'worker-src': ["'self'"],
    // The web app manifest of each locale.
    'manifest-src': ["'self'"],
    // React writes style attributes, which need 'unsafe-inline'; style-src-elem still refuses inline <style>
    // where browsers know it, and older ones fall back to style-src.
    'style-src': ["'self'", "'unsafe-inline'"],
    'style-src-elem': ["'self'"],
    // The theme's CSS draws icons as data: SVG images.
    'img-src': ["'self'", 'data:'],
    // Pagefind fetches its index.
    'connect-src': ["'self'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}
