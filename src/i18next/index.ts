/**
 * i18next for the components that show several languages at once (the parallel view, the glossary). Each
 * namespace has one JSON file per locale in ./locales/<locale>/ (the language suggestion, which speaks the
 * reader's language rather than the page's, reads its four strings from there without the runtime);
 * everything else in the interface uses Docusaurus's <Translate>. The parallel view's and the glossary page's
 * own strings are resolved at build (./parallelView.ts, ./glossaryPage.ts), so neither page runs i18next to
 * hydrate.
 */
import { createInstance, type i18n as I18n } from 'i18next';

import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '../locales';

/** A page's title and meta description, resolved at build. */
export interface PageHead {
  readonly title: string;
  readonly description: string;
}

/** One namespace's strings in every locale: flat, or nested one level per key (`term.note`). */
export type Resources = Record<LocaleCode, Readonly<Record<string, unknown>>>;

/** A ready i18next instance for one namespace; synchronous, since the resources are bundled with the caller. */
export function createTranslator(namespace: string, resources: Resources): I18n {
  const instance = createInstance();
  void instance.init({
    initAsync: false,
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALE_CODES],
    ns: [namespace],
    defaultNS: namespace,
    resources: Object.fromEntries(LOCALE_CODES.map((locale) => [locale, { [namespace]: resources[locale] }])),
    interpolation: { escapeValue: false },
  });
  return instance;
}
