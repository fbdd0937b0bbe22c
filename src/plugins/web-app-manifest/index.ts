/**
 * Makes the site installable: writes each locale's web app manifest (`/manifest.webmanifest`,
 * `/zh-Hans/manifest.webmanifest`, `/ru/manifest.webmanifest`: the app's name and language are the locale's)
 * and links it from that locale's pages, with the browser's theme colours for light and dark and the
 * apple-touch-icon. The icons are drawn by `npm run app-icons` (static/img/, committed).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';

import { localeConfig, localePrefix, type LocaleCode } from '../../locales';
import { STATEMENT } from '../../statement/metadata';

export const MANIFEST_FILE = 'manifest.webmanifest';

/** The navbar's background in each colour mode (Infima's), so the browser's bar continues it. */
export const THEME_COLORS = { light: '#ffffff', dark: '#242526' } as const;

export const ICONS = [
  { src: '/img/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/img/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/img/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

export const APPLE_TOUCH_ICON = '/img/apple-touch-icon.png';

export function webAppManifest(locale: LocaleCode): Record<string, unknown> {
  const { siteTitle, shortName, htmlLang } = localeConfig(locale);
  const start = `${localePrefix(locale)}/`;
  return {
    id: start,
    name: siteTitle,
    short_name: shortName,
    description: STATEMENT[locale].title,
    lang: htmlLang,
    dir: 'ltr',
    start_url: start,
    // The whole site, so the language switch stays inside the app.
    scope: '/',
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: ICONS,
  };
}

export default function webAppManifestPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale as LocaleCode;
  return {
    name: 'web-app-manifest',
    injectHtmlTags() {
      return {
        headTags: [
          { tagName: 'link', attributes: { rel: 'manifest', href: `${localePrefix(locale)}/${MANIFEST_FILE}` } },
          {
            tagName: 'meta',
            attributes: { name: 'theme-color', content: THEME_COLORS.light, media: '(prefers-color-scheme: light)' },
          },
          {
            tagName: 'meta',
            attributes: { name: 'theme-color', content: THEME_COLORS.dark, media: '(prefers-color-scheme: dark)' },
          },
          { tagName: 'link', attributes: { rel: 'apple-touch-icon', href: APPLE_TOUCH_ICON } },
        ],
      };
    },
    async postBuild({ outDir }) {
      await writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(webAppManifest(locale), null, 2)}\n`);
    },
  };
}
