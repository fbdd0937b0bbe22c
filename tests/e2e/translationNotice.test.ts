/**
 * The notice on every page that shows the Chinese or Russian text (each statement page, the full text, the
 * parallel view): a note, not an alert, with a link to the English page of the same passage that keeps the
 * passage's hash, and names the official texts (a link only to a text's verified address: none is known). English
 * pages say instead, once, what the English text is.
 * The server HTML is checked for every page over HTTP (fast); the browser checks what only a browser can.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { attribute, elementsOf, textOf, type Element } from '../../src/plugins/whole-site/html';
import { SECTIONS } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser } from './support/browser';

const browser = useBrowser();

const TRANSLATED = ['zh-Hans', 'ru'] as const;

function descendants(element: Element): Element[] {
  return element.childNodes.flatMap((child) => ('tagName' in child ? [child, ...descendants(child)] : []));
}

/** The page's notices (elements with `data-notice`), with their role, name and links. */
async function noticesOf(path: string) {
  const response = await fetch(`${baseUrl()}${path}`);
  expect(response.status, path).toBe(200);
  return elementsOf(await response.text())
    .filter((element) => attribute(element, 'data-notice') !== undefined)
    .map((element) => ({
      kind: attribute(element, 'data-notice'),
      role: attribute(element, 'role'),
      name: attribute(element, 'aria-label') ?? '',
      text: textOf(element),
      links: descendants(element)
        .filter((e) => e.tagName === 'a')
        .map((a) => ({
          href: attribute(a, 'href') ?? '',
          original: attribute(a, 'data-original') !== undefined,
          lang: attribute(a, 'lang') ?? attribute(a, 'hreflang') ?? '',
        })),
    }));
}

/** What each notice says about the official texts: their titles, unlinked (no verified address is known). */
const OFFICIAL = {
  'zh-Hans': [
    '《牢记初心使命 坚持团结协作 实现更大发展——在上海合作组织成员国元首理事会第二十三次会议上的讲话》，新华社，2023年7月4日发布',
    '《习近平出席上海合作组织成员国元首理事会第二十三次会议并发表重要讲话》，新华社，2023年7月4日发布',
  ],
  'ru': [
    '«Быть верными исходным целям и объединяться во имя нового развития», опубликовано: Синьхуа, 4\u00a0июля 2023\u00a0года',
  ],
} as const;

describe('the translation notice in the server HTML', () => {
  it.each(TRANSLATED)(
    'is on every %s statement page, a note linking the English page and naming the official texts without a link',
    async (locale) => {
      expect(SECTIONS.map((s) => s.path)).toContain('/statement/full-text');
      for (const section of SECTIONS) {
        const notices = await noticesOf(`/${locale}${section.path}`);
        expect(
          notices.map((n) => n.kind),
          section.path,
        ).toEqual(['translation']);
        const [notice] = notices;
        expect(notice.role).toBe('note');
        expect(notice.name.trim()).not.toBe('');
        const original = notice.links.filter((link) => link.original);
        // The server cannot know the hash: the English page itself, which the client completes.
        expect(original, section.path).toEqual([{ href: section.path, original: true, lang: 'en' }]);
        // No link is called an official text unless its address is the text's own: none is known.
        expect(notice.links.filter((link) => !link.original)).toEqual([]);
        for (const official of OFFICIAL[locale]) expect(notice.text).toContain(official);
      }
    },
  );

  it('links English pages that exist', async () => {
    for (const section of SECTIONS) expect((await fetch(`${baseUrl()}${section.path}`)).status, section.path).toBe(200);
  });

  it('says on the Chinese page what the text is, in Chinese', async () => {
    const [notice] = await noticesOf('/zh-Hans/statement/context');
    expect(notice.name).toBe('关于本译文');
    expect(notice.text).toContain(
      '本站中文文本以新华社发布的中文稿为基础，按中国外交部英文新闻稿逐句编排；无对应中文原文之处由本站翻译，主要改动见“译文说明”。它不是官方中文文本。',
    );
  });

  it('says on the Russian page what the text is, in a sentence with its subject', async () => {
    const [notice] = await noticesOf('/ru/statement/context');
    expect(notice.text).toContain(
      'Это перевод редакции сайта с английского текста сообщения МИД КНР (изложение выступления в третьем лице, а не стенограмма); официальным текстом он не является.',
    );
    expect(notice.text).not.toContain('kremlin');
  });

  it('is on the parallel view in every locale, linking the English full text until a passage is chosen', async () => {
    for (const prefix of ['', '/zh-Hans', '/ru']) {
      const notices = await noticesOf(`${prefix}/parallel`);
      expect(
        notices.map((n) => [n.kind, n.role]),
        prefix,
      ).toEqual([['translation', 'note']]);
      expect(notices[0].links.find((link) => link.original)?.href).toBe('/statement/full-text');
    }
  });

  it('is not on English pages, which say once what the English readout is', async () => {
    for (const section of SECTIONS) {
      const notices = await noticesOf(section.path);
      expect(
        notices.map((n) => [n.kind, n.role]),
        section.path,
      ).toEqual([['source', 'note']]);
      expect(notices[0].text).toContain(
        '¶2–¶10 report Xi Jinping’s statement in the third person (not a transcript of the speech); ¶1 and ¶11–¶15 report the meeting.',
      );
    }
    const home = await (await fetch(`${baseUrl()}/`)).text();
    expect(home).toContain('¶2–¶10 report Xi Jinping’s statement in the third person, not a transcript of the speech');
    // The footer says what the text is, in each language.
    const zhHome = await (await fetch(`${baseUrl()}/zh-Hans/`)).text();
    expect(zhHome).toMatch(/<footer[^]*本站中文文本以新华社发布的中文稿为基础[^]*<\/footer>/);
  });
});

async function hydrated(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]');
}

const originalHref = (page: Page) => page.locator('[data-notice] a[data-original]').getAttribute('href');

/** How many lines of text the translation notice takes. */
const noticeLines = (page: Page) =>
  page.locator('[data-notice="translation"]').evaluate((notice) => {
    const style = getComputedStyle(notice);
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    return Math.round((notice.getBoundingClientRect().height - padding) / parseFloat(style.lineHeight));
  });

describe('the translation notice in the browser', () => {
  it.each(TRANSLATED)(
    'in %s keeps the passage’s hash, follows it, prints, and leaves ¶1 above a phone’s fold',
    async (locale) => {
      const visit = await openPage(browser(), { viewport: { width: 375, height: 667 } });
      try {
        const { page } = visit;
        await page.goto(`${baseUrl()}/${locale}/statement/five-points/point-3#p6-3`, { waitUntil: 'load' });
        await hydrated(page);
        const name = locale === 'ru' ? 'Об этом переводе' : '关于本译文';
        await expect(page.getByRole('note', { name }).count()).resolves.toBe(1);
        await expect.poll(() => originalHref(page)).toBe('/statement/five-points/point-3#p6-3');
        await page.evaluate(() => {
          window.location.hash = 'p6-1';
        });
        await expect.poll(() => originalHref(page)).toBe('/statement/five-points/point-3#p6-1');

        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('[data-notice="translation"]').isVisible()).resolves.toBe(true);
        await page.emulateMedia({ media: 'screen' });

        await page.goto(`${baseUrl()}/${locale}/statement/context`, { waitUntil: 'load' });
        await hydrated(page);
        await expect.poll(() => originalHref(page)).toBe('/statement/context');
        const top = await page.locator('#p1').evaluate((p) => p.getBoundingClientRect().top);
        expect(top).toBeLessThan(667 - 40);
        expect(visit.errors).toEqual([]);
        expect(visit.foreignRequests).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );

  // What the text is and which official texts exist, by title, publisher and date (none can be linked), take
  // more room than a line of links did: at most four lines, and ¶1 stays above a phone's fold (above).
  it.each(['en', ...TRANSLATED])('in %s takes at most four lines on a desktop', async (locale) => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      const { page } = visit;
      const prefix = locale === 'en' ? '' : `/${locale}`;
      if (locale !== 'en') {
        await page.goto(`${baseUrl()}${prefix}/statement/context`, { waitUntil: 'load' });
        await expect(noticeLines(page)).resolves.toBeLessThanOrEqual(4);
      }
      await page.goto(`${baseUrl()}${prefix}/parallel`, { waitUntil: 'load' });
      await expect(noticeLines(page)).resolves.toBeLessThanOrEqual(4);
    } finally {
      await visit.close();
    }
  });

  it('on the parallel view links the English page of the passage in the address', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      const { page } = visit;
      await page.goto(`${baseUrl()}/zh-Hans/parallel#p6-3`, { waitUntil: 'load' });
      await hydrated(page);
      await expect.poll(() => originalHref(page)).toBe('/statement/five-points/point-3#p6-3');
      await page.evaluate(() => {
        window.location.hash = 'p12';
      });
      await expect.poll(() => originalHref(page)).toBe('/statement/outcomes#p12');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
