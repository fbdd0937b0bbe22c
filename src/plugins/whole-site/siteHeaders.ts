/**
 * The HTTP headers the built site asks its host to send (`build/_headers`): the Content-Security-Policy made
 * from the build's own inline scripts, the usual hardening headers, and long caching for hashed assets.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { htmlPagesIn } from './buildFiles';
import { contentSecurityPolicy, inlineScriptHashes } from './contentSecurityPolicy';
import type { HeaderRule } from './headersFile';
import { LOCALES, localePrefix } from '../../locales';
import { SERVICE_WORKER_URL } from '../../serviceWorker/paths';

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

/** Every locale's copy of a folder or file of static/ and of the bundles: `/assets/*`, `/zh-Hans/assets/*`… */
const inEveryLocale = (pathWithinLocale: string) =>
  LOCALES.map(({ code }) => `${localePrefix(code)}${pathWithinLocale}`);

/**
 * The site's header rules, the one list that both `_headers` and `_nginx.conf` are written from. A header is
 * set by one rule only: where several rules match a path, Cloudflare Pages joins their values and Netlify
 * keeps one, so only then do both hosts send the same.
 */
export function siteHeaderRules(policy: string): HeaderRule[] {
  return [
    {
      pattern: '/*',
      headers: {
        'Content-Security-Policy': policy,
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'X-Frame-Options': 'DENY',
        'X-Content-Type-Options': 'nosniff',
      },
    },
    // Docusaurus puts a content hash in every file name under /assets/, so a file there never changes.
    ...inEveryLocale('/assets/*').map((pattern) => ({
      pattern,
      headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
    })),
    // The service worker: a browser must see a new deployment's worker at once (it then fetches what changed).
    { pattern: SERVICE_WORKER_URL, headers: { 'Cache-Control': 'no-cache' } },
  ];
}

/** Types of the site's files that a server's defaults may lack or send without a charset (the downloads). */
export const SITE_CONTENT_TYPES: Readonly<Record<string, string>> = {
  md: 'text/markdown; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  bib: 'text/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json',
};
