/**
 * The build steps that cover the whole site, every locale at once, so that `docusaurus build` alone makes the
 * complete site: the Pagefind search index (one per language, over every locale's pages), then the service
 * worker with its precache list (which holds the index), then `_headers` and `_nginx.conf` with the
 * Content-Security-Policy hashed from every page, then the `.br`/`.gz` copy of every text file (the worker too).
 *
 * Docusaurus builds the locales one after another, the default locale first (its build empties the output
 * folder), then the others in the config's order, and after each it runs every plugin's `postBuild` at once
 * (`@docusaurus/core`, commands/build: `mapAsyncSequential` over the locales, `Promise.all` over the plugins).
 * So these steps run in the last locale's `postBuild`, and first wait for the `postBuild` of every other
 * plugin of that build (the downloads, the short links' pages and cards, the sitemaps are written there):
 * `wholeSite` wraps the config's plugins to know when they are done. A build of one locale alone
 * (`--locale ru`) is Docusaurus's multi-domain mode, that locale at the site's root: it fails, saying so (the
 * default locale's alone, `--locale en`, is an English site without these steps, and says so).
 */
import { rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

import type { LoadContext, Plugin, PluginConfig, PluginModule, PluginOptions } from '@docusaurus/types';

import { LOCALE_CODES, localePrefix, type LocaleCode } from '../../locales';
import { htmlPagesIn } from './buildFiles';
import { formatHeadersFile } from './headersFile';
import { NGINX_FILE, nginxConfig } from './nginxConfig';
import { precompressDirectory } from './precompress';
import { writeSearchIndex } from './searchIndex';
import { writeServiceWorker } from './serviceWorker';
import { buildPolicy, HEADERS_FILE, siteHeaderRules, unframedPagePatterns } from './siteHeaders';

/** The order Docusaurus builds the locales in: the default first, then the others as configured. */
export function buildOrder(locales: readonly string[], defaultLocale: string): string[] {
  return [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)];
}

/** The site's root folder, from the output folder of one locale's build (`build/ru` → `build`). */
export function siteRoot(outDir: string, locale: LocaleCode): string {
  const dir = path.resolve(outDir);
  const prefix = localePrefix(locale);
  if (!dir.endsWith(prefix))
    throw new Error(
      `The ${locale} build went to ${outDir}, not to …${prefix}: \`docusaurus build --locale ${locale}\` makes a site ` +
        `of ${locale} alone at the root (Docusaurus's multi-domain mode), which this site's links between ` +
        `languages, search index, service worker and headers do not support. Run \`docusaurus build\`.`,
    );
  return dir.slice(0, dir.length - prefix.length);
}

/** The whole-site outputs, removed when a build ends before they can be made again (they would be stale). */
const WHOLE_SITE_OUTPUTS = ['pagefind', 'sw.js', HEADERS_FILE, NGINX_FILE];

async function removeWholeSiteOutputs(root: string): Promise<void> {
  await Promise.all(WHOLE_SITE_OUTPUTS.map((name) => rm(path.join(root, name), { recursive: true, force: true })));
}

const KB = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

async function buildWholeSite(root: string, log: (line: string) => void): Promise<void> {
  const missing = LOCALE_CODES.filter((code) => !existsSync(path.join(root, localePrefix(code), 'index.html')));
  if (missing.length > 0)
    throw new Error(
      `The search index, service worker, headers and compressed copies cover every locale, and ${root} has no ` +
        `build of ${missing.join(', ')}: run \`docusaurus build\`, which builds every locale.`,
    );
  await removeWholeSiteOutputs(root);
  const index = await writeSearchIndex(root);
  log(`search index of ${index.pages} pages in ${index.languages.join(', ')}`);
  const worker = await writeServiceWorker(root);
  log(`sw.js precaches ${worker.entries.length} files, ${(worker.bytes / 1e6).toFixed(2)} MB`);
  const { policy, scriptHashes, pages } = await buildPolicy(root);
  const rules = siteHeaderRules(policy, unframedPagePatterns(htmlPagesIn(root)));
  await writeFile(path.join(root, HEADERS_FILE), formatHeadersFile(rules));
  await writeFile(path.join(root, NGINX_FILE), nginxConfig(rules));
  log(`${HEADERS_FILE} and ${NGINX_FILE}: ${scriptHashes.length} inline script hashes from ${pages} pages`);
  const compressed = await precompressDirectory(root);
  log(
    `${compressed.files} text files precompressed, ${KB(compressed.bytes)} → ${KB(compressed.brotliBytes)} brotli, ${KB(compressed.gzipBytes)} gzip`,
  );
}

// A plugin's function, whatever the types of its options and content.
type PluginFactory = (context: LoadContext, options: never) => unknown;
/** A plugin's module, as `import * as` gives it: its factory, and how to validate its options. */
interface PluginNamespace {
  readonly default: PluginFactory;
  // Each module types it for its own options.
  readonly validateOptions?: (data: never) => unknown;
}
type WrappablePlugin = PluginFactory | readonly [PluginFactory | PluginNamespace, object];

/**
 * The config's plugins, each made to report when its `postBuild` is done, followed by the plugin that runs
 * the whole-site steps once they all are. A plugin is given as its function or module (with options or not),
 * never by its module's name, which would hide its `postBuild` from the wrapper.
 */
export function wholeSite(plugins: readonly WrappablePlugin[]): PluginConfig[] {
  /** Per output folder (one per locale), the `postBuild` of each wrapped plugin, once it has started. */
  const started = new Map<string, Promise<unknown>[]>();
  /** Per output folder, how many wrapped plugins have a `postBuild`, known once Docusaurus has loaded them. */
  const expected = new Map<string, number>();
  let allStarted: (() => void) | undefined;

  const wrap = (given: PluginFactory | PluginNamespace): PluginModule => {
    const factory = typeof given === 'function' ? given : given.default;
    const wrapped = async (context: LoadContext, options: unknown) => {
      const plugin = (await factory(context, options as never)) as Plugin | null;
      const postBuild = plugin?.postBuild;
      if (!plugin || !postBuild) return plugin;
      expected.set(context.outDir, (expected.get(context.outDir) ?? 0) + 1);
      return {
        ...plugin,
        postBuild(props) {
          const done = Promise.resolve(postBuild.call(plugin, props));
          started.set(props.outDir, [...(started.get(props.outDir) ?? []), done]);
          allStarted?.();
          return done;
        },
      } satisfies Plugin;
    };
    // Docusaurus validates a plugin's options (and fills in their defaults) with its `validateOptions`.
    const validateOptions = (given as PluginNamespace).validateOptions ?? (factory as PluginModule).validateOptions;
    return Object.assign(wrapped, { validateOptions: validateOptions as PluginModule['validateOptions'] });
  };

  const wrappedPlugins = plugins.map((config): PluginConfig =>
    typeof config === 'function' ? wrap(config) : [wrap(config[0]), config[1] as PluginOptions],
  );

  /** Every wrapped plugin's `postBuild` of this locale's build, once all have started. */
  const othersDone = async (outDir: string) => {
    while ((started.get(outDir)?.length ?? 0) < (expected.get(outDir) ?? 0))
      await new Promise<void>((resolve) => (allStarted = resolve));
    await Promise.all(started.get(outDir) ?? []);
  };

  const wholeSitePlugin = (context: LoadContext): Plugin => ({
    name: 'whole-site',
    async postBuild({ outDir }) {
      const { currentLocale, locales, defaultLocale } = context.i18n;
      const root = siteRoot(outDir, currentLocale as LocaleCode);
      const log = (line: string) => console.log(`[whole-site] ${root}: ${line}`);
      await othersDone(outDir);
      if (currentLocale !== buildOrder(locales, defaultLocale).at(-1)) {
        log(`${currentLocale} built; the whole-site steps run after the last locale's build`);
        return;
      }
      await buildWholeSite(root, log);
    },
  });

  return [...wrappedPlugins, wholeSitePlugin];
}
