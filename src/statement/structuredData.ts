/**
 * The schema.org description of the statement (JSON-LD), in the language of the locale being built; for the
 * Chinese and Russian editions it says they are translations of the English work. Its author is the readout's
 * publisher (the readout reports the speaker, who is `mentions`); it names the texts each edition is based on
 * (`isBasedOn`), with an address only where one is verified. The Highwire and Dublin Core tags of
 * every statement page (citationMeta.ts) say the same things.
 */
import { DEFAULT_LOCALE, localeConfig, localePrefix, type LocaleCode } from '../locales';
import { isTranslation, PROVENANCE, SOURCE, STATEMENT, STATEMENT_DATE } from './metadata';
import { READOUT } from './readout';

export function statementJsonLd(locale: LocaleCode, siteUrl: string): Record<string, unknown> {
  const statement = STATEMENT[locale];
  const url = `${siteUrl}${localePrefix(locale)}/`;
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    'name': statement.title,
    'headline': statement.title,
    url,
    'inLanguage': localeConfig(locale).htmlLang,
    'author': { '@type': 'Organization', 'name': READOUT[locale].publisher },
    'description': PROVENANCE[locale].about,
    'mentions': { '@type': 'Person', 'name': statement.speaker, 'jobTitle': statement.speakerRole },
    'dateCreated': STATEMENT_DATE,
    'publisher': { '@type': 'Organization', 'name': SOURCE.publisher },
    'isBasedOn': PROVENANCE[locale].basedOn.map((publication) => ({
      '@type': 'CreativeWork',
      'name': publication.title,
      'inLanguage': localeConfig(publication.language).htmlLang,
      'datePublished': publication.date,
      'publisher': { '@type': 'Organization', 'name': publication.publisher },
      ...(publication.url ? { url: publication.url } : {}),
    })),
    'locationCreated': { '@type': 'Place', 'name': statement.place },
    'about': {
      '@type': 'Event',
      'name': statement.meeting,
      'startDate': STATEMENT_DATE,
      'eventAttendanceMode': 'https://schema.org/OnlineEventAttendanceMode',
      'organizer': { '@type': 'Organization', 'name': 'Shanghai Cooperation Organisation', 'alternateName': 'SCO' },
    },
    ...(isTranslation(locale)
      ? {
          translationOfWork: {
            '@type': 'CreativeWork',
            'name': STATEMENT[DEFAULT_LOCALE].title,
            'inLanguage': DEFAULT_LOCALE,
            'url': `${siteUrl}/`,
          },
        }
      : {}),
  };
}
