/** Reading the project's statement docs from disk, for the content and end-to-end tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { DEFAULT_LOCALE, type LocaleCode } from '../../config/locales';
import { parseDoc, type ParsedDoc } from '../../src/statement/validate';

export { readSourceParagraphs } from '../../src/statement/source';

export const ROOT = path.resolve(__dirname, '../..');

export function docsDir(locale: LocaleCode): string {
  return locale === DEFAULT_LOCALE
    ? path.join(ROOT, 'docs')
    : path.join(ROOT, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
}

/** Every .md/.mdx doc of a locale, parsed. */
export function readDocs(locale: LocaleCode): ParsedDoc[] {
  const dir = docsDir(locale);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file) =>
      parseDoc({
        file: path.relative(ROOT, path.join(dir, file)),
        docId: file.replace(/\.mdx?$/, '').split(path.sep).join('/'),
        source: readFileSync(path.join(dir, file), 'utf8'),
      }),
    );
}
