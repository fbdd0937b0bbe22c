/**
 * Embeddable passages as another site meets them: every paragraph and sentence of every locale has its embed page
 * and oEmbed file; the page is small, needs no script, fits a 280 px column and follows the reader's colour scheme;
 * the passage's pages name it for oEmbed discovery; the ¶ menu copies its iframe. And framing, with the headers the
 * server sends from `_headers`: any site may frame an embed, no site may frame any other page.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { attribute, elementsOf, textOf } from '../../src/plugins/whole-site/html';
import { LOCALES, LOCALE_CODES, localePrefix, type LocaleCode } from '../../src/locales';
import { SECTIONS, sectionOfParagraph } from '../../src/statement/model';
import { ROOT } from '../support/docs';
import { baseUrl, goHydrated, openPage, useBrowser } from './support/browser';
import { builtSiteUrl } from '../support/pages';

const browser = useBrowser();
const POINT_3 = sectionOfParagraph(6)!.path;
const FULL_TEXT = SECTIONS.find((s) => s.kind === 'full-text')!.path;

/** Every passage of a locale from the committed sentence map: ¶n (`p/6`) and each sentence (`p/6-3`). */
function committedPassages(locale: LocaleCode) {
  const { paragraphs } = JSON.parse(readFileSync(path.join(ROOT, 'src/statement/ids', `${locale}.json`), 'utf8')) as {
    paragraphs: { id: string; sentences: { id: string; text: string }[] }[];
  };
  return paragraphs.flatMap(({ id, sentences }) => [
    { id, path: `p/${id.slice(1)}`, texts: sentences.map((s) => s.text) },
    ...sentences.map((s) => ({ id: s.id, path: `p/${s.id.slice(1)}`, texts: [s.text] })),
  ]);
}

interface Oembed {
  type: string;
  version: string;
  html: string;
  width: number;
  height: number;
  provider_url: string;
}

describe('the embed of every passage', () => {
  it.each(LOCALES.map((l) => l))(
    'in $code: a page under 10 KB without script, with the text, a citation and a link back, and its oEmbed file',
    async (locale) => {
      const prefix = localePrefix(locale.code);
      const siteUrl = await builtSiteUrl(baseUrl());
      const css = await fetch(`${baseUrl()}${prefix}/embed/embed.css`);
      expect(css.status).toBe(200);
      const cssBytes = (await css.arrayBuffer()).byteLength;
      const passages = committedPassages(locale.code);
      expect(passages).toHaveLength(75);
      for (const passage of passages) {
        const embedPath = `${prefix}/embed/${passage.path}`;
        const response = await fetch(`${baseUrl()}${embedPath}`);
        expect(response.status, embedPath).toBe(200);
        const bytes = new Uint8Array(await response.arrayBuffer());
        expect(bytes.length + cssBytes, embedPath).toBeLessThan(10_000);
        const html = new TextDecoder().decode(bytes);
        const elements = elementsOf(html);
        const all = (tag: string) => elements.filter((e) => e.tagName === tag);
        expect(all('script'), embedPath).toEqual([]);
        expect(attribute(all('html')[0]!, 'lang')).toBe(locale.htmlLang);
        const quoted = textOf(all('blockquote')[0]!).trim();
        for (const text of passage.texts) expect(quoted, embedPath).toContain(text);
        expect(all('p').filter((p) => attribute(p, 'class') === 'citation').length, embedPath).toBeGreaterThan(0);
        const paragraph = Number(/^p(\d+)/.exec(passage.id)![1]);
        const [back] = all('a');
        expect(attribute(back!, 'href')).toBe(
          `${siteUrl}${prefix}${sectionOfParagraph(paragraph)!.path}#${passage.id}`,
        );
        expect(attribute(back!, 'target')).toBe('_blank');

        const oembed = (await (await fetch(`${baseUrl()}${embedPath}.oembed.json`)).json()) as Oembed;
        expect(oembed).toMatchObject({
          version: '1.0',
          type: 'rich',
          width: 560,
          provider_url: `${siteUrl}${prefix}/`,
        });
        expect(oembed.html).toContain(`<iframe src="${siteUrl}${embedPath}" `);
        expect(oembed.html).toContain(`height="${oembed.height}"`);
      }
    },
  );

  it('fits a 280 px column and follows the reader’s light or dark scheme', async () => {
    const colours: Record<string, string> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const visit = await openPage(browser(), { viewport: { width: 280, height: 600 }, colorScheme });
      try {
        await visit.page.goto(`${baseUrl()}/ru/embed/p/2`, { waitUntil: 'load' });
        const width = await visit.page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(280);
        colours[colorScheme] = await visit.page.evaluate(
          () => getComputedStyle(document.documentElement).backgroundColor,
        );
        expect(visit.errors).toEqual([]);
        expect(visit.foreignRequests).toEqual([]);
      } finally {
        await visit.close();
      }
    }
    expect(colours).toEqual({ light: 'rgb(255, 255, 255)', dark: 'rgb(27, 27, 29)' });
  });

  it('is not in the sitemaps', async () => {
    for (const code of LOCALE_CODES) {
      const sitemap = await (await fetch(`${baseUrl()}${localePrefix(code)}/sitemap.xml`)).text();
      expect(sitemap).toContain('/downloads/statement.tmx');
      expect(sitemap).not.toContain('/embed/');
    }
  });
});

describe('oEmbed discovery', () => {
  const discovered = async (pathname: string) =>
    elementsOf(await (await fetch(`${baseUrl()}${pathname}`)).text())
      .filter((e) => e.tagName === 'link' && attribute(e, 'type') === 'application/json+oembed')
      .map((e) => new URL(attribute(e, 'href')!).pathname);

  it('names each paragraph’s embed on its home page, not again on the full text, in every locale', async () => {
    for (const code of LOCALE_CODES) {
      const prefix = localePrefix(code);
      for (const section of SECTIONS.filter((s) => s.paragraphs.length)) {
        await expect(discovered(`${prefix}${section.path}`), section.path).resolves.toEqual(
          section.paragraphs.map((n) => `${prefix}/embed/p/${n}.oembed.json`),
        );
      }
      await expect(discovered(`${prefix}${FULL_TEXT}`)).resolves.toEqual([]);
    }
  });

  it('names a sentence’s embed on its short link’s page, which link previews read', async () => {
    await expect(discovered('/zh-Hans/p/6-3')).resolves.toEqual(['/zh-Hans/embed/p/6-3.oembed.json']);
    await expect(discovered('/p/15')).resolves.toEqual(['/embed/p/15.oembed.json']);
  });
});

describe('framing', () => {
  it('is allowed to any site on /embed/* and refused everywhere else, by the headers sent', async () => {
    for (const code of LOCALE_CODES) {
      const prefix = localePrefix(code);
      const embed = await fetch(`${baseUrl()}${prefix}/embed/p/6-3`);
      expect(embed.headers.get('content-security-policy')).not.toContain('frame-ancestors');
      expect(embed.headers.get('x-frame-options')).toBeNull();
      for (const other of [`${prefix}/`, `${prefix}${POINT_3}`, `${prefix}/p/6-3`]) {
        const response = await fetch(`${baseUrl()}${other}`);
        expect(response.headers.get('x-frame-options'), other).toBe('DENY');
      }
    }
  });

  it('works in a browser: another site’s page shows the embed, and not the passage’s own page', async () => {
    // Another site: a page of another origin (another port) that frames both.
    const embedder = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Blog</title>
        <iframe id=embed src="${baseUrl()}/embed/p/6-3"></iframe>
        <iframe id=page src="${baseUrl()}${POINT_3}"></iframe>`);
    });
    await new Promise<void>((resolve) => embedder.listen(0, '127.0.0.1', resolve));
    const visit = await openPage(browser());
    try {
      const { port } = embedder.address() as AddressInfo;
      await visit.page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
      const frameOf = async (id: string) => (await (await visit.page.$(`#${id}`))!.contentFrame())!;
      const embed = await frameOf('embed');
      await expect(embed.locator('blockquote').textContent()).resolves.toMatch(
        /make the pie of win-win cooperation bigger/,
      );
      const page = await frameOf('page');
      // Chromium replaces a refused frame with its error page: none of the site's document is there.
      await expect.poll(() => page.url()).toMatch(/^chrome-error:/);
      await expect(page.locator('#p6').count()).resolves.toBe(0);
    } finally {
      await visit.close();
      await new Promise((resolve) => embedder.close(resolve));
    }
  });
});

describe('the ¶ menu’s Embed', () => {
  it.each([
    { code: 'en', hash: '', name: 'Embed ¶6', file: 'p/6' },
    { code: 'zh-Hans', hash: '#p6-3', name: '嵌入第3句', file: 'p/6-3' },
    { code: 'ru', hash: '', name: 'Встроить ¶6', file: 'p/6' },
  ] as const)('copies the oEmbed file’s iframe in $code ($file)', async ({ code, hash, name, file }) => {
    const visit = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await visit.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
      const prefix = localePrefix(code);
      await goHydrated(visit.page, `${baseUrl()}${prefix}${POINT_3}${hash}`);
      await visit.page.click('#p6 button[aria-haspopup="menu"]');
      await visit.page.getByRole('menuitem', { name }).click();
      const oembed = (await (await fetch(`${baseUrl()}${prefix}/embed/${file}.oembed.json`)).json()) as Oembed;
      await expect.poll(() => visit.page.evaluate(() => navigator.clipboard.readText())).toBe(oembed.html);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
