/**
 * Prefetch on intent (src/clientModules/prefetchOnIntent.ts): no page's code is fetched because its link
 * scrolled into view; pointing at a link, or focusing it from the keyboard, fetches that page's code.
 */
import { describe, expect, it } from 'vitest';

import { GLOSSARY_PATH } from '../../src/sitePaths';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser } from './support/browser';

const browser = useBrowser();
const POINT_3 = sectionOfParagraph(6)!.path;
const OUTCOMES = sectionOfParagraph(15)!.path;

describe('prefetch', () => {
  it('fetches nothing before intent, then a page’s code when its link is hovered or focused', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      const { page } = visit;
      await page.goto(`${baseUrl()}${POINT_3}`, { waitUntil: 'networkidle' });
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/assets/js/')) scripts.push(request.url());
      });

      // Every sidebar and navbar link is in view, and stays so while the reader scrolls through the page.
      await expect(page.locator(`.theme-doc-sidebar-menu a[href="${OUTCOMES}"]`).isVisible()).resolves.toBe(true);
      // Scrolled without moving the pointer: a pointer passing over a link (a glossary term) would be intent.
      for (let y = 0; y < 4; y++) {
        await page.evaluate(() => window.scrollBy(0, 600));
        await page.waitForTimeout(250);
      }
      await page.waitForTimeout(1_000);
      expect(scripts, 'code fetched without intent').toEqual([]);
      await expect(page.locator('link[rel="prefetch"]').count()).resolves.toBe(0);

      await page.locator(`.theme-doc-sidebar-menu a[href="${OUTCOMES}"]`).hover();
      await expect.poll(() => scripts.length, { message: 'code fetched on hover' }).toBeGreaterThan(0);

      const afterHover = scripts.length;
      await page.locator(`.navbar a[href="${GLOSSARY_PATH}"]`).first().focus();
      await expect.poll(() => scripts.length, { message: 'code fetched on focus' }).toBeGreaterThan(afterHover);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
