import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, goHydrated, openPage, useBrowser, waitForHydration } from './support/browser';

const browser = useBrowser();

const POINT_3 = sectionOfParagraph(6)!.path;
const PAIRS = LOCALES.flatMap((from) => LOCALES.filter((to) => to !== from).map((to) => ({ from, to })));

describe('the navbar language dropdown', () => {
  it.each(PAIRS)(
    'from $from.code at #p6-3, clicked, lands on the same sentence in $to.code, highlighted',
    async ({ from, to }) => {
      const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
      try {
        await goHydrated(visit.page, `${baseUrl()}${localePrefix(from.code)}${POINT_3}#p6-3`);
        await visit.page.hover('.navbar__items--right .dropdown');
        await visit.page.click(`.navbar__items--right .dropdown a[lang="${to.htmlLang}"]`);
        await visit.page.waitForURL(`${baseUrl()}${localePrefix(to.code)}${POINT_3}#p6-3`);
        await waitForHydration(visit.page);
        await expect(visit.page.getAttribute('html', 'lang')).resolves.toBe(to.htmlLang);
        const state = await visit.page.evaluate(() => {
          const element = document.getElementById('p6-3')!;
          const rect = element.getBoundingClientRect();
          return {
            highlighted: getComputedStyle(element).outlineStyle === 'solid',
            visible:
              rect.top >= document.querySelector('.navbar')!.getBoundingClientRect().bottom &&
              rect.top < window.innerHeight,
          };
        });
        expect(state).toEqual({ highlighted: true, visible: true });
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );
});
