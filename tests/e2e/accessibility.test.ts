import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { GLOSSARY_PATH, PARALLEL_PATH } from '../../src/sitePaths';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser, type Visit } from './support/browser';
import { READING_PAGES } from './support/pages';
import { searchFromNavbar } from './support/search';

const browser = useBrowser();

/** Every kind of page a reader can reach, and the 404 page. */
const PAGES = [...READING_PAGES, PARALLEL_PATH, GLOSSARY_PATH, '/search?q=SCO', '/no-such-page'];
const THEMES = ['light', 'dark'] as const;

/** The rules a theme can break: the themes differ in colours only. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations as short lines: rule, impact, and the first offending elements. `rules` limits the run to
 * those rules; axe then also skips collecting every passing node (`resultTypes`), which is most of its time.
 */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`)
        .join(' | ')}`,
  );
}

async function setTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.setAttribute('data-theme', value);
  }, theme);
  // Colours change with a CSS transition: check the settled colours, not a frame in between.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished),
    ),
  );
}

/**
 * The theme switch is an attribute on <html>: the same page is checked in both without a reload, with every rule
 * in the first theme and the colour rules in the other.
 */
async function expectNoViolationInEitherTheme(page: Page, label: string): Promise<void> {
  for (const [i, theme] of THEMES.entries()) {
    await setTheme(page, theme);
    expect(await violations(page, i === 0 ? undefined : COLOUR_RULES), `${label} ${theme}`).toEqual([]);
  }
}

async function goHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
}

const SEARCH_QUERY = { 'en': 'development bank', 'zh-Hans': '开发银行', 'ru': 'банк развития' } as const;
/** For each locale, another of the three that a reader's browser may prefer. */
const OTHER_LANGUAGE = { 'en': 'ru-RU', 'zh-Hans': 'en-US', 'ru': 'zh-CN' } as const;

describe.each(LOCALES.map((l) => l))('accessibility in $code', (locale) => {
  // One context per locale, reused by every page of it: each test is still a fresh navigation.
  let visit: Visit;
  beforeAll(async () => {
    visit = await openPage(browser(), { locale: locale.htmlLang });
  });
  afterAll(async () => {
    await visit?.close();
  });

  it.each(PAGES)('%s has no axe violation, in the light and the dark theme', async (path) => {
    await goHydrated(visit.page, `${baseUrl()}${localePrefix(locale.code)}${path}`);
    await expectNoViolationInEitherTheme(visit.page, `${locale.code}${path}`);
  });

  it('the open ¶ menu has no axe violation', async () => {
    const { page } = visit;
    await goHydrated(page, `${baseUrl()}${localePrefix(locale.code)}${sectionOfParagraph(6)!.path}`);
    await page.click('#p6 button[aria-haspopup="menu"]');
    await page.getByRole('menu').waitFor();
    await expectNoViolationInEitherTheme(page, `${locale.code} ¶ menu`);
  });

  it('the open search dialog, with results, has no axe violation', async () => {
    const { page } = visit;
    await goHydrated(page, `${baseUrl()}${localePrefix(locale.code)}${sectionOfParagraph(6)!.path}`);
    await expect(searchFromNavbar(page, SEARCH_QUERY[locale.code])).resolves.not.toEqual([]);
    await expect(page.locator('dialog[open]').count()).resolves.toBe(1);
    await expectNoViolationInEitherTheme(page, `${locale.code} search dialog`);
  });

  it('the language banner, shown to a reader whose browser prefers another language, has no axe violation', async () => {
    const other = await openPage(browser(), { locale: OTHER_LANGUAGE[locale.code] });
    try {
      await goHydrated(other.page, `${baseUrl()}${localePrefix(locale.code)}${sectionOfParagraph(6)!.path}`);
      await other.page.locator('[data-language-suggestion]').waitFor();
      await expectNoViolationInEitherTheme(other.page, `${locale.code} language banner`);
    } finally {
      await other.close();
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
      const visit = await openPage(browser(), { locale: locale.htmlLang });
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
        const order: number[] = [];
        const hidden: string[] = [];
        for (let i = 0; i < controls.length; i++) {
          await page.keyboard.press('Tab');
          const state = await focused(page);
          // -1: focus went to something that is not one of the controls (the body, an unexpected element).
          order.push(Number(await page.evaluate(() => document.activeElement?.getAttribute('data-tab-order') ?? '-1')));
          if (!state.visible) hidden.push(state.name);
        }
        expect(hidden, `controls without a visible focus on ${path}`).toEqual([]);
        expect(order, `focus order on ${path}`).toEqual(controls);
      } finally {
        await visit.close();
      }
    },
  );
});
