import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy } from '../../src/plugins/whole-site/contentSecurityPolicy';
import { headersFor } from '../../src/plugins/whole-site/headersFile';
import { siteHeaderRules, unframedPagePatterns } from '../../src/plugins/whole-site/siteHeaders';
import {
  EMBED_CSS,
  embedHeight,
  embedPageHtml,
  embedPath,
  iframeSnippet,
  oembedJson,
  oembedPath,
} from '../../src/statement/embed';

const page = {
  lang: 'ru',
  title: 'Пункт 3 — ¶6, фраза 3',
  text: 'Текст «фразы» & <ещё>.',
  citation: '1. Министерство… URL: https://example.org/ru/statement/five-points/point-3#p6-3\n[1, п. 6, предл. 3]',
  notice: 'Перевод редакции сайта.',
  linkText: 'Читать ¶6, фраза 3 на сайте',
  url: 'https://example.org/ru/statement/five-points/point-3#p6-3',
  stylesheet: '/ru/embed/embed.css',
  oembed: '/ru/embed/p/6-3.oembed.json',
};

describe('the embed of a passage', () => {
  it('is at /embed/p/N-K, its oEmbed file beside it', () => {
    expect(embedPath({ path: 'p/6-3' })).toBe('/embed/p/6-3');
    expect(oembedPath({ path: 'p/6' })).toBe('/embed/p/6.oembed.json');
  });

  it('is a small page without script: the passage, its citation, the note and a link back in a new tab', () => {
    const html = embedPageHtml(page);
    expect(html).not.toMatch(/<script|\bon\w+=|style=/i);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<meta name=robots content=noindex>');
    expect(html).toContain(
      '<blockquote cite="https://example.org/ru/statement/five-points/point-3#p6-3"><p>Текст «фразы» &amp; &lt;ещё&gt;.</p></blockquote>',
    );
    expect(html).toContain('<p class=citation>[1, п. 6, предл. 3]</p>');
    expect(html).toContain('<p class=notice>Перевод редакции сайта.</p>');
    expect(html).toContain(
      '<a href="https://example.org/ru/statement/five-points/point-3#p6-3" target=_blank rel=noopener>Читать ¶6, фраза 3 на сайте</a>',
    );
    expect(html).toContain('<link rel=stylesheet href="/ru/embed/embed.css">');
    expect(html).toContain('<link rel=alternate type="application/json+oembed" href="/ru/embed/p/6-3.oembed.json">');
    expect(new TextEncoder().encode(html).length + EMBED_CSS.length).toBeLessThan(10_000);
  });

  it('follows the reader’s light or dark colours', () => {
    expect(EMBED_CSS).toContain('@media (prefers-color-scheme:dark)');
    expect(EMBED_CSS).toContain('color-scheme:light dark');
  });

  it('is described by an oEmbed "rich" response whose HTML is the iframe snippet', () => {
    const json = JSON.parse(
      oembedJson({
        title: 'Point 3 — ¶6, sentence 3',
        providerName: 'SCO 2023',
        providerUrl: 'https://example.org/',
        src: 'https://example.org/embed/p/6-3',
        height: 300,
      }),
    );
    expect(json).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Point 3 — ¶6, sentence 3',
      provider_name: 'SCO 2023',
      provider_url: 'https://example.org/',
      html: '<iframe src="https://example.org/embed/p/6-3" title="Point 3 — ¶6, sentence 3" width="560" height="300" style="border:0;width:100%;max-width:560px" loading="lazy"></iframe>',
      width: 560,
      height: 300,
    });
    expect(iframeSnippet({ src: 'https://x/"', title: '<"&>', height: 1 })).toContain('title="&lt;&quot;&amp;&gt;"');
  });

  it('asks for more height for a longer text, and for Chinese per character', () => {
    expect(embedHeight('x'.repeat(600), '', true)).toBeGreaterThan(embedHeight('x'.repeat(60), '', true));
    expect(embedHeight('字'.repeat(120), '', false)).toBeGreaterThan(embedHeight('x'.repeat(120), '', true));
  });
});

describe('framing', () => {
  const pages = ['index.html', 'statement/context.html', 'p/6-3.html', 'embed/p/6-3.html', 'embed/p/6.html'];
  const rules = siteHeaderRules(
    contentSecurityPolicy([]),
    unframedPagePatterns([...pages, ...pages.map((page) => `ru/${page}`), ...pages.map((page) => `zh-Hans/${page}`)]),
  );

  it('is allowed to any site for the embeds of every locale, and only for them', () => {
    for (const embed of ['/embed/p/6-3', '/zh-Hans/embed/p/6', '/ru/embed/p/6-3.oembed.json']) {
      const headers = headersFor(rules, embed);
      expect(headers['Content-Security-Policy'], embed).not.toContain('frame-ancestors');
      expect(headers['Content-Security-Policy'], embed).toContain("default-src 'none'");
      expect(headers, embed).not.toHaveProperty('X-Frame-Options');
    }
    for (const other of ['/', '/ru/statement/context', '/p/6-3', '/zh-Hans/', '/statement/embed/x']) {
      const headers = headersFor(rules, other);
      expect(headers['X-Frame-Options'], other).toBe('DENY');
    }
  });
});
