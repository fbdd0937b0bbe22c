import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { PARALLEL_PATH } from '../../src/sitePaths';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, goHydrated, openPage, useBrowser, waitForHydration } from './support/browser';
import { builtSiteUrl } from '../support/pages';

const browser = useBrowser();
const POINT_3 = sectionOfParagraph(6)!.path;

const MFA = 'Ministry of Foreign Affairs of the People’s Republic of China';

/** The day the test copies: the citation's access date. */
function today(): { iso: string; dotted: string } {
  const now = new Date();
  const [y, m, d] = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0'));
  return { iso: `${y}-${m}-${d}`, dotted: `${d}.${m}.${y}` };
}

/** The day each locale's text was last revised (its newest correction, src/statement/ids/<locale>.corrections.json). */
const REVISED = {
  'en': 'Text last revised on 28 November 2026.',
  'zh-Hans': '本站文本最后修订于2026年11月28日。',
  'ru': 'Дата обновления текста: 04.12.2026.',
};

/** A citation of ¶6 in each locale's default style, written by hand (the rules: tests/unit/citation.test.ts). */
function citation(locale: string, url: string): string {
  return {
    'en': `${MFA}. (2023, July 4). Xi Jinping attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and delivers important statement. SCO 2023 · Xi Jinping’s Statement. ${url} ${REVISED.en}\n(${MFA}, 2023, para. 6)`,
    'zh-Hans': `[1] 中华人民共和国外交部. 习近平出席上海合作组织成员国元首理事会第二十三次会议并发表重要讲话: 以新华社中文稿为基础、按英文新闻稿编排的本站中文本[EB/OL]. (2023-07-04)[${today().iso}]. ${url}.${REVISED['zh-Hans']}\n[1, 第6段]`,
    'ru': `1. Министерство иностранных дел Китайской Народной Республики. Си Цзиньпин принял участие в 23-м заседании Совета глав государств\u00a0— членов Шанхайской организации сотрудничества и выступил с важной речью [Электронный ресурс] // ШОС-2023 · Выступление Си Цзиньпина / пер. с англ. редакции сайта «ШОС-2023 · Выступление Си Цзиньпина». 2023. URL: ${url} (дата обращения: ${today().dotted}). ${REVISED.ru}\n[1, абз. 6]`,
  }[locale]!;
}

/** Opens a page with the clipboard allowed; `onRequest` sees every request from the first (the page's own). */
async function openWithClipboard(path: string, onRequest?: (url: string) => void) {
  const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
  if (onRequest) visit.page.on('request', (request) => onRequest(request.url()));
  await visit.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  await goHydrated(visit.page, `${baseUrl()}${path}`);
  return visit;
}

const clipboard = (visit: Awaited<ReturnType<typeof openWithClipboard>>) =>
  visit.page.evaluate(() => navigator.clipboard.readText());

describe('the ¶ menu', () => {
  it('opens from the keyboard, moves with the arrows and closes with Escape, returning focus', async () => {
    const visit = await openWithClipboard(POINT_3);
    try {
      const trigger = visit.page.locator('#p6 button[aria-haspopup="menu"]');
      await trigger.focus();
      await visit.page.keyboard.press('Enter');
      const menu = visit.page.getByRole('menu');
      await menu.waitFor();
      await expect(trigger.getAttribute('aria-expanded')).resolves.toBe('true');
      const focused = () => visit.page.evaluate(() => document.activeElement?.textContent);
      await expect.poll(focused).toBe('Copy link to ¶6');
      await visit.page.keyboard.press('ArrowDown');
      await expect.poll(focused).toBe('Copy citation of ¶6');
      await visit.page.keyboard.press('End');
      await expect.poll(focused).toBe('Compare ¶6 in parallel');
      await visit.page.keyboard.press('ArrowDown');
      await expect.poll(focused).toBe('Copy link to ¶6');
      await visit.page.keyboard.press('Escape');
      await expect(menu.count()).resolves.toBe(0);
      await expect(visit.page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).resolves.toBe(
        'menu',
      );
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('copies the link to the paragraph and announces it', async () => {
    const visit = await openWithClipboard(POINT_3);
    try {
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await visit.page.getByRole('menuitem', { name: 'Copy link to ¶6' }).click();
      // The live region is beside the menu, not in it (a menu holds only items).
      await visit.page
        .getByRole('status')
        .filter({ hasText: /^Link copied$/ })
        .waitFor();
      await expect(visit.page.locator('[role="menu"] [role="status"]').count()).resolves.toBe(0);
      // The address the site is published at, as the canonical link says, not the server the test reads.
      await expect(clipboard(visit)).resolves.toBe(`${await builtSiteUrl(baseUrl())}${POINT_3}#p6`);
    } finally {
      await visit.close();
    }
  });

  it.each(LOCALES.map((l) => l))(
    'copies a citation in $code, and offers the other languages at the same anchor',
    async (locale) => {
      const path = `${localePrefix(locale.code)}${POINT_3}`;
      const requests: string[] = [];
      const visit = await openWithClipboard(path, (url) => requests.push(url));
      const citationCode = () => requests.filter((url) => /\/citation\/[\w-]+\.json$|citeproc/.test(url));
      try {
        // Nothing of the citation engine or its styles loads with the page, only once the menu is opened.
        expect(requests.length).toBeGreaterThan(3);
        expect(citationCode()).toEqual([]);
        await visit.page.click('#p6 button[aria-haspopup="menu"]');
        await expect.poll(() => citationCode().length).toBeGreaterThan(0);
        await visit.page.getByRole('menuitem').nth(1).click();
        await visit.page.waitForFunction(
          () => document.querySelector('.statement-paragraph [role="status"]')?.textContent,
        );
        const text = await clipboard(visit);
        expect(text).toBe(citation(locale.code, `${await builtSiteUrl(baseUrl())}${path}#p6`));
        const links = await visit.page.$$eval('[role="menu"] a[role="menuitem"]', (items) =>
          items.map((a) => a.getAttribute('href')),
        );
        expect(links).toEqual([
          ...LOCALES.filter((l) => l !== locale).map((l) => `${localePrefix(l.code)}${POINT_3}#p6`),
          `${localePrefix(locale.code)}${PARALLEL_PATH}#p6`,
        ]);
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );

  it('offers a sentence citation when the reader arrived at a sentence', async () => {
    const visit = await openWithClipboard(`${POINT_3}#p6-3`);
    try {
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await visit.page.getByRole('menuitem', { name: 'Copy citation of sentence 3' }).click();
      await visit.page.getByRole('status').filter({ hasText: 'Citation copied (APA 7)' }).waitFor();
      const [reference, inText] = (await clipboard(visit)).split('\n');
      expect(reference.endsWith(`${POINT_3}#p6-3 ${REVISED.en}`)).toBe(true);
      expect(inText).toBe(`(${MFA}, 2023, para. 6, sentence 3)`);
    } finally {
      await visit.close();
    }
  });

  it('on a 375×812 phone, cites a tapped sentence without a hash, and keeps “Citation copied” in view', async () => {
    const visit = await openPage(browser(), {
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const { page } = visit;
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
      await goHydrated(page, `${baseUrl()}${POINT_3}`);
      // Nothing is offered beside the sentences until one is chosen.
      await expect(page.getByRole('button', { name: /^6\.\d/ }).count()).resolves.toBe(0);
      await page.locator('#p6-3').tap();
      const mark = page.getByRole('button', { name: '6.3: sentence 3 of paragraph 6, link, citation, sharing' });
      await mark.waitFor();
      await expect(page.locator('#p6-3').getAttribute('data-chosen')).resolves.toBe('');
      // Beside the sentence: level with its first line, in the margin.
      const [sentenceBox, markBox] = await Promise.all([page.locator('#p6-3').boundingBox(), mark.boundingBox()]);
      expect(Math.abs(sentenceBox!.y - markBox!.y)).toBeLessThan(sentenceBox!.height);
      expect(markBox!.x + markBox!.width).toBeLessThanOrEqual(sentenceBox!.x + 1);
      await mark.tap();
      await page.getByRole('menuitem', { name: 'Copy link to sentence 3' }).waitFor();
      await page.getByRole('menuitem', { name: 'Copy citation of sentence 3' }).tap();
      const status = page.getByRole('status').filter({ hasText: 'Citation copied (APA 7)' });
      await status.waitFor();
      await expect
        .poll(async () => {
          const box = await status.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= 812;
        })
        .toBe(true);
      const [reference, inText] = (await clipboard(visit)).split('\n');
      expect(reference.endsWith(`${POINT_3}#p6-3 ${REVISED.en}`)).toBe(true);
      expect(inText).toBe(`(${MFA}, 2023, para. 6, sentence 3)`);
      expect(new URL(page.url()).hash).toBe('');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('offers the sentence a reader selected text in, from its mark and from the ¶ menu', async () => {
    const visit = await openWithClipboard(POINT_3);
    try {
      const { page } = visit;
      // Across a few words of the sentence's first line.
      await page.locator('#p6-5').scrollIntoViewIfNeeded();
      const line = await page.locator('#p6-5').evaluate((element) => {
        const { x, y, height } = element.getClientRects()[0];
        return { x, y: y + height / 2 };
      });
      await page.mouse.move(line.x + 4, line.y);
      await page.mouse.down();
      await page.mouse.move(line.x + 60, line.y, { steps: 4 });
      await page.mouse.up();
      await page.getByRole('button', { name: '6.5: sentence 5 of paragraph 6, link, citation, sharing' }).waitFor();
      await page.click('#p6 button[aria-label^="Paragraph 6"]');
      await page.getByRole('menuitem', { name: 'Copy link to sentence 5' }).click();
      await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
      expect((await clipboard(visit)).endsWith(`${POINT_3}#p6-5`)).toBe(true);
    } finally {
      await visit.close();
    }
  });

  it.each([
    { path: `/ru${POINT_3}?cite=apa`, date: '(2023, 4 июля)' },
    { path: `/zh-Hans${POINT_3}?cite=apa`, date: '(2023年7月4日)' },
    { path: `/ru${POINT_3}?cite=chicago`, date: '4 июля 2023 г.' },
  ])('writes the date as the page’s language does: $date ($path)', async ({ path, date }) => {
    const visit = await openWithClipboard(path);
    try {
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await visit.page.getByRole('menuitem').nth(1).click();
      await visit.page.waitForFunction(
        () => document.querySelector('.statement-paragraph [role="status"]')?.textContent,
      );
      expect(await clipboard(visit)).toContain(date);
    } finally {
      await visit.close();
    }
  });

  it('closes on a click outside', async () => {
    const visit = await openWithClipboard(POINT_3);
    try {
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await visit.page.getByRole('menu').waitFor();
      await visit.page.click('h1');
      await expect(visit.page.getByRole('menu').count()).resolves.toBe(0);
    } finally {
      await visit.close();
    }
  });

  it('lets the reader choose the citation style, and remembers it', async () => {
    const visit = await openWithClipboard(POINT_3);
    try {
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await visit.page.getByRole('menu').waitFor();
      const radios = visit.page.getByRole('menuitemradio');
      await expect(radios.allTextContents()).resolves.toEqual([
        'APA 7',
        'Chicago 17',
        'MLA 9',
        'GB/T 7714—2015',
        'ГОСТ Р 7.0.5—2008',
      ]);
      await expect(visit.page.getByRole('menuitemradio', { checked: true }).textContent()).resolves.toBe('APA 7');
      await visit.page.getByRole('menuitemradio', { name: 'MLA 9' }).click();
      await expect(visit.page.getByRole('menuitemradio', { checked: true }).textContent()).resolves.toBe('MLA 9');
      await visit.page.getByRole('menuitem', { name: 'Copy citation of ¶6' }).click();
      await visit.page.getByRole('status').filter({ hasText: 'Citation copied (MLA 9)' }).waitFor();
      expect((await clipboard(visit)).split('\n')[1]).toBe(`(${MFA}, par. 6)`);
      await expect(visit.page.evaluate(() => localStorage.getItem('citation-style'))).resolves.toBe('mla');

      await visit.page.reload();
      await waitForHydration(visit.page);
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await expect(visit.page.getByRole('menuitemradio', { checked: true }).textContent()).resolves.toBe('MLA 9');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('falls back to the default style, silently, when the stored choice is not a style', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await visit.page.addInitScript(() => localStorage.setItem('citation-style', '{"corrupt'));
      await goHydrated(visit.page, `${baseUrl()}/zh-Hans${POINT_3}`);
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await expect(visit.page.getByRole('menuitemradio', { checked: true }).textContent()).resolves.toBe(
        'GB/T 7714—2015',
      );
      await expect(visit.page.getByRole('status').textContent()).resolves.toBe('');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('takes the style from ?cite=, and says so when there is no such style', async () => {
    const visit = await openWithClipboard(`${POINT_3}?cite=chicago`);
    try {
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await expect(visit.page.getByRole('menuitemradio', { checked: true }).textContent()).resolves.toBe('Chicago 17');
      await goHydrated(visit.page, `${baseUrl()}/ru${POINT_3}?cite=harvard#p6-99`);
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await expect(visit.page.getByRole('menuitemradio', { checked: true }).textContent()).resolves.toBe(
        'ГОСТ Р 7.0.5—2008',
      );
      await expect(visit.page.getByRole('status').textContent()).resolves.toBe(
        'Стиля цитирования «harvard» нет: ссылка оформлена по ГОСТ Р 7.0.5—2008. В абзаце 6 нет фразы 99: ссылка дана на весь абзац.',
      );
      // The sentence does not exist, so only the paragraph is offered.
      await expect(visit.page.getByRole('menuitem', { name: /фразы 99/ }).count()).resolves.toBe(0);
      await visit.page.getByRole('menuitem').nth(1).click();
      await visit.page.getByRole('status').filter({ hasText: 'Ссылка для цитирования скопирована' }).waitFor();
      expect((await clipboard(visit)).split('\n')[1]).toBe('[1, абз. 6]');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('shows the citation to copy by hand when the clipboard is refused', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await visit.page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
        });
        document.execCommand = () => false;
      });
      await goHydrated(visit.page, `${baseUrl()}${POINT_3}`);
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await visit.page.getByRole('menuitem', { name: 'Copy citation of ¶6' }).click();
      const status = visit.page.getByRole('status');
      await status.filter({ hasText: 'Copying failed' }).waitFor();
      const text = await status.textContent();
      expect(text).toContain('Copying failed: select and copy the text by hand');
      expect(text).toContain(`(${MFA}, 2023, para. 6)`);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('cite this page', () => {
  it('offers the files and, once opened, the page’s citation', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await goHydrated(visit.page, `${baseUrl()}/ru${POINT_3}`);
      const details = visit.page.locator('details', { hasText: 'Как цитировать эту страницу' });
      const links = await details.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links).toEqual([
        '/ru/downloads/statement.ru.bib',
        '/ru/downloads/statement.ru.ris',
        '/ru/downloads/statement.ru.csl.json',
      ]);
      for (const link of links) expect((await fetch(`${baseUrl()}${link}`)).status).toBe(200);
      await details.locator('summary').click();
      const citationText = details.locator('[data-citation]');
      await citationText.waitFor();
      const siteUrl = await builtSiteUrl(baseUrl());
      await expect(citationText.textContent()).resolves.toBe(
        `1. Министерство иностранных дел Китайской Народной Республики. Си Цзиньпин принял участие в 23-м заседании Совета глав государств\u00a0— членов Шанхайской организации сотрудничества и выступил с важной речью [Электронный ресурс] // ШОС-2023 · Выступление Си Цзиньпина / пер. с англ. редакции сайта «ШОС-2023 · Выступление Си Цзиньпина». 2023. URL: ${siteUrl}/ru${POINT_3} (дата обращения: ${today().dotted}). ${REVISED.ru}`,
      );
      await details.locator('select').selectOption('apa');
      await expect
        .poll(() => citationText.textContent(), { timeout: 20_000 })
        .toMatch(/^Министерство иностранных дел Китайской Народной Республики\. \(2023, 4 июля\)/);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
