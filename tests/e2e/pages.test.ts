import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { DEFAULT_LOCALE, LOCALES, localeConfig, localePrefix } from '../../src/locales';
import { GLOSSARY_PATH, PARALLEL_PATH } from '../../src/sitePaths';
import { CORRECTIONS_PATH } from '../../src/statement/correctionsFeed';
import { SECTIONS, paragraphId } from '../../src/statement/model';
import { expectedSentenceIds } from '../support/sentenceCounts';
import { englishPairs, untranslatedRuns } from '../support/untranslated';
import { baseUrl, openPage, useBrowser } from './support/browser';

const allParagraphs = Array.from({ length: 15 }, (_, i) => i + 1);

/** Every page of an edition, the statement paragraphs it shows and whether they carry the ¶ menu. */
const PAGES = [
  { path: '/', paragraphs: [] as number[], menu: false },
  ...SECTIONS.map((s) => ({
    path: s.path,
    paragraphs: s.kind === 'full-text' ? allParagraphs : [...s.paragraphs],
    menu: true,
  })),
  { path: PARALLEL_PATH, paragraphs: allParagraphs, menu: false },
  { path: GLOSSARY_PATH, paragraphs: [] as number[], menu: false },
  { path: CORRECTIONS_PATH, paragraphs: [] as number[], menu: false },
];

const browser = useBrowser();

/** The English page's title as served (the first `<title>` of its HTML), whatever order the tests run in. */
async function englishTitle(path: string): Promise<string> {
  const html = await (await fetch(`${baseUrl()}${path}`)).text();
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  return title
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * Everything a reader sees or hears on the page in the page's language: text, titles, accessible names, alt
 * texts, meta description. Passages marked as another language (`lang`), such as a parallel column, are left out.
 */
async function readableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const inPageLanguage = (element: Element) =>
      (element.closest('[lang]')?.getAttribute('lang') ?? pageLang) === pageLang &&
      !element.closest('script, style, noscript');
    const texts = [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      if (parent && inPageLanguage(parent) && parent.checkVisibility())
        texts.push(walker.currentNode.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (inPageLanguage(element))
        texts.push(...['aria-label', 'title', 'alt', 'placeholder'].map((a) => element.getAttribute(a) ?? ''));
    }
    return texts;
  });
}

/** The English page's readable text: needed only to spot English in a translation written in Latin script. */
async function englishText(path: string): Promise<string[]> {
  const visit = await openPage(browser());
  try {
    await visit.page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
    await visit.page.waitForSelector('html[data-has-hydrated="true"]');
    return await readableText(visit.page);
  } finally {
    await visit.close();
  }
}

describe.each(LOCALES.map((l) => l))('every page in $code', (locale) => {
  it.each(PAGES)(
    '$path has the same ¶ and sentence ids as every locale, its language, and no error or foreign request',
    async ({ path, paragraphs, menu }) => {
      // A reader whose browser prefers this locale, so the language suggestion rightly stays away.
      const visit = await openPage(browser(), { locale: locale.htmlLang });
      try {
        const response = await visit.page.goto(`${baseUrl()}${localePrefix(locale.code)}${path}`, {
          waitUntil: 'load',
        });
        await visit.page.waitForSelector('html[data-has-hydrated="true"]');
        expect(response?.status()).toBe(200);
        await expect(visit.page.getAttribute('html', 'lang')).resolves.toBe(locale.htmlLang);
        await expect(visit.page.locator('h1').first().textContent()).resolves.toBeTruthy();

        const ids = await visit.page.$$eval('[id^="p"]', (elements) =>
          elements.map((e) => e.id).filter((id) => /^p\d+(-\d+)?$/.test(id)),
        );
        expect(ids.sort()).toEqual(paragraphs.flatMap((n) => [`p${n}`, ...expectedSentenceIds(n)]).sort());
        for (const n of menu ? paragraphs : []) {
          const button = visit.page.locator(`#${paragraphId(n)} button[aria-haspopup="menu"]`);
          await expect(button.textContent()).resolves.toBe(`¶${n}`);
          await expect(button.isVisible()).resolves.toBe(true);
          // The link it stands in for once the page is interactive (see the test without JavaScript).
          await expect(visit.page.locator(`#${paragraphId(n)} a[href="#${paragraphId(n)}"]`).isVisible()).resolves.toBe(
            false,
          );
        }

        const title = await visit.page.title();
        const description = await visit.page.getAttribute('meta[name="description"]', 'content');
        expect(title).toBeTruthy();
        expect(description).toBeTruthy();
        if (locale.code !== DEFAULT_LOCALE) {
          const english = await englishTitle(path);
          expect(english).toMatch(/\S/);
          expect(title).not.toBe(english);
          const englishWords =
            localeConfig(locale.code).script === 'Latn' ? englishPairs(await englishText(path)) : new Set<string>();
          const untranslated = (await readableText(visit.page)).flatMap((text) =>
            untranslatedRuns(text, locale.code, englishWords),
          );
          expect(untranslated, `untranslated English on ${locale.code}${path}`).toEqual([]);
        }
        expect(visit.errors).toEqual([]);
        expect(visit.foreignRequests).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );

  it('an unknown URL answers 404 with the 404 page in this language', async () => {
    const visit = await openPage(browser());
    try {
      const response = await visit.page.goto(`${baseUrl()}${localePrefix(locale.code)}/statement/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(visit.page.getAttribute('html', 'lang')).resolves.toBe(locale.htmlLang);
      const heading = await visit.page.locator('h1').textContent();
      if (locale.code === DEFAULT_LOCALE) expect(heading).toMatch(/Page Not Found/);
      else expect(untranslatedRuns(heading ?? '', locale.code, englishPairs(['Page Not Found']))).toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('the landing page', () => {
  it('links to every section and every point, and marks the key figures as editorial', async () => {
    const visit = await openPage(browser());
    try {
      await visit.page.goto(`${baseUrl()}/`);
      const links = await visit.page.$$eval('main a[href]', (anchors) => anchors.map((a) => a.getAttribute('href')));
      for (const section of SECTIONS) expect(links, section.path).toContain(section.path);
      await expect(visit.page.locator('[data-editorial]').filter({ hasText: '1,000' }).count()).resolves.toBe(1);
    } finally {
      await visit.close();
    }
  });
});
