import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { GLOSSARY_PATH, PARALLEL_PATH } from '../../src/sitePaths';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser } from './support/browser';
import { READING_PAGES } from './support/pages';

const browser = useBrowser();

/** Every kind of page a reader can reach, and the 404 page. */
const PAGES = [...READING_PAGES, PARALLEL_PATH, GLOSSARY_PATH, '/search?q=SCO', '/no-such-page'];
const THEMES = ['light', 'dark'] as const;

/** axe's violations as short lines: rule, impact, and the first offending elements. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
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
}

describe.each(LOCALES.map((l) => l))('accessibility in $code', (locale) => {
  it.each(PAGES)('%s has no axe violation, in the light and the dark theme', async (path) => {
    const visit = await openPage(browser(), { locale: locale.htmlLang });
    try {
      await visit.page.goto(`${baseUrl()}${localePrefix(locale.code)}${path}`, { waitUntil: 'load' });
      await visit.page.waitForSelector('html[data-has-hydrated="true"]');
      for (const theme of THEMES) {
        await setTheme(visit.page, theme);
        expect(await violations(visit.page), `${locale.code}${path} ${theme}`).toEqual([]);
      }
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
        const controls = await page.$$eval(
          'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])',
          (elements) => elements.filter((e) => (e as HTMLElement).checkVisibility({ visibilityProperty: true })).length,
        );
        const seen: string[] = [];
        const hidden: string[] = [];
        for (let i = 0; i < controls; i++) {
          await page.keyboard.press('Tab');
          const state = await focused(page);
          seen.push(state.name);
          if (!state.visible) hidden.push(state.name);
        }
        expect(hidden, `controls without a visible focus on ${path}`).toEqual([]);
        expect(seen.filter((name) => name === 'body ').length).toBe(0);
      } finally {
        await visit.close();
      }
    },
  );
});
