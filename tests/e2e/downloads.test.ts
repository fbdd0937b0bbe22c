import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';

import { LOCALES, LOCALE_CODES, localePrefix } from '../../src/locales';
import { PARALLEL_PATH } from '../../src/sitePaths';
import { DOWNLOADS_PATH, downloadFiles, editionFile } from '../../src/statement/downloads';
import { SECTIONS } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser } from './support/browser';
import { builtSiteUrl } from '../support/pages';

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
        expect(type, name).toMatch(
          name.endsWith('.json')
            ? /^application\/json/
            : name.endsWith('.ris')
              ? /^application\/x-research-info-systems/
              : name.endsWith('.bib')
                ? /^text\/x-bibtex/
                : name.endsWith('.epub')
                  ? /^application\/epub\+zip$/
                  : name.endsWith('.tmx')
                    ? /^application\/x-tmx\+xml/
                    : /^text\//,
        );
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

describe('the files for citation managers, as built', () => {
  it.each(LOCALES.map((l) => l))(
    'in $code are read by BibTeX, RIS and CSL-JSON parsers as one item',
    async (locale) => {
      const base = `statement.${locale.code}`;
      const bib = parseBibtex(await (await download(`${base}.bib`)).text());
      expect(bib.errors).toEqual([]);
      expect(bib.entries).toHaveLength(1);
      const { fields } = bib.entries[0];
      expect(fields.language).toBe(locale.code);
      // The access date of the files is the build's day.
      expect(fields.urldate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const siteUrl = await builtSiteUrl(baseUrl());
      expect(fields.url).toBe(`${siteUrl}${localePrefix(locale.code)}${FULL_TEXT}`);

      const ris = await (await download(`${base}.ris`)).text();
      // Zotero would import a VL as the volume (“Volume 2026”, the access year); the access date is Y2.
      expect(ris).not.toMatch(/^VL {2}- /m);
      expect(ris).toMatch(/^Y2 {2}- \d{4}\/\d{2}\/\d{2}$/m);
      const [fromRis] = new Cite(ris).data as { URL: string; title: string }[];
      const json = await (await download(`${base}.csl.json`)).json();
      const [fromJson] = new Cite(json).data as { URL: string; title: string }[];
      expect(fromRis.URL).toBe(fields.url);
      expect(fromJson.URL).toBe(fields.url);
      expect(fromRis.title).toBe(fromJson.title);
      // Rendered through a CSL style: the item is complete enough for a reference list.
      const rendered = new Cite(json).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
      expect(rendered).toContain('(2023, July 4)');
      expect(rendered).toContain(fields.url);
    },
  );

  it('are on the downloads list of the full text', async () => {
    const visit = await openPage(browser());
    try {
      await visit.page.goto(`${baseUrl()}${FULL_TEXT}`, { waitUntil: 'load' });
      const listed = await visit.page.$$eval('#downloads ~ table a[download], table a[download]', (links) =>
        links.map((a) => a.getAttribute('href')!.split('/').pop()),
      );
      expect([...new Set(listed)].sort()).toEqual([...downloadFiles()].sort());
    } finally {
      await visit.close();
    }
  });
});
