/**
 * The HTTP headers the built site asks its host to send (`build/_headers`): the Content-Security-Policy made
 * from the build's own inline scripts, the usual hardening headers, and long caching for hashed assets.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { htmlPagesIn } from './buildFiles';
import { contentSecurityPolicy, inlineScriptHashes } from './contentSecurityPolicy';
import type { HeaderRule } from './headersFile';
import { LOCALES, localePrefix } from '../../src/locales';
import { MANIFEST_FILE } from '../../src/plugins/web-app-manifest';
import { SERVICE_WORKER_URL } from '../../src/serviceWorker/paths';

export const HEADERS_FILE = '_headers';

export interface BuildPolicy {
  readonly policy: string;
  readonly scriptHashes: readonly string[];
  readonly pages: number;
}

/** The policy that lets every built page (all locales, redirects and 404 pages) run its inline scripts. */
export async function buildPolicy(buildDir: string): Promise<BuildPolicy> {
  const pages = htmlPagesIn(buildDir);
  if (pages.length === 0) throw new Error(`No HTML page in ${buildDir}: build the site first`);
  // One page at a time: all at once opens a file per page, past the open-file limit on a large build.
  const hashes: string[][] = [];
  for (const page of pages) {
    try {
      hashes.push(inlineScriptHashes(await readFile(path.join(buildDir, page), 'utf8')));
    } catch (error) {
      throw new Error(`${page}: ${(error as Error).message}`);
    }
  }
  const scriptHashes = [...new Set(hashes.flat())].sort();
  return { policy: contentSecurityPolicy(scriptHashes), scriptHashes, pages: pages.length };
}

/** Headers that only a document (a page, or a worker's script) acts on: a file the page loads need not carry them. */
const DOCUMENT_HEADERS = (policy: string) => ({
  'Content-Security-Policy': policy,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
});

/** Every locale's copy of a folder or file of static/ and of the bundles: `/assets/*`, `/zh-Hans/assets/*`… */
const inEveryLocale = (pathWithinLocale: string) =>
  LOCALES.map(({ code }) => `${localePrefix(code)}${pathWithinLocale}`);

export function siteHeaderRules(policy: string): HeaderRule[] {
  const documentHeaders = DOCUMENT_HEADERS(policy);
  // Sent once a document, not again with each of the page's files: on HTTP/1.1 they would add about 1 KB to
  // every script, stylesheet and image of a first load.
  const detach = Object.keys(documentHeaders);
  return [
    { pattern: '/*', headers: { ...documentHeaders, 'X-Content-Type-Options': 'nosniff' } },
    // Docusaurus puts a content hash in every file name under /assets/, so a file there never changes.
    ...inEveryLocale('/assets/*').map((pattern) => ({
      pattern,
      detach,
      headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
    })),
    ...[...inEveryLocale('/img/*'), ...inEveryLocale(`/${MANIFEST_FILE}`)].map((pattern) => ({
      pattern,
      detach,
      headers: {},
    })),
    // Embeddable passages (src/statement/embed.ts) are made to be framed by any site; no other page may be.
    ...inEveryLocale('/embed/*').map((pattern) => ({
      pattern,
      detach: ['Content-Security-Policy', 'X-Frame-Options'],
      headers: { 'Content-Security-Policy': policy.replace("frame-ancestors 'none'", 'frame-ancestors *') },
    })),
    // The service worker: a browser must see a new deployment's worker at once (it then fetches what changed).
    { pattern: SERVICE_WORKER_URL, headers: { 'Cache-Control': 'no-cache' } },
  ];
}
