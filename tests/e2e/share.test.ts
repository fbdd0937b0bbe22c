import { describe, expect, it } from 'vitest';

import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, goHydrated, openPage, useBrowser } from './support/browser';
import { builtSiteUrl } from '../support/pages';

const browser = useBrowser();
const POINT_3 = sectionOfParagraph(6)!.path;

/** navigator.share recording what it is given, before the page's own scripts run. */
const STUB_SHARE = () => {
  const calls: ShareData[] = [];
  Object.defineProperty(window, '__shared', { value: calls });
  Object.defineProperty(Navigator.prototype, 'share', {
    configurable: true,
    value: (data: ShareData) => {
      calls.push(data);
      return Promise.resolve();
    },
  });
};

/** A browser without the Web Share API. */
const NO_SHARE = () => {
  delete (Navigator.prototype as Partial<Navigator>).share;
  delete (Navigator.prototype as Partial<Navigator>).canShare;
};

async function open(path: string, script: () => void) {
  const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
  await visit.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  await visit.page.addInitScript(script);
  await goHydrated(visit.page, `${baseUrl()}${path}`);
  await visit.page.click('#p6 button[aria-haspopup="menu"]');
  return visit;
}

const status = (visit: Awaited<ReturnType<typeof open>>, text: RegExp) =>
  visit.page.getByRole('status').filter({ hasText: text }).waitFor();

describe('Share in the ¶ menu', () => {
  it('hands the paragraph’s text, citation and short link to the system share sheet', async () => {
    const visit = await open(POINT_3, STUB_SHARE);
    try {
      await visit.page.getByRole('menuitem', { name: 'Share ¶6' }).click();
      await status(visit, /^Shared$/);
      const calls = await visit.page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
      expect(calls).toHaveLength(1);
      const [data] = calls;
      const siteUrl = await builtSiteUrl(baseUrl());
      expect(data!.url).toBe(`${siteUrl}/p/6`);
      expect(data!.title).toMatch(/^Point 3: Practical cooperation and economic recovery/);
      expect(data!.text).toMatch(
        /^“Third, the SCO member states should focus on practical cooperation and expedite economic recovery\. .*”\n\n/s,
      );
      expect(data!.text).toContain('and promote the establishment of an SCO development bank.');
      // Then the citation in the page's default style (APA), with the paragraph's address and its pinpoint.
      expect(data!.text).toMatch(/”\n\nMinistry of Foreign Affairs of the People’s Republic of China\. \(2023/);
      expect(data!.text).toContain(`${siteUrl}${POINT_3}#p6`);
      expect(data!.text).toMatch(/para\. 6\)$/);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('shares the sentence the reader arrived at, in the page’s language', async () => {
    const visit = await open(`/ru${POINT_3}#p6-5`, STUB_SHARE);
    try {
      await visit.page.getByRole('menuitem', { name: 'Поделиться фразой 5' }).click();
      await status(visit, /^Отправлено$/);
      const [data] = await visit.page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
      const siteUrl = await builtSiteUrl(baseUrl());
      expect(data!.url).toBe(`${siteUrl}/ru/p/6-5`);
      expect(data!.text).toMatch(/^«Китай предлагает расширить масштабы расчётов в национальных валютах.*ШОС\.»\n\n/);
      expect(data!.text).toContain(`${siteUrl}/ru${POINT_3}#p6-5`);
      expect(data!.text).toMatch(/\[1, абз\. 6, фраза 5\]$/);
    } finally {
      await visit.close();
    }
  });

  it('copies the short link where the browser cannot share, and says so', async () => {
    const visit = await open(`/zh-Hans${POINT_3}`, NO_SHARE);
    try {
      await expect(visit.page.evaluate(() => 'share' in navigator)).resolves.toBe(false);
      await visit.page.getByRole('menuitem', { name: '分享第6段' }).click();
      const siteUrl = await builtSiteUrl(baseUrl());
      await status(visit, new RegExp(`^短链接已复制：${siteUrl}/zh-Hans/p/6$`));
      await expect(visit.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${siteUrl}/zh-Hans/p/6`);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
