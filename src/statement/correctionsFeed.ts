/**
 * The corrections record of one language as an Atom feed (RFC 4287), so that a citer can follow changes to the
 * text in a feed reader: one entry per changed sentence, newest first, linking the sentence. Pure: the build
 * plugin writes what this returns to each locale's `corrections.atom`.
 */
import { lastRevision, type Correction, type CorrectionsRecord } from './corrections';

export const CORRECTIONS_PATH = '/corrections';
export const CORRECTIONS_FEED_PATH = '/corrections.atom';

export interface CorrectionsFeed {
  /** The language of the text (BCP 47). */
  readonly lang: string;
  readonly title: string;
  readonly subtitle: string;
  /** Who keeps the record: the site. */
  readonly author: string;
  /** The corrections page and the feed, absolute. */
  readonly pageUrl: string;
  readonly feedUrl: string;
  /** The sentence's page with its anchor, absolute. */
  readonly sentenceUrl: (id: string) => string;
  /** An entry's title (the sentence's reference) and its text (the old and new wording and the reason). */
  readonly entryTitle: (correction: Correction) => string;
  readonly entryText: (correction: Correction) => string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The entry's unique id: the page's address with the sentence and the day, which never change. */
export function correctionAnchor(correction: Correction): string {
  return `${correction.id}-${correction.date}`;
}

export function correctionsAtom(record: CorrectionsRecord, feed: CorrectionsFeed): string {
  const timestamp = (date: string) => `${date}T00:00:00Z`;
  const entries = record.corrections.map((correction) =>
    [
      '  <entry>',
      `    <id>${escapeXml(`${feed.pageUrl}#${correctionAnchor(correction)}`)}</id>`,
      `    <title>${escapeXml(feed.entryTitle(correction))}</title>`,
      `    <updated>${timestamp(correction.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(feed.sentenceUrl(correction.id))}"/>`,
      `    <content type="text">${escapeXml(feed.entryText(correction))}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.feedUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${timestamp(lastRevision(record))}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
