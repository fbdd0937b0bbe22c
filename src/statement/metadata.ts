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
} as const;

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

/** The Chinese and Russian texts are this site's translations of the English readout. */
export function isTranslation(locale: LocaleCode): boolean {
  return locale !== DEFAULT_LOCALE;
}
