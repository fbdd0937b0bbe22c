/**
 * Writes build/sw.js: the service worker of src/serviceWorker/sw.ts (Workbox's precaching and routing, bundled
 * by esbuild) with the precache manifest of the finished build — every locale's pages, the short links, the
 * downloads, Pagefind's indexes and the assets, each with a hash of its content, so a new deployment
 * downloads only the files that changed. It is a step of the whole-site plugin, after the last locale's build
 * and after Pagefind (index.ts): a step of one locale's build would see neither the others nor the index.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { build } from 'esbuild';

import { SERVICE_WORKER_URL } from '../../serviceWorker/paths';
import { filesIn } from './buildFiles';
import { NGINX_FILE } from './nginxConfig';
import { HEADERS_FILE } from './siteHeaders';

const WORKER_SOURCE = path.join(__dirname, '..', '..', 'serviceWorker', 'sw.ts');

/**
 * Files no reader opens: the host's headers and nginx configuration, the worker itself, what only crawlers read,
 * the social and quote cards of every locale (only link previews show them), the embeddable passages (other
 * sites frame them; 450 small files) and the Pagefind UI bundles the site does not use (it has its own).
 */
const NOT_PRECACHED: readonly RegExp[] = [
  new RegExp(`^${HEADERS_FILE}$`),
  new RegExp(`^${NGINX_FILE.replace('.', '\\.')}$`),
  new RegExp(`^${SERVICE_WORKER_URL.slice(1).replace('.', '\\.')}$`),
  /(?:^|\/)sitemap(?:-index)?\.xml$/,
  /^robots\.txt$/,
  /(?:^|\/)img\/(?:social-card\.|quote\/)/,
  /^(?:[\w-]+\/)?embed\//,
  /^pagefind\/pagefind-(?:ui|modular-ui|component-ui|highlight)\./,
  /\.(?:map|br|gz)$/,
];

export interface PrecacheEntry {
  readonly url: string;
  /** A hash of the content; null where the file name already carries one (Docusaurus's /assets/). */
  readonly revision: string | null;
}

export interface PrecacheSummary {
  readonly entries: readonly PrecacheEntry[];
  readonly bytes: number;
}

/** Every file of the build a reader may need offline, as URL paths, in a stable order. */
export async function precacheManifest(buildDir: string): Promise<PrecacheSummary> {
  const files = filesIn(buildDir).filter((file) => !NOT_PRECACHED.some((pattern) => pattern.test(file)));
  let bytes = 0;
  const entries: PrecacheEntry[] = [];
  for (const file of files) {
    const content = await readFile(path.join(buildDir, file));
    bytes += content.length;
    entries.push({
      url: `/${file}`,
      revision: /(?:^|\/)assets\//.test(file) ? null : createHash('sha256').update(content).digest('hex').slice(0, 16),
    });
  }
  return { entries, bytes };
}

/** Writes `<buildDir>/sw.js` for the build as it is now; returns what it precaches. */
export async function writeServiceWorker(buildDir: string): Promise<PrecacheSummary> {
  const summary = await precacheManifest(buildDir);
  if (!summary.entries.some((entry) => entry.url === '/index.html'))
    throw new Error(`No index.html in ${buildDir}: build the site first`);
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile: path.join(buildDir, SERVICE_WORKER_URL),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      'PRECACHE_MANIFEST': JSON.stringify(summary.entries),
      // Workbox drops its development logging in production.
      'process.env.NODE_ENV': '"production"',
    },
  });
  return summary;
}
