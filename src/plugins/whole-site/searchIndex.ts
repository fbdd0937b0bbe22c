/**
 * The Pagefind search index of the built site, through Pagefind's Node API: every HTML page of every locale,
 * one index per language (Pagefind reads each page's `lang`), written to `<root>/pagefind/`, where the search
 * client loads it from.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import type * as PagefindApi from 'pagefind';

type Pagefind = typeof PagefindApi;

export interface SearchIndexSummary {
  readonly pages: number;
  /** The languages Pagefind found, as it names its indexes. */
  readonly languages: readonly string[];
}

/**
 * Pagefind's Node API. It is an ES module only, and Docusaurus loads the config, and this file with it, through
 * jiti, whose `import()` and `require` cannot load one; Node's own `require` can (Node 20.19 and later), given
 * the file, since the package exports it to `import` only.
 */
function loadPagefind(): Pagefind {
  const nodeRequire = createRequire(__filename);
  const folder = (nodeRequire.resolve.paths('pagefind') ?? []).find((dir) =>
    existsSync(path.join(dir, 'pagefind', 'package.json')),
  );
  if (!folder) throw new Error('No pagefind package: run npm ci');
  return nodeRequire(path.join(folder, 'pagefind', 'lib', 'index.js')) as Pagefind;
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind, ${step}: ${errors.join('; ')}`);
}

export async function writeSearchIndex(root: string): Promise<SearchIndexSummary> {
  const pagefind = loadPagefind();
  try {
    const { index, errors } = await pagefind.createIndex();
    failOn('creating the index', errors);
    const added = await index!.addDirectory({ path: root });
    failOn(`indexing ${root}`, added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${root}`);
    const outputPath = path.join(root, 'pagefind');
    const written = await index!.writeFiles({ outputPath });
    failOn('writing the index', written.errors);
    const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    return { pages: added.page_count, languages: Object.keys(entry.languages).sort() };
  } finally {
    await pagefind.close();
  }
}
