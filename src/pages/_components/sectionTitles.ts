import { translate } from '@docusaurus/Translate';

/** Short titles of the statement's pages for the landing page, keyed by section id (src/statement/model.ts). */
export function sectionTitle(id: string): string {
  switch (id) {
    case 'context':
      return translate({ id: 'section.context.title', message: 'Context' });
    case 'five-points':
      return translate({ id: 'section.five-points.title', message: 'The five points' });
    case 'point-1':
      return translate({ id: 'section.point-1.title', message: 'Right direction, solidarity and mutual trust' });
    case 'point-2':
      return translate({ id: 'section.point-2.title', message: 'Regional peace and common security' });
    case 'point-3':
      return translate({ id: 'section.point-3.title', message: 'Practical cooperation and economic recovery' });
    case 'point-4':
      return translate({
        id: 'section.point-4.title',
        message: 'Exchanges, mutual learning and bonds between peoples',
      });
    case 'point-5':
      return translate({ id: 'section.point-5.title', message: 'Multilateralism and global governance' });
    case 'closing-remarks':
      return translate({ id: 'section.closing-remarks.title', message: 'Closing remarks' });
    case 'leaders-consensus':
      return translate({ id: 'section.leaders-consensus.title', message: 'The leaders’ consensus' });
    case 'outcomes':
      return translate({ id: 'section.outcomes.title', message: 'Outcomes of the meeting' });
    case 'full-text':
      return translate({ id: 'section.full-text.title', message: 'Full text' });
    default:
      throw new Error(`No title for section ${id}`);
  }
}

/** "¶4–¶8", "¶11": the paragraphs a page holds, with the range dash of the page's language (Chinese: ¶4—¶8). */
export function paragraphRange(paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return '';
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  return first === last
    ? `¶${first}`
    : translate(
        {
          id: 'home.paragraphRange',
          message: '¶{first}–¶{last}',
          description: 'A range of paragraphs, with the range dash of the language',
        },
        { first, last },
      );
}
