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
  /** The app's name under its icon on a home screen: a dozen characters at most. */
  readonly shortName: string;
  /** The social card's line under the title (scripts/social-cards.ts). */
  readonly byline: string;
  /** Open Graph's language_TERRITORY form (`og:locale`). */
  readonly ogLocale: string;
  readonly typography: Typography;
  readonly citation: CitationConventions;
  /** The words of an e-book itself (not the statement's). */
  readonly ebook: { readonly contents: string; readonly titlePage: string };
}

/** How the language sets what the site writes around its texts. */
export interface Typography {
  /** The marks around a title: “…”, «…», 《…》. */
  readonly titleQuotes: readonly [open: string, close: string];
  /** Between the parts of a reference: ', ' or the full-width '，'. */
  readonly comma: string;
  /** Before a label's value: ': ' or the full-width '：'. */
  readonly colon: string;
  /** The Intl locale its dates are written in (English as the site writes it: 4 July 2023). */
  readonly dateLocale: string;
  /** Whether a four-digit figure is grouped (1,000), or only five digits and more (1000, 10 000). */
  readonly groupsFourDigits: boolean;
  /** Whether its words decline, so a glossary term may occur with another ending (один → одного). */
  readonly declines: boolean;
  /** What must not occur in its texts, each with what is wrong (the content tests check every text). */
  readonly faults: readonly { readonly pattern: RegExp; readonly fault: string }[];
}

/** How the language cites: the CSL locale and style, and what CSL does not say as the language does. */
export interface CitationConventions {
  /** The CSL locale its citations are formatted in. */
  readonly cslLocale: string;
  /** The citation style (an id of src/citation/styles.ts) the ¶ menu offers first. */
  readonly defaultStyle: string;
  /** A sentence pinpoint after the paragraph's, `{n}` the sentence: ', sentence {n}'. */
  readonly sentence: string;
  /** A paragraph in MLA's parenthetical citation, `{n}` the paragraph: 'par. {n}'. */
  readonly mlaParagraph: string;
  /** The whole pinpoint where a style has no locator (GB/T 7714), when the language has its own form. */
  readonly pinpoint?: { readonly paragraph: string; readonly sentence: string };
  /** Its word for a paragraph, where the CSL locale's differs (single and plural, long and short forms). */
  readonly paragraphTerm?: Readonly<Record<'long' | 'short', readonly [single: string, multiple: string]>>;
  /** Dates with a day: the day before the month, and the month names that take (Russian's genitive). */
  readonly dayFirst?: { readonly months: readonly string[] };
  /** Dates in figures, each part followed by its sign (2023年7月4日). */
  readonly dateInFigures?: { readonly year: string; readonly month: string; readonly day: string };
}

export const LOCALES = [
  {
    code: 'en',
    label: 'English',
    htmlLang: 'en',
    path: 'en',
    script: 'Latn',
    siteTitle: 'SCO 2023 · Xi Jinping’s statement',
    shortName: 'SCO 2023',
    byline: 'Xi Jinping · 23rd SCO Council of Heads of State · 4 July 2023',
    ogLocale: 'en_US',
    typography: {
      titleQuotes: ['“', '”'],
      comma: ', ',
      colon: ': ',
      dateLocale: 'en-GB',
      groupsFourDigits: true,
      declines: false,
      faults: [],
    },
    citation: { cslLocale: 'en-US', defaultStyle: 'apa', sentence: ', sentence {n}', mlaParagraph: 'par. {n}' },
    ebook: { contents: 'Contents', titlePage: 'Title page' },
  },
  {
    code: 'zh-Hans',
    label: '简体中文',
    htmlLang: 'zh-Hans',
    path: 'zh-Hans',
    script: 'Hans',
    siteTitle: '2023年上合组织峰会习近平讲话',
    shortName: '上合峰会2023',
    byline: '习近平 · 上海合作组织成员国元首理事会第二十三次会议 · 2023年7月4日',
    ogLocale: 'zh_CN',
    typography: {
      titleQuotes: ['《', '》'],
      comma: '，',
      colon: '：',
      dateLocale: 'zh-Hans',
      groupsFourDigits: false,
      declines: false,
      faults: [
        {
          pattern: /\p{Script=Han}[,.;:?!]|[,;:?!]\p{Script=Han}/u,
          fault: 'half-width punctuation beside Chinese text',
        },
        { pattern: /"|«|»/u, fault: 'straight or Russian quotation marks (Chinese sets “ ”)' },
      ],
    },
    citation: {
      cslLocale: 'zh-CN',
      defaultStyle: 'gb-t-7714',
      sentence: ', 第{n}句',
      mlaParagraph: '第{n}段',
      pinpoint: { paragraph: '第{n}段', sentence: '第{n}句' },
      dateInFigures: { year: '年', month: '月', day: '日' },
    },
    ebook: { contents: '目录', titlePage: '扉页' },
  },
  {
    code: 'ru',
    label: 'Русский',
    htmlLang: 'ru',
    path: 'ru',
    script: 'Cyrl',
    siteTitle: 'ШОС-2023 · Выступление Си Цзиньпина',
    shortName: 'ШОС-2023',
    byline: 'Си Цзиньпин · 23-е заседание СГГ ШОС · 4 июля 2023 года',
    ogLocale: 'ru_RU',
    typography: {
      titleQuotes: ['«', '»'],
      comma: ', ',
      colon: ': ',
      dateLocale: 'ru',
      groupsFourDigits: false,
      declines: true,
      faults: [
        { pattern: / [—–]/u, fault: 'an ordinary space before a dash (Russian sets a non-breaking one)' },
        { pattern: /[“”"]/u, fault: 'English or straight quotation marks (Russian sets « »)' },
      ],
    },
    citation: {
      cslLocale: 'ru-RU',
      defaultStyle: 'gost',
      sentence: ', фраза {n}',
      mlaParagraph: 'абз. {n}',
      // The site's “абз.” (абзац), in every citation, search result and label; CSL's ru-RU prints “п.” (параграф).
      paragraphTerm: { long: ['абзац', 'абзацы'], short: ['абз.', 'абз.'] },
      dayFirst: {
        months: [
          'января',
          'февраля',
          'марта',
          'апреля',
          'мая',
          'июня',
          'июля',
          'августа',
          'сентября',
          'октября',
          'ноября',
          'декабря',
        ],
      },
    },
    ebook: { contents: 'Содержание', titlePage: 'Титульная страница' },
  },
] as const satisfies readonly LocaleDefinition[];

/** `template` with `{n}` replaced by `n`. */
export function fillNumber(template: string, n: number): string {
  return template.replace('{n}', String(n));
}

export type LocaleCode = (typeof LOCALES)[number]['code'];

export const DEFAULT_LOCALE: LocaleCode = 'en';

/** Scripts written without spaces between words or sentences (scriptio continua). */
const UNSPACED_SCRIPTS = new Set(['Hans', 'Hant', 'Hani', 'Jpan', 'Thai', 'Laoo', 'Khmr', 'Mymr', 'Tibt']);

/** A language tag as Intl reads it (aliases resolved: `iw` → `he`), or undefined when it is not one. */
function parseTag(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
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
    const asked = parseTag(wanted);
    if (!asked) return undefined;
    const sameLanguage = locales.filter((locale) => parseTag(locale.htmlLang)?.language === asked.language);
    if (sameLanguage.length < 2) return sameLanguage[0]?.code;
    // Only now the implicit script (zh-TW → Hant): `maximize` loads the likely-subtags data, a long task on a
    // phone's first load, which the language suggestion runs on every page.
    const { script } = asked.maximize();
    return (sameLanguage.find((locale) => locale.script === script) ?? sameLanguage[0]).code;
  }

  return { LOCALES: locales, LOCALE_CODES: codes, localeConfig, localePrefix, writesWithSpaces, matchLocale };
}

export const { LOCALE_CODES, localeConfig, localePrefix, writesWithSpaces, matchLocale } = localeHelpers(LOCALES);
