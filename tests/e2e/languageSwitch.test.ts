import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { sectionOfParagraph, SECTIONS } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser, waitForHydration } from './support/browser';
import { READING_PAGES } from '../support/pages';

const browser = useBrowser();

const POINT_3 = sectionOfParagraph(6)!.path;
const PAIRS = LOCALES.flatMap((from) => LOCALES.filter((to) => to !== from).map((to) => ({ from, to })));

/** A passage to arrive at on each page: its first paragraph's second sentence, or none on the landing page. */
function anchorOf(path: string): string {
  const section = SECTIONS.find((s) => s.path === path);
  const first = section?.kind === 'full-text' ? 9 : section?.paragraphs[0];
  return first ? `#p${first}-1` : '';
}

describe('the navbar language dropdown', () => {
  it.each(PAIRS)(
    'from $from.code at #p6-3, clicked, lands on the same sentence in $to.code, highlighted',
    async ({ from, to }) => {
      const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
      try {
        await visit.page.goto(`${baseUrl()}${localePrefix(from.code)}${POINT_3}#p6-3`, { waitUntil: 'networkidle' });
        await waitForHydration(visit.page);
        await visit.page.hover('.navbar__items--right .dropdown');
        await visit.page.click(`.navbar__items--right .dropdown a[lang="${to.htmlLang}"]`);
        await visit.page.waitForURL(`${baseUrl()}${localePrefix(to.code)}${POINT_3}#p6-3`);
        await visit.page.waitForLoadState('networkidle');
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

  it.each(LOCALES.map((l) => l))(
    'on every page in $code, offers every other locale at the same page and anchor',
    async (from) => {
      const visit = await openPage(browser());
      try {
        for (const path of READING_PAGES) {
          const anchor = anchorOf(path);
          await visit.page.goto(`${baseUrl()}${localePrefix(from.code)}${path === '/' ? '/' : path}${anchor}`, {
            waitUntil: 'load',
          });
          await visit.page.waitForSelector('html[data-has-hydrated="true"]');
          for (const to of LOCALES.filter((l) => l !== from)) {
            const href = await visit.page.getAttribute(
              `.navbar__items--right .dropdown a[lang="${to.htmlLang}"]`,
              'href',
            );
            const expected = `${localePrefix(to.code)}${path === '/' ? '/' : path}${anchor}`;
            expect(href, `${from.code}${path} → ${to.code}`).toBe(expected);
            const response = await fetch(`${baseUrl()}${expected.split('#')[0]}`);
            expect(response.status).toBe(200);
            // The anchor is in the served page, however the minifier quotes the attribute.
            if (anchor)
              expect(await response.text(), expected).toMatch(new RegExp(`\\sid=(["']?)${anchor.slice(1)}\\1[\\s>]`));
          }
        }
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );
});
