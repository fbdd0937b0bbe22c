import { describe, expect, it } from 'vitest';

import { LOCALES, LOCALE_CODES, localeConfig, localePrefix, type LocaleCode } from '../../src/locales';
import { GLOSSARY_TERMS } from '../../src/glossary';
import { GLOSSARY_PATH } from '../../src/sitePaths';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser } from './support/browser';

const browser = useBrowser();

const MFA = "Ministry of Foreign Affairs of the People's Republic of China";
/** The sources of one term's three official forms, as each locale's page writes them: publisher, comma, date. */
const SOURCES: Record<LocaleCode, string[]> = {
  'en': [
    `Official rendering — ${MFA}, 2023-07-04`,
    'Official rendering — 新华社, 2023-07-04',
    'Official rendering — Агентство Синьхуа (Russian.News.Cn), 2025-12-22',
  ],
  'zh-Hans': [
    `官方表述——${MFA}，2023-07-04`,
    '官方表述——新华社，2023-07-04',
    '官方表述——Агентство Синьхуа (Russian.News.Cn)，2025-12-22',
  ],
  'ru': [
    `Официальная форма\u00a0— ${MFA}, 2023-07-04`,
    'Официальная форма\u00a0— 新华社, 2023-07-04',
    'Официальная форма\u00a0— Агентство Синьхуа (Russian.News.Cn), 2025-12-22',
  ],
};

describe('the glossary', () => {
  it.each(LOCALES.map((l) => l))(
    'in $code lists every term in the three languages, with their sources and links to its paragraphs',
    async (locale) => {
      const visit = await openPage(browser(), { locale: locale.htmlLang });
      try {
        await visit.page.goto(`${baseUrl()}${localePrefix(locale.code)}${GLOSSARY_PATH}`, { waitUntil: 'load' });
        const entries = await visit.page.$$eval('article', (articles) =>
          articles.map((article) => ({
            id: article.querySelector('h3')?.id ?? '',
            forms: [...article.querySelectorAll('dd')].map(
              (dd) => `${dd.getAttribute('lang')}:${dd.textContent?.trim() ? 'ok' : 'empty'}`,
            ),
            links: [...article.querySelectorAll('a[href*="#p"]')].map((a) => a.getAttribute('href') ?? ''),
          })),
        );
        expect(entries.map((e) => e.id)).toEqual(GLOSSARY_TERMS.map((t) => t.id));
        const sources = await visit.page.$$eval(
          'article[aria-labelledby="community-with-a-shared-future"] dd small',
          (lines) => lines.map((line) => line.textContent),
        );
        expect(sources).toEqual(SOURCES[locale.code]);
        const forms = LOCALE_CODES.map((code) => `${localeConfig(code).htmlLang}:ok`);
        for (const entry of entries) {
          expect(entry.forms, entry.id).toEqual(forms);
          expect(entry.links.length, entry.id).toBeGreaterThan(0);
          for (const href of entry.links) {
            const [path, anchor] = href.split('#');
            expect(path, `${entry.id} ${href}`).toBe(
              `${localePrefix(locale.code)}${sectionOfParagraph(Number(anchor.slice(1)))!.path}`,
            );
          }
        }
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );

  it.each(LOCALES.map((l) => l))('in $code opens from a term marked in the statement, at its entry', async (locale) => {
    const visit = await openPage(browser(), { locale: locale.htmlLang, viewport: { width: 1280, height: 800 } });
    try {
      const { page } = visit;
      await page.goto(`${baseUrl()}${localePrefix(locale.code)}${sectionOfParagraph(6)!.path}`, { waitUntil: 'load' });
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const term = page.locator('#p6 a[href*="/glossary#"]').first();
      const href = (await term.getAttribute('href'))!;
      const id = href.split('#')[1];
      expect(GLOSSARY_TERMS.map((t) => t.id)).toContain(id);
      await expect(term.evaluate((a) => a.closest('.statement-sentence') !== null)).resolves.toBe(true);
      await term.click();
      await page.waitForURL(`**${localePrefix(locale.code)}${GLOSSARY_PATH}#${id}`);
      await page.waitForFunction((target) => {
        const top = document.getElementById(target)?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < window.innerHeight / 2;
      }, id);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('follows a term’s and a paragraph’s link within the site without reloading it (the text is static markup)', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      const { page } = visit;
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(`${baseUrl()}${sectionOfParagraph(6)!.path}`, { waitUntil: 'networkidle' });
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      // From a term in the statement's text to its entry…
      const term = page.locator('#p6 a[href*="/glossary#"]').first();
      await term.hover();
      await term.click();
      await page.waitForURL(`**${GLOSSARY_PATH}#*`);
      // …and from the entry back to a paragraph, by the client router: the same document, no page requested.
      const paragraph = page.locator(`article a[href="${sectionOfParagraph(6)!.path}#p6"]`).first();
      await paragraph.click();
      await page.waitForURL(`**${sectionOfParagraph(6)!.path}#p6`);
      await page.locator('#p6 .statement-sentence').first().waitFor();
      await expect(page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).resolves.toBe(true);
      expect(requests.filter((path) => path === GLOSSARY_PATH || path.endsWith('.html'))).toEqual([]);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it.each(LOCALES.map((l) => l))(
    'in $code is linked once per page from the full text, not once per section',
    async (locale) => {
      const visit = await openPage(browser(), { locale: locale.htmlLang });
      try {
        const { page } = visit;
        await page.goto(`${baseUrl()}${localePrefix(locale.code)}/statement/full-text`, { waitUntil: 'load' });
        await page.waitForSelector('html[data-has-hydrated="true"]');
        const linked = await page.$$eval('a[href*="/glossary#"]', (links) =>
          links.map((a) => a.getAttribute('href')!.split('#')[1]),
        );
        expect(linked.length).toBeGreaterThan(0);
        const repeated = linked.filter((id, i) => linked.indexOf(id) !== i);
        expect(repeated, `terms linked more than once: ${repeated.join(', ')}`).toEqual([]);
        for (const id of linked) expect(GLOSSARY_TERMS.map((t) => t.id)).toContain(id);
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );
});
