/**
 * The guards of decisions/: every use of a Docusaurus internal, and every component copied from the theme, has
 * a record there, checked against the installed version. An upgrade fails here until each record (and each
 * copied component's first line) has been checked against the new version.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { filesIn } from '../../src/plugins/whole-site/buildFiles';
import { ROOT } from '../support/docs';

const DECISIONS = path.join(ROOT, 'decisions');

interface Decision {
  readonly file: string;
  readonly packageName: string;
  readonly version: string;
  readonly files: readonly string[];
}

/**
 * The records of Docusaurus internals: those with a “Checked against: <package> <version>” line. The other
 * records are decisions that rely on no internal; a file that uses one is still caught below unless a record
 * with that line names it.
 */
const decisions: Decision[] = readdirSync(DECISIONS)
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .flatMap((file) => {
    const text = readFileSync(path.join(DECISIONS, file), 'utf8');
    const checked = /^Checked against: (\S+) (\S+)$/m.exec(text);
    if (!checked) return [];
    const files = /^Files: ([\s\S]+?)\n\n/m.exec(text)?.[1].match(/`[^`]+`/g) ?? [];
    return [{ file, packageName: checked[1], version: checked[2], files: files.map((f) => f.slice(1, -1)) }];
  });

const installed = (packageName: string) =>
  (
    JSON.parse(readFileSync(path.join(ROOT, 'node_modules', packageName, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/** What makes a file depend on Docusaurus beyond its public API, by what the file says. */
const INTERNALS: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'theme-common/internal', pattern: /@docusaurus\/theme-common\/internal/ },
  { what: '@docusaurus/faster', pattern: /from '@docusaurus\/faster'/ },
  { what: 'window.docusaurus replaced', pattern: /window\.docusaurus\s*=/ },
  { what: 'a copy of the theme', pattern: /^\/\/ Copied from @docusaurus\/theme-classic/ },
];

const SOURCES = filesIn(path.join(ROOT, 'src'))
  .filter((file) => /\.(?:ts|tsx)$/.test(file))
  .map((file) => `src/${file}`);

describe('Docusaurus internals', () => {
  it.each(decisions)('$file was checked against the installed $packageName', ({ packageName, version, files }) => {
    expect(installed(packageName), 'check the files against the new version, then update the record').toBe(version);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(SOURCES, file).toContain(file);
  });

  it('every file that uses an internal, or copies the theme, is named in a record', () => {
    const recorded = new Set(decisions.flatMap((decision) => decision.files));
    const users = SOURCES.filter((file) => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      return INTERNALS.some(({ pattern }) => pattern.test(text));
    });
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((file) => !recorded.has(file))).toEqual([]);
  });

  it('every copied component names the theme version it was copied from, the installed one', () => {
    const copies = decisions.find((decision) => decision.packageName === '@docusaurus/theme-classic')!;
    for (const file of copies.files) {
      const firstLine = readFileSync(path.join(ROOT, file), 'utf8').split('\n')[0];
      expect(firstLine, file).toMatch(/^\/\/ Copied from @docusaurus\/theme-classic \S+ /);
      expect(/theme-classic (\S+) /.exec(firstLine)?.[1], file).toBe(installed('@docusaurus/theme-classic'));
    }
  });
});
