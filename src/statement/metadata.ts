/**
 * What the statement is, in every language: its title, speaker, meeting, place and date, and the source the
 * English text is reproduced from. The JSON-LD, the downloads, the citations, the social cards, the landing
 * page and the page titles read it from here; nothing else spells these facts.
 */
import { DEFAULT_LOCALE, type LocaleCode } from '../locales';

/** The day of the meeting and of the statement (ISO 8601). */
export const STATEMENT_DATE = '2023-07-04';

/** The published English readout this site reproduces (source/statement.en.txt). */
export const SOURCE = {
  publisher: 'Ministry of Foreign Affairs of the People’s Republic of China',
  title:
    'Xi Jinping Attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and Delivers Important Statement',
  language: 'en',
  date: STATEMENT_DATE,
  /** The MFA's English site; the readout's own address is not recorded here yet. */
  url: 'https://www.fmprc.gov.cn/mfa_eng/',
  /** What the readout is: a summary in the third person, not a transcript of the speech. */
  kind: 'readout',
} as const;

/** An official publication of the speech or the readout in Chinese or Russian. */
export interface OfficialPublication {
  /** The publisher, as it names itself in the publication's language. */
  readonly publisher: string;
  /** The publication's title, in its language. */
  readonly title: string;
  /** Where it is published, or (see `exact`) the publisher's site where it can be found. */
  readonly url: string;
  /** ISO 8601. */
  readonly date: string;
  readonly language: LocaleCode;
  /** `true` when `url` is the publication itself; `false` when it is the publisher's site, where it is found. */
  readonly exact: boolean;
}

/**
 * The official Chinese and Russian texts, for readers who want them rather than this site's translations. They
 * differ from the English readout: the Chinese speech text is the speech itself (first person), the readouts
 * are summaries. Plain links: the site makes no request to them.
 */
export const OFFICIAL_PUBLICATIONS: Readonly<Partial<Record<LocaleCode, readonly OfficialPublication[]>>> = {
  'zh-Hans': [
    {
      publisher: '新华社',
      title: '牢记初心使命 坚持团结协作 实现更大发展——在上海合作组织成员国元首理事会第二十三次会议上的讲话',
      url: 'https://www.news.cn/',
      date: STATEMENT_DATE,
      language: 'zh-Hans',
      exact: false,
    },
    {
      publisher: '中华人民共和国外交部',
      title: '习近平出席上海合作组织成员国元首理事会第二十三次会议并发表重要讲话',
      url: 'https://www.mfa.gov.cn/',
      date: STATEMENT_DATE,
      language: 'zh-Hans',
      exact: false,
    },
  ],
  'ru': [
    {
      publisher: 'Синьхуа',
      title: 'Быть верными исходным целям и объединяться во имя нового развития',
      url: 'https://russian.news.cn/',
      date: STATEMENT_DATE,
      language: 'ru',
      exact: false,
    },
    {
      publisher: 'Президент России',
      title: 'Нью-Делийская декларация Совета глав государств – членов Шанхайской организации сотрудничества',
      url: 'https://kremlin.ru/supplement/5963',
      date: STATEMENT_DATE,
      language: 'ru',
      exact: true,
    },
  ],
};

/** The official publications in a translated locale's language (none for English, the source). */
export function officialPublications(locale: LocaleCode): readonly OfficialPublication[] {
  return OFFICIAL_PUBLICATIONS[locale] ?? [];
}

export interface StatementMetadata {
  /** The statement's own title. */
  readonly title: string;
  readonly speaker: string;
  readonly speakerRole: string;
  readonly meeting: string;
  /** Where the speaker was (the meeting was held by video link). */
  readonly place: string;
  /** The date as this language writes it. */
  readonly date: string;
}

export const STATEMENT: Record<LocaleCode, StatementMetadata> = {
  'en': {
    title: 'Staying True to Our Founding Mission and Advancing Unity and Coordination to Realize Greater Development',
    speaker: 'Xi Jinping',
    speakerRole: 'President of the People’s Republic of China',
    meeting: '23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization',
    place: 'Beijing',
    date: '4 July 2023',
  },
  'zh-Hans': {
    title: '牢记初心使命 坚持团结协作 实现更大发展',
    speaker: '习近平',
    speakerRole: '中华人民共和国主席',
    meeting: '上海合作组织成员国元首理事会第二十三次会议',
    place: '北京',
    date: '2023年7月4日',
  },
  'ru': {
    title: 'Быть верными исходным целям и объединяться во имя нового развития',
    speaker: 'Си Цзиньпин',
    speakerRole: 'Председатель КНР',
    meeting: '23-е заседание Совета глав государств\u00a0— членов Шанхайской организации сотрудничества',
    place: 'Пекин',
    date: '4\u00a0июля 2023\u00a0года',
  },
};

/** What each edition's text is, said in its own language at the head of the downloads. */
export interface EditionNote {
  /** What the text is: the readout itself, or this site's translation of it. */
  readonly note: string;
  /** Introduces the English readout's publisher, title, date and address (with its colon and space). */
  readonly sourceLabel: string;
  /** Introduces each official publication in this language (none in English), as `sourceLabel`. */
  readonly officialLabel: string;
}

export const EDITION_NOTES: Record<LocaleCode, EditionNote> = {
  'en': {
    note: 'The English readout published by the Ministry of Foreign Affairs of the People’s Republic of China: a summary of the statement in the third person, not a transcript of the speech.',
    sourceLabel: 'Source: ',
    officialLabel: 'Official text: ',
  },
  'zh-Hans': {
    note: '本文是本站对中华人民共和国外交部英文新闻稿的翻译，不是官方中文文本。该新闻稿以第三人称概述讲话，并非讲话实录。',
    sourceLabel: '原文：',
    officialLabel: '官方中文文本：',
  },
  'ru': {
    note: 'Перевод редакции сайта с английского текста сообщения МИД КНР; это не официальный текст. Сообщение излагает выступление в третьем лице и не является стенограммой речи.',
    sourceLabel: 'Оригинал: ',
    officialLabel: 'Официальный текст на русском языке: ',
  },
};

/** The Chinese and Russian texts are this site's translations of the English readout. */
export function isTranslation(locale: LocaleCode): boolean {
  return locale !== DEFAULT_LOCALE;
}
