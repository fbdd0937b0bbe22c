/**
 * Choosing a sentence to cite from the keyboard alone: the ¶ menu lists the paragraph's sentences, so no sentence
 * is a Tab stop of its own. And the button beside a chosen sentence is named by what it shows (WCAG 2.5.3).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { localePrefix } from '../../src/locales';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, goHydrated, openPage, useBrowser } from './support/browser';

const browser = useBrowser();
const POINT_3 = sectionOfParagraph(6)!.path;
const MFA = 'Ministry of Foreign Affairs of the People’s Republic of China';

/** The focused element: its text, accessible name and whether it is a sentence or in ¶6. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      text: element?.textContent ?? '',
      label: element?.getAttribute('aria-label') ?? '',
      sentence: Boolean(element?.closest('.statement-sentence')),
      inParagraph6: Boolean(element?.closest('#p6')),
      tag: element?.tagName ?? '',
    };
  });

describe('a sentence chosen from the keyboard', () => {
  it('is reached by Tab to the ¶ button, then the ¶ menu’s list of sentences, and cited', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      const { page } = visit;
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
      await goHydrated(page, `${baseUrl()}${POINT_3}`);
      // Tab from the top of the page to ¶6's button; no sentence is a Tab stop on the way.
      let stop = await focused(page);
      for (let presses = 0; !(stop.inParagraph6 && stop.tag === 'BUTTON') && presses < 150; presses++) {
        await page.keyboard.press('Tab');
        stop = await focused(page);
        expect(stop.sentence).toBe(false);
      }
      expect(stop.label).toBe('Paragraph 6: link, citation, other languages');
      await page.keyboard.press('Enter');
      const choose = page.getByRole('menuitem', { name: 'Choose a sentence of ¶6…' });
      await choose.waitFor();
      for (let presses = 0; (await focused(page)).text !== 'Choose a sentence of ¶6…' && presses < 20; presses++)
        await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      // The list: one item per sentence, each named by its number and its text; the one focused shows in the text.
      const items = page.getByRole('menu').getByRole('menuitem');
      const count = await page.locator('#p6 .statement-sentence').count();
      await expect.poll(() => items.count()).toBe(count);
      const sentence3 = await page.locator('#p6-3').textContent();
      await expect.poll(async () => (await focused(page)).text).toMatch(/^6\.1 /);
      await expect(page.locator('#p6-1').getAttribute('data-previewed')).resolves.toBe('');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await focused(page)).text).toBe(`6.3 ${sentence3}`);
      await expect(page.locator('#p6-1').getAttribute('data-previewed')).resolves.toBeNull();
      await expect(page.locator('#p6-3').getAttribute('data-previewed')).resolves.toBe('');
      await page.keyboard.press('Enter');

      // Sentence 3 is chosen: marked, its button beside it, its menu open with the focus on the first item.
      const mark = page.getByRole('button', { name: '6.3: sentence 3 of paragraph 6, link, citation, sharing' });
      await mark.waitFor();
      await expect(page.locator('#p6-3').getAttribute('data-chosen')).resolves.toBe('');
      await expect(page.locator('#p6 [data-previewed]').count()).resolves.toBe(0);
      await expect(mark.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect.poll(async () => (await focused(page)).text).toBe('Copy link to ¶6');
      for (let presses = 0; (await focused(page)).text !== 'Copy citation of sentence 3' && presses < 20; presses++)
        await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Citation copied (APA 7)' }).waitFor();
      const [, inText] = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
      expect(inText).toBe(`(${MFA}, 2023, para. 6, sentence 3)`);
      // Escape closes the menu and returns to the sentence's button.
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu').count()).resolves.toBe(0);
      await expect.poll(async () => (await focused(page)).label).toMatch(/^6\.3: sentence 3/);
      expect(new URL(page.url()).hash).toBe('');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('leaves no sentence focusable on the full text page', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await goHydrated(visit.page, `${baseUrl()}/statement/full-text`);
      await expect(visit.page.locator('.statement-sentence').count()).resolves.toBeGreaterThan(40);
      await expect(
        visit.page.locator('.statement-sentence[tabindex], .statement-sentence :is(button)').count(),
      ).resolves.toBe(0);
    } finally {
      await visit.close();
    }
  });
});

describe('the button beside a chosen sentence', () => {
  it.each([
    { locale: 'en', name: '6.3: sentence 3 of paragraph 6, link, citation, sharing' },
    { locale: 'zh-Hans', name: '6.3：第6段第3句，链接、引用、分享' },
    { locale: 'ru', name: '6.3: фраза 3 абзаца 6, ссылка, цитирование, отправка' },
  ] as const)('is named, in $locale, beginning with what it shows', async ({ locale, name }) => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      const { page } = visit;
      await goHydrated(page, `${baseUrl()}${localePrefix(locale)}${POINT_3}`);
      await page.locator('#p6-3').click();
      const mark = page.getByRole('button', { name, exact: true });
      await mark.waitFor();
      // What it shows is “❝ 6.3”: the text, and an ornament before it that has no name of its own.
      await expect(mark.textContent()).resolves.toBe('6.3');
      await expect(
        mark.evaluate((button) => getComputedStyle(button, '::before').content.replace(/\s/g, ' ')),
      ).resolves.toBe('"❝ " / ""');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
