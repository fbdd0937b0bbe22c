import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { LOCALES, LOCALE_CODES, localeConfig, localePrefix, type LocaleCode } from '../../src/locales';
import { PARALLEL_PATH } from '../../src/sitePaths';
import { PARAGRAPH_COUNT } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser } from './support/browser';

const browser = useBrowser();

const parallelUrl = (locale: LocaleCode, rest = '') => `${baseUrl()}${localePrefix(locale)}${PARALLEL_PATH}${rest}`;

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]');
}

/** The columns as shown: each column's language (from its `lang`) in order, as the first paragraph has them. */
async function columns(page: Page): Promise<string[]> {
  return page.$$eval('#p1 [data-column]', (elements) => elements.map((e) => e.getAttribute('lang') ?? ''));
}

/** Whether the element with this id is shown and lies within the viewport. */
function inView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const element = document.getElementById(target);
    if (!element?.checkVisibility()) return false;
    const { top, bottom } = element.getBoundingClientRect();
    return bottom > 0 && top < window.innerHeight;
  }, id);
}

const langs = (page: Page) => new URL(page.url()).searchParams.get('langs');

describe('the parallel view', () => {
  it.each(LOCALES.map((l) => l))(
    'in $code shows every paragraph and sentence, the page’s language first, each column with its lang',
    async (locale) => {
      const visit = await openPage(browser(), { locale: locale.htmlLang });
      try {
        await visit.page.goto(parallelUrl(locale.code), { waitUntil: 'load' });
        await ready(visit.page);
        const expected = [locale.code, ...LOCALE_CODES.filter((c) => c !== locale.code)].map(
          (c) => localeConfig(c).htmlLang,
        );
        await expect.poll(() => columns(visit.page), { timeout: 10_000 }).toEqual(expected);
        await expect(visit.page.locator('section[id^="p"]').count()).resolves.toBe(PARAGRAPH_COUNT);
        const counts = await visit.page.$$eval('[data-column]', (elements) =>
          elements.map((e) => `${e.getAttribute('data-column')}:${e.querySelectorAll('[data-sentence]').length}`),
        );
        const perLanguage = (code: string) =>
          counts
            .filter((c) => c.startsWith(`${code}:`))
            .map((c) => c.split(':')[1])
            .join();
        expect(perLanguage('zh-Hans')).toBe(perLanguage('en'));
        expect(perLanguage('ru')).toBe(perLanguage('en'));
        await expect(visit.page.title()).resolves.not.toBe('');
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );

  it('puts the chosen languages in the URL and a reloaded URL restores the view', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    try {
      const { page } = visit;
      await page.goto(parallelUrl('en'), { waitUntil: 'load' });
      await ready(page);
      await page.getByRole('button', { name: 'Remove English' }).click();
      await page.waitForFunction(() => location.search === '?langs=zh-Hans,ru');
      await page.getByRole('button', { name: 'Move Русский left' }).click();
      await page.waitForFunction(() => location.search === '?langs=ru,zh-Hans');
      await expect.poll(() => columns(page), { timeout: 10_000 }).toEqual(['ru', 'zh-Hans']);
      await expect(page.getByRole('button', { name: 'Remove Русский' }).isDisabled()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Add English' }).click();
      await page.waitForFunction(() => location.search === '?langs=ru,zh-Hans,en');
      await page.reload({ waitUntil: 'load' });
      await ready(page);
      await expect.poll(() => columns(page), { timeout: 10_000 }).toEqual(['ru', 'zh-Hans', 'en']);
      expect(langs(page)).toBe('ru,zh-Hans,en');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('opens a shared view at its passage: ?langs=zh-Hans,ru#p6', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await visit.page.goto(parallelUrl('en', '?langs=zh-Hans,ru#p6'), { waitUntil: 'load' });
      await ready(visit.page);
      await expect.poll(() => columns(visit.page), { timeout: 10_000 }).toEqual(['zh-Hans', 'ru']);
      await visit.page.waitForFunction(() => {
        const top = document.getElementById('p6')!.getBoundingClientRect().top;
        return top >= 0 && top < window.innerHeight / 2;
      });
      expect(new URL(visit.page.url()).hash).toBe('#p6');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it.each([
    ['empty', '?langs=', null, ['en', 'zh-Hans', 'ru']],
    ['unknown', '?langs=xx', null, ['en', 'zh-Hans', 'ru']],
    ['duplicated', '?langs=en,en', 'en,zh-Hans', ['en', 'zh-Hans']],
    ['more than three', '?langs=ru,en,zh-Hans,en,xx', 'ru,en,zh-Hans', ['ru', 'en', 'zh-Hans']],
    ['in the wrong case', '?langs=ZH-HANS,Ru', 'zh-Hans,ru', ['zh-Hans', 'ru']],
  ])('turns a %s langs into a sensible view and a clean URL', async (_case, search, canonical, expected) => {
    const visit = await openPage(browser());
    try {
      await visit.page.goto(parallelUrl('en', search), { waitUntil: 'load' });
      await ready(visit.page);
      await visit.page.waitForFunction((want) => new URLSearchParams(location.search).get('langs') === want, canonical);
      await expect.poll(() => columns(visit.page), { timeout: 10_000 }).toEqual(expected);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('highlights a sentence’s counterparts in every column: from the address, by pointer and by keyboard', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    try {
      const { page } = visit;
      await page.goto(parallelUrl('en', '#p6-3'), { waitUntil: 'load' });
      await ready(page);
      const highlighted = () =>
        page.$$eval('[data-active]', (elements) =>
          elements.map(
            (e) => `${e.closest('[data-column]')!.getAttribute('data-column')}:${e.getAttribute('data-sentence')}`,
          ),
        );
      await expect.poll(highlighted, { timeout: 10_000 }).toEqual(['en:p6-3', 'zh-Hans:p6-3', 'ru:p6-3']);
      await expect(inView(page, 'p6-3')).resolves.toBe(true);
      await page.hover('[data-column="ru"] [data-sentence="p6-4"]');
      await expect.poll(highlighted).toEqual(['en:p6-4', 'zh-Hans:p6-4', 'ru:p6-4']);
      const sameRow = await page.$$eval(
        '[data-sentence="p6-4"]',
        (elements) => new Set(elements.map((e) => Math.round(e.getBoundingClientRect().top))).size,
      );
      expect(sameRow).toBe(1);
      await page.mouse.move(0, 0);
      await page.focus('[data-column="en"] [data-sentence="p6-1"]');
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.getAttribute('data-sentence'))).resolves.toBe('p6-2');
      await expect.poll(highlighted).toEqual(['en:p6-2', 'zh-Hans:p6-2', 'ru:p6-2']);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('on a 375 px phone stacks each paragraph’s languages, toggles to one language, and never scrolls sideways', async () => {
    const visit = await openPage(browser(), {
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
      locale: 'ru',
    });
    try {
      const { page } = visit;
      await page.goto(parallelUrl('ru'), { waitUntil: 'load' });
      await ready(page);
      const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      await expect(noSideways()).resolves.toBe(true);
      const stacked = await page.$$eval('#p6 [data-column]', (elements) =>
        elements.map((e) => Math.round(e.getBoundingClientRect().left)),
      );
      expect(new Set(stacked).size).toBe(1);
      await page.getByRole('group', { name: 'Показать' }).getByRole('button', { name: 'English' }).click();
      const shown = await page.$$eval('#p6 [data-column]', (elements) =>
        elements.filter((e) => e.getBoundingClientRect().height > 0).map((e) => e.getAttribute('data-column')),
      );
      expect(shown).toEqual(['en']);
      await expect(noSideways()).resolves.toBe(true);
      // The address of a sentence leads to its version in the language shown, not to a hidden column.
      await page.evaluate(() => (window.location.hash = '#p6-3'));
      await expect.poll(() => inView(page, 'p6-3'), { timeout: 10_000 }).toBe(true);
      await expect(
        page.locator('#p6-3').evaluate((e) => e.closest('[data-column]')!.getAttribute('data-column')),
      ).resolves.toBe('en');
      await expect(page.locator('#p6-3').getAttribute('data-active')).resolves.toBe('');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'in the %s theme keeps its sticky column header opaque over the whole width it scrolls over',
    async (colorScheme) => {
      const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 }, colorScheme });
      try {
        const { page } = visit;
        await page.goto(parallelUrl('en', '#p6'), { waitUntil: 'load' });
        await ready(page);
        await expect(page.getAttribute('html', 'data-theme')).resolves.toBe(colorScheme);
        const heads = page.locator('main [aria-hidden="true"][style*="--columns"]');
        const box = (await heads.boundingBox())!;
        const paragraph = (await page.locator('#p6').boundingBox())!;
        // The header is stuck under the navbar, with ¶6's text scrolling beneath it.
        await page.evaluate((top) => window.scrollBy(0, top), paragraph.y - box.y);
        const covered = await page.evaluate(() => {
          const header = document.querySelector<HTMLElement>('main [aria-hidden="true"][style*="--columns"]')!;
          const rect = header.getBoundingClientRect();
          const left = document.getElementById('p6')!.getBoundingClientRect().left;
          const y = rect.top + rect.height / 2;
          // The paragraph's number column (its gutter), its first and last language column.
          const points = [left + 8, left + 60, rect.right - 8].map((x) => document.elementFromPoint(x, y));
          return {
            background: getComputedStyle(header).backgroundColor,
            page: getComputedStyle(document.documentElement).backgroundColor,
            onTop: points.map((element) => element !== null && header.contains(element)),
          };
        });
        expect(covered.onTop).toEqual([true, true, true]);
        // An opaque colour: rgb(), or rgba() with alpha 1.
        expect(covered.background).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
        // The page's own colour in that theme: the header is seen as part of the page, not as a band.
        expect(covered.background).toBe(covered.page);
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );
});
