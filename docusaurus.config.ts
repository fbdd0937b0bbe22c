import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import type * as Docs from '@docusaurus/plugin-content-docs';

import { footerFor } from './config/footer';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, localeConfig, localePrefix, type LocaleCode } from './src/locales';
import { navbar } from './config/navbar';
import noCodeHighlighting from './src/plugins/no-code-highlighting';
import sectionTitles from './src/plugins/section-titles';
import shortLinks from './src/plugins/short-links';
import sitemapIndex from './src/plugins/sitemap-index';
import statementData from './src/plugins/statement-data';
import utf8Bundles from './src/plugins/utf8-bundles';
import webAppManifest from './src/plugins/web-app-manifest';
import { wholeSite } from './src/plugins/whole-site';
import * as sitemap from '@docusaurus/plugin-sitemap';
import { ssrTemplate } from './config/ssrTemplate';
import statementParagraphs from './src/remark/statementParagraphs';
import statementSections from './src/remark/statementSections';
import { firstTermParagraphs, termAliases, termFinder } from './src/glossary';
import { lastRevision } from './src/statement/corrections';
import { readCorrections } from './src/statement/frozenIds';
import { readEdition } from './src/statement/editions';
import { DOWNLOADS_PATH, downloadFiles } from './src/statement/downloads';
import { ROUTE_BASE } from './src/statement/model';

// Docusaurus loads this file once per locale it builds, with the locale in this variable.
const currentLocale = (process.env.DOCUSAURUS_CURRENT_LOCALE ?? DEFAULT_LOCALE) as LocaleCode;
// Where the site is deployed: canonical URLs, hreflang, sitemaps, Open Graph and JSON-LD use it.
const siteUrl = process.env.SITE_URL ?? 'https://sco-2023-statement.example.org';
// Glossary terms in the statement's text of this locale (see src/remark/statementParagraphs.ts).
const findTerms = termFinder(currentLocale);
const statementParagraphsOptions = {
  locale: currentLocale,
  findTerms,
  firstParagraphOfTerm: firstTermParagraphs(findTerms, readEdition(currentLocale).paragraphs),
  termAliases: termAliases(currentLocale),
};

const config = {
  future: {
    v4: true,
    faster: true,
  },

  // The site title ends every page title (“Point 3 … | <title>”), so each locale has its own.
  title: localeConfig(currentLocale).siteTitle,
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,
  // It only reports a wrong baseUrl (the end-to-end tests would), with an inline script the CSP would have to allow.
  baseUrlIssueBanner: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
    },
  },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALE_CODES],
    localeConfigs: Object.fromEntries(
      LOCALES.map(({ code, label, htmlLang, path }) => [code, { label, htmlLang, path, direction: 'ltr' }]),
    ),
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: ROUTE_BASE,
          sidebarPath: './sidebars.ts',
          // Bound here, not given as [plugin, options]: Docusaurus sends the whole config to the browser, and the
          // options are build-time data (about 2 KB that every page's main bundle carried).
          // The full text's sections are written before Docusaurus's plugins run, so its headings make its table of contents.
          beforeDefaultRemarkPlugins: [() => statementSections({ locale: currentLocale })],
          remarkPlugins: [() => statementParagraphs(statementParagraphsOptions)],
          breadcrumbs: true,
        } satisfies Docs.Options,
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        // Given below as a plugin of its own, so that the whole-site steps wait for its postBuild.
        sitemap: false,
      } satisfies Preset.Options,
    ],
  ],

  // The day this locale's text was last revised, which its citations give (src/citation/load.ts).
  customFields: { lastRevised: lastRevision(readCorrections(currentLocale)) },
  // The search index, service worker, headers and compression run after every locale and every plugin's postBuild.
  plugins: wholeSite([
    [
      sitemap,
      {
        // The data files are not routes; list them so crawlers (and our crawl test) find them.
        createSitemapItems: async ({ defaultCreateSitemapItems, ...params }) => [
          ...(await defaultCreateSitemapItems(params)),
          ...downloadFiles().map((file) => ({
            url: `${siteUrl}${localePrefix(currentLocale)}${DOWNLOADS_PATH}/${file}`,
          })),
        ],
      } satisfies sitemap.Options,
    ],
    sectionTitles,
    shortLinks,
    sitemapIndex,
    statementData,
    noCodeHighlighting,
    utf8Bundles,
    webAppManifest,
  ]),

  // Docusaurus's page template, its entry scripts loaded after the first paint (see config/ssrTemplate.ts).
  ssrTemplate,

  clientModules: [
    './src/clientModules/targetHighlight.ts',
    './src/clientModules/searchHighlight.ts',
    './src/clientModules/prefetchOnIntent.ts',
  ],

  themeConfig: {
    image: `img/social-card.${currentLocale}.png`,
    metadata: [{ property: 'og:type', content: 'article' }],
    colorMode: {
      respectPrefersColorScheme: true,
    },
    navbar,
    footer: footerFor(currentLocale),
    docs: {
      sidebar: {
        hideable: false,
      },
    },
    tableOfContents: {
      minHeadingLevel: 2,
      maxHeadingLevel: 3,
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
