import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { editionBook, parallelBook, type BookFile } from '../../src/statement/epub/book';
import { packEpub } from '../../src/statement/epub/zip';
import { fixtureEdition } from '../support/editions';

const en = fixtureEdition('en', { 1: ['One & two.', 'Three.'], 12: ['Twelve.'] });
const zh = fixtureEdition('zh-Hans', { 1: ['一。', '二。'], 12: ['十二。'] });
const ru = fixtureEdition('ru', { 1: ['Один.', 'Два.'], 12: ['Двенадцать.'] });
const modified = new Date('2026-12-04T09:30:05Z');
const file = (files: BookFile[], name: string) => files.find((f) => f.path === name)!.text;

describe('an edition’s e-book', () => {
  const files = editionBook(ru, 'https://example.org', modified);

  it('keeps the site’s paragraph and sentence ids, in a document per section', () => {
    expect(file(files, 'EPUB/context.xhtml')).toContain(
      '<p id="p1"><span class="number">¶1</span> <span id="p1-1">Один.</span> <span id="p1-2">Два.</span></p>',
    );
    expect(file(files, 'EPUB/outcomes.xhtml')).toContain('<span id="p12-1">Двенадцать.</span>');
    // Chinese sentences follow each other without a space.
    expect(file(editionBook(zh, 'https://example.org', modified), 'EPUB/context.xhtml')).toContain(
      '<span id="p1-1">一。</span><span id="p1-2">二。</span>',
    );
    expect(file(editionBook(en, 'https://example.org', modified), 'EPUB/context.xhtml')).toContain('One &amp; two.');
  });

  it('declares its language on every document and navigates by section', () => {
    for (const { path, text } of files.filter((f) => f.path.endsWith('.xhtml')))
      expect(text, path).toContain(
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="ru" xml:lang="ru">',
      );
    const nav = file(files, 'EPUB/nav.xhtml');
    expect(nav).toContain('<h1>Содержание</h1>');
    expect(nav.match(/<li><a href="([\w-]+)\.xhtml">/g)).toEqual([
      '<li><a href="title.xhtml">',
      '<li><a href="context.xhtml">',
      '<li><a href="outcomes.xhtml">',
    ]);
  });

  it('says what the text is and describes it from the metadata module', () => {
    expect(file(files, 'EPUB/title.xhtml')).toContain('<p class="notice">Это перевод редакции сайта');
    // The English readout's title and publisher, in a Russian line, are marked as English; the Russian date is not.
    expect(file(files, 'EPUB/title.xhtml')).toContain(
      '<p>Оригинал: «<span lang="en" xml:lang="en">Xi Jinping Attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and Delivers Important Statement</span>», опубликовано: <span lang="en" xml:lang="en">Ministry of Foreign Affairs of the People’s Republic of China</span>, 4\u00a0июля 2023\u00a0года</p>',
    );
    const opf = file(files, 'EPUB/package.opf');
    expect(opf).toContain('<dc:title>Быть верными исходным целям и объединяться во имя нового развития</dc:title>');
    expect(opf).toContain('<dc:language>ru</dc:language>');
    expect(opf).toContain('<dc:date>2023-07-04</dc:date>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-12-04T09:30:05Z</meta>');
    expect(opf).toContain('<dc:identifier id="uid">https://example.org/ru/downloads/statement.ru.epub</dc:identifier>');
    expect(opf).toMatch(/<dc:contributor id="translator-1">ШОС-2023[^<]*<\/dc:contributor>/);
    expect(file(editionBook(en, 'https://example.org', modified), 'EPUB/package.opf')).not.toContain('trl');
  });
});

describe('the parallel e-book', () => {
  const files = parallelBook([en, zh, ru], 'https://example.org', modified);

  it('gives each paragraph in every language, each in its language, the source’s sentences keeping their ids', () => {
    const context = file(files, 'EPUB/context.xhtml');
    expect(context).toContain('<section id="p1">');
    expect(context).toContain(
      '<p lang="en" xml:lang="en"><span class="number">¶1</span> <span id="p1-1">One &amp; two.</span>',
    );
    expect(context).toContain(
      '<p lang="zh-Hans" xml:lang="zh-Hans"><span class="number">¶1</span> <span id="p1-1-zh-Hans">一。</span>',
    );
    expect(context).toContain('<span id="p1-2-ru">Два.</span>');
    expect(context).toContain('<span lang="zh-Hans" xml:lang="zh-Hans">zh-Hans context</span>');
  });

  it('lists its three languages and every language’s note', () => {
    const opf = file(files, 'EPUB/package.opf');
    expect(opf.match(/<dc:language>[^<]+<\/dc:language>/g)).toEqual([
      '<dc:language>en</dc:language>',
      '<dc:language>zh-Hans</dc:language>',
      '<dc:language>ru</dc:language>',
    ]);
    const title = file(files, 'EPUB/title.xhtml');
    expect(title).toContain('<section lang="ru" xml:lang="ru">');
    expect(title).toContain('本站中文文本以新华社发布的中文稿为基础');
  });
});

describe('packEpub', () => {
  const files = editionBook(en, 'https://example.org', modified);
  const bytes = packEpub(files, modified);

  it('puts the mimetype first, stored, with no extra field, so its bytes are at a fixed offset', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // stored
    expect(view.getUint16(26, true)).toBe(8); // name length
    expect(view.getUint16(28, true)).toBe(0); // extra field length
    expect(strFromU8(bytes.slice(30, 58))).toBe('mimetypeapplication/epub+zip');
  });

  it('holds every file of the book, as written', () => {
    const unpacked = unzipSync(bytes);
    expect(Object.keys(unpacked)).toEqual(files.map((f) => f.path));
    for (const f of files) expect(strFromU8(unpacked[f.path]!), f.path).toBe(f.text);
  });
});
