/**
 * Every page of every edition, visited once in a reader's browser, with everything that holds for each: the
 * statement's ¶ and sentence ids, the page's language and translated text, its sharing metadata, no error or
 * foreign request, and its accessibility (axe, and the legibility of every text) in both themes. One context per
 * locale: each test is a fresh navigation, with the site's assets cached as a reader's browser has them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_LOCALE, LOCALES, localeConfig, localePrefix } from '../../src/locales';
import { GLOSSARY_PATH, PARALLEL_PATH } from '../../src/sitePaths';
import { CORRECTIONS_PATH } from '../../src/statement/correctionsFeed';
import { SECTIONS, paragraphId } from '../../src/statement/model';
import { expectedSentenceIds } from '../support/frozenMap';
import { englishPairs, untranslatedRuns } from '../support/untranslated';
import { DESKTOP, expectAccessibleInEitherTheme } from './support/accessibility';
import { baseUrl, goHydrated, openPage, useBrowser, type Visit } from './support/browser';
import { expectSharingMetadata } from './support/metadata';

const allParagraphs = Array.from({ length: 15 }, (_, i) => i + 1);

interface PageKind {
  path: string;
  /** The statement paragraphs it shows, and whether they carry the ¶ menu. */
  paragraphs: number[];
  menu: boolean;
  /** A reading page: it has the sharing metadata. */
  reading: boolean;
  status: number;
}

const none = { paragraphs: [] as number[], menu: false, reading: false, status: 200 };

/** Every page of an edition, and the 404 page. */
const PAGES: PageKind[] = [
  { ...none, path: '/', reading: true },
  ...SECTIONS.map((s) => ({
    ...none,
    path: s.path,
    paragraphs: s.kind === 'full-text' ? allParagraphs : [...s.paragraphs],
    menu: true,
    reading: true,
  })),
  { ...none, path: PARALLEL_PATH, paragraphs: allParagraphs },
  { ...none, path: GLOSSARY_PATH },
  { ...none, path: CORRECTIONS_PATH },
  { ...none, path: '/search?q=SCO' },
  { ...none, path: '/statement/no-such-page', status: 404 },
];

const browser = useBrowser();

/** A passage to open a reading page at: its first paragraph's first sentence (¶9's on the full text), as frozen. */
function anchorOf(path: string): string {
  const section = SECTIONS.find((s) => s.path === path);
  const first = section?.kind === 'full-text' ? 9 : section?.paragraphs[0];
  return first ? `#${expectedSentenceIds(first)[0]}` : '';
}

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
    await goHydrated(visit.page, `${baseUrl()}${path}`);
    return await readableText(visit.page);
  } finally {
    await visit.close();
  }
}

describe.each(LOCALES.map((l) => l))('every page in $code', (locale) => {
  // A reader whose browser prefers this locale, so the language suggestion rightly stays away.
  let visit: Visit;
  beforeAll(async () => {
    // Reduced motion: the theme switches without a transition to wait out; the colours are the same.
    visit = await openPage(browser(), { locale: locale.htmlLang, viewport: DESKTOP, reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await visit?.close();
  });

  it.each(PAGES)(
    '$path: its ids, language, translation, metadata and accessibility, without an error or a foreign request',
    async ({ path, paragraphs, menu, reading, status }) => {
      const { page } = visit;
      const [errors, foreign] = [visit.errors.length, visit.foreignRequests.length];
      // A reading page is opened at a sentence, as a shared link opens it.
      const anchor = reading ? anchorOf(path) : '';
      const response = await goHydrated(page, `${baseUrl()}${localePrefix(locale.code)}${path}${anchor}`);
      expect(response?.status()).toBe(status);
      await expect(page.getAttribute('html', 'lang')).resolves.toBe(locale.htmlLang);
      const heading = (await page.locator('h1').first().textContent()) ?? '';
      expect(heading).toBeTruthy();

      const ids = await page.$$eval('[id^="p"]', (elements) =>
        elements.map((e) => e.id).filter((id) => /^p\d+(-\d+)?$/.test(id)),
      );
      expect(ids.sort()).toEqual(paragraphs.flatMap((n) => [`p${n}`, ...expectedSentenceIds(n)]).sort());
      // Each paragraph's one ¶ button, shown, and hidden the link it stands in for once the page is interactive
      // (see the test without JavaScript): read in one step, as a reader sees the page at once.
      const menus = await page.evaluate(
        (ids) =>
          ids.map((id) => {
            const shown = (element: Element | undefined) => {
              const box = element?.getBoundingClientRect();
              return !!box && box.width > 0 && box.height > 0 && element!.checkVisibility({ visibilityProperty: true });
            };
            const buttons = [...document.querySelectorAll(`#${id} button[aria-haspopup="menu"]`)];
            return {
              buttons: buttons.map((button) => button.textContent),
              shown: shown(buttons[0]),
              linkShown: shown(document.querySelector(`#${id} a[href="#${id}"]`) ?? undefined),
            };
          }),
        (menu ? paragraphs : []).map(paragraphId),
      );
      expect(menus).toEqual(
        (menu ? paragraphs : []).map((n) => ({ buttons: [`¶${n}`], shown: true, linkShown: false })),
      );

      const title = await page.title();
      expect(title).toBeTruthy();
      // A page to read has a description for search engines and link previews; the 404 page is neither.
      if (status === 200) await expect(page.getAttribute('meta[name="description"]', 'content')).resolves.toBeTruthy();
      if (status === 404 && locale.code === DEFAULT_LOCALE) expect(heading).toMatch(/Page Not Found/);
      if (locale.code !== DEFAULT_LOCALE) {
        const english = await englishTitle(path);
        expect(english).toMatch(/\S/);
        expect(title).not.toBe(english);
        const englishWords =
          localeConfig(locale.code).script === 'Latn' ? englishPairs(await englishText(path)) : new Set<string>();
        const untranslated = (await readableText(page)).flatMap((text) =>
          untranslatedRuns(text, locale.code, englishWords),
        );
        expect(untranslated, `untranslated English on ${locale.code}${path}`).toEqual([]);
      }
      if (reading) {
        await expectSharingMetadata(page, locale, path);
        // The language dropdown leads to the same page and passage in every other locale.
        for (const other of LOCALES.filter((l) => l !== locale)) {
          const link = `.navbar__items--right .dropdown a[lang="${other.htmlLang}"]`;
          await expect(page.getAttribute(link, 'href')).resolves.toBe(`${localePrefix(other.code)}${path}${anchor}`);
        }
      }

      await expectAccessibleInEitherTheme(page, `${locale.code}${path}`);
      expect(visit.errors.slice(errors)).toEqual([]);
      expect(visit.foreignRequests.slice(foreign)).toEqual([]);
    },
  );
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
