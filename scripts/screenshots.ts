/**
 * Screenshots of the built site for looking at it: every given path in every locale, light and dark,
 * desktop (1280 px) and phone (375 px), into reports/screenshots/. Serves build/ itself.
 *
 *   npm run screenshots -- / /statement/five-points/point-3#p6-3
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { launchBrowser } from './lib/chromium';
import { LOCALES, localePrefix } from '../src/locales';
import { startStaticServer } from './lib/staticServer';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740 },
] as const;
const THEMES = ['light', 'dark'] as const;

/**
 * The site sets Chinese in the reader's own system fonts (nothing is downloaded), and a bare Debian has none: its
 * screenshots would show boxes where the Chinese text is, which is this machine's lack, not the site's.
 */
function warnWithoutChineseFont(): void {
  const fonts = spawnSync('fc-list', [':lang=zh-cn'], { encoding: 'utf8' });
  if (fonts.error || !fonts.stdout.trim())
    console.warn('No Chinese font on this machine: Chinese will show as boxes (apt-get install fonts-noto-cjk).');
}

async function main(paths: string[]): Promise<void> {
  warnWithoutChineseFont();
  const out = path.resolve('reports/screenshots');
  mkdirSync(out, { recursive: true });
  const server = await startStaticServer({ root: 'build' });
  const browser = await launchBrowser();
  try {
    for (const pagePath of paths.length ? paths : ['/']) {
      for (const { code, htmlLang } of LOCALES) {
        for (const theme of THEMES) {
          for (const viewport of VIEWPORTS) {
            // A reader of this locale, so the language suggestion (for readers of another) stays away.
            const context = await browser.newContext({
              viewport,
              colorScheme: theme,
              isMobile: viewport.name === 'phone',
              locale: htmlLang,
            });
            const page = await context.newPage();
            await page.goto(`${server.url}${localePrefix(code)}${pagePath}`, { waitUntil: 'networkidle' });
            await page.waitForSelector('html[data-has-hydrated="true"]');
            // A search page shows what a reader waits for: its results (the network can be quiet before them).
            if (pagePath.includes('?q=')) await page.waitForSelector('main [role="status"][data-search-status="done"]');
            const name = `${code}${pagePath.replace(/[^\w-]+/g, '_')}-${viewport.name}-${theme}.png`;
            await page.screenshot({ path: path.join(out, name), fullPage: process.env.FULL_PAGE === '1' });
            await context.close();
            console.log(path.join('reports/screenshots', name));
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main(process.argv.slice(2));
