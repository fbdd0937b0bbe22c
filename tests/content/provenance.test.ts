/**
 * What the site says about its own texts. The speaker is named as the author of a passage only for his own
 * (reported) words, ¶2–¶10, in every locale and on every surface that names one (quote card, its alt text,
 * link preview, the citation a share carries); and no address is given for a text unless it is that text's own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { cslItem } from '../../src/citation/item';
import { GLOSSARY, GLOSSARY_TERMS } from '../../src/glossary';
import { LOCALE_CODES, type LocaleCode } from '../../src/locales';
import { linkPreviewOf, messagesOf, quoteCardOf } from '../../src/plugins/short-links';
import { readEdition } from '../../src/statement/editions';
import { OFFICIAL_PUBLICATIONS, PROVENANCE, SOURCE } from '../../src/statement/metadata';
import { excerpt, passages } from '../../src/statement/passages';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The speaker's name and the readout's, as each language writes them (committed here, not read from the code). */
const SPEAKER: Record<LocaleCode, string> = { 'en': 'Xi Jinping', 'zh-Hans': '习近平', 'ru': 'Си Цзиньпин' };
const READOUT: Record<LocaleCode, string> = {
  'en': 'MFA readout',
  'zh-Hans': '中国外交部新闻稿',
  'ru': 'Сообщение МИД КНР',
};
const SPEAKER_PARAGRAPHS = [2, 3, 4, 5, 6, 7, 8, 9, 10];

function messages(locale: LocaleCode) {
  const file = path.join(ROOT, 'i18n', locale, 'code.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return messagesOf(Object.fromEntries(Object.entries(json).map(([id, { message }]) => [id, message])));
}

describe.each(LOCALE_CODES)('who a passage is by, in %s', (locale) => {
  const edition = readEdition(locale);
  const message = messages(locale);
  const all = passages(edition);

  it('names the speaker on a quote card only for ¶2–¶10, and the readout elsewhere', () => {
    const wrong = all.filter((passage) => {
      const { byline } = quoteCardOf(passage, locale, message);
      const own = SPEAKER_PARAGRAPHS.includes(passage.paragraph);
      return own
        ? !byline.startsWith(SPEAKER[locale])
        : byline.includes(SPEAKER[locale]) || !byline.startsWith(READOUT[locale]);
    });
    expect(wrong.map((passage) => passage.id)).toEqual([]);
  });

  it('says the same in the card’s alt text and adds no byline to the link preview’s description', () => {
    const wrong = all.flatMap((passage) => {
      const preview = linkPreviewOf(
        passage,
        locale,
        message,
        (p) => `https://example.org${p}`,
        'https://example.org/c.png',
      );
      // What the alt text says besides the quoted passage, which may itself mention him (¶1 reports his attendance).
      const besides = preview.image.alt.replace(excerpt(passage.text, locale, 200), '');
      const own = SPEAKER_PARAGRAPHS.includes(passage.paragraph);
      const problems: string[] = [];
      if (own !== besides.includes(SPEAKER[locale])) problems.push(`${passage.id} alt: ${preview.image.alt}`);
      if (!own && !besides.includes(READOUT[locale])) problems.push(`${passage.id} alt names no readout`);
      if (preview.description !== excerpt(passage.text, locale)) problems.push(`${passage.id} og:description`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('cites the readout’s publisher, never the speaker, as the author of what a share carries', () => {
    const item = cslItem(locale, 'https://example.org/p/12');
    expect(item.author.map((author) => author.literal).join()).not.toContain(SPEAKER[locale]);
  });
});

/** An address that is a site's home page, not a text. */
const isHomePage = (url: string) => {
  const { pathname, search } = new URL(url);
  return pathname.replace(/\/+$/, '') === '' && search === '';
};

describe('the addresses of the texts the site names', () => {
  const records = [
    SOURCE,
    ...Object.values(OFFICIAL_PUBLICATIONS).flat(),
    ...LOCALE_CODES.flatMap((locale) => PROVENANCE[locale].basedOn),
  ];

  it('are given only where verified: no publication is linked by its publisher’s home page', () => {
    const linked = records.filter((record) => 'url' in record && record.url !== undefined);
    expect(linked.filter((record) => isHomePage(String((record as { url: string }).url)))).toEqual([]);
  });

  it('name no other document as the statement (the New Delhi Declaration is not an official text of it)', () => {
    expect(JSON.stringify(records)).not.toMatch(/Нью-Делийская декларация|kremlin\.ru\/supplement\/5963/);
  });

  it('link a glossary rendering’s source only to the text itself', () => {
    const wrong = LOCALE_CODES.flatMap((locale) =>
      GLOSSARY_TERMS.flatMap(({ id }) => {
        const url = GLOSSARY[locale][id].official?.url;
        return url && isHomePage(url) ? [`${locale} ${id}: ${url}`] : [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('label the standard Russian names the site did not translate as conventional, not as its translation', () => {
    const ids = ['vladimir-putin', 'sco', 'united-nations', 'eurasian-economic-union', 'communist-party-of-china'];
    expect(ids.filter((id) => !GLOSSARY.ru[id].conventional)).toEqual([]);
    expect(GLOSSARY.ru['regional-anti-terrorist-structure'].conventional).toBe(true);
  });
});
