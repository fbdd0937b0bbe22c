import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SECTIONS, paragraphId, segmentSentences, sentenceId } from '../../src/statement/model';
import { readSourceParagraphs } from '../support/docs';
import { baseUrl, launchBrowser, openPage } from './support/browser';

const source = readSourceParagraphs();
const sentenceIds = (n: number) => segmentSentences(source[n - 1], 'en').map((_, k) => sentenceId(n, k + 1));
const allParagraphs = Array.from({ length: 15 }, (_, i) => i + 1);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page of the English edition', () => {
  const pages = [
    { path: '/', paragraphs: [] as number[] },
    ...SECTIONS.map((s) => ({ path: s.path, paragraphs: s.kind === 'full-text' ? allParagraphs : [...s.paragraphs] })),
  ];

  it.each(pages)('$path renders its paragraphs and sentences, with no error and no foreign request', async ({ path, paragraphs }) => {
    const visit = await openPage(browser);
    try {
      const response = await visit.page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await expect(visit.page.locator('h1').first().textContent()).resolves.toBeTruthy();
      const ids = await visit.page.$$eval('[id^="p"]', (elements) => elements.map((e) => e.id).filter((id) => /^p\d+(-\d+)?$/.test(id)));
      const expected = paragraphs.flatMap((n) => [paragraphId(n), ...sentenceIds(n)]);
      expect(ids.sort()).toEqual(expected.sort());
      for (const n of paragraphs) {
        const number = visit.page.locator(`#${paragraphId(n)} > a[href="#${paragraphId(n)}"]`);
        await expect(number.textContent()).resolves.toBe(`¶${n}`);
      }
      expect(visit.errors).toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('the landing page links to every section and every point', async () => {
    const visit = await openPage(browser);
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

describe('an unknown URL', () => {
  it('answers 404 with the 404 page', async () => {
    const visit = await openPage(browser);
    try {
      const response = await visit.page.goto(`${baseUrl()}/statement/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(visit.page.locator('h1').textContent()).resolves.toMatch(/Page Not Found/);
      expect(visit.foreignRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
