import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser } from './support/browser';

const browser = useBrowser();
const POINT_3 = sectionOfParagraph(6)!.path;

describe('the text renders before the code loads', () => {
  it.each(LOCALES.map((l) => l))('on the ¶6 page in $code, which then hydrates', async (locale) => {
    const url = `${baseUrl()}${localePrefix(locale.code)}${POINT_3}`;
    const html = await (await fetch(url)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head, 'no script file in the head').not.toMatch(/<script[^>]+src=/);

    const visit = await openPage(browser());
    try {
      // The page's first rendering opportunity once parsed: a frame callback registered before the page's own.
      await visit.page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () =>
          requestAnimationFrame(() => {
            (window as unknown as { firstFrame: number }).firstFrame = performance.now();
          }),
        );
      });
      await visit.page.goto(url, { waitUntil: 'load' });
      await visit.page.waitForSelector('html[data-has-hydrated="true"]');
      const timing = await visit.page.evaluate(() => ({
        frame: (window as unknown as { firstFrame?: number }).firstFrame ?? -1,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
        code:
          performance
            .getEntriesByType('resource')
            .find((entry) => /\/assets\/js\/main\.[0-9a-f]+\.js$/.test(entry.name))?.startTime ?? -1,
      }));
      expect(timing.paint, 'first contentful paint').toBeGreaterThan(0);
      expect(timing.frame, 'a frame once the page is parsed').toBeGreaterThan(0);
      // With Docusaurus's deferred head scripts, main.js would be requested while the page is still parsed; with
      // a loader that waits only for a frame, often before that frame reaches the screen (the paint's time).
      expect(timing.code, 'main.js requested after that frame').toBeGreaterThan(timing.frame);
      expect(timing.code, 'main.js requested after the first contentful paint').toBeGreaterThan(timing.paint);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
