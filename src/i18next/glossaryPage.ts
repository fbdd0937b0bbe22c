/**
 * The glossary page's interface strings. Its title and description are resolved here at build, for the page's
 * locale, and reach the page as route data (src/plugins/statement-data); the translator itself is loaded in the
 * browser only with the page's text, which hydration keeps as the server wrote it (see Glossary).
 */
import type { LocaleCode } from '../locales';
import { createTranslator, type PageHead } from '.';
import en from './locales/en/glossaryPage.json';
import ru from './locales/ru/glossaryPage.json';
import zhHans from './locales/zh-Hans/glossaryPage.json';

export const glossaryPage = createTranslator('glossaryPage', { en, 'zh-Hans': zhHans, ru });

export function glossaryHead(locale: LocaleCode): PageHead {
  const t = glossaryPage.getFixedT(locale);
  return { title: t('title'), description: t('description') };
}
