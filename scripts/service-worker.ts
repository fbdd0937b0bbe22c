/** Build step, after Pagefind: writes build/sw.js with the precache manifest of the whole build. */
import { writeServiceWorker } from '../src/plugins/whole-site/serviceWorker';

async function main(buildDir: string): Promise<void> {
  const { entries, bytes } = await writeServiceWorker(buildDir);
  console.log(`${buildDir}/sw.js: precaches ${entries.length} files, ${(bytes / 1e6).toFixed(2)} MB`);
}

// A rejection ends the process with an error, so the build fails when the worker cannot be written.
void main('build');
