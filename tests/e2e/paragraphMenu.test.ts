import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { PARALLEL_PATH } from '../../src/sitePaths';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser } from './support/browser';

const browser = useBrowser();
const POINT_3 = sectionOfParagraph(6)!.path;

/** What a citation of ¶6 must say in each language (speaker, title, meeting, date, ¶ number). */
const CITATION: Record<string, RegExp> = {
  'en': /^Xi Jinping, “Staying True to Our Founding Mission.*Development”, statement at the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization, 4 July 2023, ¶6\. /,
  'zh-Hans':
    /^习近平：《牢记初心使命 坚持团结协作 实现更大发展》——在上海合作组织成员国元首理事会第二十三次会议上的讲话，2023年7月4日，第6段。/,
  'ru': /^Си Цзиньпин\. «Хранить верность изначальной миссии.*»: выступление на 23-м заседании Совета глав государств\u00a0— членов Шанхайской организации сотрудничества, 4\u00a0июля 2023\u00a0года, абз\.\u00a06\. /,
};

async function openWithClipboard(path: string) {
  const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
  await visit.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  await visit.page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
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
      await expect(focused()).resolves.toBe('Copy link to ¶6');
      await visit.page.keyboard.press('ArrowDown');
      await expect(focused()).resolves.toBe('Copy citation of ¶6');
      await visit.page.keyboard.press('End');
      await expect(focused()).resolves.toBe('Compare ¶6 in parallel');
      await visit.page.keyboard.press('ArrowDown');
      await expect(focused()).resolves.toBe('Copy link to ¶6');
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
      await visit.page
        .getByRole('menu')
        .getByRole('status')
        .filter({ hasText: /^Link copied$/ })
        .waitFor();
      await expect(clipboard(visit)).resolves.toBe(`${baseUrl()}${POINT_3}#p6`);
    } finally {
      await visit.close();
    }
  });

  it.each(LOCALES.map((l) => l))(
    'copies a citation in $code, and offers the other languages at the same anchor',
    async (locale) => {
      const path = `${localePrefix(locale.code)}${POINT_3}`;
      const visit = await openWithClipboard(path);
      try {
        await visit.page.click('#p6 button[aria-haspopup="menu"]');
        await visit.page.getByRole('menuitem').nth(1).click();
        await visit.page.waitForFunction(() => document.querySelector('[role="menu"] [role="status"]')?.textContent);
        const text = await clipboard(visit);
        expect(text).toMatch(CITATION[locale.code]);
        expect(text.endsWith(`${baseUrl()}${path}#p6`)).toBe(true);
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
      await visit.page.waitForFunction(() => document.querySelector('[role="menu"] [role="status"]')?.textContent);
      const text = await clipboard(visit);
      expect(text).toMatch(/, ¶6, sentence 3\. /);
      expect(text.endsWith(`${POINT_3}#p6-3`)).toBe(true);
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
});
