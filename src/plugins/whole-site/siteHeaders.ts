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
import { EMBED_PATH } from '../../statement/embed';

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
 * The pages that refuse to be framed, as `_headers` patterns: every page of every locale (`/statement/*`,
 * `/search` and `/search.html`, a locale's home…) but the embeddable passages (`/embed/*`), which any site may
 * frame. Listed from the build's pages because neither host can except a path from `/*`.
 */
export function unframedPagePatterns(pages: readonly string[]): string[] {
  const patterns = pages.flatMap((page) => {
    const locale = LOCALES.find(({ code }) => localePrefix(code) && page.startsWith(`${localePrefix(code).slice(1)}/`));
    const prefix = locale ? localePrefix(locale.code) : '';
    const rest = locale ? page.slice(prefix.length) : page;
    const [first, ...deeper] = rest.split('/');
    // The 404 page is sent for unknown paths, with their headers (none of these) on every host: so on nginx too.
    if (`/${first}` === EMBED_PATH || rest === '404.html') return [];
    if (deeper.length > 0) return [`${prefix}/${first}/*`];
    if (first === 'index.html') return prefix ? [prefix, `${prefix}/`, `${prefix}/index.html`] : ['/', '/index.html'];
    return [`${prefix}/${first}`, `${prefix}/${first.replace(/\.html$/, '')}`];
  });
  return [...new Set(patterns)].sort();
}

/**
 * The site's header rules, the one list that both `_headers` and `_nginx.conf` are written from. A header is
 * set by one rule only: where several rules match a path, Cloudflare Pages joins their values and Netlify
 * keeps one, so only then do both hosts send the same. Hence framing is refused by `X-Frame-Options` on each
 * page but the embeds, not by the policy every path gets.
 */
export function siteHeaderRules(policy: string, unframedPatterns: readonly string[]): HeaderRule[] {
  return [
    {
      pattern: '/*',
      headers: {
        'Content-Security-Policy': policy,
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'X-Content-Type-Options': 'nosniff',
      },
    },
    ...unframedPatterns.map((pattern) => ({ pattern, headers: { 'X-Frame-Options': 'DENY' } })),
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
  tmx: 'application/x-tmx+xml; charset=utf-8',
  epub: 'application/epub+zip',
};
