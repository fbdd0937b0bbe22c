import { inflateSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { attribute, elementsOf } from '../../src/plugins/whole-site/html';
import { baseUrl } from '../support/server';
import { builtSiteUrl } from '../support/pages';

/** The statement as each locale's download gives it (written by another plugin, from the same pages). */
interface Download {
  paragraphs: {
    id: string;
    number: number;
    text: string;
    url: string;
    sentences: { id: string; text: string; url: string }[];
  }[];
}

/** What a short link's head says: meta by property or name (repeated ones as lists), and the canonical. */
function headOf(html: string) {
  const meta: Record<string, string[]> = {};
  let canonical: string | undefined;
  let scripts = 0;
  for (const element of elementsOf(html)) {
    if (element.tagName === 'script') scripts++;
    if (element.tagName === 'link' && attribute(element, 'rel') === 'canonical') canonical = attribute(element, 'href');
    const key = element.tagName === 'meta' ? (attribute(element, 'property') ?? attribute(element, 'name')) : undefined;
    if (key) (meta[key] ??= []).push(attribute(element, 'content') ?? '');
  }
  const one = (key: string) => meta[key]?.[0];
  return { meta, one, canonical, scripts };
}

/** A PNG's size (IHDR) and its text chunks (tEXt, iTXt uncompressed), read by hand. */
function readPng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const texts: Record<string, string> = {};
  let width = 0;
  let height = 0;
  let pixelBytes = 0;
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') pixelBytes += inflateSync(data).length;
    if (type === 'iTXt') {
      const keyword = data.toString('latin1', 0, data.indexOf(0));
      texts[keyword] = data.subarray(keyword.length + 5).toString('utf8');
    }
    at += 12 + length;
  }
  return { width, height, texts, pixelBytes };
}

/** The passage reference each locale's og:title ends with, for ¶6 and its fifth sentence. */
const TITLES: Record<string, { paragraph: string; sentence: string; description: RegExp }> = {
  'en': {
    paragraph: 'Point 3: Practical cooperation and economic recovery — ¶6',
    sentence: 'Point 3: Practical cooperation and economic recovery — ¶6, sentence 5',
    description: /^China proposes/,
  },
  'zh-Hans': {
    paragraph: '第三点：聚焦务实合作，加快经济复苏（第6段）',
    sentence: '第三点：聚焦务实合作，加快经济复苏（第6段第5句）',
    description: /^中方建议扩大上合组织成员国间本币结算份额/,
  },
  'ru': {
    paragraph: 'Предложение\u00a03: практическое сотрудничество и восстановление экономики\u00a0— ¶6',
    sentence: 'Предложение\u00a03: практическое сотрудничество и восстановление экономики\u00a0— ¶6, фраза 5',
    description: /^Китай предлагает расширить масштабы расчётов в национальных валютах/,
  },
};

const OG_LOCALE: Record<string, string> = { 'en': 'en_US', 'zh-Hans': 'zh_CN', 'ru': 'ru_RU' };

describe.each(LOCALES.map((l) => l))('link previews of the short links in $code', (locale) => {
  const prefix = localePrefix(locale.code);

  it('every paragraph and sentence link has its title, text, card, address and languages, and no script', async () => {
    const siteUrl = await builtSiteUrl(baseUrl());
    const download = (await (
      await fetch(`${baseUrl()}${prefix}/downloads/statement.${locale.code}.json`)
    ).json()) as Download;
    const passages = download.paragraphs.flatMap((p) => [
      { path: `p/${p.number}`, text: p.text, url: p.url },
      ...p.sentences.map((s, i) => ({ path: `p/${p.number}-${i + 1}`, text: s.text, url: s.url })),
    ]);
    expect(passages).toHaveLength(15 + 60);
    const images = new Set<string>();
    for (const passage of passages) {
      const response = await fetch(`${baseUrl()}${prefix}/${passage.path}`);
      expect(response.status, passage.path).toBe(200);
      const { meta, one, canonical, scripts } = headOf(await response.text());
      const where = `${locale.code} ${passage.path}`;
      expect(scripts, where).toBe(0);
      expect(one('og:url'), where).toBe(passage.url);
      expect(canonical, where).toBe(passage.url);
      // The title ends with the passage's reference.
      const [n, k] = passage.path.slice(2).split('-');
      const reference = {
        'en': k ? `¶${n}, sentence ${k}` : `¶${n}`,
        'zh-Hans': k ? `第${n}段第${k}句）` : `第${n}段）`,
        'ru': k ? `¶${n}, фраза ${k}` : `¶${n}`,
      }[locale.code];
      expect(one('og:title'), where).toMatch(new RegExp(`${reference.replace(/[()）]/g, '\\$&')}$`));
      expect(one('twitter:title'), where).toBe(one('og:title'));
      // The text itself, whole or cut under 300 characters with an ellipsis.
      const description = one('og:description')!;
      expect([...description].length, where).toBeLessThan(300);
      if ([...passage.text].length < 300) expect(description, where).toBe(passage.text);
      else {
        expect(description, where).toMatch(locale.code === 'zh-Hans' ? /[^…]……$/ : /[^…]…$/);
        expect(passage.text.startsWith(description.replace(/…+$/, '')), where).toBe(true);
        // At a word boundary, where words are spaced.
        if (locale.code !== 'zh-Hans')
          expect(passage.text[description.replace(/…+$/, '').length], where).toMatch(/[\s,;:.!?)»”]/);
      }
      expect(one('description'), where).toBe(description);
      expect(one('twitter:description'), where).toBe(description);
      // The card: on SITE_URL, with its size and a text alternative.
      const image = one('og:image')!;
      expect(image.startsWith(`${siteUrl}${prefix}/img/quote/`), where).toBe(true);
      expect(one('twitter:image'), where).toBe(image);
      expect(one('og:image:width'), where).toBe('1200');
      expect(one('og:image:height'), where).toBe('630');
      expect(one('og:image:alt')!.length, where).toBeGreaterThan(20);
      // It names the speaker only for his own (reported) words, ¶2–¶10; elsewhere the readout.
      const speaks = Number(n) >= 2 && Number(n) <= 10;
      const byline = {
        'en': `Quote card. ${speaks ? 'Xi Jinping' : 'MFA readout'}, `,
        'zh-Hans': `引文卡片。${speaks ? '习近平' : '中国外交部新闻稿'}，`,
        'ru': `Карточка с цитатой. ${speaks ? 'Си Цзиньпин' : 'Сообщение МИД КНР'}, `,
      }[locale.code];
      expect(one('og:image:alt')!.startsWith(byline), `${where}: ${one('og:image:alt')}`).toBe(true);
      expect(one('twitter:card'), where).toBe('summary_large_image');
      expect(one('og:locale'), where).toBe(OG_LOCALE[locale.code]);
      expect(meta['og:locale:alternate']?.sort(), where).toEqual(
        Object.entries(OG_LOCALE)
          .filter(([code]) => code !== locale.code)
          .map(([, og]) => og)
          .sort(),
      );
      // The card exists, is 1200 × 630, under 60 KB, and was drawn from the passage's current text.
      const card = await fetch(image.replace(siteUrl, baseUrl()));
      expect(card.status, image).toBe(200);
      expect(card.headers.get('content-type'), image).toMatch(/^image\/png/);
      const png = Buffer.from(await card.arrayBuffer());
      expect(png.length, image).toBeLessThanOrEqual(60 * 1024);
      const { width, height, texts } = readPng(png);
      expect([width, height], image).toEqual([1200, 630]);
      expect(texts.Description, `${image} is stale: drawn from another text`).toBe(passage.text);
      images.add(new URL(image).pathname);
    }
    expect(images.size).toBe(75);
  });

  it('¶6 and its fifth sentence preview in the page’s language', async () => {
    for (const [path, title] of [
      ['p/6', TITLES[locale.code]!.paragraph],
      ['p/6-5', TITLES[locale.code]!.sentence],
    ] as const) {
      const html = await (await fetch(`${baseUrl()}${prefix}/${path}`)).text();
      const { one } = headOf(html);
      expect(one('og:title')).toBe(title);
      expect(html).toContain(`<title>${title}</title>`);
      expect(html).toContain(`<html lang="${locale.htmlLang}">`);
    }
    expect(headOf(await (await fetch(`${baseUrl()}${prefix}/p/6-5`)).text()).one('og:description')).toMatch(
      TITLES[locale.code]!.description,
    );
  });
});
