import { describe, expect, it } from 'vitest';

import { entryLoader, entryScriptsOf, hydrateAfterPaint } from '../../scripts/lib/hydrateAfterPaint';

// A page as Docusaurus writes it (minified: unquoted attributes), cut down to what the step touches.
const PAGE =
  '<!doctype html><html lang=en><head><link rel=stylesheet href=/assets/css/styles.css />' +
  '<script src=/assets/js/runtime~main.1.js defer></script>\n<script src=/assets/js/main.2.js defer></script>' +
  '</head><body><p>Text</p><script>inline()</script></body></html>';

describe('hydrateAfterPaint', () => {
  it('takes the entry scripts out of the head and loads them, in order, from the end of the body', () => {
    const html = hydrateAfterPaint(PAGE);
    expect(html).not.toContain(' defer>');
    expect(html).toBe(
      '<!doctype html><html lang=en><head><link rel=stylesheet href=/assets/css/styles.css />\n</head>' +
        '<body><p>Text</p><script>inline()</script>' +
        entryLoader(['/assets/js/runtime~main.1.js', '/assets/js/main.2.js']) +
        '</body></html>',
    );
  });

  it('reads back which scripts a built page loads, and none from a page without the loader', () => {
    expect(entryScriptsOf(hydrateAfterPaint(PAGE))).toEqual(['/assets/js/runtime~main.1.js', '/assets/js/main.2.js']);
    expect(entryScriptsOf('<body><script>var s=["/x.js"]</script></body>')).toEqual([]);
  });

  it('reads quoted sources too', () => {
    const html = hydrateAfterPaint('<head><script src="/a b.js" defer></script></head><body></body>');
    expect(html).toBe(`<head></head><body>${entryLoader(['/a b.js'])}</body>`);
  });

  it('leaves a page without entry scripts as it is (the short links’ redirect pages)', () => {
    const redirect = '<!doctype html><meta http-equiv=refresh content="0; url=/x"><body><a href=/x>x</a></body>';
    expect(hydrateAfterPaint(redirect)).toBe(redirect);
  });

  it('writes a loader that adds the scripts once, in order, not async, after the first contentful paint', () => {
    const loader = entryLoader(['/r.js', '/m.js']);
    expect(loader).toMatch(/^<script>.*<\/script>$/);
    expect(loader).toContain('var s=["/r.js","/m.js"]');
    expect(loader).toContain('e.async=!1');
    expect(loader).toContain('d||(d=!0,');
    expect(loader).toContain('o.getEntriesByName("first-contentful-paint").length&&setTimeout(l,0)');
    expect(loader).toContain('requestAnimationFrame(function(){setTimeout(l,0)})');
    expect(loader).toContain('document.addEventListener("DOMContentLoaded",p)');
  });
});
