/**
 * The one list of the site's locales. The Docusaurus config, the statement model, the tests and the scripts
 * all read it; add a locale here (and its translated files) and everything that iterates over locales picks
 * it up. Nothing else names a locale: what differs between languages is a field here.
 */

export interface LocaleDefinition {
  /** Docusaurus's locale: its files are in i18n/<code>/. */
  readonly code: string;
  /** The language's own name for itself. */
  readonly label: string;
  /** BCP 47 tag of `lang` and `hreflang`. */
  readonly htmlLang: string;
  /** The first segment of its URLs (`/zh-Hans/…`); the default locale has none. */
  readonly path: string;
  /** How the language is written (ISO 15924): Latn, Cyrl, Hans… Spacing and the untranslated-text check read it. */
  readonly script: string;
  /** Ends every page title (“Point 3 … | <siteTitle>”). */
  readonly siteTitle: string;
}

export const LOCALES = [
  {
    code: 'en',
    label: 'English',
    htmlLang: 'en',
    path: 'en',
    script: 'Latn',
    siteTitle: 'SCO 2023 · Xi Jinping’s statement',
  },
  {
    code: 'zh-Hans',
    label: '简体中文',
    htmlLang: 'zh-Hans',
    path: 'zh-Hans',
    script: 'Hans',
    siteTitle: '2023年上合组织峰会习近平讲话',
  },
  {
    code: 'ru',
    label: 'Русский',
    htmlLang: 'ru',
    path: 'ru',
    script: 'Cyrl',
    siteTitle: 'ШОС-2023 · Выступление Си Цзиньпина',
  },
] as const satisfies readonly LocaleDefinition[];

export type LocaleCode = (typeof LOCALES)[number]['code'];

export const DEFAULT_LOCALE: LocaleCode = 'en';

/** Scripts written without spaces between words or sentences (scriptio continua). */
const UNSPACED_SCRIPTS = new Set(['Hans', 'Hant', 'Hani', 'Jpan', 'Thai', 'Laoo', 'Khmr', 'Mymr', 'Tibt']);

/** A language tag's language and script, the script filled in where the tag leaves it implicit (zh-TW → Hant). */
function languageAndScript(tag: string): { language: string; script?: string } | undefined {
  try {
    const { language, script } = new Intl.Locale(tag).maximize();
    return { language, script };
  } catch {
    return undefined; // not a language tag at all
  }
}

/**
 * The helpers over a list of locales. The site's are exported below; a test can build them over a longer
 * list to show that one more entry is all a new locale takes.
 */
export function localeHelpers<L extends LocaleDefinition>(locales: readonly L[]) {
  const codes: readonly L['code'][] = locales.map((locale) => locale.code);

  function localeConfig(code: string): L {
    const locale = locales.find((candidate) => candidate.code === code);
    if (!locale) throw new Error(`Unknown locale "${code}": it is not in src/locales.ts`);
    return locale;
  }

  /** The URL prefix of a locale's pages: '' for the default locale, `/<path>` for the others. */
  function localePrefix(code: string): string {
    return code === DEFAULT_LOCALE ? '' : `/${localeConfig(code).path}`;
  }

  /** Whether the language puts spaces between words and sentences (not Chinese, Japanese, Thai…). */
  function writesWithSpaces(code: string): boolean {
    return !UNSPACED_SCRIPTS.has(localeConfig(code).script);
  }

  /**
   * The site locale that serves a language tag, or undefined: the same code in any case (`ZH-HANS`), else the
   * same language in the same script (`zh-TW` → a zh-Hant locale, `zh-CN` and `zh` → zh-Hans), else the same
   * language in whatever script the site has it (`zh-TW` → zh-Hans when there is no zh-Hant).
   */
  function matchLocale(tag: string): L['code'] | undefined {
    const wanted = tag.trim().toLowerCase();
    const exact = locales.find((locale) => locale.code.toLowerCase() === wanted);
    if (exact) return exact.code;
    const asked = languageAndScript(wanted);
    if (!asked) return undefined;
    const sameLanguage = locales.filter((locale) => languageAndScript(locale.htmlLang)?.language === asked.language);
    return (sameLanguage.find((locale) => locale.script === asked.script) ?? sameLanguage[0])?.code;
  }

  return { LOCALES: locales, LOCALE_CODES: codes, localeConfig, localePrefix, writesWithSpaces, matchLocale };
}

export const { LOCALE_CODES, localeConfig, localePrefix, writesWithSpaces, matchLocale } = localeHelpers(LOCALES);
