import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, goHydrated, openPage, useBrowser } from './support/browser';

const browser = useBrowser();

const POINT_3 = sectionOfParagraph(6)!.path;

/** Where the element sits relative to the sticky navbar, and whether it is drawn highlighted. */
async function targetState(page: Page, id: string) {
  return page.evaluate((targetId) => {
    const element = document.getElementById(targetId)!;
    const navbar = document.querySelector('.navbar')!.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return {
      top: rect.top,
      navbarBottom: navbar.bottom,
      inViewport: rect.top < window.innerHeight,
      highlighted: style.outlineStyle === 'solid' && style.backgroundColor !== 'rgba(0, 0, 0, 0)',
    };
  }, id);
}

async function highlightedIds(page: Page): Promise<string[]> {
  return page.$$eval('[id^="p"]', (elements) =>
    elements.filter((e) => getComputedStyle(e).outlineStyle === 'solid').map((e) => e.id),
  );
}

describe('arriving at a sentence or paragraph anchor', () => {
  it('#p6-99 (no such sentence) shows and highlights ¶6; #p99 highlights nothing; neither errs', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await goHydrated(visit.page, `${baseUrl()}/statement/full-text#p6-99`);
      await visit.page.waitForFunction(() => document.getElementById('p6')?.classList.contains('statement-target'));
      expect(await highlightedIds(visit.page)).toEqual(['p6']);
      const state = await targetState(visit.page, 'p6');
      expect(state.top).toBeGreaterThanOrEqual(state.navbarBottom);
      expect(state.inViewport).toBe(true);
      await goHydrated(visit.page, `${baseUrl()}/statement/full-text#p99`);
      expect(await highlightedIds(visit.page)).toEqual([]);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('on first load, #p6-3 scrolls clear of the navbar and highlights that sentence only', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await goHydrated(visit.page, `${baseUrl()}${POINT_3}#p6-3`);
      await visit.page.waitForFunction(() => window.scrollY > 0);
      const state = await targetState(visit.page, 'p6-3');
      expect(state.highlighted).toBe(true);
      expect(state.inViewport).toBe(true);
      expect(state.top).toBeGreaterThanOrEqual(state.navbarBottom);
      expect(await highlightedIds(visit.page)).toEqual(['p6-3']);
    } finally {
      await visit.close();
    }
  });

  it('on a phone, #p6 lands below the navbar too', async () => {
    const visit = await openPage(browser(), { viewport: { width: 375, height: 740 }, isMobile: true });
    try {
      await goHydrated(visit.page, `${baseUrl()}${POINT_3}#p6`);
      // The scroll to the anchor follows hydration: check it once it has settled.
      await expect
        .poll(async () => {
          const { highlighted, top, navbarBottom } = await targetState(visit.page, 'p6');
          return highlighted && top >= navbarBottom;
        })
        .toBe(true);
    } finally {
      await visit.close();
    }
  });

  it('in the page, following a link to #p9 moves the highlight there, clear of the navbar', async () => {
    const visit = await openPage(browser());
    try {
      await goHydrated(visit.page, `${baseUrl()}/statement/full-text#p6-3`);
      await visit.page.evaluate(() => {
        const link = Object.assign(document.createElement('a'), { href: '#p9', textContent: 'to ¶9' });
        document.querySelector('article')!.prepend(link);
        link.click();
      });
      await visit.page.waitForFunction(() => window.location.hash === '#p9');
      // The scroll and the highlight follow the hash change: check them once they have settled.
      await expect.poll(() => highlightedIds(visit.page)).toEqual(['p9']);
      await expect
        .poll(async () => {
          const { top, navbarBottom } = await targetState(visit.page, 'p9');
          return top >= navbarBottom;
        })
        .toBe(true);
    } finally {
      await visit.close();
    }
  });

  it('through a client-side navigation from another page, highlights the linked sentence', async () => {
    const visit = await openPage(browser());
    try {
      await goHydrated(visit.page, `${baseUrl()}/`);
      await visit.page.click('a[href$="#p7-4"]');
      await visit.page.waitForFunction(() => window.location.hash === '#p7-4');
      await visit.page.waitForFunction(() => document.getElementById('p7-4')?.classList.contains('statement-target'));
      expect(await highlightedIds(visit.page)).toEqual(['p7-4']);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
