/**
 * With JavaScript off (a reader's choice, a failed script, a text browser), every reading page shows its
 * heading and the whole of its statement text, its links are plain links that work, ¶ anchors resolve, the
 * language switch is there, and a short link still redirects (meta refresh).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { elementsOf, textOf } from '../../src/plugins/whole-site/html';
import { PARAGRAPH_COUNT, paragraphId, sectionOfParagraph, SECTIONS } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser, type Visit } from './support/browser';
import { READING_PAGES } from '../support/pages';

const browser = useBrowser();
const POINT_3 = sectionOfParagraph(6)!.path;
const CONTEXT = sectionOfParagraph(1)!.path;

/** The statement paragraphs a reading page shows: the full text has them all. */
function paragraphsOf(path: string): number[] {
  const section = SECTIONS.find((s) => s.path === path);
  if (section?.kind === 'full-text') return Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1);
  return [...(section?.paragraphs ?? [])];
}

/** The h1 of a page as the server sends it. */
async function headingAt(pathname: string): Promise<string> {
  const h1 = elementsOf(await (await fetch(`${baseUrl()}${pathname}`)).text()).find(
    (element) => element.tagName === 'h1',
  );
  const text = h1 ? textOf(h1).trim() : '';
  expect(text, `${pathname} has an h1`).not.toBe('');
  return text;
}

const openWithoutJavaScript = (): Promise<Visit> =>
  openPage(browser(), { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

/** The page's h1 and, for each ¶ or sentence id, whether it is shown and its text. */
async function readStatement(page: Page) {
  return page.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent?.trim() ?? '',
    passages: [...document.querySelectorAll<HTMLElement>('[id^="p"]')]
      .filter((element) => /^p\d+(-\d+)?$/.test(element.id))
      .map((element) => ({ id: element.id, text: element.innerText.trim(), shown: element.checkVisibility() })),
  }));
}

describe.each(LOCALES.map((l) => l))('without JavaScript, in $code', ({ code }) => {
  const prefix = localePrefix(code);

  it('every reading page shows its heading and all its statement text, with nothing left empty', async () => {
    const visit = await openWithoutJavaScript();
    try {
      for (const path of READING_PAGES) {
        const response = await visit.page.goto(`${baseUrl()}${prefix}${path === '/' && prefix ? '/' : path}`);
        expect(response?.status(), path).toBe(200);
        const { h1, passages } = await readStatement(visit.page);
        expect(h1, path).not.toBe('');
        // Nothing ran: what the reader sees is the server's HTML.
        await expect(visit.page.getAttribute('html', 'data-has-hydrated'), path).resolves.toBe('false');
        const paragraphs = passages.filter((passage) => !passage.id.includes('-'));
        expect(
          paragraphs.map((p) => p.id),
          path,
        ).toEqual(paragraphsOf(path).map(paragraphId));
        // Every paragraph has its sentences, and no ¶ or sentence is an empty placeholder or hidden.
        for (const n of paragraphsOf(path))
          expect(
            passages.some((p) => p.id === `${paragraphId(n)}-1`),
            `${path} ¶${n}`,
          ).toBe(true);
        expect(
          passages.filter((passage) => !passage.text || !passage.shown),
          path,
        ).toEqual([]);
      }
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('links in the navbar, the sidebar and the language switch are plain links that work, and ¶ anchors resolve', async () => {
    const visit = await openWithoutJavaScript();
    const heading = async () => (await visit.page.locator('h1').first().textContent())?.trim();
    try {
      await visit.page.goto(`${baseUrl()}${prefix}/`);
      await visit.page.locator(`.navbar a[href="${prefix}${CONTEXT}"]`).first().click();
      await visit.page.waitForURL(`**${prefix}${CONTEXT}`);
      await expect(heading()).resolves.toBe(await headingAt(`${prefix}${CONTEXT}`));

      await visit.page.locator(`.theme-doc-sidebar-menu a[href="${prefix}${POINT_3}"]`).click();
      await visit.page.waitForURL(`**${prefix}${POINT_3}`);
      await expect(heading()).resolves.toBe(await headingAt(`${prefix}${POINT_3}`));

      for (const other of LOCALES.filter((l) => l.code !== code)) {
        await expect(
          visit.page
            .locator(`.navbar a[lang="${other.htmlLang}"][href="${localePrefix(other.code)}${POINT_3}"]`)
            .count(),
          other.code,
        ).resolves.toBe(1);
      }
      const other = LOCALES.find((l) => l.code !== code)!;
      await visit.page.hover('.navbar .dropdown--hoverable');
      await visit.page.click(`.navbar a[lang="${other.htmlLang}"]`);
      await visit.page.waitForURL(`**${localePrefix(other.code)}${POINT_3}`);
      await expect(visit.page.getAttribute('html', 'lang')).resolves.toBe(other.htmlLang);

      await visit.page.goto(`${baseUrl()}${prefix}${POINT_3}#p6`);
      await expect(visit.page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('p6');
      // The ¶ number is a plain link to its paragraph; the menu button it becomes with JavaScript is hidden.
      await expect(visit.page.locator('#p6 a[href="#p6"]').isVisible()).resolves.toBe(true);
      await expect(visit.page.locator('#p6 button[aria-haspopup="menu"]').isVisible()).resolves.toBe(false);
      await visit.page.locator('#p6 a[href="#p6"]').click();
      await expect(visit.page.evaluate(() => window.location.hash)).resolves.toBe('#p6');
      await expect(visit.page.locator('#p6').isVisible()).resolves.toBe(true);
      await expect(visit.page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(0);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('a short link redirects to its sentence (meta refresh)', async () => {
    const visit = await openWithoutJavaScript();
    try {
      await visit.page.goto(`${baseUrl()}${prefix}/p/6-3`);
      await visit.page.waitForURL(`**${prefix}${POINT_3}#p6-3`);
      await expect(visit.page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('p6-3');
    } finally {
      await visit.close();
    }
  });
});
