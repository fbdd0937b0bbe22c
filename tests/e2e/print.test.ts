import { mkdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, goHydrated, openPage, useBrowser } from './support/browser';
import { builtSiteUrl } from '../support/pages';

const browser = useBrowser();
const POINT_3 = sectionOfParagraph(6)!.path;

describe('printing', () => {
  it('prints the statement with ¶ numbers and the page address, without navigation or menus', async () => {
    const visit = await openPage(browser(), { viewport: { width: 800, height: 1100 } });
    try {
      await goHydrated(visit.page, `${baseUrl()}${POINT_3}`);
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await visit.page.emulateMedia({ media: 'print' });
      const shown = (selector: string) =>
        visit.page.$$eval(selector, (elements) => elements.some((e) => getComputedStyle(e).display !== 'none'));
      for (const hidden of [
        '.navbar',
        '.theme-doc-sidebar-container',
        '.pagination-nav',
        '.footer',
        '[role="menu"]',
        '.theme-doc-breadcrumbs',
      ]) {
        await expect(shown(hidden), hidden).resolves.toBe(false);
      }
      await expect(shown('#p6')).resolves.toBe(true);
      // The ¶ number itself (the open menu's items are buttons in #p6 too).
      await expect(visit.page.locator('#p6 button[aria-haspopup="menu"]').textContent()).resolves.toBe('¶6');
      const address = await visit.page.getByText('Printed from').textContent();
      expect(address).toBe(`Printed from ${await builtSiteUrl(baseUrl())}${POINT_3}`);
      mkdirSync('reports', { recursive: true });
      await visit.page.screenshot({ path: 'reports/print-point-3.png', fullPage: true });
    } finally {
      await visit.close();
    }
  });
});
