/** The built bundles as the browser receives them (read from build/, no browser needed). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { entryScriptsOf } from '../../config/ssrTemplate';
import { LOCALES, localePrefix } from '../../src/locales';
import { ROOT } from '../support/docs';

const BUILD = path.join(ROOT, 'build');
const escaped = (text: string) =>
  [...text].map((c) => (c.charCodeAt(0) > 0x7f ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');

describe('the bundles', () => {
  it.each(LOCALES.filter(({ siteTitle }) => /[^\x20-\x7e]/.test(siteTitle)).map((l) => l))(
    'carry the $code text as UTF-8, not as \\u escapes (six bytes a letter)',
    ({ code, siteTitle }) => {
      const page = readFileSync(path.join(BUILD, localePrefix(code), 'index.html'), 'utf8');
      const main = entryScriptsOf(page).find((source) => /\/main\.[0-9a-f]+\.js$/.test(source));
      expect(main, 'the landing page loads main.js').toBeDefined();
      const bundle = readFileSync(path.join(BUILD, main!), 'utf8');
      expect(bundle).toContain(siteTitle);
      expect(bundle.toLowerCase()).not.toContain(escaped(siteTitle).toLowerCase());
    },
  );
});
