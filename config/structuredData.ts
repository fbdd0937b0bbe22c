/**
 * The schema.org description of the statement (JSON-LD), in the language of the locale being built; for the
 * Chinese and Russian editions it says they are translations of the English work.
 */
import { DEFAULT_LOCALE, localeConfig, localePrefix, type LocaleCode } from './locales';

export const STATEMENT_TITLES: Record<LocaleCode, { work: string; speaker: string; meeting: string; place: string }> = {
  'en': {
    work: 'Staying True to Our Founding Mission and Advancing Unity and Coordination to Realize Greater Development',
    speaker: 'Xi Jinping',
    meeting: '23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization',
    place: 'Beijing',
  },
  'zh-Hans': {
    work: '牢记初心使命 坚持团结协作 实现更大发展',
    speaker: '习近平',
    meeting: '上海合作组织成员国元首理事会第二十三次会议',
    place: '北京',
  },
  'ru': {
    work: 'Хранить верность изначальной миссии, крепить единство и координацию ради большего развития',
    speaker: 'Си Цзиньпин',
    meeting: '23-е заседание Совета глав государств — членов Шанхайской организации сотрудничества',
    place: 'Пекин',
  },
};

export function statementJsonLd(locale: LocaleCode, siteUrl: string): Record<string, unknown> {
  const names = STATEMENT_TITLES[locale];
  const url = `${siteUrl}${localePrefix(locale)}/`;
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    'name': names.work,
    'headline': names.work,
    url,
    'inLanguage': localeConfig(locale).htmlLang,
    'author': { '@type': 'Person', 'name': names.speaker, 'jobTitle': 'President of the People’s Republic of China' },
    'dateCreated': '2023-07-04',
    'locationCreated': { '@type': 'Place', 'name': names.place },
    'about': {
      '@type': 'Event',
      'name': names.meeting,
      'startDate': '2023-07-04',
      'eventAttendanceMode': 'https://schema.org/OnlineEventAttendanceMode',
      'organizer': { '@type': 'Organization', 'name': 'Shanghai Cooperation Organisation', 'alternateName': 'SCO' },
    },
    ...(locale === DEFAULT_LOCALE
      ? {}
      : {
          translationOfWork: {
            '@type': 'CreativeWork',
            'name': STATEMENT_TITLES[DEFAULT_LOCALE].work,
            'inLanguage': DEFAULT_LOCALE,
            'url': `${siteUrl}/`,
          },
        }),
  };
}
