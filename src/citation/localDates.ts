/**
 * Dates as each locale writes them (its `citation` record in src/locales.ts), where a CSL style or locale spells
 * them the English way. Applied at build to the style and CSL locale a page's language formats with (see
 * data.ts); English is left as the styles write it.
 *
 * - APA 7 prints the month and day after the year (“2023, July 4”, §9.14) as two date parts of its own. Written
 *   so in another language they come out as “2023, июль 4” and “2023, 七月 4”: Russian writes the day first
 *   (“2023, 4 июля”); Chinese writes the whole date in figures with 年月日 (“2023年7月4日”).
 * - CSL locales name a month in the nominative (“июль”); with a day, Russian uses the genitive (“4 июля 2023 г.”).
 *   The statement's dates always have a day, so the Russian month names become genitive.
 */
import { localeConfig, type CitationConventions, type LocaleCode } from '../locales';
import type { CslNode } from './cslData';

type Rewrite = (node: CslNode) => CslNode;

const part = (name: string, attrs: Record<string, string> = {}): CslNode => ({
  name: 'date-part',
  attrs: { name, ...attrs },
  children: [],
});

const partNames = (node: CslNode) =>
  node.children.filter((child): child is CslNode => typeof child !== 'string').map((child) => child.attrs.name);

/** A `<date>` drawn as month then day (APA's “July 4” after the year). */
const isMonthDay = (node: CslNode) => node.name === 'date' && partNames(node).join() === 'month,day';

/** APA's date group: the year (with its suffix), then “, ” and the month and day. */
const isYearThenMonthDay = (node: CslNode) =>
  node.name === 'group' &&
  node.attrs.delimiter === ', ' &&
  typeof node.children[0] !== 'string' &&
  node.children[0]?.children.some((child) => typeof child !== 'string' && child.attrs['date-parts'] === 'year');

/** The rewrite of a style's dates a locale needs (src/locales.ts), or none. */
function styleRewrite(locale: LocaleCode): Rewrite | undefined {
  const { dayFirst, dateInFigures }: CitationConventions = localeConfig(locale).citation;
  if (dateInFigures)
    return (node) => {
      if (isMonthDay(node))
        return {
          ...node,
          children: [
            part('month', { form: 'numeric', suffix: dateInFigures.month }),
            part('day', { suffix: dateInFigures.day }),
          ],
        };
      if (isYearThenMonthDay(node)) {
        const [year, ...rest] = node.children as CslNode[];
        const withSuffix = {
          ...year,
          children: year.children.map((child) =>
            typeof child !== 'string' && child.attrs['date-parts'] === 'year'
              ? { ...child, attrs: { ...child.attrs, suffix: dateInFigures.year } }
              : child,
          ),
        };
        return { ...node, attrs: { ...node.attrs, delimiter: '' }, children: [withSuffix, ...rest] };
      }
      return node;
    };
  if (dayFirst)
    return (node) => (isMonthDay(node) ? { ...node, children: [part('day'), part('month', { prefix: ' ' })] } : node);
  return undefined;
}

/** The month names of a locale's dates with a day, where they differ from the CSL locale's. */
function localeRewrite(locale: LocaleCode): Rewrite | undefined {
  const { dayFirst }: CitationConventions = localeConfig(locale).citation;
  if (!dayFirst) return undefined;
  return (node) => {
    const month = /^month-(\d\d)$/.exec(node.name === 'term' ? (node.attrs.name ?? '') : '');
    return month && !node.attrs.form ? { ...node, children: [dayFirst.months[Number(month[1]) - 1]] } : node;
  };
}

function rewrite(node: CslNode, change: Rewrite): CslNode {
  const changed = change(node);
  return {
    ...changed,
    children: changed.children.map((child) => (typeof child === 'string' ? child : rewrite(child, change))),
  };
}

/** The style with its dates written as `locale` writes them. */
export function localizeStyleDates(style: CslNode, locale: LocaleCode): CslNode {
  const change = styleRewrite(locale);
  return change ? rewrite(style, change) : style;
}

/** The CSL locale with its month names in the form a date with a day takes. */
export function localizeLocaleDates(cslLocale: CslNode, locale: LocaleCode): CslNode {
  const change = localeRewrite(locale);
  return change ? rewrite(cslLocale, change) : cslLocale;
}
