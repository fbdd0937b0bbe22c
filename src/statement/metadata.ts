/**
 * What the statement is, in every language: its title, speaker, meeting, place and date; the source the
 * English text is reproduced from; and, per language, what the text is and what it is based on (PROVENANCE).
 * The notices, the footer, the landing page, the JSON-LD, the downloads, the citations, the quote cards and the
 * page titles read it from here; nothing else spells these facts.
 */
import { DEFAULT_LOCALE, localeConfig, type LocaleCode } from '../locales';
import { voiceOf } from './model';

/** The day of the meeting and of the statement (ISO 8601). */
export const STATEMENT_DATE = '2023-07-04';

/**
 * A published text: who published it, under what title, when and in what language. `url` is present only when
 * it is the verified address of that text itself, never a publisher's home page; without it, a page says
 * "published by … on …" and links nothing.
 */
export interface Publication {
  /** The publisher, as it names itself in the publication's language. */
  readonly publisher: string;
  /** The publication's title, in its language. */
  readonly title: string;
  /** ISO 8601. */
  readonly date: string;
  readonly language: LocaleCode;
  readonly url?: string;
}

/**
 * The published English readout this site reproduces (source/statement.en.txt): a summary in the third person,
 * not a transcript. Its own address could not be verified, so none is given.
 */
export const SOURCE = {
  publisher: 'Ministry of Foreign Affairs of the People’s Republic of China',
  title:
    'Xi Jinping Attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and Delivers Important Statement',
  language: 'en',
  date: STATEMENT_DATE,
  kind: 'readout',
} as const satisfies Publication & { readonly kind: 'readout' };

/** Xinhua's Chinese texts: seen in reprints that carry its dateline (新华社北京7月4日电), not at an address of its own. */
const XINHUA_SPEECH: Publication = {
  publisher: '新华社',
  title: '牢记初心使命 坚持团结协作 实现更大发展——在上海合作组织成员国元首理事会第二十三次会议上的讲话',
  date: STATEMENT_DATE,
  language: 'zh-Hans',
};
const XINHUA_READOUT: Publication = {
  publisher: '新华社',
  title: '习近平出席上海合作组织成员国元首理事会第二十三次会议并发表重要讲话',
  date: STATEMENT_DATE,
  language: 'zh-Hans',
};

/**
 * The official Chinese and Russian texts, for readers who want them rather than this site's texts. They differ
 * from the English readout: the Chinese speech text is the speech itself (first person), the readouts are
 * summaries. None has a verified address, so none is linked.
 */
export const OFFICIAL_PUBLICATIONS: Readonly<Partial<Record<LocaleCode, readonly Publication[]>>> = {
  'zh-Hans': [XINHUA_SPEECH, XINHUA_READOUT],
  'ru': [
    {
      publisher: 'Синьхуа',
      title: 'Быть верными исходным целям и объединяться во имя нового развития',
      date: STATEMENT_DATE,
      language: 'ru',
    },
  ],
};

/** The official publications in a translated locale's language (none for English, the source). */
export function officialPublications(locale: LocaleCode): readonly Publication[] {
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

/** What a language's text is and what it is based on, said once in that language. */
export interface Provenance {
  /** What this language's text is: the readout itself, or what this site made of which published texts. */
  readonly about: string;
  /** What the three texts are, in this language (the landing page). */
  readonly editions: string;
  /** What the Chinese and Russian columns of the parallel view are, in this language, briefly. */
  readonly columns: string;
  /** The published texts this language's text is based on. */
  readonly basedOn: readonly Publication[];
  /** The byline of ¶1 and ¶11–¶15, the readout's own report of the meeting. */
  readonly readoutByline: string;
  /** The editorial matter the site adds (the footer says it after `about`). */
  readonly editorial: string;
  /** Introduces the English readout's publisher, title and date (with its colon and space). */
  readonly sourceLabel: string;
  /** Introduces each official publication in this language (none in English), as `sourceLabel`. */
  readonly officialLabel: string;
  /** "published by {publisher} on {date}": a publication without a verified address. */
  readonly publishedBy: (publisher: string, date: string) => string;
  /** The sentence that gives the day (ISO) this site's text was last revised (citations, downloads). */
  readonly revised: (iso: string) => string;
  /**
   * What a citation of this site's translation adds to the title or as translator, in the form the language's
   * citation standard uses (src/citation/item.ts).
   */
  readonly citedAs?: { readonly subtitle?: string; readonly translator?: string };
}

export const PROVENANCE: Record<LocaleCode, Provenance> = {
  'en': {
    about:
      'This is the English readout published by China’s Ministry of Foreign Affairs: ¶2–¶10 report Xi Jinping’s statement in the third person (not a transcript of the speech); ¶1 and ¶11–¶15 report the meeting.',
    editions:
      'The English text is the readout that China’s Ministry of Foreign Affairs published in English: ¶2–¶10 report Xi Jinping’s statement in the third person, not a transcript of the speech; ¶1 and ¶11–¶15 report the meeting. The Chinese text is based on the Chinese texts published by Xinhua, arranged sentence by sentence to match the English readout and translated by this site where they have no counterpart; the Russian text is this site’s translation of the English readout. Neither is an official text.',
    columns:
      'The Chinese column is based on Xinhua’s published Chinese texts, arranged sentence by sentence by the English readout; the Russian column is this site’s translation of the readout. Neither is an official text.',
    basedOn: [SOURCE],
    readoutByline: 'MFA readout',
    editorial: 'Summaries, tables and key figures marked “Editorial” are this site’s.',
    sourceLabel: 'Source: ',
    officialLabel: 'Official text: ',
    publishedBy: (publisher, date) => `published by ${publisher} on ${date}`,
    revised: (iso) => `Text last revised on ${dateIn('en', iso)}.`,
  },
  'zh-Hans': {
    about:
      '本站中文文本以新华社发布的中文稿为基础，按中国外交部英文新闻稿逐句编排；无对应中文原文之处由本站翻译，主要改动见“译文说明”。它不是官方中文文本。',
    editions:
      '英文文本是中国外交部发布的英文新闻稿：第2—10段以第三人称转述习近平的讲话，并非讲话实录；第1段和第11—15段报道会议情况。中文文本以新华社发布的中文稿为基础，按英文新闻稿逐句编排，无对应中文原文之处由本站翻译；俄文文本是本站据英文新闻稿翻译的译文。二者均不是官方文本。',
    columns:
      '中文栏以新华社发布的中文稿为基础，按英文新闻稿逐句编排；俄文栏是本站据英文新闻稿翻译的译文。二者均不是官方文本。',
    basedOn: [XINHUA_SPEECH, XINHUA_READOUT, SOURCE],
    readoutByline: '中国外交部新闻稿',
    editorial: '标有“编者注”的摘要、表格和关键数据均由本站编写。',
    sourceLabel: '英文新闻稿：',
    officialLabel: '官方中文文本：',
    publishedBy: (publisher, date) => `${publisher}，${date}发布`,
    revised: (iso) => `本站文本最后修订于${dateIn('zh-Hans', iso)}。`,
    citedAs: { subtitle: '以新华社中文稿为基础、按英文新闻稿编排的本站中文本' },
  },
  'ru': {
    about:
      'Это перевод редакции сайта с английского текста сообщения МИД КНР (изложение выступления в третьем лице, а не стенограмма); официальным текстом он не является.',
    editions:
      'Английский текст\u00a0— сообщение, опубликованное МИД КНР на английском языке: абзацы 2–10 излагают выступление Си Цзиньпина в третьем лице (это не стенограмма речи), абзацы 1 и 11–15 сообщают о заседании. Китайский текст основан на китайских текстах, опубликованных агентством Синьхуа, и выстроен по фразам английского сообщения; где китайского соответствия нет, он переведён редакцией сайта. Русский текст\u00a0— перевод редакции сайта с английского текста сообщения. Ни тот ни другой не является официальным текстом.',
    columns:
      'Китайский столбец основан на китайских текстах Синьхуа и выстроен по фразам английского сообщения; русский столбец\u00a0— перевод редакции сайта с английского текста сообщения. Ни тот ни другой не является официальным текстом.',
    basedOn: [SOURCE],
    readoutByline: 'Сообщение МИД КНР',
    editorial: 'Резюме, таблицы и ключевые цифры с пометкой «От редакции» подготовлены редакцией сайта.',
    sourceLabel: 'Оригинал: ',
    officialLabel: 'Официальный текст на русском языке: ',
    publishedBy: (publisher, date) => `опубликовано: ${publisher}, ${date}`,
    // ГОСТ 7.82's “Дата обновления”, with the date as ГОСТ writes it.
    revised: (iso) => `Дата обновления текста: ${iso.split('-').reverse().join('.')}.`,
    citedAs: { translator: 'с англ. редакции сайта' },
  },
};

/** An ISO date as this language writes dates. */
export function dateIn(locale: LocaleCode, iso: string): string {
  if (iso === STATEMENT_DATE) return STATEMENT[locale].date;
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(localeConfig(locale).typography.dateLocale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** Whom a passage of paragraph `paragraph` is by, as a byline: the speaker for ¶2–¶10, else the readout. */
export function passageByline(locale: LocaleCode, paragraph: number): string {
  return voiceOf(paragraph) === 'speaker' ? STATEMENT[locale].speaker : PROVENANCE[locale].readoutByline;
}

/** The English text is the readout itself; the Chinese and Russian texts are this site's. */
export function isTranslation(locale: LocaleCode): boolean {
  return locale !== DEFAULT_LOCALE;
}
