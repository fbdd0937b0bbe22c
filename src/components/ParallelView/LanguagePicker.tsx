import clsx from 'clsx';
import type { ReactNode } from 'react';

import type { ParallelViewStrings } from '@site/src/i18next/parallelView';
import { LOCALE_CODES, localeConfig, type LocaleCode } from '@site/src/locales';

import { MAX_COLUMNS, MIN_COLUMNS, moveLanguage } from './languages';
import styles from './styles.module.css';

interface Props {
  readonly strings: ParallelViewStrings;
  readonly languages: readonly LocaleCode[];
  readonly onChange: (languages: readonly LocaleCode[]) => void;
  /** On phones, one language at a time can be shown instead of all of them. */
  readonly shownOnPhone: LocaleCode | null;
  readonly onShowOnPhone: (language: LocaleCode | null) => void;
}

function LanguageName({ code }: { readonly code: LocaleCode }): ReactNode {
  const { htmlLang, label } = localeConfig(code);
  return <span lang={htmlLang}>{label}</span>;
}

/** Which languages stand in the columns, in which order; and, on a phone, which of them to show. */
export default function LanguagePicker({
  strings,
  languages,
  onChange,
  shownOnPhone,
  onShowOnPhone,
}: Props): ReactNode {
  const absent = LOCALE_CODES.filter((code) => !languages.includes(code));
  return (
    <div className={styles.picker}>
      <div className={styles.pickerRow}>
        <span className={styles.pickerLabel} id="parallel-columns">
          {strings.columns}
        </span>
        <ol className={styles.chips} aria-labelledby="parallel-columns">
          {languages.map((code, index) => (
            <li key={code} className={styles.chip} data-language={code}>
              <LanguageName code={code} />
              <button
                type="button"
                className={styles.chipButton}
                aria-label={strings.moveEarlier[code]}
                disabled={index === 0}
                onClick={() => onChange(moveLanguage(languages, code, -1))}>
                ‹
              </button>
              <button
                type="button"
                className={styles.chipButton}
                aria-label={strings.moveLater[code]}
                disabled={index === languages.length - 1}
                onClick={() => onChange(moveLanguage(languages, code, 1))}>
                ›
              </button>
              <button
                type="button"
                className={styles.chipButton}
                aria-label={strings.remove[code]}
                disabled={languages.length <= MIN_COLUMNS}
                onClick={() => onChange(languages.filter((other) => other !== code))}>
                ×
              </button>
            </li>
          ))}
        </ol>
        {absent.map((code) => (
          <button
            key={code}
            type="button"
            className="button button--outline button--primary button--sm"
            disabled={languages.length >= MAX_COLUMNS}
            aria-label={strings.add[code]}
            onClick={() => onChange([...languages, code])}>
            + <LanguageName code={code} />
          </button>
        ))}
      </div>
      <div className={clsx(styles.pickerRow, styles.phoneOnly)} role="group" aria-label={strings.showOnPhone}>
        <button
          type="button"
          className={styles.toggle}
          aria-pressed={shownOnPhone === null}
          onClick={() => onShowOnPhone(null)}>
          {strings.showAll}
        </button>
        {languages.map((code) => (
          <button
            key={code}
            type="button"
            className={styles.toggle}
            aria-pressed={shownOnPhone === code}
            onClick={() => onShowOnPhone(code)}>
            <LanguageName code={code} />
          </button>
        ))}
      </div>
    </div>
  );
}
