import { describe, expect, it } from 'vitest';

import {
  defaultLanguages,
  languagesSearch,
  moveLanguage,
  parseLanguages,
} from '../../src/components/ParallelView/languages';
import { glossaryHead } from '../../src/i18next/glossaryPage';
import { parallelViewStrings } from '../../src/i18next/parallelView';

describe('the parallel view’s columns in the URL', () => {
  it('defaults to the page’s language first, then the others', () => {
    expect(defaultLanguages('en')).toEqual(['en', 'zh-Hans', 'ru']);
    expect(defaultLanguages('ru')).toEqual(['ru', 'en', 'zh-Hans']);
    expect(parseLanguages(null, 'zh-Hans')).toEqual(['zh-Hans', 'en', 'ru']);
  });

  it('keeps the languages asked for, in their order', () => {
    expect(parseLanguages('zh-Hans,ru', 'en')).toEqual(['zh-Hans', 'ru']);
    expect(parseLanguages('ru,zh-Hans,en', 'en')).toEqual(['ru', 'zh-Hans', 'en']);
  });

  it.each([
    ['empty', '', 'en', ['en', 'zh-Hans', 'ru']],
    ['unknown', 'xx', 'en', ['en', 'zh-Hans', 'ru']],
    ['unknown among known', 'xx,ru', 'en', ['ru', 'en']],
    ['duplicated', 'en,en', 'en', ['en', 'zh-Hans']],
    ['duplicated, on a Russian page', 'en,en', 'ru', ['en', 'ru']],
    ['more than three', 'ru,en,zh-Hans,en,ru,xx', 'en', ['ru', 'en', 'zh-Hans']],
    ['in the wrong case', 'ZH-HANS,Ru', 'en', ['zh-Hans', 'ru']],
    ['by language only', 'zh,ru', 'en', ['zh-Hans', 'ru']],
    ['with spaces and empty items', ' ru , ,en ', 'zh-Hans', ['ru', 'en']],
    ['a single language', 'ru', 'zh-Hans', ['ru', 'zh-Hans']],
    ['markup', '<script>alert(1)</script>', 'en', ['en', 'zh-Hans', 'ru']],
  ] as const)('turns %s into a sensible view', (_case, value, page, expected) => {
    expect(parseLanguages(value, page)).toEqual(expected);
  });

  it('writes the canonical query, none for the default view', () => {
    expect(languagesSearch(['zh-Hans', 'ru'], 'en')).toBe('?langs=zh-Hans,ru');
    expect(languagesSearch(['en', 'zh-Hans', 'ru'], 'en')).toBe('');
    expect(languagesSearch(['en', 'zh-Hans', 'ru'], 'ru')).toBe('?langs=en,zh-Hans,ru');
  });

  it('moves a column left or right, not past either end', () => {
    expect(moveLanguage(['en', 'zh-Hans', 'ru'], 'ru', -1)).toEqual(['en', 'ru', 'zh-Hans']);
    expect(moveLanguage(['en', 'zh-Hans', 'ru'], 'en', 1)).toEqual(['zh-Hans', 'en', 'ru']);
    expect(moveLanguage(['en', 'zh-Hans'], 'en', -1)).toEqual(['en', 'zh-Hans']);
    expect(moveLanguage(['en', 'zh-Hans'], 'zh-Hans', 1)).toEqual(['en', 'zh-Hans']);
  });
});

describe('the interface strings the build resolves for the pages that show every language', () => {
  it('names each language in a control’s label, and each paragraph by its number, in the page’s language', () => {
    const ru = parallelViewStrings('ru');
    expect(ru.moveEarlier).toEqual({
      'en': 'Сдвинуть влево: English',
      'zh-Hans': 'Сдвинуть влево: 简体中文',
      'ru': 'Сдвинуть влево: Русский',
    });
    expect(ru.paragraph[1]).toBe('Абзац 1');
    expect(ru.paragraph[15]).toBe('Абзац 15');
    expect(ru.paragraph[16]).toBeUndefined();
    expect(ru.showAll).toBe('Все');
    expect(parallelViewStrings('zh-Hans').remove.ru).toBe('移除Русский');
    expect(parallelViewStrings('en').heading).toBe('The statement in parallel');
  });

  it('gives the glossary its title in the page’s language', () => {
    expect(glossaryHead('zh-Hans').title).toBe('术语表：中英俄关键术语');
    expect(glossaryHead('en').title).toBe('Glossary: key terms in English, Chinese and Russian');
  });
});
