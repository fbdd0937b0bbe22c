import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { DEFAULT_LOCALE, LOCALES } from '../../src/locales';
import { startStaticServer } from '../../scripts/lib/staticServer';
import { ROOT } from './docs';
import { AXE_PATH } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the production build (and the tests' axe-core) on a free 127.0.0.1 port for the whole run, and always
 * stops it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build = path.join(ROOT, 'build');
  for (const { path: localePath, code } of LOCALES) {
    const index = path.join(build, code === DEFAULT_LOCALE ? '' : localePath, 'index.html');
    if (!existsSync(index))
      throw new Error(`No production build of ${code} at ${index}: run \`npm run build\` first (\`npm test\` does).`);
  }
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const server = await startStaticServer({ root: build, scripts: { [AXE_PATH]: axe } });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
