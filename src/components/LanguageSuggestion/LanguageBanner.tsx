import { useLocation } from '@docusaurus/router';
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';
import type { ReactNode } from 'react';

import { localeConfig, type LocaleCode } from '@site/src/locales';
import en from '@site/src/i18next/locales/en/languageSuggestion.json';
import ru from '@site/src/i18next/locales/ru/languageSuggestion.json';
import zhHans from '@site/src/i18next/locales/zh-Hans/languageSuggestion.json';

import styles from './styles.module.css';

/**
 * The banner's strings in each language, from the i18next resource files. Four fixed strings, with no values or
 * plurals: read directly, they spare the pages that show the banner the i18next runtime (about 17 KB).
 */
const STRINGS: Record<LocaleCode, typeof en> = { en, 'zh-Hans': zhHans, ru };

interface Props {
  readonly locale: LocaleCode;
  readonly onDismiss: () => void;
}

/** The suggestion itself, written in the suggested language. */
export default function LanguageBanner({ locale, onDismiss }: Props): ReactNode {
  // The same page and passage, with the same view of it: `?langs=` of the parallel view, `?q=` of a search.
  const { search, hash } = useLocation();
  const alternates = useAlternatePageUtils();
  const strings = STRINGS[locale];
  const lang = localeConfig(locale).htmlLang;
  return (
    <aside className={styles.banner} lang={lang} aria-label={strings.label} data-language-suggestion={locale}>
      <p className={styles.message}>{strings.message}</p>
      <a
        className="button button--primary button--sm"
        href={`${alternates.createUrl({ locale, fullyQualified: false })}${search}${hash}`}
        hrefLang={lang}>
        {strings.read}
      </a>
      <button type="button" className="button button--secondary button--sm" onClick={onDismiss}>
        {strings.dismiss}
      </button>
    </aside>
  );
}
