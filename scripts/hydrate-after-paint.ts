/** Build step: every built page paints its text before its code loads (see lib/hydrateAfterPaint.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { htmlPagesIn } from '../src/plugins/whole-site/buildFiles';
import { hydrateAfterPaint } from './lib/hydrateAfterPaint';

async function main(buildDir: string): Promise<void> {
  const pages = htmlPagesIn(buildDir);
  let changed = 0;
  for (const page of pages) {
    const file = path.join(buildDir, page);
    const html = await readFile(file, 'utf8');
    const rewritten = hydrateAfterPaint(html);
    if (rewritten !== html) {
      await writeFile(file, rewritten);
      changed += 1;
    }
  }
  console.log(`${buildDir}: ${changed} of ${pages.length} pages load their code after the first paint`);
}

// A rejection ends the process with an error, so the build fails.
void main('build');
