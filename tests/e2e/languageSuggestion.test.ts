import { describe, expect, it } from 'vitest';

import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, goHydrated, openPage, useBrowser } from './support/browser';

const browser = useBrowser();
const POINT_3 = sectionOfParagraph(6)!.path;

describe('the language suggestion', () => {
  it('offers a Russian reader the same passage in Russian, in Russian, and remembers a dismissal', async () => {
    const visit = await openPage(browser(), { locale: 'ru-RU' });
    try {
      await goHydrated(visit.page, `${baseUrl()}${POINT_3}#p6-3`);
      const banner = visit.page.locator('[data-language-suggestion="ru"]');
      await banner.waitFor();
      await expect(banner.getAttribute('lang')).resolves.toBe('ru');
      await expect(banner.textContent()).resolves.toContain('Эта страница есть и на русском языке.');
      await expect(banner.locator('a').getAttribute('href')).resolves.toBe(`/ru${POINT_3}#p6-3`);
      await banner.getByRole('button').click();
      await expect.poll(() => banner.count()).toBe(0);
      await visit.page.reload({ waitUntil: 'networkidle' });
      await visit.page.waitForSelector('html[data-has-hydrated="true"]');
      await expect(visit.page.locator('[data-language-suggestion]').count()).resolves.toBe(0);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('keeps the view the reader has: the parallel view’s languages, the search’s query, the passage', async () => {
    const visit = await openPage(browser(), { locale: 'ru-RU' });
    try {
      const link = visit.page.locator('[data-language-suggestion="ru"] a');
      await goHydrated(visit.page, `${baseUrl()}/parallel?langs=zh-Hans,en#p6-3`);
      await expect(link.getAttribute('href')).resolves.toBe('/ru/parallel?langs=zh-Hans,en#p6-3');
      await goHydrated(visit.page, `${baseUrl()}/search?q=Afghanistan`);
      await expect(link.getAttribute('href')).resolves.toBe('/ru/search?q=Afghanistan');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('offers a Chinese reader the Chinese edition and follows it to the same sentence', async () => {
    const visit = await openPage(browser(), { locale: 'zh-CN' });
    try {
      await goHydrated(visit.page, `${baseUrl()}/ru${POINT_3}#p6-3`);
      await visit.page.locator('[data-language-suggestion="zh-Hans"] a').click();
      await visit.page.waitForURL(`${baseUrl()}/zh-Hans${POINT_3}#p6-3`);
      await expect(visit.page.getAttribute('html', 'lang')).resolves.toBe('zh-Hans');
    } finally {
      await visit.close();
    }
  });

  it('stays away, with no layout shift, when the browser already prefers the page’s language', async () => {
    const visit = await openPage(browser(), { locale: 'en-GB' });
    try {
      await visit.page.goto(`${baseUrl()}${POINT_3}`, { waitUntil: 'networkidle' });
      await visit.page.waitForSelector('html[data-has-hydrated="true"]');
      await expect(visit.page.locator('[data-language-suggestion]').count()).resolves.toBe(0);
      const shift = await visit.page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(shift).toBe(0);
    } finally {
      await visit.close();
    }
  });

  it('stops suggesting after the reader switches language: the choice is the preferred language from then on', async () => {
    const visit = await openPage(browser(), { locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    try {
      const { page } = visit;
      await goHydrated(page, `${baseUrl()}/zh-Hans${POINT_3}`);
      await page.hover('.navbar__items--right .dropdown');
      await page.click('.navbar__items--right .dropdown a[lang="ru"]');
      await page.waitForURL(`${baseUrl()}/ru${POINT_3}`);
      for (const path of [POINT_3, '/parallel']) {
        await goHydrated(page, `${baseUrl()}/ru${path}`);
        // Long enough for the banner's own chunk to load, had it been wanted.
        await page.waitForTimeout(500);
        await expect(page.locator('[data-language-suggestion]').count(), path).resolves.toBe(0);
      }
      // On a page in another language, the language offered is the one chosen, not the browser's.
      await goHydrated(page, `${baseUrl()}${POINT_3}`);
      await page.locator('[data-language-suggestion="ru"]').waitFor();
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
