import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';

import { DEFAULT_LOCALE, LOCALE_CODES, localeConfig } from '../../src/locales';
import {
  checkDocStructure,
  checkParagraphPlacement,
  checkTranslationParity,
  frontMatterValue,
} from '../../src/statement/validate';
import { ROOT, readDocs } from '../support/docs';
import { LATIN_ALLOWED, UNCHANGED_ALLOWED, englishPairs, latinRuns, untranslatedRuns } from '../support/untranslated';

const TRANSLATED = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE);
const english = readDocs(DEFAULT_LOCALE);

type Messages = Record<string, { message: string }>;
const readJson = (file: string): Messages => JSON.parse(readFileSync(file, 'utf8')) as Messages;

/** An i18next resource file with its nested keys joined by dots: `{ "a": { "b": "x" } }` → `{ "a.b": "x" }`. */
function readFlatJson(file: string): Record<string, string> {
  const flatten = (value: unknown, prefix: string): [string, string][] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key))
      : [[prefix, String(value)]];
  return Object.fromEntries(flatten(JSON.parse(readFileSync(file, 'utf8')), ''));
}

/** The interface string files of a locale: code.json and the plugins' and theme's files, relative to i18n/<locale>/. */
function stringFiles(locale: string): string[] {
  const dir = path.join(ROOT, 'i18n', locale);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .sort();
}

/** What a reader of a page sees: front matter titles, sidebar label and description, text, attribute values. */
function pageTexts(doc: ReturnType<typeof readDocs>[number]): string[] {
  const texts = ['title', 'short_title', 'sidebar_label', 'description'].map(
    (key) => frontMatterValue(doc.source, key) ?? '',
  );
  visit(doc.tree, (node) => {
    if (node.type === 'text') texts.push(node.value);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes)
        if ('name' in attribute && typeof attribute.value === 'string') texts.push(attribute.value);
    }
  });
  return texts;
}

const i18nextDir = (code: string) => path.join(ROOT, 'src/i18next/locales', code);

/** Every English text of the site: what a Latin-script translation is checked against. */
const ENGLISH = englishPairs([
  ...english.flatMap(pageTexts),
  ...stringFiles(DEFAULT_LOCALE).flatMap((file) =>
    Object.values(readJson(path.join(ROOT, 'i18n', DEFAULT_LOCALE, file))).map(({ message }) => message),
  ),
  ...readdirSync(i18nextDir(DEFAULT_LOCALE)).flatMap((namespace) =>
    Object.values(readFlatJson(path.join(i18nextDir(DEFAULT_LOCALE), namespace))),
  ),
]);

describe.each(TRANSLATED)('the %s edition', (locale) => {
  const docs = readDocs(locale);
  const untranslated = (text: string) => untranslatedRuns(text, locale, ENGLISH);

  it('keeps the language’s typography in the text, the interface strings and the i18next resources', () => {
    // Patterns are not prose; an official source's title and address are quoted as their publisher wrote them.
    const prose = ([key]: [string, string]) => !/\.match$|\.official\./.test(key);
    const texts = [
      ...docs.flatMap((doc) => pageTexts(doc).map((text) => [doc.file, text] as const)),
      ...stringFiles(locale).flatMap((file) =>
        Object.values(readJson(path.join(ROOT, 'i18n', locale, file))).map(({ message }) => [file, message] as const),
      ),
      ...readdirSync(i18nextDir(locale)).flatMap((file) =>
        Object.entries(readFlatJson(path.join(i18nextDir(locale), file)))
          .filter(prose)
          .map(([key, text]) => [`${file} ${key}`, text] as const),
      ),
    ];
    expect(texts.length).toBeGreaterThan(100);
    const faults = texts.flatMap(([where, text]) =>
      localeConfig(locale)
        .typography.faults.filter(({ pattern }) => pattern.test(text))
        .map(({ fault }) => `${where}: ${fault}: ${text}`),
    );
    expect(faults, faults.join('\n')).toEqual([]);
  });

  it('has every page, with the same id, slug, heading ids, ¶, sentence counts and numbers as English', () => {
    const problems = [
      ...checkTranslationParity(english, docs, locale),
      ...checkParagraphPlacement(docs),
      ...docs.flatMap(checkDocStructure),
    ];
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('translates every interface string file the English one has, key for key', () => {
    expect(stringFiles(locale)).toEqual(stringFiles(DEFAULT_LOCALE));
    const untranslated: string[] = [];
    for (const file of stringFiles(DEFAULT_LOCALE)) {
      const en = readJson(path.join(ROOT, 'i18n', DEFAULT_LOCALE, file));
      const translated = readJson(path.join(ROOT, 'i18n', locale, file));
      expect(Object.keys(translated).sort(), `${locale}/${file}`).toEqual(Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(en)) {
        const have = translated[key]?.message;
        if (!have?.trim() || (have === message && !UNCHANGED_ALLOWED.has(message)))
          untranslated.push(`${file}: ${key} = "${have}"`);
      }
    }
    expect(untranslated, untranslated.join('\n')).toEqual([]);
  });

  it('has no run of untranslated English in any page: text, titles, labels or descriptions', () => {
    const found: string[] = [];
    for (const doc of docs) {
      for (const run of pageTexts(doc).flatMap(untranslated)) found.push(`${doc.file}: "${run}"`);
      if (!frontMatterValue(doc.source, 'title') || !frontMatterValue(doc.source, 'description'))
        found.push(`${doc.file}: title or description missing`);
    }
    for (const file of stringFiles(locale)) {
      for (const [key, { message }] of Object.entries(readJson(path.join(ROOT, 'i18n', locale, file)))) {
        for (const run of untranslated(message)) found.push(`${file} ${key}: "${run}"`);
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });

  it('translates every i18next namespace (components that speak several languages), key for key', () => {
    const namespaces = readdirSync(i18nextDir(DEFAULT_LOCALE));
    expect(readdirSync(i18nextDir(locale)).sort()).toEqual([...namespaces].sort());
    // A glossary entry's `official` source belongs to its language (src/glossary): not translated, checked there.
    // Its search aliases are each language's own words, not translations of the English ones (corpus.test.ts).
    const own = (key: string) => /\.official\./.test(key) || /\.conventional$/.test(key) || /\.aliases\.\d+$/.test(key);
    const withoutOwn = (messages: Record<string, string>) =>
      Object.fromEntries(Object.entries(messages).filter(([key]) => !own(key)));
    for (const namespace of namespaces) {
      const en = withoutOwn(readFlatJson(path.join(i18nextDir(DEFAULT_LOCALE), namespace)));
      const translated = withoutOwn(readFlatJson(path.join(i18nextDir(locale), namespace)));
      expect(Object.keys(translated).sort(), namespace).toEqual(Object.keys(en).sort());
      for (const [key, message] of Object.entries(translated)) {
        expect(message.trim() && message !== en[key], `${namespace} ${key}`).toBeTruthy();
        expect(untranslated(message), `${namespace} ${key}`).toEqual([]);
      }
    }
  });

  it('writes every heading in the page language', () => {
    for (const doc of docs) {
      visit(doc.tree, 'heading', (heading) => {
        expect(untranslated(toString(heading)), `${doc.file}: ${toString(heading)}`).toEqual([]);
      });
    }
  });
});

describe('the untranslated-English detector', () => {
  it('finds English word runs and lets allowed names and single terms pass', () => {
    expect(latinRuns('上合组织 SCO 成员国')).toEqual([]);
    expect(latinRuns('Токаев и Key proposals')).toEqual(['Key proposals']);
    expect(latinRuns('全文 Full text on one page')).toEqual(['Full text on one page']);
    for (const allowed of LATIN_ALLOWED) expect(latinRuns(`… ${allowed} …`)).toEqual([]);
  });
});
