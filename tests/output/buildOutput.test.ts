/**
 * `docusaurus build` (`npm run build`, nothing after it) makes the whole site: this reads the build it left,
 * building nothing, for what the whole-site steps write after the last locale (src/plugins/whole-site).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { filesIn } from '../../src/plugins/whole-site/buildFiles';
import { MIN_COMPRESS_BYTES } from '../../src/plugins/whole-site/precompress';
import { NGINX_FILE } from '../../src/plugins/whole-site/nginxConfig';
import { HEADERS_FILE } from '../../src/plugins/whole-site/siteHeaders';
import { ROOT } from '../support/docs';

const BUILD = path.join(ROOT, 'build');
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('the build', () => {
  it('is docusaurus build and nothing else', () => {
    expect(PACKAGE.scripts.build).toBe('docusaurus build');
  });

  it('holds the search index of every locale’s language', () => {
    const entry = JSON.parse(readFileSync(path.join(BUILD, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    for (const { htmlLang } of LOCALES)
      expect(entry.languages[htmlLang.toLowerCase()]?.page_count, htmlLang).toBeGreaterThan(0);
  });

  it('holds the service worker, precaching every locale and the downloads the plugins write after their pages', () => {
    const worker = readFileSync(path.join(BUILD, 'sw.js'), 'utf8');
    for (const { code } of LOCALES) {
      expect(worker, code).toContain(`"${localePrefix(code)}/index.html"`);
      expect(worker, code).toContain(`"${localePrefix(code)}/downloads/statement.${code}.md"`);
    }
    expect(worker).toContain('"/pagefind/pagefind-entry.json"');
  });

  it('holds _headers and the nginx configuration, with the policy', () => {
    for (const file of [HEADERS_FILE, NGINX_FILE])
      expect(readFileSync(path.join(BUILD, file), 'utf8'), file).toContain('Content-Security-Policy');
  });

  it('holds a .br and a .gz copy of every text file worth compressing, the last-written ones too', () => {
    const files = filesIn(BUILD);
    const wanted = [
      'index.html',
      'sw.js',
      ...LOCALES.flatMap(({ code }) => [
        `${localePrefix(code).slice(1)}${localePrefix(code) ? '/' : ''}sitemap.xml`,
        `${localePrefix(code).slice(1)}${localePrefix(code) ? '/' : ''}downloads/statement.aligned.tsv`,
      ]),
    ];
    for (const file of wanted) {
      expect(existsSync(path.join(BUILD, file)), file).toBe(true);
      for (const suffix of ['.br', '.gz']) expect(files, `${file}${suffix}`).toContain(`${file}${suffix}`);
    }
    const text = files.filter(
      (file) => /\.(?:html|js|css|json|xml)$/.test(file) && statSync(path.join(BUILD, file)).size >= MIN_COMPRESS_BYTES,
    );
    expect(text.filter((file) => !files.includes(`${file}.br`) && !files.includes(`${file}.gz`))).toEqual([]);
  });
});
