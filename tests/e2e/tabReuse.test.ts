/**
 * The harness itself: `openPage` hands a closed visit's tab to the next visit (support/browser.ts), so every test
 * relies on that tab keeping nothing of the last one. A leak here would let one test pass or fail by another.
 */
import { describe, expect, it } from 'vitest';

import { baseUrl, goHydrated, openPage, useBrowser } from './support/browser';

const browser = useBrowser();
// Options no other test uses, so the tabs here are this file's own.
const OPTIONS = { locale: 'en-GB', viewport: { width: 1000, height: 700 } };

describe('a tab given back by a closed visit', () => {
  it('serves the next visit with the same options, with nothing of the last one left', async () => {
    const first = await openPage(browser(), OPTIONS);
    await first.page.addInitScript(() => {
      (window as unknown as { leaked: string }).leaked = 'init script';
    });
    await first.page.exposeFunction('leakedFunction', () => 1);
    await first.page.context().addCookies([{ name: 'leaked', value: '1', url: baseUrl() }]);
    await goHydrated(first.page, `${baseUrl()}/`);
    await first.page.evaluate(() => localStorage.setItem('leaked', '1'));
    expect(await first.page.evaluate(() => 'leaked' in window && 'leakedFunction' in window)).toBe(true);
    await first.close();

    const second = await openPage(browser(), { ...OPTIONS, viewport: { width: 375, height: 812 } });
    try {
      expect(second.page).toBe(first.page);
      expect(second.page.viewportSize()).toEqual({ width: 375, height: 812 });
      await goHydrated(second.page, `${baseUrl()}/`);
      const left = await second.page.evaluate(() => ({
        initScript: 'leaked' in window,
        exposedFunction: 'leakedFunction' in window,
        localStorage: localStorage.length,
        cookie: document.cookie,
      }));
      expect(left).toEqual({ initScript: false, exposedFunction: false, localStorage: 0, cookie: '' });
    } finally {
      await second.close();
    }
  });

  it('is not given to a visit that asks for a cold start, nor kept after emulated media', async () => {
    const first = await openPage(browser(), OPTIONS);
    await first.close();
    const cold = await openPage(browser(), OPTIONS, 'cold');
    expect(cold.page).not.toBe(first.page);
    await cold.page.emulateMedia({ colorScheme: 'dark' });
    await cold.close();
    expect(cold.page.isClosed()).toBe(true);
    const next = await openPage(browser(), OPTIONS);
    try {
      expect(next.page).toBe(first.page);
    } finally {
      await next.close();
    }
  });
});
