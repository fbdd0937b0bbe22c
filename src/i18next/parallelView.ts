/**
 * The parallel view's interface strings, resolved by i18next at build for the page's locale and handed to the
 * page as route data (src/plugins/statement-data): the page then runs no i18next in the browser, whose bundle
 * and setup were a long task on a phone's first load.
 */
import { LOCALE_CODES, localeConfig, type LocaleCode } from '../locales';
import { PARAGRAPH_COUNT } from '../statement/model';
import { createTranslator, type PageHead } from '.';
import en from './locales/en/parallelView.json';
import ru from './locales/ru/parallelView.json';
import zhHans from './locales/zh-Hans/parallelView.json';

const parallelView = createTranslator('parallelView', { en, 'zh-Hans': zhHans, ru });

type PerLanguage = Readonly<Record<LocaleCode, string>>;

/** Everything the parallel view writes in the page's language; a control's label for each language it names. */
export interface ParallelViewStrings extends PageHead {
  readonly heading: string;
  readonly intro: string;
  readonly columns: string;
  readonly moveEarlier: PerLanguage;
  readonly moveLater: PerLanguage;
  readonly remove: PerLanguage;
  readonly add: PerLanguage;
  readonly showOnPhone: string;
  readonly showAll: string;
  /** A paragraph's accessible name, by its number. */
  readonly paragraph: Readonly<Record<number, string>>;
  readonly download: string;
}

export function parallelViewStrings(locale: LocaleCode): ParallelViewStrings {
  const t = parallelView.getFixedT(locale);
  const perLanguage = (key: string) =>
    Object.fromEntries(
      LOCALE_CODES.map((code) => [code, t(key, { language: localeConfig(code).label })]),
    ) as PerLanguage;
  return {
    title: t('title'),
    description: t('description'),
    heading: t('heading'),
    intro: t('intro'),
    columns: t('columns'),
    moveEarlier: perLanguage('moveEarlier'),
    moveLater: perLanguage('moveLater'),
    remove: perLanguage('remove'),
    add: perLanguage('add'),
    showOnPhone: t('showOnPhone'),
    showAll: t('showAll'),
    paragraph: Object.fromEntries(
      Array.from({ length: PARAGRAPH_COUNT }, (_, i) => [i + 1, t('paragraph', { number: i + 1 })]),
    ),
    download: t('download'),
  };
}
