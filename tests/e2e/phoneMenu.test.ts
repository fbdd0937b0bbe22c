/**
 * The phone menu (the navbar's ☰): its panel is mounted only when it first opens (src/theme/Navbar/MobileSidebar),
 * and the desktop sidebar and table of contents stay in the page, hidden (src/theme/DocSidebar,
 * src/theme/DocItem/Layout). A reader on a phone still gets the whole menu: the statement's pages, the navbar's
 * links and the language list.
 */
import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, goHydrated, openPage, useBrowser } from './support/browser';

const browser = useBrowser();

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
const POINT_3 = sectionOfParagraph(6)!.path;
const POINT_4 = sectionOfParagraph(7)!.path;

describe('the phone menu', () => {
  it.each(LOCALES.map((l) => l))('in $code leaves the site title clear of the search button', async (locale) => {
    const visit = await openPage(browser(), PHONE);
    try {
      await visit.page.goto(`${baseUrl()}${localePrefix(locale.code)}/`, { waitUntil: 'load' });
      const title = await visit.page.locator('.navbar__title').boundingBox();
      const search = await visit.page.locator('button[aria-keyshortcuts]').boundingBox();
      expect(title!.width).toBeGreaterThan(100);
      expect(title!.x + title!.width).toBeLessThanOrEqual(search!.x);
    } finally {
      await visit.close();
    }
  });

  it.each(LOCALES.map((l) => l))(
    'in $code opens on the statement’s pages, slides fully in, and its links work',
    async (locale) => {
      const prefix = localePrefix(locale.code);
      const visit = await openPage(browser(), PHONE);
      try {
        const { page } = visit;
        await goHydrated(page, `${baseUrl()}${prefix}${POINT_3}`);

        // Hidden on a phone, yet never removed: the desktop sidebar and table of contents.
        await expect(page.locator('.theme-doc-sidebar-container').isVisible()).resolves.toBe(false);
        await expect(page.locator('.theme-doc-toc-desktop').count()).resolves.toBe(1);
        await expect(page.locator('.theme-doc-toc-desktop').isVisible()).resolves.toBe(false);
        await expect(page.locator('.navbar-sidebar').count()).resolves.toBe(0);

        await page.locator('button.navbar__toggle').click();
        const panel = page.locator('.navbar-sidebar');
        await panel.waitFor({ state: 'visible' });
        // The statement's pages come first (the docs sidebar), fully on screen once the slide ends.
        const pointLink = panel.locator(`a[href="${prefix}${POINT_4}"]`);
        await pointLink.waitFor({ state: 'visible' });
        await expect.poll(async () => (await panel.boundingBox())?.x, { timeout: 5_000 }).toBe(0);
        await pointLink.click();
        await page.waitForURL(`${baseUrl()}${prefix}${POINT_4}`);
        await expect.poll(() => page.locator('html.navbar-sidebar--show, .navbar-sidebar--show').count()).toBe(0);

        // Back to the main menu: the navbar's items and the languages.
        await page.locator('button.navbar__toggle').click();
        await panel.locator('.navbar-sidebar__back').click();
        const other = LOCALES.find((l) => l.code !== locale.code)!;
        const primary = panel.locator('.navbar-sidebar__item').first();
        await primary.locator('.menu__link--sublist').click();
        const languageLink = primary.locator(`a[lang="${other.htmlLang}"]`);
        await languageLink.waitFor({ state: 'visible' });
        await languageLink.click();
        await page.waitForURL(`${baseUrl()}${localePrefix(other.code)}${POINT_4}`);
        await expect(page.getAttribute('html', 'lang')).resolves.toBe(other.htmlLang);
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );

  it.each(LOCALES.map((l) => l))(
    'in $code offers the languages at once on a docs page: one tap to the same passage in another',
    async (locale) => {
      const visit = await openPage(browser(), PHONE);
      try {
        const { page } = visit;
        await goHydrated(page, `${baseUrl()}${localePrefix(locale.code)}${POINT_3}#p6-3`);
        await page.locator('button.navbar__toggle').click();
        const panel = page.locator('.navbar-sidebar');
        const other = LOCALES.find((l) => l.code !== locale.code)!;
        const languageLink = panel.locator(`a[lang="${other.htmlLang}"]`);
        await languageLink.waitFor({ state: 'visible' });
        await expect(panel.locator(`a[lang="${locale.htmlLang}"][aria-current="page"]`).isVisible()).resolves.toBe(
          true,
        );
        await languageLink.tap();
        await page.waitForURL(`${baseUrl()}${localePrefix(other.code)}${POINT_3}#p6-3`);
        await expect(page.getAttribute('html', 'lang')).resolves.toBe(other.htmlLang);
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );
});

describe('the navbar', () => {
  it.each([
    { locale: 'ru', path: '/statement/full-text', current: ['Полный текст'] },
    { locale: 'ru', path: POINT_3, current: ['Сообщение'] },
    { locale: 'en', path: '/statement/full-text', current: ['Full text'] },
    { locale: 'zh-Hans', path: '/statement/context', current: ['新闻稿'] },
  ] as const)('on $locale $path marks only $current as current', async ({ locale, path, current }) => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await goHydrated(visit.page, `${baseUrl()}${localePrefix(locale)}${path}`);
      const active = await visit.page.$$eval(
        '.navbar__items:not(.navbar__items--right) .navbar__link--active',
        (links) => links.map((link) => link.textContent?.trim()),
      );
      expect(active).toEqual(current);
    } finally {
      await visit.close();
    }
  });
});
