/**
 * The published readout as each language names it, for citations (kept apart from metadata.ts, whose facts
 * every statement page loads: these only the citation code and the build need).
 */
import type { LocaleCode } from '../locales';
import { SOURCE } from './metadata';

/**
 * What is cited is the Ministry's English readout (all fifteen paragraphs, of which ¶1 and ¶11–¶15 report the
 * meeting, not the speaker's words), and in Chinese and Russian this site's translation of it.
 */
export const READOUT: Record<
  LocaleCode,
  {
    readonly publisher: string;
    readonly title: string;
    /** The title as CSL data holds it: in sentence case, which styles that want title case (Chicago, MLA) raise. */
    readonly sentenceCaseTitle?: string;
  }
> = {
  'en': {
    publisher: SOURCE.publisher,
    title: SOURCE.title,
    sentenceCaseTitle:
      'Xi Jinping attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and delivers important statement',
  },
  'zh-Hans': {
    publisher: '中华人民共和国外交部',
    title: '习近平出席上海合作组织成员国元首理事会第二十三次会议并发表重要讲话',
  },
  'ru': {
    publisher: 'Министерство иностранных дел Китайской Народной Республики',
    title:
      'Си Цзиньпин принял участие в 23-м заседании Совета глав государств\u00a0— членов Шанхайской организации сотрудничества и выступил с важной речью',
  },
};
