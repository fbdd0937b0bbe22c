/**
 * The build's nginx configuration, written from the same header rules as `_headers`: to be included in the
 * server block whose root is the build folder. It serves the site as `npm start` and the named hosts do:
 * clean URLs (`/statement/context` → `statement/context.html`), each locale's 404 page with status 404, the
 * headers of every rule (nginx drops the server block's `add_header` lines in a location with its own, so a
 * rule's location repeats every header that applies there), the downloads' text types in UTF-8, and the
 * precompressed `.br`/`.gz` files (`brotli_static` needs the ngx_brotli module).
 */
import { DEFAULT_LOCALE, LOCALE_CODES, localePrefix } from '../../locales';
import { headersFor, type HeaderRule } from './headersFile';
import { HEADERS_FILE, SITE_CONTENT_TYPES } from './siteHeaders';

export const NGINX_FILE = '_nginx.conf';

const CLEAN_URLS = 'try_files $uri $uri.html $uri/index.html =404;';

/** The locale a path belongs to, by its first segment. */
const localeOf = (urlPath: string) =>
  LOCALE_CODES.find((code) => code !== DEFAULT_LOCALE && urlPath.startsWith(`${localePrefix(code)}/`)) ??
  DEFAULT_LOCALE;

const notFoundPage = (urlPath: string) => `error_page 404 ${localePrefix(localeOf(urlPath))}/404.html;`;

function addHeaders(headers: Record<string, string>, indent: string): string[] {
  return Object.entries(headers).map(([name, value]) => {
    if (/["$\\]/.test(value)) throw new Error(`${name}: ${value} needs quoting that ${NGINX_FILE} does not do`);
    return `${indent}add_header ${name} "${value}" always;`;
  });
}

/** A rule's nginx location: a folder (`/assets/*`) or one file (`/sw.js`). */
function locationOf(pattern: string): { match: string; samplePath: string } {
  if (/^\/[^*]*\/\*$/.test(pattern)) return { match: `^~ ${pattern.slice(0, -1)}`, samplePath: pattern.slice(0, -1) };
  if (!pattern.includes('*')) return { match: `= ${pattern}`, samplePath: pattern };
  throw new Error(`${NGINX_FILE}: no nginx location for the pattern ${pattern} (a folder /…/* or a path)`);
}

export function nginxConfig(rules: readonly HeaderRule[]): string {
  const [everyPath, ...others] = rules;
  if (everyPath?.pattern !== '/*') throw new Error(`${NGINX_FILE}: the first rule must be /* (${everyPath?.pattern})`);
  const extensions = Object.keys(SITE_CONTENT_TYPES);
  const lines = [
    `# Written by docusaurus build (src/plugins/whole-site/nginxConfig.ts) from the rules ${HEADERS_FILE} is written from.`,
    '# In the server block whose root is this folder: include <this folder>/' + `${NGINX_FILE};`,
    '',
    'gzip_static on;',
    'gzip_vary on;',
    'brotli_static on;',
    'charset utf-8;',
    `charset_types ${[...new Set(Object.values(SITE_CONTENT_TYPES).map((type) => type.split(';')[0]))].join(' ')} text/css text/plain text/xml application/javascript image/svg+xml;`,
    ...addHeaders(everyPath.headers, ''),
    notFoundPage('/'),
    '',
    `location / { ${CLEAN_URLS} }`,
    ...LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE).map(
      (code) => `location ${localePrefix(code)}/ { ${CLEAN_URLS} ${notFoundPage(`${localePrefix(code)}/`)} }`,
    ),
    ...[HEADERS_FILE, NGINX_FILE].map((file) => `location = /${file} { return 404; }`),
    `location ~ \\.(${extensions.join('|')})$ {`,
    `  types { ${Object.entries(SITE_CONTENT_TYPES)
      .map(([extension, type]) => `${type.split(';')[0]} ${extension};`)
      .join(' ')} }`,
    `  ${notFoundPage('/')}`,
    '}',
    ...others.flatMap(({ pattern }) => {
      const { match, samplePath } = locationOf(pattern);
      return [
        `location ${match} {`,
        ...addHeaders(headersFor(rules, samplePath), '  '),
        `  ${CLEAN_URLS}`,
        `  ${notFoundPage(samplePath)}`,
        '}',
      ];
    }),
  ];
  return `${lines.join('\n')}\n`;
}
