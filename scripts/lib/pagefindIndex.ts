/** Pagefind's index as written into a build: its files per language, for the benches. */
import { statSync } from 'node:fs';
import path from 'node:path';

import { LOCALES } from '../../src/locales';
import { filesIn } from '../../src/plugins/whole-site/buildFiles';

export interface IndexSize {
  readonly language: string;
  readonly files: number;
  readonly kilobytes: number;
}

/** Every file of `<buildDir>/pagefind`, with its path. */
export function pagefindFiles(buildDir = 'build'): string[] {
  const dir = path.join(buildDir, 'pagefind');
  return filesIn(dir).map((file) => path.join(dir, file));
}

/** Pagefind's files per language (they are stored compressed), plus the shared loader they all need. */
export function indexSizes(buildDir = 'build'): IndexSize[] {
  const files = pagefindFiles(buildDir);
  const shared = files.filter((file) => /pagefind\.js$|pagefind-worker\.js$|pagefind-entry\.json$/.test(file));
  // Pagefind names an index by the page's `lang`, lowercased.
  return LOCALES.map(({ htmlLang }) => htmlLang.toLowerCase()).map((language) => {
    const own = files.filter(
      (file) =>
        new RegExp(`(^|[/.])${language}[_.]`).test(path.basename(file)) ||
        path.basename(file) === `wasm.${language}.pagefind`,
    );
    const all = [...own, ...shared];
    return { language, files: all.length, kilobytes: all.reduce((sum, file) => sum + statSync(file).size, 0) / 1024 };
  });
}
