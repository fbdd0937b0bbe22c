import { describe, expect, it } from 'vitest';

import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser } from './support/browser';

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
  await visit.page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
  await visit.page.click('#p6 button[aria-haspopup="menu"]');
  return visit;
}

const status = (visit: Awaited<ReturnType<typeof open>>, text: RegExp) =>
  visit.page.getByRole('menu').getByRole('status').filter({ hasText: text }).waitFor();

describe('Share in the ¶ menu', () => {
  it('hands the paragraph’s text, citation and short link to the system share sheet', async () => {
    const visit = await open(POINT_3, STUB_SHARE);
    try {
      await visit.page.getByRole('menuitem', { name: 'Share ¶6' }).click();
      await status(visit, /^Shared$/);
      const calls = await visit.page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
      expect(calls).toHaveLength(1);
      const [data] = calls;
      expect(data!.url).toBe(`${baseUrl()}/p/6`);
      expect(data!.title).toMatch(/^Point 3: Practical cooperation and economic recovery/);
      expect(data!.text).toMatch(
        /^“Third, the SCO member states should focus on practical cooperation and expedite economic recovery\. .*”\n\n/s,
      );
      expect(data!.text).toContain('and promote the establishment of an SCO development bank.');
      expect(data!.text).toMatch(
        new RegExp(
          `\n\nXi Jinping, “Staying True to Our Founding Mission.*”, .*4 July 2023, ¶6\\. ${baseUrl()}${POINT_3}#p6$`,
        ),
      );
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
      expect(data!.url).toBe(`${baseUrl()}/ru/p/6-5`);
      expect(data!.text).toMatch(/^«Китай предлагает расширить масштабы расчётов в национальных валютах.*ШОС\.»\n\n/);
      expect(data!.text).toMatch(/абз\.\u00a06, фраза\u00a05\. .*\/ru\/statement\/five-points\/point-3#p6-5$/);
    } finally {
      await visit.close();
    }
  });

  it('copies the short link where the browser cannot share, and says so', async () => {
    const visit = await open(`/zh-Hans${POINT_3}`, NO_SHARE);
    try {
      await expect(visit.page.evaluate(() => 'share' in navigator)).resolves.toBe(false);
      await visit.page.getByRole('menuitem', { name: '分享第6段' }).click();
      await status(visit, new RegExp(`^短链接已复制：${baseUrl()}/zh-Hans/p/6$`));
      await expect(visit.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${baseUrl()}/zh-Hans/p/6`);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
