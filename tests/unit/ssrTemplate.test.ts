import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import { ENTRY_LOADER, entryScriptsOf, ssrTemplate } from '../../config/ssrTemplate';

// Docusaurus's template and the function it renders one with, read from the installed version.
const require = createRequire(import.meta.url);
const DOCUSAURUS_TEMPLATE = (require('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as { default: string }).default;
const { compileSSGTemplate } = require('@docusaurus/core/lib/ssg/ssgTemplate.js') as {
  compileSSGTemplate: (template: string) => Promise<(data: object) => string>;
};

/** What Docusaurus gives a page's template (ssg/ssgTemplate: `renderSSGTemplate`), cut down. */
const PAGE = {
  htmlAttributes: 'lang="en"',
  version: '3.10.2',
  metaAttributes: [],
  headTags: '<title>T</title>',
  stylesheets: ['assets/css/styles.css'],
  scripts: ['assets/js/runtime~main.1.js', 'assets/js/main.2.js'],
  baseUrl: '/',
  bodyAttributes: '',
  preBodyTags: '',
  appHtml: '<p>Text</p>',
  postBodyTags: '<script>inline()</script>',
};

const render = async (template: string) => (await compileSSGTemplate(template))(PAGE);

describe('the page template', () => {
  it('is Docusaurus’s own without the deferred head scripts', () => {
    // Fails when Docusaurus changes its template: this one is then compared with it again.
    const withoutScripts = DOCUSAURUS_TEMPLATE.replace(
      /\n {4}<% it\.scripts\.forEach\(\(script\) => \{ %>\n.*\n {4}<% \}\); %>/,
      '',
    );
    expect(withoutScripts).not.toBe(DOCUSAURUS_TEMPLATE);
    expect(ssrTemplate.replace(/\n {4}<script type="application\/json".*\n.*<\/script>/, '')).toBe(withoutScripts);
  });

  it('loads the entry scripts, in order, from the end of the body, and none from the head', async () => {
    const html = await render(ssrTemplate);
    expect(html).not.toMatch(/<script[^>]+src=/);
    const loaderAt = html.indexOf(ENTRY_LOADER);
    expect(loaderAt).toBeGreaterThan(html.indexOf('<script>inline()</script>'));
    expect(loaderAt).toBeLessThan(html.indexOf('</body>'));
    expect(entryScriptsOf(html)).toEqual(['/assets/js/runtime~main.1.js', '/assets/js/main.2.js']);
    expect(entryScriptsOf(await render(DOCUSAURUS_TEMPLATE))).toEqual([]);
  });

  it('writes a loader that adds the scripts once, in order, not async, after the first contentful paint', () => {
    const loader = ENTRY_LOADER;
    expect(loader).toMatch(/^<script>.*<\/script>$/);
    expect(loader).toContain('var s=JSON.parse(document.getElementById("__entry-scripts").textContent)');
    expect(loader).toContain('e.async=!1');
    expect(loader).toContain('d||(d=!0,');
    expect(loader).toContain('o.getEntriesByName("first-contentful-paint").length&&setTimeout(l,0)');
    expect(loader).toContain('requestAnimationFrame(function(){setTimeout(l,0)})');
    expect(loader).toContain('document.addEventListener("DOMContentLoaded",p)');
  });
});
