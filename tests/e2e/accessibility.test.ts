import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { GLOSSARY_PATH, PARALLEL_PATH } from '../../src/sitePaths';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, goHydrated, openPage, useBrowser, type Visit } from './support/browser';
import { DESKTOP, PHONE, THEMES, expectAccessibleInEitherTheme, setTheme } from './support/accessibility';
import { illegibleText } from './support/paintedContrast';
import { searchFromNavbar } from './support/search';

const browser = useBrowser();

const SEARCH_QUERY = { 'en': 'development bank', 'zh-Hans': '开发银行', 'ru': 'банк развития' } as const;
/** For each locale, another of the three that a reader's browser may prefer. */
const OTHER_LANGUAGE = { 'en': 'ru-RU', 'zh-Hans': 'en-US', 'ru': 'zh-CN' } as const;

describe.each(LOCALES.map((l) => l))('accessibility in $code', (locale) => {
  // One context per locale, reused by every page of it: each test is still a fresh navigation.
  let visit: Visit;
  beforeAll(async () => {
    visit = await openPage(browser(), { locale: locale.htmlLang, viewport: DESKTOP, reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await visit?.close();
  });

  it('the open ¶ menu has no axe violation', async () => {
    const { page } = visit;
    await goHydrated(page, `${baseUrl()}${localePrefix(locale.code)}${sectionOfParagraph(6)!.path}`);
    await page.click('#p6 button[aria-haspopup="menu"]');
    await page.getByRole('menu').waitFor();
    await expectAccessibleInEitherTheme(page, `${locale.code} ¶ menu`, 'open');
  });

  it('the open search dialog, with results, has no axe violation', async () => {
    const { page } = visit;
    await goHydrated(page, `${baseUrl()}${localePrefix(locale.code)}${sectionOfParagraph(6)!.path}`);
    await expect(searchFromNavbar(page, SEARCH_QUERY[locale.code])).resolves.not.toEqual([]);
    await expect(page.locator('dialog[open]').count()).resolves.toBe(1);
    await expectAccessibleInEitherTheme(page, `${locale.code} search dialog`, 'open');
  });

  it('the parallel view, with a column removed and, on a phone, one language chosen, stays legible', async () => {
    const { page } = visit;
    await goHydrated(page, `${baseUrl()}${localePrefix(locale.code)}${PARALLEL_PATH}`);
    const chips = page.locator('ol li[data-language]');
    await chips.last().getByRole('button').last().click();
    await expect(chips.count()).resolves.toBe(LOCALES.length - 1);
    await chips.first().scrollIntoViewIfNeeded();
    await expectAccessibleInEitherTheme(page, `${locale.code} parallel controls`, 'open');
    await page.setViewportSize(PHONE);
    await page.locator('button[aria-pressed]').nth(1).click();
    await expect(page.locator('button[aria-pressed="true"]').count()).resolves.toBe(1);
    for (const theme of THEMES) {
      await setTheme(page, theme);
      expect(await illegibleText(page, { wholePage: false }), `${locale.code} phone toggle ${theme}`).toEqual([]);
    }
    await page.setViewportSize(DESKTOP);
  });

  it('the language banner, shown to a reader whose browser prefers another language, has no axe violation', async () => {
    const other = await openPage(browser(), { locale: OTHER_LANGUAGE[locale.code] });
    try {
      await goHydrated(other.page, `${baseUrl()}${localePrefix(locale.code)}${sectionOfParagraph(6)!.path}`);
      await other.page.locator('[data-language-suggestion]').waitFor();
      await expectAccessibleInEitherTheme(other.page, `${locale.code} language banner`, 'open');
    } finally {
      await other.close();
    }
  });
});

describe('the legibility check', () => {
  it('catches text in a transparent colour: the pressed phone toggle of the parallel view before its fix', async () => {
    const visit = await openPage(browser(), { viewport: PHONE, colorScheme: 'light' });
    try {
      const { page } = visit;
      await goHydrated(page, `${baseUrl()}${PARALLEL_PATH}`);
      await page.locator('button[aria-pressed="true"]').scrollIntoViewIfNeeded();
      await expect(illegibleText(page, { wholePage: false })).resolves.toEqual([]);
      // Infima's own value, which the toggle's colour fell back to until src/css/custom.css set the page's white.
      await page.evaluate(() => document.documentElement.style.setProperty('--ifm-background-color', 'transparent'));
      const found = await illegibleText(page, { wholePage: false });
      expect(found).toContainEqual(expect.objectContaining({ text: 'All', problem: 'colour rgba(0, 0, 0, 0)' }));
    } finally {
      await visit.close();
    }
  });
});

/** What has focus, and whether it shows: an outline or a box shadow. */
async function focused(page: Page): Promise<{ name: string; visible: boolean; inMain: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : null;
    return {
      name: element ? `${element.tagName.toLowerCase()} ${(element.textContent ?? '').trim().slice(0, 30)}` : '',
      visible:
        !!style &&
        ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'),
      inMain: !!element?.closest('main'),
    };
  });
}

describe('keyboard', () => {
  it.each(LOCALES.map((l) => l))(
    'in $code: the first Tab reaches the skip link, which moves focus to the content',
    async (locale) => {
      const visit = await openPage(browser(), { locale: locale.htmlLang, viewport: DESKTOP, reducedMotion: 'reduce' });
      try {
        const { page } = visit;
        await page.goto(`${baseUrl()}${localePrefix(locale.code)}${sectionOfParagraph(6)!.path}`, {
          waitUntil: 'load',
        });
        await page.waitForSelector('html[data-has-hydrated="true"]');
        await page.keyboard.press('Tab');
        const skip = await focused(page);
        expect(skip.visible).toBe(true);
        await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
          '#__docusaurus_skipToContent_fallback',
        );
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
        const next = await focused(page);
        expect(next.inMain, next.name).toBe(true);
      } finally {
        await visit.close();
      }
    },
  );

  it.each([sectionOfParagraph(6)!.path, PARALLEL_PATH, GLOSSARY_PATH])(
    '%s: Tab reaches every control in order, each with a visible focus',
    async (path) => {
      const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
      try {
        const { page } = visit;
        await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
        await page.waitForSelector('html[data-has-hydrated="true"]');
        // The controls a reader can reach, in document order: Tab must visit exactly these, in this order.
        const FOCUSABLE =
          'a[href], button:not([disabled]), input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
        const controls = await page.$$eval(FOCUSABLE, (elements) =>
          elements
            .filter((e) => (e as HTMLElement).checkVisibility({ visibilityProperty: true }))
            .map((e, i) => {
              e.setAttribute('data-tab-order', String(i));
              return i;
            }),
        );
        expect(controls.length, path).toBeGreaterThan(10);
        // Each focus, as it happens: which control (-1: something that is not one), and whether it shows.
        await page.evaluate(() => {
          const log: { order: number; visible: boolean; name: string }[] = [];
          (window as unknown as { focusLog: typeof log }).focusLog = log;
          document.addEventListener('focusin', (event) => {
            const element = event.target as HTMLElement;
            const style = getComputedStyle(element);
            log.push({
              order: Number(element.getAttribute('data-tab-order') ?? '-1'),
              visible:
                (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
              name: `${element.tagName.toLowerCase()} ${(element.textContent ?? '').trim().slice(0, 30)}`,
            });
          });
        });
        for (let i = 0; i < controls.length; i++) await page.keyboard.press('Tab');
        const log = await page.evaluate(
          () => (window as unknown as { focusLog: { order: number; visible: boolean; name: string }[] }).focusLog,
        );
        const order = log.map((entry) => entry.order);
        const hidden = log.filter((entry) => !entry.visible).map((entry) => entry.name);
        expect(hidden, `controls without a visible focus on ${path}`).toEqual([]);
        expect(order, `focus order on ${path}`).toEqual(controls);
      } finally {
        await visit.close();
      }
    },
  );
});
