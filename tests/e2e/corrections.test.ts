/**
 * The corrections page of each language and its Atom feed, against the built site: every change since the ids
 * were frozen, newest first, each linking its sentence on its section page; the feed parsed by a real parser.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';

import { attribute, elementsOf, textOf, type Element } from '../../src/plugins/whole-site/html';
import { baseUrl, openPage, useBrowser, waitForHydration } from './support/browser';
import { builtSiteUrl } from '../support/pages';

const browser = useBrowser();

function descendants(element: Element): Element[] {
  return element.childNodes.flatMap((child) => ('tagName' in child ? [child, ...descendants(child)] : []));
}

/** Committed here, not read from the code: the changes since the freeze, and each page's words. */
const EXPECTED = {
  'en': { prefix: '', count: 0, title: 'Corrections', labels: [] as string[] },
  'zh-Hans': { prefix: '/zh-Hans', count: 1, title: '更正记录', labels: ['原措辞', '新措辞', '理由'] },
  'ru': { prefix: '/ru', count: 19, title: 'Исправления', labels: ['Было', 'Стало', 'Причина'] },
} as const;

describe.each(Object.entries(EXPECTED))('the corrections of %s', (locale, expected) => {
  it('are listed on their page, newest first, each linking its sentence, with the feed linked in the head', async () => {
    const response = await fetch(`${baseUrl()}${expected.prefix}/corrections`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const elements = elementsOf(html);
    const h1 = elements.find((e) => e.tagName === 'h1');
    expect(textOf(h1!)).toBe(expected.title);
    const feedLink = elements.find(
      (e) =>
        e.tagName === 'link' && attribute(e, 'rel') === 'alternate' && attribute(e, 'type') === 'application/atom+xml',
    );
    expect(attribute(feedLink!, 'href')).toBe(`${await builtSiteUrl(baseUrl())}${expected.prefix}/corrections.atom`);
    const entries = elements.filter(
      (e) => e.tagName === 'li' && /^p\d+-\d+-\d{4}-\d{2}-\d{2}$/.test(attribute(e, 'id') ?? ''),
    );
    expect(entries).toHaveLength(expected.count);
    if (expected.count === 0) expect(elements.some((e) => attribute(e, 'data-corrections') === 'none')).toBe(true);
    const dates = entries.map((e) => attribute(e, 'id')!.slice(-10));
    expect([...dates].sort().reverse()).toEqual(dates);
    const labels = new Set(elements.filter((e) => e.tagName === 'dt').map((e) => textOf(e).trim()));
    expect([...labels].sort()).toEqual([...expected.labels].sort());
    // Each entry links its sentence, which is on the page it links.
    for (const entry of entries) {
      const id = attribute(entry, 'id')!.slice(0, -11);
      const href = descendants(entry)
        .filter((e) => e.tagName === 'a')
        .map((a) => attribute(a, 'href'))
        .find((link) => link?.endsWith(`#${id}`));
      expect(href, id).toMatch(new RegExp(`^${expected.prefix}/statement/[^#]+#${id}$`));
      const page = await (await fetch(`${baseUrl()}${href!.split('#')[0]}`)).text();
      expect(
        elementsOf(page).some((e) => attribute(e, 'id') === id),
        href,
      ).toBe(true);
    }
  });

  it('are an Atom feed with the same entries, each linking its sentence', async () => {
    const siteUrl = await builtSiteUrl(baseUrl());
    const response = await fetch(`${baseUrl()}${expected.prefix}/corrections.atom`);
    expect(response.status).toBe(200);
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe('atom');
    expect(feed.items).toHaveLength(expected.count);
    for (const item of feed.items) {
      expect(item.url).toMatch(new RegExp(`^${siteUrl}${expected.prefix}/statement/[^#]+#p\\d+-\\d+$`));
      expect(item.content).toBeTruthy();
    }
    if (locale === 'ru') {
      expect(feed.items.map((item) => item.url?.split('#')[1])).toContain('p6-4');
      expect(feed.updated?.toISOString().slice(0, 10)).toBe('2026-12-04');
    }
  });
});

describe('the corrections page in the browser', () => {
  it('takes a reader from a change to its sentence', async () => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      const { page } = visit;
      await page.goto(`${baseUrl()}/ru/corrections`, { waitUntil: 'load' });
      await waitForHydration(page);
      await page.locator('li[id^="p6-4-"] a').first().click();
      await page.waitForURL(/\/ru\/statement\/five-points\/point-3#p6-4$/);
      await page.waitForSelector('#p6-4');
      await expect(page.locator('#p6-4').textContent()).resolves.toContain('«путь счастья»');
      expect(visit.errors).toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
