/** The files of a build folder, for the build steps, the benches and the tests that read it. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (folders left out), as a path relative to it with `/` separators, in a stable order. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every HTML page under `dir`: each locale's pages, the short links' redirect pages, the 404 pages. */
export function htmlPagesIn(dir: string): string[] {
  return filesIn(dir).filter((file) => file.endsWith('.html'));
}
