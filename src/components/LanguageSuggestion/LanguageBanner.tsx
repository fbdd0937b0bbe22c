import { useLocation } from '@docusaurus/router';
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';
import type { ReactNode } from 'react';

import { localeConfig, type LocaleCode } from '@site/src/locales';
import { createTranslator } from '@site/src/i18next';
import en from '@site/src/i18next/locales/en/languageSuggestion.json';
import ru from '@site/src/i18next/locales/ru/languageSuggestion.json';
import zhHans from '@site/src/i18next/locales/zh-Hans/languageSuggestion.json';

import styles from './styles.module.css';

const i18n = createTranslator('languageSuggestion', { en, 'zh-Hans': zhHans, ru });

interface Props {
  readonly locale: LocaleCode;
  readonly onDismiss: () => void;
}

/** The suggestion itself, written in the suggested language. */
export default function LanguageBanner({ locale, onDismiss }: Props): ReactNode {
  // The same page and passage, with the same view of it: `?langs=` of the parallel view, `?q=` of a search.
  const { search, hash } = useLocation();
  const alternates = useAlternatePageUtils();
  const t = i18n.getFixedT(locale);
  const lang = localeConfig(locale).htmlLang;
  return (
    <aside className={styles.banner} lang={lang} aria-label={t('label')} data-language-suggestion={locale}>
      <p className={styles.message}>{t('message')}</p>
      <a
        className="button button--primary button--sm"
        href={`${alternates.createUrl({ locale, fullyQualified: false })}${search}${hash}`}
        hrefLang={lang}>
        {t('read')}
      </a>
      <button type="button" className="button button--secondary button--sm" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </aside>
  );
}
