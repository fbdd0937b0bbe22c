import { describe, expect, it } from 'vitest';

import { LOCALES, LOCALE_CODES, localePrefix } from '../../src/locales';
import { PARALLEL_PATH } from '../../src/sitePaths';
import { DOWNLOADS_PATH, downloadFiles, editionFile } from '../../src/statement/downloads';
import { SECTIONS } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser } from './support/browser';

const browser = useBrowser();

const FULL_TEXT = SECTIONS.find((s) => s.kind === 'full-text')!.path;

interface EditionJson {
  metadata: { language: string };
  paragraphs: { id: string; number: number; text: string; url: string; sentences: { id: string; text: string }[] }[];
}
interface AlignedJson {
  languages: string[];
  sentences: Record<string, string>[];
}

const download = async (name: string, prefix = ''): Promise<Response> => {
  const response = await fetch(`${baseUrl()}${prefix}${DOWNLOADS_PATH}/${name}`);
  expect(response.status, name).toBe(200);
  return response;
};

describe('the statement as data', () => {
  it('is downloadable from every locale, with the right content types', async () => {
    for (const locale of LOCALE_CODES) {
      for (const name of downloadFiles()) {
        const response = await download(name, localePrefix(locale));
        const type = response.headers.get('content-type') ?? '';
        expect(type, name).toMatch(name.endsWith('.json') ? /json/ : /text\//);
      }
    }
  });

  it.each(LOCALES.map((l) => l))('in $code matches the pages: every sentence, its id and its text', async (locale) => {
    const json = (await (await download(editionFile(locale.code, 'json'))).json()) as EditionJson;
    const markdown = await (await download(editionFile(locale.code, 'md'))).text();
    const text = await (await download(editionFile(locale.code, 'txt'))).text();
    expect(json.metadata.language).toBe(locale.htmlLang);
    expect(json.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));

    const visit = await openPage(browser(), { locale: locale.htmlLang });
    try {
      await visit.page.goto(`${baseUrl()}${localePrefix(locale.code)}${FULL_TEXT}`, { waitUntil: 'load' });
      const rendered = await visit.page.$$eval('.statement-sentence', (elements) =>
        elements.map((e) => [e.id, e.textContent?.trim() ?? '']),
      );
      expect(rendered).toEqual(json.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text])));

      await visit.page.goto(`${baseUrl()}${localePrefix(locale.code)}${PARALLEL_PATH}`, { waitUntil: 'load' });
      const column = await visit.page.$$eval(`[data-column="${locale.code}"] [data-sentence]`, (elements) =>
        elements.map((e) => [e.getAttribute('data-sentence'), e.textContent?.trim() ?? '']),
      );
      expect(column).toEqual(rendered);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
    for (const paragraph of json.paragraphs) {
      expect(markdown).toContain(`¶${paragraph.number} ${paragraph.text}\n`);
      expect(text).toContain(`[${paragraph.number}] ${paragraph.text}\n`);
      expect(new URL(paragraph.url).hash).toBe(`#${paragraph.id}`);
    }
  });

  it('aligns the three languages in one table, as JSON and as TSV, with the same text as each language’s file', async () => {
    const aligned = (await (await download('statement.aligned.json')).json()) as AlignedJson;
    const tsv = (await (await download('statement.aligned.tsv')).text())
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(aligned.languages).toEqual([...LOCALE_CODES]);
    expect(tsv[0]).toEqual(['id', ...LOCALE_CODES]);
    expect(tsv.slice(1)).toEqual(aligned.sentences.map((row) => [row.id, ...LOCALE_CODES.map((code) => row[code])]));
    for (const locale of LOCALE_CODES) {
      const edition = (await (await download(editionFile(locale, 'json'))).json()) as EditionJson;
      const sentences = edition.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text]));
      expect(
        aligned.sentences.map((row) => [row.id, row[locale]]),
        locale,
      ).toEqual(sentences);
    }
  });
});
